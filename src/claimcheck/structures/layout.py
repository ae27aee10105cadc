"""The figures of one text as the structures read them: sentence by sentence, with what stands between.

A structure relates figures of one sentence through the words and marks between them ("восемь детей —
четверо сыновей и четыре дочери"). :class:`Layout` lists each sentence's figures once, and
:meth:`Layout.gap` reads the stretch between two figures into a :class:`Gap`: its words, whether a
verb stands there, how many list separators, which marks.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import operator
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Final

from attrs import frozen

from claimcheck import morph
from claimcheck.lexicon import Lexicon
from claimcheck.model import Claim, Quantity
from claimcheck.segment import Document, Sentence

__all__ = ["Gap", "Layout", "Structure", "additive"]

# A word (inner hyphens kept) or one mark: the tokens a gap is read in.
_TOKEN: Final = re.compile(r"\w+(?:[-‐]\w+)*|[^\w\s]")
# Unit codes of ratios and multipliers (the JSON schema's, language-independent): no part of a sum.
_RATIOS: Final = frozenset({"percent", "pp", "times", "fraction"})
# Parts of speech that make a stretch of words a clause of its own: a verb, an infinitive, a short
# participle ("ранены").
_PREDICATES: Final = frozenset({"VERB", "INFN", "PRTS"})
# The parts of speech of a figure's own noun ("шесть дочерей", "двое раненых").
_NOMINALS: Final = ("NOUN", "ADJF")
# Words an item of a list may hold besides its figure ("возглавят представители «Единой России»").
_MAX_ITEM_WORDS: Final = 8


def additive(q: Quantity, lex: Lexicon) -> bool:
    """Amounts in the unit of ``q`` add up (money, counts, measures; not ratios or durations)."""
    return q.unit not in _RATIOS and q.unit not in lex.time_units


@frozen
class Structure:
    """One structure found in the text: its kind (an :data:`claimcheck.model.ANCHOR_KINDS` code), its
    members, each a claim index with its role, and how many items it lists without a figure."""

    kind: str
    members: tuple[tuple[int, str], ...]
    listed: int | None = None  # on the total: items its list names without a figure
    born: tuple[dt.date, dt.date] | None = None  # on an age: when the person may have been born
    on: tuple[dt.date, dt.date] | None = None  # on an age its claim's period does not date: when it is told of


@frozen
class Gap:
    """What stands between two figures: the normalised tokens, and what they tell."""

    tokens: tuple[str, ...]
    words: int
    separators: int  # runs of separators: ", а также" is one
    marks: frozenset[str]

    @property
    def predicate(self) -> bool:
        """A verb, an infinitive or a short participle stands in the gap (asked last: it parses words)."""
        return any(morph.part_of_speech(t) in _PREDICATES for t in self.tokens if t[0].isalpha())

    def has(self, phrase: str) -> bool:
        """The gap holds ``phrase`` (one or more normalised words) as whole tokens."""
        return _find(self.tokens, phrase.split()) >= 0


def _find(tokens: Sequence[str], phrase: Sequence[str]) -> int:
    n = len(phrase)
    return next((i for i in range(len(tokens) - n + 1) if list(tokens[i : i + n]) == list(phrase)), -1)


@functools.cache
def _separator_phrases(lex: Lexicon) -> tuple[tuple[str, ...], ...]:
    phrases = {tuple(morph.normalize(p).split()) for p in (*lex.list_separators, *lex.list_conjunctions)}
    return tuple(sorted(phrases, key=len, reverse=True))


def _separator_runs(tokens: Sequence[str], lex: Lexicon) -> int:
    """How many runs of list separators ``tokens`` hold: "," and "и" and ", а также" are one each."""
    runs, i, in_run = 0, 0, False
    phrases = _separator_phrases(lex)
    while i < len(tokens):
        hit = next((p for p in phrases if tuple(tokens[i : i + len(p)]) == p), None)
        if hit is None:
            in_run = False
            i += 1
            continue
        runs += not in_run
        in_run = True
        i += len(hit)
    return runs


@frozen
class _Words:
    """The lexicon's words the structures look for, normalised once per lexicon."""

    separators: frozenset[str]
    totals: tuple[str, ...]
    gapping: frozenset[str]
    level_from: frozenset[str]
    level_to: frozenset[str]
    also: frozenset[str]


