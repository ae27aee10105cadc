"""Numerals written in digits or in words -> (Decimal value, rounding step).

>>> parse_digits("1 599 059")
(Decimal('1599059'), Decimal('1'))
>>> parse_digits("24,2")
(Decimal('24.2'), Decimal('0.1'))
>>> parse_words(["сто", "пятьдесят", "тысяч"])
(Decimal('150000'), 3)
>>> parse_words(["полтора", "миллиона"])
(Decimal('1500000.0'), 2)
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from typing import Final

from claimcheck import morph
from claimcheck.interval import step_of
from claimcheck.lexicon import Lexicon, load

__all__ = [
    "DIGITS_RE",
    "MAX_DIGITS",
    "analysable",
    "number_word_value",
    "parse_digits",
    "parse_words",
    "scale_value",
    "spelled_step",
]

#: Numbers longer than this are not figures a news text states (IDs, hashes, noise): they are skipped.
MAX_DIGITS: Final = 24

#: Digits with an optional sign, thousands grouped by space, NBSP or narrow NBSP, and a decimal part.
DIGITS_RE: Final = re.compile(
    r"(?<![\w.,])(?:[-−+](?=\d))?\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?(?![\d])"
    r"|(?<![\w.,])(?:[-−+](?=\d))?\d+(?:[.,]\d+)?(?![\d])"
)

_SPACES = str.maketrans("", "", " \u00a0\u202f")


def parse_digits(token: str) -> tuple[Decimal, Decimal]:
    """The value and rounding step of a number written in digits ("24,2" -> 24.2, step 0.1).

    Raises ValueError for anything that is not a number or is longer than MAX_DIGITS digits.
    """
    compact = token.translate(_SPACES).replace("−", "-").replace(",", ".")
    if sum(ch.isdigit() for ch in compact) > MAX_DIGITS:
        raise ValueError(f"expected at most {MAX_DIGITS} digits, got {token[:40]!r}")
    try:
        value = Decimal(compact)
    except InvalidOperation as exc:
        raise ValueError(f"expected a number, got {token!r}") from exc
    return value, step_of(token)


@functools.lru_cache(maxsize=65536)
def analysable(word: str) -> bool:
    """The morphological analyser can take ``word``: every character has a Unicode name."""
    return word.isascii() or all(unicodedata.name(ch, "") for ch in word)


def number_word_value(word: str, lex: Lexicon | None = None) -> Decimal | None:
    """The value of one cardinal, collective or fraction word in any form, else None."""
    lex = lex or load()
    if morph.normalize(word) not in numeral_forms(lex) or not analysable(word):
        return None
    for lem in morph.lemmas(word.lower()):
        for table in (lex.cardinals, lex.collectives):
            if lem in table:
                return table[lem]
    return None


@functools.cache
def numeral_forms(lex: Lexicon) -> frozenset[str]:
    """Every form of the cardinal and collective numerals: most words are none, and need no parse."""
    return morph.word_forms((*lex.cardinals, *lex.collectives))


@functools.cache
def scale_forms(lex: Lexicon) -> frozenset[str]:
    """Every form of the scale words ("тысяча", "миллионами")."""
    return morph.word_forms(lex.scales)


def scale_value(word: str, lex: Lexicon) -> Decimal | None:
    """The factor of a scale word in any form ("тысячи", "млн."), else None."""
    key = word.lower().rstrip(".")
    if key in lex.scales:
        return lex.scales[key]
    if morph.normalize(key) not in scale_forms(lex) or not analysable(key):
        return None  # most words: no parse needed to tell
    return next((lex.scales[lem] for lem in morph.lemmas(key) if lem in lex.scales), None)


def parse_words(words: Sequence[str], lex: Lexicon | None = None) -> tuple[Decimal, int] | None:
    """A number written in words at the start of ``words``: its value and how many words it used.

    Cardinals add up within a group ("сто пятьдесят"), a scale word multiplies the group before it
    ("сто пятьдесят тысяч"), and groups add up ("две тысячи пятьсот"). A scale word with no number
    before it is not a number here ("миллион" alone is left to the caller). Returns None if the first
    word is not a numeral.
    """
    lex = lex or load()
    total = Decimal(0)
    group = Decimal(0)
    used = 0
    seen_number = False
    for word in words:
        value = number_word_value(word, lex)
        if value is not None:
            group += value
            used += 1
            seen_number = True
            continue
        scale = scale_value(word, lex) if seen_number else None
        if scale is not None and group:
            total += group * scale
            group = Decimal(0)
            used += 1
            continue
        break
    if not seen_number:
        return None
    return total + group, used


def spelled_step(words: Sequence[str], lex: Lexicon | None = None) -> Decimal:
    """The rounding step of a number written in words (the words parse_words used).

    A spelt figure is as precise as a written one would be: "два миллиона" is rounded like "2 млн" (step
    one million), "полтора миллиона" to the half million, "двадцать четыре" to the unit.

    >>> spelled_step(["два", "миллиона"]), spelled_step(["полтора", "миллиона"]), spelled_step(["двадцать", "четыре"])
    (Decimal('1000000'), Decimal('500000'), Decimal('1'))
    """
    lex = lex or load()
    if len(words) < 2:
        return Decimal(1)
    scale = scale_value(words[-1], lex)
    if scale is None:
        return Decimal(1)  # a group after the last scale word ("две тысячи пятьсот"): to the unit
    group = Decimal(0)
    for word in reversed(words[:-1]):
        value = number_word_value(word, lex)
        if value is None:
            break
        group += value
    return scale / 2 if group != group.to_integral_value() else scale
