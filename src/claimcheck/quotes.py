"""Reported speech: direct, interrupted, headline, dialogue, indirect and mixed quotes with their speakers.

The finder works on character offsets of the whole text:

1. quotation marks are paired (« », „ “, “ ”, straight quotes; nesting kept), paragraph by paragraph;
2. a quotation is reported speech only when an attribution goes with it: a cue after it
   («…», — заявил X), inside it («A, — заявил X. — B»), before it (X заявил: «…», X договорились «…»);
   quotation marks around names and terms («Газпром») have none and are left alone;
3. a headline "Имя Фамилия: текст" and dash dialogue paragraphs ("— …, — отметил он.") are direct;
4. indirect speech is a cue with a content clause ("заявил, что …", "по словам X, …", "…, сообщает ТАСС");
   one containing a quotation is mixed.

Speakers are resolved with :class:`claimcheck.speakers.Resolver` in document order.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from attrs import frozen

from claimcheck import morph
from claimcheck.lexicon import Lexicon
from claimcheck.model import Quote, Span, Speaker
from claimcheck.segment import Sentence, Word, paragraphs, sentences, words
from claimcheck.speakers import Mention, Resolver, mention_at, word_info

__all__ = ["Attribution", "find_attributions", "find_quotes", "quotation_pairs"]

_OPENERS = {"«": "»", "„": "“", "“": "”", '"': '"', "‘": "’"}
_DASHES = "—–-"
_END_PUNCT = ".!?…"
# Content must have at least this many words to count as a quotation introduced without a colon
# ("договорились «укреплять …»"); names and terms in quotes are shorter.
_MIN_SPEECH_WORDS = 3
# How many words an attribution clause may take after a closing quotation mark.
_MAX_ATTRIBUTION_WORDS = 14


@frozen
class Attribution:
    """A cue and its speaker that govern a stretch of text (a quote, or a list after "добавила цифры:")."""

    start: int  # the stretch governed
    end: int
    cue: Span
    mention: Mention | None


def quotation_pairs(text: str) -> list[tuple[int, int]]:
    """(content start, content end) of every top-level quotation, marks excluded.

    Pairs never cross a line break; a paragraph that opens a quotation and never closes it is a
    quotation running to its end (the convention for quotes over several paragraphs).
    """
    out: list[tuple[int, int]] = []
    for p_start, p_end in paragraphs(text):
        stack: list[tuple[str, int]] = []
        for i in range(p_start, p_end):
            ch = text[i]
            if stack and ch == _OPENERS[stack[-1][0]] and not (ch == '"' and _opens_straight(text, i, p_start)):
                _opener, pos = stack.pop()
                if not stack:
                    out.append((pos + 1, i))
                continue
            if ch in _OPENERS and (ch != '"' or _opens_straight(text, i, p_start)):
                if ch == "“" and stack and stack[-1][0] == "„":
                    continue
                stack.append((ch, i))
        if stack and stack[0][1] == p_start and stack[0][0] == "«":
            out.append((p_start + 1, p_end))
    out.sort()
    return out


def _opens_straight(text: str, i: int, floor: int) -> bool:
    prev = text[i - 1] if i > floor else " "
    return prev.isspace() or prev in "([—–-:;," or i == floor


def _is_cue(word: str, lex: Lexicon) -> bool:
    return bool(morph.lemmas(word.lower()) & lex.speech_verbs) and word_info(word)[0] in (
        "VERB", "GRND", "PRTS", "PRTF", "INFN", None,
    )


def _cue_index(ws: Sequence[Word], lex: Lexicon, start: int = 0, stop: int | None = None) -> int | None:
    for k in range(start, len(ws) if stop is None else stop):
        if _is_cue(ws[k].text, lex):
            return k
    return None


def _preposition_before(ws: Sequence[Word], j: int) -> bool:
    return j > 0 and word_info(ws[j - 1].text)[0] == "PREP"


def _speaker_after(text: str, ws: Sequence[Word], k: int, lex: Lexicon, limit: int) -> Mention | None:
    """The speaker after a cue word ("— заявил Олжас Бектенов", "напомнили в пресс-службе")."""
    fallback: Mention | None = None
    for j in range(k + 1, min(limit, k + 7)):
        m = mention_at(text, ws, j, lex, limit=limit)
        if m is None:
            if ws[j].text.lower() in ("что", "чтобы") or word_info(ws[j].text)[0] == "CONJ":
                break
            continue
        if _preposition_before(ws, j):
            if fallback is None and m.kind in ("organization", "group"):
                fallback = m
            continue
        return m
    return fallback


def _speaker_before(text: str, ws: Sequence[Word], k: int, lex: Lexicon, floor: int = 0) -> Mention | None:
    """The subject before a cue word ("Мишустин заявил", "стороны договорились")."""
    best: Mention | None = None
    j = floor
    while j < k:
        m = mention_at(text, ws, j, lex, limit=k)
        if m is None or _preposition_before(ws, j):
            j += 1
            continue
        ps = morph.parses(ws[j].text)[:4]
        if not ps or any(p.tag.case in ("nomn", None) for p in ps) or m.kind in ("person", "pronoun"):
            best = m
        # Skip to the word after the mention.
        while j < k and ws[j].start < m.end:
            j += 1
    return best


def _clause_words(text: str, start: int, end: int) -> list[Word]:
    return words(text, start, end)


def _sentence_of(sents: Sequence[Sentence], pos: int) -> Sentence | None:
    for s in sents:
        if s.start <= pos < s.end:
            return s
    return None


@frozen
class _Raw:
    start: int
    end: int
    kind: str
    cue: tuple[int, int] | None
    mention: Mention | None


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or (text[start] in _DASHES and text[start + 1 : start + 2] == " ")):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:"):
        end -= 1
    return start, end


def _after_quote(text: str, close: int, p_end: int, lex: Lexicon) -> tuple[tuple[int, int], Mention | None] | None:
    """An attribution right after a closing mark: «…», — сказал X."""
    m = re.compile(r"[,!?…]?\s*[—–-]\s*").match(text, close + 1, p_end)
    if m is None:
        return None
    stop = p_end
    end_m = re.compile(r"[.!?…]|\s[—–]\s|[:;]").search(text, m.end(), p_end)
    if end_m is not None:
        stop = end_m.start()
    ws = _clause_words(text, m.end(), stop)[:_MAX_ATTRIBUTION_WORDS]
    k = _cue_index(ws, lex, 0, min(len(ws), 4))
    if k is None:
        return None
    speaker = _speaker_after(text, ws, k, lex, len(ws)) or _speaker_before(text, ws, k, lex)
    return (ws[k].start, ws[k].end), speaker


_INNER_RE = re.compile(r"([,!?…]?)\s+[—–]\s+([^—–«»\n]{2,160}?)([.,:!?…]?)\s+[—–]\s+")


_Part = tuple[int, int, tuple[int, int], "Mention | None"]


def _interrupted(text: str, start: int, end: int, lex: Lexicon) -> list[_Part]:
    """Split «A, — заявил X. — B» into parts A and B with the attribution's cue and speaker."""
    parts: list[_Part] = []
    pos = start
    at = start
    while True:
        m = _INNER_RE.search(text, at, end)
        if m is None:
            break
        # A dash inside the quoted words ("задача — обеспечить") is no attribution: try one later.
        at = m.start() + 1
        ws = _clause_words(text, m.start(2), m.end(2))
        if not ws or len(ws) > _MAX_ATTRIBUTION_WORDS:
            continue
        k = _cue_index(ws, lex, 0, min(len(ws), 4))
        if k is None:
            continue
        speaker = _speaker_after(text, ws, k, lex, len(ws)) or _speaker_before(text, ws, k, lex)
        a_end = m.start() + (0 if m.group(1) == "," else len(m.group(1)))
        parts.append((pos, a_end, (ws[k].start, ws[k].end), speaker))
        pos = at = m.end()
    if parts:
        cue, speaker = parts[-1][2], parts[-1][3]
        parts.append((pos, end, cue, speaker))
    return parts


