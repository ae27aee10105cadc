"""analyze() on any str: a Report or a ClaimcheckError, never another exception."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import claimcheck
from claimcheck import ClaimcheckError, Report

# Every code point a str can hold (surrogates aside), named or not: letters without a Unicode name
# (Tangut, unassigned code points) once crashed pymorphy3 and are kept on purpose.
ANY_CHAR = st.characters()
CYRILLIC = st.characters(min_codepoint=0x0400, max_codepoint=0x04FF)
PUNCTUATION = st.sampled_from(list("«»„“”\"'‘’—–-.,:;!?…()[]%$€₽₸ \n\t\u00a0\u202f0123456789"))
NEWS_BITS = st.sampled_from(
    ["«", "»", " — заявил ", " — ", "По словам ", ", что ", "млрд", " рублей", "более ", "до ", "от ", "в ", "году",
     "квартале", "Олжас Бектенов", "Мария Захарова", ":", "\n", "1,5", "24,2", "$", "«Газпром»", " он "]
)


def outcome(text: str) -> Report | None:
    """The report, or None when analyze refused the text with a ClaimcheckError."""
    try:
        report = claimcheck.analyze(text, published="2025-01-30")
    except ClaimcheckError:
        return None
    assert isinstance(report, Report)
    return report


@given(st.text(ANY_CHAR))
def test_any_text(text: str) -> None:
    """Any str (of named or control characters) gives a Report or a ClaimcheckError."""
    outcome(text)


def test_unnamed_letter_after_digits() -> None:
    """Found by test_any_text: a letter without a Unicode name after "0:0{" (U+17000 TANGUT) once crashed
    pymorphy3 inside analyze(); it now gives a Report."""
    outcome("0:0{\U00017000")
    assert claimcheck.analyze("0:0{\U00017000 и \U00017001") is not None


@given(st.text(CYRILLIC | PUNCTUATION, max_size=300))
def test_cyrillic_and_punctuation(text: str) -> None:
    """Random Cyrillic mixed with quotation marks, dashes and digits gives a Report or a ClaimcheckError."""
    outcome(text)


@given(st.lists(NEWS_BITS, max_size=60).map("".join))
def test_news_fragments(text: str) -> None:
    """Strings built from news fragments (cues, hedges, scales, quotation marks) give a Report whose spans slice back."""
    report = outcome(text)
    if report is not None:
        for c in report.claims:
            assert text[c.quantity.span.start : c.quantity.span.end] == c.quantity.span.text
        for q in report.quotes:
            assert text[q.span.start : q.span.end] == q.span.text


@given(st.text(CYRILLIC | PUNCTUATION, min_size=1, max_size=50), st.integers(50, 400))
def test_long_repetitions(unit: str, times: int) -> None:
    """A fragment repeated into a long string gives a Report or a ClaimcheckError."""
    outcome(unit * times)
