"""Percentages of one enumeration: figures of one sentence that share out one whole.

"За Иванова проголосовали 52%, за Петрова — 30%, за Сидорова — 25%": each percentage after the first
has no verb of its own (the text leaves it out and marks the gap with a dash, or joins it with "ещё" or
a conjunction alone), so all of them are shares of what the first one shares. Percentages listed with
"соответственно" belong to different wholes and are left out, and so are rates of their own events
("87% вероятности рака груди, а также 50% — рака яичников"). Results written line by line, one
percentage after a name and a dash in each of three or more sentences in a row ("1. Михаил Саакашвили —
52,1 %", "2. Леван Гацелицадзе — 24,98 %", …), are one enumeration too, and so are the shares of the
votes cast that one or two paragraphs in a row tell, at most two sentences apart ("Бачелет имеет 53,5 %
голосов. Её соперник … имеет 46,5 % голосов."), unless a sentence tells another round or period. When
the last one is "the rest" ("остальные 18%") the enumeration is a partition of the whole: it sums to 100 %.
A vote share of no enumeration that extraction read as an amount is anchored as a share of the votes.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Final

from claimcheck import morph
from claimcheck.structures.layout import Gap, Layout, Structure

__all__ = ["find"]

# Words between two percentages of one enumeration ("(52,3 процента голосов), а за Кокрела - 44,7 тысячи (").
_MAX_GAP_WORDS: Final = 12
# Words after the last percentage in which "соответственно" makes the list a respective one.
_RESPECTIVE_REACH: Final = 4
# Words before a percentage in which "остальные" makes it the rest of the whole.
_REMAINDER_REACH: Final = 2

# Words after a percentage in which a rate noun makes it no share ("87% вероятности").
_RATE_REACH: Final = 2

_KINDS: Final = ("amount", "share", "target")
# Verbs, infinitives and short participles: a clause of its own.
_PREDICATES: Final = frozenset({"VERB", "INFN", "PRTS"})
# A line of results: at most this many words before the dash and its percentage ("2. Леван Гацелицадзе —").
_MAX_LEAD_WORDS: Final = 6
# Vote shares at most this many sentences apart are results of one vote.
_MAX_RESULT_SENTENCES: Final = 2
# Words of its clause before a percentage in which a verb of a vote stands ("набрала в Смоленской области
# всего 36%").
_VOTE_VERB_REACH: Final = 6
_VOTE_VERB_CHARS: Final = 80
# Lines of results in a row that make a list of them.
_MIN_LINES: Final = 3


def _percentage(layout: Layout, i: int) -> bool:
    q = layout.q(i)
    return q.unit == "percent" and q.kind in _KINDS


def _gapped(layout: Layout, a: int, b: int, gap: Gap) -> bool:
    """``b`` shares what ``a`` shares: a list separator between them, and after the last separator no verb
    of its own but the verb left out (a dash there or right after ``b``, or nothing but "ещё"), or both
    shares of one whole the text names ("Радик (51% акций) и Айрат (49% акций)")."""
    if gap.separators < 1 or gap.words > _MAX_GAP_WORDS or "." in gap.marks:
        return False
    pa, pb = layout.claims[a].period, layout.claims[b].period
    if pa is not None and pb is not None and (pa.first, pa.last) != (pb.first, pb.last):
        return False  # "с 2016 года — 18 %, а с 2017 года — 18,8 %": one rate after another
    last_separator = max(k for k, t in enumerate(gap.tokens) if t in layout.separators)
    rest = gap.tokens[last_separator + 1 :]
    if any(morph.part_of_speech(t) in _PREDICATES for t in rest if t[0].isalpha()):
        return False  # the second share has a verb of its own: a statement of its own
    dashes = set(layout.dashes())
    after = layout.tokens(layout.q(b).span.end, layout.q(b).span.end + 3)
    if set(rest) & dashes or (after[:1] and after[0] in dashes) or " ".join(rest) in {"", *layout.gapping_links}:
        return True
    return _same_whole(layout, a, b) and not gap.predicate


def _same_whole(layout: Layout, a: int, b: int) -> bool:
    """Both are shares of one whole the text names after each ("51% акций", "49% акций")."""
    sa, sb = layout.claims[a].subject, layout.claims[b].subject
    return (
        layout.q(a).kind == layout.q(b).kind == "share"
        and sa is not None and sb is not None and sa.lemma == sb.lemma
    )


def _runs(layout: Layout, figures: Sequence[int]) -> Iterator[list[int]]:
    pcts = [i for i in figures if _percentage(layout, i)]
    n = 0
    while n < len(pcts):
        run = [pcts[n]]
        while n + len(run) < len(pcts):
            nxt = pcts[n + len(run)]
            if not _gapped(layout, run[-1], nxt, layout.between(run[-1], nxt)):
                break
            run.append(nxt)
        if len(run) >= 2:
            yield run
        n += len(run)


def _words_after(layout: Layout, i: int, n: int) -> list[str]:
    """The first ``n`` words after claim ``i`` within its sentence."""
    end = layout.q(i).span.end
    words: list[str] = []
    for t in layout.tokens(end, end + 60):
        if t in layout.lex.punctuation.sentence_ends or len(words) == n:
            break
        if t[0].isalnum():
            words.append(t)
    return words


def _respective(layout: Layout, last: int, run: Sequence[int]) -> bool:
    """Listed with "соответственно", the percentages belong to different wholes, unless they are shares of
    the votes cast ("наберут 24% и 20% голосов соответственно")."""
    words = _words_after(layout, last, _RESPECTIVE_REACH)
    said = any(morph.normalize(w) in words for w in layout.lex.respectively)
    return said and not _of_votes(layout, last)


def _rate(layout: Layout, i: int) -> bool:
    """The percentage is a rate of its own event ("87% вероятности"), read in the words after it or its subject."""
    subject = layout.claims[i].subject
    lemmas = set(subject.lemma.split()) if subject is not None else set()
    for w in _words_after(layout, i, _RATE_REACH):
        lemmas |= morph.lemmas(w)
    return bool(lemmas & layout.lex.rate_lemmas)


def _remainder(layout: Layout, i: int) -> bool:
    start = layout.q(i).span.start
    words = [t for t in layout.tokens(max(0, start - 40), start) if t[0].isalnum()][-_REMAINDER_REACH:]
    return any(morph.lemmas(w) & layout.lex.remainder_lemmas for w in words)


def _result_item(layout: Layout, sentence: int, figures: Sequence[int]) -> int | None:
    """The percentage of a sentence written as one line of results, "Леван Гацелицадзе — 24,98 % (442478
    голосов)": its only percentage, after a few words and a dash."""
    pcts = [i for i in figures if _percentage(layout, i)]
    if len(pcts) != 1:
        return None
    lead = layout.gap(layout.sentence_starts[sentence], layout.q(pcts[0]).span.start)
    if lead.words > _MAX_LEAD_WORDS or not lead.tokens or lead.tokens[-1] not in layout.dashes() or lead.predicate:
        return None
    return pcts[0]


