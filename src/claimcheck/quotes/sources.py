"""Indirect speech by a source phrase: "По словам X, …", "…, по данным X.", "Как сообщил X, …"."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence

from attrs import frozen

from claimcheck import morph
from claimcheck.lexicon import Lexicon
from claimcheck.quotes.cues import cue_index
from claimcheck.quotes.found import (
    MIN_CONTENT_CHARS,
    RawQuote,
    content,
    kind_of,
    trim,
)
from claimcheck.quotes.marks import marks
from claimcheck.segment import Document, Sentence, Word, any_between
from claimcheck.speakers import (
    Mention,
    first_at,
    is_initial,
    mention_at,
    possessive_mention,
    speaker_after,
    speaker_before,
)

# Words that may stand inside a source phrase, after its first word ("по его словам", "по последним
# данным", "как ранее сообщал"): pronouns, adjectives, adverbs and particles.
_INNER_PARTS = frozenset({"NPRO", "ADJF", "ADVB", "PRCL", "COMP"})
# At most this many such words.
_MAX_INNER_WORDS = 2
# The first part of a clause a source phrase interrupts opens with one of these parts of speech (a
# noun phrase: "Их первой жертвой, по словам …") and has at least this many words.
_LEAD_OPENERS = frozenset({"NOUN", "ADJF", "NPRO", "NUMR", "PRTF"})
_MIN_LEAD_WORDS = 3
_INNER = r"((?:\s+[\w-]+){0,MAX}?)".replace("MAX", str(_MAX_INNER_WORDS))


def _phrase_pattern(phrase: str) -> str:
    """The pattern of a source phrase with room for words after its first word."""
    first, _, rest = phrase.partition(" ")
    body = re.escape(first) + (_INNER + r"\s+" + re.escape(rest) if rest else "")
    return r"(?<![\w-])" + body + r"(?![\w-])"


def _literal(phrase: str) -> str:
    """What every match of a source phrase's pattern holds as it is: its words after the first (or its
    one word). A sentence without it cannot hold the phrase, told by a plain substring test before the
    pattern with room for inner words, which costs a try at every "по" and "как"."""
    return phrase.partition(" ")[2] or phrase


@functools.cache
def source_phrase_re(lex: Lexicon) -> re.Pattern[str]:
    """Any source phrase (in lower case): a quick test before the phrases are looked at in order."""
    return re.compile("|".join(_phrase_pattern(p) for p in lex.source_phrases))


@functools.cache
def source_phrase_res(lex: Lexicon) -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    """Each source phrase's literal, first word and pattern, in lexicon order."""
    return tuple((_literal(p), p.partition(" ")[0], re.compile(_phrase_pattern(p))) for p in lex.source_phrases)


@functools.cache
def source_phrase_heads(lex: Lexicon) -> frozenset[str]:
    """The first word of every source phrase's literal (normalised): a sentence that holds a phrase holds
    that word as a word of its own."""
    return frozenset(source_phrase_orders(lex))


@functools.cache
def source_phrase_orders(lex: Lexicon) -> dict[str, tuple[int, ...]]:
    """The positions in the lexicon of the source phrases, by the first word of their literal,
    normalised."""
    orders: dict[str, list[int]] = {}
    for n, phrase in enumerate(lex.source_phrases):
        orders.setdefault(morph.normalize(_literal(phrase).split(" ")[0]), []).append(n)
    return {head: tuple(found) for head, found in orders.items()}


def _phrases_in(
    doc: Document, s: Sentence, ws: Sequence[Word], lex: Lexicon
) -> Sequence[tuple[str, str, re.Pattern[str]]]:
    """The literal, first word and pattern of each source phrase whose literal's first word is a word of
    sentence ``s``, in lexicon order (every phrase when a word is cut by the sentence's bounds)."""
    starts = doc.starts_of(source_phrase_heads(lex))
    at = bisect.bisect_left(starts, s.start)
    orders: set[int] = set()
    by_head = source_phrase_orders(lex)
    for pos in starts[at : bisect.bisect_left(starts, s.end)]:
        k = first_at(ws, pos)
        found = by_head.get(morph.normalize(ws[k].text)) if k < len(ws) and ws[k].start == pos else None
        if found is None:
            return source_phrase_res(lex)
        orders.update(found)
    every = source_phrase_res(lex)
    return [every[n] for n in sorted(orders)]


