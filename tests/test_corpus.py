"""Every text of ../shared/corpus/ goes through analyze() without a crash, and the report's invariants hold."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

import claimcheck


def _texts(shared: Path) -> list[Path]:
    return sorted((shared / "corpus").glob("*/*.txt"))


def test_whole_corpus_invariants(shared: Path) -> None:
    """Spans slice back to their text, quotes do not overlap, speakers and periods lie where they should."""
    files = _texts(shared)
    assert len(files) > 900
    problems: list[str] = []
    for path in files:
        text = path.read_text(encoding="utf-8")
        report = claimcheck.analyze(text, published="2024-06-01")
        for q in report.quotes:
            if q.speaker is not None and q.speaker.span.start < q.span.end and q.span.start < q.speaker.span.end:
                problems.append(f"{path.name}: speaker {q.speaker.span.text!r} inside its quote")
        for c in report.claims:
            if c.period is not None and c.period.first > c.period.last:
                problems.append(f"{path.name}: period {c.period.span.text!r} ends before it starts")
            if c.quote is not None and not 0 <= c.quote < len(report.quotes):
                problems.append(f"{path.name}: claim points at quote {c.quote}")
        for s in report.spans():
            if text[s.start : s.end] != s.text:
                problems.append(f"{path.name}: span {s} does not slice back")
        ordered = sorted((q.span.start, q.span.end) for q in report.quotes)
        for (a0, a1), (b0, b1) in itertools.pairwise(ordered):
            if b0 < a1:
                problems.append(f"{path.name}: quotes {a0}-{a1} and {b0}-{b1} overlap")
        for f in report.findings:
            if not all(0 <= i < len(report.claims) for i in f.claims):
                problems.append(f"{path.name}: finding {f.check} names a missing claim")
    assert problems == []


@pytest.mark.parametrize("published", [None, "2020-01-01"])
def test_reports_round_trip_on_corpus_sample(shared: Path, published: str | None) -> None:
    """Reports of real texts survive the JSON round trip, with and without a publication date."""
    for path in _texts(shared)[::40]:
        report = claimcheck.analyze(path.read_text(encoding="utf-8"), published=published)
        assert claimcheck.Report.from_json(report.to_json()) == report
