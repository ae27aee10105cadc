"""Speakers a careful reader resolves: groups named by an adjective alone, and the topic a role or a
pronoun refers back to."""

from __future__ import annotations

import pytest

import claimcheck


def _speakers(text: str) -> list[tuple[str, str] | None]:
    quotes = claimcheck.analyze(text, published="2025-01-30").quotes
    return [(q.speaker.name, q.speaker.kind) if q.speaker else None for q in quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plural adjective or participle with no noun after it is a group
        ("Некоторые полагают, что реформа провалилась.", [("некоторые", "group")]),
        ("Многие уверены, что цены снизятся.", [("многие", "group")]),
        ("Собравшиеся у здания суда заявили, что не уйдут.", [("собравшиеся", "group")]),
        ("По словам опрошенных, очереди стали короче.", [("опрошенные", "group")]),
        ("После матча присутствующие на трибунах начали скандировать: «Вперёд!»", [("присутствующие", "group")]),
        # with a noun after it, it is that noun's adjective
        ("Многие депутаты считают, что закон нужен.", [("депутаты", "group")]),
    ],
)
def test_group_named_by_an_adjective(text: str, expected: list[tuple[str, str]]) -> None:
    """"Некоторые считают": the adjective stands for the people by itself."""
    assert _speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a man named inside the quotation is what the speaker talks about, not a new topic
        (
            "Композитор Олег Ветров выступил на фестивале. Ветров считает, что новых звёзд нет. Покойный "
            "Андрей Крылов изменил музыку, а сейчас таких явлений нет, считает маэстро.",
            "Олег Ветров",
        ),
    ],
)
def test_people_of_a_quotation_are_not_its_speaker(text: str, expected: str) -> None:
    """A role after its quotation is the last speaker, whoever the quotation names."""
    assert _speakers(text)[-1] == (expected, "person")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # initials with a space before the surname, one or two, glued or spaced
        ("«Мы справимся», — заявил П. Кравцов.", [("П. Кравцов", "person")]),
        ("«Мы справимся», — заявил П.Р. Кравцов.", [("П. Р. Кравцов", "person")]),
        ("Е. Лебедева сообщила, что школа откроется в срок.", [("Е. Лебедева", "person")]),
        # a preposition's letter in capitals before a name is an initial, not "в"
        ("По словам В. Кравцова, школа откроется в срок.", [("В. Кравцов", "person")]),
        # the full name given before is the canonical one
        ("Павел Кравцов открыл школу. «Мы справимся», — заявил П. Кравцов.", [("Павел Кравцов", "person")]),
        # a name after a role, with initials
        ("«Мы справимся», — сказал глава района П. Кравцов.", [("П. Кравцов", "person")]),
        # of two names after a role, the first is the owner's
        ("«Мы справимся», — сказал пресс-секретарь В. Кравцова Д. Лебедев.", [("Д. Лебедев", "person")]),
        # a bare surname read in the case of its slot
        ("По словам Кравцова, школа откроется в срок.", [("Кравцов", "person")]),
    ],
)
def test_names_with_initials(text: str, expected: list[tuple[str, str]]) -> None:
    """Initials before a surname, glued or spaced, belong to the name."""
    assert _speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a site that cites comes first, whose full stop does not end the phrase
        (
            "«Спрос растёт», — цитирует news.example.ru директора по развитию компании Ивана Сомова.",
            "Иван Сомов",
        ),
        # a role of either gender takes its verb's: the woman spoken of, not a man named since
        (
            "Главный редактор RT Анна Белова рассказала о планах. Передача «Иван Смирнов сегодня» выйдет "
            "весной. Говоря о сетке, глава RT сообщила, что выпусков будет пять.",
            "Анна Белова",
        ),
    ],
)
def test_speaker_of_a_citing_site_and_a_role_by_its_verb(text: str, expected: str) -> None:
    """The one a site cites is the speaker; a role of either gender is read in its verb's gender."""
    assert _speakers(text)[-1] == (expected, "person")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "он" opening a sentence after one whose subject is a role: that role
        (
            "На вокзале был задержан пожилой житель города. Он сказал, что хотел уехать.",
            [("пожилой житель города", "role")],
        ),
        (
            "Генеральный директор завода выступил на собрании. Он сообщил, что цех закроют.",
            [("Генеральный директор завода", "role")],
        ),
        # a role with a name is that person
        ("Директор завода Олег Лисин выступил на собрании. Он сообщил, что цех закроют.", [("Олег Лисин", "person")]),
        # not a role of the other gender
        ("На вокзале была задержана жительница города. Он сказал, что поезд ушёл.", [None]),
        # a pronoun with nobody before it is no speaker
        ("Он заявил, что уйдёт в отставку. Решение окончательное.", [None]),
    ],
)
def test_pronoun_after_a_role(text: str, expected: list[tuple[str, str] | None]) -> None:
    """"Он" is the role the sentence before is about; with nobody to refer to, it names no speaker."""
    assert _speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a gerund's speaker is the subject of its main clause, not the gerund's object
        ("Называя проект «прорывом», министр Иван Петров пообещал ему поддержку.", ("Иван Петров", "person")),
        # a document after the quotation, whose author the text names before
        (
            "Министр Иван Петров и мэр Олег Лисин подписали совместное заявление. «Город будет расти», — "
            "говорится в совместном заявлении.",
            ("Иван Петров", "person"),
        ),
        # a cited role whose long phrase ends with the name
        (
            "«Спрос растёт», — цитирует ТАСС директора по развитию бизнеса компании в России, на Украине и "
            "в Казахстане Елену Петрову.",
            ("Елена Петрова", "person"),
        ),
        # one of a group, named by a partitive, is a subject whatever its genitive reads
        ("Один из членов совета заявил, что закон примут.", ("Один из членов совета", "role")),
    ],
)
def test_speaker_outside_the_cue_phrase(text: str, expected: tuple[str, str]) -> None:
    """The speaker a gerund, a document or a citing verb points to, past the words between."""
    assert _speakers(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a site named by its domain in lowercase letters
        ("Как сообщает example.ru, пожар на складе потушен.", ("example.ru", "organization")),
        # a title in quotation marks that opens the sentence is a name, not a quotation
        ("«Ромашка» сообщила, что поставки продолжатся.", ("Ромашка", "organization")),
        # a participle's clause in commas between "Как заявил" and the speaker
        (
            "Как заявил в пятницу на встрече в Казани, посвящённой итогам года, министр Олег Лисин, бюджет "
            "исполнен.",
            ("Олег Лисин", "person"),
        ),
        # a gerund's clause in commas between the cue and the speaker
        (
            "«Рост продолжится», — отметил, выступая на форуме в Казани, министр экономики Олег Лисин.",
            ("Олег Лисин", "person"),
        ),
    ],
)
def test_speaker_named_as_a_site_a_title_or_after_an_aside(text: str, expected: tuple[str, str]) -> None:
    """Sites in any letters, titles in quotation marks and speakers past a gerund's aside are found."""
    assert _speakers(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the body a document's owner refers back to, named before in full
        (
            "Вчера Министерство транспорта выпустило отчёт. «Тарифы не вырастут», — говорится в сообщении "
            "ведомства.",
            ("Министерство транспорта", "organization"),
        ),
        # an owner named in an oblique case is put in the nominative
        ("Согласно отчёту Счётной палаты, расходы выросли на 5%.", ("Счётная палата", "organization")),
        ("По данным Следственного комитета, задержаны трое.", ("Следственный комитет", "organization")),
        # an impersonal verb has no subject: the document's owner speaks
        ("В докладе агентства Fitch говорится, что рейтинг понижен.", ("агентство Fitch", "organization")),
        # the document the sentence names is its subject's
        (
            "Пресс-секретарь министерства Анна Белова распространила заявление, в котором говорится, что "
            "переговоры продолжатся.",
            ("Анна Белова", "person"),
        ),
        (
            "Пресс-служба министерства распространила заявление, в котором говорится, что переговоры "
            "продолжатся.",
            ("Пресс-служба министерства", "organization"),
        ),
    ],
)
def test_document_and_its_author(text: str, expected: tuple[str, str]) -> None:
    """A document speaks for its author where the text names one, in the nominative."""
    assert _speakers(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name a capitalised adjective opens goes on to its noun, in any case
        ("Как сообщила Федеральная налоговая служба, сборы выросли.", "Федеральная налоговая служба"),
        ("В Государственной думе заявили, что закон примут.", "Государственная дума"),
        ("Как сообщил Российский футбольный союз, матч перенесён.", "Российский футбольный союз"),
        # an adjective before a role opening the sentence stays the role's
        ("Бывший министр заявил, что налоги не вырастут.", "Бывший министр"),
    ],
)
def test_name_opened_by_an_adjective(text: str, expected: str) -> None:
    """"Федеральная налоговая служба" is one name, its lowercase words included."""
    found = _speakers(text)[0]
    assert found is not None
    assert found[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a familiar first name is the person the text names in full
        ("Ирина Лебедева выступила на форуме. Ира добавила, что цены снизятся.", "Ирина Лебедева"),
        ("Александр Кравцов выступил на форуме. По словам Саши, цены снизятся.", "Александр Кравцов"),
        # a familiar name nobody is named by in full stays as it is
        ("Ира добавила, что цены снизятся.", "Ира"),
    ],
)
def test_familiar_first_name(text: str, expected: str) -> None:
    """"Ира" is Ирина Лебедева when the text names her so."""
    found = _speakers(text)[-1]
    assert found == (expected, "person")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an outlet's source phrase passes on a report that has its own speaker
        ("Полиция города, по данным газеты, отметила, что краж стало меньше.", ("Полиция города", "organization")),
        ("По данным агентства, прокуратура считает, что сделка незаконна.", ("прокуратура", "organization")),
        # a genitive noun after a noun a preposition governs is no subject
        ("Министр, по мнению журнала, заявил, что налоги снизят.", ("Министр", "role")),
        # a document far before its verb, and an article's words
        (
            "В сообщении правительства и губернатора Тверской области говорится, что дорогу откроют.",
            ("правительство", "organization"),
        ),
        (
            "По данным газеты, на допросе Иван Русаков заявил, что не помнит аварии.",
            ("Иван Русаков", "person"),
        ),
        # a report deep inside the source's words is nested in them: the source speaks
        (
            "По словам Олега, актриса в переписке с ним назвала бредом сообщения о том, что она больна.",
            ("Олег", "person"),
        ),
    ],
)
def test_report_passed_on_by_a_source_phrase(text: str, expected: tuple[str, str]) -> None:
    """"по данным газеты, X отметил": X speaks, the outlet only passes the report on."""
    assert _speakers(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a surname the dictionary reads as a common noun's genitive plural ("of hares", "of catfish")
        ("На допросе Русаков заявил, что не помнит аварии.", ("Русаков", "person")),
        ("«Мы не сдадимся», — сказал Сомов.", ("Сомов", "person")),
        # a common noun's genitive plural is no name
        ("Жители домов заявили, что не уедут.", ("Жители домов", "group")),
    ],
)
def test_surname_that_is_also_a_common_noun(text: str, expected: tuple[str, str]) -> None:
    """"Русаков" mid-sentence is a man, not "of hares"."""
    assert _speakers(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "они" after a sentence a body of people opens, in the singular
        ("Руководство клуба приняло решение. Они считают, что игрок заслуживает шанса.", "Руководство клуба"),
        ("Экипаж самолёта вернулся на базу. Они рассказали, что полёт прошёл спокойно.", "Экипаж самолёта"),
        ("Команда боксёра сообщила в пятницу о травме. Они рассказали, что бой перенесут.", "Команда боксёра"),
    ],
)
def test_they_for_a_body_of_people(text: str, expected: str) -> None:
    """"Они" refers back to a body of people named in the singular ("руководство", "экипаж")."""
    assert _speakers(text) == [(expected, "group")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place the speakers are in, after "из"; not a noun after "к"
        ("Из Минска сообщили, что граница открыта.", ("Минск", "organization")),
        ("Несколько близких к семье источников сообщают, что граница открыта.", None),
        # "из" after "одной" names one of a group, not a place
        ("Тогда министр спросил у одной из выживших девочек: «Как вы?»", ("министр", "role")),
        # a short passive has no subject: the document says it, for its author
        ("В сообщении Б.Кларка сказано, что компания не продаётся.", ("Б. Кларк", "person")),
        ("В сообщении министерства указано, что граница открыта.", ("министерство", "organization")),
    ],
)
def test_place_and_passive(text: str, expected: tuple[str, str] | None) -> None:
    """"из Минска сообщили": Минск speaks; "в сообщении X сказано": X does."""
    assert _speakers(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the speaker's words hold the close of a title they open
        (
            "Завод закроют в следующем году, сообщает газета «Северный вестник».",
            ("газета «Северный вестник»", "газета Северный вестник"),
        ),
        (
            'Завод закроют в следующем году, сообщает газета "Северный вестник".',
            ('газета "Северный вестник"', "газета Северный вестник"),
        ),
        (
            "«Завод закроют», — сказал координатор движения «Зелёный город» Иван Сидоров.",
            ("координатор движения «Зелёный город» Иван Сидоров", "Иван Сидоров"),
        ),
    ],
)
def test_speaker_words_close_their_title(text: str, expected: tuple[str, str]) -> None:
    """A speaker's words hold a title in quotation marks whole, its lowercase words too."""
    quotes = claimcheck.analyze(text, published="2025-01-30").quotes
    assert [(q.speaker.span.text, q.speaker.name) for q in quotes if q.speaker] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name that cannot be nominative is whom the speaker told, or whom the speaker's phrase names
        ("Маша пришла домой. «Я устала», — сказала Маше мама.", [("мама", "role")]),
        ("«Закон примут», — сказала Олегу жена.", [("жена", "role")]),
        ("«Закон примут», — заявил поддерживающий Лукаса депутат Марко Ривас.", [("Марко Ривас", "person")]),
        # with no subject after it, the name stays the speaker as before
        ("«Закон примут», — сказал Петров.", [("Петров", "person")]),
    ],
)
def test_oblique_name_after_the_cue(text: str, expected: list[tuple[str, str]]) -> None:
    """A name in the dative or genitive after the cue is not its subject when a subject follows."""
    assert _speakers(text) == expected
