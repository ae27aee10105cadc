"""Cached access to pymorphy3: lemmas, grammemes and inflection of single word forms.

pymorphy3 is called directly (spaCy's lookup lemmatizer leaves "Путина", "Астане" as they are) and
every answer is cached per word form, since news text repeats its words.

>>> lemma("заявила"), lemma("Астане"), lemma("пресс-службе")
('заявить', 'астана', 'пресс-служба')
>>> nominative_name(["Олжаса", "Бектенова"])
'Олжас Бектенов'
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, NamedTuple

from attrs import frozen

from claimcheck.lexicon import SurnameRules, load

__all__ = [
    "NameReading",
    "analyzer",
    "case_of",
    "gender_of",
    "has_tag",
    "is_name",
    "is_surname",
    "lemma",
    "lemmas",
    "name_reading",
    "nominative",
    "nominative_name",
    "normalize",
    "parses",
    "part_of_speech",
    "prepare",
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
        found = analyzer().parse(word)
    except ValueError:
        return ()
    known: dict[str, bool] = {}  # is_known asks the dictionary again for each parse of the same form
    out = []
    for n, p in enumerate(found):
        k = known.get(p.word)
        if k is None:
            k = known[p.word] = p.is_known
        out.append(_make_reading((p.word, _tag(p.tag), p.normal_form, p.score, k, word, n)))
    return tuple(out)


def is_known(word: str) -> bool:
    """Whether the dictionary knows ``word`` (read as :func:`parses` reads it), without parsing it."""
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
        """The full parse's ``inflect``: a pymorphy3 Parse of the inflected form, or None."""
        return self._full().inflect(required_grammemes)

    def make_agree_with_number(self, num: int) -> Any:
        """The full parse's ``make_agree_with_number``."""
        return self._full().make_agree_with_number(num)

    def __repr__(self) -> str:
        return f"Reading(word={self.word!r}, tag={self.tag!s}, normal_form={self.normal_form!r}, score={self.score})"


# Makes a reading of a tuple at C speed (a named tuple's own constructor is Python code).
_make_reading = functools.partial(tuple.__new__, _Reading)


@functools.lru_cache(maxsize=4096)
def _full_parses(word: str) -> tuple[Any, ...]:
    """The pymorphy3 Parse objects of ``word``, in the order :func:`parses` gives them."""
    return tuple(analyzer().parse(word))


def prepare() -> None:
    """Load the dictionaries and compile the surname rules (see :func:`claimcheck.analysis.prepare`)."""
    analyzer()
    _surname_shapes()


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


def _surname_rules() -> SurnameRules:
    return load().surnames


@frozen
class _SurnameShapes:
    """The surname rules as patterns and endings, made once."""

    shape: re.Pattern[str]  # a surname's shape, with an optional oblique ending
    stem_at_end: re.Pattern[str]  # a declining surname's stem at the end of a word
    endings: tuple[str, ...]  # every ending of the rules that put a surname in the nominative
    feminine: tuple[str, ...]  # every surname stem with the feminine "-а"


@functools.cache
def _surname_shapes() -> _SurnameShapes:
    rules = _surname_rules()

    def either(items: Sequence[str]) -> str:
        return "|".join(re.escape(x) for x in sorted(items, key=len, reverse=True))

    return _SurnameShapes(
        shape=re.compile(rf"(?:{either(rules.stems + rules.adjectival)})(?:{either(rules.oblique)})?$"),
        stem_at_end=re.compile(rf"(?:{either(rules.stems)})$"),
        endings=tuple(ending for table in rules.to_nominative.values() for ending, _ in table),
        feminine=tuple(stem + "а" for stem in rules.stems),
    )


@functools.lru_cache(maxsize=_SMALL_CACHE)
def is_surname(word: str) -> bool:
    """A capitalised word that reads as a surname: known to the dictionary or shaped like one."""
    if not word[:1].isupper() or len(word) < 3:
        return False
    if any("Surn" in p.tag for p in parses(word)[:3]):
        return True
    return bool(_surname_shapes().shape.search(word.lower()))


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


def _restore_case(source: str, target: str) -> str:
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
            return _restore_case(word, form.word)
    return word




def _surname_nominative(word: str, gender: str | None, case: str | None) -> str:
    """The nominative of a surname: by its reading as a surname in the dictionary, as the adjective an
    adjectival surname is, else by the rules of its ending ("Бектенова" (masc, gent) -> "Бектенов")."""
    found = _dictionary_surname(word, gender, case)
    if found is None and gender in ("masc", "femn") and case not in (None, "nomn"):
        found = _adjectival_surname(word, gender, case)
    return found if found is not None else _surname_by_rules(word, gender, case)


def _dictionary_surname(word: str, gender: str | None, case: str | None) -> str | None:
    """The nominative of a surname reading of ``word`` in that gender and case, if the dictionary has one."""
    for p in parses(word)[:4]:
        agrees = gender is None or str(p.tag.gender) in (gender, "ms-f")
        if "Surn" in p.tag and p.tag.number == "sing" and agrees and (case is None or p.tag.case == case):
            form = p.inflect({"nomn", "sing"} if gender else {"nomn"})
            if form is not None:
                return _restore_case(word, form.word)
    return None


def _adjectival_surname(word: str, gender: str, case: str | None) -> str | None:
    """An adjectival surname declines as the adjective it is ("Навальной" -> "Навальная", "Вишневского"
    -> "Вишневский"), in the gender and case the rest of the name has."""
    for p in parses(word)[:6]:
        if p.tag.POS == "ADJF" and p.tag.number == "sing" and p.tag.gender == gender and p.tag.case == case:
            form = p.inflect({"nomn", "sing", gender})
            if form is not None:
                return _restore_case(word, form.word)
    return None


