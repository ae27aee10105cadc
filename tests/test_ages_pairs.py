"""Two ages of one person at two dates, with no birth told: the earlier dates the birth, the later must fit it."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

import claimcheck
from claimcheck.structures.ages import born_between

# (text, whether an "ages" contradiction is expected)
CASES = [
    # an adjective at the article's day against an age of the same name in a year
    ("12 мая 2014 года в горы отправился 80-летний альпинист Иван Краснов.\n\n"
     "В 2004 году Иван Краснов, который тогда поднялся на Эльбрус в возрасте 50 лет, стал рекордсменом.", True),
    ("12 мая 2014 года в горы отправился 80-летний альпинист Иван Краснов.\n\n"
     "В 2004 году Иван Краснов, который тогда поднялся на Эльбрус в возрасте 70 лет, стал рекордсменом.", False),
    # a relative pronoun right before the age: "Краснов, которому было 60 лет"
    ("12 мая 2014 года в горы отправился 80-летний альпинист Иван Краснов.\n\n"
     "В 2004 году рекорд поставил Краснов, которому тогда было 60 лет.", True),
    # two people sharing a surname are not paired ("Джохар" and "Тамерлан" are brothers)
    ("19 апреля 2013 года задержан 19-летний Пётр Гусев.\n\nЕго брат, 26-летний Павел Гусев, погиб.", False),
    # a first name alone names nobody
    ("12 мая 2014 года в горы отправился 80-летний Иван.\n\n"
     "В 2004 году Иван, который тогда поднялся на Эльбрус в возрасте 50 лет, стал рекордсменом.", False),
    # lists paired by "соответственно": the years are not each age's
    ("23 мая 2013 года восьмидесятилетний Юрий Ветров поднялся на гору.\n\n"
     "Ранее Юрий Ветров, который поднимался на неё в 50 и 75 лет соответственно в 2003 и 2008 годах, "
     "тоже был рекордсменом.", False),
    # "в 14-летнем возрасте" is an age at a time the words do not date
    ("10 января 2013 года умер 26-летний программист Адам Штерн.\n\n"
     "В 14-летнем возрасте Адам Штерн, который уже тогда писал код, получил премию.", False),
    # an adjective in a sentence dated before the article may give the age at the article's day
    ("7 апреля 2013 года сбежал 32-летний житель Сочи Олег Тонов.\n\n"
     "32-летний житель Сочи Олег Тонов был арестован 17 октября 2011 года.", False),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_two_ages_of_one_person(text: str, expected: bool) -> None:
    """A later age of a person that the birth their earlier age dates cannot give is a contradiction."""
    checks = [f.check for f in claimcheck.analyze(text).findings]
    assert ("ages" in checks) is expected


def test_finding_names_both_ages() -> None:
    """The finding names the later age and the earlier one the birth is reckoned from."""
    text = ("12 мая 2014 года в горы отправился 80-летний альпинист Иван Краснов.\n\n"
            "В 2004 году Иван Краснов, который тогда поднялся на Эльбрус в возрасте 50 лет, стал рекордсменом.")
    report = claimcheck.analyze(text)
    (f,) = report.findings
    assert sorted(report.claims[i].quantity.span.text for i in f.claims) == ["50 лет", "80-летний"]


@pytest.mark.parametrize(
    ("age", "days", "expected"),
    [
        (76, (dt.date(2008, 1, 1), dt.date(2008, 12, 31)), (dt.date(1931, 1, 2), dt.date(1932, 12, 31))),
        (0, (dt.date(2020, 5, 5), dt.date(2020, 5, 5)), (dt.date(2019, 5, 6), dt.date(2020, 5, 5))),
        (3, (dt.date(2024, 2, 29), dt.date(2024, 2, 29)), (dt.date(2020, 3, 1), dt.date(2021, 2, 28))),
    ],
)
def testborn_between(age: int, days: tuple[dt.date, dt.date], expected: tuple[dt.date, dt.date]) -> None:
    """Someone N full years old on a day was born from N + 1 years less a day to N years before it."""
    assert born_between(Decimal(age), days) == expected
