"""Restatement: one subject, period and unit stated twice with values that cannot both be right.

"Взаимная торговля за 11 месяцев достигла $24,2 млрд" in a quote and "$26 млрд" for the same trade and
months in the narration cannot both hold; "$24,2 млрд" and "$24 млрд" can (rounding). Extraction
often carries one subject over to the next figure of a sentence ("доходы … 3,04 млрд при чистой
прибыли 1,2 млрд"), so two claims count as restatements only when each names the subject itself:
two different mentions with one lemma key. Counts and shares are left out: "5 мирных жителей погибли,
10 ранены" and "52% голосов у одного, 30% у другого" name different groups with one subject, and
the verb or the owner that tells them apart is not part of a subject.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimcheck.checks import render
from claimcheck.checks.common import DURATIONS, Nearby, aligned, aligned_unit, d, same_period
from claimcheck.checks.context import CheckContext
from claimcheck.checks.subjects import head_and_modifiers, relation
from claimcheck.model import Claim, Finding

__all__ = ["check", "relations"]

_KINDS = ("amount", "range")


def _candidate(c: Claim, context: CheckContext) -> bool:
    q = c.quantity
    if q.kind not in _KINDS or q.unit in DURATIONS or q.unit in ("times", "count") or c.subject is None:
        return False
    return c.period is not None and bool(head_and_modifiers(c.subject, context.lexicon)[0])


def relations(claims: Sequence[Claim], context: CheckContext) -> list[tuple[int, ...]]:
    """Every pair of claims that state one quantity twice (later claim first)."""
    out: list[tuple[int, ...]] = []
    ok = [_candidate(c, context) for c in claims]
    nearby = Nearby(claims)
    for i, a in enumerate(claims):
        if not ok[i]:
            continue
        for j in nearby.around(i):
            if j <= i:
                continue
            b = claims[j]
            if not ok[j] or a.subject is None or b.subject is None or a.subject.span == b.subject.span:
                continue
            qa, qb = a.quantity, b.quantity
            if qa.span.start < qb.span.end and qb.span.start < qa.span.end:
                continue
            if aligned_unit(qa.unit) != aligned_unit(qb.unit) or not same_period(a, b):
                continue
            if relation(a.subject, b.subject, context.lexicon) == "same":
                later, earlier = (i, j) if qa.span.start > qb.span.start else (j, i)
                out.append((later, earlier))
    return out


def check(claims: Sequence[Claim], context: CheckContext) -> list[Finding]:
    """A contradiction for every restatement whose intervals cannot meet."""
    out: list[Finding] = []
    for i, j in relations(claims, context):
        a, b = claims[i], claims[j]
        ua, ia = aligned(a.quantity)
        _, ib = aligned(b.quantity)
        if ia.overlaps(ib):
            continue
        first, second = sorted((a, b), key=lambda c: c.quantity.span.start)
        subject = first.subject.span.text if first.subject is not None else ""
        out.append(Finding(
            "restatement", "contradiction",
            f"{subject} in {render.period(first.period)} is stated as "
            f"{render.interval(first.quantity.interval, first.quantity.unit)} and again as "
            f"{render.interval(second.quantity.interval, second.quantity.unit)}; "
            f"the two figures cannot both be right, even allowing for rounding",
            tuple(sorted((i, j))),
            (
                ("first_low", d(aligned(first.quantity)[1].low, "-inf")),
                ("first_high", d(aligned(first.quantity)[1].high)),
                ("second_low", d(aligned(second.quantity)[1].low, "-inf")),
                ("second_high", d(aligned(second.quantity)[1].high)),
                ("unit", ua),
            ),
        ))
    return out
