"""Period expressions in news text ("за 11 месяцев прошлого года", "в III квартале 2024 года"),
resolved to their first and last day (both inclusive) against the publication date.

All words come from the language data (:func:`claimcheck.lexicon.load`, shaped for lookup in
:mod:`~claimcheck.periods.grammar`); the package only knows the shapes of period phrases: their
pieces (:mod:`~claimcheck.periods.reader`), the periods they name (:mod:`~claimcheck.periods.atoms`),
the choice among readings (:mod:`~claimcheck.periods.matcher`) and the days of a period
(:mod:`~claimcheck.periods.dates`). Relative phrases ("прошлого года", "на сегодня", a month
without a year) need the publication date: without it they are still found, but resolve to
``None``. The clock is never read.

>>> import datetime
>>> m = find_periods("За 11 месяцев прошлого года рост составил 5%.", datetime.date(2025, 1, 30))[0]
>>> m.first, m.last, m.unit
(datetime.date(2024, 1, 1), datetime.date(2024, 11, 30), 'months')
>>> quarter(2024, 3)
(datetime.date(2024, 7, 1), datetime.date(2024, 9, 30))
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence

from claimcheck.lexicon import Lexicon, load
from claimcheck.periods.dates import half_year, month, quarter
from claimcheck.periods.grammar import Grammar, prepare
from claimcheck.periods.matcher import PeriodMatch, matches
from claimcheck.periods.reader import Reader
from claimcheck.periods.tokens import tokenize
from claimcheck.segment import Document

__all__ = ["PeriodMatch", "find_periods", "half_year", "month", "prepare", "quarter"]


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
    g = Grammar.of(lex if lex is not None else load("ru"))
    source = doc.normalized() or text
    out: list[PeriodMatch] = []
    for start, end in [(0, len(text))] if within is None else within:
        out.extend(matches(Reader(tokenize(text, source, start, end), g), published))
    return out
