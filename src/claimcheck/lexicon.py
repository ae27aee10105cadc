"""Load a language's data files from ``lang/<code>/`` into one typed, validated, cached object.

Every file is checked at load time; a bad entry raises :class:`~claimcheck.errors.LexiconError`
naming the file and the entry, so broken data fails loudly on import rather than quietly at match time.

>>> lex = load("ru")
>>> lex.scales["млрд"], lex.currency_lemmas["тенге"]
(Decimal('1000000000'), 'KZT')
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from importlib import resources
from typing import Any, TypeGuard

from attrs import field, frozen

from claimcheck.errors import LexiconError
from claimcheck.interval import APPROX_CODES

__all__ = ["Hedge", "Lexicon", "Punctuation", "SurnameRules", "load"]


@frozen
class Hedge:
    """A hedge phrase and what it does to a number's bounds."""

    phrase: str
    approx: str
    below: bool = False


@frozen
class SurnameRules:
    """How surnames the dictionary does not know decline (lang/<code>/names.toml)."""

    stems: tuple[str, ...]
    adjectival: tuple[str, ...]
    oblique: tuple[str, ...]
    to_nominative: Mapping[str, tuple[tuple[str, str], ...]]
    ending_cases: Mapping[str, tuple[str, ...]]


def _unique(marks: str) -> str:
    """The characters of ``marks``, each once, in the order they first come."""
    return "".join(dict.fromkeys(marks))


@frozen
class Punctuation:
    """Punctuation that carries meaning (lang/<code>/punctuation.toml): quotation marks, dashes, the
    ends of sentences, list bullets. A set of marks is a str of single characters, for ``ch in marks``;
    the fields after ``bullets`` are derived from the others."""

    pairs: tuple[tuple[str, str], ...]  # quotation marks, (opening, closing)
    straight_opens_after: str
    primary: tuple[str, str]
    main: tuple[tuple[str, str], ...]
    mixed: str
    stray_closers: str
    dashes: str
    hyphens: str
    before_source: str
    sentence_ends: str
    sentence_openers: str
    clause_marks: str
    before_dash: str
    before_resumed: str
    bullets: str
    main_marks: str = field(init=False)  # the marks of the main pairs, opening and closing
    opens_clause_after: str = field(init=False)  # a word after one of these opens a clause

    @main_marks.default
    def _main_marks(self) -> str:
        return _unique("".join(a + b for a, b in self.main))

    @opens_clause_after.default
    def _opens_clause_after(self) -> str:
        return self.sentence_ends + self.clause_marks + self.dashes + self.hyphens


