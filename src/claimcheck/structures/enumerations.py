"""A count and the items its list names: "трое детей: Наталья, Бьянка и Капри", "два ребенка — сын и
дочь", "по меньшей мере 10 человек — 9 школьников и учитель".

After a count, a mark that opens a list (a colon, a dash, a bracket) and the items, separated by commas
and conjunctions. An item that holds a figure of the count's unit counts that figure ("9 школьников");
one that holds none is one thing, named ("Наталья", "учитель"), and must be short (a name or a noun
phrase of at most four words) so that only real lists are read. Bracketed words inside the list
("Анна (1992)") are skipped. The list is complete, and the count must equal what it names, when it ends
where the sentence, the brackets or a closing dash end it, or where a clause begins after a comma
("…, которые", "…, воспитывающие"); a list that runs out otherwise, or ends in "и другие", names at most
the count. Lists whose every item holds a figure are :mod:`breakdowns`.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence
from typing import Final

import attrs
from attrs import frozen

from claimcheck import morph
from claimcheck.lexicon import Lexicon
from claimcheck.structures.layout import Layout, Structure

__all__ = ["find"]

_TOKEN: Final = re.compile(r"\w+(?:[-‐]\w+)*|[^\w\s]")
# Words between a count and the mark that opens its list ("два ребенка —", "две парламентские фракции —").
_MAX_TAIL: Final = 6
# Words an item without a figure may have ("Педро Пабло Кучински", "Демократическая партия пенсионеров Словении").
_MAX_ITEM_WORDS: Final = 4
# Words of an item that names someone after saying who they are: a capitalised word after its first
# ("начальник департамента внешнеэкономической деятельности «Газпрома» Станислав Цыганков").
_MAX_TITLED_WORDS: Final = 8
# Characters of a paragraph read for a list.
_MAX_LIST_CHARS: Final = 600
# A count read as a plan ("останутся два космонавта: …") names its list all the same.
_TOTAL_KINDS: Final = ("amount", "target")
# Counts whose lists are read: a list of hundreds is not written out.
_MAX_COUNT: Final = 40
# Parts of speech that no item named in a list holds, unless it is a name: verbs, participles,
# prepositions, adverbs, conjunctions, particles.
_NOT_IN_NAMES: Final = frozenset(
    {"VERB", "INFN", "PRTF", "PRTS", "GRND", "PREP", "ADVB", "CONJ", "PRCL", "PRED", "COMP"}
)
# Parts of speech that open a clause after a comma: the list has ended ("…, воспитывающие сына").
_CLAUSE_OPENERS: Final = frozenset({"VERB", "PRTF", "PRTS", "GRND", "INFN"})
# Words an item of a list of named items may have, its description and the name it reaches ("54-летний
# доктор медицины, епископ Рафаэль").
_MAX_NAMED_ITEM_WORDS: Final = 12
# Grammemes of a person's name, which stands in apposition to the noun before it ("сына Ивана",
# "мастер спорта Анна"), and of a place or a body, whose name in the genitive depends on it ("житель
# Москвы").
_PERSONAL: Final = ("Name", "Surn", "Patr")
_PLACES: Final = ("Geox", "Orgn")
# Parts of speech of a clause's verb, which no item of a list of named items holds.
_CLAUSE_WORDS: Final = frozenset({"VERB", "INFN", "GRND", "PRED"})
# Parts of speech that make a run of words a description, no item of its own: a participle ("ставший
# знаменитым музыкантом и актёром сын Энрике").
_DESCRIPTION_WORDS: Final = frozenset({"PRTF", "PRTS"})


@frozen
class _Token:
    start: int
    end: int
    text: str


@frozen
class _Reading:
    """The items of one list, each a run of tokens, and whether the text ends the list itself. ``rest``
    holds what follows a list that a conjunction closed before the text goes on ("УДАР и Свобода, а также
    ряд внефракционных депутатов …"): the list stands only if that is no more items of it."""

    items: tuple[tuple[_Token, ...], ...]
    complete: bool
    rest: tuple[tuple[_Token, ...], ...] = ()


def _tokens(text: str, start: int, end: int, limit: int | None = None) -> list[_Token]:
    """The tokens of ``text[start:end]``, the first ``limit`` of them if given."""
    found = itertools.islice(_TOKEN.finditer(text, start, end), limit)
    return [_Token(m.start(), m.end(), m.group()) for m in found]


@functools.cache
def _opener_reach(lex: Lexicon) -> int:
    """How many tokens after a count :func:`_opener` reads at most: the count's words up to the last
    one it tries, then a part marker after a separator there. The list's opener is looked for among
    these alone; the whole window of the list is tokenized only once one opens it (most counts have
    no list)."""
    return _MAX_TAIL + 1 + max((len(m) for m in _markers(lex)), default=0)


@functools.cache
def _markers(lex: Lexicon) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(morph.normalize(m).split()) for m in lex.part_markers)


