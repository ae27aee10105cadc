"""Period expressions in news text ("за 11 месяцев прошлого года", "в III квартале 2024 года"),
resolved to their first and last day (both inclusive) against the publication date.

All words come from the language data (:func:`claimcheck.lexicon.load`); this module only knows the
shapes of period phrases. Relative phrases ("прошлого года", "на сегодня", a month without a year)
need the publication date: without it they are still found, but resolve to ``None``. The clock is
never read.

>>> import datetime
>>> m = find_periods("За 11 месяцев прошлого года рост составил 5%.", datetime.date(2025, 1, 30))[0]
>>> m.first, m.last, m.unit
(datetime.date(2024, 1, 1), datetime.date(2024, 11, 30), 'months')
>>> quarter(2024, 3)
(datetime.date(2024, 7, 1), datetime.date(2024, 9, 30))
"""

from __future__ import annotations

import calendar
import datetime
import functools
import operator
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import NamedTuple

from attrs import frozen

from claimcheck import morph
from claimcheck.lexicon import Lexicon, load
from claimcheck.segment import Document

__all__ = ["PeriodMatch", "find_periods", "half_year", "month", "prepare", "quarter"]

_MIN_YEAR = 1000
_MAX_YEAR = 2100


@frozen
class PeriodMatch:
    """One period phrase: ``text[start:end]`` and the days it covers (``None`` if unresolvable)."""

    start: int
    end: int
    first: datetime.date | None
    last: datetime.date | None
    unit: str


def month(year: int, m: int) -> tuple[datetime.date, datetime.date]:
    """The first and last day of month ``m`` (1..12) of ``year``."""
    return datetime.date(year, m, 1), datetime.date(year, m, calendar.monthrange(year, m)[1])


def quarter(year: int, q: int) -> tuple[datetime.date, datetime.date]:
    """The first and last day of quarter ``q`` (1..4) of ``year``."""
    return month(year, 3 * q - 2)[0], month(year, 3 * q)[1]


def half_year(year: int, h: int) -> tuple[datetime.date, datetime.date]:
    """The first and last day of half-year ``h`` (1..2) of ``year``."""
    return month(year, 6 * h - 5)[0], month(year, 6 * h)[1]


# --------------------------------------------------------------------------- tokens

# One token: a number (digit groups joined by "." or "," stay one token, so "1,2024" is no year),
# a word, a dash or a dot. Every alternative is a simple loop: linear time on any input.
_TOKEN = re.compile(r"(\d+(?:[.,]\d+)*)|([^\W\d_]+)|([-‐‑‒–—―−])|(\.)")
_NUMERIC_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")

_NUM, _WORD, _DASH, _DOT = 1, 2, 3, 4


class _Tok(NamedTuple):
    """One token (a named tuple, made at C speed: a text of 1 MB has some 200,000 of them)."""

    kind: int
    low: str
    start: int
    end: int
    glued: bool  # only whitespace between the previous token and this one
    tight: bool  # nothing at all between the previous token and this one


_make_tok = functools.partial(tuple.__new__, _Tok)
_LAST_INDEX = operator.attrgetter("lastindex")


def _tokens(text: str, source: str, start: int, end: int) -> list[_Tok]:
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


# --------------------------------------------------------------------------- grammar data


