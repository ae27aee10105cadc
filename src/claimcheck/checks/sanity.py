"""Sanity: a share above 100 %, a negative count, a result for a period that has not ended yet.

A percentage is a share when extraction marks it so ("42% избирателей") or when the text puts it in a
structure of shares (a percentage of a whole in the genitive, "76,4% отданных голосов"; one of an
enumeration of shares; one with the amount it is of, "52,1 % (922774 голоса)").
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from claimcheck.checks import render
from claimcheck.checks.common import DURATIONS
from claimcheck.checks.context import CheckContext
from claimcheck.interval import fmt
from claimcheck.model import Claim, Finding

__all__ = ["check", "is_share"]

_HUNDRED = Decimal(100)
# Anchors that make a percentage a share: a share of a whole, a member of an enumeration of shares.
_SHARE_KINDS = frozenset({"share", "percentages", "percent_partition"})


def is_share(c: Claim) -> bool:
    """The claim is a percentage share of a whole, by its kind or by the structure the text gives it."""
    return c.quantity.kind == "share" or any(a.kind in _SHARE_KINDS or a.role == "share" for a in c.anchors)


def check(claims: Sequence[Claim], context: CheckContext) -> list[Finding]:
    """Findings about single claims that cannot be right as stated."""
    out: list[Finding] = []
    for i, c in enumerate(claims):
        q = c.quantity
        iv = q.interval
        if q.unit == "percent" and q.kind != "change" and is_share(c) and iv.low is not None and iv.low > _HUNDRED:
            out.append(Finding(
                "sanity.share_over_100", "contradiction",
                f"a share of {render.interval(iv, q.unit)} is more than the whole (100%)",
                (i,), (("share_low", fmt(iv.low)),),
            ))
        if q.unit == "count" and iv.high is not None and iv.high < 0:
            out.append(Finding(
                "sanity.negative_count", "contradiction",
                f"a count of {render.interval(iv, q.unit)} is negative",
                (i,), (("count_high", fmt(iv.high)),),
            ))
        published = context.published
        if (
            published is not None and c.period is not None and q.kind == "amount"
            and q.unit not in DURATIONS
            and c.period.last > published and c.period.first <= published
        ):
            out.append(Finding(
                "sanity.result_before_period_end", "warning",
                f"{render.amount(q.value, q.unit)} is stated as a result for {render.period(c.period)}, "
                f"which ends after the publication date {published.isoformat()}",
                (i,), (("period_last", c.period.last.isoformat()), ("published", published.isoformat())),
            ))
    return out
