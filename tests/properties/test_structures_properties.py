"""Properties of the structural checks on written sentences: a consistent structure never yields a
contradiction, and breaking one of its numbers beyond rounding always does."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck

# Figures from 5 up, so that every noun after them takes the genitive plural.
_COUNTS = st.integers(min_value=5, max_value=400)


def _contradictions(text: str) -> list[str]:
    return [f.check for f in claimcheck.analyze(text).findings if f.severity == "contradiction"]


def _breakdown(total: int, a: int, b: int) -> str:
    return f"В аварии пострадали {total} человек: {a} пассажиров и {b} пешеходов."


@settings(max_examples=40, deadline=None)
@given(_COUNTS, _COUNTS)
def test_breakdown_that_adds_up_holds(a: int, b: int) -> None:
    """A total and the parts listed after it that add up to it raise nothing."""
    assert _contradictions(_breakdown(a + b, a, b)) == []


@settings(max_examples=40, deadline=None)
@given(_COUNTS, _COUNTS, st.integers(min_value=2, max_value=300))
def test_breakdown_off_by_more_than_rounding_is_caught(a: int, b: int, off: int) -> None:
    """A total off the sum of its listed parts by more than their rounding is a contradiction."""
    assert _contradictions(_breakdown(a + b + off, a, b)) == ["breakdown.partition"]


def _votes(p: tuple[int, int, int]) -> str:
    return f"Партия «Рассвет» получила {p[0]}% голосов, «Прогресс» — {p[1]}%, «Единство» — {p[2]}%."


_SHARES = st.tuples(*(st.integers(min_value=1, max_value=98),) * 3)


@settings(max_examples=40, deadline=None)
@given(_SHARES.filter(lambda p: sum(p) <= 100))
def test_shares_within_100_hold(p: tuple[int, int, int]) -> None:
    """Percentages of one enumeration that sum to at most 100 raise nothing."""
    assert _contradictions(_votes(p)) == []


@settings(max_examples=40, deadline=None)
@given(_SHARES.filter(lambda p: sum(p) >= 102))
def test_shares_over_100_are_caught(p: tuple[int, int, int]) -> None:
    """Percentages of one enumeration that sum above 100 beyond rounding are a contradiction."""
    assert _contradictions(_votes(p)) == ["percentages.sum"]


@settings(max_examples=40, deadline=None)
@given(_COUNTS, _COUNTS)
def test_levels_go_the_stated_way(a: int, b: int) -> None:
    """"выросла с A до B" is a contradiction exactly when B lies below A beyond rounding."""
    found = _contradictions(f"Выручка сети выросла с {a} млн до {b} млн рублей.")
    assert found == (["levels.rise"] if b < a - 1 else [])


# Counts that are not round: exact integers, so that any difference is one.
_EXACT = st.integers(min_value=5, max_value=99)


@settings(max_examples=40, deadline=None)
@given(_EXACT, _EXACT)
def test_title_restated_in_the_body(title: int, body: int) -> None:
    """A count of the title is a contradiction exactly when the body restates it as another count."""
    text = (
        f"При пожаре на складе в Казани пострадали {title} человек\n"
        f"В Казани при пожаре на складе пострадали {body} человек, сообщили спасатели."
    )
    assert _contradictions(text) == (["title"] if title != body else [])


_NAMES = ("Анна", "Олег", "Вера", "Лев", "Нина", "Иван", "Роман", "Ольга", "Пётр")
_WORDS = {2: "два", 3: "три", 4: "четыре", 5: "пять", 6: "шесть", 7: "семь", 8: "восемь", 9: "девять"}


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=2, max_value=9), st.integers(min_value=2, max_value=9))
def test_named_list_against_its_count(count: int, named: int) -> None:
    """A count and the names listed after it disagree exactly when the number of names is another."""
    names = ", ".join(_NAMES[: named - 1]) + f" и {_NAMES[named - 1]}"
    text = f"В финал прошли {_WORDS[count]} участника: {names}."
    assert _contradictions(text) == ([] if count == named else ["breakdown.partition"])


_DESCRIPTIONS = ("опытный врач", "молодой инженер", "45-летний юрист", "бывший учитель музыки")
_TITLES = ("мастер спорта", "судья", "тренер")


@settings(max_examples=40, deadline=None)
@given(
    st.integers(min_value=2, max_value=9),
    st.lists(st.tuples(st.sampled_from(_DESCRIPTIONS), st.sampled_from(_TITLES)), min_size=2, max_size=9),
)
def test_described_named_list_against_its_count(count: int, items: list[tuple[str, str]]) -> None:
    """Items that each give a description, a comma and a titled name count one each: the comma inside
    an item splits nothing, and the count disagrees exactly when the number of items is another."""
    written = [f"{d}, {t} {n}" for (d, t), n in zip(items, _NAMES, strict=False)]
    listed = ", ".join(written[:-1]) + f" и {written[-1]}"
    text = f"В финал прошли {_WORDS[count]} участника: {listed}."
    assert _contradictions(text) == ([] if count == len(items) else ["breakdown.partition"])
