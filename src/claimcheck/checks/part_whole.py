"""Part vs whole: a part cannot exceed the whole it belongs to over a period that covers its own.

A claim is a part of another when its subject is narrower (``subjects.relation`` says "part"), both
are additive amounts in one unit (after aligning km with m, t with kg), and the whole's period covers
the part's. The part contradicts the whole only when every value it can mean is above every value the
whole can mean.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimcheck.checks import render
from claimcheck.checks.common import Nearby, additive, aligned, aligned_unit
from claimcheck.checks.context import CheckContext
from claimcheck.checks.subjects import relation
from claimcheck.interval import fmt
from claimcheck.model import Claim, Finding

__all__ = ["check", "relations"]

_KINDS = ("amount", "range")


def _describe(c: Claim) -> str:
    subject = f" ({c.subject.span.text})" if c.subject is not None else ""
    period = f" in {render.period(c.period)}" if c.period is not None else ""
    return f"{render.interval(c.quantity.interval, c.quantity.unit)}{subject}{period}"


def relations(claims: Sequence[Claim], context: CheckContext) -> list[tuple[int, ...]]:
    """Every (part, whole) pair of claim indices: stated ("из них", "в том числе") or by subject and period."""
    out: list[tuple[int, ...]] = []
    lex = context.lexicon
    nearby = Nearby(claims)
    for i, part in enumerate(claims):
        j = part.whole
        stated = j is not None and 0 <= j < len(claims) and j != i and additive(part.quantity.unit)
        if stated and j is not None and aligned_unit(part.quantity.unit) == aligned_unit(claims[j].quantity.unit):
            out.append((i, j))
            continue
        pq = part.quantity
        if pq.kind not in _KINDS or not additive(pq.unit) or part.period is None:
            continue
        for j in nearby.around(i):
            whole = claims[j]
            wq = whole.quantity
            if i == j or wq.kind not in _KINDS or whole.period is None:
                continue
            if aligned_unit(pq.unit) != aligned_unit(wq.unit) or not whole.period.covers(part.period):
                continue
            if relation(part.subject, whole.subject, lex) == "part":
                out.append((i, j))
    return out


def check(claims: Sequence[Claim], context: CheckContext) -> list[Finding]:
    """Findings for every part/whole pair of claims."""
    out: list[Finding] = []
    for i, j in relations(claims, context):
        part, whole = claims[i], claims[j]
        p_iv, w_iv = aligned(part.quantity)[1], aligned(whole.quantity)[1]
        details = (
            ("part_low", fmt(p_iv.low, infinity="-inf")),
            ("part_high", fmt(p_iv.high, infinity="inf")),
            ("whole_low", fmt(w_iv.low, infinity="-inf")),
            ("whole_high", fmt(w_iv.high, infinity="inf")),
        )
        pair = tuple(sorted((i, j)))
        if p_iv.entirely_above(w_iv):
            out.append(Finding(
                "part_whole", "contradiction",
                f"{_describe(part)} exceeds the whole it belongs to, {_describe(whole)}",
                pair, details,
            ))
        else:
            out.append(Finding(
                "part_whole", "note",
                f"part within whole holds: {_describe(part)} is not more than {_describe(whole)}",
                pair, details,
            ))
    return out
