"""How two subjects relate: the same thing, a part of the other, or unrelated.

Subjects are compared by their lemma keys ("взаимный торговля", "товарооборот сельскохозяйственный
продукция между рк и рф"): the head noun, mapped through the synonym table, and the set of other lemmas
(generic ones such as "взаимный" dropped). A subject with the same head and more modifiers is a part
of one with fewer ("товарооборот сельскохозяйственной продукции" within "взаимная торговля"); a head
listed as a part of another head ("экспорт" of "товарооборот") is a part too.
"""

from __future__ import annotations

import functools

from claimcheck import morph
from claimcheck.lexicon import Lexicon
from claimcheck.model import Subject

__all__ = ["head_and_modifiers", "prepare", "relation", "same_mention"]


def prepare(lex: Lexicon) -> None:
    """Build the tables this module derives from ``lex`` (see :func:`claimcheck.analysis.prepare`)."""
    _noise(lex)


@functools.lru_cache(maxsize=4096)
def _split(lemma: str, lex: Lexicon) -> tuple[str, frozenset[str]]:
    # Hedges, scale words and numerals that extraction left in a subject narrow nothing.
    noise = _noise(lex)
    words = [w for w in lemma.split() if w not in noise]
    # A subject whose words hold no noun ("я"), or only a one- or two-letter one ("по" read as
    # the abbreviation ПО), is extraction noise: it relates to nothing.
    head_index = next(
        (
            i for i, w in enumerate(words)
            if len(w) > 2 and any(p.tag.POS == "NOUN" for p in morph.parses(w)[:2])
        ),
        None,
    )
    if head_index is None:
        return "", frozenset()
    head = words[head_index]
    head = lex.synonyms.get(head, head)
    mods = frozenset(w for i, w in enumerate(words) if i != head_index) - lex.generic_modifiers
    return head, mods


@functools.lru_cache(maxsize=4)
def _noise(lex: Lexicon) -> frozenset[str]:
    hedge_words = {w for h in lex.hedges for w in h.phrase.split()}
    return frozenset(hedge_words | set(lex.scales) | set(lex.cardinals) | set(lex.collectives))


def head_and_modifiers(subject: Subject, lex: Lexicon) -> tuple[str, frozenset[str]]:
    """The canonical head lemma and the narrowing modifiers of a subject."""
    return _split(subject.lemma, lex)


def relation(a: Subject | None, b: Subject | None, lex: Lexicon) -> str | None:
    """"same", "part" (a is a part of b), "whole" (b is a part of a) or None."""
    if a is None or b is None:
        return None
    ha, ma = _split(a.lemma, lex)
    hb, mb = _split(b.lemma, lex)
    if not ha or not hb:
        return None
    if ha == hb:
        if ma == mb:
            return "same"
        if mb < ma:
            return "part" if _narrows(ma - mb) else None
        if ma < mb:
            return "whole" if _narrows(mb - ma) else None
        return None
    if lex.part_of.get(ha) == hb and mb <= ma:
        return "part"
    if lex.part_of.get(hb) == ha and ma <= mb:
        return "whole"
    return None


def _narrows(extra: frozenset[str]) -> bool:
    """Extra modifiers make a part only if one is a common word: "сельскохозяйственной продукции"
    narrows trade, but an owner's name ("состояние Алишера Усманова") names the same thing."""
    return any(_common_word(w) for w in extra)


@functools.lru_cache(maxsize=4096)
def _common_word(lemma: str) -> bool:
    ps = [p for p in morph.parses(lemma)[:3] if p.is_known]
    return bool(ps) and ps[0].tag.POS in ("NOUN", "ADJF", "PRTF") and not any(
        g in ps[0].tag for g in ("Name", "Surn", "Patr", "Geox", "Orgn", "Abbr")
    )


def same_mention(a: Subject | None, b: Subject | None) -> bool:
    """Both claims point at one written subject: extraction carried it from one claim to the other."""
    return a is not None and b is not None and a.span == b.span
