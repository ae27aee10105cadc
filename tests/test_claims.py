"""Claims: each quantity with its subject, period (resolved against the publication date) and source."""

from __future__ import annotations

import pytest

import claimcheck

# (text, published, [(quantity, kind, subject, (first, last) | None, source)])
CASES = [
    ("По данным Росстата, в 2023 году экспорт зерна составил 60 млн тонн.", "2024-03-01",
     [("60 млн тонн", "amount", "экспорт зерна", ("2023-01-01", "2023-12-31"), "Росстат")]),
    ("Выручка компании в III квартале 2024 года выросла на 12% и составила 5,4 млрд рублей, сообщила пресс-служба.",
     "2024-11-10",
     [("на 12%", "change", "Выручка компании", ("2024-07-01", "2024-09-30"), "пресс-служба"),
      ("5,4 млрд рублей", "amount", "Выручка компании", ("2024-07-01", "2024-09-30"), "пресс-служба")]),
    ("За 11 месяцев прошлого года взаимная торговля достигла $24,2 млрд.", "2025-01-30",
     [("$24,2 млрд", "amount", "взаимная торговля", ("2024-01-01", "2024-11-30"), None)]),
    ("В прошлом году доля DST в Facebook достигла 10%.", "2011-01-10",
     [("10%", "amount", "доля DST", ("2010-01-01", "2010-12-31"), None)]),
    ("Таким образом, 5% акций Facebook обошлись в 200 млн долларов.", None,
     [("5%", "share", "акций Facebook", None, None), ("200 млн долларов", "amount", None, None, None)]),
    ("На сегодня реализовано 99 проектов на $18,6 млрд.", "2025-01-30",
     [("99 проектов", "amount", "проектов", ("2025-01-30", "2025-01-30"), None),
      ("$18,6 млрд", "amount", "проектов", ("2025-01-30", "2025-01-30"), None)]),
    ("В январе–ноябре 2024 года товарооборот составил $24,2 млрд.", None,
     [("$24,2 млрд", "amount", "товарооборот", ("2024-01-01", "2024-11-30"), None)]),
    ("С начала года инфляция составила 3,5%.", "2024-06-15",
     [("3,5%", "amount", "инфляция", ("2024-01-01", "2024-06-15"), None)]),
    # Without a publication date a relative period stays unresolved; it is never taken from the clock.
    ("С начала года инфляция составила 3,5%.", None, [("3,5%", "amount", "инфляция", None, None)]),
    ("Правительство планирует довести долю возобновляемой энергетики до 20% к 2030 году.", None,
     [("20%", "target", "долю возобновляемой энергетики", ("2030-01-01", "2030-12-31"), None)]),
    # A duration that belongs to a period phrase is not a claim of its own.
    ("По итогам 10 месяцев 2024 года экспорт вырос на 5%.", None,
     [("на 5%", "change", "экспорт", ("2024-01-01", "2024-10-31"), None)]),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_claims(text: str, published: str | None, expected: list[tuple[object, ...]]) -> None:
    """Each quantity comes with the subject it measures, its period and who states it."""
    report = claimcheck.analyze(text, published=published)
    got = [
        (
            c.quantity.span.text,
            c.quantity.kind,
            c.subject.span.text if c.subject else None,
            (c.period.first.isoformat(), c.period.last.isoformat()) if c.period else None,
            c.source,
        )
        for c in report.claims
    ]
    assert got == expected


def test_subject_lemma_key_ignores_case() -> None:
    """"товарооборота" and "товарооборот" get the same lemma key."""
    a = claimcheck.analyze("По итогам года товарооборот составил $5 млрд.").claims[0]
    b = claimcheck.analyze("Стороны договорились о доведении товарооборота до $10 млрд.").claims[0]
    assert a.subject is not None and b.subject is not None
    assert a.subject.lemma == b.subject.lemma == "товарооборот"


def test_claim_in_a_quote_points_at_it() -> None:
    """A figure inside a quotation has that quote's index and its speaker as source."""
    report = claimcheck.analyze("«Экспорт вырос на 7%», — заявил министр Иван Петров.")
    claim = report.claims[0]
    assert claim.quote == 0
    assert claim.source == "Иван Петров"


def test_claim_in_a_nested_report_takes_the_inner_speaker() -> None:
    """A figure in a report made inside a quotation belongs to the inner report; one after it to none."""
    report = claimcheck.analyze(
        "«Врачи сообщили, что опухоль уменьшилась на 75 процентов, а лечение идёт по плану», — заявил "
        "пресс-секретарь Альфредо Скоссимарро. В городе 5 больниц."
    )
    assert [(q.kind, q.speaker.name if q.speaker else None) for q in report.quotes] == [
        ("direct", "Альфредо Скоссимарро"), ("indirect", "Врачи")
    ]
    inner, outside = report.claims
    assert (inner.quote, inner.source) == (1, "Врачи")
    assert (outside.quote, outside.source) == (None, None)


# (text, (part, its whole) or None) for a part told with "из них" / "из которых" after a whole of its sentence.
WHOLES = [
    ("На конкурс поступило 40 заявок, 12 из них отклонены.", ("12", "40 заявок")),
    # The words between are the part's own clause, with its verb: the pronoun still stands for the whole.
    ("Из 30 проверенных аптек нарушения выявлены проверкой Роспотребнадзора лишь в 8 из них.",
     ("8", "30 проверенных аптек")),
    ("Он 12 раз выходил на старт, в пяти из которых финишировал первым.", ("пяти", "12 раз")),
    # A noun with no verb is said of the whole, and the pronoun of something before it.
    ("Прибыли делегаты из 15 регионов страны, 40 из них впервые.", None),
    # A noun that can only be plural may be what the plural pronoun stands for.
    ("Завод отгрузил 20 вагонов покупателям, 12 из них расплатились сразу.", None),
]


@pytest.mark.parametrize(("text", "expected"), WHOLES, ids=[w[0][:40] for w in WHOLES])
def test_part_told_with_a_pronoun_of_its_whole(text: str, expected: tuple[str, str] | None) -> None:
    """"N из них" after a whole is a part of it when the pronoun can stand for nothing else between."""
    claims = claimcheck.analyze(text).claims
    linked = [(c.quantity.span.text, claims[c.whole].quantity.span.text) for c in claims if c.whole is not None]
    assert linked == ([] if expected is None else [expected])
