"""Reports inside quotations and quotations after reports: a quotation that goes on with the speaker
before it, the first person inside a quotation, the quoted speaker's own opinion, and a quotation that
opens with a web address."""

from __future__ import annotations

import bisect
import operator
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
# How many paragraphs may part a first-person paragraph of quotations from its speaker's last one.
_MAX_PARAGRAPHS_APART = 3
_start = operator.itemgetter(0)  # a paragraph's start, the key to bisect paragraphs by


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
    with the same speaker ("Андреа Падован рассказал, что … . «С того дня мэры … стали мне звонить»"),
    and so does a paragraph of quotations only, after a paragraph that ends with a report.

    ``raws`` come sorted by start."""
    text = doc.text
    out: list[RawQuote] = []
    starts = [r.start for r in raws]
    ends = sorted((r.end, n) for n, r in enumerate(raws))
    end_keys = [e for e, _ in ends]
    anchors = _quoted_paragraphs(doc, pairs, lex)
    for q_start, q_end in pairs:
        if len(doc.words(q_start, q_end)) < _MIN_CONTINUATION_WORDS or _taken(raws, starts, q_start, q_end):
            continue
        anchor = anchors.get(q_start, q_start)
        at = bisect.bisect_right(end_keys, anchor - 1) - 1
        if at < 0:
            continue
        prev = raws[ends[at][1]]
        if out and prev.end < out[-1].end < anchor:
            prev = out[-1]  # a run of quotations goes on with the speaker of the first
        if prev.mention is None or prev.mention.kind == "dropped":
            continue
        if not _right_after(doc, prev.end, anchor - 1, lex, across=q_start in anchors) and not (
            q_start in anchors and _speaks_on(doc, prev, anchor, (q_start, q_end), lex)
        ):
            continue
        c_end = q_end
        while c_end > q_start and text[c_end - 1] == ",":
            c_end -= 1
        out.append(RawQuote(q_start, c_end, "direct", None, prev.mention))
    return out


def _taken(raws: Sequence[RawQuote], starts: Sequence[int], q_start: int, q_end: int) -> bool:
    """Whether a quote found overlaps the quotation ``text[q_start:q_end]``, other than a report nested
    in it (a report made inside the quotation, its cue inside too)."""
    first = bisect.bisect_left(starts, q_start - 1)
    inner = raws[first : bisect.bisect_left(starts, q_end + 1)]
    if any(r.kind == "direct" or r.end > q_end or r.cue is None or not q_start <= r.cue[0] < q_end for r in inner):
        return True
    return first > 0 and max(r.end for r in raws[max(0, first - _MAX_NESTED_SIBLINGS) : first]) > q_start - 1


def _right_after(doc: Document, end: int, open_pos: int, lex: Lexicon, *, across: bool) -> bool:
    """Whether a quotation opening at ``open_pos`` follows a report ending at ``end``: in the same
    paragraph (or, ``across`` paragraphs, for a paragraph of quotations only), at most the report's
    attribution between, and a sentence ends right before the quotation opens."""
    gap = doc.text[end:open_pos]
    if not across and any(ch in gap for ch in LINE_BREAKS):
        return False
    if len(doc.words(end, open_pos)) > MAX_ATTRIBUTION_WORDS:
        return False
    # A dash may stand between the sentence's end and the quotation: «A», — заявил X. — «B».
    last = gap.rstrip().rstrip(marks(lex).dash_like).rstrip()[-1:]
    return bool(last) and last in lex.punctuation.sentence_ends


def _speaks_on(doc: Document, prev: RawQuote, anchor: int, quoted: tuple[int, int], lex: Lexicon) -> bool:
    """A paragraph of quotations only, in the first person ("«Мы рассматриваем все возможности …»"),
    a few paragraphs after a direct quotation with no report since: the same speaker speaks on."""
    if prev.kind != "direct":
        return False
    paragraphs = doc.paragraphs()
    apart = bisect.bisect_right(paragraphs, anchor, key=_start) - bisect.bisect_right(paragraphs, prev.end, key=_start)
    if apart > _MAX_PARAGRAPHS_APART:
        return False
    return any(w.text.lower() in lex.speaker_side for w in doc.words(*quoted))


def _quoted_paragraphs(doc: Document, pairs: Sequence[tuple[int, int]], lex: Lexicon) -> dict[int, int]:
    """The quotations of every paragraph that holds quotations only («…». «…».), each mapped to where
    the paragraph's first opens: such a paragraph goes on with the speaker of the paragraph before."""
    text = doc.text
    filler = lex.punctuation.sentence_ends + marks(lex).openers + marks(lex).main_closers + "”“’,"
    starts = [s for s, _ in pairs]
    out: dict[int, int] = {}
    for p_start, p_end in doc.paragraphs():
        # A quotation opens the paragraph, or closes there one that runs on from the paragraph before.
        i = bisect.bisect_left(starts, p_start)
        if i == len(pairs) or pairs[i][0] not in (p_start, p_start + 1):
            continue
        inside: list[int] = []
        at = p_start
        for q_start, q_end in pairs[i:]:
            if q_start > p_end:
                break
            if text[at : q_start].strip(filler + " "):
                inside = []
                break
            inside.append(q_start)
            at = q_end
        if inside and not text[at:p_end].strip(filler + " "):
            out.update(dict.fromkeys(inside, pairs[i][0]))
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

