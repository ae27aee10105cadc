"""The resolution of a document's speaker mentions to one canonical source each.

:class:`Resolver` maps each mention to a canonical name in the nominative: a partial name to the fullest
name the text gives, a pronoun or a bare role to the person it stands for, a bare organisation noun
("пресс-службе", "издания") to the organisation named before.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
from collections.abc import Callable, Hashable, Sequence
from typing import Final, Literal

from attrs import frozen

from claimcheck import morph
from claimcheck.lexicon import Lexicon
from claimcheck.segment import Document, Sentence, Word
from claimcheck.speakers.abbreviations import expansion, may_abbreviate, phrase_in_case
from claimcheck.speakers.declension import nominative_name, readable_in
from claimcheck.speakers.identity import Person, gender_of_name, name_stems, same_person, stem_key
from claimcheck.speakers.mentions import Mention, first_at, mention_at
from claimcheck.speakers.names import find_person_names
from claimcheck.speakers.phrases import genitive_tail
from claimcheck.speakers.proper import (
    LATIN_RE,
    SPACES,
    capitalised_as,
    is_common_noun,
    is_geographic,
    is_grade,
    is_person_word,
    is_place,
    lemma_in,
    sentence_initial,
)
from claimcheck.speakers.roles import Office, RoleIndex, find_bindings, gender_of_office, office_of
from claimcheck.speakers.slot import speaker_before
from claimcheck.speakers.timeline import Timeline

#: The kinds of speaker a mention resolves to (the report's speaker kinds).
SpeakerKind = Literal["person", "organization", "document", "role", "group", "unknown"]
# What may stand between two capitalised Latin words of one organisation's name.
_LATIN_NAME_JOINS: Final = frozenset({" ", "\u00a0", "&", " & "})
# A pronoun this many characters after the last speaker's mention still refers to them by default.
_SPEAKER_CONTINUITY = 600
# A role this many characters after the last speaker's mention may still be them: a role comes after
# their quotation, which may be long ("«…», — пояснил создатель Facebook").
_ROLE_CONTINUITY = 1500
# How many words before a document's mention the text may first name it ("сделали совместное
# заявление" … "В заявлении подчеркивается").
_DOCUMENT_REACH = 400
# A surname this long or longer misspelt by at most this many letters is the surname of the one full
# name the text gives ("Гернстермайер" for Билл Герстенмайер); shorter ones may be other people.
_MIN_MISSPELT = 8
_MAX_TYPOS = 2
# The longest title in quotation marks after an organisation's noun ("холдинг «Ромашка»").
_MAX_TITLE = 60
# How many genitive words may complete a body's name ("Министерство иностранных дел").
_MAX_BODY_TAIL = 3
# A name this many characters after a role is the role's holder ("председатель партии Соботка").
_NAME_GAP = 3
# A person named this many times or more, and more often than anyone else, is the article's main
# actor, whom a role in its lead means.
_MAIN_ACTOR_MENTIONS = 3


@frozen
class Resolved:
    """A mention resolved: the speaker's canonical name (in the nominative) and kind."""

    name: str
    kind: SpeakerKind


@frozen
class _Organisation:
    """An organisation named at ``position``: the lemma of its head noun, its canonical name, and
    whether that is a proper name ("Forbes", "МИД России") rather than a common noun ("агентство")."""

    position: int
    head: str
    canonical: str
    proper: bool


@frozen
class _Source:
    """An organisation named in a speaker's phrase ("Собеседники РБК", "Forbes") at ``position``."""

    position: int
    name: str


