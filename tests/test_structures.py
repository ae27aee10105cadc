"""Structures found where claims are built: which figures the text relates, and how."""

from __future__ import annotations

import pytest

import claimcheck

Member = tuple[str, str] | tuple[str, str, int | None]

# (text, [(kind, [(figure as written, role[, items listed by name]), ...]), ...]) for every structure the
# text holds; the number of items named is given for the structures that name some.
CASES: list[tuple[str, list[tuple[str, list[Member]]]]] = [
    ("У супругов восемь детей — пятеро сыновей и три дочери.",
     [("partition", [("восемь детей", "total"), ("пятеро сыновей", "part"), ("три дочери", "part")])]),
    ("Команда привезла 9 медалей (3 золотых, 4 серебряных и 2 бронзовых) и заняла шестое место.",
     [("partition", [("9 медалей", "total"), ("3 золотых", "part"), ("4 серебряных", "part"),
                     ("2 бронзовых", "part")])]),
    ("В аварии пострадали 14 человек: шестеро пассажиров и восемь пешеходов.",
     [("partition", [("14 человек", "total"), ("шестеро пассажиров", "part"), ("восемь пешеходов", "part")])]),
    ("В хозяйстве три коровы и пять коз, всего восемь голов скота.",
     [("partition", [("три коровы", "part"), ("пять коз", "part"), ("восемь голов", "total")])]),
    # An item without a figure ("несколько полицейских") leaves the list open: at most the total.
    ("Задержаны 20 человек: пятеро студентов, несколько полицейских и семеро журналистов.",
     [("parts", [("20 человек", "total"), ("пятеро студентов", "part"), ("семеро журналистов", "part")])]),
    # A count and the items its list names, each one thing ("listed" counts them).
    ("У фермера трое сыновей: Иван, Степан и Пётр.", [("partition", [("трое сыновей", "total", 3)])]),
    ("На заседании выступили пять экспертов — Орлова (МГУ), Петров (ВШЭ), Сидоров, Ким и Лебедев.",
     [("partition", [("пять экспертов", "total", 5)])]),
    ("Погибли 12 человек — 11 пассажиров и водитель.",
     [("partition", [("12 человек", "total", 1), ("11 пассажиров", "part", None)])]),
    ("В команде остались два новичка: Егор Волков и Глеб Ершов, которые пришли летом.",
     [("partition", [("два новичка", "total", 2)])]),
    ("У них двое сыновей и две дочери: Анна, Олег, Вера и Лев.",
     [("partition", [("двое сыновей", "total", 4), ("две дочери", "total", 4)])]),
    # Not exact, or ending in "и другие": at most what the list names.
    ("Пострадали не менее пяти туристов — двое немцев и француз.",
     [("parts", [("не менее пяти туристов", "total", 1), ("двое немцев", "part", None)])]),
    ("В финал вышли шесть команд: «Заря», «Сокол» и другие.", [("parts", [("шесть команд", "total", 2)])]),
    # An item that is a clause or a phrase of its own, or a conjunction inside the list: no list.
    ("В городе два языка — свой, по сути старотурецкий, и русский.", []),
    ("Соглашение подписали пять стран: Чили, Тринидад и Тобаго, а также Перу.", []),
    # A bare number before a dash says how many one holder has, and lists nothing.
    ("В Думе 29 комитетов: 15 возглавят единороссы, 6 — коммунисты и 4 — либералы.", []),
    # The list after "N из M" names the N, not the M.
    ("Договор подписали три из семи стран: Чили, Перу и Боливия.", []),
    # Two counts joined by a verb are two statements, not a list.
    ("Погибли 5 человек, ещё 12 человек ранены.", []),
    ("Партия «Рассвет» получила 41% голосов, «Прогресс» — 33%, «Единство» — 19%.",
     [("percentages", [("41%", "part"), ("33%", "part"), ("19%", "part")])]),
    ("Городу принадлежат 60% акций, остальные 40% — частным инвесторам.",
     [("percent_partition", [("60%", "part"), ("40%", "part")])]),
    # Shares of one whole the text names after each.
    ("Компанией владеют братья Орловы — Игорь (60% акций) и Павел (40% акций).",
     [("percentages", [("60%", "part"), ("40%", "part")])]),
    # The vote shares of one vote, told over two sentences; a share of another year's vote is left out of
    # them, and is a share of the votes of its own.
    ("Кандидат Орлов набрал 55,2% голосов. На прошлых выборах 2019 года за него проголосовали 61,3%. "
     "Его соперник Лебедев получил 41,9% голосов.",
     [("percentages", [("55,2%", "part"), ("41,9%", "part")]), ("share", [("61,3%", "share")])]),
    # Another round starts new results.
    ("В первом туре Орлов набрал 38% голосов. Во втором туре за Орлова проголосовали 71% избирателей.", []),
    # Respective figures share out different wholes.
    ("Студенты и пенсионеры получат скидку 50% и 30% соответственно.", []),
    # … unless they are shares of the votes cast.
    ("По опросам, Орлов и Лебедев наберут 44% и 31% голосов соответственно.",
     [("percentages", [("44%", "part"), ("31%", "part")])]),
    # Each percentage with its own verb is a statement of its own.
    ("Цены выросли на 12%, а зарплаты увеличились на 8%.", []),
    ("У него была 70% вероятность победы, а также 40% — выхода в финал.", []),
    ("Выручка сети выросла с 4,2 млрд до 5,1 млрд рублей.",
     [("rise", [("4,2 млрд", "from"), ("до 5,1 млрд рублей", "to")])]),
    ("Расходы фонда сократились на 25% с 8 млн до 6 млн рублей.",
     [("fall", [("на 25%", "change"), ("8 млн", "from"), ("до 6 млн рублей", "to")])]),
    # The word of change may stand well before the factor it goes with.
    ("Мэрия увеличила число автобусов на маршруте в полтора раза с 20 до 30 машин.",
     [("rise", [("в полтора раза", "change"), ("20", "from"), ("до 30 машин", "to")])]),
    # … or after it, before the levels.
    ("Город вдвое сократил число служебных машин — с 300 до 150 машин.",
     [("fall", [("вдвое", "change"), ("300", "from"), ("до 150 машин", "to")])]),
    # A level reached after a word of change, and the figure of its unit the sentence stated before it.
    ("Пенсионный возраст составляет 60 лет, однако он может быть повышен до 63 лет.",
     [("rise", [("60 лет", "from"), ("до 63 лет", "to")])]),
    # A further level with its verb left out goes on from the level reached.
    ("Пособие составляет 9 тыс. рублей, с мая оно вырастет до 10 тыс. рублей, а с июня — до 12 тыс. рублей.",
     [("rise", [("9 тыс. рублей", "from"), ("10 тыс. рублей", "to")]),
      ("rise", [("10 тыс. рублей", "from"), ("до 12 тыс. рублей", "to")])]),
    # A conjunction between them: two statements.
    ("Зарплата составляет 50 тысяч рублей, а пенсия выросла до 20 тысяч рублей.", []),
    # Without a word of change "с … до …" is a span of time, no change.
    ("Магазин работает с 9 часов до 21 часа.", []),
    # The title's figure and the body's restatement of it, in a sentence that tells the same event.
    ("При пожаре на складе в Казани пострадали 12 человек\nВ Казани при пожаре на складе пострадали 12 "
     "человек, сообщили спасатели. Всего на складе работали 40 человек.",
     [("restated", [("12 человек", "first"), ("12 человек", "lead")])]),
    ("Суд приговорил бывшего мэра к семи годам\nСуд в Самаре приговорил бывшего мэра города к семи годам "
     "колонии. Приговор суда мэр может обжаловать через 10 дней.",
     [("restated", [("семи годам", "first"), ("семи годам", "lead")])]),
    # Amounts with their percentages imply one whole.
    ("За поправку проголосовали 312 депутатов (69,3%), против — 138 депутатов (30,7%).",
     [("percentages", [("69,3%", "part"), ("30,7%", "part")]),
      ("whole", [("312 депутатов", "part"), ("69,3%", "share"), ("138 депутатов", "part"), ("30,7%", "share")])]),
    # Results line by line, one percentage after a name and a dash in each sentence.
    ("Итоги голосования. 1. Иван Орлов — 48,2 %. 2. Пётр Семёнов — 31,5 %. 3. Анна Котова — 12,1 %.",
     [("percentages", [("48,2 %", "part"), ("31,5 %", "part"), ("12,1 %", "part")])]),
    # A percentage of a whole written in the genitive is a share of it.
    ("Компании принадлежит 35% городских аптек.", [("share", [("35%", "share")])]),
    ("Явка на выборах составила 64,5%.", [("share", [("64,5%", "share")])]),
    ("Губернатор победил с результатом 72 процента.", [("share", [("72 процента", "share")])]),
    # A span of time that is a point in time restates nothing.
    ("Рекорд, установленный 60 лет назад, побит\nРекорд клуба побил 40-летний защитник команды.", []),
    # The first sentence that restates the figure is the lead; later ones restate it again.
    ("Три человека погибли при пожаре в Омске\nВ Омске при пожаре погибли три человека. Позже при пожаре "
     "в Омске погибли ещё три человека.",
     [("restated", [("Три человека", "first"), ("три человека", "lead"), ("три человека", "again")])]),
    # A year in the genitive right after a noun is the noun's ("премии 1985 года"), no period of the age; a
    # year after a preposition dates it ("в 1985 году"), and the two ages then tell different times.
    ("В Твери на 88-м году жизни умер лауреат Государственной премии 1985 года Иван Сомов\nИван Сомов умер "
     "4 мая 2019 года на 88-м году жизни.",
     [("restated", [("на 88-м году жизни", "first"), ("на 88-м году жизни", "lead")])]),
    ("В Твери на 88-м году жизни умер в 1985 году писатель Иван Сомов\nИван Сомов умер 4 мая 2019 года на "
     "78-м году жизни.", []),
    # An age stated on a dated day, against the birth the text dates.
    ("Писатель родился 6 марта 1929 года в Москве. Он умер 31 июля 2016 года в возрасте 87 лет.",
     [("age", [("87 лет", "age")])]),
    # A birth told later counts for an age of someone the age's sentence names.
    ("Тело Флинта, которому было 49 лет, нашли 4 марта 2019 года. Кит Флинт родился 17 сентября 1969 года.",
     [("age", [("49 лет", "age")])]),
    # An obituary's lead names the dead last, after all they were: the first full name after the age.
    ("12 мая 2019 года на 81-м году жизни в Казани скончался художник, заслуженный деятель искусств "
     "Татарстана Ринат Галиев. Ринат Галиев родился 3 января 1939 года.",
     [("age", [("на 81-м году жизни", "age")])]),
    # A given name alone names nobody, and a surname of another person than the one born names no birth.
    ("12 мая 2019 года на 81-м году жизни скончался художник, друг Рината. Галиев родился 3 января 1939 года.",
     []),
    ("12 мая 2019 года на 81-м году жизни скончался художник Павел Орлов. Ринат Галиев родился 3 января "
     "1939 года.", []),
    # A name in another case is of someone else than the dead.
    ("12 мая 2019 года на 81-м году жизни в Казани скончалась мать известного татарского художника Рината "
     "Галиева. Ринат Галиев родился 3 января 1969 года.", []),
    # An age on a day reckoned from the publication date, or in the sentence of the birth, is left out.
    ("Певица родилась 5 марта 1950 года и в 20 лет уехала в Париж.", []),
    # A title that ends as a sentence is none.
    ("При пожаре на складе пострадали 12 человек.\nПри пожаре на складе пострадали 12 человек.", []),
]


def _structures(text: str) -> list[tuple[str, list[Member]]]:
    report = claimcheck.analyze(text)
    groups: dict[int, tuple[str, list[Member]]] = {}
    lists = {a.group for c in report.claims for a in c.anchors if a.listed is not None}
    for c in report.claims:
        for a in c.anchors:
            member: Member = (c.quantity.span.text, a.role)
            if a.group in lists:
                member = (*member, a.listed)
            groups.setdefault(a.group, (a.kind, []))[1].append(member)
    return [groups[g] for g in sorted(groups)]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_structures(text: str, expected: list[tuple[str, list[Member]]]) -> None:
    """Each structure the text gives is found with its figures and their roles, and no other."""
    assert _structures(text) == expected


def test_anchors_survive_json() -> None:
    """A report with anchors reads back from its JSON equal."""
    report = claimcheck.analyze("У супругов восемь детей — пятеро сыновей и три дочери.")
    assert any(c.anchors for c in report.claims)
    assert claimcheck.Report.from_json(report.to_json()) == report
