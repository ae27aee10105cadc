"""Number + scale + unit or currency + hedge -> Quantity, as Russian news writes amounts.

Works on the tokens of one sentence at a time. A number becomes a quantity only with a unit (a
currency, "%", a measure, a counted noun, a duration); calendar dates, years, times of day, ordinals
and numbers inside names, codes or web addresses ("Ту-154", "G20", "№ 2", "rbc.ru/…/2016/") are left out.

>>> [(q.span.text, str(q.value), q.unit, q.approx) for q in find_quantities("Экспорт составил более $3,2 млрд.")]
[('более $3,2 млрд', '3200000000', 'USD', '>')]
"""

from __future__ import annotations

import bisect
import functools
import operator
import re
from collections.abc import Sequence
from decimal import Decimal
from typing import Final, NamedTuple

from attrs import evolve, frozen

from claimcheck import morph
from claimcheck.interval import Interval
from claimcheck.lexicon import Hedge, Lexicon, load
from claimcheck.model import Quantity, Span
from claimcheck.numbers import (
    DIGITS_RE,
    analysable,
    number_word_value,
    numeral_forms,
    parse_digits,
    parse_words,
    scale_forms,
    scale_value,
    spelled_step,
)
from claimcheck.segment import LINE_BREAKS, WORD_RE, Document, Sentence, word_start
from claimcheck.spanset import SpanSet
from claimcheck.wordcache import per_lexicon

__all__ = ["Token", "find_quantities", "prepare", "tokenize"]

_SYMBOLS: Final = "$€₽₸¥£₴%°№"
# A letter of a word every character of which is analysable (has a Unicode name): ASCII letters and
# digits, "_", and the Cyrillic letters (U+0482..U+0489 are a sign and combining marks, not letters).
_PLAIN: Final = r"[0-9A-Za-z_\u0400-\u0481\u048a-\u04ff]"
# A token: a number in digits; a word (\w+ with inner hyphens) that starts with a digit, that is
# plain, or that is neither (to be checked); a symbol, a dash, any other punctuation mark. The groups
# tell every token's kind, so that tokens are made without a Python step per token.
_TOKEN_RE: Final = re.compile(
    "(?P<num>" + DIGITS_RE.pattern + ")"
    + r"|(?P<digit_word>\d\w*(?:[-‐]\w+)*)"
    + r"|(?P<word>" + _PLAIN + r"+(?:[-‐]" + _PLAIN + r"+)*(?!\w|[-‐]\w))"
    + r"|(?P<other_word>\w+(?:[-‐]\w+)*)"
    + r"|(?P<sym>[" + re.escape(_SYMBOLS) + r"])|(?P<dash>[–—‒-])|(?P<punct>[^\s\w])"
)
_KIND_OF_GROUP: Final = {
    "num": "num", "digit_word": "num", "word": "word", "other_word": "other_word",
    "sym": "sym", "dash": "dash", "punct": "punct",
}
_LAST_GROUP: Final = operator.attrgetter("lastgroup")
# A character of a word (as claimcheck.segment.WORD_RE takes words, inner hyphens included).
_WORD_CHAR_RE: Final = re.compile(r"[\w‐-]")
_NONNEGATIVE_KINDS: Final = ("amount", "target", "share", "range")
# How many numbers one reference may list ("статьями 105, 111, 112 и 115"): a bound on the walk back.
_MAX_REFERENCE_NUMBERS: Final = 8
# How far back (in tokens) a kind cue may stand from the number it qualifies.
_KIND_WINDOW: Final = 8
# A «...» of at most this many words, capitalised and without a verb, is a name, not a quotation.
_TITLE_RE: Final = re.compile("«([^«»" + LINE_BREAKS + "]{1,80})»")
_TITLE_WORDS: Final = 6
# A scaled number with no unit is money from this scale up (millions), else a count (thousands).
_MONEY_SCALE: Final = Decimal(1_000_000)


class Token(NamedTuple):
    """One token of a sentence: a number in digits, a word, a symbol or a dash (a named tuple: made by
    the hundred thousand, so made cheaply)."""

    start: int
    end: int
    text: str
    kind: str  # "num" | "word" | "sym" | "dash" | "punct" | "other" (a word the analyser cannot take)

    @property
    def lower(self) -> str:
        return self.text.lower()


