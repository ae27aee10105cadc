"""Hypothesis strategies for Russian news text: amounts, periods, quotes and whole articles.

Each strategy draws a small frozen record holding the rendered text together with what claimcheck
is expected to read from it, so that a parser test is a round trip::

    from hypothesis import given
    from claimcheck.strategies import amounts

    @given(amounts())
    def test_amount(a):
        (q,) = find_quantities(f"Итог: {a.text}.")
        assert q.low <= a.value <= q.high

Grammatical agreement ("5 миллиардов долларов", "21 миллиард рублей", "полторы тысячи тенге",
"заявила Мария Захарова") comes from pymorphy3 through :func:`claimcheck.morph.analyzer`; scale words,
currencies, hedges, months and speech verbs come from the lexicon (:func:`claimcheck.lexicon.load`).
Only forms that claimcheck promises to read are drawn.

The module is registered through the ``hypothesis`` entry point: ``st.from_type(claimcheck.Interval)``,
``st.from_type(claimcheck.Quantity)`` and ``st.from_type(claimcheck.Period)`` work once Hypothesis is
imported. Registration (:mod:`claimcheck._hypothesis_setup`) is lazy: it imports neither this module nor
a dictionary until a strategy is drawn from.

>>> from hypothesis import find
>>> a = find(amounts(units=("USD",), hedged=False), lambda a: a.value >= 10**9)
>>> a.unit, a.approx, a.low <= a.value <= a.high
('USD', '=', True)
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Collection
from decimal import Decimal
from typing import Any, Final

from attrs import frozen
from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

from claimcheck.interval import Interval, fmt, step_of
from claimcheck.lexicon import DataFile, load

__all__ = [
    "AMOUNT_UNITS",
    "PERSONS",
    "RenderedAmount",
    "RenderedArticle",
    "RenderedClaim",
    "RenderedPeriod",
    "RenderedQuote",
    "amounts",
    "articles",
    "periods",
    "quotes",
]

# --------------------------------------------------------------------------- records


@frozen
class RenderedAmount:
    """An amount as a news text writes it, with the value, unit, hedge and bounds it stands for.

    ``low`` / ``high`` follow :meth:`claimcheck.Interval.hedged` (``None`` is infinite); a number in
    digits is rounded at the step its digits and scale imply ("1,5 млрд": 0.1 bn); a number spelt in
    words at the step of its scale word ("два миллиона": one million, "полтора миллиона": half a million).
    """

    text: str
    value: Decimal
    unit: str
    approx: str
    low: Decimal | None
    high: Decimal | None

    @property
    def interval(self) -> Interval:
        return Interval(self.low, self.high, low_open=self.approx == ">", high_open=self.approx == "<")


@frozen
class RenderedPeriod:
    """A period phrase and its first and last day, resolved against ``anchor`` (the publication date)."""

    text: str
    first: dt.date
    last: dt.date
    anchor: dt.date


@frozen
class RenderedQuote:
    """A sentence of reported speech: the reported words (one part each, two for «A, — заявил X. — B»),
    the cue as written, the speaker's canonical name and the quote kind ("direct" or "indirect")."""

    text: str
    contents: tuple[str, ...]
    cue: str
    speaker: str
    kind: str


@frozen
class RenderedClaim:
    """An amount stated in an article, the period it is stated for, and where it stands in the text."""

    amount: RenderedAmount
    period: RenderedPeriod | None
    start: int


@frozen
class RenderedArticle:
    """A short article with its publication date and the quotes and claims it must report, in order."""

    text: str
    published: dt.date
    quotes: tuple[RenderedQuote, ...]
    claims: tuple[RenderedClaim, ...]


# --------------------------------------------------------------------------- built-in data

# The Russian word pools are language data: lang/ru/strategies.toml.
_DATA: Final = DataFile("ru", "strategies.toml")

