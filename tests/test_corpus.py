"""Every text of ../shared/corpus/ goes through analyze() without a crash, and the report's invariants hold."""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import claimcheck


def _texts(shared: Path) -> list[Path]:
    return sorted((shared / "corpus").glob("*/*.txt"))


def _speakers_outside_quotes(text: str, report: claimcheck.Report) -> Iterator[str]:
    for q in report.quotes:
        if q.speaker is not None and q.speaker.span.start < q.span.end and q.span.start < q.speaker.span.end:
            yield f"speaker {q.speaker.span.text!r} inside its quote"


def _claims_in_order(text: str, report: claimcheck.Report) -> Iterator[str]:
    for c in report.claims:
        if c.period is not None and c.period.first > c.period.last:
            yield f"period {c.period.span.text!r} ends before it starts"
        if c.quote is not None and not 0 <= c.quote < len(report.quotes):
            yield f"claim points at quote {c.quote}"


def _spans_slice_back(text: str, report: claimcheck.Report) -> Iterator[str]:
    for s in report.spans():
        if text[s.start : s.end] != s.text:
            yield f"span {s} does not slice back"


def _quotes_never_cross(text: str, report: claimcheck.Report) -> Iterator[str]:
    """Two quotes are apart, or one is a report made inside the other's quoted words, its cue inside
    them too ("«Мы дали ему понять, что …», — цитирует X")."""
    for a, b in itertools.combinations(report.quotes, 2):
        if not (a.span.start < b.span.end and b.span.start < a.span.end):
            continue
        outer, inner = (a, b) if a.span.end - a.span.start >= b.span.end - b.span.start else (b, a)
        first = inner.span.start if inner.cue is None else min(inner.span.start, inner.cue.start)
        if not (outer.span.start <= first and inner.span.end <= outer.span.end):
            yield f"quotes {a.span.start}-{a.span.end} and {b.span.start}-{b.span.end} cross"


def _findings_name_claims(text: str, report: claimcheck.Report) -> Iterator[str]:
    for f in report.findings:
        if not all(0 <= i < len(report.claims) for i in f.claims):
            yield f"finding {f.check} names a missing claim"


# What must hold of every report, each a function of the text and its report giving the problems it finds.
_INVARIANTS: list[Callable[[str, claimcheck.Report], Iterator[str]]] = [
    _speakers_outside_quotes,
    _claims_in_order,
    _spans_slice_back,
    _quotes_never_cross,
    _findings_name_claims,
]


def test_whole_corpus_invariants(shared: Path) -> None:
    """Spans slice back to their text, quotes never cross, speakers and periods lie where they should."""
    files = _texts(shared)
    assert len(files) > 900
    problems: list[str] = []
    for path in files:
        text = path.read_text(encoding="utf-8")
        report = claimcheck.analyze(text, published="2024-06-01")
        problems += (f"{path.name}: {problem}" for invariant in _INVARIANTS for problem in invariant(text, report))
    assert problems == []


@pytest.mark.parametrize("published", [None, "2020-01-01"])
def test_reports_round_trip_on_corpus_sample(shared: Path, published: str | None) -> None:
    """Reports of real texts survive the JSON round trip, with and without a publication date."""
    for path in _texts(shared)[::40]:
        report = claimcheck.analyze(path.read_text(encoding="utf-8"), published=published)
        assert claimcheck.Report.from_json(report.to_json()) == report


# Texts whose quotes were lost when their lines ended in a bare CR (each lost two to five of them).
_LINE_ENDING_TEXTS = [
    "ru-wikinews/train-108534_text.txt",
    "ru-wikinews/train-28074_text.txt",
    "ru-wikinews/train-37695_text.txt",
    "ru-wikinews/dev-214962_text.txt",
]


def _with_line_ending(text: str, sep: str) -> tuple[str, Callable[[int], int]]:
    """``text`` with every "\\n" written as ``sep``, and the map from its offsets to the new text's."""
    breaks = [i for i, ch in enumerate(text) if ch == "\n"]
    return text.replace("\n", sep), lambda at: at + (len(sep) - 1) * bisect.bisect_left(breaks, at)


def _outline(report: claimcheck.Report, at: Callable[[int], int] = int) -> list[object]:
    """Quotes (span, kind, cue, speaker) and claims (span, value, unit) with offsets mapped by ``at``."""
    quotes = [
        (
            at(q.span.start), at(q.span.end), q.kind,
            None if q.cue is None else (at(q.cue.start), at(q.cue.end)),
            None if q.speaker is None else (q.speaker.name, q.speaker.kind, at(q.speaker.span.start)),
        )
        for q in report.quotes
    ]
    claims = [(at(c.quantity.span.start), at(c.quantity.span.end), c.quantity.value, c.quantity.unit) for c in report.claims]
    return [quotes, claims, len(report.findings)]


@pytest.mark.parametrize("sep", ["\r", "\r\n"])
@pytest.mark.parametrize("name", ["seed", *_LINE_ENDING_TEXTS])
def test_line_endings_give_the_same_report(request: pytest.FixtureRequest, name: str, sep: str) -> None:
    """A text whose lines end in CR or CR LF gets the quotes, speakers and claims it gets with LF."""
    if name == "seed":
        text = request.getfixturevalue("seed_text")
    else:
        text = (request.getfixturevalue("shared") / "corpus" / name).read_text(encoding="utf-8")
    changed, at = _with_line_ending(text, sep)
    expected = _outline(claimcheck.analyze(text, published="2025-01-30"), at)
    assert expected[0], "the text has quotes to lose"
    assert _outline(claimcheck.analyze(changed, published="2025-01-30")) == expected
