"""Ages written as one word with a numeral glued to the stem of age, compound numerals included."""

from __future__ import annotations

from decimal import Decimal

import pytest

import claimcheck

CASES: list[tuple[str, list[tuple[str, Decimal]]]] = [
    ("Победила сорокалетняя спортсменка.", [("сорокалетняя", Decimal(40))]),
    ("Победила двадцатиоднолетняя студентка.", [("двадцатиоднолетняя", Decimal(21))]),
    ("Задержан тридцатитрёхлетний водитель.", [("тридцатитрёхлетний", Decimal(33))]),
    ("Скончался восьмидесятисемилетний поэт.", [("восьмидесятисемилетний", Decimal(87))]),
    # A word with the stem of age and no numeral is no age.
    ("Это многолетний проект.", []),
    ("Состоялся летний фестиваль.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_word_ages(text: str, expected: list[tuple[str, Decimal]]) -> None:
    """An age in one word is read with its value in years."""
    found = [(c.quantity.span.text, c.quantity.value) for c in claimcheck.analyze(text).claims]
    assert found == expected
    assert all(c.quantity.unit == "year" for c in claimcheck.analyze(text).claims)
