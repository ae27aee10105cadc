"""What follows a number and says what it counts: scale words ("млрд", "тыс."), unit abbreviations,
currency symbols and words, measures, counted nouns, and units glued to digits by a hyphen
("30-летний", "100-долларовой").
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from decimal import Decimal
from typing import Final

from attrs import frozen

from claimcheck import morph
from claimcheck.lexicon import Lexicon
from claimcheck.numbers import analysable
from claimcheck.quantities.tokens import Token, token_from

__all__ = [
    "Scale", "UnitEnd", "adjective_unit_end", "digit_age_end", "glued_unit", "is_noun", "prepare", "scale_at",
    "unit_after",
]


# Parts of speech that end a noun phrase: a preposition, a finite verb, a short participle, a numeral.
_AFTER_NOUN_PHRASE: Final = ("PREP", "VERB", "PRTS", "NUMR")


def prepare(lex: Lexicon) -> None:
    """Build the tables this module derives from ``lex`` (see :func:`claimcheck.analysis.prepare`)."""
    _abbreviation_index(lex)
    _phrase_heads(lex)


@frozen
class Scale:
    """A scale word ("млрд", "тыс.", "миллиона"): its factor, where its text ends (an abbreviation's
    dot included) and the index of the token after it."""

    factor: Decimal
    end: int
    next: int


def scale_at(toks: Sequence[Token], k: int, text: str, lex: Lexicon) -> Scale | None:
    """The scale word at token k, if there is one."""
    if k >= len(toks) or toks[k].kind != "word":
        return None
    tok = toks[k]
    key = tok.lower
    factor = lex.scales.get(key)
    if factor is None:
        factor = next((lex.scales[lem] for lem in morph.lemmas(key) if lem in lex.scales), None)
    if factor is None:
        return None
    end = tok.end
    if key in lex.scales and text[end : end + 1] == ".":
        # A dot before a lower-case word belongs to the abbreviation; otherwise it ends the sentence.
        rest = text[end + 1 : end + 3]
        if rest[:1] == " " and rest[1:2].islower():
            end += 1
    return Scale(factor, end, _after_scale(toks, k, end))


def _after_scale(toks: Sequence[Token], k: int, pos: int) -> int:
    """The token index after a scale word at k whose text (with its dot) ends at ``pos``."""
    k += 1
    if k < len(toks) and toks[k].text == "." and toks[k].start < pos:
        k += 1
    return k


@functools.cache
def _abbreviation_index(lex: Lexicon) -> dict[str, tuple[tuple[str, str], ...]]:
    """The unit abbreviations of ``lex`` grouped by their first character (lower case)."""
    index: dict[str, list[tuple[str, str]]] = {}
    for abbr, code in lex.abbreviations.items():
        index.setdefault(abbr[0].lower(), []).append((abbr.lower(), code))
    return {first: tuple(items) for first, items in index.items()}


def _abbreviation_at(text: str, pos: int, lex: Lexicon) -> tuple[str, int] | None:
    """A literal unit abbreviation starting at ``pos`` (after optional spaces): (code, end)."""
    limit = pos + 8
    while pos < len(text) and pos < limit and text[pos] in " \u00a0\u202f":
        pos += 1
    best: tuple[str, int] | None = None
    for abbr, code in _abbreviation_index(lex).get(text[pos : pos + 1].lower(), ()):
        end = pos + len(abbr)
        if text[pos:end].lower() == abbr:
            nxt = text[end : end + 1]
            if abbr[-1].isalpha() and (nxt.isalnum() or (nxt != "" and nxt in "-‐")):
                continue
            if best is None or end > best[1]:
                best = (code, end)
    return best


@frozen
class UnitEnd:
    """A unit stated in the text: its code, where its words end, and the index of the token after them."""

    code: str
    end: int
    next: int


def unit_after(
    toks: Sequence[Token], k: int, text: str, pos: int, lex: Lexicon, *, digits: bool, value: Decimal | None = None
) -> UnitEnd | None:
    """The unit that follows a number whose text ends at ``pos`` and whose next token is ``k``.

    A counted noun may stand after up to three modifiers ("99 казахско-российских проектов"); with
    no noun after them the modifiers themselves are counted ("2 золотых, 5 серебряных"). ``value`` is
    the number's, when known with no scale: a noun that ranks or counts ("место") counts in the form
    a count takes ("54 места") and ranks in another ("на 26 место").
    """
    marked = _marked_unit(toks, k, text, pos, lex)
    if marked is not None:
        return marked
    n = k
    while n < min(k + 4, len(toks)) and toks[n].kind == "word":
        tok = toks[n]
        lems = morph.lemmas(tok.lower)
        named = _phrase_or_currency(toks, n, lems, lex)
        if named is not None:
            return named
        lem = next((lem for lem in lems if lem in lex.unit_lemmas), None)
        if lem is not None:  # a measure; some count only right after the number
            return None if n > k and lem in lex.adjacent_units else UnitEnd(lex.unit_lemmas[lem], tok.end, n + 1)
        if is_noun(tok.text) and not tok.text[:1].isupper():
            if digits and lems & lex.not_counts and not _counts_in_form(tok.text, lems, value, lex):
                return None
            return UnitEnd("count", tok.end, n + 1)
        if not _is_modifier(tok.text) or (n > k and _ends_noun_phrase(tok.text)):
            break  # a numeral after a modifier starts a figure of its own ("из трёх пострадавших двоих")
        n += 1
    return _counted_modifiers(toks, k, n, unscaled=value is not None)


def _counts_in_form(word: str, lems: frozenset[str], value: Decimal | None, lex: Lexicon) -> bool:
    """A noun that ranks or counts ("место") counts after ``value`` in the plural, in the genitive
    singular ("54 места") and after a number ending in one ("51 место"); in another singular form it
    ranks ("на 26 место", "на 59 месте", "1 место")."""
    if value is None or not lems & lex.ranks_or_counts or value != value.to_integral_value():
        return False
    n = int(value)
    if n % 10 == 1 and n % 100 != 11 and n != 1:
        return True
    ps = morph.parses(word)
    return bool(ps) and ("plur" in ps[0].tag or "gent" in ps[0].tag)


def _marked_unit(toks: Sequence[Token], k: int, text: str, pos: int, lex: Lexicon) -> UnitEnd | None:
    """A unit abbreviation ("км", "т") or a currency symbol right after the number."""
    abbr = _abbreviation_at(text, pos, lex)
    if abbr is not None:
        code, end = abbr
        return UnitEnd(code, end, token_from(toks, k, end))
    if k < len(toks) and toks[k].kind == "sym" and toks[k].text in lex.currency_symbols:
        return UnitEnd(lex.currency_symbols[toks[k].text], toks[k].end, k + 1)
    return None


def _phrase_or_currency(toks: Sequence[Token], n: int, lems: frozenset[str], lex: Lexicon) -> UnitEnd | None:
    """A unit of two words at token ``n`` ("квадратных метров"), or a currency with an optional
    qualifier after it ("долларов", "долларов США")."""
    # The phrases' first lemmas asked first: most words start none, and the next word is not parsed.
    if n + 1 < len(toks) and toks[n + 1].kind == "word" and not lems.isdisjoint(_phrase_heads(lex)):
        nxt = morph.lemmas(toks[n + 1].lower)
        pairs = (f"{a} {b}" for a in lems for b in nxt)
        phrase = next((lex.unit_phrases[pair] for pair in pairs if pair in lex.unit_phrases), None)
        if phrase is not None:
            return UnitEnd(phrase, toks[n + 1].end, n + 2)
    code = next((lex.currency_lemmas[lem] for lem in lems if lem in lex.currency_lemmas), None)
    if code is None:
        return None
    nk = n + 1
    if nk < len(toks) and toks[nk].text in lex.currency_qualifiers:
        return UnitEnd(lex.currency_qualifiers[toks[nk].text], toks[nk].end, nk + 1)
    return UnitEnd(code, toks[n].end, nk)


@functools.cache
def _phrase_heads(lex: Lexicon) -> frozenset[str]:
    """The first lemmas of the lexicon's units of two words ("квадратный" of "квадратный метр")."""
    return frozenset(phrase.split(" ", 1)[0] for phrase in lex.unit_phrases)


