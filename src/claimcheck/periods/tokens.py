"""The tokens a period phrase is read from: numbers, words, dashes and dots, each with its offsets and
whether only white space (``glued``) or nothing at all (``tight``) stands before it.
"""

from __future__ import annotations

import functools
import operator
import re
from typing import NamedTuple

from claimcheck import morph

__all__ = ["DASH", "DOT", "NUM", "WORD", "Tok", "tokenize"]

# One token: a number (digit groups joined by "." or "," stay one token, so "1,2024" is no year),
# a word, a dash or a dot. Every alternative is a simple loop: linear time on any input.
_TOKEN = re.compile(r"(\d+(?:[.,]\d+)*)|([^\W\d_]+)|([-‐‑‒–—―−])|(\.)")

#: Token kinds: the number of the pattern's group that matched.
NUM, WORD, DASH, DOT = 1, 2, 3, 4


class Tok(NamedTuple):
    """One token (a named tuple, made at C speed: a text of 1 MB has some 200,000 of them)."""

    kind: int
    low: str
    start: int
    end: int
    glued: bool  # only whitespace between the previous token and this one
    tight: bool  # nothing at all between the previous token and this one


_make_tok = functools.partial(tuple.__new__, Tok)
_LAST_INDEX = operator.attrgetter("lastindex")


def tokenize(text: str, source: str, start: int, end: int) -> list[Tok]:
    """Tokens of ``text[start:end]``, matched in ``source``: the normalised text when it keeps every
    offset (lower-casing can lengthen a few characters, "İ"), so that each token is already in the form
    the grammar looks up; else ``text`` itself. Every step maps over all tokens at once."""
    found = list(_TOKEN.finditer(source, start, end))
    starts = list(map(re.Match.start, found))
    ends = list(map(re.Match.end, found))
    prev_ends = [start, *ends[:-1]]
    tight = list(map(operator.eq, starts, prev_ends))
    spaced = map(str.isspace, map(text.__getitem__, map(slice, prev_ends, starts)))
    glued = map(operator.or_, tight, spaced)
    lows = map(re.Match.group, found)
    if source is text:
        lows = map(morph.normalize, lows)
    kinds = map(_LAST_INDEX, found)  # every alternative is a group: never None
    return list(map(_make_tok, zip(kinds, lows, starts, ends, glued, tight, strict=True)))
