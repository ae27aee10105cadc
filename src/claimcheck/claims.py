"""Link each quantity to the subject it measures, its period and its source.

- **subject**: the counted noun of a count ("99 проектов"); the thing a money amount is the worth of
  ("99 проектов на $18,6 млрд"); the genitive before "до" in a target ("доведению товарооборота до
  $30 млрд"); otherwise the grammatical subject of the clause ("взаимная торговля достигла $24,2 млрд",
  "товарооборот сельскохозяйственной продукции между РК и РФ … вырос на 5%"), with a lemma key.
- **period**: the period phrase of the same clause, nearest first.
- **source**: the speaker of the quote the claim sits in, or of an attribution that governs it
  (a list after "Пресс-служба Бектенова добавила цифры:").
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence

import attrs
from attrs import frozen

from claimcheck import morph
from claimcheck.lexicon import Lexicon
from claimcheck.model import Claim, Period, Quantity, Quote, Span, Subject
from claimcheck.periods import PeriodMatch
from claimcheck.quotes import Attribution
from claimcheck.segment import Document, Sentence, Word
from claimcheck.spanset import SpanSet
from claimcheck.speakers import Resolver
from claimcheck.structures import anchor
from claimcheck.structures import prepare as prepare_structures

__all__ = ["build_claims", "prepare", "subject_key"]

# A part stated with "из них" stands at most this many characters after its whole.
_MAX_PART_GAP = 120
# A subject stands near its figure: clauses are cut to this many characters either side of it.
_MAX_CLAUSE = 400


def prepare(lex: Lexicon) -> None:
    """Build the tables this module derives from ``lex`` (see :func:`claimcheck.analysis.prepare`)."""
    _list_link(lex)
    _clause_break(lex)
    _measure_lemmas(lex)
    _counter_lemmas(lex)
    prepare_structures(lex)


@functools.cache
def _measure_lemmas(lex: Lexicon) -> frozenset[str]:
    """Lemmas of scales, units and currencies: what a figure measures in, never what it is of."""
    return frozenset(lex.scales) | frozenset(lex.unit_lemmas) | frozenset(lex.currency_lemmas)


@functools.cache
def _counter_lemmas(lex: Lexicon) -> frozenset[str]:
    """Lemmas of the words of a count itself (collectives, cardinals, scales, "раз"), not what it counts."""
    return frozenset(lex.collectives) | frozenset(lex.cardinals) | frozenset(lex.scales) | frozenset(lex.count_adverbs)


@functools.cache
def _list_link(lex: Lexicon) -> re.Pattern[str]:
    """What may stand between two listed parts of one whole: a comma, a conjunction, a few words."""
    links = "|".join(re.escape(w) for w in lex.list_conjunctions)
    return re.compile(rf"\s*(?:,\s*)?(?:(?:{links})\s+)?")


def subject_key(ws: Sequence[str]) -> str:
    """The lemma key of a noun phrase: the lemma of each word, in order, lower case, "ё" as "е"."""
    return " ".join(morph.lemma(w) if not (w.isupper() and len(w) > 1) else w.lower() for w in ws)


def _is_adjective(word: str) -> bool:
    return morph.part_of_speech(word) in ("ADJF", "PRTF")


def _np_from(
    ws: Sequence[Word], j: int, stop: int, lex: Lexicon, blocked: SpanSet
) -> tuple[int, int]:
    """Word range [a, b) of the noun phrase headed by word ``j``: adjectives before, complements after."""
    a = j
    while a > 0 and _is_adjective(ws[a - 1].text) and not blocked.contains(ws[a - 1].start):
        a -= 1
    b = j + 1
    while b < stop and not blocked.contains(ws[b].start):
        w = ws[b].text
        low = w.lower()
        best = morph.parses(w)[:1]
        genitive = len(w) > 1 and bool(best) and best[0].tag.POS in ("NOUN", "ADJF", "PRTF") and any(
            p.tag.case == "gent" and p.tag.POS in ("NOUN", "ADJF", "PRTF") for p in morph.parses(w)[:3]
        )
        if genitive or (w.isupper() and len(w) > 1) or (w[:1].isascii() and w[:1].isalpha()):
            b += 1
            continue
        if low in lex.complement_prepositions and b + 1 < stop:
            b += 2
            while b + 1 < stop and ws[b].text.lower() in lex.complement_conjunctions:
                b += 2
            continue
        break
    return a, b


def _subject(
    doc: Document, q: Quantity, clause: tuple[int, int], lex: Lexicon, blocked: SpanSet,
    previous: Claim | None,
) -> Subject | None:
    """What ``q`` measures, tried in turn: the noun a count counts, the count a worth is of, the
    genitive before "до" in a target, the genitive phrase after a share, else the subject of its clause."""
    text = doc.text
    before = doc.words(clause[0], q.span.start)
    if q.unit == "count":
        counted = _counted_noun(doc, q, lex)
        if counted is not None:
            return counted
    worth = _worth_of(before, previous, lex)
    if worth is not None:
        return worth
    if q.kind == "target":
        target = _target_of(text, before, lex)
        if target is not None:
            return target
    if q.unit in ("percent", "fraction") and q.kind == "share":
        share = _share_of(text, doc.words(q.span.end, clause[1]), lex, blocked)
        if share is not None:
            return share
    return _nominative_before(text, before, lex, blocked)


def _phrase_subject(text: str, ws: Sequence[Word], a: int, b: int) -> Subject:
    """The subject made of words [a, b)."""
    return Subject(Span.of(text, ws[a].start, ws[b - 1].end), subject_key([w.text for w in ws[a:b]]))


def _worth_of(before: Sequence[Word], previous: Claim | None, lex: Lexicon) -> Subject | None:
    """"99 проектов на $18,6 млрд": a worth right after a count measures the count's subject."""
    if not before or before[-1].text.lower() != lex.worth_preposition or previous is None:
        return None
    prev_q = previous.quantity
    if prev_q.unit == "count" and prev_q.span.end == before[-1].start - 1:
        return previous.subject
    return None


