"""Speaker mentions: the noun phrase a speech cue attaches to.

A mention is a person's name ("Олжас Бектенов", "В. Путин"), a role ("глава МИД России", "премьер",
"певица"), an organisation ("пресс-служба казахстанского премьера", "ТАСС", "Forbes"), a group
("стороны", "эксперты", "врачи") or a pronoun ("он"); a cue whose subject the text leaves out stands
for it itself.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Sequence
from typing import Any, Literal

from attrs import frozen

from claimcheck import morph
from claimcheck.lexicon import Lexicon
from claimcheck.segment import Document, Word, word_start
from claimcheck.speakers.abbreviations import phrase_in_case
from claimcheck.speakers.phrases import adjective_head, genitive_tail, head_reading, name_run, nominative_np
from claimcheck.speakers.proper import (
    LATIN_RE,
    SPACES,
    is_grade,
    is_initial,
    is_person_word,
    is_proper_word,
    mostly_place,
    proper_nominative,
)

# A site's domain name ("lenta.ru", "NEWSru.com", "m24.ru"): Latin words joined by full stops.
_DOMAIN_RE = re.compile(r"[A-Za-z0-9-]*[A-Za-z][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}")
# A name a capitalised adjective opens has at most this many words before its noun ("Федеральная
# антимонопольная служба").
_MAX_NAME_ADJECTIVES = 3
# A name has at most this many initials ("Н. П. Акимова").
_MAX_INITIALS = 2
# Letters of a group word that a form of it keeps ("некот-орых", "присут-ствующих"), to tell the
# words that are none without a parse.
_GROUP_PREFIX = 4

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
    case: str | None = None  # the case its slot wants ("по словам Петрова": the genitive)


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
    initialled = _initialled(doc, words[j]) if len(w) == 1 else None
    if initialled is not None:
        # "И.Петров", "В. Путин": initials before the surname (which a clause cut at an initial's full
        # stop leaves out of ``words``)
        full = doc.words()
        first, surname = initialled
        end = name_run(text, full, surname, len(full), lex)
        run = tuple(x.text for x in full[first:end])
        return Mention(words[j].start, full[end - 1].end, "person", run, run[-1].lower(), name_words=run, case=case)
    whole = _whole_domain(doc, words[j]) or (words[j] if "." in w and _DOMAIN_RE.fullmatch(w) else None)
    if whole is not None:
        # a site named by its domain, in whatever letters ("сообщает lenta.ru"), whole where the bounds
        # of a clause cut it at its dot ("NEWSru.com")
        return Mention(whole.start, whole.end, "organization", (whole.text,), whole.text.lower(), canonical=whole.text)
    low = w.lower()
    if low in lex.pronouns:
        gender = lex.pronouns[low]
        return Mention(words[j].start, words[j].end, "pronoun", (w,), gender, plural=gender == "plur")
    if is_proper_word(text, words[j], lex):
        return _proper_mention(text, words, j, limit, lex, case)
    if _place_speaking(text, words, j):
        # "Минск считает", "Россия уверена": a country or city speaks for its government
        return Mention(words[j].start, words[j].end, "organization", (w,), low, canonical=proper_nominative(w, case))
    if w.isupper() and len(w) > 1:
        end = genitive_tail(text, words, j + 1, limit, lex)
        run = tuple(x.text for x in words[j:end])
        return Mention(words[j].start, words[end - 1].end, "organization", run, low, canonical=" ".join(run))
    return _common_mention(text, words, j, limit, lex, case, any_noun)


def _proper_mention(
    text: str, words: Sequence[Word], j: int, limit: int, lex: Lexicon, case: str | None
) -> Mention | None:
    """A person or an organisation named by the proper words from word ``j`` on."""
    end = name_run(text, words, j, limit, lex)
    run = tuple(x.text for x in words[j:end])
    if all(len(x) == 1 for x in run):
        return None
    if any(is_person_word(x) for x in run if len(x) > 1) and not LATIN_RE.match(run[0]):
        # a bare name is read in the slot's case ("по словам Путина")
        return Mention(words[j].start, words[end - 1].end, "person", run, run[-1].lower(), name_words=run, case=case)
    headed = _adjective_name_end(text, words, j, end, limit)
    end = genitive_tail(text, words, headed or end, limit, lex, titles=False)
    run = tuple(x.text for x in words[j:end])
    oblique = case not in (None, "nomn") or (headed is not None and morph.case_of(run[0]) != "nomn")
    if oblique and len(run) > 1 and not LATIN_RE.match(run[0]) and not run[0].isupper():
        # "согласно отчёту Счётной палаты": the name's head and its adjectives in the nominative
        canonical = phrase_in_case(run, "nomn")
    else:
        canonical = _joined(text, [proper_nominative(run[0], case)], words[j:end])
    return Mention(words[j].start, words[end - 1].end, "organization", run, run[0].lower(), canonical=canonical)


def _adjective_name_end(text: str, words: Sequence[Word], j: int, end: int, limit: int) -> int | None:
    """Index after the head noun of a name that a capitalised adjective opens and lowercase words go
    on ("Федеральная антимонопольная служба", "в Государственной думе"); None for other names."""
    if end != j + 1 or morph.part_of_speech(words[j].text) not in ("ADJF", "PRTF"):
        return None
    for k in range(j + 1, min(limit, j + 1 + _MAX_NAME_ADJECTIVES)):
        w = words[k].text
        if text[words[k - 1].end : words[k].start].strip(SPACES) or not w[:1].islower():
            return None
        pos = morph.part_of_speech(w)
        if pos == "NOUN":
            return k + 1
        if pos not in ("ADJF", "PRTF"):
            return None
    return None


def _joined(text: str, first: Sequence[str], words: Sequence[Word]) -> str:
    """A phrase as ``first`` (its opening words, as put in the nominative) and the rest of ``words``
    (whose first word ends ``first``) as written, joined by spaces, an ampersand kept where the text
    has one ("Johnson & Johnson")."""
    out = " ".join(first)
    for a, b in itertools.pairwise(words):
        gap = text[a.end : b.start].strip(SPACES)
        out += f" {gap} {b.text}" if gap == "&" else f" {b.text}"
    return out


def _initialled(doc: Document, w: Word) -> tuple[int, int] | None:
    """Indices among the document's words of the initial ``w`` and of the surname its initials lead to
    ("И.Петров", "В. Путин", "Н. П. Акимова"), if ``w`` is an initial of a person's name."""
    full = doc.words()
    first = bisect.bisect_left(full, w.start, key=word_start)
    i = first
    while i < len(full) and i - first < _MAX_INITIALS and is_initial(doc.text, full[i]):
        i += 1
        if i < len(full) and doc.text[full[i - 1].end + 1 : full[i].start].strip(SPACES):
            return None
    if i == first or i >= len(full) or not full[i].text[:1].isupper() or "\n" in doc.text[w.end : full[i].start]:
        return None
    # a Cyrillic word the dictionary does not know is a surname after initials ("С.Балмера")
    word = full[i].text
    surname = is_person_word(word) or not (LATIN_RE.match(word) or morph.is_known(word))
    return (first, i) if surname else None