def may_hold_source_phrase(doc: Document, start: int, end: int, lex: Lexicon) -> bool:
    """Whether ``doc.text[start:end]`` holds any source phrase: the words of the text that may open one
    are asked first (found once per text), since most spans hold none."""
    if not any_between(doc.starts_of(source_phrase_heads(lex)), start, end):
        return False
    return source_phrase_re(lex).search(doc.text[start:end].lower()) is not None


@frozen
class _Named:
    """Whom a source names, and the comma its content follows (None when there is none)."""

    speaker: Mention | None
    comma: int | None


def source_phrase(doc: Document, s: Sentence, ws: Sequence[Word], lex: Lexicon) -> RawQuote | None:
    """ "По словам X, …" / "Как сообщил X, …" at the start (or after a comma), or "…, — по данным X." at the end."""
    phrases = _phrases_in(doc, s, ws, lex)
    if not phrases:
        return None  # most sentences: none of the phrases at all (the patterns are tried one by one below)
    low = doc.text[s.start : s.end].lower()
    for literal, first, pattern in phrases:
        # A match opens with the phrase's first word: the pattern, which steps through the text
        # character by character, is searched from where that word first stands.
        at = low.find(first) if literal in low else -1
        m = pattern.search(low, at) if at >= 0 else None
        if m is None:
            continue
        inner = _inner_words(ws, s.start + m.start(1), s.start + m.end(1)) if m.re.groups else []
        if inner is None or (inner and not _inner_fits(doc, s, ws, s.start + m.end(), inner, lex)):
            continue
        as_phrase = low[m.start() :].startswith(lex.as_word + " ")
        cue = (s.start + m.start(), s.start + m.end())
        found = _source_report(doc, s, ws, cue, lex, inner=inner, as_phrase=as_phrase)
        if found is not None:
            return found
    return None


def interrupted_lead(doc: Document, s: Sentence, found: RawQuote, lex: Lexicon) -> RawQuote | None:
    """ "Их первой жертвой, по словам президента, становится реформа": the words before a source phrase
    that interrupts a clause are its first part, reported as an interrupted quotation's is. Words that
    open the sentence as the author's own (a connective or a circumstance: "Вместе с тем,", "На данный
    момент,") are not: the first part opens with a noun phrase and has at least three words."""
    text = doc.text
    if found.cue is None or found.start < found.cue[1]:
        return None
    if source_phrase_re(lex).fullmatch(text[found.cue[0] : found.cue[1]].lower()) is None:
        return None
    before = text[s.start : found.cue[0]].rstrip()
    if not before.endswith(","):
        return None
    start, end = trim(text, s.start, s.start + len(before) - 1, marks(lex))
    words = doc.words(start, end)
    if len(words) < _MIN_LEAD_WORDS or end - start < MIN_CONTENT_CHARS or any(ch in text[start:end] for ch in ",;:"):
        return None
    if morph.part_of_speech(words[0].text) not in _LEAD_OPENERS or morph.part_of_speech(words[-1].text) == "CONJ":
        return None  # "…, и, по данным X, …": the phrase opens a clause of its own
    return RawQuote(start, end, kind_of(text, start, end, marks(lex)), found.cue, found.mention)


def _inner_words(ws: Sequence[Word], start: int, end: int) -> list[Word] | None:
    """The words inside a source phrase, between ``start`` and ``end``; None when one of them may not
    stand there."""
    if start >= end:
        return []
    inner = list(ws[first_at(ws, start) : first_at(ws, end)])
    if any(morph.part_of_speech(w.text) not in _INNER_PARTS for w in inner):
        return None
    return inner


