"""The seed article end to end, as a golden test, and two mutants of it.

Run ``python tests/test_golden_seed.py --update`` to rewrite the golden file after a deliberate change;
the explicit assertions below state what the seed must report whatever the golden file says.
"""

from __future__ import annotations

import json
import sys
from decimal import Decimal
from pathlib import Path

import pytest

import claimcheck

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_3c8424a574b2a25d.txt"
GOLDEN = ROOT / "seeds" / "000_3c8424a574b2a25d.expected.json"
PUBLISHED = "2025-01-30"


@pytest.fixture(scope="module")
def report() -> claimcheck.Report:
    return claimcheck.analyze(SEED.read_text(encoding="utf-8"), published=PUBLISHED)


def test_matches_golden_file(report: claimcheck.Report) -> None:
    """The whole report equals the golden file, field by field."""
    assert report.to_dict() == json.loads(GOLDEN.read_text(encoding="utf-8"))


EXPECTED_QUOTES = [
    # (start of content, end of content, cue, speaker mention, canonical speaker, speaker kind)
    ("Казахстан — наш стратегический партнёр", "и союзник", None, "Михаил Мишустин", "Михаил Мишустин", "person"),
    ("обсудили вопросы реализации", "двусторонней торговли", "сообщила",
     "пресс-служба казахстанского премьера", "пресс-служба казахстанского премьера", "organization"),
    ("Россия является одним из главных торговых партнеров Казахстана", "Казахстана", "напомнили",
     "пресс-службе", "пресс-служба казахстанского премьера", "organization"),
    ("За 11 месяцев прошлого года", "на предстоящий период", "напомнили",
     "пресс-службе", "пресс-служба казахстанского премьера", "organization"),
    ("Благодаря совместным усилиям", "на качественно новый уровень", "заявил",
     "Олжас Бектенов", "Олжас Бектенов", "person"),
    ("Важная задача — обеспечить", "по всем направлениям", "заявил", "Олжас Бектенов", "Олжас Бектенов", "person"),
    ("Казахстан — наш стратегический партнер", "и союзник", "заверил", "Михаил Мишустин", "Михаил Мишустин", "person"),
    ("Наши отношения основаны", "нашими лидерами", "заверил", "Михаил Мишустин", "Михаил Мишустин", "person"),
    ("укреплять стратегическое партнерство", "по всем направлениям", "договорились", "стороны", "стороны", "group"),
]


def test_quotes(report: claimcheck.Report) -> None:
    """The nine quotes of the seed, in order, with their cues and resolved speakers."""
    assert len(report.quotes) == len(EXPECTED_QUOTES)
    for q, (head, tail, cue, mention, name, kind) in zip(report.quotes, EXPECTED_QUOTES, strict=True):
        assert q.span.text.startswith(head) and q.span.text.endswith(tail), q.span.text
        assert q.span.text[0] not in "«»\"" and q.span.text[-1] not in "«»\""
        assert (q.cue.text if q.cue else None) == cue
        assert q.speaker is not None
        assert (q.speaker.span.text, q.speaker.name, q.speaker.kind) == (mention, name, kind)


def _claim(report: claimcheck.Report, text: str) -> claimcheck.Claim:
    found = [c for c in report.claims if c.quantity.span.text == text]
    assert len(found) == 1, [c.quantity.span.text for c in report.claims]
    return found[0]


def test_trade_total(report: claimcheck.Report) -> None:
    """"$24,2 млрд" is USD 24.2 bn ±0.05 bn of mutual trade in Jan–Nov 2024, inside the press service's quote."""
    c = _claim(report, "$24,2 млрд")
    q = c.quantity
    assert (q.unit, q.value, q.low, q.high, q.kind) == (
        "USD", Decimal("24.2e9"), Decimal("24.15e9"), Decimal("24.25e9"), "amount")
    assert c.subject is not None and c.subject.span.text == "взаимная торговля"
    assert c.period is not None and (c.period.first.isoformat(), c.period.last.isoformat()) == (
        "2024-01-01", "2024-11-30")
    assert c.quote == 3 and c.source == "пресс-служба казахстанского премьера"


def test_target(report: claimcheck.Report) -> None:
    """"$30 млрд" is a target for trade turnover with no period."""
    c = _claim(report, "$30 млрд")
    assert (c.quantity.unit, c.quantity.value, c.quantity.kind) == ("USD", Decimal(30_000_000_000), "target")
    assert c.subject is not None and c.subject.lemma == "товарооборот"
    assert c.period is None


