"""Counts with their percentages: each pair implies the whole they are shares of.

"За Бинга проголосовали более 49 тысяч избирателей (52,3 процента голосов), а за Кокрела — 44,7 тысячи
(47,7 процента)", "Михаил Саакашвили — 52,1 % (922774 голоса)": an amount and a percentage written side
by side, one in brackets right after the other (or after a dash), state that the amount is that share of
a whole. Every such pair of one paragraph, amounts in one unit, shares out one whole: the structure is
the pairs, each amount ("part") with its percentage ("share").
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from claimcheck.structures.layout import Layout, Structure, additive

__all__ = ["find"]

# Words between an amount and its bracketed percentage, or the other way round ("избирателей (").
_MAX_BETWEEN: Final = 2


def _pair(layout: Layout, a: int, b: int) -> tuple[int, int] | None:
    """(amount, percentage) when figures ``a`` and ``b`` are written side by side as one of the other."""
    qa, qb = layout.q(a), layout.q(b)
    if qa.unit == "percent" and qb.unit != "percent":
        amount, share = b, a
    elif qb.unit == "percent" and qa.unit != "percent":
        amount, share = a, b
    else:
        return None
    aq = layout.q(amount)
    if aq.kind != "amount" or layout.q(share).kind == "change" or not additive(aq, layout.lex):
        return None
    gap = layout.between(a, b)
    opens = set(layout.lex.structure_brackets) | set(layout.dashes())
    if gap.words > _MAX_BETWEEN or gap.separators or not gap.marks & opens or gap.predicate:
        return None
    return amount, share


def _pairs(layout: Layout) -> Iterator[tuple[int, int, int]]:
    """(paragraph, amount, percentage) for every pair, in text order."""
    for sentence, figures in layout.figures:
        paragraph = layout.paragraph_of(sentence)
        n = 0
        while n < len(figures) - 1:
            found = _pair(layout, figures[n], figures[n + 1])
            if found is None:
                n += 1
                continue
            yield (paragraph, *found)
            n += 2


def find(layout: Layout) -> list[Structure]:
    """Every group of two or more amount-and-percentage pairs of one paragraph and unit."""
    groups: dict[tuple[int, str], list[tuple[int, int]]] = {}
    for paragraph, amount, share in _pairs(layout):
        groups.setdefault((paragraph, layout.q(amount).unit), []).append((amount, share))
    return [
        Structure("whole", tuple(m for amount, share in pairs for m in ((amount, "part"), (share, "share"))))
        for _, pairs in sorted(groups.items(), key=lambda kv: kv[1][0])
        if len(pairs) >= 2
    ]
