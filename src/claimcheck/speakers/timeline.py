"""Items kept in text order under named groups, for "the last one of these before here"."""

from __future__ import annotations

import bisect
import operator
from collections.abc import Callable, Hashable, Iterable
from typing import Any, Generic, TypeVar

_T = TypeVar("_T")


class Timeline(Generic[_T]):
    """Items in text order under named groups, answering "the last item of these groups before a
    position" by bisection: a resolver's every question then costs O(log n), not a walk back over all
    that the document has named so far (which made long texts quadratic).

    Items are ordered by their sort key, ties in the order they were added, exactly as one list kept
    sorted with ``bisect.insort`` would be; an item may be put in several groups.
    """

    def __init__(self) -> None:
        # group -> [((key, when added), item)], kept sorted by the first element.
        self._groups: dict[Hashable, list[tuple[tuple[Any, int], _T]]] = {}
        self._added = 0

    def add(self, key: Any, item: _T, groups: Iterable[Hashable]) -> None:
        """Put ``item`` (sorted by ``key``, whose first element is its position) in ``groups``."""
        self._added += 1
        order = (key, self._added)
        for group in groups:
            bisect.insort(self._groups.setdefault(group, []), (order, item), key=_order)

    def last_before(self, position: int, groups: Iterable[Hashable]) -> _T | None:
        """The latest item of any of ``groups`` whose position is below ``position``."""
        best: tuple[tuple[Any, int], _T] | None = None
        for group in groups:
            entries = self._groups.get(group)
            if not entries:
                continue
            i = bisect.bisect_left(entries, _at(position), key=_order)
            if i and (best is None or entries[i - 1][0] > best[0]):
                best = entries[i - 1]
        return None if best is None else best[1]

    def between(self, after: int, before: int, group: Hashable) -> list[_T]:
        """The items of ``group`` whose position lies strictly between ``after`` and ``before``."""
        entries = self._groups.get(group, [])
        lo = bisect.bisect_left(entries, _at(after + 1), key=_order)
        hi = bisect.bisect_left(entries, _at(before), lo, key=_order)
        return [item for _, item in entries[lo:hi]]

    def first(self, group: Hashable) -> _T | None:
        """The earliest item of ``group``."""
        entries = self._groups.get(group)
        return entries[0][1] if entries else None


# An entry's sort key, the key to bisect entries by (at C speed).
_order: Callable[[tuple[tuple[Any, int], Any]], tuple[Any, int]] = operator.itemgetter(0)


def _at(position: int) -> Any:
    """A sort key below every entry at ``position`` and above every entry before it: ``(position,)``
    sorts before any longer key that starts with ``position``."""
    return ((position,),)
