"""Speech cues: the verbs and set phrases of the lexicon that report speech ("заявил", "обратили
внимание"), found among a text's words."""

from __future__ import annotations

import bisect
import functools
from collections.abc import Sequence

from claimcheck import morph
from claimcheck.lexicon import Lexicon
from claimcheck.segment import Document, Word
from claimcheck.wordcache import per_lexicon


@functools.cache
def cue_forms(lex: Lexicon) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(every form of a cue verb, every form of a cue phrase's first word, both) of ``lex``, made once:
    most words of a text are none of them, and a set lookup tells so without a parse or a cache."""
    verbs = morph.word_forms(lex.speech_verbs | lex.document_verbs)
    firsts = morph.word_forms(_cue_phrase_index(lex.cue_phrases))
    return verbs, firsts, verbs | firsts


def is_cue(word: str, lex: Lexicon) -> bool:
    """A speech verb in a reporting form (not "напомним", not an infinitive or participle)."""
    return morph.normalize(word) in cue_forms(lex)[0] and _is_cue_form(word, lex)


@per_lexicon(maxsize=65536)
def _is_cue_form(word: str, lex: Lexicon) -> bool:
    """:func:`is_cue` for a form of a cue verb, cached per word form."""
    if not morph.lemmas(word.lower()) & (lex.speech_verbs | lex.document_verbs):
        return False
    ps = morph.parses(word.lower())
    if not ps:
        return False
    tag = ps[0].tag
    if tag.POS not in ("VERB", "GRND", "PRTS"):
        return False
    return not ("1per" in tag or "impr" in tag)


def phrase_cue(ws: Sequence[Word], k: int, lex: Lexicon) -> int | None:
    """End word index of a cue phrase starting at word ``k`` ("обратили внимание"), if one does."""
    for _order, parts in _cue_phrases_from(ws[k].text, lex):
        if k + len(parts) > len(ws):
            continue
        if all(morph.lemma(ws[k + i].text) == part or ws[k + i].text.lower() == part for i, part in enumerate(parts)):
            return k + len(parts) - 1
    return None


def may_cue(word: str, lex: Lexicon) -> bool:
    """``word`` is a cue, or the first word of a cue phrase."""
    return morph.normalize(word) in cue_forms(lex)[2] and _may_cue_form(word, lex)


@per_lexicon(maxsize=65536)
def _may_cue_form(word: str, lex: Lexicon) -> bool:
    """:func:`may_cue` of a form of a cue word, cached per word form (a text has tens of thousands)."""
    return bool(_cue_phrases_from(word, lex)) or is_cue(word, lex)


@per_lexicon(maxsize=65536)
def _cue_phrases_from(first: str, lex: Lexicon) -> tuple[tuple[int, tuple[str, ...]], ...]:
    """The cue phrases whose first word ``first`` matches (by lemma or lower case), in lexicon order;
    cached per word form, as most words start none."""
    if morph.normalize(first) not in cue_forms(lex)[1]:
        return ()
    by_first = _cue_phrase_index(lex.cue_phrases)
    low = first.lower()
    lem = morph.lemma(first)
    candidates = by_first.get(lem, ())
    if low != lem and low in by_first:
        candidates = tuple(sorted((*candidates, *by_first[low])))
    return candidates


@functools.cache
def _cue_phrase_index(phrases: tuple[str, ...]) -> dict[str, tuple[tuple[int, tuple[str, ...]], ...]]:
    """Cue phrases by their first word: (position in the lexicon, words), in lexicon order."""
    index: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
    for n, phrase in enumerate(phrases):
        parts = tuple(phrase.split())
        if parts:
            index.setdefault(parts[0], []).append((n, parts))
    return {first: tuple(entries) for first, entries in index.items()}


def cue_index(ws: Sequence[Word], lex: Lexicon, start: int = 0, stop: int | None = None) -> int | None:
    for k in range(start, len(ws) if stop is None else stop):
        if is_cue(ws[k].text, lex):
            return k
    return None


def cue_starts(doc: Document, lex: Lexicon) -> list[int]:
    """Where a word that may be a cue starts, in text order. The words are looked up in the set of
    cue forms at C speed (:meth:`claimcheck.segment.Document.word_indices`); only those found are checked further."""
    ws = doc.words()
    return [ws[i].start for i in doc.word_indices(cue_forms(lex)[2]) if _may_cue_form(ws[i].text, lex)]


def any_between(positions: Sequence[int], start: int, end: int) -> bool:
    """One of the sorted ``positions`` lies in [start, end)."""
    at = bisect.bisect_left(positions, start)
    return at < len(positions) and positions[at] < end
