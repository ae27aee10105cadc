"""The quantities of one sentence, read as a recipe: at each token where an amount starts, the figure
with what is glued to it, then its unit (stated or implied), then its hedge and kind, then its bounds.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Final

from attrs import frozen

from claimcheck.interval import Interval, exact_count
from claimcheck.lexicon import Lexicon
from claimcheck.model import Quantity, Span
from claimcheck.quantities.bare import Earlier, bare_unit, counted_subject
from claimcheck.quantities.exclusions import excluded, is_title, quoted_spans
from claimcheck.quantities.kinds import after_percent, change_before, claim_kind, hedge_before
from claimcheck.quantities.numerals import Number, may_start_number, read_number
from claimcheck.quantities.pairs import elided_unit, range_high, scaled_high, shared_unit, smaller_part
from claimcheck.quantities.tokens import Token, prev_word, token_from, tokenize
from claimcheck.quantities.units import UnitEnd, glued_unit, is_noun, scale_at, unit_after
from claimcheck.spanset import SpanSet

__all__ = ["sentence_quantities"]

_NONNEGATIVE_KINDS: Final = ("amount", "target", "share", "range")
# How far back (in tokens) from its "до" a word of change makes a figure the level it reaches ("выросло
# до 12", "увеличилась на 5% до 3,1 млрд").
_LEVEL_WINDOW: Final = 6
# A scaled number with no unit is money from this scale up (millions), else a count (thousands).
_MONEY_SCALE: Final = Decimal(1_000_000)


@frozen
class _Sentence:
    """One sentence being read: the text and where the sentence starts in it, its tokens, the spans of
    its «…» that may be names and of the text's web addresses, the unit first stated with each scale (a
    later scaled number that states none takes it), and the quantities read so far."""

    text: str
    start: int
    toks: list[Token]
    titles: list[tuple[int, int]]
    addresses: SpanSet
    lex: Lexicon
    scaled_units: dict[Decimal, str]
    earlier: list[Earlier]


@frozen
class _Figure:
    """A number read with what is glued to it: tokens [first, next) and text [start, end).

    ``at`` is the token the number starts at; ``first`` is the currency symbol's before it ("$24,2")
    if there is one. ``unit`` is what the symbol, the numeral or a glued word ("30-летний") says;
    ``high`` is the high end of a range ("5–7", "от 3 млн до 5 млрд"), scaled by ``high_scale``.
    """

    num: Number
    at: int
    first: int
    start: int
    end: int
    next: int
    unit: str | None
    from_marker: bool  # "от" stands before the number: a range's low end or a lower bound
    scale: Decimal = Decimal(1)
    high: Number | None = None
    high_scale: Decimal = Decimal(1)

    def scaled(self, end: int, next: int, scale: Decimal, high: Number | None, high_scale: Decimal) -> _Figure:
        """The figure with a scale word after it, ending at ``end`` before token ``next``."""
        return _Figure(
            self.num, self.at, self.first, self.start, end, next, self.unit, self.from_marker, scale, high, high_scale
        )


@frozen
class _Measure:
    """The unit of a figure, where the quantity's text ends and the index of the token after it, and
    the value with its rounding step before scaling (the smaller part of "53 часа 22 минуты" added)."""

    unit: str
    end: int
    next: int
    value: Decimal
    step: Decimal
    counted: Span | None = None  # the noun a bare number counts, given by the sentence's structure


@frozen
class _Hedging:
    """Where a quantity's text starts (a hedge or a marker before the number included), its approx
    code and whether the hedge bounds it from below, its claim kind and a change's direction."""

    start: int
    approx: str
    below: bool
    kind: str
    direction: str | None = None


def sentence_quantities(text: str, start: int, end: int, lex: Lexicon, addresses: SpanSet) -> list[Quantity]:
    """The quantities of the sentence ``text[start:end]``: at each token where an amount starts, the
    figure with what is glued to it, then its unit, then its hedge and kind, then its bounds."""
    titles = quoted_spans(text, start, end) if text.find("«", start, end) >= 0 else []
    s = _Sentence(text, start, tokenize(text, start, end), titles, addresses, lex, {}, [])
    toks = s.toks
    out: list[Quantity] = []
    level: _Level | None = None
    i = 0
    for at in _number_starts(toks, lex):
        if at < i:
            continue  # inside the quantity read last
        read = _read(s, at, level)
        if read is None:
            i = at + 1
            continue
        if read.quantity is not None:
            out.append(read.quantity)
            s.earlier.append(Earlier(read.next, read.quantity.unit, read.noun, prev_word(toks, read.first)))
        level = read.level
        i = max(read.next, at + 1)
    return out


