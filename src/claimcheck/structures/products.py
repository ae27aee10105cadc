"""A count of things, what each of them holds, and the total they make.

"Предполагается прокладка четырех ниток мощностью около 15,75 миллиарда кубометров газа каждая. … вывести
проект на полную мощность — 63 миллиарда кубометров в год": a count (four lines), an amount that a word
of "each" right after it makes the share of one of them, and a total of the amount's unit that a word of
wholeness ("полную", "общая", "всего") puts before it, later in the sentence or in the next one of the
paragraph. The count times the amount each is the total.

The text is asked for the words of "each" (a set lookup of their forms) before any figure is looked at.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Final

from claimcheck import morph
from claimcheck.lexicon import Lexicon
from claimcheck.segment import any_between
from claimcheck.structures.layout import Layout, Structure, additive

__all__ = ["find", "prepare"]

# Words between the amount and the word of "each" ("кубометров газа каждая").
_MAX_TO_EACH: Final = 3
# Words between a word of wholeness and the total ("полную мощность —").
_MAX_TO_TOTAL: Final = 3
# Kinds of figure the count and the total may be: a plan has them as well ("предполагается прокладка").
_KINDS: Final = ("amount", "target")


@functools.cache
def _each_forms(lex: Lexicon) -> frozenset[str]:
    return morph.word_forms(lex.each_lemmas)


def _each_after(layout: Layout, each: Sequence[int], i: int) -> bool:
    """A word of "each" (``each``: where they begin) follows figure ``i`` within a few words ("…
    кубометров газа каждая")."""
    end = layout.q(i).span.end
    words = layout.doc.words(end, end + 60)[: _MAX_TO_EACH + 1]
    return bool(words) and any_between(each, words[0].start, words[-1].end)


def _whole_before(layout: Layout, i: int) -> bool:
    """A word of wholeness stands a few words before figure ``i`` ("на полную мощность — 63 …")."""
    start = layout.q(i).span.start
    words = [w.text.lower() for w in layout.doc.words(max(0, start - 60), start)][-_MAX_TO_TOTAL:]
    lex = layout.lex
    return any(morph.lemmas(w) & lex.whole_lemmas for w in words) or any(
        layout.gap(max(0, start - 40), start).has(t) for t in layout.total_words
    )


def _count_before(layout: Layout, figures: Sequence[int], n: int) -> int | None:
    """The count that the amount ``figures[n]`` is of each: the nearest count before it."""
    for i in reversed(figures[:n]):
        q = layout.q(i)
        if q.unit == "count" and q.kind in _KINDS and q.value == q.value.to_integral_value() and q.approx == "=":
            return i
    return None


def _total_after(layout: Layout, candidates: Sequence[int], unit: str) -> int | None:
    for i in candidates:
        q = layout.q(i)
        if q.unit == unit and q.kind in _KINDS and _whole_before(layout, i):
            return i
    return None


def prepare(lex: Lexicon) -> None:
    """Build the table this module derives from ``lex``: every form of the words of "each"."""
    _each_forms(lex)


def find(layout: Layout) -> list[Structure]:
    """Every count with the amount each of its things holds and the total stated of them."""
    out: list[Structure] = []
    each = layout.doc.starts_of(_each_forms(layout.lex))
    if not each:
        return out
    sentences = layout.figures
    for k, (sentence, figures) in enumerate(sentences):
        if not any_between(each, layout.sentence_starts[sentence], layout.sentence_ends[sentence]):
            continue
        following: list[int] = []
        if k + 1 < len(sentences) and sentences[k + 1][0] == sentence + 1 and (
            layout.paragraph_of(sentence + 1) == layout.paragraph_of(sentence)
        ):
            following = sentences[k + 1][1]
        for n, i in enumerate(figures):
            q = layout.q(i)
            if q.kind != "amount" or not additive(q, layout.lex) or not _each_after(layout, each, i):
                continue
            count = _count_before(layout, figures, n)
            total = _total_after(layout, [*figures[n + 1 :], *following], q.unit)
            if count is not None and total is not None:
                out.append(Structure("product", ((count, "count"), (i, "each"), (total, "total"))))
    return out
