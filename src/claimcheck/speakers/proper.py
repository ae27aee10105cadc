"""What a capitalised word is: part of a person's name, a place, an organisation's abbreviation, a
rating's grade, or a common noun that opens a sentence.

Names are recognised by shape as much as by the dictionary: a capitalised word the dictionary does not
know ("Бектенов", "Вэнс", "Бхарара") is taken for a name, so that no list of people is needed.
"""

from __future__ import annotations

import functools
import re
from typing import Any, Final

from claimcheck import morph
from claimcheck.lexicon import Lexicon, Punctuation
from claimcheck.segment import LINE_BREAKS, Word
from claimcheck.speakers.declension import is_surname
from claimcheck.wordcache import per_lexicon

LATIN_RE = re.compile(r"[A-Za-z]")
_ROMAN_RE = re.compile(r"^[IVX]{1,5}$")
# Grammemes of words that name a person or a place by themselves.
PROPER = ("Name", "Surn", "Patr")
_PROPER_SET = frozenset(PROPER)  # the same, for a set test against a reading's tag
# Grammemes of a reading that is no common noun (a tag is a set: tested against them at C speed).
_NOT_COMMON_NOUN = frozenset((*PROPER, "Geox", "Orgn"))
# Grammemes of a first name or a patronymic.
_NAME_OR_PATRONYMIC = frozenset(("Name", "Patr"))
# Grammemes of a place, and of a place or an organisation.
_PLACE = frozenset(("Geox",))
_PLACE_OR_ORGANISATION = frozenset(("Geox", "Orgn"))
# Parts of speech that never start a name, even capitalised.
_FUNCTION_POS = ("PREP", "CONJ", "PRCL", "NPRO", "ADVB", "INTJ", "PRED", "COMP")
# How probable a place reading must be for a word to be read as a place before a name.
_MOSTLY = 0.5
# White space that may stand between the words of one name or phrase, beside quotation marks.
SPACES: Final = " \u00a0"
# The word after a closing quotation mark, past spaces.
_WORD_RE = re.compile(r"[ \u00a0]+(\w+)")
# The longest title in quotation marks a sentence may open with ("«Газпром нефть» сообщила").
_MAX_TITLE_CHARS = 40


def sentence_initial(text: str, start: int, punct: Punctuation) -> bool:
    """The word at ``start`` opens a sentence, a paragraph, a quotation or a dash clause: before it
    stand only white space and marks that open a sentence, after a line break, a sentence's end, a
    colon or a dash."""
    j = start - 1
    while j >= 0 and (text[j] in " \t\u00a0" or text[j] in punct.sentence_openers):
        j -= 1
    return j < 0 or text[j] in punct.opens_clause_after or text[j] in LINE_BREAKS


def is_common_noun(word: str) -> bool:
    """The dictionary reads the word as a common noun ("Компания", not "Минфин")."""
    return _common_noun_reading(word) is not None


def _common_noun_reading(word: str) -> Any | None:
    """A dictionary reading of ``word`` as a common (not proper) noun, if it has one."""
    if not morph.is_known(word):
        return None
    for p in morph.parses(word.lower())[:3]:
        if p.is_known and p.tag.POS == "NOUN" and p.tag.isdisjoint(_NOT_COMMON_NOUN):
            return p
    return None


def is_proper_word(text: str, w: Word, lex: Lexicon) -> bool:
    """A capitalised word that is part of a proper name here (not a common noun opening a sentence)."""
    if w.start and text[w.start - 1] in lex.punctuation.opening_marks and _opens_title(text, w, lex):
        return True
    verdict = proper_word_form(w.text, lex)
    if verdict is None:
        return not sentence_initial(text, w.start, lex.punctuation)
    return verdict


def _opens_title(text: str, w: Word, lex: Lexicon) -> bool:
    """The word, after an opening mark, opens a short title in quotation marks that a verb follows,
    with no comma or dash between: the title is the verb's subject ("«Газпром» сообщил", "«Ромашка»
    уверена"), unlike a quotation that opens a sentence ("«Мы готовы», — сказал") or a title that is an
    object ("выступил с сочинениями «Строфы», «Эманации» и …")."""
    at = w.start - 1
    close = next((c for o, c in lex.punctuation.main if o == text[at]), None)
    end = text.find(close, w.start, w.start + _MAX_TITLE_CHARS) if close is not None else -1
    if end < 0:
        return False
    title = text[w.start : end]
    if any(c in title for c in lex.punctuation.sentence_ends):
        return False
    after = _WORD_RE.match(text, end + 1)
    verb = after.group(1) if after is not None else ""
    return verb[:1].islower() and morph.part_of_speech(verb) in ("VERB", "ADJS", "PRTS")


def is_grade(text: str, w: Word, lex: Lexicon) -> bool:
    """The word is a credit rating's grade («B», "BB+", "Baa3", "ruAA"): never a name, an organisation
    or a speaker. A single letter before a full stop is an initial ("D.C. Medical Examiner")."""
    return lex.rating_grades.fullmatch(w.text) is not None and not (len(w.text) == 1 and text.startswith(".", w.end))


def is_initial(text: str, w: Word) -> bool:
    """The word is an initial of a name: one capital letter and a full stop ("В. Путин", "И.Петров")."""
    return len(w.text) == 1 and w.text.isupper() and text.startswith(".", w.end)


def particle_name(word: str) -> bool:
    """A name with its particle: "аз-Завахири", "аль-Багдади", "бен-Ладен"."""
    head, _, tail = word.rpartition("-")
    return bool(head) and len(head) <= 4 and head.islower() and tail[:1].isupper()