def _marked(layout: Layout, tokens: Sequence[_Token], k: int) -> int | None:
    """Index of the last word of a part marker right after the separator at ``k`` (", среди них")."""
    if tokens[k].text not in layout.lex.list_separators:
        return None
    for marker in _markers(layout.lex):
        words = tuple(morph.normalize(t.text) for t in tokens[k + 1 : k + 1 + len(marker)])
        if words == marker:
            return k + len(marker)
    return None


def _opener(layout: Layout, tokens: Sequence[_Token], next_figure: int) -> tuple[int, bool] | None:
    """Index of the mark that opens the list, after a few words of the count's noun phrase, and whether
    the list names some of the things counted only: after a part marker (", среди них раввин … и
    девочка") the list is at most the count."""
    lex = layout.lex
    openers = {*lex.structure_openers, *lex.structure_brackets, *layout.dashes()}
    for k, t in enumerate(tokens):
        if t.start >= next_figure:
            return None
        if t.text in openers:
            found = k, False
            break
        marked = _marked(layout, tokens, k)
        if marked is not None:
            found = marked, True
            break
        if not t.text[0].isalnum() or morph.normalize(t.text) in layout.separators or k >= _MAX_TAIL:
            return None
    else:
        return None
    # The words before the opener are the count's: none may open a clause (asked once an opener is found,
    # since it parses them; most counts have none).
    if any(morph.part_of_speech(t.text) in _CLAUSE_OPENERS for t in tokens[:k]):
        return None
    return found


def _clause_follows(layout: Layout, tokens: Sequence[_Token], k: int) -> bool:
    """The word after the comma at ``k`` opens a clause: a verb, a participle, a relative pronoun."""
    nxt = next((t.text for t in tokens[k + 1 : k + 2] if t.text[0].isalpha()), None)
    if nxt is None:
        return False
    return morph.part_of_speech(nxt) in _CLAUSE_OPENERS or bool(morph.lemmas(nxt) & layout.lex.relative_pronouns)


def _unbracketed(layout: Layout, tokens: Sequence[_Token], opener: str) -> list[_Token]:
    """The tokens outside brackets ("Анна (1992)" is "Анна"), the brackets the list opened with kept."""
    brackets = layout.lex.structure_brackets
    out: list[_Token] = []
    depth = 0
    for t in tokens:
        if t.text in brackets and t.text != opener:
            depth += 1
        elif depth and t.text in brackets.values():
            depth -= 1
        elif not depth:
            out.append(t)
    return out


