"""Round trips: what claimcheck.strategies renders, claimcheck reads back."""

from __future__ import annotations

import datetime as dt

from hypothesis import given

import claimcheck
from claimcheck.periods import find_periods
from claimcheck.quantities import find_quantities
from claimcheck.strategies import (
    RenderedAmount,
    RenderedArticle,
    RenderedPeriod,
    RenderedQuote,
    amounts,
    articles,
    periods,
    quotes,
)

# Contexts an amount is stated in: a headline-style nominative and a sentence around it.
CONTEXT = "Итог: {}, как и ожидалось."


@given(amounts())
def test_amount_round_trip(a: RenderedAmount) -> None:
    """A rendered amount parses to one quantity with its text, unit, hedge and bounds; the value lies inside."""
    text = CONTEXT.format(a.text)
    found = find_quantities(text)
    assert [q.span.text for q in found] == [a.text]
    (q,) = found
    assert (q.unit, q.approx) == (a.unit, a.approx)
    assert q.interval.contains(a.value) or a.approx in (">", "<")
    assert q.value == a.value
    assert (q.low, q.high) == (a.low, a.high)


@given(periods())
def test_period_round_trip(p: RenderedPeriod) -> None:
    """A rendered period phrase is found whole and resolves to its first and last day at the anchor."""
    text = f"Так было {p.text}."
    found = find_periods(text, p.anchor)
    assert [(text[m.start : m.end], m.first, m.last) for m in found] == [(p.text, p.first, p.last)]


@given(quotes())
def test_quote_round_trip(q: RenderedQuote) -> None:
    """A rendered quote gives its content(s), kind and the speaker's canonical name."""
    report = claimcheck.analyze(q.text)
    got = [(x.span.text, x.kind, x.speaker.name if x.speaker else None) for x in report.quotes]
    assert got == [(content, q.kind, q.speaker) for content in q.contents]
    assert all(x.cue is not None and x.cue.text == q.cue for x in report.quotes)


@given(articles())
def test_article_report(a: RenderedArticle) -> None:
    """An article reports its quotes (content, speaker) and its claims (offset, value, unit, hedge, period)."""
    report = claimcheck.analyze(a.text, published=a.published)
    assert [(x.span.text, x.speaker.name if x.speaker else None) for x in report.quotes] == [
        (content, q.speaker) for q in a.quotes for content in q.contents
    ]
    got = [
        (c.quantity.span.start, c.quantity.span.text, c.quantity.value, c.quantity.unit, c.quantity.approx,
         (c.period.first, c.period.last) if c.period else None)
        for c in report.claims
    ]
    expected = [
        (c.start, c.amount.text, c.amount.value, c.amount.unit, c.amount.approx,
         (c.period.first, c.period.last) if c.period else None)
        for c in a.claims
    ]
    assert got == expected


def test_article_example() -> None:
    """A hand-written article of the shape articles() draws gives the expected report."""
    text = "Мария Захарова заявила, что переговоры прошли конструктивно.\nВ 2024 году экспорт составил 5 млрд долларов."
    report = claimcheck.analyze(text, published=dt.date(2025, 1, 30))
    assert [(q.span.text, q.speaker.name if q.speaker else None) for q in report.quotes] == [
        ("переговоры прошли конструктивно", "Мария Захарова")
    ]
    (claim,) = report.claims
    assert (claim.quantity.span.text, claim.quantity.unit) == ("5 млрд долларов", "USD")
    assert claim.period is not None and claim.period.first == dt.date(2024, 1, 1)
