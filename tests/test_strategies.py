"""claimcheck.strategies: agreement, spelling, the records drawn and the Hypothesis registration."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import attrs
import pytest
from hypothesis import find, given, settings
from hypothesis import strategies as st

import claimcheck
from claimcheck import strategies
from claimcheck._hypothesis_setup import register_types
from claimcheck.strategies import (
    PERSONS,
    RenderedAmount,
    RenderedPeriod,
    RenderedQuote,
    agree,
    amounts,
    articles,
    genitive_name,
    periods,
    quotes,
    spell,
)


@pytest.mark.parametrize(
    ("lemma", "number", "expected"),
    [("миллиард", 5, "миллиардов"), ("миллиард", 21, "миллиард"), ("миллион", 2, "миллиона"),
     ("тысяча", 3, "тысячи"), ("доллар", 25, "долларов"), ("рубль", 22, "рубля"), ("тенге", 5, "тенге"),
     ("евро", 3, "евро")],
)
def test_agree(lemma: str, number: int, expected: str) -> None:
    """Nouns agree with the number before them; indeclinable ones keep their form."""
    assert agree(lemma, number) == expected


@pytest.mark.parametrize(
    ("n", "gender", "expected"),
    [(1, "masc", "один"), (1, "femn", "одна"), (2, "femn", "две"), (21, "masc", "двадцать один"),
     (115, "masc", "сто пятнадцать"), (999, "masc", "девятьсот девяносто девять")],
)
def test_spell(n: int, gender: str, expected: str) -> None:
    """Numbers are spelt in the nominative from the lexicon's cardinals, "один"/"два" agreeing in gender."""
    assert spell(n, gender) == expected


def test_spell_refuses_out_of_range() -> None:
    """Only 1..999 are spelt."""
    with pytest.raises(ValueError, match="expected 1 <= n <= 999"):
        spell(1000)


@pytest.mark.parametrize(
    ("name", "gender", "expected"),
    [("Мария Захарова", "femn", "Марии Захаровой"), ("Олжас Бектенов", "masc", "Олжаса Бектенова"),
     ("Сергей Собянин", "masc", "Сергея Собянина"), ("Эльвира Набиуллина", "femn", "Эльвиры Набиуллиной")],
)
def test_genitive_name(name: str, gender: str, expected: str) -> None:
    """Names go into the genitive for "По словам X", known surnames by the dictionary, others by their ending."""
    assert genitive_name(name, gender) == expected


@pytest.mark.parametrize(("name", "gender"), PERSONS)
def test_every_person_reads_back(name: str, gender: str) -> None:
    """Every pooled person is found as the speaker, in the nominative, in every construction."""
    verb = "заявила" if gender == "femn" else "заявил"
    for text in (f"«Работа продолжится», — {verb} {name}.", f"По словам {genitive_name(name, gender)}, работа продолжится."):
        (q,) = claimcheck.analyze(text).quotes
        assert q.speaker is not None and q.speaker.name == name


def test_records_are_frozen() -> None:
    """Drawn records are frozen attrs classes."""
    a = RenderedAmount("5 $", Decimal(5), "USD", "=", Decimal("4.5"), Decimal("5.5"))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        a.text = "6 $"  # type: ignore[misc]
    assert a.interval.contains(Decimal(5))


@settings(max_examples=30, deadline=None)
@given(amounts(units=("KZT",), hedged=False))
def test_amounts_options(a: RenderedAmount) -> None:
    """amounts(units=..., hedged=False) draws only that unit, unhedged, with the value inside its bounds."""
    assert (a.unit, a.approx) == ("KZT", "=")
    assert a.low is not None and a.high is not None and a.low <= a.value <= a.high


def test_amounts_refuses_unknown_units() -> None:
    """An unknown unit code is a ValueError naming the codes that can be drawn."""
    with pytest.raises(ValueError, match="expected units from"):
        amounts(units=("parsec",))


@pytest.mark.parametrize(
    ("units", "pattern"),
    [(("USD",), r"^\d+ миллиардов долларов$"), (("RUB",), r"^\d+ миллиард\w* рублей$"), (("KZT",), r"^\d,\d млрд тенге$"),
     (("RUB",), r"^полтора миллиона рублей$")],
)
def test_amounts_reach_the_issue_examples(units: tuple[str, ...], pattern: str) -> None:
    """Shapes of the issue's examples ("5 миллиардов долларов", "21 миллиард рублей", "1,5 млрд тенге",
    "полтора миллиона рублей") are among the amounts drawn."""
    found = find(
        amounts(units=units, hedged=False),
        lambda a: re.match(pattern, a.text) is not None and not a.text.startswith("1 "),
        settings=settings(max_examples=5_000, database=None),
    )
    assert re.match(pattern, found.text)


@settings(max_examples=30, deadline=None)
@given(periods(anchor=dt.date(2025, 1, 30)))
def test_periods_anchor(p: RenderedPeriod) -> None:
    """periods(anchor=...) keeps the anchor and draws first <= last."""
    assert p.anchor == dt.date(2025, 1, 30)
    assert p.first <= p.last


@settings(max_examples=30, deadline=None)
@given(quotes())
def test_quotes_records(q: RenderedQuote) -> None:
    """Quotes name a pooled speaker, carry one or two contents, and the contents are in the text."""
    assert q.speaker in {name for name, _ in PERSONS}
    assert 1 <= len(q.contents) <= 2 and all(c in q.text for c in q.contents)
    assert q.kind in ("direct", "indirect")


def test_quotes_refuses_unknown_constructions() -> None:
    """An unknown construction is a ValueError."""
    with pytest.raises(ValueError, match="expected constructions from"):
        quotes(constructions=("sung",))


@settings(max_examples=10, deadline=None)
@given(articles(max_paragraphs=3))
def test_articles_offsets(a: strategies.RenderedArticle) -> None:
    """Expected claims point at their amounts' text in the article."""
    for c in a.claims:
        assert a.text[c.start : c.start + len(c.amount.text)] == c.amount.text


def test_registered_types() -> None:
    """The entry-point hook registers Interval, Quantity and Period with st.from_type."""
    register_types()
    iv = find(st.from_type(claimcheck.Interval), lambda _: True)
    assert isinstance(iv, claimcheck.Interval)
    q = find(st.from_type(claimcheck.Quantity), lambda q: q.unit == "USD")
    assert q.span.text and q.unit == "USD"
    p = find(st.from_type(claimcheck.Period), lambda _: True)
    assert p.first <= p.last
