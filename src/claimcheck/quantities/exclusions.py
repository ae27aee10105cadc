"""Numbers that are no amounts: dates, years, times of day, ordinals, codes, numbers glued to letters,
the numbers of referenced items ("статья 282", "№ 5") and numbers inside short names in «…».
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from claimcheck import morph
from claimcheck.lexicon import Lexicon
from claimcheck.numbers import analysable
from claimcheck.quantities.numerals import Number
from claimcheck.quantities.tokens import Token
from claimcheck.quantities.units import adjective_unit_end, digit_age_end, is_noun
from claimcheck.segment import LINE_BREAKS, WORD_RE

__all__ = ["excluded", "is_title", "quoted_spans"]

# How many numbers one reference may list ("статьями 105, 111, 112 и 115"): a bound on the walk back.
_MAX_REFERENCE_NUMBERS: Final = 8
# A «...» of at most this many words, capitalised and without a verb, is a name, not a quotation.
_TITLE_RE: Final = re.compile("«([^«»" + LINE_BREAKS + "]{1,80})»")
_TITLE_WORDS: Final = 6


def excluded(toks: Sequence[Token], i: int, text: str, num: Number, lex: Lexicon) -> bool:
    """Dates, years, times, ordinals, codes and numbers glued to letters are not amounts."""
    tok = toks[i]
    if tok.kind != "num":
        return False
    return (
        _glued_before(text, tok.start)
        or _glued_after(text, toks[num.j - 1].end, lex)
        or _reference_before(toks, i, lex)
        or _date_or_year(toks, i, num, lex)
    )


def _glued_before(text: str, start: int) -> bool:
    """Digits at ``start`` continue a word, a code, a time of day or a date."""
    before = text[start - 1] if start > 0 else " "
    if before.isalpha() or before in "-‐_/#":
        return True
    if before in ":" and start > 1 and text[start - 2].isdigit():
        return True  # the minutes of a time of day ("17:00")
    if before in "+" and start > 1 and text[start - 2].isalnum():
        return True  # an offset glued to a name ("UTC+1")
    return before in ".," and start > 1 and text[start - 2].isdigit()  # a date or a code ("01.01.2024", "1.2.3")


def _glued_after(text: str, end: int, lex: Lexicon) -> bool:
    """Digits that end at ``end`` go on as a time of day, a date, a code, an ordinal or a compound."""
    after = text[end : end + 2]
    if after[:1] in (":", "/") and after[1:2].isdigit():
        return True  # a time of day or a fraction-like code
    if (
        after[:1] in "-‐"
        and after[1:2].isalpha()
        and digit_age_end(text, end, lex) is None
        and adjective_unit_end(text, end, lex) is None
    ):
        return True  # an ordinal or a compound; ages and unit adjectives are amounts
    return after[:1] == "." and after[1:2].isdigit()  # a date such as 30.01.2025


def _date_or_year(toks: Sequence[Token], i: int, num: Number, lex: Lexicon) -> bool:
    """The number is a day of a month ("5 марта"), a year ("2024 года", "в 2024 г.") or a bare
    four-digit year (or a span of years) with no unit after it."""
    tok = toks[i]
    if num.j < len(toks) and toks[num.j].kind == "word":
        lems = morph.lemmas(toks[num.j].lower)
        if not lems.isdisjoint(lex.months):
            return True
        # the cheap tests first: most numbers are no year
        if 1000 <= num.value <= 2100 and num.value == num.value.to_integral_value() and (
            not lems.isdisjoint(lex.year_lemmas) or toks[num.j].lower in lex.year_abbreviations
        ):
            return True
    if num.step == 1 and 1800 <= num.value <= 2100 and len(tok.text) == 4:
        return not (num.j < len(toks) and (toks[num.j].kind == "sym" or is_noun(toks[num.j].text)))
    return False


def _reference_before(toks: Sequence[Token], i: int, lex: Lexicon) -> bool:
    """The number at token i is the number of a referenced item: it follows a reference noun ("статья
    282", "ст. 105", "№ 5"), or another number of the same reference, right after it ("статьей 189
    38": 189.38 with its dot lost) or after a link ("статьи 12 и 15", "пунктам 1, 3 или 7")."""
    j = i - 1  # the token before the first number of the reference, once the walk back is done
    for _ in range(_MAX_REFERENCE_NUMBERS):
        k = j - 1 if j > 0 and toks[j].lower in lex.reference_links else j
        if k < 0 or toks[k].kind != "num":
            break
        j = k - 1
    if j >= 0 and toks[j].text == ".":
        j -= 1
    if j < 0 or toks[j].kind not in ("word", "sym"):
        return False
    low = toks[j].lower
    return low in lex.reference_nouns or bool(morph.lemmas(low) & lex.reference_nouns)


def quoted_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The insides of the «...» of a sentence that may be names (on one line, at most 80 characters):
    those :func:`is_title` takes are (the test is left until a number stands inside one)."""
    return [m.span(1) for m in _TITLE_RE.finditer(text, start, end)]


def is_title(inner: str) -> bool:
    """The inside of a «...» is a name: capitalised, at most six words, no verb ("«Три минуты тишины»")."""
    if not inner[:1].isupper():
        return False  # asked first: no word list to make
    words = [w for w in WORD_RE.findall(inner) if analysable(w)]
    if not words or len(words) > _TITLE_WORDS:
        return False
    return not any(
        morph.has_tag(w, "VERB", best_only=True) or morph.has_tag(w, "INFN", best_only=True) for w in words
    )
