"""A part of a set written "N из M" and the percentage the text gives of it.

"За него проголосовали 157 из 172 делегатов, или 91,3 %", "…— 157 из 172 (8 воздержавшихся, 7 — против).
В процентном отношении этот показатель составляет 91,3": the part N, its whole M (the claim's ``whole``,
written right after "из") and a percentage: the first figure after M in its sentence, a few words on, or
the first figure of the next sentence of the paragraph when that sentence points back to the pair before
it ("этот показатель", "это"). N / M is that percentage (the share check reads the anchors: kind
"proportion", roles "part", "total" and "share").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from claimcheck import morph
from claimcheck.structures.layout import Layout, Structure

__all__ = ["find"]

# Words between the whole and its percentage in the sentence ("делегатов, или 91,3 %").
_MAX_TO_SHARE: Final = 3


def _share(layout: Layout, i: int) -> bool:
    q = layout.q(i)
    return q.unit == "percent" and q.kind in ("amount", "share")


def _written_of(layout: Layout, part: int, whole: int) -> bool:
    """The part and its whole are written "N из M"."""
    return layout.between(part, whole).tokens == (layout.lex.marker_of,)


def _same_sentence(layout: Layout, figures: Sequence[int], n: int) -> int | None:
    """The percentage a few words after the whole ``figures[n]``, no verb between."""
    if n + 1 >= len(figures) or not _share(layout, figures[n + 1]):
        return None
    gap = layout.between(figures[n], figures[n + 1])
    return figures[n + 1] if gap.words <= _MAX_TO_SHARE and not gap.predicate else None


def _next_sentence(layout: Layout, sentence: int, following: tuple[int, Sequence[int]] | None) -> int | None:
    """The first figure of the next sentence of the paragraph, a percentage, when a word before it points
    back ("В процентном отношении этот показатель составляет 91,3")."""
    if following is None or following[0] != sentence + 1:
        return None
    if layout.paragraph_of(following[0]) != layout.paragraph_of(sentence) or not _share(layout, following[1][0]):
        return None
    first = following[1][0]
    words = layout.doc.words(layout.sentence_starts[following[0]], layout.q(first).span.start)
    return first if any(morph.normalize(w.text) in layout.lex.back_references for w in words) else None


def find(layout: Layout) -> list[Structure]:
    """Every "N из M" with the percentage the text gives of it."""
    out: list[Structure] = []
    sentences = layout.figures
    for k, (sentence, figures) in enumerate(sentences):
        for n, whole in enumerate(figures):
            if n == 0 or layout.claims[figures[n - 1]].whole != whole or not _written_of(layout, figures[n - 1], whole):
                continue
            share = _same_sentence(layout, figures, n)
            if share is None:
                share = _next_sentence(layout, sentence, sentences[k + 1] if k + 1 < len(sentences) else None)
            if share is not None:
                out.append(Structure("proportion", ((figures[n - 1], "part"), (whole, "total"), (share, "share"))))
    return out
