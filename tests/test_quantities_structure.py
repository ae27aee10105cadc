"""The numbers relations are made of: fractions, halves, exact counts."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimcheck
from claimcheck.lexicon import load
from claimcheck.quantities import find_quantities
from claimcheck.quantities.numerals import fraction_denominator
from claimcheck.strategies.words import agree, past, spell

Row = tuple[str, str, str, str]


def _rows(text: str) -> list[Row]:
    return [(q.span.text, format(q.value.normalize(), "f"), q.unit, q.kind) for q in find_quantities(text)]


def _bounds(text: str) -> list[tuple[str, str, str]]:
    return [(q.span.text, str(q.low), str(q.high)) for q in find_quantities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("За поправку высказались две трети депутатов парламента.", [("две трети", "0.6667", "fraction", "share")]),
        ("Решение требует поддержки двух третей членов совета.", [("двух третей", "0.6667", "fraction", "share")]),
        ("Три четверти заключённых осуждены по статье о шпионаже.", [("Три четверти", "0.75", "fraction", "share")]),
        ("Одна треть бюджета ушла на оборону.", [("Одна треть", "0.3333", "fraction", "share")]),
        ("Треть жителей района уехала.", [("Треть", "0.3333", "fraction", "share")]),
        ("Программа обошлась в четверть миллиарда рублей.",
         [("четверть миллиарда рублей", "250000000", "RUB", "amount")]),
        ("В регионе проживает четверть миллиона беженцев.",
         [("четверть миллиона беженцев", "250000", "count", "amount")]),
        ("У сервиса более половины миллиарда пользователей.",
         [("более половины миллиарда пользователей", "500000000", "count", "amount")]),
        ("Две трети миллиона тонн зерна сгнили.", [("Две трети миллиона тонн", "666700", "t", "amount")]),
        ("На митинг вышли полмиллиона человек.", [("полмиллиона человек", "500000", "count", "amount")]),
        ("Совещание длилось полчаса, ремонт шёл полгода.",
         [("полчаса", "0.5", "hour", "amount"), ("полгода", "0.5", "year", "amount")]),
    ],
)
def test_fractions(text: str, expected: list[Row]) -> None:
    """A fraction noun, with a numeral before it or a scale word after it, is read as one figure."""
    assert _rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Пол в зале был грязным, а полка упала.",
        "В полдень у входа собрались журналисты.",
        "Сборная заняла третье место в первой четверти матча.",
        "Он дебютировал в кино во второй половине 1950-х годов.",
    ],
)
def test_no_fraction(text: str) -> None:
    """Words that only look like halves or fractions ("пол", "полдень", an ordinal) are no amounts."""
    assert find_quantities(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # whole numbers of counted things: exact
        ("Саммит двух государств прошёл в Астане.", [("двух государств", "2", "2")]),
        ("Погибли 12 человек, в том числе 8 детей.", [("12 человек", "12", "12"), ("8 детей", "8", "8")]),
        ("Задержаны трое полицейских.", [("трое полицейских", "3", "3")]),
        ("В выборах участвовали 1 599 059 избирателей.", [("1 599 059 избирателей", "1599059", "1599059")]),
        ("Из 12 кандидатов прошли 5 из 12.", [("12 кандидатов", "12", "12"), ("5", "5", "5"), ("12", "12", "12")]),
        # measured, rounded, hedged or scaled figures: rounding intervals
        ("В акции участвовали 100 волонтёров.", [("100 волонтёров", "99.5", "100.5")]),
        ("На форум приехали 2000 участников.", [("2000 участников", "1999.5", "2000.5")]),
        ("Пострадали около 12 человек.", [("около 12 человек", "10.8", "13.2")]),
        ("Митинг собрал 2,5 тысячи человек.", [("2,5 тысячи человек", "2450", "2550")]),
        ("Пришли 12 тысяч человек.", [("12 тысяч человек", "11500", "12500")]),
        ("Он заплатил 12 долларов за 8 километров.", [("12 долларов", "11.5", "12.5"), ("8 километров", "7.5", "8.5")]),
        ("Скидки составляют до 12%.", [("до 12%", "0", "12")]),
        ("Доля выросла до 12%.", [("до 12%", "11.5", "12.5")]),
    ],
)
def test_exact_counts(text: str, expected: list[tuple[str, str, str]]) -> None:
    """A count written as a whole number with no scale word, hedge or roundness is exact; other
    figures keep the interval of their rounding or hedge."""
    assert _bounds(text) == expected


_FRACTIONS = sorted(load().fractions)


@given(lemma=st.sampled_from(_FRACTIONS), data=st.data())
def test_fraction_words_round_trip(lemma: str, data: st.DataObject) -> None:
    """"n"/"d" written as a journalist would ("две трети", "три четверти") reads back as a value in
    (0, 1] whose interval holds n/d exactly."""
    d = fraction_denominator(lemma, load())
    n = data.draw(st.integers(min_value=1, max_value=d - 1), label="numerator") if d > 2 else 1
    text = f"Итог: {spell(n, 'femn')} {agree(lemma, n)} голосов."
    (q,) = find_quantities(text)
    assert q.unit == "fraction"
    assert Decimal(0) < q.value <= Decimal(1)
    assert q.interval.contains(Decimal(n) / Decimal(d))


def _levels(text: str) -> list[tuple[str, str, str, str, str | None]]:
    return [
        (q.span.text, format(q.value.normalize(), "f"), q.unit, q.approx, None if q.from_level is None else q.from_level.span.text)
        for q in find_quantities(text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Внешний долг сократился с 96 миллиардов до 72,5 миллиарда долларов.",
         [("96 миллиардов", "96000000000", "USD", "=", None),
          ("до 72,5 миллиарда долларов", "72500000000", "USD", "=", "96 миллиардов")]),
        ("Ключевая ставка выросла с 6% до 7,5%.",
         [("6%", "6", "percent", "=", None), ("до 7,5%", "7.5", "percent", "=", "6%")]),
        ("Инфляция замедлилась с 9 до 6,5%.",
         [("9", "9", "percent", "=", None), ("до 6,5%", "6.5", "percent", "=", "9")]),
        ("Выручка увеличилась с 40 до 52 млрд рублей.",
         [("40", "40000000000", "RUB", "=", None), ("до 52 млрд рублей", "52000000000", "RUB", "=", "40")]),
        ("Число министров сократят с 17 до 13.",
         [("17", "17", "count", "=", None), ("до 13", "13", "count", "=", "17")]),
        ("Число погибших выросло с двух до пяти человек.",
         [("двух", "2", "count", "=", None), ("до пяти человек", "5", "count", "=", "двух")]),
        ("Срок наказания снизили с шести лет до двух.",
         [("шести лет", "6", "year", "=", None)]),
        ("Число постов сократили с тысячи до 640.",
         [("тысячи", "1000", "count", "=", None), ("до 640", "640", "count", "=", "тысячи")]),
        ("Цена билета подорожала со $120 до $150.",
         [("$120", "120", "USD", "=", None), ("до $150", "150", "USD", "=", "$120")]),
        # "до" after a word of change: the level reached, with no level before it stated
        ("Число погибших увеличилось до 117 человек.", [("до 117 человек", "117", "count", "=", None)]),
        ("Прибыль выросла на 20% до 668 млн долларов.",
         [("на 20%", "20", "percent", "=", None), ("до 668 млн долларов", "668000000", "USD", "=", None)]),
        # no change: a span of hours or ages, whose "до" bounds
        ("Участки открыты с 8 часов утра до 20 часов.",
         [("8 часов", "8", "hour", "=", None), ("до 20 часов", "20", "hour", "<=", None)]),
        ("Секция принимает детей с 5 до 12 лет.", [("до 12 лет", "12", "year", "<=", None)]),
    ],
)
def test_change_levels(text: str, expected: list[tuple[str, str, str, str, str | None]]) -> None:
    """In "с A до B" after a word of change both levels are quantities, B as written (its "до" bounds
    nothing) and holding A as the level the change starts from; A takes B's unit and scale when it
    states none, and two whole numbers with no unit are counts."""
    assert _levels(text) == expected


def test_change_levels_in_json() -> None:
    """The level a change starts from is written under the quantity's "from_level" key, only when there
    is one, and reads back to an equal report."""
    report = claimcheck.analyze("Выручка выросла с 40 до 52 млрд рублей.")
    data = report.to_dict()
    first, second = (c["quantity"] for c in data["claims"])
    assert "from_level" not in first
    assert second["from_level"]["text"] == "40" and second["from_level"]["value"] == "40000000000"
    assert claimcheck.Report.from_dict(data) == report


def test_nested_change_levels_are_refused() -> None:
    """A "from_level" inside a "from_level" is no report of this schema: a SchemaError, not a deep recursion."""
    data = claimcheck.analyze("Выручка выросла с 40 до 52 млрд рублей.").to_dict()
    level = data["claims"][1]["quantity"]["from_level"]
    level["from_level"] = dict(level)
    with pytest.raises(claimcheck.SchemaError):
        claimcheck.Report.from_dict(data)


@given(
    a=st.integers(min_value=1, max_value=999),
    b=st.integers(min_value=1, max_value=999),
    unit=st.sampled_from(["%", " млрд рублей", " человек"]),
    verb=st.sampled_from(["выросло", "сократилось", "изменилось"]),
)
def test_change_levels_round_trip(a: int, b: int, unit: str, verb: str) -> None:
    """"с A до B<unit>" after a verb of change reads as A and B in B's unit, B holding A."""
    (qa, qb) = find_quantities(f"Число {verb} с {a} до {b}{unit}.")
    assert qb.from_level == qa
    assert qa.unit == qb.unit
    scale = Decimal(10**9) if "млрд" in unit else Decimal(1)
    assert qa.interval.contains(a * scale) and qb.interval.contains(b * scale)


