"""Interval.hedged and last_digit_step: the interval each hedge gives a written figure."""

from __future__ import annotations

from decimal import Decimal

import pytest

import claimcheck
from claimcheck.interval import Interval, last_digit_step

D = Decimal


@pytest.mark.parametrize(
    ("value", "step", "scale", "expected"),
    [
        ("3.2", "0.1", "1", "0.1"),  # a decimal: its last digit
        ("3200000000", "100000000", "1000000000", "100000000"),  # "3,2 млрд"
        ("154000", "1000", "1000", "1000"),  # "154 тысяч"
        ("17", "1", "1", "1"),
        ("30", "1", "1", "10"),  # a round figure is rounded to its last non-zero digit
        ("100", "1", "1", "100"),
        ("1200", "1", "1", "100"),
        ("300000", "1", "1", "100000"),  # "300 000"
        ("30000", "1000", "1000", "10000"),  # "30 тысяч"
        ("200000", "1000", "1000", "100000"),  # "двести тысяч"
        ("50", "1", "1", "50"),  # a half-way figure reaches the next round one
        ("250", "1", "1", "50"),
        ("1500", "100", "1000", "500"),  # "1,5 тыс."
        ("15", "1", "1", "5"),
        ("2.50", "0.01", "1", "0.01"),  # a zero written after the comma is a digit the writer vouches for
        ("2500000", "10000", "1000000", "10000"),  # "2,50 млн"
        ("0", "1", "1", "1"),
        ("-40", "1", "1", "10"),
    ],
)
def test_last_digit_step(value: str, step: str, scale: str, expected: str) -> None:
    """The room above "более X" is one unit of X's last written digit, five when that digit is a 5."""
    assert last_digit_step(D(value), D(step), D(scale)) == D(expected)


@pytest.mark.parametrize(
    ("value", "step", "approx", "options", "expected"),
    [
        ("24.2", "0.1", "=", {}, "[24.15, 24.25]"),
        ("3.2", "0.1", ">", {}, "(3.2, 3.3]"),
        ("27", "1", ">", {}, "(27, 28]"),  # "более 27": 28 is more than 27
        ("40", "1", ">", {}, "(40, 50]"),
        ("90", "1", ">", {}, "(90, 100]"),  # "более 90 %"
        ("500", "1", ">", {}, "(500, 1000]"),
        ("1000", "1", ">", {}, "(1000, 2000]"),
        ("100", "1", ">", {"vague": True}, "(100, +inf)"),  # "сотни"
        ("0.5", "0.0001", ">", {"vague": True}, "(0.5, +inf)"),  # "более половины"
        ("100", "1", ">=", {}, "[100, +inf)"),  # "не менее 100": a floor
        ("30", "1", "~", {}, "[27, 33]"),
        ("40", "1", "~", {"below": True}, "[36, 40]"),
        ("30", "1", "<", {}, "[0, 30)"),
        ("30", "1", "<=", {}, "[0, 30]"),
        ("-5", "1", "<", {}, "(-inf, -5)"),
    ],
)
def test_hedged(value: str, step: str, approx: str, options: dict[str, bool], expected: str) -> None:
    """Each hedge gives the interval of docs/intervals.md."""
    below, vague = options.get("below", False), options.get("vague", False)
    assert str(Interval.hedged(D(value), D(step), approx, below=below, vague=vague)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ущерб составил более 3,2 млрд рублей.", "(3200000000, 3300000000]"),
        ("Заболели свыше 154 тысяч человек.", "(154000, 155000]"),
        ("Задержаны более 30 человек.", "(30, 40]"),
        ("Митинг собрал больше 20 тысяч участников.", "(20000, 30000]"),
        ("Петицию подписали более 500 000 человек.", "(500000, 1000000]"),
        ("Его доход превысил два миллиона долларов.", "(2000000, 3000000]"),
        ("Он руководит партией свыше десяти лет.", "(10, 20]"),
        ("Акции упали более чем на 40 %.", "(40, 50]"),
        ("Его поддержали более 4,5 тысячи избирателей.", "(4500, 5000]"),
        ("На площадь вышли тысячи людей.", "(1000, +inf)"),
        ("Кандидат получил более трети голосов.", "(0.3333, +inf)"),
        ("Погибли по меньшей мере 16 человек.", "[16, +inf)"),
        # a hedge before the preposition of "в N раз" or of a place bounds the figure after it
        ("Цены на газ выросли более чем в два раза.", "(2, 3]"),
        ("Тарифы выросли почти в три раза.", "[2.5, 3]"),
        ("Тарифы выросли в два раза.", "[1.5, 2.5]"),
        ("Актриса снялась более чем в 40 фильмах.", "(40, 50]"),
        ("Село лежит примерно в 300 километрах от города.", "[270, 330]"),
        ("Жертвами стали как минимум 40 человек.", "[40, +inf)"),
    ],
)
def test_hedge_in_text(text: str, expected: str) -> None:
    """A hedged figure in a sentence gets the interval its hedge and its written digits give."""
    (claim,) = claimcheck.analyze(text).claims
    assert str(claim.quantity.interval) == expected
