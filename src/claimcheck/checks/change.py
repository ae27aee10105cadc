"""Change arithmetic: a stated change against the levels before and after it.

"Вырос на 5% с $3 млрд до $3,15 млрд": the levels come from the structure the text gives them (anchored
where claims are built), else from subject, period and position; the level after a change (the amount
written with "до", or the one of the later period) divided by the level before must lie in 1 + p/100
(1 - p/100 for a fall; N for "в N раз"; a difference of Z for "на Z больше"). When the text gives no earlier figure, the
level implies one: X / (1 + p/100) after a rise, X / (1 - p/100) after a fall, X / N after an N-fold
rise, reported as a note.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Final

import attrs

from claimcheck.checks import render
from claimcheck.checks.common import Nearby, additive, aligned, aligned_unit, anchored, d, dates, written_step
from claimcheck.checks.context import CheckContext
from claimcheck.checks.subjects import relation, same_mention
from claimcheck.interval import Interval, fmt
from claimcheck.model import Claim, Finding, Quantity

__all__ = [
    "LEVEL_KINDS", "below_zero_finding", "check", "implied_base", "level_interval", "relations", "stated_finding",
]

#: The anchor kinds of a change stated with both its levels ("выросла с A до B"): the levels family reads those.
LEVEL_KINDS: Final = ("rise", "fall")
_DIRECTIONS: Final = {"rise": "up", "fall": "down"}

# A change and the levels it links are stated together: at most this many characters apart.
_MAX_GAP: Final = 160


def implied_base(level: Interval, change: Interval, unit: str, direction: str | None) -> Interval | None:
    """The interval of the level before a change of ``change`` (percent or times) to ``level``."""
    if unit == "percent":
        factor = change.scale(Decimal("0.01"))
        one = Interval.exact(Decimal(1))
        divisor = one - factor if direction == "down" else one + factor
    elif unit == "times":
        if direction == "down":
            return None
        divisor = change
    else:
        return None
    return level.divide(divisor)


def _is_change(c: Claim) -> bool:
    q = c.quantity
    return q.kind == "change" and q.direction is not None and (q.unit in ("percent", "times") or additive(q.unit))


def _anchored_levels(claims: Sequence[Claim]) -> dict[int, tuple[int, int]]:
    """change -> (level after, level before) for the changes the text states with both levels ("на 25% с
    8 млн до 6 млн": anchored where claims are built)."""
    out: dict[int, tuple[int, int]] = {}
    for g in anchored(claims, LEVEL_KINDS):
        change, before, after = g.role("change"), g.role("from"), g.role("to")
        if len(change) == 1 and len(before) == 1 and len(after) == 1:
            out[change[0]] = (after[0], before[0])
    return out


def _directed(claims: Sequence[Claim]) -> Sequence[Claim]:
    """The claims, with a change that extraction gave no direction taking the one of the structure it is
    anchored in ("увеличил число машин … в полтора раза с 8 до 12": the word of change stands far before
    the factor, and the structure found it)."""
    out: list[Claim] | None = None
    for g in anchored(claims, LEVEL_KINDS):
        for c in g.role("change"):
            q = claims[c].quantity
            if q.direction is None:
                out = out if out is not None else list(claims)
                out[c] = attrs.evolve(claims[c], quantity=attrs.evolve(q, direction=_DIRECTIONS[g.kind]))
    return claims if out is None else out


def _fits(change: Claim, level: Claim, context: CheckContext) -> bool:
    """``level`` is an amount the change can be about: its unit, subject and period."""
    cq, lq = change.quantity, level.quantity
    if lq.kind != "amount" or not additive(lq.unit):
        return False
    if cq.unit not in ("percent", "times") and aligned_unit(cq.unit) != aligned_unit(lq.unit):
        return False
    if change.period is None or level.period is None or dates(change.period) != dates(level.period):
        return False
    return relation(change.subject, level.subject, context.lexicon) == "same"


def _marked(q: Quantity, context: CheckContext) -> bool:
    """The amount is written as the level a change led to ("до $3,15 млрд")."""
    text = q.span.text.lower()
    return any(text.startswith(m + " ") for m in context.lexicon.change_level_markers)


def level_interval(q: Quantity, context: CheckContext) -> Interval:
    """What a level means: "до X" after a change is X as written, not "at most X"."""
    if q.approx == "<=" and _marked(q, context):
        return Interval.rounded(q.value, written_step(q))
    return q.interval


def _level(claims: Sequence[Claim], c: int, context: CheckContext, near: Nearby) -> int | None:
    """The first amount after change ``c`` that the change is about."""
    cq = claims[c].quantity
    for j in near.within(cq.span.end, cq.span.end + _MAX_GAP):
        if j != c and _fits(claims[c], claims[j], context):
            return j
    return None


def _stated_pair(
    claims: Sequence[Claim], c: int, context: CheckContext, nearby: Nearby
) -> tuple[int, int] | None:
    """(level after, level before) stated with change ``c``, when the text tells them apart."""
    change = claims[c]
    cq = change.quantity
    near = [
        j for j in nearby.within(cq.span.start - _MAX_GAP, cq.span.start + _MAX_GAP)
        if j != c
        and claims[j].quantity.kind == "amount" and additive(claims[j].quantity.unit)
        and (cq.unit in ("percent", "times") or aligned_unit(cq.unit) == aligned_unit(claims[j].quantity.unit))
        and (
            same_mention(change.subject, claims[j].subject)
            or relation(change.subject, claims[j].subject, context.lexicon) == "same"
        )
    ]
    marked = [j for j in near if _marked(claims[j].quantity, context)]
    if len(marked) == 1:
        after = marked[0]
        rest = [
            j for j in near if j != after
            and aligned_unit(claims[j].quantity.unit) == aligned_unit(claims[after].quantity.unit)
            and _not_later(claims[j], claims[after])
        ]
        return (after, rest[0]) if len(rest) == 1 else None
    later = [(a, b) for a in near for b in near if a != b and _after(claims[a], claims[b], change)]
    return later[0] if len(later) == 1 else None


def _not_later(before: Claim, after: Claim) -> bool:
    """``before`` states no period, or the same one as ``after``, or an earlier one."""
    b, a = before.period, after.period
    return b is None or a is None or dates(b) == dates(a) or b.last < a.first


def _after(a: Claim, b: Claim, change: Claim) -> bool:
    """``a`` is the level of the change's period and ``b`` one of an earlier period, in one unit."""
    if a.period is None or b.period is None or change.period is None:
        return False
    if aligned_unit(a.quantity.unit) != aligned_unit(b.quantity.unit):
        return False
    return b.period.last < a.period.first and dates(a.period) == dates(change.period)


def relations(claims: Sequence[Claim], context: CheckContext) -> list[tuple[int, ...]]:
    """Every (level after, change, level before) triple the text states in full, and every (change, level
    reached) pair whose earlier level the text leaves out."""
    out: list[tuple[int, ...]] = [(c, to) for to, c in _left_out(claims)]
    nearby = Nearby(claims)
    levels = _anchored_levels(claims)
    claims = _directed(claims)
    for c, ch in enumerate(claims):
        if _is_change(ch):
            pair = levels.get(c) or _stated_pair(claims, c, context, nearby)
            if pair is not None:
                out.append((pair[0], c, pair[1]))
    return out


def _expected(cq: Quantity) -> tuple[str, Interval] | None:
    """What after/before (ratio) or after - before (difference) must be for change ``cq``."""
    iv = cq.interval
    if cq.unit == "percent":
        one = Interval.exact(Decimal(1))
        step = iv.scale(Decimal("0.01"))
        return "ratio", (one - step if cq.direction == "down" else one + step)
    if cq.unit == "times":
        return ("inverse" if cq.direction == "down" else "ratio"), iv
    _, a = aligned(cq)
    return "difference", (a.scale(Decimal(-1)) if cq.direction == "down" else a)


def stated_finding(claims: Sequence[Claim], after: int, c: int, before: int, context: CheckContext) -> Finding | None:
    cq = claims[c].quantity
    aq, bq = claims[after].quantity, claims[before].quantity
    a_iv, b_iv = aligned(aq, level_interval(aq, context))[1], aligned(bq)[1]
    expected = _expected(cq)
    if expected is None:
        return None
    how, want = expected
    if how == "difference":
        got: Interval | None = a_iv - b_iv
    else:
        got = a_iv.divide(b_iv) if how == "ratio" else b_iv.divide(a_iv)
    if got is None or got.overlaps(want):
        return None
    verb = "rise" if cq.direction == "up" else "fall"
    if how == "difference":
        shown = f"a difference of {render.interval(got, aq.unit)}"
    else:
        pct = got.scale(Decimal(100)) - Interval.exact(Decimal(100))
        shown = (
            f"a change of {render.interval(pct if cq.direction == 'up' else pct.scale(Decimal(-1)), 'percent')}"
            if cq.unit == "percent" else f"a factor of {render.interval(got, 'count')}"
        )
    return Finding(
        "change.stated_base", "contradiction",
        f"from {render.interval(bq.interval, bq.unit)} to {render.interval(level_interval(aq, context), aq.unit)} "
        f"is {shown}, not the {verb} of {render.interval(cq.interval, cq.unit)} stated",
        tuple(sorted((after, c, before))),
        (
            ("before_low", d(b_iv.low, "-inf")), ("before_high", d(b_iv.high)),
            ("after_low", d(a_iv.low, "-inf")), ("after_high", d(a_iv.high)),
            ("change_low", d(cq.interval.low, "-inf")), ("change_high", d(cq.interval.high)),
            ("computed_low", d(got.low, "-inf")), ("computed_high", d(got.high)),
        ),
    )


def _left_out(claims: Sequence[Claim]) -> list[tuple[int, int]]:
    """(level reached, change) of every rise anchored with its earlier level left out ("2,9 тыс. руб, что на
    600 руб больше, чем в целом по стране": :mod:`claimcheck.structures.differences`)."""
    out: list[tuple[int, int]] = []
    for g in anchored(claims, ("rise",)):
        to, change = g.role("to"), g.role("change")
        if not g.role("from") and len(to) == 1 and len(change) == 1:
            out.append((to[0], change[0]))
    return out


def below_zero_finding(claims: Sequence[Claim], to: int, c: int) -> Finding | None:
    """A count or a sum of L that a difference of D sets above another level: that level is L - D, and a
    contradiction when every value it can take is below zero."""
    lq, cq = claims[to].quantity, claims[c].quantity
    (unit, level), (change_unit, diff) = aligned(lq), aligned(cq)
    implied = level - diff
    if unit != change_unit or implied.high is None or implied.high >= 0:
        return None
    return Finding(
        "change.below_zero", "contradiction",
        f"{render.interval(lq.interval, lq.unit)} ({lq.span.text}) is {render.interval(cq.interval, cq.unit)} "
        f"({cq.span.text}) above another level, which would then be {render.interval(implied, lq.unit)}: "
        "below zero, which no count or sum can be",
        tuple(sorted((to, c))),
        (
            ("level_low", d(level.low, "-inf")), ("level_high", d(level.high)),
            ("change_low", d(diff.low, "-inf")), ("change_high", d(diff.high)),
            ("other_low", d(implied.low, "-inf")), ("other_high", d(implied.high)),
        ),
    )


def check(claims: Sequence[Claim], context: CheckContext) -> list[Finding]:
    """Stated-base contradictions, a level left out that would be below zero, and implied-base notes for
    changes stated with one level only."""
    out: list[Finding] = [
        found for to, c in _left_out(claims) if (found := below_zero_finding(claims, to, c)) is not None
    ]
    nearby = Nearby(claims)
    levels = _anchored_levels(claims)
    claims = _directed(claims)
    for c, ch in enumerate(claims):
        cq = ch.quantity
        if not _is_change(ch):
            continue
        pair = levels.get(c) or _stated_pair(claims, c, context, nearby)
        if pair is not None:
            found = stated_finding(claims, pair[0], c, pair[1], context)
            if found is not None:
                out.append(found)
            continue
        if cq.unit not in ("percent", "times"):
            continue
        j = _level(claims, c, context, nearby)
        if j is None:
            continue
        note = _implied_note(ch, c, claims[j], j, level_interval(claims[j].quantity, context))
        if note is not None:
            out.append(note)
    return out


def _implied_note(ch: Claim, i: int, lv: Claim, j: int, level: Interval) -> Finding | None:
    cq, lq = ch.quantity, lv.quantity
    base = implied_base(level, cq.interval, cq.unit, cq.direction)
    if base is None:
        return None
    stated = implied_base(Interval(lq.value, lq.value), Interval.exact(cq.value), cq.unit, cq.direction)
    verb = "rise" if cq.direction == "up" else "fall"
    # One figure for the earlier level: from the figures as written when the change is not itself a bound
    # ("более чем на 5%" turns the level's hedge around), else the bounds of everything the text allows.
    hedge = lq.approx if level == lq.interval else "="
    if stated is not None and stated.low is not None and cq.approx in ("=", "~"):
        shown = (
            f"{render.figure(lq.value, lq.unit, hedge)} implies "
            f"{render.figure(stated.low, lq.unit, hedge, about=True, digits=3)} before the change "
            "(from the figures as written)"
        )
    else:
        shown = (
            f"{render.interval(level, lq.unit)} implies {_approx(render.interval(_rounded(base), lq.unit))} "
            "before the change (allowing for rounding)"
        )
    return Finding(
        "change.implied_base", "note",
        f"a {verb} of {render.amount(cq.value, cq.unit)} to {shown}; the text states no earlier figure to compare",
        tuple(sorted((i, j))),
        (
            ("level_low", d(level.low, "-inf")),
            ("level_high", d(level.high)),
            ("change", fmt(cq.value)),
            ("change_low", d(cq.interval.low, "-inf")),
            ("change_high", d(cq.interval.high)),
            ("base_low", d(base.low, "-inf")),
            ("base_high", d(base.high)),
            ("base_at_stated", d(None if stated is None else stated.low)),
        ),
    )


def _approx(text: str) -> str:
    for lead in ("more than ", "at least ", "less than ", "at most "):
        if text.startswith(lead):
            return f"{lead}≈ {text[len(lead):]}"
    return f"≈ {text}"


def _rounded(iv: Interval) -> Interval:
    """Bounds shown to four significant digits (the details keep the exact values)."""
    def r(x: Decimal | None) -> Decimal | None:
        return None if x is None else Decimal(render.number(x, 4))

    return Interval(r(iv.low), r(iv.high), iv.low_open, iv.high_open)