# Makes a Token of a (start, end, text, kind) tuple at C speed (a named tuple's constructor is Python code).
_make_token = functools.partial(tuple.__new__, Token)


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``.

    A word that starts with a digit is a "num" token too (digits the number pattern does not take, as
    the "6" of "1.5.6"); a word with a character pymorphy3 cannot look up is "other".

    >>> [(t.text, t.kind) for t in tokenize("На 5% (1.5.6) — рост")]
    [('На', 'word'), ('5', 'num'), ('%', 'sym'), ('(', 'punct'), ('1.5', 'num'), ('.', 'punct'),
     ('6', 'num'), (')', 'punct'), ('—', 'dash'), ('рост', 'word')]
    """
    found = list(_TOKEN_RE.finditer(text, start, len(text) if end is None else end))
    kinds = list(map(_KIND_OF_GROUP.__getitem__, map(_LAST_GROUP, found)))
    texts = list(map(re.Match.group, found))
    if "other_word" in kinds:  # words with letters beyond ASCII and Cyrillic, checked one by one
        for i, kind in enumerate(kinds):
            if kind == "other_word":
                t = texts[i]
                kinds[i] = "num" if t[0].isdigit() else "word" if analysable(t) else "other"
    spans = zip(map(re.Match.start, found), map(re.Match.end, found), texts, kinds, strict=True)
    return list(map(_make_token, spans))


@frozen
class _Number:
    """A parsed numeral: tokens [i, j) of the sentence."""

    i: int
    j: int
    value: Decimal
    step: Decimal
    unit: str | None = None  # set for fractions, collectives and multiplier words
    vague: bool = False  # a vague or plural scale word: at least this much


def _read_number(toks: Sequence[Token], i: int, lex: Lexicon) -> _Number | None:
    tok = toks[i]
    if tok.kind == "num":
        try:
            value, step = parse_digits(tok.text)
        except ValueError:
            return None
        return _Number(i, i + 1, value, step)
    if tok.kind != "word" or not _may_start_number(tok.text, lex):
        return None
    low = tok.lower
    lems = morph.lemmas(low)
    for lem in lems:
        if lem in lex.fractions:
            return _Number(i, i + 1, lex.fractions[lem], Decimal("0.0001"), unit="fraction")
        if lem in lex.multipliers:
            return _Number(i, i + 1, lex.multipliers[lem], Decimal(1), unit="times")
        if lem in lex.collectives:
            return _Number(i, i + 1, lex.collectives[lem], Decimal(1), unit="count")
        if lem in lex.count_adverbs:
            return _Number(i, i + 1, lex.count_adverbs[lem], Decimal(1), unit="count")
    age = _word_age(low, lex)
    if age is not None:
        return _Number(i, i + 1, age, Decimal(1), unit="year")
    bare = _bare_scale(toks, i, lex)
    if bare is not None:
        return bare
    words: list[str] = []
    k = i
    while k < len(toks) and toks[k].kind == "word" and len(words) < 8:
        words.append(toks[k].text)
        k += 1
    parsed = parse_words(words, lex)
    if parsed is None:
        return None
    value, used = parsed
    return _Number(i, i + used, value, spelled_step(words[:used], lex))


def prepare(lex: Lexicon) -> None:
    """Build the tables this module derives from ``lex`` (see :func:`claimcheck.analysis.prepare`)."""
    _number_start(lex)
    _abbreviation_index(lex)
    _kind_forms(lex)


@functools.cache
def _number_forms(lex: Lexicon) -> frozenset[str]:
    """Every form of the lemmas that are numbers by themselves (fractions, multipliers, collectives,
    count adverbs): looking a word up here spares parsing the many words that are none of them."""
    return morph.word_forms((*lex.fractions, *lex.multipliers, *lex.collectives, *lex.count_adverbs))


@per_lexicon(maxsize=65536)
def _may_start_number(word: str, lex: Lexicon) -> bool:
    """Whether a number may start at the word ``word``: every way :func:`_read_number` reads a word
    needs one of these, so a word without any is skipped at once (by a set lookup, for most words).
    Cached per word form: it is asked of every word of every sentence that holds a figure."""
    low = morph.normalize(word)
    forms, ages = _number_start(lex)
    if low not in forms and ages.search(low) is None:
        return False
    return _may_start_number_form(word, lex)


@functools.cache
def _number_start(lex: Lexicon) -> tuple[frozenset[str], re.Pattern[str]]:
    """(every form of a word a number may start at, a pattern of the age stems a number may be glued to)."""
    # scale_forms holds the scale keys themselves ("млн") as well as the forms of the scale words.
    vague = frozenset(morph.normalize(w) for w in lex.vague_words)
    forms = _number_forms(lex) | scale_forms(lex) | numeral_forms(lex) | vague
    return forms, re.compile("|".join(re.escape(morph.normalize(s)) for s in lex.age_stems) or "(?!)")


def _may_start_number_form(word: str, lex: Lexicon) -> bool:
    """:func:`_may_start_number` of a word that passed the quick test (a set lookup or the age stems)."""
    low = word.lower()
    if morph.normalize(low) in _number_forms(lex):
        return True
    if low in lex.vague_words or scale_value(low, lex) is not None:
        return True
    return _word_age(low, lex) is not None or number_word_value(word, lex) is not None


def _bare_scale(toks: Sequence[Token], i: int, lex: Lexicon) -> _Number | None:
    """A scale word with no number before it: "несколько сотен", "тысячи", "миллион".

    "несколько" before scale words and a plural scale word ("тысячи мероприятий") mean at least the
    scale (``vague``); a singular one ("миллион долларов", "более тысячи") is the scale itself.
    """
    k = i
    vague = False
    if toks[i].lower in lex.vague_words:
        vague = True
        k += 1
    value = Decimal(1)
    j = k
    while j < len(toks) and toks[j].kind == "word" and j - k < 3:
        factor = scale_value(toks[j].lower, lex)
        if factor is None:
            break
        value *= factor
        j += 1
    if j == k:
        return None
    if i > 0 and (toks[i - 1].kind == "num" or number_word_value(toks[i - 1].text, lex) is not None):
        return None  # the scale of a number already read or rejected
    if vague:
        return _Number(i, j, value, Decimal(1), vague=True)
    tags = [p.tag for p in morph.parses(toks[k].lower) if "NOUN" in p.tag]
    if any("plur" in t and ("nomn" in t or "accs" in t) for t in tags):
        return _Number(i, j, value, Decimal(1), vague=True)
    if any("sing" in t for t in tags):
        return _Number(i, j, value, Decimal(1))
    return None


def _word_age(word: str, lex: Lexicon) -> Decimal | None:
    """"сорокалетнего" -> 40: a numeral stem glued to the age stem."""
    for stem in lex.age_stems:
        at = word.find(stem)
        if at > 0:
            head = word[:at]
            for ending in ("", *lex.age_numeral_endings):
                value = number_word_value(head + ending, lex)
                if value is not None:
                    return value
            return None
    return None


def _digit_age_end(text: str, pos: int, lex: Lexicon) -> int | None:
    """End of an age compound right after digits: "-летний", "-ти летний", " летний"."""
    j = pos
    if text[j : j + 1] in ("-", "‐"):
        j += 1
        for link in lex.age_links:
            if text[j : j + len(link)].lower() == link and not text[j + len(link) : j + len(link) + 1].isalpha():
                j += len(link)
                break
    if text[j : j + 1] == " ":
        j += 1
    if j == pos or not any(text[j : j + len(stem)].lower() == stem for stem in lex.age_stems):
        return None
    while j < len(text) and text[j].isalpha():
        j += 1
    return j


def _adjective_unit_end(text: str, pos: int, lex: Lexicon) -> tuple[str, int] | None:
    """A unit adjective glued to digits by a hyphen ("100-долларовой"): (code, end offset)."""
    if text[pos : pos + 1] not in ("-", "‐"):
        return None
    j = pos + 1
    stem_end = j
    while stem_end < len(text) and text[stem_end].isalpha() and stem_end - j < 30:
        stem_end += 1
    word = text[j:stem_end].lower()
    for stem, code in lex.currency_adjectives.items():
        if word.startswith(stem) and len(word) > len(stem):
            return code, stem_end
    return None


@frozen
class _Scale:
    """A scale word ("млрд", "тыс.", "миллиона"): its factor, where its text ends (an abbreviation's
    dot included) and the index of the token after it."""

    factor: Decimal
    end: int
    next: int


def _scale_at(toks: Sequence[Token], k: int, text: str, lex: Lexicon) -> _Scale | None:
    """The scale word at token k, if there is one."""
    if k >= len(toks) or toks[k].kind != "word":
        return None
    tok = toks[k]
    key = tok.lower
    factor = lex.scales.get(key)
    if factor is None:
        factor = next((lex.scales[lem] for lem in morph.lemmas(key) if lem in lex.scales), None)
    if factor is None:
        return None
    end = tok.end
    if key in lex.scales and text[end : end + 1] == ".":
        # A dot before a lower-case word belongs to the abbreviation; otherwise it ends the sentence.
        rest = text[end + 1 : end + 3]
        if rest[:1] == " " and rest[1:2].islower():
            end += 1
    return _Scale(factor, end, _after_scale(toks, k, end))


@functools.cache
def _abbreviation_index(lex: Lexicon) -> dict[str, tuple[tuple[str, str], ...]]:
    """The unit abbreviations of ``lex`` grouped by their first character (lower case)."""
    index: dict[str, list[tuple[str, str]]] = {}
    for abbr, code in lex.abbreviations.items():
        index.setdefault(abbr[0].lower(), []).append((abbr.lower(), code))
    return {first: tuple(items) for first, items in index.items()}


def _abbreviation_at(text: str, pos: int, lex: Lexicon) -> tuple[str, int] | None:
    """A literal unit abbreviation starting at ``pos`` (after optional spaces): (code, end)."""
    limit = pos + 8
    while pos < len(text) and pos < limit and text[pos] in " \u00a0\u202f":
        pos += 1
    best: tuple[str, int] | None = None
    for abbr, code in _abbreviation_index(lex).get(text[pos : pos + 1].lower(), ()):
        end = pos + len(abbr)
        if text[pos:end].lower() == abbr:
            nxt = text[end : end + 1]
            if abbr[-1].isalpha() and (nxt.isalnum() or (nxt != "" and nxt in "-‐")):
                continue
            if best is None or end > best[1]:
                best = (code, end)
    return best


def _hedge_before(
    text: str, start: int, floor: int, hedges: Sequence[Hedge]
) -> tuple[Hedge, int] | None:
    """One of ``hedges`` (longest first) ending right before ``start`` (spaces between allowed):
    (hedge, its start)."""
    lo = max(floor, start - 40)
    head = text[lo:start].rstrip()
    low = head.lower()
    for hedge in hedges:
        if low.endswith(hedge.phrase):
            begin = len(low) - len(hedge.phrase)
            if begin == 0 or not low[begin - 1].isalnum():
                return hedge, lo + begin
    return None


def _word_lemmas(toks: Sequence[Token], a: int, b: int, lex: Lexicon) -> list[frozenset[str]]:
    """The lemmas of the words among tokens [a, b) that :func:`_kind` asks about (change, target and
    share words); any other word gives an empty set, told by a set lookup without a parse."""
    forms = _kind_forms(lex)
    return [
        morph.lemmas(t.lower) if morph.normalize(t.text) in forms else _NO_LEMMAS
        for t in toks[max(a, 0) : b] if t.kind == "word"
    ]


_NO_LEMMAS: Final[frozenset[str]] = frozenset()


@functools.cache
def _kind_forms(lex: Lexicon) -> frozenset[str]:
    """Every form of the lemmas a claim's kind is told by."""
    return morph.word_forms(
        lex.change_verbs | lex.change_up | lex.change_down | lex.target_lemmas | lex.share_lemmas
    )