def _target_of(text: str, before: Sequence[Word], lex: Lexicon) -> Subject | None:
    """"довести долю возобновляемой энергетики до 20%": the phrase before "до" runs back to its first
    noun."""
    if len(before) < 2 or before[-1].text.lower() != lex.marker_to:
        return None
    j = len(before) - 2
    if not _common_noun(before[j].text):
        return None
    a = j
    while a > 0 and (_is_adjective(before[a - 1].text) or _common_noun(before[a - 1].text)):
        if morph.lemmas(before[a - 1].text.lower()) & lex.target_lemmas:
            break  # "по доведению товарооборота до": the plan word is not what is measured
        a -= 1
    while a < j and not _common_noun(before[a].text) and not _is_adjective(before[a].text):
        a += 1
    return _phrase_subject(text, before, a, j + 1)


def _share_of(text: str, after: Sequence[Word], lex: Lexicon, blocked: SpanSet) -> Subject | None:
    """"5% акций Facebook", "треть избирателей": the share is of the genitive phrase after it."""
    if not after or not _common_noun(after[0].text, case="gent"):
        return None
    a, b = _np_from(after, 0, len(after), lex, blocked)
    return _phrase_subject(text, after, a, b)


def _nominative_before(text: str, before: Sequence[Word], lex: Lexicon, blocked: SpanSet) -> Subject | None:
    """The nearest noun in the nominative before the figure, outside prepositional phrases and periods:
    "взаимная торговля достигла $24,2 млрд", "доля DST в Facebook достигла 10%"."""
    skip = _measure_lemmas(lex)
    for j in range(len(before) - 1, -1, -1):
        w = before[j]
        if blocked.contains(w.start) or not _common_noun(w.text, case="nomn") or _in_prepositional_phrase(before, j):
            continue
        if morph.lemmas(w.text.lower()) & skip:
            continue
        head = _phrase_head(before, j, blocked)
        a, b = _np_from(before, head, len(before), lex, blocked)
        return _phrase_subject(text, before, a, b)
    return None


