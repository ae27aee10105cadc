"""The attribution of a quotation: the cue and speaker after it («…», — заявил X), inside it
(«A, — заявил X. — B») or before it (X заявил: «…»), and of a paragraph that ends with a colon."""

from __future__ import annotations

from collections.abc import Sequence

from attrs import frozen

from claimcheck import morph
from claimcheck.lexicon import Lexicon
from claimcheck.quotes.cues import cue_index, is_after_quotation_cue, is_cue
from claimcheck.quotes.found import (
    MAX_ATTRIBUTION_WORDS,
    MAX_CUE_DISTANCE,
)
from claimcheck.quotes.marks import marks
from claimcheck.segment import LINE_BREAKS, Document, Word, sentence_of
from claimcheck.speakers import (
    Mention,
    document_speaker,
    mention_at,
    speaker_after,
    speaker_before,
    speaker_of_cue,
)


@frozen
class Said:
    """An attribution as the text gives it: the cue's offsets, None for a speaker introduced without
    one ("Глава МИД Сергей Лавров: «…»"), and the speaker's mention, if one is found."""

    cue: tuple[int, int] | None
    speaker: Mention | None


@frozen
class Part:
    """A part ``text[start:end]`` of an interrupted quotation («A, — заявил X. — B»), untrimmed, with
    the attribution after it (the last part has the one before it)."""

    start: int
    end: int
    said: Said


# Content must have at least this many words to count as a quotation introduced without a colon
# ("договорились «укреплять …»"); names and terms in quotes are shorter.
MIN_SPEECH_WORDS = 3


def attribution(
    doc: Document, start: int, stop: int, lex: Lexicon, *, window: int = 4, after_dash: bool = False
) -> Said | None:
    """A short attribution clause "заявил X" / "X заявил" in text[start:stop], with its cue. After a
    quotation and a dash (``after_dash``) a verb of manner may open it too ("— вздохнул он")."""
    text = doc.text
    ws = doc.words(start, stop)[:MAX_ATTRIBUTION_WORDS]
    low = text[start:stop].lower()
    for phrase in lex.attribution_phrases:
        if low.startswith(phrase):
            # "«…», — с этими словами Квачков отправился …": the phrase is the cue, the subject speaks.
            skip = len(phrase.split())
            speaker = speaker_before(doc, ws, len(ws), lex, skip) if skip < len(ws) else None
            return Said((start, start + len(phrase)), speaker)
    k = cue_index(ws, lex, 0, min(len(ws), window))
    if k is None and after_dash and ws and is_after_quotation_cue(ws[0].text, lex):
        speaker = speaker_after(doc, ws, 0, lex, len(ws))
        return Said((ws[0].start, ws[0].end), speaker) if speaker is not None else None
    if k is None:
        return None
    speaker = speaker_after(doc, ws, k, lex, len(ws)) or speaker_before(doc, ws, k, lex)
    if speaker is None and morph.lemmas(ws[k].text.lower()) & lex.document_verbs:
        speaker = document_speaker(doc, ws, k, lex)  # "«…», — говорится в совместном заявлении"
    return Said((ws[k].start, ws[k].end), speaker)


def after_quote(doc: Document, close: int, p_end: int, lex: Lexicon, *, words_before: bool) -> Said | None:
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
    return attribution(doc, m.end(), stop, lex, window=4 if dash else 1, after_dash=dash)


def interrupted(doc: Document, start: int, end: int, lex: Lexicon) -> list[Part]:
    """Split «A, — заявил X. — B» into parts A and B with the attribution's cue and speaker."""
    text = doc.text
    inner, any_dash = marks(lex).inner, marks(lex).any_dash
    parts: list[Part] = []
    pos = at = start
    while True:
        if any_dash.search(text, at, end) is None:
            break  # most quotations: no dash left, told by a plain search before the pattern
        m = inner.search(text, at, end)
        if m is None:
            break
        # A dash inside the quoted words ("задача — обеспечить") is no attribution: try one later.
        at = m.start() + 1
        found = attribution(doc, m.start(2), m.end(2), lex, after_dash=True)
        if found is None or len(doc.words(m.start(2), m.end(2))) > MAX_ATTRIBUTION_WORDS:
            continue
        a_end = m.start() + (0 if m.group(1) == "," else len(m.group(1)))
        parts.append(Part(pos, a_end, found))
        pos = at = m.end()
    if parts:
        parts.append(Part(pos, end, parts[-1].said))
    return parts


