"""Tests of claimcheck.periods: finding period phrases and resolving them to days."""

from __future__ import annotations

import datetime
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.periods import PeriodMatch, find_periods, half_year, month, quarter

D = datetime.date
PUB = D(2025, 1, 30)
Day = datetime.date
Pub = datetime.date | None
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


def _only(text: str, published: datetime.date | None) -> PeriodMatch:
    found = find_periods(text, published)
    assert len(found) == 1, [text[m.start : m.end] for m in found]
    return found[0]


@pytest.mark.parametrize(
    ("text", "published", "span", "first", "last"),
    [
        (
            "Рост за 11 месяцев прошлого года составил 5%.",
            PUB,
            "за 11 месяцев прошлого года",
            D(2024, 1, 1),
            D(2024, 11, 30),
        ),
        ("за 11 месяцев 2024 года", PUB, "за 11 месяцев 2024 года", D(2024, 1, 1), D(2024, 11, 30)),
        (
            "по итогам 10 месяцев 2024 года",
            PUB,
            "по итогам 10 месяцев 2024 года",
            D(2024, 1, 1),
            D(2024, 10, 31),
        ),
        ("за первые 9 месяцев", PUB, "за первые 9 месяцев", D(2024, 1, 1), D(2024, 9, 30)),
        ("за первые 9 месяцев", D(2025, 10, 15), "за первые 9 месяцев", D(2025, 1, 1), D(2025, 9, 30)),
        ("за девять месяцев 2024 года", PUB, "за девять месяцев 2024 года", D(2024, 1, 1), D(2024, 9, 30)),
    ],
)
def test_first_months(text: str, published: Pub, span: str, first: Day, last: Day) -> None:
    """ "За N месяцев" with a year (or the publication year) covers the first N months of that year."""
    m = _only(text, published)
    assert (text[m.start : m.end], m.first, m.last, m.unit) == (span, first, last, "months")


@pytest.mark.parametrize(
    ("text", "published", "span", "first", "last"),
    [
        ("Так было в 2024 году.", PUB, "в 2024 году", D(2024, 1, 1), D(2024, 12, 31)),
        ("2024 год стал рекордным", PUB, "2024 год", D(2024, 1, 1), D(2024, 12, 31)),
        ("в 2023-м году", PUB, "в 2023-м году", D(2023, 1, 1), D(2023, 12, 31)),
        ("в прошлом году", PUB, "в прошлом году", D(2024, 1, 1), D(2024, 12, 31)),
        ("в этом году", PUB, "в этом году", D(2025, 1, 1), D(2025, 12, 31)),
        ("в текущем году", PUB, "в текущем году", D(2025, 1, 1), D(2025, 12, 31)),
        ("уровень прошлого года", PUB, "прошлого года", D(2024, 1, 1), D(2024, 12, 31)),
        ("к 2030 году", PUB, "к 2030 году", D(2030, 1, 1), D(2030, 12, 31)),
        ("в 2024 г. выросло", PUB, "в 2024 г.", D(2024, 1, 1), D(2024, 12, 31)),
        ("по итогам 2024 года", PUB, "по итогам 2024 года", D(2024, 1, 1), D(2024, 12, 31)),
    ],
)
def test_years(text: str, published: Pub, span: str, first: Day, last: Day) -> None:
    """A year given by number or relative to the publication date covers the whole year."""
    m = _only(text, published)
    assert (text[m.start : m.end], m.first, m.last, m.unit) == (span, first, last, "year")


