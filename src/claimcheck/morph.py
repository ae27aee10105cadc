"""Cached access to pymorphy3: lemmas, grammemes and inflection of single word forms.

pymorphy3 is called directly (spaCy's lookup lemmatizer leaves "Путина", "Астане" as they are) and
every answer is cached per word form, since news text repeats its words.

>>> lemma("заявила"), lemma("Астане"), lemma("пресс-службе")
('заявить', 'астана', 'пресс-служба')
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from typing import Any, NamedTuple

__all__ = [
    "analyzer",
    "case_of",
    "gender_of",
    "has_lemma",
    "has_tag",
    "is_name",
    "lemma",
    "lemmas",
    "may_read_as",
    "nominative",
    "normalize",
    "parses",
    "part_of_speech",
    "prepare",
    "restore_case",
]

# Word forms whose parses are kept: a news corpus of 1.3 M characters has about 50,000.
_CACHE_SIZE = 100_000
# Answers derived from the parses of one word form, asked for again and again.
_SMALL_CACHE = 65_536


@functools.cache
def analyzer() -> Any:
    """The shared pymorphy3 analyzer (its dictionaries load once, on first use)."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


def parses(word: str) -> tuple[Any, ...]:
    """All pymorphy3 parses of ``word``, best first; none for a word pymorphy3 cannot read.

    pymorphy3 reads a capitalised word as its lower-case form, so both share one cache entry; words in
    capitals (abbreviations, Roman numerals) and single letters (initials) are read as written.

    pymorphy3 looks characters up with ``unicodedata.name``, which raises ValueError for code points
    that have no name (unassigned ones, some CJK/Tangut ideographs): such a word has no parse.
    """
    try:
        return _BY_WORD[word]  # the word as written: most calls end here, without a function call
    except KeyError:
        pass
    if len(_BY_WORD) >= _CACHE_SIZE:
        _BY_WORD.clear()
    found = _BY_WORD[word] = _parses(_as_read(word))
    return found


# The parses by the word as written ("Путина", "путина" and "ПУТИНА" are three keys of one cached parse).
_BY_WORD: dict[str, tuple[Any, ...]] = {}


def _as_read(word: str) -> str:
    """The form pymorphy3 reads ``word`` as: lower case, unless it is in capitals or a single letter."""
    return word.lower() if len(word) > 1 and not word.isupper() else word


@functools.lru_cache(maxsize=_CACHE_SIZE)
def _parses(word: str) -> tuple[Any, ...]:
    if not word or len(word) > 60:
        return ()
    try:
        found = _plain_parse()(word)
    except ValueError:
        return ()
    known: dict[str, bool] = {}  # is_known asks the dictionary again for each parse of the same form
    is_known_form = _is_known_form()
    out = []
    for n, (form, tag, normal_form, score, _) in enumerate(found):
        k = known.get(form)
        if k is None:
            k = known[form] = is_known_form(form)
        out.append(_make_reading((form, _tag(tag), normal_form, score, k, word, n)))
    return tuple(out)


@functools.cache
def _plain_parse() -> Callable[[str], list[tuple[Any, ...]]]:
    """The shared analyzer's ``parse`` giving plain tuples (word, tag, normal form, score, how it was
    found) instead of pymorphy3's Parse objects, which the cache does not keep: wrapping every parse
    of every word form cost a tenth of the parsing time.

    pymorphy3 makes this analyzer when its result type is None; the shared one is copied with that
    setting (its dictionaries and units shared, not loaded again). Should a later pymorphy3 keep the
    setting elsewhere, its Parse objects are used: they are named tuples of the same fields.
    """
    full = analyzer()
    if "_result_type" not in vars(full):
        return full.parse  # type: ignore[no-any-return]
    plain = object.__new__(type(full))
    vars(plain).update(vars(full))
    plain._result_type = None
    return plain.parse  # type: ignore[no-any-return]


@functools.cache
def _is_known_form() -> Callable[[str], bool]:
    """Whether the dictionary holds a parse's word form, as pymorphy3's ``Parse.is_known`` tells it
    (the form as it is, with "е" read as "ё" too)."""
    full = analyzer()
    return functools.partial(full.dictionary.word_is_known, substitutes_compiled=full.char_substitutes)


@functools.lru_cache(maxsize=_CACHE_SIZE)
def is_known(word: str) -> bool:
    """Whether the dictionary knows ``word`` (read as :func:`parses` reads it), without parsing it
    (cached: every capitalised word of a text is asked, most of them again and again)."""
    try:
        return bool(analyzer().word_is_known(_as_read(word)))
    except ValueError:
        return False


