"""Speech closed by a dash attribution: dialogue lines ("— Мы готовы, — отметил он. — Остальное
потом.") and speech without quotation marks ("… все я это чувствую — сказала X.")."""

from __future__ import annotations

from claimcheck.lexicon import Lexicon
from claimcheck.quotes.attribution import attribution
from claimcheck.quotes.found import (
    MIN_CONTENT_CHARS,
    RawQuote,
    trim,
)
from claimcheck.quotes.marks import marks
from claimcheck.segment import Document
from claimcheck.spanset import SpanSet


def dialogue(doc: Document, lex: Lexicon) -> list[RawQuote]:
    """Dash dialogue paragraphs: "— Мы готовы, — отметил он. — Остальное потом." """
    text = doc.text
    dashes = marks(lex).dash_like  # a hyphen typed for the dash opens a line too ("- Мы готовы, - отметил он.")
    out: list[RawQuote] = []
    for p_start, p_end in doc.paragraphs():
        if text[p_start] not in dashes or not text[p_start + 1 : p_start + 2].isspace():
            continue
        out.extend(_dash_attributed(doc, p_start + 2, p_end, lex))
    return out


def _dash_attributed(doc: Document, start: int, p_end: int, lex: Lexicon) -> list[RawQuote]:
    """Speech in text[start:p_end] closed by "— cue speaker" and maybe continued after "— "."""
    text = doc.text
    mk = marks(lex)
    for m in mk.trailing_dash.finditer(text, start, p_end):
        end = mk.clause_end.search(text, m.end(), p_end)
        stop = end.start() if end is not None else p_end
        found = attribution(doc, m.end(), stop, lex)
        if found is None or found.cue is None or mk.any_mark.search(text, m.end(), found.cue[0]):
            continue  # no cue, or one parted from the dash by a quotation mark ("Мы - за мир" гласили плакаты)
        cue, speaker = found.cue, found.speaker
        a_end = m.start() + (0 if m.group(1) == "," else len(m.group(1)))
        a_start, a_end = trim(text, start, a_end, mk)
        if a_end - a_start < MIN_CONTENT_CHARS:
            return []
        out = [RawQuote(a_start, a_end, "direct", cue, speaker)]
        rest = mk.resumed.search(text, cue[1], p_end)
        if rest is not None and rest.end() < p_end:
            b_start, b_end = trim(text, rest.end(), p_end, mk)
            if b_end > b_start:
                out.append(RawQuote(b_start, b_end, "direct", cue, speaker))
        return out
    return []


def unquoted(doc: Document, lex: Lexicon, taken: SpanSet) -> list[RawQuote]:
    """Speech without quotation marks ended by a dash attribution: "… все я это чувствую — сказала X." """
    text = doc.text
    mk = marks(lex)
    opens = mk.main_openers + mk.dash_like  # a quotation or a dialogue line
    out: list[RawQuote] = []
    for p_start, p_end in doc.paragraphs():
        if text[p_start] in opens or taken.overlaps(p_start, p_end):
            continue
        lo = max(p_start, p_end - 120)
        if mk.any_dash.search(text, lo, p_end) is None:
            continue  # most paragraphs: no dash at their end, told by a plain search before the pattern
        tail = mk.trailing_dash.search(text, lo, p_end)
        if tail is None:
            continue
        raws = _dash_attributed(doc, p_start, p_end, lex)
        if raws and raws[0].cue is not None and raws[0].cue[0] >= tail.end() - 1:
            out.extend(raws[:1])
    return out
