"""Percentages that are shares of a whole, though extraction reads them as amounts.

"76,4% отданных за него голосов", "73 процента мировых запасов газа": a percentage followed by the
whole it is a part of, in the genitive, is a share of that whole; so is a percentage of a measure that is
a share by its nature ("Явка составила 61,31 %") or one given as a result ("с результатом 56
процентов"). Such a percentage cannot exceed 100 %, and the sanity check reads the anchor (kind "share",
role "share") as it reads a share that extraction marked. Rates of their own events ("87% вероятности")
are left out.
"""

from __future__ import annotations

from typing import Final

from claimcheck import morph
from claimcheck.structures.layout import Layout, Structure

__all__ = ["find"]

_READ: Final = ("amount", "target")
_NOMINALS: Final = ("NOUN", "ADJF", "PRTF")


def _genitive_whole(layout: Layout, i: int) -> bool:
    """The words right after the percentage name a whole in the genitive ("мировых запасов")."""
    end = layout.q(i).span.end
    after = layout.doc.words(end, end + 40)
    if not after or layout.doc.text[end : after[0].start].strip():
        return False  # a mark stands between: the word after starts something else
    word = after[0].text
    parses = morph.parses(word.lower())[:3]
    if not parses or parses[0].tag.POS not in _NOMINALS:
        return False
    if not any(p.tag.case == "gent" and p.tag.POS in _NOMINALS for p in parses):
        return False
    lex = layout.lex
    lemmas = morph.lemmas(word)
    return not lemmas & (lex.rate_lemmas | set(lex.period_units) | set(lex.months) | lex.year_lemmas)


def _share_by_nature(layout: Layout, i: int) -> bool:
    """Of a measure that is a share ("Явка составила 61,31 %"), or after a word that makes it one ("с
    результатом 56 процентов")."""
    subject = layout.claims[i].subject
    if subject is not None and set(subject.lemma.split()) & layout.lex.share_subjects:
        return True
    start = layout.q(i).span.start
    before = layout.doc.words(max(0, start - 20), start)
    return bool(before) and bool(morph.lemmas(before[-1].text) & layout.lex.share_before)


def find(layout: Layout) -> list[Structure]:
    """Every percentage read as an amount that is a share of a whole."""
    out: list[Structure] = []
    for _, figures in layout.figures:
        for i in figures:
            q = layout.q(i)
            if q.unit == "percent" and q.kind in _READ and (_genitive_whole(layout, i) or _share_by_nature(layout, i)):
                out.append(Structure("share", ((i, "share"),)))
    return out
