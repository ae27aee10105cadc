"""The numbers relations are made of: fractions, halves, exact counts."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.lexicon import load
from claimcheck.quantities import find_quantities
from claimcheck.quantities.numerals import fraction_denominator
from claimcheck.strategies.words import agree, spell

Row = tuple[str, str, str, str]


def _rows(text: str) -> list[Row]:
    return [(q.span.text, format(q.value.normalize(), "f"), q.unit, q.kind) for q in find_quantities(text)]


def _bounds(text: str) -> list[tuple[str, str, str]]:
    return [(q.span.text, str(q.low), str(q.high)) for q in find_quantities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("За поправку высказались две трети депутатов парламента.", [("две трети", "0.6667", "fraction", "share")]),
        ("Решение требует поддержки двух третей членов совета.", [("двух третей", "0.6667", "fraction", "share")]),
        ("Три четверти заключённых осуждены по статье о шпионаже.", [("Три четверти", "0.75", "fraction", "share")]),
        ("Одна треть бюджета ушла на оборону.", [("Одна треть", "0.3333", "fraction", "share")]),
        ("Треть жителей района уехала.", [("Треть", "0.3333", "fraction", "share")]),
        ("Программа обошлась в четверть миллиарда рублей.",
         [("четверть миллиарда рублей", "250000000", "RUB", "amount")]),
        ("В регионе проживает четверть миллиона беженцев.",
         [("четверть миллиона беженцев", "250000", "count", "amount")]),
        ("У сервиса более половины миллиарда пользователей.",
         [("более половины миллиарда пользователей", "500000000", "count", "amount")]),
        ("Две трети миллиона тонн зерна сгнили.", [("Две трети миллиона тонн", "666700", "t", "amount")]),
        ("На митинг вышли полмиллиона человек.", [("полмиллиона человек", "500000", "count", "amount")]),
        ("Совещание длилось полчаса, ремонт шёл полгода.",
         [("полчаса", "0.5", "hour", "amount"), ("полгода", "0.5", "year", "amount")]),
    ],
)
def test_fractions(text: str, expected: list[Row]) -> None:
    """A fraction noun, with a numeral before it or a scale word after it, is read as one figure."""
    assert _rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Пол в зале был грязным, а полка упала.",
        "В полдень у входа собрались журналисты.",
        "Сборная заняла третье место в первой четверти матча.",
        "Он дебютировал в кино во второй половине 1950-х годов.",
    ],
)
def test_no_fraction(text: str) -> None:
    """Words that only look like halves or fractions ("пол", "полдень", an ordinal) are no amounts."""
    assert find_quantities(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # whole numbers of counted things: exact
        ("Саммит двух государств прошёл в Астане.", [("двух государств", "2", "2")]),
        ("Погибли 12 человек, в том числе 8 детей.", [("12 человек", "12", "12"), ("8 детей", "8", "8")]),
        ("Задержаны трое полицейских.", [("трое полицейских", "3", "3")]),
        ("В выборах участвовали 1 599 059 избирателей.", [("1 599 059 избирателей", "1599059", "1599059")]),
        ("Из 12 кандидатов прошли 5 из 12.", [("12 кандидатов", "12", "12"), ("5", "5", "5")]),
        # measured, rounded, hedged or scaled figures: rounding intervals
        ("В акции участвовали 100 волонтёров.", [("100 волонтёров", "99.5", "100.5")]),
        ("На форум приехали 2000 участников.", [("2000 участников", "1999.5", "2000.5")]),
        ("Пострадали около 12 человек.", [("около 12 человек", "10.8", "13.2")]),
        ("Митинг собрал 2,5 тысячи человек.", [("2,5 тысячи человек", "2450", "2550")]),
        ("Пришли 12 тысяч человек.", [("12 тысяч человек", "11500", "12500")]),
        ("Он заплатил 12 долларов за 8 километров.", [("12 долларов", "11.5", "12.5"), ("8 километров", "7.5", "8.5")]),
        ("Доля выросла до 12%.", [("до 12%", "0", "12")]),
    ],
)
def test_exact_counts(text: str, expected: list[tuple[str, str, str]]) -> None:
    """A count written as a whole number with no scale word, hedge or roundness is exact; other
    figures keep the interval of their rounding or hedge."""
    assert _bounds(text) == expected


_FRACTIONS = sorted(load().fractions)


@given(lemma=st.sampled_from(_FRACTIONS), data=st.data())
def test_fraction_words_round_trip(lemma: str, data: st.DataObject) -> None:
    """"n"/"d" written as a journalist would ("две трети", "три четверти") reads back as a value in
    (0, 1] whose interval holds n/d exactly."""
    d = fraction_denominator(lemma, load())
    n = data.draw(st.integers(min_value=1, max_value=d - 1), label="numerator") if d > 2 else 1
    text = f"Итог: {spell(n, 'femn')} {agree(lemma, n)} голосов."
    (q,) = find_quantities(text)
    assert q.unit == "fraction"
    assert Decimal(0) < q.value <= Decimal(1)
    assert q.interval.contains(Decimal(n) / Decimal(d))
