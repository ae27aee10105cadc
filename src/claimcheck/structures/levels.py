"""The two levels of a change: "выросла с 10,63 до 11,29 млрд долларов", "сократился в полтора раза с 12 до 8".

The earlier level is the figure after "с", the later one the figure after "до" right after it, and a
word of change before them tells the direction ("выросла": a rise, "уменьшился": a fall). A change
figure of the same clause before them ("на 20%", "в полтора раза") is the change between the two
levels. Without a word of change the pair is a span ("открыты с 8 до 20 часов") and no structure.

A level written with "до" right after a word of change ("может быть увеличен до 65 лет") changes from the
figure of the same unit the sentence stated before it ("предельный возраст составляет 60 лет"), when no
conjunction, no other figure of that unit and no other subject stand between them; a further level
written with "до" and its verb left out ("…, а с 1 октября 2008 — до 3,5 тыс. руб") goes on from it.
A second pair of levels with its verb left out ("уменьшилась с десяти до восьми часов, а разница с
Хабаровском — с двух часов до одного") goes the way of the first.

Levels across sentences: a level reached whose sentence states no earlier figure of its unit changes from
the last figure of that unit in the sentence right before ("МРОТ установлен на уровне 2,9 тыс. руб. С 1
июля он возрастет до 3,1 тыс. руб"), when the two name one thing (no subjects, or subjects that share a
word) or the earlier sentence opens with a word of now ("В настоящее время компания имеет 2-3% рынка").
The levels reached in one sentence change from the levels of now that the next sentence tells, in order,
when it opens with a word of now and gives as many figures of their unit ("…повысится до 60 лет, для
мужчин — до 65 лет. Сейчас женщины выходят на пенсию в 55 лет, а мужчины — в 60.").
A sum without its currency ("до 3 миллионов") is a level of a sum in a currency. A level reached may be
set against the earlier one after "против" ("выросла на 12% до 5,6 млрд рублей против 5 млрд годом ранее").
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Final

from claimcheck import morph
from claimcheck.lexicon import Lexicon
from claimcheck.model import Quantity
from claimcheck.structures.layout import Layout, Structure

__all__ = ["find"]

# Words between the level a change starts from and the one it reaches ("составляет 60 лет, однако он
# может быть увеличен до 65 лет").
_MAX_REACHED_WORDS: Final = 12
# Words before "с" in which the word of change stands ("выросла на 20% с …", "увеличил число машин с
# «мигалками» в полтора раза с …").
_VERB_REACH: Final = 8
# Characters before a level reached in which its word of change stands ("должна возрасти до 10%").
_CHANGE_REACH: Final = 40
# The unit code of a sum whose currency the text does not state (the JSON schema's).
_MONEY: Final = "money"
# The kinds a level a change starts from may have ("2-3% рынка" is a range; "имеет 3% рынка" a share).
_FROM_KINDS: Final = ("amount", "range", "share")


def _same_unit(qa: Quantity, qb: Quantity) -> bool:
    """One unit, or a sum without its currency and a sum in one ("1,5 миллионов долларов" … "до 3
    миллионов"): currency codes are ISO 4217's three capitals."""
    if qa.unit == qb.unit:
        return True
    units = {qa.unit, qb.unit}
    return _MONEY in units and all(u == _MONEY or (len(u) == 3 and u.isupper()) for u in units)


@functools.cache
def _now_phrases(lex: Lexicon) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(morph.normalize(p).split()) for p in lex.now_words)


def _pair(layout: Layout, a: int, b: int, start: int) -> bool:
    """Figure ``a`` follows "с" and figure ``b`` follows "до" right after it, in one unit."""
    qa, qb = layout.q(a), layout.q(b)
    if not _same_unit(qa, qb) or qa.kind not in ("amount", "range") or qb.kind not in ("amount", "range", "target"):
        return False
    before = layout.tokens(max(start, qa.span.start - 12), qa.span.start)
    if not before or before[-1] not in layout.level_from:
        return False
    to_markers = layout.level_to
    written = morph.normalize(qb.span.text).split()
    gap = layout.tokens(qa.span.end, qb.span.start)
    return (written[:1] and written[0] in to_markers and gap == ()) or (len(gap) == 1 and gap[0] in to_markers)


def _direction(layout: Layout, start: int, end: int) -> str | None:
    """"rise" or "fall" by the last word of change in ``[start, end)``, else None."""
    lex = layout.lex
    words = [t for t in layout.tokens(start, end) if t[0].isalpha()][-_VERB_REACH:]
    for w in reversed(words):
        lemmas = morph.lemmas(w)
        if lemmas & lex.change_up:
            return "rise"
        if lemmas & lex.change_down:
            return "fall"
    return None