def _number_starts(toks: list[Token], lex: Lexicon) -> list[int]:
    """The tokens a number may start at (as :func:`read_number` would find): numbers in digits, and
    words :func:`may_start_number` admits."""
    return [
        i
        for i, (_, _, word, kind) in enumerate(toks)
        if kind == "num" or (kind == "word" and may_start_number(word, lex))
    ]


@frozen
class _Level:
    """The level a change starts from ("с 10,6" of "выросла с 10,6 до 11,3 млрд долларов") and the
    token where the figure of the level it reaches starts (after "до")."""

    quantity: Quantity
    to_at: int


@frozen
class _Read:
    """What :func:`_read` found at a token: the quantity (None when its bounds cross), the token after
    it, the level a change starts from when the quantity is one, and the noun the quantity counts (its
    own, or the one its structure gives it)."""

    quantity: Quantity | None
    next: int
    level: _Level | None
    noun: Span | None = None
    first: int = 0  # the token the figure starts at (a currency symbol before the number included)


def _read(s: _Sentence, i: int, level: _Level | None) -> _Read | None:
    """The quantity that starts at token ``i``, if one does: the figure with what is glued to it, its
    unit, hedge and kind, and its bounds. ``level`` is the level the sentence's last quantity says a
    change starts from; a figure that starts where that change's "до" leads is the level it reaches."""
    num = _amount_number(s, i)
    if num is None:
        return None
    fig = _figure(s, i, num)
    origin = level.quantity if level is not None and level.to_at == fig.first else None
    measure = _measure(s, fig)
    opens = origin is None and _opens_change(s, fig, fig.next if measure is None else measure.next)
    if measure is None and opens:
        read = _level_to(s, fig)  # "с 5 до 7%", "с 10 до 12 млрд рублей": the unit and scale of the second
        fig, measure = (fig, None) if read is None else read
    if measure is None and origin is not None:
        measure = _counted(fig, origin)  # "с 14 до 11": the levels of a change, neither with a unit
    if measure is None:
        return None
    if origin is not None and origin.unit != measure.unit:
        origin = None
    quantity = _quantity(s, fig, measure, _hedging(s, fig, measure, level=origin is not None), origin)
    if quantity is not None and fig.scale > 1:
        s.scaled_units.setdefault(fig.scale, measure.unit)
    after = _Level(quantity, measure.next + 1) if quantity is not None and opens else None
    return _Read(quantity, measure.next, after, measure.counted or _own_noun(s, fig, measure), fig.first)


def _own_noun(s: _Sentence, fig: _Figure, measure: _Measure) -> Span | None:
    """The counted noun a count states after its figure ("120 кардиналов": "кардиналов"); a participle or
    adjective that stands for one ("8 воздержавшихся") names a class of its own that the next items of
    an enumeration do not share ("8 воздержавшихся, 7 — против")."""
    last = measure.next - 1
    if measure.unit != "count" or last < fig.next or s.toks[last].kind != "word" or not is_noun(s.toks[last].text):
        return None
    tok = s.toks[last]
    return Span(tok.start, tok.end, tok.text)


def _opens_change(s: _Sentence, fig: _Figure, k: int) -> bool:
    """The figure, whose text ends before token ``k``, is written as the level a change starts from:
    "с" before it, "до" and a number after it, and a word of change earlier in the sentence ("выросла
    с 10,6 до 11,3 млрд"; "открыты с 8 до 20 часов" states no change)."""
    toks, lex = s.toks, s.lex
    return (
        fig.high is None
        and not fig.num.vague
        and prev_word(toks, fig.first) in lex.markers_change_from
        and k + 1 < len(toks)
        and toks[k].lower == lex.marker_to
        and toks[k + 1].kind in ("num", "word", "sym")
        and change_before(toks, fig.first, lex)
    )