def _phrase_head(ws: Sequence[Word], j: int, blocked: SpanSet) -> int:
    """The head of the noun phrase that ends with the nominative noun at word ``j``: a noun that reads
    nominative may still be a genitive modifier ("товарооборот …ой продукции"), so the head is the
    phrase's first noun in the nominative."""
    k = j
    while k > 0 and not blocked.contains(ws[k - 1].start) and (
        _is_adjective(ws[k - 1].text) or _common_noun(ws[k - 1].text)
    ):
        if not _is_adjective(ws[k].text) and not _common_noun(ws[k].text, case="gent"):
            break  # "года товарооборот": a word that cannot be genitive modifies nothing before it
        k -= 1
    return next((i for i in range(k, j + 1) if _common_noun(ws[i].text, case="nomn")), j)


# Grammemes of a proper name: a noun with one is no common noun.
_PROPER_GRAMMEMES = frozenset({"Name", "Surn", "Patr", "Geox"})


def _common_noun(word: str, *, case: str | None = None) -> bool:
    """A common noun the dictionary knows, most probably a noun, in ``case`` if given."""
    if len(word) < 2 or word.isupper():
        return False  # asked before the parse
    ps = morph.parses(word.lower())
    if not ps or ps[0].tag.POS != "NOUN":
        return False
    readings = [
        p for p in ps[:4]
        if p.tag.POS == "NOUN" and p.is_known and p.tag.isdisjoint(_PROPER_GRAMMEMES)
    ]
    if word[:1].isupper() and not readings:
        return False
    return bool(readings) and (case is None or any(p.tag.case == case for p in readings))


def _in_prepositional_phrase(ws: Sequence[Word], j: int) -> bool:
    """Word ``j`` follows a preposition, directly or through adjectives ("в российском Минфине")."""
    k = j - 1
    while k >= 0 and _is_adjective(ws[k].text):
        k -= 1
    return k >= 0 and morph.part_of_speech(ws[k].text) == "PREP"


def _counted_noun(doc: Document, q: Quantity, lex: Lexicon) -> Subject | None:
    """The noun a count counts, from the quantity's own words ("99 казахско-российских проектов")."""
    skip = _counter_lemmas(lex)
    ws = [
        w for w in doc.words(q.span.start, q.span.end)
        if not w.text[:1].isdigit() and morph.part_of_speech(w.text) in ("NOUN", "ADJF", "PRTF")
        and not morph.lemmas(w.text.lower()) & skip
    ]
    while ws and morph.part_of_speech(ws[0].text) not in ("NOUN", "ADJF", "PRTF"):
        ws = ws[1:]
    if not ws or not any(morph.part_of_speech(w.text) == "NOUN" for w in ws):
        return None
    return Subject(Span.of(doc.text, ws[0].start, ws[-1].end), subject_key([w.text for w in ws]))


@functools.cache
def _clause_break(lex: Lexicon) -> re.Pattern[str]:
    """A semicolon, a colon, or a comma before a conjunction that opens a new clause (", а", ", но")."""
    words = "|".join(re.escape(w) for w in lex.subject_clause_breaks)
    return re.compile(rf"[;:]|,\s+(?=(?:{words})\s)")


@frozen
class _Clauses:
    """The clauses of one sentence: where its clause breaks start and end."""

    sentence: Sentence
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    @classmethod
    def of(cls, text: str, sent: Sentence, lex: Lexicon) -> _Clauses:
        found = [(m.start(), m.end()) for m in _clause_break(lex).finditer(text, sent.start, sent.end)]
        return cls(sent, tuple(a for a, _ in found), tuple(b for _, b in found))

    def around(self, pos: int) -> tuple[int, int]:
        """The clause around ``pos``: from the last break before it to the next after it, and never more
        than _MAX_CLAUSE characters either side (a run-on "sentence" of a megabyte)."""
        starts, ends = self.starts, self.ends
        i = bisect.bisect_right(ends, pos)  # breaks that end at or before pos: the last of them opens the clause
        start = ends[i - 1] if i else self.sentence.start
        j = bisect.bisect_left(starts, pos, lo=i)
        end = starts[j] if j < len(starts) else self.sentence.end
        return max(start, pos - _MAX_CLAUSE), min(end, pos + _MAX_CLAUSE)


