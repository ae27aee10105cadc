"""What the words before and after a number say about it: a hedge ("более", "около", "не менее"), and
the claim's kind (a change, a target, a share or a plain amount) with a change's direction.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Final

from attrs import frozen

from claimcheck import morph
from claimcheck.lexicon import Hedge, Lexicon
from claimcheck.quantities.tokens import Token, prev_word
from claimcheck.quantities.units import is_noun

__all__ = ["after_percent", "change_before", "claim_kind", "hedge_before", "prepare"]

# How far back (in tokens) a kind cue may stand from the number it qualifies.
_KIND_WINDOW: Final = 8
_NO_LEMMAS: Final[frozenset[str]] = frozenset()


def prepare(lex: Lexicon) -> None:
    """Build the tables this module derives from ``lex`` (see :func:`claimcheck.analysis.prepare`)."""
    _kind_forms(lex)
    _hedge_index(lex)


def hedge_before(
    text: str, start: int, floor: int, lex: Lexicon, *, before_by: bool = False
) -> tuple[Hedge, int] | None:
    """One of the lexicon's hedges (longest first; only those that may stand before "на" if
    ``before_by``) ending right before ``start`` (spaces between allowed): (hedge, its start)."""
    lo = max(floor, start - 40)
    head = text[lo:start].rstrip()
    low = head.lower()
    index = _hedge_index(lex)
    for hedge in (index.before_by if before_by else index.all).get(low[-1:], ()):
        if low.endswith(hedge.phrase):
            begin = len(low) - len(hedge.phrase)
            if begin == 0 or not low[begin - 1].isalnum():
                return hedge, lo + begin
    return None


@frozen
class _HedgeIndex:
    """The hedges of a lexicon by their last letter (longest first within each): a text is tested
    only against the phrases that end as it does."""

    all: dict[str, tuple[Hedge, ...]]
    before_by: dict[str, tuple[Hedge, ...]]


@functools.cache
def _hedge_index(lex: Lexicon) -> _HedgeIndex:
    return _HedgeIndex(_by_last_letter(lex.hedges), _by_last_letter(lex.hedges_before_by))


def _by_last_letter(hedges: Sequence[Hedge]) -> dict[str, tuple[Hedge, ...]]:
    index: dict[str, list[Hedge]] = {}
    for hedge in hedges:
        index.setdefault(hedge.phrase[-1], []).append(hedge)
    return {last: tuple(group) for last, group in index.items()}


def claim_kind(
    toks: Sequence[Token], i: int, k: int, unit: str, has_na: bool, lex: Lexicon
) -> tuple[str, str | None]:
    """The claim kind of the number at tokens [i, k), and a change's direction."""
    before = _word_lemmas(toks, i - _KIND_WINDOW, i, lex)
    after = toks[k].lower if k < len(toks) and toks[k].kind == "word" else ""
    if after in lex.comparatives:
        return "change", "up" if after in lex.comparatives_up else "down"
    changes = [lems for lems in before if lems & lex.change_verbs]
    if unit == "times" or (has_na and changes):
        direction = None
        if changes:
            last = changes[-1]
            direction = "up" if last & lex.change_up else "down" if last & lex.change_down else None
        return "change", direction
    governed = prev_word(toks, i) == lex.marker_to or (
        i > 1 and toks[i - 1].kind == "sym" and prev_word(toks, i - 1) == lex.marker_to
    )
    if any(lems & lex.target_lemmas for lems in before[-6 if governed else -2 :]):
        return "target", None
    if any(morph.has_tag(t.text, "futr", best_only=True) for t in toks[max(i - 3, 0) : i] if t.kind == "word"):
        return "target", None  # a verb in the future tense: a forecast or a plan
    if unit == "fraction":
        return "share", None
    if unit == "percent":
        if any(lems & lex.share_lemmas - set(lex.unit_lemmas) for lems in before[-3:]):
            return "share", None
        nxt = toks[k] if k < len(toks) else None
        if nxt is not None and nxt.kind == "word" and is_noun(nxt.text) and morph.has_tag(nxt.text, "gent"):
            return "share", None
    return "amount", None


def change_before(toks: Sequence[Token], i: int, lex: Lexicon, *, window: int | None = None) -> bool:
    """A word of change ("выросла", "сокращение") stands among the sentence's tokens before ``i`` (among
    the ``window`` tokens before it, if given)."""
    start = 0 if window is None else i - window
    return any(lems & lex.change_verbs for lems in _word_lemmas(toks, start, i, lex))


def _word_lemmas(toks: Sequence[Token], a: int, b: int, lex: Lexicon) -> list[frozenset[str]]:
    """The lemmas of the words among tokens [a, b) that :func:`claim_kind` asks about (change, target and
    share words); any other word gives an empty set, told by a set lookup without a parse."""
    forms = _kind_forms(lex)
    return [
        morph.lemmas(t.lower) if morph.normalize(t.text) in forms else _NO_LEMMAS
        for t in toks[max(a, 0) : b] if t.kind == "word"
    ]


@functools.cache
def _kind_forms(lex: Lexicon) -> frozenset[str]:
    """Every form of the lemmas a claim's kind is told by."""
    return morph.word_forms(
        lex.change_verbs | lex.change_up | lex.change_down | lex.target_lemmas | lex.share_lemmas
    )


def after_percent(toks: Sequence[Token], i: int, lex: Lexicon) -> bool:
    """Token ``i`` follows a percentage ("20% от $24,2 млрд"): "от" then names the base, not a bound."""
    if i < 1:
        return False
    prev = toks[i - 1]
    if prev.text == "%":
        return True
    return prev.kind == "word" and any(lex.unit_lemmas.get(lem) == "percent" for lem in morph.lemmas(prev.lower))
