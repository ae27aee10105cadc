"""Entries of the data files that are more than a list of words: hedge groups, surname rules, synonym
groups and the punctuation table, each read and checked against itself."""

from __future__ import annotations

from claimcheck.errors import LexiconError
from claimcheck.interval import APPROX_CODES
from claimcheck.lexicon.datafile import DataFile
from claimcheck.lexicon.records import Hedge, Punctuation, SurnameRules


def read_hedges(f: DataFile) -> tuple[Hedge, ...]:
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


def read_hedges_before_by(f: DataFile, hedges: tuple[Hedge, ...]) -> tuple[Hedge, ...]:
    """The hedges named in ``[before_by]``, each of which must be a hedge phrase."""
    by_phrase = {h.phrase: h for h in hedges}
    names = f.words("before_by", "phrases")
    unknown = [p for p in names if p not in by_phrase]
    if unknown:
        raise LexiconError(f.path, "before_by.phrases", f"expected hedge phrases, got {unknown!r}")
    return tuple(h for h in hedges if h.phrase in set(names))


def read_surname_rules(f: DataFile) -> SurnameRules:
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


def read_punctuation(f: DataFile) -> Punctuation:
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
        straight_closes_before=f.marks("quotes", "straight_closes_before"),
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


def read_synonyms(f: DataFile) -> dict[str, str]:
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