def _is_noun(word: str) -> bool:
    ps = morph.parses(word) if analysable(word) else ()
    return bool(ps) and ps[0].tag.POS == "NOUN"


def _is_modifier(word: str) -> bool:
    ps = morph.parses(word) if analysable(word) else ()
    return bool(ps) and ps[0].tag.POS in ("ADJF", "PRTF", "NUMR") and not word[:1].isdigit()


@frozen
class _UnitEnd:
    """A unit stated in the text: its code, where its words end, and the index of the token after them."""

    code: str
    end: int
    next: int


def _unit_after(
    toks: Sequence[Token], k: int, text: str, pos: int, lex: Lexicon, *, digits: bool
) -> _UnitEnd | None:
    """The unit that follows a number.

    A counted noun may stand after up to three modifiers ("99 казахско-российских проектов"); with
    no noun after them the modifiers themselves are counted ("2 золотых, 5 серебряных").
    """
    abbr = _abbreviation_at(text, pos, lex)
    if abbr is not None:
        code, end = abbr
        nk = k
        return _UnitEnd(code, end, _token_from(toks, k, end))
    if k < len(toks) and toks[k].kind == "sym" and toks[k].text in lex.currency_symbols:
        return _UnitEnd(lex.currency_symbols[toks[k].text], toks[k].end, k + 1)
    n = k
    while n < min(k + 4, len(toks)):
        tok = toks[n]
        if tok.kind != "word":
            break
        lems = morph.lemmas(tok.lower)
        if n + 1 < len(toks) and toks[n + 1].kind == "word":
            nxt = morph.lemmas(toks[n + 1].lower)
            pairs = (f"{a} {b}" for a in lems for b in nxt)
            phrase = next((lex.unit_phrases[pair] for pair in pairs if pair in lex.unit_phrases), None)
            if phrase is not None:
                return _UnitEnd(phrase, toks[n + 1].end, n + 2)
        for lem in lems:
            if lem in lex.currency_lemmas:
                code, end, nk = lex.currency_lemmas[lem], tok.end, n + 1
                if nk < len(toks) and toks[nk].text in lex.currency_qualifiers:
                    code, end, nk = lex.currency_qualifiers[toks[nk].text], toks[nk].end, nk + 1
                return _UnitEnd(code, end, nk)
        for lem in lems:
            if lem in lex.unit_lemmas:
                if n > k and lem in lex.adjacent_units:
                    return None
                return _UnitEnd(lex.unit_lemmas[lem], tok.end, n + 1)
        if _is_noun(tok.text) and not tok.text[:1].isupper():
            if digits and lems & lex.not_counts:
                return None
            return _UnitEnd("count", tok.end, n + 1)
        if not _is_modifier(tok.text):
            break
        n += 1
    if n > k and (n == len(toks) or toks[n].kind != "word" or morph.has_tag(toks[n].text, "CONJ", best_only=True)):
        last = toks[n - 1]
        if morph.has_tag(last.text, "plur") and not last.text[:1].isupper():
            return _UnitEnd("count", last.end, n)
    return None


