"""The typed records a language's data is loaded into: :class:`Lexicon` and its parts."""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal

from attrs import field, frozen


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
    straight_closes_before: str
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
    opening_marks: str = field(init=False)  # the opening mark of every pair
    opens_clause_after: str = field(init=False)  # a word after one of these opens a clause

    @main_marks.default
    def _main_marks(self) -> str:
        return _unique("".join(a + b for a, b in self.main))

    @opening_marks.default
    def _opening_marks(self) -> str:
        return _unique("".join(a for a, _ in self.pairs))

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
    half_prefix: str  # "пол" of "полмиллиона", "полчаса"
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
    ranks_or_counts: frozenset[str]  # "место": counts in a count's form ("54 места"), ranks otherwise
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
    object_verbs: frozenset[str]  # speech verbs whose object may be the content ("подтвердил готовность")
    purpose_participles: frozenset[str]  # short participles of purpose ("призван привлечь"), no request
    object_possessives: frozenset[str]  # possessives that may open that object ("отрицал свою вину")
    after_quotation_verbs: frozenset[str]  # cues only right after a quotation and a dash ("— вздохнул он")
    negation_silenced: frozenset[str]  # speech verbs that report nothing when negated ("не сообщил о …")
    source_phrases: tuple[str, ...]
    possessives: frozenset[str]
    possessive_genders: Mapping[str, str]
    cue_phrases: tuple[str, ...]
    complementizers: frozenset[str]
    thing_subjects: frozenset[str]  # "это указывает на то, что": a subject that says nothing
    about_words: frozenset[str]
    about_object: frozenset[str]
    anaphora: tuple[str, ...]
    as_word: str
    negation: str
    generic_organizations: frozenset[str]
    media: frozenset[str]
    state_bodies: frozenset[str]  # "ведомство": refers back to the body named before ("Минфин")
    document_verbs: frozenset[str]
    document_nouns: frozenset[str]
    document_senders: frozenset[str]  # "от": whom a document came from, after its participle
    dash_nouns: frozenset[str]
    pronouns: Mapping[str, str]
    roles: frozenset[str]
    organizations: frozenset[str]
    groups: frozenset[str]
    substantive_groups: frozenset[str]  # "некоторые", "присутствующие": a group named by an adjective alone
    collective_bodies: frozenset[str]  # "руководство": a body of people that "они" refers back to
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
    familiar_names: Mapping[str, tuple[str, ...]]  # "ира" -> ("ирина",): the full names a familiar one stands for
    unit_phrases: Mapping[str, str]
    currency_adjectives: Mapping[str, str]
    reference_nouns: frozenset[str]
    reference_links: frozenset[str]
    compound_units: Mapping[str, Decimal]
    compound_into_larger: frozenset[str]
    vague_words: frozenset[str]
    marker_of: str
    markers_change_from: frozenset[str]  # "с" of "выросла с 10 до 12"
    one_word: str
    clause_conjunctions: frozenset[str]
    attribution_phrases: tuple[str, ...]
    name_links: frozenset[str]
    naming_verbs: frozenset[str]
    relative_pronouns: frozenset[str]
    first_person: frozenset[str]
    speaker_side: frozenset[str]
    located_prepositions: frozenset[str]
    genitive_prepositions: frozenset[str]  # "из": the place after it is in the genitive ("из Минска")
    role_conjunctions: frozenset[str]
    anonymous_roles: frozenset[str]  # roles never bound to a person by salience alone ("источник")
    exclusive_offices: frozenset[str]  # offices no holder of another of them is called by ("президент")
    unnamed_markers: frozenset[str]  # "неназванный": the role's holder is not named
    role_possessives: frozenset[str]  # "мой", "наш": a role that is someone's
    head_roles: frozenset[str]  # "глава": roles that head a body
    role_prefixes: Mapping[str, str]  # "мин" -> "министр": "глава Минсвязи" is "министр связи"
    relational_suffixes: tuple[str, ...]  # adjectives of a place or organisation, by their ending
    role_offices: Mapping[str, str]  # a role's lemma (or lemma and noun) -> the office it names
    place_aliases: Mapping[str, str]  # "рф" -> "россия"
    opinion_verbs: frozenset[str]
    impersonal_endings: tuple[str, ...]
    citing_verbs: frozenset[str]
    adjacent_units: frozenset[str]
    counted_before_dash: frozenset[str]  # "их — 12": a bare number after a dash counts them
    bare_clause_ends: str  # marks that end the clause of an item after a dash
    bare_not_after: frozenset[str]  # "все как один": no count after these
    bare_transparent: frozenset[str]  # "по 4 — ЛДПР": prepositions that leave an item a count
    list_marks: str  # marks that part the numbers of a list whose unit is written once
    count_subjects: frozenset[str]  # "число", "количество": a bare number they reach counts
    age_numeral_endings: tuple[str, ...]
    life_year_prepositions: tuple[str, ...]  # "на 80-м году жизни": the words before the ordinal
    life_year_endings: tuple[str, ...]  # the endings glued to its digits ("м" of "80-м")
    life_year_phrases: tuple[str, ...]  # the phrases after it ("году жизни")
    partitions: Mapping[str, tuple[str, ...]]
    average_lemmas: frozenset[str]
    change_level_markers: tuple[str, ...]
    structure_openers: tuple[str, ...]
    structure_brackets: Mapping[str, str]  # opening mark -> closing mark
    list_separators: tuple[str, ...]
    total_words: tuple[str, ...]
    remainder_lemmas: frozenset[str]
    respectively: tuple[str, ...]
    rate_lemmas: frozenset[str]
    vote_nouns: frozenset[str]
    vote_verbs: frozenset[str]
    round_lemmas: frozenset[str]
    others_lemmas: frozenset[str]
    part_openers: tuple[str, ...]
    each_lemmas: frozenset[str]
    whole_lemmas: frozenset[str]
    rate_periods: Mapping[str, str]
    back_references: frozenset[str]
    tally_words: tuple[str, ...]
    tally_idle_verbs: frozenset[str]
    among_words: frozenset[str]
    max_lemmas: frozenset[str]
    min_lemmas: frozenset[str]
    birth_words: frozenset[str]
    age_words: frozenset[str]
    age_holders: frozenset[str]
    age_day_before: frozenset[str]
    span_words: frozenset[str]
    age_prepositions: frozenset[str]
    now_words: tuple[str, ...]
    person_nouns: frozenset[str]
    measure_nouns: frozenset[str]
    level_against: str
    time_point_words: frozenset[str]
    comparison_links: frozenset[str]
    case_lemmas: frozenset[str]
    outcome_lemmas: frozenset[str]
    new_case_lemmas: frozenset[str]
    signed_lemmas: frozenset[str]
    share_subjects: frozenset[str]
    share_before: frozenset[str]
    level_from: tuple[str, ...]
    gapping_links: tuple[str, ...]
