"""Title and body: a figure of the title must agree with the body's restatement of it.

:mod:`claimcheck.structures.restatements` anchors each figure of the title with the body's figures that
restate it (one unit, scale and head noun, in a sentence that tells the same event). The title's figure
must meet at least one of them: a title that says "19 человек погибли" over a body that says only "190
человек погибли" is a contradiction; rounding ("$27 млн" over "около $27,5 млн") is not.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimcheck.checks import render
from claimcheck.checks.common import aligned, anchored, d
from claimcheck.checks.context import CheckContext
from claimcheck.model import Claim, Finding

__all__ = ["check", "relations"]

_KINDS = ("restated",)


def relations(claims: Sequence[Claim], context: CheckContext) -> list[tuple[int, ...]]:
    """Every (title's figure, restatement, ...) the text gives."""
    return [(*g.role("first"), *g.role("again")) for g in anchored(claims, _KINDS) if len(g.role("first")) == 1]


def check(claims: Sequence[Claim], context: CheckContext) -> list[Finding]:
    """A contradiction for every title figure that no restatement in the body can agree with."""
    out: list[Finding] = []
    for g in anchored(claims, _KINDS):
        first, again = g.role("first"), g.role("again")
        if len(first) != 1 or not again:
            continue
        t = claims[first[0]].quantity
        unit, t_iv = aligned(t)
        if any(aligned(claims[i].quantity)[1].overlaps(t_iv) for i in again):
            continue
        body = ", ".join(
            f"{render.interval(claims[i].quantity.interval, claims[i].quantity.unit)} ({claims[i].quantity.span.text})"
            for i in again
        )
        nearest = min(again, key=lambda i: claims[i].quantity.span.start)
        b_iv = aligned(claims[nearest].quantity)[1]
        out.append(Finding(
            "title", "contradiction",
            f"the title states {render.interval(t.interval, t.unit)} ({t.span.text}) and the body restates it as "
            f"{body}; the figures cannot agree, even allowing for rounding",
            tuple(sorted((first[0], *again))),
            (
                ("title_low", d(t_iv.low, "-inf")), ("title_high", d(t_iv.high)),
                ("body_low", d(b_iv.low, "-inf")), ("body_high", d(b_iv.high)), ("unit", unit),
            ),
        ))
    return out