def _change(layout: Layout, figures: Sequence[int], n: int) -> int | None:
    """The change figure right before the earlier level (only words between them)."""
    if n == 0:
        return None
    c = figures[n - 1]
    gap = layout.between(c, figures[n])
    if layout.q(c).kind != "change" or gap.words > _VERB_REACH or gap.separators or "." in gap.marks:
        return None
    return c


def _gapped_direction(layout: Layout, previous: Structure | None, a: int) -> str | None:
    """The direction of the pair of levels before, when only a separator, a dash and no verb stand
    between its later level and ``a`` ("с десяти до восьми часов, а разница с Хабаровском — с двух")."""
    if previous is None:
        return None
    reached = max(i for i, role in previous.members if role == "to")
    gap = layout.between(reached, a)
    if gap.words > _VERB_REACH or not gap.separators or not gap.marks & set(layout.dashes()) or "." in gap.marks:
        return None
    return None if gap.predicate else previous.kind


def _from_to(
    layout: Layout, figures: Sequence[int], n: int, start: int, before: Structure | None = None
) -> Structure | None:
    """"выросла [на 20%] с A до B": the levels after "с" and "до", the direction from the word of change
    before them (or before the change figure, or of the pair before whose verb it leaves out)."""
    a, b = figures[n], figures[n + 1]
    if not _pair(layout, a, b, start):
        return None
    change = _change(layout, figures, n)
    first = n - 1 if change is not None else n
    lo = layout.q(figures[first - 1]).span.end if first > 0 else start
    # The word of change stands before the change figure ("увеличил … в полтора раза с 8") or after it
    # ("вдвое сократил количество мигалок — с тысячи"): read up to the earlier level.
    direction = _direction(layout, lo, layout.q(figures[first]).span.start)
    if direction is None and change is not None:
        direction = _direction(layout, layout.q(change).span.end, layout.q(a).span.start)
    if direction is None and change is not None and layout.q(change).direction is not None:
        direction = "rise" if layout.q(change).direction == "up" else "fall"
    if direction is None and change is None:
        direction = _gapped_direction(layout, before, a)
    if direction is None:
        return None
    return Structure(direction, ((a, "from"), (b, "to"), *(() if change is None else ((change, "change"),))))


def _marked_to(layout: Layout, i: int) -> bool:
    """The figure is written after "до", inside its span ("до 65 лет") or right before it."""
    q = layout.q(i)
    written = morph.normalize(q.span.text).split()
    if written and written[0] in layout.level_to:
        return True
    start = max(0, q.span.start - 6)
    if not any(m in morph.normalize(layout.doc.text[start : q.span.start]) for m in layout.level_to):
        return False  # most figures: no "до" before them, and their words are not read
    before = layout.doc.words(start, q.span.start)
    return bool(before) and morph.normalize(before[-1].text) in layout.level_to


def _reached(layout: Layout, figures: Sequence[int], n: int) -> Structure | None:
    """"предельный возраст составляет 60 лет, однако он может быть увеличен до 65 лет": a level written
    with "до" right after a word of change, and the figure of the same unit the clause stated before it
    (no conjunction or other figure of the unit between them) as the level it changes from."""
    b = figures[n]
    qb = layout.q(b)
    if n == 0 or qb.kind not in ("amount", "target") or not _marked_to(layout, b):
        return None
    direction = _direction(layout, max(layout.q(figures[n - 1]).span.end, qb.span.start - 40), qb.span.start)
    if direction is None:
        return None
    earlier = [i for i in figures[:n] if layout.q(i).unit == qb.unit and layout.q(i).kind in ("amount", "range")]
    if not earlier:
        return None
    a = earlier[-1]
    gap = layout.between(a, b)
    if gap.words > _MAX_REACHED_WORDS or "." in gap.marks or any(t in layout.also for t in gap.tokens):
        return None
    sa, sb = layout.claims[a].subject, layout.claims[b].subject
    if sa is not None and sb is not None and sa.lemma.split()[:1] != sb.lemma.split()[:1]:
        return None
    change = [i for i in figures[:n] if layout.q(i).kind == "change" and layout.q(a).span.end <= layout.q(i).span.start]
    return Structure(direction, ((a, "from"), (b, "to"), *((c, "change") for c in change[-1:])))


def _chained(layout: Layout, previous: Structure, b: int) -> Structure | None:
    """"возрастет до 3,1 тыс. руб, а с 1 октября 2008 — до 3,5 тыс. руб": a level written with "до" after
    the level another change reached, its verb left out (a separator, then a dash, and no verb), goes on
    the same way from it."""
    reached = next(i for i, role in previous.members if role == "to")
    if layout.q(b).unit != layout.q(reached).unit or not _marked_to(layout, b):
        return None
    gap = layout.between(reached, b)
    if not gap.separators or not gap.marks & set(layout.dashes()) or "." in gap.marks or gap.predicate:
        return None
    return Structure(previous.kind, ((reached, "from"), (b, "to")))


