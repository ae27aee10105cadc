"""Title and body: a figure of the title must agree with the body's restatement of it.

:mod:`claimcheck.structures.restatements` anchors each figure of the title with the body's figures that
restate it (one unit, scale and head noun, in a sentence that tells the same event). The title's figure
must meet at least one restatement of the first sentence that restates it: a title that says "19 человек
погибли" over a lead that says "190 человек погибли" is a contradiction, whatever later sentences say;
rounding ("$27 млн" over "около $27,5 млн") is not, and a round
figure may have been rounded at its last nonzero digit or its scale word ("$68 000" over "почти 67 900
долларов", "миллиард долларов" over "1,1 миллиарда").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from typing import Final

from claimcheck.checks import render
from claimcheck.checks.common import Group, aligned, aligned_unit, anchored, d, written_step
from claimcheck.checks.context import CheckContext
from claimcheck.interval import Interval
from claimcheck.model import Claim, Finding, Quantity

__all__ = ["check", "relations"]

_KINDS = ("restated",)
# The trailing zeros of a whole number as written ("68 000", "1 500"): a round figure.
_ROUND: Final = re.compile(r"(?<![\d.,])(\d[\d\s\u00a0\u202f]*?)(0+)(?![\d.,])")
_TEN: Final = Decimal(10)


def as_restated(q: Quantity) -> Interval:
    """What a figure may stand for when the text says it again: a round figure ("$68 000", "миллиард
    долларов") may be rounded at its last nonzero digit, or at its scale word, whatever extraction made
    of it ("почти 67 900 долларов" restates "$68 000")."""
    if q.approx != "=" or q.unit == "count":
        return aligned(q)[1]  # a count's rounding is extraction's to say (round counts are rounded there)
    digits = re.search(r"\d", q.span.text)
    if digits is None:
        # Written in words at a scale ("миллиард", "две тысячи"): rounded at its leading digit.
        step = _TEN ** q.value.adjusted() if q.value >= 1000 else Decimal(0)
    else:
        match = _ROUND.search(q.span.text)
        step = written_step(q) * _TEN ** len(match.group(2)) if match else Decimal(0)
    iv = aligned(q)[1]
    wide = aligned(q, Interval.rounded(q.value, step))[1]
    if not step or None in (iv.low, iv.high, wide.low, wide.high):
        return iv
    return Interval(min(iv.low, wide.low), max(iv.high, wide.high))  # type: ignore[type-var]  # bounds checked above


def relations(claims: Sequence[Claim], context: CheckContext) -> list[tuple[int, ...]]:
    """Every (title's figure, restatement, ...) the text gives."""
    return [
        (*g.role("first"), *g.role("lead"), *g.role("again"))
        for g in anchored(claims, _KINDS) if len(g.role("first")) == 1
    ]


def _disagreeing(claims: Sequence[Claim], g: Group) -> list[int]:
    """The restatements of the first sentence that restates the title's figure, when the figure agrees
    with none of them (that sentence may restate it along with another figure of its kind: "26-летнего
    активиста … к двум годам"); none when it agrees."""
    t_iv = as_restated(claims[g.role("first")[0]].quantity)
    lead = g.role("lead")
    return [] if any(as_restated(claims[i].quantity).overlaps(t_iv) for i in lead) else lead


def check(claims: Sequence[Claim], context: CheckContext) -> list[Finding]:
    """A contradiction for every title figure that the first sentence restating it cannot agree with."""
    out: list[Finding] = []
    for g in anchored(claims, _KINDS):
        first = g.role("first")
        if len(first) != 1 or not g.role("lead"):
            continue
        wrong = _disagreeing(claims, g)
        if not wrong:
            continue
        t = claims[first[0]].quantity
        unit, t_iv = aligned_unit(t.unit), as_restated(t)
        body = ", ".join(
            f"{render.interval(claims[i].quantity.interval, claims[i].quantity.unit)} ({claims[i].quantity.span.text})"
            for i in wrong
        )
        b_iv = as_restated(claims[wrong[0]].quantity)
        out.append(Finding(
            "title", "contradiction",
            f"the title states {render.interval(t.interval, t.unit)} ({t.span.text}) and the body restates it as "
            f"{body}; the figures cannot agree, even allowing for rounding",
            tuple(sorted((first[0], *wrong))),
            (
                ("title_low", d(t_iv.low, "-inf")), ("title_high", d(t_iv.high)),
                ("body_low", d(b_iv.low, "-inf")), ("body_high", d(b_iv.high)), ("unit", unit),
            ),
        ))
    return out
