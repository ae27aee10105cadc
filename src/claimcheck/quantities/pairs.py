"""Two numbers read together: the high end of a range ("5–7", "от 3 млн до 5 млрд"), the smaller part
of a compound measure ("53 часа 22 минуты"), and a unit left to the next number ("с 114 до 81,5 млрд
долларов", "в 70 и 75 лет").
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Final

from attrs import frozen

from claimcheck import morph
from claimcheck.lexicon import Lexicon
from claimcheck.quantities.exclusions import excluded
from claimcheck.quantities.numerals import Number, read_number
from claimcheck.quantities.tokens import Token
from claimcheck.quantities.units import Scale, scale_at, unit_after

# How many numbers a list that states its unit once may hold before the last ("5, 7, 9 и 12 человек").
_MAX_LISTED: Final = 8

__all__ = ["ScaledHigh", "SmallerPart", "elided_unit", "range_high", "scaled_high", "shared_unit", "smaller_part"]


def range_high(toks: Sequence[Token], num: Number, lex: Lexicon, *, from_marker: bool) -> Number | None:
    """The high end of a range right after a number: "5–7", "5-7", or "от 5 до 7" (after "от")."""
    k = num.j
    if num.unit is not None or num.vague or k + 1 >= len(toks):
        return None
    link = toks[k]
    if link.kind == "dash" or (from_marker and link.lower == lex.marker_to):
        return read_number(toks, k + 1, lex)
    return None


@frozen
class ScaledHigh:
    """The high end of a range that carries its own scale word ("5 млрд" of "3 млн–5 млрд")."""

    num: Number
    scale: Scale


def scaled_high(
    toks: Sequence[Token], k: int, text: str, lex: Lexicon, *, from_marker: bool
) -> ScaledHigh | None:
    """After a scaled number that ends before token ``k``: a dash right after it, or "до" (after
    "от"), and a second scaled number, the high end of a range."""
    if k + 1 >= len(toks):
        return None
    link = toks[k]
    tight = link.kind == "dash" and link.start == toks[k - 1].end
    if not (tight or (from_marker and link.lower == lex.marker_to)):
        return None
    num = read_number(toks, k + 1, lex)
    if num is None or num.unit is not None:
        return None
    sc = scale_at(toks, num.j, text, lex)
    return None if sc is None else ScaledHigh(num, sc)


@frozen
class SmallerPart:
    """The second number of a compound measure ("22 минуты" of "53 часа 22 минуты"): its unit, how many
    of it make one of the larger unit, its value and rounding step, and where it ends."""

    unit: str
    factor: Decimal
    value: Decimal
    step: Decimal
    end: int
    next: int


def smaller_part(toks: Sequence[Token], k: int, text: str, unit: str, lex: Lexicon) -> SmallerPart | None:
    """A second number in a smaller unit right after a measure ("53 часа 22 минуты")."""
    if k >= len(toks) or toks[k].kind not in ("num", "word"):
        return None
    smaller = [(key.split()[1], f) for key, f in lex.compound_units.items() if key.split()[0] == unit]
    if not smaller:
        return None
    nxt = read_number(toks, k, lex)
    if nxt is None or nxt.unit is not None or (toks[k].kind == "num" and excluded(toks, k, text, nxt, lex)):
        return None
    found = unit_after(toks, nxt.j, text, toks[nxt.j - 1].end, lex, digits=toks[k].kind == "num")
    if found is None:
        return None
    for code, factor in smaller:
        if found.code == code and nxt.value < factor:
            return SmallerPart(code, factor, nxt.value, nxt.step, found.end, found.next)
    return None


def elided_unit(toks: Sequence[Token], k: int, text: str, lex: Lexicon) -> str | None:
    """The unit of the next scaled number when a scaled number has none ("с 114 до 81,5 млрд долларов")."""
    if k + 1 >= len(toks) or not (
        toks[k].kind == "dash"
        or toks[k].lower == lex.marker_to
        or (toks[k].kind == "word" and morph.has_tag(toks[k].text, "CONJ", best_only=True))
    ):
        return None
    nxt = read_number(toks, k + 1, lex)
    if nxt is None or nxt.unit is not None:
        return None
    sc = scale_at(toks, nxt.j, text, lex)
    if sc is None:
        return None
    found = unit_after(toks, sc.next, text, sc.end, lex, digits=True)
    return found.code if found is not None else None


def shared_unit(toks: Sequence[Token], k: int, text: str, lex: Lexicon) -> str | None:
    """The unit of a list of numbers with no scale that states it once, after the last ("в 70 и 75
    лет", "5, 7 и 9 человек"), for a number of the list that states none; its next token is ``k``."""
    for _ in range(_MAX_LISTED):
        if k + 1 >= len(toks) or toks[k + 1].kind != "num" or not _links_list(toks[k], lex):
            return None
        nxt = read_number(toks, k + 1, lex)
        if nxt is None or excluded(toks, k + 1, text, nxt, lex) or scale_at(toks, nxt.j, text, lex) is not None:
            return None
        found = unit_after(toks, nxt.j, text, toks[nxt.j - 1].end, lex, digits=True, value=nxt.value)
        if found is not None:
            return found.code
        k = nxt.j
    return None


def _links_list(tok: Token, lex: Lexicon) -> bool:
    """The token links two items of a list: a conjunction ("и", "или") or a list mark (",")."""
    if tok.kind == "punct":
        return tok.text in lex.list_marks
    return tok.kind == "word" and morph.has_tag(tok.text, "CONJ", best_only=True)
