"""Ages counted as a year of life: "на 80-м году жизни" is 79 full years."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.quantities import find_quantities
from claimcheck.quantities.life_years import find
from claimcheck.segment import Document

CASES = [
    ("Поэт умер на 80-м году жизни.", [("на 80-м году жизни", "79")]),
    ("Она скончалась на 91-ом году жизни в Москве.", [("на 91-ом году жизни", "90")]),
    ("Художник скончался на 75 году жизни.", [("на 75 году жизни", "74")]),
    ("На 102-м году жизни умерла старейшая актриса.", [("На 102-м году жизни", "101")]),
    ("Учёный ушёл из жизни на 69-й году своей жизни.", [("на 69-й году своей жизни", "68")]),
    # no year of life: a date, a span, an ordinal of something else
    ("На 2-м году обучения студенты сдают экзамен.", []),
    ("Закон вступит в силу в 2025 году.", []),
    ("На 5-м этаже жизни нет.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_life_years(text: str, expected: list[tuple[str, str]]) -> None:
    """A year of life is an age in full years one less than its ordinal, covering the phrase."""
    got = [(q.span.text, str(q.value)) for q in find(Document(text))]
    assert got == expected


def test_life_year_is_exact_and_among_the_amounts() -> None:
    """The age joins the text's other amounts in text order, as one exact number of years."""
    qs = find_quantities("В 2014 году на 80-м году жизни умерла писательница, автор 12 романов.")
    assert [q.span.text for q in qs] == ["на 80-м году жизни", "12 романов"]
    age = qs[0]
    assert (age.unit, age.low, age.high, age.kind) == ("year", Decimal(79), Decimal(79), "amount")


def test_life_year_replaces_the_ordinal_read_as_years() -> None:
    """"75 году" of "на 75 году жизни" is read as the year of life only, not as 75 years."""
    qs = find_quantities("11 сентября 2016 года на 75 году жизни скончался художник.")
    assert [(q.span.text, str(q.value)) for q in qs] == [("на 75 году жизни", "74")]


@given(st.integers(min_value=1, max_value=120), st.sampled_from(["-м", "-ом", ""]))
def test_ordinal_round_trip(n: int, ending: str) -> None:
    """The N-th year of life written as digits reads back as N - 1 full years."""
    (q,) = find(Document(f"Он умер на {n}{ending} году жизни."))
    assert q.value == Decimal(n - 1)
    assert q.interval.low == q.interval.high == Decimal(n - 1)
