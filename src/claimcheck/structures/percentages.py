"""Percentages of one enumeration: figures of one sentence that share out one whole.

"За Иванова проголосовали 52%, за Петрова — 30%, за Сидорова — 25%": each percentage after the first
has no verb of its own (the text leaves it out and marks the gap with a dash, or joins it with "ещё" or
a conjunction alone), so all of them are shares of what the first one shares. Percentages listed with
"соответственно" belong to different wholes and are left out, and so are rates of their own events
("87% вероятности рака груди, а также 50% — рака яичников"). Results written line by line, one
percentage after a name and a dash in each of three or more sentences in a row ("1. Михаил Саакашвили —
52,1 %", "2. Леван Гацелицадзе — 24,98 %", …), are one enumeration too. When the last one is "the rest"
("остальные 18%") the enumeration is a partition of the whole: it sums to 100 %.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Final

from claimcheck import morph
from claimcheck.structures.layout import Gap, Layout, Structure

__all__ = ["find"]

# Words between two percentages of one enumeration ("(52,3 процента голосов), а за Кокрела - 44,7 тысячи (").
_MAX_GAP_WORDS: Final = 12
# Words after the last percentage in which "соответственно" makes the list a respective one.
_RESPECTIVE_REACH: Final = 4
# Words before a percentage in which "остальные" makes it the rest of the whole.
_REMAINDER_REACH: Final = 2

# Words after a percentage in which a rate noun makes it no share ("87% вероятности").
_RATE_REACH: Final = 2

_KINDS: Final = ("amount", "share", "target")
# A line of results: at most this many words before the dash and its percentage ("2. Леван Гацелицадзе —").
_MAX_LEAD_WORDS: Final = 6
# Lines of results in a row that make a list of them.
_MIN_LINES: Final = 3


def _percentage(layout: Layout, i: int) -> bool:
    q = layout.q(i)
    return q.unit == "percent" and q.kind in _KINDS


def _gapped(layout: Layout, a: int, b: int, gap: Gap) -> bool:
    """``b`` shares what ``a`` shares: a list separator between them, no verb, and the verb left out
    (a dash in the gap or right after ``b``, or nothing but the separator or "ещё" before ``b``)."""
    if gap.separators < 1 or gap.words > _MAX_GAP_WORDS or "." in gap.marks:
        return False
    pa, pb = layout.claims[a].period, layout.claims[b].period
    if pa is not None and pb is not None and (pa.first, pa.last) != (pb.first, pb.last):
        return False  # "с 2016 года — 18 %, а с 2017 года — 18,8 %": one rate after another
    if gap.predicate:
        return False
    dashes = set(layout.dashes())
    if gap.marks & dashes:
        return True
    after = layout.gap(layout.q(b).span.end, layout.q(b).span.end + 3).tokens
    if after[:1] and after[0] in dashes:
        return True
    last_separator = max(k for k, t in enumerate(gap.tokens) if t in layout.separators)
    rest = " ".join(gap.tokens[last_separator + 1 :])
    return rest == "" or rest in layout.gapping_links


def _runs(layout: Layout, figures: Sequence[int]) -> Iterator[list[int]]:
    pcts = [i for i in figures if _percentage(layout, i)]
    n = 0
    while n < len(pcts):
        run = [pcts[n]]
        while n + len(run) < len(pcts):
            nxt = pcts[n + len(run)]
            if not _gapped(layout, run[-1], nxt, layout.between(run[-1], nxt)):
                break
            run.append(nxt)
        if len(run) >= 2:
            yield run
        n += len(run)


def _respective(layout: Layout, last: int) -> bool:
    end = layout.q(last).span.end
    words = [t for t in layout.gap(end, end + 60).tokens if t[0].isalnum()][:_RESPECTIVE_REACH]
    return any(morph.normalize(w) in words for w in layout.lex.respectively)


def _rate(layout: Layout, i: int) -> bool:
    """The percentage is a rate of its own event ("87% вероятности"), read in the words after it or its subject."""
    end = layout.q(i).span.end
    words = [t for t in layout.gap(end, end + 60).tokens if t[0].isalnum()][:_RATE_REACH]
    subject = layout.claims[i].subject
    lemmas = set(subject.lemma.split()) if subject is not None else set()
    for w in words:
        lemmas |= morph.lemmas(w)
    return bool(lemmas & layout.lex.rate_lemmas)


def _remainder(layout: Layout, i: int) -> bool:
    start = layout.q(i).span.start
    words = [t for t in layout.gap(max(0, start - 40), start).tokens if t[0].isalnum()][-_REMAINDER_REACH:]
    return any(morph.lemmas(w) & layout.lex.remainder_lemmas for w in words)


def _result_item(layout: Layout, sentence: int, figures: Sequence[int]) -> int | None:
    """The percentage of a sentence written as one line of results, "Леван Гацелицадзе — 24,98 % (442478
    голосов)": its only percentage, after a few words and a dash."""
    pcts = [i for i in figures if _percentage(layout, i)]
    if len(pcts) != 1:
        return None
    lead = layout.gap(layout.sentence_starts[sentence], layout.q(pcts[0]).span.start)
    if lead.words > _MAX_LEAD_WORDS or not lead.tokens or lead.tokens[-1] not in layout.dashes() or lead.predicate:
        return None
    return pcts[0]


def _result_lists(layout: Layout) -> Iterator[list[int]]:
    """Runs of three or more consecutive sentences that are each one line of results."""
    run: list[int] = []
    last = -2
    for sentence, figures in layout.figures:
        item = _result_item(layout, sentence, figures)
        if item is not None and sentence == last + 1 and run:
            run.append(item)
        else:
            if len(run) >= _MIN_LINES:
                yield run
            run = [] if item is None else [item]
        last = sentence
    if len(run) >= _MIN_LINES:
        yield run


def find(layout: Layout) -> list[Structure]:
    """Every enumeration of percentages in one sentence, and every list of results line by line."""
    out: list[Structure] = []
    runs = [*(run for _, figures in layout.figures for run in _runs(layout, figures)), *_result_lists(layout)]
    for run in runs:
        if _respective(layout, run[-1]) or any(_rate(layout, i) for i in run):
            continue
        kind = "percent_partition" if _remainder(layout, run[-1]) else "percentages"
        out.append(Structure(kind, tuple((i, "part") for i in run)))
    return out
