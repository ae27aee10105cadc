"""The indirect pass: every sentence (and every sentence inside a quotation that may hold a report)
is tried for reports, which are kept unless a direct quotation already covers them."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from attrs import evolve

from claimcheck import morph
from claimcheck.lexicon import Lexicon
from claimcheck.quotes.clauses import cue_clause
from claimcheck.quotes.cues import cue_index, cue_starts
from claimcheck.quotes.found import (
    MIN_CONTENT_CHARS,
    RawQuote,
    encloses,
    kind_of,
    trim,
)
from claimcheck.quotes.marks import Marks, marks
from claimcheck.quotes.sources import (
    as_cue,
    interrupted_lead,
    may_hold_source_phrase,
    source_phrase,
    source_phrase_heads,
)
from claimcheck.quotes.trailing import anaphoric, parenthetical_cue, trailing_cue
from claimcheck.segment import Document, Sentence, Word, any_between, sentence_of, sentences_within
from claimcheck.spanset import SpanSet
from claimcheck.speakers import (
    first_at,
)

# Reports looked for in one sentence ("X заявил, что …, и высказал озабоченность тем, что …").
_MAX_REPORTS_PER_SENTENCE = 3
# No cue (a word or a set phrase) is longer than this many characters.
_MAX_CUE_LENGTH = 40


class _Direct:
    """The direct quotes found so far (never overlapping), with their cues, for fast range queries."""

    def __init__(self, raws: Sequence[RawQuote]) -> None:
        self.raws = sorted(raws, key=lambda r: r.start)
        self.starts = [r.start for r in self.raws]
        with_cue = sorted((r for r in self.raws if r.cue is not None), key=lambda r: (r.cue or (0, 0))[0])
        self.cue_raws = with_cue
        self.cue_starts = [(r.cue or (0, 0))[0] for r in with_cue]
        self.cues = SpanSet(r.cue for r in with_cue if r.cue is not None)

    def overlapping(self, start: int, end: int) -> list[RawQuote]:
        """The quotes that share a character with [start, end)."""
        i = max(0, bisect.bisect_right(self.starts, start) - 1)
        out = []
        while i < len(self.raws) and self.raws[i].start < end:
            if self.raws[i].end > start:
                out.append(self.raws[i])
            i += 1
        return out

    def owning_cue(self, start: int, end: int) -> list[RawQuote]:
        """The quotes whose cue shares a character with [start, end)."""
        i = bisect.bisect_left(self.cue_starts, start - _MAX_CUE_LENGTH)
        out = []
        while i < len(self.cue_raws) and self.cue_starts[i] < end:
            cue = self.cue_raws[i].cue
            if cue is not None and cue[0] < end and start < cue[1]:
                out.append(self.cue_raws[i])
            i += 1
        return out


def _with_quoted_sentences(
    doc: Document, sents: Sequence[Sentence], raws: Sequence[RawQuote], cues: Sequence[int], lex: Lexicon
) -> list[Sentence]:
    """``sents`` and the sentences inside each quotation, where reports made by the quoted speaker
    stand ("«Они гарантировали, что он будет играть»"). A quotation with neither a cue nor a source
    phrase holds no report and is not split."""
    text = doc.text
    known = {(s.start, s.end) for s in sents}
    extra: list[Sentence] = []
    for r in raws:
        if r.kind != "direct" or r.end - r.start < MIN_CONTENT_CHARS:
            continue
        cue_inside = any_between(cues, r.start, r.end)
        if not cue_inside and not may_hold_source_phrase(doc, r.start, r.end, lex):
            continue
        holder = sentence_of(sents, r.start)
        paragraph = holder.paragraph if holder is not None else 0
        extra.extend(s for s in sentences_within(text, r.start, r.end, paragraph) if (s.start, s.end) not in known)
    if not extra:
        return list(sents)
    return sorted([*sents, *extra], key=lambda s: (s.start, -s.end))


def indirect(doc: Document, lex: Lexicon, sents: Sequence[Sentence], raws: Sequence[RawQuote]) -> list[RawQuote]:
    text = doc.text
    out: list[RawQuote] = []
    direct = _Direct(raws)
    prev: Sentence | None = None
    # Where a cue may stand: every finder but the source phrases needs one in the sentence.
    cues = cue_starts(doc, lex)
    heads = doc.starts_of(source_phrase_heads(lex))
    for s in _with_quoted_sentences(doc, sents, raws, cues, lex):
        cued = any_between(cues, s.start, s.end)
        if not cued and not any_between(heads, s.start, s.end):
            prev = s
            continue  # most sentences: neither a cue nor a source phrase's word, told before their words are read
        ws = doc.words(s.start, s.end)
        candidates: list[RawQuote] = []
        outlet: RawQuote | None = None
        if len(ws) >= 3 and not cued:
            found = source_phrase(doc, s, ws, lex)
            if found is not None:
                lead = interrupted_lead(doc, s, found, lex)
                candidates.extend(r for r in (found, lead) if r is not None)
        elif len(ws) >= 3:
            candidates, outlet = _cued_reports(doc, s, prev, ws, cues, lex)
        prev = s
        for candidate in candidates:
            _add_indirect(text, _before_direct(text, candidate, direct, marks(lex)), out, direct)
        kept = outlet is not None and any(r is candidates[0] for r in out[-len(candidates) :])
        if outlet is not None and kept and not _covered(text, outlet, direct):
            out.append(outlet)
    return out


def _cued_reports(
    doc: Document, s: Sentence, prev: Sentence | None, ws: Sequence[Word], cues: Sequence[int], lex: Lexicon
) -> tuple[list[RawQuote], RawQuote | None]:
    """The reports of a sentence with a cue, and the outlet that passes the first one on, if one does."""
    candidates: list[RawQuote] = []
    found = (
        anaphoric(doc, s, prev, ws, lex)
        or _source_or_inner(doc, s, ws, lex)
        or as_cue(doc, s, ws, lex)
        or cue_clause(doc, s, ws, lex)
    )
    outlet: RawQuote | None = None
    if found is None:
        # A closing cue's report is passed on by no outlet: the outlet would be that cue itself, after
        # the report's end.
        found = trailing_cue(doc, s, ws, lex)
    elif found.cue is not None and any_between(cues, found.start + 1, found.end + 1):
        found, outlet = _passed_on(doc, s, ws, found, lex)  # only a cue inside the report's words may end it
    lead = interrupted_lead(doc, s, found, lex) if found is not None else None
    # A sentence may hold a second report after the first ("…, и высказали озабоченность тем, что …").
    while found is not None and len(candidates) < _MAX_REPORTS_PER_SENTENCE:
        candidates.append(found)
        after = first_at(ws, found.end)
        # Most reports run to the sentence's end: no cue word after them, told before any clause is read.
        found = cue_clause(doc, s, ws, lex, after) if any_between(cues, found.end, s.end) else None
    # A parenthetical cue follows a comma ("Рост цен, считают аналитики, …").
    comma = doc.text.find(",", s.start, s.end)
    resumed = parenthetical_cue(doc, s, ws, lex) if comma >= 0 and any_between(cues, comma, s.end) else None
    candidates.extend(r for r in (lead, resumed) if r is not None)
    return candidates, outlet


# A report passed on opens the source phrase's content: besides its subject, at most this many words
# come before its cue ("по данным газеты, на допросе Иван Русаков заявил, что"); one further in is a
# report inside the source's words, nested in them.
_MAX_INNER_LEAD_WORDS = 3
# The longest subject such a report has in words ("министр финансов Иван Петров").
_MAX_INNER_SUBJECT_WORDS = 5


def _source_or_inner(doc: Document, s: Sentence, ws: Sequence[Word], lex: Lexicon) -> RawQuote | None:
    """The report of a source phrase, unless its words open with a report of their own with a speaker
    ("Японская полиция, по данным газеты, отметила, что …", "По данным Fox News, полиция считает,
    что …"): the outlet only passes that one on, and the one who speaks is its speaker."""
    found = source_phrase(doc, s, ws, lex)
    if found is None or found.cue is None:
        return found
    at = first_at(ws, found.start)
    if cue_index(ws, lex, at, min(len(ws), at + _MAX_INNER_LEAD_WORDS + _MAX_INNER_SUBJECT_WORDS)) is None:
        return found  # no cue opens the source's words: asked by a set lookup before any clause is read
    inner = cue_clause(doc, s, ws, lex)
    if inner is None or inner.cue is None or inner.mention is None or inner.mention.kind == "dropped":
        return found
    m = inner.mention
    before = [w for w in doc.words(found.start, inner.cue[0]) if not m.start <= w.start < m.end]
    return inner if found.start <= inner.cue[0] < found.end and len(before) <= _MAX_INNER_LEAD_WORDS else found


def _passed_on(
    doc: Document, s: Sentence, ws: Sequence[Word], found: RawQuote, lex: Lexicon
) -> tuple[RawQuote, RawQuote | None]:
    """ "X заявил, что …, сообщает ТАСС": the outlet's closing cue ends X's content, and the outlet
    reports the whole of X's report (an entry of its own, which encloses X's)."""
    if found.cue is None:
        return found, None
    outlet = trailing_cue(doc, s, ws, lex)
    if outlet is None or outlet.cue is None or not (found.start < outlet.cue[0] <= found.end):
        return found, None
    mk = marks(lex)
    if not (outlet.start <= found.cue[0] and _outlet_cue(doc.text, outlet, mk)):
        return found, None
    if "," in doc.text[outlet.cue[1] : s.end]:
        return found, None  # "…, заявил своей матери, что …": a clause goes on after the cue
    if not _balanced(doc.text[found.start : outlet.end], mk):
        return found, None  # "…, что «состояние тяжёлое, говорят врачи»": the cue is quoted
    end = trim(doc.text, found.start, outlet.end, mk)[1]
    if end - found.start < MIN_CONTENT_CHARS:
        return found, None
    return evolve(found, end=end, kind=kind_of(doc.text, found.start, end, mk)), outlet


def _before_direct(text: str, candidate: RawQuote, direct: _Direct, mk: Marks) -> RawQuote:
    """``candidate`` ended before a direct quotation with a cue of its own that its content runs into
    ("сказала, что … 8,2 G. «Для меня …», — говорит она" read as one sentence): the quotation is the
    next statement, not part of the report."""
    inner = [
        r for r in direct.overlapping(candidate.start, candidate.end)
        if r.cue is not None and candidate.start < r.start and r.cue[0] >= r.end
    ]
    if not inner:
        return candidate
    end = trim(text, candidate.start, inner[0].start - 1, mk)[1]
    if end - candidate.start < MIN_CONTENT_CHARS or not any(ch in text[end : inner[0].start] for ch in ".!?…"):
        return candidate  # only a quotation after the sentence's end starts a statement of its own
    return evolve(candidate, end=end, kind=kind_of(text, candidate.start, end, mk))


def _add_indirect(text: str, candidate: RawQuote, out: list[RawQuote], direct: _Direct) -> None:
    """Keep an indirect report unless an earlier report or a direct quotation already covers it."""
    if candidate.end <= candidate.start:
        return
    if any(r.start < candidate.end and candidate.start < r.end for r in out[-_MAX_REPORTS_PER_SENTENCE - 2 :]):
        # "X заявил о … . Об этом сообщает Y": the first report stands; and a sentence read again
        # inside a quotation ("говорится: …") yields its reports once.
        return
    if not _covered(text, candidate, direct):
        out.append(candidate)


def _covered(text: str, candidate: RawQuote, direct: _Direct) -> bool:
    """A direct quotation already stands for ``candidate``, or crosses it."""
    owners = direct.owning_cue(*candidate.cue) if candidate.cue is not None else []
    if any(
        (candidate.start <= r.start < candidate.end + 4 and ":" not in text[candidate.end : r.start])
        or r.start < candidate.start
        for r in owners
    ):
        # The cue already introduces a direct quotation, and this content runs into it: the quotation
        # stands alone ("Как сообщила X, на встрече «…»"). One that follows after a colon
        # ("заявил, что …: «…»") leaves the indirect content its own.
        return True
    crossing = [
        r for r in direct.overlapping(candidate.start, candidate.end)
        if not (candidate.start <= r.start and r.end <= candidate.end) and not encloses(r, candidate)
    ]
    return bool(crossing) or direct.cues.overlaps(candidate.start, candidate.end)


def _outlet_cue(text: str, outlet: RawQuote, mk: Marks) -> bool:
    """The cue of ``outlet`` follows the comma at once and is a verb in the present or past, as an
    outlet's is ("…, сообщает ТАСС", "…, — передало агентство"); not "…, родственники уверены",
    "…, он продолжит работу"."""
    if outlet.cue is None or text[outlet.end : outlet.cue[0]].strip(" ," + mk.dash_like):
        return False
    ps = morph.parses(text[outlet.cue[0] : outlet.cue[1]].lower())
    return bool(ps) and ps[0].tag.POS == "VERB" and ps[0].tag.tense != "futr"


def _balanced(span: str, mk: Marks) -> bool:
    """Every quotation opened in ``span`` is closed in it."""
    paired = all(span.count(o) == span.count(c) for o, c in mk.closing.items() if o != c)
    return paired and all(span.count(q) % 2 == 0 for q in mk.straight)