def _level_to(s: _Sentence, fig: _Figure) -> tuple[_Figure, _Measure] | None:
    """A figure with no unit before "до" and the level a change reaches: the figure with that level's
    scale and unit ("с 10 до 12 млрд рублей": 10 billion roubles; "с 14 до 11": counts)."""
    k = fig.next + 1
    if s.toks[k].kind == "sym" and k + 1 < len(s.toks):
        k += 1  # "с 5 до $7 млрд"
    num = _amount_number(s, k)
    if num is None:
        return None
    to_fig = _figure(s, k, num)
    to_measure = _measure(s, to_fig) or _counted(to_fig, None)
    if to_measure is None:
        return None
    if fig.scale == 1 and to_fig.scale > 1:
        fig = fig.scaled(fig.end, fig.next, to_fig.scale, None, to_fig.scale)
    return fig, _Measure(to_measure.unit, fig.end, fig.next, fig.num.value, fig.num.step)


def _counted(fig: _Figure, origin: Quantity | None) -> _Measure | None:
    """A whole number with no unit and no scale in a change "с A до B", whose other level counts too
    (or has no unit either): a count."""
    value = fig.num.value
    if fig.scale != 1 or value != value.to_integral_value() or (origin is not None and origin.unit != "count"):
        return None
    return _Measure("count", fig.end, fig.next, value, fig.num.step)


def _amount_number(s: _Sentence, i: int) -> Number | None:
    """The number that starts at token ``i`` unless it is no amount: a date, a year, a time, an
    ordinal, a code, or a number inside a name in «…» or a web address."""
    num = read_number(s.toks, i, s.lex)
    if num is None or excluded(s.toks, i, s.text, num, s.lex):
        return None
    at = s.toks[i].start
    if (s.titles and _in_title(s, at)) or s.addresses.contains(at):
        return None
    return num


def _in_title(s: _Sentence, at: int) -> bool:
    """Offset ``at`` lies inside a name in «...» (the «...» around it is tested only now: most hold no
    number)."""
    return any(a <= at < b and is_title(s.text[a:b]) for a, b in s.titles)


def _figure(s: _Sentence, i: int, num: Number) -> _Figure:
    """The number at token ``i`` with what is glued to it: a currency symbol before it, the high end
    of a range, an age or unit adjective after a hyphen ("30-летний", "100-долларовой"), or else a
    scale word ("млрд", "тыс.")."""
    toks, lex = s.toks, s.lex
    first, unit = i, num.unit
    if _currency_symbol_before(s, i):
        first, unit = i - 1, lex.currency_symbols[toks[i - 1].text]
    from_marker = prev_word(toks, first) == lex.marker_from and not after_percent(toks, first - 1, lex)
    high = range_high(toks, num, lex, from_marker=from_marker)
    k = num.j if high is None else high.j
    end = toks[k - 1].end
    if toks[i].kind == "num":
        glued = glued_unit(s.text, end, lex, age=high is None, adjective=unit is None)
        if glued is not None:
            unit, end = glued
            k = token_from(toks, k, end)
            return _Figure(num, i, first, toks[first].start, end, k, unit, from_marker, high=high)
    fig = _Figure(num, i, first, toks[first].start, end, k, unit, from_marker, high=high)
    return _scaled(s, fig) if num.unit is None else fig


def _currency_symbol_before(s: _Sentence, i: int) -> bool:
    """A currency symbol stands right before the number at token ``i`` ("$24,2", "$ 24,2")."""
    if i == 0:
        return False
    sym, start = s.toks[i - 1], s.toks[i].start
    return (
        sym.kind == "sym"
        and sym.text in s.lex.currency_symbols
        and (sym.end == start or s.text[sym.end : start].isspace())
    )


def _scaled(s: _Sentence, fig: _Figure) -> _Figure:
    """The figure with the scale word after it, if there is one; a range whose ends carry their own
    scale words ("от 500 тыс. до 1 млн", "3 млн–5 млрд") gets its high end here."""
    sc = scale_at(s.toks, fig.next, s.text, s.lex)
    if sc is None:
        return fig
    if fig.high is None and not fig.num.vague:
        high = scaled_high(s.toks, sc.next, s.text, s.lex, from_marker=fig.from_marker)
        if high is not None:
            return fig.scaled(high.scale.end, high.scale.next, sc.factor, high.num, high.scale.factor)
    return fig.scaled(sc.end, sc.next, sc.factor, fig.high, sc.factor)


