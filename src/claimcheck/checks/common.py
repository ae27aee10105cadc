"""Helpers shared by the check families: comparable intervals, unit alignment, detail strings.

Units are the codes of the JSON schema, which are language-independent, so they may be named here.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection, Iterator, Sequence
from decimal import Decimal
from typing import Final

from attrs import frozen

from claimcheck.checks import render
from claimcheck.interval import Interval, step_of
from claimcheck.model import Claim, Period, Quantity

__all__ = [
    "DURATIONS",
    "RELATIVE",
    "WINDOW",
    "Group",
    "Nearby",
    "additive",
    "aligned",
    "aligned_unit",
    "anchored",
    "by_position",
    "d",
    "dates",
    "same_period",
    "written_step",
]

#: Units that measure time spans or ages: not parts of a whole, and not results of a period.
DURATIONS: Final = frozenset({"year", "month", "week", "day", "hour", "minute"})

#: Units that are ratios or multipliers, not amounts.
RELATIVE: Final = frozenset({"percent", "pp", "times", "fraction"})

# Measures written in different units of one dimension: unit -> (common unit, factor to it).
_ALIGN: Final[dict[str, tuple[str, Decimal]]] = {
    "km": ("m", Decimal(1000)),
    "m": ("m", Decimal(1)),
    "t": ("kg", Decimal(1000)),
    "kg": ("kg", Decimal(1)),
    "km2": ("m2", Decimal(1_000_000)),
    "ha": ("m2", Decimal(10_000)),
    "m2": ("m2", Decimal(1)),
}

# The digits of a figure as written: "24,2", "1 599 059".
_DIGITS: Final = re.compile(r"\d(?:[\d\u00a0\u202f ]*\d)?(?:[.,]\d+)?")


def additive(unit: str) -> bool:
    """Amounts in ``unit`` add up to wholes (money, counts, measures; not ratios or durations)."""
    return unit not in RELATIVE and unit not in DURATIONS


def aligned_unit(unit: str) -> str:
    """The common unit ``unit`` is aligned to (:func:`aligned`'s, without making the interval): km -> "m"."""
    return _ALIGN.get(unit, (unit, Decimal(1)))[0]


def aligned(q: Quantity, interval: Interval | None = None) -> tuple[str, Interval]:
    """The common unit of ``q`` and its interval in it: 2 km -> ("m", [2000, 2000])."""
    iv = q.interval if interval is None else interval
    unit, factor = _ALIGN.get(q.unit, (q.unit, Decimal(1)))
    return unit, iv if factor == 1 else iv.scale(factor)


@frozen
class Group:
    """One structure the claims are anchored in: its kind and its members by role, in text order."""

    kind: str
    members: tuple[tuple[int, str], ...]
    listed: int = 0  # items the structure's list names without a figure

    def role(self, role: str) -> list[int]:
        """The claims that play ``role``."""
        return [i for i, r in self.members if r == role]


def anchored(claims: Sequence[Claim], kinds: Collection[str]) -> list[Group]:
    """The structures of the kinds named that the claims are anchored in, in the order they were found."""
    found: dict[int, tuple[str, list[tuple[int, str]]]] = {}
    listed: dict[int, int] = {}
    anchored_claims = [i for i, c in enumerate(claims) if c.anchors]
    if not anchored_claims:
        return []  # most texts: no claim to sort
    for i in sorted(anchored_claims, key=lambda i: (claims[i].quantity.span.start, claims[i].quantity.span.end, i)):
        for a in claims[i].anchors:
            if a.kind in kinds:
                found.setdefault(a.group, (a.kind, []))[1].append((i, a.role))
                listed[a.group] = max(listed.get(a.group, 0), a.listed or 0)
    return [Group(kind, tuple(members), listed[g]) for g, (kind, members) in sorted(found.items())]


def written_step(q: Quantity) -> Decimal:
    """The rounding step of ``q`` in base units, from the digits of its span ("$24,2 млрд" -> 1e8).

    A figure written in words has the step of one unit at its scale.
    """
    match = _DIGITS.search(q.span.text)
    if match is None:
        return Decimal(1)
    digits = re.sub(r"[\u00a0\u202f ]", "", match.group())
    written = Decimal(digits.replace(",", "."))
    scale = q.value / written if written else Decimal(1)
    return step_of(digits) * scale


def same_period(a: Claim, b: Claim) -> bool:
    """Both claims state a period and it has the same dates (where each was written may differ)."""
    return a.period is not None and b.period is not None and dates(a.period) == dates(b.period)


def dates(p: Period) -> tuple[object, object]:
    """The first and last day of a period, for comparing periods written in different places."""
    return (p.first, p.last)


#: Claims further apart than this many characters are never compared: relations stand within an
#: article (the corpus' longest is 13,000 characters), and the bound keeps the pairwise checks linear
#: on a long text instead of quadratic.
WINDOW = 20_000


class Nearby:
    """Claims in text order, with the ones near a position found by bisection; sorted when first asked
    (most checks find no claim to look around)."""

    def __init__(self, claims: Sequence[Claim]) -> None:
        self._claims = claims
        self._order: list[int] | None = None
        self._starts: list[int] = []

    @property
    def order(self) -> list[int]:
        """Indices of the claims in text order."""
        if self._order is None:
            claims = self._claims
            self._order = list(by_position(claims))
            self._starts = [claims[i].quantity.span.start for i in self._order]
        return self._order

    def within(self, lo: int, hi: int) -> list[int]:
        """Indices of the claims that start in [lo, hi], in text order."""
        order = self.order
        return order[bisect.bisect_left(self._starts, lo) : bisect.bisect_right(self._starts, hi)]

    def around(self, i: int, reach: int = WINDOW) -> list[int]:
        """Indices of the claims that start within ``reach`` characters of claim ``i``, in text order."""
        start = self._claims[i].quantity.span.start
        return self.within(start - reach, start + reach)


def by_position(claims: Sequence[Claim]) -> Iterator[int]:
    """Indices of ``claims`` in text order, so that choices never depend on the order given."""
    def key(i: int) -> tuple[int, int, Decimal, int]:
        q = claims[i].quantity
        return (q.span.start, q.span.end, q.value, i)

    return iter(sorted(range(len(claims)), key=key))


def d(x: Decimal | None, infinity: str = "inf") -> str:
    """A detail value (twelve significant digits are plenty); an open bound is "inf" or "-inf"."""
    return infinity if x is None else render.number(x, 12)