def _whole_domain(doc: Document, w: Word) -> Word | None:
    """The domain name ("NEWSru.com") the word ``w`` is the cut beginning of, if it is one."""
    if not LATIN_RE.match(w.text) or not doc.text.startswith(".", w.end):
        return None
    full = doc.words()
    i = bisect.bisect_right(full, w.start, key=word_start) - 1
    if i < 0 or full[i].start != w.start or full[i].end <= w.end:
        return None
    return full[i]


def _place_speaking(text: str, words: Sequence[Word], j: int) -> bool:
    """Word ``j`` is a place's name in the nominative followed right by a verb or a short adjective
    in the singular ("Минск считает", "Россия уверена"): the place speaks."""
    w = words[j].text
    if not w[:1].isupper() or w.isupper() or j + 1 >= len(words) or morph.case_of(w) != "nomn":
        return False
    if text[words[j].end : words[j + 1].start].strip(SPACES):
        return False
    verb = morph.parses(words[j + 1].text)[:1]
    if not verb or verb[0].tag.POS not in ("VERB", "ADJS", "PRTS") or verb[0].tag.number == "plur":
        return False  # "которые и Япония, и Россия считают своими": the verb is not the place's alone
    return mostly_place(w)


def _common_mention(
    text: str, words: Sequence[Word], j: int, limit: int, lex: Lexicon, case: str | None, any_noun: bool = False
) -> Mention | None:
    """A role, organisation or group named by a common noun, with its adjectives and genitive tail."""
    if j + 2 < limit and morph.lemma(words[j].text) == lex.one_word and words[j + 1].text.lower() == lex.marker_of:
        return _partitive(text, words, j, limit, lex, any_noun)
    group = _substantive_group(text, words, j, limit, lex, case)
    if group is not None:
        return group
    k = _head_index(words, j, limit, case, lex)
    if k >= limit:
        return None
    head = head_reading(words[k].text, case) or adjective_head(words[k].text, case, lex)
    if head is None:
        return None
    lemma = morph.normalize(str(head.normal_form))
    in_org = lemma in lex.organizations or lemma in lex.collective_bodies  # "экипаж" speaks as a body
    if not _may_speak(head, lemma, case, lex, any_noun=any_noun):
        return None
    end = genitive_tail(text, words, k + 1, limit, lex, owner_names=in_org, slot_case=case)
    name_end = _name_after(text, words, end, limit, lex)
    if name_end > end and any(is_person_word(x.text) for x in words[end:name_end]):
        names = tuple(x.text for x in words[end:name_end])
        return Mention(
            words[j].start, words[name_end - 1].end, "person",
            tuple(x.text for x in words[j:name_end]), lemma, name_words=names,
        )
    phrase = tuple(x.text for x in words[j:end])
    plural = head.tag.number == "plur"
    kind: MentionKind = "organization" if in_org else "group" if plural else "role"
    canonical = _joined(text, nominative_np(phrase[: k - j + 1], k - j, head).split(" "), words[k:end])
    return Mention(words[j].start, words[end - 1].end, kind, phrase, lemma, plural=plural, canonical=canonical)


