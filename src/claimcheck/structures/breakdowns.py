"""A stated total and the figures listed as its parts, in one sentence.

Two layouts:

* the total, then a mark that opens its breakdown and the listed parts: "восемь детей — четверо сыновей и
  четыре дочери", "12 медалей (2 золотых, 5 серебряных и 5 бронзовых)", "50 экспериментов: 48 …, 2 …";
* the listed parts, then a word that sums them and the total: "четыре сына и две дочери, всего шестеро
  детей".

A breakdown is complete (a "partition": the parts add up to the total) when every item of the list is a
figure and nothing follows the last one but the end of the sentence or of the brackets; otherwise the
parts are "parts" (they add up to at most the total). The listed figures are consecutive figures of the
sentence in one unit, each joined to the next by a comma or a conjunction and a few words.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Final

from claimcheck.structures.layout import Gap, Layout, Structure, additive

__all__ = ["find"]

# Words an item of a list may hold besides its figure ("семь раз до Открытой эры и …").
_MAX_ITEM_WORDS: Final = 8
# Words between a total and the mark that opens its breakdown (the rest of its noun phrase:
# "четверо взрослых детей от брака с юристом Мариной Уилер —").
_MAX_TOTAL_TAIL: Final = 8
# Words between the mark that opens a breakdown and its first figure ("— две дочери", ": семь раз").
_MAX_LEAD: Final = 3
# Words between the last listed figure and "всего" and between "всего" and the total.
_MAX_TO_TOTAL: Final = 4


def _listable(layout: Layout, i: int) -> bool:
    q = layout.q(i)
    return q.kind == "amount" and additive(q, layout.lex)


def _linked(layout: Layout, a: int, b: int, gap: Gap) -> bool:
    """Figures ``a`` and ``b`` are consecutive items of one list. A dash right after ``a`` names what it
    counts ("72 — математика, 60 — физика") and ends nothing."""
    lex = layout.lex
    stops = {*lex.structure_openers, *lex.structure_brackets, *lex.structure_brackets.values(), *layout.dashes(), "."}
    named = bool(gap.tokens) and gap.tokens[0] in layout.dashes()
    marks = {t for t in gap.tokens[1:] if not t[0].isalnum()} if named else gap.marks
    return (
        layout.q(a).unit == layout.q(b).unit
        and gap.separators >= 1 and gap.words <= _MAX_ITEM_WORDS
        and not marks & stops
        and not any(gap.has(w) for w in layout.total_words)
    )


def _runs(layout: Layout, figures: Sequence[int]) -> Iterator[tuple[int, list[int], list[Gap]]]:
    """Maximal runs of two or more listed figures: (position in ``figures``, the run, the gaps in it)."""
    n = 0
    while n < len(figures):
        run, gaps = [figures[n]], []
        while n + len(run) < len(figures) and _listable(layout, run[0]):
            nxt = figures[n + len(run)]
            if not _listable(layout, nxt) or layout.q(nxt).unit != layout.q(run[-1]).unit:
                break
            gap = layout.between(run[-1], nxt)
            if not _linked(layout, run[-1], nxt, gap):
                break
            run.append(nxt)
            gaps.append(gap)
        if len(run) >= 2:
            yield n, run, gaps
        n += len(run)


def _opened(
    layout: Layout, figures: Sequence[int], at: int, run: list[int], gaps: list[Gap], end: int
) -> Structure | None:
    """The figure before the run is its total, with a mark that opens the breakdown between them."""
    if at == 0:
        return None
    total = figures[at - 1]
    if not _listable(layout, total) or layout.q(total).unit != layout.q(run[0]).unit:
        return None
    lex = layout.lex
    openers = {*lex.structure_openers, *lex.structure_brackets, *layout.dashes()}
    gap = layout.between(total, run[0])
    opener_at = next((k for k, t in enumerate(gap.tokens) if t in openers), None)
    if opener_at is None or gap.separators:
        return None
    before = sum(t[0].isalnum() for t in gap.tokens[:opener_at])
    after = gap.tokens[opener_at + 1 :]
    if before > _MAX_TOTAL_TAIL or len(after) > _MAX_LEAD or any(not t[0].isalnum() for t in after):
        return None
    if gap.predicate:
        return None
    tail = layout.tokens(layout.q(run[-1]).span.end, end)
    closer = lex.structure_brackets.get(gap.tokens[opener_at])
    if closer is not None:
        # A breakdown in brackets ends where they close; unclosed, it is no breakdown.
        if closer not in tail:
            return None
        tail = tail[: tail.index(closer)]
    complete = all(g.separators == 1 for g in gaps) and not any(t in layout.separators for t in tail)
    # "157 из 172 (8 воздержавшихся, 7 — против)": the part before "из" is one of the parts.
    stated = [figures[at - 2]] if at >= 2 and layout.claims[figures[at - 2]].whole == total else []
    return _structure(complete, total, [*stated, *run])


def _summed(layout: Layout, figures: Sequence[int], at: int, run: list[int], gaps: list[Gap]) -> Structure | None:
    """The figure after the run is its total, after "всего" ("…, всего шестеро детей")."""
    k = at + len(run)
    if k >= len(figures) or any(g.predicate for g in gaps):
        return None
    total = figures[k]
    if not _listable(layout, total) or layout.q(total).unit != layout.q(run[-1]).unit:
        return None
    gap = layout.between(run[-1], total)
    if gap.words > 2 * _MAX_TO_TOTAL or gap.separators > 1 or gap.predicate:
        return None
    if not any(gap.has(w) for w in layout.total_words):
        return None
    return _structure(True, total, run)


def _structure(complete: bool, total: int, parts: Sequence[int]) -> Structure:
    return Structure(
        "partition" if complete else "parts",
        ((total, "total"), *((p, "part") for p in parts)),
    )


def find(layout: Layout) -> list[Structure]:
    """Every total with its listed parts."""
    out: list[Structure] = []
    for sentence, figures in layout.figures:
        end = layout.sentence_ends[sentence]
        for at, run, gaps in _runs(layout, figures):
            found = _opened(layout, figures, at, run, gaps, end) or _summed(layout, figures, at, run, gaps)
            if found is not None:
                out.append(found)
    return out