#: Real-looking persons (first name, surname) with their grammatical gender.
PERSONS: Final[tuple[tuple[str, str], ...]] = tuple(
    (name, gender) for gender in ("masc", "femn") for name in _DATA.words("persons", gender, lower=False)
)

# Statements without numbers, names, quotation marks or commas (reported speech and nothing else).
_STATEMENTS: Final = _DATA.words("statements", "phrases")

#: Unit codes :func:`amounts` can draw.
AMOUNT_UNITS: Final = ("USD", "EUR", "RUB", "KZT", "CNY", "GBP", "UAH", "percent", "money", "count", "t")

# Currency and unit nouns by code (lemmas; the lexicon maps them back to the code).
_UNIT_NOUNS: Final = _DATA.codes("unit_nouns", lower=False)
_COUNT_NOUNS: Final = _DATA.words("counts", "nouns")
# Hedge phrases that are verbs, that change the claim kind or that follow the number are left out.
_SKIPPED_HEDGES: Final = frozenset(_DATA.words("hedges", "skipped"))
_PERIOD_SUBJECTS: Final = tuple(_DATA.codes("period_subjects").items())

_MIN_YEAR: Final = 1000
_MAX_YEAR: Final = 2100
_ROMAN: Final = ("I", "II", "III", "IV")
_SEPARATORS: Final = ("\u00a0", "\u202f", " ")


# --------------------------------------------------------------------------- morphology helpers


def _analyzer() -> Any:
    from claimcheck.morph import analyzer

    return analyzer()


def _lexicon() -> Any:
    return load("ru")


@functools.cache
def _noun(lemma: str) -> Any:
    """The nominative singular parse of noun ``lemma``; None for a word the dictionary does not
    decline (such as "тенге"), which then keeps one form."""
    for p in _analyzer().parse(lemma):
        if p.normal_form == lemma and p.tag.POS == "NOUN" and "nomn" in p.tag and "Fixd" not in p.tag:
            return p
    return None


@functools.cache
def agree(lemma: str, number: int) -> str:
    """Noun ``lemma`` agreeing with ``number``: agree("миллиард", 5) == "миллиардов"."""
    p = _noun(lemma)
    return lemma if p is None else str(p.make_agree_with_number(number).word)


@functools.cache
def _inflect(lemma: str, grammemes: frozenset[str], pos: str | None = None) -> str:
    from claimcheck.morph import normalize

    for p in _analyzer().parse(lemma):
        matches = normalize(lemma) in (normalize(p.normal_form), normalize(p.word))
        if matches and (pos is None or pos == p.tag.POS):
            form = p.inflect(set(grammemes))
            if form is not None:
                return str(form.word)
    return lemma


def _gender(lemma: str) -> str:
    p = _noun(lemma)
    return "masc" if p is None else str(p.tag.gender)


@functools.cache
def _numerals() -> dict[int, str]:
    """Cardinal lemmas of the lexicon by value (1..900), for spelling numbers in words."""
    out: dict[int, str] = {}
    for lemma, value in sorted(_lexicon().cardinals.items()):
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
        out[-1] = _inflect(out[-1], frozenset({"femn", "nomn"}))
    return " ".join(out)


def _one_and_a_half(gender: str) -> str:
    """The lexicon's numeral for 1.5 agreeing with ``gender`` ("полтора миллиона", "полторы тысячи")."""
    forms: list[str] = sorted(k for k, v in _lexicon().cardinals.items() if v == Decimal("1.5"))
    return forms[-1] if gender == "femn" else forms[0]


def _past(verb: str, gender: str) -> str:
    """Past tense of ``verb`` agreeing with a subject of ``gender`` ("masc", "femn", "neut", "plur")."""
    grammemes = {"past", "plur"} if gender == "plur" else {"past", "sing", gender}
    return _inflect(verb, frozenset(grammemes), "INFN")


def _surname_genitive(surname: str, gender: str) -> str:
    for p in _analyzer().parse(surname):
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
    return surname + "а" if surname.endswith(_lexicon().surnames.stems) else surname


