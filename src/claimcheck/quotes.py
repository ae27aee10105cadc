"""Reported speech: direct, interrupted, headline, dialogue, indirect and mixed quotes with their speakers.

The finder works on character offsets of the whole text, in passes:

1. quotation marks are paired (« », „ “, “ ”, straight quotes; nesting kept), paragraph by paragraph;
   a quotation is reported speech only when an attribution goes with it: a cue after it
   («…», — заявил X), inside it («A, — заявил X. — B»), or before it (X заявил: «…», стороны
   договорились «…»); quotation marks around names and terms («Газпром») have none and are left alone;
2. a headline "Имя Фамилия: текст", dash dialogue paragraphs ("— …, — отметил он."), speech without
   quotation marks closed by "— сказала X.", and a paragraph introduced by "X сообщили:" are direct;
3. indirect speech is a cue with a content clause: "заявил, что …", "по словам X, …", "Как сообщил X,
   …", "…, сообщает ТАСС", "Об этом сообщила пресс-служба" (the sentence before); one that contains a
   quotation is mixed;
4. a report made inside a quotation ("«Они гарантировали, что он будет играть»", — цитирует X) is a
   quote of its own, nested in the quotation (quotes never cross); "я" there is the quoted speaker,
   and their own opinion ("я уверена, что …") stays part of the quotation.

Speakers are resolved with :class:`claimcheck.speakers.Resolver` in the order their mentions appear.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Mapping, Sequence

from attrs import frozen

from claimcheck import morph
from claimcheck.lexicon import Lexicon, Punctuation, load
from claimcheck.model import Quote, Span, Speaker
from claimcheck.segment import LINE_BREAKS, Document, Sentence, Word, sentences_within
from claimcheck.spanset import SpanSet
from claimcheck.speakers import (
    Mention,
    Resolver,
    document_speaker,
    dropped_subject,
    first_at,
    mention_at,
    possessive_mention,
    speaker_after,
    speaker_before,
    speaker_of_cue,
)
from claimcheck.wordcache import per_lexicon

__all__ = ["Attribution", "find_attributions", "find_quotes", "prepare", "quotation_pairs"]

# Content must have at least this many words to count as a quotation introduced without a colon
# ("договорились «укреплять …»"); names and terms in quotes are shorter.
_MIN_SPEECH_WORDS = 3
# How many words an attribution clause may take after a closing quotation mark.
_MAX_ATTRIBUTION_WORDS = 14
# How many words a cue may stand from the quotation it introduces.
_MAX_CUE_DISTANCE = 12
# Indirect content shorter than this (characters) is not a statement.
_MIN_CONTENT_CHARS = 8
# Reports looked for in one sentence ("X заявил, что …, и высказал озабоченность тем, что …").
_MAX_REPORTS_PER_SENTENCE = 3
# No cue (a word or a set phrase) is longer than this many characters.
_MAX_CUE_LENGTH = 40
# A quotation that goes on with the speaker before it has at least this many words.
_MIN_CONTINUATION_WORDS = 4
# How many earlier quotes to look through for the quotation a report is made inside.
_MAX_NESTED_SIBLINGS = 16

# A comma before a word: where a second report may start inside the content of the first.
_NEXT_CLAUSE_RE = re.compile(r",\s+(?=\w)")
@frozen
class Marks:
    """The quotation marks and dashes of a lexicon's punctuation table as the finders use them: the
    pairs as lookups and the patterns made of the marks, built once per lexicon (:func:`marks`)."""

    punctuation: Punctuation
    closing: Mapping[str, str]  # an opening mark -> its closing mark
    opening_of: Mapping[str, str]  # a stray closing mark -> its opening mark
    straight: str  # the marks that open and close alike
    openers: str  # every opening mark
    main_openers: str  # the opening and the closing marks of the main pairs (names, titles and speech)
    main_closers: str
    dash_like: str  # dashes and the hyphens typed for them
    any_mark: re.Pattern[str]  # every quotation mark: the pairing looks at these characters only
    # A dash or a comma after a closing mark, before the attribution: «…», — заявил X / «…», сказал X.
    after_quote: re.Pattern[str]
    # Where an attribution clause ends: a sentence's end, a spaced dash, a colon or a semicolon.
    clause_end: re.Pattern[str]
    # The attribution inside a quotation, between two spaced dashes: «A, — заявил X. — B».
    inner: re.Pattern[str]
    # A spaced dash that may close speech before its attribution: "— Мы готовы, — отметил он".
    trailing_dash: re.Pattern[str]
    # A comma, perhaps with a dash, before the words of a closing cue: "…, сообщает ТАСС", "…, — говорится".
    comma: re.Pattern[str]
    # Where a dialogue line goes on after its attribution: "— отметил он. — Остальное потом".
    resumed: re.Pattern[str]
    # A colon before quoted words: where a report's content gives way to a direct quotation.
    quoted_after_colon: re.Pattern[str]
    content_stops: str  # marks at which the search for a cue's content gives up


def _one_of(marks: str) -> str:
    """A regular expression for any one of ``marks``."""
    return f"[{re.escape(marks)}]"


@functools.cache
def marks(lex: Lexicon) -> Marks:
    """The :class:`Marks` of ``lex``, made once."""
    p = lex.punctuation
    dash, dash_like = _one_of(p.dashes), p.dashes + p.hyphens
    before_dash = _one_of(p.before_dash)
    inner_words = f"[^{re.escape(p.dashes + ''.join(p.primary) + LINE_BREAKS)}]"
    return Marks(
        punctuation=p,
        closing=dict(p.pairs),
        opening_of={b: a for a, b in p.pairs if b in p.stray_closers},
        straight="".join(a for a, b in p.pairs if a == b),
        openers="".join(dict.fromkeys(a for a, _ in p.pairs)),
        main_openers="".join(dict.fromkeys(a for a, _ in p.main)),
        main_closers="".join(dict.fromkeys(b for _, b in p.main)),
        dash_like=dash_like,
        any_mark=re.compile(_one_of("".join(a + b for a, b in p.pairs))),
        after_quote=re.compile(rf"{before_dash}?\s*{_one_of(dash_like)}\s*|{before_dash}\s*(?=\w)"),
        clause_end=re.compile(rf"{_one_of(p.sentence_ends)}|\s{dash}\s|[:;]"),
        inner=re.compile(
            rf"({before_dash}?)\s+{dash}\s+({inner_words}{{2,160}}?)({_one_of(p.before_resumed)}?)\s+{dash}\s+"
        ),
        trailing_dash=re.compile(rf"({before_dash}?)\s+{dash}\s+"),
        comma=re.compile(rf",\s*(?:{dash}\s*)?(?=\w)"),
        resumed=re.compile(rf"[.,]\s{dash}\s"),
        quoted_after_colon=re.compile(rf":\s*{_one_of(p.mixed)}"),
        content_stops=".!?;" + p.main_marks,
    )


@frozen
class Attribution:
    """A cue and its speaker that govern a stretch of text (a list after "добавила цифры:")."""

    start: int  # the stretch governed
    end: int
    cue: Span
    mention: Mention | None


@frozen
class _Raw:
    start: int
    end: int
    kind: str
    cue: tuple[int, int] | None
    mention: Mention | None


def _document(text: str | Document) -> Document:
    """The Document a finder is handed, or a new one of the str it is handed."""
    return text if isinstance(text, Document) else Document(text)


# -- quotation marks ------------------------------------------------------------------------------------


def quotation_pairs(text: str | Document, lex: Lexicon | None = None) -> list[tuple[int, int]]:
    """(content start, content end) of every top-level quotation, marks excluded.

    Pairs never cross a line break; a paragraph that opens a quotation and never closes it is a
    quotation running to its end (the convention for quotes over several paragraphs).
    """
    doc = _document(text)
    text = doc.text
    mk = marks(lex or load())
    closing, straight, after = mk.closing, mk.straight, mk.punctuation.straight_opens_after
    runs_on = mk.punctuation.primary[0]
    out: list[tuple[int, int]] = []
    for p_start, p_end in doc.paragraphs():
        stack: list[tuple[str, int]] = []
        for m in mk.any_mark.finditer(text, p_start, p_end):
            i = m.start()
            ch = text[i]
            opens = ch not in straight or _opens_straight(text, i, p_start, after)
            if stack and ch == closing[stack[-1][0]] and (ch not in straight or not opens):
                _, pos = stack.pop()
                if not stack:
                    out.append((pos + 1, i))
                continue
            if ch in closing and opens:
                stack.append((ch, i))
        if stack and stack[0][1] == p_start and stack[0][0] == runs_on:
            out.append((p_start + 1, p_end))
    out.sort()
    return out


def _opens_straight(text: str, i: int, floor: int, after: str) -> bool:
    """Whether the straight quote at ``i`` opens: it follows white space, one of ``after`` or the
    paragraph's start at ``floor``."""
    prev = text[i - 1] if i > floor else " "
    return prev.isspace() or prev in after or i == floor