@frozen
class _Governed:
    """A stretch ``[start, end)`` whose figures are the named source's (a list after "добавила цифры:")."""

    start: int
    end: int
    source: str | None


def _period_for(
    q: Quantity, sent: Sentence, periods: Sequence[PeriodMatch], starts: Sequence[int]
) -> PeriodMatch | None:
    """The period phrase of the sentence nearest before the quantity, else the first after it."""
    lo = bisect.bisect_left(starts, sent.start)
    hi = bisect.bisect_left(starts, sent.end)
    inside = [p for p in periods[lo:hi] if p.end <= sent.end]
    if not inside:
        return None
    before = [p for p in inside if p.end <= q.span.start]
    if before:
        return before[-1]
    after = [p for p in inside if p.start >= q.span.end]
    return after[0] if after else None


# How many earlier quotes to look through for the one that holds a figure.
_MAX_QUOTE_LOOKBACK = 16


def _quote_holding(quotes: Sequence[Quote], starts: Sequence[int], start: int, end: int) -> int | None:
    """Index of the innermost quote whose words hold [start, end): quotes never cross, so it is the
    last one starting before ``start`` that also ends after ``end``."""
    at = bisect.bisect_right(starts, start) - 1
    for i in range(at, max(-1, at - _MAX_QUOTE_LOOKBACK), -1):
        if end <= quotes[i].span.end:
            return i
    return None


def build_claims(
    doc: Document,
    quantities: Sequence[Quantity],
    periods: Sequence[PeriodMatch],
    quotes: Sequence[Quote],
    attributions: Sequence[Attribution],
    resolver: Resolver,
    lex: Lexicon,
) -> list[Claim]:
    """Claims for ``quantities``, in text order."""
    text, sentences = doc.text, doc.sentences()
    period_spans = [(p.start, p.end) for p in periods]
    in_periods = SpanSet(period_spans)  # periods never overlap: each merged range is one period
    kept = [
        q for q in quantities if not (q.unit in lex.time_units and in_periods.covers(q.span.start, q.span.end))
    ]
    blocked = SpanSet([*period_spans, *((q.span.start, q.span.end) for q in kept)])
    quote_starts = [qt.span.start for qt in quotes]
    # Quotes come in order of their start (a report made inside a quotation follows it); periods in
    # text order, never overlapping.
    period_starts = [p.start for p in periods]
    governed = [
        _Governed(att.start, att.end, resolver.resolve(att.mention).name if att.mention is not None else None)
        for att in attributions
    ]
    claims: list[Claim] = []
    si = 0
    clauses: _Clauses | None = None  # of the sentence the last claim stood in
    for q in kept:
        while si < len(sentences) and sentences[si].end <= q.span.start:
            si += 1
        sent = sentences[si] if si < len(sentences) else Sentence(0, len(text), 0)
        if clauses is None or clauses.sentence != sent:
            clauses = _Clauses.of(text, sent, lex)
        clause = clauses.around(q.span.start)
        previous = claims[-1] if claims else None
        subject = _subject(doc, q, clause, lex, blocked, previous)
        pm = _period_for(q, sent, periods, period_starts)
        period = None
        if pm is not None and pm.first is not None and pm.last is not None:
            period = Period(Span.of(text, pm.start, pm.end), pm.first, pm.last)
        quote_index = _quote_holding(quotes, quote_starts, q.span.start, q.span.end)
        source: str | None = None
        if quote_index is not None:
            spk = quotes[quote_index].speaker
            source = spk.name if spk is not None else None
        else:
            source = next((g.source for g in governed if g.start <= q.span.start < g.end), None)
        claims.append(Claim(q, subject, period, quote_index, source, _whole_of(doc, q, claims, sent, lex)))
        if len(claims) >= 2 and _part_of_next(doc, claims[-2].quantity, q, lex):
            # "на 19 из последних 24 праймериз": the figure before "из" is a part of this one.
            claims[-2] = attrs.evolve(claims[-2], whole=len(claims) - 1)
    # The structures the text puts figures in (a total and its listed parts, ...) anchor them.
    return anchor(doc, claims, lex)


