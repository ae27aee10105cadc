"""Lists of parts and of named items: parts after "из них" and named lists of longer items."""

from __future__ import annotations

import pytest
from tests.test_structures import Member, _structures

# (text, [(kind, [(figure as written, role[, items listed by name]), ...]), ...]) as in test_structures.
CASES: list[tuple[str, list[tuple[str, list[Member]]]]] = [
    # A sentence that opens with "из них" lists parts of a figure of the sentence before (of two or more,
    # the largest: the parts of any of them are at most it).
    ("Пострадали 14 человек, 11 из них госпитализированы. Из них шестеро доставлены в первую больницу, "
     "трое — во вторую, двое — в третью.",
     [("parts", [("14 человек", "total"), ("шестеро", "part"), ("трое", "part"), ("двое", "part")])]),
    ("К вечеру число заявок достигло 800 тысяч. Среди этих заявок 300000 из Италии, 120000 из Испании.",
     [("parts", [("800 тысяч", "total"), ("300000", "part"), ("120000", "part")])]),
    ("В городе 30 школ и 12 колледжей. Из них пять школ закрыты на карантин.",
     [("parts", [("30 школ", "total"), ("пять школ", "part")])]),
    ("В аварии пострадали 9 человек. Двое из них госпитализированы, трое — в тяжёлом состоянии.",
     [("parts", [("9 человек", "total"), ("Двое", "part"), ("трое", "part")])]),
    # The whole restated after "из этих" is no part of itself.
    ("На пост претендуют четыре кандидата. Из этих четырёх кандидатов выберут одного.", []),
    # A sentence of another paragraph, or a figure of another unit, is no part.
    ("Пострадали 14 человек.\n\nИз них шестеро детей.", []),
    ("Пострадали 14 человек. Из них 5 процентов дети.", []),
    # A part stated "из них" and the bare figures listed after it.
    ("В совете 21 место, 9 из них получили консерваторы, 7 — либералы и 3 — зелёные.",
     [("parts", [("21 место", "total"), ("9", "part"), ("7", "part"), ("3", "part")])]),
    # "N из M" and a figure after a semicolon, which cuts the sentence in two.
    ("За закон проголосовали 40 из 70 сенаторов; 25 выступили против.",
     [("parts", [("40", "part"), ("70 сенаторов", "total"), ("25", "part")])]),
    # A figure with a noun of its own after the part starts a statement of its own.
    ("В совете 21 место, 9 из них получили консерваторы, 7 депутатов избраны впервые.", []),
    # Counts told after "ещё" add to a total a paragraph before told with the same verb, with the count they
    # add to and those listed after them.
    ("Заголовок новости\nПри обрушении погибли девять человек.\n\nСпасатели сначала нашли тела троих "
     "погибших. Позже под завалами погибли ещё четыре человека.",
     [("parts", [("девять человек", "total"), ("троих погибших", "part"), ("четыре человека", "part")])]),
    ("Заголовок новости\nПолиция задержала шесть человек.\n\nЕще двое задержаны в Москве, трое — в Казани.",
     [("parts", [("шесть человек", "total"), ("двое", "part"), ("трое", "part")])]),
    # A sentence that opens "Среди погибших" lists parts of the count told with that verb before.
    ("Заголовок новости\nВ аварии погибли 11 человек.\n\nАвтобус упал с моста. Среди погибших трое детей.",
     [("parts", [("11 человек", "total"), ("трое детей", "part")])]),
    ("Заголовок новости\nВ аварии погибли 11 человек.\n\nСреди пострадавших трое детей.", []),
    ("У мэра стало пять заместителей. В их числе два первых заместителя.",
     [("parts", [("пять заместителей", "total"), ("два первых заместителя", "part")])]),
    # A count the paragraph of the parts restates is the total when larger.
    ("Заголовок новости\nПострадали 12 человек.\n\nИзвестно о 15 пострадавших. Четверо отказались от "
     "помощи, ещё 11 пострадавших госпитализированы.",
     [("parts", [("15 пострадавших", "total"), ("11 пострадавших", "part")])]),
    # No total a paragraph before, another verb, an idle verb, other things counted, or a title: no tally.
    ("Заголовок новости\nОн убил одного человека и ранил двоих. Позже ранены ещё трое.", []),
    ("Заголовок новости\nПогибли пять человек.\n\nЕщё трое ранены.", []),
    ("Заголовок новости\nБыли убиты двое полицейских.\n\nЕщё три женщины были доставлены в больницу.", []),
    ("Заголовок новости\nПолиция задержала двух водителей.\n\nЕщё трое пассажиров задержаны утром.", []),
    ("Два туриста погибли в горах\nВ горах погибли ещё трое.", []),
    # Listed figures each followed by a dash and what it counts.
    ("Абитуриент набрал 180 баллов: 70 — математика, 60 — физика, 50 — русский язык.",
     [("partition", [("180 баллов", "total"), ("70", "part"), ("60", "part"), ("50", "part")])]),
    # A sentence that opens with "из" and a count lists parts of it next.
    ("Из 40 опрошенных врачей — 25 поддержали реформу.", [("parts", [("40 опрошенных врачей", "total"), ("25", "part")])]),
    ("Рабочие из 12 стран — 30 человек — прибыли на стройку.", []),
    # Inside a clause: a count with its noun after "из", and right after it a count without one.
    ("Врачи осмотрели из двенадцати пассажиров автобуса троих.",
     [("parts", [("двенадцати пассажиров", "total"), ("троих", "part")])]),
    ("Приехали делегаты из 20 стран, 150 человек.", []),
    ("Делегаты из 20 стран 15 дней обсуждали договор.", []),
    # A total after a total word, and bare figures after it each told with a verb of its own.
    ("Всего в регионе заболели более 12 тысяч человек, около 300 умерли.",
     [("parts", [("более 12 тысяч человек", "total"), ("около 300", "part")])]),
    ("Всего в 2023 году произошло 40 аварий, в 2022 году — 35.", []),
    # A count of cases of a disease, and the figures after it that count what became of the sick.
    ("По данным минздрава, в области выявлено 2400 случаев заболевания, 35 умерли.",
     [("parts", [("2400 случаев", "total"), ("35", "part")])]),
    ("В области зарегистрировано 900 случаев заражения, 12 смертей и 300 выздоровлений.",
     [("parts", [("900 случаев", "total"), ("12 смертей", "part"), ("300 выздоровлений", "part")])]),
    # Those taken to hospital may be among the dead: no part that adds up; nor are the hurt among the dead.
    ("В области выявлено 40 случаев заболевания, 25 госпитализированы.", []),
    # Those who recovered or died on a day fell ill before it: no parts of the day's new cases.
    ("За сутки в области выявлено 800 новых случаев заражения, 1200 выздоровели.", []),
    ("В аварии погибли 5 человек, 12 пострадали.", []),
    # "N X из M" with the whole's noun left out; a whole with a noun of its own is no whole of the part.
    ("Партия располагает 28 местами из 90.", [("parts", [("28 местами", "part"), ("90", "total")])]),
    ("В турнире сыграют 138 шахматистов из 36 стран.", []),
    ("Он набрал 8,5 очков из 11.", []),
    # A named item that says who someone is before the name.
    ("В финал вышли два кандидата: заместитель министра финансов Олег Карпов и бывший мэр Твери Иван Сомов.",
     [("partition", [("два кандидата", "total", 2)])]),
    # A conjunction closes the list when what follows is no further item of it.
    ("В коалицию вошли две партии — «Заря» и «Рассвет», а также ряд депутатов из других фракций.",
     [("partition", [("две партии", "total", 2)])]),
    ("В экипаж вошли двое россиян — Олег Волков и Иван Ершов и один француз — Пьер Дюран.",
     [("partition", [("двое россиян", "total", 2)])]),
    # After a part marker the list names some of the things counted: at most the count, even of one.
    ("Пострадали трое прохожих, среди них водитель Олег Ершов и девочка 8 лет.",
     [("parts", [("трое прохожих", "total", 2)])]),
    ("Сообщается об одном пострадавшем, среди них охранник Иван Котов и кассир Анна Лис.",
     [("parts", [("одном пострадавшем", "total", 2)])]),
    ("Есть одна цель: мир и порядок.", []),
    # An item after one told by its age may say more of the same one: no list.
    ("Погибли два человека: 54-летний водитель, житель Москвы, и 30-летняя пассажирка.", []),
    # ... unless it holds a count of its own; and where the named one is from ends the name's item.
    ("В лодке находились три человека: 40-летний рыбак Иван Орлов из Твери и два студента.",
     [("partition", [("три человека", "total", 1), ("два студента", "part", None)])]),
    # A count after a preposition qualifies the count before it, which the list names ...
    ("У артиста четверо детей от двух браков: Анна, Мария, Олег и Павел.",
     [("partition", [("четверо детей", "total", 4)])]),
    # ... unless the items stand in the case the preposition gives.
    ("Прошли шесть матчей в трёх городах: Москве, Казани и Сочи.",
     [("partition", [("трёх городах", "total", 3)])]),
    # Named items, each a noun phrase that reaches a name: a comma inside an item's description does not
    # split it, a participle describes the named one after it, "а также" joins the last item.
    ("У писателя трое внуков: старший внук Олег Ветров, младший Игорь, а также ставший известным "
     "художником и поэтом внук Савелий.",
     [("partition", [("трое внуков", "total", 3)])]),
    ("На кафедру претендуют два профессора: 48-летний доктор наук, химик Ирина Лаптева и 52-летний "
     "физик, академик Олег Рябов.",
     [("partition", [("два профессора", "total", 2)])]),
    ("В финал вышли четыре команды: клуб «Заря» из Луганска, клуб «Сокол» из Саратова, "
     "клуб «Волга» и клуб «Нева».",
     [("partition", [("четыре команды", "total", 4)])]),
    # A count that is not exact names at least its list.
    ("В жюри не менее трёх человек: писательница Ольга Мирная, сценарист Антон Гусев и режиссёр "
     "Пётр Ланской.",
     [("parts", [("не менее трёх человек", "total", 3)])]),
    # A name in the case of the noun before it is an apposition, a place after it in the genitive is not.
    ("Король воспитал двух внуков — принца Лорана и принцессу Астрид.",
     [("partition", [("двух внуков", "total", 2)])]),
    ("Приехали четыре делегата: представитель Самары, представитель Омска, представитель Казани и "
     "представитель Томска.",
     [("partition", [("четыре делегата", "total", 4)])]),
    # No list of named items: a name that depends on the noun before it ("житель Москвы"), a last item
    # that reaches no name, an item that opens with a preposition, a conjunction before an item other
    # than the last, a clause's verb, a description before a comma in some items only.
    ("Задержаны три девушки — гражданки Вьетнама и Индонезии.", []),
    ("В машине были два человека: водитель Иван Рыбин, житель Самары, и пассажир Олег Сомов.", []),
    ("В семье трое детей: сын Павел, дочь Ольга, а также ставший врачом младший сын.", []),
    ("Он готовил три фильма — о Маяковском и Лиле Брик.", []),
    ("В сборной три игрока: защитники Орлов и Рыбин, вратарь Соколов.", []),
    ("В зале остались двое мужчин: охранник, который спал, и сын Андрей.", []),
    ("В машине были три человека: 40-летний водитель, пассажир Олег Рыбин и пассажирка Анна Рыбина.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_lists(text: str, expected: list[tuple[str, list[Member]]]) -> None:
    """Each list the text gives is found with its figures and their roles, and no other."""
    assert _structures(text) == expected
