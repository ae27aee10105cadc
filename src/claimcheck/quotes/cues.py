"""Speech cues: the verbs and set phrases of the lexicon that report speech ("заявил", "обратили
внимание"), found among a text's words.

One question is asked of a word: what cue may it be (:func:`cue_word`)? A speech verb in a reporting
form, the first word of set phrases, both, or (for most words) none, which a set lookup tells without
a parse.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from attrs import frozen

from claimcheck import morph
from claimcheck.lexicon import Lexicon
from claimcheck.segment import Document, Word
from claimcheck.wordcache import per_lexicon


@frozen(order=True)
class CuePhrase:
    """A set phrase that is a cue as a whole ("обратить внимание"): its words (lemmas or word forms)
    and its position in the lexicon, which orders the phrases that start alike."""

    order: int
    words: tuple[str, ...]


@frozen
class CueForms:
    """Every form of the lexicon's cue words, made once per lexicon."""

    verbs: frozenset[str]  # every form of a cue verb
    phrase_starts: frozenset[str]  # every form of a cue phrase's first word
    either: frozenset[str]
    any_cue: frozenset[str]  # either, and every form of a verb of manner (:func:`after_quotation_forms`)


# Words that may stand inside a cue phrase, by part of speech, and how many.
_PHRASE_INSERTS = frozenset({"NPRO", "ADVB", "ADJF"})
_MAX_PHRASE_INSERTS = 2


@frozen
class CueWord:
    """What cue a word may be: a speech verb in a reporting form (not "напомним", not an infinitive
    or a participle), and the cue phrases it may start."""

    verb: bool
    phrases: tuple[CuePhrase, ...]


@functools.cache
def cue_forms(lex: Lexicon) -> CueForms:
    """The :class:`CueForms` of ``lex``: most words of a text are none of them, and a set lookup tells
    so without a parse or a cache."""
    verbs = morph.word_forms(lex.speech_verbs | lex.document_verbs)
    starts = morph.word_forms(_cue_phrase_index(lex.cue_phrases))
    return CueForms(verbs, starts, verbs | starts, verbs | starts | after_quotation_forms(lex))


def cue_word(word: str, lex: Lexicon) -> CueWord | None:
    """What cue ``word`` may be; None when it is no cue and starts no cue phrase."""
    if morph.normalize(word) not in cue_forms(lex).either:
        return None
    return _cue_word(word, lex)


def is_cue(word: str, lex: Lexicon) -> bool:
    """``word`` is a speech verb in a reporting form."""
    found = cue_word(word, lex)
    return found is not None and found.verb


@functools.cache
def after_quotation_forms(lex: Lexicon) -> frozenset[str]:
    """Every form of the verbs of manner that attribute speech only in an inverted attribution."""
    return morph.word_forms(lex.after_quotation_verbs)


def is_after_quotation_cue(word: str, lex: Lexicon) -> bool:
    """``word`` is a finite verb of manner that attributes a quotation it follows after a dash
    ("«…», — возмущается он"), not in the first person."""
    if morph.normalize(word) not in after_quotation_forms(lex):
        return False
    ps = morph.parses(word.lower())
    if not ps or ps[0].tag.POS != "VERB" or "1per" in ps[0].tag or "impr" in ps[0].tag:
        return False
    return bool(morph.lemmas(word.lower()) & lex.after_quotation_verbs)


@per_lexicon(maxsize=65536)
def _cue_word(word: str, lex: Lexicon) -> CueWord | None:
    """:func:`cue_word` of a form of a cue word, cached per word form (a text has tens of thousands)."""
    forms = cue_forms(lex)
    low = morph.normalize(word)
    verb = low in forms.verbs and _reports(word, lex)
    phrases = _phrases_from(word, lex) if low in forms.phrase_starts else ()
    return CueWord(verb, phrases) if verb or phrases else None


@functools.cache
def views_needing_content(lex: Lexicon) -> frozenset[str]:
    """Verbs of a view that report only with the content they need ("рассчитывает, что"): without it
    ("рассчитывает убедить", "не исключено") they report nothing."""
    return lex.opinion_verbs & lex.content_required


