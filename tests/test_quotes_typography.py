"""Direct speech in any outlet's typography and speech that follows on from an attributed quotation: one
table row per construction, in sentences shaped like news text. Each row lists the quotes found as
(kind, speaker, content)."""

from __future__ import annotations

import pytest

import claimcheck


def _quotes(text: str) -> list[tuple[str, str | None, str]]:
    return [(q.kind, q.speaker.name if q.speaker else None, q.span.text) for q in claimcheck.analyze(text).quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A hyphen typed for the dash around an attribution inside the quotation.
        ("«Мы искали такого специалиста три года, - заявил Уоррен Баффет. - Теперь команда собрана».",
         [("direct", "Уоррен Баффет", "Мы искали такого специалиста три года"),
          ("direct", "Уоррен Баффет", "Теперь команда собрана")]),
        ('"Строительство начнётся весной, - сказал губернатор Олег Бетин, - если позволит погода".',
         [("direct", "Олег Бетин", "Строительство начнётся весной"),
          ("direct", "Олег Бетин", "если позволит погода")]),
        # A hyphen inside the quoted words with no attribution after it parts nothing.
        ("«Россия - наш главный партнёр, - заявил министр Иван Петров. - Мы ценим это сотрудничество».",
         [("direct", "Иван Петров", "Россия - наш главный партнёр"),
          ("direct", "Иван Петров", "Мы ценим это сотрудничество")]),
    ],
)
def test_keyboard_dash_inside_quotation(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    """A spaced hyphen parts an interrupted quotation as a dash does."""
    assert _quotes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A paragraph of quotations only goes on with the speaker whose quotation ends the paragraph before.
        ("«Это очень важное решение», сказал Скотт Хоровитц.\n\n«Мы больше знаем о полюсах Марса, чем о полюсах Луны».",
         [("direct", "Скотт Хоровитц", "Это очень важное решение"),
          ("direct", "Скотт Хоровитц", "Мы больше знаем о полюсах Марса, чем о полюсах Луны")]),
        # A run of follow-on quotations: each goes on with the speaker of the first.
        ("«Это очень важное решение», сказал Скотт Хоровитц. «Учёные и инженеры работают в полном согласии».\n"
         "«Мы больше знаем о полюсах Марса, чем о полюсах Луны».",
         [("direct", "Скотт Хоровитц", "Это очень важное решение"),
          ("direct", "Скотт Хоровитц", "Учёные и инженеры работают в полном согласии"),
          ("direct", "Скотт Хоровитц", "Мы больше знаем о полюсах Марса, чем о полюсах Луны")]),
        # A paragraph of narration between: a quotation in the first person goes on with the speaker of
        # the quotation before, one in the third person has no speaker to go on with.
        ("«Это очень важное решение», сказал Скотт Хоровитц.\n\nПолёт намечен на 2014 год, к этому времени "
         "будет создана тяжёлая ракета-носитель.\n\n«Мы рассматриваем все возможности на Луне».",
         [("direct", "Скотт Хоровитц", "Это очень важное решение"),
          ("direct", "Скотт Хоровитц", "Мы рассматриваем все возможности на Луне")]),
        ("«Это очень важное решение», сказал Скотт Хоровитц.\n\nПолёт намечен на 2014 год, к этому времени "
         "будет создана тяжёлая ракета-носитель.\n\n«Все возможности на Луне будут рассмотрены».",
         [("direct", "Скотт Хоровитц", "Это очень важное решение")]),
        # A report in between: the quotation goes on with the report's speaker.
        ("«Это очень важное решение», сказал Скотт Хоровитц.\n\nГлава агентства заявил, что полёт состоится "
         "в 2014 году.\n\n«Мы рассматриваем все возможности на Луне».",
         [("direct", "Скотт Хоровитц", "Это очень важное решение"),
          ("indirect", "Глава агентства", "полёт состоится в 2014 году"),
          ("direct", "Глава агентства", "Мы рассматриваем все возможности на Луне")]),
        # A paragraph with words besides the quotation is no continuation.
        ("«Это очень важное решение», сказал Скотт Хоровитц.\n\n«Орион» полетит к Луне в 2014 году, сообщили в агентстве.",
         [("direct", "Скотт Хоровитц", "Это очень важное решение"),
          ("mixed", "агентство", "«Орион» полетит к Луне в 2014 году")]),
    ],
)
def test_quotation_paragraph_goes_on(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    """A paragraph that is quotations only continues the quotation that ends the paragraph before."""
    assert _quotes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Quotations listed after a cue and a colon share its attribution.
        ("Сторонники оппозиции скандировали: «Свободу!», «Позор власти!».",
         [("direct", "Сторонники оппозиции", "Свободу!"), ("direct", "Сторонники оппозиции", "Позор власти!")]),
        ("Демонстранты кричали: «Долой войну!» и «Мир народам!».",
         [("direct", "Демонстранты", "Долой войну!"), ("direct", "Демонстранты", "Мир народам!")]),
        # A finite verb with a speech verb's infinitive before the colon: the speech began.
        ("Сторонники оппозиции начали скандировать: «Свободу!», «Позор власти!».",
         [("direct", "Сторонники оппозиции", "Свободу!"), ("direct", "Сторонники оппозиции", "Позор власти!")]),
        # Titles listed after a colon with no cue are no speech.
        ("В программу фестиваля вошли фильмы: «Сталкер», «Зеркало» и «Солярис».", []),
        ("Он планировал снять новые фильмы: «Сталкер», «Зеркало» и «Солярис».", []),
    ],
)
def test_quotations_listed_after_a_cue(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    """Quotations listed after "скандировали:" are each speech of the same speaker; titles are not."""
    assert _quotes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ряд футбольных клубов выразили соболезнования: «Милан», «Барселона», «Реал».",
        "Жители предлагают и другие названия станции: «Петербургская» и «Северо-Западная».",
    ],
)
def test_names_listed_after_a_cue(text: str) -> None:
    """Names and titles of one or two words listed after a speech verb are no speech."""
    assert [q for q in _quotes(text) if q[0] == "direct"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A noun of a statement or a document before the colon is the cue; no speech verb is needed.
        ("В обращении к участникам форума: «Без науки у страны нет будущего».",
         [("direct", None, "Без науки у страны нет будущего")]),
        ("В 1993 году на могиле было оставлено зашифрованное сообщение: «Факел передается дальше».",
         [("direct", None, "Факел передается дальше")]),
        ("Из заявления министерства: «Мы не допустим повышения тарифов в этом году».",
         [("direct", "министерства", "Мы не допустим повышения тарифов в этом году")]),
        # The noun depends on another: what the colon introduces is that other noun's.
        ("Основные темы доклада: «Экономика и рынок труда».", []),
        # Too short for a statement: a title.
        ("Его последняя статья: «Кризис».", []),
    ],
)
def test_speech_noun_before_colon(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    """ "В обращении к участникам форума: «…»": a statement's noun introduces direct speech."""
    assert _quotes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A comma typed inside the closing straight quote, with or without a space before the hyphen.
        ('"Мы не будем повышать тарифы в этом году,"- говорит министр Иван Петров.',
         [("direct", "Иван Петров", "Мы не будем повышать тарифы в этом году")]),
        ('"Мы не будем повышать тарифы в этом году," - говорит министр Иван Петров.',
         [("direct", "Иван Петров", "Мы не будем повышать тарифы в этом году")]),
        ('"Компания "Газпром" не будет повышать цены в этом году," - заявил министр Иван Петров.',
         [("direct", "Иван Петров", 'Компания "Газпром" не будет повышать цены в этом году')]),
        # Curly quotes, and marks nested in the primary pair.
        ("“Мы не будем повышать тарифы в этом году”, – сказал министр Иван Петров.",
         [("direct", "Иван Петров", "Мы не будем повышать тарифы в этом году")]),
        ("«Компания „Газпром“ не будет повышать цены в этом году», — заявил министр Иван Петров.",
         [("direct", "Иван Петров", "Компания „Газпром“ не будет повышать цены в этом году")]),
        ("«Компания «Газпром» не будет повышать цены в этом году», — заявил министр Иван Петров.",
         [("direct", "Иван Петров", "Компания «Газпром» не будет повышать цены в этом году")]),
        # Names in straight quotes after a comma stay names.
        ('Сотрудники "Газпрома", "Роснефти" и "Лукойла" получили премии.', []),
    ],
)
def test_closing_marks_of_any_outlet(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    """Straight quotes that close after a comma, curly quotes and nested marks all bound a quotation."""
    assert _quotes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A quotation over two paragraphs after "X заявил:": the first opens and never closes, the
        # second closes without opening.
        ("Министр Иван Петров заявил:\n\n«Мы не будем повышать тарифы в этом году.\n\n"
         "Кроме того, пенсии вырастут на десять процентов».",
         [("direct", "Иван Петров", "Мы не будем повышать тарифы в этом году"),
          ("direct", "Иван Петров", "Кроме того, пенсии вырастут на десять процентов")]),
        ("«Мы не будем повышать тарифы, — заявил министр Иван Петров. — Бюджет это позволяет.\n\n"
         "Кроме того, пенсии вырастут на десять процентов».",
         [("direct", "Иван Петров", "Мы не будем повышать тарифы"),
          ("direct", "Иван Петров", "Бюджет это позволяет"),
          ("direct", "Иван Петров", "Кроме того, пенсии вырастут на десять процентов")]),
        # The convention of opening every paragraph of the quotation again: the first one opens after
        # the colon and runs to its end, the next paragraph of quotations goes on with the speaker.
        ("Министр Иван Петров заявил: «Мы не допустим повышения тарифов. Это наша позиция.\n"
         "«Мы будем вести переговоры со всеми сторонами».",
         [("direct", "Иван Петров", "Мы не допустим повышения тарифов. Это наша позиция."),
          ("direct", "Иван Петров", "Мы будем вести переговоры со всеми сторонами")]),
        # A stray opening mark in the middle of a paragraph opens nothing that runs on.
        ("Министр Иван Петров заявил, что «тарифы не вырастут.\nПереговоры продолжатся в марте.",
         [("mixed", "Иван Петров", "«тарифы не вырастут")]),
    ],
)
def test_quotation_over_paragraphs(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    """A quotation that runs on over paragraphs is one speaker's throughout."""
    assert _quotes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A speaker who opens the sentence, then only where or to whom they spoke, then a colon.
        ("Министр Иван Петров в интервью телеканалу: «Мы не будем повышать тарифы в этом году».",
         [("direct", "Иван Петров", "Мы не будем повышать тарифы в этом году")]),
        ("Сергей Лавров на пресс-конференции в Москве: «Мы готовы к переговорам с Токио».",
         [("direct", "Сергей Лавров", "Мы готовы к переговорам с Токио")]),
        # No speaker opens the clause: a list of titles.
        ("В программе фестиваля фильмы: «Сталкер и другие фильмы Тарковского».", []),
        # A web address never opens a quotation.
        ("Министр Иван Петров в своём блоге: «https://petrov.example.ru/2024/tarify».", []),
    ],
)
def test_speaker_before_colon_without_verb(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    """ "X в интервью телеканалу: «…»": a speaker and where they spoke introduce direct speech."""
    assert _quotes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A hyphen typed for the dialogue dash, at the line's start and around the attribution.
        ("Министр прокомментировал ситуацию.\n\n- Мы не будем повышать тарифы в этом году, - заявил Иван Петров. "
         "- Бюджет это позволяет.",
         [("direct", "Иван Петров", "Мы не будем повышать тарифы в этом году"),
          ("direct", "Иван Петров", "Бюджет это позволяет")]),
        # Speech without quotation marks closed by a hyphen and its attribution.
        ("Прокуратурой района возбуждено уголовное дело по части 2 статьи 191 - сообщил прокурор района Василий Кричун.",
         [("direct", "Василий Кричун", "Прокуратурой района возбуждено уголовное дело по части 2 статьи 191")]),
        # A quotation mark between the hyphen and the verb: the verb is not the attribution of the paragraph.
        ('Около 20 человек вышли на пикет у здания суда. "Осторожно, пьяный судья", "Мы - за справедливость" '
         "гласили плакаты.", []),
    ],
)
def test_keyboard_dialogue_dash(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    """A spaced hyphen opens and closes dialogue lines and unquoted speech as a dash does."""
    assert [q for q in _quotes(text) if q[0] == "direct"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Each part of an interrupted quotation in marks of its own, the second after a dash.
        ("«Я не могу вам точно сказать», – сказал Трамп на пресс-конференции. – «Я просто желаю ему всего "
         "хорошего».",
         [("direct", "Трамп", "Я не могу вам точно сказать"),
          ("direct", "Трамп", "Я просто желаю ему всего хорошего")]),
        ('"Мы готовы к переговорам", - заявил министр Иван Петров. - "Остальное обсудим на встрече в Токио".',
         [("direct", "Иван Петров", "Мы готовы к переговорам"),
          ("direct", "Иван Петров", "Остальное обсудим на встрече в Токио")]),
    ],
)
def test_second_part_after_a_dash(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    """ «A», – сказал X. – «B»: the part after the dash goes on with the same speaker."""
    assert _quotes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The quotation right after the speaker's noun is its name.
        ("Организаторами акции выступили движение «За права человека» и институт «Коллективное действие».", []),
        ('Об этом сообщает радиостанция "Эхо Москвы в Петербурге".', []),
        # A dash after the colon still introduces the quotation.
        ("«Удар при посадке был не так силён, как я ожидала», говорит Пегги Уитсон: — «Но разделение модулей "
         "происходило более драматично».",
         [("direct", "Пегги Уитсон", "Удар при посадке был не так силён, как я ожидала"),
          ("direct", "Пегги Уитсон", "Но разделение модулей происходило более драматично")]),
    ],
)
def test_quotation_after_its_speaker(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    """A quotation that follows the speaker's noun with nothing between names the speaker; it is no speech."""
    assert [q for q in _quotes(text) if q[0] == "direct"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A verb of manner or feeling right after the quotation and a dash attributes it.
        ("«Суды вообще не хотят ничего слушать!», — возмущается правозащитник Андрей Соколов.",
         [("direct", "Андрей Соколов", "Суды вообще не хотят ничего слушать!")]),
        ("«Это победа всей команды, а не моя», — улыбается тренер Ольга Смирнова.",
         [("direct", "Ольга Смирнова", "Это победа всей команды, а не моя")]),
        ("«Раньше таких очередей не было, — вспоминает пенсионерка Анна Павлова. — Теперь стоим по часу».",
         [("direct", "Анна Павлова", "Раньше таких очередей не было"),
          ("direct", "Анна Павлова", "Теперь стоим по часу")]),
        ("«Цены растут быстрее зарплат», — подытожил экономист Игорь Лебедев.",
         [("direct", "Игорь Лебедев", "Цены растут быстрее зарплат")]),
        # Without the inverted attribution the verb reports nothing; nor does the first person.
        ("Компания радуется росту продаж и вспоминает прошлый год как худший.", []),
        ("«Мы ждали этого весь год», — вздыхаю я.", []),
    ],
)
def test_manner_verb_after_quotation(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    """ «…», — возмущается X: a verb of manner in the attribution's inverted order is its cue."""
    assert _quotes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A speaker alone, or a verb of manner, before a colon: the paragraph after it, in the first
        # person, is the speaker's.
        ("Жители недовольны.\nФермер Олег Кузнецов:\nМы просто не понимаем, как теперь платить за корма.",
         [("direct", "Олег Кузнецов", "Мы просто не понимаем, как теперь платить за корма")]),
        ("После матча нападающий Илья Морозов поделился впечатлениями:\nЯ просто открылся под передачу и забил.",
         [("direct", "Илья Морозов", "Я просто открылся под передачу и забил")]),
        # A verb of no speech before the colon introduces none; nor does a paragraph not in the first
        # person (a list, a schedule).
        ("Рабочий Пётр Сидоров был пьян:\nМы не помним, что случилось потом.", []),
        ("Фермер Олег Кузнецов:\nПосевная начнётся в апреле, урожай ожидается в августе.", []),
    ],
)
def test_first_person_paragraph_after_speaker_and_colon(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """ "X:" and a paragraph in the first person with no quotation marks: the paragraph is X's."""
    assert _quotes(text) == expected


def test_report_ends_before_a_quotation_with_its_own_cue() -> None:
    """A report whose sentence runs on into a quotation attributed after it («…», — говорит X) ends
    where the quotation starts: both are found, each whole."""
    text = (
        "После посадки Анна Смирнова сказала, что во время спуска чувствовала перегрузку в 8 G. "
        "«Для меня это было тяжело. Но всё прошло хорошо», — говорит Анна Смирнова."
    )
    assert _quotes(text) == [
        ("indirect", "Анна Смирнова", "во время спуска чувствовала перегрузку в 8 G"),
        ("direct", "Анна Смирнова", "Для меня это было тяжело. Но всё прошло хорошо"),
    ]