@functools.cache
def genitive_name(name: str, gender: str) -> str:
    """A person's "First Last" name in the genitive: "Мария Захарова" -> "Марии Захаровой"."""
    first, last = name.split(" ", 1)
    form = next(
        (p.inflect({"gent"}) for p in _analyzer().parse(first) if "Name" in p.tag and p.tag.gender == gender),
        None,
    )
    first_gen = first if form is None else str(form.word).capitalize()
    return f"{first_gen} {_surname_genitive(last, gender)}"


@functools.cache
def _speech_verbs() -> tuple[str, ...]:
    """Speech verb lemmas of the lexicon that report speech on their own in the past tense.

    Left out: verbs that need a special construction (content required, agreement verbs, the first
    verb of a cue phrase such as "обратить внимание"), passive forms ("сообщаться", "говориться"),
    and lemmas that are no infinitive ("уверен").
    """
    lex = _lexicon()
    phrase_heads = {phrase.split()[0] for phrase in lex.cue_phrases}
    excluded = lex.content_required | lex.agreement_verbs | lex.document_verbs | phrase_heads
    out = []
    for verb in sorted(lex.speech_verbs - excluded):
        if verb.endswith("ся") and verb[:-2] in lex.speech_verbs:
            continue
        if _past(verb, "masc") != verb and _past(verb, "femn") != verb:
            out.append(verb)
    return tuple(out)


@functools.cache
def _hedges() -> tuple[tuple[str, str, bool], ...]:
    out = []
    for h in _lexicon().hedges:
        if h.phrase in _SKIPPED_HEDGES:
            continue
        if any(p.tag.POS in ("VERB", "INFN") for w in h.phrase.split() for p in _analyzer().parse(w)[:1]):
            continue
        out.append((h.phrase, h.approx, h.below))
    return tuple(sorted(out))


@functools.cache
def _symbols() -> dict[str, tuple[str, ...]]:
    by_code: dict[str, list[str]] = {}
    for sym, code in _lexicon().currency_symbols.items():
        by_code.setdefault(code, []).append(sym)
    return {code: tuple(sorted(syms)) for code, syms in by_code.items()}


@functools.cache
def _abbreviations() -> dict[str, tuple[str, ...]]:
    """Literal abbreviations by unit code ("руб.", "долл.", "%"), for the codes amounts() draws."""
    by_code: dict[str, list[str]] = {}
    for abbr, code in _lexicon().abbreviations.items():
        if code in AMOUNT_UNITS and code != "t" and not abbr.endswith("."):
            by_code.setdefault(code, []).append(abbr)
    return {code: tuple(sorted(a)) for code, a in by_code.items()}


@functools.cache
def _scales() -> tuple[tuple[Decimal, str, str], ...]:
    """(factor, lemma, abbreviation) of thousand, million, billion and trillion."""
    scales = _lexicon().scales
    out = []
    for word, factor in scales.items():
        if _noun(word) is None or factor < 1000:
            continue
        abbr = next((a for a, f in scales.items() if f == factor and _noun(a) is None and a != word), None)
        if abbr is not None:
            out.append((factor, word, abbr))
    return tuple(sorted(out))


# --------------------------------------------------------------------------- amounts


def _group(digits: str, sep: str) -> str:
    head = len(digits) % 3 or 3
    groups = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return sep.join(groups)