@pytest.mark.parametrize(
    ("text", "published", "span", "first", "last"),
    [
        ("2021–2025 годы", PUB, "2021–2025 годы", D(2021, 1, 1), D(2025, 12, 31)),
        ("в 2021-2025 годах", PUB, "в 2021-2025 годах", D(2021, 1, 1), D(2025, 12, 31)),
        ("в 2021 — 2025 гг.", PUB, "в 2021 — 2025 гг.", D(2021, 1, 1), D(2025, 12, 31)),
        ("январь–ноябрь 2024 года", PUB, "январь–ноябрь 2024 года", D(2024, 1, 1), D(2024, 11, 30)),
        ("в январе-ноябре", PUB, "в январе-ноябре", D(2024, 1, 1), D(2024, 11, 30)),
        ("в январе—марте 2025 года", PUB, "в январе—марте 2025 года", D(2025, 1, 1), D(2025, 3, 31)),
        ("с 2021 по 2025 год", PUB, "с 2021 по 2025 год", D(2021, 1, 1), D(2025, 12, 31)),
        ("с января по ноябрь 2024 года", PUB, "с января по ноябрь 2024 года", D(2024, 1, 1), D(2024, 11, 30)),
        ("в I-III кварталах 2024 года", PUB, "в I-III кварталах 2024 года", D(2024, 1, 1), D(2024, 9, 30)),
    ],
)
def test_ranges(text: str, published: Pub, span: str, first: Day, last: Day) -> None:
    """Ranges of years, months or quarters joined by a dash or "с ... по" run from the first to the last."""
    m = _only(text, published)
    assert (text[m.start : m.end], m.first, m.last, m.unit) == (span, first, last, "range")


@pytest.mark.parametrize(
    ("text", "published", "span", "first", "last"),
    [
        ("в январе", PUB, "в январе", D(2025, 1, 1), D(2025, 1, 31)),
        ("в декабре", PUB, "в декабре", D(2024, 12, 1), D(2024, 12, 31)),
        ("в январе 2024 года", PUB, "в январе 2024 года", D(2024, 1, 1), D(2024, 1, 31)),
        ("в январе, 2024", PUB, "в январе", D(2025, 1, 1), D(2025, 1, 31)),
        ("в феврале 2024", PUB, "в феврале 2024", D(2024, 2, 1), D(2024, 2, 29)),
        ("в ноябре прошлого года", PUB, "в ноябре прошлого года", D(2024, 11, 1), D(2024, 11, 30)),
        ("в мае", D(2025, 6, 1), "в мае", D(2025, 5, 1), D(2025, 5, 31)),
        ("в этом месяце", PUB, "в этом месяце", D(2025, 1, 1), D(2025, 1, 31)),
        ("в прошлом месяце", PUB, "в прошлом месяце", D(2024, 12, 1), D(2024, 12, 31)),
    ],
)
def test_months(text: str, published: Pub, span: str, first: Day, last: Day) -> None:
    """A month without a year is the latest such month that has begun by the publication date."""
    m = _only(text, published)
    assert (text[m.start : m.end], m.first, m.last, m.unit) == (span, first, last, "month")


@pytest.mark.parametrize(
    ("text", "published", "span", "first", "last", "unit"),
    [
        (
            "в III квартале 2024 года",
            PUB,
            "в III квартале 2024 года",
            D(2024, 7, 1),
            D(2024, 9, 30),
            "quarter",
        ),
        ("в третьем квартале", PUB, "в третьем квартале", D(2024, 7, 1), D(2024, 9, 30), "quarter"),
        ("в первом квартале", PUB, "в первом квартале", D(2025, 1, 1), D(2025, 3, 31), "quarter"),
        (
            "в 1-м квартале 2023 года",
            PUB,
            "в 1-м квартале 2023 года",
            D(2023, 1, 1),
            D(2023, 3, 31),
            "quarter",
        ),
        (
            "в IV квартале прошлого года",
            PUB,
            "в IV квартале прошлого года",
            D(2024, 10, 1),
            D(2024, 12, 31),
            "quarter",
        ),
        (
            "во втором полугодии 2024 года",
            PUB,
            "во втором полугодии 2024 года",
            D(2024, 7, 1),
            D(2024, 12, 31),
            "half",
        ),
        ("в первом полугодии", PUB, "в первом полугодии", D(2025, 1, 1), D(2025, 6, 30), "half"),
    ],
)
def test_quarters_and_halves(text: str, published: Pub, span: str, first: Day, last: Day, unit: str) -> None:
    """Quarters and half-years by Roman, digit or word ordinal resolve to their three or six months."""
    m = _only(text, published)
    assert (text[m.start : m.end], m.first, m.last, m.unit) == (span, first, last, unit)