# -- cues and speakers -----------------------------------------------------------------------------------


def prepare(lex: Lexicon) -> None:
    """Build the tables this module derives from ``lex`` (see :func:`claimcheck.analysis.prepare`)."""
    marks(lex)
    _cue_forms(lex)
    _source_phrase_re(lex)
    morph.word_forms(lex.naming_verbs)


@functools.cache
def _cue_forms(lex: Lexicon) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(every form of a cue verb, every form of a cue phrase's first word, both) of ``lex``, made once:
    most words of a text are none of them, and a set lookup tells so without a parse or a cache."""
    verbs = morph.word_forms(lex.speech_verbs | lex.document_verbs)
    firsts = morph.word_forms(_cue_phrase_index(lex.cue_phrases))
    return verbs, firsts, verbs | firsts


def _is_cue(word: str, lex: Lexicon) -> bool:
    """A speech verb in a reporting form (not "напомним", not an infinitive or participle)."""
    return morph.normalize(word) in _cue_forms(lex)[0] and _is_cue_form(word, lex)


@per_lexicon(maxsize=65536)
def _is_cue_form(word: str, lex: Lexicon) -> bool:
    """:func:`_is_cue` for a form of a cue verb, cached per word form."""
    if not morph.lemmas(word.lower()) & (lex.speech_verbs | lex.document_verbs):
        return False
    ps = morph.parses(word.lower())
    if not ps:
        return False
    tag = ps[0].tag
    if tag.POS not in ("VERB", "GRND", "PRTS"):
        return False
    return not ("1per" in tag or "impr" in tag)


def _phrase_cue(ws: Sequence[Word], k: int, lex: Lexicon) -> int | None:
    """End word index of a cue phrase starting at word ``k`` ("обратили внимание"), if one does."""
    for _order, parts in _cue_phrases_from(ws[k].text, lex):
        if k + len(parts) > len(ws):
            continue
        if all(morph.lemma(ws[k + i].text) == part or ws[k + i].text.lower() == part for i, part in enumerate(parts)):
            return k + len(parts) - 1
    return None


def _may_cue(word: str, lex: Lexicon) -> bool:
    """``word`` is a cue, or the first word of a cue phrase."""
    return morph.normalize(word) in _cue_forms(lex)[2] and _may_cue_form(word, lex)


@per_lexicon(maxsize=65536)
def _may_cue_form(word: str, lex: Lexicon) -> bool:
    """:func:`_may_cue` of a form of a cue word, cached per word form (a text has tens of thousands)."""
    return bool(_cue_phrases_from(word, lex)) or _is_cue(word, lex)


@per_lexicon(maxsize=65536)
def _cue_phrases_from(first: str, lex: Lexicon) -> tuple[tuple[int, tuple[str, ...]], ...]:
    """The cue phrases whose first word ``first`` matches (by lemma or lower case), in lexicon order;
    cached per word form, as most words start none."""
    if morph.normalize(first) not in _cue_forms(lex)[1]:
        return ()
    by_first = _cue_phrase_index(lex.cue_phrases)
    low = first.lower()
    lem = morph.lemma(first)
    candidates = by_first.get(lem, ())
    if low != lem and low in by_first:
        candidates = tuple(sorted((*candidates, *by_first[low])))
    return candidates


@functools.cache
def _cue_phrase_index(phrases: tuple[str, ...]) -> dict[str, tuple[tuple[int, tuple[str, ...]], ...]]:
    """Cue phrases by their first word: (position in the lexicon, words), in lexicon order."""
    index: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
    for n, phrase in enumerate(phrases):
        parts = tuple(phrase.split())
        if parts:
            index.setdefault(parts[0], []).append((n, parts))
    return {first: tuple(entries) for first, entries in index.items()}


def _cue_index(ws: Sequence[Word], lex: Lexicon, start: int = 0, stop: int | None = None) -> int | None:
    for k in range(start, len(ws) if stop is None else stop):
        if _is_cue(ws[k].text, lex):
            return k
    return None


def _attribution(
    doc: Document, start: int, stop: int, lex: Lexicon, *, window: int = 4
) -> tuple[tuple[int, int], Mention | None] | None:
    """A short attribution clause "заявил X" / "X заявил" in text[start:stop]: (cue span, speaker)."""
    text = doc.text
    ws = doc.words(start, stop)[:_MAX_ATTRIBUTION_WORDS]
    low = text[start:stop].lower()
    for phrase in lex.attribution_phrases:
        if low.startswith(phrase):
            # "«…», — с этими словами Квачков отправился …": the phrase is the cue, the subject speaks.
            skip = len(phrase.split())
            speaker = speaker_before(doc, ws, len(ws), lex, skip) if skip < len(ws) else None
            return (start, start + len(phrase)), speaker
    k = _cue_index(ws, lex, 0, min(len(ws), window))
    if k is None:
        return None
    speaker = speaker_after(doc, ws, k, lex, len(ws)) or speaker_before(doc, ws, k, lex)
    return (ws[k].start, ws[k].end), speaker


# -- direct speech ----------------------------------------------------------------------------------------


def _trim(text: str, start: int, end: int, mk: Marks) -> tuple[int, int]:
    """``text[start:end]`` without the white space around it, a dash that opens it or the marks that
    close a clause after it."""
    dashes = mk.dash_like
    while start < end and (text[start].isspace() or (text[start] in dashes and text[start + 1 : start + 2].isspace())):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:"):
        end -= 1
    return start, end


def _after_quote(
    doc: Document, close: int, p_end: int, lex: Lexicon, *, words_before: bool
) -> tuple[tuple[int, int], Mention | None] | None:
    """An attribution right after a closing mark, «…», — сказал X, if there is one.

    Without a dash ("«…», сказал Симони") the cue must come first, and only a quotation with no words
    before it in its sentence (``words_before``) takes it: in "Во время нападения он кричал «Аллаху
    акбар», заявил прокурор" a cue after a bare comma governs the whole sentence, not the quotation.
    """
    text = doc.text
    mk = marks(lex)
    m = mk.after_quote.match(text, close + 1, p_end)
    if m is None:
        return None
    dash = any(ch in m.group() for ch in mk.dash_like)
    if not dash and words_before:
        return None
    end = mk.clause_end.search(text, m.end(), p_end)
    stop = end.start() if end is not None else p_end
    return _attribution(doc, m.end(), stop, lex, window=4 if dash else 1)


_Part = tuple[int, int, tuple[int, int], "Mention | None"]


def _interrupted(doc: Document, start: int, end: int, lex: Lexicon) -> list[_Part]:
    """Split «A, — заявил X. — B» into parts A and B with the attribution's cue and speaker."""
    text = doc.text
    inner = marks(lex).inner
    parts: list[_Part] = []
    pos = at = start
    while True:
        m = inner.search(text, at, end)
        if m is None:
            break
        # A dash inside the quoted words ("задача — обеспечить") is no attribution: try one later.
        at = m.start() + 1
        found = _attribution(doc, m.start(2), m.end(2), lex)
        if found is None or len(doc.words(m.start(2), m.end(2))) > _MAX_ATTRIBUTION_WORDS:
            continue
        a_end = m.start() + (0 if m.group(1) == "," else len(m.group(1)))
        parts.append((pos, a_end, found[0], found[1]))
        pos = at = m.end()
    if parts:
        parts.append((pos, end, parts[-1][2], parts[-1][3]))
    return parts


def _before_quote(
    doc: Document, open_pos: int, floor: int, lex: Lexicon, content_words: int
) -> tuple[tuple[int, int], Mention | None] | None:
    """An attribution before an opening mark: "X заявил: «…»", "стороны договорились «…»"."""
    text = doc.text
    ws = doc.words(floor, open_pos)
    if not ws:
        return None
    colon = text[floor:open_pos].rstrip().endswith(":")
    naming_forms = morph.word_forms(lex.naming_verbs)
    naming = any(
        (morph.normalize(w.text) in naming_forms or not morph.is_known(w.text))
        and morph.lemmas(w.text.lower()) & lex.naming_verbs
        for w in ws[-3:]
    )  # "называя его «незаконным похищением»", "окрестя его «…»": the wording itself is quoted
    if not colon and not naming and content_words < _MIN_SPEECH_WORDS:
        return None
    k = None
    # After a colon the cue may stand further back ("заявил в субботу, что исследование … не выявило
    # наличие раковых клеток: «…»"): the whole clause before the colon is its attribution.
    reach = len(ws) + 1 if colon else _MAX_CUE_DISTANCE
    for idx in range(len(ws) - 1, max(-1, len(ws) - reach), -1):
        if _is_cue(ws[idx].text, lex):
            k = idx
            break
    if k is None and colon:
        # "Глава Минздрава Мэтт Хэнкок поздравил пару через Twitter: «…»": any verb of a speaker.
        k = next((i for i in range(len(ws) - 1, -1, -1) if morph.word_info(ws[i].text)[0] == "VERB"), None)
        if k is not None:
            speaker = speaker_before(doc, ws, k, lex)
            if speaker is None or speaker.kind not in ("person", "role", "organization", "pronoun"):
                return None
            return (ws[k].start, ws[k].end), speaker
        if k is None:
            speaker = speaker_before(doc, ws, len(ws), lex)
            if speaker is not None and speaker.end >= ws[-1].end and speaker.kind != "pronoun":
                return (open_pos, open_pos), speaker
            return None
    if k is None:
        return None
    between = text[ws[k].end : open_pos]
    if any(mark in between for mark in lex.punctuation.main_marks):
        return None
    if not colon and any(w.text.lower() in lex.complementizers for w in ws[k + 1 :]):
        return None  # "подчеркивается, что дух Эльбы «…»": indirect speech with a quoted part (mixed)
    speaker = speaker_of_cue(doc, ws, k, lex)
    if speaker is None and not colon:
        return None
    return (ws[k].start, ws[k].end), speaker


def _headline(doc: Document, lex: Lexicon) -> _Raw | None:
    """ "Имя Фамилия: текст" on the first line."""
    text = doc.text
    paras = doc.paragraphs()
    if not paras:
        return None
    start, end = paras[0]
    colon = text.find(":", start, end)
    if colon < 0:
        return None
    ws = doc.words(start, colon)
    if not 1 <= len(ws) <= 4 or ws[0].start != start:
        return None
    m = mention_at(doc, ws, 0, lex, limit=len(ws), case="nomn")
    if m is None or m.end != ws[-1].end or m.kind == "pronoun":
        return None
    mk = marks(lex)
    c_start, c_end = _trim(text, colon + 1, end, mk)
    if text[c_start : c_start + 1] in mk.main_openers and text[c_end - 1 : c_end] in mk.main_closers:
        c_start, c_end = c_start + 1, c_end - 1
    if c_end - c_start < 3:
        return None
    return _Raw(c_start, c_end, "direct", None, m)


def _dialogue(doc: Document, lex: Lexicon) -> list[_Raw]:
    """Dash dialogue paragraphs: "— Мы готовы, — отметил он. — Остальное потом." """
    text = doc.text
    dashes = lex.punctuation.dashes
    out: list[_Raw] = []
    for p_start, p_end in doc.paragraphs():
        if text[p_start] not in dashes or not text[p_start + 1 : p_start + 2].isspace():
            continue
        out.extend(_dash_attributed(doc, p_start + 2, p_end, lex))
    return out


def _dash_attributed(doc: Document, start: int, p_end: int, lex: Lexicon) -> list[_Raw]:
    """Speech in text[start:p_end] closed by "— cue speaker" and maybe continued after "— "."""
    text = doc.text
    mk = marks(lex)
    for m in mk.trailing_dash.finditer(text, start, p_end):
        end = mk.clause_end.search(text, m.end(), p_end)
        stop = end.start() if end is not None else p_end
        found = _attribution(doc, m.end(), stop, lex)
        if found is None:
            continue
        cue, speaker = found
        a_end = m.start() + (0 if m.group(1) == "," else len(m.group(1)))
        a_start, a_end = _trim(text, start, a_end, mk)
        if a_end - a_start < _MIN_CONTENT_CHARS:
            return []
        out = [_Raw(a_start, a_end, "direct", cue, speaker)]
        rest = mk.resumed.search(text, cue[1], p_end)
        if rest is not None and rest.end() < p_end:
            b_start, b_end = _trim(text, rest.end(), p_end, mk)
            if b_end > b_start:
                out.append(_Raw(b_start, b_end, "direct", cue, speaker))
        return out
    return []


def _unquoted(doc: Document, lex: Lexicon, taken: SpanSet) -> list[_Raw]:
    """Speech without quotation marks ended by a dash attribution: "… все я это чувствую — сказала X." """
    text = doc.text
    mk = marks(lex)
    opens = mk.main_openers + mk.punctuation.dashes  # a quotation or a dialogue line
    out: list[_Raw] = []
    for p_start, p_end in doc.paragraphs():
        if text[p_start] in opens or taken.overlaps(p_start, p_end):
            continue
        tail = mk.trailing_dash.search(text, max(p_start, p_end - 120), p_end)
        if tail is None:
            continue
        raws = _dash_attributed(doc, p_start, p_end, lex)
        if raws and raws[0].cue is not None and raws[0].cue[0] >= tail.end() - 1:
            out.extend(raws[:1])
    return out


def _colon_intro(
    doc: Document, p_start: int, p_end: int, lex: Lexicon
) -> tuple[tuple[int, int], Mention | None] | None:
    """The cue and speaker of a paragraph that ends with a colon ("Пресс-служба добавила цифры:")."""
    ws = doc.words(p_start, p_end)
    k = _cue_index(ws, lex)
    if k is None:
        return None
    return (ws[k].start, ws[k].end), speaker_of_cue(doc, ws, k, lex)


def _colon_paragraphs(doc: Document, lex: Lexicon, taken: SpanSet) -> list[_Raw]:
    """ "В канцелярии премьер-министра сообщили вчера:" followed by the statement as its own paragraph."""
    text = doc.text
    mk = marks(lex)
    opens = mk.punctuation.bullets + mk.main_openers  # a list item or a quotation
    out: list[_Raw] = []
    paras = doc.paragraphs()
    for n, (p_start, p_end) in enumerate(paras[:-1]):
        if text[p_end - 1] != ":":
            continue
        q_start, q_end = paras[n + 1]
        if text[q_start] in opens or taken.overlaps(q_start, q_end):
            continue
        intro = _colon_intro(doc, p_start, p_end, lex)
        if intro is None:
            continue
        c_start, c_end = _trim(text, q_start, q_end, mk)
        out.append(_Raw(c_start, c_end, "direct", intro[0], intro[1]))
    return out


def _direct(doc: Document, lex: Lexicon, sents: Sequence[Sentence], pairs: Sequence[tuple[int, int]]) -> list[_Raw]:
    text = doc.text
    mk = marks(lex)
    p = mk.punctuation
    out: list[_Raw] = []
    para_list = doc.paragraphs()
    para_starts = [s for s, _ in para_list]

    def paragraph_end(pos: int) -> int:
        i = bisect.bisect_right(para_starts, pos) - 1
        return para_list[i][1] if i >= 0 and pos < para_list[i][1] else len(text)

    for start, end in pairs:
        if end <= start:
            continue
        p_end = paragraph_end(start)
        inner = _interrupted(doc, start, end, lex)
        if inner:
            for a, b, cue, speaker in inner:
                a, b = _trim(text, a, b, mk)
                if b > a:
                    out.append(_Raw(a, b, "direct", cue, speaker))
            continue
        content_words = len(doc.words(start, end))
        sent = _sentence_of(sents, start - 1) or _sentence_of(sents, start)
        sent_start = sent.start if sent is not None else start - 1
        floor = max(sent_start, text.rfind(p.primary[1], sent_start, start - 1) + 1)
        after = None
        if end < len(text):
            lead = max(sent_start, *(text.rfind(ch, sent_start, start - 1) + 1 for ch in p.sentence_ends))
            after = _after_quote(doc, end, p_end, lex, words_before=bool(doc.words(lead, start - 1)))
        before = None
        if after is None and start - 1 > floor:
            before = _before_quote(doc, start - 1, floor, lex, content_words)
        found = after or before
        if found is None:
            continue
        cue, speaker = found
        c_end = end
        while c_end > start and text[c_end - 1] == ",":
            c_end -= 1
        out.append(_Raw(start, c_end, "direct", None if cue[0] == cue[1] else cue, speaker))
    return out


def _sentence_of(sents: Sequence[Sentence], pos: int) -> Sentence | None:
    """The sentence that holds ``pos`` (sentences come in text order and never overlap)."""
    i = bisect.bisect_right(sents, pos, key=_sentence_start) - 1
    return sents[i] if i >= 0 and pos < sents[i].end else None


def _sentence_start(s: Sentence) -> int:
    return s.start


# -- indirect speech --------------------------------------------------------------------------------------


def _kind_of(text: str, start: int, end: int, mk: Marks) -> str:
    return "mixed" if any(mark in text[start:end] for mark in mk.punctuation.mixed) else "indirect"


def _content(text: str, start: int, s: Sentence, mk: Marks) -> tuple[int, int]:
    """Content from ``start`` to the end of the sentence, or to ": «" where a direct quotation begins."""
    c_start, c_end = _trim(text, start, s.end, mk)
    colon = mk.quoted_after_colon.search(text, c_start, c_end)
    if colon is not None:
        c_end = _trim(text, c_start, colon.start(), mk)[1]
    stray = mk.punctuation.stray_closers
    if c_end > c_start and text[c_end - 1] in stray and mk.opening_of[text[c_end - 1]] not in text[c_start:c_end]:
        # "…, что ситуация была отчаянной»": the mark closes a quotation opened before the content.
        c_end = _trim(text, c_start, c_end - 1, mk)[1]
    return c_start, c_end


def _source_phrase(doc: Document, s: Sentence, ws: Sequence[Word], lex: Lexicon) -> _Raw | None:
    """ "По словам X, …" / "Как сообщил X, …" at the start (or after a comma), or "…, по данным X." at the end."""
    text = doc.text
    mk = marks(lex)
    p = mk.punctuation
    low = text[s.start : s.end].lower()
    if _source_phrase_re(lex).search(low) is None:
        return None  # most sentences: none of the phrases at all
    for phrase in lex.source_phrases:
        at = low.find(phrase)
        while at > 0 and low[at - 1].isalnum():
            at = low.find(phrase, at + 1)
        if at < 0:
            continue
        p_start = s.start + at
        p_end = p_start + len(phrase)
        if p_end < len(text) and text[p_end].isalnum():
            continue
        idx = first_at(ws, p_end)
        if idx == len(ws):
            continue
        preposition = (
            idx + 1 < len(ws) and morph.word_info(ws[idx].text)[0] == "PREP" and not text[p_end : ws[idx].start].strip()
        )
        if preposition:
            idx += 1  # "по информации от представителей резиденции"
        mention = possessive_mention(ws[idx], lex)
        if mention is None:
            as_phrase = low[at:].startswith(lex.as_word + " ")
            mention = mention_at(doc, ws, idx, lex, case="nomn" if as_phrase else "gent", any_noun=not as_phrase)
            if mention is None and as_phrase:
                mention = speaker_after(doc, ws, idx - 1, lex, len(ws))
        if mention is None and preposition:
            continue  # "по информации на данном этапе", "по данным на 1 января": a date, not a source
        after_mention = mention.end if mention is not None else p_end
        comma = text.find(",", after_mention, s.end)
        lead = text[s.start : p_start].strip()
        if not lead or lead.endswith(","):
            mention, comma = _apposed_person(doc, ws, s, mention, comma, lex)
            # The phrase opens the sentence (or its clause): the content follows its comma.
            if comma < 0:
                continue
            c_start, c_end = _content(text, comma + 1, s, mk)
            if lead.endswith(","):
                # "Кроме того, по данным X, …": the words before the phrase are the author's.
                pass
        else:
            # "…, по словам X." closes the sentence: the content precedes it.
            if not text[s.start : p_start].rstrip().endswith(",") and not lead.endswith(tuple(p.before_source)):
                continue
            if comma >= 0 and text[comma + 1 : s.end].strip(" " + p.sentence_ends):
                continue
            c_start, c_end = _trim(text, s.start, p_start, mk)
        if c_end - c_start < _MIN_CONTENT_CHARS:
            continue
        return _Raw(c_start, c_end, _kind_of(text, c_start, c_end, mk), (p_start, p_end), mention)
    return None


def _has_subject(ws: Sequence[Word], first: int, stop: int, k: int) -> bool:
    """Whether a word that can be a subject (a noun, pronoun or adjective in the nominative) stands in
    words [first, stop) other than the cue ``k``, recognised as a speaker or not ("Документ предлагает")."""
    for j in range(first, min(stop, len(ws))):
        if j == k:
            continue
        for p in morph.parses(ws[j].text.lower())[:2]:
            if p.tag.case == "nomn" and p.tag.POS in ("NOUN", "NPRO", "ADJF", "PRTF"):
                return True
        if ws[j].text[:1].isupper() and j > first and not morph.parses(ws[j].text.lower())[:1]:
            return True
    return False


def _apposed_person(
    doc: Document, ws: Sequence[Word], s: Sentence, speaker: Mention | None, comma: int, lex: Lexicon
) -> tuple[Mention | None, int]:
    """(speaker, comma before the content): "Как пишет один из участников, отставной генерал Питер
    Цвак, …" names the person in an apposition between commas; the content follows it."""
    text = doc.text
    if comma < 0 or speaker is None or speaker.kind == "person" or speaker.end > comma:
        return speaker, comma
    j = first_at(ws, comma + 1)
    apposed = mention_at(doc, ws, j, lex, case="nomn") if j < len(ws) else None
    if apposed is None or apposed.kind != "person":
        return speaker, comma
    after = text.find(",", apposed.end, s.end)
    if after < 0 or text[apposed.end : after].strip():
        return speaker, comma
    return apposed, after


@functools.cache
def _source_phrase_re(lex: Lexicon) -> re.Pattern[str]:
    """Any source phrase (in lower case): a quick test before the phrases are looked at in order."""
    return re.compile("|".join(re.escape(p) for p in lex.source_phrases))


def _as_cue(doc: Document, s: Sentence, ws: Sequence[Word], lex: Lexicon) -> _Raw | None:
    """ "Как уточнили представители прокуратуры, оба арестованных …": the content follows the clause."""
    text = doc.text
    mk = marks(lex)
    if len(ws) < 4 or ws[0].text.lower() != lex.as_word or ws[0].start - s.start > 2:
        return None
    k = _cue_index(ws, lex, 1, 3)
    if k is None:
        return None
    comma = text.find(",", ws[k].end, s.end)
    stop = first_at(ws, comma + 1) if comma >= 0 else len(ws)
    speaker = speaker_after(doc, ws, k, lex, stop) or speaker_before(doc, ws, k, lex, 1)
    speaker, comma = _apposed_person(doc, ws, s, speaker, comma, lex)
    if comma >= 0:
        c_from = comma + 1
    elif speaker is not None and speaker.start > ws[k].start:
        c_from = speaker.end  # "Как сообщило министерство здравоохранения в больницах …" (no comma)
    else:
        return None
    c_start, c_end = _content(text, c_from, s, mk)
    if c_end - c_start < _MIN_CONTENT_CHARS:
        return None
    kind = _kind_of(text, c_start, c_end, mk)
    if kind == "mixed":
        return None  # "Как сообщила X, на встрече «…»": the quotation itself is the direct quote
    return _Raw(c_start, c_end, kind, (ws[k].start, ws[k].end), speaker)


def _cue_clause(doc: Document, s: Sentence, ws: Sequence[Word], lex: Lexicon, first: int = 0) -> _Raw | None:
    """ "X заявил, что …", "X сообщил о том, что …", "заявили о готовности …", "напомнила …: …"."""
    text = doc.text
    mk = marks(lex)
    for k in range(first, len(ws)):
        w = ws[k]
        if not _may_cue(w.text, lex):
            continue  # neither a cue phrase's first word nor a cue: the two checks below would fail
        phrase_end = _phrase_cue(ws, k, lex)
        if phrase_end is None and not _is_cue(w.text, lex):
            continue
        last = phrase_end if phrase_end is not None else k
        c_from = _content_start(doc, ws, last, s, lex)
        if c_from is None:
            continue
        if any(_is_cue(x.text, lex) for x in ws[last + 1 : first_at(ws, c_from)]):
            continue  # "чем требовала сторона обвинения, сославшись на то, что …": the nearer cue reports
        opens_quotation = text[c_from : c_from + 2].lstrip()[:1] in mk.main_openers
        if opens_quotation and text[c_from - 2 : c_from].strip() == ":":
            continue  # "X заявил: «…»" is direct speech, found by the direct pass
        c_start, c_end = _content(text, c_from, s, mk)
        c_end = _next_cue_clause(doc, ws, c_start, c_end, s, lex)
        if c_end - c_start < _MIN_CONTENT_CHARS:
            continue
        stop = max(first_at(ws, c_from), last + 1) if last + 1 < len(ws) else len(ws)
        citing = bool(morph.lemmas(w.text.lower()) & lex.citing_verbs)
        speaker = (speaker_after(doc, ws, k, lex, stop) if citing else None) or speaker_before(doc, ws, k, lex)
        if speaker is None:
            speaker = speaker_after(doc, ws, last, lex, stop)
        if speaker is None and morph.lemmas(w.text.lower()) & lex.document_verbs:
            speaker = document_speaker(doc, ws, k, lex)
        if speaker is None and not _has_subject(ws, 0, first_at(ws, c_from), k):
            speaker = dropped_subject(w, lex)
        return _Raw(c_start, c_end, _kind_of(text, c_start, c_end, mk), (w.start, ws[last].end), speaker)
    return None


def _next_cue_clause(doc: Document, ws: Sequence[Word], c_start: int, c_end: int, s: Sentence, lex: Lexicon) -> int:
    """End the content where ", и … высказали озабоченность тем, что" starts a second report."""
    text = doc.text
    mk = marks(lex)
    for m in _NEXT_CLAUSE_RE.finditer(text, c_start, c_end):
        idx = first_at(ws, m.end())
        if idx == len(ws):
            break
        for k in range(idx, min(len(ws), idx + 6)):
            if ws[k].start >= c_end:
                break
            last = _phrase_cue(ws, k, lex)
            if last is None and not _is_cue(ws[k].text, lex):
                continue
            if _content_start(doc, ws, k if last is None else last, s, lex) is not None:
                return _trim(text, c_start, m.start(), mk)[1]
    return c_end


def _content_start(doc: Document, ws: Sequence[Word], k: int, s: Sentence, lex: Lexicon) -> int | None:
    """Where the content of a cue at word ``k`` begins: after "что", "о том, что", a colon, or "о";
    for a request ("попросила остановить поединок") at the infinitive."""
    text = doc.text
    stops = marks(lex).content_stops
    if morph.lemmas(ws[k].text.lower()) & lex.agreement_verbs:
        for j in range(k + 1, min(len(ws), k + 4)):
            if any(ch in text[ws[j - 1].end : ws[j].start] for ch in stops):
                break
            if morph.word_info(ws[j].text)[0] == "INFN":
                return ws[j].start
    for j in range(k + 1, min(len(ws), k + 9)):
        low = ws[j].text.lower()
        gap = text[ws[j - 1].end : ws[j].start]
        if gap.count(":") == 1 and not doc.urls().contains(ws[j - 1].end + gap.index(":")):
            # One colon introduces the content; "http://" and a "::" between page titles do not.
            return ws[j - 1].end + gap.index(":") + 1
        if low in lex.complementizers and ("," in gap or j == k + 1 or ws[j - 1].text.lower() in lex.about_words):
            return ws[j].end
        if j == k + 1 and low in lex.about_object and k + 3 < len(ws):
            nxt = ws[j + 1].text.lower()
            anaphoric = f"{low} {nxt}" in lex.anaphora  # "написал об этом письмо": no content here
            if (
                nxt not in lex.about_words
                and not anaphoric
                and not any(ch in text[ws[j + 1].end : ws[j + 2].start] for ch in ".!?")
            ):
                return ws[j].end
        if any(ch in gap for ch in stops):
            return None
    return None


def _trailing_cue(doc: Document, s: Sentence, ws: Sequence[Word], lex: Lexicon) -> _Raw | None:
    """ "…, сообщает ТАСС." / "…, — говорится в заявлении." / "…, об этом сообщают СМИ." closing a sentence."""
    text = doc.text
    mk = marks(lex)
    for m in mk.comma.finditer(text, s.start, s.end):
        idx = first_at(ws, m.end())
        if idx == len(ws):
            continue
        lead = idx
        anaphora = _anaphora_at(text, ws[idx].start, lex)
        if anaphora is not None:
            idx = first_at(ws, anaphora)
        k = _cue_index(ws, lex, idx, min(len(ws), idx + 3))
        if k is None or len(ws) - k > _MAX_ATTRIBUTION_WORDS:
            continue
        if k > lead and anaphora is None and morph.word_info(ws[lead].text)[0] not in ("ADVB", "PREP"):
            speaker = speaker_before(doc, ws, k, lex, lead)
        else:
            speaker = None
        speaker = speaker or speaker_after(doc, ws, k, lex, len(ws))
        if speaker is None and morph.lemmas(ws[k].text.lower()) & lex.document_verbs:
            speaker = document_speaker(doc, ws, k, lex)
        if speaker is None:
            continue
        c_start, c_end = _trim(text, s.start, m.start(), mk)
        if c_end - c_start < _MIN_CONTENT_CHARS or len(doc.words(c_start, c_end)) < 3:
            continue
        return _Raw(c_start, c_end, _kind_of(text, c_start, c_end, mk), (ws[k].start, ws[k].end), speaker)
    return None


def _anaphora_at(text: str, pos: int, lex: Lexicon) -> int | None:
    """End of an anaphoric phrase ("об этом") starting at ``pos``, if one does."""
    low = text[pos : pos + 20].lower()
    for phrase in lex.anaphora:
        if low.startswith(phrase) and not low[len(phrase) : len(phrase) + 1].isalnum():
            return pos + len(phrase)
    return None


def _anaphoric(doc: Document, s: Sentence, prev: Sentence | None, ws: Sequence[Word], lex: Lexicon) -> _Raw | None:
    """ "Об этом сообщила пресс-служба полиции." -> the sentence before is what was reported."""
    text = doc.text
    mk = marks(lex)
    if prev is None or not ws:
        return None
    start = _anaphora_at(text, ws[0].start, lex)
    if start is None or ws[0].start - s.start > 1:
        return None
    idx = first_at(ws, start)
    k = _cue_index(ws, lex, idx, min(len(ws), idx + 5))
    if k is None:
        return None
    speaker = speaker_after(doc, ws, k, lex, len(ws)) or speaker_before(doc, ws, k, lex, idx)
    c_start, c_end = _trim(text, prev.start, prev.end, mk)
    if c_end - c_start < _MIN_CONTENT_CHARS:
        return None
    return _Raw(c_start, c_end, _kind_of(text, c_start, c_end, mk), (ws[k].start, ws[k].end), speaker)


class _Direct:
    """The direct quotes found so far (never overlapping), with their cues, for fast range queries."""

    def __init__(self, raws: Sequence[_Raw]) -> None:
        self.raws = sorted(raws, key=lambda r: r.start)
        self.starts = [r.start for r in self.raws]
        with_cue = sorted((r for r in self.raws if r.cue is not None), key=lambda r: (r.cue or (0, 0))[0])
        self.cue_raws = with_cue
        self.cue_starts = [(r.cue or (0, 0))[0] for r in with_cue]
        self.cues = SpanSet(r.cue for r in with_cue if r.cue is not None)

    def overlapping(self, start: int, end: int) -> list[_Raw]:
        """The quotes that share a character with [start, end)."""
        i = max(0, bisect.bisect_right(self.starts, start) - 1)
        out = []
        while i < len(self.raws) and self.raws[i].start < end:
            if self.raws[i].end > start:
                out.append(self.raws[i])
            i += 1
        return out

    def owning_cue(self, start: int, end: int) -> list[_Raw]:
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
    doc: Document, sents: Sequence[Sentence], raws: Sequence[_Raw], cue_starts: Sequence[int], lex: Lexicon
) -> list[Sentence]:
    """``sents`` and the sentences inside each quotation, where reports made by the quoted speaker
    stand ("«Они гарантировали, что он будет играть»"). A quotation with neither a cue nor a source
    phrase holds no report and is not split."""
    text = doc.text
    known = {(s.start, s.end) for s in sents}
    extra: list[Sentence] = []
    for r in raws:
        if r.kind != "direct" or r.end - r.start < _MIN_CONTENT_CHARS:
            continue
        cue_inside = _any_between(cue_starts, r.start, r.end)
        if not cue_inside and _source_phrase_re(lex).search(text[r.start : r.end].lower()) is None:
            continue
        holder = _sentence_of(sents, r.start)
        paragraph = holder.paragraph if holder is not None else 0
        extra.extend(s for s in sentences_within(text, r.start, r.end, paragraph) if (s.start, s.end) not in known)
    if not extra:
        return list(sents)
    return sorted([*sents, *extra], key=lambda s: (s.start, -s.end))