@st.composite
def _amount(draw: st.DrawFn, units: tuple[str, ...], hedged: bool, spelt: bool, scaled: bool) -> RenderedAmount:
    unit = draw(st.sampled_from(units))
    scale_entry = None
    scales = _scales()
    if unit == "money" or (scaled and unit != "percent" and draw(st.booleans())):
        # "money" is what a scaled figure without a currency means, from millions up.
        pool = [s for s in scales if s[0] >= 1_000_000] if unit == "money" else list(scales)
        scale_entry = draw(st.sampled_from(pool))
    # A spelt number takes its scale word with it, so a spelt figure needs a unit to be an amount.
    in_words = spelt and unit != "money" and draw(st.integers(0, 3)) == 0
    # The number.
    if in_words:
        if scale_entry is not None and draw(st.booleans()):
            mantissa, step_digits, int_part = Decimal("1.5"), None, None
        else:
            int_part = draw(st.integers(1, 999))
            mantissa, step_digits = Decimal(int_part), None
    else:
        int_part = None
        upper = 999 if scale_entry is not None else 9_999_999
        whole = draw(st.integers(1, upper))
        decimals = draw(st.sampled_from((0, 0, 1, 2))) if whole < 1000 else 0
        frac = draw(st.integers(0, 10**decimals - 1)) if decimals else 0
        if decimals and frac == 0:
            frac = 1
        whole_text = str(whole)
        if whole >= 1000:
            whole_text = _group(whole_text, draw(st.sampled_from(_SEPARATORS)))
        step_digits = whole_text if not decimals else f"{whole_text},{frac:0{decimals}d}"
        mantissa = Decimal(step_digits.replace(",", ".").translate({ord(s): None for s in _SEPARATORS}))
    factor = scale_entry[0] if scale_entry is not None else Decimal(1)
    value = mantissa * factor
    if step_digits is not None:
        step = step_of(step_digits) * factor
    elif scale_entry is not None:
        # A spelt figure with a scale word is rounded like its digits: "два миллиона" to the million,
        # "полтора миллиона" to the half million.
        step = factor / 2 if mantissa != mantissa.to_integral_value() else factor
    else:
        step = Decimal(1)
    # The words around it.
    scale_text = ""
    noun_number = 5  # what a noun after the figure agrees with: genitive plural after scales and fractions
    if in_words:
        if int_part is None:
            assert scale_entry is not None
            number_text = _one_and_a_half(_gender(scale_entry[1]))
            scale_text = agree(scale_entry[1], 2)
        else:
            gender = _gender(scale_entry[1]) if scale_entry is not None else _gender(_UNIT_NOUNS.get(unit, "проект"))
            number_text = spell(int_part, gender)
            if scale_entry is not None:
                scale_text = agree(scale_entry[1], int_part)
            else:
                noun_number = int_part
    else:
        number_text = step_digits or ""
        if scale_entry is not None:
            scale_text = draw(st.sampled_from((scale_entry[2], agree(scale_entry[1], int(mantissa)))))
            if mantissa != mantissa.to_integral_value():
                scale_text = draw(st.sampled_from((scale_entry[2], agree(scale_entry[1], 2))))
        elif mantissa == mantissa.to_integral_value():
            noun_number = int(mantissa)
        else:
            noun_number = 2  # "1,5 рубля": genitive singular, as after 2
    figure = f"{number_text} {scale_text}".strip()
    text = _with_unit(draw, figure, unit, noun_number, digits=not in_words, has_scale=scale_entry is not None)
    approx, below = "=", False
    if hedged and draw(st.booleans()):
        phrase, approx, below = draw(st.sampled_from(_hedges()))
        text = f"{phrase} {text}"
    iv = Interval.hedged(value, step, approx, below=below, nonnegative=True)
    return RenderedAmount(text=text, value=Decimal(fmt(value)), unit=unit, approx=approx, low=iv.low, high=iv.high)


def _with_unit(draw: st.DrawFn, figure: str, unit: str, number: int, *, digits: bool, has_scale: bool) -> str:
    if unit == "money":
        return figure
    if unit == "count":
        return f"{figure} {agree(draw(st.sampled_from(_COUNT_NOUNS)), number)}"
    choices = ["word"]
    if digits and unit in _symbols():
        choices += ["symbol_before", "symbol_after"]
    if digits and unit in _abbreviations() and not (unit == "percent" and has_scale):
        choices.append("abbreviation")
    how = draw(st.sampled_from(choices))
    if how == "symbol_before":
        return draw(st.sampled_from(_symbols()[unit])) + figure
    if how == "symbol_after":
        return f"{figure} {draw(st.sampled_from(_symbols()[unit]))}"
    if how == "abbreviation":
        abbr = draw(st.sampled_from(_abbreviations()[unit]))
        return f"{figure}{abbr}" if abbr == "%" and draw(st.booleans()) else f"{figure} {abbr}"
    noun = _UNIT_NOUNS[unit]
    text = f"{figure} {agree(noun, number)}"
    return f"{text} стерлингов" if unit == "GBP" else text