def _opens_with_now(layout: Layout, sentence: int) -> bool:
    """The sentence opens with a word of now (its first words read without a parse)."""
    start = layout.sentence_starts[sentence]
    phrases = _now_phrases(layout.lex)
    longest = max(len(p) for p in phrases)
    words = layout.doc.words(start, min(layout.sentence_ends[sentence], start + 40))[:longest]
    first = tuple(morph.normalize(w.text) for w in words)
    return any(first[: len(p)] == p for p in phrases)


def _nouns_before(layout: Layout, i: int, start: int) -> set[str]:
    """The lemmas of the nouns of figure ``i``'s sentence (which starts at ``start``) before it, words of
    time left out ("Зарплату врачей повысят до …"; "С 1 июля он возрастет до …" names none)."""
    lex = layout.lex
    time_words = {*lex.period_units, *lex.months, *lex.year_lemmas}
    nouns = {
        morph.lemma(w.text) for w in layout.doc.words(start, layout.q(i).span.start)
        if w.text[:1].isalpha() and morph.part_of_speech(w.text) == "NOUN"
    }
    return nouns - time_words


def _one_thing(layout: Layout, a: int, sentence: int, b: int, start: int) -> bool:
    """Figure ``a`` of ``sentence`` and ``b`` of the next one (which starts at ``start``) name one thing:
    every noun of ``b``'s subject but nouns of a measure ("срок") is a word of ``a``'s subject or of the two
    words after ``a`` in its sentence ("штраф" … "штраф"; "зарплата учителя" is no level of "зарплату
    врачей"). A figure that extraction gives no subject is told of by the nouns of its sentence before it
    ("…установлен на уровне 2,9 тыс. руб. С 1 июля он возрастет до 3,1 тыс. руб": none for the later one)."""
    sa, sb = layout.claims[a].subject, layout.claims[b].subject
    end = layout.q(a).span.end
    words = layout.doc.words(end, min(end + 30, layout.sentence_ends[sentence]))[:2]
    named = set(sa.lemma.split()) if sa is not None else _nouns_before(layout, a, layout.sentence_starts[sentence])
    known = named | {lemma for w in words for lemma in morph.lemmas(w.text)}
    if sb is None:
        return _nouns_before(layout, b, start) - layout.lex.measure_nouns <= known
    nouns = {w for w in sb.lemma.split() if morph.part_of_speech(w) == "NOUN"}
    # "увеличить срок до десяти лет": a noun of a measure names the measure of what was told before.
    return bool(nouns) and nouns - layout.lex.measure_nouns <= known


def _change_before(layout: Layout, figures: Sequence[int], n: int) -> int | None:
    """The change figure right before figure ``n``, with at most "до" between them ("на 10% до 4,4 тыс.")."""
    if n == 0 or layout.q(figures[n - 1]).kind != "change":
        return None
    gap = layout.between(figures[n - 1], figures[n])
    only_to = all(t in layout.level_to for t in gap.tokens if t[0].isalpha())
    return figures[n - 1] if only_to and gap.words <= 1 else None


def _reached_level(layout: Layout, figures: Sequence[int], n: int, start: int) -> str | None:
    """The direction of figure ``n``, a level written with "до" after a word of change (or after a change
    figure that has a direction), when its sentence states no figure of its unit before it; else None."""
    b = figures[n]
    qb = layout.q(b)
    if qb.kind not in ("amount", "target") or not _marked_to(layout, b):
        return None
    if any(_same_unit(layout.q(i), qb) for i in figures[:n]):
        return None
    return _direction_before(layout, figures, n, start)


def _direction_before(layout: Layout, figures: Sequence[int], n: int, start: int) -> str | None:
    """The direction the words before figure ``n`` tell (past the figure before it, or the change figure
    right before it), or the direction of that change figure."""
    q = layout.q(figures[n])
    change = _change_before(layout, figures, n)
    before = figures[: n - 1] if change is not None else figures[:n]
    lo = max(start, q.span.start - _CHANGE_REACH, *(layout.q(i).span.end for i in before))
    direction = _direction(layout, lo, q.span.start)
    if direction is None and change is not None and layout.q(change).direction is not None:
        direction = "rise" if layout.q(change).direction == "up" else "fall"
    return direction


