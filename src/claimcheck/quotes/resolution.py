"""The quotes found, with their speakers resolved in the order their mentions appear."""

from __future__ import annotations

from collections.abc import Sequence

from claimcheck.lexicon import Lexicon
from claimcheck.model import Quote, Span, Speaker
from claimcheck.quotes.found import (
    RawQuote,
)
from claimcheck.quotes.nesting import enclosing, first_person
from claimcheck.segment import LINE_BREAKS, Document
from claimcheck.speakers import Resolver, verb_gender

# How far past a mention's last word the title it opens may close.
_MAX_TITLE_REST = 40


def resolve(doc: Document, raws: Sequence[RawQuote], resolver: Resolver, lex: Lexicon) -> list[Quote]:
    text = doc.text

    def mention_start(i: int) -> int:
        m = raws[i].mention
        return m.start if m is not None else raws[i].start

    # Resolve in the order the mentions appear, so that pronouns see the names before them.
    speakers: dict[int, Speaker | None] = {}
    for i in sorted(range(len(raws)), key=mention_start):
        speakers[i] = _speaker(doc, raws[i], resolver, lex)
    # "«Я сказала, что …», — заявила X": the first person inside a quotation is its speaker.
    for i, r in enumerate(raws):
        if r.mention is not None or r.cue is None:
            continue
        outer = enclosing(raws, i)
        spk = speakers[outer] if outer is not None else None
        if outer is None or spk is None:
            continue
        me = first_person(doc, r, raws[outer].start, lex.first_person)
        if me is not None:
            speakers[i] = Speaker(Span.of(text, *me), spk.name, spk.kind)
    out: list[Quote] = []
    for i, r in enumerate(raws):
        cue = None if r.cue is None else Span.of(text, r.cue[0], r.cue[1])
        out.append(Quote(Span.of(text, r.start, r.end), r.kind, cue, speakers[i]))
    return out


def _speaker(doc: Document, r: RawQuote, resolver: Resolver, lex: Lexicon) -> Speaker | None:
    """The speaker of one quote, its mention resolved; None when it has none, or only a pronoun that
    refers to nobody the text names ("Он заявил" with nobody before it)."""
    m = r.mention
    if m is None or (m.start < r.end and r.start < m.end):
        return None
    span = Span.of(doc.text, m.start, _title_closed(doc.text, m.start, m.end, lex))
    if m.kind == "dropped":
        person = resolver.resolve_dropped(m)
        return None if person is None else Speaker(span, person, "person")
    gender = None if r.cue is None else verb_gender(doc.words(r.cue[0], r.cue[1]))
    found = resolver.resolve(m, (r.start, r.end), gender)
    if m.kind == "pronoun" and found.kind == "unknown":
        return None
    return Speaker(span, found.name, found.kind)


def _title_closed(text: str, start: int, end: int, lex: Lexicon) -> int:
    """The end of a mention's words, past the close of a title it opens ("газета «Труд»", "координатор
    движения «Левый фронт»"), so that its words hold both marks."""
    for opening, closing in lex.punctuation.main:
        words = text[start:end]
        unclosed = words.count(opening) % 2 if opening == closing else words.count(opening) > words.count(closing)
        if not unclosed:
            continue
        close = text.find(closing, end, end + _MAX_TITLE_REST)
        if close >= 0 and not any(mark in text[end:close] for mark in LINE_BREAKS):
            end = close + 1
    return end