@frozen(eq=False)
class Lexicon:
    """All language data of one language, as plain values; compared and hashed by identity
    (there is one cached instance per language)."""

    language: str
    cardinals: Mapping[str, Decimal]
    collectives: Mapping[str, Decimal]
    fractions: Mapping[str, Decimal]
    scales: Mapping[str, Decimal]
    multipliers: Mapping[str, Decimal]
    count_adverbs: Mapping[str, Decimal]
    marker_from: str
    marker_to: str
    marker_by: str
    marker_times: str
    age_stems: tuple[str, ...]
    age_links: tuple[str, ...]
    year_lemmas: frozenset[str]
    year_abbreviations: frozenset[str]
    currency_symbols: Mapping[str, str]
    currency_lemmas: Mapping[str, str]
    currency_qualifiers: Mapping[str, str]
    abbreviations: Mapping[str, str]
    unit_lemmas: Mapping[str, str]
    time_units: frozenset[str]
    not_counts: frozenset[str]
    hedges: tuple[Hedge, ...]
    hedges_before_by: tuple[Hedge, ...]  # those that bound a change from before its "на" (longest first)
    change_up: frozenset[str]
    change_down: frozenset[str]
    change_verbs: frozenset[str]
    comparatives_up: frozenset[str]
    comparatives_down: frozenset[str]
    comparatives: frozenset[str]
    target_lemmas: frozenset[str]
    share_lemmas: frozenset[str]
    months: Mapping[str, int]
    relative_years: Mapping[str, int]
    ordinals: Mapping[str, int]
    period_units: Mapping[str, str]
    today_phrases: tuple[str, ...]
    year_to_date_phrases: tuple[str, ...]
    period_prepositions: tuple[str, ...]
    count_prepositions: frozenset[str]
    first_words: frozenset[str]
    since_words: frozenset[str]
    until_words: frozenset[str]
    period_year_abbreviations: frozenset[str]
    ordinal_suffixes: frozenset[str]
    speech_verbs: frozenset[str]
    content_required: frozenset[str]
    agreement_verbs: frozenset[str]
    source_phrases: tuple[str, ...]
    possessives: frozenset[str]
    possessive_genders: Mapping[str, str]
    cue_phrases: tuple[str, ...]
    complementizers: frozenset[str]
    about_words: frozenset[str]
    about_object: frozenset[str]
    anaphora: tuple[str, ...]
    as_word: str
    generic_organizations: frozenset[str]
    media: frozenset[str]
    document_verbs: frozenset[str]
    document_nouns: frozenset[str]
    pronouns: Mapping[str, str]
    roles: frozenset[str]
    organizations: frozenset[str]
    groups: frozenset[str]
    not_names: frozenset[str]
    rating_grades: re.Pattern[str]
    punctuation: Punctuation
    synonyms: Mapping[str, str]
    generic_modifiers: frozenset[str]
    part_of: Mapping[str, str]
    complement_prepositions: frozenset[str]
    complement_conjunctions: frozenset[str]
    worth_preposition: str
    part_markers: tuple[str, ...]
    part_after: tuple[str, ...]
    list_conjunctions: tuple[str, ...]
    subject_clause_breaks: tuple[str, ...]
    surnames: SurnameRules
    unit_phrases: Mapping[str, str]
    currency_adjectives: Mapping[str, str]
    reference_nouns: frozenset[str]
    reference_links: frozenset[str]
    compound_units: Mapping[str, Decimal]
    compound_into_larger: frozenset[str]
    vague_words: frozenset[str]
    marker_of: str
    one_word: str
    clause_conjunctions: frozenset[str]
    attribution_phrases: tuple[str, ...]
    name_links: frozenset[str]
    naming_verbs: frozenset[str]
    relative_pronouns: frozenset[str]
    first_person: frozenset[str]
    speaker_side: frozenset[str]
    located_prepositions: frozenset[str]
    opinion_verbs: frozenset[str]
    impersonal_endings: tuple[str, ...]
    citing_verbs: frozenset[str]
    adjacent_units: frozenset[str]
    age_numeral_endings: tuple[str, ...]
    partitions: Mapping[str, tuple[str, ...]]
    average_lemmas: frozenset[str]
    change_level_markers: tuple[str, ...]