def amounts(
    *,
    units: Collection[str] = AMOUNT_UNITS,
    hedged: bool = True,
    spelt: bool = True,
    scaled: bool = True,
) -> SearchStrategy[RenderedAmount]:
    """Amounts as Russian news writes them, with their expected value, unit, hedge and bounds.

    Digits with decimal commas and NBSP thousands ("12 345,5 евро"), scales as abbreviations and as
    words ("1,5 млрд тенге", "5 миллиардов долларов"), numbers in words ("двадцать один миллиард
    рублей", "полтора миллиона"), currencies as symbols, abbreviations and words, percentages, counts
    and tonnes, hedged by the lexicon's hedges ("более", "около", "почти", "не менее"). ``units``
    restricts the unit codes (a subset of :data:`AMOUNT_UNITS`); ``hedged``, ``spelt`` and ``scaled``
    allow hedges, numbers in words and scale words. The text reads as a noun phrase in the nominative.

    >>> from hypothesis import find
    >>> find(amounts(units=("RUB",), spelt=False, hedged=False, scaled=False), lambda a: a.value > 20).unit
    'RUB'
    """
    chosen = tuple(u for u in AMOUNT_UNITS if u in set(units))
    unknown = set(units) - set(AMOUNT_UNITS)
    if not chosen or unknown:
        raise ValueError(f"expected units from {AMOUNT_UNITS}, got {sorted(units)!r}")
    return _amount(chosen, hedged, spelt, scaled)


# --------------------------------------------------------------------------- periods


@functools.cache
def _relative_years() -> tuple[tuple[str, int], ...]:
    """The lexicon's relative-year adjectives that morphology reads back to themselves.

    Participles ("наступивший") normalise to their verb ("наступить") and are not found by
    claimcheck.periods today, so they are left out.
    """
    from claimcheck.morph import lemma

    return tuple((adj, off) for adj, off in sorted(_lexicon().relative_years.items()) if lemma(adj) == adj)


def _month_form(m: int, case: str) -> str:
    lemma = next(k for k, v in sorted(_lexicon().months.items()) if v == m)
    return _inflect(lemma, frozenset({case, "sing"}), "NOUN")


def _ordinal_form(n: int, gender: str) -> str:
    lemma = next(k for k, v in sorted(_lexicon().ordinals.items()) if v == n and k.isalpha() and not k.isascii())
    return _inflect(lemma, frozenset({"loct", "sing", gender}), "ADJF")


def _in(word: str) -> str:
    """The preposition "в" before ``word`` ("во втором")."""
    return "во" if word[:2].lower() in ("вт", "вс") else "в"


def _month_span(year: int, m: int) -> tuple[dt.date, dt.date]:
    first = dt.date(year, m, 1)
    nxt = dt.date(year + (m == 12), m % 12 + 1, 1)
    return first, nxt - dt.timedelta(days=1)


def _latest(anchor: dt.date, first_month: int, last_month: int, *, ended: bool) -> int:
    """The latest year in which months first..last have begun (``ended``: ended) by ``anchor``."""
    edge = _month_span(anchor.year, last_month)[1] if ended else dt.date(anchor.year, first_month, 1)
    return anchor.year if edge <= anchor else anchor.year - 1


