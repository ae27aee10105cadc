"""Russian word forms for the strategies: noun agreement, numbers in words, verb and name inflection.

Grammatical agreement comes from pymorphy3 through :func:`claimcheck.morph.analyzer`; the lemmas to
inflect come from the lexicon (:func:`claimcheck.lexicon.load`) and from the strategies' own word pools
in ``lang/ru/strategies.toml`` (:data:`DATA`).
"""

from __future__ import annotations

import functools
from decimal import Decimal
from typing import Any, Final

from claimcheck.lexicon import DataFile, Lexicon, load

__all__ = [
    "DATA",
    "agree",
    "analyzer",
    "declines",
    "gender_of",
    "genitive_name",
    "inflect",
    "lexicon",
    "one_and_a_half",
    "past",
    "spell",
]

# The Russian word pools are language data: lang/ru/strategies.toml.
DATA: Final = DataFile("ru", "strategies.toml")


def analyzer() -> Any:
    """The shared pymorphy3 analyzer, imported on first use so that importing the strategies stays cheap."""
    from claimcheck.morph import analyzer as shared

    return shared()


def lexicon() -> Lexicon:
    """The Russian lexicon the drawn text must be readable by."""
    return load("ru")


@functools.cache
def _noun(lemma: str) -> Any:
    """The nominative singular parse of noun ``lemma``; None for a word the dictionary does not
    decline (such as "тенге"), which then keeps one form."""
    for p in analyzer().parse(lemma):
        if p.normal_form == lemma and p.tag.POS == "NOUN" and "nomn" in p.tag and "Fixd" not in p.tag:
            return p
    return None


def declines(lemma: str) -> bool:
    """Whether noun ``lemma`` changes its form with the number before it ("миллион" does, "млн" does not)."""
    return _noun(lemma) is not None


@functools.cache
def agree(lemma: str, number: int) -> str:
    """Noun ``lemma`` agreeing with ``number``: agree("миллиард", 5) == "миллиардов"."""
    p = _noun(lemma)
    return lemma if p is None else str(p.make_agree_with_number(number).word)


def gender_of(lemma: str) -> str:
    """The grammatical gender of noun ``lemma``; "masc" for a word the dictionary does not decline."""
    p = _noun(lemma)
    return "masc" if p is None else str(p.tag.gender)


@functools.cache
def inflect(lemma: str, grammemes: frozenset[str], pos: str | None = None) -> str:
    """``lemma`` (of part of speech ``pos``, when given) in the form ``grammemes`` name; ``lemma`` itself
    when the dictionary has no such form."""
    from claimcheck.morph import normalize

    for p in analyzer().parse(lemma):
        matches = normalize(lemma) in (normalize(p.normal_form), normalize(p.word))
        if matches and (pos is None or pos == p.tag.POS):
            form = p.inflect(set(grammemes))
            if form is not None:
                return str(form.word)
    return lemma


@functools.cache
def _numerals() -> dict[int, str]:
    """Cardinal lemmas of the lexicon by value (1..900), for spelling numbers in words."""
    out: dict[int, str] = {}
    for lemma, value in sorted(lexicon().cardinals.items()):
        if value == value.to_integral_value() and 1 <= value < 1000:
            out.setdefault(int(value), lemma)
    return out


def spell(n: int, gender: str = "masc") -> str:
    """``n`` (1..999) in words in the nominative, "один"/"два" agreeing with ``gender``.

    >>> spell(21), spell(2, "femn"), spell(315)
    ('двадцать один', 'две', 'триста пятнадцать')
    """
    if not 1 <= n <= 999:
        raise ValueError(f"expected 1 <= n <= 999, got {n}")
    words = _numerals()
    parts: list[int] = []
    if n >= 100:
        parts.append(n // 100 * 100)
    rest = n % 100
    if 10 <= rest <= 19:
        parts.append(rest)
    else:
        if rest >= 20:
            parts.append(rest // 10 * 10)
        if rest % 10:
            parts.append(rest % 10)
    out = [words[p] for p in parts]
    if gender == "femn" and parts[-1] in (1, 2):
        out[-1] = inflect(out[-1], frozenset({"femn", "nomn"}))
    return " ".join(out)


def one_and_a_half(gender: str) -> str:
    """The lexicon's numeral for 1.5 agreeing with ``gender`` ("полтора миллиона", "полторы тысячи")."""
    forms: list[str] = sorted(k for k, v in lexicon().cardinals.items() if v == Decimal("1.5"))
    return forms[-1] if gender == "femn" else forms[0]


def past(verb: str, gender: str) -> str:
    """Past tense of ``verb`` agreeing with a subject of ``gender`` ("masc", "femn", "neut", "plur")."""
    grammemes = {"past", "plur"} if gender == "plur" else {"past", "sing", gender}
    return inflect(verb, frozenset(grammemes), "INFN")


def _surname_genitive(surname: str, gender: str) -> str:
    for p in analyzer().parse(surname):
        if "Surn" in p.tag and "nomn" in p.tag and p.tag.gender == gender:
            form = p.inflect({"gent"})
            if form is not None:
                return str(form.word).capitalize()
    # A surname the dictionary does not know declines by its ending: Бектенов -> Бектенова.
    if gender == "femn":
        for end, repl in (("ая", "ой"), ("а", "ой")):
            if surname.endswith(end):
                return surname[: -len(end)] + repl
        return surname
    return surname + "а" if surname.endswith(lexicon().surnames.stems) else surname


@functools.cache
def genitive_name(name: str, gender: str) -> str:
    """A person's "First Last" name in the genitive: "Мария Захарова" -> "Марии Захаровой"."""
    first, last = name.split(" ", 1)
    form = next(
        (p.inflect({"gent"}) for p in analyzer().parse(first) if "Name" in p.tag and p.tag.gender == gender),
        None,
    )
    first_gen = first if form is None else str(form.word).capitalize()
    return f"{first_gen} {_surname_genitive(last, gender)}"
