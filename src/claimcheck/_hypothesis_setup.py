"""Register claimcheck's value types with Hypothesis; the target of the ``hypothesis`` entry point.

Hypothesis calls :func:`register_types` while ``import hypothesis`` runs, which may be in the middle of
``import claimcheck.strategies`` (that module imports Hypothesis). So this module imports neither
Hypothesis nor :mod:`claimcheck.strategies` at its top: the strategies are deferred and import
:mod:`claimcheck.strategies` only when one is first drawn.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from claimcheck.interval import Interval
from claimcheck.model import Period, Quantity, Span

if TYPE_CHECKING:
    from hypothesis.strategies import SearchStrategy

__all__ = ["register_types"]

_BOUND = 10**12  # intervals drawn for st.from_type(Interval) stay within ±10¹² so their text stays readable


def register_types() -> None:
    """Register strategies for :class:`Interval`, :class:`Quantity` and :class:`Period` with ``st.from_type``.

    Cheap: no dictionary or lexicon loads until one of them is drawn.
    """
    from hypothesis import strategies as st

    st.register_type_strategy(Interval, st.deferred(_intervals))
    st.register_type_strategy(Quantity, st.deferred(_quantities))
    st.register_type_strategy(Period, st.deferred(_periods))


def _intervals() -> SearchStrategy[Interval]:
    from hypothesis import strategies as st

    bound = st.decimals(min_value=-_BOUND, max_value=_BOUND, allow_nan=False, allow_infinity=False, places=4)

    def ordered(p: tuple[Decimal | None, Decimal | None]) -> tuple[Decimal | None, Decimal | None]:
        low, high = p
        return p if low is None or high is None or low <= high else (high, low)

    pair = st.tuples(st.none() | bound, st.none() | bound).map(ordered)
    return st.builds(lambda p, lo, hi: Interval(p[0], p[1], lo, hi), pair, st.booleans(), st.booleans())


def _quantities() -> SearchStrategy[Quantity]:
    from claimcheck.strategies import amounts

    return amounts().map(
        lambda a: Quantity(Span(0, len(a.text), a.text), a.value, a.low, a.high, a.unit, a.approx)
    )


def _periods() -> SearchStrategy[Period]:
    from claimcheck.strategies import periods

    return periods().map(lambda p: Period(Span(0, len(p.text), p.text), p.first, p.last))
