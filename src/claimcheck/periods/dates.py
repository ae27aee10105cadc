"""Periods as days: the first and last day of a month, quarter or half-year, the shape of a period
phrase before resolution (:class:`Spec`), and its resolution to days against the publication date.
"""

from __future__ import annotations

import calendar
import datetime

from attrs import frozen

__all__ = ["MAX_YEAR", "MIN_YEAR", "Spec", "half_year", "month", "quarter", "resolve", "span_of"]

#: The years a period may name.
MIN_YEAR = 1000
MAX_YEAR = 2100


def month(year: int, m: int) -> tuple[datetime.date, datetime.date]:
    """The first and last day of month ``m`` (1..12) of ``year``."""
    return datetime.date(year, m, 1), datetime.date(year, m, calendar.monthrange(year, m)[1])


def quarter(year: int, q: int) -> tuple[datetime.date, datetime.date]:
    """The first and last day of quarter ``q`` (1..4) of ``year``."""
    return month(year, 3 * q - 2)[0], month(year, 3 * q)[1]


def half_year(year: int, h: int) -> tuple[datetime.date, datetime.date]:
    """The first and last day of half-year ``h`` (1..2) of ``year``."""
    return month(year, 6 * h - 5)[0], month(year, 6 * h)[1]


@frozen
class Spec:
    """A period before resolution: its kind, numbers, and how its year is given (if at all)."""

    kind: str  # "day" | "month" | "quarter" | "half" | "year" | "months" | "relative"
    index: int = 0  # month, quarter, half or number of months; the relative offset for "relative"
    day: int = 0
    unit: str = ""  # for "relative": "year" | "half" | "quarter" | "month"
    year: int | None = None
    rel: int | None = None  # year relative to the publication year

    @property
    def has_year(self) -> bool:
        return self.kind in ("year", "relative") or self.year is not None or self.rel is not None

    def dated(self, year: int | None, rel: int | None = None) -> Spec:
        """The same period in ``year`` (or ``rel`` years from the publication year)."""
        return Spec(self.kind, self.index, self.day, self.unit, year, rel)


def span_of(spec: Spec, year: int) -> tuple[datetime.date, datetime.date] | None:
    """The first and last day of ``spec`` in ``year``; None if there is no such day ("30 февраля")."""
    try:
        if spec.kind == "day":
            d = datetime.date(year, spec.index, spec.day)
            return d, d
        if spec.kind == "month":
            return month(year, spec.index)
        if spec.kind == "quarter":
            return quarter(year, spec.index)
        if spec.kind == "half":
            return half_year(year, spec.index)
        if spec.kind == "months":
            return datetime.date(year, 1, 1), month(year, spec.index)[1]
        return datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    except ValueError:  # 30 February, year 0
        return None


def _relative(spec: Spec, published: datetime.date) -> tuple[datetime.date, datetime.date] | None:
    size = {"year": 12, "half": 6, "quarter": 3, "month": 1}[spec.unit]
    current = (published.month - 1) // size
    index = published.year * (12 // size) + current + spec.index
    year, part = divmod(index, 12 // size)
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    return month(year, part * size + 1)[0], month(year, part * size + size)[1]


def _year_of(spec: Spec, published: datetime.date | None) -> int | None:
    if spec.year is not None:
        return spec.year
    if spec.rel is not None and published is not None:
        return published.year + spec.rel
    return None


@frozen
class _Parts:
    """The first and last part of a period, each with its year where the text or the date gives one."""

    first: Spec
    last: Spec | None


def resolve(
    lo: Spec, hi: Spec | None, published: datetime.date | None, unit: str
) -> tuple[datetime.date, datetime.date] | None:
    """First and last day of ``lo`` (to ``hi``, or to the publication date for "to_date")."""
    if lo.kind != "relative":
        parts = _dated(lo, hi, published)
        if parts is None:
            return None
        lo, hi = parts.first, parts.last
    first_span = _days(lo, published)
    if first_span is None:
        return None
    if unit == "to_date":
        if published is None or first_span[0] > published:
            return None
        return first_span[0], published
    if hi is None:
        return first_span
    last_span = resolve(hi, None, published, hi.kind)
    if last_span is None or last_span[1] < first_span[0]:
        return None
    return first_span[0], last_span[1]


def _days(spec: Spec, published: datetime.date | None) -> tuple[datetime.date, datetime.date] | None:
    """The first and last day of ``spec`` once its year is known (or relative to the publication date)."""
    if spec.kind == "relative":
        return None if published is None else _relative(spec, published)
    year = _year_of(spec, published)
    return None if year is None else span_of(spec, year)


def _dated(lo: Spec, hi: Spec | None, published: datetime.date | None) -> _Parts | None:
    """The parts of a period with their years: the first part takes the year of the last ("с января
    по март 2024 года"); a period with no year at all takes one from the publication date. None when
    the year is relative and there is no publication date to count from."""
    if hi is not None and not lo.has_year:
        lo = lo.dated(hi.year, hi.rel)
    if _year_of(lo, published) is not None:
        return _Parts(lo, hi)
    if published is None or lo.has_year:
        return None
    year = _undated_year(lo, hi, published)
    return _Parts(lo.dated(year), hi.dated(year) if hi is not None and not hi.has_year else hi)


def _undated_year(lo: Spec, hi: Spec | None, published: datetime.date) -> int:
    """The year of a period that names none: the publication year, unless the period would not have
    begun (or, for cumulative periods, ended) by then - "в декабре" written in January is last December."""
    year = published.year
    if hi is None:
        span = span_of(lo, year)
        if span is None:
            return year
        edge = span[1] if lo.kind == "months" else span[0]
        return year - 1 if edge > published else year
    if not hi.has_year and hi.kind != "relative":
        end = span_of(hi, year)
        if end is not None and end[1] > published:
            return year - 1
    return year