class _Grammar:
    """The lexicon's period words in the shapes the matcher looks them up by, built once per lexicon."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.months = dict(lex.months)
        self.relative = {morph.normalize(k): v for k, v in lex.relative_years.items()}
        self.ordinals = {morph.normalize(k): v for k, v in lex.ordinals.items()}
        self.units = {morph.normalize(k): v for k, v in lex.period_units.items()}
        self.counts = {
            morph.normalize(k): int(v) for k, v in lex.cardinals.items() if v == v.to_integral_value() and 1 <= v <= 12
        }
        self.first_words = frozenset(morph.normalize(w) for w in lex.first_words)
        self.preps = tuple(tuple(morph.normalize(p).split()) for p in lex.period_prepositions)
        self.count_preps = frozenset(tuple(morph.normalize(p).split()) for p in lex.count_prepositions)
        self.since = frozenset(morph.normalize(w) for w in lex.since_words)
        self.until = frozenset(morph.normalize(w) for w in lex.until_words)
        self.year_abbr = frozenset(morph.normalize(w) for w in lex.period_year_abbreviations)
        self.suffixes = frozenset(morph.normalize(w) for w in lex.ordinal_suffixes)
        phrases = [(tuple(morph.normalize(p).split()), "day") for p in lex.today_phrases]
        phrases += [(tuple(morph.normalize(p).split()), "to_date") for p in lex.year_to_date_phrases]
        self.phrases = tuple(sorted(phrases, key=lambda p: -len(p[0])))
        # Words that are no form of a lemma of interest are never sent to the analyser.
        keys: Iterable[str] = [*self.months, *self.relative, *self.ordinals, *self.units, *self.counts]
        self.forms = morph.word_forms([*keys, *self.first_words])
        # Words that can begin a period phrase without being a period word themselves.
        # Prepositions and phrases by their first word, so that most tokens look up nothing.
        self.prep_index: dict[str, list[tuple[str, ...]]] = {}
        for p in self.preps:
            if p:
                self.prep_index.setdefault(p[0], []).append(p)
        self.phrase_index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for words, unit in self.phrases:
            if words:
                self.phrase_index.setdefault(words[0], []).append((words, unit))
        self.starters = frozenset(self.prep_index) | frozenset(self.phrase_index) | self.since
        self._agreement: dict[tuple[str, str], bool] = {}

    def lemmas(self, tok: _Tok) -> frozenset[str]:
        if tok.kind != _WORD or tok.low not in self.forms:
            return _NO_LEMMAS
        return morph.lemmas(tok.low)

    def lookup(self, tok: _Tok, table: dict[str, int]) -> int | None:
        if tok.low in table:
            return table[tok.low]
        for lem in self.lemmas(tok):
            if lem in table:
                return table[lem]
        return None

    def agrees(self, adj: str, noun: str) -> bool:
        key = (adj, noun)
        hit = self._agreement.get(key)
        if hit is None:
            if len(self._agreement) > 100_000:
                self._agreement.clear()
            hit = self._agreement[key] = _agrees(adj, self.relative, noun)
        return hit

    def unit(self, tok: _Tok) -> str | None:
        if tok.kind != _WORD:
            return None
        for lem in self.lemmas(tok):
            if lem in self.units:
                return self.units[lem]
        return None


_NO_LEMMAS: frozenset[str] = frozenset()

_GRAMMARS: dict[int, tuple[Lexicon, _Grammar]] = {}


def prepare(lex: Lexicon) -> None:
    """Build the tables this module derives from ``lex`` (see :func:`claimcheck.analysis.prepare`)."""
    _grammar(lex)


def _grammar(lex: Lexicon) -> _Grammar:
    hit = _GRAMMARS.get(id(lex))
    if hit is None or hit[0] is not lex:
        hit = (lex, _Grammar(lex))
        _GRAMMARS[id(lex)] = hit
    return hit[1]


_CASES = {"loc2": "loct", "gen2": "gent", "acc2": "accs", "voct": "nomn"}


def _agrees(adj: str, adj_lemmas: dict[str, int], noun: str) -> bool:
    """Some reading of ``adj`` (with a lemma in ``adj_lemmas``) agrees with some reading of ``noun``."""
    nouns = [p.tag for p in morph.parses(noun) if p.tag.POS == "NOUN"]
    if not nouns:
        return True
    for p in morph.parses(adj):
        if morph.normalize(p.normal_form) not in adj_lemmas or p.tag.POS not in ("ADJF", "PRTF"):
            continue
        case = _CASES.get(str(p.tag.case), str(p.tag.case))
        for t in nouns:
            if case != _CASES.get(str(t.case), str(t.case)) or p.tag.number != t.number:
                continue
            if t.number == "plur" or p.tag.gender == t.gender:
                return True
    return False


# --------------------------------------------------------------------------- parsed periods


@frozen
class _Spec:
    """A period before resolution: its kind, numbers, and how its year is given (if at all)."""

    kind: str  # "day" | "month" | "quarter" | "half" | "year" | "months" | "relative"
    index: int = 0  # month, quarter, half or number of months; the relative offset for "relative"
    day: int = 0
    unit: str = ""  # for "relative": "year" | "half" | "quarter" | "month"
    year: int | None = None
    rel: int | None = None  # year relative to the publication year

    @property
    def has_year(self) -> bool:
        return self.kind in ("year", "relative") or self.year is not None or self.rel is not None


def _span(spec: _Spec, year: int) -> tuple[datetime.date, datetime.date] | None:
    try:
        if spec.kind == "day":
            d = datetime.date(year, spec.index, spec.day)
            return d, d
        if spec.kind == "month":
            return month(year, spec.index)
        if spec.kind == "quarter":
            return quarter(year, spec.index)
        if spec.kind == "half":
            return half_year(year, spec.index)
        if spec.kind == "months":
            return datetime.date(year, 1, 1), month(year, spec.index)[1]
        return datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    except ValueError:  # 30 February, year 0
        return None


def _relative(spec: _Spec, published: datetime.date) -> tuple[datetime.date, datetime.date] | None:
    size = {"year": 12, "half": 6, "quarter": 3, "month": 1}[spec.unit]
    current = (published.month - 1) // size
    index = published.year * (12 // size) + current + spec.index
    year, part = divmod(index, 12 // size)
    if not _MIN_YEAR <= year <= _MAX_YEAR:
        return None
    return month(year, part * size + 1)[0], month(year, part * size + size)[1]


def _year_of(spec: _Spec, published: datetime.date | None) -> int | None:
    if spec.year is not None:
        return spec.year
    if spec.rel is not None and published is not None:
        return published.year + spec.rel
    return None


def _resolve(
    lo: _Spec, hi: _Spec | None, published: datetime.date | None, unit: str
) -> tuple[datetime.date, datetime.date] | None:
    """First and last day of ``lo`` (to ``hi``, or to the publication date for "to_date")."""
    if lo.kind == "relative":
        if published is None:
            return None
        first_span = _relative(lo, published)
    else:
        if hi is not None and not lo.has_year:
            lo = _Spec(lo.kind, lo.index, lo.day, lo.unit, hi.year, hi.rel)
        year = _year_of(lo, published)
        if year is None:
            if published is None or lo.has_year:
                return None
            # No year given: the publication year, unless the period would not have begun (or, for
            # cumulative periods, ended) by then - "в декабре" written in January is last December.
            year = published.year
            span = _span(lo, year)
            if hi is None and span is not None:
                edge = span[1] if lo.kind == "months" else span[0]
                if edge > published:
                    year -= 1
            elif hi is not None and not hi.has_year and hi.kind != "relative":
                end = _span(hi, year)
                if end is not None and end[1] > published:
                    year -= 1
            lo = _Spec(lo.kind, lo.index, lo.day, lo.unit, year)
            if hi is not None and not hi.has_year:
                hi = _Spec(hi.kind, hi.index, hi.day, hi.unit, year)
        first_span = _span(lo, lo.year if lo.year is not None else year)
    if first_span is None:
        return None
    if unit == "to_date":
        if published is None or first_span[0] > published:
            return None
        return first_span[0], published
    if hi is None:
        return first_span
    last_span = _resolve(hi, None, published, hi.kind)
    if last_span is None or last_span[1] < first_span[0]:
        return None
    return first_span[0], last_span[1]


# --------------------------------------------------------------------------- the matcher


@frozen
class _Atom:
    """A period read from token to token: the index after it, its unit ("day", "month", "quarter",
    "half", "year", "months", "range", "to_date"), its first part and the last part of a range."""

    end: int
    unit: str
    first: _Spec
    last: _Spec | None = None


@frozen
class _Phrase:
    """A fixed phrase that names a period by the publication date ("на сегодня", "с начала года"):
    the index after it and its unit ("day" or "to_date")."""

    end: int
    unit: str


_Reading = _Atom | _Phrase


@frozen
class _Found:
    """The longest reading that starts at token ``at``, whose text is ``text[start:end]``."""

    start: int
    end: int
    at: int
    reading: _Reading


@frozen
class _Relative:
    """A relative period ("прошлого года", "в этом месяце"): the index after it, its unit and its
    offset from the publication date's own year, half, quarter or month."""

    end: int
    unit: str
    offset: int


