"""Speaker mentions, names in the nominative, and resolution to one source across a document."""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck.lexicon import load
from claimcheck.segment import Document
from claimcheck.speakers import mention_at, nominative_name


@pytest.mark.parametrize(
    ("forms", "expected"),
    [
        (["Олжаса", "Бектенова"], "Олжас Бектенов"),
        (["Касым-Жомартом", "Токаевым"], "Касым-Жомарт Токаев"),
        (["Владимиром", "Путиным"], "Владимир Путин"),
        (["Марии", "Захаровой"], "Мария Захарова"),
        (["Сергея", "Лаврова"], "Сергей Лавров"),
        (["Дональда", "Трампа"], "Дональд Трамп"),
        (["Жан-Клода", "Юнкера"], "Жан-Клод Юнкер"),
        (["Андреа", "Падована"], "Андреа Падован"),
        (["Бектенову"], "Бектенов"),
        (["Михаил", "Мишустин"], "Михаил Мишустин"),
        # Patronymics and feminine surnames are inflected, not read off their lemma ("иосифович", "яров").
        (["Валентине", "Ивановне", "Матвиенко"], "Валентина Ивановна Матвиенко"),
        (["Сергея", "Анатольевича", "Шойгу"], "Сергей Анатольевич Шойгу"),
        (["Ирине", "Яровой"], "Ирина Ярова"),
        (["Анной", "Петровной"], "Анна Петровна"),
        # Adjectival surnames decline as adjectives, in the gender and case of the first name.
        (["Юлии", "Навальной"], "Юлия Навальная"),
        (["Петра", "Вишневского"], "Пётр Вишневский"),
        (["Львом", "Троцким"], "Лев Троцкий"),
        (["Юлия", "Навальная"], "Юлия Навальная"),
        (["Андрею", "Белому"], "Андрей Белый"),
        (["Юрия", "Долгорукого"], "Юрий Долгорукий"),
        # A participle or a superlative is inflected, not read off its lemma ("уехать", "плохой").
        (["Илью", "Худшего"], "Илья Худший"),
        (["Никиту", "Уехавшего"], "Никита Уехавший"),
    ],
)
def test_names_in_the_nominative(forms: list[str], expected: str) -> None:
    """First names, double names and surnames the dictionary does not know go to the nominative."""
    assert nominative_name(forms) == expected


@pytest.mark.parametrize(
    ("text", "case", "expected"),
    [
        ("пресс-служба казахстанского премьера сообщила", "nomn",
         ("organization", "пресс-служба казахстанского премьера")),
        ("глава МИД России Сергей Лавров заявил", "nomn", ("person", "глава МИД России Сергей Лавров")),
        ("стороны договорились", "nomn", ("group", "стороны")),
        ("эксперты считают", "nomn", ("group", "эксперты")),
        ("один из собеседников агентства уточнил", "nomn", ("role", "один из собеседников агентства")),
        ("Пресс-служба Бектенова добавила", "nomn", ("organization", "Пресс-служба Бектенова")),
        ("тренер Дадашева упрашивал", "nomn", ("role", "тренер Дадашева")),
        ("РГУ им Косыгина сообщил", "nomn", ("organization", "РГУ им Косыгина")),
        ("пресс-службе сообщили", "loct", ("organization", "пресс-службе")),
        ("он заявил", "nomn", ("pronoun", "он")),
        ("знакомого семьи, что", "gent", ("role", "знакомого семьи")),
        ("Абу Бакр аль-Багдади призвал", "nomn", ("person", "Абу Бакр аль-Багдади")),
        ("в субботу заявил", "nomn", None),
        # a rating's grade names nobody; a single letter before a full stop is an initial
        ("BB+ сообщило", "nomn", None),
        ("Baa3 заявило", "nomn", None),
        ("ruAA сообщил", "nomn", None),
        ("D.C. Medical Examiner сообщил", "nomn", ("organization", "D.C. Medical Examiner")),
    ],
)
def test_mentions(text: str, case: str, expected: tuple[str, str] | None) -> None:
    """A mention is the whole noun phrase a cue attaches to, with its kind."""
    doc = Document(text)
    m = mention_at(doc, doc.words(), 0, load(), case=case)
    assert (None if m is None else (m.kind, text[m.start : m.end])) == expected