def _read(layout: Layout, tokens: Sequence[_Token], opener: str) -> _Reading:
    """Split the tokens after the opener into items. A conjunction between items other than the last two
    closes the list after the item it joins, and what follows is its ``rest``."""
    lex = layout.lex
    tokens = _unbracketed(layout, tokens, opener)
    ends = {*lex.punctuation.sentence_ends, *layout.dashes(), lex.structure_brackets.get(opener)}
    openers = set(lex.structure_openers)
    items: list[tuple[_Token, ...]] = []
    joined: list[bool] = []  # per boundary between items: a conjunction joins them
    current: list[_Token] = []
    conjunction = False
    complete = False
    for k, t in enumerate(tokens):
        if t.text in ends or t.text in openers:
            # A further colon opens the list of the item before it ("…, а также две шахматистки: …").
            current = [] if t.text in openers else current
            complete = True
            break
        if morph.normalize(t.text) not in layout.separators and t.text not in layout.also:
            current.append(t)
            continue
        if t.text in lex.list_separators and _clause_follows(layout, tokens, k):
            complete = True
            break
        conjunction = conjunction or t.text[0].isalpha()
        if current:
            items.append(tuple(current))
            joined.append(conjunction)
            conjunction = False
        current = []
    if current:
        items.append(tuple(current))
    else:
        joined = joined[:-1]
    if not any(joined[:-1]):
        return _Reading(tuple(items), complete)
    closed = joined.index(True) + 2
    return _Reading(tuple(items[:closed]), True, tuple(items[closed:]))


@frozen
class _Segment:
    """A run of tokens between separators of a list; ``comma``: a separator without a conjunction comes
    before it."""

    tokens: tuple[_Token, ...]
    comma: bool


def _segments(layout: Layout, tokens: Sequence[_Token], opener: str) -> list[_Segment] | None:
    """The runs of tokens between separators up to where the list ends (the end of the sentence or of
    the brackets, a dash, a clause after a comma); None when the text runs out first."""
    lex = layout.lex
    tokens = _unbracketed(layout, tokens, opener)
    ends = {*lex.punctuation.sentence_ends, *layout.dashes(), *lex.structure_openers}
    ends.add(lex.structure_brackets.get(opener, ""))
    out: list[_Segment] = []
    current: list[_Token] = []
    conjunction = False
    for k, t in enumerate(tokens):
        ended = t.text in ends or (t.text in lex.list_separators and _clause_follows(layout, tokens, k))
        if ended or morph.normalize(t.text) in layout.separators or t.text in layout.also:
            if current:
                out.append(_Segment(tuple(current), not conjunction))
                current, conjunction = [], False
            if ended:
                return out
            conjunction = conjunction or t.text[0].isalpha()
        else:
            current.append(t)
    return None


def _personal(word: str) -> bool:
    """A person's name, which stands in apposition to the noun before it ("мэр Твери Иван Сомов")."""
    return any(g in p.tag for p in morph.parses(word) for g in _PERSONAL)


def _depends(head: str, name: str) -> bool:
    """The name depends on the word before it and is no apposition of a noun: it shares no case with
    that word or reads first as the genitive of a place or body the dictionary knows ("житель Москвы",
    "представитель Самары"; "сын Хулио", "принца Лорана" are appositions)."""
    name_parses = morph.parses(name)
    head_cases = {str(p.tag.case) for p in morph.parses(head) if p.tag.case}
    name_cases = {str(p.tag.case) for p in name_parses if p.tag.case}
    if not head_cases or not name_cases:
        return False
    best = name_parses[0].tag
    place = best.case == "gent" and morph.is_known(name) and any(g in best for g in _PLACES)
    return not head_cases & name_cases or (place and bool(head_cases - {"gent"}))


def _named(segment: _Segment) -> bool | None:
    """Whether the segment ends in a name ("сын Энрике", "епископ Рафаэль", "клуб «Заря» из Луганска");
    None when the name depends on the noun before it and names no one of the list ("житель Москвы")."""
    words = [t.text for t in segment.tokens if t.text[0].isalnum()]
    if not words or not words[-1][0].isupper():
        return False
    first = len(words) - 1
    while first and words[first - 1][0].isupper():
        first -= 1
    if not first or morph.part_of_speech(words[first - 1]) == "PREP" or any(map(_personal, words[first:])):
        return True
    return None if _depends(words[first - 1], words[first]) else True