def _token_from(toks: Sequence[Token], k: int, pos: int) -> int:
    """The index of the first token from ``k`` on that starts at or after offset ``pos``."""
    while k < len(toks) and toks[k].start < pos:
        k += 1
    return k


def _reference_before(toks: Sequence[Token], i: int, lex: Lexicon) -> bool:
    """The number at token i is the number of a referenced item: it follows a reference noun ("статья
    282", "ст. 105", "№ 5"), or another number of the same reference, right after it ("статьей 189
    38": 189.38 with its dot lost) or after a link ("статьи 12 и 15", "пунктам 1, 3 или 7")."""
    j = i - 1  # the token before the first number of the reference, once the walk back is done
    for _ in range(_MAX_REFERENCE_NUMBERS):
        k = j - 1 if j > 0 and toks[j].lower in lex.reference_links else j
        if k < 0 or toks[k].kind != "num":
            break
        j = k - 1
    if j >= 0 and toks[j].text == ".":
        j -= 1
    if j < 0 or toks[j].kind not in ("word", "sym"):
        return False
    low = toks[j].lower
    return low in lex.reference_nouns or bool(morph.lemmas(low) & lex.reference_nouns)


def _excluded(toks: Sequence[Token], i: int, text: str, num: _Number, lex: Lexicon) -> bool:
    """Dates, years, times, ordinals, codes and numbers glued to letters are not amounts."""
    tok = toks[i]
    before = text[tok.start - 1] if tok.start > 0 else " "
    after_end = toks[num.j - 1].end
    after = text[after_end : after_end + 2]
    if tok.kind == "num":
        if before.isalpha() or before in "-‐_/#":
            return True
        if before in ":" and tok.start > 1 and text[tok.start - 2].isdigit():
            return True  # the minutes of a time of day ("17:00")
        if before in ".," and tok.start > 1 and text[tok.start - 2].isdigit():
            return True  # the tail of a date or a code ("01.01.2024", "1.2.3")
        if after[:1] in (":", "/") and after[1:2].isdigit():
            return True  # a time of day or a fraction-like code
        if (
            after[:1] in "-‐"
            and after[1:2].isalpha()
            and _digit_age_end(text, after_end, lex) is None
            and _adjective_unit_end(text, after_end, lex) is None
        ):
            return True  # an ordinal or a compound; ages and unit adjectives are amounts
        if after[:1] == "." and after[1:2].isdigit():
            return True  # a date such as 30.01.2025
        if _reference_before(toks, i, lex):
            return True
        if num.j < len(toks) and toks[num.j].kind == "word":
            lems = morph.lemmas(toks[num.j].lower)
            if lems & set(lex.months):
                return True
            integer = num.value == num.value.to_integral_value()
            is_year_word = bool(lems & lex.year_lemmas) or toks[num.j].lower in lex.year_abbreviations
            if integer and 1000 <= num.value <= 2100 and is_year_word:
                return True
        if num.step == 1 and 1800 <= num.value <= 2100 and len(tok.text) == 4:
            # A bare four-digit year (or a span of years) unless a unit follows.
            return not (num.j < len(toks) and (toks[num.j].kind == "sym" or _is_noun(toks[num.j].text)))
    return False


