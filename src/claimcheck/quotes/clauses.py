"""Indirect speech by a cue and its content clause: "X заявил, что …", "X сообщил о том, что …",
"заявили о готовности …", "напомнила …: …", "попросила остановить …"."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from claimcheck import morph
from claimcheck.lexicon import Lexicon
from claimcheck.quotes.cues import cue_end, cue_forms, is_cue, negated
from claimcheck.quotes.found import (
    MIN_CONTENT_CHARS,
    RawQuote,
    content,
    kind_of,
    trim,
)
from claimcheck.quotes.marks import Marks, marks
from claimcheck.segment import Document, Sentence, Word
from claimcheck.speakers import (
    Mention,
    document_speaker,
    dropped_subject,
    first_at,
    speaker_after,
    speaker_before,
)

# A comma before a word: where a second report may start inside the content of the first.
_NEXT_CLAUSE_RE = re.compile(r",\s+(?=\w)")
# Parts of speech that may stand between a subject and its verb ("это также указывает").
_ADVERBIAL = ("ADVB", "PRCL")
# An object that is the content has at least this many words ("готовность Москвы к переговорам").
_MIN_OBJECT_WORDS = 3
# How many words after a request's verb its infinitive may stand ("пообещал с 21 июня ограничить").
_INFINITIVE_REACH = 5
# A quoted name between a cue and "что" ("заявил «Интерфаксу», что") has at most this many words and
# characters.
_MAX_NAME_WORDS = 4
_MAX_NAME_CHARS = 60


def cue_clause(doc: Document, s: Sentence, ws: Sequence[Word], lex: Lexicon, first: int = 0) -> RawQuote | None:
    """ "X заявил, что …", "X сообщил о том, что …", "заявили о готовности …", "напомнила …: …"."""
    text = doc.text
    mk = marks(lex)
    for k in _cue_candidates(doc, ws, first, lex):
        w = ws[k]
        last = cue_end(ws, k, lex)
        if last is None or negated(ws, k, lex):
            continue
        c_from = _content_start(doc, ws, last, lex)
        if c_from is None:
            continue
        if any(is_cue(x.text, lex) for x in ws[last + 1 : first_at(ws, c_from)]):
            continue  # "чем требовала сторона обвинения, сославшись на то, что …": the nearer cue reports
        opens_quotation = text[c_from : c_from + 2].lstrip()[:1] in mk.main_openers
        if opens_quotation and text[c_from - 2 : c_from].rstrip().endswith(":"):
            continue  # "X заявил: «…»" is direct speech, found by the direct pass
        c_start, c_end = content(text, c_from, s, mk)
        c_end = _next_cue_clause(doc, ws, c_start, c_end, lex)
        if c_end - c_start < MIN_CONTENT_CHARS:
            continue
        speaker = _clause_speaker(doc, ws, k, last, c_from, lex)
        if _thing_subject(ws, k, speaker, lex):
            continue  # "это указывает на то, что …": a thing indicates, nobody speaks
        return RawQuote(c_start, c_end, kind_of(text, c_start, c_end, mk), (w.start, ws[last].end), speaker)
    return None


def _cue_candidates(doc: Document, ws: Sequence[Word], first: int, lex: Lexicon) -> list[int]:
    """Indices from ``first`` on of the words of ``ws`` (words of the text between two offsets) that may
    start a cue: only those are asked further. The text's words that may are found once per text at C
    speed; the first and the last word of ``ws`` may be cut by its bounds, and are asked themselves."""
    if first >= len(ws):
        return []
    either = cue_forms(lex).either
    starts = doc.starts_of(either)
    lo, hi = bisect.bisect_right(starts, ws[first].start), bisect.bisect_left(starts, ws[-1].start)
    # The text's words strictly between the first and the last word of ``ws`` are words of ``ws``, in order.
    found = [first_at(ws, pos) for pos in starts[lo:hi]]
    last = len(ws) - 1
    if morph.normalize(ws[first].text) in either:
        found.insert(0, first)
    if last > first and morph.normalize(ws[last].text) in either:
        found.append(last)
    return found


def _clause_speaker(doc: Document, ws: Sequence[Word], k: int, last: int, c_from: int, lex: Lexicon) -> Mention | None:
    """The speaker of the cue at words ``k``..``last`` whose content starts at ``c_from``: the one a
    citing verb cites, the subject before, one after, a document's owner, or the subject left out."""
    w = ws[k]
    stop = max(first_at(ws, c_from), last + 1) if last + 1 < len(ws) else len(ws)
    lemmas = morph.lemmas(w.text.lower())
    # "В докладе агентства говорится", "в сообщении сказано": an impersonal verb or a short passive has
    # no subject; the document speaks
    impersonal = bool(lemmas & lex.document_verbs) or morph.part_of_speech(w.text) == "PRTS"
    speaker = document_speaker(doc, ws, k, lex) if impersonal else None
    if speaker is None and lemmas & lex.citing_verbs:
        speaker = speaker_after(doc, ws, k, lex, stop)
    speaker = speaker or speaker_before(doc, ws, k, lex) or speaker_after(doc, ws, last, lex, stop)
    if speaker is None and not _has_subject(ws, 0, first_at(ws, c_from), k):
        speaker = dropped_subject(w, lex)
    return speaker


