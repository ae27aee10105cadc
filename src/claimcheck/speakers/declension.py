"""A person's name put in the nominative ("Олжаса Бектенова" -> "Олжас Бектенов"): the gender and case
most words of the name agree on, and each word declined back by the dictionary, as the adjective an
adjectival surname is, or by the surname rules of ``lang/<code>/names.toml`` for surnames the
dictionary does not know.

>>> nominative_name(["Олжаса", "Бектенова"])
'Олжас Бектенов'
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from typing import Any, Final, NamedTuple

from attrs import frozen

from claimcheck import morph
from claimcheck.lexicon import SurnameRules, load

# Answers derived from the parses of one word form or one name, asked for again and again.
_SMALL_CACHE = 65_536
# A known first name's reading less probable than this is a homonym the name is almost never read as
# ("Дмитрия" as a feminine nominative): it casts no vote on the name's case.
_RARE_NAME_READING = 0.05
# A common-gender name ("Саша", "Женя") is read as either gender.
_COMMON_GENDER: Final = "ms-f"


def prepare() -> None:
    """Compile the surname rules (see :func:`claimcheck.analysis.prepare`)."""
    _surname_shapes()


def _surname_rules() -> SurnameRules:
    return load().surnames


@frozen
class _SurnameShapes:
    """The surname rules as patterns and endings, made once."""

    shape: re.Pattern[str]  # a surname's shape, with an optional oblique ending
    stem_at_end: re.Pattern[str]  # a declining surname's stem at the end of a word
    endings: tuple[str, ...]  # every ending of the rules that put a surname in the nominative
    feminine: tuple[str, ...]  # every surname stem with the feminine "-а"
    # The longest match of ``shape``: both patterns end at the word's end, so a search of a word's last
    # ``tail`` letters finds what a search of the whole word does, without trying every position.
    tail: int


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
        tail=max(map(len, (*rules.stems, *rules.adjectival))) + max(map(len, rules.oblique), default=0),
    )


@functools.lru_cache(maxsize=_SMALL_CACHE)
def is_surname(word: str) -> bool:
    """A capitalised word that reads as a surname: known to the dictionary or shaped like one."""
    if not word[:1].isupper() or len(word) < 3:
        return False
    if any("Surn" in p.tag for p in morph.parses(word)[:3]):
        return True
    shapes = _surname_shapes()
    return shapes.shape.search(word[-shapes.tail :].lower()) is not None


def _surname_nominative(word: str, gender: str | None, case: str | None) -> str:
    """The nominative of a surname: by its reading as a surname in the dictionary, as the adjective an
    adjectival surname is, else by the rules of its ending ("Бектенова" (masc, gent) -> "Бектенов")."""
    found = _dictionary_surname(word, gender, case)
    if found is None and gender in ("masc", "femn") and case not in (None, "nomn"):
        found = _adjectival_surname(word, gender, case)
    return found if found is not None else _surname_by_rules(word, gender, case)


def _dictionary_surname(word: str, gender: str | None, case: str | None) -> str | None:
    """The nominative of a surname reading of ``word`` in that gender and case, if the dictionary has one."""
    for p in morph.parses(word)[:4]:
        agrees = gender is None or str(p.tag.gender) in (gender, "ms-f")
        if "Surn" in p.tag and p.tag.number == "sing" and agrees and (case is None or p.tag.case == case):
            form = p.inflect({"nomn", "sing"} if gender else {"nomn"})
            if form is not None:
                return morph.restore_case(word, form.word)
    return None


def _adjectival_surname(word: str, gender: str, case: str | None) -> str | None:
    """An adjectival surname declines as the adjective it is ("Навальной" -> "Навальная", "Вишневского"
    -> "Вишневский"), in the gender and case the rest of the name has."""
    for p in morph.parses(word)[:6]:
        if p.tag.POS == "ADJF" and p.tag.number == "sing" and p.tag.gender == gender and p.tag.case == case:
            form = p.inflect({"nomn", "sing", gender})
            if form is not None:
                return morph.restore_case(word, form.word)
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


class NameReading(NamedTuple):
    """The gender and case a person's name is read in (None where nothing tells): a named tuple, since
    the readings are counted in dicts by the thousand and a tuple hashes and compares at C speed."""

    gender: str | None
    case: str | None


# Makes a reading of a (gender, case) tuple at C speed (a named tuple's own constructor is Python
# code, and the readings of every word form of a name are made by the dozen).
_reading = functools.partial(tuple.__new__, NameReading)
_MASCULINE_NOMINATIVE = NameReading("masc", "nomn")
_FEMININE_NOMINATIVE = NameReading("femn", "nomn")


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
    for p in morph.parses(word):
        tag = p.tag
        if "Fixd" in tag:
            continue  # an indeclinable name ("Андреа") fits every case and tells none
        if "Name" in tag and p.is_known and p.score < _RARE_NAME_READING:
            continue
        if tag.number == "sing" and tag.case and (
            "Name" in tag or "Surn" in tag or "Patr" in tag or ("anim" in tag and tag.POS == "NOUN")
        ):
            for gender in _genders(tag):
                yield _reading((gender, str(tag.case))), 3 if p.is_known else 1


def _genders(tag: Any) -> tuple[str, ...]:
    """The genders a reading stands for: its own, or both for a common-gender first name ("Саша")."""
    if tag.gender in ("masc", "femn"):
        return (str(tag.gender),)
    return ("masc", "femn") if _COMMON_GENDER in tag and "Name" in tag else ()


def _ending_readings(low: str) -> Iterator[tuple[NameReading, int]]:
    """The readings a surname's stem and ending give a word the dictionary may not know."""
    shapes = _surname_shapes()
    if shapes.stem_at_end.search(low[-shapes.tail :]):
        yield _MASCULINE_NOMINATIVE, 1
    if low.endswith(shapes.endings):  # most words end in none of them: the loop below is skipped
        rules = _surname_rules()
        for gender, endings in rules.to_nominative.items():
            for ending, _ in endings:
                if low.endswith(ending) and shapes.stem_at_end.search(low[: len(low) - len(ending)]):
                    oblique = ("gent", "datv", "ablt", "loct") if gender == "femn" else ()
                    for case in rules.ending_cases.get(ending, oblique):
                        yield _reading((gender, case)), 1
    if low.endswith(shapes.feminine):
        yield _FEMININE_NOMINATIVE, 1


