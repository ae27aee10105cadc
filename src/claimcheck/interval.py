"""Intervals of Decimals: what a number written in a text can mean.

A figure in a news text is rounded ("24,2 млрд" is anything in [24.15, 24.25] млрд) and often hedged
("более", "около"). Every comparison in claimcheck works on these intervals, so that rounding never
raises a false alarm: two figures contradict each other only when their intervals cannot meet.

Hedge rules (``approx`` codes as in the JSON schema; X the written value, s its rounding step):

========  ==========================  ======================================================
approx    written as                  interval
========  ==========================  ======================================================
``=``     "24,2"                      [X - s/2, X + s/2]
``>``     более, свыше, больше X      (X, X + t], t = :func:`last_digit_step` (open above when vague)
``>=``    не менее, как минимум X     [X, +inf)
``~``     около, примерно, порядка    [X - w, X + w], w = max(s/2, X * APPROX_TOLERANCE)
``~``     почти X (``below=True``)    [X - w, X]
``<``     менее, меньше X             (0, X) for a quantity that cannot be negative, else (-inf, X)
``<=``    не более, до X              [0, X] for a quantity that cannot be negative, else (-inf, X]
========  ==========================  ======================================================

>>> Interval.rounded(Decimal("24.2"), Decimal("0.1"))
Interval(low=Decimal('24.15'), high=Decimal('24.25'), low_open=False, high_open=False)
>>> str(Interval.hedged(Decimal("3.2"), Decimal("0.1"), ">"))
'(3.2, 3.3]'

"More than X" is the writer's figure rounded down to the last digit written, so it leaves room above X
for one unit of that digit: "более 3,2 млрд" is at most 3,3 млрд, "более 30 человек" at most 40,
"более 154 тысяч" at most 155 тысяч; a half-way figure reaches the next round one ("более 50": at most
100). The top is closed because a count one unit higher is what "более 27" says of 28. A figure that
states no digit ("сотни", "более половины") says nothing of how far above, and "не менее X" is a floor
(a confirmed toll, a minimum required), so both stay open: docs/intervals.md has the corpus reading
behind each rule.
"""

from __future__ import annotations

import decimal
from decimal import Decimal
from typing import Final

from attrs import frozen

__all__ = [
    "APPROX_CODES",
    "APPROX_TOLERANCE",
    "ROUND_COUNT",
    "Interval",
    "exact_count",
    "fmt",
    "last_digit_step",
    "step_of",
]

#: Relative half-width given to "около X", "примерно X", "порядка X", "почти X": 10 % of X.
APPROX_TOLERANCE: Final = Decimal("0.1")

#: The hedge codes of the JSON schema.
APPROX_CODES: Final = ("=", "~", ">", ">=", "<", "<=")

#: A count that is a multiple of this is a round number, which whoever wrote it may have rounded.
ROUND_COUNT: Final = Decimal(100)

# Enough digits for any figure a text can state after the parser's length limit, and for ratios.
_CONTEXT: Final = decimal.Context(prec=60, Emin=-999_999, Emax=999_999)


def step_of(digits: str) -> Decimal:
    """The rounding step implied by how a number is written: "24,2" -> 0.1, "30" -> 1.

    >>> step_of("24,2"), step_of("1 599 059"), step_of("0,05")
    (Decimal('0.1'), Decimal('1'), Decimal('0.01'))
    """
    for sep in (",", "."):
        if sep in digits:
            frac = digits.rsplit(sep, 1)[1]
            n = sum(ch.isdigit() for ch in frac)
            return Decimal(1).scaleb(-n) if n else Decimal(1)
    return Decimal(1)


