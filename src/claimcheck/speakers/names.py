"""Every person a text names, with the role noun before the name and whether the name is a subject."""

from __future__ import annotations

import functools
import itertools
import operator
from collections.abc import Sequence

from attrs import frozen

from claimcheck import morph
from claimcheck.lexicon import Lexicon
from claimcheck.segment import Document, Word
from claimcheck.speakers import declension
from claimcheck.speakers.declension import is_surname, name_reading, nominative_name, readable_in
from claimcheck.speakers.phrases import bare_genitive, head_reading, name_run_on
from claimcheck.speakers.proper import (
    LATIN_RE,
    SPACES,
    is_person_word,
    is_place,
    is_proper_word,
    lemma_in,
    mostly_place,
    proper_word_form,
)
from claimcheck.wordcache import per_lexicon


def prepare(lex: Lexicon) -> None:
    """Build the tables the speaker finders derive from ``lex`` and the surname rules (see
    :func:`claimcheck.analysis.prepare`)."""
    declension.prepare()
    morph.word_forms(lex.roles)
    morph.word_forms(lex.relative_pronouns)
    morph.word_forms(lex.organizations)
    morph.word_forms(lex.generic_organizations)
    morph.word_forms(lex.document_nouns)


@frozen
class PersonName:
    """A person's name ``text[start:end]``: the name in the nominative, the lemma of the role noun
    before it, and whether it stands in the nominative (likely a sentence's subject)."""

    start: int
    end: int
    name: str
    role: str | None
    subject: bool
    role_words: tuple[str, ...] = ()  # the role phrase before the name ("глава правительства Израиля")


def find_person_names(doc: Document, lex: Lexicon) -> list[PersonName]:
    """Every person's name in the text, in text order.

    A capitalised run counts as a person's name when one of its words is a first name the dictionary
    knows, when it follows a role noun ("прокурор Прит Бхарара"), or when it is two or more words the
    dictionary does not know.
    """
    text, words = doc.text, doc.words()
    out: list[PersonName] = []
    n = len(words)
    after = 0  # the end of the last run looked at: a run starts after it
    # Most words are not capitalised: the capitalised ones are picked out at C speed.
    capitalised = itertools.compress(range(n), map(str.isupper, map(_FIRST, map(_TEXT, words))))
    for j in capitalised:
        if j < after:
            continue
        w = words[j]
        kind = _start_kind(w.text, lex)
        if kind == _NEVER or (kind != _PROPER and not is_proper_word(text, w, lex)):
            continue
        if kind == _UNLESS_TITLE and (LATIN_RE.match(w.text) or is_place(w.text)):
            continue
        if j + 1 < n and words[j + 1].text[:1].isupper() and mostly_place(w.text):
            continue  # "премьер Израиля Биньямин Нетаньяху": the place is the role's
        # the word is proper, no place and not Latin: it goes on the name (as name_run would find)
        end = name_run_on(text, words, j, n, lex, latin=False)
        run = tuple(x.text for x in words[j:end] if len(x.text) > 1)
        facts = _run_facts(run)
        if facts is not None:
            found = None if facts.bare_genitive else _role_before(text, words, j, lex, run)
            if facts.personal or found is not None:
                role = found or _RoleBefore(None, j, frozenset())
                case = name_reading(run, role.cases).case if role.cases else _run_case(run)
                name = nominative_name(run, role.cases)
                subject = case in ("nomn", None) and not _in_relative_clause(text, words, j, lex)
                role_words = tuple(x.text for x in words[role.start : j])
                out.append(PersonName(words[j].start, words[end - 1].end, name, role.lemma, subject, role_words))
        after = max(end, j + 1)
    return out


# What a capitalised word form tells of a person's name it may start (see :func:`_start_kind`).
_NEVER, _PROPER, _IN_CONTEXT, _UNLESS_TITLE = range(4)


@per_lexicon(maxsize=65536)
def _start_kind(word: str, lex: Lexicon) -> int:
    """What the capitalised ``word`` tells by its form of a name it may start: never one (a Latin
    word or a place), proper wherever it stands, proper as :func:`is_proper_word` tells in context,
    or proper only opening a title in quotation marks (then a Latin word or a place still starts
    none; those are asked only of such a word)."""
    verdict = proper_word_form(word, lex)
    if verdict is False:
        return _UNLESS_TITLE
    if LATIN_RE.match(word) or is_place(word):
        return _NEVER
    return _PROPER if verdict else _IN_CONTEXT


_TEXT = operator.itemgetter(2)  # Word.text
_FIRST = operator.itemgetter(0)  # a word's first character (a word is never empty)


@frozen
class _RunFacts:
    """What a run of capitalised words that may be a person's name tells of itself."""

    personal: bool  # a person's name even without a role noun before it
    bare_genitive: bool  # a bare surname that may be genitive (:func:`bare_genitive`)