def before_quote(doc: Document, open_pos: int, floor: int, lex: Lexicon, content_words: int) -> Said | None:
    """An attribution before an opening mark: "X заявил: «…»", "стороны договорились «…»"."""
    ws = doc.words(floor, open_pos)
    if not ws:
        return None
    # A dash may follow the colon: "говорит Пегги Уитсон: — «…»".
    colon = doc.text[floor:open_pos].rstrip().rstrip(marks(lex).dash_like).rstrip().endswith(":")
    if not colon and content_words < MIN_SPEECH_WORDS and not _names_wording(ws, lex):
        return None  # the count of words asked first: the wording is read only of a short quotation
    if not colon and _inscription_dash(doc.text, ws, open_pos, lex):
        return _speech_noun(doc, ws, lex, content_words)
    k = _last_cue(ws, lex, colon)
    if k is None and colon:
        return _colon_speaker(doc, ws, lex) or _speech_noun(doc, ws, lex, content_words)
    if k is None:
        return None
    return _cue_before(doc, ws, k, open_pos, lex, colon=colon)


def _speech_noun(doc: Document, ws: Sequence[Word], lex: Lexicon, content_words: int) -> Said | None:
    """A noun of a statement or a document before the colon, with no speech verb: "В обращении к
    участникам форума: «…»", "на могиле было оставлено сообщение: «…»". The noun is the cue; the
    speaker, when named, follows it ("заявление министерства")."""
    if content_words < MIN_SPEECH_WORDS:
        return None
    k = next((i for i in range(len(ws) - 1, -1, -1) if morph.lemmas(ws[i].text.lower()) & lex.document_nouns), None)
    if k is None or (_dependent(ws, k)):
        return None
    return Said((ws[k].start, ws[k].end), speaker_after(doc, ws, k, lex, len(ws)))


def _inscription_dash(text: str, ws: Sequence[Word], open_pos: int, lex: Lexicon) -> bool:
    """An inscription's noun right before a dash and the opening mark: "на нём надпись – «…»"."""
    between = text[ws[-1].end : open_pos].strip()
    if not between or between not in marks(lex).dash_like:
        return False
    return bool(morph.lemmas(ws[-1].text.lower()) & lex.dash_nouns)


def _dependent(ws: Sequence[Word], k: int) -> bool:
    """Whether the noun at ``k`` depends on the noun before it ("темы доклада": the topics are what
    the colon introduces), unlike a noun after a preposition ("из заявления", "в обращении")."""
    return morph.case_of(ws[k].text) == "gent" and (k == 0 or morph.part_of_speech(ws[k - 1].text) != "PREP")


def _names_wording(ws: Sequence[Word], lex: Lexicon) -> bool:
    """A naming verb among the last words quotes the wording itself: "называя его «незаконным
    похищением»", "окрестя его «…»" (a form the dictionary does not know is still heard)."""
    naming_forms = morph.word_forms(lex.naming_verbs)
    return any(
        (morph.normalize(w.text) in naming_forms or not morph.is_known(w.text))
        and morph.lemmas(w.text.lower()) & lex.naming_verbs
        and morph.part_of_speech(w.text) != "PRTF"  # "называемых в Японии «…»": a name, nobody's wording
        for w in ws[-3:]
    )


def _last_cue(ws: Sequence[Word], lex: Lexicon, colon: bool) -> int | None:
    """The cue nearest the quotation: among its last MAX_CUE_DISTANCE words, or anywhere in the clause
    before a colon ("заявил в субботу, что исследование … не выявило наличие раковых клеток: «…»")."""
    reach = len(ws) + 1 if colon else MAX_CUE_DISTANCE
    k = next((i for i in range(len(ws) - 1, max(-1, len(ws) - reach), -1) if is_cue(ws[i].text, lex)), None)
    if k is None and colon and len(ws) >= 2 and _begins_speech(ws[-2].text, ws[-1].text, lex):
        return len(ws) - 1
    return k


def _begins_speech(verb: str, infinitive: str, lex: Lexicon) -> bool:
    """A finite verb and a speech verb's infinitive right before a colon: the verb tells when the
    speech began or went on ("начали скандировать: «…»", "продолжал повторять: «…»")."""
    return (
        morph.part_of_speech(infinitive) == "INFN"
        and bool(morph.lemmas(infinitive.lower()) & lex.speech_verbs)
        and morph.part_of_speech(verb) == "VERB"
    )