def _indirect(doc: Document, lex: Lexicon, sents: Sequence[Sentence], raws: Sequence[_Raw]) -> list[_Raw]:
    text = doc.text
    out: list[_Raw] = []
    direct = _Direct(raws)
    prev: Sentence | None = None
    # Where a cue may stand: every finder but the source phrases needs one in the sentence.
    cue_starts = _cue_starts(doc, lex)
    for s in _with_quoted_sentences(doc, sents, raws, cue_starts, lex):
        ws = doc.words(s.start, s.end)
        candidates: list[_Raw] = []
        if len(ws) >= 3 and not _any_between(cue_starts, s.start, s.end):
            found = _source_phrase(doc, s, ws, lex)
            if found is not None:
                candidates.append(found)
        elif len(ws) >= 3:
            found = (
                _anaphoric(doc, s, prev, ws, lex)
                or _source_phrase(doc, s, ws, lex)
                or _as_cue(doc, s, ws, lex)
                or _cue_clause(doc, s, ws, lex)
                or _trailing_cue(doc, s, ws, lex)
            )
            # A sentence may hold a second report after the first ("…, и высказали озабоченность тем, что …").
            while found is not None and len(candidates) < _MAX_REPORTS_PER_SENTENCE:
                candidates.append(found)
                after = first_at(ws, found.end)
                found = _cue_clause(doc, s, ws, lex, after)
        prev = s
        for candidate in candidates:
            _add_indirect(text, candidate, out, direct)
    return out