def _before_quote(
    text: str, open_pos: int, sent_start: int, lex: Lexicon, content_words: int
) -> tuple[tuple[int, int], Mention | None] | None:
    """An attribution before an opening mark: "X заявил: «…»", "стороны договорились «…»"."""
    head = text[sent_start:open_pos]
    ws = _clause_words(text, sent_start, open_pos)
    if not ws:
        return None
    colon = head.rstrip().endswith(":")
    if not colon and content_words < _MIN_SPEECH_WORDS:
        return None
    # The cue nearest to the quotation, within the clause that leads to it.
    k = None
    for idx in range(len(ws) - 1, max(-1, len(ws) - 12), -1):
        if _is_cue(ws[idx].text, lex):
            k = idx
            break
    if k is None:
        if colon:
            speaker = _speaker_before(text, ws, len(ws), lex)
            if speaker is not None and speaker.end >= ws[-1].end:
                return None if speaker.kind == "pronoun" else ((open_pos, open_pos), speaker)
        return None
    between = text[ws[k].end : open_pos]
    if '"' in between or "«" in between or "»" in between:
        return None
    speaker = _speaker_before(text, ws, k, lex) or _speaker_after(text, ws, k, lex, len(ws))
    return (ws[k].start, ws[k].end), speaker


def _headline(text: str, lex: Lexicon) -> _Raw | None:
    """ "Имя Фамилия: текст" on the first line."""
    first = next(paragraphs(text), None)
    if first is None:
        return None
    start, end = first
    colon = text.find(":", start, end)
    if colon < 0:
        return None
    ws = _clause_words(text, start, colon)
    if not 1 <= len(ws) <= 4 or ws[0].start != start:
        return None
    m = mention_at(text, ws, 0, lex, limit=len(ws))
    if m is None or m.end != ws[-1].end or m.kind == "pronoun":
        return None
    c_start, c_end = _trim(text, colon + 1, end)
    if text[c_start : c_start + 1] in "«\"" and text[c_end - 1 : c_end] in "»\"":
        c_start, c_end = c_start + 1, c_end - 1
    if c_end - c_start < 3:
        return None
    return _Raw(c_start, c_end, "direct", None, m)