@st.composite
def _period(draw: st.DrawFn, anchor: dt.date | None) -> RenderedPeriod:
    if anchor is None:
        anchor = draw(st.dates(dt.date(1995, 1, 1), dt.date(2090, 12, 31)))
    lo_year, hi_year = max(_MIN_YEAR + 1, anchor.year - 30), min(_MAX_YEAR - 1, anchor.year + 5)
    year = draw(st.integers(lo_year, hi_year))
    kind = draw(
        st.sampled_from(
            ("year", "relative_year", "month", "months", "quarter", "half", "year_range", "month_range",
             "quarter_range", "day", "today", "to_date")
        )
    )
    lex = _lexicon()
    if kind == "year":
        text = draw(st.sampled_from((f"в {year} году", f"в {year} г.", f"по итогам {year} года", f"к {year} году")))
        return RenderedPeriod(text, dt.date(year, 1, 1), dt.date(year, 12, 31), anchor)
    if kind == "relative_year":
        adjective, offset = draw(st.sampled_from(_relative_years()))
        y = anchor.year + offset
        form = draw(st.sampled_from(("loct", "gent")))
        word = _inflect(adjective, frozenset({form, "masc", "sing"}))
        text = f"в {word} году" if form == "loct" else f"по итогам {word} года"
        return RenderedPeriod(text, dt.date(y, 1, 1), dt.date(y, 12, 31), anchor)
    if kind == "month":
        m = draw(st.integers(1, 12))
        how = draw(st.sampled_from(("bare", "year", "last_year")))
        if how == "bare":
            y, text = _latest(anchor, m, m, ended=False), f"в {_month_form(m, 'loct')}"
        elif how == "year":
            y, text = year, f"в {_month_form(m, 'loct')} {year} года"
        else:
            y, text = anchor.year - 1, f"в {_month_form(m, 'loct')} прошлого года"
        return RenderedPeriod(text, *_month_span(y, m), anchor)
    if kind == "months":
        n = draw(st.integers(2, 11))
        count = str(n) if draw(st.booleans()) else spell(n)
        months = f"{count} {agree('месяц', n)}"
        how = draw(st.sampled_from(("year", "last_year", "first")))
        if how == "year":
            y, text = year, f"за {months} {year} года"
        elif how == "last_year":
            y, text = anchor.year - 1, f"за {months} прошлого года"
        else:
            y, text = _latest(anchor, 1, n, ended=True), f"за первые {months}"
        return RenderedPeriod(text, dt.date(y, 1, 1), _month_span(y, n)[1], anchor)
    if kind in ("quarter", "half"):
        size, parts = (3, 4) if kind == "quarter" else (6, 2)
        n = draw(st.integers(1, parts))
        noun = "квартал" if kind == "quarter" else "полугодие"
        where = _inflect(noun, frozenset({"loct", "sing"}), "NOUN")
        ordinal = _ordinal_form(n, _gender(noun))
        forms = [f"{_in(ordinal)} {ordinal} {where}"]
        if kind == "quarter":
            forms += [f"в {_ROMAN[n - 1]} {where}", f"в {n}-м {where}"]
        phrase = draw(st.sampled_from(forms))
        how = draw(st.sampled_from(("bare", "year", "last_year")))
        first_m, last_m = size * (n - 1) + 1, size * n
        if how == "bare":
            y = _latest(anchor, first_m, last_m, ended=False)
        elif how == "year":
            y, phrase = year, f"{phrase} {year} года"
        else:
            y, phrase = anchor.year - 1, f"{phrase} прошлого года"
        return RenderedPeriod(phrase, _month_span(y, first_m)[0], _month_span(y, last_m)[1], anchor)
    if kind == "year_range":
        y2 = draw(st.integers(year + 1, min(year + 10, _MAX_YEAR - 1)))
        dash = draw(st.sampled_from(("–", "-", " — ")))
        text = draw(st.sampled_from((f"в {year}{dash}{y2} годах", f"с {year} по {y2} год")))
        return RenderedPeriod(text, dt.date(year, 1, 1), dt.date(y2, 12, 31), anchor)
    if kind == "month_range":
        m1 = draw(st.integers(1, 11))
        m2 = draw(st.integers(m1 + 1, 12))
        dash = draw(st.sampled_from(("–", "-", "—")))
        text = draw(
            st.sampled_from(
                (
                    f"в {_month_form(m1, 'loct')}{dash}{_month_form(m2, 'loct')} {year} года",
                    f"с {_month_form(m1, 'gent')} по {_month_form(m2, 'accs')} {year} года",
                )
            )
        )
        return RenderedPeriod(text, dt.date(year, m1, 1), _month_span(year, m2)[1], anchor)
    if kind == "quarter_range":
        q1 = draw(st.integers(1, 3))
        q2 = draw(st.integers(q1 + 1, 4))
        text = f"в {_ROMAN[q1 - 1]}-{_ROMAN[q2 - 1]} кварталах {year} года"
        return RenderedPeriod(text, dt.date(year, 3 * q1 - 2, 1), _month_span(year, 3 * q2)[1], anchor)
    if kind == "day":
        m = draw(st.integers(1, 12))
        d = draw(st.integers(1, _month_span(year, m)[1].day))
        dated = f"{d} {_month_form(m, 'gent')} {year} года"
        text = draw(st.sampled_from((dated, f"по состоянию на {d:02d}.{m:02d}.{year}")))
        return RenderedPeriod(text, dt.date(year, m, d), dt.date(year, m, d), anchor)
    if kind == "today":
        return RenderedPeriod(draw(st.sampled_from(lex.today_phrases)), anchor, anchor, anchor)
    # "to_date": from the start of a year to the publication date.
    since = draw(st.integers(lo_year, anchor.year))
    text = draw(st.sampled_from((*lex.year_to_date_phrases, f"с {since} года")))
    first = dt.date(since if text.endswith(" года") and text[2:6].isdigit() else anchor.year, 1, 1)
    return RenderedPeriod(text, first, anchor, anchor)


