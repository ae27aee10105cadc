"""Speaker mentions and their resolution to one canonical source per document.

A mention is the noun phrase a speech cue attaches to: a person's name ("Олжас Бектенов", "В. Путин"),
a role ("глава МИД России", "премьер", "певица"), an organisation ("пресс-служба казахстанского премьера",
"ТАСС", "Forbes"), a group ("стороны", "эксперты", "врачи") or a pronoun ("он"). :class:`Resolver` maps
each mention to a canonical name in the nominative: a partial name to the fullest name the text gives,
a pronoun or a bare role to the person it stands for, a bare organisation noun ("пресс-службе",
"издания") to the organisation named before.

Names are recognised by shape as much as by the dictionary: a capitalised word the dictionary does not
know ("Бектенов", "Вэнс", "Бхарара") next to a first name, after a role noun, or in a speaker's slot is
taken for a name, so that no list of people is needed.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from collections.abc import Hashable, Iterable, Sequence
from typing import Any, Final, Generic, TypeVar

from attrs import frozen

from claimcheck import morph
from claimcheck.lexicon import Lexicon, Punctuation
from claimcheck.segment import LINE_BREAKS, Document, Word, word_start
from claimcheck.wordcache import per_lexicon

__all__ = [
    "Mention", "Resolver", "find_person_names", "mention_at", "prepare", "sentence_initial", "word_info",
]

_WORD_RE = re.compile(r"\w+")
_LATIN_RE = re.compile(r"[A-Za-z]")
_ROMAN_RE = re.compile(r"^[IVX]{1,5}$")
# Grammemes of words that name a person or a place by themselves.
_PROPER = ("Name", "Surn", "Patr")
_MAX_NAME_WORDS = 4
# Parts of speech that never start a name, even capitalised.
_FUNCTION_POS = ("PREP", "CONJ", "PRCL", "NPRO", "ADVB", "INTJ", "PRED", "COMP")
# White space that may stand between the words of one name or phrase, beside quotation marks.
_SPACES: Final = " \u00a0"
# What may stand between two capitalised Latin words of one organisation's name.
_LATIN_NAME_JOINS: Final = frozenset({" ", "\u00a0", "&", " & "})
# A pronoun this many characters after the last speaker's mention still refers to them by default.
_SPEAKER_CONTINUITY = 600


@frozen
class Mention:
    """A speaker mention ``text[start:end]``; ``words`` are its words, ``head`` the lemma of its head."""

    start: int
    end: int
    kind: str  # person | organization | role | group | pronoun | dropped (a subject left out: the verb)
    words: tuple[str, ...]
    head: str
    name_words: tuple[str, ...] = ()  # the person's name inside a role mention ("глава МИД Сергей Лавров")
    plural: bool = False
    canonical: str = ""  # the phrase in the nominative, for non-person mentions


@functools.lru_cache(maxsize=65536)
def word_info(word: str) -> tuple[str | None, str | None, str | None]:
    """(part of speech, case, number) of the best parse."""
    ps = morph.parses(word)
    if not ps:
        return None, None, None
    tag = ps[0].tag
    return (
        str(tag.POS) if tag.POS else None,
        str(tag.case) if tag.case else None,
        str(tag.number) if tag.number else None,
    )


def sentence_initial(text: str, start: int, punct: Punctuation) -> bool:
    """The word at ``start`` opens a sentence, a paragraph, a quotation or a dash clause: before it
    stand only white space and marks that open a sentence, after a line break, a sentence's end, a
    colon or a dash."""
    j = start - 1
    while j >= 0 and (text[j] in " \t\u00a0" or text[j] in punct.sentence_openers):
        j -= 1
    return j < 0 or text[j] in punct.opens_clause_after or text[j] in LINE_BREAKS


def prepare(lex: Lexicon) -> None:
    """Build the tables this module derives from ``lex`` (see :func:`claimcheck.analysis.prepare`)."""
    morph.word_forms(lex.roles)
    morph.word_forms(lex.relative_pronouns)


def _common_noun_reading(word: str) -> Any | None:
    """A dictionary reading of ``word`` as a common (not proper) noun, if it has one."""
    if not morph.is_known(word):
        return None
    for p in morph.parses(word.lower())[:3]:
        if p.is_known and p.tag.POS == "NOUN" and not any(g in p.tag for g in (*_PROPER, "Geox", "Orgn")):
            return p
    return None


def _is_proper_word(text: str, w: Word, lex: Lexicon) -> bool:
    """A capitalised word that is part of a proper name here (not a common noun opening a sentence)."""
    verdict, otherwise = _proper_word_form(w.text, lex)
    if verdict is not None:
        return verdict
    if sentence_initial(text, w.start, lex.punctuation):
        return False
    return otherwise


def _is_grade(text: str, w: Word, lex: Lexicon) -> bool:
    """The word is a credit rating's grade («B», "BB+", "Baa3", "ruAA"): never a name, an organisation
    or a speaker. A single letter before a full stop is an initial ("D.C. Medical Examiner")."""
    return lex.rating_grades.fullmatch(w.text) is not None and not (len(w.text) == 1 and text.startswith(".", w.end))


def _particle_name(word: str) -> bool:
    """A name with its particle: "аз-Завахири", "аль-Багдади", "бен-Ладен"."""
    head, _, tail = word.rpartition("-")
    return bool(head) and len(head) <= 4 and head.islower() and tail[:1].isupper()


@per_lexicon(maxsize=65536)
def _proper_word_form(word: str, lex: Lexicon) -> tuple[bool | None, bool]:
    """What the word form alone tells of :func:`_is_proper_word` (cached per form): (the answer, or None
    when it depends on the word opening a sentence; the answer when it does not open one)."""
    if _particle_name(word):
        return True, True
    if not word[:1].isupper() or word in lex.not_names:
        return False, False
    if word.isupper() and len(word) > 1 and not _ROMAN_RE.match(word):
        return False, False  # an abbreviation: an organisation or a place
    if _LATIN_RE.match(word) or _ROMAN_RE.match(word):
        return True, True
    if not morph.is_known(word):
        return True, True  # the dictionary does not know it: a name (Бектенов, Вэнс, Бхарара)
    best = morph.parses(word)[:1]
    if best and best[0].is_known and best[0].tag.POS in _FUNCTION_POS:
        return False, False  # "Из", "По", "Как" opening a sentence
    if morph.is_name(word) and any(p.is_known for p in morph.parses(word)[:2]):
        return True, True
    known = [p for p in morph.parses(word)[:3] if p.is_known]
    if not known:
        return True, True  # the dictionary does not know it: a name (Бектенов, Вэнс, Бхарара)
    if any(any(g in p.tag for g in _PROPER) for p in known):
        return True, True
    return None, _common_noun_reading(word) is None or any("Orgn" in p.tag for p in known)


def _proper_nominative(word: str, case: str | None) -> str:
    """A declined proper name in the nominative ("по данным Росстата" -> "Росстат"), when the slot's
    case tells how it is declined; Latin and indeclinable names stay as written."""
    if case in (None, "nomn") or _LATIN_RE.match(word) or word.isupper():
        return word
    for p in morph.parses(word)[:4]:
        if p.tag.case == case and p.tag.POS == "NOUN" and "Fixd" not in p.tag:
            form = p.inflect({"nomn"})
            if form is not None:
                return _restore(word, form.word)
    return word


@functools.lru_cache(maxsize=65536)
def _is_first_name(word: str) -> bool:
    """A first name or patronymic the dictionary knows ("Дмитрий", "Сергеевич")."""
    return any(("Name" in p.tag or "Patr" in p.tag) and p.is_known for p in morph.parses(word)[:4])


@functools.lru_cache(maxsize=65536)
def _is_place(word: str) -> bool:
    """A word the dictionary knows only as a place or organisation ("России", "Астане")."""
    return _known_only_as(word, ("Geox", "Orgn"))


def _is_geographic(word: str) -> bool:
    """A word the dictionary knows only as a place ("США", "России")."""
    return _known_only_as(word, ("Geox",))


def _known_only_as(word: str, grammemes: tuple[str, ...]) -> bool:
    """Every reading the dictionary knows of ``word`` (among its three best) has one of ``grammemes``."""
    if not morph.is_known(word):
        return False
    known = [p for p in morph.parses(word)[:3] if p.is_known]
    return bool(known) and all(any(g in p.tag for g in grammemes) for p in known)


@functools.lru_cache(maxsize=65536)
def _is_person_word(word: str) -> bool:
    if _LATIN_RE.match(word) or (word.isupper() and len(word) > 1 and not _ROMAN_RE.match(word)):
        return False
    known = [p for p in morph.parses(word)[:3] if p.is_known]
    if any(any(g in p.tag for g in _PROPER) for p in known):
        return True
    if known:
        return False  # a word the dictionary knows, but not as a name ("Киевской", "Дуда" aside)
    return morph.is_surname(word) or morph.is_name(word)


def _lemma_in(word: str, table: frozenset[str]) -> str | None:
    """The lemma of ``word`` that ``table`` holds, if any; a word that is no form of one is told by a
    set lookup, without a parse."""
    if morph.normalize(word) not in morph.word_forms(table):
        return None
    for lem in morph.lemmas(word.lower()):
        if lem in table:
            return lem
    return None


def _name_run(text: str, words: Sequence[Word], j: int, limit: int, lex: Lexicon) -> int:
    """Index after a run of capitalised name words starting at ``j``, in one script, initials included."""
    k = j
    latin = bool(_LATIN_RE.match(words[j].text))
    if _is_place(words[j].text):
        return j + 1
    p = lex.punctuation
    joins = _SPACES + "." + p.main_marks
    opening, closing = p.primary
    nickname = False
    while k < limit and k - j < _MAX_NAME_WORDS:
        w = words[k]
        if k > j and not w.text[:1].isupper() and not _particle_name(w.text):
            break  # only a capitalised word goes on a name (the tests below would say so, at a parse each)
        gap = text[words[k - 1].end : w.start] if k > j else ""
        if gap.strip(joins) != "":
            break  # a comma, a bracket or a dash ends the name
        if opening in gap or closing in gap:
            # A nickname in quotes stays inside a name ("Джеймс «Бадди» Макгирт") when it opens after a
            # first name and closes before the surname; a title in quotes after a name does not.
            if opening in gap and not nickname and _is_first_name(words[k - 1].text):
                nickname = True
            elif closing in gap and nickname:
                nickname = False
            else:
                break
        initial = len(w.text) == 1 and w.text.isupper() and text[w.end : w.end + 1] == "."
        if k > j and _is_place(w.text):
            break  # "главы правительств России Олжас Бектенов": a place is not part of a name
        if k > j and _is_first_name(w.text) and not _is_first_name(words[k - 1].text) and len(words[k - 1].text) > 1:
            break  # "Владимира Путина Дмитрий Песков": a first name after a surname starts another person
        after_name = (
            k > j and morph.is_name(words[k - 1].text) and w.text[:1].isupper() and not w.text.isupper()
        )
        if initial or after_name or (_is_proper_word(text, w, lex) and bool(_LATIN_RE.match(w.text)) == latin):
            if k > j and text[words[k - 1].end : w.start].strip() == "." and len(words[k - 1].text) > 1:
                break  # a full stop after a whole word ends the sentence
            k += 1
            continue
        break
    return k


def _genitive_tail(
    text: str,
    words: Sequence[Word],
    j: int,
    limit: int,
    lex: Lexicon,
    *,
    owner_names: bool = False,
    slot_case: str | None = None,
    titles: bool = True,
) -> int:
    """Index after the genitive modifiers of a head noun ("казахстанского премьера", "МИД России", "«Блюз»").

    ``titles`` lets a title in quotation marks follow; after a proper name one does not belong to it
    ("цитирует Фастовского «Советский спорт»": the title is the next noun phrase).
    """
    joins = _SPACES + lex.punctuation.main_marks
    title = lex.punctuation.primary[0]
    k = j
    while k < limit and k - j < 8:
        gap = text[words[k - 1].end : words[k].start] if k > 0 else " "
        if gap.strip(joins) != "" or (not titles and title in gap):
            break
        w = words[k].text
        if w.isupper() and len(w) > 1:
            k += 1
            continue
        if _LATIN_RE.match(w) or title in gap:
            k += 1
            continue
        if w[:1].isupper() and _is_proper_word(text, words[k], lex):
            # A name after the head: the owner in the genitive ("пресс-секретарь Путина") belongs to the
            # phrase; a name in the nominative ("представитель StubHub Гленн Леман") is the speaker's.
            run_end = _name_run(text, words, k, limit, lex)
            run = [x.text for x in words[k:run_end]]
            # After an organisation ("пресс-служба Бектенова") a name is its owner whatever its case reads;
            # a bare surname that can be genitive ("тренер Дадашева") is the owner too, while an apposed
            # name reads nominative or brings a first name ("министр Лавров", "тренер Джеймс Макгирт").
            if slot_case == "gent" and not owner_names and any(_is_first_name(x) for x in run):
                break  # "по словам министра Ивана Петрова": in a genitive slot a full name is apposed
            if owner_names or _bare_genitive(run) or morph.name_reading(run)[1] in ("gent", "accs"):
                k = run_end
                continue
            break
        if w.lower() in lex.name_links and k + 1 < limit and words[k + 1].text[:1].isupper():
            # "РГУ им. Косыгина", "театр имени Вахтангова": the name belongs to the organisation.
            k = _name_run(text, words, k + 1, limit, lex)
            continue
        if w.lower() in lex.pronouns or w.lower() in lex.possessives:
            break
        genitive = any(
            p.tag.case == "gent" and p.tag.POS in ("NOUN", "ADJF", "PRTF") for p in morph.parses(w)[:4]
        )
        pos = word_info(w)[0]
        if genitive and pos not in ("VERB", "PREP", "CONJ", "INFN", "PRCL", "GRND"):
            k += 1
            continue
        break
    return k


def _head_reading(word: str, case: str | None) -> Any | None:
    """The common-noun reading of ``word``, in ``case`` when it has one; None unless the word's most
    probable reading is a noun the dictionary knows."""
    nouns = _noun_readings(word)
    if not nouns:
        return None
    if case is not None:
        for p in nouns:
            if p.tag.case == case:
                return p
    return nouns[0]


_NOT_COMMON: Final = (*_PROPER, "Geox")


@functools.lru_cache(maxsize=65536)
def _noun_readings(word: str) -> tuple[Any, ...]:
    """The known common-noun readings of ``word`` (among its five best), if its best reading is a noun;
    cached per word form, whatever case is asked of them."""
    ps = morph.parses(word.lower())
    if len(word) < 2 or not ps or ps[0].tag.POS != "NOUN":
        return ()
    return tuple(
        p for p in ps[:5]
        if p.tag.POS == "NOUN" and p.is_known and not any(g in p.tag for g in _NOT_COMMON)
    )


def _adjective_head(word: str, case: str | None, lex: Lexicon) -> Any | None:
    """The reading of an adjective used as a noun for a person ("знакомый", "пострадавший"), in ``case``
    when it has one; None for other words."""
    ps = morph.parses(word.lower())
    if not ps or ps[0].tag.POS not in ("ADJF", "PRTF") or "Subx" not in ps[0].tag:
        return None
    if morph.normalize(str(ps[0].normal_form)) not in lex.roles | lex.groups:
        return None
    readings = [p for p in ps[:6] if p.tag.POS in ("ADJF", "PRTF") and (case is None or p.tag.case == case)]
    return readings[0] if readings else None


def _restore(source: str, form: str) -> str:
    if source[:1].isupper() and not source.isupper():
        return form[:1].upper() + form[1:]
    return form


def _nominative_np(ws: Sequence[str], head_index: int, head: Any) -> tuple[str, bool]:
    """The phrase with its head and the adjectives before it in the nominative; (phrase, plural)."""
    number = str(head.tag.number or "sing")
    plural = number == "plur"
    head_form = head.inflect({"nomn", number}) if head.tag.case != "nomn" else head
    out: list[str] = []
    for i, w in enumerate(ws):
        if i == head_index:
            out.append(_restore(w, head_form.word) if head_form is not None else w)
        elif i < head_index and word_info(w)[0] in ("ADJF", "PRTF"):
            wanted = {"nomn", "plur"} if plural else {"nomn", str(head.tag.gender or "masc")}
            adj = next((p for p in morph.parses(w.lower()) if p.tag.POS in ("ADJF", "PRTF")), None)
            form = adj.inflect(wanted) if adj is not None else None
            out.append(_restore(w, form.word) if form is not None else w)
        else:
            out.append(w)
    return " ".join(out), plural


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
    if doc.urls().contains(words[j].start) or _is_grade(text, words[j], lex):
        return None  # a word of a web address ("instagram.com/p/BM8OrDHDNhj/") or a rating («BB+») names nobody
    limit = len(words) if limit is None else limit
    low = w.lower()
    if low in lex.pronouns:
        gender = lex.pronouns[low]
        return Mention(words[j].start, words[j].end, "pronoun", (w,), gender, plural=gender == "plur")
    if _is_proper_word(text, words[j], lex):
        end = _name_run(text, words, j, limit, lex)
        run = tuple(x.text for x in words[j:end])
        if all(len(x) == 1 for x in run):
            return None
        if any(_is_person_word(x) for x in run if len(x) > 1) and not _LATIN_RE.match(run[0]):
            return Mention(words[j].start, words[end - 1].end, "person", run, run[-1].lower(), name_words=run)
        end = _genitive_tail(text, words, end, limit, lex, titles=False)
        run = tuple(x.text for x in words[j:end])
        canonical = " ".join((_proper_nominative(run[0], case), *run[1:]))
        return Mention(words[j].start, words[end - 1].end, "organization", run, run[0].lower(), canonical=canonical)
    if w.isupper() and len(w) > 1:
        end = _genitive_tail(text, words, j + 1, limit, lex)
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
    while k < limit and word_info(words[k].text)[0] in ("ADJF", "PRTF") and k - j < 3:
        if _adjective_head(words[k].text, case, lex) is not None:
            break  # "слова знакомого семьи": an adjective that names a person is the head
        k += 1
    if k >= limit:
        return None
    head_word = words[k].text
    head = _head_reading(head_word, case) or _adjective_head(head_word, case, lex)
    if head is None:
        return None
    lemma = morph.normalize(str(head.normal_form))
    in_org = lemma in lex.organizations
    in_role = lemma in lex.roles
    in_group = lemma in lex.groups
    animate = "anim" in head.tag
    if not (in_org or in_role or in_group or animate or any_noun):
        return None
    # _head_reading prefers a reading in the case the slot wants; a head with none does not fit the slot
    # (an organisation named in the accusative still may: "цитирует пресс-службу").
    if case is not None and head.tag.case != case and not (case == "nomn" and head.tag.case == "accs" and in_org):
        return None
    end = _genitive_tail(text, words, k + 1, limit, lex, owner_names=in_org, slot_case=case)
    gap = text[words[end - 1].end : words[end].start] if end < limit else ""
    adjacent = end < limit and not gap.strip(_SPACES + lex.punctuation.main_marks)
    name_end = (
        _name_run(text, words, end, limit, lex) if adjacent and _is_proper_word(text, words[end], lex) else end
    )
    if name_end > end and any(_is_person_word(x.text) for x in words[end:name_end]):
        names = tuple(x.text for x in words[end:name_end])
        return Mention(
            words[start].start, words[name_end - 1].end, "person",
            tuple(x.text for x in words[start:name_end]), lemma, name_words=names,
        )
    phrase = tuple(x.text for x in words[start:end])
    canonical, plural = _nominative_np(phrase, k - start, head)
    if in_org:
        kind = "organization"
    elif plural:
        kind = "group"
    else:
        kind = "role"
    return Mention(words[start].start, words[end - 1].end, kind, phrase, lemma, plural=plural, canonical=canonical)


@frozen
class _Person:
    position: int
    name: str
    gender: str | None
    role: str | None
    subject: bool  # the name stands in the nominative (likely a sentence's subject)


def find_person_names(doc: Document, lex: Lexicon) -> list[tuple[int, int, str, str | None, bool]]:
    """Every person's name in the text: (start, end, nominative name, role lemma before it, nominative?).

    A capitalised run counts as a person's name when one of its words is a first name the dictionary
    knows, when it follows a role noun ("прокурор Прит Бхарара"), or when it is two or more words the
    dictionary does not know.
    """
    text, words = doc.text, doc.words()
    out: list[tuple[int, int, str, str | None, bool]] = []
    n = len(words)
    after = 0  # the end of the last run looked at: a run starts after it
    # Most words are not capitalised: the capitalised ones are picked out at C speed.
    capitalised = itertools.compress(range(n), map(str.isupper, map(_FIRST, map(_TEXT, words))))
    for j in capitalised:
        if j < after:
            continue
        if not _is_proper_word(text, words[j], lex) or _LATIN_RE.match(words[j].text) or _is_place(words[j].text):
            continue
        end = _name_run(text, words, j, n, lex)
        facts = _run_facts(tuple(x.text for x in words[j:end] if len(x.text) > 1))
        if facts is not None:
            personal, bare, case, nominative = facts
            role = None if bare else _role_before(text, words, j, lex, case)
            if personal or role is not None:
                subject = case in ("nomn", None) and not _in_relative_clause(text, words, j, lex)
                out.append((words[j].start, words[end - 1].end, nominative, role, subject))
        after = max(end, j + 1)
    return out


_TEXT = operator.itemgetter(2)  # Word.text
_FIRST = operator.itemgetter(0)  # a word's first character (a word is never empty)


@functools.lru_cache(maxsize=65536)
def _run_facts(run: tuple[str, ...]) -> tuple[bool, bool, str | None, str] | None:
    """What a run of capitalised words tells of itself, cached per run (a text names its people again
    and again): None when it cannot be a person's name whatever precedes it; otherwise (a person's
    name even without a role noun before it, a bare surname that may be genitive, the name's case, the
    name in the nominative).

    A run is a name when a word of it reads as one or two or more are unknown to the dictionary; it
    is one without a role before it when it holds a known first name (with a surname, or a surname
    alone) or two unknown words.
    """
    unknown = [x for x in run if not any(p.is_known for p in morph.parses(x)[:2])]
    if not run or not (any(_is_person_word(x) for x in run) or len(unknown) >= 2):
        return None
    named = any(morph.is_name(x) and any(p.is_known for p in morph.parses(x)[:2]) for x in run)
    personal = (named and (len(run) > 1 or morph.is_surname(run[0]))) or len(unknown) >= 2
    return personal, _bare_genitive(run), morph.name_reading(run)[1], morph.nominative_name(run)


def _bare_genitive(run: Sequence[str]) -> bool:
    """A surname without a first name that can be read in the genitive ("Дадашева"): after a role
    noun it names the role's owner ("тренер Дадашева") rather than the role's holder."""
    return len(run) == 1 and not _is_first_name(run[0]) and any(
        p.tag.case in ("gent", "accs") for p in morph.parses(run[0])[:4]
    )


def _in_relative_clause(text: str, words: Sequence[Word], j: int, lex: Lexicon) -> bool:
    """Word ``j`` stands in a relative clause ("…, который бросил Евгений Коваленко"): not a topic."""
    k = j - 1
    while k >= 0 and j - k <= 8:
        if morph.normalize(words[k].text) in morph.word_forms(lex.relative_pronouns) and (
            morph.lemma(words[k].text) in lex.relative_pronouns
        ):
            return True
        if any(ch in text[words[k].end : words[k + 1].start] for ch in ",.;:!?"):
            return False
        k -= 1
    return False


def _role_before(text: str, words: Sequence[Word], j: int, lex: Lexicon, case: str | None) -> str | None:
    """The role noun heading the phrase right before a name ("глава МИД России Сергей Лавров").

    The role and the name must agree in case: in "тренер Дадашева" the name is the trainer's owner.
    """
    joins = _SPACES + lex.punctuation.main_marks
    k = j - 1
    while k >= 0 and j - k <= 6:
        if text[words[k].end : words[k + 1].start].strip(joins):
            return None
        lem = _lemma_in(words[k].text, lex.roles)
        if lem is not None:
            agrees = case is None or any(p.tag.case == case for p in morph.parses(words[k].text.lower())[:4])
            return lem if agrees else None
        reading = _head_reading(words[k].text, None) if k == j - 1 else None
        if reading is not None and "anim" in reading.tag:
            return str(reading.normal_form)
        k -= 1
    return None


@functools.lru_cache(maxsize=20_000)
def _stems(name: str) -> tuple[str, ...]:
    return tuple(morph.normalize(w)[:5] for w in _WORD_RE.findall(name) if len(w) > 1)


def _stem_key(stem: str) -> str:
    """Stems that can match (see _stem_match) share this key: their first four letters."""
    return stem[:4]


def _stem_match(a: str, b: str) -> bool:
    """Two word stems agree when one is a prefix of the other and they share four letters or more."""
    short = min(len(a), len(b))
    return (short >= 4 and a[:short] == b[:short]) or a == b


def _same_person(short: str, long: str) -> bool:
    """Every word stem of the shorter name is among the longer's ("Бектенов" ~ "Олжас Бектенов")."""
    a, b = _stems(short), _stems(long)
    if not a or not b:
        return False
    if len(a) > len(b):
        a, b = b, a
    return all(any(_stem_match(s, t) for t in b) for s in a)


