"""Indirect speech by a source phrase: "По словам X, …", "…, по данным X.", "Как сообщил X, …"."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

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
from claimcheck.segment import Document, Sentence, Word
from claimcheck.speakers import (
    Mention,
    first_at,
    mention_at,
    possessive_mention,
    speaker_after,
    speaker_before,
)


@functools.cache
def source_phrase_re(lex: Lexicon) -> re.Pattern[str]:
    """Any source phrase (in lower case): a quick test before the phrases are looked at in order."""
    return re.compile("|".join(re.escape(p) for p in lex.source_phrases))


def source_phrase(doc: Document, s: Sentence, ws: Sequence[Word], lex: Lexicon) -> RawQuote | None:
    """ "По словам X, …" / "Как сообщил X, …" at the start (or after a comma), or "…, по данным X." at the end."""
    text = doc.text
    mk = marks(lex)
    p = mk.punctuation
    low = text[s.start : s.end].lower()
    if source_phrase_re(lex).search(low) is None:
        return None  # most sentences: none of the phrases at all
    for phrase in lex.source_phrases:
        at = low.find(phrase)
        while at > 0 and low[at - 1].isalnum():
            at = low.find(phrase, at + 1)
        if at < 0:
            continue
        p_start = s.start + at
        p_end = p_start + len(phrase)
        if p_end < len(text) and text[p_end].isalnum():
            continue
        idx = first_at(ws, p_end)
        if idx == len(ws):
            continue
        preposition = (
            idx + 1 < len(ws)
            and morph.part_of_speech(ws[idx].text) == "PREP"
            and not text[p_end : ws[idx].start].strip()
        )
        if preposition:
            idx += 1  # "по информации от представителей резиденции"
        mention = possessive_mention(ws[idx], lex)
        if mention is None:
            as_phrase = low[at:].startswith(lex.as_word + " ")
            mention = mention_at(doc, ws, idx, lex, case="nomn" if as_phrase else "gent", any_noun=not as_phrase)
            if mention is None and as_phrase:
                mention = speaker_after(doc, ws, idx - 1, lex, len(ws))
        if mention is None and preposition:
            continue  # "по информации на данном этапе", "по данным на 1 января": a date, not a source
        after_mention = mention.end if mention is not None else p_end
        comma = text.find(",", after_mention, s.end)
        lead = text[s.start : p_start].strip()
        if not lead or lead.endswith(","):
            mention, comma = _apposed_person(doc, ws, s, mention, comma, lex)
            # The phrase opens the sentence (or its clause): the content follows its comma.
            if comma < 0:
                continue
            c_start, c_end = content(text, comma + 1, s, mk)
            if lead.endswith(","):
                # "Кроме того, по данным X, …": the words before the phrase are the author's.
                pass
        else:
            # "…, по словам X." closes the sentence: the content precedes it.
            if not text[s.start : p_start].rstrip().endswith(",") and not lead.endswith(tuple(p.before_source)):
                continue
            if comma >= 0 and text[comma + 1 : s.end].strip(" " + p.sentence_ends):
                continue
            c_start, c_end = trim(text, s.start, p_start, mk)
        if c_end - c_start < MIN_CONTENT_CHARS:
            continue
        return RawQuote(c_start, c_end, kind_of(text, c_start, c_end, mk), (p_start, p_end), mention)
    return None


def _apposed_person(
    doc: Document, ws: Sequence[Word], s: Sentence, speaker: Mention | None, comma: int, lex: Lexicon
) -> tuple[Mention | None, int]:
    """(speaker, comma before the content): "Как пишет один из участников, отставной генерал Питер
    Цвак, …" names the person in an apposition between commas; the content follows it."""
    text = doc.text
    if comma < 0 or speaker is None or speaker.kind == "person" or speaker.end > comma:
        return speaker, comma
    j = first_at(ws, comma + 1)
    apposed = mention_at(doc, ws, j, lex, case="nomn") if j < len(ws) else None
    if apposed is None or apposed.kind != "person":
        return speaker, comma
    after = text.find(",", apposed.end, s.end)
    if after < 0 or text[apposed.end : after].strip():
        return speaker, comma
    return apposed, after


def as_cue(doc: Document, s: Sentence, ws: Sequence[Word], lex: Lexicon) -> RawQuote | None:
    """ "Как уточнили представители прокуратуры, оба арестованных …": the content follows the clause."""
    text = doc.text
    mk = marks(lex)
    if len(ws) < 4 or ws[0].text.lower() != lex.as_word or ws[0].start - s.start > 2:
        return None
    k = cue_index(ws, lex, 1, 3)
    if k is None:
        return None
    comma = text.find(",", ws[k].end, s.end)
    stop = first_at(ws, comma + 1) if comma >= 0 else len(ws)
    speaker = speaker_after(doc, ws, k, lex, stop) or speaker_before(doc, ws, k, lex, 1)
    speaker, comma = _apposed_person(doc, ws, s, speaker, comma, lex)
    if comma >= 0:
        c_from = comma + 1
    elif speaker is not None and speaker.start > ws[k].start:
        c_from = speaker.end  # "Как сообщило министерство здравоохранения в больницах …" (no comma)
    else:
        return None
    c_start, c_end = content(text, c_from, s, mk)
    if c_end - c_start < MIN_CONTENT_CHARS:
        return None
    kind = kind_of(text, c_start, c_end, mk)
    if kind == "mixed":
        return None  # "Как сообщила X, на встрече «…»": the quotation itself is the direct quote
    return RawQuote(c_start, c_end, kind, (ws[k].start, ws[k].end), speaker)
