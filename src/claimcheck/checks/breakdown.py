"""Breakdown: a stated total against the parts the text lists for it.

"Восемь детей — четверо сыновей и четыре дочери" and "четыре сына и две дочери, всего шестеро детей"
state a total and its parts in one sentence (:mod:`claimcheck.structures.breakdowns` finds them where
claims are built). A complete list (a partition) must add up to the total: the sum of the parts'
intervals must meet the total's. A list that may leave parts out must add up to at most the total.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import reduce

from claimcheck.checks import render
from claimcheck.checks.common import Group, aligned, anchored, d
from claimcheck.checks.context import CheckContext
from claimcheck.interval import Interval
from claimcheck.model import Claim, Finding

__all__ = ["check", "relations"]

_KINDS = ("partition", "parts")


def _sum(claims: Sequence[Claim], parts: Sequence[int]) -> Interval:
    return reduce(lambda a, b: a + b, (aligned(claims[i].quantity)[1] for i in parts))


def relations(claims: Sequence[Claim], context: CheckContext) -> list[tuple[int, ...]]:
    """Every (total, part, part, ...) the text lists."""
    return [(*g.role("total"), *g.role("part")) for g in anchored(claims, _KINDS) if len(g.role("total")) == 1]


def _finding(claims: Sequence[Claim], g: Group) -> Finding | None:
    (total,) = g.role("total")
    parts = g.role("part")
    unit, t_iv = aligned(claims[total].quantity)
    s_iv = _sum(claims, parts)
    if g.kind == "partition" and s_iv.overlaps(t_iv):
        return None
    if g.kind == "parts" and not s_iv.entirely_above(t_iv):
        return None
    tq = claims[total].quantity
    listed = " + ".join(render.interval(claims[i].quantity.interval, claims[i].quantity.unit) for i in parts)
    relation = "the total" if g.kind == "partition" else "at most the total"
    return Finding(
        f"breakdown.{g.kind}", "contradiction",
        f"the parts listed add up to {listed} = {render.interval(s_iv, tq.unit)}, "
        f"which cannot be {relation} stated, {render.interval(tq.interval, tq.unit)} ({tq.span.text})",
        tuple(sorted((total, *parts))),
        (
            ("sum_low", d(s_iv.low, "-inf")), ("sum_high", d(s_iv.high)),
            ("total_low", d(t_iv.low, "-inf")), ("total_high", d(t_iv.high)), ("unit", unit),
        ),
    )


def check(claims: Sequence[Claim], context: CheckContext) -> list[Finding]:
    """A contradiction for every listed breakdown whose parts cannot make its total."""
    out: list[Finding] = []
    for g in anchored(claims, _KINDS):
        if len(g.role("total")) == 1 and g.role("part"):
            found = _finding(claims, g)
            if found is not None:
                out.append(found)
    return out
