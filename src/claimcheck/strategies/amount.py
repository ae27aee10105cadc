"""Amounts as Russian news writes them: a figure in digits or words, a scale, a unit and a hedge."""

from __future__ import annotations

import functools
from collections.abc import Collection
from decimal import Decimal
from typing import Final

from attrs import frozen
from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

from claimcheck.interval import Interval, exact_count, fmt, step_of
from claimcheck.lexicon import Hedge
from claimcheck.strategies.words import (
    DATA,
    agree,
    analyzer,
    declines,
    gender_of,
    lexicon,
    one_and_a_half,
    spell,
)

__all__ = ["AMOUNT_UNITS", "RenderedAmount", "amounts"]


@frozen
class RenderedAmount:
    """An amount as a news text writes it, with the value, unit, hedge and bounds it stands for.

    ``low`` / ``high`` follow :meth:`claimcheck.Interval.hedged` (``None`` is infinite); a number in
    digits is rounded at the step its digits and scale imply ("1,5 млрд": 0.1 bn); a number spelt in
    words at the step of its scale word ("два миллиона": one million, "полтора миллиона": half a million).
    A count written to the unit with no hedge is exact (:func:`claimcheck.interval.exact_count`).
    """

    text: str
    value: Decimal
    unit: str
    approx: str
    low: Decimal | None
    high: Decimal | None

    @property
    def interval(self) -> Interval:
        return Interval(self.low, self.high, low_open=self.approx == ">", high_open=self.approx == "<")


#: Unit codes :func:`amounts` can draw.
AMOUNT_UNITS: Final = ("USD", "EUR", "RUB", "KZT", "CNY", "GBP", "UAH", "percent", "money", "count", "t")

# Currency and unit nouns by code (lemmas; the lexicon maps them back to the code).
_UNIT_NOUNS: Final = DATA.codes("unit_nouns", lower=False)
_COUNT_NOUNS: Final = DATA.words("counts", "nouns")
# Hedge phrases that are verbs, that change the claim kind or that follow the number are left out.
_SKIPPED_HEDGES: Final = frozenset(DATA.words("hedges", "skipped"))
# What may group the thousands of a number in digits: no-break space, narrow no-break space, space.
_SEPARATORS: Final = ("\u00a0", "\u202f", " ")
_UNGROUPED: Final = {ord(s): None for s in _SEPARATORS}
# What a noun after a figure agrees with when a scale word or a fraction stands before it: the genitive plural.
_AFTER_SCALE: Final = 5


@frozen
class _Scale:
    """A scale word ("миллиард"), its abbreviation ("млрд") and the factor both stand for."""

    factor: Decimal
    lemma: str
    abbreviation: str


@frozen
class _Figure:
    """A number with its scale word as written, the value and rounding step it stands for, the number
    that a unit noun after it agrees with, and the scale word's factor (1 for none)."""

    text: str
    value: Decimal
    step: Decimal
    noun_number: int
    scale: Decimal = Decimal(1)


# --------------------------------------------------------------------------- lexicon views


@functools.cache
def _hedges() -> tuple[Hedge, ...]:
    out = []
    for h in lexicon().hedges:
        if h.phrase in _SKIPPED_HEDGES:
            continue
        if any(p.tag.POS in ("VERB", "INFN") for w in h.phrase.split() for p in analyzer().parse(w)[:1]):
            continue
        out.append(h)
    return tuple(sorted(out, key=lambda h: (h.phrase, h.approx, h.below)))


@functools.cache
def _symbols() -> dict[str, tuple[str, ...]]:
    by_code: dict[str, list[str]] = {}
    for sym, code in lexicon().currency_symbols.items():
        by_code.setdefault(code, []).append(sym)
    return {code: tuple(sorted(syms)) for code, syms in by_code.items()}


@functools.cache
def _abbreviations() -> dict[str, tuple[str, ...]]:
    """Literal abbreviations by unit code ("руб.", "долл.", "%"), for the codes amounts() draws."""
    by_code: dict[str, list[str]] = {}
    for abbr, code in lexicon().abbreviations.items():
        if code in AMOUNT_UNITS and code != "t" and not abbr.endswith("."):
            by_code.setdefault(code, []).append(abbr)
    return {code: tuple(sorted(a)) for code, a in by_code.items()}