def _source_report(
    doc: Document,
    s: Sentence,
    ws: Sequence[Word],
    cue: tuple[int, int],
    lex: Lexicon,
    *,
    inner: Sequence[Word],
    as_phrase: bool,
) -> RawQuote | None:
    """The report the source phrase at ``cue`` makes, if it makes one: the source follows the phrase,
    or is a possessive inside it ("по его словам"). A phrase with other words inside ("по последним
    данным") reports only when a source follows."""
    text = doc.text
    p_start, p_end = cue
    if p_end < len(text) and text[p_end].isalnum():
        return None
    idx = first_at(ws, p_end)
    if idx == len(ws):
        return None
    preposition = (
        idx + 1 < len(ws)
        and morph.part_of_speech(ws[idx].text) == "PREP"
        and not text[p_end : ws[idx].start].strip()
        and not is_initial(text, ws[idx])  # "по словам В. Путина"
    )
    if preposition:
        idx += 1  # "по информации от представителей резиденции"
    mention = _inner_possessive(inner, lex) or _source_mention(doc, ws, idx, lex, as_phrase=as_phrase)
    if mention is None and (preposition or inner):
        return None  # "по информации на данном этапе", "по данным на 1 января": a date, not a source
    named = _Named(mention, _comma(text, mention.end if mention is not None else p_end, s.end))
    lead = text[s.start : p_start].strip()
    if not lead or lead.endswith(","):
        # The phrase opens the sentence or its clause ("Кроме того, по данным X, …": the words before
        # the phrase are the author's): the content follows its comma.
        named = _apposed_person(doc, ws, s, named, lex)
        if named.comma is None:
            return None
        c_start, c_end = content(text, named.comma + 1, s, marks(lex))
    else:
        # "…, — по словам X." closes the sentence: the content precedes it.
        if not lead.endswith(tuple(lex.punctuation.before_source)):
            return None
        if named.comma is not None and text[named.comma + 1 : s.end].strip(" " + lex.punctuation.sentence_ends):
            return None
        c_start, c_end = trim(text, s.start, p_start, marks(lex))
    if c_end - c_start < MIN_CONTENT_CHARS:
        return None
    return RawQuote(c_start, c_end, kind_of(text, c_start, c_end, marks(lex)), cue, named.speaker)


def _inner_fits(doc: Document, s: Sentence, ws: Sequence[Word], end: int, inner: Sequence[Word], lex: Lexicon) -> bool:
    """A source phrase with words inside ("по его словам", "по последним данным МЧС") reports when a
    possessive inside or a word right after it names the source ("по предварительным данным, …" names
    none), and no cue verb before it in the sentence has taken the content already ("X признал, что …,
    но, по его словам, …")."""
    if cue_index(ws, lex, 0, first_at(ws, inner[0].start)) is not None:
        return False
    if _inner_possessive(inner, lex) is not None:
        return True
    j = first_at(ws, end)
    if j == len(ws) or doc.text[end : ws[j].start].strip():
        return False
    # "По предварительным данным затраты операторов …": a source is followed by its comma.
    mention = mention_at(doc, ws, j, lex, case="gent", any_noun=True)
    comma = _comma(doc.text, mention.end, s.end) if mention is not None else None
    return mention is not None and comma is not None and not doc.text[mention.end : comma].strip()


def _inner_possessive(inner: Sequence[Word], lex: Lexicon) -> Mention | None:
    """The possessive pronoun inside a source phrase ("по его словам") as a mention, if there is one."""
    for w in inner:
        mention = possessive_mention(w, lex)
        if mention is not None:
            return mention
    return None


