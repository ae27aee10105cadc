"""Levels of a change: "выросла с A до B" must go the way its word of change says.

:mod:`claimcheck.structures.levels` anchors a change stated with both its levels: the earlier level
after "с", the later one after "до", the direction from the word of change ("выросла": a rise), and
the change figure of the clause if there is one ("на 20%", "в полтора раза"; the change family checks
that figure against the two levels). A rise whose later level lies below the earlier one, or a fall
whose later level lies above it, is a contradiction.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimcheck.checks import render
from claimcheck.checks.change import LEVEL_KINDS, level_interval
from claimcheck.checks.common import Group, aligned, anchored, d
from claimcheck.checks.context import CheckContext
from claimcheck.model import Claim, Finding

__all__ = ["check", "relations"]


def _members(g: Group) -> tuple[int, int] | None:
    """(earlier level, later level) of one anchored change."""
    before, after = g.role("from"), g.role("to")
    if len(before) != 1 or len(after) != 1:
        return None
    return before[0], after[0]


def relations(claims: Sequence[Claim], context: CheckContext) -> list[tuple[int, ...]]:
    """Every (later level, earlier level) the text states together."""
    out: list[tuple[int, ...]] = []
    for g in anchored(claims, LEVEL_KINDS):
        m = _members(g)
        if m is not None:
            out.append((m[1], m[0]))
    return out


def _direction_finding(
    claims: Sequence[Claim], g: Group, before: int, after: int, context: CheckContext
) -> Finding | None:
    bq, aq = claims[before].quantity, claims[after].quantity
    b_iv = aligned(bq)[1]
    level = level_interval(aq, context)
    a_iv = aligned(aq, level)[1]
    wrong = a_iv.entirely_below(b_iv) if g.kind == "rise" else a_iv.entirely_above(b_iv)
    if not wrong:
        return None
    later = "below" if g.kind == "rise" else "above"
    return Finding(
        f"levels.{g.kind}", "contradiction",
        f"a {g.kind} from {render.interval(bq.interval, bq.unit)} to {render.interval(level, aq.unit)} "
        f"cannot be: the later level is {later} the earlier one",
        tuple(sorted((before, after))),
        (
            ("before_low", d(b_iv.low, "-inf")), ("before_high", d(b_iv.high)),
            ("after_low", d(a_iv.low, "-inf")), ("after_high", d(a_iv.high)),
        ),
    )


def check(claims: Sequence[Claim], context: CheckContext) -> list[Finding]:
    """A contradiction for every change whose two levels go the wrong way."""
    out: list[Finding] = []
    for g in anchored(claims, LEVEL_KINDS):
        m = _members(g)
        found = None if m is None else _direction_finding(claims, g, m[0], m[1], context)
        if found is not None:
            out.append(found)
    return out