@pytest.mark.parametrize(
    ("text", "published", "span", "first", "last", "unit"),
    [
        ("Об этом стало известно 30 января 2025 года.", PUB, "30 января 2025 года", PUB, PUB, "day"),
        ("30 января", PUB, "30 января", PUB, PUB, "day"),
        (
            "по состоянию на 01.12.2024",
            PUB,
            "по состоянию на 01.12.2024",
            D(2024, 12, 1),
            D(2024, 12, 1),
            "day",
        ),
        ("На сегодня построено 5 школ.", PUB, "На сегодня", PUB, PUB, "day"),
        ("на сегодняшний день", PUB, "на сегодняшний день", PUB, PUB, "day"),
        ("С начала года цены выросли", PUB, "С начала года", D(2025, 1, 1), PUB, "to_date"),
        ("с 2021 года", PUB, "с 2021 года", D(2021, 1, 1), PUB, "to_date"),
    ],
)
def test_days_and_to_date(text: str, published: Pub, span: str, first: Day, last: Day, unit: str) -> None:
    """Dates, "на сегодня" and "с начала года" resolve to single days or runs up to the publication date."""
    m = _only(text, published)
    assert (text[m.start : m.end], m.first, m.last, m.unit) == (span, first, last, unit)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Число 2021 не год.",
        "1 2021 000 тонн",
        "в 2024",
        "в 3000 году",
        "в 0999 году",
        "11 месяцев",
        "Строительство заняло 11 месяцев.",
        "Это год больших перемен.",
        "1,2024 года",
        "в 2024 и 2025 тонн",
        "—–-",
        "\x00\ud800",
        "1" * 5000 + " года",
    ],
)
def test_not_periods(text: str) -> None:
    """Bare numbers, durations and out-of-range years are not periods."""
    assert find_periods(text, PUB) == []


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("прошлого года", "year"),
        ("в этом году", "year"),
        ("на сегодня", "day"),
        ("в этом месяце", "month"),
        ("с начала года", "to_date"),
        ("в январе", "month"),
        ("в третьем квартале", "quarter"),
        ("за 11 месяцев прошлого года", "months"),
        ("в январе-ноябре", "range"),
        ("30 января", "day"),
    ],
)
def test_relative_without_published(text: str, unit: str) -> None:
    """Without a publication date relative phrases are found but resolve to None, never to the clock."""
    m = _only(text, None)
    assert (text[m.start : m.end], m.first, m.last, m.unit) == (text, None, None, unit)


def test_absolute_without_published() -> None:
    """Without a publication date absolute phrases still resolve."""
    m = _only("в 2024 году", None)
    assert (m.first, m.last) == (D(2024, 1, 1), D(2024, 12, 31))


def test_several_sorted_and_longest() -> None:
    """Matches come sorted by start, without overlaps, the longer reading winning."""
    text = "В январе-ноябре 2024 года добыча выросла, а на сегодня план на 2025 год выполнен на 5%."
    spans = [text[m.start : m.end] for m in find_periods(text, PUB)]
    assert spans == ["В январе-ноябре 2024 года", "на сегодня", "на 2025 год"]


def test_helpers() -> None:
    """The calendar helpers give the first and last day, leap years included."""
    assert month(2024, 2) == (D(2024, 2, 1), D(2024, 2, 29))
    assert quarter(2024, 4) == (D(2024, 10, 1), D(2024, 12, 31))
    assert half_year(2024, 1) == (D(2024, 1, 1), D(2024, 6, 30))


@given(st.integers(1990, 2090), st.integers(1, 4))
def test_roman_quarter_property(year: int, q: int) -> None:
    """ "в {roman} квартале {year} года" always resolves to that quarter."""
    text = f"в {ROMAN[q]} квартале {year} года"
    m = _only(text, PUB)
    assert (m.start, m.end, m.unit) == (0, len(text), "quarter")
    assert (m.first, m.last) == quarter(year, q)


ALPHABET = "вза с по 0123456789-–.январеквартале IIV года прошлого месяцев"


@given(st.text(alphabet=ALPHABET, max_size=80), st.dates())
def test_first_not_after_last(text: str, published: datetime.date) -> None:
    """Any text gives sorted, non-overlapping matches whose first day is never after the last."""
    found = find_periods(text, published)
    for a, b in itertools.pairwise(found):
        assert a.end <= b.start
    for m in found:
        assert 0 <= m.start < m.end <= len(text)
        if m.first is not None and m.last is not None:
            assert m.first <= m.last
