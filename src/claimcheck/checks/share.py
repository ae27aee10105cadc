"""Share arithmetic: "X, или p% от Y" states X / Y as p%; the three figures must agree.

The three claims are read from their positions: a share (percent or fraction) written right after an
amount and right before another amount of the same unit; or from the anchors of
:mod:`claimcheck.structures.proportions`: "157 из 172 …, или 91,3 %", and a percentage the next sentence
gives of "N из M" ("этот показатель составляет 91,3"). X / Y is computed on intervals, so
"$3,2 млрд, или 13% от $24,2 млрд" holds (13.2 % lies in [12.5, 13.5]) and only a real disagreement,
beyond rounding of all three figures, is a contradiction.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Final

from claimcheck.checks import render
from claimcheck.checks.common import additive, aligned, aligned_unit, anchored, by_position, d
from claimcheck.checks.context import CheckContext
from claimcheck.interval import Interval
from claimcheck.model import Claim, Finding, Quantity

__all__ = ["check", "relations", "share_percent"]

# "X, или p%" and "X (p%": characters between the part and the share.
_BEFORE: Final = 12
# "p% от Y", "p% из Y": characters between the share and the whole.
_AFTER: Final = 6


def share_percent(q: Quantity) -> Interval | None:
    """The share as a percent interval ("треть" -> [33.325, 33.335]); None when not a share figure."""
    if q.kind == "change":
        return None
    if q.unit == "percent":
        return q.interval
    if q.unit == "fraction":
        return q.interval.scale(Decimal(100))
    return None


def relations(claims: Sequence[Claim], context: CheckContext) -> list[tuple[int, ...]]:
    """Every (part, share, whole) triple of claim indices written as "X, или p% от Y", or "N из M" with
    the percentage the text gives of it."""
    order = list(by_position(claims))
    out: list[tuple[int, ...]] = [
        (*g.role("part"), *g.role("share"), *g.role("total")) for g in anchored(claims, ("proportion",))
    ]
    for n in range(1, len(order) - 1):
        x, p, y = order[n - 1], order[n], order[n + 1]
        xq, pq, yq = claims[x].quantity, claims[p].quantity, claims[y].quantity
        if share_percent(pq) is None or xq.kind == "change" or yq.kind == "change":
            continue
        if not additive(xq.unit) or aligned_unit(xq.unit) != aligned_unit(yq.unit):
            continue
        if 0 <= pq.span.start - xq.span.end <= _BEFORE and 0 <= yq.span.start - pq.span.end <= _AFTER:
            out.append((x, p, y))
    return list(dict.fromkeys(out))


def check(claims: Sequence[Claim], context: CheckContext) -> list[Finding]:
    """A contradiction for every "X, или p% от Y" whose ratio cannot be p%."""
    out: list[Finding] = []
    for x, p, y in relations(claims, context):
        xq, pq, yq = claims[x].quantity, claims[p].quantity, claims[y].quantity
        stated = share_percent(pq)
        ratio = aligned(xq)[1].divide(aligned(yq)[1])
        if stated is None or ratio is None:
            continue
        computed = ratio.scale(Decimal(100))
        if computed.overlaps(stated):
            continue
        out.append(Finding(
            "share", "contradiction",
            f"{render.interval(xq.interval, xq.unit)} of {render.interval(yq.interval, yq.unit)} is "
            f"{render.interval(computed, 'percent')}, not the {render.interval(stated, 'percent')} stated",
            tuple(sorted((x, p, y))),
            (
                ("part_low", d(aligned(xq)[1].low, "-inf")),
                ("part_high", d(aligned(xq)[1].high)),
                ("whole_low", d(aligned(yq)[1].low, "-inf")),
                ("whole_high", d(aligned(yq)[1].high)),
                ("computed_low", d(computed.low, "-inf")),
                ("computed_high", d(computed.high)),
                ("stated_low", d(stated.low, "-inf")),
                ("stated_high", d(stated.high)),
            ),
        ))
    return out