def _against(layout: Layout, figures: Sequence[int], n: int, start: int) -> Structure | None:
    """"выросла на 12% до 5,6 млрд рублей против 5 млрд годом ранее": the level reached, then the one it
    is set against after "против", the direction from the word of change before them."""
    b, a = figures[n], figures[n + 1]
    qb, qa = layout.q(b), layout.q(a)
    if not _same_unit(qa, qb) or qb.kind not in ("amount", "target") or qa.kind not in ("amount", "range"):
        return None
    between = morph.normalize(layout.doc.text[qb.span.end : qa.span.start])
    if any(w not in between for w in _against_words(layout.lex)):
        return None  # most pairs: no "против" between them, and no gap is read
    gap = layout.between(b, a)
    if [t for t in gap.tokens if t[0].isalpha()] != list(_against_words(layout.lex)) or "." in gap.marks:
        return None
    direction = _direction_before(layout, figures, n, start)
    if direction is None:
        return None
    change = _change_before(layout, figures, n)
    return Structure(direction, ((a, "from"), (b, "to"), *(() if change is None else ((change, "change"),))))


@functools.cache
def _against_words(lex: Lexicon) -> tuple[str, ...]:
    return tuple(morph.normalize(lex.level_against).split())


def _across(
    layout: Layout, figures: Sequence[int], n: int, start: int, previous: tuple[int, Sequence[int]] | None
) -> Structure | None:
    """A level reached whose sentence states no earlier figure of its unit, and the last figure of its unit
    in the sentence right before as the level it changes from."""
    if previous is None:
        return None
    direction = _reached_level(layout, figures, n, start)
    if direction is None:
        return None
    b = figures[n]
    earlier = [i for i in previous[1] if _same_unit(layout.q(i), layout.q(b)) and layout.q(i).kind in _FROM_KINDS]
    if not earlier:
        return None
    if not (_one_thing(layout, earlier[-1], previous[0], b, start) or _opens_with_now(layout, previous[0])):
        return None
    change = _change_before(layout, figures, n)
    return Structure(direction, ((earlier[-1], "from"), (b, "to"), *(() if change is None else ((change, "change"),))))


def _now_after(
    layout: Layout, reached: tuple[int, Sequence[int]], sentence: int, figures: Sequence[int]
) -> list[Structure]:
    """The levels reached in the sentence before, each changing from the level of now that this sentence,
    opening with a word of now, gives in the same place of its list ("…повысится до 60 лет, для мужчин —
    до 65 лет. Сейчас женщины выходят на пенсию в 55 лет, а мужчины — в 60.")."""
    k, earlier = reached
    if not earlier:
        return []
    unit = layout.q(earlier[0])
    # Every figure of the sentence before is a level reached (asked figure by figure, the first that is
    # none ends the search).
    if not all(_same_unit(layout.q(i), unit) and _marked_to(layout, i) for i in earlier):
        return []
    targets = list(earlier)
    levels = [i for i in figures if _same_unit(layout.q(i), unit) and layout.q(i).kind in _FROM_KINDS]
    if len(levels) != len(targets) or not _opens_with_now(layout, sentence):
        return []
    direction = _reached_level(layout, earlier, 0, layout.sentence_starts[k])
    if direction is None:
        return []
    return [Structure(direction, ((a, "from"), (b, "to"))) for a, b in zip(levels, targets, strict=True)]


def _sentence_levels(
    layout: Layout, figures: Sequence[int], start: int, previous: tuple[int, Sequence[int]] | None = None
) -> list[Structure]:
    out: list[Structure] = []
    taken: set[int] = set()
    for n in range(len(figures) - 1):
        found = _from_to(layout, figures, n, start, out[-1] if out else None) or _against(layout, figures, n, start)
        if found is not None:
            out.append(found)
            taken.update(i for i, _ in found.members)
    for n in range(len(figures)):
        if figures[n] in taken:
            continue
        found = _reached(layout, figures, n)
        if found is None:
            found = _across(layout, figures, n, start, previous)
        if found is None and out and n and figures[n - 1] in {i for i, r in out[-1].members if r == "to"}:
            found = _chained(layout, out[-1], figures[n])
        if found is not None:
            out.append(found)
            taken.update(i for i, role in found.members if role == "to")
    return out


def _adjacent(layout: Layout, previous: tuple[int, Sequence[int]] | None, sentence: int) -> bool:
    """The sentence with figures before is right before ``sentence``, in its paragraph or the one before."""
    return (
        previous is not None and previous[0] == sentence - 1
        and layout.paragraph_of(sentence) - layout.paragraph_of(previous[0]) <= 1
    )


def find(layout: Layout) -> list[Structure]:
    """Every change stated with both its levels."""
    out: list[Structure] = []
    previous: tuple[int, Sequence[int]] | None = None
    for sentence, figures in layout.figures:
        before = previous if _adjacent(layout, previous, sentence) else None
        found = _sentence_levels(layout, figures, layout.sentence_starts[sentence], before)
        if not found and before is not None:
            found = _now_after(layout, before, sentence, figures)
        out.extend(found)
        previous = (sentence, figures)
    return out
