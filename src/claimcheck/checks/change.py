"""Change arithmetic: "вырос на 5% и составил более $3,2 млрд" implies the level before the change.

A relative change (percent, "в N раз") stated next to the level it led to, for one subject and period,
implies the earlier level: X / (1 + p/100) after a rise, X / (1 - p/100) after a fall, X / N after an
N-fold rise. With no earlier figure stated, the implied base is reported as a note.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from claimcheck.checks import render
from claimcheck.checks.context import CheckContext
from claimcheck.checks.subjects import relation
from claimcheck.interval import Interval, fmt
from claimcheck.model import Claim, Finding

__all__ = ["check", "implied_base"]

# A change and the level it led to are stated together: at most this many characters apart.
_MAX_GAP = 160


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


def check(claims: Sequence[Claim], context: CheckContext) -> list[Finding]:
    """Implied-base notes for each change stated with the level it led to."""
    out: list[Finding] = []
    lex = context.lexicon
    for i, ch in enumerate(claims):
        cq = ch.quantity
        if cq.kind != "change" or cq.unit not in ("percent", "times") or cq.direction is None:
            continue
        for j, lv in enumerate(claims):
            lq = lv.quantity
            if i == j or lq.kind != "amount" or lq.unit in ("percent", "pp", "times"):
                continue
            if not 0 <= lq.span.start - cq.span.end <= _MAX_GAP:
                continue
            if lv.period != ch.period or relation(ch.subject, lv.subject, lex) != "same":
                continue
            base = implied_base(lq.interval, cq.interval, cq.unit, cq.direction)
            if base is None:
                continue
            stated = implied_base(
                Interval(lq.value, lq.value), Interval.exact(cq.value), cq.unit, cq.direction
            )
            verb = "rise" if cq.direction == "up" else "fall"
            at_stated = "" if stated is None or stated.low is None else (
                f" (≈ {render.amount(stated.low, lq.unit)} from the figures as written)"
            )
            out.append(Finding(
                "change.implied_base", "note",
                f"a {verb} of {render.amount(cq.value, cq.unit)} to {render.interval(lq.interval, lq.unit)} "
                f"implies {_approx(render.interval(_rounded(base), lq.unit))} before the change"
                f"{at_stated}; the text states no earlier figure to compare",
                tuple(sorted((i, j))),
                (
                    ("level_low", _d(lq.interval.low, "-inf")),
                    ("level_high", _d(lq.interval.high)),
                    ("change", fmt(cq.value)),
                    ("change_low", _d(cq.interval.low, "-inf")),
                    ("change_high", _d(cq.interval.high)),
                    ("base_low", _d(base.low, "-inf")),
                    ("base_high", _d(base.high)),
                    ("base_at_stated", _d(None if stated is None else stated.low)),
                ),
            ))
            break
    return out


def _d(x: Decimal | None, infinity: str = "inf") -> str:
    """A detail value (twelve significant digits are plenty); an open bound is "inf" or "-inf"."""
    return infinity if x is None else render.number(x, 12)


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
