"""Period phrases in a run of tokens: every reading at every token a period may start at (a fixed
phrase, a period after an optional preposition, a "с … по …" range), then the longest readings that
do not overlap, resolved to days against the publication date.
"""

from __future__ import annotations

import datetime
import operator
from collections.abc import Iterator

from attrs import frozen

from claimcheck.periods.atoms import Atom, atom
from claimcheck.periods.dates import resolve
from claimcheck.periods.reader import Reader
from claimcheck.periods.tokens import NUM, WORD

__all__ = ["PeriodMatch", "matches"]


@frozen
class PeriodMatch:
    """One period phrase: ``text[start:end]`` and the days it covers (``None`` if unresolvable)."""

    start: int
    end: int
    first: datetime.date | None
    last: datetime.date | None
    unit: str


@frozen
class _Phrase:
    """A fixed phrase that names a period by the publication date ("на сегодня", "с начала года"):
    the index after it and its unit ("day" or "to_date")."""

    end: int
    unit: str


_Reading = Atom | _Phrase


@frozen
class _Found:
    """The longest reading that starts at token ``at``, whose text is ``text[start:end]``."""

    start: int
    end: int
    at: int
    reading: _Reading


_READING_END = operator.attrgetter("end")
_FOUND_START = operator.attrgetter("start")


def _longest_first(f: _Found) -> tuple[int, int]:
    """Longest match first; among equals, the earlier one."""
    return f.start - f.end, f.start


def matches(r: Reader, published: datetime.date | None) -> list[PeriodMatch]:
    """The period phrases of the reader's tokens, in text order, non-overlapping (longest wins)."""
    g, toks = r.g, r.toks
    found: list[_Found] = []
    for i, t in enumerate(toks):
        if t.kind == WORD:
            if t.low not in g.starters and t.low not in g.forms:
                continue
        elif t.kind != NUM:
            continue
        best = max(_candidates(r, i), key=_READING_END, default=None)
        if best is not None:
            found.append(_Found(t.start, toks[best.end - 1].end, i, best))
    return [_resolved(f, published) for f in _non_overlapping(found, len(toks))]


def _non_overlapping(found: list[_Found], n_tokens: int) -> list[_Found]:
    """The longest readings that do not overlap, in text order."""
    found.sort(key=_longest_first)
    taken = [False] * n_tokens
    out: list[_Found] = []
    for f in found:
        i, j = f.at, f.reading.end
        if any(taken[i:j]):
            continue
        taken[i:j] = [True] * (j - i)
        out.append(f)
    out.sort(key=_FOUND_START)
    return out


def _resolved(f: _Found, published: datetime.date | None) -> PeriodMatch:
    """The match of a reading, with the days it covers."""
    p, reading = published, f.reading
    if isinstance(reading, _Phrase):  # "на сегодня", "с начала года"
        if p is None:
            return PeriodMatch(f.start, f.end, None, None, reading.unit)
        first = p if reading.unit == "day" else datetime.date(p.year, 1, 1)
        return PeriodMatch(f.start, f.end, first, p, reading.unit)
    span = resolve(reading.first, reading.last, p, reading.unit)
    if span is None:
        return PeriodMatch(f.start, f.end, None, None, reading.unit)
    return PeriodMatch(f.start, f.end, span[0], span[1], reading.unit)


def _candidates(r: Reader, i: int) -> Iterator[_Reading]:
    """Every period reading that starts at token ``i``."""
    g, low = r.g, r.toks[i].low
    for words, unit in g.phrase_index.get(low, ()):
        j = r.words(i, words)
        if j is not None:
            yield _Phrase(j, unit)
    a = atom(r, i, counts=False)
    if a is not None:
        yield a
    if low in g.prep_index:
        yield from _after_preposition(r, i)
    if low in g.since:
        yield from _since(r, i)


def _after_preposition(r: Reader, i: int) -> Iterator[Atom]:
    """The periods after each preposition that starts at token ``i`` ("в 2024 году", "за 11 месяцев")."""
    g = r.g
    for p in g.prep_index[r.toks[i].low]:
        j = r.words(i, p)
        a = atom(r, j, counts=p in g.count_preps) if j is not None and r.tok(j) is not None else None
        if a is not None:
            yield a


def _since(r: Reader, i: int) -> Iterator[Atom]:
    """"с 2021 по 2025 год", "с января по ноябрь 2024 года", "с 2021 года" (to date)."""
    if r.toks[i].kind != WORD or r.tok(i + 1) is None:
        return
    a = atom(r, i + 1, counts=False, bare_year=True)
    if a is None or a.last is not None:
        return
    b = _until(r, a.end)
    if b is not None:
        yield Atom(b.end, "range", a.first, b.first)
    if a.first.kind != "year" or a.end > i + 2:
        yield Atom(a.end, "to_date", a.first)


def _until(r: Reader, i: int) -> Atom | None:
    """"по ноябрь 2024 года" at token ``i``: the end of a "с … по …" range."""
    u = r.tok(i)
    if u is None or u.kind != WORD or u.low not in r.g.until or r.tok(i + 1) is None:
        return None
    b = atom(r, i + 1, counts=False)
    return b if b is not None and b.last is None else None
