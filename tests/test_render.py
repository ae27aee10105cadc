"""The text report (claimcheck.render) and the plain words of amounts (claimcheck.checks.render)."""

from __future__ import annotations

from decimal import Decimal

import pytest

import claimcheck
from claimcheck.checks import render as fmt
from claimcheck.interval import Interval
from claimcheck.model import Claim, Finding, Quantity, Quote, Report, Span, Speaker, Subject
from claimcheck.render import render_text, visible

D = Decimal


def quote(text: str, at: int, kind: str = "direct", *, cue: str | None = None, speaker: str | None = None) -> Quote:
    """A quote of ``text`` at offset ``at``; its cue and speaker (if any) are written just after it."""
    end = at + len(text)
    cue_span = None if cue is None else Span(end + 3, end + 3 + len(cue), cue)
    who = None
    if speaker is not None:
        s_at = end + 4 + (len(cue) if cue else 0)
        who = Speaker(Span(s_at, s_at + len(speaker), speaker), speaker, "person")
    return Quote(Span(at, end, text), kind, cue_span, who)


def amount(text: str, value: str, unit: str = "RUB", *, subject: str | None = None) -> Claim:
    v = D(value)
    q = Quantity(Span(100, 100 + len(text), text), v, v, v, unit)
    subj = None if subject is None else Subject(Span(90, 90 + len(subject), subject), subject)
    return Claim(q, subj)


# ---------------------------------------------------------------- plain words of amounts


@pytest.mark.parametrize(
    ("interval", "unit", "expected"),
    [
        (Interval(D("100.15e6"), D("100.25e6")), "RUB", "₽100.2 mn"),
        (Interval(D("49999.5"), D("50000.5")), "count", "50000"),
        (Interval(D("0.5"), D("0.5")), "fraction", "0.5"),
        (Interval(D("24.15e9"), D("24.25e9")), "USD", "$24.15–24.25 bn"),
        (Interval(D("4.5"), D("5.5")), "percent", "4.5–5.5%"),
        (Interval(D("3.2e9"), None, low_open=True), "USD", "more than $3.2 bn"),
    ],
)
def test_interval_in_words(interval: Interval, unit: str, expected: str) -> None:
    """A range whose bounds print alike is shown as one value; other ranges keep both bounds."""
    assert fmt.interval(interval, unit) == expected


# ---------------------------------------------------------------- the text report


@pytest.mark.parametrize(
    ("report", "shown", "hidden"),
    [
        (Report(None, claims=(amount("около 2,2\xa0трлн руб.", "2.2e12", subject="выручка\nкомпании"),)),
         "[0] «около 2,2 трлн руб.»: amount, ₽2.2 tn; subject «выручка компании»", "\\xa0"),
        (Report(None, quotes=(quote("Мы\xa0готовы\nк работе", 0, speaker="Иван Петров"),)),
         "«Мы готовы к работе»", "\\n"),
        (Report(None, quotes=(quote("It's «ok»", 0),)), "«It's «ok»»", "'It"),
    ],
)
def test_text_is_shown_as_written(report: Report, shown: str, hidden: str) -> None:
    """Spans are printed as text in guillemets, whitespace as one plain space, never as Python repr."""
    out = render_text(report)
    assert shown in out
    assert hidden not in out
    assert "\xa0" not in out


def test_kind_column_is_aligned() -> None:
    """Quote texts start in one column whatever the length of the kinds beside them."""
    report = Report(None, quotes=(
        quote("Да", 0, speaker="Иван Петров"),
        quote("рост продолжится", 20, "indirect", cue="сказал", speaker="Иван Петров"),
        quote("будет «лучше»", 60, "mixed", speaker="Иван Петров"),
    ))
    rows = [line for line in render_text(report).splitlines() if line.startswith("    ")]
    assert [row.split()[0] for row in rows] == ["direct", "indirect", "mixed"]
    assert [row.index(text) for row, text in zip(rows, ["«Да»", "рост", "будет"], strict=True)] == [14, 14, 14]


def test_only_direct_quotes_get_guillemets() -> None:
    """Reported (indirect) speech is not dressed up as the speaker's own words."""
    report = Report(None, quotes=(quote("рост продолжится", 0, "indirect", cue="сказал", speaker="Иван Петров"),))
    assert "    indirect  рост продолжится  [cue: сказал]" in render_text(report).splitlines()


LONG = "Наши отношения основаны на принципах дружбы " * 5


@pytest.mark.parametrize(("full", "shown"), [(False, LONG.strip()[:99] + "…"), (True, LONG.strip())])
def test_full_shows_whole_quotes(full: bool, shown: str) -> None:
    """Quotes are cut to about 100 characters, or shown whole with full=True."""
    out = render_text(Report(None, quotes=(quote(LONG, 0, speaker="Иван Петров"),)), full=full)
    assert f"«{shown}»" in out


