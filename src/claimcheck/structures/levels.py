"""The two levels of a change: "выросла с 10,63 до 11,29 млрд долларов", "сократился в полтора раза с 12 до 8".

The earlier level is the figure after "с", the later one the figure after "до" right after it, and a
word of change before them tells the direction ("выросла": a rise, "уменьшился": a fall). A change
figure of the same clause before them ("на 20%", "в полтора раза") is the change between the two
levels. Without a word of change the pair is a span ("открыты с 8 до 20 часов") and no structure.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from claimcheck import morph
from claimcheck.structures.layout import Layout, Structure

__all__ = ["find"]

# Words before "с" in which the word of change stands ("выросла на 20% с …", "увеличил число машин с
# «мигалками» в полтора раза с …").
_VERB_REACH: Final = 8


def _pair(layout: Layout, a: int, b: int, start: int) -> bool:
    """Figure ``a`` follows "с" and figure ``b`` follows "до" right after it, in one unit."""
    qa, qb = layout.q(a), layout.q(b)
    if qa.unit != qb.unit or qa.kind not in ("amount", "range") or qb.kind not in ("amount", "range", "target"):
        return False
    before = layout.gap(max(start, qa.span.start - 12), qa.span.start).tokens
    if not before or before[-1] not in layout.level_from:
        return False
    to_markers = layout.level_to
    written = morph.normalize(qb.span.text).split()
    gap = layout.between(a, b).tokens
    return (written[:1] and written[0] in to_markers and gap == ()) or (len(gap) == 1 and gap[0] in to_markers)


def _direction(layout: Layout, start: int, end: int) -> str | None:
    """"rise" or "fall" by the last word of change in ``[start, end)``, else None."""
    lex = layout.lex
    words = [t for t in layout.gap(start, end).tokens if t[0].isalpha()][-_VERB_REACH:]
    for w in reversed(words):
        lemmas = morph.lemmas(w)
        if lemmas & lex.change_up:
            return "rise"
        if lemmas & lex.change_down:
            return "fall"
    return None


def _change(layout: Layout, figures: Sequence[int], n: int) -> int | None:
    """The change figure right before the earlier level (only words between them)."""
    if n == 0:
        return None
    c = figures[n - 1]
    q = layout.q(c)
    gap = layout.between(c, figures[n])
    if q.kind != "change" or q.direction is None or gap.words > _VERB_REACH or gap.separators or "." in gap.marks:
        return None
    return c


def find(layout: Layout) -> list[Structure]:
    """Every change stated with both its levels."""
    out: list[Structure] = []
    for sentence, figures in layout.figures:
        start = layout.sentence_starts[sentence]
        for n in range(len(figures) - 1):
            a, b = figures[n], figures[n + 1]
            if not _pair(layout, a, b, start):
                continue
            change = _change(layout, figures, n)
            lo = layout.q(figures[n - 1]).span.end if n else start
            direction = _direction(layout, lo, layout.q(a).span.start)
            if change is not None:
                direction = direction or ("rise" if layout.q(change).direction == "up" else "fall")
            if direction is None:
                continue
            members = ((a, "from"), (b, "to"), *(() if change is None else ((change, "change"),)))
            out.append(Structure(direction, members))
    return out
