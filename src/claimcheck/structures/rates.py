"""A total reached over a span of time and the rate per unit of time the text derives from it.

"Это количество просмотров было набрано всего за 132 дня, что составляет около 6,1 миллиона просмотров в
день": a rate (a figure followed by a phrase of "per day", "в сутки", "в год"), a duration of that unit of
time in its sentence ("за 132 дня"), and the total: a figure of the rate's unit earlier in the sentence,
or, when the sentence points back to it ("это количество"), the nearest one of the sentences before. The
total over the duration is the rate.

The text is asked for the last words of the phrases of "per" (a set lookup) before any figure is looked
at.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Final

from claimcheck import morph
from claimcheck.lexicon import Lexicon
from claimcheck.segment import any_between
from claimcheck.structures.layout import Layout, Structure, additive

__all__ = ["find", "prepare"]

# Characters between a rate's figure and its phrase of "per" (" в день", " газа в год").
_MAX_TO_PER: Final = 12
# Sentences with figures before the rate's one that a pointing-back total may stand in.
_MAX_BACK: Final = 3


@functools.cache
def _last_words(lex: Lexicon) -> frozenset[str]:
    """The last word of each phrase of "per" ("день" of "в день"), normalised."""
    return frozenset(morph.normalize(p).split()[-1] for p in lex.rate_periods)


@functools.cache
def _per(lex: Lexicon) -> re.Pattern[str]:
    phrases = "|".join(re.escape(p) for p in sorted(lex.rate_periods, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{phrases})(?!\w)", re.IGNORECASE)


def _period_after(layout: Layout, i: int) -> str | None:
    """The unit of time of the phrase of "per" right after figure ``i``, if one follows it."""
    end = layout.q(i).span.end
    m = _per(layout.lex).search(layout.doc.text, end, end + _MAX_TO_PER + 12)
    if m is None or m.start() - end > _MAX_TO_PER:
        return None
    return layout.lex.rate_periods[m.group().lower()]


def _points_back(layout: Layout, start: int, end: int) -> bool:
    return any(morph.normalize(w.text) in layout.lex.back_references for w in layout.doc.words(start, end))


def _total(layout: Layout, sentence: int, figures: Sequence[int], n: int, earlier: Sequence[int]) -> int | None:
    """The total the rate ``figures[n]`` is derived from (see the module docstring)."""
    unit = layout.q(figures[n]).unit
    own = [i for i in figures[:n] if layout.q(i).unit == unit and layout.q(i).kind == "amount"]
    if own:
        return own[-1] if _period_after(layout, own[-1]) is None else None
    if not _points_back(layout, layout.sentence_starts[sentence], layout.q(figures[n]).span.start):
        return None
    back = [i for i in earlier if layout.q(i).unit == unit and layout.q(i).kind == "amount"]
    # The one that counts the rate's things ("815 млн просмотров", not "а у Baby — 804 млн"), else the last.
    named = [i for i in back if _noun(layout, i) is not None and _noun(layout, i) == _noun(layout, figures[n])]
    chosen = (named or back)[-1:]
    return chosen[0] if chosen and _period_after(layout, chosen[0]) is None else None


def _noun(layout: Layout, i: int) -> str | None:
    """The lemma of the noun a figure is written with, if it ends with one."""
    last = layout.q(i).span.text.split()[-1]
    return morph.lemma(last) if last[:1].isalpha() and morph.part_of_speech(last) == "NOUN" else None


def prepare(lex: Lexicon) -> None:
    """Build the tables this module derives from ``lex``: the phrases of "per" and their last words."""
    _per(lex)
    _last_words(lex)


def find(layout: Layout) -> list[Structure]:
    """Every rate with the duration and the total it is derived from."""
    out: list[Structure] = []
    ends = layout.doc.starts_of(_last_words(layout.lex))
    if not ends:
        return out
    earlier: list[int] = []
    for k, (sentence, figures) in enumerate(layout.figures):
        if any_between(ends, layout.sentence_starts[sentence], layout.sentence_ends[sentence]):
            for n, rate in enumerate(figures):
                q = layout.q(rate)
                period = _period_after(layout, rate) if q.kind == "amount" and additive(q, layout.lex) else None
                durations = [i for i in figures[:n] if layout.q(i).unit == period and layout.q(i).kind == "amount"]
                total = _total(layout, sentence, figures, n, earlier) if durations else None
                if total is not None:
                    out.append(Structure("rate", ((total, "total"), (durations[-1], "duration"), (rate, "rate"))))
        earlier = [i for _, f in layout.figures[max(0, k + 1 - _MAX_BACK) : k + 1] for i in f]
    return out