class _Tag(frozenset[str]):
    """A pymorphy3 tag as the analysis reads it: the set of its grammemes, so that ``"Name" in tag`` is
    a set lookup, with its categories as plain strings (``tag.case == "gent"``).

    pymorphy3's own tag checks every grammeme asked about against its tag set, and its categories
    are str subclasses whose ``==`` is Python code that checks the other side too; together they made
    tag tests a tenth of the run time. The check guarded against misspelt grammemes; the table tests
    of every module are the guard here.
    """

    __slots__ = ("POS", "case", "gender", "mood", "number", "person", "tense", "text")

    POS: str | None
    case: str | None
    number: str | None
    gender: str | None
    tense: str | None
    person: str | None
    mood: str | None
    text: str

    def __str__(self) -> str:
        return self.text

    def __repr__(self) -> str:
        return f"Tag({self.text!r})"


def _plain(grammeme: object) -> str | None:
    return None if grammeme is None else str(grammeme)


_TAGS: dict[int, tuple[Any, _Tag]] = {}  # id of a pymorphy3 tag -> (that tag, kept alive; its _Tag)
_TAG_CACHE = 50_000


def _tag(tag: Any) -> _Tag:
    entry = _TAGS.get(id(tag))
    if entry is None or entry[0] is not tag:
        if len(_TAGS) > _TAG_CACHE:
            _TAGS.clear()
        light = _Tag(str(g) for g in tag.grammemes)
        light.POS, light.case, light.number = _plain(tag.POS), _plain(tag.case), _plain(tag.number)
        light.gender, light.tense, light.person = _plain(tag.gender), _plain(tag.tense), _plain(tag.person)
        light.mood, light.text = _plain(tag.mood), str(tag)
        entry = _TAGS[id(tag)] = (tag, light)
    return entry[1]


class _Reading(NamedTuple):
    """One pymorphy3 parse as the cache keeps it: its word, tag, normal form, score and ``is_known``,
    and ``inflect`` / ``make_agree_with_number`` handed to the full parse.

    A pymorphy3 Parse drags a stack of tuples along (how it was found, for inflection); tens of thousands
    of cached word forms made that several hundred thousand objects for the garbage collector to walk
    again and again. A reading is one tuple of plain values and a shared tag instead; the full parses
    are made again, on demand, for the few words that are inflected.
    """

    word: str
    tag: _Tag
    normal_form: str
    score: float
    is_known: bool
    source: str
    position: int  # among the word's parses

    def _full(self) -> Any:
        return _full_parses(self.source)[self.position]

    def inflect(self, required_grammemes: set[str] | frozenset[str]) -> Any:
        """The full parse's ``inflect``: a pymorphy3 Parse of the inflected form, or None; cached per
        reading and grammemes (inflecting builds the word's whole paradigm, and names are declined again
        and again)."""
        return _inflected(self.source, self.position, frozenset(required_grammemes))

    def make_agree_with_number(self, num: int) -> Any:
        """The full parse's ``make_agree_with_number``."""
        return self._full().make_agree_with_number(num)

    def __repr__(self) -> str:
        return f"Reading(word={self.word!r}, tag={self.tag!s}, normal_form={self.normal_form!r}, score={self.score})"


# Makes a reading of a tuple at C speed (a named tuple's own constructor is Python code).
_make_reading = functools.partial(tuple.__new__, _Reading)


@functools.lru_cache(maxsize=_SMALL_CACHE)
def _inflected(word: str, position: int, grammemes: frozenset[str]) -> Any:
    """The form of ``word``'s reading at ``position`` with ``grammemes`` (a pymorphy3 Parse), or None."""
    return _full_parses(word)[position].inflect(grammemes)


@functools.lru_cache(maxsize=4096)
def _full_parses(word: str) -> tuple[Any, ...]:
    """The pymorphy3 Parse objects of ``word``, in the order :func:`parses` gives them."""
    return tuple(analyzer().parse(word))


def prepare() -> None:
    """Load the dictionaries (see :func:`claimcheck.analysis.prepare`)."""
    analyzer()
    _plain_parse()
    _is_known_form()


def normalize(s: str) -> str:
    """Lower case with "ё" spelt "е": the form every lemma key and lexicon lookup compares in."""
    return s.lower().replace("ё", "е")


@functools.lru_cache(maxsize=_CACHE_SIZE)
def lemma(word: str) -> str:
    """The normal form of the most probable parse, lower case, "ё" spelt "е" (for stable keys)."""
    ps = parses(word)
    return normalize(ps[0].normal_form) if ps else normalize(word)


@functools.lru_cache(maxsize=_CACHE_SIZE)
def lemmas(word: str) -> frozenset[str]:
    """The normal forms of every parse: a word matches a lexicon lemma if any reading does."""
    return frozenset(normalize(p.normal_form) for p in parses(word)) | {normalize(word)}