def _surname_by_rules(word: str, gender: str | None, case: str | None) -> str:
    """A surname the dictionary does not know (-ов/-ев/-ин) in the nominative, by its ending."""
    low = word.lower()
    shapes = _surname_shapes()
    # A masculine surname in the genitive looks like a feminine nominative ("Бектенова"): decline it.
    genitive_look = gender == "masc" and low.endswith(shapes.feminine)
    if case in (None, "nomn") and not genitive_look:
        return word
    for ending, repl in _surname_rules().to_nominative.get(gender or "masc", ()):
        if low.endswith(ending):
            stem = word[: len(word) - len(ending)]
            if shapes.stem_at_end.search(stem.lower()):
                return stem + repl
    return word


@frozen(order=True)
class NameReading:
    """The gender and case a person's name is read in (None where nothing tells)."""

    gender: str | None
    case: str | None


@functools.lru_cache(maxsize=_SMALL_CACHE)
def _person_readings(word: str) -> tuple[tuple[NameReading, int], ...]:
    """(gender, case) readings under which ``word`` can be part of a person's name, with a weight:
    a reading the dictionary knows counts 3, a guessed one or one by a surname's ending counts 1.
    Cached per word form, as (reading, weight) items."""
    out: dict[NameReading, int] = {}
    for reading, weight in (*_dictionary_readings(word), *_ending_readings(word.lower())):
        out[reading] = max(out.get(reading, 0), weight)
    return tuple(out.items())


def _dictionary_readings(word: str) -> Iterator[tuple[NameReading, int]]:
    """The readings of ``word`` as a singular name, surname, patronymic or animate noun."""
    for p in parses(word):
        tag = p.tag
        if "Fixd" in tag:
            continue  # an indeclinable name ("Андреа") fits every case and tells none
        if tag.number == "sing" and tag.gender in ("masc", "femn") and tag.case and (
            "Name" in tag or "Surn" in tag or "Patr" in tag or ("anim" in tag and tag.POS == "NOUN")
        ):
            yield NameReading(str(tag.gender), str(tag.case)), 3 if p.is_known else 1


def _ending_readings(low: str) -> Iterator[tuple[NameReading, int]]:
    """The readings a surname's stem and ending give a word the dictionary may not know."""
    rules = _surname_rules()
    shapes = _surname_shapes()
    if shapes.stem_at_end.search(low):
        yield NameReading("masc", "nomn"), 1
    if low.endswith(shapes.endings):  # most words end in none of them: the loop below is skipped
        for gender, endings in rules.to_nominative.items():
            for ending, _ in endings:
                if low.endswith(ending) and shapes.stem_at_end.search(low[: len(low) - len(ending)]):
                    oblique = ("gent", "datv", "ablt", "loct") if gender == "femn" else ()
                    for case in rules.ending_cases.get(ending, oblique):
                        yield NameReading(gender, case), 1
    if low.endswith(shapes.feminine):
        yield NameReading("femn", "nomn"), 1


def name_reading(words: Sequence[str]) -> NameReading:
    """The gender and case that most words of a person's name agree on; both None if nothing does."""
    votes: dict[NameReading, int] = {}
    for w in words:
        for reading, weight in _person_readings(w.rsplit("-", 1)[-1]):
            votes[reading] = votes.get(reading, 0) + weight
    if not votes:
        return NameReading(None, None)
    return max(sorted(votes), key=lambda r: (votes[r], r.case == "nomn", r.case == "gent", r.gender == "masc"))


def nominative_name(words: Sequence[str]) -> str:
    """A person's name (first name, patronymic, surname in any case) in the nominative.

    Gender and case are the reading most words of the name agree on (a first name the dictionary
    knows counts double); surnames it does not know ("Бектенова", "Токаевым") are put in the
    nominative by their endings. In a double first name only the last part declines ("Касым-Жомартом").
    Cached per name: a text names the same people again and again.
    """
    return _nominative_name(tuple(words))


@functools.lru_cache(maxsize=_SMALL_CACHE)
def _nominative_name(words: tuple[str, ...]) -> str:
    parts = [w.rsplit("-", 1) if "-" in w else ["", w] for w in words]
    agreed = name_reading(words)
    gender, case = agreed.gender, agreed.case
    out: list[str] = []
    for head, w in parts:
        prefix = head + "-" if head else ""
        if case == "nomn":
            out.append(prefix + w)
            continue
        reading = next(
            (
                p for p in parses(w)
                if p.tag.case == case and p.tag.gender == gender and p.tag.number == "sing"
                and ("Name" in p.tag or "Patr" in p.tag or "Surn" in p.tag or "anim" in p.tag)
            ),
            None,
        )
        nominative = _nominative_singular(reading) if reading is not None else None
        if nominative is not None:
            out.append(prefix + _restore_case(w, nominative))
        else:
            out.append(prefix + _surname_nominative(w, gender, case))
    return " ".join(out)


def _nominative_singular(reading: _Reading) -> str | None:
    """The nominative of a singular name reading. A noun's normal form is that, the first form of its
    lexeme, unless the lexeme holds both genders (a feminine surname's lexeme starts with the
    masculine: "Ивановой" -> "иванов") or is a patronymic (whose normal form may be spelt otherwise:
    "анатольевича" -> "анатолиевич"). Those, and every other part of speech (a participle's normal
    form is its infinitive, a superlative's its positive: "Худшего" -> "плохой"), are inflected, which
    costs a paradigm."""
    tag = reading.tag
    if tag.POS == "NOUN" and "Patr" not in tag and (tag.gender == "masc" or "Surn" not in tag):
        return reading.normal_form
    form = reading.inflect({"nomn"})
    return None if form is None else str(form.word)
