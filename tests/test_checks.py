"""Each check family on hand-built claim sets: consistent sets give no contradiction, broken ones do."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.checks import CheckContext, find_relations, run_checks
from claimcheck.checks.common import written_step
from claimcheck.interval import Interval
from claimcheck.model import Anchor, Claim, Finding, Period, Quantity, Span, Subject

BN = Decimal(10) ** 9
MN = Decimal(10) ** 6
JAN_OCT = (dt.date(2024, 1, 1), dt.date(2024, 10, 31))
JAN_NOV = (dt.date(2024, 1, 1), dt.date(2024, 11, 30))
Y2023 = (dt.date(2023, 1, 1), dt.date(2023, 12, 31))
Y2024 = (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
TODAY = (dt.date(2025, 1, 30), dt.date(2025, 1, 30))


def claim(
    text: str,
    value: str,
    unit: str = "USD",
    *,
    at: int,
    scale: Decimal = Decimal(1),
    step: str = "1",
    approx: str = "=",
    kind: str = "amount",
    direction: str | None = None,
    subject: str | None = None,
    subject_at: int | None = None,
    period: tuple[dt.date, dt.date] | None = None,
    anchor: tuple[int, str, str] | tuple[int, str, str, int] | None = None,
) -> Claim:
    """A claim written at offset ``at``; the subject is written at ``subject_at`` (default: just before);
    ``anchor`` is (group, kind, role[, items listed by name]) of the structure the text puts it in."""
    v = Decimal(value) * scale
    iv = Interval.hedged(v, Decimal(step) * scale, approx)
    q = Quantity(Span(at, at + len(text), text), v, iv.low, iv.high, unit, approx, kind, direction)
    subj = None
    if subject is not None:
        s_at = at - len(subject) - 1 if subject_at is None else subject_at
        subj = Subject(Span(s_at, s_at + len(subject), subject), subject)
    per = None if period is None else Period(Span(0, 1, "x"), *period)
    anchors = () if anchor is None else (Anchor(*anchor),)
    return Claim(q, subj, per, anchors=anchors)


AGRI = "товарооборот сельскохозяйственный продукция"
TRADE = "взаимный торговля"


def contradictions(claims: list[Claim], **context: object) -> list[Finding]:
    found = run_checks(claims, CheckContext(**context))  # type: ignore[arg-type]
    return [f for f in found if f.severity == "contradiction"]


ROWS: list[tuple[str, list[Claim], str | None]] = [
    # part vs whole
    ("part_within_whole", [
        claim("$24,2 млрд", "24.2", at=100, scale=BN, step="0.1", subject=TRADE, period=JAN_NOV),
        claim("более $3,2 млрд", "3.2", at=400, scale=BN, step="0.1", approx=">", subject=AGRI, period=JAN_OCT),
    ], None),
    ("part_above_whole", [
        claim("$24,2 млрд", "24.2", at=100, scale=BN, step="0.1", subject=TRADE, period=JAN_NOV),
        claim("более $32 млрд", "32", at=400, scale=BN, approx=">", subject=AGRI, period=JAN_OCT),
    ], "part_whole"),
    ("export_above_turnover", [
        claim("$24,2 млрд", "24.2", at=100, scale=BN, step="0.1", subject="товарооборот", period=Y2024),
        claim("$25 млрд", "25", at=300, scale=BN, subject="экспорт", period=Y2024),
    ], "part_whole"),
    ("part_period_not_covered", [
        claim("$24,2 млрд", "24.2", at=100, scale=BN, step="0.1", subject=TRADE, period=JAN_OCT),
        claim("$32 млрд", "32", at=400, scale=BN, subject=AGRI, period=JAN_NOV),
    ], None),
    ("part_other_currency", [
        claim("$24,2 млрд", "24.2", at=100, scale=BN, step="0.1", subject=TRADE, period=JAN_NOV),
        claim("32 млрд рублей", "32", "RUB", at=400, scale=BN, subject=AGRI, period=JAN_OCT),
    ], None),
    ("part_km_above_whole_m", [
        claim("2000 метров", "2000", "m", at=100, subject="дорога", period=Y2024),
        claim("3 км", "3", "km", at=300, subject="дорога асфальтовый", period=Y2024),
    ], "part_whole"),
    ("unrelated_subjects", [
        claim("$24,2 млрд", "24.2", at=100, scale=BN, step="0.1", subject="доход", period=Y2024),
        claim("$32 млрд", "32", at=300, scale=BN, subject="расход бюджет", period=Y2024),
    ], None),
    ("noise_subjects_relate_to_nothing", [
        claim("$24,2 млрд", "24.2", at=100, scale=BN, step="0.1", subject="по", period=Y2024),
        claim("$32 млрд", "32", at=300, scale=BN, subject="по", period=Y2024),
    ], None),
    # sum of parts
    ("export_plus_import_is_turnover", [
        claim("$10 млрд", "10", at=100, scale=BN, subject="экспорт", period=Y2024),
        claim("$14,2 млрд", "14.2", at=200, scale=BN, step="0.1", subject="импорт", period=Y2024),
        claim("$24,2 млрд", "24.2", at=300, scale=BN, step="0.1", subject="товарооборот", period=Y2024),
    ], None),
    ("export_plus_import_below_turnover", [
        claim("$10 млрд", "10", at=100, scale=BN, subject="экспорт", period=Y2024),
        claim("$4,2 млрд", "4.2", at=200, scale=BN, step="0.1", subject="импорт", period=Y2024),
        claim("$24,2 млрд", "24.2", at=300, scale=BN, step="0.1", subject="товарооборот", period=Y2024),
    ], "sum_parts"),
    ("shares_within_100", [
        claim("52%", "52", "percent", at=100, kind="share", subject="голос", period=TODAY),
        claim("30%", "30", "percent", at=130, kind="share", subject="голос", period=TODAY),
        claim("18%", "18", "percent", at=160, kind="share", subject="голос", period=TODAY),
    ], None),
    ("shares_over_100", [
        claim("52%", "52", "percent", at=100, kind="share", subject="голос", period=TODAY),
        claim("30%", "30", "percent", at=130, kind="share", subject="голос", period=TODAY),
        claim("25%", "25", "percent", at=160, kind="share", subject="голос", period=TODAY),
    ], "sum_parts.shares"),
    ("shares_far_apart_are_not_a_list", [
        claim("52%", "52", "percent", at=100, kind="share", subject="голос", period=TODAY),
        claim("60%", "60", "percent", at=900, kind="share", subject="голос", period=TODAY),
    ], None),
    # a total and the parts the text lists for it
    ("breakdown_adds_up", [
        claim("восемь детей", "8", "count", at=100, anchor=(0, "partition", "total")),
        claim("пятеро сыновей", "5", "count", at=115, anchor=(0, "partition", "part")),
        claim("три дочери", "3", "count", at=132, anchor=(0, "partition", "part")),
    ], None),
    ("breakdown_does_not_add_up", [
        claim("восемь детей", "8", "count", at=100, anchor=(0, "partition", "total")),
        claim("пятеро сыновей", "5", "count", at=115, anchor=(0, "partition", "part")),
        claim("шесть дочерей", "6", "count", at=132, anchor=(0, "partition", "part")),
    ], "breakdown.partition"),
    ("breakdown_of_money", [
        claim("12 млрд рублей", "12", "RUB", at=100, scale=BN, anchor=(0, "partition", "total")),
        claim("7,5 млрд", "7.5", "RUB", at=130, scale=BN, step="0.1", anchor=(0, "partition", "part")),
        claim("3 млрд", "3", "RUB", at=150, scale=BN, anchor=(0, "partition", "part")),
    ], "breakdown.partition"),
    ("open_list_below_total", [
        claim("20 человек", "20", "count", at=100, anchor=(0, "parts", "total")),
        claim("пятеро студентов", "5", "count", at=115, anchor=(0, "parts", "part")),
        claim("семеро журналистов", "7", "count", at=160, anchor=(0, "parts", "part")),
    ], None),
    ("open_list_above_total", [
        claim("10 человек", "10", "count", at=100, anchor=(0, "parts", "total")),
        claim("пятеро студентов", "5", "count", at=115, anchor=(0, "parts", "part")),
        claim("семеро журналистов", "7", "count", at=160, anchor=(0, "parts", "part")),
    ], "breakdown.parts"),
    ("named_list_as_long_as_its_count", [
        claim("трое сыновей", "3", "count", at=100, anchor=(0, "partition", "total", 3)),
    ], None),
    ("named_list_longer_than_its_count", [
        claim("двое сыновей", "2", "count", at=100, anchor=(0, "partition", "total", 3)),
    ], "breakdown.partition"),
    ("figures_and_names_make_the_count", [
        claim("12 человек", "12", "count", at=100, anchor=(0, "partition", "total", 1)),
        claim("11 пассажиров", "11", "count", at=115, anchor=(0, "partition", "part")),
    ], None),
    # percentages of one enumeration
    ("enumerated_shares_within_100", [
        claim("41%", "41", "percent", at=100, anchor=(0, "percentages", "part")),
        claim("33%", "33", "percent", at=130, anchor=(0, "percentages", "part")),
        claim("19%", "19", "percent", at=160, anchor=(0, "percentages", "part")),
    ], None),
    ("enumerated_shares_over_100", [
        claim("41%", "41", "percent", at=100, anchor=(0, "percentages", "part")),
        claim("43%", "43", "percent", at=130, anchor=(0, "percentages", "part")),
        claim("19%", "19", "percent", at=160, anchor=(0, "percentages", "part")),
    ], "percentages.sum"),
    ("rest_makes_100", [
        claim("60%", "60", "percent", at=100, anchor=(0, "percent_partition", "part")),
        claim("40%", "40", "percent", at=130, anchor=(0, "percent_partition", "part")),
    ], None),
    ("rest_short_of_100", [
        claim("60%", "60", "percent", at=100, anchor=(0, "percent_partition", "part")),
        claim("30%", "30", "percent", at=130, anchor=(0, "percent_partition", "part")),
    ], "percentages.partition"),
    # a change stated with both its levels
    ("rise_goes_up", [
        claim("4,2 млрд", "4.2", "RUB", at=100, scale=BN, step="0.1", anchor=(0, "rise", "from")),
        claim("до 5,1 млрд рублей", "5.1", "RUB", at=112, scale=BN, step="0.1", approx="<=", anchor=(0, "rise", "to")),
    ], None),
    ("rise_goes_down", [
        claim("4,2 млрд", "4.2", "RUB", at=100, scale=BN, step="0.1", anchor=(0, "rise", "from")),
        claim("до 3,1 млрд рублей", "3.1", "RUB", at=112, scale=BN, step="0.1", approx="<=", anchor=(0, "rise", "to")),
    ], "levels.rise"),
    ("fall_goes_up", [
        claim("80 филиалов", "80", "count", at=100, anchor=(0, "fall", "from")),
        claim("до 95 филиалов", "95", "count", at=110, approx="<=", anchor=(0, "fall", "to")),
    ], "levels.fall"),
    ("fall_by_the_stated_change", [
        claim("на 25%", "25", "percent", at=90, kind="change", direction="down", anchor=(0, "fall", "change")),
        claim("80", "80", "count", at=100, anchor=(0, "fall", "from")),
        claim("до 60 филиалов", "60", "count", at=110, approx="<=", anchor=(0, "fall", "to")),
    ], None),
    ("fall_by_another_change", [
        claim("на 25%", "25", "percent", at=90, kind="change", direction="down", anchor=(0, "fall", "change")),
        claim("80", "80", "count", at=100, anchor=(0, "fall", "from")),
        claim("до 40 филиалов", "40", "count", at=110, approx="<=", anchor=(0, "fall", "to")),
    ], "change.stated_base"),
    # a figure of the title restated in the body
    ("title_restated_alike", [
        claim("12 человек", "12", "count", at=40, anchor=(0, "restated", "first")),
        claim("12 человек", "12", "count", at=120, anchor=(0, "restated", "lead")),
    ], None),
    ("title_restated_otherwise", [
        claim("12 человек", "12", "count", at=40, anchor=(0, "restated", "first")),
        claim("21 человек", "21", "count", at=120, anchor=(0, "restated", "lead")),
        claim("12 человек", "12", "count", at=300, anchor=(0, "restated", "again")),
    ], "title"),
    ("title_restated_once_alike", [
        claim("более $27 млн", "27", at=40, scale=MN, approx=">", anchor=(0, "restated", "first")),
        claim("$20 млн", "20", at=120, scale=MN, anchor=(0, "restated", "lead")),
        claim("около $27,5 млн", "27.5", at=130, scale=MN, step="0.1", approx="~", anchor=(0, "restated", "lead")),
    ], None),
    ("title_round_figure_restated", [
        claim("$68 000", "68000", at=40, anchor=(0, "restated", "first")),
        claim("почти 67 900 долларов", "67900", at=120, approx="~", anchor=(0, "restated", "lead")),
    ], None),
    # amounts with their percentages imply one whole
    ("implied_wholes_agree", [
        claim("312 депутатов", "312", "count", at=100, anchor=(0, "whole", "part")),
        claim("69,3%", "69.3", "percent", at=115, step="0.1", anchor=(0, "whole", "share")),
        claim("138 депутатов", "138", "count", at=140, anchor=(0, "whole", "part")),
        claim("30,7%", "30.7", "percent", at=155, step="0.1", anchor=(0, "whole", "share")),
    ], None),
    ("implied_wholes_differ", [
        claim("312 депутатов", "312", "count", at=100, anchor=(0, "whole", "part")),
        claim("69,3%", "69.3", "percent", at=115, step="0.1", anchor=(0, "whole", "share")),
        claim("238 депутатов", "238", "count", at=140, anchor=(0, "whole", "part")),
        claim("30,7%", "30.7", "percent", at=155, step="0.1", anchor=(0, "whole", "share")),
    ], "derived.implied_whole"),
    # a count times what each of its things holds, against the total
    ("each_times_count_holds", [
        claim("пять автобусов", "5", "count", at=100, anchor=(0, "product", "count")),
        claim("12 млн рублей", "12", "RUB", at=130, scale=MN, anchor=(0, "product", "each")),
        claim("60 млн рублей", "60", "RUB", at=190, scale=MN, anchor=(0, "product", "total")),
    ], None),
    ("each_times_count_misses", [
        claim("пять автобусов", "5", "count", at=100, anchor=(0, "product", "count")),
        claim("12 млн рублей", "12", "RUB", at=130, scale=MN, anchor=(0, "product", "each")),
        claim("90 млн рублей", "90", "RUB", at=190, scale=MN, anchor=(0, "product", "total")),
    ], "derived.each"),
    # restatement
    ("restated_rounded", [
        claim("$24,2 млрд", "24.2", at=100, scale=BN, step="0.1", subject=TRADE, period=JAN_NOV),
        claim("$24 млрд", "24", at=700, scale=BN, subject=TRADE, period=JAN_NOV),
    ], None),
    ("restated_incompatible", [
        claim("$24,2 млрд", "24.2", at=100, scale=BN, step="0.1", subject=TRADE, period=JAN_NOV),
        claim("$26 млрд", "26", at=700, scale=BN, subject=TRADE, period=JAN_NOV),
    ], "restatement"),
    ("restated_hedged", [
        claim("$24,2 млрд", "24.2", at=100, scale=BN, step="0.1", subject=TRADE, period=JAN_NOV),
        claim("около $26 млрд", "26", at=700, scale=BN, approx="~", subject=TRADE, period=JAN_NOV),
    ], None),
    ("one_mention_carried_over", [
        claim("3,04 млрд долларов", "3.04", at=100, scale=BN, step="0.01", subject="доход твиттер",
              subject_at=50, period=Y2024),
        claim("1,2 млрд долларов", "1.2", at=150, scale=BN, step="0.1", subject="доход твиттер",
              subject_at=50, period=Y2024),
    ], None),
    ("restated_other_period", [
        claim("$24,2 млрд", "24.2", at=100, scale=BN, step="0.1", subject=TRADE, period=JAN_NOV),
        claim("$26 млрд", "26", at=700, scale=BN, subject=TRADE, period=Y2024),
    ], None),
    ("counts_name_different_groups", [
        claim("5 мирных жителей", "5", "count", at=100, subject="мирный житель", period=TODAY),
        claim("10 мирных жителей", "10", "count", at=700, subject="мирный житель", period=TODAY),
    ], None),
    # share arithmetic
    ("share_agrees", [
        claim("$3,2 млрд", "3.2", at=100, scale=BN, step="0.1"),
        claim("13%", "13", "percent", at=116, kind="share"),
        claim("$24,2 млрд", "24.2", at=123, scale=BN, step="0.1"),
    ], None),
    ("share_disagrees", [
        claim("$3,2 млрд", "3.2", at=100, scale=BN, step="0.1"),
        claim("30%", "30", "percent", at=116, kind="share"),
        claim("$24,2 млрд", "24.2", at=123, scale=BN, step="0.1"),
    ], "share"),
    ("share_as_fraction_agrees", [
        claim("30 человек", "30", "count", at=100),
        claim("треть", "0.3333", "fraction", at=116, kind="share", step="0.0001"),
        claim("90 человек", "90", "count", at=125),
    ], None),
    # change arithmetic
    ("change_with_base_agrees", [
        claim("на 5%", "5", "percent", at=100, kind="change", direction="up", subject=AGRI, period=Y2024),
        claim("$3 млрд", "3", at=110, scale=BN, subject=AGRI, subject_at=50, period=Y2024),
        claim("до $3,15 млрд", "3.15", at=122, scale=BN, step="0.01", approx="<=", subject=AGRI,
              subject_at=50, period=Y2024),
    ], None),
    ("change_with_base_disagrees", [
        claim("на 5%", "5", "percent", at=100, kind="change", direction="up", subject=AGRI, period=Y2024),
        claim("$3,0 млрд", "3.0", at=110, scale=BN, step="0.1", subject=AGRI, subject_at=50, period=Y2024),
        claim("до $4,0 млрд", "4.0", at=122, scale=BN, step="0.1", approx="<=", subject=AGRI, subject_at=50,
              period=Y2024),
    ], "change.stated_base"),
    ("fall_with_base_agrees", [
        claim("на 20%", "20", "percent", at=100, kind="change", direction="down", subject=AGRI, period=Y2024),
        claim("$5 млрд", "5", at=110, scale=BN, subject=AGRI, subject_at=50, period=Y2024),
        claim("до $4 млрд", "4", at=122, scale=BN, approx="<=", subject=AGRI, subject_at=50, period=Y2024),
    ], None),
    ("times_with_base_disagrees", [
        claim("в 2 раза", "2", "times", at=100, kind="change", direction="up", subject=AGRI, period=Y2024),
        claim("10 млн", "10", "count", at=110, scale=MN, subject=AGRI, subject_at=50, period=Y2024),
        claim("до 30 млн", "30", "count", at=122, scale=MN, approx="<=", subject=AGRI, subject_at=50,
              period=Y2024),
    ], "change.stated_base"),
    ("absolute_change_agrees", [
        claim("на $2 млрд", "2", at=100, kind="change", scale=BN, direction="up", subject=AGRI, period=Y2024),
        claim("$10 млрд", "10", at=113, scale=BN, subject=AGRI, subject_at=50, period=Y2024),
        claim("до $12 млрд", "12", at=125, scale=BN, approx="<=", subject=AGRI, subject_at=50, period=Y2024),
    ], None),
    ("change_against_last_year_disagrees", [
        claim("$4,0 млрд", "4.0", at=100, scale=BN, step="0.1", subject=AGRI, subject_at=50, period=Y2024),
        claim("на 5%", "5", "percent", at=110, kind="change", direction="up", subject=AGRI, period=Y2024),
        claim("$3,0 млрд", "3.0", at=130, scale=BN, step="0.1", subject=AGRI, subject_at=50, period=Y2023),
    ], "change.stated_base"),
    ("change_without_base_is_a_note", [
        claim("на 5%", "5", "percent", at=100, kind="change", direction="up", subject=AGRI, period=JAN_OCT),
        claim("более $3,2 млрд", "3.2", at=120, scale=BN, step="0.1", approx=">", subject=AGRI,
              subject_at=50, period=JAN_OCT),
    ], None),
    # a level reached whose earlier level the text leaves out ("что на 600 руб больше, чем …")
    ("difference_above_level_leaves_a_level", [
        claim("2,9 тыс. руб", "2.9", "RUB", at=100, scale=Decimal(1000), step="0.1", anchor=(0, "rise", "to")),
        claim("на 600 руб", "600", "RUB", at=120, kind="change", direction="up", anchor=(0, "rise", "change")),
    ], None),
    ("difference_larger_than_level", [
        claim("2,9 тыс. руб", "2.9", "RUB", at=100, scale=Decimal(1000), step="0.1", anchor=(0, "rise", "to")),
        claim("на 6000 руб", "6000", "RUB", at=120, kind="change", direction="up", anchor=(0, "rise", "change")),
    ], "change.below_zero"),
    ("difference_within_rounding_of_level", [
        claim("3 тыс. руб", "3", "RUB", at=100, scale=Decimal(1000), anchor=(0, "rise", "to")),
        claim("на 3,4 тыс. руб", "3.4", "RUB", at=120, kind="change", scale=Decimal(1000), step="0.1",
              direction="up", anchor=(0, "rise", "change")),
    ], None),
    # run rate
    ("run_rate_short_of_target", [
        claim("$24,2 млрд", "24.2", at=100, scale=BN, step="0.1", subject=TRADE, period=JAN_NOV),
        claim("$30 млрд", "30", at=300, scale=BN, kind="target", subject="товарооборот"),
    ], None),
    # averages
    ("average_agrees", [
        claim("99 проектов", "99", "count", at=100, subject="проект", subject_at=103, period=TODAY),
        claim("$18,6 млрд", "18.6", at=115, scale=BN, step="0.1", subject="проект", subject_at=103,
              period=TODAY),
        claim("$188 млн", "188", at=200, scale=MN, subject="средний стоимость проект", period=TODAY),
    ], None),
    ("average_disagrees", [
        claim("99 проектов", "99", "count", at=100, subject="проект", subject_at=103, period=TODAY),
        claim("$18,6 млрд", "18.6", at=115, scale=BN, step="0.1", subject="проект", subject_at=103,
              period=TODAY),
        claim("$500 млн", "500", at=200, scale=MN, subject="средний стоимость проект", period=TODAY),
    ], "average"),
    # sanity
    ("share_over_100", [claim("120%", "120", "percent", at=100, kind="share")], "sanity.share_over_100"),
    ("negative_count", [claim("-5", "-5", "count", at=100)], "sanity.negative_count"),
]


def row(name: str) -> list[Claim]:
    """The claims of the table row called ``name``."""
    return next(claims for n, claims, _ in ROWS if n == name)


@pytest.mark.parametrize(("name", "claims", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_contradictions(name: str, claims: list[Claim], expected: str | None) -> None:
    """A claim set yields exactly the expected contradiction, or none."""
    found = contradictions(claims)
    assert [f.check for f in found] == ([] if expected is None else [expected]), [f.message for f in found]


BROKEN = [(name, claims) for name, claims, expected in ROWS if expected and not expected.startswith("sanity")]


@pytest.mark.parametrize(("name", "claims"), BROKEN, ids=[b[0] for b in BROKEN])
def test_contradiction_shows_numbers(name: str, claims: list[Claim]) -> None:
    """Every contradiction names at least two claims, or one and the items its list names, and carries its
    numbers as decimal strings."""
    for f in contradictions(claims):
        assert len(f.claims) >= 2 or int(f.detail("named") or 0) > 0
        for _key, value in f.details:
            if value not in ("inf", "-inf") and not value.isalpha():
                Decimal(value)


def test_part_whole_message_shows_arithmetic() -> None:
    """The part/whole message shows both intervals and periods in plain words."""
    (f,) = contradictions(row("part_above_whole"))
    assert f.message == (
        "more than $32 bn, up to $33 bn (товарооборот сельскохозяйственный продукция) in Jan–Oct 2024 exceeds the whole "
        "it belongs to, $24.15–24.25 bn (взаимный торговля) in Jan–Nov 2024"
    )


def test_run_rate_note_and_warning() -> None:
    """A partial-year total gives a pace note against a target, and a warning against a lower target."""
    reached = claim("$24,2 млрд", "24.2", at=100, scale=BN, step="0.1", subject=TRADE, period=JAN_NOV)
    (note,) = run_checks([reached, claim("$30 млрд", "30", at=300, scale=BN, kind="target", subject="товарооборот")])
    assert (note.check, note.detail("monthly"), note.detail("projected")) == ("run_rate", "2200000000", "26400000000")
    (warn,) = run_checks([reached, claim("$20 млрд", "20", at=300, scale=BN, kind="target", subject="товарооборот")])
    assert (warn.check, warn.severity) == ("run_rate.target_below_reached", "warning")


def test_implied_base_note() -> None:
    """A change with only the level after it gives the implied earlier level as a note."""
    (f,) = run_checks(row("change_without_base_is_a_note"))
    assert (f.check, f.severity) == ("change.implied_base", "note")
    assert (f.detail("base_at_stated") or "").startswith("3047619047")


def test_average_note_only_when_asked() -> None:
    """With no stated average, the computed one is a note only when the context asks for it."""
    claims = row("average_agrees")[:2]
    assert run_checks(claims) == ()
    (f,) = run_checks(claims, CheckContext(per_unit_notes=True))
    assert (f.check, f.severity) == ("average", "note")
    assert (f.detail("average_at_stated") or "").startswith("187878787")


def test_result_for_unfinished_period() -> None:
    """An amount for a period that ends after the publication date is a warning."""
    c = claim("$3 млрд", "3", at=10, scale=BN, subject="экспорт", period=(dt.date(2025, 1, 1), dt.date(2025, 12, 31)))
    (f,) = run_checks([c], CheckContext(published=dt.date(2025, 1, 30)))
    assert (f.check, f.severity) == ("sanity.result_before_period_end", "warning")


def test_relations_name_the_claims_compared() -> None:
    """find_relations lists the part first, then its whole."""
    assert find_relations(row("part_within_whole")) == (("part_whole", (1, 0)),)


@pytest.mark.parametrize(
    ("text", "value", "step"),
    [("$24,2 млрд", "24.2e9", "1e8"), ("до 1 599 059", "1599059", "1"), ("двух", "2", "1")],
)
def test_written_step(text: str, value: str, step: str) -> None:
    """The rounding step in base units follows the digits as written."""
    q = Quantity(Span(0, len(text), text), Decimal(value), None, None, "USD")
    assert written_step(q) == Decimal(step)


def test_message_language_is_checked() -> None:
    """Messages exist in English only; asking for another language is an error, not English in disguise."""
    from claimcheck.checks.context import CheckContext

    assert CheckContext().lang == "en"
    with pytest.raises(ValueError, match="expected lang in"):
        CheckContext(lang="ru")


@pytest.mark.parametrize(
    ("anchor", "expected"),
    [(None, []), ((0, "share", "share"), ["sanity.share_over_100"]), ((0, "percentages", "part"), ["sanity.share_over_100"])],
)
def test_percentage_over_100_is_a_share_where_the_text_makes_it_one(
    anchor: tuple[int, str, str] | None, expected: list[str]
) -> None:
    """"112,4%" read as an amount is no share, unless the text puts it in a structure of shares."""
    over = claim("112,4%", "112.4", "percent", at=100, step="0.1", anchor=anchor)
    assert [f.check for f in contradictions([over])] == expected


@pytest.mark.parametrize(
    ("age", "expected"), [("87", []), ("86", []), ("67", ["ages"])], ids=["exact", "within_the_year", "wrong"]
)
def test_age_against_a_dated_birth(age: str, expected: list[str]) -> None:
    """An age on 31 Jul 2016 of someone born on 6 Mar 1929 is 87; born some day of Aug 1929, 86 or 87."""
    born = (dt.date(1929, 3, 6), dt.date(1929, 3, 6)) if age != "86" else (dt.date(1929, 8, 1), dt.date(1929, 8, 31))
    c = claim(f"{age} лет", age, "year", at=100, period=(dt.date(2016, 7, 31), dt.date(2016, 7, 31)))
    c = attrs.evolve(c, anchors=(Anchor(0, "age", "age", born=born),))
    assert [f.check for f in contradictions([c])] == expected


def test_breakdown_message_shows_arithmetic() -> None:
    """The breakdown message adds the listed parts up and names the total they miss."""
    (f,) = contradictions(row("breakdown_does_not_add_up"))
    assert f.message == (
        "the parts listed add up to 4.5–5.5 + 5.5–6.5 = 10–12, which cannot be the total stated, 7.5–8.5 "
        "(восемь детей)"
    )
    assert (f.detail("sum_low"), f.detail("total_high")) == ("10", "8.5")


def test_percentages_message_shows_arithmetic() -> None:
    """The percentages message adds the shares up against 100%."""
    (f,) = contradictions(row("enumerated_shares_over_100"))
    assert f.message == (
        "shares of one whole add up to 40.5–41.5% + 42.5–43.5% + 18.5–19.5% = 101.5–104.5%, not at most 100%, "
        "the whole they share"
    )


@given(level=st.integers(min_value=0, max_value=10**6), difference=st.integers(min_value=0, max_value=10**6))
def test_difference_above_a_level_left_out_is_a_contradiction_only_past_zero(level: int, difference: int) -> None:
    """A count of L set D above a level left out contradicts only when L - D is below zero for every value the
    two exact counts can take, and the finding shows that level."""
    claims = [
        claim(f"{level} человек", str(level), "count", at=100, step="0", anchor=(0, "rise", "to")),
        claim(f"на {difference} человек", str(difference), "count", at=120, step="0", kind="change", direction="up",
              anchor=(0, "rise", "change")),
    ]
    found = [f for f in contradictions(claims) if f.check == "change.below_zero"]
    assert bool(found) == (difference > level)
    if found:
        assert Decimal(found[0].detail("other_high") or "0") == level - difference
