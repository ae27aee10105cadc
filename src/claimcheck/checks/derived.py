"""Derived figures: what the text's figures imply must agree with what it states.

* Implied whole: "За Бинга проголосовали более 49 тысяч избирателей (52,3 процента голосов), а за Кокрела —
  44,7 тысячи (47,7 процента)": each amount with its percentage implies the whole, X / (p/100) — here the
  votes cast, about 93.7 thousand either way. :mod:`claimcheck.structures.wholes` anchors the pairs of one
  paragraph; the implied wholes, computed on intervals, must have a value in common.
* Each times the count: "четыре нитки мощностью около 15,75 миллиарда кубометров каждая … полная мощность —
  63 миллиарда кубометров" (:mod:`claimcheck.structures.products`): count × each must meet the total.
* A rate: "набрано за 132 дня, что составляет около 6,1 миллиона просмотров в день"
  (:mod:`claimcheck.structures.rates`): the total over the duration must meet the rate stated.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Final

from claimcheck.checks import render
from claimcheck.checks.common import Group, aligned, anchored, d
from claimcheck.checks.context import CheckContext
from claimcheck.interval import Interval
from claimcheck.model import Claim, Finding, Quantity

__all__ = ["check", "relations"]

_KINDS: Final = ("whole",)
_PRODUCTS: Final = ("product",)
_RATES: Final = ("rate",)
_PERCENT: Final = Decimal("0.01")


def _pairs(g: Group) -> list[tuple[int, int]]:
    """(amount, percentage) in the order written: the members alternate, amount and share in either order."""
    parts, shares = g.role("part"), g.role("share")
    return list(zip(parts, shares, strict=False)) if len(parts) == len(shares) else []


def relations(claims: Sequence[Claim], context: CheckContext) -> list[tuple[int, ...]]:
    """Every group of amounts with percentages that imply one whole, every count with what each of its
    things holds and their total, and every rate with its total and duration."""
    wholes = [tuple(i for pair in _pairs(g) for i in pair) for g in anchored(claims, _KINDS) if _pairs(g)]
    products = [(*g.role("total"), *g.role("count"), *g.role("each")) for g in anchored(claims, _PRODUCTS)]
    rates = [(*g.role("rate"), *g.role("total"), *g.role("duration")) for g in anchored(claims, _RATES)]
    return wholes + products + rates


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


def _written(q: Quantity) -> str:
    return render.figure(q.value, q.unit, q.approx)


def _derived(
    check: str, derivation: str, derived: str, stated: tuple[str, Quantity], members: tuple[int, ...],
    details: tuple[tuple[str, str], ...],
) -> Finding:
    """"<derivation> = <derived>, which cannot be <what>, <figure> (<as written>)"."""
    what, q = stated
    return Finding(
        check, "contradiction",
        f"{derivation} = {derived}, which cannot be {what}, {_written(q)} ({q.span.text})",
        tuple(sorted(members)), details,
    )


def _product(claims: Sequence[Claim], g: Group) -> Finding | None:
    """Count × each against the total: "4 × about 15.75 bn each = 56.7–69.3 bn, which cannot be the total
    stated, 6.3 bn"."""
    (count,), (each,), (total,) = g.role("count"), g.role("each"), g.role("total")
    n = claims[count].quantity.value
    unit, each_iv = aligned(claims[each].quantity)
    product, stated = each_iv.scale(n), aligned(claims[total].quantity)[1]
    if product.overlaps(stated):
        return None
    eq = claims[each].quantity
    return _derived(
        "derived.each", f"{render.number(n)} × {_written(eq)} each", render.interval(product, eq.unit),
        ("the total stated", claims[total].quantity), (count, each, total),
        (
            ("count", d(n)), ("product_low", d(product.low, "-inf")), ("product_high", d(product.high)),
            ("total_low", d(stated.low, "-inf")), ("total_high", d(stated.high)), ("unit", unit),
        ),
    )


def _rate(claims: Sequence[Claim], g: Group) -> Finding | None:
    """The total over the duration against the rate: "815 mn over 132 day = 6.15–6.2 mn per day, which
    cannot be the rate stated, about 61 mn"."""
    (total,), (duration,), (rate,) = g.role("total"), g.role("duration"), g.role("rate")
    tq, dq, rq = claims[total].quantity, claims[duration].quantity, claims[rate].quantity
    unit, amount = aligned(tq)
    implied = amount.divide(dq.interval)
    if implied is None or implied.overlaps(aligned(rq)[1]):
        return None
    return _derived(
        "derived.rate", f"{_written(tq)} over {_written(dq)}", f"{render.interval(implied, tq.unit)} per {dq.unit}",
        ("the rate stated", rq), (total, duration, rate),
        (
            ("implied_low", d(implied.low, "-inf")), ("implied_high", d(implied.high)),
            ("rate_low", d(rq.interval.low, "-inf")), ("rate_high", d(rq.interval.high)), ("unit", unit),
            ("per", dq.unit),
        ),
    )


def check(claims: Sequence[Claim], context: CheckContext) -> list[Finding]:
    """A contradiction for every group whose amounts and percentages imply different wholes, every count
    whose things times what each holds miss their total, and every rate its total and duration miss."""
    found = [_finding(claims, _pairs(g)) for g in anchored(claims, _KINDS)]
    found += [_product(claims, g) for g in anchored(claims, _PRODUCTS)]
    found += [_rate(claims, g) for g in anchored(claims, _RATES)]
    return [f for f in found if f is not None]
