"""Parts of a whole stated with "из них" and listed on after the first one, and "N X из M".

Two layouts:

* a sentence that opens with a part marker, or with a figure and a part marker ("Двое из них …"), lists
  parts of a figure of the sentence before: "…, ещё 10
  пострадавших госпитализированы. Из них четверо доставлены в Александровскую больницу, пятеро в
  Елизаветинскую, один в больницу святого Георгия", "…достигло 1,2 миллиона. Среди этих заявок 375000 из
  Германии, 260000 из Великобритании";
* a part stated of a whole in its sentence ("15 из них", "55 из 90 депутатов": the claim's ``whole``) and
  the bare figures listed after it, which the same whole holds: "29 комитетов, 15 из них возглавят
  представители «Единой России», 6 — КПРФ и по 4 — ЛДПР", "55 из 90 депутатов; 33 высказались против".

A sentence that opens with "из" and a count lists parts of it next ("Из нынешних 120 кардиналов — 62
представляют Европу"); inside a clause, a count without a noun right after a count with one after "из" is
a part of it ("госпитализировали из трех пострадавших двоих"). A count with its noun, "из" and a count
without one is a part of that whole too: "«Позитивная Словения» располагает 28 местами из 90" ("138
шахматистов из 36 стран" names a thing of its own after "из").

A total after a total word and the bare figures listed after it, each told with a verb, are a whole and
its parts as well: "Всего в Британии инфицированы более 154 тысяч человек, около 21 тысячи умерли".

Neither list need name every part, so the parts add up to at most the whole (a "parts" structure, read
by the breakdown check). When the sentence before holds several figures the marker may point to, the
largest is taken: the parts of any of them are at most it.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Sequence
from typing import Final

from claimcheck import morph
from claimcheck.lexicon import Lexicon
from claimcheck.structures.layout import Layout, Structure, additive

__all__ = ["find", "prepare"]

# Words between a part marker that opens a sentence and the first part ("Среди них было трое").
_MAX_LEAD: Final = 3
# Parts of speech of the verb a bare part is told with ("умерли", "госпитализированы").
_PREDICATES: Final = ("VERB", "PRTS")
# Kinds of figure a whole may be: a plan has parts as well ("будет 29 комитетов").
_WHOLE_KINDS: Final = ("amount", "target")
# Parts of speech of the word a count names what it counts with ("трех пострадавших", "десяти гидроагрегатов").
_NAMED: Final = ("NOUN", "ADJF", "PRTF")


@functools.cache
def _openers(lex: Lexicon) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(morph.normalize(p).split()) for p in lex.part_openers)


def _countable(layout: Layout, i: int) -> bool:
    q = layout.q(i)
    return additive(q, layout.lex) and (q.unit != "count" or q.value == q.value.to_integral_value())


def _opens(layout: Layout, sentence: int, first: int) -> bool:
    """The sentence opens with a part marker ("Из них четверо …"), or with its first figure and a part
    marker right after it ("Двое из них госпитализированы")."""
    lead = layout.tokens(layout.sentence_starts[sentence], layout.q(first).span.start)
    opener = next((o for o in _openers(layout.lex) if tuple(lead[: len(o)]) == o), None)
    if opener is not None:
        return sum(t[0].isalnum() for t in lead[len(opener) :]) <= _MAX_LEAD
    end = layout.q(first).span.end
    after = morph.normalize(layout.doc.text[end : end + 16]).lstrip()
    return sum(t[0].isalnum() for t in lead) <= _MAX_LEAD and after.startswith(layout.lex.part_after)


def _opened(layout: Layout, sentence: int, figures: Sequence[int], before: Sequence[int]) -> Structure | None:
    """The sentence opens with a part marker: its first figures are parts of one in the sentence before."""
    first = figures[0]
    if layout.q(first).kind != "amount" or not _countable(layout, first) or layout.claims[first].whole is not None:
        return None
    if not _opens(layout, sentence, first):
        return None
    unit = layout.q(first).unit
    wholes = [i for i in before if layout.q(i).unit == unit and layout.q(i).kind in _WHOLE_KINDS]
    wholes = [i for i in wholes if _countable(layout, i)]
    if not wholes:
        return None
    whole = max(wholes, key=lambda i: layout.q(i).value)
    if layout.q(whole).value == layout.q(first).value:
        return None  # "Из этих четырёх кандидатов будет выбран один": the whole restated, not a part
    parts = layout.listed_after(figures, 0, bare=False)
    return Structure("parts", ((whole, "total"), *((p, "part") for p in parts)))


def _continued(layout: Layout, figures: Sequence[int], seen: set[int]) -> list[Structure]:
    """A part of a whole of its sentence, and the bare figures listed after it and the whole."""
    out: list[Structure] = []
    claims = layout.claims
    for n, part in enumerate(figures):
        whole = claims[part].whole
        if whole is None or whole in seen or whole not in figures:
            continue
        start = max(n, figures.index(whole))
        run = layout.listed_after(figures, start, bare=True)[1:]
        if not run or any(claims[i].whole not in (None, whole) for i in run):
            continue
        stated = [i for i in figures if claims[i].whole == whole]
        parts = sorted({*stated, *run}, key=figures.index)
        seen.add(whole)
        out.append(Structure("parts", ((whole, "total"), *((p, "part") for p in parts))))
    return out


def _of_bare(layout: Layout, figures: Sequence[int]) -> list[Structure]:
    """"28 местами из 90": a count with its noun, "из" and a count without one, whose noun is the part's
    left out ("138 шахматистов из 36 стран" names a thing of its own and is no part)."""
    out: list[Structure] = []
    for part, whole in itertools.pairwise(figures):
        pq, wq = layout.q(part), layout.q(whole)
        marker = layout.lex.marker_of
        if wq.span.start - pq.span.end > len(marker) + 2:
            continue  # asked first, on the characters between: most pairs are not "N из M"
        if layout.doc.text[pq.span.end : wq.span.start].strip().lower() != marker:
            continue
        if pq.unit != "count" or wq.unit != "count" or pq.kind != "amount" or wq.kind != "amount":
            continue
        if not _countable(layout, part) or not _countable(layout, whole):
            continue  # "8,5 очков из 11": a score, no part of a set
        if layout.claims[part].whole is None and layout.bare(whole) and not layout.bare(part):
            out.append(Structure("parts", ((whole, "total"), (part, "part"))))
    return out


def _from_first(layout: Layout, sentence: int, figures: Sequence[int]) -> Structure | None:
    """"Из нынешних 120 кардиналов — 62 представляют Европу": a sentence that opens with "из" and its
    first figure, a whole, and the figures listed next, a few words on, with no verb between."""
    if len(figures) < 2:
        return None
    whole, first = figures[0], figures[1]
    start, marker = layout.sentence_starts[sentence], layout.lex.marker_of
    opening = layout.doc.text[start : start + len(marker) + 1]
    if opening[: len(marker)].lower() != marker or opening[len(marker) :].isalnum():
        return None  # asked first: most sentences do not open with "из"
    wq, pq = layout.q(whole), layout.q(first)
    if wq.unit != "count" or pq.unit != "count" or pq.kind != "amount" or layout.claims[first].whole is not None:
        return None
    lead = [t for t in layout.tokens(layout.sentence_starts[sentence], wq.span.start) if t[0].isalnum()]
    if not lead or lead[0] != layout.lex.marker_of or len(lead) > _MAX_LEAD or not _countable(layout, whole):
        return None
    gap = layout.between(whole, first)
    if gap.words > _MAX_LEAD or gap.separators > 1 or gap.predicate:
        return None
    parts = layout.listed_after(figures, 1, bare=False)
    return Structure("parts", ((whole, "total"), *((p, "part") for p in parts)))


def _names_a_thing(layout: Layout, i: int) -> bool:
    """Figure ``i`` is written with a noun or a participle of its own ("трех пострадавших"), no scale word."""
    last = layout.q(i).span.text.split()[-1]
    if not last[:1].isalpha() or morph.lemmas(last.lower().rstrip(".")) & layout.lex.scales.keys():
        return False
    return morph.part_of_speech(last) in _NAMED


def _of_whole_before(layout: Layout, figures: Sequence[int], taken: Sequence[int]) -> list[Structure]:
    """"госпитализировали из трех пострадавших двоих": a count with its noun after "из", and right after
    it (a word of the whole's may stand between, no mark) a count without one, which is a part of it;
    figures ``taken`` by another structure are left alone."""
    out: list[Structure] = []
    marker = layout.lex.marker_of
    for whole, part in itertools.pairwise(figures):
        if whole in taken:
            continue
        wq, pq = layout.q(whole), layout.q(part)
        lo = max(0, wq.span.start - len(marker) - 2)
        if marker not in layout.doc.text[lo : wq.span.start].lower():
            continue  # a substring test first: most figures do not follow "из"
        before = layout.doc.words(lo, wq.span.start)[-1:]
        if not before or before[0].text.lower() != marker:
            continue  # asked first: most figures do not follow "из"
        if wq.unit != "count" or pq.unit != "count" or pq.kind != "amount" or wq.kind not in _WHOLE_KINDS:
            continue
        if not _countable(layout, whole) or not _countable(layout, part):
            continue
        if not _names_a_thing(layout, whole) or not layout.bare(part):
            continue
        gap = layout.between(whole, part)
        if gap.words > 1 or gap.marks or gap.predicate or layout.claims[part].whole is not None:
            continue
        out.append(Structure("parts", ((whole, "total"), (part, "part"))))
    return out


def _told_with_verb(layout: Layout, i: int) -> bool:
    """A verb or a short participle follows figure ``i`` ("около 21 тысячи умерли")."""
    end = layout.q(i).span.end
    after = layout.doc.words(end, end + 30)[:1]
    return bool(after) and morph.part_of_speech(after[0].text.lower()) in _PREDICATES


def _after_total_word(layout: Layout, sentence: int, total: int) -> bool:
    """A total word stands a few words before the figure ("Всего в Британии инфицированы более 154 тысяч")."""
    start = layout.q(total).span.start
    lo = max(layout.sentence_starts[sentence], start - 40)
    before = morph.normalize(layout.doc.text[lo:start])  # a substring test first, then whole words
    return any(w in before for w in layout.total_words) and any(
        layout.gap(lo, start).has(w) for w in layout.total_words
    )


def _of_cases(layout: Layout, sentence: int, total: int) -> bool:
    """The figure counts all cases of a disease so far: a word of infection in it or right next to it
    ("11658 случаев заражения", "инфицированы 154 тысячи человек"), and no word of new cases of a day or a
    week in its sentence up to it ("за сутки выявлено 8000 новых случаев": those who recovered or died that
    day fell ill before it)."""
    q = layout.q(total)
    before = layout.doc.words(max(0, q.span.start - 30), q.span.start)[-1:]
    if before and layout.doc.text[before[0].end : q.span.start].strip():
        before = []  # "…случаев заражения, 423 смерти": a mark parts the word from the figure
    words = [*before, *layout.doc.words(q.span.start, q.span.end), *layout.doc.words(q.span.end, q.span.end + 30)[:1]]
    if not any(morph.has_lemma(w.text, layout.lex.case_lemmas) for w in words) or _outcome(layout, total):
        return False  # asked first: few figures stand by a word of infection
    told = layout.doc.words(layout.sentence_starts[sentence], q.span.end)
    return not any(morph.has_lemma(w.text, layout.lex.new_case_lemmas) for w in told)


def _outcome(layout: Layout, i: int) -> bool:
    """Figure ``i`` counts what became of the sick: its noun says so ("423 смерти", "140 выздоровлений"), or
    a verb that does follows it bare ("578 умерли")."""
    q = layout.q(i)
    if layout.bare(i):
        words = layout.doc.words(q.span.end, q.span.end + 30)[:1]
    else:
        words = layout.doc.words(q.span.start, q.span.end)[-1:]
    return bool(words) and morph.has_lemma(words[0].text, layout.lex.outcome_lemmas)


def _summed_up(layout: Layout, sentence: int, figures: Sequence[int]) -> list[Structure]:
    """"Всего в Британии инфицированы более 154 тысяч человек, около 21 тысячи умерли": a total after a
    total word, and the bare figures listed after it each told with a verb of its own, of its period. A
    count of cases of a disease is such a total for the figures listed after it that count what became of
    the sick ("зафиксировано 11658 случаев заражения, 578 умерли"; "8,1 тысяч случаев заражения, 423 смерти
    и 140 выздоровлений"): they died or recovered of those cases."""
    out: list[Structure] = []
    for n, total in enumerate(figures[:-1]):
        if layout.q(total).unit != "count":
            continue
        if _after_total_word(layout, sentence, total):
            told, bare = _told_with_verb, True
        elif _of_cases(layout, sentence, total):
            told, bare = _outcome, False
        else:
            continue
        period = layout.claims[total].period
        run = [
            i for i in layout.listed_after(figures, n, bare=bare)[1:]
            if told(layout, i) and layout.claims[i].period == period and layout.claims[i].whole is None
        ]
        if run:
            out.append(Structure("parts", ((total, "total"), *((p, "part") for p in run))))
    return out


def _joined(layout: Layout, previous: int, sentence: int) -> bool:
    """Sentence ``sentence`` goes on the list of the one before: that one ends in a list separator ("55
    из 90 депутатов; 33 высказались против" is cut into two sentences at the semicolon)."""
    if previous != sentence - 1:
        return False
    text = layout.doc.text[layout.sentence_starts[previous] : layout.sentence_ends[previous]].rstrip()
    return text[-1:] in layout.lex.list_separators


def prepare(lex: Lexicon) -> None:
    """Build the tables this module derives from ``lex``: the part markers that open a sentence,
    normalised, and every form of the words of cases of a disease and of what became of the sick."""
    _openers(lex)
    for lemmas in (lex.case_lemmas, lex.new_case_lemmas, lex.outcome_lemmas):
        morph.word_forms(lemmas)


def find(layout: Layout) -> list[Structure]:
    """Every whole with the parts listed after "из них"."""
    out: list[Structure] = []
    seen: set[int] = set()
    previous: tuple[int, list[int]] | None = None
    for sentence, figures in layout.figures:
        if previous is not None and _joined(layout, previous[0], sentence):
            out.extend(_continued(layout, [*previous[1], *figures], seen))
        elif previous is not None and previous[0] == sentence - 1 and (
            layout.paragraph_of(previous[0]) == layout.paragraph_of(sentence)
        ):
            found = _opened(layout, sentence, figures, previous[1])
            if found is not None:
                out.append(found)
        out.extend(_continued(layout, figures, seen))
        out.extend(_of_bare(layout, figures))
        first = _from_first(layout, sentence, figures)
        out.extend(_of_whole_before(layout, figures, [] if first is None else [i for i, _ in first.members]))
        out.extend(s for s in [first] if s is not None)
        out.extend(_summed_up(layout, sentence, figures))
        previous = (sentence, figures)
    return out
