"""Sets of character ranges with logarithmic membership and overlap tests.

Quote finding and claim building ask, for every word or candidate, whether it lies inside or overlaps
one of many ranges (quotes, periods, other quantities). A linear scan made that quadratic on long
texts; a SpanSet merges the ranges once and answers by bisection.

>>> s = SpanSet([(10, 20), (15, 30), (40, 50)])
>>> s.contains(25), s.contains(35), s.overlaps(30, 41), s.covers(11, 29)
(True, False, True, True)
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

__all__ = ["SpanSet"]


class SpanSet:
    """Half-open ranges [start, end), merged where they overlap (ranges that only touch stay apart)."""

    __slots__ = ("_ends", "_starts")

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        merged: list[list[int]] = []
        for a, b in sorted((a, b) for a, b in spans if b > a):
            if merged and a < merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        self._starts = [a for a, _ in merged]
        self._ends = [b for _, b in merged]

    def contains(self, pos: int) -> bool:
        """``pos`` lies in one of the ranges."""
        i = bisect.bisect_right(self._starts, pos) - 1
        return i >= 0 and pos < self._ends[i]

    def overlaps(self, start: int, end: int) -> bool:
        """[start, end) shares a character with one of the ranges."""
        i = bisect.bisect_left(self._ends, start + 1)
        return i < len(self._starts) and self._starts[i] < end

    def covers(self, start: int, end: int) -> bool:
        """[start, end) lies wholly inside one (merged) range."""
        i = bisect.bisect_right(self._starts, start) - 1
        return i >= 0 and end <= self._ends[i]