def periods(*, anchor: dt.date | None = None) -> SearchStrategy[RenderedPeriod]:
    """Period phrases with their first and last day, resolved against ``anchor`` (the publication date).

    Years ("в 2024 году", "в прошлом году"), months ("в ноябре", "в январе 2024 года"), the first N
    months of a year ("за 11 месяцев прошлого года"), quarters and half-years ("в III квартале 2024
    года", "во втором полугодии"), ranges ("в январе–ноябре 2024 года", "с 2021 по 2025 год"), days
    ("30 января 2025 года", "на сегодня") and runs to the publication date ("с начала года"). A phrase
    without a year is the latest such period that has begun by ``anchor``; without ``anchor`` one is
    drawn for each example.

    >>> from hypothesis import find
    >>> p = find(periods(anchor=dt.date(2025, 1, 30)), lambda p: p.text == "на сегодня")
    >>> p.first, p.last
    (datetime.date(2025, 1, 30), datetime.date(2025, 1, 30))
    """
    return _period(anchor)


# --------------------------------------------------------------------------- quotes

_CONSTRUCTIONS: Final = ("after", "before", "interrupted", "indirect", "according")


@st.composite
def _quote(draw: st.DrawFn, constructions: tuple[str, ...], statements: SearchStrategy[str]) -> RenderedQuote:
    name, gender = draw(st.sampled_from(PERSONS))
    how = draw(st.sampled_from(constructions))
    a = draw(statements)
    if how == "according":
        cue = "По словам"
        return RenderedQuote(f"{cue} {genitive_name(name, gender)}, {a}.", (a,), cue, name, "indirect")
    verb = _past(draw(st.sampled_from(_speech_verbs())), gender)
    big = a[:1].upper() + a[1:]
    if how == "after":
        return RenderedQuote(f"«{big}», — {verb} {name}.", (big,), verb, name, "direct")
    if how == "before":
        return RenderedQuote(f"{name} {verb}: «{big}».", (big,), verb, name, "direct")
    if how == "interrupted":
        b = draw(statements.filter(lambda s: s != a))
        b_big = b[:1].upper() + b[1:]
        return RenderedQuote(f"«{big}, — {verb} {name}. — {b_big}».", (big, b_big), verb, name, "direct")
    return RenderedQuote(f"{name} {verb}, что {a}.", (a,), verb, name, "indirect")


