"""A person's age against the date the text gives for their birth.

"Родился 6 марта 1929 года" and, later, "в ночь на 31 июля 2016 года умер 87-летний писатель": the age
a text states on a dated day must be the years between the birth and that day. The birth is a word of
birth followed by a date of a day or a month; the ages are the figures in years after it that are
written as ages ("87-летний", "в возрасте 69 лет", "ему было 90 лет") in a sentence dated to a day or a
month with its year written out. Each age is anchored (kind "age") with the days the person may have
been born on.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from typing import Final

from attrs import frozen

from claimcheck import morph
from claimcheck.lexicon import Lexicon
from claimcheck.periods import find_periods
from claimcheck.segment import Word, sentence_of
from claimcheck.structures.layout import Layout, Structure

__all__ = ["born_between", "find", "prepare", "written_as_age"]

# Characters between the word of birth and its date ("родился 4 января 1955 года").
_DATE_REACH: Final = 40
# The longest period a birth or an event may span to date an age: a month.
_MAX_DAYS: Final = 31
# The capitalised words right before a word of birth, outside brackets, that name who was born ("Мисао
# Окава, родившейся"; "Константин Евгеньевич Кинчев (настоящая фамилия Панфилов) родился").
_NAME_WORDS: Final = 2
# The longest period, in days, that dates an age of a person against another of theirs: a year.
_MAX_YEAR_DAYS: Final = 366
# Words after an age in which the name of whom it is told may stand ("у 57-летнего лидера рок-группы
# «Алиса» Константина Кинчева"), and characters after an age written as an adjective with no date of its
# own in which it must ("69-летнего Гарсию", "37-летнего кинопродюсера Арчила Геловани").
_AFTER_WORDS: Final = 5
_NAMED_CHARS: Final = 30
# Grammemes of a first name and a patronymic (pymorphy's tags, not Russian words).
_GIVEN_TAGS: Final = ("Name", "Patr")
# What is stripped from a word as written to leave its letters.
_NOT_LETTERS: Final = ",.;:!?«»\"'()[]—–-"
# Words before a figure in years in which a word of age stands ("в возрасте 69 лет").
_AGE_REACH: Final = 3
# Words before a figure in years in which whom the age is told of stands ("которой сейчас 23 года").
_HOLDER_REACH: Final = 2
# The opening characters of an article in which the day it tells of is written ("9 сентября 2016 года …").
_LEAD_CHARS: Final = 600
# How far from the article's day an age written as an adjective with no date of its own may be told: a year
# either way, since the article may describe the person as of a while before or after the events it dates.
_LAG: Final = dt.timedelta(days=366)
# The day before the article's day ("вчера"), and how many days after its day the article may be written.
_DAY: Final = dt.timedelta(days=1)
_PUBLICATION_LAG: Final = dt.timedelta(days=7)
# The shortest stem of a name that two of its forms must share, and the longest ending either may add.
_MIN_STEM: Final = 4
_ENDING: Final = 2
# Claim kinds an age may have: "ему 50 лет", and "ей исполнится 115 лет" (a target).
_AGE_KINDS: Final = frozenset({"amount", "target"})
# Parts of speech of a word of age that is an attribute, no predicate ("бывший"): no age.
_ATTRIBUTES: Final = frozenset({"ADJF", "PRTF"})


Days = tuple[dt.date, dt.date]


@frozen
class _Birth:
    """A dated birth: where it is told, the days it may have been, and the names told before it."""

    at: int
    days: tuple[dt.date, dt.date]
    names: frozenset[str]


def _given(word: str) -> bool:
    """A first name or a patronymic ("Павел", "Евгеньевич"): shared by many, it names nobody alone."""
    return any(morph.has_tag(word, tag, best_only=True) for tag in _GIVEN_TAGS)


def _unbracketed(text: str, lex: Lexicon) -> str:
    """``text`` without what its brackets enclose ("Кинчев (настоящая фамилия Панфилов)" -> "Кинчев ")."""
    for opening, closing in lex.structure_brackets.items():
        while (end := text.find(closing)) >= 0 and (start := text.rfind(opening, 0, end)) >= 0:
            text = text[:start] + text[end + len(closing):]
    return text


def prepare(lex: Lexicon) -> None:
    """Build the tables this module derives from ``lex``: every form of the words of birth, which a text's
    words are looked up in at C speed, and of the words of age, which tell most words before a figure
    without a parse."""
    morph.word_forms(lex.birth_words)
    morph.word_forms(lex.age_words)


def _births(layout: Layout) -> Iterator[_Birth]:
    """Every dated birth, with the lemmas of the last capitalised words of its sentence before the word of
    birth (the name of who was born)."""
    doc, lex = layout.doc, layout.lex
    sentences = doc.sentences()
    words = doc.words()
    for k in doc.word_indices(morph.word_forms(lex.birth_words)):
        w = words[k]
        for p in find_periods(doc, None, lex, within=[(w.end, min(len(doc.text), w.end + _DATE_REACH))]):
            if p.first is not None and p.last is not None and (p.last - p.first).days <= _MAX_DAYS:
                holder = sentence_of(sentences, w.start)  # the sentence of the word of birth
                start = holder.start if holder is not None else w.start
                capitals = [n.lower() for n in _unbracketed(doc.text[start:w.start], lex).split() if n[:1].isupper()]
                names = frozenset(n.strip(_NOT_LETTERS) for n in capitals[-_NAME_WORDS:])
                yield _Birth(w.end, (p.first, p.last), names)
                break


def written_as_age(layout: Layout, i: int) -> bool:
    """Claim ``i`` is written as an age: "87-летний", a year of life ("на 80-м году жизни"), a figure in
    years after a word of age ("в возрасте 69 лет"), or right after whom it is told of ("Ему 71 год")."""
    q = layout.q(i)
    if q.unit != "year" or q.kind not in _AGE_KINDS:
        return False
    written = q.span.text.split()
    if written and morph.part_of_speech(written[-1]) == "ADJF":
        return True
    if " ".join(written).lower().endswith(layout.lex.life_year_phrases):
        return True  # "на 80-м году жизни"
    before = layout.doc.words(max(0, q.span.start - 40), q.span.start)[-_AGE_REACH:]
    if any(w.text.lower() in layout.lex.age_holders for w in before[-_HOLDER_REACH:]):
        return True
    # "бывший" is a form of "быть" to morphology, and "бывший мэр" tells no age.
    return any(
        morph.has_lemma(w.text, layout.lex.age_words) and morph.part_of_speech(w.text) not in _ATTRIBUTES
        for w in before
    )


def _dated(layout: Layout, i: int) -> bool:
    """The claim's period is a day or a month the text writes out with its year ("31 июля 2016 года"), not
    one reckoned from the publication date ("сегодня")."""
    period = layout.claims[i].period
    return (
        period is not None and (period.last - period.first).days <= _MAX_DAYS
        and str(period.first.year) in period.span.text
    )


def _day_of(layout: Layout, start: int, end: int) -> Days | None:
    """The first day or month that ``text[start:end]`` dates."""
    for p in find_periods(layout.doc, None, layout.lex, within=[(start, end)]):
        if p.first is not None and p.last is not None and (p.last - p.first).days <= _MAX_DAYS:
            return (p.first, p.last)
    return None


def _dateline(layout: Layout, births: list[_Birth]) -> Days | None:
    """The day the article dates first with its year, in its opening characters and not as a birth ("9
    сентября 2016 года президент …"): the day of the events it tells, against which its undated ages
    are read."""
    text = layout.doc.text
    lead = [(0, min(len(text), _LEAD_CHARS))]
    for p in find_periods(layout.doc, None, layout.lex, within=lead):
        if p.first is None or p.last is None or (p.last - p.first).days > _MAX_DAYS:
            continue
        if str(p.first.year) in text[p.start:p.end] and not any(b.at <= p.start <= b.at + _DATE_REACH for b in births):
            return (p.first, p.last)
    return None


def _told_on(
    layout: Layout, births: list[_Birth], i: int, sentence: int, dateline: list[Days | None]
) -> Days | None:
    """The days an age its claim's period does not date is told of: the day before the article's day
    (up to a week after it, as the article may be written later) when its sentence says so ("Вчера ему
    исполнилось 50 лет"); for an age written as an adjective ("86-летняя Волчек"), the article's day give
    or take a year; for an age told of a pronoun ("ему было 90 лет"), the day the sentence before dates
    unless it tells a birth ("26 ноября 2016 года умер …. На момент смерти ему было 90 лет");
    ``dateline`` caches the article's day."""
    adjective = _adjective(layout, i)
    if not adjective and not _holder(layout, i):
        return None  # whom the age is told of is not known: "в возрасте 115 лет скончалась предыдущая …"
    day = _article_day(layout, births, dateline)
    if day is None:
        return None
    start, end = layout.sentence_starts[sentence], layout.sentence_ends[sentence]
    if any(w.text.lower() in layout.lex.age_day_before for w in layout.doc.words(start, end)):
        return (day[0] - _DAY, day[1] + _PUBLICATION_LAG)
    if adjective:
        return (day[0] - _LAG, day[1] + _LAG)
    if sentence > 0:
        before = layout.doc.sentences()[sentence - 1]
        if not any(before.start <= b.at <= before.end for b in births):
            return _day_of(layout, before.start, before.end)
    return None


def _adjective(layout: Layout, i: int) -> bool:
    """The age is written as an adjective of a person ("86-летняя"), not of a word of age ("в 14-летнем
    возрасте": at some time the words do not date)."""
    q = layout.q(i)
    if morph.part_of_speech(q.span.text.split()[-1]) != "ADJF":
        return False
    after = layout.doc.words(q.span.end, q.span.end + _NAMED_CHARS)[:1]
    return not (after and morph.lemmas(after[0].text) & layout.lex.age_words)


def _holder(layout: Layout, i: int) -> bool:
    """A word of whom the age is told stands right before the figure ("ему было 90 лет")."""
    before = layout.doc.words(max(0, layout.q(i).span.start - 40), layout.q(i).span.start)[-_AGE_REACH:]
    return any(w.text.lower() in layout.lex.age_holders for w in before)


def _names(layout: Layout, start: int, end: int) -> frozenset[str]:
    """The capitalised words of ``text[start:end]``, lower-cased: the names it may tell."""
    return frozenset(w.text.lower() for w in layout.doc.words(start, end) if w.text[:1].isupper())


def _same_name(a: str, b: str) -> bool:
    """Two forms of one name: one is the other with an ending of at most two letters ("кинчева",
    "кинчев"; "окаве", "окава")."""
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    stem = short[: max(_MIN_STEM, len(short) - 1)]
    return len(short) >= _MIN_STEM and len(long) - len(stem) <= _ENDING and long.startswith(stem)


def _named(birth: _Birth, names: frozenset[str]) -> bool:
    return any(_same_name(a, b) for a in birth.names for b in names)


def _birth_of(layout: Layout, births: list[_Birth], i: int, sentence: int, *, dated: bool) -> _Birth | None:
    """The birth of whom the age is told: for an age dated in its sentence, the latest birth told
    before it, else a birth told later of someone named next to the age ("Тело Флинта, которому было 49
    лет, …" … "Флинт родился 17 сентября 1969 года"); for an age dated otherwise, a birth of someone named
    next to it, or in its sentence or the one before when the age is told of a pronoun."""
    at = layout.q(i).span.start
    before = [b for b in births if b.at <= at]
    if dated and before:
        return before[-1]
    names = _names_of_age(layout, i, sentence, dated=dated)
    named = [b for b in births if _named(b, names)]
    earlier = [b for b in named if b.at <= at]
    return earlier[-1] if earlier else next(iter(named), None)


def _full_name_after(layout: Layout, start: int, end: int) -> frozenset[str]:
    """The surname of the first full name in ``text[start:end]``, when it is in the nominative: a first name
    and the capitalised words right after it. The lead of an obituary names the dead last, after all they
    were ("11 сентября 2016 года на 75 году жизни скончался … народный артист Российской Федерации …
    Эдуард Назаров")."""
    words = layout.doc.words(start, end)
    k = next((k for k, w in enumerate(words) if morph.is_name(w.text)), None)
    if k is None or morph.case_of(words[k].text) not in (None, "nomn"):
        return frozenset()  # "скончалась мать актёра Ивана Петрова": the name of another, not of the dead
    run = _capitalised_run(words[k:], layout.doc.text)
    return frozenset({run[-1].lower()}) if len(run) > 1 and not _given(run[-1]) else frozenset()


def _names_of_age(layout: Layout, i: int, sentence: int, *, dated: bool) -> frozenset[str]:
    """The names that may tell whom age ``i`` is of: the capitalised words right around it (the last
    ones before it in its sentence, and the first few after it: "у 57-летнего лидера рок-группы «Алиса»
    Константина Кинчева", but not "Небензя" of "Небензя заменит посла Виталия Чуркина, который
    скончался … на 65-м году жизни") and the surname of the first full name after it in its sentence; only
    those after an undated adjective ("69-летнего Гарсию"); every name of its sentence and the one before
    for an undated age told of a pronoun."""
    q = layout.q(i)
    start, end = layout.sentence_starts[sentence], layout.sentence_ends[sentence]
    after = frozenset(w.text.lower() for w in layout.doc.words(q.span.end, end)[:_AFTER_WORDS] if w.text[:1].isupper())
    if dated:
        ahead = [w.text.lower() for w in layout.doc.words(start, q.span.start) if w.text[:1].isupper()]
        return after | frozenset(ahead[-_NAME_WORDS:]) | _full_name_after(layout, q.span.end, end)
    if _adjective(layout, i):
        return frozenset(n for n in after if n in _names(layout, q.span.end, q.span.end + _NAMED_CHARS))
    names = _names(layout, start, end)
    if sentence > 0:
        previous = layout.doc.sentences()[sentence - 1]
        names |= _names(layout, previous.start, previous.end)
    return names


def find(layout: Layout) -> list[Structure]:
    """Every age stated on a dated day, against the birth of the person it is of (an age told in the
    sentence of a birth is left out); and every other age of a person named next to it, against the
    birth an earlier age of theirs dates."""
    # (sentence, claim) of every figure written as an age, in text order; with none, the words of birth
    # are not looked for
    ages = [(sentence, i) for sentence, figures in layout.figures for i in figures if written_as_age(layout, i)]
    if not ages:
        return []
    births = list(_births(layout))
    out: list[Structure] = []
    dateline: list[Days | None] = []  # read once, when an undated age asks for it
    for sentence, i in ages:
        start, end = layout.sentence_starts[sentence], layout.sentence_ends[sentence]
        if births and not any(start <= b.at <= end for b in births):
            out.extend(_age(layout, births, i, sentence, dateline))
    told = {i for s in out for i, _ in s.members}
    return out + _pairs(layout, [(k, i) for k, i in ages if i not in told], births, dateline)


def _age(layout: Layout, births: list[_Birth], i: int, sentence: int, dateline: list[Days | None]) -> list[Structure]:
    """The age structure of claim ``i`` (an age), if its day and the birth of whom it is told are found;
    ``dateline`` caches the article's day."""
    dated = _dated(layout, i)
    if dated:
        on = _narrated_days(layout, births, i, _claim_days(layout, i), dateline)
    else:
        on = _told_on(layout, births, i, sentence, dateline)
    if on is None and (dated or not _adjective(layout, i) or _article_day(layout, births, dateline) is not None):
        return []
    # With no day in the article's opening, an age adjective is at the publication date (the check's).
    birth = _birth_of(layout, births, i, sentence, dated=dated)
    return [] if birth is None else [Structure("age", ((i, "age"),), born=birth.days, on=on)]


def _article_day(layout: Layout, births: list[_Birth], dateline: list[Days | None]) -> Days | None:
    """The article's day (:func:`_dateline`), read when an age first asks for it (it reads the article's
    opening for periods) and kept in ``dateline``."""
    if not dateline:
        dateline.append(_dateline(layout, births))
    return dateline[0]


def _narrated_days(
    layout: Layout, births: list[_Birth], i: int, days: Days | None, dateline: list[Days | None]
) -> Days | None:
    """:func:`_as_narrated`, the article's day read only for an age adjective with days of its own."""
    if days is None or not _adjective(layout, i):
        return days
    return _as_narrated(layout, i, days, _article_day(layout, births, dateline))


def _claim_days(layout: Layout, i: int) -> Days | None:
    period = layout.claims[i].period
    return None if period is None else (period.first, period.last)


def _as_narrated(layout: Layout, i: int, days: Days | None, dateline: Days | None) -> Days | None:
    """The days an age dated by its sentence may be told of: an adjective may give the person's age when
    the article is written rather than at the event the sentence dates ("32-летний житель Сочи … был
    арестован … 17 октября 2011 года" in an article of 2013), so it also spans the article's day give or
    take a year."""
    if days is None or dateline is None or not _adjective(layout, i):
        return days
    return (min(days[0], dateline[0] - _LAG), max(days[1], dateline[1] + _LAG))


@frozen
class _Told:
    """An age of a named person: the claim, the surname it is told of, the days it is told of."""

    claim: int
    person: tuple[str, ...]  # the name, lower-cased: "мин", "бахадур", "шерхан"
    days: Days


def _pairs(
    layout: Layout, ages: list[tuple[int, int]], births: list[_Birth], dateline: list[Days | None]
) -> list[Structure]:
    """Each age of a person named next to it ("81-летний … Мин Бахадур Шерхан") against the birth the
    person's earlier age dates ("Шерхан, который поднялся … в 2008 году в возрасте 76 лет"): an age of N
    full years on a day puts the birth between N + 1 years less a day and N years before it."""
    if len(ages) < 2:
        return []  # one age has nothing to pair with
    told = _told_ages(layout, ages, births, dateline)
    out: list[Structure] = []
    for k, later in enumerate(told):
        earlier = next((t for t in reversed(told[:k]) if _one_person(t.person, later.person, told)), None)
        if earlier is None:
            continue
        if _period_days(layout, earlier.claim) is None and _period_days(layout, later.claim) is not None:
            # The birth is reckoned from the age its own period dates, not from one read at the article's
            # day, which the check may widen to the publication date.
            earlier, later = later, earlier
        out.append(Structure(
            "age", ((later.claim, "age"), (earlier.claim, "born_from")),
            born=born_between(layout.q(earlier.claim).value, earlier.days), on=later.days,
        ))
    return out


def _told_ages(
    layout: Layout, ages: list[tuple[int, int]], births: list[_Birth], dateline: list[Days | None]
) -> list[_Told]:
    """The ages of a named person whose surname is told with another age too, with the days each is told
    of."""
    named: list[tuple[int, int, tuple[str, ...]]] = []
    for sentence, i in ages:
        if layout.q(i).approx != "=" or _respectively(layout, sentence):
            continue  # "в 70 и 75 лет соответственно в 2003 и 2008 годах": the years are not each age's
        person = _person(layout, i, sentence)
        if person is not None:
            named.append((sentence, i, person))
    # Only a surname told with two ages can pair them: the days of the others are not read (most texts).
    twice = [n for n in named if sum(_same_name(n[2][-1], m[2][-1]) for m in named) > 1]
    told: list[_Told] = []
    for sentence, i, person in twice:
        days = _narrated_days(layout, births, i, _period_days(layout, i), dateline)
        if days is None:
            days = _told_on(layout, births, i, sentence, dateline)
        if days is not None:
            told.append(_Told(i, person, days))
    return told


def _one_person(a: tuple[str, ...], b: tuple[str, ...], told: list[_Told]) -> bool:
    """Names ``a`` and ``b`` are of one person: each word of the shorter is a word of the longer ("Миура"
    of "Юитиро Миура"), and no other name in ``told`` shares the surname with other words ("19-летний
    Джохар Царнаев" and "26-летний Тамерлан Царнаев" are brothers)."""
    short, long = sorted((a, b), key=len)
    if not all(any(_same_name(w, v) for v in long) for w in short):
        return False
    others = [t.person for t in told if _same_name(t.person[-1], a[-1])]
    return not any(o != p and len(o) > 1 and len(p) > 1 and not _same_name(o[0], p[0]) for o in others for p in others)


def born_between(age: Decimal, days: Days) -> Days:
    """The days on which someone ``age`` full years old on one of ``days`` may have been born."""
    years = int(age)
    return (_years_before(days[0], years + 1) + _DAY, _years_before(days[1], years))


def _years_before(day: dt.date, years: int) -> dt.date:
    """The same day ``years`` years before (28 February for a 29 February with no such day)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def _period_days(layout: Layout, i: int) -> Days | None:
    """The days of the claim's period when it is at most a year written out with its year ("в 2008 году",
    "23 мая 2013 года")."""
    period = layout.claims[i].period
    if period is None or (period.last - period.first).days > _MAX_YEAR_DAYS:
        return None
    return (period.first, period.last) if str(period.first.year) in period.span.text else None


def _respectively(layout: Layout, sentence: int) -> bool:
    """The sentence pairs lists by "соответственно": its periods are not each figure's."""
    start, end = layout.sentence_starts[sentence], layout.sentence_ends[sentence]
    return any(w.text.lower() in layout.lex.respectively for w in layout.doc.words(start, end))


def _person(layout: Layout, i: int, sentence: int) -> tuple[str, ...] | None:
    """The name (lower-cased) of whom age ``i`` is told, when a name stands next to it: the last of the
    capitalised words right after an age adjective ("81-летний гражданин Непала Мин Бахадур Шерхан"), or
    of those right before the relative pronoun the age's clause opens with ("Мин Бахадур Шерхан, который
    поднялся … в возрасте 76 лет", "Миура, которому на тот момент было 75 лет")."""
    q = layout.q(i)
    start, end = layout.sentence_starts[sentence], layout.sentence_ends[sentence]
    if _adjective(layout, i):
        run = _capitalised_run(layout.doc.words(q.span.end, end)[:_AFTER_WORDS], layout.doc.text)
        return _named_run(run)
    words = layout.doc.words(start, q.span.start)
    k = _clause_pronoun(layout, words)
    if k is None:
        return None
    return _named_run(list(reversed(_capitalised_run(list(reversed(words[:k])), layout.doc.text, backwards=True))))


def _named_run(run: list[str]) -> tuple[str, ...] | None:
    """A run of capitalised words as a person's name, lower-cased, when it ends in no first name alone
    ("45-летний Иван" names nobody)."""
    return tuple(w.lower() for w in run) if run and not _given(run[-1]) else None


def _clause_pronoun(layout: Layout, words: list[Word]) -> int | None:
    """Where among ``words`` (those before an age) the relative pronoun stands that opens the age's
    clause: the last one, with no mark between it and the age."""
    text = layout.doc.text
    for k in range(len(words) - 1, -1, -1):
        if k + 1 < len(words) and text[words[k].end : words[k + 1].start].strip():
            return None  # a mark closes the clause before any relative pronoun
        if _relative_pronoun(words[k].text, layout.lex):
            return k
    return None


def _relative_pronoun(word: str, lex: Lexicon) -> bool:
    """The word reads first as a relative pronoun ("которому"); a word the dictionary knows is told by a
    set lookup of the pronouns' forms, without a parse."""
    return morph.may_read_as(word, lex.relative_pronouns) and morph.lemma(word) in lex.relative_pronouns


def _capitalised_run(words: list[Word], text: str, *, backwards: bool = False) -> list[str]:
    """The capitalised words at the end of the run ``words`` starts with, up to a mark between words:
    the first run of capitalised words among ``words`` (the words right after an age), or, read
    ``backwards``, the run right before a relative pronoun (which a comma may part from it)."""
    run: list[str] = []
    for k, w in enumerate(words):
        if k > 0:
            a, b = (w, words[k - 1]) if backwards else (words[k - 1], w)
            if text[a.end:b.start].strip():
                break
        if w.text[:1].isupper():
            run.append(w.text)
        elif run or backwards:
            break
    return run
