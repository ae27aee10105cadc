"""The loading of a language's data files into one :class:`~claimcheck.lexicon.records.Lexicon`: one
step per data file, each reading and checking the entries it gives the lexicon.

A step gives its fields by name; the Lexicon is made of all of them at once, so a field no step gives,
or one that two steps give, fails at the first load.
"""

from __future__ import annotations

import functools
from typing import Any

from claimcheck.errors import LexiconError
from claimcheck.lexicon.datafile import DataFile
from claimcheck.lexicon.entries import (
    read_hedges,
    read_hedges_before_by,
    read_punctuation,
    read_surname_rules,
    read_synonyms,
)
from claimcheck.lexicon.records import Lexicon

#: The fields of :class:`Lexicon` that one step gives, by name.
_Fields = dict[str, Any]


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

    def file(name: str) -> DataFile:
        return DataFile(language, f"{name}.toml")

    return Lexicon(
        language=language,
        **_numbers(file("numbers")),
        **_units(file("units")),
        **_hedge_words(file("hedges")),
        **_kinds(file("kinds")),
        **_periods(file("periods")),
        **_speech(file("speech")),
        **_speakers(file("speakers")),
        **_subjects(file("subjects")),
        **_checks(file("checks")),
        surnames=read_surname_rules(file("names")),
        familiar_names={k: tuple(v.split()) for k, v in file("names").codes("familiar_names").items()},
        punctuation=read_punctuation(file("punctuation")),
    )


def _numbers(f: DataFile) -> _Fields:
    """Numerals, scales and multipliers (numbers.toml)."""
    return {
        "cardinals": f.decimals("cardinals"),
        "collectives": f.decimals("collectives"),
        "fractions": f.decimals("fractions"),
        "scales": f.decimals("scales"),
        "multipliers": f.decimals("multipliers"),
        "count_adverbs": f.decimals("count_adverbs"),
        "half_prefix": f.word("halves", "prefix"),
        "vague_words": f.word_set("vague", "words"),
    }


def _units(f: DataFile) -> _Fields:
    """Currencies, units, ages and years, and the words that make a figure no amount (units.toml)."""
    return {
        "age_stems": f.words("ages", "stems"),
        "age_links": f.words("ages", "links"),
        "age_numeral_endings": f.words("ages", "numeral_endings"),
        "life_year_prepositions": f.words("life_years", "prepositions"),
        "life_year_endings": f.words("life_years", "endings"),
        "life_year_phrases": f.longest_first("life_years", "phrases"),
        "year_lemmas": f.word_set("years", "lemmas"),
        "year_abbreviations": f.word_set("years", "abbreviations"),
        "currency_symbols": f.codes("currency_symbols"),
        "currency_lemmas": f.codes("currency_lemmas"),
        "currency_qualifiers": f.codes("currency_qualifiers", lower=False),
        "currency_adjectives": f.codes("currency_adjectives"),
        "abbreviations": f.codes("abbreviations", lower=False),
        "unit_lemmas": f.codes("unit_lemmas"),
        "unit_phrases": f.codes("unit_phrases"),
        "time_units": f.word_set("time_units", "codes"),
        "not_counts": f.word_set("not_counts", "lemmas"),
        "ranks_or_counts": f.word_set("ranks_or_counts", "lemmas"),
        "reference_nouns": f.word_set("references", "nouns"),
        "reference_links": f.word_set("references", "links"),
        "compound_units": f.decimals("compound_units"),
        "compound_into_larger": f.word_set("compound_units_larger", "codes"),
        "adjacent_units": f.word_set("adjacent_units", "lemmas"),
        "counted_before_dash": f.word_set("bare_counts", "before_dash"),
        "bare_clause_ends": "".join(f.words("bare_counts", "clause_ends")),
        "bare_not_after": f.word_set("bare_counts", "not_after"),
        "bare_transparent": f.word_set("bare_counts", "transparent"),
        "list_marks": "".join(f.words("bare_counts", "list_marks")),
        "count_subjects": f.word_set("bare_counts", "subjects"),
    }


def _hedge_words(f: DataFile) -> _Fields:
    """Hedges and those that bound a change from before its "на" (hedges.toml)."""
    hedges = read_hedges(f)
    return {"hedges": hedges, "hedges_before_by": read_hedges_before_by(f, hedges)}


def _kinds(f: DataFile) -> _Fields:
    """The words that tell a claim's kind: change, comparison, target, share (kinds.toml)."""
    up, down, neutral = f.words("change", "up"), f.words("change", "down"), f.words("change", "neutral")
    more, less = f.words("change", "comparatives_up"), f.words("change", "comparatives_down")
    return {
        "marker_from": f.word("markers", "from"),
        "marker_to": f.word("markers", "to"),
        "marker_by": f.word("markers", "by"),
        "marker_times": f.word("markers", "times"),
        "marker_of": f.word("markers", "of"),
        "markers_change_from": f.word_set("markers", "change_from"),
        "change_up": frozenset(up),
        "change_down": frozenset(down),
        "change_verbs": frozenset(up + down + neutral),
        "comparatives_up": frozenset(more),
        "comparatives_down": frozenset(less),
        "comparatives": frozenset(more + less),
        "target_lemmas": f.word_set("target", "lemmas"),
        "share_lemmas": f.word_set("share", "lemmas"),
    }


