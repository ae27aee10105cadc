"""Ages an article does not date in their own sentence, against the birth it dates: an age adjective at the
article's day, an age told of a pronoun at the day of the sentence before, "вчера" before the article's day."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck
from claimcheck.checks.ages import full_years

_MONTHS = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
           "ноября", "декабря")

# (text, whether an "ages" contradiction is expected)
CASES = [
    # an age adjective with no date of its own, at the article's day, of the name after it
    ("10 февраля 2021 года в Казани вручили премии.\n\n52-летнего Сидорова наградили орденом.\n\n"
     "Пётр Сидоров родился 2 июля 1948 года в Самаре.", True),
    ("10 февраля 2021 года в Казани вручили премии.\n\n72-летнего Сидорова наградили орденом.\n\n"
     "Пётр Сидоров родился 2 июля 1948 года в Самаре.", False),
    # a year of lag either way: the article may describe the person as of a while before its day
    ("10 февраля 2021 года в Казани вручили премии.\n\n73-летнего Сидорова наградили орденом.\n\n"
     "Пётр Сидоров родился 2 июля 1948 года в Самаре.", False),
    # the adjective tells of someone else than the person born
    ("10 февраля 2021 года в Казани вручили премии.\n\nОрден получил и 30-летний водитель Орлов.\n\n"
     "Пётр Сидоров родился 2 июля 1948 года в Самаре.", False),
    # an age told of a pronoun, at the day the sentence before dates
    ("5 мая 2019 года умер писатель Андрей Котов. На момент смерти ему было 60 лет.\n\n"
     "Андрей Котов родился 1 января 1939 года в Твери.", True),
    ("5 мая 2019 года умер писатель Андрей Котов. На момент смерти ему было 80 лет.\n\n"
     "Андрей Котов родился 1 января 1939 года в Твери.", False),
    # the sentence before tells the birth: its day is no day of the age
    ("3 марта 2019 года в Твери открыли музей.\n\nАндрей Котов родился 1 января 1939 года в Твери. "
     "Когда ему было 20 лет, он уехал в Москву.", False),
    # "вчера" dates the age to the day before the article's day
    ("14 октября 2022 года министр Олег Лисин ушёл в отставку. Вчера ему исполнилось 30 лет.\n\n"
     "Олег Лисин родился 13 октября 1982 года в Омске.", True),
    ("14 октября 2022 года министр Олег Лисин ушёл в отставку. Вчера ему исполнилось 40 лет.\n\n"
     "Олег Лисин родился 13 октября 1982 года в Омске.", False),
    # an age still to come on a dated day, of the person the sentence names, born later in the text
    ("1 июня 2023 года Марии Зуевой исполнится 100 лет.\n\nМария Зуева родилась 1 июня 1933 года.", True),
    ("1 июня 2023 года Марии Зуевой исполнится 90 лет.\n\nМария Зуева родилась 1 июня 1933 года.", False),
    # the name before a word of birth is read outside brackets, and in any of its forms
    ("20 мая 2015 года у 35-летнего Громова украли машину.\n\n"
     "Илья Юрьевич Громов (настоящая фамилия Белкин) родился 4 апреля 1960 года.", True),
    ("20 мая 2015 года у 55-летнего Громова украли машину.\n\n"
     "Илья Юрьевич Громов (настоящая фамилия Белкин) родился 4 апреля 1960 года.", False),
    # a year of life is one less full years ("на 80-м году жизни": 79)
    ("3 августа 2014 года на 80-м году жизни умерла Анна Серова.\n\nАнна Серова родилась 13 сентября 1934 "
     "года.", False),
    ("3 августа 2014 года на 60-м году жизни умерла Анна Серова.\n\nАнна Серова родилась 13 сентября 1934 "
     "года.", True),
    ("3 августа 2014 года на 81-м году жизни умерла Анна Серова.\n\nАнна Серова родилась 13 сентября 1934 "
     "года.", True),
    # a later birth of someone named in the sentence but not next to the age is not the age's
    ("Семенов сменит Виктора Жукова, который умер 20 февраля 2017 года на 65-м году жизни.\n\n"
     "Олег Семенов родился 26 февраля 1962 года.", False),
    # no day in the article's opening: an undated age has nothing to be read against
    ("В Казани вручили премии.\n\n52-летнего Сидорова наградили орденом.\n\n"
     "Пётр Сидоров родился 2 июля 1948 года в Самаре.", False),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_undated_age_against_birth(text: str, expected: bool) -> None:
    """An undated age that the years since the dated birth cannot give is a contradiction; one they can
    give, or one of someone else, is none."""
    checks = [f.check for f in claimcheck.analyze(text).findings]
    assert ("ages" in checks) is expected


PUBLISHED_CASES = [
    # no day in the article's opening: an age adjective is at the publication date, up to a year before
    ("В Казани вручили премии.\n\n52-летнего Сидорова наградили орденом.\n\n"
     "Пётр Сидоров родился 2 июля 1948 года в Самаре.", "2021-02-10", True),
    ("В Казани вручили премии.\n\n72-летнего Сидорова наградили орденом.\n\n"
     "Пётр Сидоров родился 2 июля 1948 года в Самаре.", "2021-02-10", False),
    ("В Казани вручили премии.\n\n71-летнего Сидорова наградили орденом.\n\n"
     "Пётр Сидоров родился 2 июля 1948 года в Самаре.", "2021-02-10", False),
    # a date the text writes is kept, however late the publication
    ("5 мая 2019 года умер писатель Андрей Котов. На момент смерти ему было 60 лет.\n\n"
     "Андрей Котов родился 1 января 1939 года в Твери.", "2025-01-30", True),
    # an anniversary article opening on a day long past: the age may be told as of the publication date
    ("12 апреля 1961 года Юрий Гагарин полетел в космос.\n\nНа празднике выступила 88-летняя Терешкова.\n\n"
     "Валентина Терешкова родилась 6 марта 1937 года.", "2025-04-12", False),
]


@pytest.mark.parametrize(("text", "published", "expected"), PUBLISHED_CASES)
def test_undated_age_against_publication(text: str, published: str, expected: bool) -> None:
    """With a publication date, an age adjective the article does not date is read as of it."""
    checks = [f.check for f in claimcheck.analyze(text, published=published).findings]
    assert ("ages" in checks) is expected


def test_undated_age_shows_its_days() -> None:
    """The finding on an undated age names the days it is read at."""
    text = ("5 мая 2019 года умер писатель Андрей Котов. На момент смерти ему было 60 лет.\n\n"
            "Андрей Котов родился 1 января 1939 года в Твери.")
    (f,) = claimcheck.analyze(text).findings
    assert dict(f.details)["on_first"] == "2019-05-05"
    assert dict(f.details)["age_low"] == "80"


@settings(max_examples=30, deadline=None)
@given(
    born=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(1990, 12, 28)),
    days=st.integers(min_value=366 * 5, max_value=366 * 30),
)
def test_true_adjective_age_is_never_flagged(born: dt.date, days: int) -> None:
    """An age adjective equal to the full years between the dated birth and the article's day is no
    contradiction."""
    day = born + dt.timedelta(days=days)
    age = full_years(born, day)
    text = (f"{day.day} {_MONTHS[day.month - 1]} {day.year} года в Казани вручили премии.\n\n"
            f"{age}-летнего Сидорова наградили орденом.\n\n"
            f"Пётр Сидоров родился {born.day} {_MONTHS[born.month - 1]} {born.year} года в Самаре.")
    assert "ages" not in [f.check for f in claimcheck.analyze(text).findings]