@functools.cache
def _scales() -> tuple[_Scale, ...]:
    """Thousand, million, billion and trillion, each with its abbreviation, smallest first."""
    scales = lexicon().scales
    out = []
    for word, factor in scales.items():
        if not declines(word) or factor < 1000:
            continue
        abbr = next((a for a, f in scales.items() if f == factor and not declines(a) and a != word), None)
        if abbr is not None:
            out.append(_Scale(factor, word, abbr))
    return tuple(sorted(out, key=lambda s: (s.factor, s.lemma, s.abbreviation)))


# --------------------------------------------------------------------------- drawing


def _group(digits: str, sep: str) -> str:
    head = len(digits) % 3 or 3
    groups = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return sep.join(groups)


def _draw_scale(draw: st.DrawFn, unit: str, *, scaled: bool) -> _Scale | None:
    if unit == "money":
        # "money" is what a scaled figure without a currency means, from millions up.
        return draw(st.sampled_from([s for s in _scales() if s.factor >= 1_000_000]))
    if scaled and unit != "percent" and draw(st.booleans()):
        return draw(st.sampled_from(_scales()))
    return None


def _spelt_figure(draw: st.DrawFn, unit: str, scale: _Scale | None) -> _Figure:
    """A number in words; with a scale word it is rounded like its digits would be: "два миллиона" to the
    million, "полтора миллиона" to the half million."""
    if scale is not None and draw(st.booleans()):
        text = f"{one_and_a_half(gender_of(scale.lemma))} {agree(scale.lemma, 2)}"
        return _Figure(text, Decimal("1.5") * scale.factor, scale.factor / 2, _AFTER_SCALE, scale.factor)
    n = draw(st.integers(1, 999))
    if scale is None:
        return _Figure(spell(n, gender_of(_UNIT_NOUNS.get(unit, "проект"))), Decimal(n), Decimal(1), n)
    text = f"{spell(n, gender_of(scale.lemma))} {agree(scale.lemma, n)}"
    return _Figure(text, Decimal(n) * scale.factor, scale.factor, _AFTER_SCALE, scale.factor)


def _digits(draw: st.DrawFn, upper: int) -> str:
    """A number up to ``upper`` in digits: thousands grouped, up to two decimals after a comma."""
    whole = draw(st.integers(1, upper))
    decimals = draw(st.sampled_from((0, 0, 1, 2))) if whole < 1000 else 0
    frac = draw(st.integers(0, 10**decimals - 1)) if decimals else 0
    if decimals and frac == 0:
        frac = 1
    whole_text = str(whole)
    if whole >= 1000:
        whole_text = _group(whole_text, draw(st.sampled_from(_SEPARATORS)))
    return whole_text if not decimals else f"{whole_text},{frac:0{decimals}d}"


def _digit_figure(draw: st.DrawFn, scale: _Scale | None) -> _Figure:
    """A number in digits, rounded at the step its digits imply, with its scale as a word or an abbreviation."""
    digits = _digits(draw, 999 if scale is not None else 9_999_999)
    mantissa = Decimal(digits.replace(",", ".").translate(_UNGROUPED))
    whole = mantissa == mantissa.to_integral_value()
    if scale is None:
        # "1,5 рубля" takes the genitive singular, as after 2.
        return _Figure(digits, mantissa, step_of(digits), int(mantissa) if whole else 2)
    word = draw(st.sampled_from((scale.abbreviation, agree(scale.lemma, int(mantissa)))))
    if not whole:
        word = draw(st.sampled_from((scale.abbreviation, agree(scale.lemma, 2))))
    factor = scale.factor
    return _Figure(f"{digits} {word}", mantissa * factor, step_of(digits) * factor, _AFTER_SCALE, factor)


