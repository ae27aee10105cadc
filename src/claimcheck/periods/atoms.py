"""The periods a phrase names, read from a token on: a date ("30.01.2025", "30 января 2025 года"), a
year or a span of years, a quarter or half-year by its ordinal, a month or a span of months, a
relative period ("прошлого года") and a number of months from the year's start ("за 11 месяцев").
"""

from __future__ import annotations

import re

from attrs import frozen

from claimcheck.periods.dates import Spec, span_of
from claimcheck.periods.reader import Reader
from claimcheck.periods.tokens import NUM, WORD, Tok

__all__ = ["Atom", "atom"]

_NUMERIC_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
# The highest ordinal of each unit an ordinal may number ("IV квартал", "2-е полугодие").
_ORDINAL_LIMITS = {"quarter": 4, "half": 2}


@frozen
class Atom:
    """A period read from token to token: the index after it, its unit ("day", "month", "quarter",
    "half", "year", "months", "range", "to_date"), its first part and the last part of a range."""

    end: int
    unit: str
    first: Spec
    last: Spec | None = None


def atom(r: Reader, i: int, *, counts: bool, bare_year: bool = False) -> Atom | None:
    """The period starting at token ``i``: a date, a year, a quarter or half-year, a month, a
    relative period, or (after a preposition of count, when ``counts``) a number of months."""
    t = r.tok(i, first=True)
    if t is None or (t.kind != NUM and (t.kind != WORD or t.low not in r.g.forms)):
        return None
    if t.kind == NUM:  # month names and relative periods are words
        return (
            _numeric_date(i, t)
            or _day_of_month(r, i, t)
            or _year_atom(r, i, bare_year=bare_year)
            or _ordinal_atom(r, i)
            or _months_atom(r, i, t, counts)
        )
    return _ordinal_atom(r, i) or _month_atom(r, i) or _relative_atom(r, i) or _months_atom(r, i, t, counts)


def _numeric_date(i: int, t: Tok) -> Atom | None:
    """"30.01.2025"."""
    m = _NUMERIC_DATE.fullmatch(t.low)
    if m is None:
        return None
    spec = Spec("day", int(m.group(2)), int(m.group(1)), year=int(m.group(3)))
    return Atom(i + 1, "day", spec) if span_of(spec, int(m.group(3))) else None


def _day_of_month(r: Reader, i: int, t: Tok) -> Atom | None:
    """"30 января 2025 года", "30 января"."""
    if len(t.low) > 2 or not t.low.isdigit() or not 1 <= int(t.low) <= 31:
        return None
    mo = r.month_word(i + 1)
    return None if mo is None else _with_year(r, i + 2, Spec("day", mo, int(t.low)))


def _year_atom(r: Reader, i: int, *, bare_year: bool) -> Atom | None:
    """"2024 год", "2023-м году", "2021–2025 годы", and a bare "2024" if ``bare_year``."""
    y = r.year_number(i)
    if y is None:
        return None
    j = r.suffix(i + 1)
    after = r.year_word(j)
    if after is not None:
        return Atom(after, "year", Spec("year", year=y))
    y2 = r.year_number(j + 1) if r.dash(j) else None
    if y2 is not None and y2 > y:
        after = r.year_word(r.suffix(j + 2))
        if after is not None:
            return Atom(after, "range", Spec("year", year=y), Spec("year", year=y2))
    return Atom(j, "year", Spec("year", year=y)) if bare_year else None


def _ordinal_atom(r: Reader, i: int) -> Atom | None:
    """"III квартал", "во втором полугодии", "I-III кварталы"."""
    o = r.ordinal(i)
    if o is None:
        return None
    j, q2 = o.end, None
    if r.dash(j):
        o2 = r.ordinal(j + 1)
        if o2 is not None and r.tok(j + 1) is not None and o2.value > o.value:
            j, q2 = o2.end, o2.value
    u = r.tok(j)
    unit = r.g.unit(u) if u is not None else None
    limit = _ORDINAL_LIMITS.get(unit or "")
    if unit is None or limit is None or o.value > limit or (q2 is not None and q2 > limit):
        return None
    if q2 is None:
        return _with_year(r, j + 1, Spec(unit, o.value))
    return _range(Spec(unit, o.value), _with_year(r, j + 1, Spec(unit, q2)))


def _month_atom(r: Reader, i: int) -> Atom | None:
    """"в январе 2024 года", "январь–ноябрь"."""
    mo = r.month_word(i, first=True)
    if mo is None:
        return None
    mo2 = r.month_word(i + 2) if r.dash(i + 1) else None
    if mo2 is not None and mo2 > mo:
        return _range(Spec("month", mo), _with_year(r, i + 3, Spec("month", mo2)))
    return _with_year(r, i + 1, Spec("month", mo))


def _relative_atom(r: Reader, i: int) -> Atom | None:
    """"прошлого года", "в этом месяце"."""
    rel = r.relative(i, None)
    if rel is None:
        return None
    if rel.unit == "year":
        return Atom(rel.end, "year", Spec("year", rel=rel.offset))
    return Atom(rel.end, rel.unit, Spec("relative", rel.offset, unit=rel.unit))


def _months_atom(r: Reader, i: int, t: Tok, counts: bool) -> Atom | None:
    """"за 11 месяцев 2024 года", "за первые девять месяцев"."""
    g = r.g
    j = i
    if t.kind == WORD and g.first_words & g.lemmas(t):
        j, counts = i + 1, True
    n_tok = r.tok(j, first=j == i)
    if not counts or n_tok is None:
        return None
    digits = n_tok.kind == NUM and len(n_tok.low) <= 2 and n_tok.low.isdigit()
    n = int(n_tok.low) if digits else g.lookup(n_tok, g.counts)
    u = r.tok(j + 1)
    if n is None or not 1 <= n <= 12 or u is None or g.unit(u) != "month":
        return None
    return _with_year(r, j + 2, Spec("months", n))


def _with_year(r: Reader, i: int, spec: Spec) -> Atom:
    """The period ``spec`` that ends before token ``i``, with the year said after it, if any."""
    ys = r.year_spec(i, bare=True)
    if ys is None:
        return Atom(i, spec.kind, spec)
    return Atom(ys.end, spec.kind, spec.dated(ys.year, ys.rel))


def _range(first: Spec, last: Atom) -> Atom:
    """The range from ``first`` to the period ``last`` (which carries the year they share)."""
    return Atom(last.end, "range", first, last.first)
