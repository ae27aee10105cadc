"""Derived figures: the whole that amounts and their percentages imply must be one.

"За Бинга проголосовали более 49 тысяч избирателей (52,3 процента голосов), а за Кокрела — 44,7 тысячи
(47,7 процента)": each amount with its percentage implies the whole, X / (p/100) — here the votes cast,
about 93.7 thousand either way. :mod:`claimcheck.structures.wholes` anchors the pairs of one paragraph;
the implied wholes, computed on intervals, must have a value in common.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Final

from claimcheck.checks import render
from claimcheck.checks.common import Group, aligned, anchored, d
from claimcheck.checks.context import CheckContext
from claimcheck.interval import Interval
from claimcheck.model import Claim, Finding

__all__ = ["check", "relations"]

_KINDS: Final = ("whole",)
_PERCENT: Final = Decimal("0.01")


def _pairs(g: Group) -> list[tuple[int, int]]:
    """(amount, percentage) in the order written: the members alternate, amount and share in either order."""
    parts, shares = g.role("part"), g.role("share")
    return list(zip(parts, shares, strict=False)) if len(parts) == len(shares) else []


def relations(claims: Sequence[Claim], context: CheckContext) -> list[tuple[int, ...]]:
    """Every group of amounts with percentages that imply one whole."""
    return [tuple(i for pair in _pairs(g) for i in pair) for g in anchored(claims, _KINDS) if _pairs(g)]


def _implied(claims: Sequence[Claim], amount: int, share: int) -> Interval | None:
    return aligned(claims[amount].quantity)[1].divide(claims[share].quantity.interval.scale(_PERCENT))


def _shown(claims: Sequence[Claim], pair: tuple[int, int], whole: Interval) -> str:
    """"442478 at 24.98% implies a whole of 1.771–1.772 mn"."""
    x, p = claims[pair[0]].quantity, claims[pair[1]].quantity
    return (
        f"{render.interval(x.interval, x.unit)} at {render.interval(p.interval, 'percent')} "
        f"implies a whole of {render.interval(whole, x.unit)}"
    )


def _finding(claims: Sequence[Claim], pairs: list[tuple[int, int]]) -> Finding | None:
    wholes = [(pair, _implied(claims, *pair)) for pair in pairs]
    known = [(pair, w) for pair, w in wholes if w is not None]
    for n, (first, a) in enumerate(known):
        for second, b in known[n + 1 :]:
            if a.overlaps(b):
                continue
            return Finding(
                "derived.implied_whole", "contradiction",
                f"{_shown(claims, first, a)}, but {_shown(claims, second, b)}; one whole cannot be both",
                tuple(sorted((*first, *second))),
                (
                    ("first_whole_low", d(a.low, "-inf")), ("first_whole_high", d(a.high)),
                    ("second_whole_low", d(b.low, "-inf")), ("second_whole_high", d(b.high)),
                ),
            )
    return None


def check(claims: Sequence[Claim], context: CheckContext) -> list[Finding]:
    """A contradiction for every group whose amounts and percentages imply different wholes."""
    out: list[Finding] = []
    for g in anchored(claims, _KINDS):
        found = _finding(claims, _pairs(g))
        if found is not None:
            out.append(found)
    return out