def _units(text: str) -> list[tuple[str, str, str]]:
    return [(q.span.text, format(q.value.normalize(), "f"), q.unit) for q in find_quantities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb after the number: its subject is counted
        ("При пожаре 17 пострадали.", [("17", "17", "count")]),
        ("Один погиб, двое ранены.", [("Один", "1", "count"), ("двое", "2", "count")]),
        ("Погибли 9 человек, ещё 14 госпитализированы.", [("9 человек", "9", "count"), ("14", "14", "count")]),
        ("Захвачены 80 заложников, из них 12 были убиты.", [("80 заложников", "80", "count"), ("12", "12", "count")]),
        ("Из 450 депутатов — 238 поддержали закон.", [("450 депутатов", "450", "count"), ("238", "238", "count")]),
        ("Более 300 получили ранения.", [("Более 300", "300", "count")]),
        # a short form that reads as an adjective and a participle alike ("закрыты") is a verb here
        ("Из них 12 закрыты на карантин.", [("12", "12", "count")]),
        ("Из них 12 готовы к сдаче.", []),
        # a word that stands for a noun counts in the singular too ("одного", "21")
        ("Известно об одном пострадавшем.", [("одном пострадавшем", "1", "count")]),
        ("Один человек погиб, ещё около 70 получили ранения.",
         [("Один человек", "1", "count"), ("около 70", "70", "count")]),
        # the whole of a part
        ("Законопроект поддержали 57 из 90, сообщил спикер.", [("57", "57", "count"), ("90", "90", "count")]),
        # an item of an enumeration after a dash
        ("За проголосовали 61 сенатор, против — 37.", [("61 сенатор", "61", "count"), ("37", "37", "count")]),
        ("Погибли 23 человека (в прошлом году — 31).", [("23 человека", "23", "count"), ("31", "31", "count")]),
        ("В этом году их — 44.", [("44", "44", "count")]),
        ("Число погибших — 19.", [("19", "19", "count")]),
        ("Рост составил 12%, в прошлом году — 9.", [("12%", "12", "percent"), ("9", "9", "percent")]),
        ("Трое задержаны в Киеве, двое — во Львове и один — в Одессе.",
         [("Трое", "3", "count"), ("двое", "2", "count"), ("один", "1", "count")]),
        # a substantivised participle or adjective before a preposition or a verb is counted
        ("8 погибших в ДТП под Читой", [("8 погибших", "8", "count")]),
        ("Ещё 6 раненых госпитализированы.", [("6 раненых", "6", "count")]),
        ("Долг составил 3 млрд и 75 млн набежавших за год процентов.",
         [("3 млрд", "3000000000", "money"), ("75 млн", "75000000", "money")]),
        # the level a number of things reaches
        ("Число кандидатов в губернаторы выросло до 9", [("до 9", "9", "count")]),
        # an item after the same preposition as an earlier figure, a distributed item, a left-out noun
        ("Раньше женщины выходили на пенсию в 55 лет, а мужчины — в 60.", [("55 лет", "55", "year"), ("60", "60", "year")]),
        ("Из 30 комиссий 12 возглавят единороссы, 8 — коммунисты и по 5 — аграрии и либералы.",
         [("30 комиссий", "30", "count"), ("12", "12", "count"), ("8", "8", "count"), ("5", "5", "count")]),
        ("Было выпущено четыре пули: три в голову и одна в грудь.",
         [("четыре пули", "4", "count"), ("три", "3", "count"), ("одна", "1", "count")]),
        ("Ранены два полицейских, один из них скончался.", [("два полицейских", "2", "count")]),
        # the part after its whole; a percentage whose unit comes first; a number of things in millions
        ("Мы госпитализировали из четырёх пострадавших троих.",
         [("четырёх пострадавших", "4", "count"), ("троих", "3", "count")]),
        ("Из пяти раненых двое в тяжёлом состоянии.", [("пяти раненых", "5", "count"), ("двое", "2", "count")]),
        ("В процентном отношении явка составила 67,4, что выше прошлого раза.", [("67,4", "67.4", "percent")]),
        ("Количество обращений достигло 2,5 миллиона.", [("2,5 миллиона", "2500000", "count")]),
        ("Сделка достигла 2,5 миллиона.", [("2,5 миллиона", "2500000", "money")]),
        # a unit written once for two numbers
        ("Братьям было 27 и 34 года.", [("27", "27", "year"), ("34 года", "34", "year")]),
        ("Бег на 60 и 100 метров.", [("60", "60", "m"), ("100 метров", "100", "m")]),
        ("Начало в 13 часов (UTC+1, 15 часов по Москве).", [("13 часов", "13", "hour"), ("15 часов", "15", "hour")]),
        # a number of things with its count after a dash in a parenthesis
        ("Растёт количество блогеров, которых задерживают за посты (в этом году — 52).", [("52", "52", "count")]),
        # seats count, ranks do not
        ("Партия получит 54 места, оппозиция — 120 мест, для большинства нужно 51 место.",
         [("54 места", "54", "count"), ("120 мест", "120", "count"), ("51 место", "51", "count")]),
    ],
)
def test_bare_counts(text: str, expected: list[tuple[str, str, str]]) -> None:
    """A whole number with no noun after it counts the subject of the verb after it, is the whole of
    "N из M", or is an item of an enumeration after a dash with the unit of the figure before it."""
    assert _units(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Топалов имеет наивысший рейтинг — 2804.",
        "Коалиция ODS и TOP 09 поддержит правительство.",
        "Одни считают так, другие иначе.",
        "Все они как один осуждали этот поступок.",
        "В 12 начался матч, в 14 закончился.",
        "Лекции пройдут — 17 () и 21 апреля.",
        "Спортсмен поднялся на 26 место, а команда — на 59 месте.",
        "Он встретился с тысячами избирателей.",
        "Любой другой приговор — 4,5.",
    ],
)
def test_no_bare_count(text: str) -> None:
    """A rating, a name with a number, a pronoun, an idiom, a time, a date, a rank or a decimal after a
    dash is no count."""
    assert find_quantities(text) == []


