"""Breakdown: a stated total against the parts the text lists for it.

"Восемь детей — четверо сыновей и четыре дочери" and "четыре сына и две дочери, всего шестеро детей"
state a total and its parts in one sentence (:mod:`claimcheck.structures.breakdowns` finds them where
claims are built). A complete list (a partition) must add up to the total: the sum of the parts'
intervals must meet the total's. A list that may leave parts out must add up to at most the total.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from functools import reduce

from claimcheck.checks import render
from claimcheck.checks.common import Group, aligned, aligned_unit, anchored, d
from claimcheck.checks.context import CheckContext
from claimcheck.interval import Interval
from claimcheck.model import Claim, Finding

__all__ = ["check", "relations"]

_KINDS = ("partition", "parts")


def _sum(claims: Sequence[Claim], g: Group) -> Interval:
    """The parts' intervals added up, with one for each item the list names without a figure."""
    named = Interval.exact(Decimal(g.listed))
    return reduce(lambda a, b: a + b, (aligned(claims[i].quantity)[1] for i in g.role("part")), named)


def _total(claims: Sequence[Claim], g: Group) -> Interval:
    """The total's interval: several totals ("двое сыновей и три дочери: Анна, …") add up."""
    return reduce(lambda a, b: a + b, (aligned(claims[i].quantity)[1] for i in g.role("total")))


def relations(claims: Sequence[Claim], context: CheckContext) -> list[tuple[int, ...]]:
    """Every (total, part, part, ...) the text lists."""
    return [(*g.role("total"), *g.role("part")) for g in anchored(claims, _KINDS) if g.role("total")]


def _listed(claims: Sequence[Claim], g: Group) -> str:
    """"4 + 2", "9 + 1 named", "3 named": the parts as the message shows them."""
    shown = [render.interval(claims[i].quantity.interval, claims[i].quantity.unit) for i in g.role("part")]
    if g.listed:
        shown.append(f"{g.listed} named")
    return " + ".join(shown)


def _finding(claims: Sequence[Claim], g: Group) -> Finding | None:
    totals, parts = g.role("total"), g.role("part")
    unit = aligned_unit(claims[totals[0]].quantity.unit)
    t_iv, s_iv = _total(claims, g), _sum(claims, g)
    if g.kind == "partition" and s_iv.overlaps(t_iv):
        return None
    if g.kind == "parts" and not s_iv.entirely_above(t_iv):
        return None
    tq = claims[totals[0]].quantity
    stated = " + ".join(claims[i].quantity.span.text for i in totals)
    relation = "the total" if g.kind == "partition" else "at most the total"
    return Finding(
        f"breakdown.{g.kind}", "contradiction",
        f"the parts listed add up to {_listed(claims, g)} = {render.interval(s_iv, tq.unit)}, "
        f"which cannot be {relation} stated, {render.interval(t_iv, tq.unit)} ({stated})",
        tuple(sorted((*totals, *parts))),
        (
            ("sum_low", d(s_iv.low, "-inf")), ("sum_high", d(s_iv.high)),
            ("total_low", d(t_iv.low, "-inf")), ("total_high", d(t_iv.high)), ("unit", unit),
            ("named", str(g.listed)),
        ),
    )


def check(claims: Sequence[Claim], context: CheckContext) -> list[Finding]:
    """A contradiction for every listed breakdown whose parts cannot make its total."""
    out: list[Finding] = []
    for g in anchored(claims, _KINDS):
        if g.role("total") and (g.role("part") or g.listed):
            found = _finding(claims, g)
            if found is not None:
                out.append(found)
    return out