def _describes(segment: _Segment) -> bool:
    """The segment holds a participle: it describes the named one after it and is no item of its own."""
    return any(t.text[0].islower() and morph.part_of_speech(t.text) in _DESCRIPTION_WORDS for t in segment.tokens)


def _grouped(segments: Sequence[_Segment]) -> list[list[_Segment]] | None:
    """The segments gathered into items, each complete when it reaches a name; None when a name is
    not one of the list's or the last segment reaches none."""
    items: list[list[_Segment]] = []
    pending: list[_Segment] = []
    for segment in segments:
        named = _named(segment)
        if named is None:
            return None
        pending.append(segment)
        if named:
            items.append(pending)
            pending = []
    return None if pending else items


def _named_items(segments: Sequence[_Segment]) -> list[tuple[_Token, ...]] | None:
    """Items that each end in a name, joined by commas and a conjunction before the last alone. A
    segment without a name describes the named one after it when it holds a participle, or when every
    item is a description and, after a comma, the name ("54-летний доктор медицины, епископ Рафаэль")."""
    items = _grouped(segments)
    if items is None or len(items) < 2 or any(not item[0].comma for item in items[1:-1]):
        return None
    apposed = all(len(item) == 2 and item[1].comma for item in items)
    for item in items:
        if not all(_describes(s) or (apposed and nxt.comma) for s, nxt in itertools.pairwise(item)):
            return None
    return [tuple(t for s in item for t in s.tokens) for item in items]


def _plain_item(layout: Layout, item: Sequence[_Token], figures: Sequence[int]) -> bool:
    """The item is a noun phrase that names one thing: not too long, not opening with a preposition, no
    clause's verb, no figure but an age, no "другие"."""
    words = [t.text for t in item if t.text[0].isalnum()]
    if len(words) > _MAX_NAMED_ITEM_WORDS or morph.part_of_speech(words[0]) == "PREP":
        return False  # "о Маяковском": a phrase of its own, no item named
    if any(item[0].start <= layout.q(i).span.start < item[-1].end and layout.q(i).unit not in layout.lex.time_units
           for i in figures):
        return False
    lex = layout.lex
    return not any(
        (w[0].islower() and morph.part_of_speech(w) in _CLAUSE_WORDS) or morph.lemmas(w) & lex.others_lemmas
        for w in words
    )


def _named_list(
    layout: Layout, totals: Sequence[int], figures: Sequence[int], tokens: Sequence[_Token]
) -> Structure | None:
    """A count and the list of named items after its colon or dash, each item a noun phrase that
    reaches a name: "трое детей: дочь Мария, сын Хулио, а также ставший актёром сын Энрике". The list
    runs to where the sentence ends it, so it is complete."""
    opener = tokens[0].text
    if opener not in layout.lex.structure_openers and opener not in layout.dashes():
        return None
    segments = _segments(layout, tokens[1:], opener)
    items = None if segments is None else _named_items(segments)
    if items is None or not all(_plain_item(layout, item, figures) for item in items):
        return None
    kind = "partition" if all(layout.q(t).approx == "=" for t in totals) else "parts"
    return Structure(kind, tuple((t, "total") for t in totals), listed=len(items))


