"""Percentages of one enumeration: shares of one whole add up to at most 100 %.

"За Иванова проголосовали 52%, за Петрова — 30%, за Сидорова — 25%" shares out one whole: the sum of
the intervals cannot lie above 100 % (a list need not name every share). When the text gives the last
one as the rest ("остальные 18%"), the enumeration partitions the whole and must sum to 100 % within
rounding. :mod:`claimcheck.structures.percentages` finds the enumerations where claims are built.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from functools import reduce
from typing import Final

from claimcheck.checks import render
from claimcheck.checks.common import anchored, d
from claimcheck.checks.context import CheckContext
from claimcheck.interval import Interval
from claimcheck.model import Claim, Finding

__all__ = ["check", "relations"]

_KINDS: Final = ("percentages", "percent_partition")
_HUNDRED: Final = Interval.exact(Decimal(100))


def relations(claims: Sequence[Claim], context: CheckContext) -> list[tuple[int, ...]]:
    """Every enumeration of percentages of one whole."""
    return [tuple(g.role("part")) for g in anchored(claims, _KINDS)]


def check(claims: Sequence[Claim], context: CheckContext) -> list[Finding]:
    """A contradiction for every enumeration whose shares cannot add up as the text says."""
    out: list[Finding] = []
    for g in anchored(claims, _KINDS):
        parts = g.role("part")
        if len(parts) < 2:
            continue
        total = reduce(lambda a, b: a + b, (claims[i].quantity.interval for i in parts))
        partition = g.kind == "percent_partition"
        if (partition and total.overlaps(_HUNDRED)) or (not partition and not total.entirely_above(_HUNDRED)):
            continue
        listed = " + ".join(render.interval(claims[i].quantity.interval, "percent") for i in parts)
        wanted = "100%, the whole they share out" if partition else "at most 100%, the whole they share"
        out.append(Finding(
            f"percentages.{'partition' if partition else 'sum'}", "contradiction",
            f"shares of one whole add up to {listed} = {render.interval(total, 'percent')}, not {wanted}",
            tuple(sorted(parts)),
            (("sum_low", d(total.low, "-inf")), ("sum_high", d(total.high))),
        ))
    return out