def _thing_subject(ws: Sequence[Word], k: int, speaker: Mention | None, lex: Lexicon) -> bool:
    """The word before the cue at ``k``, past adverbs and particles ("это также указывает"), is a
    pronoun for a thing, and no speaker follows the cue ("Это подтвердил министр")."""
    if speaker is not None and speaker.kind != "dropped" and speaker.start > ws[k].start:
        return False
    j = k - 1
    while j >= 0 and ws[j].text.lower() not in lex.thing_subjects and morph.part_of_speech(ws[j].text) in _ADVERBIAL:
        j -= 1
    return j >= 0 and ws[j].text.lower() in lex.thing_subjects


def _next_cue_clause(doc: Document, ws: Sequence[Word], c_start: int, c_end: int, lex: Lexicon) -> int:
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
            last = cue_end(ws, k, lex)
            if last is None:
                continue
            if _content_start(doc, ws, last, lex) is not None:
                return trim(text, c_start, m.start(), mk)[1]
    return c_end


def _content_start(doc: Document, ws: Sequence[Word], k: int, lex: Lexicon) -> int | None:
    """Where the content of a cue at word ``k`` begins: after "что", "о том, что", a colon, or "о";
    for a request ("попросила остановить поединок") at the infinitive; for a confirmation or a denial
    with no clause, at its object ("подтвердил готовность к переговорам")."""
    text = doc.text
    stops = marks(lex).content_stops
    if morph.lemmas(ws[k].text.lower()) & lex.agreement_verbs:
        infinitive = _infinitive_after(text, ws, k, stops)
        if infinitive is not None:
            return infinitive
    clause = _clause_start(doc, ws, k, lex)
    if clause is None and morph.lemmas(ws[k].text.lower()) & lex.object_verbs and _object_content(text, ws, k, lex):
        return ws[k + 1].start
    return clause


def _clause_start(doc: Document, ws: Sequence[Word], k: int, lex: Lexicon) -> int | None:
    """Where a content clause of the cue at word ``k`` begins: after "что", "о том, что", a colon, or "о"."""
    text = doc.text
    mk = marks(lex)
    stops = mk.content_stops
    name_end = -1  # where a quoted name between the cue and "что" closes ("заявил «Интерфаксу», что")
    for j in range(k + 1, min(len(ws), k + 9)):
        low = ws[j].text.lower()
        gap = text[ws[j - 1].end : ws[j].start]
        # Most gaps are one space: no mark in them, and no quoted name opens after them.
        plain = gap == " "
        if ws[j - 1].end <= name_end < ws[j].start:
            gap = gap.replace(text[name_end], "", 1)
        elif name_end < ws[j].start and not plain:
            name_end = _quoted_name_end(text, ws, j, mk)
            if name_end >= 0:
                gap = gap.replace(text[ws[j].start - 1], "", 1)
        if not plain and gap.count(":") == 1 and not doc.urls().contains(ws[j - 1].end + gap.index(":")):
            # One colon introduces the content; "http://" and a "::" between page titles do not.
            return ws[j - 1].end + gap.index(":") + 1
        if low in lex.complementizers and ("," in gap or j == k + 1 or ws[j - 1].text.lower() in lex.about_words):
            return ws[j].end
        if j == k + 1 and _about_content(text, ws, j, lex):
            return ws[j].end
        if not plain and any(ch in gap for ch in stops):
            return None
    return None