def _result_lists(layout: Layout) -> Iterator[list[int]]:
    """Runs of three or more consecutive sentences that are each one line of results."""
    run: list[int] = []
    last = -2
    for sentence, figures in layout.figures:
        item = _result_item(layout, sentence, figures)
        if item is not None and sentence == last + 1 and run:
            run.append(item)
        else:
            if len(run) >= _MIN_LINES:
                yield run
            run = [] if item is None else [item]
        last = sentence
    if len(run) >= _MIN_LINES:
        yield run


def _lemmas_near(layout: Layout, start: int, end: int) -> frozenset[str]:
    return frozenset(lemma for w in layout.doc.words(start, end) for lemma in morph.lemmas(w.text))


def _of_votes(layout: Layout, i: int) -> bool:
    """The percentage names the votes as its whole: "52,6% голосов", "54,42 % избирателей"."""
    subject = layout.claims[i].subject
    after = _words_after(layout, i, 2)
    nouns = {lemma for w in after for lemma in morph.lemmas(w)} | set(subject.lemma.split() if subject else ())
    return bool(nouns & layout.lex.vote_nouns)


def _vote_share(layout: Layout, i: int) -> bool:
    """A share of the votes cast: "52,6% голосов", "54,42 % избирателей", "поддержали 24,82%"."""
    if _of_votes(layout, i):
        return True
    q = layout.q(i)
    # The words of its clause before it: a separator or the end of a sentence ends the clause ("набрала в
    # Смоленской области всего 36%"; brackets and quotation marks do not: "получили 276 голосов (6 %)").
    lo = max(0, q.span.start - _VOTE_VERB_CHARS)
    before = layout.doc.text[lo : q.span.start]
    ends = (*layout.lex.list_separators, *layout.lex.punctuation.sentence_ends)
    cut = max(before.rfind(mark) for mark in ends)
    words = layout.doc.words(lo + cut + 1, q.span.start)[-_VOTE_VERB_REACH:]
    return any(morph.lemmas(w.text) & layout.lex.vote_verbs for w in words)


def _vote_results(layout: Layout) -> Iterator[list[int]]:
    """Vote shares of one or two paragraphs in a row, at most two sentences apart, of one round; a share
    that states a period other than the first one's tells another vote ("На прошлых выборах 2011 года …
    28,6 %") and is left out."""
    run: list[tuple[int, int]] = []  # (sentence, claim)
    for sentence, figures in layout.figures:
        for i in figures:
            if not _percentage(layout, i) or not _vote_share(layout, i):
                continue
            if run and _other_period(layout, run[0][1], i):
                continue
            if run and not _same_results(layout, run[-1], (sentence, i)):
                if len(run) >= 2:
                    yield [c for _, c in run]
                run = []
            run.append((sentence, i))
    if len(run) >= 2:
        yield [c for _, c in run]