_T = TypeVar("_T")


class _Timeline(Generic[_T]):
    """Items in text order under named groups, answering "the last item of these groups before a
    position" by bisection: a resolver's every question then costs O(log n), not a walk back over all
    that the document has named so far (which made long texts quadratic).

    Items are ordered by their sort key, ties in the order they were added, exactly as one list kept
    sorted with ``bisect.insort`` would be; an item may be put in several groups.
    """

    def __init__(self) -> None:
        self._keys: dict[Hashable, list[tuple[Any, int]]] = {}
        self._items: dict[Hashable, list[_T]] = {}
        self._added = 0

    def add(self, key: Any, item: _T, groups: Iterable[Hashable]) -> None:
        """Put ``item`` (sorted by ``key``, whose first element is its position) in ``groups``."""
        self._added += 1
        order = (key, self._added)
        for group in groups:
            keys = self._keys.setdefault(group, [])
            i = bisect.bisect_right(keys, order)
            keys.insert(i, order)
            self._items.setdefault(group, []).insert(i, item)

    def last_before(self, position: int, groups: Iterable[Hashable]) -> _T | None:
        """The latest item of any of ``groups`` whose position is below ``position``."""
        best: tuple[Any, int] | None = None
        found: _T | None = None
        for group in groups:
            keys = self._keys.get(group)
            if not keys:
                continue
            i = bisect.bisect_left(keys, ((position,),))
            if i and (best is None or keys[i - 1] > best):
                best, found = keys[i - 1], self._items[group][i - 1]
        return found

    def first(self, group: Hashable) -> _T | None:
        """The earliest item of ``group``."""
        items = self._items.get(group)
        return items[0] if items else None