def _dialogue(text: str, lex: Lexicon) -> list[_Raw]:
    """Dash dialogue paragraphs: "— Мы готовы, — отметил он. — Остальное потом." """
    out: list[_Raw] = []
    for p_start, p_end in paragraphs(text):
        if text[p_start] not in "—–" or text[p_start + 1 : p_start + 2] != " ":
            continue
        m = re.compile(r"([,!?…]?)\s[—–]\s").search(text, p_start + 2, p_end)
        if m is None:
            continue
        after = _after_quote(text, m.start() - 1 if m.group(1) else m.start(), p_end, lex)
        if after is None:
            continue
        cue, speaker = after
        a_end = m.start() + (0 if m.group(1) == "," else len(m.group(1)))
        out.append(_Raw(p_start + 2, a_end, "direct", cue, speaker))
        rest = re.compile(r"[.,]\s[—–]\s").search(text, cue[1], p_end)
        if rest is not None and rest.end() < p_end:
            b_start, b_end = _trim(text, rest.end(), p_end)
            if b_end > b_start:
                out.append(_Raw(b_start, b_end, "direct", cue, speaker))
    return out


def _direct(text: str, lex: Lexicon, sents: Sequence[Sentence]) -> list[_Raw]:
    out: list[_Raw] = []
    para_ends = dict(paragraphs(text))
    para_list = sorted(para_ends.items())

    def paragraph_end(pos: int) -> int:
        for s, e in para_list:
            if s <= pos < e:
                return e
        return len(text)

    for start, end in quotation_pairs(text):
        if end <= start:
            continue
        close = end
        p_end = paragraph_end(start)
        inner = _interrupted(text, start, end, lex)
        if inner:
            for a, b, cue, speaker in inner:
                a, b = _trim(text, a, b)
                if b > a:
                    out.append(_Raw(a, b, "direct", cue, speaker))
            continue
        content_words = len(words(text, start, end))
        after = _after_quote(text, close, p_end, lex) if close < len(text) else None
        sent = _sentence_of(sents, start - 1) or _sentence_of(sents, start)
        sent_start = sent.start if sent is not None else start - 1
        # The clause before the quotation: from the last sentence boundary or closing mark before it.
        floor = max(sent_start, text.rfind("»", sent_start, start - 1) + 1)
        before = None
        if after is None and start - 1 > floor:
            before = _before_quote(text, start - 1, floor, lex, content_words)
        found = after or before
        if found is None:
            continue
        cue, speaker = found
        c_start, c_end = start, end
        while c_end > c_start and text[c_end - 1] == ",":
            c_end -= 1
        out.append(_Raw(c_start, c_end, "direct", None if cue[0] == cue[1] else cue, speaker))
    return out