class DataFile:
    """One TOML data file of ``claimcheck/lang/<language>/`` with helpers that validate as they read."""

    def __init__(self, language: str, name: str) -> None:
        self.path = f"claimcheck/lang/{language}/{name}"
        try:
            raw = resources.files("claimcheck.lang").joinpath(language, name).read_text(encoding="utf-8")
            self.data: dict[str, Any] = tomllib.loads(raw)
        except FileNotFoundError as exc:
            raise LexiconError(self.path, "-", "file is missing") from exc
        except tomllib.TOMLDecodeError as exc:
            raise LexiconError(self.path, "-", f"not valid TOML: {exc}") from exc

    def table(self, key: str) -> dict[str, Any]:
        value = self.data
        for part in key.split("."):
            if not isinstance(value, dict) or part not in value:
                raise LexiconError(self.path, key, "table is missing")
            value = value[part]
        if not isinstance(value, dict):
            raise LexiconError(self.path, key, f"expected a table, got {type(value).__name__}")
        return value

    def decimals(self, key: str) -> dict[str, Decimal]:
        out: dict[str, Decimal] = {}
        for word, value in self.table(key).items():
            try:
                out[word.lower()] = Decimal(str(value))
            except InvalidOperation as exc:
                raise LexiconError(self.path, f"{key}.{word}", f"expected a decimal, got {value!r}") from exc
        return out

    def ints(self, key: str) -> dict[str, int]:
        out: dict[str, int] = {}
        for word, value in self.table(key).items():
            if not isinstance(value, int):
                raise LexiconError(self.path, f"{key}.{word}", f"expected an integer, got {value!r}")
            out[word] = value
        return out

    def codes(self, key: str, *, lower: bool = True) -> dict[str, str]:
        out: dict[str, str] = {}
        for word, value in self.table(key).items():
            if not isinstance(value, str) or not value:
                raise LexiconError(self.path, f"{key}.{word}", f"expected a unit code, got {value!r}")
            out[word.lower() if lower else word] = value
        return out

    def word(self, key: str, field: str) -> str:
        value = self.table(key).get(field)
        if not isinstance(value, str) or not value.strip():
            raise LexiconError(self.path, f"{key}.{field}", f"expected a non-empty string, got {value!r}")
        return value.lower()

    def pattern(self, key: str, field: str) -> re.Pattern[str]:
        """A regular expression, compiled; one that does not compile is a bad entry."""
        value = self.table(key).get(field)
        if not isinstance(value, str) or not value:
            raise LexiconError(self.path, f"{key}.{field}", f"expected a regular expression, got {value!r}")
        try:
            return re.compile(value)
        except re.error as exc:
            raise LexiconError(self.path, f"{key}.{field}", f"not a valid regular expression: {exc}") from exc

    def marks(self, key: str, field: str) -> str:
        """A list of marks, each one character, as one str."""
        value = self.table(key).get(field)
        if not _single_characters(value):
            raise LexiconError(self.path, f"{key}.{field}", f"expected a list of single characters, got {value!r}")
        return "".join(value)

    def mark_pairs(self, key: str, field: str) -> tuple[tuple[str, str], ...]:
        """A list of [opening, closing] pairs of marks, each one character."""
        entry = f"{key}.{field}"
        value = self.table(key).get(field)
        if not isinstance(value, list) or not value:
            raise LexiconError(self.path, entry, f"expected a list of [opening, closing] pairs, got {value!r}")
        for i, pair in enumerate(value):
            if not _single_characters(pair) or len(pair) != 2:
                raise LexiconError(self.path, f"{entry}[{i}]", f"expected [opening, closing] marks, got {pair!r}")
        return tuple((a, b) for a, b in value)

    def words(self, key: str, field: str, *, lower: bool = True) -> tuple[str, ...]:
        value = self.table(key).get(field)
        if not isinstance(value, list) or not all(isinstance(w, str) and w.strip() for w in value):
            raise LexiconError(self.path, f"{key}.{field}", "expected a list of non-empty strings")
        return tuple(w.lower() if lower else w for w in value)


def _single_characters(value: object) -> TypeGuard[list[str]]:
    """``value`` is a non-empty list of one-character strings."""
    return isinstance(value, list) and bool(value) and all(isinstance(m, str) and len(m) == 1 for m in value)


def _hedges(f: DataFile) -> tuple[Hedge, ...]:
    entries = f.data.get("hedge")
    if not isinstance(entries, list):
        raise LexiconError(f.path, "hedge", "expected an array of tables")
    out: list[Hedge] = []
    for i, entry in enumerate(entries):
        approx, below, phrases = entry.get("approx"), entry.get("below", False), entry.get("phrases")
        if approx not in APPROX_CODES or not isinstance(below, bool):
            raise LexiconError(f.path, f"hedge[{i}]", f"expected approx in {APPROX_CODES}, got {approx!r}")
        if not isinstance(phrases, list) or not all(isinstance(p, str) and p for p in phrases):
            raise LexiconError(f.path, f"hedge[{i}].phrases", "expected a list of non-empty strings")
        out.extend(Hedge(p.lower(), approx, below) for p in phrases)
    # Longest first, so that "не менее" is tried before "менее".
    return tuple(sorted(out, key=lambda h: -len(h.phrase)))


def _hedges_before_by(f: DataFile, hedges: tuple[Hedge, ...]) -> tuple[Hedge, ...]:
    """The hedges named in ``[before_by]``, each of which must be a hedge phrase."""
    by_phrase = {h.phrase: h for h in hedges}
    names = f.words("before_by", "phrases")
    unknown = [p for p in names if p not in by_phrase]
    if unknown:
        raise LexiconError(f.path, "before_by.phrases", f"expected hedge phrases, got {unknown!r}")
    return tuple(h for h in hedges if h.phrase in set(names))