class Resolver:
    """Resolves the mentions of one document to canonical names.

    People are kept in text order, with an index from word stems to the names that contain them and
    the positions they stand at, so that each lookup costs the few names that share a stem rather than
    every mention of the document. People and organisations are also kept on timelines grouped by what
    a question asks of them (gender, subject, role; head lemma, proper or common), so "the last one
    before here" is a bisection too.
    """

    def __init__(self, doc: Document, lex: Lexicon) -> None:
        self._lex = lex
        self._doc = doc
        self._text = doc.text
        self._words = doc.words()
        self._ready = False  # the people and organisations of the text are found on the first question
        self._persons: list[_Person] = []
        # Groups: ("any" | "subject", gender or None), ("any" | "subject", "*") and ("role", lemma).
        self._people: _Timeline[_Person] = _Timeline()
        self._names: dict[str, dict[str, list[int]]] = {}  # stem key -> name -> sorted positions
        # (position, head lemma, canonical, proper name) under ("head", lemma) and ("proper", bool).
        self._orgs: _Timeline[tuple[int, str, str, bool]] = _Timeline()
        self._last_speaker: _Person | None = None
        self._sources: list[tuple[int, str]] = []  # (position, organisation named in a speaker's phrase)
        self._expansions: dict[str, tuple[str, ...] | None] = {}

    def _prepare(self) -> None:
        """Find the text's people and proper organisation names, once: a text nobody is quoted in never
        needs them."""
        if self._ready:
            return
        self._ready = True
        for start, _end, name, role, subject in find_person_names(self._doc, self._lex):
            self._add_person(_Person(start, name, _gender(name), role, subject))
        addresses = self._doc.urls()
        run: list[Word] = []  # a name of capitalised Latin words ("Standard & Poors Global Ratings", "S&P")
        for w in self._words:
            if (
                not ((_LATIN_RE.match(w.text) and w.text[:1].isupper()) or (w.text.isupper() and len(w.text) > 2))
                or addresses.contains(w.start)
                or _is_grade(self._text, w, self._lex)
            ):
                self._add_name_run(run)
                run = []
                continue
            if run and _LATIN_RE.match(w.text) and self._text[run[-1].end : w.start] in _LATIN_NAME_JOINS:
                run.append(w)
                continue
            self._add_name_run(run)
            run = [w] if _LATIN_RE.match(w.text) else []
            if not run:
                self._add_org((w.start, w.text.lower(), w.text, True))
        self._add_name_run(run)

    def _add_name_run(self, run: Sequence[Word]) -> None:
        if run:
            self._add_org((run[0].start, run[0].text.lower(), self._text[run[0].start : run[-1].end], True))

    def _add_org(self, org: tuple[int, str, str, bool]) -> None:
        self._orgs.add(org, org, (("head", org[1]), ("proper", org[3])))

    def _add_person(self, person: _Person) -> None:
        bisect.insort(self._persons, person, key=_position)
        groups: list[Hashable] = [("any", person.gender), ("any", "*")]
        if person.subject:
            groups += [("subject", person.gender), ("subject", "*")]
        if person.role is not None:
            groups.append(("role", person.role))
        self._people.add((person.position,), person, groups)
        for stem in set(_stems(person.name)):
            bisect.insort(self._names.setdefault(_stem_key(stem), {}).setdefault(person.name, []), person.position)

    def _fullest(self, name: str, before: int) -> str:
        """The fullest name of the text that ``name`` is part of; among equally full ones the nearest,
        those before ``before`` first."""
        stems = _stems(name)
        if not stems:
            return name
        best, best_key = name, (-len(stems), False, 0)
        for other, positions in self._names.get(_stem_key(stems[0]), {}).items():
            count = len(_stems(other))
            if count <= len(stems) or not _same_person(name, other):
                continue
            i = bisect.bisect_left(positions, before)
            distance, after = (before - positions[i - 1], False) if i else (positions[0] - before, True)
            if i < len(positions) and positions[i] == before:
                distance, after = 0, False
            key = (-count, after, distance)
            if key < best_key:
                best, best_key = other, key
        return best

    def _nearest_person(self, before: int, gender: str | None) -> str | None:
        last = self._last_speaker
        if (
            last is not None
            and 0 < before - last.position <= _SPEAKER_CONTINUITY
            and (gender is None or last.gender in (None, gender))
        ):
            # The last speaker stays the topic unless a new person of that gender is introduced since
            # (the distance is tested first: it bounds the people looked at).
            lo = bisect.bisect_right(self._persons, last.position, key=_position)
            hi = bisect.bisect_left(self._persons, before, key=_position)
            newer = any(
                p.subject and p.gender in (None, gender) and not _same_person(p.name, last.name)
                for p in (self._persons[i] for i in range(lo, hi))
            )
            if not newer:
                return last.name
        genders: tuple[str | None, ...] = ("*",) if gender is None else (gender, None)
        for kind in ("subject", "any"):
            p = self._people.last_before(before, [(kind, g) for g in genders])
            if p is not None:
                return self._fullest(p.name, p.position)
        return None

    def _person_with_role(self, role: str, before: int) -> str | None:
        chosen = self._people.last_before(before, [("role", role)]) or self._people.first(("role", role))
        if chosen is None:
            return None
        return self._fullest(chosen.name, chosen.position)

    def note_speaker(self, position: int, name: str) -> None:
        """Remember a person found as a speaker: pronouns that follow may refer to them."""
        self._prepare()
        person = _Person(position, name, _gender(name), None, True)
        self._add_person(person)
        self._last_speaker = person

    def resolve_dropped(self, m: Mention) -> str | None:
        """The person a subject left out refers to (the nearest one of the verb's gender), if any."""
        self._prepare()
        found = self._nearest_person(m.start, m.head or None)
        if found is not None:
            self._last_speaker = _Person(m.start, found, m.head or None, None, True)
        return found

    def resolve(self, m: Mention) -> tuple[str, str]:
        """(canonical name, speaker kind) of a mention."""
        self._prepare()
        if m.kind == "dropped":
            found = self.resolve_dropped(m)
            return (found, "person") if found is not None else (m.words[0].lower(), "unknown")
        if m.kind == "person":
            words = [w for w in (m.name_words or m.words) if len(w) > 1 or w.isalpha()]
            name = self._fullest(morph.nominative_name(words), m.start)
            self.note_speaker(m.start, name)
            return name, "person"
        if m.kind != "pronoun":
            # Organisations named in speakers' phrases ("Собеседники РБК", "Forbes"), for a later
            # "агентства" to refer to.
            self._sources.extend(
                (m.start, w) for w in m.words
                if ((w.isupper() and len(w) > 1) or (_LATIN_RE.match(w) and w[:1].isupper())) and not _is_geographic(w)
            )
        if m.kind == "pronoun":
            if m.plural:
                common = self._orgs.last_before(m.start, [("proper", False)])
                if common is not None:
                    return common[2], "group"
                return m.words[0].lower(), "unknown"
            found = self._nearest_person(m.start, m.head)
            if found is None:
                return m.words[0].lower(), "unknown"
            self._last_speaker = _Person(m.start, found, m.head, None, True)
            return found, "person"
        if m.kind == "role" and not m.plural and len(m.words) <= 2:
            found = self._person_with_role(m.head, m.start)
            if found:
                return found, "person"
        canonical = self._expand(m.canonical or " ".join(m.words), m.start)
        generic_tail = len(m.words) > 1 and morph.lemma(m.words[-1]) in self._lex.media
        if m.kind in ("role", "group") and generic_tail:
            # "один из собеседников агентства": the agency is the one named before (РБК).
            named = next((c for pos, c in reversed(self._sources) if pos < m.start), None)
            if named is not None:
                canonical = " ".join((*canonical.split()[: -1], named))
        if m.kind == "organization" and len(m.words) == 1 and m.words[0][:1].isupper():
            # "сообщил Вэнс": a single unknown name is the person named in full elsewhere, if anyone is.
            person = self._last_named(m.words[0])
            if person is not None:
                name = self._fullest(person, m.start)
                self.note_speaker(m.start, name)
                return name, "person"
        if len(m.words) == 1 and m.kind in ("organization", "group", "role"):
            groups: list[Hashable] = [("head", m.head)]
            if m.head in self._lex.generic_organizations:
                groups.append(("proper", True))
            org = self._orgs.last_before(m.start, groups)
            if org is not None:
                _pos, _head, earlier, proper = org
                return self._expand(earlier, m.start), "organization" if proper else m.kind
        self._add_org((m.start, m.head, canonical, m.kind == "organization" and m.words[0][:1].isupper()))
        return canonical, m.kind

    def _last_named(self, word: str) -> str | None:
        """The name of the person named last in the text (anywhere) whose name ``word`` is part of; the
        stem index gives the candidates, so this costs the few names sharing the word's stem."""
        stems = _stems(word)
        if not stems:
            return None
        best: tuple[int, str] | None = None
        for key in {_stem_key(stem) for stem in stems}:
            for name, positions in self._names.get(key, {}).items():
                if (best is None or positions[-1] > best[0]) and _same_person(word, name):
                    best = (positions[-1], name)
        return None if best is None else best[1]


    def _expand(self, canonical: str, before: int) -> str:
        """``canonical`` with an abbreviation spelt out as the text spells it before ("МОК" ->
        "Международный олимпийский комитет", "представители МОК" -> "представители Международного
        олимпийского комитета")."""
        parts = canonical.split()
        for i, part in enumerate(parts):
            if not (_ABBREVIATION_MIN <= len(part) <= _ABBREVIATION_MAX and part.isupper() and part.isalpha()):
                continue
            if part not in self._expansions:
                self._expansions[part] = _expansion(self._text, self._words, part, before)
            found = self._expansions[part]
            if found is not None:
                parts[i] = _phrase_in_case(found, "nomn" if i == 0 else "gent")
        return " ".join(parts)


