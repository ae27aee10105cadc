"""Reports inside quotations and quotations after reports: a quotation that goes on with the speaker
before it, the first person inside a quotation, the quoted speaker's own opinion, and a quotation that
opens with a web address."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from claimcheck import morph
from claimcheck.lexicon import Lexicon
from claimcheck.quotes.found import (
    MAX_ATTRIBUTION_WORDS,
    MAX_CUE_DISTANCE,
    RawQuote,
    encloses,
)
from claimcheck.quotes.marks import marks
from claimcheck.segment import LINE_BREAKS, Document

# A quotation that goes on with the speaker before it has at least this many words.
_MIN_CONTINUATION_WORDS = 4
# How many earlier quotes to look through for the quotation a report is made inside.
_MAX_NESTED_SIBLINGS = 16


def outside_reports(quotes: Sequence[RawQuote], reports: Sequence[RawQuote]) -> list[RawQuote]:
    """``quotes`` but those inside an indirect report (``reports`` in text order, never overlapping):
    a quotation there makes the report mixed, unless it is a report of its own, its cue inside the
    reported clause too ("он кричал «Аллаху акбар», заявил прокурор")."""
    report_starts = [r.start for r in reports]

    def inside_report(r: RawQuote) -> bool:
        i = bisect.bisect_right(report_starts, r.start) - 1
        return i >= 0 and r.end <= reports[i].end and not encloses(reports[i], r)

    return [r for r in quotes if not inside_report(r)]


def opens_with_url(doc: Document, r: RawQuote, lex: Lexicon) -> bool:
    """Whether the quote's words open with a web address («https://…», «//www.rbc.ru/…», "www.…"): an
    address is no speech. Such a quotation is still found, so that no other pass reads its marks and
    words as speech of another shape; it is dropped at the end."""
    text = doc.text
    openers = marks(lex).openers
    at = r.start
    while at < r.end and (text[at] in openers or text[at].isspace()):
        at += 1
    return doc.urls().contains(at)


def continuations(
    doc: Document, raws: Sequence[RawQuote], pairs: Sequence[tuple[int, int]], lex: Lexicon
) -> list[RawQuote]:
    """A quotation with no attribution of its own that opens the sentence right after a report goes on
    with the same speaker ("Андреа Падован рассказал, что … . «С того дня мэры … стали мне звонить»").

    ``raws`` come sorted by start."""
    text = doc.text
    sentence_ends = lex.punctuation.sentence_ends
    out: list[RawQuote] = []
    starts = [r.start for r in raws]
    ends = sorted((r.end, n) for n, r in enumerate(raws))
    end_keys = [e for e, _ in ends]
    for q_start, q_end in pairs:
        if len(doc.words(q_start, q_end)) < _MIN_CONTINUATION_WORDS:
            continue
        # Reports found inside the quotation are nested in it; any other overlap means it is taken.
        first = bisect.bisect_left(starts, q_start - 1)
        inner = raws[first : bisect.bisect_left(starts, q_end + 1)]
        if any(
            r.kind == "direct" or r.end > q_end or r.cue is None or not q_start <= r.cue[0] < q_end for r in inner
        ):
            continue
        if first > 0 and max(r.end for r in raws[max(0, first - _MAX_NESTED_SIBLINGS) : first]) > q_start - 1:
            continue
        at = bisect.bisect_right(end_keys, q_start - 1) - 1
        if at < 0:
            continue
        prev = raws[ends[at][1]]
        if prev.mention is None or prev.mention.kind == "dropped":
            continue
        gap = text[prev.end : q_start - 1]
        # Same paragraph, at most the attribution of the report between, and a sentence ends right
        # before the quotation opens.
        if any(ch in gap for ch in LINE_BREAKS) or len(doc.words(prev.end, q_start - 1)) > MAX_ATTRIBUTION_WORDS:
            continue
        last = gap.rstrip()[-1:]
        if not last or last not in sentence_ends:
            continue
        c_end = q_end
        while c_end > q_start and text[c_end - 1] == ",":
            c_end -= 1
        out.append(RawQuote(q_start, c_end, "direct", None, prev.mention))
    return out


def enclosing(raws: Sequence[RawQuote], i: int) -> int | None:
    """Index of the innermost quotation that report ``i`` is made inside (``raws`` sorted by start)."""
    for j in range(i - 1, max(-1, i - 1 - _MAX_NESTED_SIBLINGS), -1):
        if encloses(raws[j], raws[i]):
            return j
    return None


def first_person(
    doc: Document, r: RawQuote, floor: int, pronouns: frozenset[str]
) -> tuple[int, int] | None:
    """The "я" (one of ``pronouns``) that is the subject of a report's cue ("Я сказала, что …")."""
    if r.cue is None:
        return None
    before = doc.words(floor, r.cue[0])[-MAX_CUE_DISTANCE:]
    for w in reversed(before):
        if w.text.lower() in pronouns:
            return (w.start, w.end)
        if morph.part_of_speech(w.text) not in ("ADVB", "PRCL", "CONJ"):
            return None
    return None


def own_opinion(doc: Document, raws: Sequence[RawQuote], i: int, lex: Lexicon) -> bool:
    """«Я уверена, что он …», — заявила X: the quoted speaker's own view is part of the quotation."""
    text = doc.text
    r = raws[i]
    if r.kind == "direct" or r.cue is None:
        return False
    if not morph.lemmas(text[r.cue[0] : r.cue[1]].lower()) & lex.opinion_verbs:
        return False
    outer = enclosing(raws, i)
    return outer is not None and first_person(doc, r, raws[outer].start, lex.speaker_side) is not None
