"""analyze(): argument checking, empty input, and agreement with the spaCy component."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy

import claimcheck
from claimcheck import ClaimcheckError, InputError, PublishedDateError, TextTooLargeError
from claimcheck.errors import SurrogateError


@pytest.mark.parametrize("value", [None, 42, b"bytes", ["list"], 3.5])
def test_non_str_is_a_type_error(value: object) -> None:
    """Anything but a str is refused with TypeError naming the type."""
    with pytest.raises(TypeError, match=rf"expected str, got {type(value).__name__}"):
        claimcheck.analyze(value)  # type: ignore[arg-type]


@pytest.mark.parametrize("value", ["2025-13-01", "30.01.2025", "yesterday", "", 20250130, dt.time(1, 2)])
def test_bad_published_names_the_value(value: object) -> None:
    """A publication date that is not a date or ISO string is a PublishedDateError quoting the value."""
    with pytest.raises(PublishedDateError, match=repr(value).replace("(", r"\(").replace(")", r"\)")):
        claimcheck.analyze("Текст.", published=value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2025-13-45", "expected a date YYYY-MM-DD, got '2025-13-45' (month must be in 1..12)"),
        ("2025-02-29", "expected a date YYYY-MM-DD, got '2025-02-29' (day is out of range for month)"),
        ("0000-01-01", "expected a date YYYY-MM-DD, got '0000-01-01' (year 0 is out of range)"),
        ("20250130", "expected a date YYYY-MM-DD, got '20250130'"),
        ("2025-W05-4", "expected a date YYYY-MM-DD, got '2025-W05-4'"),
        (20250130, "expected published as a date, a 'YYYY-MM-DD' string or None, got 20250130"),
    ],
)
def test_bad_published_says_why(value: object, message: str) -> None:
    """A bad date string is answered with the expected form and, when it has that form, the reason it is no date."""
    with pytest.raises(PublishedDateError) as info:
        claimcheck.analyze("Текст.", published=value)  # type: ignore[arg-type]
    assert str(info.value) == message


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (" 2025-01-30\n", dt.date(2025, 1, 30)),
        ("2025-01-30", dt.date(2025, 1, 30)),
        (dt.date(2025, 1, 30), dt.date(2025, 1, 30)),
        (dt.datetime(2025, 1, 30, 12, 0), dt.date(2025, 1, 30)),
        (None, None),
    ],
)
def test_published_forms(value: object, expected: dt.date | None) -> None:
    """Dates, datetimes, ISO strings and None are accepted as the publication date."""
    assert claimcheck.analyze("Текст.", published=value).published == expected  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t", "...", "«»", "«", "»»»"])
def test_empty_or_content_free_text_gives_an_empty_report(text: str) -> None:
    """Text with nothing to find gives a Report with no quotes, claims or findings."""
    report = claimcheck.analyze(text)
    assert (report.quotes, report.claims, report.findings) == ((), (), ())


def test_size_limit_is_configurable() -> None:
    """Texts above max_chars are refused with a ClaimcheckError that says how to raise the limit."""
    with pytest.raises(TextTooLargeError, match="max_chars"):
        claimcheck.analyze("а" * 101, max_chars=100)
    assert claimcheck.analyze("а" * 101, max_chars=200).claims == ()


def test_binary_looking_text_is_refused() -> None:
    """A string that is mostly control characters is not text: InputError, a ClaimcheckError."""
    with pytest.raises(InputError, match="control characters"):
        claimcheck.analyze("\x00\x01\x02" * 100)
    assert issubclass(InputError, ClaimcheckError)


def test_component_and_function_agree(seed_text: str) -> None:
    """spacy.blank("ru") + add_pipe("claimcheck") gives the Report analyze() gives."""
    nlp = spacy.blank("ru")
    nlp.add_pipe("claimcheck")
    doc = nlp.make_doc(seed_text)
    doc._.claimcheck_published = "2025-01-30"
    doc = nlp(doc)
    assert doc._.claimcheck == claimcheck.analyze(seed_text, published="2025-01-30")


def test_component_published_setting(seed_text: str) -> None:
    """The component's "published" setting dates every Doc it sees."""
    nlp = spacy.blank("ru")
    nlp.add_pipe("claimcheck", config={"published": "2025-01-30"})
    assert nlp(seed_text)._.claimcheck == claimcheck.analyze(seed_text, published="2025-01-30")


def test_tokenizer_keeps_hyphenated_words() -> None:
    """With the component, "пресс-служба" and "Касым-Жомартом" stay single tokens; "$24,2" stays usable."""
    nlp = spacy.blank("ru")
    nlp.add_pipe("claimcheck")
    tokens = [t.text for t in nlp.make_doc("Пресс-служба Касым-Жомартом $24,2 млрд 2021–2025")]
    assert tokens == ["Пресс-служба", "Касым-Жомартом", "$", "24,2", "млрд", "2021–2025"]


def test_relative_period_without_publication_date_stays_unresolved(seed_text: str) -> None:
    """Without a publication date "за 11 месяцев прошлого года" is not resolved from the clock."""
    report = claimcheck.analyze(seed_text)
    trade = next(c for c in report.claims if c.quantity.span.text == "$24,2 млрд")
    assert trade.period is None
    agri = next(c for c in report.claims if c.quantity.span.text == "на 5%")
    assert agri.period is not None and agri.period.first == dt.date(2024, 1, 1)  # "10 месяцев 2024 года" is absolute


@pytest.mark.parametrize(
    ("text", "offset", "code_point"),
    [
        ("\ud800", 0, "U+D800"),
        ("Рост на 5%\udfff.", 10, "U+DFFF"),
        ("😀 и \ud83d\ude00", 4, "U+D83D"),  # a pair of surrogate code points is no character in a str
        ("caf\udce9 au lait", 3, "U+DCE9"),  # how surrogateescape decodes a byte that is not UTF-8
    ],
)
def test_lone_surrogate_is_refused_naming_its_offset(text: str, offset: int, code_point: str) -> None:
    """A text holding a lone surrogate is an InputError naming the first one's offset, in a message that encodes."""
    with pytest.raises(SurrogateError) as info:
        claimcheck.analyze(text)
    message = str(info.value)
    assert f"{code_point} at offset {offset}" in message and "errors='replace'" in message
    assert isinstance(info.value, InputError) and info.value.offset == offset
    message.encode("utf-8")


def test_astral_characters_are_not_surrogates() -> None:
    """Characters above U+FFFF are single code points in a str and analysed as any other."""
    assert len(claimcheck.analyze("😀 Экспорт вырос на 5%.").claims) == 1