def _measure(s: _Sentence, fig: _Figure) -> _Measure | None:
    """The figure's unit, stated (with the smaller part of a compound measure) or implied, or the one
    the sentence's structure gives a bare number (:mod:`claimcheck.quantities.bare`); None when it has
    none: a bare number is else no amount."""
    stated = _stated_unit(s, fig)
    if stated is not None:
        return _with_smaller_part(s, fig, stated)
    implied = _implied_unit(s, fig)
    if implied is not None:
        return _Measure(implied, fig.end, fig.next, fig.num.value, fig.num.step)
    if fig.scale == 1 and fig.high is None and fig.first == fig.at and fig.next == fig.num.j:
        bare = bare_unit(s.toks, fig.num, s.earlier, s.lex)
        if bare is not None:
            return _Measure(bare.unit, fig.end, fig.next, fig.num.value, fig.num.step, bare.counted)
    return None


def _stated_unit(s: _Sentence, fig: _Figure) -> UnitEnd | None:
    """The unit the figure has or that follows it: a symbol, an abbreviation, a currency, a measure or
    a counted noun. "раз" multiplies only after "в" or before a comparative; else it counts."""
    toks, lex, num = s.toks, s.lex, fig.num
    unit = None if fig.unit is None else UnitEnd(fig.unit, fig.end, fig.next)
    if unit is None or num.unit == "count":
        value = fig.num.value if fig.scale == 1 else None
        found = unit_after(toks, fig.next, s.text, fig.end, lex, digits=toks[fig.at].kind == "num", value=value)
        if found is not None and (unit is None or found.code not in ("times", "percent", "pp")):
            unit = found
    if unit is None or unit.code != "times" or num.unit is not None:
        return unit
    k = unit.next
    comparative = k < len(toks) and toks[k].lower in lex.comparatives
    if prev_word(toks, fig.first) != lex.marker_times and not comparative:
        return UnitEnd("count", unit.end, unit.next)
    return unit


def _with_smaller_part(s: _Sentence, fig: _Figure, unit: UnitEnd) -> _Measure:
    """The measure of a figure in ``unit``, a second number in a smaller unit after it included
    ("53 часа 22 минуты", "1 км 200 м")."""
    value, step, lex = fig.num.value, fig.num.step, s.lex
    into_larger = unit.code in lex.compound_into_larger
    if (into_larger or unit.code in lex.time_units) and fig.high is None and fig.scale == 1:
        part = smaller_part(s.toks, unit.next, s.text, unit.code, lex)
        if part is not None and into_larger:
            return _Measure(unit.code, part.end, part.next, value + part.value / part.factor, part.step / part.factor)
        if part is not None:
            return _Measure(part.unit, part.end, part.next, value * part.factor + part.value, part.step)
    return _Measure(unit.code, unit.end, unit.next, value, step)


def _implied_unit(s: _Sentence, fig: _Figure) -> str | None:
    """The unit of a figure that states none: a scaled number takes the unit of the next one ("с 114
    до 81,5 млрд долларов") or of the sentence's first number of its scale, else it is money (from
    millions up, unless a word for a number of things comes before it) or a count; "N из M" counts; a
    number with no scale takes the unit of the next one after a conjunction ("в 70 и 75 лет")."""
    toks, lex = s.toks, s.lex
    if fig.scale > 1 and not fig.num.vague:
        unit = elided_unit(toks, fig.next, s.text, lex) or s.scaled_units.get(fig.scale)
        if unit is None:
            # "количество заявок достигло 1,2 миллиона": a number of things counts them
            counts = fig.scale < _MONEY_SCALE or counted_subject(toks, fig.first, lex)
            unit = "count" if counts else "money"
        return unit
    k = fig.next
    if k < len(toks) and toks[k].lower == lex.marker_of and fig.num.value != 1:
        return "count"  # a part of a set: N of M
    if fig.scale == 1 and fig.high is None and toks[fig.at].kind == "num":
        return shared_unit(toks, k, s.text, lex)  # "в 70 и 75 лет"
    return None


