"""Speaker mentions: the noun phrase a speech cue attaches to.

A mention is a person's name ("Олжас Бектенов", "В. Путин"), a role ("глава МИД России", "премьер",
"певица"), an organisation ("пресс-служба казахстанского премьера", "ТАСС", "Forbes"), a group
("стороны", "эксперты", "врачи") or a pronoun ("он"); a cue whose subject the text leaves out stands
for it itself.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Literal

from attrs import frozen

from claimcheck import morph
from claimcheck.lexicon import Lexicon
from claimcheck.segment import Document, Word, word_start
from claimcheck.speakers.phrases import adjective_head, genitive_tail, head_reading, name_run, nominative_np
from claimcheck.speakers.proper import LATIN_RE, SPACES, is_grade, is_person_word, is_proper_word, proper_nominative

#: What a mention names; "dropped" is a subject the text leaves out, the cue's verb standing for it.
MentionKind = Literal["person", "organization", "role", "group", "pronoun", "dropped"]


@frozen
class Mention:
    """A speaker mention ``text[start:end]``; ``words`` are its words, ``head`` the lemma of its head."""

    start: int
    end: int
    kind: MentionKind
    words: tuple[str, ...]
    head: str
    name_words: tuple[str, ...] = ()  # the person's name inside a role mention ("глава МИД Сергей Лавров")
    plural: bool = False
    canonical: str = ""  # the phrase in the nominative, for non-person mentions


def mention_at(
    doc: Document,
    words: Sequence[Word],
    j: int,
    lex: Lexicon,
    *,
    limit: int | None = None,
    case: str | None = None,
    any_noun: bool = False,
) -> Mention | None:
    """The speaker mention that starts at word ``j``, if one does; ``case`` is the case expected there.

    ``any_noun`` accepts any noun phrase as the source ("по данным обвинения"), not only people,
    organisations and groups.
    """
    text = doc.text
    w = words[j].text
    if doc.urls().contains(words[j].start) or is_grade(text, words[j], lex):
        return None  # a word of a web address ("instagram.com/p/BM8OrDHDNhj/") or a rating («BB+») names nobody
    limit = len(words) if limit is None else limit
    low = w.lower()
    if low in lex.pronouns:
        gender = lex.pronouns[low]
        return Mention(words[j].start, words[j].end, "pronoun", (w,), gender, plural=gender == "plur")
    if is_proper_word(text, words[j], lex):
        end = name_run(text, words, j, limit, lex)
        run = tuple(x.text for x in words[j:end])
        if all(len(x) == 1 for x in run):
            return None
        if any(is_person_word(x) for x in run if len(x) > 1) and not LATIN_RE.match(run[0]):
            return Mention(words[j].start, words[end - 1].end, "person", run, run[-1].lower(), name_words=run)
        end = genitive_tail(text, words, end, limit, lex, titles=False)
        run = tuple(x.text for x in words[j:end])
        canonical = " ".join((proper_nominative(run[0], case), *run[1:]))
        return Mention(words[j].start, words[end - 1].end, "organization", run, run[0].lower(), canonical=canonical)
    if w.isupper() and len(w) > 1:
        end = genitive_tail(text, words, j + 1, limit, lex)
        run = tuple(x.text for x in words[j:end])
        return Mention(words[j].start, words[end - 1].end, "organization", run, low, canonical=" ".join(run))
    return _common_mention(text, words, j, limit, lex, case, any_noun)


def _common_mention(
    text: str, words: Sequence[Word], j: int, limit: int, lex: Lexicon, case: str | None, any_noun: bool = False
) -> Mention | None:
    """A role, organisation or group named by a common noun, with its adjectives and genitive tail."""
    # "один из собеседников агентства": the phrase after "из" names the kind of speaker.
    start = j
    if (
        j + 2 < limit
        and morph.lemma(words[j].text) == lex.one_word
        and words[j + 1].text.lower() == lex.marker_of
    ):
        inner = _common_mention(text, words, j + 2, limit, lex, "gent", any_noun)
        if inner is None:
            return None
        phrase = tuple(x.text for x in words[j : j + 2]) + inner.words
        canonical = " ".join(phrase)  # "один из собеседников агентства": the partitive stays as written
        return Mention(words[j].start, inner.end, "role", phrase, inner.head, canonical=canonical)
    k = j
    while k < limit and morph.part_of_speech(words[k].text) in ("ADJF", "PRTF") and k - j < 3:
        if adjective_head(words[k].text, case, lex) is not None:
            break  # "слова знакомого семьи": an adjective that names a person is the head
        k += 1
    if k >= limit:
        return None
    head_word = words[k].text
    head = head_reading(head_word, case) or adjective_head(head_word, case, lex)
    if head is None:
        return None
    lemma = morph.normalize(str(head.normal_form))
    in_org = lemma in lex.organizations
    in_role = lemma in lex.roles
    in_group = lemma in lex.groups
    animate = "anim" in head.tag
    if not (in_org or in_role or in_group or animate or any_noun):
        return None
    # head_reading prefers a reading in the case the slot wants; a head with none does not fit the slot
    # (an organisation named in the accusative still may: "цитирует пресс-службу").
    if case is not None and head.tag.case != case and not (case == "nomn" and head.tag.case == "accs" and in_org):
        return None
    end = genitive_tail(text, words, k + 1, limit, lex, owner_names=in_org, slot_case=case)
    gap = text[words[end - 1].end : words[end].start] if end < limit else ""
    adjacent = end < limit and not gap.strip(SPACES + lex.punctuation.main_marks)
    name_end = (
        name_run(text, words, end, limit, lex) if adjacent and is_proper_word(text, words[end], lex) else end
    )
    if name_end > end and any(is_person_word(x.text) for x in words[end:name_end]):
        names = tuple(x.text for x in words[end:name_end])
        return Mention(
            words[start].start, words[name_end - 1].end, "person",
            tuple(x.text for x in words[start:name_end]), lemma, name_words=names,
        )
    phrase = tuple(x.text for x in words[start:end])
    canonical = nominative_np(phrase, k - start, head)
    plural = head.tag.number == "plur"
    kind: MentionKind
    if in_org:
        kind = "organization"
    elif plural:
        kind = "group"
    else:
        kind = "role"
    return Mention(words[start].start, words[end - 1].end, kind, phrase, lemma, plural=plural, canonical=canonical)


def first_at(ws: Sequence[Word], pos: int) -> int:
    """Index of the first word that starts at or after ``pos``: len(ws) if none."""
    return bisect.bisect_left(ws, pos, key=word_start)


def possessive_mention(w: Word, lex: Lexicon) -> Mention | None:
    """The possessive pronoun ``w`` ("по его словам", "по их мнению") as a mention of whom it points to."""
    gender = lex.possessive_genders.get(w.text.lower())
    if gender is None:
        return None
    return Mention(w.start, w.end, "pronoun", (w.text,), gender, plural=gender == "plur")


def dropped_subject(w: Word, lex: Lexicon) -> Mention | None:
    """A finite active singular cue with no subject ("В своём посте обещал, что …"): Russian drops the
    subject the sentences before are about. The verb stands for it; its gender (past tense) narrows who.
    Impersonal forms ("сообщается", "сообщалось", "говорится") have no subject to drop."""
    ps = morph.parses(w.text.lower())
    if not ps or ps[0].tag.POS != "VERB" or ps[0].tag.number != "sing":
        return None
    if w.text.lower().endswith(lex.impersonal_endings):
        return None
    tag = ps[0].tag
    if "1per" in tag or "2per" in tag:
        return None
    if tag.tense == "past" and tag.gender not in ("masc", "femn"):
        return None
    gender = str(tag.gender) if tag.gender in ("masc", "femn") else ""
    return Mention(w.start, w.end, "dropped", (w.text,), gender)