@functools.lru_cache(maxsize=65536)
def _run_facts(run: tuple[str, ...]) -> _RunFacts | None:
    """What a run of capitalised words tells of itself, cached per run (a text names its people again
    and again); None when it cannot be a person's name whatever precedes it.

    A run is a name when a word of it reads as one or two or more are unknown to the dictionary; it
    is one without a role before it when it holds a known first name (with a surname, or a surname
    alone) or two unknown words.
    """
    known = [any(p.is_known for p in morph.parses(x)[:2]) for x in run]  # each word, once
    unknown = known.count(False)
    if not run or not (any(is_person_word(x) for x in run) or unknown >= 2):
        return None
    named = any(k and morph.is_name(x) for x, k in zip(run, known, strict=True))
    personal = (named and (len(run) > 1 or is_surname(run[0]))) or unknown >= 2
    return _RunFacts(personal, bare_genitive(run))


@functools.lru_cache(maxsize=65536)
def _run_case(run: tuple[str, ...]) -> str | None:
    """The case a run of a name's words reads in by itself: asked only of the runs that are names or
    follow a role (declining a run costs more than telling whether it may be a name)."""
    return name_reading(run).case


# Marks that end the clause a word stands in, looking back from it.
_CLAUSE_MARKS = frozenset(",.;:!?")


def _in_relative_clause(text: str, words: Sequence[Word], j: int, lex: Lexicon) -> bool:
    """Word ``j`` stands in a relative clause ("…, который бросил Евгений Коваленко"): not a topic."""
    forms = morph.word_forms(lex.relative_pronouns)
    k = j - 1
    while k >= 0 and j - k <= 8:
        if morph.normalize(words[k].text) in forms and (
            morph.lemma(words[k].text) in lex.relative_pronouns
        ):
            return True
        if not _CLAUSE_MARKS.isdisjoint(text[words[k].end : words[k + 1].start]):
            return False
        k -= 1
    return False


@frozen
class _RoleBefore:
    """The role noun before a name: its lemma, the index its phrase starts at, and the cases the name
    is read in when the role tells them (empty when the name's own reading agrees with the role)."""

    lemma: str | None
    start: int
    cases: frozenset[str]


def _role_before(text: str, words: Sequence[Word], j: int, lex: Lexicon, run: tuple[str, ...]) -> _RoleBefore | None:
    """The role noun heading the phrase right before a name ("глава МИД России Сергей Лавров"); a
    role joined to another by a conjunction starts the phrase ("писатель и журналист Виктор Шендерович").

    The role and the name must agree in case: in "тренер Дадашева" the name is the trainer's owner.
    When the name's likeliest reading does not agree with a role in an oblique case, a reading in the
    role's case is taken if it has one ("губернатора Александра Мишарина" is a man's name in the
    genitive).
    """
    joins = SPACES + lex.punctuation.main_marks
    k = j - 1
    while k >= 0 and j - k <= 6:
        if text[words[k].end : words[k + 1].start].strip(joins):
            return None
        lem = lemma_in(words[k].text, lex.roles)
        if lem is not None:
            return _agreeing_role(text, words, k, lex, lem, run)
        reading = head_reading(words[k].text, None) if k == j - 1 else None
        if reading is not None and "anim" in reading.tag:
            return _RoleBefore(str(reading.normal_form), k, frozenset())
        k -= 1
    return None


def _agreeing_role(
    text: str, words: Sequence[Word], k: int, lex: Lexicon, lemma: str, run: tuple[str, ...]
) -> _RoleBefore | None:
    """The role ``lemma`` at word ``k`` if the name after it can agree with it in case."""
    cases = frozenset(str(p.tag.case) for p in morph.parses(words[k].text.lower())[:4] if p.tag.case)
    case = _run_case(run)
    if case is None or case in cases:
        return _RoleBefore(lemma, _coordinated_role(text, words, k, lex), frozenset())
    if "nomn" in cases or not readable_in(run, cases):
        # "дочь Фёдора Емельяненко": after a role in the nominative a genitive is its owner;
        # "пресс-секретарь президента Наталья Тимакова": a name that cannot agree is not the role's
        return None
    return _RoleBefore(lemma, _coordinated_role(text, words, k, lex), cases)


def _coordinated_role(text: str, words: Sequence[Word], k: int, lex: Lexicon) -> int:
    """Index of a role joined by a conjunction to the role at word ``k`` ("писатель и журналист"),
    else ``k``."""
    if k < 2 or words[k - 1].text.lower() not in lex.role_conjunctions:
        return k
    if any(text[a.end : b.start].strip(SPACES) for a, b in itertools.pairwise(words[k - 2 : k + 1])):
        return k
    return k - 2 if lemma_in(words[k - 2].text, lex.roles) is not None else k