def _speakers(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in claimcheck.analyze(text, published="2025-01-30").quotes]


def test_surname_resolves_to_full_name() -> None:
    """A later bare surname takes the fullest name the text gives."""
    text = "Премьер-министр Михаил Мишустин прибыл в Астану.\n«Мы готовы», — сказал Мишустин."
    assert _speakers(text) == ["Михаил Мишустин"]


def test_pronoun_resolves_to_the_last_speaker_of_its_gender() -> None:
    """"Он" after a quote by a man is that man, even if another man was named in between in a relative clause."""
    text = (
        "Валерий Костенок признал, что бросил бутылку, которую бросил Евгений Коваленко.\n"
        "«Я раскаиваюсь», — говорил он на допросе."
    )
    assert _speakers(text) == ["Валерий Костенок", "Валерий Костенок"]


def test_feminine_pronoun_skips_men() -> None:
    """"Она" resolves to the nearest earlier woman."""
    text = "Мария Захарова и Сергей Лавров прибыли в Астану. «Мы рады», — сказала она."
    assert _speakers(text) == ["Мария Захарова"]


def test_bare_organisation_resolves_to_the_one_named_before() -> None:
    """"пресс-службе" is the press service named earlier, in the nominative."""
    text = (
        "Как сообщила пресс-служба казахстанского премьера, на встрече «обсудили вопросы торговли».\n"
        "«Россия является партнером», — напомнили в пресс-службе."
    )
    assert _speakers(text) == ["пресс-служба казахстанского премьера"] * 2


def test_bare_media_noun_resolves_to_the_outlet() -> None:
    """"По данным издания" refers to the outlet named before ("Forbes")."""
    text = "Об этом пишет Forbes. По данным издания, он был подключён к аппарату ИВЛ."
    assert _speakers(text)[-1] == "Forbes"


def test_role_resolves_to_the_person_who_holds_it() -> None:
    """A bare role ("прокурор") is the person the text introduced with that role."""
    text = (
        "Федеральный прокурор Прит Бхарара заметил, что приговор справедлив.\n"
        "«Киберпреступность особенно опасна», — добавил прокурор."
    )
    assert _speakers(text) == ["Прит Бхарара", "Прит Бхарара"]


def test_source_of_an_agency_is_the_agency_named_before() -> None:
    """"один из собеседников агентства" keeps its partitive and names the agency quoted before (РБК)."""
    text = (
        "Собеседники РБК сообщили, что менеджер умер от пневмонии. Тест дал отрицательный результат, уточнил "
        "один из собеседников агентства."
    )
    assert _speakers(text) == ["Собеседники РБК", "один из собеседников РБК"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Спортсменку лишили медали решением Международного олимпийского комитета. Представители МОК сообщили, "
         "что проба положительная.", "Представители Международного олимпийского комитета"),
        ("Его задержали сотрудники Федеральной службы безопасности. В ФСБ сообщили, что он признался.",
         "Федеральная служба безопасности"),
        # No phrase spells it: the abbreviation stays.
        ("Сделку одобрили. В ФАС сообщили, что проверка закончена.", "ФАС"),
    ],
)
def test_abbreviation_is_spelt_out_as_the_text_spells_it(text: str, expected: str) -> None:
    """An abbreviation takes the phrase whose initials spell it, in the case its place needs."""
    assert _speakers(text)[-1] == expected