def _range_high(toks: Sequence[Token], num: _Number, lex: Lexicon, *, from_marker: bool) -> _Number | None:
    """The high end of a range right after a number: "5–7", "5-7", or "от 5 до 7" (after "от")."""
    k = num.j
    if num.unit is not None or num.vague or k + 1 >= len(toks):
        return None
    link = toks[k]
    if link.kind == "dash" or (from_marker and link.lower == lex.marker_to):
        return _read_number(toks, k + 1, lex)
    return None


def _kind(
    toks: Sequence[Token], i: int, k: int, unit: str, has_na: bool, lex: Lexicon
) -> tuple[str, str | None]:
    """The claim kind of the number at tokens [i, k), and a change's direction."""
    before = _word_lemmas(toks, i - _KIND_WINDOW, i, lex)
    after = toks[k].lower if k < len(toks) and toks[k].kind == "word" else ""
    if after in lex.comparatives:
        return "change", "up" if after in lex.comparatives_up else "down"
    changes = [lems for lems in before if lems & lex.change_verbs]
    if unit == "times" or (has_na and changes):
        direction = None
        if changes:
            last = changes[-1]
            direction = "up" if last & lex.change_up else "down" if last & lex.change_down else None
        return "change", direction
    governed = _prev_word(toks, i) == lex.marker_to or (
        i > 1 and toks[i - 1].kind == "sym" and _prev_word(toks, i - 1) == lex.marker_to
    )
    if any(lems & lex.target_lemmas for lems in before[-6 if governed else -2 :]):
        return "target", None
    if any(morph.has_tag(t.text, "futr", best_only=True) for t in toks[max(i - 3, 0) : i] if t.kind == "word"):
        return "target", None  # a verb in the future tense: a forecast or a plan
    if unit == "fraction":
        return "share", None
    if unit == "percent":
        if any(lems & lex.share_lemmas - set(lex.unit_lemmas) for lems in before[-3:]):
            return "share", None
        nxt = toks[k] if k < len(toks) else None
        if nxt is not None and nxt.kind == "word" and _is_noun(nxt.text) and morph.has_tag(nxt.text, "gent"):
            return "share", None
    return "amount", None


def _after_percent(toks: Sequence[Token], i: int, lex: Lexicon) -> bool:
    """Token ``i`` follows a percentage ("20% от $24,2 млрд"): "от" then names the base, not a bound."""
    if i < 1:
        return False
    prev = toks[i - 1]
    if prev.text == "%":
        return True
    return prev.kind == "word" and any(lex.unit_lemmas.get(lem) == "percent" for lem in morph.lemmas(prev.lower))


def _prev_word(toks: Sequence[Token], i: int) -> str:
    return toks[i - 1].lower if i > 0 and toks[i - 1].kind == "word" else ""