def _periods(f: DataFile) -> _Fields:
    """Months, ordinals, period units and the syntax of period phrases (periods.toml)."""
    period_units = {lemma: unit for unit in ("year", "half", "quarter", "month") for lemma in f.words("units", unit)}
    return {
        "months": {k.lower(): v for k, v in f.ints("months").items()},
        "relative_years": {k.lower(): v for k, v in f.ints("relative_years").items()},
        "ordinals": {k.lower(): v for k, v in f.ints("ordinals").items()},
        "period_units": period_units,
        "today_phrases": f.words("today", "phrases"),
        "year_to_date_phrases": f.words("year_to_date", "phrases"),
        "period_prepositions": f.longest_first("period_syntax", "prepositions"),
        "count_prepositions": f.word_set("period_syntax", "count_prepositions"),
        "first_words": f.word_set("period_syntax", "first_words"),
        "since_words": f.word_set("period_syntax", "since"),
        "until_words": f.word_set("period_syntax", "until"),
        "period_year_abbreviations": f.word_set("period_syntax", "year_abbreviations"),
        "ordinal_suffixes": f.word_set("period_syntax", "ordinal_suffixes"),
    }


def _speech(f: DataFile) -> _Fields:
    """Speech cues: verbs, set phrases, source phrases and the words of a content clause (speech.toml)."""
    return {
        "speech_verbs": f.word_set("verbs", "lemmas"),
        "content_required": f.word_set("verbs", "content_required"),
        "agreement_verbs": f.word_set("verbs", "agreement"),
        "object_verbs": f.word_set("verbs", "object_content"),
        "purpose_participles": f.word_set("verbs", "purpose_participles"),
        "object_possessives": f.word_set("verbs", "object_possessives"),
        "after_quotation_verbs": f.word_set("verbs", "after_quotation"),
        "negation_silenced": f.word_set("verbs", "silenced_by_negation"),
        "naming_verbs": f.word_set("verbs", "naming"),
        "opinion_verbs": f.word_set("verbs", "opinion"),
        "citing_verbs": f.word_set("verbs", "citing"),
        "impersonal_endings": f.words("verbs", "impersonal_endings"),
        "cue_phrases": f.words("verbs", "phrases"),
        "source_phrases": f.longest_first("source_phrases", "phrases"),
        "possessives": f.word_set("source_phrases", "possessives"),
        "possessive_genders": f.codes("possessive_genders"),
        "complementizers": f.word_set("clauses", "complementizers"),
        "thing_subjects": f.word_set("clauses", "thing_subjects"),
        "about_words": f.word_set("clauses", "about"),
        "about_object": f.word_set("clauses", "about_object"),
        "anaphora": f.longest_first("clauses", "anaphora"),
        "as_word": f.word("clauses", "as_word"),
        "negation": f.word("clauses", "negation"),
        "clause_conjunctions": f.word_set("clauses", "conjunctions"),
        "attribution_phrases": f.words("clauses", "attribution_phrases"),
        "document_verbs": f.word_set("document_phrases", "verbs"),
        "document_nouns": f.word_set("document_phrases", "nouns"),
        "document_senders": f.word_set("document_phrases", "senders"),
        "dash_nouns": f.word_set("document_phrases", "dash_nouns"),
    }


def _speakers(f: DataFile) -> _Fields:
    """Who can speak: pronouns, roles, organisations, groups, and what is never a name (speakers.toml)."""
    return {
        "pronouns": f.codes("pronouns"),
        "roles": f.word_set("roles", "lemmas"),
        "organizations": f.word_set("organizations", "lemmas"),
        "generic_organizations": f.word_set("generic_organizations", "lemmas"),
        "media": f.word_set("generic_organizations", "media"),
        "state_bodies": f.word_set("generic_organizations", "bodies"),
        "groups": f.word_set("groups", "lemmas"),
        "substantive_groups": f.word_set("groups", "substantives"),
        "collective_bodies": f.word_set("groups", "collective_bodies"),
        "not_names": f.word_set("not_names", "words", lower=False),
        "rating_grades": f.pattern("rating_grades", "pattern"),
        "one_word": f.word("phrases", "one"),
        "name_links": f.word_set("phrases", "name_links"),
        "relative_pronouns": f.word_set("phrases", "relative_pronouns"),
        "first_person": f.word_set("phrases", "first_person"),
        "speaker_side": f.word_set("phrases", "speaker_side"),
        "located_prepositions": f.word_set("phrases", "located_prepositions"),
        "genitive_prepositions": f.word_set("phrases", "genitive_prepositions"),
        "role_conjunctions": f.word_set("role_binding", "conjunctions"),
        "anonymous_roles": f.word_set("role_binding", "anonymous"),
        "exclusive_offices": f.word_set("role_binding", "exclusive"),
        "relational_suffixes": f.words("role_binding", "relational_suffixes"),
        "unnamed_markers": f.word_set("role_binding", "unnamed"),
        "role_possessives": f.word_set("role_binding", "possessives"),
        "head_roles": f.word_set("role_binding", "heads"),
        "role_prefixes": f.codes("role_prefixes"),
        "role_offices": f.codes("role_offices"),
        "place_aliases": f.codes("place_aliases"),
    }