def _any_between(positions: Sequence[int], start: int, end: int) -> bool:
    """One of the sorted ``positions`` lies in [start, end)."""
    at = bisect.bisect_left(positions, start)
    return at < len(positions) and positions[at] < end


def _cue_starts(doc: Document, lex: Lexicon) -> list[int]:
    """Where a word that may be a cue starts, in text order. The words are looked up in the set of
    cue forms at C speed (:func:`claimcheck.segment.word_indices`); only those found are checked further."""
    ws = doc.words()
    return [ws[i].start for i in doc.word_indices(_cue_forms(lex)[2]) if _may_cue_form(ws[i].text, lex)]


def _add_indirect(text: str, candidate: _Raw, out: list[_Raw], direct: _Direct) -> None:
    """Keep an indirect report unless an earlier report or a direct quotation already covers it."""
    if candidate.end <= candidate.start:
        return
    if out and out[-1].start < candidate.end and candidate.start < out[-1].end:
        return  # "X заявил о … . Об этом сообщает Y": the first report stands
    owners = direct.owning_cue(*candidate.cue) if candidate.cue is not None else []
    if any(
        (candidate.start <= r.start < candidate.end + 4 and ":" not in text[candidate.end : r.start])
        or r.start < candidate.start
        for r in owners
    ):
        # The cue already introduces a direct quotation, and this content runs into it: the quotation
        # stands alone ("Как сообщила X, на встрече «…»"). One that follows after a colon
        # ("заявил, что …: «…»") leaves the indirect content its own.
        return
    crossing = [
        r for r in direct.overlapping(candidate.start, candidate.end)
        if not (candidate.start <= r.start and r.end <= candidate.end) and not _encloses(r, candidate)
    ]
    if crossing or direct.cues.overlaps(candidate.start, candidate.end):
        return
    out.append(candidate)