def _title_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Short «...» names inside a sentence: capitalised, at most six words, no verb ("«Три минуты тишины»")."""
    out: list[tuple[int, int]] = []
    for m in _TITLE_RE.finditer(text, start, end):
        inner = m.group(1)
        words = [w for w in WORD_RE.findall(inner) if analysable(w)]
        if not words or len(words) > _TITLE_WORDS or not inner[:1].isupper():
            continue
        if any(morph.has_tag(w, "VERB", best_only=True) or morph.has_tag(w, "INFN", best_only=True) for w in words):
            continue
        out.append((m.start(1), m.end(1)))
    return out


@frozen
class _SmallerPart:
    """The second number of a compound measure ("22 минуты" of "53 часа 22 минуты"): its unit, how many
    of it make one of the larger unit, its value and rounding step, and where it ends."""

    unit: str
    factor: Decimal
    value: Decimal
    step: Decimal
    end: int
    next: int


def _compound(toks: Sequence[Token], k: int, text: str, unit: str, lex: Lexicon) -> _SmallerPart | None:
    """A second number in a smaller unit right after a measure ("53 часа 22 минуты")."""
    if k >= len(toks) or toks[k].kind not in ("num", "word"):
        return None
    smaller = [(key.split()[1], f) for key, f in lex.compound_units.items() if key.split()[0] == unit]
    if not smaller:
        return None
    nxt = _read_number(toks, k, lex)
    if nxt is None or nxt.unit is not None or (toks[k].kind == "num" and _excluded(toks, k, text, nxt, lex)):
        return None
    found = _unit_after(toks, nxt.j, text, toks[nxt.j - 1].end, lex, digits=toks[k].kind == "num")
    if found is None:
        return None
    for code, factor in smaller:
        if found.code == code and nxt.value < factor:
            return _SmallerPart(code, factor, nxt.value, nxt.step, found.end, found.next)
    return None


def _after_scale(toks: Sequence[Token], k: int, pos: int) -> int:
    """The token index after a scale word at k whose text (with its dot) ends at ``pos``."""
    k += 1
    if k < len(toks) and toks[k].text == "." and toks[k].start < pos:
        k += 1
    return k


def _elided_unit(toks: Sequence[Token], k: int, text: str, lex: Lexicon) -> str | None:
    """The unit of the next scaled number when a scaled number has none ("с 114 до 81,5 млрд долларов")."""
    if k + 1 >= len(toks) or not (
        toks[k].kind == "dash"
        or toks[k].lower == lex.marker_to
        or (toks[k].kind == "word" and morph.has_tag(toks[k].text, "CONJ", best_only=True))
    ):
        return None
    nxt = _read_number(toks, k + 1, lex)
    if nxt is None or nxt.unit is not None:
        return None
    sc = _scale_at(toks, nxt.j, text, lex)
    if sc is None:
        return None
    found = _unit_after(toks, sc.next, text, sc.end, lex, digits=True)
    return found.code if found is not None else None


@frozen
class _Sentence:
    """One sentence being read: the text and where the sentence starts in it, its tokens, the spans of
    its names in «…» and of the text's web addresses, and the unit first stated with each scale (a
    later scaled number that states none takes it)."""

    text: str
    start: int
    toks: list[Token]
    titles: list[tuple[int, int]]
    addresses: SpanSet
    lex: Lexicon
    scaled_units: dict[Decimal, str]


@frozen
class _Figure:
    """A number read with what is glued to it: tokens [first, next) and text [start, end).

    ``at`` is the token the number starts at; ``first`` is the currency symbol's before it ("$24,2")
    if there is one. ``unit`` is what the symbol, the numeral or a glued word ("30-летний") says;
    ``high`` is the high end of a range ("5–7", "от 3 млн до 5 млрд"), scaled by ``high_scale``.
    """

    num: _Number
    at: int
    first: int
    start: int
    end: int
    next: int
    unit: str | None
    from_marker: bool  # "от" stands before the number: a range's low end or a lower bound
    scale: Decimal = Decimal(1)
    high: _Number | None = None
    high_scale: Decimal = Decimal(1)


@frozen
class _Measure:
    """The unit of a figure, where the quantity's text ends and the index of the token after it, and
    the value with its rounding step before scaling (the smaller part of "53 часа 22 минуты" added)."""

    unit: str
    end: int
    next: int
    value: Decimal
    step: Decimal


@frozen
class _Hedging:
    """Where a quantity's text starts (a hedge or a marker before the number included), its approx
    code and whether the hedge bounds it from below, its claim kind and a change's direction."""

    start: int
    approx: str
    below: bool
    kind: str
    direction: str | None = None


def _sentence_quantities(text: str, start: int, end: int, lex: Lexicon, addresses: SpanSet) -> list[Quantity]:
    """The quantities of the sentence ``text[start:end]``: at each token where an amount starts, the
    figure with what is glued to it, then its unit, then its hedge and kind, then its bounds."""
    titles = _title_spans(text, start, end) if "«" in text[start:end] else []
    s = _Sentence(text, start, tokenize(text, start, end), titles, addresses, lex, {})
    toks = s.toks
    out: list[Quantity] = []
    i = 0
    while i < len(toks):
        tok = toks[i]
        if tok.kind != "num" and (tok.kind != "word" or not _may_start_number(tok.text, lex)):
            i += 1  # most tokens: no number starts here (as _read_number would find)
            continue
        num = _amount_number(s, i)
        fig = _figure(s, i, num) if num is not None else None
        measure = _measure(s, fig) if fig is not None else None
        if fig is None or measure is None:
            i += 1
            continue
        quantity = _quantity(s, fig, measure, _hedging(s, fig, measure))
        if quantity is not None:
            if fig.scale > 1:
                s.scaled_units.setdefault(fig.scale, measure.unit)
            out.append(quantity)
        i = max(measure.next, i + 1)
    return out


def _amount_number(s: _Sentence, i: int) -> _Number | None:
    """The number that starts at token ``i`` unless it is no amount: a date, a year, a time, an
    ordinal, a code, or a number inside a name in «…» or a web address."""
    num = _read_number(s.toks, i, s.lex)
    if num is None or _excluded(s.toks, i, s.text, num, s.lex):
        return None
    at = s.toks[i].start
    if (s.titles and any(a <= at < b for a, b in s.titles)) or s.addresses.contains(at):
        return None
    return num


def _figure(s: _Sentence, i: int, num: _Number) -> _Figure:
    """The number at token ``i`` with what is glued to it: a currency symbol before it, the high end
    of a range, an age or unit adjective after a hyphen ("30-летний", "100-долларовой"), or else a
    scale word ("млрд", "тыс.")."""
    toks, lex = s.toks, s.lex
    first, unit = i, num.unit
    if _currency_symbol_before(s, i):
        first, unit = i - 1, lex.currency_symbols[toks[i - 1].text]
    from_marker = _prev_word(toks, first) == lex.marker_from and not _after_percent(toks, first - 1, lex)
    high = _range_high(toks, num, lex, from_marker=from_marker)
    k = num.j if high is None else high.j
    end = toks[k - 1].end
    if toks[i].kind == "num":
        glued = _glued_unit(s.text, end, lex, age=high is None, adjective=unit is None)
        if glued is not None:
            unit, end = glued
            k = _token_from(toks, k, end)
            return _Figure(num, i, first, toks[first].start, end, k, unit, from_marker, high=high)
    fig = _Figure(num, i, first, toks[first].start, end, k, unit, from_marker, high=high)
    return _scaled(s, fig) if num.unit is None else fig