@frozen
class _Year:
    """The year said after a period ("2024 года", "прошлого года"): the index after it and the year,
    given outright or relative to the publication year."""

    end: int
    year: int | None
    rel: int | None


@frozen
class _Ordinal:
    """An ordinal ("III", "второго", "1-й"): the index after it and its value."""

    end: int
    value: int


_READING_END = operator.attrgetter("end")
_FOUND_START = operator.attrgetter("start")


def _longest_first(f: _Found) -> tuple[int, int]:
    """Longest match first; among equals, the earlier one."""
    return f.start - f.end, f.start


class _Matcher:
    """The period phrases of one run of tokens: every reading at every token a period may start at,
    then the longest ones that do not overlap, resolved against the publication date."""

    def __init__(self, toks: list[_Tok], published: datetime.date | None, g: _Grammar) -> None:
        self.published = published
        self.g = g
        self.toks = toks

    def run(self) -> list[PeriodMatch]:
        g, toks = self.g, self.toks
        found: list[_Found] = []
        for i, t in enumerate(toks):
            if t.kind == _WORD:
                if t.low not in g.starters and t.low not in g.forms:
                    continue
            elif t.kind != _NUM:
                continue
            best = max(self.candidates(i), key=_READING_END, default=None)
            if best is not None:
                found.append(_Found(t.start, toks[best.end - 1].end, i, best))
        return [self.resolve(f) for f in self.non_overlapping(found)]

    def non_overlapping(self, found: list[_Found]) -> list[_Found]:
        """The longest readings that do not overlap, in text order."""
        found.sort(key=_longest_first)
        taken = [False] * len(self.toks)
        out: list[_Found] = []
        for f in found:
            i, j = f.at, f.reading.end
            if any(taken[i:j]):
                continue
            taken[i:j] = [True] * (j - i)
            out.append(f)
        out.sort(key=_FOUND_START)
        return out

    def resolve(self, f: _Found) -> PeriodMatch:
        p, reading = self.published, f.reading
        if isinstance(reading, _Phrase):  # "на сегодня", "с начала года"
            if p is None:
                return PeriodMatch(f.start, f.end, None, None, reading.unit)
            first = p if reading.unit == "day" else datetime.date(p.year, 1, 1)
            return PeriodMatch(f.start, f.end, first, p, reading.unit)
        span = _resolve(reading.first, reading.last, p, reading.unit)
        if span is None:
            return PeriodMatch(f.start, f.end, None, None, reading.unit)
        return PeriodMatch(f.start, f.end, span[0], span[1], reading.unit)

    # ----------------------------------------------------------------------- readings at a token

    def candidates(self, i: int) -> Iterator[_Reading]:
        """Every period reading that starts at token ``i``."""
        g = self.g
        for words, unit in g.phrase_index.get(self.toks[i].low, ()):
            j = self.words(i, words)
            if j is not None:
                yield _Phrase(j, unit)
        a = self.atom(i, counts=False)
        if a is not None:
            yield a
        for j, p in self.prepositions(i):
            a = self.atom(j, counts=p in g.count_preps) if self.tok(j) is not None else None
            if a is not None:
                yield a
        if self.toks[i].low in g.since:
            yield from self.since(i)

    def prepositions(self, i: int) -> Iterator[tuple[int, tuple[str, ...]]]:
        """(index after, preposition) of each preposition that starts at token ``i``."""
        for p in self.g.prep_index.get(self.toks[i].low, ()):
            j = self.words(i, p)
            if j is not None:
                yield j, p

    def since(self, i: int) -> Iterator[_Atom]:
        """"с 2021 по 2025 год", "с января по ноябрь 2024 года", "с 2021 года" (to date)."""
        t = self.toks[i]
        if t.kind != _WORD or self.tok(i + 1) is None:
            return
        a = self.atom(i + 1, counts=False, bare_year=True)
        if a is None or a.last is not None:
            return
        b = self.until(a.end)
        if b is not None:
            yield _Atom(b.end, "range", a.first, b.first)
        if a.first.kind != "year" or a.end > i + 2:
            yield _Atom(a.end, "to_date", a.first)

    def until(self, i: int) -> _Atom | None:
        """"по ноябрь 2024 года" at token ``i``: the end of a "с … по …" range."""
        u = self.tok(i)
        if u is None or u.kind != _WORD or u.low not in self.g.until or self.tok(i + 1) is None:
            return None
        b = self.atom(i + 1, counts=False)
        return b if b is not None and b.last is None else None

    def atom(self, i: int, *, counts: bool, bare_year: bool = False) -> _Atom | None:
        """The period starting at token ``i``: a date, a year, a quarter or half-year, a month, a
        relative period, or (after a preposition of count, when ``counts``) a number of months."""
        t = self.tok(i, first=True)
        if t is None or (t.kind != _NUM and (t.kind != _WORD or t.low not in self.g.forms)):
            return None
        if t.kind == _NUM:
            found = self.numeric_date(i, t) or self.day_of_month(i, t) or self.year_atom(i, bare_year=bare_year)
            if found is not None:
                return found
        return self.ordinal_atom(i) or self.month_atom(i) or self.relative_atom(i) or self.months_atom(i, t, counts)

    def numeric_date(self, i: int, t: _Tok) -> _Atom | None:
        """"30.01.2025"."""
        m = _NUMERIC_DATE.fullmatch(t.low)
        if m is None:
            return None
        spec = _Spec("day", int(m.group(2)), int(m.group(1)), year=int(m.group(3)))
        return _Atom(i + 1, "day", spec) if _span(spec, int(m.group(3))) else None

    def day_of_month(self, i: int, t: _Tok) -> _Atom | None:
        """"30 января 2025 года", "30 января"."""
        if len(t.low) > 2 or not t.low.isdigit() or not 1 <= int(t.low) <= 31:
            return None
        mo = self.month_word(i + 1)
        return None if mo is None else self.with_year(i + 2, _Spec("day", mo, int(t.low)))

    def year_atom(self, i: int, *, bare_year: bool) -> _Atom | None:
        """"2024 год", "2023-м году", "2021–2025 годы", and a bare "2024" if ``bare_year``."""
        y = self.year_number(i)
        if y is None:
            return None
        j = self.suffix(i + 1)
        after = self.year_word(j)
        if after is not None:
            return _Atom(after, "year", _Spec("year", year=y))
        y2 = self.year_number(j + 1) if self.dash(j) else None
        if y2 is not None and y2 > y:
            after = self.year_word(self.suffix(j + 2))
            if after is not None:
                return _Atom(after, "range", _Spec("year", year=y), _Spec("year", year=y2))
        return _Atom(j, "year", _Spec("year", year=y)) if bare_year else None

    def ordinal_atom(self, i: int) -> _Atom | None:
        """"III квартал", "во втором полугодии", "I-III кварталы"."""
        o = self.ordinal(i)
        if o is None:
            return None
        j, q2 = o.end, None
        if self.dash(j):
            o2 = self.ordinal(j + 1)
            if o2 is not None and self.tok(j + 1) is not None and o2.value > o.value:
                j, q2 = o2.end, o2.value
        u = self.tok(j)
        unit = self.g.unit(u) if u is not None else None
        limit = _ORDINAL_LIMITS.get(unit or "")
        if unit is None or limit is None or o.value > limit or (q2 is not None and q2 > limit):
            return None
        if q2 is None:
            return self.with_year(j + 1, _Spec(unit, o.value))
        return _range(_Spec(unit, o.value), self.with_year(j + 1, _Spec(unit, q2)))

    def month_atom(self, i: int) -> _Atom | None:
        """"в январе 2024 года", "январь–ноябрь"."""
        mo = self.month_word(i, first=True)
        if mo is None:
            return None
        mo2 = self.month_word(i + 2) if self.dash(i + 1) else None
        if mo2 is not None and mo2 > mo:
            return _range(_Spec("month", mo), self.with_year(i + 3, _Spec("month", mo2)))
        return self.with_year(i + 1, _Spec("month", mo))

    def relative_atom(self, i: int) -> _Atom | None:
        """"прошлого года", "в этом месяце"."""
        rel = self.relative(i, None)
        if rel is None:
            return None
        if rel.unit == "year":
            return _Atom(rel.end, "year", _Spec("year", rel=rel.offset))
        return _Atom(rel.end, rel.unit, _Spec("relative", rel.offset, unit=rel.unit))

    def months_atom(self, i: int, t: _Tok, counts: bool) -> _Atom | None:
        """"за 11 месяцев 2024 года", "за первые девять месяцев"."""
        g = self.g
        j = i
        if t.kind == _WORD and g.first_words & g.lemmas(t):
            j, counts = i + 1, True
        n_tok = self.tok(j, first=j == i)
        if not counts or n_tok is None:
            return None
        digits = n_tok.kind == _NUM and len(n_tok.low) <= 2 and n_tok.low.isdigit()
        n = int(n_tok.low) if digits else g.lookup(n_tok, g.counts)
        u = self.tok(j + 1)
        if n is None or not 1 <= n <= 12 or u is None or g.unit(u) != "month":
            return None
        return self.with_year(j + 2, _Spec("months", n))

    # ----------------------------------------------------------------------- the grammar's pieces

    def tok(self, i: int, *, first: bool = False) -> _Tok | None:
        """Token ``i`` if it exists and (unless ``first``) follows the previous one across whitespace only."""
        if i >= len(self.toks):
            return None
        t = self.toks[i]
        return t if first or t.glued else None

    def words(self, i: int, words: tuple[str, ...]) -> int | None:
        """Index after the word sequence ``words`` starting at ``i``, or None."""
        for k, w in enumerate(words):
            t = self.tok(i + k, first=k == 0)
            if t is None or t.kind != _WORD or t.low != w:
                return None
        return i + len(words)

    def suffix(self, i: int) -> int:
        """Skip an ordinal ending glued to a number ("2023-м", "1-й")."""
        d, s = self.tok(i), self.tok(i + 1)
        if d and s and d.tight and s.tight and d.kind == _DASH and s.kind == _WORD:
            return i + 2 if s.low in self.g.suffixes else i
        return i

    def year_number(self, i: int) -> int | None:
        t = self.tok(i)
        if t is None or t.kind != _NUM or len(t.low) != 4 or not t.low.isdigit():
            return None
        value = int(t.low)
        return value if _MIN_YEAR <= value <= _MAX_YEAR else None

    def year_word(self, i: int) -> int | None:
        """Index after "год"/"года"/"г."/"гг." at ``i``, or None."""
        t = self.tok(i)
        if t is None or t.kind != _WORD:
            return None
        if t.low in self.g.year_abbr:
            dot = self.tok(i + 1)
            return i + 2 if dot is not None and dot.tight and dot.kind == _DOT else i + 1
        return i + 1 if self.g.unit(t) == "year" else None

    def relative(self, i: int, unit: str | None) -> _Relative | None:
        """"прошлого года", "в этом месяце" (of ``unit`` only, if given)."""
        t, u = self.tok(i), self.tok(i + 1)
        if t is None or u is None or t.kind != _WORD:
            return None
        offset = self.g.lookup(t, self.g.relative)
        found = self.g.unit(u)
        if offset is None or found is None or (unit is not None and found != unit):
            return None
        if not self.g.agrees(t.low, u.low):
            return None
        return _Relative(i + 2, found, offset)

    def year_spec(self, i: int, *, bare: bool) -> _Year | None:
        """A year after a period: "2024 года", "2024" (if ``bare``), "прошлого года"."""
        y = self.year_number(i)
        if y is not None:
            j = self.suffix(i + 1)
            after = self.year_word(j)
            if after is not None:
                return _Year(after, y, None)
            return _Year(i + 1, y, None) if bare else None
        rel = self.relative(i, "year")
        if rel is not None:
            return _Year(rel.end, None, rel.offset)
        return None

    def with_year(self, i: int, spec: _Spec) -> _Atom:
        """The period ``spec`` that ends before token ``i``, with the year said after it, if any."""
        ys = self.year_spec(i, bare=True)
        if ys is None:
            return _Atom(i, spec.kind, spec)
        return _Atom(ys.end, spec.kind, _Spec(spec.kind, spec.index, spec.day, spec.unit, ys.year, ys.rel))

    def ordinal(self, i: int) -> _Ordinal | None:
        t = self.tok(i, first=True)
        if t is None or t.kind not in (_NUM, _WORD):
            return None
        value = self.g.lookup(t, self.g.ordinals)
        if value is None:
            return None
        return _Ordinal(self.suffix(i + 1) if t.kind == _NUM else i + 1, value)

    def month_word(self, i: int, *, first: bool = False) -> int | None:
        t = self.tok(i, first=first)
        return self.g.lookup(t, self.g.months) if t is not None and t.kind == _WORD else None

    def dash(self, i: int) -> bool:
        t = self.tok(i)
        return t is not None and t.kind == _DASH


