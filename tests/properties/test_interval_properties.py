"""Properties of Interval.hedged: every hedge keeps its stated bound on the side it states, and no
interval inverts, whatever the figure, its precision or its scale word."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from claimcheck.interval import APPROX_CODES, Interval, last_digit_step

_SCALES = (Decimal(1), Decimal(1000), Decimal(10**6), Decimal(10**9))


@st.composite
def figures(draw: st.DrawFn) -> tuple[Decimal, Decimal, Decimal]:
    """A figure as digits write it: (value, rounding step, scale word's factor), e.g. "3,25 млн"."""
    scale = draw(st.sampled_from(_SCALES))
    decimals = draw(st.integers(0, 3))
    digits = draw(st.integers(-(10**7), 10**7))
    step = Decimal(1).scaleb(-decimals) * scale
    return Decimal(digits) * step, step, scale


@given(figures(), st.sampled_from(APPROX_CODES), st.booleans(), st.booleans(), st.booleans())
def test_hedge_keeps_its_bound(
    figure: tuple[Decimal, Decimal, Decimal], approx: str, below: bool, nonnegative: bool, vague: bool
) -> None:
    """The stated bound lies on the side the hedge says, included or not as it says, and low <= high."""
    value, step, scale = figure
    iv = Interval.hedged(value, step, approx, below=below, nonnegative=nonnegative, vague=vague, scale=scale)
    assert iv.low is None or iv.high is None or iv.low <= iv.high
    if approx == ">":
        assert (iv.low, iv.low_open) == (value, True) and not iv.contains(value)
        assert (iv.high is None) == vague
        assert vague or iv.contains(value + step)  # a figure one step above "более X" is more than X
        assert vague or iv.high == value + last_digit_step(value, step, scale)
    elif approx == ">=":
        assert (iv.low, iv.high, iv.low_open) == (value, None, False)
    elif approx in ("<", "<="):
        assert iv.high == value and iv.high_open == (approx == "<") and iv.contains(value) == (approx == "<=")
    else:
        assert iv.contains(value)
        assert approx != "~" or not below or iv.high == value


@given(figures())
def test_last_digit_step_is_a_digit_of_the_figure(figure: tuple[Decimal, Decimal, Decimal]) -> None:
    """The room above "более X" is a whole number of rounding steps, one or five units of one decimal
    place, and X is a whole number of it (X rounded down to it is X)."""
    value, step, scale = figure
    room = last_digit_step(value, step, scale)
    places = room / step
    assert places == places.to_integral_value() and places >= 1
    assert places.normalize().as_tuple().digits[0] in (1, 5)
    assert value % room == 0
