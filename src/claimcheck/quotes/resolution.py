"""The quotes found, with their speakers resolved in the order their mentions appear."""

from __future__ import annotations

from collections.abc import Sequence

from claimcheck.lexicon import Lexicon
from claimcheck.model import Quote, Span, Speaker
from claimcheck.quotes.found import (
    RawQuote,
)
from claimcheck.quotes.nesting import enclosing, first_person
from claimcheck.segment import Document
from claimcheck.speakers import Resolver, verb_gender


def resolve(doc: Document, raws: Sequence[RawQuote], resolver: Resolver, lex: Lexicon) -> list[Quote]:
    text = doc.text

    def mention_start(i: int) -> int:
        m = raws[i].mention
        return m.start if m is not None else raws[i].start

    # Resolve in the order the mentions appear, so that pronouns see the names before them.
    speakers: dict[int, Speaker | None] = {}
    for i in sorted(range(len(raws)), key=mention_start):
        speakers[i] = _speaker(doc, raws[i], resolver)
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


def _speaker(doc: Document, r: RawQuote, resolver: Resolver) -> Speaker | None:
    """The speaker of one quote, its mention resolved; None when it has none, or only a pronoun that
    refers to nobody the text names ("Он заявил" with nobody before it)."""
    m = r.mention
    if m is None or (m.start < r.end and r.start < m.end):
        return None
    span = Span.of(doc.text, m.start, m.end)
    if m.kind == "dropped":
        person = resolver.resolve_dropped(m)
        return None if person is None else Speaker(span, person, "person")
    gender = None if r.cue is None else verb_gender(doc.words(r.cue[0], r.cue[1]))
    found = resolver.resolve(m, (r.start, r.end), gender)
    if m.kind == "pronoun" and found.kind == "unknown":
        return None
    return Speaker(span, found.name, found.kind)