def _hedging(s: _Sentence, fig: _Figure, measure: _Measure, *, level: bool = False) -> _Hedging:
    """The hedge ("более", "около"), the "от" and "на" markers before the figure, and its claim kind;
    ``level`` says the figure is the level a change reaches ("с 10 до 12"), whose "до" bounds nothing, as
    it does after a word of change ("выросло до 12")."""
    toks, text, lex = s.toks, s.text, s.lex
    start = fig.start
    if fig.high is not None:
        return _Hedging(_word_start_before(text, start) if fig.from_marker else start, "=", False, "range")
    has_na = prev_word(toks, fig.first) == lex.marker_by
    has_v = prev_word(toks, fig.at) == lex.marker_times
    times = measure.unit == "times" and has_v
    kind, direction = claim_kind(toks, fig.at, measure.next, measure.unit, has_na, lex)
    hedge = hedge_before(text, start, s.start, lex)
    if hedge is None and (has_na or has_v):
        # "примерно на 5%", "более чем в два раза", "более чем в 120 странах": the hedge stands before
        # the preposition.
        hedge = hedge_before(text, _word_start_before(text, start), s.start, lex, before_by=True)
    if hedge is not None:
        h, h_start = hedge
        if h.phrase == lex.marker_to and level:
            return _Hedging(h_start, "=", False, kind, direction)  # "с 10 до 12": the level reached
        if h.phrase == lex.marker_to and kind in ("target", "change"):
            return _Hedging(start, "=", False, kind, direction)  # "до": where it goes, not a bound
        if h.phrase == lex.marker_to and change_before(toks, fig.first - 1, lex, window=_LEVEL_WINDOW):
            return _Hedging(h_start, "=", False, kind, direction)  # "выросло до 12": the level reached
        return _Hedging(h_start, h.approx, h.below, kind, direction)
    if fig.from_marker:
        return _Hedging(_word_start_before(text, start), ">=", False, kind, direction)
    if fig.num.vague:
        return _Hedging(start, ">", False, kind, direction)
    if (has_na and kind == "change") or times:
        start = _word_start_before(text, start)  # "на 5%", "в 3 раза": the marker belongs to the figure
    return _Hedging(start, "=", False, kind, direction)


def _quantity(
    s: _Sentence, fig: _Figure, measure: _Measure, hedging: _Hedging, origin: Quantity | None = None
) -> Quantity | None:
    """The quantity with its bounds, and the level ``origin`` a change to it starts from; None when the
    bounds cross (a range written high to low)."""
    value, step = measure.value * fig.scale, measure.step * fig.scale
    if fig.high is not None:
        low = Interval.rounded(value, step).low
        high = Interval.rounded(fig.high.value * fig.high_scale, fig.high.step * fig.high_scale).high
    elif _exact_count(fig, measure, hedging):
        low = high = value
    else:
        nonnegative = hedging.kind in _NONNEGATIVE_KINDS and value >= 0
        # "сотни", "более половины": no digit written, so nothing says how far above the figure it lies
        vague = fig.num.vague or measure.unit == "fraction"
        iv = Interval.hedged(
            value, step, hedging.approx, below=hedging.below, nonnegative=nonnegative, vague=vague, scale=fig.scale
        )
        low, high = iv.low, iv.high
    if low is not None and high is not None and low > high:
        return None
    return Quantity(
        span=Span.of(s.text, hedging.start, measure.end),
        value=value,
        low=low,
        high=high,
        unit=measure.unit,
        approx=hedging.approx,
        kind=hedging.kind,
        direction=hedging.direction if hedging.kind == "change" else None,
        from_level=origin,
        counted=measure.counted,
    )


def _exact_count(fig: _Figure, measure: _Measure, hedging: _Hedging) -> bool:
    """The figure is a count written as a whole number with no scale word and no hedge ("двух
    государств", "12 погибших"): the text states it exactly, so it is the interval [n, n]. A round
    number ("100 человек", "2000 участников") may be rounded by whoever wrote it and keeps its rounding
    interval, as measures, money, percentages, decimals and scaled figures do (docs/intervals.md)."""
    return (
        measure.unit == "count"
        and hedging.approx == "="
        and not fig.num.vague
        and exact_count(measure.value * fig.scale, measure.step * fig.scale)
    )


def _word_start_before(text: str, pos: int) -> int:
    """Start of the word just before ``pos`` (skipping spaces)."""
    j = pos
    while j > 0 and text[j - 1].isspace():
        j -= 1
    while j > 0 and text[j - 1].isalnum():
        j -= 1
    return j
