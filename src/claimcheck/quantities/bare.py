"""Bare numbers: a whole number with no noun after it that the sentence's structure makes a count or
gives the unit of an earlier figure.

- a verb after it: "17 пострадали", "один погиб", "из них 43 были убиты", "— 140 составляют";
- the whole of a part: "5 из 12" (after a count "5"), and the part after its whole: "из трёх пострадавших
  двоих";
- a percentage with its unit written before it: "В процентном отношении показатель составляет 91,3";
- the level a number of things reaches or the change in it: "Число кандидатов выросло до 13";
- an item of an enumeration after a dash, which ends its clause or is itself followed by a dash: "их —
  12", "(в прошлом году — 35)", "ODS — 53 депутата, TOP — 41", "двое — в США и один — в Канаде", "по 4 —
  ЛДПР". It takes the unit of the sentence's last figure when that is a count or a percentage; with no
  such figure it counts when the word before the dash stands for counted things ("их", "всего",
  "погибших") or a word for a number of things comes before it ("количество журналистов … — 49");
- an item after the same preposition as an earlier figure: "в 55 лет, а мужчины — в 60" (years);
- an item whose noun is left out before a preposition: "три пули: две в голову и одна в живот".

A decimal is no count; a number written with a leading zero ("09"), glued to a name in Latin letters
("TOP 09", "Apollo 11") or after a preposition ("в 12 начался") is left alone.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Final

from attrs import frozen

from claimcheck import morph
from claimcheck.lexicon import Lexicon
from claimcheck.model import Span
from claimcheck.quantities.numerals import Number
from claimcheck.quantities.tokens import Token, prev_word

__all__ = ["Bare", "Earlier", "bare_unit", "counted_subject"]

# The parts of speech of a verb a counted subject may take: finite verbs and short participles
# ("арестованы", "госпитализированы").
_VERB_TAGS: Final = ("VERB", "PRTS")
# Nouns and the adjectives and participles that stand for them ("погибших", "раненых").
_NOMINAL_TAGS: Final = ("NOUN", "ADJF", "PRTF")
# How far back (in tokens) the subject a bare number counts may stand: "Число кандидатов в мэры
# Москвы выросло до 13".
_SUBJECT_WINDOW: Final = 16
# Units a bare number takes from an earlier figure of its enumeration.
_INHERITED: Final = ("count", "percent")


@frozen
class Earlier:
    """A quantity read earlier in the sentence: the token after it, its unit and the noun it counts."""

    next: int
    unit: str
    counted: Span | None = None
    before: str = ""  # the word before its figure, lower-cased ("в" of "в 55 лет")


@frozen
class Bare:
    """The unit a bare number takes, and the noun it counts when the structure gives one."""

    unit: str
    counted: Span | None = None


_COUNT: Final = Bare("count")
_PERCENT: Final = Bare("percent")


def bare_unit(toks: Sequence[Token], num: Number, earlier: Sequence[Earlier], lex: Lexicon) -> Bare | None:
    """The unit of the bare number ``num`` (no noun, symbol or scale after it), if the sentence's
    structure gives one; ``earlier`` are the quantities read before it in the sentence."""
    if not earlier and _percent_before(toks, num.i, lex):
        return _PERCENT  # "В процентном отношении этот показатель составляет 91,3"
    if not _may_count(toks, num):
        return None
    i, k = num.i, num.j
    part = next((e for e in earlier if e.next == i - 1 and e.unit == "count"), None)
    if prev_word(toks, i) == lex.marker_of and part is not None:
        return Bare("count", part.counted)  # "5 из 12"
    whole = earlier[-1] if earlier and earlier[-1].next == i else None
    if whole is not None and whole.before == lex.marker_of and whole.unit == "count":
        return Bare("count", whole.counted)  # "из трёх пострадавших двоих"
    if prev_word(toks, i) in (lex.marker_to, lex.marker_by) and counted_subject(toks, i, lex):
        return _COUNT  # "Число кандидатов выросло до 13"
    parallel = _parallel(toks, num, earlier, lex)
    if parallel is not None or _after_preposition(toks, i, lex) or prev_word(toks, i) in lex.bare_not_after:
        return parallel
    if k < len(toks) and toks[k].kind == "word" and _is_verb(toks[k].text) and _agrees(toks, num):
        return _inherited(earlier) if _after_dash(toks, i) else _COUNT  # "— 62 представляют Европу"
    if _before_preposition(toks, num, lex) and earlier and earlier[-1].unit == "count":
        return _inherited(earlier)  # "три пули: две в голову и одна в живот"
    return _list_item(toks, num, earlier, lex)


def _parallel(toks: Sequence[Token], num: Number, earlier: Sequence[Earlier], lex: Lexicon) -> Bare | None:
    """An item of an enumeration after the same preposition as an earlier figure of the sentence, its
    clause ending with it: it takes that figure's unit ("выходят на пенсию в 55 лет, а мужчины — в 60")."""
    word = prev_word(toks, num.i)
    k = num.j
    if not word or not (k >= len(toks) or _ends_clause(toks[k], lex)):
        return None
    same = next((e for e in reversed(earlier) if e.before == word), None)
    return None if same is None else Bare(same.unit, same.counted)


