"""The pieces period phrases are made of, read at a token: a word sequence, a year number and the
word "год" after it, an ordinal ending ("2023-м"), an ordinal, a month name, a relative period
("прошлого года") and the year said after a period.
"""

from __future__ import annotations

from attrs import frozen

from claimcheck.periods.dates import MAX_YEAR, MIN_YEAR
from claimcheck.periods.grammar import Grammar
from claimcheck.periods.tokens import DASH, DOT, NUM, WORD, Tok

__all__ = ["Ordinal", "Reader", "Relative", "Year"]


@frozen
class Relative:
    """A relative period ("прошлого года", "в этом месяце"): the index after it, its unit and its
    offset from the publication date's own year, half, quarter or month."""

    end: int
    unit: str
    offset: int


@frozen
class Year:
    """The year said after a period ("2024 года", "прошлого года"): the index after it and the year,
    given outright or relative to the publication year."""

    end: int
    year: int | None
    rel: int | None


@frozen
class Ordinal:
    """An ordinal ("III", "второго", "1-й"): the index after it and its value."""

    end: int
    value: int


class Reader:
    """The tokens of one run of text and the grammar they are read by; each method reads one piece of
    a period phrase at a token index and tells where it ends (or None if it is not there)."""

    def __init__(self, toks: list[Tok], g: Grammar) -> None:
        self.g = g
        self.toks = toks

    def tok(self, i: int, *, first: bool = False) -> Tok | None:
        """Token ``i`` if it exists and (unless ``first``) follows the previous one across whitespace only."""
        if i >= len(self.toks):
            return None
        t = self.toks[i]
        return t if first or t.glued else None

    def words(self, i: int, words: tuple[str, ...]) -> int | None:
        """Index after the word sequence ``words`` starting at ``i``, or None."""
        for k, w in enumerate(words):
            t = self.tok(i + k, first=k == 0)
            if t is None or t.kind != WORD or t.low != w:
                return None
        return i + len(words)

    def suffix(self, i: int) -> int:
        """Skip an ordinal ending glued to a number ("2023-м", "1-й")."""
        d, s = self.tok(i), self.tok(i + 1)
        if d and s and d.tight and s.tight and d.kind == DASH and s.kind == WORD:
            return i + 2 if s.low in self.g.suffixes else i
        return i

    def year_number(self, i: int) -> int | None:
        t = self.tok(i)
        if t is None or t.kind != NUM or len(t.low) != 4 or not t.low.isdigit():
            return None
        value = int(t.low)
        return value if MIN_YEAR <= value <= MAX_YEAR else None

    def year_word(self, i: int) -> int | None:
        """Index after "год"/"года"/"г."/"гг." at ``i``, or None."""
        t = self.tok(i)
        if t is None or t.kind != WORD:
            return None
        if t.low in self.g.year_abbr:
            dot = self.tok(i + 1)
            return i + 2 if dot is not None and dot.tight and dot.kind == DOT else i + 1
        return i + 1 if self.g.unit(t) == "year" else None

    def relative(self, i: int, unit: str | None) -> Relative | None:
        """"прошлого года", "в этом месяце" (of ``unit`` only, if given)."""
        t, u = self.tok(i), self.tok(i + 1)
        if t is None or u is None or t.kind != WORD:
            return None
        offset = self.g.lookup(t, self.g.relative)
        found = self.g.unit(u)
        if offset is None or found is None or (unit is not None and found != unit):
            return None
        if not self.g.agrees(t.low, u.low):
            return None
        return Relative(i + 2, found, offset)

    def year_spec(self, i: int, *, bare: bool) -> Year | None:
        """A year after a period: "2024 года", "2024" (if ``bare``), "прошлого года"."""
        y = self.year_number(i)
        if y is not None:
            j = self.suffix(i + 1)
            after = self.year_word(j)
            if after is not None:
                return Year(after, y, None)
            return Year(i + 1, y, None) if bare else None
        rel = self.relative(i, "year")
        if rel is not None:
            return Year(rel.end, None, rel.offset)
        return None

    def ordinal(self, i: int) -> Ordinal | None:
        t = self.tok(i, first=True)
        if t is None or t.kind not in (NUM, WORD):
            return None
        value = self.g.lookup(t, self.g.ordinals)
        if value is None:
            return None
        return Ordinal(self.suffix(i + 1) if t.kind == NUM else i + 1, value)

    def month_word(self, i: int, *, first: bool = False) -> int | None:
        t = self.tok(i, first=first)
        return self.g.lookup(t, self.g.months) if t is not None and t.kind == WORD else None

    def dash(self, i: int) -> bool:
        t = self.tok(i)
        return t is not None and t.kind == DASH
