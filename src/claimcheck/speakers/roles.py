"""Roles bound to the people a text names in them: "президент России Владимир Путин", "писатель и
журналист Виктор Шендерович", "Марк Цукерберг, создатель Facebook". A later role without a name
("президент", "создатель Facebook") is the person named in that role, its country or organisation
respected: "премьер Франции" is never a premier the text names for another country.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence

from attrs import frozen

from claimcheck import morph
from claimcheck.lexicon import Lexicon
from claimcheck.segment import Document, Word
from claimcheck.speakers.identity import same_person
from claimcheck.speakers.mentions import first_at
from claimcheck.speakers.names import PersonName
from claimcheck.speakers.phrases import head_reading
from claimcheck.speakers.proper import SPACES, lemma_in

# How many words an apposed role phrase after a name may have ("Всеволод Чаплин, глава синодального
# Отдела по взаимоотношениям Церкви и общества").
_MAX_APPOSED_WORDS = 8
# Letters of a modifier's normal form that identify it: "японского" and "Японии" share "япон".
_MODIFIER_STEM = 4


@frozen
class Office:
    """A role as an office: the role's lemma (synonyms made one: "глава правительства" is "премьер")
    and the stems of the words that qualify it (a country, an organisation: "Израиля", "Facebook")."""

    title: str
    modifiers: frozenset[str]
    noun: str = ""  # the role noun the office is read from, as written
    of_body: bool = False  # qualified by a common noun for an organisation ("глава агентства")
    named: frozenset[str] = frozenset()  # the modifiers that name a country or an organisation

    def fits(self, other: Office) -> bool:
        """The same office, and ``other``'s modifiers, if it has any, among this one's."""
        return self.title == other.title and other.modifiers <= self.modifiers

    def conflicts(self, other: Office) -> bool:
        """The same office of another country or organisation: "премьер Израиля" is not "премьер
        Франции" (while "создатель социальной сети" may be "создатель Facebook")."""
        return self.title == other.title and bool(self.named and other.named) and not self.named & other.named


@frozen
class RoleBinding:
    """The person named ``name`` at ``position`` in the role ``office``."""

    position: int
    name: str
    office: Office


def office_of(words: Sequence[str], lex: Lexicon) -> Office | None:
    """The office a role phrase names ("глава правительства Израиля" -> премьер, {израил}); None when
    the phrase has no role noun."""
    lemmas = [_lemma(w, lex) for w in words]
    i = next((k for k, lem in enumerate(lemmas) if lem in lex.roles), None)
    if i is None:
        i = next((k for k, w in enumerate(words[:3]) if _person_noun(w)), None)
    if i is None:
        return None
    title, skip = lex.role_offices.get(lemmas[i], lemmas[i]), {i}
    # "глава (российского) государства": the noun after the role, past its adjectives, may name the office
    noun = next((k for k in range(i + 1, min(len(words), i + 3)) if morph.part_of_speech(words[k]) == "NOUN"), None)
    if noun is not None and f"{lemmas[i]} {words[noun].lower()}" in lex.role_offices:
        title, skip = lex.role_offices[f"{lemmas[i]} {words[noun].lower()}"], {i, noun}
    elif noun == i + 1 and lemmas[i] in lex.head_roles:
        title, lemmas[noun] = _headed_body(title, words[noun], lemmas[noun], lex)
    qualifying = [k for k in range(len(words)) if k not in skip and _qualifies(words[k], lemmas[k], lex)]
    modifiers = frozenset(_stem(lemmas[k], lex) for k in qualifying)
    generic = any(words[k][:1].islower() and lemmas[k] in lex.organizations for k in qualifying if k > i)
    named = frozenset(
        _stem(lemmas[k], lex) for k in qualifying
        if (k > i and words[k][:1].isupper()) or morph.part_of_speech(words[k]) in ("ADJF", "PRTF")
    )
    return Office(title, modifiers, words[i], generic, named)


def _headed_body(title: str, word: str, lemma: str, lex: Lexicon) -> tuple[str, str]:
    """The office of the head of a body named by a prefix, and the lemma that qualifies it: "глава
    Минсвязи" is the "министр" of "связь"."""
    low = word.lower()
    for prefix, office in lex.role_prefixes.items():
        rest = low[len(prefix) :]
        if low.startswith(prefix) and len(rest) > len(prefix):
            return office, morph.normalize(morph.lemma(rest))
    return title, lemma


def offices_of(words: Sequence[str], lex: Lexicon) -> list[Office]:
    """Every office a role phrase names: "писатель и журналист" names two, with the same modifiers."""
    if not words:
        return []  # most names come with no role
    first = office_of(words, lex)
    if first is None:
        return []
    out = [first]
    for k, w in enumerate(words):
        if w.lower() in lex.role_conjunctions and k + 1 < len(words):
            other = office_of(words[k + 1 :], lex)
            if other is not None:
                out.append(Office(other.title, first.modifiers | other.modifiers))
    return out


def _lemma(word: str, lex: Lexicon) -> str:
    found = lemma_in(word, lex.roles)
    return found if found is not None else morph.normalize(morph.lemma(word))