def _before_preposition(toks: Sequence[Token], num: Number, lex: Lexicon) -> bool:
    """A preposition follows the number, and a mark or a conjunction precedes it: an item of an
    enumeration whose noun is left out ("две в голову и одна в живот")."""
    i, k = num.i, num.j
    if k >= len(toks) or toks[k].kind != "word" or toks[k].lower == lex.marker_of:
        return False  # "один из которых": one of a set, read by the rules of "N из M"
    if not morph.has_tag(toks[k].text, "PREP", best_only=True):
        return False
    before = toks[i - 1] if i > 0 else None
    return before is not None and (
        before.kind == "punct" or (before.kind == "word" and morph.has_tag(before.text, "CONJ", best_only=True))
    )


def _ends_clause(tok: Token, lex: Lexicon) -> bool:
    """The token ends the clause of an item: a dash or a mark of the lexicon's clause ends."""
    return tok.kind == "dash" or (tok.kind == "punct" and tok.text in lex.bare_clause_ends)


def _percent_before(toks: Sequence[Token], i: int, lex: Lexicon) -> bool:
    """A word of the percentage unit stands in the sentence before token ``i`` ("в процентном
    отношении"): a bare number there is a percentage."""
    words = (t for t in toks[:i] if t.kind == "word" and morph.normalize(t.text) in _percent_forms(lex))
    return any(lex.unit_lemmas.get(lem) == "percent" for t in words for lem in morph.lemmas(t.lower))


def prepare(lex: Lexicon) -> None:
    """Build the table this module derives from ``lex`` (see :func:`claimcheck.analysis.prepare`)."""
    _percent_forms(lex)


@functools.cache
def _percent_forms(lex: Lexicon) -> frozenset[str]:
    """Every form of the lemmas of the percentage unit ("процент", "процентный")."""
    return morph.word_forms(lem for lem, code in lex.unit_lemmas.items() if code == "percent")


def _after_dash(toks: Sequence[Token], i: int) -> bool:
    """A dash stands before token ``i``, not between two numbers ("1996—98", "+6 – 0")."""
    return i > 0 and toks[i - 1].kind == "dash" and (i < 2 or toks[i - 2].kind != "num")


def _inherited(earlier: Sequence[Earlier]) -> Bare:
    """A count of the noun the sentence's last count counts ("Из 120 кардиналов — 62 …")."""
    last = earlier[-1] if earlier else None
    return Bare("count", last.counted) if last is not None and last.unit == "count" else _COUNT


