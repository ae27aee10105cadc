"""A total told first and its parts told one by one after it, each further one with "ещё".

"…в результате которой погибли семь человек. … были обнаружены тела двоих погибших … погибли ещё три
человека": a count right after a word of "more" (the lexicon's ``tally_words``; a word such as "в" may
stand between: "ещё в пятерых") adds to what the text told before with the same verb. A count is told
with the verbs and participles of its clause (up to a separator or a conjunction: "убил одного человека |
и ранил …"; the participle of its own noun counts, "двоих погибших"; idle verbs such as "быть" do not),
and counts the same things as the count after "ещё" (one noun, or either has none of its own: "трое").

The total is the largest such count of the sentences before, when one of them stands in an earlier
paragraph: a total sums up before the parts are told, and the count's own paragraph may restate it
("известно о 14 пострадавших … ещё 10 пострадавших госпитализированы"); with none in an earlier paragraph,
a count told with the verb is one "ещё" adds to, and no total. A title, which often tells the part "ещё"
adds ("Три человека арестованы …" over "арестованы ещё три человека"), and a count after "ещё" are no
totals. The parts are the count after "ещё", the figures listed after it in its sentence ("Еще трое
арестованы в Лондоне, двое — в США и один — в Канаде"), and the nearest smaller count of its paragraph
told with the verb after the total (the one "ещё" adds to). They add up to at most the total ("parts"),
since the text need not tell every part.

The text is asked for the words of "more" (a set lookup) before any figure is looked at.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Final

from claimcheck import morph
from claimcheck.lexicon import Lexicon
from claimcheck.segment import any_between
from claimcheck.structures.layout import Layout, Structure

__all__ = ["find", "prepare"]

# Characters either side of a figure read for the verb it is told with ("погибли ещё три человека").
_VERB_REACH: Final = 30
# Words between the word of "more" and its figure ("ещё в пятерых человек").
_MAX_AFTER_MORE: Final = 1
_VERBS: Final = frozenset({"VERB", "PRTS", "PRTF", "INFN"})


@functools.cache
def _more(lex: Lexicon) -> frozenset[str]:
    return frozenset(morph.normalize(w) for w in lex.tally_words)


def _count(layout: Layout, i: int) -> bool:
    q = layout.q(i)
    return q.unit == "count" and q.kind == "amount" and q.value == q.value.to_integral_value()


def _after_more(layout: Layout, more: Sequence[int], sentence: int, i: int) -> bool:
    """A word of "more" (``more``: where they begin) stands right before figure ``i``, or a word before."""
    start = layout.q(i).span.start
    words = layout.doc.words(max(layout.sentence_starts[sentence], start - 20), start)[-_MAX_AFTER_MORE - 1 :]
    return bool(words) and any_between(more, words[0].start, start)


def _clause_words(layout: Layout, sentence: int, i: int) -> list[str]:
    """The words of figure ``i`` and those either side of it up to a list separator or a conjunction
    ("он убил одного человека | и ранил ещё четверых"), within a few words."""
    q = layout.q(i)
    lo = max(layout.sentence_starts[sentence], q.span.start - _VERB_REACH)
    hi = min(layout.sentence_ends[sentence], q.span.end + _VERB_REACH)
    text, marks = layout.doc.text, set(layout.lex.list_separators)
    words = layout.doc.words(lo, hi)
    inside = [n for n, w in enumerate(words) if q.span.start <= w.start < q.span.end]
    if not inside:
        return []

    def stop(a: int, b: int) -> bool:  # a separator between words a and b, or word b is a conjunction
        return bool(marks & set(text[words[a].end : words[b].start])) or words[b].text.lower() in layout.also

    first, last = inside[0], inside[-1]
    while first > 0 and not stop(first - 1, first) and words[first - 1].text.lower() not in layout.also:
        first -= 1
    while last + 1 < len(words) and not stop(last, last + 1):
        last += 1
    return [w.text for w in words[first : last + 1]]


def _verbs(layout: Layout, sentence: int, i: int) -> frozenset[str]:
    """The lemmas of the verbs and participles of figure ``i``'s clause, but idle ones ("быть")."""
    words = (w.lower() for w in _clause_words(layout, sentence, i))
    found = {morph.lemma(w) for w in words if morph.part_of_speech(w) in _VERBS}
    return frozenset(found - layout.lex.tally_idle_verbs)


def _noun(layout: Layout, i: int) -> str | None:
    """The lemma of the noun figure ``i`` is written with; None for a bare figure or one whose word is an
    adjective or a participle standing for a noun ("двоих погибших")."""
    last = layout.q(i).span.text.split()[-1]
    return morph.lemma(last) if last[:1].isalpha() and morph.part_of_speech(last) == "NOUN" else None


def _akin(layout: Layout, a: int, b: int) -> bool:
    """Figures ``a`` and ``b`` may count the same things: one noun, or one of them has none of its own."""
    na, nb = _noun(layout, a), _noun(layout, b)
    return na is None or nb is None or na == nb