def _encloses(outer: _Raw, inner: _Raw) -> bool:
    """Whether ``inner`` is a report made inside the quotation ``outer``: its cue and content both lie
    within the quoted words ("«Мы дали ему понять, что …», — цитирует X")."""
    first = inner.start if inner.cue is None else min(inner.start, inner.cue[0])
    return outer.start <= first and inner.end <= outer.end and (outer.start, outer.end) != (inner.start, inner.end)


# -- attributions that are not quotes ---------------------------------------------------------------------


def find_attributions(text: str | Document, lex: Lexicon) -> list[Attribution]:
    """ "Пресс-служба Бектенова добавила цифры:" followed by a list: the list items are the speaker's."""
    doc = _document(text)
    text = doc.text
    out: list[Attribution] = []
    paras = doc.paragraphs()
    for n, (p_start, p_end) in enumerate(paras):
        if text[p_end - 1] != ":":
            continue
        intro = _colon_intro(doc, p_start, p_end, lex)
        if intro is None:
            continue
        end = p_end
        for q_start, q_end in paras[n + 1 :]:
            if text[q_start] not in lex.punctuation.bullets:
                break
            end = q_end
        if end > p_end:
            out.append(Attribution(p_end, end, Span.of(text, *intro[0]), intro[1]))
    return out


