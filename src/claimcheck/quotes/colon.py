"""A paragraph that ends with a colon introduces what follows: a statement in a paragraph of its own
(a direct quote), or a list whose items are the speaker's (an :class:`Attribution`)."""

from __future__ import annotations

from attrs import frozen

from claimcheck import morph
from claimcheck.lexicon import Lexicon
from claimcheck.model import Span
from claimcheck.quotes.attribution import colon_intro, colon_speaker_intro
from claimcheck.quotes.found import (
    RawQuote,
    quotation_words,
    trim,
)
from claimcheck.quotes.marks import document_of, marks
from claimcheck.segment import Document
from claimcheck.spanset import SpanSet
from claimcheck.speakers import (
    Mention,
)

# How many words of a paragraph are read for the first person.
_FIRST_PERSON_WORDS = 40


@frozen
class Attribution:
    """A cue and its speaker that govern a stretch of text (a list after "добавила цифры:")."""

    start: int  # the stretch governed
    end: int
    cue: Span
    mention: Mention | None


def colon_paragraphs(doc: Document, lex: Lexicon, taken: SpanSet) -> list[RawQuote]:
    """ "В канцелярии премьер-министра сообщили вчера:" followed by the statement as its own paragraph."""
    text = doc.text
    mk = marks(lex)
    out: list[RawQuote] = []
    paras = doc.paragraphs()
    for n, (p_start, p_end) in enumerate(paras[:-1]):
        if text[p_end - 1] != ":":
            continue
        q_start, q_end = paras[n + 1]
        if text[q_start] in mk.punctuation.bullets or taken.overlaps(q_start, q_end):
            continue
        intro = colon_intro(doc, p_start, p_end, lex)
        if intro is None and _first_person(doc, q_start, q_end, lex):
            intro = colon_speaker_intro(doc, p_start, p_end, lex)
        if intro is None:
            continue
        c_start, c_end = quotation_words(text, *trim(text, q_start, q_end, mk), mk)
        if c_end > c_start:
            out.append(RawQuote(c_start, c_end, "direct", intro.cue, intro.speaker))
    return out


def _first_person(doc: Document, start: int, end: int, lex: Lexicon) -> bool:
    """The paragraph ``text[start:end]`` speaks in the first person ("Мы просто шокированы"): one of its
    first words is "я" or "мы" in some case."""
    return any(morph.lemma(w.text) in lex.speaker_side for w in doc.words(start, end)[:_FIRST_PERSON_WORDS])


def find_attributions(text: str | Document, lex: Lexicon) -> list[Attribution]:
    """ "Пресс-служба Бектенова добавила цифры:" followed by a list: the list items are the speaker's."""
    doc = document_of(text)
    text = doc.text
    out: list[Attribution] = []
    paras = doc.paragraphs()
    for n, (p_start, p_end) in enumerate(paras):
        if text[p_end - 1] != ":":
            continue
        end = p_end
        for q_start, q_end in paras[n + 1 :]:
            if text[q_start] not in lex.punctuation.bullets:
                break
            end = q_end
        if end == p_end:
            continue  # no list follows: the intro is read only before one
        intro = colon_intro(doc, p_start, p_end, lex)
        if intro is not None and intro.cue is not None:
            out.append(Attribution(p_end, end, Span.of(text, *intro.cue), intro.speaker))
    return out