def _subjects(f: DataFile) -> _Fields:
    """What a figure measures: synonyms, parts of wholes and the words of a subject's phrase (subjects.toml)."""
    return {
        "synonyms": read_synonyms(f),
        "generic_modifiers": f.word_set("generic_modifiers", "lemmas"),
        "part_of": f.codes("parts"),
        "partitions": {whole: f.words("partitions", whole) for whole in f.table("partitions")},
        "complement_prepositions": f.word_set("complements", "prepositions"),
        "complement_conjunctions": f.word_set("complements", "conjunctions"),
        "worth_preposition": f.word("clauses", "worth"),
        "part_markers": f.words("clauses", "part_markers"),
        "part_after": f.words("clauses", "part_after"),
        "list_conjunctions": f.words("clauses", "list_conjunctions"),
        "subject_clause_breaks": f.words("clauses", "breaks"),
    }


def read_brackets(f: DataFile) -> dict[str, str]:
    """Brackets as opening mark -> closing mark, each written as a string of the two marks."""
    pairs = f.words("structures", "brackets", lower=False)
    bad = [p for p in pairs if len(p) != 2]
    if bad:
        raise LexiconError(f.path, "structures.brackets", f"expected two marks in each entry, got {bad!r}")
    return {p[0]: p[1] for p in pairs}


def _checks(f: DataFile) -> _Fields:
    """The words the consistency checks read (checks.toml)."""
    return {
        "average_lemmas": f.word_set("averages", "lemmas"),
        "max_lemmas": f.word_set("averages", "max_lemmas"),
        "min_lemmas": f.word_set("averages", "min_lemmas"),
        "change_level_markers": f.words("change", "level_markers"),
        "structure_openers": f.words("structures", "openers"),
        "structure_brackets": read_brackets(f),
        "list_separators": f.words("structures", "separators"),
        "total_words": f.longest_first("structures", "total_words"),
        "remainder_lemmas": f.word_set("structures", "remainder_lemmas"),
        "respectively": f.words("structures", "respectively"),
        "rate_lemmas": f.word_set("structures", "rate_lemmas"),
        "vote_nouns": f.word_set("structures", "vote_nouns"),
        "vote_verbs": f.word_set("structures", "vote_verbs"),
        "round_lemmas": f.word_set("structures", "round_lemmas"),
        "others_lemmas": f.word_set("structures", "others_lemmas"),
        "part_openers": f.longest_first("structures", "part_openers"),
        "each_lemmas": f.word_set("structures", "each_lemmas"),
        "whole_lemmas": f.word_set("structures", "whole_lemmas"),
        "rate_periods": f.codes("rate_periods"),
        "back_references": f.word_set("structures", "back_references"),
        "tally_words": f.words("structures", "tally_words"),
        "tally_idle_verbs": f.word_set("structures", "tally_idle_verbs"),
        "among_words": f.word_set("structures", "among_words"),
        "birth_words": f.word_set("structures", "birth_words"),
        "age_words": f.word_set("structures", "age_words"),
        "age_holders": f.word_set("structures", "age_holders"),
        "age_day_before": f.word_set("structures", "age_day_before"),
        "span_words": f.word_set("structures", "span_words"),
        "age_prepositions": f.word_set("structures", "age_prepositions"),
        "now_words": f.longest_first("structures", "now_words"),
        "person_nouns": f.word_set("structures", "person_nouns"),
        "measure_nouns": f.word_set("structures", "measure_nouns"),
        "level_against": f.word("structures", "level_against"),
        "time_point_words": f.word_set("structures", "time_point_words"),
        "comparison_links": f.word_set("structures", "comparison_links"),
        "case_lemmas": f.word_set("structures", "case_lemmas"),
        "outcome_lemmas": f.word_set("structures", "outcome_lemmas"),
        "new_case_lemmas": f.word_set("structures", "new_case_lemmas"),
        "signed_lemmas": f.word_set("structures", "signed_lemmas"),
        "share_subjects": f.word_set("structures", "share_subjects"),
        "share_before": f.word_set("structures", "share_before"),
        "level_from": f.words("structures", "level_from"),
        "gapping_links": f.longest_first("structures", "gapping_links"),
    }
