"""An average stated with the largest or the smallest value of the same things.

"Средняя зарплата составила 52 тыс. рублей, максимальная — 48 тыс.": in one sentence, a figure a word of
average puts a few words before ("средняя", "в среднем") and a figure of the same unit that a word of
the largest or the smallest value stands right before, its noun left out ("максимальная —",
"максимум"), so that it is of the same things. An average lies between the two (kind "bounded", roles
"average", "max" and "min").

The sentence is asked for its words of bounds (a set lookup) before any figure is looked at.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Final

from claimcheck import morph
from claimcheck.lexicon import Lexicon
from claimcheck.segment import any_between
from claimcheck.structures.layout import Layout, Structure

__all__ = ["find", "prepare"]

# Words before a figure read for a word of average ("Средняя зарплата в регионе составила").
_MAX_TO_AVERAGE: Final = 6


@functools.cache
def _bound_forms(lex: Lexicon) -> frozenset[str]:
    return morph.word_forms((*lex.max_lemmas, *lex.min_lemmas))


def prepare(lex: Lexicon) -> None:
    """Build the table this module derives from ``lex``: every form of the words of bounds."""
    _bound_forms(lex)


def _average(layout: Layout, i: int) -> bool:
    """A word of average stands a few words before the figure, or in its subject."""
    subject = layout.claims[i].subject
    if subject is not None and set(subject.lemma.split()) & layout.lex.average_lemmas:
        return True
    start = layout.q(i).span.start
    words = layout.doc.words(max(0, start - 60), start)[-_MAX_TO_AVERAGE:]
    return any(morph.lemmas(w.text.lower()) & layout.lex.average_lemmas for w in words)


def _bound(layout: Layout, i: int) -> str | None:
    """"max" or "min" when a word of bounds stands right before the figure, a dash at most between."""
    start = layout.q(i).span.start
    before = layout.doc.words(max(0, start - 30), start)[-1:]
    if not before or layout.doc.text[before[0].end : start].strip() not in ("", *layout.dashes()):
        return None
    lemmas = morph.lemmas(before[0].text.lower())
    if lemmas & layout.lex.max_lemmas:
        return "max"
    return "min" if lemmas & layout.lex.min_lemmas else None


def _bounded(layout: Layout, figures: Sequence[int]) -> Structure | None:
    bounds = {i: _bound(layout, i) for i in figures}
    averages = [i for i in figures if bounds[i] is None and layout.q(i).kind == "amount" and _average(layout, i)]
    if len(averages) != 1:
        return None
    unit = layout.q(averages[0]).unit
    members = [(i, role) for i, role in bounds.items() if role is not None and layout.q(i).unit == unit]
    if not members:
        return None
    return Structure("bounded", ((averages[0], "average"), *members))


def find(layout: Layout) -> list[Structure]:
    """Every average stated with a bound of the same things in its sentence."""
    cues = layout.doc.starts_of(_bound_forms(layout.lex))
    out: list[Structure] = []
    for sentence, figures in layout.figures:
        start, end = layout.sentence_starts[sentence], layout.sentence_ends[sentence]
        if len(figures) < 2 or not any_between(cues, start, end):
            continue
        found = _bounded(layout, figures)
        if found is not None:
            out.append(found)
    return out
