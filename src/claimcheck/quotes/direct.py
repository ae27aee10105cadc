"""Direct speech in quotation marks with its attribution, and the headline "Имя Фамилия: текст"."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from claimcheck.lexicon import Lexicon
from claimcheck.quotes.attribution import after_quote, before_quote, interrupted
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
    text = doc.text
    mk = marks(lex)
    p = mk.punctuation
    out: list[RawQuote] = []
    para_list = doc.paragraphs()
    para_starts = [s for s, _ in para_list]

    def paragraph_end(pos: int) -> int:
        i = bisect.bisect_right(para_starts, pos) - 1
        return para_list[i][1] if i >= 0 and pos < para_list[i][1] else len(text)

    for start, end in pairs:
        if end <= start:
            continue
        p_end = paragraph_end(start)
        inner = interrupted(doc, start, end, lex)
        if inner:
            for part in inner:
                a, b = trim(text, part.start, part.end, mk)
                if b > a:
                    out.append(RawQuote(a, b, "direct", part.said.cue, part.said.speaker))
            continue
        content_words = len(doc.words(start, end))
        sent = sentence_of(sents, start - 1) or sentence_of(sents, start)
        sent_start = sent.start if sent is not None else start - 1
        floor = max(sent_start, text.rfind(p.primary[1], sent_start, start - 1) + 1)
        after = None
        if end < len(text):
            lead = max(sent_start, *(text.rfind(ch, sent_start, start - 1) + 1 for ch in p.sentence_ends))
            after = after_quote(doc, end, p_end, lex, words_before=bool(doc.words(lead, start - 1)))
        before = None
        if after is None and start - 1 > floor:
            before = before_quote(doc, start - 1, floor, lex, content_words)
        found = after or before
        if found is None:
            continue
        c_end = end
        while c_end > start and text[c_end - 1] == ",":
            c_end -= 1
        out.append(RawQuote(start, c_end, "direct", found.cue, found.speaker))
    return out
