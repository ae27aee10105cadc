"""The two levels of a change told across sentences, or with the verb left out."""

from __future__ import annotations

import pytest

import claimcheck

# (text, [(kind, [(figure as written, role), ...]), ...]) for the changes the text states with both levels.
CASES: list[tuple[str, list[tuple[str, list[tuple[str, str]]]]]] = [
    # A level reached changes from the last figure of its unit in the sentence before.
    ("С 1 марта пособие установлено на уровне 4,2 тыс. руб. С 1 мая оно вырастет до 4,8 тыс. руб.",
     [("rise", [("4,2 тыс. руб.", "from"), ("4,8 тыс. руб.", "to")])]),
    # … with the change figure of its sentence, which the change check holds to both levels.
    ("Пособие составляет 4 тыс. рублей. С мая оно вырастет на 10% до 4,4 тыс. рублей.",
     [("rise", [("4 тыс. рублей", "from"), ("на 10%", "change"), ("до 4,4 тыс. рублей", "to")])]),
    # … and a further level with its verb left out goes on from it.
    ("Тариф составляет 12 рублей. В июле его повысят до 14 рублей, а в декабре — до 15 рублей.",
     [("rise", [("12 рублей", "from"), ("14 рублей", "to")]),
      ("rise", [("14 рублей", "from"), ("до 15 рублей", "to")])]),
    # A sum without its currency is a level of the sum in one.
    ("Завод платит штраф 2 миллиона долларов в месяц. Суд пригрозил увеличить штраф до 5 миллионов в месяц.",
     [("rise", [("2 миллиона долларов", "from"), ("до 5 миллионов", "to")])]),
    # The sentence before names another thing: no pair.
    ("Безработица в регионе составила 8%. Инфляция выросла до 6%.", []),
    ("Зарплата учителя в области составляет 40 тысяч рублей. Зарплату врачей повысят до 35 тысяч рублей.", []),
    # A noun of a measure names the measure of what the sentence before told.
    ("Сначала штраф предлагали назначать на три года. Депутаты решили увеличить срок до пяти лет.",
     [("rise", [("три года", "from"), ("до пяти лет", "to")])]),
    # … unless it opens with a word of now.
    ("В настоящее время компания занимает 4% рынка. Её доля на рынке должна вырасти до 9%.",
     [("rise", [("4%", "from"), ("до 9%", "to")])]),
    # Levels of now told in the next sentence, in the order of the levels reached.
    ("Для мужчин срок службы повысится до 30 лет, для женщин — до 25 лет. Сейчас мужчины служат 25 лет, "
     "а женщины — 20 лет.",
     [("rise", [("30 лет", "to"), ("25 лет", "from")]), ("rise", [("до 25 лет", "to"), ("20 лет", "from")])]),
    # A level reached set against the earlier one after "против".
    ("Выручка компании выросла на 12% до 5,6 млрд рублей против 5 млрд рублей годом ранее.",
     [("rise", [("на 12%", "change"), ("до 5,6 млрд рублей", "to"), ("5 млрд рублей", "from")])]),
    # Without a word of change it is a comparison, no change.
    ("Выручка компании составила 5,6 млрд рублей против 5 млрд рублей у конкурента.", []),
    # A figure and the rising difference that sets it above a level left out, after a word pointing back.
    ("Пособие составило 12 тыс. рублей, что на 2 тыс. рублей больше, чем годом ранее.",
     [("rise", [("12 тыс. рублей", "to"), ("на 2 тыс. рублей", "change")])]),
    ("В приюте живут 40 собак — на 15 собак больше, чем весной.",
     [("rise", [("40 собак", "to"), ("на 15 собак", "change")])]),
    # No word pointing back, a falling difference, or what may be below zero: none.
    ("В 2022 году продано 100 машин, в 2023 году — на 30 машин больше.", []),
    ("Пособие составило 12 тыс. рублей, что на 2 тыс. рублей меньше, чем годом ранее.", []),
    ("Прибыль составила 2 млн рублей, что на 5 млн рублей больше, чем годом ранее.", []),
    # A second pair of levels with its verb left out goes the way of the first.
    ("Очередь сократилась с двенадцати до шести недель, а ожидание приёма — с трёх недель до одной.",
     [("fall", [("двенадцати", "from"), ("до шести недель", "to")]),
      ("fall", [("трёх недель", "from"), ("до одной", "to")])]),
]


def _levels(text: str) -> list[tuple[str, list[tuple[str, str]]]]:
    report = claimcheck.analyze(text)
    groups: dict[int, tuple[str, list[tuple[str, str]]]] = {}
    for c in report.claims:
        for a in c.anchors:
            if a.kind in ("rise", "fall"):
                groups.setdefault(a.group, (a.kind, []))[1].append((c.quantity.span.text, a.role))
    return [groups[g] for g in sorted(groups)]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_levels(text: str, expected: list[tuple[str, list[tuple[str, str]]]]) -> None:
    """Each change told with both its levels is found with its direction, and no other."""
    assert _levels(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "С 1 марта пособие установлено на уровне 4,2 тыс. руб. С 1 мая оно вырастет до 3,8 тыс. руб.",
        "Для мужчин срок службы повысится до 30 лет, для женщин — до 25 лет. Сейчас мужчины служат 25 лет, "
        "а женщины — 28 лет.",
        "Очередь сократилась с двенадцати до шести недель, а ожидание приёма — с трёх недель до пяти.",
        "Выручка компании выросла до 5,6 млрд рублей против 6,2 млрд рублей годом ранее.",
    ],
)
def test_levels_going_the_wrong_way(text: str) -> None:
    """A rise to a lower level, or a fall to a higher one, told across sentences is a contradiction."""
    found = [f for f in claimcheck.analyze(text).findings if f.severity == "contradiction"]
    assert [f.check.split(".")[0] for f in found] == ["levels"]


def test_difference_above_a_level_left_out() -> None:
    """A figure that a difference larger than itself sets above another level leaves that level below zero."""
    text = "Пособие составило 12 тыс. рублей, что на 20 тыс. рублей больше, чем годом ранее."
    found = [f for f in claimcheck.analyze(text).findings if f.severity == "contradiction"]
    assert [(f.check, f.message) for f in found] == [(
        "change.below_zero",
        "₽11500–12500 (12 тыс. рублей) is ₽19500–20500 (на 20 тыс. рублей) above another level, which would "
        "then be ₽-9000–-7000: below zero, which no count or sum can be",
    )]


def test_change_across_sentences_against_its_levels() -> None:
    """A change figure that its two levels, told in two sentences, cannot give is a contradiction."""
    text = "Пособие составляет 4 тыс. рублей. С мая оно вырастет на 50% до 4,4 тыс. рублей."
    found = [f.check for f in claimcheck.analyze(text).findings if f.severity == "contradiction"]
    assert found == ["change.stated_base"]
