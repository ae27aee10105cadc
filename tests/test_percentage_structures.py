"""Percentages of one enumeration told over more than one sentence."""

from __future__ import annotations

import pytest

import claimcheck

# (text, [(kind, [figure as written, ...]), ...]) for the enumerations of percentages the text holds.
CASES: list[tuple[str, list[tuple[str, list[str]]]]] = [
    # Vote shares of one paragraph, however many sentences apart.
    ("Партия «Рассвет» победила на выборах, набрав 41 процент голосов. Её лидер станет премьером. Он уже "
     "руководил правительством. Партия «Прогресс» получила поддержку 35 процентов избирателей.",
     [("percentages", ["41 процент", "35 процентов"])]),
    # … but not three sentences apart across paragraphs.
    ("Партия «Рассвет» победила, набрав 41 процент голосов. Её лидер станет премьером. Он уже руководил "
     "правительством.\nНа тех же выборах «Прогресс» получил поддержку 35 процентов избирателей.", []),
    # A sentence that tells another vote starts new results, however close.
    ("Партия «Рассвет» набрала 45% голосов. На прошлых выборах она получила 60% голосов.", []),
    ("Партия «Рассвет» набрала 45% голосов. Её лидер доволен. Он выступил с речью. На предыдущих выборах "
     "партия получила 60% голосов.", []),
    # The rest of a whole split in the sentence before.
    ("Заводом владеет банк (65 %), его купивший в 2010 году. Остальными 35 % акций владеют работники.",
     [("percent_partition", ["65 %", "35 %"])]),
    # A verbless sentence after a result goes on from it.
    ("После подсчёта голосов Орлов лидирует с результатом 58 процентов. У его соперника — Ивана Котова — "
     "42 процента.",
     [("percentages", ["58 процентов", "42 процента"])]),
    # A sentence with a verb of its own after a result is a statement of its own.
    ("Орлов лидирует с результатом 58 процентов. Рейтинг Котова вырос до 42 процентов.", []),
    # A verbless sentence after a percentage that is no result: no enumeration.
    ("Инфляция в мае составила 6 процентов. В Казани — 9 процентов.", []),
]


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("«Партия роста» набрала в области всего 136% голосов избирателей.", True),
        ("«Партия роста» набрала в области всего 136%.", True),
        ("«Партия роста» набрала в области всего 36%.", False),
        # The verb of a vote may stand several words before, in the same clause.
        ("На выборах «Партия роста» набрала в Тверской области всего 136%.", True),
        # … but not in another clause.
        ("Партия набрала голоса, а рост цен в Тверской области составил всего 136%.", False),
        # A change is no share, whatever verb stands before it.
        ("Доходы компании выросли на 136%.", False),
    ],
)
def test_lone_vote_share_over_100(text: str, flagged: bool) -> None:
    """A vote share of no enumeration is held to 100 % as a share of the votes."""
    checks = [f.check for f in claimcheck.analyze(text).findings if f.severity == "contradiction"]
    assert checks == (["sanity.share_over_100"] if flagged else [])


def _enumerations(text: str) -> list[tuple[str, list[str]]]:
    report = claimcheck.analyze(text)
    groups: dict[int, tuple[str, list[str]]] = {}
    for c in report.claims:
        for a in c.anchors:
            if a.kind in ("percentages", "percent_partition"):
                groups.setdefault(a.group, (a.kind, []))[1].append(c.quantity.span.text)
    return [groups[g] for g in sorted(groups)]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_enumerations(text: str, expected: list[tuple[str, list[str]]]) -> None:
    """Percentages that share out one whole over several sentences are one enumeration, and no others."""
    assert _enumerations(text) == expected


@pytest.mark.parametrize(
    ("text", "check"),
    [
        ("Заводом владеет банк (65 %), его купивший в 2010 году. Остальными 45 % акций владеют работники.",
         "percentages.partition"),
        ("После подсчёта голосов Орлов лидирует с результатом 58 процентов. У его соперника — Ивана Котова — "
         "72 процента.", "percentages.sum"),
    ],
)
def test_broken_enumerations(text: str, check: str) -> None:
    """A rest that does not complete the whole, and results above 100 % together, are contradictions."""
    found = [f for f in claimcheck.analyze(text).findings if f.severity == "contradiction"]
    assert [f.check for f in found] == [check]