def _covered(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return any(a <= start and end <= b for a, b in spans)


def _overlaps(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return any(a < end and start < b for a, b in spans)


def _indirect(text: str, lex: Lexicon, sents: Sequence[Sentence], direct: Sequence[_Raw]) -> list[_Raw]:
    out: list[_Raw] = []
    taken = [(r.start, r.end) for r in direct]
    for s in sents:
        if _covered(taken, s.start + 1, s.end - 1):
            continue
        ws = words(text, s.start, s.end)
        if len(ws) < 3:
            continue
        raw = _source_phrase(text, s, ws, lex) or _cue_clause(text, s, ws, lex) or _trailing_cue(text, s, ws, lex)
        if raw is None or raw.end <= raw.start:
            continue
        if _overlaps([(r.start, r.end) for r in direct if not (raw.start <= r.start and r.end <= raw.end)],
                     raw.start, raw.end):
            continue
        direct_cues = [(r.cue[0], r.cue[1]) for r in direct if r.cue is not None]
        if (raw.cue is not None and _overlaps(direct_cues, raw.cue[0], raw.cue[1])) or _overlaps(
            direct_cues, raw.start, raw.end
        ):
            continue  # the cue already introduces a direct quotation (or stands inside this content)
        out.append(raw)
    return out


def _content_to_end(text: str, start: int, s: Sentence) -> tuple[int, int]:
    return _trim(text, start, s.end)


def _source_phrase(text: str, s: Sentence, ws: Sequence[Word], lex: Lexicon) -> _Raw | None:
    """ "По словам X, …" / "Как сообщил X, …" at the start, or "…, по данным X." at the end."""
    low = text[s.start : s.end].lower()
    for phrase in lex.source_phrases:
        at = low.find(phrase)
        while at >= 0 and at > 0 and low[at - 1].isalnum():
            at = low.find(phrase, at + 1)
        if at < 0:
            continue
        p_start = s.start + at
        p_end = p_start + len(phrase)
        if p_end < len(text) and text[p_end].isalnum():
            continue
        idx = next((i for i, w in enumerate(ws) if w.start >= p_end), None)
        if idx is None:
            continue
        mention: Mention | None = None
        if ws[idx].text.lower() in lex.possessives:
            gender = {"его": "masc", "её": "femn", "ее": "femn", "их": "plur"}.get(ws[idx].text.lower())
            mention = Mention(ws[idx].start, ws[idx].end, "pronoun", (ws[idx].text,), gender or "masc",
                              plural=gender == "plur")
        else:
            mention = mention_at(text, ws, idx, lex)
            if mention is None:
                # Inverted: "как сообщил журналистам глава ведомства".
                mention = _speaker_after(text, ws, idx - 1, lex, len(ws))
        comma = text.find(",", (mention.end if mention else p_end), s.end)
        if at <= 2:  # phrase opens the sentence: content is what follows its clause
            if comma < 0:
                continue
            c_start, c_end = _content_to_end(text, comma + 1, s)
        else:  # "…, по словам X." closes the sentence: content is what precedes it
            c_start, c_end = _trim(text, s.start, p_start)
            tail = text[(mention.end if mention else p_end) : s.end].strip(" .!?…")
            if len(tail) > 3 and comma < 0:
                continue
        if c_end - c_start < 8:
            continue
        kind = "mixed" if "«" in text[c_start:c_end] else "indirect"
        return _Raw(c_start, c_end, kind, (p_start, p_end), mention)
    return None


def _cue_clause(text: str, s: Sentence, ws: Sequence[Word], lex: Lexicon) -> _Raw | None:
    """ "X заявил, что …", "X сообщил о том, что …", "В заявлении говорится, что …"."""
    for k, w in enumerate(ws):
        if not _is_cue(w.text, lex):
            continue
        lems = morph.lemmas(w.text.lower())
        rest = text[w.end : s.end]
        m = re.compile(r"^(?:\s+\w+){0,4}?\s*,?\s*(?:о\s+том\s*,\s*)?(что|чтобы|будто)\s").match(rest)
        m_colon = re.compile(r"^(?:\s+\w+){0,3}?\s*:\s").match(rest)
        if m is None and m_colon is None:
            continue
        c_from = w.end + (m.end() if m is not None else m_colon.end() if m_colon is not None else 0)
        if m_colon is not None and m is None and "«" in text[c_from : c_from + 3]:
            continue  # a direct quotation, found by the direct pass
        c_start, c_end = _content_to_end(text, c_from, s)
        if c_end - c_start < 8:
            continue
        floor = 0
        speaker = _speaker_before(text, ws, k, lex, floor)
        if speaker is None:
            stop = next((i for i in range(k + 1, len(ws)) if ws[i].start >= c_from), len(ws))
            speaker = _speaker_after(text, ws, k, lex, stop)
        if speaker is None and lems & lex.document_verbs:
            speaker = _document_speaker(text, ws, k, lex)
        kind = "mixed" if "«" in text[c_start:c_end] else "indirect"
        return _Raw(c_start, c_end, kind, (w.start, w.end), speaker)
    return None


def _document_speaker(text: str, ws: Sequence[Word], k: int, lex: Lexicon) -> Mention | None:
    """ "говорится в заявлении МИД" -> the owner of the document, else the document."""
    for j in range(max(0, k - 4), min(len(ws), k + 5)):
        if morph.lemmas(ws[j].text.lower()) & lex.document_nouns:
            if j + 1 < len(ws):
                owner = mention_at(text, ws, j + 1, lex)
                if owner is not None:
                    return owner
            lem = morph.lemma(ws[j].text)
            return Mention(ws[j].start, ws[j].end, "organization", (ws[j].text,), lem)
    return None


def _trailing_cue(text: str, s: Sentence, ws: Sequence[Word], lex: Lexicon) -> _Raw | None:
    """ "…, сообщает ТАСС." / "…, — говорится в заявлении." closing the sentence."""
    for m in re.compile(r",\s*(?:[—–]\s*)?(\w+)").finditer(text, s.start, s.end):
        idx = next((i for i, w in enumerate(ws) if w.start == m.start(1)), None)
        if idx is None or not _is_cue(ws[idx].text, lex):
            continue
        if len(ws) - idx > _MAX_ATTRIBUTION_WORDS:
            continue
        speaker = _speaker_after(text, ws, idx, lex, len(ws))
        if speaker is None and morph.lemmas(ws[idx].text.lower()) & lex.document_verbs:
            speaker = _document_speaker(text, ws, idx, lex)
        if speaker is None:
            continue
        c_start, c_end = _trim(text, s.start, m.start())
        if c_end - c_start < 8 or len(words(text, c_start, c_end)) < 3:
            continue
        kind = "mixed" if "«" in text[c_start:c_end] else "indirect"
        return _Raw(c_start, c_end, kind, (ws[idx].start, ws[idx].end), speaker)
    return None


def _colon_intros(text: str, lex: Lexicon) -> list[Attribution]:
    """ "Пресс-служба Бектенова добавила цифры:" followed by a list or statement in later lines."""
    out: list[Attribution] = []
    paras = list(paragraphs(text))
    for n, (p_start, p_end) in enumerate(paras):
        if text[p_end - 1] != ":":
            continue
        ws = words(text, p_start, p_end)
        k = _cue_index(ws, lex)
        if k is None:
            continue
        speaker = _speaker_before(text, ws, k, lex) or _speaker_after(text, ws, k, lex, len(ws))
        end = p_end
        for q_start, q_end in paras[n + 1 :]:
            if text[q_start] in "-–—•*" or q_start == paras[n + 1][0] if n + 1 < len(paras) else False:
                end = q_end
                if text[q_start] not in "-–—•*":
                    break
            else:
                break
        if end > p_end:
            out.append(Attribution(p_end, end, Span.of(text, ws[k].start, ws[k].end), speaker))
    return out


def find_attributions(text: str, lex: Lexicon) -> list[Attribution]:
    """Attributions that govern text which is not a quote (lists after "добавила цифры:")."""
    return _colon_intros(text, lex)


def find_quotes(text: str, lex: Lexicon, resolver: Resolver | None = None) -> list[Quote]:
    """Every reported-speech act of ``text``, in order, with resolved speakers."""
    sents = sentences(text)
    resolver = resolver or Resolver(text, words(text), lex)
    raws: list[_Raw] = []
    head = _headline(text, lex)
    if head is not None:
        raws.append(head)
    dialogue = _dialogue(text, lex)
    for r in [*dialogue, *_direct(text, lex, sents)]:
        if not _overlaps([(x.start, x.end) for x in raws], r.start, r.end):
            raws.append(r)
    indirect = _indirect(text, lex, sents, raws)
    merged: list[_Raw] = []
    for r in raws:
        if not any(i.start <= r.start and r.end <= i.end for i in indirect):
            merged.append(r)
    merged.extend(indirect)
    merged.sort(key=lambda r: (r.start, r.end))
    return _resolve(text, merged, resolver)


def _resolve(text: str, raws: Sequence[_Raw], resolver: Resolver) -> list[Quote]:
    # Resolve in the order the mentions appear, so that pronouns see the names before them.
    def mention_start(i: int) -> int:
        m = raws[i].mention
        return m.start if m is not None else raws[i].start

    order = sorted(range(len(raws)), key=mention_start)
    speakers: dict[int, Speaker | None] = {}
    for i in order:
        m = raws[i].mention
        if m is None:
            speakers[i] = None
            continue
        name, kind = resolver.resolve(m)
        speakers[i] = Speaker(Span.of(text, m.start, m.end), name, kind)
    out: list[Quote] = []
    for i, r in enumerate(raws):
        cue = None if r.cue is None else Span.of(text, r.cue[0], r.cue[1])
        out.append(Quote(Span.of(text, r.start, r.end), r.kind, cue, speakers[i]))
    return out
