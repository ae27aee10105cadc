"""Invariants of analyze() on generated articles: offsets, determinism, shifts, JSON and the spaCy component."""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

import attrs
import spacy
from hypothesis import given
from hypothesis import strategies as st
from spacy.language import Language

import claimcheck
from claimcheck import Report, Span
from claimcheck.strategies import RenderedArticle, articles

UNRELATED = "Погода в столице остаётся тёплой."


def shifted(report: Report, at: int, delta: int) -> Report:
    """The report with every span at or after offset ``at`` moved ``delta`` characters."""

    def move(s: Any) -> Any:
        if isinstance(s, Span):
            return s.shifted(delta) if s.start >= at else s
        if attrs.has(type(s)):
            return attrs.evolve(s, **{f.name: move(getattr(s, f.name)) for f in attrs.fields(type(s))})
        if isinstance(s, tuple):
            return tuple(move(x) for x in s)
        return s

    return Report(report.published, move(report.quotes), move(report.claims), report.findings)


@functools.cache
def component() -> Language:
    nlp = spacy.blank("ru")
    nlp.add_pipe("claimcheck")
    return nlp


@given(articles())
def test_spans_slice_back(a: RenderedArticle) -> None:
    """Every span of the report is the text at its offsets."""
    for s in claimcheck.analyze(a.text, published=a.published).spans():
        assert a.text[s.start : s.end] == s.text


@given(articles())
def test_deterministic(a: RenderedArticle) -> None:
    """Two analyses of one text give equal reports."""
    assert claimcheck.analyze(a.text, published=a.published) == claimcheck.analyze(a.text, published=a.published)


@given(articles(), st.sampled_from([" ", "  \n", "\n\n", "\t "]), st.sampled_from(["", " ", "\n", "  \n\n"]))
def test_whitespace_padding_only_shifts(a: RenderedArticle, head: str, tail: str) -> None:
    """Whitespace before and after the text moves every offset by the padding and changes nothing else."""
    plain = claimcheck.analyze(a.text, published=a.published)
    padded = claimcheck.analyze(head + a.text + tail, published=a.published)
    assert padded == shifted(plain, 0, len(head))


@given(articles(), st.data())
def test_unrelated_sentence_only_shifts(a: RenderedArticle, data: st.DataObject) -> None:
    """An unrelated sentence inserted as a paragraph shifts the offsets after it and changes nothing else."""
    breaks = [0] + [i + 1 for i, ch in enumerate(a.text) if ch == "\n"]
    at = data.draw(st.sampled_from(breaks))
    insert = UNRELATED + "\n"
    plain = claimcheck.analyze(a.text, published=a.published)
    longer = claimcheck.analyze(a.text[:at] + insert + a.text[at:], published=a.published)
    assert longer == shifted(plain, at, len(insert))


@given(articles())
def test_json_round_trip(a: RenderedArticle) -> None:
    """to_json / from_json and to_dict / from_dict give back an equal report."""
    report = claimcheck.analyze(a.text, published=a.published)
    assert Report.from_json(report.to_json()) == report
    assert Report.from_dict(report.to_dict()).to_dict() == report.to_dict()


@given(articles())
def test_component_agrees_with_analyze(a: RenderedArticle) -> None:
    """The spaCy component on a blank pipeline gives the Report analyze() gives."""
    nlp = component()
    doc = nlp.make_doc(a.text)
    doc._.claimcheck_published = a.published
    assert nlp(doc)._.claimcheck == claimcheck.analyze(a.text, published=a.published)


def test_shifted_helper() -> None:
    """The shift helper moves only spans at or after the insertion point."""
    report = claimcheck.analyze("Экспорт вырос на 5%.", published=dt.date(2025, 1, 30))
    moved = shifted(report, 0, 3)
    assert [s.start - 3 for s in moved.spans()] == [s.start for s in report.spans()]