# How many words before its use an abbreviation's spelt-out phrase is looked for (a bound, so that a
# text of many abbreviations stays linear).
_EXPANSION_WINDOW = 5000


# Abbreviations spelt out by the initials of a phrase ("МОК", "ФСБ", "МИД"): their length in letters.
_ABBREVIATION_MIN = 3
_ABBREVIATION_MAX = 6


def _expansion(text: str, words: Sequence[Word], abbreviation: str, before: int) -> tuple[str, ...] | None:
    """The phrase before ``before`` whose words' initials spell ``abbreviation``: a capitalised first
    word, then nouns and adjectives separated by spaces only ("Международного олимпийского комитета")."""
    n = len(abbreviation)
    first = abbreviation[0]
    stop = bisect.bisect_left(words, before, key=word_start)
    for i in range(max(0, stop - _EXPANSION_WINDOW), stop - n + 1):
        w = words[i]
        if w.text[:1] != first or w.text.isupper():
            continue
        run = words[i : i + n]
        if any(x.text[:1].upper() != a for x, a in zip(run, abbreviation, strict=True)):
            continue
        if any(text[a.end : b.start].strip() for a, b in itertools.pairwise(run)):
            continue
        if all(word_info(x.text)[0] in ("NOUN", "ADJF", "PRTF") for x in run) and any(
            word_info(x.text)[0] == "NOUN" for x in run
        ):
            return tuple(x.text for x in run)
    return None


