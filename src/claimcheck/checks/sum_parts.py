"""Sum of parts: stated components must agree with the stated total.

Two forms:

* a whole made of disjoint parts that the language data lists (``[partitions]`` in subjects data:
  export and import make up turnover): when the whole and every part are stated for one period and
  unit, the sum of the parts' intervals must meet the whole's;
* shares of one whole (percent shares of one subject and period, written as one list): their sum
  cannot exceed 100 %. A sum below 100 % is fine, since a list need not name every part.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from functools import reduce
from typing import Final

from claimcheck.checks import render
from claimcheck.checks.common import Nearby, additive, aligned, aligned_unit, by_position, d, same_period
from claimcheck.checks.context import CheckContext
from claimcheck.checks.subjects import head_and_modifiers, relation
from claimcheck.interval import Interval
from claimcheck.model import Claim, Finding

__all__ = ["check", "relations"]

# Shares listed together ("52% — за, 30% — против, 25% — воздержались"): at most this far apart.
_LIST_GAP: Final = 80
_HUNDRED: Final = Interval.exact(Decimal(100))


def _partition_sums(claims: Sequence[Claim], context: CheckContext) -> list[tuple[int, ...]]:
    lex = context.lexicon
    parts_of = {lex.synonyms.get(w, w): p for w, p in lex.partitions.items()}
    out: list[tuple[int, ...]] = []
    nearby = Nearby(claims)
    for w, whole in enumerate(claims):
        wq = whole.quantity
        if whole.subject is None or wq.kind != "amount" or not additive(wq.unit) or whole.period is None:
            continue
        head, mods = head_and_modifiers(whole.subject, lex)
        parts = parts_of.get(head)
        if not parts:
            continue
        chosen: list[int] = []
        for part_head in parts:
            wanted = (lex.synonyms.get(part_head, part_head), mods)
            found = [
                i for i in nearby.around(w)
                if claims[i].subject is not None and claims[i].quantity.kind == "amount"
                and head_and_modifiers(claims[i].subject, lex) == wanted  # type: ignore[arg-type]  # not None: checked above
                and aligned_unit(claims[i].quantity.unit) == aligned_unit(wq.unit) and same_period(claims[i], whole)
            ]
            # Two figures for one part leave the sum ambiguous: restatement looks at those.
            if len(found) != 1:
                break
            chosen.append(found[0])
        else:
            out.append((w, *chosen))
    return out


def _share_lists(claims: Sequence[Claim], context: CheckContext) -> list[tuple[int, ...]]:
    shares = [
        i for i in by_position(claims)
        if claims[i].quantity.kind == "share" and claims[i].quantity.unit == "percent"
        and claims[i].period is not None
    ]
    out: list[tuple[int, ...]] = []
    group: list[int] = []

    def flush() -> None:
        if len(group) >= 2:
            out.append(tuple(group))

    for i in shares:
        if group:
            last = claims[group[-1]]
            c = claims[i]
            close = 0 <= c.quantity.span.start - last.quantity.span.end <= _LIST_GAP
            if close and same_period(last, c) and relation(last.subject, c.subject, context.lexicon) == "same":
                group.append(i)
                continue
            flush()
        group = [i]
    flush()
    return out


def _stated_parts(claims: Sequence[Claim]) -> list[tuple[int, ...]]:
    """(whole, part, part, ...) for two or more parts the text states of one whole ("в том числе A и B")."""
    groups: dict[int, list[int]] = {}
    for i, c in enumerate(claims):
        w = c.whole
        if w is not None and 0 <= w < len(claims) and additive(c.quantity.unit) and (
            aligned_unit(c.quantity.unit) == aligned_unit(claims[w].quantity.unit)
        ):
            groups.setdefault(w, []).append(i)
    return [(w, *parts) for w, parts in sorted(groups.items()) if len(parts) >= 2]


def relations(claims: Sequence[Claim], context: CheckContext) -> list[tuple[int, ...]]:
    """Every (whole, part, part, ...) of a partition and every list of shares of one whole."""
    return _partition_sums(claims, context) + _share_lists(claims, context) + _stated_parts(claims)


def check(claims: Sequence[Claim], context: CheckContext) -> list[Finding]:
    """Contradictions where the parts cannot add up to the stated total."""
    out: list[Finding] = []
    for w, *parts in _partition_sums(claims, context):
        whole = claims[w]
        unit, w_iv, total = _whole_and_sum(claims, w, parts)
        if total.overlaps(w_iv):
            continue
        names = " + ".join(
            f"{render.interval(claims[i].quantity.interval, claims[i].quantity.unit)}"
            f" ({_subject_text(claims[i])})"
            for i in parts
        )
        out.append(Finding(
            "sum_parts", "contradiction",
            f"{names} = {render.interval(total, whole.quantity.unit)}, which cannot be the stated total "
            f"{render.interval(whole.quantity.interval, whole.quantity.unit)} in {render.period(whole.period)}",
            tuple(sorted((w, *parts))),
            _sum_details(total, w_iv, unit),
        ))
    for w, *parts in _stated_parts(claims):
        # Parts listed with "в том числе" need not exhaust the whole: only a sum above it is wrong.
        whole = claims[w]
        unit, w_iv, total = _whole_and_sum(claims, w, parts)
        if not total.entirely_above(w_iv):
            continue
        names = " + ".join(render.interval(claims[i].quantity.interval, claims[i].quantity.unit) for i in parts)
        out.append(Finding(
            "sum_parts.stated", "contradiction",
            f"the parts stated of {render.interval(whole.quantity.interval, whole.quantity.unit)}"
            f" ({_subject_text(whole)}) add up to more: {names} = {render.interval(total, whole.quantity.unit)}",
            tuple(sorted((w, *parts))),
            _sum_details(total, w_iv, unit),
        ))
    for group in _share_lists(claims, context):
        total = reduce(lambda a, b: a + b, (claims[i].quantity.interval for i in group))
        if not total.entirely_above(_HUNDRED):
            continue
        listed = " + ".join(render.interval(claims[i].quantity.interval, "percent") for i in group)
        out.append(Finding(
            "sum_parts.shares", "contradiction",
            f"shares of one whole add up to more than 100%: {listed} = {render.interval(total, 'percent')}",
            tuple(sorted(group)),
            (("sum_low", d(total.low, "-inf")), ("sum_high", d(total.high))),
        ))
    return out


def _whole_and_sum(claims: Sequence[Claim], w: int, parts: Sequence[int]) -> tuple[str, Interval, Interval]:
    """The whole's aligned unit and interval, and the sum of the parts' intervals in that unit."""
    unit, w_iv = aligned(claims[w].quantity)
    return unit, w_iv, reduce(lambda a, b: a + b, (aligned(claims[i].quantity)[1] for i in parts))


def _sum_details(total: Interval, whole: Interval, unit: str) -> tuple[tuple[str, str], ...]:
    return (
        ("sum_low", d(total.low, "-inf")), ("sum_high", d(total.high)),
        ("whole_low", d(whole.low, "-inf")), ("whole_high", d(whole.high)), ("unit", unit),
    )


def _subject_text(c: Claim) -> str:
    return c.subject.span.text if c.subject is not None else ""
