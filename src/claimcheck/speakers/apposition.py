"""Names that stand beside a noun: the speaker named after a role ("Пресс-секретарь … Вадим
Ампелонский"), or a name that only belongs to a phrase ("для издания The Hill", "телеканалу «Интер»")."""

from __future__ import annotations

from collections.abc import Sequence

from claimcheck import morph
from claimcheck.lexicon import Lexicon
from claimcheck.segment import Document, Word
from claimcheck.speakers.mentions import Mention, first_at, mention_at
from claimcheck.speakers.proper import LATIN_RE, SPACES

# How many comma-delimited phrases after a role its apposed name may follow ("Конкурент Марка
# Цукерберга, создателя Facebook, Аарон Гринспен").
_APPOSED_SEGMENTS = 2


def apposed_in_phrase(text: str, ws: Sequence[Word], j: int, lex: Lexicon) -> bool:
    """The name at word ``j`` follows a noun inside a prepositional phrase ("через агентство Amaq",
    "для издания The Hill", "в интервью журналу Wired"): it is not the subject of the clause. A press
    service or site the preposition places the speaker in ("в пресс-службе ГИМ") is left to the caller."""
    i = j - 1
    if i < 1 or not (ws[j].text[:1].isupper() or LATIN_RE.match(ws[j].text)):
        return False
    if not ws[i].text[:1].islower() or not morph.lemmas(ws[i].text.lower()) & lex.organizations:
        return False
    if text[ws[i].end : ws[j].start].strip(SPACES + lex.punctuation.main_marks):
        return False  # "для банка, школьники сообщили": a comma ends the phrase
    b = i - 1
    nouns = 0
    while b > 0 and i - b <= 3 and morph.part_of_speech(ws[b].text) in ("ADJF", "PRTF", "NOUN"):
        nouns += morph.part_of_speech(ws[b].text) == "NOUN"
        b -= 1
    if morph.part_of_speech(ws[b].text) != "PREP":
        return False
    return nouns > 0 or ws[b].text.lower() not in lex.located_prepositions


def apposed_end(text: str, ws: Sequence[Word], j: int, lex: Lexicon) -> int:
    """Where the name at word ``j`` that follows a noun ends: at its closing quotation mark ("телеканалу
    «Интер» Порошенко"), after its Latin words ("газете Nice Matin Бриджит Бардо"), else after the word."""
    gap = text[ws[j - 1].end : ws[j].start]
    for mark, close in lex.punctuation.main:
        if mark in gap:
            at = text.find(close, ws[j].start)
            return at if at >= 0 else ws[j].end
    i = j
    if LATIN_RE.match(ws[j].text):
        while (
            i + 1 < len(ws)
            and LATIN_RE.match(ws[i + 1].text)
            and not text[ws[i].end : ws[i + 1].start].strip(" .")
        ):
            i += 1
    return ws[i].end


def may_be_nominative(names: Sequence[str]) -> bool:
    """Whether a name can be the subject: "Бетховена" cannot (every reading of the known surname is
    in another case), "Питер Данн" or "Хатиби" (no reading as a declined name) can."""
    for w in names:
        if len(w) == 1:
            continue  # an initial says nothing of the case
        ps = [p for p in morph.parses(w)[:8] if ("Surn" in p.tag or "Name" in p.tag) and p.tag.number == "sing"]
        if not ps or any(p.tag.case == "nomn" for p in ps):
            return True
    return False


def with_apposed_name(doc: Document, ws: Sequence[Word], m: Mention, k: int, lex: Lexicon) -> Mention:
    """A role followed by the person's name before the cue ("Пресс-секретарь … (Роскомнадзора) Вадим
    Ампелонский сообщил") is one mention of that person."""
    text = doc.text
    if m.kind not in ("role", "organization") or (m.words[0][:1].isupper() and m.kind == "organization"):
        return m
    j = min(first_at(ws, m.end), k)
    if m.kind == "role" and j < k and text[ws[j - 1].end : ws[j].start].strip(SPACES) == ",":
        return _name_in_commas(doc, ws, m, j, k, lex)
    while j < k:
        if "," in text[ws[j - 1].end : ws[j].start] or ws[j - 1].text.lower() in lex.name_links:
            return m  # "Глава Ассоциации имени Людвига ван Бетховена": that name is the association's
        nxt = mention_at(doc, ws, j, lex, limit=k, case="nomn")
        if nxt is not None and nxt.kind == "person" and may_be_nominative(nxt.name_words):
            return Mention(m.start, nxt.end, "person", (*m.words, *nxt.words), m.head, name_words=nxt.name_words)
        j += 1
    return m


def _name_in_commas(doc: Document, ws: Sequence[Word], m: Mention, j: int, k: int, lex: Lexicon) -> Mention:
    """A role with the person's name apposed in commas ("Бывший спикер палаты, Нэнси Пелоси, заявила"):
    one mention of that person, when the name at word ``j`` reads nominative and a comma closes it."""
    for _ in range(_APPOSED_SEGMENTS):
        nxt = mention_at(doc, ws, j, lex, limit=k, case="nomn")
        after = first_at(ws, nxt.end) if nxt is not None else _next_comma(doc.text, ws, j, k)
        closed = after >= len(ws) or doc.text[ws[after - 1].end : ws[after].start].strip(SPACES) == ","
        if nxt is not None and nxt.kind == "person" and may_be_nominative(nxt.name_words):
            if not closed:
                return m
            return Mention(m.start, nxt.end, "person", (*m.words, *nxt.words), m.head, name_words=nxt.name_words)
        if nxt is not None or not closed or after >= k:
            return m
        j = after  # "Конкурент Марка Цукерберга, создателя Facebook, Аарон Гринспен": past the owner's apposition
    return m


def _next_comma(text: str, ws: Sequence[Word], j: int, k: int) -> int:
    """Index of the first word after a comma from word ``j`` on, at most ``k``."""
    return next((i for i in range(j + 1, k) if "," in text[ws[i - 1].end : ws[i].start]), k)
