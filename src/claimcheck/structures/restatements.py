"""A figure of the title restated in the body: "19 человек погибли в рухнувшем с моста автобусе" over "По
предварительным данным, 19 человек погибли и 21 пострадал в результате падения автобуса с моста".

The title is the text's first line when it does not end as a sentence does and more text follows. A figure
of the body restates a figure of the title when both measure the same thing the same way: one unit, one
scale (thousands, millions, …), for a count one head noun ("человек", "сын"; a count that names
nothing restates nothing), and the
body's sentence shares at least two words of content with the title besides that noun (the event they
both tell: "погибли", "автобус", "мост"; words are compared by their first letters, so one family counts
as one word: "взлом" and "взломал"). All the body's restatements of one title figure are one
structure: the title's figure ("first"), the restatements of the first sentence that restates it
("lead") and the later ones ("again").

An age or a span of time in the title ("71-летний принц Чарльз", "получил семь лет") names no noun to
match and its lead often shares no words with the title ("Ему 71 год", "к семи годам лишения свободы"):
when the title has one figure of that unit and sort (an age, or a span) and no sentence of the body that
tells the same event restates it, the body's first figure of the same unit and sort does.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from decimal import Decimal
from typing import Final

from claimcheck import morph
from claimcheck.model import Period, Quantity
from claimcheck.segment import sentence_of
from claimcheck.structures.layout import Layout, Structure
from claimcheck.structures.years import same_person, same_sort, sort_of_time

__all__ = ["find"]

# Content words the title and the body's sentence must share besides the head noun.
_MIN_SHARED: Final = 2
# Letters of a lemma that stand for its word family when the title and the body are compared ("взлом" and
# "взломать", "Тюмень" and "тюменец").
_STEM: Final = 5
# Parts of speech whose lemmas tell what a sentence is about.
_CONTENT: Final = frozenset({"NOUN", "VERB", "INFN", "ADJF", "ADJS", "PRTF", "PRTS"})
_KINDS: Final = ("amount", "range", "target")
# Parts of speech of the word a count is written with that name what it counts: "сайтов", and the
# participles and adjectives used as nouns ("подозреваемых", "погибших").
_COUNTED: Final = frozenset({"NOUN", "PRTF", "ADJF"})
_THOUSAND: Final = Decimal(1000)
# The digits of a figure as written ("8,1", "11 250"); a comma or a dot before decimals.
_DIGITS: Final = re.compile(r"\d+(?:[\s\u00a0\u202f]\d{3})*(?:[.,]\d+)?")


def _scale(q: Quantity) -> int:
    """The scale the figure is written at, as a power of 1000: 0 for units, 1 for thousands ("140 тысяч
    евро"), 2 for millions ("$8,1 млн", "8,1 миллиона долларов"), …; from the value itself when it is
    written in words."""
    digits = _DIGITS.search(q.span.text)
    written = Decimal(re.sub(r"\s", "", digits.group()).replace(",", ".")) if digits else None
    v = abs(q.value / written) if written else abs(q.value)
    n = 0
    while v >= _THOUSAND:
        v /= _THOUSAND
        n += 1
    return n


@functools.lru_cache(maxsize=8192)
def _content_lemma(word: str) -> str | None:
    if len(word) < 3 or word[0].isdigit() or morph.part_of_speech(word) not in _CONTENT:
        return None
    return morph.lemma(word)[:_STEM]


def _content(words: Iterable[str]) -> frozenset[str]:
    return frozenset(lemma for w in words if (lemma := _content_lemma(w)) is not None)


def _head(layout: Layout, i: int) -> str | None:
    """What claim ``i`` counts, for a count: the head noun of its subject ("человек" of "19 человек"), or
    None when it names nothing. Sums, measures, ages and durations are told apart by their unit and
    by the sentence they stand in, not by a noun ("вложит $3 млрд" restated as "инвестировать $3 млрд";
    "97-летний принц" as "Принцу Филиппу 97 лет"): "" for them, and None for a span of time that is a
    point in time ("60 лет назад")."""
    c = layout.claims[i]
    q = c.quantity
    if q.unit in layout.lex.time_units:
        # "60 лет назад", "через четыре года": a point in time, neither an age nor a duration.
        near = layout.doc.words(max(0, q.span.start - 12), q.span.end + 12)
        inside = [w for w in near if w.end <= q.span.start or w.start >= q.span.end]
        return None if any(morph.normalize(w.text) in layout.lex.time_point_words for w in inside) else ""
    if q.unit != "count":
        return ""
    written = _written_noun(q) or _number_of(layout, i)
    if written is not None:
        return written
    if c.subject is None:
        return None
    nouns = [w for w in c.subject.lemma.split() if morph.part_of_speech(w) == "NOUN"]
    return nouns[-1] if nouns else None


def _written_noun(q: Quantity) -> str | None:
    """The lemma of the word a count's figure is written with that names what it counts ("двое
    подозреваемых", "27 погибших": a participle's lemma is its verb's), else None."""
    words = q.span.text.split()
    last = words[-1] if len(words) > 1 else ""
    if not last[:1].isalpha() or morph.part_of_speech(last) not in _COUNTED:
        return None
    return morph.lemma(last)


def _number_of(layout: Layout, i: int) -> str | None:
    """For a bare count ("до 13"), the lemma of the word after "число" or "количество" earlier in its
    sentence ("Число кандидатов … увеличилось до 13": "кандидат"), else None."""
    q = layout.q(i)
    sentence = sentence_of(layout.doc.sentences(), q.span.start)
    if sentence is None:
        return None
    words = layout.doc.words(sentence.start, q.span.start)
    at = next((k for k, w in enumerate(words) if morph.lemmas(w.text) & layout.lex.count_subjects), None)
    return None if at is None or at + 1 >= len(words) else morph.lemma(words[at + 1].text)


def _heads_meet(layout: Layout, a: int, head: str, b: int) -> bool:
    """Figure ``b`` counts what ``a`` (whose head is ``head``) does: one head, or people on one side and,
    on the other, those who did what the people's sentence tells ("27 погибших" and "27 человек погибло")."""
    other = _head(layout, b)
    if other == head:
        return True
    if not other or not head:
        return False
    people = {head, other} & layout.lex.person_nouns
    if len(people) != 1:
        return False
    verb, told = (other, a) if head in people else (head, b)
    if morph.part_of_speech(verb) != "INFN":
        return False
    sentence = sentence_of(layout.doc.sentences(), layout.q(told).span.start)
    if sentence is None:
        return False
    return any(verb in morph.lemmas(w.text) for w in layout.doc.words(sentence.start, sentence.end))


def _title(layout: Layout) -> tuple[int, int] | None:
    paragraphs = layout.doc.paragraphs()
    if len(paragraphs) < 2:
        return None
    start, end = paragraphs[0]
    if layout.doc.text[end - 1] in layout.lex.punctuation.sentence_ends:
        return None
    return start, end


def _own_period(layout: Layout, i: int) -> Period | None:
    """The period of claim ``i``, unless it is a year written after the figure in the genitive right after a
    noun, with no preposition: that year is the noun's ("скончался на 91-м году жизни лауреат Нобелевской
    премии по литературе 1997 года"), not the time of the figure."""
    period = layout.claims[i].period
    if period is None or period.span.start < layout.q(i).span.end:
        return period
    written = period.span.text.split()
    if len(written) != 2 or not written[0].isdigit() or not morph.lemmas(written[1]) & layout.lex.year_lemmas:
        return period
    before = layout.doc.words(max(0, period.span.start - 40), period.span.start)[-1:]
    if not before or layout.doc.text[before[0].end : period.span.start].strip():
        return period  # "в субботу, 10 сентября 2016 года": a mark parts them
    return None if morph.part_of_speech(before[0].text) == "NOUN" else period


def _periods_meet(layout: Layout, a: int, b: int) -> bool:
    """Either figure states no period of its own, or their periods share a day: "в 2019 году" restates no
    figure of "в 2018 году"."""
    pa, pb = _own_period(layout, a), _own_period(layout, b)
    return pa is None or pb is None or (pa.first <= pb.last and pb.first <= pa.last)


def _same_measure(layout: Layout, a: int, b: int, head: str) -> bool:
    """One unit, kind, scale and head noun, and no other period; for spans of time, one sort (an age
    restates no other span)."""
    qa, qb = layout.q(a), layout.q(b)
    return (
        qa.unit == qb.unit and qa.kind in _KINDS and qb.kind in _KINDS and _periods_meet(layout, a, b)
        and _scale(qa) == _scale(qb) and _heads_meet(layout, a, head, b)
        and (qa.unit not in layout.lex.time_units or same_sort(sort_of_time(layout, a), sort_of_time(layout, b)))
    )


def _first_of_time(
    layout: Layout, t: int, in_title: list[int], body: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """The body's first age of the person of title age ``t``, or its first span of time for another title
    span; when no other figure of the title has its unit and sort."""
    q = layout.q(t)
    sort = sort_of_time(layout, t)
    if any(i != t and layout.q(i).unit == q.unit and same_sort(sort_of_time(layout, i), sort) for i in in_title):
        return None
    if sort == "jubilee":
        return None
    # A figure the words do not sort restates nothing by its place alone ("уже шесть лет ведёт карьеру").
    wanted = "age" if sort == "age" else "span"
    return next(
        (
            (k, b) for k, b in body
            if sort_of_time(layout, b) == wanted and _same_measure(layout, t, b, "") and same_person(layout, t, b)
        ),
        None,
    )


class _Shared:
    """The content words each sentence of the body shares with the title, read once per sentence (and
    the title's once a figure of the body asks: reading them parses every word)."""

    def __init__(self, layout: Layout, title: tuple[int, int]) -> None:
        self.layout = layout
        self.title = title
        self.title_words: frozenset[str] | None = None
        self.by_sentence: dict[int, frozenset[str]] = {}

    def __call__(self, k: int) -> frozenset[str]:
        if k not in self.by_sentence:
            layout = self.layout
            if self.title_words is None:
                self.title_words = _content(w.text for w in layout.doc.words(*self.title))
            words = layout.doc.words(layout.sentence_starts[k], layout.sentence_ends[k])
            self.by_sentence[k] = _content(w.text for w in words) & self.title_words
        return self.by_sentence[k]


def _repeats_title(layout: Layout, sentence: int, title: tuple[int, int]) -> bool:
    """The sentence is the title printed again at the head of the body: it restates nothing."""
    text = layout.doc.text
    written = text[layout.sentence_starts[sentence] : layout.sentence_ends[sentence]].strip()
    return written == text[title[0] : title[1]].strip()


def _telling_same_event(
    layout: Layout, t: int, head: str, body: list[tuple[int, int]], shared: _Shared
) -> list[tuple[int, int]]:
    """The body's figures that measure what title figure ``t`` does, in sentences that tell its event."""
    return [
        (k, b) for k, b in body
        if _same_measure(layout, t, b, head) and len(shared(k) - {head[:_STEM]}) >= _MIN_SHARED
    ]


def find(layout: Layout) -> list[Structure]:
    """Every figure of the title with the body's figures that restate it."""
    title = _title(layout)
    if title is None:
        return []
    in_title = [i for _, fs in layout.figures for i in fs if layout.q(i).span.end <= title[1]]
    if not in_title:
        return []
    body = [
        (k, i) for k, fs in layout.figures for i in fs
        if layout.q(i).span.start >= title[1] and not _repeats_title(layout, k, title)
    ]
    shared = _Shared(layout, title)
    out: list[Structure] = []
    for t in in_title:
        head = _head(layout, t)
        if head is None:
            continue
        again = _telling_same_event(layout, t, head, body, shared)
        first = None if again or layout.q(t).unit not in layout.lex.time_units else _first_of_time(
            layout, t, in_title, body
        )
        if first is not None:
            again = [first]
        if again:
            lead = again[0][0]
            roles = ((b, "lead" if k == lead else "again") for k, b in again)
            out.append(Structure("restated", ((t, "first"), *roles)))
    return out