def _counted_modifiers(toks: Sequence[Token], k: int, n: int, *, unscaled: bool) -> UnitEnd | None:
    """Modifiers at tokens [k, n) with no noun after them count themselves ("2 золотых, 5
    серебряных", "12 погибших в ДТП", "10 пострадавших госпитализированы"), if the last is plural, or a
    word that stands for a noun in the singular ("об одном пострадавшем", "21 раненый"), and not
    capitalised: what follows them is no word or a conjunction, or, after a number with no scale word, a
    preposition or a verb (after one, "75 млн набежавших на тот момент процентов" goes on)."""
    if n > k and (
        n == len(toks)
        or toks[n].kind != "word"
        or morph.has_tag(toks[n].text, "CONJ", best_only=True)
        or (unscaled and _ends_noun_phrase(toks[n].text))
    ):
        last = toks[n - 1]
        counts = morph.has_tag(last.text, "plur") or morph.has_tag(last.text, "Subx", best_only=True)
        if counts and not last.text[:1].isupper():
            return UnitEnd("count", last.end, n)
    return None


def _ends_noun_phrase(word: str) -> bool:
    """The word cannot go on the noun phrase before it: a preposition, a verb or a numeral."""
    ps = morph.parses(word) if analysable(word) else ()
    return bool(ps) and ps[0].tag.POS in _AFTER_NOUN_PHRASE