# -- all together -------------------------------------------------------------------------------------------


def find_quotes(text: str | Document, lex: Lexicon, resolver: Resolver | None = None) -> list[Quote]:
    """Every reported-speech act of ``text``, in order, with resolved speakers."""
    doc = _document(text)
    sents = doc.sentences()
    resolver = resolver or Resolver(doc, lex)
    raws: list[_Raw] = []
    starts: list[int] = []  # of raws, kept sorted; raws never overlap
    ends: list[int] = []

    def add(candidates: Sequence[_Raw]) -> None:
        for r in candidates:
            i = bisect.bisect_right(starts, r.start)
            if (i > 0 and ends[i - 1] > r.start) or (i < len(starts) and starts[i] < r.end):
                continue
            starts.insert(i, r.start)
            ends.insert(i, r.end)
            raws.append(r)

    head = _headline(doc, lex)
    add([head] if head is not None else [])
    add(_dialogue(doc, lex))
    pairs = quotation_pairs(doc, lex)
    add(_direct(doc, lex, sents, pairs))
    add(_colon_paragraphs(doc, lex, SpanSet((r.start, r.end) for r in raws)))
    add(_unquoted(doc, lex, SpanSet((r.start, r.end) for r in raws)))
    indirect = _indirect(doc, lex, sents, raws)
    # A quotation inside an indirect report makes it mixed, unless it is a report of its own, with its
    # cue inside the reported clause too ("он кричал «Аллаху акбар», заявил прокурор").
    indirect_starts = [r.start for r in indirect]  # in text order, never overlapping one another

    def inside_report(r: _Raw) -> bool:
        i = bisect.bisect_right(indirect_starts, r.start) - 1
        return i >= 0 and r.end <= indirect[i].end and not _encloses(indirect[i], r)

    merged = [r for r in raws if not inside_report(r)]
    merged.extend(indirect)
    merged.sort(key=lambda r: (r.start, -r.end))
    merged.extend(_continuations(doc, merged, pairs, lex))
    merged.sort(key=lambda r: (r.start, -r.end))
    merged = [
        r for i, r in enumerate(merged) if not _own_opinion(doc, merged, i, lex) and not _opens_with_url(doc, r, lex)
    ]
    return _resolve(doc, merged, resolver, lex)