def test_headline_copy_is_listed_once(seed_text: str) -> None:
    """The headline copy of a body quote (same speaker, same words) is one line saying it is also the headline."""
    report = claimcheck.analyze(seed_text, published="2025-01-30")
    out = render_text(report)
    rows = [line for line in out.splitlines() if "наш стратегический" in line]
    assert len(rows) == 1
    assert rows[0].endswith("[cue: заверил]  (also in the headline)")
    assert "Михаил Мишустин (person), 3 quotes" in out


def test_repeated_quote_is_counted() -> None:
    """A quote repeated in the body with a cue each time is listed once with the number of times."""
    report = Report(None, quotes=(
        quote("Мы готовы", 0, cue="сказал", speaker="Иван Петров"),
        quote("Мы готовы", 50, cue="повторил", speaker="Иван Петров"),
        quote("Мы готовы", 90, cue="сказал", speaker="Пётр Сидоров"),
    ))
    rows = [line for line in render_text(report).splitlines() if "готовы" in line]
    assert rows == ["    direct  «Мы готовы»  [cue: сказал]  (quoted 2 times)", "    direct  «Мы готовы»  [cue: сказал]"]


def test_quotes_without_speaker_come_last() -> None:
    """Quotes whose speaker was not found are listed after every speaker's, under "(no speaker found)"."""
    report = Report(None, quotes=(quote("Нет", 0), quote("Да", 10, speaker="Иван Петров")))
    heads = [line for line in render_text(report).splitlines() if line.startswith("  ") and not line.startswith("   ")]
    assert heads == ["  Иван Петров (person), 1 quote", "  (no speaker found), 1 quote"]


def test_degenerate_claim_range_is_one_value() -> None:
    """A claim whose bounds print alike shows one value, not "50000–50000"."""
    q = Quantity(Span(0, 5, "50000"), D(50000), D("49999.5"), D("50000.5"), "count")
    assert "[0] «50000»: amount, 50000" in render_text(Report(None, claims=(Claim(q),)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a\x00b", "a␀b"),
        ("\x1b[31m", "␛[31m"),
        ("\x7f\x85", "␡\ufffd"),
        ("\ud800x\udfff", "\ufffdx\ufffd"),
        ("tab\tline\ncr\r", "tab\tline\ncr\r"),
    ],
)
def test_visible(text: str, expected: str) -> None:
    """Control characters and lone surrogates become one visible character each; tab and line ends stay."""
    assert visible(text) == expected


def test_text_report_always_encodes() -> None:
    """A hand-built report holding lone surrogates and controls still gives a report UTF-8 can write."""
    bad = "\ud800бум\x00"
    report = Report(
        None,
        quotes=(quote(bad, 0, speaker="Иван\udc80"),),
        claims=(amount(bad, "5", subject=bad),),
        findings=(Finding("x\ud800", "note", f"сообщение {bad}", (0,)),),
    )
    out = render_text(report)
    out.encode("utf-8")
    assert "«\ufffdбум␀»" in out


# ---------------------------------------------------------------- finding messages


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("По итогам 2024 года экспорт вырос на 5% и составил более $3,2 млрд.",
         "a rise of 5% to more than $3.2 bn implies more than ≈ $3.05 bn before the change (from the figures as "
         "written); the text states no earlier figure to compare"),
        ("По итогам 2024 года экспорт вырос на 5% до $24,2 млрд.",
         "a rise of 5% to $24.2 bn implies ≈ $23 bn before the change (from the figures as written); the text "
         "states no earlier figure to compare"),
        ("По итогам 2024 года экспорт снизился на 10% до менее $3 млрд.",
         "a fall of 10% to less than $3 bn implies less than ≈ $3.33 bn before the change (from the figures as "
         "written); the text states no earlier figure to compare"),
    ],
)
def test_implied_base_gives_one_figure(text: str, message: str) -> None:
    """The implied earlier level is one figure, from the figures as written, with the level's hedge."""
    (f,) = claimcheck.analyze(text, published="2025-03-01").findings
    assert f.message == message


def test_average_note_gives_one_figure(seed_text: str) -> None:
    """The per-item note gives the average of the figures as written, not a range and a figure."""
    from claimcheck.checks import CheckContext, average

    report = claimcheck.analyze(seed_text, published="2025-01-30")
    (f,) = average.check(report.claims, CheckContext(per_unit_notes=True))
    assert f.message == "$18.6 bn over 99 (казахско-российских проектов) is ≈ $188 mn each (from the figures as written)"


@pytest.mark.parametrize(
    ("value", "approx", "about", "expected"),
    [
        ("3.2e9", ">", False, "more than $3.2 bn"),
        ("3.0476e9", ">", True, "more than ≈ $3.05 bn"),
        ("3.0476e9", "=", True, "≈ $3.05 bn"),
        ("3.0476e9", "~", True, "≈ $3.05 bn"),
        ("24.2e9", "~", False, "about $24.2 bn"),
        ("1599059", "<=", False, "at most ₽1.599059 mn"),
    ],
)
def test_figure(value: str, approx: str, about: bool, expected: str) -> None:
    """A figure with its hedge in words; a computed one is marked "≈" and rounded to three digits."""
    unit = "RUB" if value == "1599059" else "USD"
    assert fmt.figure(D(value), unit, approx, about=about, digits=3 if about else None) == expected
