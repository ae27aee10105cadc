"""Reading the number that starts at a token: digits, number words ("сто пятьдесят тысяч"), fractions
("половина"), multipliers, collectives, ages glued to a numeral ("сорокалетнего") and scale words
standing alone ("несколько сотен", "миллион").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from decimal import Decimal
from typing import Final

from attrs import frozen

from claimcheck import morph
from claimcheck.lexicon import Lexicon
from claimcheck.numbers import (
    number_word_value,
    numeral_forms,
    parse_digits,
    parse_words,
    scale_forms,
    scale_value,
    spelled_step,
)
from claimcheck.quantities.tokens import Token
from claimcheck.wordcache import per_lexicon

__all__ = ["Number", "fraction_denominator", "may_start_number", "number_start", "prepare", "read_number"]

# Fractions are stated to four decimal places, as "треть" is 0.3333 in the lexicon.
# The shortest stem of a numeral in a compound age ("два" of "двадцатидвухлетний").
_MIN_STEM: Final = 3
# A compound age glues tens (20 to 90) to units (1 to 9).
_TENS_LOW: Final = 20
_TENS_HIGH: Final = 90
_UNITS_HIGH: Final = 9
_FRACTION_STEP: Final = Decimal("0.0001")


@frozen
class Number:
    """A parsed numeral: tokens [i, j) of the sentence."""

    i: int
    j: int
    value: Decimal
    step: Decimal
    unit: str | None = None  # set for fractions, collectives and multiplier words
    vague: bool = False  # a vague or plural scale word: at least this much


def read_number(toks: Sequence[Token], i: int, lex: Lexicon) -> Number | None:
    """The number that starts at token ``i``, in digits or in words, if one does."""
    tok = toks[i]
    if tok.kind == "num":
        try:
            value, step = parse_digits(tok.text)
        except ValueError:
            return None
        return Number(i, i + 1, value, step)
    if tok.kind != "word" or not may_start_number(tok.text, lex):
        return None
    return (
        _number_word(toks, i, lex)
        or _half_word(i, tok.lower, lex)
        or _bare_scale(toks, i, lex)
        or _spelled(toks, i, lex)
    )


def _number_word(toks: Sequence[Token], i: int, lex: Lexicon) -> Number | None:
    """A word that is a number by itself: a fraction ("половина", "четверть миллиарда"), a
    multiplier, a collective ("двое"), a count adverb, or an age glued to a numeral ("сорокалетнего")."""
    low = toks[i].lower
    for lem in morph.lemmas(low):
        if lem in lex.fractions:
            if i > 0 and toks[i - 1].kind == "word" and morph.has_tag(toks[i - 1].text, "Anum", best_only=True):
                return None  # a part of a sequence ("во второй половине века", "в первой четверти матча")
            return _fraction(toks, i, i + 1, Decimal(1), fraction_denominator(lem, lex), lex)
        if lem in lex.multipliers:
            return Number(i, i + 1, lex.multipliers[lem], Decimal(1), unit="times")
        if lem in lex.collectives:
            return Number(i, i + 1, lex.collectives[lem], Decimal(1), unit="count")
        if lem in lex.count_adverbs:
            return Number(i, i + 1, lex.count_adverbs[lem], Decimal(1), unit="count")
    age = _word_age(low, lex)
    return None if age is None else Number(i, i + 1, age, Decimal(1), unit="year")


def _spelled(toks: Sequence[Token], i: int, lex: Lexicon) -> Number | None:
    """A number spelt in words ("сто пятьдесят тысяч", "полтора"), of at most eight words."""
    words: list[str] = []
    k = i
    while k < len(toks) and toks[k].kind == "word" and len(words) < 8:
        words.append(toks[k].text)
        k += 1
    parsed = parse_words(words, lex)
    if parsed is None:
        return None
    value, used = parsed
    denominator = _denominator_at(toks, i + used, lex)
    if denominator is not None and value == value.to_integral_value() and 1 <= value < denominator:
        return _fraction(toks, i, i + used + 1, value, denominator, lex)  # "две трети", "три четверти"
    return Number(i, i + used, value, spelled_step(words[:used], lex))


def fraction_denominator(lemma: str, lex: Lexicon) -> int:
    """How many of the fraction ``lemma`` make a whole ("треть" -> 3): the lexicon states each
    fraction's value to four places (0.3333), so the denominator is that value's inverse rounded."""
    return int((1 / lex.fractions[lemma]).to_integral_value())


def _denominator_at(toks: Sequence[Token], k: int, lex: Lexicon) -> int | None:
    """The denominator of the fraction noun at token ``k`` ("трети" -> 3), if one stands there."""
    if k >= len(toks) or toks[k].kind != "word" or morph.normalize(toks[k].text) not in _number_forms(lex):
        return None
    lem = next((lem for lem in morph.lemmas(toks[k].lower) if lem in lex.fractions), None)
    return None if lem is None else fraction_denominator(lem, lex)


def _fraction(
    toks: Sequence[Token], i: int, j: int, numerator: Decimal, denominator: int, lex: Lexicon
) -> Number:
    """``numerator``/``denominator`` at tokens [i, j): a fraction of what follows, to four places.

    Before a scale word ("четверть миллиарда", "две трети миллиона") it is a figure that the scale
    multiplies, rounded to one part ("четверть миллиарда" is 250 million give or take 125 million, as
    "полтора миллиона" is rounded to the half million); alone it is a share, unit "fraction".
    """
    value = (numerator / denominator).quantize(_FRACTION_STEP)
    if j < len(toks) and toks[j].kind == "word" and scale_value(toks[j].lower, lex) is not None:
        return Number(i, j, value, (Decimal(1) / denominator).quantize(_FRACTION_STEP))
    return Number(i, j, value, _FRACTION_STEP, unit="fraction")


def _half_word(i: int, low: str, lex: Lexicon) -> Number | None:
    """Half of a scale or a time unit in one word: "полмиллиона" (500 000, rounded to the half
    million), "полчаса" (0.5 hour)."""
    prefix = lex.half_prefix
    if not low.startswith(prefix) or len(low) <= len(prefix):
        return None
    rest = low[len(prefix) :]
    half = Decimal("0.5")
    scale = scale_value(rest, lex)
    if scale is not None and rest not in lex.scales:  # a form ("миллиона"), not an abbreviation
        return Number(i, i + 1, half * scale, half * scale)
    unit = next((lex.unit_lemmas[lem] for lem in morph.lemmas(rest) if lem in lex.unit_lemmas), None)
    if unit in lex.time_units and morph.has_tag(rest, "gent"):
        return Number(i, i + 1, half, half, unit=unit)
    return None


def prepare(lex: Lexicon) -> None:
    """Build the tables this module derives from ``lex`` (see :func:`claimcheck.analysis.prepare`)."""
    number_start(lex)


@functools.cache
def _number_forms(lex: Lexicon) -> frozenset[str]:
    """Every form of the words that are numbers by themselves (fractions, multipliers, collectives,
    count adverbs, and half of a scale or a time unit, "полмиллиона", "полчаса"): looking a word up
    here spares parsing the many words that are none of them."""
    words = morph.word_forms((*lex.fractions, *lex.multipliers, *lex.collectives, *lex.count_adverbs))
    halved = morph.word_forms((*lex.scales, *(lem for lem, code in lex.unit_lemmas.items() if code in lex.time_units)))
    return words | {lex.half_prefix + form for form in halved}


@per_lexicon(maxsize=65536)
def may_start_number(word: str, lex: Lexicon) -> bool:
    """Whether a number may start at the word ``word``: every way :func:`read_number` reads a word
    needs one of these, so a word without any is skipped at once (by a set lookup, for most words).
    Cached per word form: it is asked of every word of every sentence that holds a figure."""
    low = morph.normalize(word)
    forms, ages = number_start(lex)
    if low not in forms and ages.search(low) is None:
        return False
    return _may_start_number_form(word, lex)


@functools.cache
def number_start(lex: Lexicon) -> tuple[frozenset[str], re.Pattern[str]]:
    """(every form of a word a number may start at, a pattern of the age stems a number may be glued to)."""
    # scale_forms holds the scale keys themselves ("млн") as well as the forms of the scale words.
    vague = frozenset(morph.normalize(w) for w in lex.vague_words)
    forms = _number_forms(lex) | scale_forms(lex) | numeral_forms(lex) | vague
    return forms, re.compile("|".join(re.escape(morph.normalize(s)) for s in lex.age_stems) or "(?!)")


def _may_start_number_form(word: str, lex: Lexicon) -> bool:
    """:func:`may_start_number` of a word that passed the quick test (a set lookup or the age stems)."""
    low = word.lower()
    if morph.normalize(low) in _number_forms(lex):
        return True
    if low in lex.vague_words or scale_value(low, lex) is not None:
        return True
    return _word_age(low, lex) is not None or number_word_value(word, lex) is not None


def _bare_scale(toks: Sequence[Token], i: int, lex: Lexicon) -> Number | None:
    """A scale word with no number before it: "несколько сотен", "тысячи", "миллион".

    "несколько" before scale words and a plural scale word ("тысячи мероприятий") mean at least the
    scale (``vague``); a singular one ("миллион долларов", "более тысячи", "с тысячи до 569") is the
    scale itself.
    """
    k = i
    vague = False
    if toks[i].lower in lex.vague_words:
        vague = True
        k += 1
    value = Decimal(1)
    j = k
    while j < len(toks) and toks[j].kind == "word" and j - k < 3:
        factor = scale_value(toks[j].lower, lex)
        if factor is None:
            break
        value *= factor
        j += 1
    if j == k:
        return None
    if i > 0 and (toks[i - 1].kind == "num" or number_word_value(toks[i - 1].text, lex) is not None):
        return None  # the scale of a number already read or rejected
    if vague:
        return Number(i, j, value, Decimal(1), vague=True)
    tags = [p.tag for p in morph.parses(toks[k].lower) if "NOUN" in p.tag]
    if i > 0 and toks[i - 1].lower in _genitive_markers(lex) and any("sing" in t and "gent" in t for t in tags):
        return Number(i, j, value, Decimal(1))  # "с тысячи до 569": the genitive singular, one thousand
    if any("plur" in t and ("nomn" in t or "accs" in t) for t in tags):
        return Number(i, j, value, Decimal(1), vague=True)
    if any("sing" in t for t in tags):
        return Number(i, j, value, Decimal(1))
    return None


def _genitive_markers(lex: Lexicon) -> frozenset[str]:
    """The markers that govern the genitive before a figure ("от", "до", "с"): a scale word after one
    is singular however it may read alone ("тысячи")."""
    return lex.markers_change_from | {lex.marker_from, lex.marker_to}


def _word_age(word: str, lex: Lexicon) -> Decimal | None:
    """"сорокалетнего" -> 40, "двадцатипятилетняя" -> 25: a numeral stem, or the stems of tens and units,
    glued to the age stem."""
    for stem in lex.age_stems:
        at = word.find(stem)
        if at > 0:
            head = word[:at]
            return _numeral_stem(head, lex) or _tens_and_units(head, lex)
    return None


def _numeral_stem(head: str, lex: Lexicon) -> Decimal | None:
    for ending in ("", *lex.age_numeral_endings):
        value = number_word_value(head + ending, lex)
        if value is not None:
            return value
    return None


def _tens_and_units(head: str, lex: Lexicon) -> Decimal | None:
    """"двадцатипяти" -> 25: the stem of tens (20 to 90) glued to the stem of units (1 to 9)."""
    for cut in range(_MIN_STEM, len(head) - _MIN_STEM + 1):
        tens = number_word_value(head[:cut], lex)
        if tens is None or tens % 10 or not _TENS_LOW <= tens <= _TENS_HIGH:
            continue
        units = _numeral_stem(head[cut:], lex)
        if units is not None and 1 <= units <= _UNITS_HIGH:
            return tens + units
    return None