def _surname_rules(f: DataFile) -> SurnameRules:
    to_nominative: dict[str, tuple[tuple[str, str], ...]] = {}
    for gender, pairs in f.table("surnames.to_nominative").items():
        if not isinstance(pairs, list) or not all(
            isinstance(p, list) and len(p) == 2 and all(isinstance(x, str) for x in p) for p in pairs
        ):
            raise LexiconError(f.path, f"surnames.to_nominative.{gender}", "expected [ending, nominative] pairs")
        to_nominative[gender] = tuple((a, b) for a, b in pairs)
    ending_cases: dict[str, tuple[str, ...]] = {}
    for ending, cases in f.table("surnames.ending_cases").items():
        if not isinstance(cases, list) or not all(isinstance(c, str) and c for c in cases):
            raise LexiconError(f.path, f"surnames.ending_cases.{ending}", "expected a list of case grammemes")
        ending_cases[ending] = tuple(cases)
    return SurnameRules(
        stems=f.words("surnames", "stems"),
        adjectival=f.words("surnames", "adjectival"),
        oblique=f.words("surnames", "oblique"),
        to_nominative=to_nominative,
        ending_cases=ending_cases,
    )


def _punctuation(f: DataFile) -> Punctuation:
    """The punctuation table, its quotation marks checked against its pairs."""
    pairs = f.mark_pairs("quotes", "pairs")
    main = f.mark_pairs("quotes", "main")
    primary = _primary(f)
    for i, pair in enumerate(main):
        if pair not in pairs:
            raise LexiconError(f.path, f"quotes.main[{i}]", f"expected one of quotes.pairs, got {list(pair)!r}")
    if primary not in pairs:
        raise LexiconError(f.path, "quotes.primary", f"expected one of quotes.pairs, got {list(primary)!r}")
    openers = {a for a, _ in pairs}
    mixed = f.marks("quotes", "mixed")
    if not set(mixed) <= openers:
        raise LexiconError(f.path, "quotes.mixed", f"expected opening marks of quotes.pairs, got {mixed!r}")
    stray = f.marks("quotes", "stray_closers")
    for mark in stray:
        opening = [a for a, b in pairs if b == mark]
        if len(opening) != 1:
            raise LexiconError(
                f.path, "quotes.stray_closers", f"expected the closing mark of one of quotes.pairs, got {mark!r}"
            )
    return Punctuation(
        pairs=pairs,
        straight_opens_after=f.marks("quotes", "straight_opens_after"),
        primary=primary,
        main=main,
        mixed=mixed,
        stray_closers=stray,
        dashes=f.marks("dashes", "dashes"),
        hyphens=f.marks("dashes", "hyphens"),
        before_source=f.marks("dashes", "before_source"),
        sentence_ends=f.marks("sentences", "ends"),
        sentence_openers=f.marks("sentences", "openers"),
        clause_marks=f.marks("sentences", "clause_marks"),
        before_dash=f.marks("attributions", "before_dash"),
        before_resumed=f.marks("attributions", "before_resumed"),
        bullets=f.marks("lists", "bullets"),
    )


def _primary(f: DataFile) -> tuple[str, str]:
    marks = f.marks("quotes", "primary")
    if len(marks) != 2:
        raise LexiconError(f.path, "quotes.primary", f"expected [opening, closing], got {list(marks)!r}")
    return marks[0], marks[1]


def _synonyms(f: DataFile) -> dict[str, str]:
    """Every lemma of a synonym group -> the group's first lemma (its canonical key)."""
    groups = f.table("synonyms").get("groups")
    if not isinstance(groups, list):
        raise LexiconError(f.path, "synonyms.groups", "expected a list of lists of lemmas")
    out: dict[str, str] = {}
    for i, group in enumerate(groups):
        if not isinstance(group, list) or not group or not all(isinstance(w, str) and w for w in group):
            raise LexiconError(f.path, f"synonyms.groups[{i}]", "expected a non-empty list of lemmas")
        for lemma in group:
            out[lemma.lower()] = group[0].lower()
    return out