def last_digit_step(value: Decimal, step: Decimal, scale: Decimal = Decimal(1)) -> Decimal:
    """How far above ``value`` (written at rounding ``step``) a writer's "более X" reaches: one unit of
    X's last digit, as "более 3,2 млрд" is below 3,3 млрд. The zeros that end a whole number are no
    digits the writer vouches for ("более 30" is rounded to the tens, "более 100" to the hundreds); a
    digit written after the decimal comma is, even a zero. A last digit 5 marks a half-way figure ("более
    50", "более 250", "более 1,5 тыс."), which writers use as a milestone up to the next round one: five
    units of that digit. ``scale`` is the scale word the figure is written with ("тысяч": 1000), already
    multiplied into ``value`` and ``step``.

    >>> cases = (("3.2", "0.1", 1), (154000, 1000, 1000), (30000, 1000, 1000), (100, 1, 1), (240, 1, 1),
    ...          (250, 1, 1), (300000, 1, 1), (2500000, 10000, 1000000), ("2.50", "0.01", 1), (0, 1, 1))
    >>> [fmt(last_digit_step(Decimal(v), Decimal(s), Decimal(k))) for v, s, k in cases]
    ['0.1', '1000', '10000', '100', '10', '50', '100000', '10000', '0.01', '1']
    """
    units = _CONTEXT.divide(value, step)
    if units == 0 or units != units.to_integral_value():
        return step
    exponent = units.normalize(_CONTEXT).as_tuple().exponent
    zeros = exponent if isinstance(exponent, int) and exponent > 0 and step >= scale else 0
    place = step.scaleb(zeros, _CONTEXT)
    half_way = abs(units.scaleb(-zeros, _CONTEXT)) % 10 == 5
    return _CONTEXT.multiply(place, Decimal(5)) if half_way else place


def exact_count(value: Decimal, step: Decimal) -> bool:
    """A count of ``value`` written at rounding ``step`` is exact, the interval [value, value]: a whole
    number written to the unit (no decimals, no scale word) that is no round number.

    >>> [exact_count(Decimal(v), Decimal(s)) for v, s in ((12, 1), (100, 1), (12000, 1000), ("2.5", "0.1"))]
    [True, False, False, False]
    """
    return (
        step == 1
        and value >= 0
        and value == value.to_integral_value()
        and (value < ROUND_COUNT or value % ROUND_COUNT != 0)
    )


