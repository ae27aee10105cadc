"""Reported speech: direct, interrupted, headline, dialogue, indirect and mixed quotes with their speakers.

The finder works on character offsets of the whole text, in passes:

1. quotation marks are paired (:mod:`~claimcheck.quotes.marks`: « », „ “, “ ”, straight quotes, as the
   lexicon's punctuation table lists them; nesting kept), paragraph by paragraph; a quotation is
   reported speech only when an attribution (:mod:`~claimcheck.quotes.attribution`) goes with it: a cue
   (:mod:`~claimcheck.quotes.cues`) after it («…», — заявил X), inside it («A, — заявил X. — B»), or
   before it (X заявил: «…», стороны договорились «…»); quotation marks around names and terms
   («Газпром») have none and are left alone (:mod:`~claimcheck.quotes.direct`);
2. a headline "Имя Фамилия: текст", dash dialogue paragraphs ("— …, — отметил он."), speech without
   quotation marks closed by "— сказала X." (:mod:`~claimcheck.quotes.dialogue`), and a paragraph
   introduced by "X сообщили:" (:mod:`~claimcheck.quotes.colon`) are direct;
3. indirect speech (:mod:`~claimcheck.quotes.indirect`) is a cue with a content clause: "заявил, что …"
   (:mod:`~claimcheck.quotes.clauses`), "по словам X, …", "Как сообщил X, …"
   (:mod:`~claimcheck.quotes.sources`), "…, сообщает ТАСС", "Об этом сообщила пресс-служба" (the
   sentence before; :mod:`~claimcheck.quotes.trailing`); one that contains a quotation is mixed;
4. a report made inside a quotation ("«Они гарантировали, что он будет играть»", — цитирует X) is a
   quote of its own, nested in the quotation (quotes never cross); "я" there is the quoted speaker,
   and their own opinion ("я уверена, что …") stays part of the quotation (:mod:`~claimcheck.quotes.nesting`).

Speakers are resolved with :class:`claimcheck.speakers.Resolver` in the order their mentions appear
(:mod:`~claimcheck.quotes.resolution`); :mod:`~claimcheck.quotes.found` holds the record every pass
finds, before its speaker is resolved.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from claimcheck import morph
from claimcheck.lexicon import Lexicon
from claimcheck.model import Quote
from claimcheck.quotes.colon import Attribution, colon_paragraphs, find_attributions
from claimcheck.quotes.cues import cue_forms
from claimcheck.quotes.dialogue import dialogue, unquoted
from claimcheck.quotes.direct import direct, headline
from claimcheck.quotes.found import RawQuote, encloses
from claimcheck.quotes.indirect import indirect
from claimcheck.quotes.marks import document_of, marks, quotation_pairs
from claimcheck.quotes.nesting import continuations, opens_with_url, own_opinion
from claimcheck.quotes.resolution import resolve
from claimcheck.quotes.sources import source_phrase_re
from claimcheck.segment import Document
from claimcheck.spanset import SpanSet
from claimcheck.speakers import Resolver

__all__ = ["Attribution", "find_attributions", "find_quotes", "prepare", "quotation_pairs"]


def prepare(lex: Lexicon) -> None:
    """Build the tables the quote finders derive from ``lex`` (see :func:`claimcheck.analysis.prepare`)."""
    marks(lex)
    cue_forms(lex)
    source_phrase_re(lex)
    morph.word_forms(lex.naming_verbs)


def find_quotes(text: str | Document, lex: Lexicon, resolver: Resolver | None = None) -> list[Quote]:
    """Every reported-speech act of ``text``, in order, with resolved speakers."""
    doc = document_of(text)
    sents = doc.sentences()
    resolver = resolver or Resolver(doc, lex)
    raws: list[RawQuote] = []
    starts: list[int] = []  # of raws, kept sorted; raws never overlap
    ends: list[int] = []

    def add(candidates: Sequence[RawQuote]) -> None:
        for r in candidates:
            i = bisect.bisect_right(starts, r.start)
            if (i > 0 and ends[i - 1] > r.start) or (i < len(starts) and starts[i] < r.end):
                continue
            starts.insert(i, r.start)
            ends.insert(i, r.end)
            raws.append(r)

    head = headline(doc, lex)
    add([head] if head is not None else [])
    add(dialogue(doc, lex))
    pairs = quotation_pairs(doc, lex)
    add(direct(doc, lex, sents, pairs))
    add(colon_paragraphs(doc, lex, SpanSet((r.start, r.end) for r in raws)))
    add(unquoted(doc, lex, SpanSet((r.start, r.end) for r in raws)))
    reports = indirect(doc, lex, sents, raws)
    # A quotation inside an indirect report makes it mixed, unless it is a report of its own, with its
    # cue inside the reported clause too ("он кричал «Аллаху акбар», заявил прокурор").
    report_starts = [r.start for r in reports]  # in text order, never overlapping one another

    def inside_report(r: RawQuote) -> bool:
        i = bisect.bisect_right(report_starts, r.start) - 1
        return i >= 0 and r.end <= reports[i].end and not encloses(reports[i], r)

    merged = [r for r in raws if not inside_report(r)]
    merged.extend(reports)
    merged.sort(key=lambda r: (r.start, -r.end))
    merged.extend(continuations(doc, merged, pairs, lex))
    merged.sort(key=lambda r: (r.start, -r.end))
    merged = [
        r for i, r in enumerate(merged) if not own_opinion(doc, merged, i, lex) and not opens_with_url(doc, r, lex)
    ]
    return resolve(doc, merged, resolver, lex)
