"""Reading the number that starts at a token: digits, number words ("сто пятьдесят тысяч"), fractions
("половина"), multipliers, collectives, ages glued to a numeral ("сорокалетнего") and scale words
standing alone ("несколько сотен", "миллион").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from decimal import Decimal

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

__all__ = ["Number", "may_start_number", "number_start", "prepare", "read_number"]


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
    return _number_word(i, tok.lower, lex) or _bare_scale(toks, i, lex) or _spelled(toks, i, lex)


def _number_word(i: int, low: str, lex: Lexicon) -> Number | None:
    """A word that is a number by itself: a fraction ("половина"), a multiplier, a collective
    ("двое"), a count adverb, or an age glued to a numeral ("сорокалетнего")."""
    for lem in morph.lemmas(low):
        if lem in lex.fractions:
            return Number(i, i + 1, lex.fractions[lem], Decimal("0.0001"), unit="fraction")
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
    return Number(i, i + used, value, spelled_step(words[:used], lex))


def prepare(lex: Lexicon) -> None:
    """Build the tables this module derives from ``lex`` (see :func:`claimcheck.analysis.prepare`)."""
    number_start(lex)


@functools.cache
def _number_forms(lex: Lexicon) -> frozenset[str]:
    """Every form of the lemmas that are numbers by themselves (fractions, multipliers, collectives,
    count adverbs): looking a word up here spares parsing the many words that are none of them."""
    return morph.word_forms((*lex.fractions, *lex.multipliers, *lex.collectives, *lex.count_adverbs))


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
    scale (``vague``); a singular one ("миллион долларов", "более тысячи") is the scale itself.
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
    if any("plur" in t and ("nomn" in t or "accs" in t) for t in tags):
        return Number(i, j, value, Decimal(1), vague=True)
    if any("sing" in t for t in tags):
        return Number(i, j, value, Decimal(1))
    return None


def _word_age(word: str, lex: Lexicon) -> Decimal | None:
    """"сорокалетнего" -> 40: a numeral stem glued to the age stem."""
    for stem in lex.age_stems:
        at = word.find(stem)
        if at > 0:
            head = word[:at]
            for ending in ("", *lex.age_numeral_endings):
                value = number_word_value(head + ending, lex)
                if value is not None:
                    return value
            return None
    return None
