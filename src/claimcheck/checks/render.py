"""Numbers, amounts and periods as the plain words of a finding's message."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_EVEN, Decimal

from claimcheck.interval import Interval, fmt
from claimcheck.model import Period

__all__ = ["amount", "days", "figure", "interval", "number", "period", "scale_of"]

_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "RUB": "₽", "KZT": "₸", "CNY": "¥", "JPY": "¥"}
# Messages are English (see CheckContext.lang): the scale and month names are English too.
_SCALES = ((Decimal(10) ** 12, "tn"), (Decimal(10) ** 9, "bn"), (Decimal(10) ** 6, "mn"))
_SCALE_NAMES = dict(_SCALES)
_HEDGES = {"=": "", "~": "about ", ">": "more than ", ">=": "at least ", "<": "less than ", "<=": "at most "}
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def scale_of(value: Decimal) -> tuple[Decimal, str]:
    """The factor and name of the scale to show ``value`` in ("bn" for 24.2e9)."""
    for factor, name in _SCALES:
        if abs(value) >= factor:
            return factor, name
    return Decimal(1), ""


def _scale(value: Decimal, scale: Decimal | None) -> tuple[Decimal, str]:
    """The scale asked for, else the one that suits ``value``."""
    return scale_of(value) if scale is None else (scale, _SCALE_NAMES.get(scale, ""))


def number(value: Decimal, digits: int = 3) -> str:
    """``value`` rounded to ``digits`` significant digits (at least the integer part)."""
    if value == 0:
        return "0"
    exponent = value.adjusted()
    places = max(0, digits - 1 - exponent)
    q = Decimal(1).scaleb(-places)
    return fmt(value.quantize(q, rounding=ROUND_HALF_EVEN))


def _wrap(unit: str, body: str, scale_name: str) -> str:
    if unit == "percent":
        return f"{body}%"
    if unit == "pp":
        return f"{body} pp"
    scaled = f"{body} {scale_name}".strip()
    if unit in _SYMBOLS:
        return f"{_SYMBOLS[unit]}{scaled}"
    if unit in ("count", "money", "fraction"):
        return scaled
    return f"{scaled} {unit}"


def amount(value: Decimal, unit: str, *, scale: Decimal | None = None, digits: int = 3) -> str:
    """"$24.2 bn", "5%", "99", "12 t": a value in base units, shown at its scale."""
    factor, name = _scale(value, scale)
    return _wrap(unit, number(value / factor, digits), name)


def figure(value: Decimal, unit: str, approx: str = "=", *, about: bool = False, digits: int | None = None) -> str:
    """One figure with its hedge in words: "more than $3.2 bn", "about 5%", "$24.2 bn".

    ``approx`` is a hedge code of the JSON schema. ``about`` marks a computed figure: "≈ $3.05 bn", "more
    than ≈ $3.05 bn". Without ``digits`` the value keeps all its digits, as a figure written in the text.
    """
    lead = _HEDGES[approx]
    if about:
        lead = "≈ " if approx in ("=", "~") else f"{lead}≈ "
    shown = len(value.normalize().as_tuple().digits) if digits is None else digits
    return lead + amount(value, unit, digits=shown)


def interval(iv: Interval, unit: str, *, scale: Decimal | None = None, digits: int = 4) -> str:
    """"$24.15–24.25 bn", "more than $3.2 bn", "more than $3.2 bn, up to $3.3 bn", "at most 5%"."""
    ref = iv.low if iv.low is not None else iv.high if iv.high is not None else Decimal(0)
    factor, name = _scale(ref, scale)

    def show(x: Decimal) -> str:
        return number(x / factor, digits)

    if iv.low is not None and iv.high is not None:
        # Bounds that print alike ("100.2–100.2") are one figure to a reader, whatever the digits beyond.
        low, high = show(iv.low), show(iv.high)
        if iv.low_open and low != high:
            # "более 3,2 млрд": the writer's lower bound first, then how far it reaches
            return f"more than {_wrap(unit, low, name)}, up to {_wrap(unit, high, name)}"
        return _wrap(unit, low if low == high else f"{low}–{high}", name)
    if iv.low is not None:
        return ("more than " if iv.low_open else "at least ") + _wrap(unit, show(iv.low), name)
    if iv.high is not None:
        return ("less than " if iv.high_open else "at most ") + _wrap(unit, show(iv.high), name)
    return "any amount"


def period(p: Period | None) -> str:
    """"Jan–Nov 2024", "2024", "Nov 2024", "2025-01-30"."""
    if p is None:
        return "an unstated period"
    return days(p.first, p.last)


def days(first: dt.date, last: dt.date) -> str:
    """The days from ``first`` to ``last`` as :func:`period` words them ("Jan 2024", "2016-07-31")."""
    month_start = first.day == 1
    month_end = (last + dt.timedelta(days=1)).day == 1
    if month_start and month_end:
        if first.year == last.year:
            if first.month == 1 and last.month == 12:
                return str(first.year)
            if first.month == last.month:
                return f"{_MONTHS[first.month - 1]} {first.year}"
            return f"{_MONTHS[first.month - 1]}–{_MONTHS[last.month - 1]} {first.year}"
        return f"{_MONTHS[first.month - 1]} {first.year}–{_MONTHS[last.month - 1]} {last.year}"
    if first == last:
        return first.isoformat()
    return f"{first.isoformat()}–{last.isoformat()}"