def _figure_of(layout: Layout, item: Sequence[_Token], unit: str, figures: Sequence[int]) -> tuple[bool, int | None]:
    """(the item belongs in a list, the figure it holds): an item named without a figure holds None; one
    too long, holding a word that makes it a clause or a phrase of its own ("по сути старотурецкий",
    "скамейка в парке", "ставший знаменитым"), or a figure of another kind, belongs in no list. An age
    tells who the named one is ("девочка 8 лет"): its words are left out."""
    inside = [i for i in figures if item[0].start <= layout.q(i).span.start < item[-1].end]
    ages = [layout.q(i).span for i in inside if layout.q(i).unit in layout.lex.time_units]
    inside = [i for i in inside if layout.q(i).unit not in layout.lex.time_units]
    if inside:
        q = layout.q(inside[0])
        return (len(inside) == 1 and q.unit == unit and q.kind == "amount"), inside[0]
    words = _origin_cut(
        [t.text for t in item if t.text[0].isalnum() and not any(a.start <= t.start < a.end for a in ages)]
    )
    limit = _MAX_TITLED_WORDS if any(w[0].isupper() for w in words[1:]) else _MAX_ITEM_WORDS
    if not 1 <= len(words) <= limit or any(ch.isdigit() for w in words for ch in w):
        return False, None
    return not any(w[0].islower() and morph.part_of_speech(w) in _NOT_IN_NAMES for w in words), None


def _origin_cut(words: list[str]) -> list[str]:
    """The words of a named item up to a preposition right after the name, which says where the named one
    is from ("девушка Ольга Короткова из города Архангельска")."""
    k = next(
        (k for k in range(1, len(words)) if words[k - 1][0].isupper() and morph.part_of_speech(words[k]) == "PREP"),
        None,
    )
    return words if k is None else words[:k]


def _capital(item: Sequence[_Token]) -> bool:
    first = next(t.text for t in item if t.text[0].isalnum())
    return first[0].isupper()


def _aged(layout: Layout, item: Sequence[_Token], figures: Sequence[int]) -> bool:
    """The item holds an age or another span of time ("девочка 8 лет", "54-летний доктор медицины")."""
    return any(
        item[0].start <= layout.q(i).span.start < item[-1].end and layout.q(i).unit in layout.lex.time_units
        for i in figures
    )


def _list_of(layout: Layout, totals: Sequence[int], figures: Sequence[int], reading: _Reading) -> Structure | None:
    q = layout.q(totals[-1])
    aged = [_aged(layout, item, figures) for item in reading.items]
    counted = [_figure_of(layout, item, q.unit, figures)[1] is not None for item in reading.items]
    if any(a and not b and not c for (a, b), c in zip(itertools.pairwise(aged), counted[1:], strict=True)):
        # "54-летний водитель, житель Москвы, и …": an item after one told by its age may say more of the
        # same one; the list is ambiguous. One that holds a count of its own is an item of its own ("29-летняя
        # девушка и два предпринимателя").
        return None
    named_by = [_named(_Segment(item, True)) for item in reading.items]
    if any(a and b is None for a, b in itertools.pairwise(named_by)):
        # "водитель Иван Петров, житель Москвы, и …": a noun with a name in a case of its own after a
        # named item may say more of the same one; the list is ambiguous.
        return None
    if reading.rest and all(_figure_of(layout, item, q.unit, figures) == (True, None) for item in reading.rest):
        # What follows reads as further named items: the list is ambiguous ("Чили, Тринидад и Тобаго, а
        # также Перу"). Something else after it (a phrase of its own, a figure with its own list) leaves
        # the list the conjunction closed ("две фракции — УДАР и Свобода, а также ряд депутатов из …").
        return None
    parts: list[int] = []
    named: list[tuple[_Token, ...]] = []
    # A total that is not exact ("не менее четырех граждан — …") is at least what its list names.
    complete = reading.complete and all(layout.q(t).approx == "=" for t in totals)
    for item in reading.items:
        if any(morph.lemmas(t.text) & layout.lex.others_lemmas for t in item):
            complete = False  # "… и другие": the list names some, not all
            continue
        fits, figure = _figure_of(layout, item, q.unit, figures)
        if not fits:
            return None
        if figure is None:
            named.append(item)
        else:
            parts.append(figure)
    if not named or len(parts) + len(named) < 2 or len({_capital(i) for i in named}) > 1:
        return None
    kind = "partition" if complete else "parts"
    return Structure(kind, (*((t, "total") for t in totals), *((p, "part") for p in parts)), listed=len(named))