def _quoted_name_end(text: str, ws: Sequence[Word], j: int, mk: Marks) -> int:
    """Where a short quoted name that opens right before word ``j`` closes ("«Интерфаксу»", "«РИА
    Новости»"): a capitalised word, at most _MAX_NAME_WORDS words, its closing mark before a comma or a
    space. -1 when no such name opens there."""
    opener = text[ws[j].start - 1 : ws[j].start]
    if not opener or opener not in mk.main_openers or not ws[j].text[:1].isupper():
        return -1
    close = text.find(mk.closing[opener], ws[j].end, ws[j].end + _MAX_NAME_CHARS)
    if close < 0 or text[close + 1 : close + 2] not in (",", " "):
        return -1
    inside = [w for w in ws[j : j + _MAX_NAME_WORDS + 1] if w.end <= close]
    return close if len(inside) <= _MAX_NAME_WORDS else -1


def _object_content(text: str, ws: Sequence[Word], k: int, lex: Lexicon) -> bool:
    """The word after the cue at ``k`` opens its object, which is the content: a noun, or an adjective
    or a possessive before one, in the accusative, with no dative reading (nor a nominative one for an
    adjective). A demonstrative or
    a pronoun ("подтвердил эту информацию", "опроверг это") points back and is no content."""
    if k + _MIN_OBJECT_WORDS >= len(ws) or text[ws[k].end : ws[k + 1].start].strip():
        return False
    if any(ch in text[ws[k].end : ws[k + _MIN_OBJECT_WORDS].start] for ch in marks(lex).content_stops + ","):
        return False  # "подтвердил рейтинг «ruAA»": a short object is an act's, not a statement's
    ps = morph.parses(ws[k + 1].text.lower())
    if not ps or ps[0].tag.POS not in ("NOUN", "ADJF") or ps[0].tag.case != "accs":
        return False
    if any(p.tag.case == "datv" or (p.tag.POS == "ADJF" and p.tag.case == "nomn") for p in ps[:3]):
        return False  # "подтвердила Русской службе BBC", "подтвердил окружной коронер": not the object
    word = ws[k + 1].text
    return "Apro" not in ps[0].tag or word.lower() in lex.possessives or morph.lemma(word) in lex.object_possessives


def _infinitive_after(text: str, ws: Sequence[Word], k: int, stops: str) -> int | None:
    """Where the infinitive a request takes starts, within _INFINITIVE_REACH words of the cue at ``k``
    ("пообещал с 21 июня ограничить поставки")."""
    for j in range(k + 1, min(len(ws), k + 1 + _INFINITIVE_REACH)):
        if any(ch in text[ws[j - 1].end : ws[j].start] for ch in stops + ","):
            return None  # "убеждена, что встречи должны проходить": a clause of its own, not the request
        if morph.part_of_speech(ws[j].text) == "INFN":
            return ws[j].start
    return None


def _about_content(text: str, ws: Sequence[Word], j: int, lex: Lexicon) -> bool:
    """Word ``j`` is a preposition whose object is the content ("заявили о готовности …"), not the
    start of "о том, что" nor an anaphora ("написал об этом письмо": no content here)."""
    low = ws[j].text.lower()
    if low not in lex.about_object or j + 2 >= len(ws):
        return False
    nxt = ws[j + 1].text.lower()
    return (
        nxt not in lex.about_words
        and f"{low} {nxt}" not in lex.anaphora
        and not any(ch in text[ws[j + 1].end : ws[j + 2].start] for ch in ".!?")
    )


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