def test_cited_speaker_after_a_citing_phrase() -> None:
    """"Forbes приводит слова знакомого семьи, что …": the one whose words are cited speaks."""
    assert _speakers("Forbes приводит слова знакомого семьи, что два теста дали отрицательный результат.") == [
        "знакомый семьи"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Агентство Standard & Poors Global Ratings (S&P) понизило рейтинг банка «Пересвет» до уровня «CCC-» с "
         "«B+», краткосрочный — до уровня «С» с «В». Как сообщает агентство, рейтинги изменены из-за ограничений.",
         ["S&P"]),
        ("Fitch понизило рейтинг компании до «BB-». Как сообщило агентство, прогноз по рейтингу негативный.",
         ["Fitch"]),
        ("Эксперт РА подтвердил рейтинг «ruAA». Как сообщает агентство, прогноз по рейтингу стабильный.",
         ["агентство"]),
        ("Банку присвоен рейтинг «A-». По словам агентства, прогноз стабильный.", ["агентство"]),
        ("Рейтинг понижен до «B». «B», — сообщили в агентстве, — это признак высокого риска.", ["агентство"]),
    ],
)
def test_rating_grade_is_never_a_speaker(text: str, expected: list[str]) -> None:
    """A rating's grade, in quotation marks or in the sentence before, is never a speaker nor what "агентство" means."""
    assert _speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a gerund's clause holds its object, not the subject of the cue
        ("Называя «Ромашку» «лидером рынка», Пётр Сомов заявил, что продажи растут.", "Пётр Сомов"),
        # a relative clause closed by a comma: its words are no subject of the cue after it
        (
            "Министр Иван Лебедев, который встречался с делегацией Китая, заявил, что переговоры продолжатся.",
            "Иван Лебедев",
        ),
        # the comma that should close a relative clause is left out: its pronoun is the subject
        ("Посол Олег Дымов, который в среду посетил Белград заявил, что визит прошёл успешно.", "Олег Дымов"),
    ],
)
def test_subject_outside_gerund_and_relative_clauses(text: str, expected: str) -> None:
    """The speaker before a cue is the subject of the cue's own clause."""
    assert _speakers(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country or city speaks for its government
        (
            "Варшава считает, что Москва должна ей 200 млн долларов, а Литва уверена, что долг погашен.",
            ["Варшава", "Литва"],
        ),
        # but not with a verb that is not the place's alone
        ("Остров, который и Чили, и Перу считают своим, закрыт для туристов.", []),
        # a title the noun before it governs is not the speaker
        (
            "«Мы победим», — сказал в беседе с корреспондентом «Голоса Севера» лидер движения Иван Рябов.",
            ["Иван Рябов"],
        ),
        ("В интервью «Голосу Севера» Иван Рябов говорил, что движение растёт.", ["Иван Рябов"]),
        # a name apposed in commas after a role and its owner's apposition
        (
            "Соперник Ивана Петрова, основателя «Ромашки», Олег Сомов, заявил, что подаст в суд.",
            ["Олег Сомов"],
        ),
    ],
)
def test_speaker_noun_phrase(text: str, expected: list[str]) -> None:
    """The speaker is the noun phrase the cue attaches to, never a noun governed inside another phrase."""
    assert _speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a domain is one name, whether or not a full stop follows it
        ("«Мы готовы», — сообщает NEWSru.com.", [("NEWSru.com", "organization")]),
        ("«Рынок растёт», — пишет news.example.ru.", [("news.example.ru", "organization")]),
        # an ampersand joins the words of one name
        ("Как сообщила компания Procter & Gamble, продажи выросли.", [("компания Procter & Gamble", "organization")]),
        ("Procter & Gamble сообщила, что продажи выросли.", [("Procter & Gamble", "organization")]),
        # an initial glued to the surname
        ("Иван Петров выступил. «Рост продолжится», — заявил И.Петров.", [("Иван Петров", "person")]),
        # a familiar or common-gender name in any case
        ("По словам Саши, он придёт.", [("Саша", "person")]),
        ("По словам Маши, она придёт.", [("Маша", "person")]),
        # a document whose author the text does not name
        ("В сообщении говорится, что экономика растёт.", [("сообщение", "document")]),
        # a document whose author the text names before
        (
            "Министр Иван Петров сделал заявление в субботу. В заявлении говорится, что экономика растёт.",
            [("Иван Петров", "person")],
        ),
    ],
)
def test_speaker_names_and_kinds(text: str, expected: list[tuple[str, str]]) -> None:
    """Sites, names with an ampersand, glued initials and familiar names are named whole; a document is one."""
    quotes = claimcheck.analyze(text, published="2025-01-30").quotes
    assert [(q.speaker.name, q.speaker.kind) if q.speaker else None for q in quotes] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the outlet that cites comes first; the one it cites is the speaker
        ("«Бюджет сбалансирован», — цитирует РБК министра финансов Ивана Петрова.", ["Иван Петров"]),
        ("«Цены снизятся», — цитирует ТАСС пресс-службу министерства.", ["пресс-служба министерства"]),
        # the outlet told: quoted in the dative, before a plural verb's place, or before a person or role
        ("Завод закроют в следующем году, рассказал «Интерфаксу» представитель банка.", ["представитель банка"]),
        ("Завод закроют в следующем году, сообщили ТАСС в пресс-службе компании.", ["пресс-служба компании"]),
        ("Завод закроют в следующем году, сообщил РИА Новости представитель банка.", ["представитель банка"]),
        ("Как сообщили «Интерфаксу» в пресс-службе компании, завод закроют.", ["пресс-служба компании"]),
        ("Как рассказал ТАСС источник в правительстве, завод закроют в следующем году.", ["источник"]),
        # an outlet that reports, whatever follows in a phrase of its own
        ("Завод закроют в следующем году, сообщает ТАСС.", ["ТАСС"]),
        ("Завод закроют в следующем году, сообщают СМИ со ссылкой на источники в полиции.", ["СМИ"]),
        ("Режиссёр Иван Петров госпитализирован, сообщает Reuters со ссылкой на его жену Анну Петрову.", ["Reuters"]),
    ],
)
def test_outlet_is_not_the_speaker(text: str, expected: list[str]) -> None:
    """"цитирует РБК X": X speaks, not the outlet."""
    assert _speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "в ведомстве" is the ministry named before by its own name, in full
        ("Поправки подготовил Минфин России. В ведомстве заявили, что бюджет сбалансирован.", "Минфин России"),
        ("Вчера Министерство финансов выпустило отчёт. В ведомстве заявили, что бюджет сбалансирован.",
         "Министерство финансов"),
        # "в холдинге" is the holding named before with its title in quotation marks
        ("Холдинг «Ромашка» купил завод. В холдинге заявили, что сделка закрыта.", "Холдинг «Ромашка»"),
    ],
)
def test_organisation_noun_refers_back(text: str, expected: str) -> None:
    """A bare organisation noun is the organisation of that kind the text named before."""
    assert _speakers(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a long surname misspelt by a letter or two is the one full name the text gives
        (
            "Директор НАСА Билл Герстенмайер провёл брифинг. «Проблем нет», — сказал Гернстермайер.",
            ["Билл Герстенмайер"],
        ),
        # a short one may be another person
        ("Министр Олег Бенер выступил. «Проблем нет», — сказал Бонер.", ["Бонер"]),
    ],
)
def test_misspelt_surname(text: str, expected: list[str]) -> None:
    """A typo in a long surname does not make a new person."""
    assert _speakers(text) == expected


def test_they_is_the_plural_subject_of_the_sentence_before() -> None:
    """"Они" opening a sentence is the group that opened the sentence before, not a group named earlier."""
    text = (
        "Спасатели заявили, что поиски продолжатся. Представители министерства не подтвердили эти данные. "
        "Они лишь сказали, что причина аварии неизвестна."
    )
    assert _speakers(text) == ["Спасатели", "Представители министерства"]