@given(
    n=st.integers(min_value=2, max_value=999),
    verb=st.sampled_from(["пострадать", "погибнуть", "выжить", "воздержаться"]),
)
def test_bare_count_round_trip(n: int, verb: str) -> None:
    """A whole number with a verb after it and no noun ("17 пострадали") is a count, exact unless round."""
    (q,) = find_quantities(f"По данным спасателей, {n} {past(verb, 'plur')}.")
    assert (q.span.text, q.unit) == (str(n), "count")
    assert q.interval.contains(Decimal(n))
    assert (q.low == q.high == n) == (n % 100 != 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Из 450 депутатов — 238 поддержали закон.", [("450 депутатов", None), ("238", "депутатов")]),
        ("За проголосовали 61 сенатор, против — 37, воздержались — 2.",
         [("61 сенатор", None), ("37", "сенатор"), ("2", "сенатор")]),
        ("Погибли 23 человека (в прошлом году — 31).", [("23 человека", None), ("31", "человека")]),
        ("Законопроект поддержали 57 депутатов из 90.", [("57 депутатов", None), ("90", "депутатов")]),
        ("Число погибших — 19.", [("19", "погибших")]),
        ("В этом году их — 44.", [("44", None)]),
        ("Погибли 65 человек, 936 получили ранения.", [("65 человек", None), ("936", None)]),
        ("Поддержали 150 из 170 (12 воздержавшихся, 8 — против).",
         [("150", None), ("170", None), ("12 воздержавшихся", None), ("8", None)]),
    ],
)
def test_counted_noun_from_the_structure(text: str, expected: list[tuple[str, str | None]]) -> None:
    """A bare number counts the noun its structure gives: the figure before it in its enumeration, the
    part of "из M", the genitive plural before its dash; a pronoun or a verb's subject gives none."""
    assert [(q.span.text, None if q.counted is None else q.counted.text) for q in find_quantities(text)] == expected


def test_counted_noun_in_json() -> None:
    """The counted noun is written under "counted", only when there is one, and reads back."""
    text = "Из 450 депутатов — 238 поддержали закон."
    report = claimcheck.analyze(text)
    first, second = (c["quantity"] for c in report.to_dict()["claims"])
    assert "counted" not in first
    assert second["counted"] == {"start": 7, "end": 16, "text": "депутатов"} and text[7:16] == "депутатов"
    assert claimcheck.Report.from_dict(report.to_dict()) == report