def test_agricultural_trade(report: claimcheck.Report) -> None:
    """The list after "добавила цифры:" is the press service's: growth of 5% to more than $3.2 bn in Jan–Oct 2024."""
    growth, level = _claim(report, "на 5%"), _claim(report, "более $3,2 млрд")
    assert (growth.quantity.unit, growth.quantity.value, growth.quantity.kind) == ("percent", Decimal(5), "change")
    assert (level.quantity.approx, level.quantity.low, level.quantity.high) == (">", Decimal(3_200_000_000), Decimal(3_300_000_000))
    for c in (growth, level):
        assert c.subject is not None
        assert c.subject.span.text == "товарооборот сельскохозяйственной продукции между РК и РФ"
        assert c.period is not None
        assert (c.period.first.isoformat(), c.period.last.isoformat()) == ("2024-01-01", "2024-10-31")
        # one source, one name: the press service of the Kazakh premier, who is Бектенов
        assert c.source == "пресс-служба казахстанского премьера" and c.quote is None


def test_each_source_under_one_name(report: claimcheck.Report) -> None:
    """Every source of the seed has one name: its quotes and claims never name it twice."""
    names = {q.speaker.name for q in report.quotes if q.speaker} | {c.source for c in report.claims if c.source}
    assert names == {"Михаил Мишустин", "Олжас Бектенов", "пресс-служба казахстанского премьера", "стороны"}


def test_projects(report: claimcheck.Report) -> None:
    """99 projects worth $18.6 bn, as of the publication date ("на сегодня")."""
    count, worth = _claim(report, "99 казахско-российских проектов"), _claim(report, "$18,6 млрд")
    assert (count.quantity.unit, count.quantity.value) == ("count", Decimal(99))
    assert (worth.quantity.unit, worth.quantity.value, worth.quantity.kind) == ("USD", Decimal(18_600_000_000), "amount")
    assert count.subject is not None and worth.subject == count.subject
    assert count.period is not None and count.period.first.isoformat() == count.period.last.isoformat() == PUBLISHED


def test_periods_are_not_amounts(report: claimcheck.Report) -> None:
    """"2021–2025", "11 месяцев" and "10 месяцев" belong to periods, not to claims of their own."""
    texts = [c.quantity.span.text for c in report.claims]
    assert not [t for t in texts if "2021" in t or "месяц" in t]


def test_findings(report: claimcheck.Report) -> None:
    """No contradiction; a run-rate note with its arithmetic, an implied-base note and part-within-whole."""
    assert all(f.severity != "contradiction" for f in report.findings)
    by_check = {f.check: f for f in report.findings}
    rate = by_check["run_rate"]
    assert rate.severity == "note"
    assert (rate.detail("monthly"), rate.detail("projected"), rate.detail("gap"), rate.detail("gap_percent")) == (
        "2200000000", "26400000000", "3600000000", "12")
    assert "≈ $2.2 bn a month" in rate.message and "≈ $26.4 bn" in rate.message and "$3.6 bn" in rate.message
    base = by_check["change.implied_base"]
    stated = base.detail("base_at_stated")
    assert stated is not None and stated.startswith("3047619047")
    assert "≈ $3.05 bn" in base.message
    assert by_check["part_whole"].severity == "note"


def _mutant(old: str, new: str) -> claimcheck.Report:
    text = SEED.read_text(encoding="utf-8")
    assert old in text
    return claimcheck.analyze(text.replace(old, new), published=PUBLISHED)


def test_mutant_part_larger_than_whole() -> None:
    """"$3,2 млрд" -> "$32 млрд": the agricultural part exceeds all trade, a contradiction naming both claims."""
    report = _mutant("$3,2 млрд", "$32 млрд")
    bad = [f for f in report.findings if f.severity == "contradiction"]
    assert len(bad) == 1 and bad[0].check == "part_whole"
    named = {report.claims[i].quantity.span.text for i in bad[0].claims}
    assert named == {"$24,2 млрд", "более $32 млрд"}
    assert "exceeds the whole" in bad[0].message and "$24.15–24.25 bn" in bad[0].message


def test_mutant_target_below_reached() -> None:
    """"$30 млрд" -> "$20 млрд": a warning that the target is below the level already reached."""
    report = _mutant("$30 млрд", "$20 млрд")
    assert not [f for f in report.findings if f.severity == "contradiction"]
    warn = [f for f in report.findings if f.severity == "warning"]
    assert [f.check for f in warn] == ["run_rate.target_below_reached"]
    assert {report.claims[i].quantity.span.text for i in warn[0].claims} == {"$24,2 млрд", "$20 млрд"}


if __name__ == "__main__" and "--update" in sys.argv:
    fresh = claimcheck.analyze(SEED.read_text(encoding="utf-8"), published=PUBLISHED)
    GOLDEN.write_text(fresh.to_json(indent=1) + "\n", encoding="utf-8")
    print(f"wrote {GOLDEN}")
