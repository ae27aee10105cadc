"""Indirect speech by a cue that closes it: "…, сообщает ТАСС.", "…, — говорится в заявлении.", and
"Об этом сообщила пресс-служба." after the sentence it reports."""

from __future__ import annotations

from collections.abc import Sequence

from claimcheck import morph
from claimcheck.lexicon import Lexicon
from claimcheck.quotes.cues import cue_index, is_after_quotation_cue, is_cue, views_needing_content
from claimcheck.quotes.found import (
    MAX_ATTRIBUTION_WORDS,
    MIN_CONTENT_CHARS,
    RawQuote,
    content,
    kind_of,
    report,
    trim,
)
from claimcheck.quotes.marks import marks
from claimcheck.segment import Document, Sentence, Word
from claimcheck.speakers import (
    document_speaker,
    first_at,
    speaker_after,
    speaker_before,
)

# Words that cannot open the content resumed after a parenthetical cue: a gerund or a participle
# ("…, сообщил он, добавив …", "…, говорится в заявлении, опубликованном …"), a conjunction
# ("…, заявил он, и …", "…, заявил он, что …").
_NOT_RESUMING = frozenset({"GRND", "PRTF", "CONJ"})


def trailing_cue(doc: Document, s: Sentence, ws: Sequence[Word], lex: Lexicon) -> RawQuote | None:
    """ "…, сообщает ТАСС." / "…, — говорится в заявлении." / "…, об этом сообщают СМИ." closing a sentence."""
    text = doc.text
    mk = marks(lex)
    for m in mk.comma.finditer(text, s.start, s.end):
        lead = first_at(ws, m.end())
        if lead == len(ws):
            continue
        anaphora = _anaphora_at(text, ws[lead].start, lex)
        k = _closing_cue(doc, s, ws, lead, anaphora, lex)
        if k is None:
            continue
        if k > lead and anaphora is None and morph.part_of_speech(ws[lead].text) not in ("ADVB", "PREP"):
            speaker = speaker_before(doc, ws, k, lex, lead)
        else:
            speaker = None
        speaker = speaker or speaker_after(doc, ws, k, lex, len(ws))
        if speaker is None and morph.lemmas(ws[k].text.lower()) & lex.document_verbs:
            speaker = document_speaker(doc, ws, k, lex)
        if speaker is None:
            continue
        c_start, c_end = trim(text, s.start, m.start(), mk)
        if c_end - c_start < MIN_CONTENT_CHARS or len(doc.words(c_start, c_end)) < 3:
            continue
        return RawQuote(c_start, c_end, kind_of(text, c_start, c_end, mk), (ws[k].start, ws[k].end), speaker)
    return None


def _closing_cue(
    doc: Document, s: Sentence, ws: Sequence[Word], lead: int, anaphora: int | None, lex: Lexicon
) -> int | None:
    """The cue that closes the report before the comma at word ``lead`` (after an anaphora there, if
    ``anaphora`` is where one ends), if one does: a finite verb within three words, the attribution
    short, and not a clause of another kind."""
    idx = lead if anaphora is None else first_at(ws, anaphora)
    k = cue_index(ws, lex, idx, min(len(ws), idx + 3))
    if k is None or len(ws) - k > MAX_ATTRIBUTION_WORDS or morph.part_of_speech(ws[k].text) == "GRND":
        return None  # "…, добавив в копилку …": a gerund after a clause closes no report
    if k > lead and any(_opens_subordinate(w, lex) for w in ws[lead : min(k, lead + 2)]):
        # "…, которые требовали …", "…, делегация которой настаивала …", "…, вызванной вирусом,
        # отмечались …": a clause inside
        return None
    if _closes_nothing(morph.lemmas(ws[k].text.lower()), lex) or _opens_after_colon(doc.text, ws[k].end, s.end):
        return None
    return k


def _anaphora_at(text: str, pos: int, lex: Lexicon) -> int | None:
    """End of an anaphoric phrase ("об этом") starting at ``pos``, if one does."""
    low = text[pos : pos + 20].lower()
    if not low.startswith(lex.anaphora):
        return None  # most words: none of the phrases, told at once
    for phrase in lex.anaphora:
        if low.startswith(phrase) and not low[len(phrase) : len(phrase) + 1].isalnum():
            end = pos + len(phrase)
            return None if _determines_noun(text, end, phrase) else end
    return None


def _determines_noun(text: str, end: int, phrase: str) -> bool:
    """The phrase ending at ``end`` is a demonstrative before a noun of its case ("Об этом человеке
    говорят разное"), not an anaphora."""
    after = text[end : end + 40]
    if not after.startswith(" "):
        return False
    word = after.split(maxsplit=1)[0] if after.strip() else ""
    if not word.isalpha():
        return False
    ps = morph.parses(word.lower())
    if not ps or ps[0].tag.POS not in ("NOUN", "ADJF", "PRTF"):
        return False
    return ps[0].tag.case in {p.tag.case for p in morph.parses(phrase.split()[-1])}


