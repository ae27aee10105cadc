"""Properties of the consistency checks: verdicts depend on the arithmetic, not on scale, width or order."""

from __future__ import annotations

import importlib.util
from decimal import Decimal
from pathlib import Path

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.checks import run_checks
from claimcheck.model import Claim


def _table() -> list[tuple[str, list[Claim], str | None]]:
    """The hand-built claim sets of tests/test_checks.py (tests/ is not a package)."""
    path = Path(__file__).resolve().parent.parent / "test_checks.py"
    spec = importlib.util.spec_from_file_location("_checks_table", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    rows: list[tuple[str, list[Claim], str | None]] = module.ROWS
    return rows


ROWS = _table()

# Ratios and multipliers keep their value when every amount is scaled.
_RELATIVE = ("percent", "pp", "times", "fraction")

Verdict = frozenset[tuple[str, str, frozenset[tuple[int, int]]]]


def verdicts(claims: list[Claim]) -> Verdict:
    """What the checks conclude, with claims named by their spans so that order does not matter."""
    return frozenset(
        (f.check, f.severity, frozenset((claims[i].quantity.span.start, claims[i].quantity.span.end) for i in f.claims))
        for f in run_checks(claims)
    )


def contradictions(claims: list[Claim]) -> Verdict:
    return frozenset(v for v in verdicts(claims) if v[1] == "contradiction")


def scaled_set(claims: list[Claim], factor: Decimal) -> list[Claim]:
    """Every amount scaled, except counts that divide amounts of another unit (an average's "99 проектов")
    or that the text matches with items it names one by one ("трое сыновей: Иван, Степан и Пётр")."""
    units = {c.quantity.unit for c in claims} - set(_RELATIVE)
    named = any(a.listed for c in claims for a in c.anchors)
    keep = set(_RELATIVE) | ({"count"} if units - {"count"} or named else set())
    return [c if c.quantity.unit in keep else scaled(c, factor) for c in claims]


def scaled(c: Claim, factor: Decimal) -> Claim:
    q = c.quantity
    return attrs.evolve(c, quantity=attrs.evolve(
        q,
        value=q.value * factor,
        low=None if q.low is None else q.low * factor,
        high=None if q.high is None else q.high * factor,
    ))


def widened(c: Claim, down: Decimal, up: Decimal) -> Claim:
    """The claim with its interval stretched by fractions ``down`` and ``up`` of its magnitude."""
    q = c.quantity
    size = abs(q.value) or Decimal(1)
    return attrs.evolve(c, quantity=attrs.evolve(
        q,
        low=None if q.low is None else q.low - size * down,
        high=None if q.high is None else q.high + size * up,
    ))


claim_sets = st.sampled_from([claims for _, claims, _ in ROWS])
factors = st.sampled_from(["0.001", "0.37", "2", "10", "1234.5", "1000000"]).map(Decimal)
fractions = st.decimals(min_value=0, max_value=2, places=3, allow_nan=False, allow_infinity=False)


@settings(max_examples=80, deadline=None)
@given(claims=claim_sets, factor=factors)
def test_scaling_keeps_verdicts(claims: list[Claim], factor: Decimal) -> None:
    """Scaling every amount of a claim set by one factor keeps every verdict."""
    assert verdicts(scaled_set(claims, factor)) == verdicts(claims)


@settings(max_examples=80, deadline=None)
@given(claims=claim_sets, data=st.data())
def test_widening_never_adds_a_contradiction(claims: list[Claim], data: st.DataObject) -> None:
    """Widening any claim's interval never turns "no contradiction" into a contradiction."""
    before = contradictions(claims)
    index = data.draw(st.integers(0, len(claims) - 1))
    wide = list(claims)
    wide[index] = widened(claims[index], data.draw(fractions), data.draw(fractions))
    assert contradictions(wide) <= before


@settings(max_examples=80, deadline=None)
@given(claims=claim_sets, data=st.data())
def test_order_does_not_matter(claims: list[Claim], data: st.DataObject) -> None:
    """Verdicts do not depend on the order the claims are given in."""
    shuffled = data.draw(st.permutations(claims))
    assert verdicts(list(shuffled)) == verdicts(claims)
