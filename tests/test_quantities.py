"""Quantities in Russian news sentences: span, value in base units, unit, hedge, kind and bounds."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck
from claimcheck.numbers import DIGITS_RE, analysable
from claimcheck.quantities import find_quantities, tokenize

Row = tuple[str, str, str, str, str]


def _norm(rows: list[Row]) -> list[Row]:
    return [(t, format(Decimal(v).normalize(), "f"), u, a, k) for t, v, u, a, k in rows]


def _got(text: str) -> list[Row]:
    return [(q.span.text, format(q.value.normalize(), "f"), q.unit, q.approx, q.kind) for q in find_quantities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # money: symbols before or after, currency words, abbreviations, scales
        ("Доходы Твиттера за 2018 год составили 3,04 млрд долларов США при чистой прибыли 1,2 млрд долларов.",
         [("3,04 млрд долларов США", "3040000000", "USD", "=", "amount"),
          ("1,2 млрд долларов", "1200000000", "USD", "=", "amount")]),
        ("Экспорт составил более $3,2 млрд.", [("более $3,2 млрд", "3200000000", "USD", ">", "amount")]),
        ("Ущерб оценили в 5 $, 3,5€ и €3,5.",
         [("5 $", "5", "USD", "=", "amount"), ("3,5€", "3.5", "EUR", "=", "amount"),
          ("€3,5", "3.5", "EUR", "=", "amount")]),
        ("Затраты составят около 2,2 трлн руб., что приведёт к росту цен.",
         [("около 2,2 трлн руб.", "2200000000000", "RUB", "~", "target")]),
        ("Выделено 100 млрд. рублей и 250 тыс. тенге.",
         [("100 млрд. рублей", "100000000000", "RUB", "=", "amount"),
          ("250 тыс. тенге", "250000", "KZT", "=", "amount")]),
        ("Она получала до 750 тысяч юаней (113 тысяч долларов).",
         [("до 750 тысяч юаней", "750000", "CNY", "<=", "amount"),
          ("113 тысяч долларов", "113000", "USD", "=", "amount")]),
        ("Ему дали 20 гривен и 5 фунтов стерлингов, а также 100 долл.",
         [("20 гривен", "20", "UAH", "=", "amount"), ("5 фунтов стерлингов", "5", "GBP", "=", "amount"),
          ("100 долл.", "100", "USD", "=", "amount")]),
        ("Цензоры могут не найти сдачи со 100-долларовой купюры.",
         [("100-долларовой", "100", "USD", "=", "amount")]),
        ("Имущество на сумму в один миллион долларов конфисковано.",
         [("один миллион долларов", "1000000", "USD", "=", "amount")]),
        ("Потерпевшие понесли урон на сумму несколько сотен тысяч долларов.",
         [("несколько сотен тысяч долларов", "100000", "USD", ">", "amount")]),
        ("Долг перед Россией в 3 млрд и 75 млн набежавших процентов.",
         [("3 млрд", "3000000000", "money", "=", "amount"), ("75 млн", "75000000", "money", "=", "amount")]),
        ("У неё более 12 млн подписчиков и 1,6 млн — в Instagram.",
         [("более 12 млн подписчиков", "12000000", "count", ">", "amount"),
          ("1,6 млн", "1600000", "count", "=", "amount")]),
        # percent and percentage points
        ("Явка составила 65 %, из них 54 процентным большинством.",
         [("65 %", "65", "percent", "=", "amount"), ("54 процентным", "54", "percent", "=", "amount")]),
        ("Безработица выросла на 0,5 п. п., а инфляция выросла на 3 процентных пункта.",
         [("на 0,5 п. п.", "0.5", "pp", "=", "change"), ("на 3 процентных пункта", "3", "pp", "=", "change")]),
        ("Его поддержали 42% избирателей.", [("42%", "42", "percent", "=", "share")]),
        # multipliers and occurrences
        ("Новые поставки нефти почти вдвое увеличат объем.", [("почти вдвое", "2", "times", "~", "change")]),
        ("Выручка выросла в 1,5 раза.", [("в 1,5 раза", "1.5", "times", "=", "change")]),
        ("Он 5 раз лауреат премии «Грэмми».", [("5 раз", "5", "count", "=", "amount")]),
        # counts
        ("Реализуется 99 казахско-российских проектов.",
         [("99 казахско-российских проектов", "99", "count", "=", "amount")]),
        ("Сообщается о ещё трёх пострадавших, среди них раввин.",
         [("трёх пострадавших", "3", "count", "=", "amount")]),
        ("Сборная завоевала 12 медалей (2 золотых, 5 серебряных и 5 бронзовых).",
         [("12 медалей", "12", "count", "=", "amount"), ("2 золотых", "2", "count", "=", "amount"),
          ("5 серебряных", "5", "count", "=", "amount"), ("5 бронзовых", "5", "count", "=", "amount")]),
        ("Еще трое арестованы в Лондоне, двое — в США.",
         [("трое", "3", "count", "=", "amount"), ("двое", "2", "count", "=", "amount")]),
        ("Байден одержал победу на 19 из последних 24 праймериз.",
         [("19", "19", "count", "=", "amount"), ("24 праймериз", "24", "count", "=", "amount")]),
        ("Похищенные данные использовались для покупки билетов на тысячи мероприятий.",
         [("тысячи мероприятий", "1000", "count", ">", "amount")]),
        ("Остатки войск были расколоты на две части.", [("две части", "2", "count", "=", "amount")]),
        ("В Москве живут 12 655 050 человек.", [("12 655 050 человек", "12655050", "count", "=", "amount")]),
        # fractions
        ("Треть избирателей и половина населения поддержали закон.",
         [("Треть", "0.3333", "fraction", "=", "share"), ("половина", "0.5", "fraction", "=", "share")]),
        # measures, compound measures
        ("Полёт продлится 10 суток, двое суток полёт к МКС.",
         [("10 суток", "10", "day", "=", "target"), ("двое суток", "2", "day", "=", "amount")]),
        ("Самое длительное пребывание в открытом космосе (53 часа 22 минуты).",
         [("53 часа 22 минуты", "3202", "minute", "=", "amount")]),
        ("Она толкнула ядро на 21 метр 36 сантиметров.",
         [("21 метр 36 сантиметров", "21.36", "m", "=", "amount")]),
        ("Площадь 5 км², 30 га, 20 тонн, 100 баррелей, 5 кВт·ч и 300 МВт.",
         [("5 км²", "5", "km2", "=", "amount"), ("30 га", "30", "ha", "=", "amount"),
          ("20 тонн", "20", "t", "=", "amount"), ("100 баррелей", "100", "barrel", "=", "amount"),
          ("5 кВт·ч", "5", "kWh", "=", "amount"), ("300 МВт", "300", "MW", "=", "amount")]),
        ("Лес сгорел на площади около 18 000 квадратных километров.",
         [("около 18 000 квадратных километров", "18000", "km2", "~", "amount")]),
        ("Ночью температура −12,5 °C, днём +5 градусов.",
         [("−12,5 °C", "-12.5", "degC", "=", "amount"), ("+5 градусов", "5", "degC", "=", "amount")]),
        # ages and durations
        ("Андрей Варичев умер в возрасте 52 лет.", [("52 лет", "52", "year", "=", "amount")]),
        ("Врачи прооперировали 40-летнюю Гиффордс.", [("40-летнюю", "40", "year", "=", "amount")]),
        ("Это заняло полтора года.", [("полтора года", "1.5", "year", "=", "amount")]),
        # hedges
        ("Как минимум 3 человека погибли, не более 20 человек ранены, меньше 10 человек пропали.",
         [("Как минимум 3 человека", "3", "count", ">=", "amount"),
          ("не более 20 человек", "20", "count", "<=", "amount"),
          ("меньше 10 человек", "10", "count", "<", "amount")]),
        ("На площадь вырвались до 6 тысяч националистов.",
         [("до 6 тысяч националистов", "6000", "count", "<=", "amount")]),
        ("Население составляет порядка 71,6 млн человек.",
         [("порядка 71,6 млн человек", "71600000", "count", "~", "amount")]),
        # ranges
        ("Грозит штраф в размере от 3 до 5 тысяч рублей.",
         [("от 3 до 5 тысяч рублей", "3000", "RUB", "=", "range")]),
        ("Штраф для юридических лиц — от 70 тыс. до 100 тыс. руб.",
         [("от 70 тыс. до 100 тыс. руб.", "70000", "RUB", "=", "range")]),
        ("Ущерб составил 3–5 млн рублей.", [("3–5 млн рублей", "3000000", "RUB", "=", "range")]),
        # kinds
        ("Товарооборот вырос на 5%, а импорт сократился на 3 млн тонн.",
         [("на 5%", "5", "percent", "=", "change"), ("на 3 млн тонн", "3000000", "t", "=", "change")]),
        ("Стороны планируют довести товарооборот до $30 млрд.",
         [("$30 млрд", "30000000000", "USD", "=", "target")]),
        ("К 2030 году добыча достигнет 100 млн тонн.",
         [("100 млн тонн", "100000000", "t", "=", "target")]),
    ],
)
def test_find_quantities(text: str, expected: list[Row]) -> None:
    """Each construction of Russian news gives one quantity with the expected span, value, unit, hedge and kind."""
    assert _got(text) == _norm(expected)


@pytest.mark.parametrize(
    "text",
    [
        "Встреча прошла 30 января 2025 года.",
        "В 1973 году он переехал в Москву.",
        "Начало туров — в 17:00 понедельника.",
        "Команда заняла 581-е место, а он — 41-го.",
        "Самолёт Ту-154 разбился, саммит G20 отменён.",
        "Гонки «Формула-1» пройдут в Сочи.",
        "Он учился в школе № 2.",
        "Дело возбуждено по части 2 статьи 214 «Вандализм».",
        "Его обвинили по статье 282 УК РФ и ст. 105 УК.",
        "Телефон +7 (495) 123-45-67.",
        "Наследие включает песни «Ты у меня одна» и «Три минуты тишины».",
        "Миллионов солдат не вернулись домой.",
        "Срок реализации проекта — 2021–2025 годы.",
        "Один из собеседников агентства уточнил детали.",
    ],
)
def test_no_quantity(text: str) -> None:
    """Dates, years, times, ordinals, codes, article numbers, titles and phone numbers are not amounts."""
    assert _got(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # "статья 189.38" with its dot lost: both numbers are the article's
        "Мораторий введен в соответствии со статьей 189 38 Федерального закона «О несостоятельности».",
        "Его обвиняют по статьям 12 и 15 закона.",
        "Его обвиняют по статьи 12 и 15 УК.",
        "Проверка шла по пунктам 1, 3 или 7 приказа.",
        "Дело возбуждено по ст. 159 УК РФ.",
        "Дело возбуждено по части 4 статьи 159 УК РФ.",
        "Такой порядок установлен в пункт 3 постановления.",
        "Закупки идут по закону № 44-ФЗ.",
        "Об этом говорит глава 5 документа.",
        "Это требование Федерального закона № 115-ФЗ.",
        # "№" before a no-break space, a space or glued to the number
        "Он учится в школе №\xa038 города Иваново.",
        "Он учится в школе № 38 города Иваново.",
        "Он учится в школе №38 города Иваново.",
    ],
)
def test_reference_numbers_are_not_amounts(text: str) -> None:
    """The numbers of a referenced article, part, paragraph, chapter or "№" give no quantity, nor any claim."""
    assert _got(text) == []
    assert claimcheck.analyze(text).claims == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("По статье 228 ему грозит 15 лет.", ["15 лет"]),
        ("Согласно главе 5 кодекса, 3 человека пострадали.", ["3 человека"]),
        ("По статье 20.3 КоАП штраф составит 2 тысячи рублей.", ["2 тысячи рублей"]),
        # a link word with no number before it joins nothing
        ("Статья и 15 человек.", ["15 человек"]),
        ("В ДТП пострадали 5, 7 и 9 человек.", ["5", "7", "9 человек"]),
    ],
)
def test_amounts_beside_references_stay(text: str, expected: list[str]) -> None:
    """An amount after a reference, past other words, is still an amount."""
    assert [q.span.text for q in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Петиция набрала более 500 000 голосов[https://www.change.org/p/%D0%BE%D1%82%D0%BC%D0%B5%D0%BD%D0%B0 "
         "Отменить пакет].", ["более 500 000 голосов"]),
        ("Запись https://ria.ru/politics/20170404/1491429215.html посмотрели 300 человек.", ["300 человек"]),
        ("Подробнее: //www.rbc.ru/politics/24/11/2017/5a182a9e9a79 и 15% на www.tv100.ru/5-mln-rub", ["15%"]),
        ("Текст на newtimes.ru/articles/50-let-5-mln-rub, его прочли 2 тысячи человек.", ["2 тысячи человек"]),
    ],
)
def test_web_addresses_hold_no_amounts(text: str, expected: list[str]) -> None:
    """The digits of a web address are no amount; the amounts around it stay."""
    assert [q.span.text for q in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Экспорт вырос примерно на 5%.", ("примерно на 5%", "~", "change")),
        ("Продажи упали более чем на 40 %.", ("более чем на 40 %", ">", "change")),
        ("Цены выросли почти на 5%.", ("почти на 5%", "~", "change")),
        ("Выручка выросла не менее чем на 2 млрд рублей.", ("не менее чем на 2 млрд рублей", ">=", "change")),
        ("Книга переведена более чем на 20 языков.", ("более чем на 20 языков", ">", "amount")),
        # comparatives and verbs before "на" say "by how much", not how exactly
        ("Цена ниже на 5%.", ("5%", "=", "amount")),
        ("Импорт превысил экспорт на 5%.", ("5%", "=", "amount")),
        ("Экспорт сократился на 5%.", ("на 5%", "=", "change")),
    ],
)
def test_hedge_before_the_preposition(text: str, expected: tuple[str, str, str]) -> None:
    """A hedge standing before "на N" bounds N; a comparative or a verb there does not."""
    (q,) = find_quantities(text)
    assert (q.span.text, q.approx, q.kind) == expected


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("Товарооборот вырос на 5%.", "up"),
        ("Выпуск сократился на 3 млн тонн.", "down"),
        ("Доходы оказались на 20% меньше.", "down"),
        ("Расходы в 2 раза больше.", "up"),
    ],
)
def test_change_direction(text: str, direction: str) -> None:
    """A change says whether the amount went up or down."""
    (q,) = find_quantities(text)
    assert (q.kind, q.direction) == ("change", direction)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Экспорт составил 24,2 млрд долларов.", "24150000000", "24250000000"),
        ("Экспорт составил более $3,2 млрд.", "3200000000", "3300000000"),
        ("На митинг пришли свыше 40 тысяч человек.", "40000", "50000"),
        ("Собрано более 250 подписей.", "250", "300"),
        ("Сгорело более 2,50 млн гектаров.", "2500000", "2510000"),
        ("Ущерб превысил двести тысяч рублей.", "200000", "300000"),
        ("Пострадали сотни домов.", "100", None),
        ("За него проголосовали более половины депутатов.", "0.5", None),
        ("Пострадали не менее 120 человек.", "120", None),
        ("Погибли около 30 человек.", "27", "33"),
        ("Погибли почти 30 человек.", "27", "30"),
        ("Погибли менее 30 человек.", "0", "30"),
        ("Штраф от 3 до 5 тысяч рублей.", "2500", "5500"),
    ],
)
def test_bounds(text: str, low: str, high: str | None) -> None:
    """Bounds follow Interval.hedged for hedges and the rounded ends for ranges."""
    (q,) = find_quantities(text)
    assert q.low == Decimal(low)
    assert q.high == (Decimal(high) if high is not None else None)


def test_range_high() -> None:
    """A range keeps its low end as the value and its high end as the upper bound."""
    (q,) = find_quantities("Штраф от 500 тыс. до 1 млн рублей.")
    assert (q.kind, q.value, q.unit) == ("range", Decimal(500000), "RUB")
    assert q.high is not None and q.high >= Decimal(1_000_000)


@pytest.mark.parametrize(
    "text",
    ["", "1" * 1_000_000, "Сумма " + "7" * 50_000 + " рублей.", "\x00\x01 5 млн\x00 рублей \x1b «более 3 %",
     "«« »» « 5 человек «Три минуты", "–5" * 20_000, "1\u00a0" * 50_000],
)
def test_robust_inputs(text: str) -> None:
    """Huge numbers, control characters and unbalanced quotes never raise, and every span slices back."""
    for q in find_quantities(text):
        assert text[q.span.start : q.span.end] == q.span.text
        assert len(q.span.text) < 1000


@settings(max_examples=150, deadline=None)
@given(st.text())
def test_never_raises(text: str) -> None:
    """Any string gives quantities whose spans slice back to their text."""
    for q in find_quantities(text):
        assert text[q.span.start : q.span.end] == q.span.text


_ALPHABET = st.sampled_from([*"0123456789 ,.-–%$€\u00a0«»", "млн", " рублей", "более ", "до ", "от ", "тыс."])


@settings(max_examples=150, deadline=None)
@given(st.lists(_ALPHABET, max_size=40).map("".join))
def test_never_raises_on_numeric_noise(text: str) -> None:
    """Strings dense in digits, signs, scales and hedges never raise and every span slices back."""
    for q in find_quantities(text):
        assert text[q.span.start : q.span.end] == q.span.text
        assert q.low is None or q.high is None or q.low <= q.high


@pytest.mark.parametrize(
    "text",
    ["По состоянию на 01.01.2024 экспорт составил 5 долларов.", "Версия 1.2.3 вышла, за неё заплатили 5 долларов."],
)
def test_date_and_code_tails_are_not_counts(text: str) -> None:
    """The digits after a dot in "01.01.2024" or "1.2.3" are part of a date or a code, not a count."""
    assert [q.span.text for q in find_quantities(text)] == ["5 долларов"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A paragraph of tens of kilobytes without a space is cut inside a word; the cut word's part in
        # the next piece still starts a number.
        ("x" * 19_999 + "-пять человек пришли.", ["пять человек"]),
        ("x" * 19_999 + "-сорокалетнего мужчину.", ["сорокалетнего"]),
        ("y" * 15_000 + "пятьсот" + "z" * 9_000 + " тысяч", []),
    ],
)
def test_numbers_in_a_paragraph_cut_inside_a_word(text: str, expected: list[str]) -> None:
    """Sentences whose bounds cut a word are checked by their own words, as the rest are."""
    assert [text[q.span.start : q.span.end] for q in find_quantities(text)] == expected


# The tokenizer as specified, one token at a time: numbers in digits, words (\w+ with inner hyphens), of
# which one that starts with a digit is a "num" and one pymorphy3 cannot look up is "other", symbols,
# dashes and any other mark. tokenize() tells the kinds by the pattern's groups instead.
_REFERENCE_RE = re.compile(
    "(?P<num>" + DIGITS_RE.pattern + r")|(?P<word>\w+(?:[-‐]\w+)*)|(?P<sym>[$€₽₸¥£₴%°№])|(?P<dash>[–—‒-])"
    r"|(?P<punct>[^\s\w])"
)


def _reference_tokens(text: str) -> list[tuple[int, int, str, str]]:
    out = []
    for m in _REFERENCE_RE.finditer(text):
        token, kind = m.group(), str(m.lastgroup)
        if kind == "word" and token[0].isdigit():
            kind = "num"
        elif kind == "word" and not analysable(token):
            kind = "other"
        out.append((m.start(), m.end(), token, kind))
    return out


# Letters, digits and marks where the tokenizer's shortcuts could part from the specification: Latin
# with and without accents, Cyrillic (U+0482 is a sign and U+0483, U+0488 marks, not letters), digits
# beyond ASCII (Arabic-Indic, superscript, mathematical), hyphens, "_", symbols and spaces.
_TRICKY = st.text(alphabet=st.sampled_from([*"aZé1²٣-‐_ Яёѐ҂\u0483\u0488$%—–.,:+−\u00a0\U0001d7d8\u3400"]), max_size=12)


@pytest.mark.parametrize(
    "text",
    ["Я҂я", "я\u0483я", "ѐ\u0488", "Ѐ-é", "é-я", "яé", "2²", "²2", "a_b", "٣x", "x٣", "\U0001d7d8я", "5-летний",
     "1.5.6", "−5,5 млн", "по-русски—так", "\u3400я"],
)
def test_tokenize_hard_cases(text: str) -> None:
    """Tokens, offsets and kinds are those of the one-token-at-a-time specification."""
    assert [tuple(t) for t in tokenize(text)] == _reference_tokens(text)


@settings(max_examples=300, deadline=None)
@given(_TRICKY | st.text(max_size=30))
def test_tokenize_is_the_reference_tokenizer(text: str) -> None:
    """Whatever the text, tokenize() gives the specification's tokens, offsets and kinds."""
    assert [tuple(t) for t in tokenize(text)] == _reference_tokens(text)