def _totals(layout: Layout, figures: Sequence[int], n: int, least: int = 2) -> list[int] | None:
    """The count before the list, with a count joined to it by a conjunction ("двое сыновей и три
    дочери: …"); None when it is no count a list can name: a bare number, a count adverb ("дважды"), the
    whole of a part before it ("шесть из 11 стран-членов: …" names the six), an amount or a fraction.
    ``least``: the smallest count read (one only before a part marker: ", среди них …" names several)."""
    total = figures[n]
    q = layout.q(total)
    if q.unit != "count" or q.kind not in _TOTAL_KINDS or q.value != q.value.to_integral_value():
        return None
    if not least <= q.value <= _MAX_COUNT or morph.normalize(q.span.text) in layout.lex.count_adverbs:
        return None
    last = q.span.text.split()[-1]
    if not last[:1].isalpha() or morph.part_of_speech(last) not in ("NOUN", "ADJF", "PRTF"):
        return None  # a bare number ("6 — КПРФ") says how many one holder has, and lists nothing
    if any(layout.claims[i].whole == total for i in figures):
        return None
    if n:
        before = figures[n - 1]
        gap = layout.between(before, total)
        if layout.q(before).unit == q.unit and gap.tokens and all(t in layout.separators for t in gap.tokens):
            return [before, total]
    return [total]


def _qualified(layout: Layout, figures: Sequence[int], n: int, totals: list[int], reading: _Reading) -> list[int]:
    """The count the list names: "шесть дочерей от трёх браков: Екатерина, …" names the daughters. A count
    after a preposition qualifies the count before it, whose list it is unless the first item stands
    in the case the preposition gives the qualifying count ("шесть матчей в трёх городах: Москве, …")."""
    if n == 0 or len(totals) != 1 or not reading.items:
        return totals
    # The preposition stands between the counts, or begins the later one's span ("от трёх браков").
    between = layout.between(figures[n - 1], figures[n]).tokens or tuple(layout.q(figures[n]).span.text.split()[:1])
    if len(between) != 1 or morph.part_of_speech(between[0]) != "PREP":
        return totals
    outer = _totals(layout, figures, n - 1)
    if outer is None:
        return totals
    noun = layout.q(figures[n]).span.text.split()[-1]
    cases = {p.tag.case for p in morph.parses(noun)}
    first = next(t.text for t in reading.items[0] if t.text[0].isalnum())
    return totals if any(p.tag.case in cases for p in morph.parses(first)) else outer


def find(layout: Layout) -> list[Structure]:
    """Every count with the list of items it names."""
    out: list[Structure] = []
    text = layout.doc.text
    paragraphs = layout.doc.paragraphs()
    for sentence, figures in layout.figures:
        paragraph = layout.paragraph_of(sentence)
        end = paragraphs[paragraph][1] if 0 <= paragraph < len(paragraphs) else layout.sentence_ends[sentence]
        for n, total in enumerate(figures):
            totals = _totals(layout, figures, n, least=1)
            if totals is None:
                continue
            q = layout.q(total)
            stop = min(end, q.span.end + _MAX_LIST_CHARS)
            next_figure = layout.q(figures[n + 1]).span.start if n + 1 < len(figures) else end
            opened = _opener(layout, _tokens(text, q.span.end, stop, _opener_reach(layout.lex)), next_figure)
            if opened is None or (q.value < 2 and not opened[1]):
                continue
            tokens = _tokens(text, q.span.end, stop)
            reading = _read(layout, tokens[opened[0] + 1 :], tokens[opened[0]].text)
            if opened[1]:
                reading = attrs.evolve(reading, complete=False)
            totals = _qualified(layout, figures, n, totals, reading)
            found = _list_of(layout, totals, figures, reading)
            if found is None and not opened[1]:
                found = _named_list(layout, totals, figures, tokens[opened[0] :])
            if found is not None:
                out.append(found)
    return out