def _substantive_group(
    text: str, words: Sequence[Word], j: int, limit: int, lex: Lexicon, case: str | None
) -> Mention | None:
    """"Некоторые считают", "по словам присутствующих, …": a plural adjective or participle of the
    lexicon that no noun or adjective follows in its phrase names a group by itself."""
    w = words[j]
    if w.text[:_GROUP_PREFIX].lower() not in _prefixes(lex.substantive_groups):
        return None  # most words start no group word: told by a set lookup
    nominative = _group_nominative(w.text.lower(), case, lex.substantive_groups)
    if nominative is None:
        return None
    k = j + 1
    if (
        k < limit
        and not text[w.end : words[k].start].strip(SPACES)
        and morph.part_of_speech(words[k].text) in ("NOUN", "ADJF", "PRTF")
    ):
        return None  # "некоторые аналитики": the adjective of a noun
    return Mention(w.start, w.end, "group", (w.text,), nominative, plural=True, canonical=nominative)


@functools.lru_cache(maxsize=4096)
def _group_nominative(word: str, case: str | None, groups: frozenset[str]) -> str | None:
    """The nominative plural of ``word`` (in ``case``, if given) when it is one of ``groups``."""
    for p in morph.parses(word)[:4]:
        if p.tag.POS not in ("ADJF", "PRTF", "NPRO") or p.tag.number != "plur" or case not in (None, p.tag.case):
            continue
        form = p if p.tag.case == "nomn" else p.inflect({"plur", "nomn"})
        found = None if form is None else morph.normalize(str(form.word))
        if found in groups:
            return found
    return None