def load(language: str = "ru") -> Lexicon:
    """The lexicon of ``language`` (only "ru" ships today), loaded once and cached.

    >>> load() is load("ru")
    True
    """
    return _load(language)


@functools.cache
def _load(language: str) -> Lexicon:
    if language != "ru":
        raise LexiconError(f"claimcheck/lang/{language}", "-", "no language data for this language")
    numbers = DataFile(language, "numbers.toml")
    units = DataFile(language, "units.toml")
    hedges = DataFile(language, "hedges.toml")
    kinds = DataFile(language, "kinds.toml")
    periods = DataFile(language, "periods.toml")
    speech = DataFile(language, "speech.toml")
    speakers = DataFile(language, "speakers.toml")
    subjects = DataFile(language, "subjects.toml")
    checks = DataFile(language, "checks.toml")
    period_units: dict[str, str] = {}
    for unit in ("year", "half", "quarter", "month"):
        for lemma in periods.words("units", unit):
            period_units[lemma] = unit
    all_hedges = _hedges(hedges)
    return Lexicon(
        language=language,
        cardinals=numbers.decimals("cardinals"),
        collectives=numbers.decimals("collectives"),
        fractions=numbers.decimals("fractions"),
        scales=numbers.decimals("scales"),
        multipliers=numbers.decimals("multipliers"),
        count_adverbs=numbers.decimals("count_adverbs"),
        marker_from=kinds.word("markers", "from"),
        marker_to=kinds.word("markers", "to"),
        marker_by=kinds.word("markers", "by"),
        marker_times=kinds.word("markers", "times"),
        age_stems=units.words("ages", "stems"),
        age_links=units.words("ages", "links"),
        year_lemmas=frozenset(units.words("years", "lemmas")),
        year_abbreviations=frozenset(units.words("years", "abbreviations")),
        currency_symbols=units.codes("currency_symbols"),
        currency_lemmas=units.codes("currency_lemmas"),
        currency_qualifiers=units.codes("currency_qualifiers", lower=False),
        abbreviations=units.codes("abbreviations", lower=False),
        unit_lemmas=units.codes("unit_lemmas"),
        time_units=frozenset(units.words("time_units", "codes")),
        not_counts=frozenset(units.words("not_counts", "lemmas")),
        hedges=all_hedges,
        hedges_before_by=_hedges_before_by(hedges, all_hedges),
        change_up=frozenset(kinds.words("change", "up")),
        change_down=frozenset(kinds.words("change", "down")),
        change_verbs=frozenset(
            kinds.words("change", "up") + kinds.words("change", "down") + kinds.words("change", "neutral")
        ),
        comparatives_up=frozenset(kinds.words("change", "comparatives_up")),
        comparatives_down=frozenset(kinds.words("change", "comparatives_down")),
        comparatives=frozenset(kinds.words("change", "comparatives_up") + kinds.words("change", "comparatives_down")),
        target_lemmas=frozenset(kinds.words("target", "lemmas")),
        share_lemmas=frozenset(kinds.words("share", "lemmas")),
        months={k.lower(): v for k, v in periods.ints("months").items()},
        relative_years={k.lower(): v for k, v in periods.ints("relative_years").items()},
        ordinals={k.lower(): v for k, v in periods.ints("ordinals").items()},
        period_units=period_units,
        today_phrases=periods.words("today", "phrases"),
        year_to_date_phrases=periods.words("year_to_date", "phrases"),
        period_prepositions=tuple(
            sorted(periods.words("period_syntax", "prepositions"), key=len, reverse=True)
        ),
        count_prepositions=frozenset(periods.words("period_syntax", "count_prepositions")),
        first_words=frozenset(periods.words("period_syntax", "first_words")),
        since_words=frozenset(periods.words("period_syntax", "since")),
        until_words=frozenset(periods.words("period_syntax", "until")),
        period_year_abbreviations=frozenset(periods.words("period_syntax", "year_abbreviations")),
        ordinal_suffixes=frozenset(periods.words("period_syntax", "ordinal_suffixes")),
        speech_verbs=frozenset(speech.words("verbs", "lemmas")),
        content_required=frozenset(speech.words("verbs", "content_required")),
        agreement_verbs=frozenset(speech.words("verbs", "agreement")),
        source_phrases=tuple(sorted(speech.words("source_phrases", "phrases"), key=len, reverse=True)),
        possessives=frozenset(speech.words("source_phrases", "possessives")),
        possessive_genders=speech.codes("possessive_genders"),
        cue_phrases=speech.words("verbs", "phrases"),
        complementizers=frozenset(speech.words("clauses", "complementizers")),
        about_words=frozenset(speech.words("clauses", "about")),
        about_object=frozenset(speech.words("clauses", "about_object")),
        anaphora=tuple(sorted(speech.words("clauses", "anaphora"), key=len, reverse=True)),
        as_word=speech.word("clauses", "as_word"),
        generic_organizations=frozenset(speakers.words("generic_organizations", "lemmas")),
        media=frozenset(speakers.words("generic_organizations", "media")),
        document_verbs=frozenset(speech.words("document_phrases", "verbs")),
        document_nouns=frozenset(speech.words("document_phrases", "nouns")),
        pronouns=speakers.codes("pronouns"),
        roles=frozenset(speakers.words("roles", "lemmas")),
        organizations=frozenset(speakers.words("organizations", "lemmas")),
        groups=frozenset(speakers.words("groups", "lemmas")),
        not_names=frozenset(speakers.words("not_names", "words", lower=False)),
        rating_grades=speakers.pattern("rating_grades", "pattern"),
        punctuation=_punctuation(DataFile(language, "punctuation.toml")),
        synonyms=_synonyms(subjects),
        generic_modifiers=frozenset(subjects.words("generic_modifiers", "lemmas")),
        part_of=subjects.codes("parts"),
        complement_prepositions=frozenset(subjects.words("complements", "prepositions")),
        complement_conjunctions=frozenset(subjects.words("complements", "conjunctions")),
        worth_preposition=subjects.word("clauses", "worth"),
        part_markers=subjects.words("clauses", "part_markers"),
        part_after=subjects.words("clauses", "part_after"),
        list_conjunctions=subjects.words("clauses", "list_conjunctions"),
        subject_clause_breaks=subjects.words("clauses", "breaks"),
        surnames=_surname_rules(DataFile(language, "names.toml")),
        unit_phrases=units.codes("unit_phrases"),
        currency_adjectives=units.codes("currency_adjectives"),
        reference_nouns=frozenset(units.words("references", "nouns")),
        reference_links=frozenset(units.words("references", "links")),
        compound_units=units.decimals("compound_units"),
        compound_into_larger=frozenset(units.words("compound_units_larger", "codes")),
        vague_words=frozenset(numbers.words("vague", "words")),
        marker_of=kinds.word("markers", "of"),
        one_word=speakers.word("phrases", "one"),
        clause_conjunctions=frozenset(speech.words("clauses", "conjunctions")),
        attribution_phrases=speech.words("clauses", "attribution_phrases"),
        name_links=frozenset(speakers.words("phrases", "name_links")),
        naming_verbs=frozenset(speech.words("verbs", "naming")),
        relative_pronouns=frozenset(speakers.words("phrases", "relative_pronouns")),
        first_person=frozenset(speakers.words("phrases", "first_person")),
        speaker_side=frozenset(speakers.words("phrases", "speaker_side")),
        located_prepositions=frozenset(speakers.words("phrases", "located_prepositions")),
        opinion_verbs=frozenset(speech.words("verbs", "opinion")),
        impersonal_endings=speech.words("verbs", "impersonal_endings"),
        citing_verbs=frozenset(speech.words("verbs", "citing")),
        adjacent_units=frozenset(units.words("adjacent_units", "lemmas")),
        age_numeral_endings=units.words("ages", "numeral_endings"),
        partitions={
            whole: subjects.words("partitions", whole) for whole in subjects.table("partitions")
        },
        average_lemmas=frozenset(checks.words("averages", "lemmas")),
        change_level_markers=checks.words("change", "level_markers"),
    )