def _phrase_in_case(phrase: Sequence[str], case: str) -> str:
    """A noun phrase with its head (its first noun) and the adjectives before it put in ``case``, the
    adjectives agreeing with the head; the genitive words after the head stay ("Министерство
    иностранных дел")."""
    readings = [
        next((p for p in morph.parses(w.lower())[:4] if p.tag.POS in ("NOUN", "ADJF", "PRTF")), None) for w in phrase
    ]
    head = next((i for i, r in enumerate(readings) if r is not None and r.tag.POS == "NOUN"), None)
    if head is None:
        return " ".join(phrase)
    head_reading = readings[head]
    assert head_reading is not None
    number = str(head_reading.tag.number or "sing")
    agree = {case, number} if number == "plur" else {case, number, str(head_reading.tag.gender or "masc")}
    out: list[str] = []
    for i, (w, r) in enumerate(zip(phrase, readings, strict=True)):
        form = None
        if r is not None and i < head:
            form = r.inflect(agree)
        elif r is not None and i == head:
            form = r.inflect({case, number})
        out.append(_restore(w, form.word) if form is not None else w)
    return " ".join(out)


def _position(p: _Person) -> int:
    return p.position


def _gender(name: str) -> str | None:
    parts = name.split()
    if not parts:
        return None
    return morph.gender_of(parts[0]) or morph.gender_of(parts[-1])
