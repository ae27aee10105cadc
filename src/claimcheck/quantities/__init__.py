"""Number + scale + unit or currency + hedge -> Quantity, as Russian news writes amounts.

Works on the tokens of one sentence at a time (:mod:`claimcheck.quantities.sentence`); this module
picks the sentences that may hold an amount. A number becomes a quantity only with a unit (a
currency, "%", a measure, a counted noun, a duration); calendar dates, years, times of day, ordinals
and numbers inside names, codes or web addresses ("Ту-154", "G20", "№ 2", "rbc.ru/…/2016/") are left out.

>>> [(q.span.text, str(q.value), q.unit, q.approx) for q in find_quantities("Экспорт составил более $3,2 млрд.")]
[('более $3,2 млрд', '3200000000', 'USD', '>')]
"""

from __future__ import annotations

import bisect
import re
from typing import Final

from claimcheck import morph
from claimcheck.lexicon import Lexicon, load
from claimcheck.model import Quantity
from claimcheck.quantities import bare, kinds, life_years, numerals, units
from claimcheck.quantities.numerals import may_start_number, number_start
from claimcheck.quantities.sentence import sentence_quantities
from claimcheck.quantities.tokens import Token, tokenize
from claimcheck.segment import Document, Sentence, word_start

__all__ = ["Token", "find_quantities", "prepare", "tokenize"]

# A character of a word (as claimcheck.segment.WORD_RE takes words, inner hyphens included).
_WORD_CHAR_RE: Final = re.compile(r"[\w‐-]")
# The characters of the blocks Russian news is written in (ASCII, Latin-1, Cyrillic, general
# punctuation) that are no digit as str.isdigit tells: a sentence with none but these holds no digit,
# told by one pattern search instead of a test per character; any other character is tested.
_NO_DIGITS: Final = "".join(
    c
    for block in (range(0x80), range(0xA0, 0x100), range(0x400, 0x530), range(0x2000, 0x2070))
    for c in map(chr, block)
    if not c.isdigit()
)
_MAY_BE_DIGIT_RE: Final = re.compile(f"[^{re.escape(_NO_DIGITS)}]")


def prepare(lex: Lexicon) -> None:
    """Build the tables this package derives from ``lex`` (see :func:`claimcheck.analysis.prepare`)."""
    numerals.prepare(lex)
    units.prepare(lex)
    kinds.prepare(lex)
    bare.prepare(lex)


def find_quantities(doc: Document | str, lex: Lexicon | None = None) -> list[Quantity]:
    """Every numeric amount of ``doc`` (the Document the analysis hands down, or a plain str), in order."""
    if not isinstance(doc, Document):
        doc = Document(doc)
    lex = lex or load()
    text = doc.text
    out: list[Quantity] = []
    number_words = _number_words(doc, lex)
    addresses = doc.urls()
    for s in doc.sentences():
        at = bisect.bisect_left(number_words, s.start)
        if (
            (at < len(number_words) and number_words[at] < s.end)
            or _has_digit(text, s.start, s.end)
            or ((_cuts_a_word(text, s.start) or _cuts_a_word(text, s.end)) and _may_hold_number(doc, s, lex))
        ):
            out.extend(sentence_quantities(text, s.start, s.end, lex, addresses))
    return life_years.added(out, doc, lex)


def _has_digit(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` holds a character that str.isdigit takes ("7", "٣", "²")."""
    return any(m.group().isdigit() for m in _MAY_BE_DIGIT_RE.finditer(text, start, end))


def _cuts_a_word(text: str, at: int) -> bool:
    """Offset ``at`` falls inside a word (a paragraph of tens of kilobytes without a space is cut so)."""
    return 0 < at < len(text) and _WORD_CHAR_RE.match(text, at - 1) is not None and (
        _WORD_CHAR_RE.match(text, at) is not None
    )


def _may_hold_number(doc: Document, s: Sentence, lex: Lexicon) -> bool:
    """A number may start at one of the sentence's own words (a word cut by its bounds counts as the
    part inside them, as :meth:`claimcheck.segment.Document.words` gives it)."""
    return any(may_start_number(w.text, lex) for w in doc.words(s.start, s.end))


def _number_words(doc: Document, lex: Lexicon) -> list[int]:
    """Where a word that :func:`may_start_number` admits starts, in text order.

    Every quantity starts at a number: digits (a token that starts with a digit character) or such a
    word; a sentence with neither holds none and is not tokenized (most sentences). The words are
    looked up in the set of number-start forms at C speed (:meth:`claimcheck.segment.Document.word_indices`),
    and the age stems ("сорокалетнего") searched in the whole text at once; only the words found are
    checked.
    """
    ws = doc.words()
    forms, ages = number_start(lex)
    found = set(doc.word_indices(forms))
    low = doc.normalized()
    if low is None:  # lower-casing lengthened a character ("İ"): word by word instead
        found.update(i for i, w in enumerate(ws) if ages.search(morph.normalize(w.text)) is not None)
    elif ages.search(low) is not None:
        for m in ages.finditer(low):
            i = bisect.bisect_right(ws, m.start(), key=word_start) - 1
            if i >= 0 and ws[i].end > m.start():
                found.add(i)
    return [ws[i].start for i in sorted(found) if may_start_number(ws[i].text, lex)]