class Resolver:
    """Resolves the mentions of one document to canonical names.

    People are kept in text order, with an index from word stems to the names that contain them and
    the positions they stand at, so that each lookup costs the few names that share a stem rather than
    every mention of the document. People and organisations are also kept on timelines grouped by what
    a question asks of them (gender, subject, role; head lemma, proper or common), so "the last one
    before here" is a bisection too.
    """

    def __init__(self, doc: Document, lex: Lexicon) -> None:
        self._lex = lex
        self._doc = doc
        self._text = doc.text
        self._words = doc.words()
        self._ready = False  # the people and organisations of the text are found on the first question
        # Groups: ("any" | "subject", gender or None) and ("any" | "subject", "*").
        self._people: Timeline[Person] = Timeline()
        self._names: dict[str, dict[str, list[int]]] = {}  # stem key -> name -> sorted positions
        # Organisations under ("head", lemma) and ("proper", bool).
        self._orgs: Timeline[_Organisation] = Timeline()
        self._last_speaker: Person | None = None
        self._sources: list[_Source] = []
        self._expansions: dict[str, tuple[str, ...] | None] = {}
        self._roles = RoleIndex(())
        self._mentions: dict[str, int] = {}  # a person's name -> how often the text names them
        self._owned: dict[tuple[str, str], str] = {}  # (head, owner) -> the organisation's one name
        self._body_names: dict[int, tuple[int, int]] = {}  # a body's position -> its name's words
        self._content = (0, 0)  # the words of the quote whose speaker is being resolved
        self._cue_gender: str | None = None  # the gender the cue of the mention being resolved shows

    def _prepare(self) -> None:
        """Find the text's people and proper organisation names, once: a text nobody is quoted in never
        needs them."""
        if self._ready:
            return
        self._ready = True
        names = find_person_names(self._doc, self._lex)
        for named in names:
            self._add_person(Person(named.start, named.name, gender_of_name(named.name), named.role, named.subject))
            # a subject counts double: the main actor is the one the text has act and speak
            self._mentions[named.name] = self._mentions.get(named.name, 0) + (2 if named.subject else 1)
        self._roles = RoleIndex(find_bindings(self._doc, names, self._lex))
        self._find_proper_organisations()
        self._find_titled_organisations()

    def _find_titled_organisations(self) -> None:
        """Organisations named by a common noun and a title in quotation marks ("холдинг «Ромашка»",
        "клуб «Бавария»"), for a later "в холдинге" to refer to. Only the words before an opening mark
        are looked at, found by a search of the text; a set lookup of word forms tells the nouns."""
        forms = morph.word_forms(self._lex.generic_organizations)
        text, words = self._text, self._words
        for opening, close in self._lex.punctuation.main:
            at = text.find(opening)
            while at >= 0:
                i = bisect.bisect_right(words, at, key=_word_end) - 1  # the last word that ends before the mark
                end = text.find(close, at + 1)
                if (
                    i >= 0
                    and 0 < end - at <= _MAX_TITLE
                    and not text[words[i].end : at].strip(SPACES)
                    and morph.normalize(words[i].text) in forms
                ):
                    self._add_titled(words[i], text[at : end + 1])
                at = text.find(opening, at + 1)

    def _add_titled(self, w: Word, title: str) -> None:
        head = morph.lemma(w.text)
        if head in self._lex.generic_organizations:
            canonical = capitalised_as(w.text, f"{morph.nominative(w.text)} {title}")
            org = _Organisation(w.start, head, canonical, True)
            # found by its own noun only ("в холдинге"), not by any organisation's ("издание")
            self._orgs.add((org.position, org.head, org.canonical, org.proper), org, (("titled", head),))

    def _add_named_organisation(self, i: int) -> None:
        """A state body named by a capitalised word of the lexicon ("Минфин", "Роскосмос") and the
        genitive words that complete its name ("Министерство финансов"), for "ведомство" and its like
        to refer back to. A common noun that only opens a sentence names no body ("Компания заявила")."""
        words = self._words
        w = words[i]
        end = genitive_tail(self._text, words, i + 1, min(len(words), i + 1 + _MAX_BODY_TAIL), self._lex)
        if end == i + 1 and sentence_initial(self._text, w.start, self._lex.punctuation) and is_common_noun(w.text):
            return
        org = _Organisation(w.start, morph.lemma(w.text), _nominative(w.text), True)
        if end > i + 1:
            self._body_names[w.start] = (i, end)  # its full name is put together if a question needs it
        self._orgs.add((org.position, org.head, org.canonical, org.proper), org, (("body", True),))

    def _body_name(self, org: _Organisation) -> _Organisation:
        """A body with the full name the text gives it ("Министерство финансов"), in the nominative."""
        at = self._body_names.get(org.position)
        if at is None:
            return org
        named = [x.text for x in self._words[at[0] : at[1]]]
        # as written when in the nominative: most bodies are named as subjects
        canonical = " ".join(named) if morph.case_of(named[0]) == "nomn" else phrase_in_case(named, "nomn")
        return _Organisation(org.position, org.head, canonical, org.proper)

    def _find_proper_organisations(self) -> None:
        """Names of capitalised Latin words ("Standard & Poors Global Ratings", "S&P"), abbreviations
        ("МИД") and state bodies ("Минфин"). Only a capitalised word can be one: those are picked out at
        C speed, and a word left out between two of them ends a run as any other word that is no such
        name."""
        addresses = self._doc.urls()
        words = self._words
        run: list[Word] = []
        after = -1  # index after the last word looked at
        named = morph.word_forms(self._lex.organizations)
        capitalised = map(str.isupper, map(_FIRST, map(_TEXT, words)))
        for i in itertools.compress(range(len(words)), capitalised):
            w = words[i]
            upper = w.text.isupper()
            if not upper and morph.normalize(w.text) in named:
                self._add_named_organisation(i)
            # an empty run, as most are, is not handed on
            if i != after and run:
                self._add_name_run(run)
                run = []
            after = i + 1
            latin = LATIN_RE.match(w.text) is not None  # the word is capitalised: a Latin one may be a name
            if (
                not (latin or (upper and len(w.text) > 2))
                or addresses.contains(w.start)
                or is_grade(self._text, w, self._lex)
            ):
                if run:
                    self._add_name_run(run)
                    run = []
                continue
            if run and latin and self._text[run[-1].end : w.start] in _LATIN_NAME_JOINS:
                run.append(w)
                continue
            if run:
                self._add_name_run(run)
            run = [w] if latin else []
            if not latin:
                self._add_org(_Organisation(w.start, w.text.lower(), w.text, True))
        self._add_name_run(run)

    def _add_name_run(self, run: Sequence[Word]) -> None:
        if run:
            name = self._text[run[0].start : run[-1].end]
            self._add_org(_Organisation(run[0].start, run[0].text.lower(), name, True))

    def _add_org(self, org: _Organisation) -> None:
        # Kept in the order of all four fields, as the organisations at one position always were.
        key = (org.position, org.head, org.canonical, org.proper)
        self._orgs.add(key, org, (("head", org.head), ("proper", org.proper)))

    def _add_person(self, person: Person) -> None:
        groups: list[Hashable] = [("any", person.gender), ("any", "*")]
        if person.subject:
            groups += [("subject", person.gender), ("subject", "*")]
        self._people.add((person.position,), person, groups)
        for stem in set(name_stems(person.name)):
            bisect.insort(self._names.setdefault(stem_key(stem), {}).setdefault(person.name, []), person.position)

    def _fullest(self, name: str, before: int) -> str:
        """The fullest name of the text that ``name`` is part of; among equally full ones the nearest,
        those before ``before`` first."""
        stems = name_stems(name)
        if not stems:
            return name
        best, best_key = name, (-len(stems), False, 0)
        for other, positions in self._names.get(stem_key(stems[0]), {}).items():
            count = len(name_stems(other))
            if count <= len(stems) or not same_person(name, other):
                continue
            i = bisect.bisect_left(positions, before)
            distance, after = (before - positions[i - 1], False) if i else (positions[0] - before, True)
            if i < len(positions) and positions[i] == before:
                distance, after = 0, False
            key = (-count, after, distance)
            if key < best_key:
                best, best_key = other, key
        return best

    def _nearest_person(self, before: int, gender: str | None) -> str | None:
        topic = self._topic(before, gender)
        if topic is not None:
            return topic.name
        genders: tuple[str | None, ...] = ("*",) if gender is None else (gender, None)
        for kind in ("subject", "any"):
            p = self._people.last_before(before, [(kind, g) for g in genders])
            if p is not None:
                return self._fullest(p.name, p.position)
        return None

    def _topic(self, before: int, gender: str | None, reach: int = _SPEAKER_CONTINUITY) -> Person | None:
        """The last speaker, if they are still the topic at ``before``: named at most ``reach``
        characters before, of ``gender``, and no new person of that gender (of any, when ``gender`` is
        None) introduced since (the distance is tested first: it bounds the people looked at)."""
        last = self._last_speaker
        if (
            last is None
            or not 0 < before - last.position <= reach
            or (gender is not None and last.gender not in (None, gender))
        ):
            return None
        # a role of no known gender ("чиновник") may be anyone named since
        newer = any(
            (gender is None or p.gender in (None, gender)) and not same_person(p.name, last.name)
            and not self._content[0] <= p.position < self._content[1]  # whom one speaks of is not oneself
            for p in self._people.between(last.position, before, ("subject", "*"))
        )
        return None if newer else last

    def _role_holder(self, m: Mention) -> str | None:
        """The person a role without a name stands for: the one the text names in that office, else
        (unless the role is one for people nobody names, or someone else's: "адвокат Иванова") the
        person spoken of, the gender of a feminine role respected."""
        office = self._office(m)
        if office is None:
            return None
        holder = self._named_holder(m, office)
        if holder is not None:
            return holder
        if not self._may_be_topic(m, office):
            return None
        gender = gender_of_office(office, self._lex) or self._cue_gender
        found = self._recent_person(m.start, gender)
        if found is None and self._last_speaker is None:
            found = self._salient_person(gender)  # a role in a headline or a lead: the main actor
        if found is None or self._roles.conflicting(found, office, self._lex.exclusive_offices):
            return None
        self._last_speaker = Person(m.start, found, gender_of_name(found), None, True)
        return found

    def _office(self, m: Mention) -> Office | None:
        """The office a role mention names, if the role is its head and it is not said to be unnamed."""
        office = office_of(m.words, self._lex)
        if office is None or m.head not in morph.lemmas(office.noun.lower()):
            return None  # "ряд критиков": the role is not the mention's head
        if any(morph.lemma(w) in self._lex.unnamed_markers for w in m.words):
            return None
        return office

    def _named_holder(self, m: Mention, office: Office) -> str | None:
        """The person the text names in the office of role ``m``: right after it, or anywhere."""
        named = self._people.between(m.end - 1, m.end + _NAME_GAP, ("any", "*"))
        if named:
            return self._fullest(named[0].name, named[0].position)  # "председатель партии Соботка"
        holder = self._roles.holder(office, m.start)
        return None if holder is None else self._fullest(holder, m.start)

    def _recent_person(self, before: int, gender: str | None) -> str | None:
        """The person spoken of at ``before``: the last speaker while still the topic, else the last
        person named as a subject shortly before."""
        topic = self._topic(before, gender, _ROLE_CONTINUITY)
        if topic is not None:
            return topic.name
        genders: tuple[str | None, ...] = ("*",) if gender is None else (gender, None)
        p = self._people.last_before(before, [("subject", g) for g in genders])
        if p is None or before - p.position > _SPEAKER_CONTINUITY:
            return None
        return self._fullest(p.name, p.position)

    def _may_be_topic(self, m: Mention, office: Office) -> bool:
        """Whether a role may stand for the person the text is about: not the office of a body named by
        a common noun ("глава агентства": the text names its holder or does not), not a role for people
        nobody names ("источник"), not one of many ("один из участников"), not a title ("Коммерсанта"), not
        someone else's ("жена Кинчева")."""
        lex = self._lex
        if office.of_body or {office.title, m.head} & lex.anonymous_roles or morph.lemma(m.words[0]) == lex.one_word:
            return False
        if any(w.lower() in lex.role_possessives for w in m.words):
            return False
        if self._name_follows(m):
            return False  # "председатель партии Соботка": the name after the role is its holder's
        opening = office.noun == m.words[0] and sentence_initial(self._text, m.start, lex.punctuation)
        if office.noun[:1].isupper() and not opening:
            return False
        return not self._of_someone(m)

    def _name_follows(self, m: Mention) -> bool:
        """A capitalised word follows the mention with nothing but a space between."""
        after = first_at(self._words, m.end)
        return (
            after < len(self._words)
            and self._words[after].text[:1].isupper()
            and not self._text[m.end : self._words[after].start].strip(SPACES)
        )

    def _of_someone(self, m: Mention) -> bool:
        """A role of a person the mention names ("жена Кинчева", "адвокат Маркива") or a possessive
        before it points to ("его дочь"): not that person, and nobody the text has to name."""
        links = self._lex.name_links
        at = first_at(self._words, m.start)
        if at > 0 and self._words[at - 1].text.lower() in self._lex.possessive_genders:
            return True
        return any(
            w[:1].isupper() and not w.isupper() and not LATIN_RE.match(w) and not is_place(w)
            and m.words[i - 1].lower() not in links
            for i, w in enumerate(m.words) if i > 0
        )

    def _salient_person(self, gender: str | None) -> str | None:
        """The person the text names most often (of ``gender``, if given), if named more than once and
        more often than anyone else: a role in a headline or a lead is the article's main actor."""
        counts: list[tuple[int, str]] = []
        for name in self._mentions:
            if len(name.split()) < 2 or (gender is not None and gender_of_name(name) not in (gender, None)):
                continue
            counts.append((sum(n for other, n in self._mentions.items() if same_person(other, name)), name))
        counts.sort(key=lambda c: -c[0])
        if not counts or counts[0][0] < _MAIN_ACTOR_MENTIONS or (len(counts) > 1 and counts[1][0] == counts[0][0]):
            return None
        return counts[0][1]

    def note_speaker(self, position: int, name: str) -> None:
        """Remember a person found as a speaker: pronouns that follow may refer to them."""
        self._prepare()
        person = Person(position, name, gender_of_name(name), None, True)
        self._add_person(person)
        self._last_speaker = person

    def resolve_dropped(self, m: Mention) -> str | None:
        """The person a subject left out refers to (the nearest one of the verb's gender), if any."""
        self._prepare()
        found = self._nearest_person(m.start, m.head or None)
        if found is not None:
            self._last_speaker = Person(m.start, found, m.head or None, None, True)
        return found

    def resolve(self, m: Mention, content: tuple[int, int] = (0, 0), cue_gender: str | None = None) -> Resolved:
        """The canonical name and speaker kind of a mention: ``content`` is the span of the words it
        says, whose people are not the one who says them; ``cue_gender`` is the gender its verb shows
        ("глава RT сообщила"), which a role of either gender takes."""
        self._prepare()
        self._content = content
        self._cue_gender = cue_gender
        kind = m.kind
        if kind == "dropped":
            found = self.resolve_dropped(m)
            return Resolved(found, "person") if found is not None else _unknown(m)
        if kind == "person":
            return self._person(m)
        if kind == "pronoun":
            return self._pronoun(m)
        self._note_sources(m)
        if kind == "role" and not m.plural:
            found = self._role_holder(m)
            if found:
                return Resolved(found, "person")
        return self._phrase(m, kind)

    def _person(self, m: Mention) -> Resolved:
        """A person's name: the fullest name of that person the text gives."""
        words = [w for w in (m.name_words or m.words) if len(w) > 1 or w.isalpha()]
        cases = self._role_cases(m, words)
        slot = frozenset({m.case}) if m.case not in (None, "nomn") else frozenset()
        if not cases and slot and len(m.words) == len(words) and readable_in(words, slot):
            cases = slot  # "по словам Петрова": a bare name in the case of its slot
        name = self._fullest(nominative_name(words, cases), m.start)
        if " " not in name:
            name = self._familiar(name, m.start) or self._misspelt(name) or name
        self.note_speaker(m.start, name)
        return Resolved(name, "person")

    def _familiar(self, first_name: str, before: int) -> str | None:
        """The full name the text gives of the person a familiar first name stands for ("Ира" for
        Ирина Петрова)."""
        for full in self._lex.familiar_names.get(first_name.lower().replace("ё", "е"), ()):
            found = self._fullest(full.capitalize(), before)
            if " " in found:
                return found
        return None

    def _misspelt(self, surname: str) -> str | None:
        """The one full name the text gives whose surname a long surname misspells by a letter or two
        ("Гернстермайер" for Билл Герстенмайер)."""
        if len(surname) < _MIN_MISSPELT:
            return None
        found = {
            name for name in self._mentions
            if " " in name and _near(surname.lower(), name.rsplit(" ", 1)[-1].lower())
        }
        return found.pop() if len(found) == 1 else None

    def _role_cases(self, m: Mention, name: Sequence[str]) -> frozenset[str]:
        """The cases of an oblique role noun right before the name in ``m``, which the name agrees with
        ("свердловского губернатора Александра Мишарина"); empty when there is none or the name cannot
        agree."""
        before = len(m.words) - len(m.name_words) - 1
        if not m.name_words or before < 0 or lemma_in(m.words[before], self._lex.roles) is None:
            return frozenset()
        cases = frozenset(str(p.tag.case) for p in morph.parses(m.words[before].lower())[:4] if p.tag.case)
        return cases if "nomn" not in cases and readable_in(name, cases) else frozenset()

    def _pronoun(self, m: Mention) -> Resolved:
        """"он", "она": the person spoken of; "они": the plural subject of the sentence before when
        "они" opens its own, else the group named last by a common noun."""
        if m.plural:
            subject = self._previous_subject(m)
            if subject is not None:
                return self._phrase(subject, "group")  # "Представители Роскосмоса не подтвердили … Они"
            common = self._orgs.last_before(m.start, [("proper", False)])
            return Resolved(common.canonical, "group") if common is not None else _unknown(m)
        role = self._previous_role(m)
        if role is not None:
            # "Был задержан 27-летний житель села. Он сказал": the role the sentence before is about,
            # or whom that role stands for
            holder = self._role_holder(role)
            return Resolved(holder, "person") if holder is not None else Resolved(role.canonical, "role")
        found = self._nearest_person(m.start, m.head)
        if found is None:
            return _unknown(m)
        self._last_speaker = Person(m.start, found, m.head, None, True)
        return Resolved(found, "person")

    def _sentence_before(self, m: Mention) -> Sequence[Word]:
        """The words of the sentence before the one ``m`` opens; none when ``m`` opens none."""
        sentences = self._doc.sentences()
        i = bisect.bisect_right(sentences, m.start, key=_sentence_start) - 1
        if i < 1 or first_at(self._words, sentences[i].start) != first_at(self._words, m.start):
            return ()
        return self._doc.words(sentences[i - 1].start, sentences[i - 1].end)

    def _previous_subject(self, m: Mention) -> Mention | None:
        """The plural group, or the body of people ("руководство клуба"), that opens the sentence before
        the one ``m`` opens, if both do."""
        ws = self._sentence_before(m)
        found = mention_at(self._doc, ws, 0, self._lex, case="nomn") if ws else None
        if found is None:
            return None
        return found if (found.plural and found.kind == "group") or found.head in self._lex.collective_bodies else None

    def _previous_role(self, m: Mention) -> Mention | None:
        """The singular role, of the pronoun's gender, that is the subject of the sentence before the
        one the pronoun ``m`` opens ("Генеральный директор компании выступил. Он …")."""
        ws = self._sentence_before(m)
        if not ws:
            return None
        verb = next((i for i, w in enumerate(ws) if morph.part_of_speech(w.text) == "VERB"), len(ws))
        found = speaker_before(self._doc, ws, verb, self._lex) or speaker_before(self._doc, ws, len(ws), self._lex)
        if found is None or found.kind != "role" or found.plural:
            return None
        office = office_of(found.words, self._lex)
        gender = gender_of_office(office, self._lex) if office is not None else None
        return found if gender in (None, m.head) else None

    def _note_sources(self, m: Mention) -> None:
        """Remember the organisations named in a speaker's phrase ("Собеседники РБК", "Forbes"), for a
        later "агентства" to refer to."""
        self._sources.extend(
            _Source(m.start, w) for w in m.words
            if ((w.isupper() and len(w) > 1) or (LATIN_RE.match(w) and w[:1].isupper())) and not is_geographic(w)
        )

    def _phrase(self, m: Mention, kind: Literal["organization", "role", "group"]) -> Resolved:
        """An organisation, a role or a group named by a phrase: the phrase in the nominative, its
        abbreviations spelt out, or what it refers back to."""
        canonical = self._expand(m.canonical or " ".join(m.words), m.start)
        if kind in ("role", "group") and len(m.words) > 1 and morph.lemma(m.words[-1]) in self._lex.media:
            canonical = self._of_source(canonical, m.start)
        quoted = m.start > 0 and self._text[m.start - 1] in self._lex.punctuation.opening_marks
        if kind == "organization" and len(m.words) == 1 and m.words[0][:1].isupper() and not quoted:
            # "сообщил Вэнс": a single unknown name is the person named in full elsewhere, if anyone is
            # (a title in quotation marks is none: "«Арсенал» сообщил").
            person = self._last_named(m.words[0])
            if person is not None:
                name = self._fullest(person, m.start)
                self.note_speaker(m.start, name)
                return Resolved(name, "person")
        if len(m.words) == 1:
            earlier = self._earlier_organisation(m)
            if earlier is not None:
                return Resolved(self._expand(earlier.canonical, m.start), "organization" if earlier.proper else kind)
        if kind == "organization" and len(m.words) == 1 and m.head in self._lex.document_nouns:
            # "В заявлении подчеркивается": the author of the statement named before, else the document
            return self._document_author(m) or Resolved(canonical, "document")
        if kind == "organization":
            canonical = self._one_name(m, canonical)
        self._add_org(_Organisation(m.start, m.head, canonical, kind == "organization" and m.words[0][:1].isupper()))
        return Resolved(canonical, kind)

    def _document_author(self, m: Mention) -> Resolved | None:
        """The author of a document the text names before: the subject of the sentence that first
        names a document of that kind ("Трамп и Путин сделали совместное заявление" … "В заявлении
        подчеркивается")."""
        before = first_at(self._words, m.start)
        lo = max(0, before - _DOCUMENT_REACH)
        # the document named first; the mention itself when a verb governs it ("распространила заявление,
        # в котором"), not a preposition ("в пресс-релизе", whose sentence is the content)
        governing = before - 1
        while governing > 0 and morph.part_of_speech(self._words[governing].text) in ("ADVB", "PRCL"):
            governing -= 1  # "распространил вчера сообщение"
        own = governing >= 0 and morph.part_of_speech(self._words[governing].text) == "VERB"
        # Only a form of a document noun can have the head for lemma: those words are found once per text.
        starts = self._doc.starts_of(morph.word_forms(self._lex.document_nouns))
        nearby = (first_at(self._words, p) for p in starts[bisect.bisect_left(starts, self._words[lo].start) :])
        within = itertools.takewhile((before + own).__gt__, nearby)
        at = next((i for i in within if morph.lemma(self._words[i].text) == m.head), None)
        if at is None:
            return None
        sentence = next(s for s in self._doc.sentences() if s.start <= self._words[at].start < s.end)
        ws = self._doc.words(sentence.start, sentence.end)
        author = speaker_before(self._doc, ws, first_at(ws, self._words[at].start), self._lex)
        if author is None or author.kind not in ("person", "group", "organization"):
            return None
        if author.kind != "person":
            return Resolved(author.canonical or " ".join(author.words), author.kind)
        words = [w for w in author.name_words if len(w) > 1 or w.isalpha()]
        return Resolved(self._fullest(nominative_name(words, self._role_cases(author, words)), m.start), "person")

    def _one_name(self, m: Mention, canonical: str) -> str:
        """One name for one organisation of one person: "Пресс-служба Бектенова" is the "пресс-служба
        казахстанского премьера" named before when the premier is Бектенов."""
        owner = self._owner(m)
        if owner is None:
            return canonical
        return self._owned.setdefault((m.head, owner), canonical)

    def _owner(self, m: Mention) -> str | None:
        """The person whose organisation the mention names: by name ("пресс-служба Бектенова") or by
        the role the text names them in ("пресс-служба казахстанского премьера")."""
        tail = m.words[1:]
        names = [w for w in tail if is_person_word(w)]
        if names:
            return self._fullest(nominative_name(names), m.start)
        office = office_of(tail, self._lex) if tail else None
        holder = self._roles.holder(office, m.start) if office is not None else None
        return None if holder is None else self._fullest(holder, m.start)

    def _of_source(self, canonical: str, before: int) -> str:
        """"один из собеседников агентства": the agency is the one named before (РБК)."""
        named = next((source.name for source in reversed(self._sources) if source.position < before), None)
        return canonical if named is None else " ".join((*canonical.split()[:-1], named))

    def _earlier_organisation(self, m: Mention) -> _Organisation | None:
        """The organisation named last before a one-word mention with its head ("издание" -> Forbes)."""
        groups: list[Hashable] = [("head", m.head)]
        if m.head in self._lex.generic_organizations:
            groups.append(("proper", True))
        if m.head in self._lex.state_bodies:
            groups = [("head", m.head), ("body", True)]  # "в ведомстве": the ministry named before
        found = self._orgs.last_before(m.start, groups)
        if found is None or not found.proper:
            # "в холдинге": the holding named with its title before ("холдинг «Ромашка»")
            found = self._orgs.last_before(m.start, [("titled", m.head)]) or found
        if found is not None and m.head in self._lex.state_bodies:
            found = self._body_name(found)
        return found

    def _last_named(self, word: str) -> str | None:
        """The name of the person named last in the text (anywhere) whose name ``word`` is part of; the
        stem index gives the candidates, so this costs the few names sharing the word's stem."""
        stems = name_stems(word)
        if not stems:
            return None
        best: tuple[int, str] | None = None
        for key in {stem_key(stem) for stem in stems}:
            for name, positions in self._names.get(key, {}).items():
                if (best is None or positions[-1] > best[0]) and same_person(word, name):
                    best = (positions[-1], name)
        return None if best is None else best[1]

    def _expand(self, canonical: str, before: int) -> str:
        """``canonical`` with an abbreviation spelt out as the text spells it before ("МОК" ->
        "Международный олимпийский комитет", "представители МОК" -> "представители Международного
        олимпийского комитета")."""
        parts = canonical.split()
        for i, part in enumerate(parts):
            if not may_abbreviate(part):
                continue
            if part not in self._expansions:
                self._expansions[part] = expansion(self._text, self._words, part, before)
            found = self._expansions[part]
            if found is not None:
                parts[i] = phrase_in_case(found, "nomn" if i == 0 else "gent")
        return " ".join(parts)


def _near(a: str, b: str) -> bool:
    """Two long words that differ by at most two letters inserted, dropped or replaced, their first two
    letters the same."""
    if a == b or a[:2] != b[:2] or abs(len(a) - len(b)) > _MAX_TYPOS:
        return False
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1] <= _MAX_TYPOS


@functools.lru_cache(maxsize=4096)
def _nominative(word: str) -> str:
    """``word`` in the nominative, cached per form: a text names the same bodies again and again."""
    return morph.nominative(word)


# A sentence's start, the key to bisect sentences by (at C speed).
_sentence_start: Callable[[Sentence], int] = operator.attrgetter("start")


_word_end: Callable[[Word], int] = operator.itemgetter(1)  # Word.end, at C speed: a bisection's key


_TEXT = operator.itemgetter(2)  # Word.text
_FIRST = operator.itemgetter(0)  # a word's first character (a word is never empty)


def _unknown(m: Mention) -> Resolved:
    """A mention that resolves to nobody named: its own first word."""
    return Resolved(m.words[0].lower(), "unknown")