def _part_of_next(doc: Document, part: Quantity, whole: Quantity, lex: Lexicon) -> bool:
    """``part`` is written "N из M" right before ``whole`` (a word or two may qualify M)."""
    text = doc.text
    if part.unit != whole.unit or part.kind == "change" or whole.kind == "change":
        return False
    between = doc.words(part.span.end, whole.span.start)
    if not (
        0 < len(between) <= 2
        and between[0].text.lower() == lex.marker_of
        and not any(ch in text[part.span.end : whole.span.start] for ch in ",.;:()")
        and not any(ch.isdigit() for w in between for ch in w.text)
    ):
        return False
    # "138 шахматистов из 36 стран" says where the players come from: a part names no thing of its own,
    # or the same thing as the whole ("19 из 24 праймериз", "5 матчей из 7 матчей").
    own = [w for w in doc.words(part.span.start, part.span.end) if morph.part_of_speech(w.text) == "NOUN"]
    theirs = {morph.lemma(w.text) for w in doc.words(whole.span.start, whole.span.end)}
    return not own or all(morph.lemma(w.text) in theirs for w in own)


# Parts of speech of a clause's verb: "допущены", "попадал".
_CLAUSE_VERBS = frozenset({"VERB", "PRTS"})


def _plural_only(word: str) -> bool:
    """Every reading of ``word`` as a noun is plural ("дилерам"), none singular ("аварии" may be either)."""
    nouns = [p for p in morph.parses(word) if p.tag.POS == "NOUN"]
    return bool(nouns) and all(p.tag.number == "plur" for p in nouns)


def _stands_for_whole(between: Sequence[Word]) -> bool:
    """"них" of "из них" (or "которых") after a figure stands for the whole before it when no noun stands
    between ("60 женщин, причём 45 из них"), or when the words between are the clause the part is told in,
    with its verb, and none of their nouns is plural only, so none is what the plural pronoun stands for
    ("из 20 поданных номинаций допущены к проверке лишь 11 из них", "10 раз попадал в аварии, в шести из
    которых"). A noun with no verb is said of the whole itself, and the pronoun of something before it
    ("представители из 66 государств мира, 116 из них" counts the representatives, not the states)."""
    nouns = [w for w in between if morph.part_of_speech(w.text) == "NOUN"]
    if not nouns:
        return True
    verb = any(morph.part_of_speech(w.text) in _CLAUSE_VERBS for w in between)
    return verb and not any(_plural_only(w.text) for w in nouns)


def _whole_of(doc: Document, q: Quantity, earlier: Sequence[Claim], sent: Sentence, lex: Lexicon) -> int | None:
    """The earlier claim of the sentence that ``q`` is stated as a part of: "14 гроссмейстеров, из них 6",
    "180 военнослужащих, в том числе 40 морских пехотинцев", "60 женщин, причём 45 из них"."""
    text = doc.text
    for i in range(len(earlier) - 1, -1, -1):
        whole = earlier[i].quantity
        if whole.span.end <= sent.start:
            break
        if whole.unit != q.unit or whole.kind not in ("amount", "range", "target") or q.kind == "change":
            continue
        between = text[whole.span.end : q.span.start].lower()
        after = text[q.span.end : min(sent.end, q.span.end + 16)].lower()
        if len(between) > _MAX_PART_GAP or any(ch in between for ch in ".;:"):
            return None
        if whole.unit == "count" and whole.value != whole.value.to_integral_value():
            return None  # "7,5 очков": a score, not a set that has parts
        own = next((m for m in lex.part_after if between.lstrip().startswith(m)), "")
        if own:
            # "двое из которых …, четверо внуков": that "из которых" makes "двое" a part, not what follows.
            between = between.lstrip()[len(own) :]
        if any(m in between for m in lex.part_markers):
            return i
        if any(after.lstrip().startswith(m) for m in lex.part_after) and _stands_for_whole(
            doc.words(whole.span.end, q.span.start)
        ):
            return i
        if earlier[i].whole is not None and _list_link(lex).fullmatch(between):
            return earlier[i].whole  # "в том числе 100 офицеров и 90 морских пехотинцев"
        return None
    return None
