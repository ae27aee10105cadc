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

from claimcheck import morph
from claimcheck.lexicon import Lexicon
from claimcheck.model import Quote
from claimcheck.quotes.colon import Attribution, colon_paragraphs, find_attributions
from claimcheck.quotes.cues import after_quotation_forms, cue_forms, views_needing_content
from claimcheck.quotes.dialogue import dialogue, unquoted
from claimcheck.quotes.direct import direct, headline
from claimcheck.quotes.found import Disjoint, in_text_order
from claimcheck.quotes.indirect import indirect
from claimcheck.quotes.marks import document_of, marks, quotation_pairs
from claimcheck.quotes.nesting import continuations, opens_with_url, outside_reports, own_opinion
from claimcheck.quotes.resolution import resolve
from claimcheck.quotes.sources import (
    source_phrase_heads,
    source_phrase_orders,
    source_phrase_re,
    source_phrase_res,
)
from claimcheck.segment import Document
from claimcheck.speakers import Resolver

__all__ = ["Attribution", "find_attributions", "find_quotes", "prepare", "quotation_pairs"]


def prepare(lex: Lexicon) -> None:
    """Build the tables the quote finders derive from ``lex`` (see :func:`claimcheck.analysis.prepare`)."""
    marks(lex)
    cue_forms(lex)
    after_quotation_forms(lex)
    views_needing_content(lex)
    source_phrase_heads(lex)
    source_phrase_re(lex)
    source_phrase_res(lex)
    source_phrase_orders(lex)
    morph.word_forms(lex.naming_verbs)


def find_quotes(text: str | Document, lex: Lexicon, resolver: Resolver | None = None) -> list[Quote]:
    """Every reported-speech act of ``text``, in order, with resolved speakers: direct speech first,
    each pass keeping what no earlier pass has taken, then indirect speech, then what nests."""
    doc = document_of(text)
    sents = doc.sentences()
    pairs = quotation_pairs(doc, lex)
    speech = Disjoint()
    speech.add(headline(doc, lex))
    speech.extend(dialogue(doc, lex))
    speech.extend(direct(doc, lex, sents, pairs))
    speech.extend(colon_paragraphs(doc, lex, speech.taken()))
    speech.extend(unquoted(doc, lex, speech.taken()))
    reports = indirect(doc, lex, sents, speech.quotes)
    quotes = in_text_order([*outside_reports(speech.quotes, reports), *reports])
    quotes = in_text_order([*quotes, *continuations(doc, quotes, pairs, lex)])
    quotes = [r for i, r in enumerate(quotes) if not own_opinion(doc, quotes, i, lex)]
    quotes = [r for r in quotes if not opens_with_url(doc, r, lex)]
    return resolve(doc, quotes, resolver or Resolver(doc, lex), lex)