def quotes(
    *,
    constructions: Collection[str] = _CONSTRUCTIONS,
    statements: SearchStrategy[str] | None = None,
) -> SearchStrategy[RenderedQuote]:
    """Sentences of attributed speech with their expected content(s), cue and speaker.

    Constructions: "after" («…», — заявил X.), "before" (X заявил: «…».), "interrupted"
    («A, — заявил X. — B».), "indirect" (X заявил, что ….) and "according" (По словам X, ….). Speakers
    come from :data:`PERSONS`; cue verbs are the lexicon's speech verbs in the past tense agreeing with
    the speaker's gender. ``statements`` draws the reported words (lower case, no final stop); by
    default short statements without numbers or names.

    >>> from hypothesis import find
    >>> q = find(quotes(constructions=("according",)), lambda q: q.speaker == "Мария Захарова")
    >>> q.text.startswith("По словам Марии Захаровой, "), q.kind
    (True, 'indirect')
    """
    chosen = tuple(c for c in _CONSTRUCTIONS if c in set(constructions))
    if not chosen or set(constructions) - set(_CONSTRUCTIONS):
        raise ValueError(f"expected constructions from {_CONSTRUCTIONS}, got {sorted(constructions)!r}")
    return _quote(chosen, statements if statements is not None else st.sampled_from(_STATEMENTS))


# --------------------------------------------------------------------------- articles


@st.composite
def _fact(draw: st.DrawFn, published: dt.date) -> tuple[str, RenderedAmount, RenderedPeriod, int]:
    """A sentence "{Subject} {period} составил {amount}, как и планировалось." and where its amount starts.

    The tail keeps a sentence stop from reading as the dot of an abbreviation ("руб").
    """
    period = draw(periods(anchor=published))
    amount = draw(amounts(units=tuple(u for u in AMOUNT_UNITS if u not in ("count", "percent"))))
    subject, gender = draw(st.sampled_from(_PERIOD_SUBJECTS))
    head = f"{subject.capitalize()} {period.text} {_past('составить', gender)} "
    return f"{head}{amount.text}, как и планировалось.", amount, period, len(head)


@st.composite
def _article(draw: st.DrawFn, max_paragraphs: int) -> RenderedArticle:
    published = draw(st.dates(dt.date(2000, 1, 1), dt.date(2090, 12, 31)))
    parts: list[str] = []
    found_quotes: list[RenderedQuote] = []
    found_claims: list[RenderedClaim] = []
    offset = 0
    for _ in range(draw(st.integers(1, max_paragraphs))):
        if draw(st.booleans()):
            q = draw(quotes())
            paragraph = q.text
            found_quotes.append(q)
        else:
            paragraph, amount, period, at = draw(_fact(published))
            found_claims.append(RenderedClaim(amount, period, offset + at))
        parts.append(paragraph)
        offset += len(paragraph) + 1
    return RenderedArticle("\n".join(parts), published, tuple(found_quotes), tuple(found_claims))


def articles(*, max_paragraphs: int = 5) -> SearchStrategy[RenderedArticle]:
    """Short articles of attributed quotes and dated facts, with the quotes and claims they must report.

    Each paragraph is either a sentence from :func:`quotes` or a fact "{subject} {period} составил
    {amount}." built from :func:`periods` (anchored at the article's publication date) and
    :func:`amounts`; the expected claims carry the amount, its period and its offset.

    >>> from hypothesis import find
    >>> a = find(articles(max_paragraphs=2), lambda a: len(a.quotes) == 1 and len(a.claims) == 1)
    >>> a.text.count("\\n")
    1
    """
    if max_paragraphs < 1:
        raise ValueError(f"expected max_paragraphs >= 1, got {max_paragraphs}")
    return _article(max_paragraphs)
