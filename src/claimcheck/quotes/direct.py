"""Direct speech in quotation marks with its attribution, and the headline "Имя Фамилия: текст"."""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Sequence

from claimcheck import morph
from claimcheck.lexicon import Lexicon
from claimcheck.quotes.attribution import MIN_SPEECH_WORDS, Said, after_quote, before_quote, interrupted
from claimcheck.quotes.found import (
    RawQuote,
    trim,
)
from claimcheck.quotes.marks import marks
from claimcheck.segment import Document, Sentence, sentence_of
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
        found = _attributed(doc, start, end, sents, lex) or _listed_after(doc, start, out, lex)
        if found is None or (_listed(doc, start, end, lex) and not _spoken(doc, start, end, found, lex)):
            continue
        c_end = end
        while c_end > start and text[c_end - 1] == ",":
            c_end -= 1
        out.append(RawQuote(start, c_end, "direct", found.cue, found.speaker))
    return out


def _listed(doc: Document, start: int, end: int, lex: Lexicon) -> bool:
    """Whether the quotation is one of a list of quotations («Сталкер», «Зеркало» и «Солярис»)."""
    mk = marks(lex)
    text = doc.text
    after = text[end + 1 : end + 6].lstrip(", ").removeprefix("и ").lstrip()
    before = text[max(0, start - 6) : start - 1].rstrip(" ").removesuffix(" и").rstrip(", ")
    return (bool(after) and after[0] in mk.main_openers) or (bool(before) and before[-1] in mk.main_closers)


def _spoken(doc: Document, start: int, end: int, said: Said, lex: Lexicon) -> bool:
    """Whether a quotation of a list is speech: its cue a speech verb and its words a phrase or an
    exclamation ("скандировали: «Свободу!», «Позор власти!»"). A list after any other verb and a
    colon, or of one or two words each, is a list of names and titles ("снял фильмы: «Сталкер»",
    "выразили соболезнования: «Милан», «Барселона»")."""
    text = doc.text
    if said.cue is None or not morph.lemmas(text[said.cue[0] : said.cue[1]].lower()) & lex.speech_verbs:
        return False
    exclaimed = text[start:end].rstrip()[-1:] in lex.punctuation.sentence_ends
    return exclaimed or len(doc.words(start, end)) >= MIN_SPEECH_WORDS


def _listed_after(doc: Document, start: int, out: Sequence[RawQuote], lex: Lexicon) -> Said | None:
    """The attribution of the quotation listed right before this one after a colon ("скандировали:
    «Свободу!», «Позор власти!»"): only a comma or "и" between them, and the first's cue before it."""
    if not out or out[-1].cue is None or out[-1].cue[1] > out[-1].start:
        return None
    prev = out[-1]
    gap = doc.text[prev.end : start - 1].strip(marks(lex).main_closers + " ")
    if gap not in (",", "и"):
        return None
    return Said(prev.cue, prev.mention)


# A word character: a span holds a word exactly when it holds one (asked without listing its words).
_WORD_CHAR = re.compile(r"\w")


def _attributed(doc: Document, start: int, end: int, sents: Sequence[Sentence], lex: Lexicon) -> Said | None:
    """The attribution right after the quotation ``text[start:end]``, else the one before it in its
    sentence (after any quotation closed before it there)."""
    text = doc.text
    p = lex.punctuation
    sent = sentence_of(sents, start - 1) or sentence_of(sents, start)
    sent_start = sent.start if sent is not None else start - 1
    if end < len(text):
        lead = max(sent_start, *(text.rfind(ch, sent_start, start - 1) + 1 for ch in p.sentence_ends))
        words_before = _WORD_CHAR.search(text, lead, start - 1) is not None
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
