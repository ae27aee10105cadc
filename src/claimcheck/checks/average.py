"""Averages and per-unit figures: "99 проектов на $18,6 млрд" is ≈ $188 mn a project.

An average stated with the largest or the smallest value of the same things ("средняя зарплата — 52
тыс., максимальная — 48 тыс.", :mod:`claimcheck.structures.bounds`) must lie between them.

A count and an amount that extraction ties to one written subject (the amount is what the counted
things are worth) give an average. When the text also states an average for the same things (an
amount whose subject carries an "average" lemma and the counted noun), the two must agree; with no
stated average, the computed one is a note when ``CheckContext.per_unit_notes`` asks for it.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimcheck.checks import render
from claimcheck.checks.common import Nearby, additive, aligned, aligned_unit, anchored, d, same_period
from claimcheck.checks.context import CheckContext
from claimcheck.checks.subjects import head_and_modifiers, same_mention
from claimcheck.model import Claim, Finding

__all__ = ["check", "relations", "totals"]


def totals(claims: Sequence[Claim], context: CheckContext, nearby: Nearby | None = None) -> list[tuple[int, int]]:
    """Every (amount, count) pair that states what a number of things is worth in all (``nearby``: the
    claims' :class:`Nearby`, when the caller has made it already)."""
    out: list[tuple[int, int]] = []
    if not any(c.quantity.unit == "count" and c.quantity.kind == "amount" and c.subject is not None for c in claims):
        return out  # no count to divide by: the claims are not put in order
    nearby = nearby or Nearby(claims)
    for n in nearby.order:
        count = claims[n]
        if count.quantity.unit != "count" or count.quantity.kind != "amount" or count.subject is None:
            continue
        if not head_and_modifiers(count.subject, context.lexicon)[0]:
            continue
        for m in nearby.around(n):
            total = claims[m].quantity
            if m == n or total.kind != "amount" or not additive(total.unit) or total.unit == "count":
                continue
            if same_mention(count.subject, claims[m].subject) and count.period == claims[m].period:
                out.append((m, n))
                break
    return out


def _stated_average(
    claims: Sequence[Claim], total: int, count: int, context: CheckContext, nearby: Nearby
) -> int | None:
    lex = context.lexicon
    c_subject = claims[count].subject
    if c_subject is None:
        return None
    head = head_and_modifiers(c_subject, lex)[0]
    found = []
    for i in nearby.around(total):
        c = claims[i]
        if i in (total, count) or c.subject is None or c.quantity.kind != "amount":
            continue
        lemmas = c.subject.lemma.split()
        if (
            aligned_unit(c.quantity.unit) == aligned_unit(claims[total].quantity.unit)
            and lex.average_lemmas & set(lemmas) and head in lemmas
            and (c.period is None or claims[total].period is None or same_period(c, claims[total]))
        ):
            found.append(i)
    return found[0] if len(found) == 1 else None


def _bound_findings(claims: Sequence[Claim]) -> list[Finding]:
    """An average above the largest value or below the smallest one stated of the same things
    (:mod:`claimcheck.structures.bounds`): "average 52–53 k is above the maximum stated, 47.5–48.5 k"."""
    out: list[Finding] = []
    for g in anchored(claims, ("bounded",)):
        (a,) = g.role("average")
        unit, a_iv = aligned(claims[a].quantity)
        for role, wrong, word in (("max", a_iv.entirely_above, "above the maximum"),
                                  ("min", a_iv.entirely_below, "below the minimum")):
            for b in g.role(role):
                b_iv = aligned(claims[b].quantity)[1]
                if not wrong(b_iv):
                    continue
                aq, bq = claims[a].quantity, claims[b].quantity
                out.append(Finding(
                    "average.bound", "contradiction",
                    f"the average {render.interval(aq.interval, aq.unit)} ({aq.span.text}) is {word} stated, "
                    f"{render.interval(bq.interval, bq.unit)} ({bq.span.text}); an average lies between them",
                    tuple(sorted((a, b))),
                    (("average_low", d(a_iv.low, "-inf")), ("average_high", d(a_iv.high)),
                     ("bound_low", d(b_iv.low, "-inf")), ("bound_high", d(b_iv.high)), ("unit", unit)),
                ))
    return out


def relations(claims: Sequence[Claim], context: CheckContext) -> list[tuple[int, ...]]:
    """Every (stated average, total, count) triple, and every average with a bound of the same things."""
    out: list[tuple[int, ...]] = [
        (*g.role("average"), b) for g in anchored(claims, ("bounded",)) for b in (*g.role("max"), *g.role("min"))
    ]
    nearby = Nearby(claims)
    for m, n in totals(claims, context, nearby):
        a = _stated_average(claims, m, n, context, nearby)
        if a is not None:
            out.append((a, m, n))
    return out


def check(claims: Sequence[Claim], context: CheckContext) -> list[Finding]:
    """A contradiction when a stated average disagrees with total / count, or lies outside a bound stated
    of the same things; optional notes otherwise."""
    out: list[Finding] = _bound_findings(claims)
    nearby = Nearby(claims)
    for m, n in totals(claims, context, nearby):
        tq, nq = claims[m].quantity, claims[n].quantity
        unit, t_iv = aligned(tq)
        per = t_iv.divide(nq.interval)
        if per is None:
            continue
        a = _stated_average(claims, m, n, context, nearby)
        subject = claims[n].subject
        what = subject.span.text if subject is not None else "items"
        details = [
            ("total_low", d(t_iv.low, "-inf")), ("total_high", d(t_iv.high)),
            ("count_low", d(nq.interval.low, "-inf")), ("count_high", d(nq.interval.high)),
            ("average_low", d(per.low, "-inf")), ("average_high", d(per.high)),
            ("average_at_stated", d(tq.value / nq.value if nq.value else None)),
        ]
        arithmetic = (
            f"{render.interval(tq.interval, tq.unit)} over {render.interval(nq.interval, 'count')} ({what}) "
            f"is {render.interval(per, unit)} each"
        )
        if a is not None:
            s_iv = aligned(claims[a].quantity)[1]
            if not s_iv.overlaps(per):
                out.append(Finding(
                    "average", "contradiction",
                    f"{arithmetic}, not the stated average of "
                    f"{render.interval(claims[a].quantity.interval, claims[a].quantity.unit)}",
                    tuple(sorted((a, m, n))),
                    (*details, ("stated_low", d(s_iv.low, "-inf")), ("stated_high", d(s_iv.high))),
                ))
        elif context.per_unit_notes:
            # One figure: the average of the figures as written when neither is a bound, else its bounds.
            as_written = nq.value and tq.approx in ("=", "~") and nq.approx in ("=", "~")
            out.append(Finding(
                "average", "note",
                f"{render.figure(tq.value, tq.unit, tq.approx)} over {render.figure(nq.value, 'count', nq.approx)} "
                f"({what}) is {render.figure(tq.value / nq.value, tq.unit, about=True, digits=3)} each "
                "(from the figures as written)"
                if as_written else arithmetic,
                tuple(sorted((m, n))),
                tuple(details),
            ))
    return out