def anaphoric(doc: Document, s: Sentence, prev: Sentence | None, ws: Sequence[Word], lex: Lexicon) -> RawQuote | None:
    """ "Об этом сообщила пресс-служба полиции." -> the sentence before is what was reported."""
    text = doc.text
    mk = marks(lex)
    if prev is None or not ws:
        return None
    start = _anaphora_at(text, ws[0].start, lex)
    if start is None or ws[0].start - s.start > 1:
        return None
    idx = first_at(ws, start)
    k = cue_index(ws, lex, idx, min(len(ws), idx + 5))
    if k is None:
        return None
    speaker = speaker_after(doc, ws, k, lex, len(ws)) or speaker_before(doc, ws, k, lex, idx)
    c_start, c_end = trim(text, prev.start, prev.end, mk)
    if c_end - c_start < MIN_CONTENT_CHARS:
        return None
    return report(text, c_start, c_end, (ws[k].start, ws[k].end), speaker, mk)


def parenthetical_cue(doc: Document, s: Sentence, ws: Sequence[Word], lex: Lexicon) -> RawQuote | None:
    """ "Рост цен, считают аналитики, продолжится …", "Тем временем, как сообщает ТАСС, …": a finite cue
    right after a comma (or after "как"), its source after it and a comma right after the source; the
    content goes on after that comma and is a report of its own (the part before, when it is long
    enough, is :func:`trailing_cue`'s). A cue after other words ("который считался", "если партнёры
    договорятся", "не заметив") is a clause of the sentence, not a parenthesis."""
    text = doc.text
    mk = marks(lex)
    for m in mk.comma.finditer(text, s.start, s.end):
        k = first_at(ws, m.end())
        if k < len(ws) - 1 and ws[k].text.lower() == lex.as_word:
            k += 1
        if k == len(ws) or not _parenthetical_verb(ws[k], lex):
            continue
        close = text.find(",", ws[k].end, s.end)
        stop = first_at(ws, close)
        if close < 0 or stop - k > MAX_ATTRIBUTION_WORDS:
            continue
        speaker = speaker_after(doc, ws, k, lex, stop)
        if speaker is None or text[speaker.end : close].strip(mk.main_closers + " "):
            continue
        c_start, c_end = content(text, close + 1, s, mk)
        if text[close + 1 : c_start].strip() or not _resumes(doc.words(c_start, c_end), lex):
            continue
        return RawQuote(c_start, c_end, kind_of(text, c_start, c_end, mk), (ws[k].start, ws[k].end), speaker)
    return None


def _opens_subordinate(w: Word, lex: Lexicon) -> bool:
    """``w`` opens a relative or participial clause ("которые", "вызванной"), not an attribution."""
    return morph.lemma(w.text) in lex.relative_pronouns or morph.part_of_speech(w.text) == "PRTF"


def _opens_after_colon(text: str, start: int, end: int) -> bool:
    """A colon after the cue, with words after it in the sentence: the cue opens what follows ("Эрдоган,
    который …, сказал: «…»"). A colon that ends the paragraph ("…, сообщил источник:") still closes
    the report before the cue."""
    colon = text.find(":", start, end)
    return colon >= 0 and bool(text[colon + 1 : end].strip())


def _closes_nothing(lemmas: frozenset[str], lex: Lexicon) -> bool:
    """A cue of these lemmas closes no report before it: a naming verb ("…, как назвали сервис авторы"
    gives a name) or a view that needs the content after it ("Судя по всему, Москва рассчитывает
    убедить …")."""
    return bool(lemmas & lex.naming_verbs or lemmas & views_needing_content(lex))


def _parenthetical_verb(w: Word, lex: Lexicon) -> bool:
    """``w`` is a finite speech verb that reports, not names ("как назвали ящик авторы"), or a verb
    of manner, which a parenthesis makes one ("Сейчас, продолжал он, …")."""
    if is_after_quotation_cue(w.text, lex):
        return True
    if not is_cue(w.text, lex) or morph.part_of_speech(w.text) != "VERB":
        return False
    return not morph.lemmas(w.text.lower()) & lex.naming_verbs


def _resumes(words: Sequence[Word], lex: Lexicon) -> bool:
    """``words`` go on with the interrupted clause: they open with no gerund, participle, conjunction,
    "что" or relative pronoun, and hold a finite verb."""
    if len(words) < 2 or morph.part_of_speech(words[0].text) in _NOT_RESUMING:
        return False
    first = words[0].text.lower()
    if first in lex.complementizers or morph.lemma(first) in lex.relative_pronouns:
        return False  # "…, заявил он, что вызвало критику"
    return any(morph.part_of_speech(w.text) == "VERB" for w in words)
