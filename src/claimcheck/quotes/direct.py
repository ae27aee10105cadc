"""Direct speech in quotation marks with its attribution, and the headline "Имя Фамилия: текст"."""

from __future__ import annotations

import bisect
import operator
from collections.abc import Sequence

from claimcheck.lexicon import Lexicon
from claimcheck.quotes.attribution import Said, after_quote, before_quote, interrupted
from claimcheck.quotes.found import (
    RawQuote,
    sentence_of,
    trim,
)
from claimcheck.quotes.marks import marks
from claimcheck.segment import Document, Sentence
from claimcheck.speakers import (
    mention_at,
)


def headline(doc: Document, lex: Lexicon) -> RawQuote | None:
    """ "Имя Фамилия: текст" on the first line."""
    text = doc.text
    paras = doc.paragraphs()
    if not paras:
        return None
    start, end = paras[0]
    colon = text.find(":", start, end)
    if colon < 0:
        return None
    ws = doc.words(start, colon)
    if not 1 <= len(ws) <= 4 or ws[0].start != start:
        return None
    m = mention_at(doc, ws, 0, lex, limit=len(ws), case="nomn")
    if m is None or m.end != ws[-1].end or m.kind == "pronoun":
        return None
    mk = marks(lex)
    c_start, c_end = trim(text, colon + 1, end, mk)
    if text[c_start : c_start + 1] in mk.main_openers and text[c_end - 1 : c_end] in mk.main_closers:
        c_start, c_end = c_start + 1, c_end - 1
    if c_end - c_start < 3:
        return None
    return RawQuote(c_start, c_end, "direct", None, m)


def direct(doc: Document, lex: Lexicon, sents: Sequence[Sentence], pairs: Sequence[tuple[int, int]]) -> list[RawQuote]:
    """The quotations of ``pairs`` that an attribution goes with: inside them («A, — заявил X. — B»,
    one quote a part), after them or before them."""
    text = doc.text
    mk = marks(lex)
    out: list[RawQuote] = []
    for start, end in pairs:
        if end <= start:
            continue
        parts = interrupted(doc, start, end, lex)
        if parts:
            for part in parts:
                a, b = trim(text, part.start, part.end, mk)
                if b > a:
                    out.append(RawQuote(a, b, "direct", part.said.cue, part.said.speaker))
            continue
        found = _attributed(doc, start, end, sents, lex)
        if found is None:
            continue
        c_end = end
        while c_end > start and text[c_end - 1] == ",":
            c_end -= 1
        out.append(RawQuote(start, c_end, "direct", found.cue, found.speaker))
    return out


def _attributed(doc: Document, start: int, end: int, sents: Sequence[Sentence], lex: Lexicon) -> Said | None:
    """The attribution right after the quotation ``text[start:end]``, else the one before it in its
    sentence (after any quotation closed before it there)."""
    text = doc.text
    p = lex.punctuation
    sent = sentence_of(sents, start - 1) or sentence_of(sents, start)
    sent_start = sent.start if sent is not None else start - 1
    if end < len(text):
        lead = max(sent_start, *(text.rfind(ch, sent_start, start - 1) + 1 for ch in p.sentence_ends))
        words_before = bool(doc.words(lead, start - 1))
        after = after_quote(doc, end, _paragraph_end(doc, start), lex, words_before=words_before)
        if after is not None:
            return after
    floor = max(sent_start, text.rfind(p.primary[1], sent_start, start - 1) + 1)
    if start - 1 > floor:
        return before_quote(doc, start - 1, floor, lex, len(doc.words(start, end)))
    return None


def _paragraph_end(doc: Document, pos: int) -> int:
    """The end of the paragraph that holds ``pos`` (the text's end if none does)."""
    paras = doc.paragraphs()
    i = bisect.bisect_right(paras, pos, key=_paragraph_start) - 1
    return paras[i][1] if i >= 0 and pos < paras[i][1] else len(doc.text)


_paragraph_start = operator.itemgetter(0)  # a paragraph's start: the key to bisect paragraphs by offset
