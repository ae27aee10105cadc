"""The lexicon's period words in the shapes the period matcher looks them up by: normalised word
forms, prepositions and fixed phrases indexed by their first word, and the agreement of a relative
adjective with its noun ("прошлого года", not "прошлый года"). Built once per lexicon.
"""

from __future__ import annotations

from collections.abc import Iterable

from claimcheck import morph
from claimcheck.lexicon import Lexicon
from claimcheck.periods.tokens import WORD, Tok

__all__ = ["Grammar", "prepare"]


class Grammar:
    """The lexicon's period words in the shapes the matcher looks them up by, built once per lexicon."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.months = dict(lex.months)
        self.relative = {morph.normalize(k): v for k, v in lex.relative_years.items()}
        self.ordinals = {morph.normalize(k): v for k, v in lex.ordinals.items()}
        self.units = {morph.normalize(k): v for k, v in lex.period_units.items()}
        self.counts = {
            morph.normalize(k): int(v) for k, v in lex.cardinals.items() if v == v.to_integral_value() and 1 <= v <= 12
        }
        self.first_words = frozenset(morph.normalize(w) for w in lex.first_words)
        self.preps = tuple(tuple(morph.normalize(p).split()) for p in lex.period_prepositions)
        self.count_preps = frozenset(tuple(morph.normalize(p).split()) for p in lex.count_prepositions)
        self.since = frozenset(morph.normalize(w) for w in lex.since_words)
        self.until = frozenset(morph.normalize(w) for w in lex.until_words)
        self.year_abbr = frozenset(morph.normalize(w) for w in lex.period_year_abbreviations)
        self.suffixes = frozenset(morph.normalize(w) for w in lex.ordinal_suffixes)
        phrases = [(tuple(morph.normalize(p).split()), "day") for p in lex.today_phrases]
        phrases += [(tuple(morph.normalize(p).split()), "to_date") for p in lex.year_to_date_phrases]
        self.phrases = tuple(sorted(phrases, key=lambda p: -len(p[0])))
        # Words that are no form of a lemma of interest are never sent to the analyser.
        keys: Iterable[str] = [*self.months, *self.relative, *self.ordinals, *self.units, *self.counts]
        self.forms = morph.word_forms([*keys, *self.first_words])
        # Words that can begin a period phrase without being a period word themselves.
        # Prepositions and phrases by their first word, so that most tokens look up nothing.
        self.prep_index: dict[str, list[tuple[str, ...]]] = {}
        for p in self.preps:
            if p:
                self.prep_index.setdefault(p[0], []).append(p)
        self.phrase_index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for words, unit in self.phrases:
            if words:
                self.phrase_index.setdefault(words[0], []).append((words, unit))
        self.starters = frozenset(self.prep_index) | frozenset(self.phrase_index) | self.since
        self._agreement: dict[tuple[str, str], bool] = {}

    @classmethod
    def of(cls, lex: Lexicon) -> Grammar:
        """The Grammar of ``lex``, built on first use and kept for as long as the lexicon lives."""
        hit = _GRAMMARS.get(id(lex))
        if hit is None or hit[0] is not lex:
            hit = (lex, cls(lex))
            _GRAMMARS[id(lex)] = hit
        return hit[1]

    def lemmas(self, tok: Tok) -> frozenset[str]:
        """The lemmas of a word that may be a form of a period word (none for any other token)."""
        if tok.kind != WORD or tok.low not in self.forms:
            return _NO_LEMMAS
        return morph.lemmas(tok.low)

    def lookup(self, tok: Tok, table: dict[str, int]) -> int | None:
        """The value ``table`` gives the token itself or one of its lemmas."""
        if tok.low in table:
            return table[tok.low]
        for lem in self.lemmas(tok):
            if lem in table:
                return table[lem]
        return None

    def agrees(self, adj: str, noun: str) -> bool:
        """A relative adjective agrees with its noun ("прошлого года"); cached per pair."""
        key = (adj, noun)
        hit = self._agreement.get(key)
        if hit is None:
            if len(self._agreement) > 100_000:
                self._agreement.clear()
            hit = self._agreement[key] = _agrees(adj, self.relative, noun)
        return hit

    def unit(self, tok: Tok) -> str | None:
        """The period unit a word names ("квартала" -> "quarter"), if it names one."""
        if tok.kind != WORD:
            return None
        for lem in self.lemmas(tok):
            if lem in self.units:
                return self.units[lem]
        return None


_NO_LEMMAS: frozenset[str] = frozenset()

_GRAMMARS: dict[int, tuple[Lexicon, Grammar]] = {}


def prepare(lex: Lexicon) -> None:
    """Build the tables this module derives from ``lex`` (see :func:`claimcheck.analysis.prepare`)."""
    Grammar.of(lex)


_CASES = {"loc2": "loct", "gen2": "gent", "acc2": "accs", "voct": "nomn"}


def _agrees(adj: str, adj_lemmas: dict[str, int], noun: str) -> bool:
    """Some reading of ``adj`` (with a lemma in ``adj_lemmas``) agrees with some reading of ``noun``."""
    nouns = [p.tag for p in morph.parses(noun) if p.tag.POS == "NOUN"]
    if not nouns:
        return True
    for p in morph.parses(adj):
        if morph.normalize(p.normal_form) not in adj_lemmas or p.tag.POS not in ("ADJF", "PRTF"):
            continue
        case = _CASES.get(str(p.tag.case), str(p.tag.case))
        for t in nouns:
            if case != _CASES.get(str(t.case), str(t.case)) or p.tag.number != t.number:
                continue
            if t.number == "plur" or p.tag.gender == t.gender:
                return True
    return False
