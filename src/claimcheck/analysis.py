"""The analysis of one text, without spaCy: shared by :func:`claimcheck.analyze`, the batch functions
and the spaCy component "claimcheck", so that all of them give equal Reports.

The analysis reads the text only (never spaCy tokens), so :func:`claimcheck.analyze` calls it directly
and pays neither for importing spaCy nor for tokenizing.
"""

from __future__ import annotations

import bisect
import contextlib
import datetime as dt
import functools
import gc
import re
import threading
from collections.abc import Iterator, Sequence

from claimcheck import checks as checks_stage
from claimcheck import claims as claims_stage
from claimcheck import morph
from claimcheck import periods as periods_stage
from claimcheck import quantities as quantities_stage
from claimcheck import quotes as quotes_stage
from claimcheck import speakers as speakers_stage
from claimcheck.checks import CheckContext, run_checks
from claimcheck.claims import build_claims
from claimcheck.errors import PublishedDateError
from claimcheck.lexicon import Lexicon, load
from claimcheck.model import Quantity, Report
from claimcheck.periods import find_periods
from claimcheck.quantities import find_quantities
from claimcheck.quotes import find_attributions, find_quotes
from claimcheck.segment import Document, Sentence
from claimcheck.speakers import Resolver

__all__ = ["build_report", "parse_published", "prepare"]


# The one date form the docs promise; date.fromisoformat also takes "20250130" and "2025-W05-4".
_ISO_DATE = re.compile(r"(?P<year>[0-9]{4})-(?P<month>[0-9]{2})-(?P<day>[0-9]{2})")


def parse_published(value: object) -> dt.date | None:
    """A publication date from a date, a datetime, an ISO "YYYY-MM-DD" string or None.

    >>> parse_published("2025-01-30")
    datetime.date(2025, 1, 30)
    >>> parse_published("2025-13-45")
    Traceback (most recent call last):
    ...
    claimcheck.errors.PublishedDateError: expected a date YYYY-MM-DD, got '2025-13-45' (month must be in 1..12)
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        found = _ISO_DATE.fullmatch(value.strip())
        if found is None:
            raise PublishedDateError(value)
        try:
            return dt.date(int(found["year"]), int(found["month"]), int(found["day"]))
        except ValueError as exc:  # its message is the reason: "month must be in 1..12"
            raise PublishedDateError(value, str(exc)) from None
    raise PublishedDateError(value)


_gc_lock = threading.Lock()
_gc_pauses = 0
_gc_was_enabled = False


@contextlib.contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while one text is analysed.

    An analysis allocates many small containers while the morphology caches keep growing, and the
    collector's passes over them cost about a quarter of the run time. Reference counting still frees
    everything that is not part of a cycle; the collector resumes (if it was on) as soon as no analysis
    runs in any thread, so a cycle lives at most as long as the analyses that overlap it.
    """
    global _gc_pauses, _gc_was_enabled
    with _gc_lock:
        if _gc_pauses == 0:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
        _gc_pauses += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_pauses -= 1
            if _gc_pauses == 0 and _gc_was_enabled:
                gc.enable()


@functools.cache
def prepare(lex: Lexicon) -> Lexicon:
    """Make ready, once per process and lexicon, all that the analysis derives from the lexicon rather
    than from a text: the morphology dictionaries, and every stage's tables (each lemma list spelt out
    in all its word forms, the patterns made of word lists). The first :func:`build_report` calls it,
    even for an empty text, so the first real text pays for its own words only."""
    morph.prepare()
    stages = (quotes_stage, speakers_stage, quantities_stage, periods_stage, claims_stage, checks_stage)
    for stage in stages:
        stage.prepare(lex)
    return lex


def build_report(text: str, published: dt.date | None, lex: Lexicon | None = None) -> Report:
    """Quotes, claims and findings of ``text``: the work shared by the component and ``analyze``."""
    lex = prepare(lex or load("ru"))
    if not text.strip():
        return Report(published=published)
    with _cyclic_gc_paused():
        return _build_report(text, published, lex)


def _sentences_with(sents: Sequence[Sentence], quantities: Sequence[Quantity]) -> list[tuple[int, int]]:
    """The spans of the sentences that hold a figure (neighbours joined), in text order: a claim's period
    comes from its own sentence, so periods are looked for there only."""
    starts = [s.start for s in sents]
    out: list[tuple[int, int]] = []
    for q in quantities:
        i = bisect.bisect_right(starts, q.span.start) - 1
        if i < 0:
            continue
        s = sents[i]
        if out and out[-1][1] >= s.start:
            out[-1] = (out[-1][0], max(out[-1][1], s.end))
        elif not out or out[-1][0] != s.start:
            out.append((s.start, s.end))
    return out


def _build_report(text: str, published: dt.date | None, lex: Lexicon) -> Report:
    doc = Document(text)
    resolver = Resolver(doc, lex)
    quotes = find_quotes(doc, lex, resolver)
    attributions = find_attributions(doc, lex)
    quantities = find_quantities(doc, lex)
    periods = find_periods(doc, published, lex, _sentences_with(doc.sentences(), quantities)) if quantities else []
    claims = build_claims(doc, quantities, periods, quotes, attributions, resolver, lex)
    findings = run_checks(claims, CheckContext(published=published, lexicon=lex))
    return Report(published=published, quotes=tuple(quotes), claims=tuple(claims), findings=findings)