def word_forms(lemmas: Iterable[str]) -> frozenset[str]:
    """Every form (normalised) of every lemma's paradigms, and the lemmas themselves: a word the
    dictionary knows is among them exactly when one of its readings has one of ``lemmas`` for normal
    form, so a lookup here spares parsing the words that are none of them. A word the dictionary does
    not know may still be guessed as a form of one ("окрестя"); callers that must hear of those test
    :func:`is_known` as well. Made once per set of lemmas (a lexicon's frozenset is
    passed through as it is, so asking again costs a lookup)."""
    return _word_forms(frozenset(lemmas))


def may_read_as(word: str, table: frozenset[str]) -> bool:
    """Whether ``word`` may read as a form of one of the lemmas of ``table``: not when the dictionary
    knows the word and it is none of their forms (told by a set lookup, without a parse); a word the
    dictionary does not know may be guessed as one, which only its parse tells."""
    return normalize(word) in word_forms(table) or not is_known(word)


def has_lemma(word: str, table: frozenset[str]) -> bool:
    """One of the readings of ``word`` has a lemma of ``table`` for its normal form (as
    ``lemmas(word) & table`` tells), parsed only when :func:`may_read_as` allows it."""
    return may_read_as(word, table) and not lemmas(word).isdisjoint(table)


@functools.lru_cache(maxsize=64)
def _word_forms(lemmas: frozenset[str]) -> frozenset[str]:
    out: set[str] = set()
    for lem in lemmas:
        out.add(normalize(lem))
        for p in _full_parses(lem):
            if normalize(p.normal_form) == normalize(lem):
                out.update(normalize(f.word) for f in p.lexeme)
    return frozenset(out)


def has_tag(word: str, grammeme: str, *, best_only: bool = False) -> bool:
    """Some parse of ``word`` (or the best one) carries ``grammeme`` (e.g. "Name", "VERB", "gent")."""
    ps = parses(word)
    if best_only:
        ps = ps[:1]
    return any(grammeme in p.tag for p in ps)


@functools.lru_cache(maxsize=_SMALL_CACHE)
def is_name(word: str) -> bool:
    """A first name or patronymic that the dictionary knows ("Олжаса", "Михаил")."""
    return word[:1].isupper() and any(("Name" in p.tag or "Patr" in p.tag) for p in parses(word)[:3])


@functools.lru_cache(maxsize=_SMALL_CACHE)
def part_of_speech(word: str) -> str | None:
    """The part of speech of the best parse ("NOUN", "PREP", ...), or None."""
    ps = parses(word)
    return str(ps[0].tag.POS) if ps and ps[0].tag.POS else None


@functools.lru_cache(maxsize=_SMALL_CACHE)
def case_of(word: str) -> str | None:
    """The case of the best parse ("nomn", "gent", ...), or None."""
    ps = parses(word)
    return str(ps[0].tag.case) if ps and ps[0].tag.case else None


@functools.lru_cache(maxsize=_SMALL_CACHE)
def gender_of(word: str) -> str | None:
    """"masc", "femn" or "plur" for a person word (name, surname, pronoun), else None."""
    for p in parses(word)[:3]:
        if p.tag.number == "plur" and ("Name" in p.tag or "Surn" in p.tag or "NPRO" in p.tag):
            return "plur"
        if p.tag.gender in ("masc", "femn") and ("Name" in p.tag or "Surn" in p.tag or "NPRO" in p.tag):
            return str(p.tag.gender)
    return None


def restore_case(source: str, target: str) -> str:
    """``target`` capitalised as ``source`` is: in capitals, capitalised, or each part of a hyphenated
    word as it was ("Касым-Жомарт", "аль-Моджеб")."""
    if source.isupper() and len(source) > 1:
        return target.upper()
    parts = source.split("-")
    pieces = target.split("-")
    if len(parts) > 1 and len(pieces) == len(parts) and any(p[:1].isupper() for p in parts):
        # Each part as it was: "Касым-Жомарт", "аль-Моджеб".
        return "-".join(t[:1].upper() + t[1:] if s[:1].isupper() else t for s, t in zip(parts, pieces, strict=True))
    if source[:1].isupper():
        return target[:1].upper() + target[1:]
    return target


@functools.lru_cache(maxsize=_CACHE_SIZE)
def nominative(word: str, number: str = "sing") -> str:
    """``word`` put in the nominative (keeping its capitalisation); the word itself if impossible."""
    for p in parses(word)[:4]:
        if p.tag.POS not in ("NOUN", "ADJF", "PRTF"):
            continue
        wanted = {"nomn", number} if number == "plur" or p.tag.number != "plur" else {"nomn"}
        form = p.inflect(wanted) or p.inflect({"nomn"})
        if form is not None:
            return restore_case(word, form.word)
    return word
