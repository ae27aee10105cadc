"""Hostile inputs of modest size: each gives a Report (timing is measured in bench/hostile.py, not here).

Sizes are kept small enough for the whole file to run in seconds: the HTML, single-line and "1,1,1"
inputs grow superlinearly today (see bench/hostile.py), so larger ones would dominate the test run.
"""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck import InputError, Report, TextTooLargeError

HOSTILE = {
    "unmatched_guillemets": "«" * 20_000,
    "unmatched_guillemets_with_words": "«Мы готовы, — заявил Иван Петров. " * 500,
    "long_number": "Сумма " + "7" * 5_000 + " рублей.",
    "comma_ones": ",".join(["1"] * 2_000),
    "single_line": ("Экспорт вырос на 5% и составил более $3,2 млрд, " * 500)[:20_000],
    "mixed_scripts": "Экспорт 5 млрд долларов مرحبا 你好 Ελλάδα 🙂 Ğ̸̢ " * 500,
    "html": "<p>«Мы готовы», — <b>заявил</b> <a href='x'>Олжас Бектенов</a>.</p><br/>" * 200,
    "sparse_controls": ("Экспорт составил 5 млрд долларов.\x00\x07 " * 500),
    "dashes": "–5" * 20_000,
    "nbsp_groups": "1\u00a0" * 50_000,
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_input_gives_a_report(name: str) -> None:
    """A hostile input of modest size is analysed and its spans slice back."""
    text = HOSTILE[name]
    report = claimcheck.analyze(text, published="2025-01-30")
    assert isinstance(report, Report)
    for c in report.claims:
        assert text[c.quantity.span.start : c.quantity.span.end] == c.quantity.span.text


def test_mostly_control_characters_are_refused() -> None:
    """A string that is mostly NUL and control characters is refused with InputError."""
    with pytest.raises(InputError):
        claimcheck.analyze("\x00\x01\x1b" * 10_000)


def test_above_the_limit_is_refused() -> None:
    """Text above max_chars is refused with TextTooLargeError before any work is done."""
    with pytest.raises(TextTooLargeError):
        claimcheck.analyze("а" * 1_001, max_chars=1_000)