def _reports(word: str, lex: Lexicon) -> bool:
    """A form of a cue verb that reports: a finite verb, a gerund or a short participle, neither in the
    first person ("напомним") nor an imperative."""
    lemmas = morph.lemmas(word.lower())
    if not lemmas & (lex.speech_verbs | lex.document_verbs):
        return False
    ps = morph.parses(word.lower())
    if not ps:
        return False
    tag = ps[0].tag
    if tag.POS not in ("VERB", "GRND", "PRTS"):
        return False
    if tag.POS == "PRTS" and lemmas & lex.purpose_participles:
        return False  # "фестиваль призван привлечь внимание": a purpose, nobody's request
    if tag.POS != "VERB" and lemmas & views_needing_content(lex):
        return False  # "не исключено, что" is the author's modality, "исключив из списка" no view
    if "futr" in tag and not any("pres" in p.tag for p in ps):
        return False  # "заявит", "продолжит": speech still to come is no report ("констатирует" is present)
    return not ("1per" in tag or "impr" in tag)


def _phrases_from(first: str, lex: Lexicon) -> tuple[CuePhrase, ...]:
    """The cue phrases whose first word ``first`` matches (by lemma or lower case), in lexicon order."""
    by_first = _cue_phrase_index(lex.cue_phrases)
    low = first.lower()
    lem = morph.lemma(first)
    candidates = by_first.get(lem, ())
    if low != lem and low in by_first:
        candidates = tuple(sorted((*candidates, *by_first[low])))
    return candidates


@functools.cache
def _cue_phrase_index(phrases: tuple[str, ...]) -> dict[str, tuple[CuePhrase, ...]]:
    """Cue phrases by their first word, in lexicon order."""
    index: dict[str, list[CuePhrase]] = {}
    for n, phrase in enumerate(phrases):
        parts = tuple(phrase.split())
        if parts:
            index.setdefault(parts[0], []).append(CuePhrase(n, parts))
    return {first: tuple(entries) for first, entries in index.items()}


def cue_end(ws: Sequence[Word], k: int, lex: Lexicon) -> int | None:
    """Index of the last word of the cue that starts at word ``k``: of a cue phrase ("обратили
    внимание"), else the cue verb itself; None if no cue starts there."""
    found = cue_word(ws[k].text, lex)
    if found is None:
        return None
    end = _phrase_end(ws, k, found.phrases)
    if end is not None:
        return end
    return k if found.verb else None


def _phrase_end(ws: Sequence[Word], k: int, phrases: Sequence[CuePhrase]) -> int | None:
    """End word index of the first of ``phrases`` that starts at word ``k``, if one does."""
    for phrase in phrases:
        end = _matched_from(ws, k, phrase.words)
        if end is not None:
            return end
    return None


def _matched_from(ws: Sequence[Word], k: int, parts: Sequence[str]) -> int | None:
    """End word index of the phrase ``parts`` read from word ``k``; after its first word up to
    _MAX_PHRASE_INSERTS pronouns, adverbs or adjectives may stand between its words ("дали ему чётко
    понять", "выразил глубокую озабоченность")."""
    j = k
    for i, part in enumerate(parts):
        skipped = 0
        while i and j < len(ws) and skipped < _MAX_PHRASE_INSERTS and not _is_part(ws[j], part):
            if morph.part_of_speech(ws[j].text) not in _PHRASE_INSERTS:
                return None
            j += 1
            skipped += 1
        if j >= len(ws) or not _is_part(ws[j], part):
            return None
        j += 1
    return j - 1


def _is_part(w: Word, part: str) -> bool:
    """Word ``w`` is the phrase word ``part`` (by lemma or lower case)."""
    return morph.lemma(w.text) == part or w.text.lower() == part


def negated(ws: Sequence[Word], k: int, lex: Lexicon) -> bool:
    """The cue at word ``k`` is negated and so reports nothing ("ещё не объявил о переносе", "никогда
    не сообщалось о …"); a negated view or denial ("не исключил, что") still states something."""
    if k == 0 or ws[k - 1].text.lower() != lex.negation:
        return False
    return bool(morph.lemmas(ws[k].text.lower()) & lex.negation_silenced)


def cue_index(ws: Sequence[Word], lex: Lexicon, start: int = 0, stop: int | None = None) -> int | None:
    """Index of the first cue verb among words [start, stop), if any."""
    for k in range(start, len(ws) if stop is None else stop):
        if is_cue(ws[k].text, lex):
            return k
    return None


def cue_starts(doc: Document, lex: Lexicon) -> list[int]:
    """Where a word that may be a cue starts (a verb of manner too), in text order. The words are looked
    up in the set of cue forms at C speed (:meth:`claimcheck.segment.Document.word_indices`); only those
    found are asked further."""
    ws = doc.words()
    return [
        ws[i].start
        for i in doc.word_indices(cue_forms(lex).any_cue)
        if _cue_word(ws[i].text, lex) is not None or is_after_quotation_cue(ws[i].text, lex)
    ]
