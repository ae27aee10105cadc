"""A level and the difference that sets it above a level the text does not state.

"Областной МРОТ установлен на уровне 2,9 тыс. руб, что на 600 руб больше, чем в целом по стране": after a
figure, its own clause and a comma (or a dash), a clause that opens with a word pointing back at the figure
("что", "это": the lexicon's ``comparison_links``) and a difference in the figure's unit that rises ("на 600
руб больше") compares the figure with another level, the figure less the difference. The figure is anchored
as the level a rise reached ("to") and the difference as its change, the earlier level left out, so that
the change check can hold that level to what a count or a sum can be: not below zero. A difference that
falls ("на 600 руб меньше") leaves a level above the figure, which nothing bounds, and is not anchored;
neither are quantities that may be below zero (a profit after a loss: the lexicon's ``signed_lemmas``, read
in the sentence before the figure).
"""

from __future__ import annotations

import itertools
from typing import Final

from claimcheck import morph
from claimcheck.structures.layout import Layout, Structure

__all__ = ["find"]

# Words of the figure's own clause between it and the comma ("134 журналиста находятся в тюрьмах, это на 9
# больше").
_MAX_WORDS: Final = 6
# The unit codes of counts and of sums whose currency the text does not state (the JSON schema's).
_COUNT: Final = "count"
_MONEY: Final = "money"


def _never_negative(unit: str) -> bool:
    """A count, or a sum of money (currency codes are ISO 4217's three capitals)."""
    return unit in (_COUNT, _MONEY) or (len(unit) == 3 and unit.isupper())


def _linked(layout: Layout, a: int, c: int) -> bool:
    """Between figure ``a`` and the difference ``c``: a few words of ``a``'s clause, then a separator or a
    dash and nothing but words pointing back at ``a`` ("2,9 тыс. руб, что на 600 руб") or a dash."""
    gap = layout.between(a, c)
    if "." in gap.marks or gap.words > _MAX_WORDS + 1:
        return False
    dashes = layout.dashes()
    cut = next((k for k, t in enumerate(gap.tokens) if t in layout.lex.list_separators or t in dashes), None)
    if cut is None:
        return False
    rest = gap.tokens[cut:]
    links = layout.lex.comparison_links
    # After the figure's clause only marks and words pointing back ("…, что на"), or a dash alone ("— на 15
    # собак больше"); other words there tell a figure of their own ("…, в 2023 году — на 30 машин больше").
    if not all(t in links or t in dashes or t in layout.lex.list_separators for t in rest):
        return False
    return any(t in links or t in dashes for t in rest)


def _signed(layout: Layout, sentence: int, a: int) -> bool:
    """The sentence before figure ``a`` names a quantity that may be below zero ("прибыль")."""
    words = layout.doc.words(layout.sentence_starts[sentence], layout.q(a).span.start)
    return any(morph.lemmas(w.text) & layout.lex.signed_lemmas for w in words)


def find(layout: Layout) -> list[Structure]:
    """Every figure with the rising difference that compares it with a level left out."""
    out: list[Structure] = []
    for sentence, figures in layout.figures:
        for a, c in itertools.pairwise(figures):
            qa, qc = layout.q(a), layout.q(c)
            if qc.kind != "change" or qc.direction != "up" or qa.kind != "amount":
                continue  # asked first, on the claims alone: most pairs are no figure and its difference
            if qa.unit != qc.unit or not _never_negative(qa.unit):
                continue
            if _linked(layout, a, c) and not _signed(layout, sentence, a):
                out.append(Structure("rise", ((a, "to"), (c, "change"))))
    return out
