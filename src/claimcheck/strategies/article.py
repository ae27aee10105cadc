"""Short articles: paragraphs of attributed quotes and of dated facts, with what each must report."""

from __future__ import annotations

import datetime as dt
from typing import Final

from attrs import frozen
from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

from claimcheck.strategies.amount import AMOUNT_UNITS, RenderedAmount, amounts
from claimcheck.strategies.period import RenderedPeriod, periods
from claimcheck.strategies.quote import RenderedQuote, quotes
from claimcheck.strategies.words import DATA, past

__all__ = ["RenderedArticle", "RenderedClaim", "articles"]


@frozen
class RenderedClaim:
    """An amount stated in an article, the period it is stated for, and where it stands in the text."""

    amount: RenderedAmount
    period: RenderedPeriod | None
    start: int


@frozen
class RenderedArticle:
    """A short article with its publication date and the quotes and claims it must report, in order."""

    text: str
    published: dt.date
    quotes: tuple[RenderedQuote, ...]
    claims: tuple[RenderedClaim, ...]


@frozen
class _Fact:
    """A sentence stating an amount for a period, with where the amount starts in it."""

    text: str
    amount: RenderedAmount
    period: RenderedPeriod
    at: int


# Subjects a fact measures (lemma -> the gender its verb agrees with).
_PERIOD_SUBJECTS: Final = tuple(DATA.codes("period_subjects").items())
# Units of the amount a fact states: every unit amounts() draws but counts and percentages.
_FACT_UNITS: Final = tuple(u for u in AMOUNT_UNITS if u not in ("count", "percent"))


@st.composite
def _fact(draw: st.DrawFn, published: dt.date) -> _Fact:
    """A sentence "{Subject} {period} составил {amount}, как и планировалось." and where its amount starts.

    The tail keeps a sentence stop from reading as the dot of an abbreviation ("руб").
    """
    period = draw(periods(anchor=published))
    amount = draw(amounts(units=_FACT_UNITS))
    subject, gender = draw(st.sampled_from(_PERIOD_SUBJECTS))
    head = f"{subject.capitalize()} {period.text} {past('составить', gender)} "
    return _Fact(f"{head}{amount.text}, как и планировалось.", amount, period, len(head))


@st.composite
def _article(draw: st.DrawFn, max_paragraphs: int) -> RenderedArticle:
    published = draw(st.dates(dt.date(2000, 1, 1), dt.date(2090, 12, 31)))
    parts: list[str] = []
    found_quotes: list[RenderedQuote] = []
    found_claims: list[RenderedClaim] = []
    offset = 0
    for _ in range(draw(st.integers(1, max_paragraphs))):
        if draw(st.booleans()):
            q = draw(quotes())
            paragraph = q.text
            found_quotes.append(q)
        else:
            fact = draw(_fact(published))
            paragraph = fact.text
            found_claims.append(RenderedClaim(fact.amount, fact.period, offset + fact.at))
        parts.append(paragraph)
        offset += len(paragraph) + 1
    return RenderedArticle("\n".join(parts), published, tuple(found_quotes), tuple(found_claims))


def articles(*, max_paragraphs: int = 5) -> SearchStrategy[RenderedArticle]:
    """Short articles of attributed quotes and dated facts, with the quotes and claims they must report.

    Each paragraph is either a sentence from :func:`quotes` or a fact "{subject} {period} составил
    {amount}." built from :func:`periods` (anchored at the article's publication date) and
    :func:`amounts`; the expected claims carry the amount, its period and its offset.

    >>> from hypothesis import find
    >>> a = find(articles(max_paragraphs=2), lambda a: len(a.quotes) == 1 and len(a.claims) == 1)
    >>> a.text.count("\\n")
    1
    """
    if max_paragraphs < 1:
        raise ValueError(f"expected max_paragraphs >= 1, got {max_paragraphs}")
    return _article(max_paragraphs)