def _told(layout: Layout, counts: Sequence[tuple[int, int]], verbs: frozenset[str]) -> list[tuple[int, int]]:
    """The (sentence, figure) of ``counts`` told with one of ``verbs``."""
    return [(k, i) for k, i in counts if verbs & _verbs(layout, k, i)]


def _headline(layout: Layout, sentence: int) -> bool:
    """The sentence is the title: the first paragraph, which does not end as a sentence does. A title tells
    the news, often the part "ещё" adds ("Три человека арестованы …" over "арестованы ещё три человека")."""
    if layout.paragraph_of(sentence) != 0:
        return False
    text = layout.doc.text[layout.sentence_starts[sentence] : layout.sentence_ends[sentence]].rstrip()
    return text[-1:] not in layout.lex.punctuation.sentence_ends


def _among(layout: Layout, sentence: int, figures: Sequence[int]) -> frozenset[str]:
    """The lemmas of the set a sentence that opens "Среди погибших …" names (a word of the lexicon's
    ``among_words`` and the word after it, right before the sentence's first figure); none otherwise."""
    lead = layout.doc.words(layout.sentence_starts[sentence], layout.q(figures[0]).span.start)
    if not 2 <= len(lead) <= 2 + _MAX_AFTER_MORE or morph.normalize(lead[0].text) not in layout.lex.among_words:
        return frozenset()
    return frozenset(morph.lemmas(lead[1].text.lower()) - layout.lex.tally_idle_verbs)


def _total(layout: Layout, told: Sequence[tuple[int, int]], paragraph: int) -> int | None:
    """The largest count ``told``, when one of them stands in a paragraph before ``paragraph``."""
    if not any(layout.paragraph_of(k) < paragraph for k, _ in told):
        return None
    return max((j for _, j in told), key=lambda j: layout.q(j).value)


def _added(layout: Layout, sentence: int, figures: Sequence[int], n: int, counts: Sequence[tuple[int, int]]) -> (
    tuple[int, list[int]] | None
):
    """The total and the parts of the count ``figures[n]`` told after "ещё"."""
    i = figures[n]
    verbs = _verbs(layout, sentence, i)
    paragraph = layout.paragraph_of(sentence)
    told = _told(layout, [(k, j) for k, j in counts if k < sentence and _akin(layout, i, j)], verbs)
    # A total sums up in a paragraph before the parts (the count's own paragraph may restate it: "известно
    # о 14 пострадавших … ещё 10 пострадавших"); of several, the largest: the parts of any are at most it.
    total = _total(layout, told, paragraph) if verbs else None
    if total is None:
        return None
    before = [
        j for k, j in told
        if layout.paragraph_of(k) == paragraph and j > total and layout.q(j).value < layout.q(total).value
    ]
    return total, [*before[-1:], *layout.listed_after(figures, n, bare=True)]


def _amid(layout: Layout, sentence: int, figures: Sequence[int], counts: Sequence[tuple[int, int]]) -> (
    tuple[int, list[int]] | None
):
    """The total and the parts a sentence that opens "Среди погибших" lists: the counts listed first in
    it, of the largest earlier count told with the word's verb or written with its noun."""
    named = _among(layout, sentence, figures)
    if not named or not _count(layout, figures[0]):
        return None
    told = [(k, j) for k, j in counts if k < sentence and (named & _verbs(layout, k, j) or _noun(layout, j) in named)]
    total = _total(layout, told, layout.paragraph_of(sentence) + 1)
    return None if total is None else (total, layout.listed_after(figures, 0, bare=False))


def prepare(lex: Lexicon) -> None:
    """Build the table this module derives from ``lex``: the words of "more", normalised."""
    _more(lex)


def find(layout: Layout) -> list[Structure]:
    """Every total with the parts told after it with "ещё" or after "Среди погибших"."""
    parts: dict[int, list[int]] = {}
    counts: list[tuple[int, int]] = []  # (sentence, figure) of every count that may be a total, so far
    more = layout.doc.starts_of(_more(layout.lex))
    among = layout.doc.starts_of(layout.lex.among_words)
    if not more and not among:
        return []  # most texts: no word of "more", no "среди"
    for sentence, figures in layout.figures:
        start = layout.sentence_starts[sentence]
        read = any_between(more, start, layout.sentence_ends[sentence])
        opens = any_between(among, start, layout.q(figures[0]).span.start)
        found = [_amid(layout, sentence, figures, counts) if opens else None]
        found += [
            _added(layout, sentence, figures, n, counts) for n, i in enumerate(figures if read else ())
            if _count(layout, i) and _after_more(layout, more, sentence, i)
        ]
        for total, listed in filter(None, found):
            known = parts.setdefault(total, [])
            known.extend(j for j in dict.fromkeys(listed) if j not in known)
        if not _headline(layout, sentence):
            counts.extend(
                (sentence, i) for i in figures
                if _count(layout, i) and not (read and _after_more(layout, more, sentence, i))
            )
    return [
        Structure("parts", ((total, "total"), *((p, "part") for p in sorted(found))))
        for total, found in parts.items()
    ]
