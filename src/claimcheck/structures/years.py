"""What a figure in years is, by the words around it: an age, a jubilee, or a span of time.

A title's age is restated by an age ("71-летний принц" over "Ему 71 год"), not by a span ("впервые за 30
лет" is no age), and an age of one person is not an age of another whose words tell another gender
("64-летний актёр" is not "его 38-летняя дочь"). The words right before a figure tell its sort: a word of
span ("за", "к", "на", "после", "в течение") makes a span; a stem of age glued to the figure
("71-летний"), a word of age ("в возрасте", "исполнилось"), whom the age is told of ("Ему", "которой",
"Принцу Филиппу": the dative) or "в" ("умер в 90 лет") make an age; a jubilee ("85-летие") is the years of
a person or a thing celebrated, and restates either.
"""

from __future__ import annotations

from typing import Final

from claimcheck import morph
from claimcheck.structures.ages import written_as_age
from claimcheck.structures.layout import Layout

__all__ = ["same_person", "same_sort", "sort_of_time"]

# Parts of speech of whom an age is told of, in the dative right before it ("Актёру 64 года").
_PERSONS: Final = frozenset({"NOUN", "NPRO"})
# Words before an age in which whom it is told of stands ("которой сейчас 23 года").
_HOLDER_REACH: Final = 2


def sort_of_time(layout: Layout, i: int) -> str:
    """"age" for a figure written as an age ("71-летний", "Ему 71 год", "Принцу Филиппу 97 лет", "умер в 90
    лет"), "jubilee" for the years of a person or a thing celebrated ("85-летие", "к 75-летию"), "span" for
    one written as a span of time ("за 30 лет", "к семи годам"), "" when the words do not tell ("уже шесть
    лет занимается")."""
    q = layout.q(i)
    written = q.span.text.split()
    last = written[-1] if written else ""
    if _glued_age(layout, last) and morph.part_of_speech(last) == "NOUN":
        return "jubilee"
    before = layout.doc.words(max(0, q.span.start - 12), q.span.start)[-1:]
    if before and before[0].text.lower() in layout.lex.span_words:
        return "span"  # asked first: "бывшего мэра к семи годам" is no age, whatever "бывший" is made of
    # "выступит 24-летняя певица": extraction may call the figure a target, and it is still an age.
    if (_glued_age(layout, last) and morph.part_of_speech(last) == "ADJF") or written_as_age(layout, i):
        return "age"
    if before and (before[0].text.lower() in layout.lex.age_prepositions or _dative(before[0].text)):
        return "age"
    return ""


def _glued_age(layout: Layout, word: str) -> bool:
    """The word is a figure glued to the stem of age ("71-летний", "85-летие")."""
    low = word.lower()
    return any(stem in low for stem in layout.lex.age_stems)


def _dative(word: str) -> bool:
    """The word is a noun or a pronoun in the dative: whom an age right after it is told of ("Принцу
    Филиппу 97 лет", "Актёру 64 года")."""
    parses = morph.parses(word)
    return bool(parses) and parses[0].tag.POS in _PERSONS and parses[0].tag.case == "datv"


def same_sort(a: str, b: str) -> bool:
    """An age restates only an age or a jubilee; a span, a span, a jubilee or a figure in years the words
    do not sort."""
    return a == b or "jubilee" in (a, b) or "age" not in (a, b)


def _genders(layout: Layout, i: int) -> frozenset[str]:
    """The genders an age tells of its person: of its adjective ("71-летний") or of whom it is told
    ("ей 23 года"); none when the words do not tell."""
    q = layout.q(i)
    written = q.span.text.split()
    word = written[-1] if written and morph.part_of_speech(written[-1]) == "ADJF" else None
    if word is None:
        before = layout.doc.words(max(0, q.span.start - 40), q.span.start)[-_HOLDER_REACH:]
        word = next((w.text for w in reversed(before) if w.text.lower() in layout.lex.age_holders), None)
    return frozenset() if word is None else frozenset(p.tag.gender for p in morph.parses(word) if p.tag.gender)


def same_person(layout: Layout, a: int, b: int) -> bool:
    """Two ages may be of one person: their words tell no genders that differ ("71-летний" is not
    "60-летняя")."""
    ga, gb = _genders(layout, a), _genders(layout, b)
    return not ga or not gb or bool(ga & gb)
