"""Numerals in digits and in words: values, rounding steps and the limits of the parser."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.numbers import DIGITS_RE, MAX_DIGITS, number_word_value, parse_digits, parse_words, spelled_step

D = Decimal


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        ("1 599 059", (D("1599059"), D("1"))),
        ("1\u00a0599\u00a0059", (D("1599059"), D("1"))),
        ("1\u202f599\u202f059", (D("1599059"), D("1"))),
        ("24,2", (D("24.2"), D("0.1"))),
        ("0,5", (D("0.5"), D("0.1"))),
        ("11.29", (D("11.29"), D("0.01"))),
        ("3,04", (D("3.04"), D("0.01"))),
        ("-15", (D("-15"), D("1"))),
        ("−12,5", (D("-12.5"), D("0.1"))),
        ("+5", (D("5"), D("1"))),
        ("250 000", (D("250000"), D("1"))),
        ("15 049", (D("15049"), D("1"))),
    ],
)
def test_parse_digits(token: str, expected: tuple[Decimal, Decimal]) -> None:
    """Digits with grouped thousands, decimal comma or point and a sign give their value and step."""
    assert parse_digits(token) == expected


@pytest.mark.parametrize("token", ["", "abc", "1,2,3", "7" * (MAX_DIGITS + 1), "7" * 50_000])
def test_parse_digits_rejects(token: str) -> None:
    """Non-numbers and numbers longer than MAX_DIGITS raise ValueError."""
    with pytest.raises(ValueError, match="expected"):
        parse_digits(token)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("население 1 599 059 человек", ["1 599 059"]),
        ("рост 24,2% и 0,5 процента", ["24,2", "0,5"]),
        ("мороз −15 градусов", ["−15"]),
        ("в 2021–2025 годах", ["2021", "2025"]),
        ("ставка 1\u00a0000,5 рублей", ["1\u00a0000,5"]),
        ("АН24 и x5", []),
        ("G20", []),
    ],
)
def test_digits_re(text: str, expected: list[str]) -> None:
    """DIGITS_RE finds whole numbers, never digits glued to letters."""
    assert [m.group() for m in DIGITS_RE.finditer(text)] == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["двадцать", "четыре"], (D("24"), 2)),
        (["двадцати", "четырёх", "лет"], (D("24"), 2)),
        (["сто", "пятьдесят", "тысяч"], (D("150000"), 3)),
        (["ста", "пятидесяти", "тысяч", "человек"], (D("150000"), 3)),
        (["полтора", "миллиона"], (D("1500000"), 2)),
        (["полторы", "тысячи"], (D("1500"), 2)),
        (["две", "тысячи", "пятьсот"], (D("2500"), 3)),
        (["два", "десятка"], (D("20"), 2)),
        (["один", "миллион", "долларов"], (D("1000000"), 2)),
        (["трёх", "пострадавших"], (D("3"), 1)),
        (["семь", "человек"], (D("7"), 1)),
        (["миллион"], None),
        (["человек"], None),
        ([], None),
    ],
)
def test_parse_words(words: list[str], expected: tuple[Decimal, int] | None) -> None:
    """Cardinals in any case add up, scale words multiply the group before them."""
    assert parse_words(words) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("двое", D("2")),
        ("троих", D("3")),
        ("четверо", D("4")),
        ("полтора", D("1.5")),
        ("полторы", D("1.5")),
        ("сорока", D("40")),
        ("тысяча", None),
        ("дом", None),
    ],
)
def test_number_word_value(word: str, expected: Decimal | None) -> None:
    """One cardinal or collective numeral word in any form has its value; other words have none."""
    assert number_word_value(word) == expected


def _render(value: Decimal, sep: str) -> str:
    """``value`` written with a decimal comma and thousands grouped by ``sep``."""
    sign = "-" if value < 0 else ""
    integer, _, frac = format(abs(value), "f").partition(".")
    groups: list[str] = []
    while len(integer) > 3:
        groups.insert(0, integer[-3:])
        integer = integer[:-3]
    groups.insert(0, integer)
    return sign + sep.join(groups) + ("," + frac if frac else "")


@settings(max_examples=300, deadline=None)
@given(
    st.decimals(min_value=-10**12, max_value=10**12, places=3, allow_nan=False, allow_infinity=False),
    st.sampled_from([" ", "\u00a0", "\u202f"]),
)
def test_parse_digits_round_trip(value: Decimal, sep: str) -> None:
    """A Decimal written with a decimal comma and space, NBSP or narrow NBSP thousands parses back."""
    text = _render(value, sep)
    parsed, step = parse_digits(text)
    assert parsed == value
    assert step == (D(1).scaleb(-len(text.partition(",")[2])) if "," in text else D(1))
    assert [m.group() for m in DIGITS_RE.finditer(text)] == [text]


@pytest.mark.parametrize(
    ("words", "step"),
    [
        (["два", "миллиона"], Decimal(1_000_000)),
        (["полтора", "миллиона"], Decimal(500_000)),
        (["сто", "пятьдесят", "тысяч"], Decimal(1000)),
        (["две", "тысячи", "пятьсот"], Decimal(1)),
        (["двадцать", "четыре"], Decimal(1)),
        (["трое"], Decimal(1)),
    ],
)
def test_spelled_step(words: list[str], step: Decimal) -> None:
    """A number in words is rounded at the scale of its last group, like the same number in digits."""
    assert spelled_step(words) == step
