"""Speaker mentions and their resolution to one canonical source per document.

A mention is the noun phrase a speech cue attaches to: a person's name ("Олжас Бектенов", "В. Путин"),
a role ("глава МИД России", "премьер"), an organisation ("пресс-служба казахстанского премьера", "ТАСС"),
a group ("стороны", "эксперты") or a pronoun ("он"). :class:`Resolver` maps each mention to a canonical
name in the nominative: surnames to the fullest name the text gives, pronouns and bare roles to the
nearest earlier compatible person, bare organisation heads ("пресс-службе") to the organisation named
before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from attrs import frozen

from claimcheck import morph
from claimcheck.lexicon import Lexicon
from claimcheck.segment import Word

__all__ = ["Mention", "Resolver", "find_person_names", "mention_at", "word_info"]

_INITIAL_RE = re.compile(r"[A-ZА-ЯЁ]\.")
_LATIN_RE = re.compile(r"[A-Za-z]")


@frozen
class Mention:
    """A speaker mention ``text[start:end]``; ``words`` are its words, ``head`` the lemma of its head."""

    start: int
    end: int
    kind: str  # person | organization | role | group | pronoun
    words: tuple[str, ...]
    head: str
    name_words: tuple[str, ...] = ()  # the person's name inside a role mention ("глава МИД Сергей Лавров")
    plural: bool = False


def word_info(word: str) -> tuple[str | None, str | None, str | None]:
    """(part of speech, case, number) of the best parse."""
    ps = morph.parses(word)
    if not ps:
        return None, None, None
    tag = ps[0].tag
    return (
        str(tag.POS) if tag.POS else None,
        str(tag.case) if tag.case else None,
        str(tag.number) if tag.number else None,
    )


def _is_capitalized_name_word(word: str, lex: Lexicon) -> bool:
    if not word[:1].isupper() or word in lex.not_names:
        return False
    if word.isupper() and len(word) > 1:
        return False  # an abbreviation (МИД, РФ) is an organisation or a place, not a name
    return morph.is_name(word) or morph.is_surname(word) or not morph.parses(word) or _LATIN_RE.match(word) is not None


def _is_person_word(word: str) -> bool:
    return morph.is_name(word) or morph.is_surname(word)


def _lemma_in(word: str, table: frozenset[str]) -> str | None:
    low = word.lower()
    for lem in morph.lemmas(low):
        if lem in table:
            return lem
    return None


def _genitive_tail(words: Sequence[Word], j: int, limit: int) -> int:
    """Index after the genitive modifiers that follow a head noun ("казахстанского премьера", "МИД России")."""
    k = j
    while k < limit and k - j < 8:
        w = words[k].text
        if w.isupper() and len(w) > 1 and not _LATIN_RE.match(w):
            k += 1  # an abbreviation: МИД, РФ, РК
            continue
        pos, _, _ = word_info(w)
        genitive = any(p.tag.case == "gent" and p.tag.POS in ("NOUN", "ADJF", "PRTF") for p in morph.parses(w)[:4])
        if genitive and pos not in ("VERB", "PREP", "CONJ", "INFN"):
            k += 1
            continue
        break
    return k


def _name_run(words: Sequence[Word], j: int, limit: int, lex: Lexicon) -> int:
    """Index after a run of capitalised name words starting at ``j`` (initials included)."""
    k = j
    while k < limit and k - j < 4:
        w = words[k].text
        if _is_capitalized_name_word(w, lex) or (len(w) == 1 and w.isupper()):
            k += 1
            continue
        break
    return k


def mention_at(
    text: str, words: Sequence[Word], j: int, lex: Lexicon, *, limit: int | None = None
) -> Mention | None:
    """The speaker mention that starts at word ``j``, if one does."""
    limit = len(words) if limit is None else limit
    w = words[j].text
    low = w.lower()
    if low in lex.pronouns:
        gender = lex.pronouns[low]
        return Mention(words[j].start, words[j].end, "pronoun", (w,), gender, plural=gender == "plur")
    # A role, organisation or group noun, with adjectives before and a genitive tail after.
    head_kind, head = None, None
    for kind, table in (("organization", lex.organizations), ("role", lex.roles), ("group", lex.groups)):
        lem = _lemma_in(w, table)
        if lem is not None:
            head_kind, head = kind, lem
            break
    if head_kind is not None and head is not None:
        plural = any(p.tag.number == "plur" and p.tag.case == "nomn" for p in morph.parses(w)[:4])
        if head_kind == "role" and plural and head in lex.groups:
            head_kind = "group"
        if head_kind == "group" and not plural and head in lex.roles:
            head_kind = "role"
        if head_kind == "group" and not plural:
            return None
        start = j
        while start > 0 and word_info(words[start - 1].text)[0] in ("ADJF", "PRTF") and j - start < 2:
            if words[start - 1].end + 1 < words[start].start:
                break
            start -= 1
        end = _genitive_tail(words, j + 1, limit)
        name_end = _name_run(words, end, limit, lex)
        if name_end > end and any(_is_person_word(x.text) for x in words[end:name_end]):
            names = tuple(x.text for x in words[end:name_end])
            return Mention(
                words[start].start, words[name_end - 1].end, "person",
                tuple(x.text for x in words[start:name_end]), head, name_words=names,
            )
        return Mention(
            words[start].start, words[end - 1].end, head_kind,
            tuple(x.text for x in words[start:end]), head, plural=plural,
        )
    if _is_capitalized_name_word(w, lex):
        end = _name_run(words, j, limit, lex)
        run = tuple(x.text for x in words[j:end])
        person = any(_is_person_word(x) for x in run) and not _LATIN_RE.match(run[0])
        if not person:
            end = _genitive_tail(words, end, limit) if end < limit else end
            run = tuple(x.text for x in words[j:end])
        return Mention(words[j].start, words[end - 1].end, "person" if person else "organization", run, run[-1].lower())
    if w.isupper() and len(w) > 1:
        end = _genitive_tail(words, j + 1, limit)
        run = tuple(x.text for x in words[j:end])
        return Mention(words[j].start, words[end - 1].end, "organization", run, low)
    return None


@frozen
class _Person:
    position: int
    name: str
    gender: str | None
    role: str | None


def find_person_names(text: str, words: Sequence[Word], lex: Lexicon) -> list[tuple[int, int, str, str | None]]:
    """Every name of a person in the text as (start, end, nominative name, role lemma before it).

    A run of capitalised words counts as a person's name when the dictionary knows one word of it as
    a first name, or it is shaped like "Имя Фамилия" with a surname the dictionary does not know.
    """
    out: list[tuple[int, int, str, str | None]] = []
    j = 0
    n = len(words)
    while j < n:
        w = words[j].text
        if not _is_capitalized_name_word(w, lex):
            j += 1
            continue
        end = _name_run(words, j, n, lex)
        run = [x.text for x in words[j:end] if len(x.text) > 1]
        if run and any(morph.is_name(x) for x in run) and (len(run) > 1 or morph.is_surname(run[0])):
            role = None
            if j > 0:
                k = j - 1
                while k >= 0 and j - k <= 6:
                    lem = _lemma_in(words[k].text, lex.roles)
                    if lem is not None:
                        role = lem
                        break
                    if text[words[k].end : words[k + 1].start].strip(" "):
                        break
                    k -= 1
            out.append((words[j].start, words[end - 1].end, morph.nominative_name(run), role))
        j = max(end, j + 1)
    return out


def _key(surname: str) -> str:
    return surname.lower().replace("ё", "е")[:5]


class Resolver:
    """Resolves mentions of one document to canonical names, in document order."""

    def __init__(self, text: str, words: Sequence[Word], lex: Lexicon) -> None:
        self._text = text
        self._lex = lex
        self._persons: list[_Person] = []
        for start, _end, name, role in find_person_names(text, words, lex):
            gender = morph.gender_of(name.split()[0]) or morph.gender_of(name.split()[-1])
            self._persons.append(_Person(start, name, gender, role))
        self._orgs: list[tuple[int, str, str]] = []  # (position, head lemma, canonical)

    def _fullest(self, name: str) -> str:
        key = _key(name.split()[-1])
        best = name
        for p in self._persons:
            if _key(p.name.split()[-1]) == key and len(p.name.split()) > len(best.split()):
                best = p.name
        return best

    def _nearest_person(self, before: int, gender: str | None, role: str | None = None) -> str | None:
        candidates = [p for p in self._persons if p.position < before]
        if role is not None:
            for p in reversed(self._persons):
                if p.role == role:
                    return self._fullest(p.name)
        for p in reversed(candidates):
            if gender is None or p.gender is None or p.gender == gender:
                return self._fullest(p.name)
        return None

    def note_person(self, position: int, name: str) -> None:
        """Remember a person found as a speaker, for the pronouns that follow."""
        gender = morph.gender_of(name.split()[0]) or morph.gender_of(name.split()[-1])
        self._persons.append(_Person(position, name, gender, None))
        self._persons.sort(key=lambda p: p.position)

    def resolve(self, m: Mention) -> tuple[str, str]:
        """(canonical name, speaker kind) of a mention."""
        if m.kind == "person":
            words = m.name_words or m.words
            name = self._fullest(morph.nominative_name([w for w in words if len(w) > 1 or w.isalpha()]))
            self.note_person(m.start, name)
            return name, "person"
        if m.kind == "pronoun":
            if m.plural:
                for pos, _head, canonical in reversed(self._orgs):
                    if pos < m.start:
                        return canonical, "group"
                return " ".join(m.words).lower(), "unknown"
            found = self._nearest_person(m.start, m.head)
            return (found, "person") if found else (m.words[0].lower(), "unknown")
        if m.kind == "role" and len(m.words) <= 2:
            found = self._nearest_person(m.start, None, role=m.head)
            if found:
                return found, "person"
        canonical = self._nominative_phrase(m)
        if m.kind in ("organization", "group") and len(m.words) == 1:
            for pos, head, earlier in reversed(self._orgs):
                if head == m.head and pos < m.start:
                    return earlier, m.kind
        self._orgs.append((m.start, m.head, canonical))
        return canonical, m.kind

    def _nominative_phrase(self, m: Mention) -> str:
        """The mention with its head (and the adjectives before it) in the nominative."""
        out: list[str] = []
        head_done = False
        number = "plur" if m.plural else "sing"
        for w in m.words:
            if head_done:
                out.append(w)
                continue
            if _lemma_in(w, self._lex.organizations | self._lex.roles | self._lex.groups) == m.head:
                out.append(morph.nominative(w, number))
                head_done = True
            elif word_info(w)[0] in ("ADJF", "PRTF"):
                out.append(morph.nominative(w, number))
            else:
                out.append(w)
        return " ".join(out)
