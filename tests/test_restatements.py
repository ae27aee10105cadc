"""The title's figures restated in the body: ages and spans of time, whose lead may share no words."""

from __future__ import annotations

import pytest

import claimcheck

# (text, [(kind, [(figure as written, role), ...]), ...]) for the restatements the text holds.
CASES: list[tuple[str, list[tuple[str, list[tuple[str, str]]]]]] = [
    # An age in the title and the body's first age, told of the person by a pronoun.
    ("64-летний актёр Сергей Петров госпитализирован\nАктёра доставили в больницу утром. Ему 64 года.",
     [("restated", [("64-летний", "first"), ("64 года", "lead")])]),
    # … or by a relative pronoun.
    ("19-летняя студентка выиграла олимпиаду\nОлимпиаду выиграла Мария Белова, которой сейчас 19 лет.",
     [("restated", [("19-летняя", "first"), ("19 лет", "lead")])]),
    # An age after "в", or told of someone in the dative, is an age.
    ("Британский художник умер в 88 лет\nКак сообщили родные, художнику было 88 лет.",
     [("restated", [("88 лет", "first"), ("88 лет", "lead")])]),
    ("Знаменитый тенор отмечает 70-летие\nСегодня знаменитому тенору исполнилось 70 лет, тенора поздравили.",
     [("restated", [("70-летие", "first"), ("70 лет", "lead")])]),
    # A span of time in the title and the body's first span, in other words.
    ("Бывший губернатор получил девять лет\nВ Твери бывшего губернатора приговорили к девяти годам колонии.",
     [("restated", [("девять лет", "first"), ("девяти годам", "lead")])]),
    # Those who did something, restated as people who did it.
    ("Взрыв на шахте в Кузбассе: 9 погибших\nПо данным спасателей, 9 человек погибли при взрыве на шахте в "
     "Кузбассе.",
     [("restated", [("9 погибших", "first"), ("9 человек", "lead")])]),
    # … but not as people who did something else.
    ("Авария на трассе под Тулой: 4 пострадавших\nНа трассе под Тулой в аварии погибли 4 человека.", []),
    # A bare count is of the word after "число" in its sentence.
    ("Число кандидатов в мэры Омска выросло до 13\nЧисло кандидатов в мэры Омска, подавших документы, "
     "увеличилось до 13.",
     [("restated", [("до 13", "first"), ("до 13", "lead")])]),
    ("Число погибших при взрыве в Казани выросло до 27\nПри взрыве в Казани погибли 27 человек.",
     [("restated", [("до 27", "first"), ("27 человек", "lead")])]),
    # A count is of what its figure is written with, whatever extraction takes for its subject.
    ("Полиция назвала имена трёх подозреваемых в поджоге склада\nВ поджоге склада полиция подозревает троих "
     "задержанных, имена трёх подозреваемых названы.",
     [("restated", [("трёх подозреваемых", "first"), ("трёх подозреваемых", "lead")])]),
    # Words of one family tell the same event ("взлом" and "взломал", "Тюмени" and "тюменец").
    ("Хакер из Тюмени осуждён за взлом шести сайтов\nСуд установил, что тюменец взломал шесть сайтов.",
     [("restated", [("шести сайтов", "first"), ("шесть сайтов", "lead")])]),
    # A figure of another period restates nothing.
    ("Минский завод в 2023 году выпустил 500 тракторов\nВ 2022 году минский завод выпустил 400 тракторов.", []),
    ("Минский завод в 2023 году выпустил 500 тракторов\nВ 2023 году минский завод выпустил 500 тракторов.",
     [("restated", [("500 тракторов", "first"), ("500 тракторов", "lead")])]),
    # An age restates no span of time, nor a span an age.
    ("Впервые за 30 лет в конкурсе выступит певица из Мали\nВ конкурсе выступит 24-летняя Амината.", []),
    # The body's first age is of someone else when its words tell another gender.
    ("64-летний актёр Сергей Петров госпитализирован\nО госпитализации сообщила его 38-летняя дочь. Ему "
     "64 года.",
     [("restated", [("64-летний", "first"), ("64 года", "lead")])]),
    # A figure in years the words do not sort restates no age by its place alone.
    ("19-летняя студентка выиграла олимпиаду\nОлимпиаду выиграла студентка, которая шесть лет занимается "
     "математикой.", []),
    # A headline printed again at the head of the body restates nothing.
    ("Университет возглавил 35-летний профессор\nУниверситет возглавил 35-летний профессор\nРектором "
     "назначен 35-летний Олег Ким.",
     [("restated", [("35-летний", "first"), ("35-летний", "lead")])]),
    # Two ages in the title: which one the body's first age restates is not told.
    ("45-летний водитель сбил 9-летнего мальчика\nВодителю 45 лет, он задержан.", []),
]


def _restatements(text: str) -> list[tuple[str, list[tuple[str, str]]]]:
    report = claimcheck.analyze(text)
    groups: dict[int, tuple[str, list[tuple[str, str]]]] = {}
    for c in report.claims:
        for a in c.anchors:
            if a.kind == "restated":
                groups.setdefault(a.group, (a.kind, []))[1].append((c.quantity.span.text, a.role))
    return [groups[g] for g in sorted(groups)]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_restatements(text: str, expected: list[tuple[str, list[tuple[str, str]]]]) -> None:
    """The title's age or span of time is restated by the body's first figure of its unit and sort."""
    assert _restatements(text) == expected


def test_title_age_against_a_wrong_lead() -> None:
    """A lead that gives the title's person another age is a contradiction naming both figures."""
    report = claimcheck.analyze("64-летний актёр Сергей Петров госпитализирован\nАктёра доставили в больницу. Ему 46 лет.")
    found = [f for f in report.findings if f.check == "title"]
    assert len(found) == 1
    assert [report.claims[i].quantity.span.text for i in found[0].claims] == ["64-летний", "46 лет"]
