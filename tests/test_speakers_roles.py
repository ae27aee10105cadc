"""Roles bound to the people a text names in them, and roles that stand for the person spoken of."""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck.lexicon import load
from claimcheck.speakers.roles import office_of


def _speakers(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in claimcheck.analyze(text, published="2025-01-30").quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the role before the name, then the role alone
        (
            "Президент Франции Эмманюэль Макрон прибыл в Берлин. «Мы готовы к диалогу», — заявил президент.",
            "Эмманюэль Макрон",
        ),
        # the role and its country in the genitive before a name in the genitive
        (
            "Согласно указу президента России Дмитрия Медведева, часы больше не переводят. «Решение "
            "окончательное», — подчеркнул президент России.",
            "Дмитрий Медведев",
        ),
        # a word for a leader that is no office of its own may stand for the one named in an office
        (
            "Президент Турции Реджеп Эрдоган прибыл в Берлин. «Мы договорились», — сказал турецкий лидер.",
            "Реджеп Эрдоган",
        ),
        # two roles joined by a conjunction are both the person's
        (
            "Вечер открыл писатель и журналист Иван Сидоров. «Читайте книги», — сказал писатель.",
            "Иван Сидоров",
        ),
        # a role apposed after the name, in commas
        (
            "Андрей Попов, основатель компании «Ромашка», выступил на форуме. По словам основателя "
            "компании, продажи выросли.",
            "Андрей Попов",
        ),
        # one office under two names: "глава правительства" is "премьер"
        (
            "Глава правительства Израиля Биньямин Нетаньяху провёл заседание. Как отметил премьер, "
            "решение окончательное.",
            "Биньямин Нетаньяху",
        ),
        # a name apposed in commas after the role is the speaker
        ("Бывший министр финансов, Олег Кравцов, заявил, что бюджет сбалансирован.", "Олег Кравцов"),
        # a role that describes the person spoken of just before ("чиновник", "маэстро")
        (
            "Об этом заявил замминистра энергетики Павел Гусев. Чиновник заметил, что поставки "
            "возобновятся.",
            "Павел Гусев",
        ),
        # a role of either gender after another speaker: the person named in between, not the speaker
        (
            "Глава холдинга Игорь Сомов пообещал, что цены не вырастут. Соседи считают, что долг "
            "погашен. Об этом заявил замминистра энергетики Павел Гусев. Чиновник заметил, что "
            "поставки возобновятся.",
            "Павел Гусев",
        ),
        # a role in the lead is the article's main actor, of the role's gender
        (
            "Супруга бизнесмена надеется на встречу.\n«Я жду этого дня», — сказала Анна Белова. Анна Белова "
            "добавила, что адвокат подал прошение.",
            "Анна Белова",
        ),
    ],
)
def test_role_binds_to_the_person_named_in_it(text: str, expected: str) -> None:
    """A role without a name is the person the text names in that role, or the person spoken of."""
    assert _speakers(text)[-1 if "Супруга" not in text else 0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a role qualified by another country is not the premier named
        (
            "Премьер-министр Израиля Биньямин Нетаньяху встретился с коллегами. Премьер Франции заявил, "
            "что переговоры продолжатся.",
            "Премьер Франции",
        ),
        # another office of the same country is another person: its president is not its premier
        (
            "Президент Франции Эмманюэль Макрон встретился с премьером Израиля. «Мы договорились», — "
            "сказал премьер Франции.",
            "премьер Франции",
        ),
        (
            "Канцлер Германии Олаф Шольц открыл саммит. «Саммит важен», — сказал президент Германии.",
            "президент Германии",
        ),
        # a role for people nobody names stays a role
        ("Министр Иван Петров посетил завод. Как сообщил источник, сделка закрыта.", "источник"),
        # someone else's role is not that someone
        ("Иван Петров выступил в суде. Адвокат Петрова заявил, что обжалует решение.", "Адвокат Петрова"),
        # a role the text says it does not name
        (
            "Представитель министерства Олег Лисин выступил утром. Позднее неназванный представитель "
            "министерства заявил, что переговоры сорваны.",
            "Поздний неназванный представитель министерства",
        ),
    ],
)
def test_role_stays_a_role(text: str, expected: str) -> None:
    """A role qualified otherwise, anonymous, someone else's or unnamed is bound to nobody."""
    assert _speakers(text)[-1] == expected


@pytest.mark.parametrize(
    ("words", "title", "modifiers"),
    [
        (("глава", "правительства", "Израиля"), "премьер", {"изра"}),
        (("президент", "РФ"), "президент", {"росс"}),
        (("японского", "премьера"), "премьер", {"япон"}),
        (("бывший", "министр", "финансов"), "министр", {"фина"}),
        (("Супруга", "оружейного", "барона"), "супруг", {"баро"}),
    ],
)
def test_office_of_a_role_phrase(words: tuple[str, ...], title: str, modifiers: set[str]) -> None:
    """A role phrase names an office: synonyms are one, and only words that say which office qualify it."""
    office = office_of(words, load())
    assert office is not None
    assert (office.title, set(office.modifiers)) == (title, modifiers)


def test_place_before_a_name_is_not_part_of_it() -> None:
    """"премьер Израиля Биньямин Нетаньяху": the country is the role's, not the person's first name."""
    text = "Премьер Израиля Биньямин Нетаньяху заявил, что переговоры продолжатся."
    assert _speakers(text) == ["Биньямин Нетаньяху"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # by name, then by the role the text names the owner in
        (
            "Премьер-министр Казахстана Олжас Бектенов провёл переговоры. Как сообщила пресс-служба "
            "казахстанского премьера, стороны договорились. Пресс-служба Бектенова добавила, что проекты "
            "продолжатся.",
            ["пресс-служба казахстанского премьера"] * 2,
        ),
        (
            "Министр финансов Иван Лебедев выступил в Думе. Пресс-служба Лебедева сообщила, что бюджет "
            "принят. Как отметила пресс-служба министра финансов, дефицита нет.",
            ["Пресс-служба Лебедева"] * 2,
        ),
    ],
)
def test_one_name_for_one_organisation(text: str, expected: list[str]) -> None:
    """An organisation of one person gets one name, whether the text names the person or their role."""
    assert _speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the role's oblique case decides an ambiguous name ("Александра" is also a woman's name)
        ("По словам свердловского губернатора Александра Мишарина, дороги отремонтируют.", "Александр Мишарин"),
        # after a role in the nominative a genitive name is the role's owner, not its holder
        ("Дочь Фёдора Емельяненко заявила, что отец здоров.", "Дочь Фёдора Емельяненко"),
        # a governor is a person in office, not an organisation
        ("Губернатор Приморья Сергей Дарькин заявил, что мост достроят.", "Сергей Дарькин"),
    ],
)
def test_name_after_a_role_in_its_case(text: str, expected: str) -> None:
    """A name after a role is read in the role's case when it can agree with it."""
    assert _speakers(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a document's sender after its participle ("полученном редакцией от …") is its author
        ("«Мы не согласны с решением», — говорится в комментарии, полученном редакцией от пресс-службы банка.",
         "пресс-служба банка"),
        # a document with no sender named speaks for itself
        ("«Сделка отменена», — говорится в письме.", "письмо"),
    ],
)
def test_document_sender(text: str, expected: str) -> None:
    """Whom a document came from speaks through it."""
    assert _speakers(text) == [expected]