def _other_period(layout: Layout, first: int, i: int) -> bool:
    p0, p1 = layout.claims[first].period, layout.claims[i].period
    return p1 is not None and (p0 is None or (p0.first, p0.last) != (p1.first, p1.last))


def _same_results(layout: Layout, last: tuple[int, int], nxt: tuple[int, int]) -> bool:
    """Two vote shares told in one paragraph, or at most two sentences apart in the next one, of one round."""
    (s0, _), (s1, _) = last, nxt
    paragraphs = layout.paragraph_of(s1) - layout.paragraph_of(s0)
    if paragraphs > 1 or (paragraphs and s1 - s0 > _MAX_RESULT_SENTENCES):
        return False
    starts = layout.sentence_starts
    new_round = _lemmas_near(layout, starts[s1], layout.sentence_ends[s1]) & layout.lex.round_lemmas
    return s1 == s0 or not new_round


def _last_percentage(layout: Layout, sentence: int, previous: tuple[int, Sequence[int]]) -> int | None:
    """The last percentage of the sentence right before ``sentence``, in one paragraph or the next one."""
    k, earlier = previous
    if k != sentence - 1 or layout.paragraph_of(sentence) - layout.paragraph_of(k) > 1:
        return None
    pcts = [i for i in earlier if _percentage(layout, i)]
    return pcts[-1] if pcts else None


def _result_share(layout: Layout, i: int) -> bool:
    """A vote share, or a percentage given as a result ("с результатом 56 процентов")."""
    if _vote_share(layout, i):
        return True
    start = layout.q(i).span.start
    before = layout.doc.words(max(0, start - 20), start)
    return bool(before) and bool(morph.lemmas(before[-1].text) & layout.lex.share_before)


def _elliptic(layout: Layout, sentence: int, i: int) -> bool:
    """The sentence of percentage ``i`` has no verb of its own and a dash before the percentage ("У его
    соперницы — Марии Орловой — 44 процента."): it goes on from what the sentence before said."""
    lead = layout.gap(layout.sentence_starts[sentence], layout.q(i).span.start)
    return bool(lead.tokens) and lead.tokens[-1] in layout.dashes() and not lead.predicate and not (
        layout.gap(layout.q(i).span.end, layout.sentence_ends[sentence]).predicate
    )


def _continued(layout: Layout) -> Iterator[list[int]]:
    """Percentages that go on from the last percentage of the sentence before: the rest of its whole
    ("…основной совладелец (70 %). Остальными 30 % акций владеет …"), or a verbless sentence after a vote
    share ("Орлов лидирует с результатом 56 процентов. У его соперницы — 44 процента.")."""
    previous: tuple[int, Sequence[int]] | None = None
    for sentence, figures in layout.figures:
        pcts = [i for i in figures if _percentage(layout, i)]
        before = None if previous is None or len(pcts) != 1 else _last_percentage(layout, sentence, previous)
        if before is not None and not _other_period(layout, before, pcts[0]):
            i = pcts[0]
            if _remainder(layout, i) or (_result_share(layout, before) and _elliptic(layout, sentence, i)):
                yield [before, i]
        previous = (sentence, figures)


def find(layout: Layout) -> list[Structure]:
    """Every enumeration of percentages in one sentence, every list of results line by line, and the
    vote shares of one vote told over a few sentences."""
    if not any(layout.q(i).unit == "percent" for _, figures in layout.figures for i in figures):
        return []  # most texts: no percentage, and no sentence is read
    out: list[Structure] = []
    runs = [*(run for _, figures in layout.figures for run in _runs(layout, figures)), *_result_lists(layout)]
    seen = {i for run in runs for i in run}
    runs += [run for run in _vote_results(layout) if not set(run) <= seen]
    seen = {i for run in runs for i in run}
    runs += [run for run in _continued(layout) if not set(run) <= seen]
    for run in runs:
        if _respective(layout, run[-1], run) or any(_rate(layout, i) for i in run):
            continue
        kind = "percent_partition" if _remainder(layout, run[-1]) else "percentages"
        out.append(Structure(kind, tuple((i, "part") for i in run)))
    seen = {i for run in runs for i in run}
    out += [Structure("share", ((i, "share"),)) for i in _lone_vote_shares(layout, seen)]
    return out


def _lone_vote_shares(layout: Layout, seen: set[int]) -> Iterator[int]:
    """Vote shares of no enumeration that extraction read as amounts ("«Единая Россия» набрала в области
    всего 36%"): each is a share of the votes cast, which the sanity check holds to 100 %."""
    for _, figures in layout.figures:
        for i in figures:
            q = layout.q(i)
            if i in seen or q.unit != "percent" or q.kind not in ("amount", "target"):
                continue
            if _vote_share(layout, i) and not _rate(layout, i):
                yield i