def _source_mention(doc: Document, ws: Sequence[Word], idx: int, lex: Lexicon, *, as_phrase: bool) -> Mention | None:
    """The source a phrase names at word ``idx``: a possessive ("по его словам"), a mention in the
    genitive ("по словам министра"), or after "как" the subject in the nominative, near or further on."""
    mention = possessive_mention(ws[idx], lex)
    if mention is not None:
        return mention
    if not as_phrase:
        return mention_at(doc, ws, idx, lex, case="gent", any_noun=True)
    mention = mention_at(doc, ws, idx, lex, case="nomn")
    if mention is not None and (mention.kind != "organization" or morph.part_of_speech(ws[idx - 1].text) == "PREP"):
        return mention
    # "Как сообщили «Интерфаксу» в пресс-службе, …": the subject the verb has, up to the comma, which
    # passes over an outlet told
    stop = _next_comma(doc, ws, idx + 1)
    found = speaker_after(doc, ws, idx - 1, lex, stop)
    aside = stop < len(ws) and morph.part_of_speech(ws[stop].text) == "PRTF"
    if (found is None or found.kind == "organization") and aside:
        # "Как заявил на пресс-конференции в Москве, посвящённой итогам года, министр …": the subject
        # comes after a participle's aside
        aside_end = _next_comma(doc, ws, stop + 1)
        later = speaker_after(doc, ws, aside_end - 1, lex, _next_comma(doc, ws, aside_end + 1))
        found = later if later is not None and later.kind in ("person", "role") else found
    return found or mention or speaker_after(doc, ws, idx - 1, lex, len(ws))


def _next_comma(doc: Document, ws: Sequence[Word], j: int) -> int:
    """Index of the first word from ``j`` on that a comma comes before; ``len(ws)`` if none does."""
    return next((i for i in range(j, len(ws)) if "," in doc.text[ws[i - 1].end : ws[i].start]), len(ws))


def _comma(text: str, start: int, end: int) -> int | None:
    """Where the first comma of ``text[start:end]`` stands, if there is one."""
    at = text.find(",", start, end)
    return at if at >= 0 else None


def _apposed_person(doc: Document, ws: Sequence[Word], s: Sentence, named: _Named, lex: Lexicon) -> _Named:
    """"Как пишет один из участников, отставной генерал Питер Цвак, …" names the person in an
    apposition between commas: they speak, and the content follows the second comma."""
    text = doc.text
    speaker, comma = named.speaker, named.comma
    if comma is None or speaker is None or speaker.kind == "person" or speaker.end > comma:
        return named
    j = first_at(ws, comma + 1)
    apposed = mention_at(doc, ws, j, lex, case="nomn") if j < len(ws) else None
    if apposed is None or apposed.kind != "person":
        return named
    after = _comma(text, apposed.end, s.end)
    if after is None or text[apposed.end : after].strip():
        return named
    return _Named(apposed, after)


def as_cue(doc: Document, s: Sentence, ws: Sequence[Word], lex: Lexicon) -> RawQuote | None:
    """ "Как уточнили представители прокуратуры, оба арестованных …": the content follows the clause."""
    text = doc.text
    mk = marks(lex)
    if len(ws) < 4 or ws[0].text.lower() != lex.as_word or ws[0].start - s.start > 2:
        return None
    k = cue_index(ws, lex, 1, 3)
    if k is None:
        return None
    comma = _comma(text, ws[k].end, s.end)
    stop = first_at(ws, comma + 1) if comma is not None else len(ws)
    speaker = speaker_after(doc, ws, k, lex, stop) or speaker_before(doc, ws, k, lex, 1)
    named = _apposed_person(doc, ws, s, _Named(speaker, comma), lex)
    if named.comma is not None:
        c_from = named.comma + 1
    elif named.speaker is not None and named.speaker.start > ws[k].start:
        c_from = named.speaker.end  # "Как сообщило министерство здравоохранения в больницах …" (no comma)
    else:
        return None
    c_start, c_end = content(text, c_from, s, mk)
    if c_end - c_start < MIN_CONTENT_CHARS:
        return None
    kind = kind_of(text, c_start, c_end, mk)
    if kind == "mixed":
        return None  # "Как сообщила X, на встрече «…»": the quotation itself is the direct quote
    return RawQuote(c_start, c_end, kind, (ws[k].start, ws[k].end), named.speaker)