@per_lexicon(maxsize=65536)
def proper_word_form(word: str, lex: Lexicon) -> bool | None:
    """What the word form alone tells of :func:`is_proper_word`, cached per form: None for a word that
    is part of a name unless it opens a sentence (a common noun capitalised there reads the same)."""
    by_shape = _proper_by_shape(word, lex)
    if by_shape is not None:
        return by_shape
    best = morph.parses(word)[:1]
    if best and best[0].is_known and best[0].tag.POS in _FUNCTION_POS:
        return False  # "Из", "По", "Как" opening a sentence
    if morph.is_name(word) and any(p.is_known for p in morph.parses(word)[:2]):
        return True
    known = [p for p in morph.parses(word)[:3] if p.is_known]
    if not known or any(not p.tag.isdisjoint(_PROPER_SET) for p in known):
        return True  # a name, or a word the dictionary does not know: a name (Бектенов, Вэнс, Бхарара)
    if _common_noun_reading(word) is None or any("Orgn" in p.tag for p in known) or is_person_word(word):
        return None  # a name unless it opens a sentence ("Русаков" mid-sentence is no "of hares")
    return False


def _proper_by_shape(word: str, lex: Lexicon) -> bool | None:
    """Whether a word is part of a proper name by its shape alone (a particle, capitals, the Latin
    script, a word the dictionary does not know); None when its shape does not tell."""
    if particle_name(word):
        return True
    if not word[:1].isupper() or word in lex.not_names:
        return False
    if word.isupper() and len(word) > 1 and not _ROMAN_RE.match(word):
        return False  # an abbreviation: an organisation or a place
    if LATIN_RE.match(word) or _ROMAN_RE.match(word) or not morph.is_known(word):
        return True  # the dictionary does not know it: a name (Бектенов, Вэнс, Бхарара)
    return None


def proper_nominative(word: str, case: str | None) -> str:
    """A declined proper name in the nominative ("по данным Росстата" -> "Росстат"), when the slot's
    case tells how it is declined; Latin and indeclinable names stay as written."""
    if case in (None, "nomn") or LATIN_RE.match(word) or word.isupper():
        return word
    for p in morph.parses(word)[:4]:
        if p.tag.case == case and p.tag.POS == "NOUN" and "Fixd" not in p.tag:
            form = p.inflect({"nomn"})
            if form is not None:
                return capitalised_as(word, form.word)
    return word


@functools.lru_cache(maxsize=65536)
def is_first_name(word: str) -> bool:
    """A first name or patronymic the dictionary knows ("Дмитрий", "Сергеевич")."""
    return any(p.is_known and not p.tag.isdisjoint(_NAME_OR_PATRONYMIC) for p in morph.parses(word)[:4])


@functools.lru_cache(maxsize=65536)
def is_place(word: str) -> bool:
    """A word the dictionary knows only as a place or organisation ("России", "Астане")."""
    return _known_only_as(word, _PLACE_OR_ORGANISATION)


@functools.lru_cache(maxsize=65536)
def mostly_place(word: str) -> bool:
    """A word the dictionary reads as a place more likely than not ("Израиля", though Израиль is a
    first name too): before a name it is the country of the person's role, not a part of the name."""
    best = morph.parses(word)[:1]
    return bool(best) and best[0].is_known and "Geox" in best[0].tag and best[0].score >= _MOSTLY


def is_geographic(word: str) -> bool:
    """A word the dictionary knows only as a place ("США", "России")."""
    return _known_only_as(word, _PLACE)


def _known_only_as(word: str, grammemes: frozenset[str]) -> bool:
    """Every reading the dictionary knows of ``word`` (among its three best) has one of ``grammemes``."""
    if not morph.is_known(word):
        return False
    known = [p for p in morph.parses(word)[:3] if p.is_known]
    return bool(known) and all(not p.tag.isdisjoint(grammemes) for p in known)


@functools.lru_cache(maxsize=65536)
def is_person_word(word: str) -> bool:
    if LATIN_RE.match(word) or (word.isupper() and len(word) > 1 and not _ROMAN_RE.match(word)):
        return False
    known = [p for p in morph.parses(word)[:3] if p.is_known]
    if any(not p.tag.isdisjoint(_PROPER_SET) for p in known):
        return not mostly_place(word)
    if known:
        # a word the dictionary knows, but not as a name ("Киевской", "Дуда" aside), unless it only reads
        # as the genitive plural of an animate noun: "Русаков", "Сомов" are surnames, not "of hares"
        return is_surname(word) and all(_plural_of_a_being(p) for p in known)
    return is_surname(word) or morph.is_name(word)


def _plural_of_a_being(reading: Any) -> bool:
    tag = reading.tag
    if tag.POS == "ADJS":
        return True  # "сомов" also reads as a short adjective
    return tag.POS == "NOUN" and "anim" in tag and tag.number == "plur" and tag.case in ("gent", "accs")


def lemma_in(word: str, table: frozenset[str]) -> str | None:
    """The lemma of ``word`` that ``table`` holds, if any; a word that is no form of one is told by a
    set lookup, without a parse."""
    if morph.normalize(word) not in morph.word_forms(table):
        return None
    for lem in morph.lemmas(word.lower()):
        if lem in table:
            return lem
    return None


def capitalised_as(source: str, form: str) -> str:
    if source[:1].isupper() and not source.isupper():
        return form[:1].upper() + form[1:]
    return form