def _currency_symbol_before(s: _Sentence, i: int) -> bool:
    """A currency symbol stands right before the number at token ``i`` ("$24,2", "$ 24,2")."""
    if i == 0:
        return False
    sym, start = s.toks[i - 1], s.toks[i].start
    return (
        sym.kind == "sym"
        and sym.text in s.lex.currency_symbols
        and (sym.end == start or s.text[sym.end : start].isspace())
    )


def _glued_unit(text: str, pos: int, lex: Lexicon, *, age: bool, adjective: bool) -> tuple[str, int] | None:
    """A unit glued by a hyphen to digits that end at ``pos``: an age ("30-летний", if ``age``) or a
    unit adjective ("100-долларовой", if ``adjective``); (code, end offset)."""
    if age:
        age_end = _digit_age_end(text, pos, lex)
        if age_end is not None:
            return "year", age_end
    return _adjective_unit_end(text, pos, lex) if adjective else None


def _scaled(s: _Sentence, fig: _Figure) -> _Figure:
    """The figure with the scale word after it, if there is one; a range whose ends carry their own
    scale words ("от 500 тыс. до 1 млн", "3 млн–5 млрд") gets its high end here."""
    sc = _scale_at(s.toks, fig.next, s.text, s.lex)
    if sc is None:
        return fig
    if fig.high is None and not fig.num.vague:
        high = _scaled_high(s, sc.next, from_marker=fig.from_marker)
        if high is not None:
            num, high_sc = high
            return evolve(
                fig, end=high_sc.end, next=high_sc.next, scale=sc.factor, high=num, high_scale=high_sc.factor
            )
    return evolve(fig, end=sc.end, next=sc.next, scale=sc.factor, high_scale=sc.factor)


def _scaled_high(s: _Sentence, k: int, *, from_marker: bool) -> tuple[_Number, _Scale] | None:
    """After a scaled number, ending before token ``k``: a dash right after it or "до" (after "от")
    and a second scaled number, the high end of a range."""
    toks = s.toks
    if k + 1 >= len(toks):
        return None
    link = toks[k]
    tight = link.kind == "dash" and link.start == toks[k - 1].end
    if not (tight or (from_marker and link.lower == s.lex.marker_to)):
        return None
    num = _read_number(toks, k + 1, s.lex)
    if num is None or num.unit is not None:
        return None
    sc = _scale_at(toks, num.j, s.text, s.lex)
    return None if sc is None else (num, sc)


def _measure(s: _Sentence, fig: _Figure) -> _Measure | None:
    """The figure's unit, stated (with the smaller part of a compound measure) or implied; None when
    it has none: a bare number is no amount."""
    stated = _stated_unit(s, fig)
    if stated is not None:
        return _with_smaller_part(s, fig, stated)
    implied = _implied_unit(s, fig)
    if implied is None:
        return None
    return _Measure(implied, fig.end, fig.next, fig.num.value, fig.num.step)


def _stated_unit(s: _Sentence, fig: _Figure) -> _UnitEnd | None:
    """The unit the figure has or that follows it: a symbol, an abbreviation, a currency, a measure or
    a counted noun. "раз" multiplies only after "в" or before a comparative; else it counts."""
    toks, lex, num = s.toks, s.lex, fig.num
    unit = None if fig.unit is None else _UnitEnd(fig.unit, fig.end, fig.next)
    if unit is None or num.unit == "count":
        found = _unit_after(toks, fig.next, s.text, fig.end, lex, digits=toks[fig.at].kind == "num")
        if found is not None and (unit is None or found.code not in ("times", "percent", "pp")):
            unit = found
    if unit is None or unit.code != "times" or num.unit is not None:
        return unit
    k = unit.next
    comparative = k < len(toks) and toks[k].lower in lex.comparatives
    if _prev_word(toks, fig.first) != lex.marker_times and not comparative:
        return _UnitEnd("count", unit.end, unit.next)
    return unit


def _with_smaller_part(s: _Sentence, fig: _Figure, unit: _UnitEnd) -> _Measure:
    """The measure of a figure in ``unit``, a second number in a smaller unit after it included
    ("53 часа 22 минуты", "1 км 200 м")."""
    value, step, lex = fig.num.value, fig.num.step, s.lex
    into_larger = unit.code in lex.compound_into_larger
    if (into_larger or unit.code in lex.time_units) and fig.high is None and fig.scale == 1:
        part = _compound(s.toks, unit.next, s.text, unit.code, lex)
        if part is not None and into_larger:
            return _Measure(unit.code, part.end, part.next, value + part.value / part.factor, part.step / part.factor)
        if part is not None:
            return _Measure(part.unit, part.end, part.next, value * part.factor + part.value, part.step)
    return _Measure(unit.code, unit.end, unit.next, value, step)


def _implied_unit(s: _Sentence, fig: _Figure) -> str | None:
    """The unit of a figure that states none: a scaled number takes the unit of the next one ("с 114
    до 81,5 млрд долларов") or of the sentence's first number of its scale, else it is money (from
    millions up) or a count; "N из M" counts."""
    toks, lex = s.toks, s.lex
    if fig.scale > 1 and not fig.num.vague:
        unit = _elided_unit(toks, fig.next, s.text, lex) or s.scaled_units.get(fig.scale)
        if unit is None:
            unit = "money" if fig.scale >= _MONEY_SCALE else "count"
        return unit
    k = fig.next
    if k < len(toks) and toks[k].lower == lex.marker_of and fig.num.value != 1:
        return "count"  # a part of a set: N of M
    return None