@functools.lru_cache(maxsize=8)
def _prefixes(words: frozenset[str]) -> frozenset[str]:
    return frozenset(morph.normalize(w)[:_GROUP_PREFIX] for w in words)


def _partitive(
    text: str, words: Sequence[Word], j: int, limit: int, lex: Lexicon, any_noun: bool
) -> Mention | None:
    """"один из собеседников агентства": the phrase after "из" names the kind of speaker; the partitive
    stays as written."""
    inner = _common_mention(text, words, j + 2, limit, lex, "gent", any_noun)
    if inner is None:
        return None
    phrase = tuple(x.text for x in words[j : j + 2]) + inner.words
    return Mention(words[j].start, inner.end, "role", phrase, inner.head, canonical=" ".join(phrase))


def _head_index(words: Sequence[Word], j: int, limit: int, case: str | None, lex: Lexicon) -> int:
    """Index of the head noun after at most three adjectives from word ``j``."""
    k = j
    while k < limit and morph.part_of_speech(words[k].text) in ("ADJF", "PRTF") and k - j < 3:
        if adjective_head(words[k].text, case, lex) is not None:
            break  # "слова знакомого семьи": an adjective that names a person is the head
        k += 1
    return k


def _may_speak(head: Any, lemma: str, case: str | None, lex: Lexicon, *, any_noun: bool) -> bool:
    """Whether a head noun names a speaker in a slot of ``case``: an organisation, a role, a group or
    anyone animate (with ``any_noun``, any noun: "по данным обвинения"), in the case the slot wants.
    :func:`head_reading` prefers a reading in that case, so a head with none does not fit the slot (an
    organisation named in the accusative still may: "цитирует пресс-службу")."""
    in_org = lemma in lex.organizations or lemma in lex.collective_bodies
    if not (in_org or lemma in lex.roles or lemma in lex.groups or "anim" in head.tag or any_noun):
        return False
    return case is None or head.tag.case == case or (case == "nomn" and head.tag.case == "accs" and in_org)


def _name_after(text: str, words: Sequence[Word], end: int, limit: int, lex: Lexicon) -> int:
    """Index after the name that follows a noun phrase ending before word ``end`` with nothing but
    spaces and quotation marks between ("представитель StubHub Гленн Леман"); ``end`` if none does."""
    if end >= limit:
        return end
    gap = text[words[end - 1].end : words[end].start]
    if gap.strip(SPACES + lex.punctuation.main_marks):
        return end
    if not is_proper_word(text, words[end], lex) and not is_initial(text, words[end]):
        return end
    return name_run(text, words, end, limit, lex)


def first_at(ws: Sequence[Word], pos: int) -> int:
    """Index of the first word that starts at or after ``pos``: len(ws) if none."""
    return bisect.bisect_left(ws, pos, key=word_start)


def possessive_mention(w: Word, lex: Lexicon) -> Mention | None:
    """The possessive pronoun ``w`` ("по его словам", "по их мнению") as a mention of whom it points to."""
    gender = lex.possessive_genders.get(w.text.lower())
    if gender is None:
        return None
    return Mention(w.start, w.end, "pronoun", (w.text,), gender, plural=gender == "plur")


def verb_gender(cue: Sequence[Word]) -> str | None:
    """The gender a cue's first word shows of its subject: a singular verb in the past tense or a
    short adjective ("сообщила", "уверен"); None for other forms ("считает", "по словам")."""
    ps = morph.parses(cue[0].text.lower())[:1] if cue else ()
    if not ps or ps[0].tag.POS not in ("VERB", "ADJS", "PRTS") or ps[0].tag.number != "sing":
        return None
    return str(ps[0].tag.gender) if ps[0].tag.gender in ("masc", "femn") else None


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