def _colon_speaker(doc: Document, ws: Sequence[Word], lex: Lexicon) -> Said | None:
    """A clause before a colon with no cue: any verb of a speaker ("Глава Минздрава Мэтт Хэнкок
    поздравил пару через Twitter: «…»"), or the speaker alone ("Глава МИД Сергей Лавров: «…»")."""
    k = next((i for i in range(len(ws) - 1, -1, -1) if morph.part_of_speech(ws[i].text) == "VERB"), None)
    if k is not None:
        speaker = speaker_before(doc, ws, k, lex)
        if speaker is None or speaker.kind not in ("person", "role", "organization", "pronoun"):
            return None
        return Said((ws[k].start, ws[k].end), speaker)
    return _speaker_alone(doc, ws, lex)


def _speaker_alone(doc: Document, ws: Sequence[Word], lex: Lexicon) -> Said | None:
    """A clause before a colon that is the speaker alone ("Глава МИД Сергей Лавров: «…»"), or the
    speaker and where they spoke."""
    speaker = speaker_before(doc, ws, len(ws), lex)
    if speaker is not None and speaker.end >= ws[-1].end and speaker.kind != "pronoun":
        return Said(None, speaker)
    return _speaker_where(doc, ws, lex)


def _speaker_where(doc: Document, ws: Sequence[Word], lex: Lexicon) -> Said | None:
    """A speaker that opens the clause, then only where or to whom they spoke: "Министр Иван Петров в
    интервью телеканалу: «…»", "Лавров на пресс-конференции в Москве: «…»"."""
    before = doc.text[max(0, ws[0].start - 8) : ws[0].start].rstrip(" ")
    if before and before[-1] not in lex.punctuation.sentence_ends + LINE_BREAKS:
        return None  # the speaker opens the sentence
    speaker = mention_at(doc, ws, 0, lex, limit=len(ws), case="nomn")
    if speaker is None or speaker.kind not in ("person", "role", "organization"):
        return None
    after = next((i for i, w in enumerate(ws) if w.start >= speaker.end), None)
    if after is None or morph.part_of_speech(ws[after].text) != "PREP":
        return None
    return Said(None, speaker)


def _cue_before(doc: Document, ws: Sequence[Word], k: int, open_pos: int, lex: Lexicon, *, colon: bool) -> Said | None:
    """The attribution of the cue at word ``k`` before a quotation: none when a quotation mark stands
    between them, or (without a colon) when the cue reports a clause that the quotation is part of."""
    if any(mark in doc.text[ws[k].end : open_pos] for mark in lex.punctuation.main_marks):
        return None
    if not colon and any(w.text.lower() in lex.complementizers for w in ws[k + 1 :]):
        return None  # "подчеркивается, что дух Эльбы «…»": indirect speech with a quoted part (mixed)
    speaker = speaker_of_cue(doc, ws, k, lex)
    named = (
        speaker is not None
        and speaker.end >= ws[-1].end
        and not doc.text[ws[-1].end : open_pos].strip()
        and not _names_wording(ws, lex)  # "Называя Vestas «мировым лидером»": the wording, not a name
    )
    if not colon and (speaker is None or named):
        return None  # no speaker, or the quotation is the speaker's name ("выступили движение «За мир»")
    return Said((ws[k].start, ws[k].end), speaker)


def colon_intro(doc: Document, p_start: int, p_end: int, lex: Lexicon) -> Said | None:
    """The cue and speaker of a paragraph that ends with a colon ("Пресс-служба добавила цифры:")."""
    ws = doc.words(p_start, p_end)
    k = cue_index(ws, lex)
    if k is None:
        return None
    return Said((ws[k].start, ws[k].end), speaker_of_cue(doc, ws, k, lex))


def colon_speaker_intro(doc: Document, p_start: int, p_end: int, lex: Lexicon) -> Said | None:
    """The speaker of a paragraph that ends with a colon and has no speech verb: "Хозяин плантации Джино
    Дескальси:", "Министр поделился впечатлениями:", "в своём обращении:". Its last sentence names the
    speaker; asked only where the paragraph after it speaks in the first person."""
    last = sentence_of(doc.sentences(), p_end - 1)
    ws = doc.words(max(p_start, last.start) if last is not None else p_start, p_end)
    if not ws:
        return None
    said = _colon_speaker(doc, ws, lex)
    if said is not None and said.cue is not None and not is_after_quotation_cue(doc.text[slice(*said.cue)], lex):
        # "Спейси был пьян:", "решил:": a verb of no speech or manner introduces no speech (and a
        # foreign name the dictionary guesses to be a verb is still a name)
        said = _speaker_alone(doc, ws, lex)
    return said or _speech_noun(doc, ws, lex, MIN_SPEECH_WORDS)