def fmt(value: Decimal | None, *, infinity: str = "inf") -> str:
    """A Decimal as a plain string without exponent or trailing zeros: 2.50E+3 -> "2500"."""
    if value is None:
        return infinity
    if value == 0:
        return "0"
    text = format(value.normalize(_CONTEXT), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


@frozen
class Interval:
    """A set of numbers between two bounds; ``None`` stands for an infinite bound.

    Closed by default; ``low_open`` / ``high_open`` exclude the bound itself ("более 5" is (5, 6]).
    """

    low: Decimal | None
    high: Decimal | None
    low_open: bool = False
    high_open: bool = False

    def __attrs_post_init__(self) -> None:
        if self.low is not None and self.high is not None and self.low > self.high:
            raise ValueError(f"expected low <= high, got low={self.low} high={self.high}")

    # -- named constructors -------------------------------------------------------------------------

    @classmethod
    def exact(cls, value: Decimal) -> Interval:
        """The single point ``value``."""
        return cls(value, value)

    @classmethod
    def rounded(cls, value: Decimal, step: Decimal) -> Interval:
        """Every number that rounds to ``value`` at ``step``: [value - step/2, value + step/2]."""
        half = _CONTEXT.divide(step, 2)
        return cls(_CONTEXT.subtract(value, half), _CONTEXT.add(value, half))

    @classmethod
    def hedged(
        cls,
        value: Decimal,
        step: Decimal,
        approx: str,
        *,
        below: bool = False,
        nonnegative: bool = True,
        vague: bool = False,
        scale: Decimal = Decimal(1),
    ) -> Interval:
        """The interval a hedged figure stands for; the rules are in the module docstring.

        ``below`` marks "почти X" (almost: at most X); ``nonnegative`` says the quantity cannot be
        negative, which closes "менее X" at zero; ``vague`` says the figure is written with no digit
        to round ("сотни", "более половины"), which leaves "более X" open above; ``scale`` is the scale
        word's multiple in ``value`` and ``step`` (see :func:`last_digit_step`).
        """
        floor = Decimal(0) if nonnegative and value >= 0 else None
        if approx == "=":
            return cls.rounded(value, step)
        if approx == ">":
            high = None if vague else _CONTEXT.add(value, last_digit_step(value, step, scale))
            return cls(value, high, low_open=True)
        if approx == ">=":
            return cls(value, None)
        if approx == "<":
            return cls(floor, value, high_open=True)
        if approx == "<=":
            return cls(floor, value)
        if approx == "~":
            width = max(_CONTEXT.divide(step, 2), abs(_CONTEXT.multiply(value, APPROX_TOLERANCE)))
            low = _CONTEXT.subtract(value, width)
            if floor is not None:
                low = max(low, floor)
            return cls(low, value if below else _CONTEXT.add(value, width))
        raise ValueError(f"expected approx in {APPROX_CODES}, got {approx!r}")

    # -- predicates ------------------------------------------------------------------------------------

    @property
    def bounded(self) -> bool:
        """Both bounds are finite."""
        return self.low is not None and self.high is not None

    def contains(self, x: Decimal) -> bool:
        """``x`` lies in the interval."""
        if self.low is not None and (x < self.low or (x == self.low and self.low_open)):
            return False
        return not (self.high is not None and (x > self.high or (x == self.high and self.high_open)))

    def entirely_above(self, other: Interval) -> bool:
        """Every number of ``self`` is greater than every number of ``other``."""
        if self.low is None or other.high is None:
            return False
        return self.low > other.high or (self.low == other.high and (self.low_open or other.high_open))

    def entirely_below(self, other: Interval) -> bool:
        """Every number of ``self`` is smaller than every number of ``other``."""
        return other.entirely_above(self)

    def overlaps(self, other: Interval) -> bool:
        """The two intervals share at least one number."""
        return not (self.entirely_above(other) or self.entirely_below(other))

    def covers(self, other: Interval) -> bool:
        """``other`` lies wholly inside ``self`` (used to check that widening keeps verdicts)."""
        if self.low is not None:
            if other.low is None or other.low < self.low:
                return False
            if other.low == self.low and self.low_open and not other.low_open:
                return False
        if self.high is not None:
            if other.high is None or other.high > self.high:
                return False
            if other.high == self.high and self.high_open and not other.high_open:
                return False
        return True

    # -- arithmetic -------------------------------------------------------------------------------------

    def scale(self, factor: Decimal) -> Interval:
        """Every number multiplied by ``factor`` (a change of units or scale)."""
        lo = None if self.low is None else _CONTEXT.multiply(self.low, factor)
        hi = None if self.high is None else _CONTEXT.multiply(self.high, factor)
        if factor < 0:
            return Interval(hi, lo, self.high_open, self.low_open)
        return Interval(lo, hi, self.low_open, self.high_open)

    def __add__(self, other: Interval) -> Interval:
        lo = None if self.low is None or other.low is None else _CONTEXT.add(self.low, other.low)
        hi = None if self.high is None or other.high is None else _CONTEXT.add(self.high, other.high)
        return Interval(lo, hi, self.low_open or other.low_open, self.high_open or other.high_open)

    def __sub__(self, other: Interval) -> Interval:
        return self + other.scale(Decimal(-1))

    def divide(self, other: Interval) -> Interval | None:
        """The quotient ``self / other`` for a strictly positive ``other``; ``None`` otherwise.

        Only positive divisors are needed (ratios of amounts to their bases), which keeps the
        endpoint algebra simple and exact about open ends.
        """
        if other.low is None or other.low < 0 or (other.low == 0 and not other.low_open):
            return None
        # For a positive divisor the low end comes from self.low / other.high (or .low when self.low < 0).
        if self.low is None:
            lo: tuple[Decimal | None, bool] = (None, False)
        elif self.low >= 0:
            lo = (
                (Decimal(0), other.high_open or self.low_open)
                if other.high is None
                else (_CONTEXT.divide(self.low, other.high), self.low_open or other.high_open)
            )
        else:
            lo = (
                (None, False) if other.low == 0
                else (_CONTEXT.divide(self.low, other.low), self.low_open or other.low_open)
            )
        if self.high is None:
            hi: tuple[Decimal | None, bool] = (None, False)
        elif self.high >= 0:
            hi = (
                (None, False) if other.low == 0
                else (_CONTEXT.divide(self.high, other.low), self.high_open or other.low_open)
            )
        else:
            hi = (
                (Decimal(0), True)
                if other.high is None
                else (_CONTEXT.divide(self.high, other.high), self.high_open or other.high_open)
            )
        return Interval(lo[0], hi[0], lo[1], hi[1])

    def __str__(self) -> str:
        left = "(" if self.low_open or self.low is None else "["
        right = ")" if self.high_open or self.high is None else "]"
        return f"{left}{fmt(self.low, infinity='-inf')}, {fmt(self.high, infinity='+inf')}{right}"
