"""A quote as a pass finds it, before its speaker is resolved, and what the passes share about one:
trimming its words, its kind, the content of a report, the sentence it stands in."""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from typing import Literal

from attrs import frozen

from claimcheck.quotes.marks import Marks
from claimcheck.segment import Sentence
from claimcheck.spanset import SpanSet
from claimcheck.speakers import (
    Mention,
)

# How many words an attribution clause may take after a closing quotation mark.
MAX_ATTRIBUTION_WORDS = 14
# How many words a cue may stand from the quotation it introduces.
MAX_CUE_DISTANCE = 12
# Indirect content shorter than this (characters) is not a statement.
MIN_CONTENT_CHARS = 8


#: What a quote reports: quoted words, a report of speech, or a report that quotes words of it.
QuoteKind = Literal["direct", "indirect", "mixed"]


@frozen
class RawQuote:
    """A quote as a pass finds it: its words ``text[start:end]``, its kind, its cue's offsets (None
    when none is given) and the mention of its speaker, not yet resolved."""

    start: int
    end: int
    kind: QuoteKind
    cue: tuple[int, int] | None
    mention: Mention | None


class Disjoint:
    """The quotes found so far, in the order found, never overlapping: a candidate that shares a
    character with one kept is left out, so an earlier pass wins."""

    def __init__(self) -> None:
        self.quotes: list[RawQuote] = []
        self._starts: list[int] = []  # of the quotes kept, sorted
        self._ends: list[int] = []

    def add(self, r: RawQuote | None) -> None:
        """Keep ``r`` unless it overlaps a quote kept."""
        if r is None:
            return
        i = bisect.bisect_right(self._starts, r.start)
        if (i > 0 and self._ends[i - 1] > r.start) or (i < len(self._starts) and self._starts[i] < r.end):
            return
        self._starts.insert(i, r.start)
        self._ends.insert(i, r.end)
        self.quotes.append(r)

    def extend(self, candidates: Iterable[RawQuote]) -> None:
        """Keep each of ``candidates`` in turn unless it overlaps a quote kept."""
        for r in candidates:
            self.add(r)

    def taken(self) -> SpanSet:
        """Where the quotes kept stand."""
        return SpanSet((r.start, r.end) for r in self.quotes)


def in_text_order(quotes: Iterable[RawQuote]) -> list[RawQuote]:
    """``quotes`` by start, an enclosing quotation before what it holds."""
    return sorted(quotes, key=lambda r: (r.start, -r.end))


def encloses(outer: RawQuote, inner: RawQuote) -> bool:
    """Whether ``inner`` is a report made inside the quotation ``outer``: its cue and content both lie
    within the quoted words ("«Мы дали ему понять, что …», — цитирует X")."""
    first = inner.start if inner.cue is None else min(inner.start, inner.cue[0])
    return outer.start <= first and inner.end <= outer.end and (outer.start, outer.end) != (inner.start, inner.end)


def trim(text: str, start: int, end: int, mk: Marks) -> tuple[int, int]:
    """``text[start:end]`` without the white space around it, a dash or a comma that opens it ("что,
    вопреки опасностям, …") or the marks that close a clause after it."""
    dashes = mk.dash_like
    while start < end and (
        text[start].isspace() or text[start] == "," or (text[start] in dashes and text[start + 1 : start + 2].isspace())
    ):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:"):
        end -= 1
    return start, end


def quotation_words(text: str, start: int, end: int, mk: Marks) -> tuple[int, int]:
    """The words of a statement paragraph without the quotation marks around them: «…» or «… running
    on to the next paragraph. A paragraph of several quotations gives none (an empty span)."""
    opening = text[start]
    if opening not in mk.main_openers:
        return start, end
    closing = mk.closing[opening]
    if text[end - 1] == closing:
        end -= 1
    return (start + 1, end) if closing not in text[start + 1 : end] else (start, start)


def whole_quotation(text: str, start: int, end: int, mk: Marks) -> tuple[int, int] | None:
    """The quoted words when ``text[start:end]`` is one quotation and nothing else («…»), else None."""
    if end - start < 2 or text[start] not in mk.main_openers or text[end - 1] != mk.closing[text[start]]:
        return None
    inner = quotation_words(text, start, end, mk)
    return inner if inner[1] > inner[0] else None


def report(
    text: str, start: int, end: int, cue: tuple[int, int] | None, mention: Mention | None, mk: Marks
) -> RawQuote:
    """The report of ``text[start:end]``: direct when it is one quotation ("«…». Об этом заявил X"), else
    indirect, or mixed when it quotes words ("По его словам, «…»" is mixed, its marks kept, as the guide
    has it)."""
    inner = whole_quotation(text, start, end, mk)
    if inner is not None:
        return RawQuote(inner[0], inner[1], "direct", cue, mention)
    return RawQuote(start, end, kind_of(text, start, end, mk), cue, mention)


def kind_of(text: str, start: int, end: int, mk: Marks) -> Literal["indirect", "mixed"]:
    """A report's kind: mixed when its content quotes words."""
    return "mixed" if any(mark in text[start:end] for mark in mk.punctuation.mixed) else "indirect"


def content(text: str, start: int, s: Sentence, mk: Marks) -> tuple[int, int]:
    """Content from ``start`` to the end of the sentence, or to ": «" where a direct quotation begins."""
    c_start, c_end = trim(text, start, s.end, mk)
    colon = mk.quoted_after_colon.search(text, c_start, c_end)
    if colon is not None:
        c_end = trim(text, c_start, colon.start(), mk)[1]
    stray = mk.punctuation.stray_closers
    if c_end > c_start and text[c_end - 1] in stray and mk.opening_of[text[c_end - 1]] not in text[c_start:c_end]:
        # "…, что ситуация была отчаянной»": the mark closes a quotation opened before the content.
        c_end = trim(text, c_start, c_end - 1, mk)[1]
    return c_start, c_end