def _with_unit(draw: st.DrawFn, figure: str, unit: str, number: int, *, digits: bool, has_scale: bool) -> str:
    if unit == "money":
        return figure
    if unit == "count":
        return f"{figure} {agree(draw(st.sampled_from(_COUNT_NOUNS)), number)}"
    choices = ["word"]
    if digits and unit in _symbols():
        choices += ["symbol_before", "symbol_after"]
    if digits and unit in _abbreviations() and not (unit == "percent" and has_scale):
        choices.append("abbreviation")
    how = draw(st.sampled_from(choices))
    if how == "symbol_before":
        return draw(st.sampled_from(_symbols()[unit])) + figure
    if how == "symbol_after":
        return f"{figure} {draw(st.sampled_from(_symbols()[unit]))}"
    if how == "abbreviation":
        abbr = draw(st.sampled_from(_abbreviations()[unit]))
        return f"{figure}{abbr}" if abbr == "%" and draw(st.booleans()) else f"{figure} {abbr}"
    noun = _UNIT_NOUNS[unit]
    text = f"{figure} {agree(noun, number)}"
    return f"{text} стерлингов" if unit == "GBP" else text


@st.composite
def _amount(draw: st.DrawFn, units: tuple[str, ...], hedged: bool, spelt: bool, scaled: bool) -> RenderedAmount:
    unit = draw(st.sampled_from(units))
    scale = _draw_scale(draw, unit, scaled=scaled)
    # A spelt number takes its scale word with it, so a spelt figure needs a unit to be an amount.
    in_words = spelt and unit != "money" and draw(st.integers(0, 3)) == 0
    figure = _spelt_figure(draw, unit, scale) if in_words else _digit_figure(draw, scale)
    text = _with_unit(draw, figure.text, unit, figure.noun_number, digits=not in_words, has_scale=scale is not None)
    hedge = draw(st.sampled_from(_hedges())) if hedged and draw(st.booleans()) else None
    if hedge is not None:
        text = f"{hedge.phrase} {text}"
    return _rendered(text, unit, figure, hedge)


def _rendered(text: str, unit: str, figure: _Figure, hedge: Hedge | None) -> RenderedAmount:
    """The record of an amount written as ``text``: the figure's rounding interval, widened by the hedge."""
    approx, below = ("=", False) if hedge is None else (hedge.approx, hedge.below)
    if unit == "count" and approx == "=" and exact_count(figure.value, figure.step):
        iv = Interval.exact(figure.value)  # a count written to the unit: exactly so many
    else:
        iv = Interval.hedged(figure.value, figure.step, approx, below=below, nonnegative=True, scale=figure.scale)
    value = Decimal(fmt(figure.value))
    return RenderedAmount(text=text, value=value, unit=unit, approx=approx, low=iv.low, high=iv.high)


def amounts(
    *,
    units: Collection[str] = AMOUNT_UNITS,
    hedged: bool = True,
    spelt: bool = True,
    scaled: bool = True,
) -> SearchStrategy[RenderedAmount]:
    """Amounts as Russian news writes them, with their expected value, unit, hedge and bounds.

    Digits with decimal commas and NBSP thousands ("12 345,5 евро"), scales as abbreviations and as
    words ("1,5 млрд тенге", "5 миллиардов долларов"), numbers in words ("двадцать один миллиард
    рублей", "полтора миллиона"), currencies as symbols, abbreviations and words, percentages, counts
    and tonnes, hedged by the lexicon's hedges ("более", "около", "почти", "не менее"). ``units``
    restricts the unit codes (a subset of :data:`AMOUNT_UNITS`); ``hedged``, ``spelt`` and ``scaled``
    allow hedges, numbers in words and scale words. The text reads as a noun phrase in the nominative.

    >>> from hypothesis import find
    >>> find(amounts(units=("RUB",), spelt=False, hedged=False, scaled=False), lambda a: a.value > 20).unit
    'RUB'
    """
    chosen = tuple(u for u in AMOUNT_UNITS if u in set(units))
    unknown = set(units) - set(AMOUNT_UNITS)
    if not chosen or unknown:
        raise ValueError(f"expected units from {AMOUNT_UNITS}, got {sorted(units)!r}")
    return _amount(chosen, hedged, spelt, scaled)