def _opens_with_url(doc: Document, r: _Raw, lex: Lexicon) -> bool:
    """Whether the quote's words open with a web address («https://…», «//www.rbc.ru/…», "www.…"): an
    address is no speech. Such a quotation is still found, so that no other pass reads its marks and
    words as speech of another shape; it is dropped at the end."""
    text = doc.text
    openers = marks(lex).openers
    at = r.start
    while at < r.end and (text[at] in openers or text[at].isspace()):
        at += 1
    return doc.urls().contains(at)


def _continuations(
    doc: Document, raws: Sequence[_Raw], pairs: Sequence[tuple[int, int]], lex: Lexicon
) -> list[_Raw]:
    """A quotation with no attribution of its own that opens the sentence right after a report goes on
    with the same speaker ("Андреа Падован рассказал, что … . «С того дня мэры … стали мне звонить»").

    ``raws`` come sorted by start."""
    text = doc.text
    sentence_ends = lex.punctuation.sentence_ends
    out: list[_Raw] = []
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
        if any(ch in gap for ch in LINE_BREAKS) or len(doc.words(prev.end, q_start - 1)) > _MAX_ATTRIBUTION_WORDS:
            continue
        last = gap.rstrip()[-1:]
        if not last or last not in sentence_ends:
            continue
        c_end = q_end
        while c_end > q_start and text[c_end - 1] == ",":
            c_end -= 1
        out.append(_Raw(q_start, c_end, "direct", None, prev.mention))
    return out


