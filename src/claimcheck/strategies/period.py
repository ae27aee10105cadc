"""Period phrases as Russian news writes them, with the first and last day they stand for."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from typing import Final

from attrs import frozen
from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

from claimcheck.strategies.words import agree, gender_of, inflect, lexicon, spell

__all__ = ["RenderedPeriod", "periods"]


@frozen
class RenderedPeriod:
    """A period phrase and its first and last day, resolved against ``anchor`` (the publication date)."""

    text: str
    first: dt.date
    last: dt.date
    anchor: dt.date


_MIN_YEAR: Final = 1000
_MAX_YEAR: Final = 2100
_ROMAN: Final = ("I", "II", "III", "IV")

#: How a kind of period is drawn: from the publication date and a year near it, a phrase and its days.
_Kind = Callable[[st.DrawFn, dt.date, int], RenderedPeriod]


# --------------------------------------------------------------------------- words and calendar


@functools.cache
def _relative_years() -> tuple[tuple[str, int], ...]:
    """The lexicon's relative-year adjectives that morphology reads back to themselves.

    Participles ("наступивший") normalise to their verb ("наступить") and are not found by
    claimcheck.periods today, so they are left out.
    """
    from claimcheck.morph import lemma

    return tuple((adj, off) for adj, off in sorted(lexicon().relative_years.items()) if lemma(adj) == adj)


def _month_form(m: int, case: str) -> str:
    lemma = next(k for k, v in sorted(lexicon().months.items()) if v == m)
    return inflect(lemma, frozenset({case, "sing"}), "NOUN")


def _ordinal_form(n: int, gender: str) -> str:
    lemma = next(k for k, v in sorted(lexicon().ordinals.items()) if v == n and k.isalpha() and not k.isascii())
    return inflect(lemma, frozenset({"loct", "sing", gender}), "ADJF")


def _in(word: str) -> str:
    """The preposition "в" before ``word`` ("во втором")."""
    return "во" if word[:2].lower() in ("вт", "вс") else "в"


def _month_span(year: int, m: int) -> tuple[dt.date, dt.date]:
    first = dt.date(year, m, 1)
    nxt = dt.date(year + (m == 12), m % 12 + 1, 1)
    return first, nxt - dt.timedelta(days=1)


def _latest(anchor: dt.date, first_month: int, last_month: int, *, ended: bool) -> int:
    """The latest year in which months first..last have begun (``ended``: ended) by ``anchor``."""
    edge = _month_span(anchor.year, last_month)[1] if ended else dt.date(anchor.year, first_month, 1)
    return anchor.year if edge <= anchor else anchor.year - 1


def _earliest_year(anchor: dt.date) -> int:
    """The earliest year a period phrase names: thirty years before ``anchor``, within the years read."""
    return max(_MIN_YEAR + 1, anchor.year - 30)


# --------------------------------------------------------------------------- one kind of phrase each


def _year(draw: st.DrawFn, anchor: dt.date, year: int) -> RenderedPeriod:
    text = draw(st.sampled_from((f"в {year} году", f"в {year} г.", f"по итогам {year} года", f"к {year} году")))
    return RenderedPeriod(text, dt.date(year, 1, 1), dt.date(year, 12, 31), anchor)


def _relative_year(draw: st.DrawFn, anchor: dt.date, year: int) -> RenderedPeriod:
    adjective, offset = draw(st.sampled_from(_relative_years()))
    y = anchor.year + offset
    form = draw(st.sampled_from(("loct", "gent")))
    word = inflect(adjective, frozenset({form, "masc", "sing"}))
    text = f"в {word} году" if form == "loct" else f"по итогам {word} года"
    return RenderedPeriod(text, dt.date(y, 1, 1), dt.date(y, 12, 31), anchor)


def _month(draw: st.DrawFn, anchor: dt.date, year: int) -> RenderedPeriod:
    m = draw(st.integers(1, 12))
    how = draw(st.sampled_from(("bare", "year", "last_year")))
    if how == "bare":
        y, text = _latest(anchor, m, m, ended=False), f"в {_month_form(m, 'loct')}"
    elif how == "year":
        y, text = year, f"в {_month_form(m, 'loct')} {year} года"
    else:
        y, text = anchor.year - 1, f"в {_month_form(m, 'loct')} прошлого года"
    return RenderedPeriod(text, *_month_span(y, m), anchor)


def _months(draw: st.DrawFn, anchor: dt.date, year: int) -> RenderedPeriod:
    n = draw(st.integers(2, 11))
    count = str(n) if draw(st.booleans()) else spell(n)
    months = f"{count} {agree('месяц', n)}"
    how = draw(st.sampled_from(("year", "last_year", "first")))
    if how == "year":
        y, text = year, f"за {months} {year} года"
    elif how == "last_year":
        y, text = anchor.year - 1, f"за {months} прошлого года"
    else:
        y, text = _latest(anchor, 1, n, ended=True), f"за первые {months}"
    return RenderedPeriod(text, dt.date(y, 1, 1), _month_span(y, n)[1], anchor)


def _part_of_year(
    draw: st.DrawFn, anchor: dt.date, year: int, noun: str, parts: int, *, numerals: bool
) -> RenderedPeriod:
    """A quarter (``parts`` 4) or a half-year (2): "во втором полугодии", "в III квартале 2024 года".

    ``numerals``: the part may also be written as a Roman or an Arabic numeral ("в III квартале", "в 3-м квартале").
    """
    size = 12 // parts
    n = draw(st.integers(1, parts))
    where = inflect(noun, frozenset({"loct", "sing"}), "NOUN")
    ordinal = _ordinal_form(n, gender_of(noun))
    forms = [f"{_in(ordinal)} {ordinal} {where}"]
    if numerals:
        forms += [f"в {_ROMAN[n - 1]} {where}", f"в {n}-м {where}"]
    phrase = draw(st.sampled_from(forms))
    how = draw(st.sampled_from(("bare", "year", "last_year")))
    first_m, last_m = size * (n - 1) + 1, size * n
    if how == "bare":
        y = _latest(anchor, first_m, last_m, ended=False)
    elif how == "year":
        y, phrase = year, f"{phrase} {year} года"
    else:
        y, phrase = anchor.year - 1, f"{phrase} прошлого года"
    return RenderedPeriod(phrase, _month_span(y, first_m)[0], _month_span(y, last_m)[1], anchor)


def _quarter(draw: st.DrawFn, anchor: dt.date, year: int) -> RenderedPeriod:
    return _part_of_year(draw, anchor, year, "квартал", 4, numerals=True)


def _half(draw: st.DrawFn, anchor: dt.date, year: int) -> RenderedPeriod:
    return _part_of_year(draw, anchor, year, "полугодие", 2, numerals=False)


def _year_range(draw: st.DrawFn, anchor: dt.date, year: int) -> RenderedPeriod:
    y2 = draw(st.integers(year + 1, min(year + 10, _MAX_YEAR - 1)))
    dash = draw(st.sampled_from(("–", "-", " — ")))
    text = draw(st.sampled_from((f"в {year}{dash}{y2} годах", f"с {year} по {y2} год")))
    return RenderedPeriod(text, dt.date(year, 1, 1), dt.date(y2, 12, 31), anchor)


def _month_range(draw: st.DrawFn, anchor: dt.date, year: int) -> RenderedPeriod:
    m1 = draw(st.integers(1, 11))
    m2 = draw(st.integers(m1 + 1, 12))
    dash = draw(st.sampled_from(("–", "-", "—")))
    text = draw(
        st.sampled_from(
            (
                f"в {_month_form(m1, 'loct')}{dash}{_month_form(m2, 'loct')} {year} года",
                f"с {_month_form(m1, 'gent')} по {_month_form(m2, 'accs')} {year} года",
            )
        )
    )
    return RenderedPeriod(text, dt.date(year, m1, 1), _month_span(year, m2)[1], anchor)


def _quarter_range(draw: st.DrawFn, anchor: dt.date, year: int) -> RenderedPeriod:
    q1 = draw(st.integers(1, 3))
    q2 = draw(st.integers(q1 + 1, 4))
    text = f"в {_ROMAN[q1 - 1]}-{_ROMAN[q2 - 1]} кварталах {year} года"
    return RenderedPeriod(text, dt.date(year, 3 * q1 - 2, 1), _month_span(year, 3 * q2)[1], anchor)


def _day(draw: st.DrawFn, anchor: dt.date, year: int) -> RenderedPeriod:
    m = draw(st.integers(1, 12))
    d = draw(st.integers(1, _month_span(year, m)[1].day))
    dated = f"{d} {_month_form(m, 'gent')} {year} года"
    text = draw(st.sampled_from((dated, f"по состоянию на {d:02d}.{m:02d}.{year}")))
    return RenderedPeriod(text, dt.date(year, m, d), dt.date(year, m, d), anchor)


def _today(draw: st.DrawFn, anchor: dt.date, year: int) -> RenderedPeriod:
    return RenderedPeriod(draw(st.sampled_from(lexicon().today_phrases)), anchor, anchor, anchor)


def _to_date(draw: st.DrawFn, anchor: dt.date, year: int) -> RenderedPeriod:
    """From the start of a year to the publication date: "с начала года", "с 2021 года"."""
    since = draw(st.integers(_earliest_year(anchor), anchor.year))
    text = draw(st.sampled_from((*lexicon().year_to_date_phrases, f"с {since} года")))
    first = dt.date(since if text.endswith(" года") and text[2:6].isdigit() else anchor.year, 1, 1)
    return RenderedPeriod(text, first, anchor, anchor)


# Kinds of phrase in the order they are drawn from.
_KINDS: Final[dict[str, _Kind]] = {
    "year": _year,
    "relative_year": _relative_year,
    "month": _month,
    "months": _months,
    "quarter": _quarter,
    "half": _half,
    "year_range": _year_range,
    "month_range": _month_range,
    "quarter_range": _quarter_range,
    "day": _day,
    "today": _today,
    "to_date": _to_date,
}


@st.composite
def _period(draw: st.DrawFn, anchor: dt.date | None) -> RenderedPeriod:
    if anchor is None:
        anchor = draw(st.dates(dt.date(1995, 1, 1), dt.date(2090, 12, 31)))
    year = draw(st.integers(_earliest_year(anchor), min(_MAX_YEAR - 1, anchor.year + 5)))
    kind = draw(st.sampled_from(tuple(_KINDS)))
    return _KINDS[kind](draw, anchor, year)


def periods(*, anchor: dt.date | None = None) -> SearchStrategy[RenderedPeriod]:
    """Period phrases with their first and last day, resolved against ``anchor`` (the publication date).

    Years ("в 2024 году", "в прошлом году"), months ("в ноябре", "в январе 2024 года"), the first N
    months of a year ("за 11 месяцев прошлого года"), quarters and half-years ("в III квартале 2024
    года", "во втором полугодии"), ranges ("в январе–ноябре 2024 года", "с 2021 по 2025 год"), days
    ("30 января 2025 года", "на сегодня") and runs to the publication date ("с начала года"). A phrase
    without a year is the latest such period that has begun by ``anchor``; without ``anchor`` one is
    drawn for each example.

    >>> from hypothesis import find
    >>> p = find(periods(anchor=dt.date(2025, 1, 30)), lambda p: p.text == "на сегодня")
    >>> p.first, p.last
    (datetime.date(2025, 1, 30), datetime.date(2025, 1, 30))
    """
    return _period(anchor)
