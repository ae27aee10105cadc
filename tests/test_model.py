"""The data model: spans, quantities, the JSON schema and its round trip."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest

import claimcheck
from claimcheck import Claim, Finding, Period, Quantity, Quote, Report, SchemaError, Span, Speaker, Subject


def test_span_must_cover_its_text() -> None:
    """A span whose offsets do not match its text's length is refused."""
    with pytest.raises(ValueError, match="end - start == len"):
        Span(0, 3, "ab")
    assert Span.of("абв где", 4, 7) == Span(4, 7, "где")


def test_quantity_validates_codes() -> None:
    """Hedge and kind codes outside the schema are refused with the options listed."""
    span = Span(0, 2, "5%")
    with pytest.raises(ValueError, match="expected approx in"):
        Quantity(span, Decimal(5), Decimal(5), Decimal(5), "percent", approx="?")
    with pytest.raises(ValueError, match="expected kind in"):
        Quantity(span, Decimal(5), Decimal(5), Decimal(5), "percent", kind="guess")


def test_quantity_interval_openness_follows_the_hedge() -> None:
    """"более X" excludes X itself; "менее X" excludes X too."""
    span = Span(0, 5, "более")
    more = Quantity(span, Decimal(3), Decimal(3), None, "USD", approx=">")
    less = Quantity(span, Decimal(3), Decimal(0), Decimal(3), "USD", approx="<")
    assert more.interval.low_open and not more.interval.contains(Decimal(3))
    assert less.interval.high_open and not less.interval.contains(Decimal(3))


def _hand_built() -> Report:
    return Report(
        published=dt.date(2025, 1, 30),
        quotes=(Quote(Span(1, 4, "abc"), "direct", Span(6, 12, "заявил"),
                      Speaker(Span(13, 17, "Иван"), "Иван Петров", "person")),),
        claims=(Claim(
            Quantity(Span(20, 25, "на 5%"), Decimal(5), Decimal("4.5"), Decimal("5.5"), "percent",
                     kind="change", direction="up"),
            Subject(Span(26, 33, "экспорт"), "экспорт"),
            Period(Span(34, 41, "в 2024 "), dt.date(2024, 1, 1), dt.date(2024, 12, 31)),
            0, "Иван Петров"),),
        findings=(Finding("sanity", "note", "msg", (0,), (("a", "1.5"),)),),
    )


def test_to_dict_follows_the_schema() -> None:
    """to_dict() gives the claimcheck/1 keys, decimals as strings and ISO dates."""
    d = _hand_built().to_dict()
    assert d["schema"] == "claimcheck/1"
    assert d["published"] == "2025-01-30"
    assert set(d) == {"schema", "published", "quotes", "claims", "findings"}
    q = d["claims"][0]["quantity"]
    assert (q["value"], q["low"], q["high"], q["unit"], q["approx"], q["kind"]) == (
        "5", "4.5", "5.5", "percent", "=", "change")
    assert d["claims"][0]["period"]["first"] == "2024-01-01"
    assert d["quotes"][0]["speaker"] == {"start": 13, "end": 17, "text": "Иван", "name": "Иван Петров",
                                         "kind": "person"}
    assert d["findings"][0]["details"] == {"a": "1.5"}
    json.dumps(d)  # plain JSON types only


def test_round_trip_hand_built() -> None:
    """from_dict(to_dict()) restores an equal Report, also through JSON text."""
    report = _hand_built()
    assert Report.from_dict(report.to_dict()) == report
    assert Report.from_json(report.to_json()) == report


def test_round_trip_seed(seed_text: str) -> None:
    """The seed's report survives the JSON round trip unchanged."""
    report = claimcheck.analyze(seed_text, published="2025-01-30")
    assert Report.from_json(report.to_json(indent=2)) == report


@pytest.mark.parametrize(
    "bad",
    [
        {},
        {"schema": "other/1"},
        {"schema": "claimcheck/1", "published": None, "quotes": [{}], "claims": [], "findings": []},
        {"schema": "claimcheck/1", "published": "soon", "quotes": [], "claims": [], "findings": []},
    ],
)
def test_from_dict_refuses_other_shapes(bad: dict[str, object]) -> None:
    """Anything but a claimcheck/1 report is a SchemaError."""
    with pytest.raises(SchemaError):
        Report.from_dict(bad)


def test_spans_lists_every_span(seed_text: str) -> None:
    """Report.spans() gives each quote, cue, speaker, quantity, subject and period span, all slicing back."""
    report = claimcheck.analyze(seed_text, published="2025-01-30")
    spans = report.spans()
    expected = (
        sum(1 + (q.cue is not None) + (q.speaker is not None) for q in report.quotes)
        + sum(1 + (c.subject is not None) + (c.period is not None) for c in report.claims)
    )
    assert len(spans) == expected
    assert all(seed_text[s.start : s.end] == s.text for s in spans)


def test_from_dict_accepts_reports_without_the_added_fields() -> None:
    """Reports written before "direction" and "whole" were added still load."""
    data = _hand_built().to_dict()
    for claim in data["claims"]:
        del claim["whole"]
        del claim["quantity"]["direction"]
    restored = Report.from_dict(data)
    assert restored.claims[0].whole is None
    assert restored.claims[0].quantity.direction is None


def test_to_json_of_a_hand_built_report_with_a_lone_surrogate_encodes() -> None:
    """Report.to_json never returns a string UTF-8 cannot encode; the escaped JSON reads back to the same Report."""
    text = "Рост\ud800"
    quote = Quote(Span(0, len(text), text), "direct", None, None)
    report = Report(None, (quote,), (), ())
    out = report.to_json()
    out.encode("utf-8")
    assert Report.from_dict(json.loads(out)) == report
