"""Run rate vs target: a total for the first months of a year against a target for the whole year.

"$24.2 bn in 11 months" is ≈ $2.2 bn a month and ≈ $26.4 bn over 12 months: a note shows how far that
pace falls short of (or exceeds) the target. A target below the level already reached is a warning.
A target with no period is read as a yearly level (the way trade and output targets are stated).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

from claimcheck.checks import render
from claimcheck.checks.common import Nearby
from claimcheck.checks.context import CheckContext
from claimcheck.checks.subjects import relation
from claimcheck.interval import fmt
from claimcheck.model import Claim, Finding, Period

__all__ = ["check", "months_in"]


def months_in(p: Period) -> int | None:
    """Whole calendar months covered by a month-aligned period within one year, else None."""
    if p.first.day != 1 or (p.last + dt.timedelta(days=1)).day != 1 or p.first.year != p.last.year:
        return None
    return p.last.month - p.first.month + 1


def _is_year(p: Period | None) -> bool:
    return p is None or (months_in(p) == 12)


def check(claims: Sequence[Claim], context: CheckContext) -> list[Finding]:
    """Findings for every (partial-year total, yearly target) pair with the same subject and unit."""
    out: list[Finding] = []
    lex = context.lexicon
    nearby = Nearby(claims)
    for t_index, target in enumerate(claims):
        if target.quantity.kind != "target" or not _is_year(target.period):
            continue
        for a_index in sorted(nearby.around(t_index)):
            reached = claims[a_index]
            q = reached.quantity
            if q.kind != "amount" or q.unit != target.quantity.unit or reached.period is None:
                continue
            if relation(reached.subject, target.subject, lex) != "same":
                continue
            months = months_in(reached.period)
            if months is None or reached.period.first.month != 1 or months >= 12:
                continue
            if target.period is not None and target.period.first.year != reached.period.first.year:
                continue
            out.append(_finding(target, t_index, reached, a_index, months))
    return out


def _finding(target: Claim, t_index: int, reached: Claim, a_index: int, months: int) -> Finding:
    tq, rq = target.quantity, reached.quantity
    unit = tq.unit
    pair = tuple(sorted((t_index, a_index)))
    if tq.interval.entirely_below(rq.interval):
        return Finding(
            "run_rate.target_below_reached", "warning",
            f"the target of {render.interval(tq.interval, unit)} is below the "
            f"{render.interval(rq.interval, unit)} already reached in {render.period(reached.period)}",
            pair,
            (("target", fmt(tq.value)), ("reached", fmt(rq.value)), ("months", str(months))),
        )
    monthly = rq.value / months
    projected = monthly * 12
    gap = tq.value - projected
    share = gap / tq.value * 100 if tq.value else Decimal(0)
    if gap >= 0:
        verdict = f"≈ {render.amount(gap, unit)} (≈ {render.number(share, 2)}%) short of"
    else:
        verdict = f"≈ {render.amount(-gap, unit)} (≈ {render.number(-share, 2)}%) above"
    message = (
        f"{render.amount(rq.value, unit)} in {months} months ({render.period(reached.period)}) is "
        f"≈ {render.amount(monthly, unit)} a month; at that pace 12 months give "
        f"≈ {render.amount(projected, unit)}, {verdict} the {render.amount(tq.value, unit)} target"
    )
    return Finding(
        "run_rate", "note", message, pair,
        (
            ("reached", fmt(rq.value)), ("months", str(months)), ("monthly", fmt(monthly)),
            ("projected", fmt(projected)), ("target", fmt(tq.value)), ("gap", fmt(gap)),
            ("gap_percent", fmt(share)),
        ),
    )