def name_reading(words: Sequence[str], cases: frozenset[str] = frozenset()) -> NameReading:
    """The gender and case that most words of a person's name agree on; both None if nothing does.
    ``cases``, if given, are the cases the name may stand in (those of the role noun before it: in
    "губернатора Александра Мишарина" the name is genitive, not a woman's name in the nominative)."""
    votes: dict[NameReading, int] = {}
    for w in words:
        for reading, weight in _person_readings(w.rsplit("-", 1)[-1]):
            if not cases or reading.case in cases:
                votes[reading] = votes.get(reading, 0) + weight
    if not votes:
        return NameReading(None, None)
    # The most votes, then the nominative, the genitive, a man's; among readings tied on all of these the
    # first in (gender, case) order, as a sort of the readings would put it (told by a key, not by
    # comparing the readings themselves, which is far slower).
    return min(
        votes,
        key=lambda r: (-votes[r], r.case != "nomn", r.case != "gent", r.gender != "masc", r.gender or "", r.case or ""),
    )


def readable_in(words: Sequence[str], cases: frozenset[str]) -> bool:
    """Every word of a person's name that declines can be read in one of ``cases`` (an indeclinable
    one, "Лукашенко", fits any)."""
    readings = [_person_readings(w.rsplit("-", 1)[-1]) for w in words]
    return any(readings) and all(not rs or any(r.case in cases for r, _ in rs) for rs in readings)


def oblique_only(words: Sequence[str]) -> bool:
    """Some word of a person's name declines, and none reads in the nominative ("Маше", "Путину"): the
    name cannot be a verb's subject."""
    readings = [_person_readings(w.rsplit("-", 1)[-1]) for w in words]
    return any(readings) and not any(r.case == "nomn" for rs in readings for r, _ in rs)


def nominative_name(words: Sequence[str], cases: frozenset[str] = frozenset()) -> str:
    """A person's name (first name, patronymic, surname in any case) in the nominative.

    Gender and case are the reading most words of the name agree on (a first name the dictionary
    knows counts double); surnames it does not know ("Бектенова", "Токаевым") are put in the
    nominative by their endings. In a double first name only the last part declines ("Касым-Жомартом").
    Cached per name: a text names the same people again and again.
    """
    return _nominative_name(tuple(words), cases)


@functools.lru_cache(maxsize=_SMALL_CACHE)
def _nominative_name(words: tuple[str, ...], cases: frozenset[str]) -> str:
    parts = [w.rsplit("-", 1) if "-" in w else ["", w] for w in words]
    agreed = name_reading(words, cases)
    if agreed.case is None and cases:
        agreed = name_reading(words)
    gender, case = agreed.gender, agreed.case
    out: list[str] = []
    for i, (head, w) in enumerate(parts):
        prefix = head + "-" if head else ""
        if len(w) == 1 and w.isupper() and i < len(parts) - 1:
            out.append(w + ".")  # an initial, before the surname ("Ли Куан Ю" ends with a name)
            continue
        if case == "nomn":
            out.append(prefix + w)
            continue
        reading = next(
            (
                p for p in morph.parses(w)
                if p.tag.case == case and gender in _genders(p.tag) and p.tag.number == "sing"
                and ("Name" in p.tag or "Patr" in p.tag or "Surn" in p.tag or "anim" in p.tag)
            ),
            None,
        )
        nominative = _nominative_singular(reading) if reading is not None else None
        if nominative is not None:
            out.append(prefix + morph.restore_case(w, nominative))
        else:
            out.append(prefix + _surname_nominative(w, gender, case))
    return " ".join(out)


def _nominative_singular(reading: Any) -> str | None:
    """The nominative of a singular name reading. A noun's normal form is that, the first form of its
    lexeme, unless the lexeme holds both genders (a feminine surname's lexeme starts with the
    masculine: "Ивановой" -> "иванов") or is a patronymic (whose normal form may be spelt otherwise:
    "анатольевича" -> "анатолиевич"). Those, and every other part of speech (a participle's normal
    form is its infinitive, a superlative's its positive: "Худшего" -> "плохой"), are inflected, which
    costs a paradigm."""
    tag = reading.tag
    if tag.POS == "NOUN" and "Patr" not in tag and (tag.gender == "masc" or "Surn" not in tag):
        return str(reading.normal_form)
    form = reading.inflect({"nomn"})
    return None if form is None else str(form.word)