def is_noun(word: str) -> bool:
    """The word's likeliest reading is a noun."""
    ps = morph.parses(word) if analysable(word) else ()
    return bool(ps) and ps[0].tag.POS == "NOUN"


def _is_modifier(word: str) -> bool:
    ps = morph.parses(word) if analysable(word) else ()
    return bool(ps) and ps[0].tag.POS in ("ADJF", "PRTF", "NUMR") and not word[:1].isdigit()


def digit_age_end(text: str, pos: int, lex: Lexicon) -> int | None:
    """End of an age compound right after digits: "-летний", "-ти летний", " летний"."""
    j = pos
    if text[j : j + 1] in ("-", "‐"):
        j += 1
        for link in lex.age_links:
            if text[j : j + len(link)].lower() == link and not text[j + len(link) : j + len(link) + 1].isalpha():
                j += len(link)
                break
    if text[j : j + 1] == " ":
        j += 1
    if j == pos or not any(text[j : j + len(stem)].lower() == stem for stem in lex.age_stems):
        return None
    while j < len(text) and text[j].isalpha():
        j += 1
    return j


def adjective_unit_end(text: str, pos: int, lex: Lexicon) -> tuple[str, int] | None:
    """A unit adjective glued to digits by a hyphen ("100-долларовой"): (code, end offset)."""
    if text[pos : pos + 1] not in ("-", "‐"):
        return None
    j = pos + 1
    stem_end = j
    while stem_end < len(text) and text[stem_end].isalpha() and stem_end - j < 30:
        stem_end += 1
    word = text[j:stem_end].lower()
    for stem, code in lex.currency_adjectives.items():
        if word.startswith(stem) and len(word) > len(stem):
            return code, stem_end
    return None


def glued_unit(text: str, pos: int, lex: Lexicon, *, age: bool, adjective: bool) -> tuple[str, int] | None:
    """A unit glued by a hyphen to digits that end at ``pos``: an age ("30-летний", if ``age``) or a
    unit adjective ("100-долларовой", if ``adjective``); (code, end offset)."""
    if age:
        age_end = digit_age_end(text, pos, lex)
        if age_end is not None:
            return "year", age_end
    return adjective_unit_end(text, pos, lex) if adjective else None
