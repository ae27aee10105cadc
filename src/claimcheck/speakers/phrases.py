"""The noun phrases a speaker is named by: runs of name words, genitive tails ("МИД России",
"пресс-служба казахстанского премьера"), a phrase's head noun and the phrase in the nominative.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any, Final

from claimcheck import morph
from claimcheck.lexicon import Lexicon
from claimcheck.segment import Word
from claimcheck.speakers.declension import name_reading
from claimcheck.speakers.proper import (
    LATIN_RE,
    PROPER,
    SPACES,
    capitalised_as,
    is_first_name,
    is_initial,
    is_place,
    is_proper_word,
    mostly_place,
    particle_name,
)

_MAX_NAME_WORDS = 4
# The longest title in quotation marks a noun phrase takes whole ("радиостанция «Северный берег»").
_MAX_TITLE_CHARS = 60
# What joins two Latin words of one name ("Johnson & Johnson").
_LATIN_JOIN: Final = "&"


def name_run(text: str, words: Sequence[Word], j: int, limit: int, lex: Lexicon) -> int:
    """Index after a run of capitalised name words starting at ``j``, in one script, initials included."""
    if is_place(words[j].text):
        return j + 1
    latin = bool(LATIN_RE.match(words[j].text))
    if j >= limit or not _goes_on_name(text, words, j, j, lex, latin=latin):
        return j
    return name_run_on(text, words, j, limit, lex, latin=latin)


def name_run_on(text: str, words: Sequence[Word], j: int, limit: int, lex: Lexicon, *, latin: bool) -> int:
    """Index after a run of name words as :func:`name_run` finds it, for a first word ``j`` (below
    ``limit``) already known to go on a name, in the Latin script or not as ``latin`` says."""
    joins = SPACES + "." + lex.punctuation.main_marks
    nickname = False
    k = j + 1
    while k < limit and k - j < _MAX_NAME_WORDS:
        w = words[k].text
        # only a capitalised word goes on a name (the tests below would say so, at a parse each); a
        # particle name has a hyphen
        if not w[:1].isupper() and ("-" not in w or not particle_name(w)):
            break
        gap = text[words[k - 1].end : words[k].start]
        if _parts(gap, joins, words, k):
            break  # a comma, a bracket or a dash ends the name
        if gap != " ":  # a single space, the usual gap, opens or closes no nickname
            quoted = _in_nickname(gap, words[k - 1].text, nickname, lex.punctuation.primary)
            if quoted is None:
                break
            nickname = quoted
        if not _goes_on_name(text, words, j, k, lex, latin=latin):
            break
        k += 1
    return k


def _parts(gap: str, joins: str, words: Sequence[Word], k: int) -> bool:
    """The ``gap`` before word ``k`` holds more than ``joins``, beside "&" between Latin words ("Johnson &
    Johnson", "Procter & Gamble"): it parts the word from the one before (the script of the words is
    asked only of a gap with more than the joins, which most are not)."""
    if not gap.strip(joins):
        return False
    latin = k > 0 and LATIN_RE.match(words[k].text) and LATIN_RE.match(words[k - 1].text)
    return bool(gap.strip(joins + _LATIN_JOIN)) if latin else True


def _in_nickname(gap: str, before: str, nickname: bool, primary: tuple[str, str]) -> bool | None:
    """Whether a nickname in quotation marks is open after ``gap``: one stays inside a name ("Джеймс
    «Бадди» Макгирт") when it opens after a first name and closes before the surname; None when the
    mark ends the name instead (a title in quotes after a name)."""
    opening, closing = primary
    if opening not in gap and closing not in gap:
        return nickname
    if opening in gap and not nickname and is_first_name(before):
        return True
    if closing in gap and nickname:
        return False
    return None


def _goes_on_name(text: str, words: Sequence[Word], j: int, k: int, lex: Lexicon, *, latin: bool) -> bool:
    """Whether word ``k`` is a word of the name that starts at word ``j``: an initial, a word after a
    first name, or a proper word in the name's script."""
    w = words[k]
    initial = len(w.text) == 1 and w.text.isupper() and text[w.end : w.end + 1] == "."
    if k > j and is_place(w.text):
        return False  # "главы правительств России Олжас Бектенов": a place is not part of a name
    if (
        k > j
        and (initial or is_first_name(w.text))
        and not is_first_name(words[k - 1].text)
        and len(words[k - 1].text) > 1
    ):
        # "Владимира Путина Дмитрий Песков", "В. Путина Д. Песков": a name after a surname is another person's
        return False
    after_name = k > j and morph.is_name(words[k - 1].text) and w.text[:1].isupper() and not w.text.isupper()
    if not (initial or after_name or (is_proper_word(text, w, lex) and bool(LATIN_RE.match(w.text)) == latin)):
        return False
    # A full stop after a whole word ends the sentence, whatever marks follow it (". «Читайте").
    return not (k > j and "." in text[words[k - 1].end : w.start] and len(words[k - 1].text) > 1)


def genitive_tail(
    text: str,
    words: Sequence[Word],
    j: int,
    limit: int,
    lex: Lexicon,
    *,
    owner_names: bool = False,
    slot_case: str | None = None,
    titles: bool = True,
) -> int:
    """Index after the genitive modifiers of a head noun ("казахстанского премьера", "МИД России", "«Блюз»").

    ``titles`` lets a title in quotation marks follow; after a proper name one does not belong to it
    ("цитирует Фастовского «Советский спорт»": the title is the next noun phrase).
    """
    joins = SPACES + lex.punctuation.main_marks
    title = lex.punctuation.primary[0]
    k = j
    while k < limit and k - j < 8:
        gap = text[words[k - 1].end : words[k].start] if k > 0 else " "
        if _parts(gap, joins, words, k) or (not titles and title in gap):
            break
        w = words[k].text
        closing = _opened_title(gap, lex) if titles else None
        if closing is not None:
            k = _title_end(text, words, k, limit, closing)  # "радиостанция «Северный берег»": the whole title
            continue
        if (w.isupper() and len(w) > 1) or LATIN_RE.match(w) or mostly_place(w):
            k += 1
            continue
        # initials after a role start a name ("глава района П. Кравцов"); after an organisation they
        # start the subject of a clause as often as its owner, and end the phrase
        initial = is_initial(text, words[k])
        if initial and owner_names:
            break
        if (w[:1].isupper() and is_proper_word(text, words[k], lex)) or initial:
            owner_end = _owner_end(text, words, k, limit, lex, owner_names=owner_names, slot_case=slot_case)
            if owner_end is None:
                break
            k = owner_end
            continue
        if w.lower() in lex.name_links and k + 1 < limit and words[k + 1].text[:1].isupper():
            # "РГУ им. Косыгина", "театр имени Вахтангова": the name belongs to the organisation.
            k = name_run(text, words, k + 1, limit, lex)
            continue
        if w.lower() in lex.pronouns or w.lower() in lex.possessives or not _genitive_modifier(w):
            break
        k += 1
    return k


def _opened_title(gap: str, lex: Lexicon) -> str | None:
    """The closing mark of a title whose opening mark ends ``gap``, glued to the word after it
    ("газета «Труд»", 'газета "Труд"'); None when the gap opens none."""
    if not gap or gap[-1] not in lex.punctuation.main_marks:
        return None  # most gaps end in a space: told by a lookup before the pairs are looked through
    return next((closing for opening, closing in lex.punctuation.main if gap[-1] == opening), None)


def _title_end(text: str, words: Sequence[Word], k: int, limit: int, closing: str) -> int:
    """Index after the words of the title in quotation marks that word ``k`` opens (at most ``limit``);
    the word after ``k`` when the title does not close in the words a title may have."""
    close = text.find(closing, words[k].start, words[k].start + _MAX_TITLE_CHARS)
    if close < 0:
        return k + 1
    end = k + 1
    while end < limit and words[end].start < close:
        end += 1
    return end


def _owner_end(
    text: str, words: Sequence[Word], k: int, limit: int, lex: Lexicon, *, owner_names: bool, slot_case: str | None
) -> int | None:
    """Index after the name at word ``k`` if it names the owner of the head noun before it, in the
    genitive ("пресс-секретарь Путина"); None if it is the speaker's own name, in the nominative
    ("представитель StubHub Гленн Леман").

    After an organisation ("пресс-служба Бектенова") a name is its owner whatever its case reads; a
    bare surname that can be genitive ("тренер Дадашева") is the owner too, while an apposed name
    reads nominative or brings a first name ("министр Лавров", "тренер Джеймс Макгирт").
    """
    run_end = name_run(text, words, k, limit, lex)
    run = [x.text for x in words[k:run_end]]
    if slot_case == "gent" and not owner_names and any(is_first_name(x) for x in run):
        return None  # "по словам министра Ивана Петрова": in a genitive slot a full name is apposed
    if owner_names or bare_genitive(run) or name_reading(run).case in ("gent", "accs"):
        return run_end
    if run_end < limit and not text[words[run_end - 1].end : words[run_end].start].strip(SPACES):
        after = words[run_end]
        if is_initial(text, after) or (len(run) > 1 and after.text[:1].isupper() and is_first_name(after.text)):
            # "пресс-секретарь В. Путина Д. Песков", "врач Анны Петровой Мария Лебедева": a name that
            # another follows is the owner's (one word before a first name may be the same person's:
            # "Махатхир Мохамад")
            return run_end
    return None


def _genitive_modifier(word: str) -> bool:
    """A noun, adjective or participle that reads genitive, not most probably a verb or a function word."""
    genitive = any(p.tag.case == "gent" and p.tag.POS in ("NOUN", "ADJF", "PRTF") for p in morph.parses(word)[:4])
    return genitive and morph.part_of_speech(word) not in ("VERB", "PREP", "CONJ", "INFN", "PRCL", "GRND")


def bare_genitive(run: Sequence[str]) -> bool:
    """A surname without a first name that can be read in the genitive ("Дадашева"): after a role
    noun it names the role's owner ("тренер Дадашева") rather than the role's holder."""
    return len(run) == 1 and not is_first_name(run[0]) and any(
        p.tag.case in ("gent", "accs") for p in morph.parses(run[0])[:4]
    )


def head_reading(word: str, case: str | None) -> Any | None:
    """The common-noun reading of ``word``, in ``case`` when it has one; None unless the word's most
    probable reading is a noun the dictionary knows."""
    nouns = _noun_readings(word)
    if not nouns:
        return None
    if case is not None:
        for p in nouns:
            if p.tag.case == case:
                return p
    return nouns[0]


# Grammemes of a reading that is no common noun (a tag is a set: tested against them at C speed).
_NOT_COMMON: Final = frozenset((*PROPER, "Geox"))


@functools.lru_cache(maxsize=65536)
def _noun_readings(word: str) -> tuple[Any, ...]:
    """The known common-noun readings of ``word`` (among its five best), if its best reading is a noun;
    cached per word form, whatever case is asked of them."""
    ps = morph.parses(word.lower())
    if len(word) < 2 or not ps or ps[0].tag.POS != "NOUN":
        return ()
    return tuple(
        p for p in ps[:5]
        if p.tag.POS == "NOUN" and p.is_known and p.tag.isdisjoint(_NOT_COMMON)
    )


def adjective_head(word: str, case: str | None, lex: Lexicon) -> Any | None:
    """The reading of an adjective used as a noun for a person ("знакомый", "пострадавший"), in ``case``
    when it has one; None for other words."""
    ps = morph.parses(word.lower())
    if not ps or ps[0].tag.POS not in ("ADJF", "PRTF") or "Subx" not in ps[0].tag:
        return None
    if morph.normalize(str(ps[0].normal_form)) not in lex.roles | lex.groups:
        return None
    readings = [p for p in ps[:6] if p.tag.POS in ("ADJF", "PRTF") and (case is None or p.tag.case == case)]
    return readings[0] if readings else None


def nominative_np(ws: Sequence[str], head_index: int, head: Any) -> str:
    """The phrase with its head and the adjectives before it in the nominative."""
    number = str(head.tag.number or "sing")
    plural = number == "plur"
    head_form = head.inflect({"nomn", number}) if head.tag.case != "nomn" else head
    out: list[str] = []
    for i, w in enumerate(ws):
        if i == head_index:
            out.append(capitalised_as(w, head_form.word) if head_form is not None else w)
        elif i < head_index and morph.part_of_speech(w) in ("ADJF", "PRTF"):
            wanted = {"nomn", "plur"} if plural else {"nomn", str(head.tag.gender or "masc")}
            adj = next((p for p in morph.parses(w.lower()) if p.tag.POS in ("ADJF", "PRTF")), None)
            form = adj.inflect(wanted) if adj is not None else None
            out.append(capitalised_as(w, form.word) if form is not None else w)
        else:
            out.append(w)
    return " ".join(out)
