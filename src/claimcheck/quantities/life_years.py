"""An age counted as a year of life: "на 80-м году жизни" is said of someone 79 full years old.

The N-th year of life runs from the (N-1)-th birthday to the N-th, so the phrase states an age of exactly
N-1 full years: a quantity in years whose interval is the one number N-1. The sentence tokenizer leaves
the ordinal out (an ordinal is no amount), so the phrase is found here, by one pattern built from the
lexicon, and only in a text that holds one of its phrases at all. The quantity covers the preposition too:
"на" right before a figure in years makes a span of time to the words that sort such figures.

>>> [(q.span.text, str(q.value)) for q in find(Document("Он умер на 80-м году жизни."))]
[('на 80-м году жизни', '79')]
"""

from __future__ import annotations

import bisect
import functools
import re
from decimal import Decimal

from claimcheck.lexicon import Lexicon, load
from claimcheck.model import Quantity, Span
from claimcheck.segment import Document

__all__ = ["added", "find"]


@functools.cache
def _pattern(lex: Lexicon) -> re.Pattern[str]:
    """"на 80-м году жизни": a word before the ordinal, its digits, an ending after a hyphen, a phrase."""
    def alternatives(words: tuple[str, ...]) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))

    hyphens = re.escape(lex.punctuation.hyphens)
    return re.compile(
        rf"(?<!\w)(?P<age>(?:{alternatives(lex.life_year_prepositions)})\s+"
        rf"(?P<n>\d{{1,3}})(?:[{hyphens}](?:{alternatives(lex.life_year_endings)}))?\s+"
        rf"(?:{alternatives(lex.life_year_phrases)}))(?!\w)",
        re.IGNORECASE,
    )


def find(doc: Document, lex: Lexicon | None = None) -> list[Quantity]:
    """Every age of ``doc`` counted as a year of life, in text order."""
    lex = lex or load()
    low = doc.normalized() or doc.text.lower()
    if not any(phrase.split()[-1] in low for phrase in lex.life_year_phrases):
        return []  # most texts: no phrase of a year of life, no pattern search
    out: list[Quantity] = []
    for m in _pattern(lex).finditer(doc.text):
        n = int(m.group("n"))
        if n < 1:
            continue
        years = Decimal(n - 1)
        start, end = m.span("age")
        out.append(Quantity(Span(start, end, doc.text[start:end]), years, years, years, "year"))
    return out


def added(found: list[Quantity], doc: Document, lex: Lexicon | None = None) -> list[Quantity]:
    """``found`` (in text order) with the ages counted as a year of life: each replaces what was read
    inside its phrase ("75 году" of "на 75 году жизни" is an ordinal, not 75 years), and is left out where
    it only overlaps a quantity."""
    for q in find(doc, lex):
        inside = [f for f in found if q.span.start <= f.span.start and f.span.end <= q.span.end]
        if any(_overlap(q, f) for f in found if f not in inside):
            continue
        found = [f for f in found if f not in inside]
        bisect.insort(found, q, key=lambda f: f.span.start)
    return found


def _overlap(a: Quantity, b: Quantity) -> bool:
    return a.span.start < b.span.end and b.span.start < a.span.end
