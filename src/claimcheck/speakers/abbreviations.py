"""Abbreviations spelt out as the text spells them before ("МОК" -> "Международный олимпийский
комитет"), with the phrase put in the case its place wants."""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence

from claimcheck import morph
from claimcheck.segment import Word, word_start
from claimcheck.speakers.proper import capitalised_as

# How many words before its use an abbreviation's spelt-out phrase is looked for (a bound, so that a
# text of many abbreviations stays linear).
_EXPANSION_WINDOW = 5000
# Abbreviations spelt out by the initials of a phrase ("МОК", "ФСБ", "МИД"): their length in letters.
_ABBREVIATION_MIN = 3
_ABBREVIATION_MAX = 6


def may_abbreviate(word: str) -> bool:
    """A word in capitals as long as the abbreviations that spell a phrase by its initials."""
    return _ABBREVIATION_MIN <= len(word) <= _ABBREVIATION_MAX and word.isupper() and word.isalpha()


def expansion(text: str, words: Sequence[Word], abbreviation: str, before: int) -> tuple[str, ...] | None:
    """The phrase before ``before`` whose words' initials spell ``abbreviation``: a capitalised first
    word, then nouns and adjectives separated by spaces only ("Международного олимпийского комитета")."""
    n = len(abbreviation)
    first = abbreviation[0]
    stop = bisect.bisect_left(words, before, key=word_start)
    for i in range(max(0, stop - _EXPANSION_WINDOW), stop - n + 1):
        w = words[i]
        if w.text[:1] != first or w.text.isupper():
            continue
        run = words[i : i + n]
        if any(x.text[:1].upper() != a for x, a in zip(run, abbreviation, strict=True)):
            continue
        if any(text[a.end : b.start].strip() for a, b in itertools.pairwise(run)):
            continue
        if all(morph.part_of_speech(x.text) in ("NOUN", "ADJF", "PRTF") for x in run) and any(
            morph.part_of_speech(x.text) == "NOUN" for x in run
        ):
            return tuple(x.text for x in run)
    return None


def phrase_in_case(phrase: Sequence[str], case: str) -> str:
    """A noun phrase with its head (its first noun) and the adjectives before it put in ``case``, the
    adjectives agreeing with the head; the genitive words after the head stay ("Министерство
    иностранных дел")."""
    readings = [
        next((p for p in morph.parses(w.lower())[:4] if p.tag.POS in ("NOUN", "ADJF", "PRTF")), None) for w in phrase
    ]
    head = next((i for i, r in enumerate(readings) if r is not None and r.tag.POS == "NOUN"), None)
    if head is None:
        return " ".join(phrase)
    head_reading = readings[head]
    assert head_reading is not None
    number = str(head_reading.tag.number or "sing")
    agree = {case, number} if number == "plur" else {case, number, str(head_reading.tag.gender or "masc")}
    out: list[str] = []
    for i, (w, r) in enumerate(zip(phrase, readings, strict=True)):
        form = None
        if r is not None and i < head:
            form = r.inflect(agree)
        elif r is not None and i == head:
            form = r.inflect({case, number})
        out.append(capitalised_as(w, form.word) if form is not None else w)
    return " ".join(out)
