"""Items kept in text order under named groups, for "the last one of these before here"."""

from __future__ import annotations

import bisect
from collections.abc import Hashable, Iterable
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
        self._keys: dict[Hashable, list[tuple[Any, int]]] = {}
        self._items: dict[Hashable, list[_T]] = {}
        self._added = 0

    def add(self, key: Any, item: _T, groups: Iterable[Hashable]) -> None:
        """Put ``item`` (sorted by ``key``, whose first element is its position) in ``groups``."""
        self._added += 1
        order = (key, self._added)
        for group in groups:
            keys = self._keys.setdefault(group, [])
            i = bisect.bisect_right(keys, order)
            keys.insert(i, order)
            self._items.setdefault(group, []).insert(i, item)

    def last_before(self, position: int, groups: Iterable[Hashable]) -> _T | None:
        """The latest item of any of ``groups`` whose position is below ``position``."""
        best: tuple[Any, int] | None = None
        found: _T | None = None
        for group in groups:
            keys = self._keys.get(group)
            if not keys:
                continue
            i = bisect.bisect_left(keys, ((position,),))
            if i and (best is None or keys[i - 1] > best):
                best, found = keys[i - 1], self._items[group][i - 1]
        return found

    def between(self, after: int, before: int, group: Hashable) -> list[_T]:
        """The items of ``group`` whose position lies strictly between ``after`` and ``before``."""
        keys = self._keys.get(group, [])
        lo = bisect.bisect_left(keys, ((after + 1,),))
        hi = bisect.bisect_left(keys, ((before,),), lo)
        return self._items[group][lo:hi] if hi > lo else []

    def first(self, group: Hashable) -> _T | None:
        """The earliest item of ``group``."""
        items = self._items.get(group)
        return items[0] if items else None
