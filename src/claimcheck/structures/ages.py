"""A person's age against the date the text gives for their birth.

"Родился 6 марта 1929 года" and, later, "в ночь на 31 июля 2016 года умер 87-летний писатель": the age
a text states on a dated day must be the years between the birth and that day. The birth is a word of
birth followed by a date of a day or a month; the ages are the figures in years after it that are
written as ages ("87-летний", "в возрасте 69 лет", "ему было 90 лет") in a sentence dated to a day or a
month with its year written out. Each age is anchored (kind "age") with the days the person may have
been born on.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Final

from attrs import frozen

from claimcheck import morph
from claimcheck.lexicon import Lexicon
from claimcheck.periods import find_periods
from claimcheck.segment import sentence_of
from claimcheck.structures.layout import Layout, Structure

__all__ = ["find", "prepare", "written_as_age"]

# Characters between the word of birth and its date ("родился 4 января 1955 года").
_DATE_REACH: Final = 40
# The longest period a birth or an event may span to date an age: a month.
_MAX_DAYS: Final = 31
# The capitalised words right before a word of birth that name who was born ("Мисао Окава, родившейся").
_NAME_WORDS: Final = 2
# Words before a figure in years in which a word of age stands ("в возрасте 69 лет").
_AGE_REACH: Final = 3
# Words before a figure in years in which whom the age is told of stands ("которой сейчас 23 года").
_HOLDER_REACH: Final = 2
# Parts of speech of a word of age that is an attribute, no predicate ("бывший"): no age.
_ATTRIBUTES: Final = frozenset({"ADJF", "PRTF"})


@frozen
class _Birth:
    """A dated birth: where it is told, the days it may have been, and the names told before it."""

    at: int
    days: tuple[dt.date, dt.date]
    names: frozenset[str]


def prepare(lex: Lexicon) -> None:
    """Build the table this module derives from ``lex``: every form of the words of birth, which a text's
    words are looked up in at C speed."""
    morph.word_forms(lex.birth_words)


def _births(layout: Layout) -> Iterator[_Birth]:
    """Every dated birth, with the lemmas of the last capitalised words of its sentence before the word of
    birth (the name of who was born)."""
    doc, lex = layout.doc, layout.lex
    sentences = doc.sentences()
    words = doc.words()
    for k in doc.word_indices(morph.word_forms(lex.birth_words)):
        w = words[k]
        for p in find_periods(doc, None, lex, within=[(w.end, min(len(doc.text), w.end + _DATE_REACH))]):
            if p.first is not None and p.last is not None and (p.last - p.first).days <= _MAX_DAYS:
                holder = sentence_of(sentences, w.start)  # the sentence of the word of birth
                start = holder.start if holder is not None else w.start
                capitals = [n.text for n in doc.words(start, w.start) if n.text[:1].isupper()]
                names = frozenset(morph.lemma(n) for n in capitals[-_NAME_WORDS:])
                yield _Birth(w.end, (p.first, p.last), names)
                break


def written_as_age(layout: Layout, i: int) -> bool:
    """Claim ``i`` is written as an age: "87-летний", a figure in years after a word of age ("в возрасте 69
    лет"), or right after whom it is told of ("Ему 71 год")."""
    q = layout.q(i)
    if q.unit != "year" or q.kind != "amount":
        return False
    written = q.span.text.split()
    if written and morph.part_of_speech(written[-1]) == "ADJF":
        return True
    before = layout.doc.words(max(0, q.span.start - 40), q.span.start)[-_AGE_REACH:]
    if any(w.text.lower() in layout.lex.age_holders for w in before[-_HOLDER_REACH:]):
        return True
    # "бывший" is a form of "быть" to morphology, and "бывший мэр" tells no age.
    return any(
        morph.lemmas(w.text) & layout.lex.age_words and morph.part_of_speech(w.text) not in _ATTRIBUTES
        for w in before
    )


def _dated(layout: Layout, i: int) -> bool:
    """The claim's period is a day or a month the text writes out with its year ("31 июля 2016 года"), not
    one reckoned from the publication date ("сегодня")."""
    period = layout.claims[i].period
    return (
        period is not None and (period.last - period.first).days <= _MAX_DAYS
        and str(period.first.year) in period.span.text
    )


def _birth_of(layout: Layout, births: list[_Birth], i: int, sentence: int) -> _Birth | None:
    """The latest birth told before the age, else a birth told later of someone the age's sentence names
    ("Тело Флинта, которому было 49 лет, …" … "Флинт родился 17 сентября 1969 года")."""
    at = layout.q(i).span.start
    before = [b for b in births if b.at <= at]
    if before:
        return before[-1]
    words = layout.doc.words(layout.sentence_starts[sentence], layout.sentence_ends[sentence])
    named = {morph.lemma(w.text) for w in words if w.text[:1].isupper()}
    return next((b for b in births if b.names & named), None)


def find(layout: Layout) -> list[Structure]:
    """Every age stated on a dated day, against the birth of the person it is of; an age told in the
    sentence of a birth is left out."""
    if not any(layout.q(i).unit == "year" for _, figures in layout.figures for i in figures):
        return []  # no figure in years, no age: the words of birth are not looked for
    births = list(_births(layout))
    if not births:
        return []
    out: list[Structure] = []
    for sentence, figures in layout.figures:
        start, end = layout.sentence_starts[sentence], layout.sentence_ends[sentence]
        if any(start <= b.at <= end for b in births):
            continue
        for i in figures:
            if not _dated(layout, i) or not written_as_age(layout, i):
                continue
            birth = _birth_of(layout, births, i, sentence)
            if birth is not None:
                out.append(Structure("age", ((i, "age"),), born=birth.days))
    return out