def _may_count(toks: Sequence[Token], num: Number) -> bool:
    """A whole number written to the unit, not with a leading zero, not after a name in Latin letters."""
    first = toks[num.i]
    if num.unit is not None or num.step != 1 or num.value != num.value.to_integral_value() or num.value < 0:
        return False
    if first.kind == "num" and len(first.text) > 1 and first.text.startswith("0"):
        return False
    before = toks[num.i - 1] if num.i > 0 else None
    return before is None or before.kind != "word" or not any("a" <= c <= "z" for c in before.lower)


def counted_subject(toks: Sequence[Token], i: int, lex: Lexicon) -> bool:
    """A word for a number of things ("число", "количество") stands among the words before token
    ``i``, with a word between ("число жертв возросло до 30")."""
    words = [t for t in toks[max(0, i - _SUBJECT_WINDOW) : i - 2] if t.kind == "word"]
    return any(morph.lemmas(t.lower) & lex.count_subjects for t in words)


def _after_preposition(toks: Sequence[Token], i: int, lex: Lexicon) -> bool:
    """A preposition that is no hedge and does not distribute stands before token ``i``: the number is
    then a time, a date or a place in a list ("в 12 начался"), not a subject ("около 70 получили
    ранения", "по 4 — ЛДПР" are ones)."""
    word = prev_word(toks, i)
    if not word or word in _hedge_words(lex) or word in lex.bare_transparent:
        return False
    return morph.has_tag(word, "PREP", best_only=True)


@functools.cache
def _hedge_words(lex: Lexicon) -> frozenset[str]:
    """The hedges of one word ("около", "свыше", "до")."""
    return frozenset(h.phrase for h in lex.hedges if " " not in h.phrase)


def _is_verb(word: str) -> bool:
    """A verb or a short participle; a short form that reads as an adjective as well counts when its
    best readings tie ("закрыты": closed, of a short adjective or of a participle)."""
    ps = morph.parses(word)
    if not ps:
        return False
    return ps[0].tag.POS in _VERB_TAGS or any(p.tag.POS == "PRTS" and p.score == ps[0].score for p in ps[1:])


def _agrees(toks: Sequence[Token], num: Number) -> bool:
    """A number in words that is "один" in the plural ("одни считают") is a pronoun, not a count."""
    first = toks[num.i]
    return first.kind == "num" or num.value != 1 or not morph.has_tag(first.text, "plur", best_only=True)


def _list_item(toks: Sequence[Token], num: Number, earlier: Sequence[Earlier], lex: Lexicon) -> Bare | None:
    """The unit of a number that is an item of an enumeration: after a dash and ending its clause,
    or followed by a dash."""
    i, k = num.i, num.j
    after_dash = _after_dash(toks, i)
    ends = k >= len(toks) or _ends_clause(toks[k], lex)
    before_dash = k < len(toks) and toks[k].kind == "dash" and (i == 0 or toks[i - 1].kind in ("punct", "word"))
    if not ((after_dash and ends) or before_dash):
        return None
    if earlier and earlier[-1].unit in _INHERITED:
        return Bare(earlier[-1].unit, earlier[-1].counted)
    if after_dash and i > 1 and toks[i - 2].kind == "word" and _stands_for_counted(toks[i - 2], lex):
        word = toks[i - 2]
        noun = None if word.lower in lex.counted_before_dash else Span(word.start, word.end, word.text)
        return Bare("count", noun)  # "число погибших — 12", "их — 31"
    if after_dash and ends and counted_subject(toks, i, lex):
        return _COUNT  # "растёт количество журналистов, которые … (в этом году — 49)"
    return None


def _stands_for_counted(tok: Token, lex: Lexicon) -> bool:
    """The word before a dash stands for counted things: a pronoun or total word of the lexicon ("их",
    "всего") or a noun in the genitive plural ("мандатов", "погибших")."""
    if tok.lower in lex.counted_before_dash:
        return True
    ps = morph.parses(tok.text)
    return bool(ps) and ps[0].tag.POS in _NOMINAL_TAGS and "plur" in ps[0].tag and "gent" in ps[0].tag