@functools.cache
def _words(lex: Lexicon) -> _Words:
    def norm(words: Iterable[str]) -> tuple[str, ...]:
        return tuple(morph.normalize(w) for w in words)

    return _Words(
        separators=frozenset(norm((*lex.list_separators, *lex.list_conjunctions))),
        totals=norm(lex.total_words),
        gapping=frozenset(norm(lex.gapping_links)),
        level_from=frozenset(norm(lex.level_from)),
        level_to=frozenset(norm(lex.change_level_markers)),
        also=frozenset(w for phrase in norm(lex.list_conjunctions) for w in phrase.split()),
    )


_sentence_end: Callable[[Sentence], int] = operator.attrgetter("end")  # a bisection's key, at C speed


class Layout:
    """The claims of one document by sentence, and the gaps between them."""

    def __init__(self, doc: Document, claims: Sequence[Claim], lex: Lexicon) -> None:
        self.doc = doc
        self.claims = claims
        self.lex = lex
        sentences = doc.sentences()
        by_sentence: dict[int, list[int]] = {}
        for i, c in enumerate(claims):
            at = bisect.bisect_right(sentences, c.quantity.span.start, key=_sentence_end)
            by_sentence.setdefault(at, []).append(i)
        self.sentence_ends = {k: (sentences[k].end if k < len(sentences) else len(doc.text)) for k in by_sentence}
        self.sentence_starts = {k: (sentences[k].start if k < len(sentences) else 0) for k in by_sentence}
        self._paragraphs = {k: (sentences[k].paragraph if k < len(sentences) else -1) for k in by_sentence}
        words = _words(lex)
        #: The list separators and conjunctions, and the words before a total, normalised.
        self.separators, self.total_words, self.gapping_links = words.separators, words.totals, words.gapping
        #: The words before the earlier and the later level of a change ("с", "до").
        self.level_from, self.level_to = words.level_from, words.level_to
        #: Every word of the list conjunctions ("а", "также" of "а также").
        self.also = words.also
        self.figures = [
            (k, sorted(v, key=lambda i: (claims[i].quantity.span.start, i))) for k, v in sorted(by_sentence.items())
        ]

    def paragraph_of(self, sentence: int) -> int:
        """The paragraph a sentence that holds figures stands in."""
        return self._paragraphs[sentence]

    def q(self, i: int) -> Quantity:
        return self.claims[i].quantity

    def tokens(self, start: int, end: int) -> tuple[str, ...]:
        """The normalised tokens of the stretch ``[start, end)``: a :class:`Gap`'s, for a finder that reads
        nothing else of it."""
        return tuple(_TOKEN.findall(morph.normalize(self.doc.text[start:end]))) if end > start else ()

    def gap(self, start: int, end: int) -> Gap:
        """The stretch ``[start, end)`` of the text read as a :class:`Gap`."""
        tokens = self.tokens(start, end)
        words = [t for t in tokens if t[0].isalnum()]
        return Gap(
            tokens=tokens,
            words=len(words),
            separators=_separator_runs(tokens, self.lex),
            marks=frozenset(t for t in tokens if not t[0].isalnum()),
        )

    def between(self, a: int, b: int) -> Gap:
        """The gap from the end of claim ``a`` to the start of claim ``b``."""
        return self.gap(self.q(a).span.end, self.q(b).span.start)

    def dashes(self) -> str:
        p = self.lex.punctuation
        return p.dashes + p.hyphens

    def bare(self, i: int) -> bool:
        """Figure ``i`` has no noun of its own ("6 — КПРФ", "33 высказались против", "четверо доставлены",
        "около 21 тысячи умерли": a word of scale is no noun)."""
        last = self.q(i).span.text.split()[-1]
        if not last[:1].isalpha() or morph.lemmas(last.lower().rstrip(".")) & self.lex.scales.keys():
            return True
        return morph.part_of_speech(last) not in _NOMINALS

    def listed_after(self, figures: Sequence[int], n: int, *, bare: bool) -> list[int]:
        """``figures[n]`` and the figures after it listed with it: one unit, each joined to the one before by
        a separator or a conjunction and a few words, no total word between; only bare ones if ``bare``."""
        run = [figures[n]]
        unit = self.q(figures[n]).unit
        for i in figures[n + 1 :]:
            q = self.q(i)
            if q.unit != unit or q.kind != "amount" or (bare and not self.bare(i)):
                break
            gap = self.between(run[-1], i)
            if not gap.separators or gap.words > _MAX_ITEM_WORDS or any(gap.has(w) for w in self.total_words):
                break
            run.append(i)
        return run