def _hedging(s: _Sentence, fig: _Figure, measure: _Measure) -> _Hedging:
    """The hedge ("более", "около"), the "от" and "на" markers before the figure, and its claim kind."""
    toks, text, lex = s.toks, s.text, s.lex
    start = fig.start
    if fig.high is not None:
        return _Hedging(_word_start_before(text, start) if fig.from_marker else start, "=", False, "range")
    has_na = _prev_word(toks, fig.first) == lex.marker_by
    kind, direction = _kind(toks, fig.at, measure.next, measure.unit, has_na, lex)
    hedge = _hedge_before(text, start, s.start, lex.hedges)
    if hedge is None and has_na:
        # "примерно на 5%", "более чем на 2%": the hedge stands before the preposition.
        hedge = _hedge_before(text, _word_start_before(text, start), s.start, lex.hedges_before_by)
    if hedge is not None:
        h, h_start = hedge
        if h.phrase == lex.marker_to and kind in ("target", "change"):
            return _Hedging(start, "=", False, kind, direction)  # "до": where it goes, not a bound
        return _Hedging(h_start, h.approx, h.below, kind, direction)
    if fig.from_marker:
        return _Hedging(_word_start_before(text, start), ">=", False, kind, direction)
    if fig.num.vague:
        return _Hedging(start, ">", False, kind, direction)
    if (has_na and kind == "change") or (measure.unit == "times" and _prev_word(toks, fig.at) == lex.marker_times):
        start = _word_start_before(text, start)  # "на 5%", "в 3 раза": the marker belongs to the figure
    return _Hedging(start, "=", False, kind, direction)


def _quantity(s: _Sentence, fig: _Figure, measure: _Measure, hedging: _Hedging) -> Quantity | None:
    """The quantity with its bounds; None when the bounds cross (a range written high to low)."""
    value, step = measure.value * fig.scale, measure.step * fig.scale
    if fig.high is not None:
        low = Interval.rounded(value, step).low
        high = Interval.rounded(fig.high.value * fig.high_scale, fig.high.step * fig.high_scale).high
    else:
        nonnegative = hedging.kind in _NONNEGATIVE_KINDS and value >= 0
        iv = Interval.hedged(value, step, hedging.approx, below=hedging.below, nonnegative=nonnegative)
        low, high = iv.low, iv.high
    if low is not None and high is not None and low > high:
        return None
    return Quantity(
        span=Span.of(s.text, hedging.start, measure.end),
        value=value,
        low=low,
        high=high,
        unit=measure.unit,
        approx=hedging.approx,
        kind=hedging.kind,
        direction=hedging.direction if hedging.kind == "change" else None,
    )


def _word_start_before(text: str, pos: int) -> int:
    """Start of the word just before ``pos`` (skipping spaces)."""
    j = pos
    while j > 0 and text[j - 1].isspace():
        j -= 1
    while j > 0 and text[j - 1].isalnum():
        j -= 1
    return j


def find_quantities(doc: Document | str, lex: Lexicon | None = None) -> list[Quantity]:
    """Every numeric amount of ``doc`` (the Document the analysis hands down, or a plain str), in order."""
    if not isinstance(doc, Document):
        doc = Document(doc)
    lex = lex or load()
    text = doc.text
    out: list[Quantity] = []
    number_words = _number_words(doc, lex)
    addresses = doc.urls()
    for s in doc.sentences():
        at = bisect.bisect_left(number_words, s.start)
        if (
            (at < len(number_words) and number_words[at] < s.end)
            or any(map(str.isdigit, text[s.start : s.end]))
            or ((_cuts_a_word(text, s.start) or _cuts_a_word(text, s.end)) and _may_hold_number(doc, s, lex))
        ):
            out.extend(_sentence_quantities(text, s.start, s.end, lex, addresses))
    return out


def _cuts_a_word(text: str, at: int) -> bool:
    """Offset ``at`` falls inside a word (a paragraph of tens of kilobytes without a space is cut so)."""
    return 0 < at < len(text) and _WORD_CHAR_RE.match(text, at - 1) is not None and (
        _WORD_CHAR_RE.match(text, at) is not None
    )


def _may_hold_number(doc: Document, s: Sentence, lex: Lexicon) -> bool:
    """A number may start at one of the sentence's own words (a word cut by its bounds counts as the
    part inside them, as :meth:`claimcheck.segment.Document.words` gives it)."""
    return any(_may_start_number(w.text, lex) for w in doc.words(s.start, s.end))


def _number_words(doc: Document, lex: Lexicon) -> list[int]:
    """Where a word that :func:`_may_start_number` admits starts, in text order.

    Every quantity starts at a number: digits (a token that starts with a digit character) or such a
    word; a sentence with neither holds none and is not tokenized (most sentences). The words are
    looked up in the set of number-start forms at C speed (:meth:`claimcheck.segment.Document.word_indices`),
    and the age stems ("сорокалетнего") searched in the whole text at once; only the words found are
    checked.
    """
    ws = doc.words()
    forms, ages = _number_start(lex)
    found = set(doc.word_indices(forms))
    low = doc.normalized()
    if low is None:  # lower-casing lengthened a character ("İ"): word by word instead
        found.update(i for i, w in enumerate(ws) if ages.search(morph.normalize(w.text)) is not None)
    elif ages.search(low) is not None:
        for m in ages.finditer(low):
            i = bisect.bisect_right(ws, m.start(), key=word_start) - 1
            if i >= 0 and ws[i].end > m.start():
                found.add(i)
    return [ws[i].start for i in sorted(found) if _may_start_number(ws[i].text, lex)]
