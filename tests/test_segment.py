"""segment: words, paragraphs and the per-text lookups of word forms, which are cached per text."""

from __future__ import annotations

import pytest

from claimcheck.segment import paragraphs, sentences, urls, word_indices, words


@pytest.mark.parametrize(
    ("text", "forms", "expected"),
    [
        ("Он сообщил, что", {"сообщил"}, ["сообщил"]),
        # A capitalised word, "ё" written or not: matched by its normalised form.
        ("Сообщил ещё Пётр", {"сообщил", "еще", "петр"}, ["Сообщил", "ещё", "Пётр"]),
        # A hyphenated compound is one word: its parts are not matched on their own.
        ("Пресс-служба и служба", {"служба"}, ["служба"]),
        ("Пресс-служба и служба", {"пресс-служба"}, ["Пресс-служба"]),
        # A form is a whole word, never a part of a longer one.
        ("сообщила сообщил", {"сообщил"}, ["сообщил"]),
        # Lower-casing "İ" lengthens it; the words found still line up with words().
        ("İstanbul: заявил İlham Алиев", {"заявил", "алиев"}, ["заявил", "Алиев"]),
        ("", {"да"}, []),
        ("Ни одного слова из списка.", {"да"}, []),
    ],
)
def test_word_indices(text: str, forms: set[str], expected: list[str]) -> None:
    """The words whose normalised form is in the set, by their index into words()."""
    ws = words(text)
    assert [ws[i].text for i in word_indices(text, frozenset(forms))] == expected


def test_cached_lookups_follow_the_text() -> None:
    """Paragraphs and word forms are cached per text: a second text gets its own."""
    first, second = "Первый абзац.\nВторой абзац.", "Один абзац, заявил он."
    assert [first[a:b] for a, b in paragraphs(first)] == ["Первый абзац.", "Второй абзац."]
    assert [words(first)[i].text for i in word_indices(first, frozenset({"абзац"}))] == ["абзац", "абзац"]
    assert [second[a:b] for a, b in paragraphs(second)] == ["Один абзац, заявил он."]
    assert [words(second)[i].text for i in word_indices(second, frozenset({"заявил"}))] == ["заявил"]
    assert [first[a:b] for a, b in paragraphs(first)] == ["Первый абзац.", "Второй абзац."]


@pytest.mark.parametrize("sep", ["\n", "\r", "\r\n", "\u2028", "\u2029"])
def test_paragraphs_split_on_every_line_break(sep: str) -> None:
    """A bare CR, CR LF and the Unicode separators end a paragraph as LF does; offsets are the text's own."""
    text = sep.join(["«Мы готовы», — заявил он.", "", "Второй абзац. Ещё фраза."])
    assert [text[a:b] for a, b in paragraphs(text)] == ["«Мы готовы», — заявил он.", "Второй абзац. Ещё фраза."]
    assert [text[x.start : x.end] for x in sentences(text)] == [
        "«Мы готовы», — заявил он.", "Второй абзац.", "Ещё фраза.",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Сноуден[http://www.rbc.ru/politics/07/2016/577e Сноуден назвал]", ["http://www.rbc.ru/politics/07/2016/577e"]),
        ("«//www.rbc.ru/news/1»", ["//www.rbc.ru/news/1"]),
        ("\"www.example.com\", WWW.TV100.RU", ["www.example.com", "WWW.TV100.RU"]),
        ("Ушла Ходорковская newtimes.ru/articles/detai", ["newtimes.ru/articles/detai"]),
        ("ftp://files.example.org/a.txt.", ["ftp://files.example.org/a.txt."]),
        # a site's bare name, units and fractions with a slash, and dates are no address
        ("По данным Lenta.ru и change.org, 60 км/ч, 1.5/2, руб./кг, 07/07/2016", []),
        ("", []),
    ],
)
def test_urls(text: str, expected: list[str]) -> None:
    """Web addresses are found with a scheme, a bare "//", "www." or a domain with a path, and end at a mark."""
    found = urls(text)
    inside = "".join(ch if found.contains(i) else " " for i, ch in enumerate(text))
    assert inside.split() == expected