def _qualifies(word: str, lemma: str, lex: Lexicon) -> bool:
    """A word that says which office: a noun, a name, or an adjective of a place or an organisation
    ("японского", "палестинской"); not a conjunction, a preposition, a role, or an adjective that
    says nothing of the office ("бывший", "новый", "нынешний")."""
    if len(word) < 2 or not word.isalpha() or word.lower() in lex.role_conjunctions or lemma in lex.roles:
        return False
    pos = morph.part_of_speech(word)
    if pos in ("ADJF", "PRTF"):
        return lemma in lex.place_aliases or lemma.endswith(lex.relational_suffixes)
    return word.isupper() or pos in ("NOUN", None)


def _stem(lemma: str, lex: Lexicon) -> str:
    return lex.place_aliases.get(lemma, lemma)[:_MODIFIER_STEM]


class RoleIndex:
    """The roles a text names its people in, in text order, kept by office title: every question is
    about one office, so it reads the bindings of that title only."""

    def __init__(self, bindings: Iterable[RoleBinding]) -> None:
        self._by_title: dict[str, list[RoleBinding]] = {}
        for b in sorted(bindings, key=lambda b: b.position):
            self._by_title.setdefault(b.office.title, []).append(b)
        self._positions = {title: [b.position for b in found] for title, found in self._by_title.items()}

    def holder(self, office: Office, at: int) -> str | None:
        """The person named in ``office`` last before ``at``, else first after it; a mention that
        names the person ("Президент Корреа") is that person."""
        bindings = self._by_title.get(office.title, [])
        named = next((b for b in bindings if office.modifiers & _stems(b.name)), None)
        if named is not None:
            return named.name
        i = bisect.bisect_left(self._positions.get(office.title, []), at)
        before = next((b for b in reversed(bindings[:i]) if b.office.fits(office)), None)
        if before is not None:
            return before.name
        return next((b.name for b in bindings[i:] if b.office.fits(office)), None)

    def conflicting(self, name: str, office: Office, exclusive: frozenset[str] = frozenset()) -> bool:
        """Whether the text names ``name`` in ``office`` qualified otherwise ("премьер Израиля" is not
        "премьер Франции"), or, for an office of ``exclusive``, in another of them of the same country or
        body ("президент Франции Эмманюэль Макрон" is not the "премьер Франции" of a later sentence)."""
        found = self._by_title.get(office.title, [])
        if any(b.office.conflicts(office) and same_person(b.name, name) for b in found):
            return True
        if office.title not in exclusive or not office.named or any(same_person(b.name, name) for b in found):
            return False
        return any(
            office.named & b.office.named and same_person(b.name, name)
            for title in exclusive - {office.title}
            for b in self._by_title.get(title, [])
        )


def _stems(name: str) -> frozenset[str]:
    return frozenset(morph.normalize(w)[:_MODIFIER_STEM] for w in name.split())


def find_bindings(doc: Document, names: Sequence[PersonName], lex: Lexicon) -> list[RoleBinding]:
    """The roles the text names its people in: the role phrase before a name, and one apposed after it
    in commas ("Марка Цукерберга, создателя Facebook,")."""
    text, words = doc.text, doc.words()
    out: list[RoleBinding] = []
    for p in names:
        if p.role_words:  # most names come with no role before them
            out.extend(RoleBinding(p.start, p.name, office) for office in offices_of(p.role_words, lex))
        if _comma_at(text, p.end):  # a role is apposed in commas only
            apposed = _apposed_role(text, words, first_at(words, p.end), lex)
            out.extend(RoleBinding(p.start, p.name, office) for office in offices_of(apposed, lex))
    return out


def _comma_at(text: str, pos: int) -> bool:
    """A comma is the first mark at ``pos`` past spaces."""
    while pos < len(text) and text[pos] in SPACES:
        pos += 1
    return text.startswith(",", pos)


def _apposed_role(text: str, words: Sequence[Word], i: int, lex: Lexicon) -> tuple[str, ...]:
    """The role phrase after a comma at word ``i`` ("…, глава синодального Отдела,"): its words up to
    the next punctuation; empty when the words there are no role."""
    if i >= len(words) or text[words[i - 1].end : words[i].start].strip(SPACES) != ",":
        return ()
    k = i
    while k < len(words) and k - i < _MAX_APPOSED_WORDS:
        if k > i and text[words[k - 1].end : words[k].start].strip(SPACES + lex.punctuation.main_marks):
            break
        k += 1
    phrase = tuple(w.text for w in words[i:k])
    # A role noun of the lexicon, told by a set lookup: most names are followed by no role at all.
    head = next((j for j, w in enumerate(phrase[:3]) if lemma_in(w, lex.roles) is not None), None)
    return phrase[head:] if head is not None else ()


def _person_noun(word: str) -> bool:
    """A common noun for a person ("скульптор", "маэстро")."""
    reading = head_reading(word, None)
    return reading is not None and "anim" in reading.tag


def gender_of_office(office: Office, lex: Lexicon) -> str | None:
    """The gender of the person holding ``office``: a feminine noun's ("жена", "певица"), or a
    masculine one's ("хоккеист") unless it names an office that a woman may hold as well ("министр");
    read off the noun as written, a singular reading first ("супруги" is a wife's)."""
    reading = next(
        (p for p in morph.parses(office.noun.lower()) if p.tag.POS == "NOUN" and p.tag.number == "sing"), None
    )
    if reading is None or reading.tag.gender not in ("masc", "femn"):
        return None
    gender = str(reading.tag.gender)
    return None if gender == "masc" and office.title in lex.roles else gender