# The highest ordinal of each unit an ordinal may number ("IV квартал", "2-е полугодие").
_ORDINAL_LIMITS = {"quarter": 4, "half": 2}


def _range(first: _Spec, last: _Atom) -> _Atom:
    """The range from ``first`` to the period ``last`` (which carries the year they share)."""
    return _Atom(last.end, "range", first, last.first)


def find_periods(
    doc: Document | str,
    published: datetime.date | None,
    lex: Lexicon | None = None,
    within: Sequence[tuple[int, int]] | None = None,
) -> list[PeriodMatch]:
    """Period phrases of ``doc`` (the Document the analysis hands down, or a plain str), sorted by
    start, non-overlapping (longest match wins).

    ``within`` (sorted, non-overlapping ranges) limits the search to those parts of the text: a claim
    takes its period from its own sentence, so the analysis asks only about sentences with a figure.

    >>> import datetime
    >>> [(m.first, m.last) for m in find_periods("во втором полугодии 2024 года", None)]
    [(datetime.date(2024, 7, 1), datetime.date(2024, 12, 31))]
    """
    if not isinstance(doc, Document):
        if not isinstance(doc, str):
            return []
        doc = Document(doc)
    text = doc.text
    if not text:
        return []
    if isinstance(published, datetime.datetime):
        published = published.date()
    elif not isinstance(published, datetime.date):
        published = None
    g = _grammar(lex if lex is not None else load("ru"))
    source = doc.normalized() or text
    out: list[PeriodMatch] = []
    for start, end in [(0, len(text))] if within is None else within:
        out.extend(_Matcher(_tokens(text, source, start, end), published, g).run())
    return out
