"""Properties of structures told over two sentences or between the title and the body: a consistent one
never yields a contradiction, and breaking one of its numbers beyond rounding always does."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck

# Whole figures that are not round (a round one may have been rounded at its tens when restated).
_FIGURES = st.integers(min_value=11, max_value=99).filter(lambda n: n % 10 != 0)


def _contradictions(text: str) -> list[str]:
    return [f.check for f in claimcheck.analyze(text).findings if f.severity == "contradiction"]


def _years(n: int) -> str:
    """``n`` with "год", "года" or "лет" as Russian agrees it."""
    if n % 10 == 1 and n % 100 != 11:
        return f"{n} год"
    if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        return f"{n} года"
    return f"{n} лет"


@settings(max_examples=40, deadline=None)
@given(_FIGURES, _FIGURES)
def test_level_reached_in_the_next_sentence(a: int, b: int) -> None:
    """A level stated in one sentence and risen from in the next: a contradiction exactly when the later
    level lies below the earlier one beyond rounding."""
    text = f"Пособие составляет {a} тыс. рублей. С мая оно вырастет до {b} тыс. рублей."
    assert _contradictions(text) == (["levels.rise"] if b < a - 1 else [])


@settings(max_examples=40, deadline=None)
@given(_FIGURES, _FIGURES)
def test_title_age_restated_by_a_pronoun(title: int, body: int) -> None:
    """An age of the title is a contradiction exactly when the lead gives the person an age beyond the
    rounding of both (a whole number of years reads as the half year either side)."""
    text = f"{title}-летний актёр Сергей Петров госпитализирован\nАктёра доставили в больницу. Ему {_years(body)}."
    assert _contradictions(text) == (["title"] if abs(title - body) > 1 else [])


@settings(max_examples=40, deadline=None)
@given(_FIGURES, _FIGURES)
def test_rest_of_a_whole_in_the_next_sentence(part: int, rest: int) -> None:
    """A share and "the rest" told in the next sentence partition the whole: a contradiction exactly
    when they cannot sum to 100 % within rounding."""
    text = f"Заводом владеет банк ({part} %), купивший его в 2010 году. Остальными {rest} % акций владеют работники."
    assert _contradictions(text) == ([] if abs(part + rest - 100) <= 1 else ["percentages.partition"])
