"""Figures derived from others: a count times what each holds, a total over a span of time as a rate."""

from __future__ import annotations

import pytest
from tests.test_structures import Member, _structures

import claimcheck

# (text, [(kind, [(figure as written, role), ...]), ...]) as in test_structures.
CASES: list[tuple[str, list[tuple[str, list[Member]]]]] = [
    # A count, an amount of each of its things, and the total a word of wholeness marks.
    ("Город закупит пять автобусов стоимостью 12 млн рублей каждый. Общая стоимость закупки — 60 млн рублей.",
     [("product", [("пять автобусов", "count"), ("12 млн рублей", "each"), ("60 млн рублей", "total")])]),
    ("Построят три корпуса по 200 квартир в каждом, всего 600 квартир.",
     [("product", [("три корпуса", "count"), ("200 квартир", "each"), ("600 квартир", "total")])]),
    # Without a word of "each", or without a total, nothing is derived.
    ("Город закупит пять автобусов стоимостью 12 млн рублей. Общая стоимость закупки — 60 млн рублей.", []),
    ("Город закупит пять автобусов стоимостью 12 млн рублей каждый.", []),
    # A rate per day, the days, and the total earlier in the sentence.
    ("За 30 дней выставку посетили 900 тысяч человек, то есть около 30 тысяч человек в день.",
     [("rate", [("30 дней", "duration"), ("900 тысяч человек", "total"), ("около 30 тысяч человек", "rate")])]),
    # A sentence that points back takes the total of the sentences before, the one of the rate's noun.
    ("Ролик набрал 40 млн просмотров, а ролик конкурента — 38 млн. Это количество просмотров он набрал за "
     "10 дней, по 4 млн просмотров в день.",
     [("rate", [("40 млн просмотров", "total"), ("10 дней", "duration"), ("4 млн просмотров", "rate")])]),
    # A sentence that does not point back has no total before it.
    ("Ролик набрал 40 млн просмотров. Первые 10 дней он набирал по 4 млн просмотров в день.", []),
    # A figure that is a rate itself is no total; a duration of another unit is none.
    ("Первые 5 дней завод выпускал 10 машин в день, потом 12 машин в день.", []),
    ("За 3 недели завод выпустил 210 машин, то есть 10 машин в день.", []),
    # "N из M" with the percentage the text gives of it, in its sentence or in the next one pointing back.
    ("Закон поддержали 120 из 150 депутатов, или 80 %.",
     [("proportion", [("120", "part"), ("150 депутатов", "total"), ("80 %", "share")])]),
    ("Закон поддержали 120 из 150 депутатов. Это 80 %.",
     [("proportion", [("120", "part"), ("150 депутатов", "total"), ("80 %", "share")])]),
    ("Закон поддержали 120 из 150 депутатов. В прошлом году закон поддержали 70 % депутатов.", []),
    # An average with the largest or the smallest value of the same things, its noun left out.
    ("Средняя зарплата в отрасли составила 52 тыс. рублей, максимальная — 148 тыс. рублей.",
     [("bounded", [("52 тыс. рублей", "average"), ("148 тыс. рублей", "max")])]),
    ("В среднем музей посещали 5 тысяч человек в день, минимум — 2 тысячи.",
     [("bounded", [("5 тысяч человек", "average"), ("2 тысячи", "min")])]),
    # A bound of other things (a noun of its own) is none.
    ("Средняя зарплата в Москве 80 тыс. рублей, а максимальная пенсия 40 тыс. рублей.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_derived_structures(text: str, expected: list[tuple[str, list[Member]]]) -> None:
    """Each derived figure is found with the figures it comes from, and no other."""
    assert _structures(text) == expected


# (text, check, message) for figures that cannot be derived from one another.
FINDINGS: list[tuple[str, str, str]] = [
    ("Город закупит пять автобусов стоимостью 12 млн рублей каждый. Общая стоимость закупки — 90 млн рублей.",
     "derived.each",
     "5 × ₽12 mn each = ₽57.5–62.5 mn, which cannot be the total stated, ₽90 mn (90 млн рублей)"),
    ("За 30 дней выставку посетили 900 тысяч человек, то есть около 60 тысяч человек в день.",
     "derived.rate",
     "900000 over 30 day = 29492–30525 per day, which cannot be the rate stated, about 60000 "
     "(около 60 тысяч человек)"),
    ("Закон поддержали 120 из 150 депутатов. Это 60 %.", "share", "120 of 150 is 80%, not the 59.5–60.5% stated"),
    ("Средняя зарплата в отрасли составила 52 тыс. рублей, максимальная — 48 тыс. рублей.", "average.bound",
     "the average ₽51500–52500 (52 тыс. рублей) is above the maximum stated, ₽47500–48500 (48 тыс. рублей); "
     "an average lies between them"),
]


@pytest.mark.parametrize(("text", "check", "message"), FINDINGS, ids=[f[1] for f in FINDINGS])
def test_derived_findings(text: str, check: str, message: str) -> None:
    """A derived figure the others cannot give is a contradiction whose message shows the arithmetic."""
    found = [f for f in claimcheck.analyze(text).findings if f.severity == "contradiction"]
    assert [(f.check, f.message) for f in found] == [(check, message)]


@pytest.mark.parametrize("text", [
    "Город закупит пять автобусов стоимостью 12 млн рублей каждый. Общая стоимость закупки — 60 млн рублей.",
    "За 30 дней выставку посетили 900 тысяч человек, то есть около 30 тысяч человек в день.",
    "За 30 дней выставку посетили 900 тысяч человек, то есть тридцать тысяч человек в день.",
])
def test_derived_figures_that_agree(text: str) -> None:
    """Figures that agree within rounding raise no contradiction."""
    assert not [f for f in claimcheck.analyze(text).findings if f.severity == "contradiction"]