def _enclosing(raws: Sequence[_Raw], i: int) -> int | None:
    """Index of the innermost quotation that report ``i`` is made inside (``raws`` sorted by start)."""
    for j in range(i - 1, max(-1, i - 1 - _MAX_NESTED_SIBLINGS), -1):
        if _encloses(raws[j], raws[i]):
            return j
    return None


def _first_person(
    doc: Document, r: _Raw, floor: int, pronouns: frozenset[str]
) -> tuple[int, int] | None:
    """The "я" (one of ``pronouns``) that is the subject of a report's cue ("Я сказала, что …")."""
    if r.cue is None:
        return None
    before = doc.words(floor, r.cue[0])[-_MAX_CUE_DISTANCE:]
    for w in reversed(before):
        if w.text.lower() in pronouns:
            return (w.start, w.end)
        if morph.word_info(w.text)[0] not in ("ADVB", "PRCL", "CONJ"):
            return None
    return None


def _own_opinion(doc: Document, raws: Sequence[_Raw], i: int, lex: Lexicon) -> bool:
    """«Я уверена, что он …», — заявила X: the quoted speaker's own view is part of the quotation."""
    text = doc.text
    r = raws[i]
    if r.kind == "direct" or r.cue is None:
        return False
    if not morph.lemmas(text[r.cue[0] : r.cue[1]].lower()) & lex.opinion_verbs:
        return False
    outer = _enclosing(raws, i)
    return outer is not None and _first_person(doc, r, raws[outer].start, lex.speaker_side) is not None


def _resolve(doc: Document, raws: Sequence[_Raw], resolver: Resolver, lex: Lexicon) -> list[Quote]:
    text = doc.text

    def mention_start(i: int) -> int:
        m = raws[i].mention
        return m.start if m is not None else raws[i].start

    # Resolve in the order the mentions appear, so that pronouns see the names before them.
    speakers: dict[int, Speaker | None] = {}
    for i in sorted(range(len(raws)), key=mention_start):
        m = raws[i].mention
        if m is None or (m.start < raws[i].end and raws[i].start < m.end):
            speakers[i] = None
            continue
        if m.kind == "dropped":
            person = resolver.resolve_dropped(m)
            speakers[i] = None if person is None else Speaker(Span.of(text, m.start, m.end), person, "person")
            continue
        name, kind = resolver.resolve(m)
        speakers[i] = Speaker(Span.of(text, m.start, m.end), name, kind)
    # "«Я сказала, что …», — заявила X": the first person inside a quotation is its speaker.
    for i, r in enumerate(raws):
        if r.mention is not None or r.cue is None:
            continue
        outer = _enclosing(raws, i)
        spk = speakers[outer] if outer is not None else None
        if outer is None or spk is None:
            continue
        me = _first_person(doc, r, raws[outer].start, lex.first_person)
        if me is not None:
            speakers[i] = Speaker(Span.of(text, *me), spk.name, spk.kind)
    out: list[Quote] = []
    for i, r in enumerate(raws):
        cue = None if r.cue is None else Span.of(text, r.cue[0], r.cue[1])
        out.append(Quote(Span.of(text, r.start, r.end), r.kind, cue, speakers[i]))
    return out
