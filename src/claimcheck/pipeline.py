"""The spaCy component "claimcheck": one Report per Doc, in ``doc._.claimcheck``.

>>> import spacy
>>> nlp = spacy.blank("ru")
>>> _ = nlp.add_pipe("claimcheck")
>>> doc = nlp("Экспорт вырос на 5%.")
>>> [c.quantity.span.text for c in doc._.claimcheck.claims]
['на 5%']

The publication date goes in ``doc._.claimcheck_published`` before the component runs (or in the
component's ``published`` setting, for a whole pipeline): ``nlp(nlp.make_doc(text))`` after setting it.
:func:`claimcheck.analyze` runs this same component, so both give equal Reports.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from claimcheck.checks import CheckContext, run_checks
from claimcheck.claims import build_claims
from claimcheck.errors import PublishedDateError
from claimcheck.lexicon import Lexicon, load
from claimcheck.model import Report
from claimcheck.periods import find_periods
from claimcheck.quantities import find_quantities
from claimcheck.quotes import find_attributions, find_quotes
from claimcheck.segment import sentences, words
from claimcheck.speakers import Resolver

__all__ = ["ClaimcheckComponent", "build_report", "keep_hyphenated_words", "make_claimcheck", "parse_published"]


def parse_published(value: object) -> dt.date | None:
    """A publication date from a date, a datetime, an ISO "YYYY-MM-DD" string or None."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            raise PublishedDateError(value) from None
    raise PublishedDateError(value)


def build_report(text: str, published: dt.date | None, lex: Lexicon | None = None) -> Report:
    """Quotes, claims and findings of ``text``: the work shared by the component and ``analyze``."""
    lex = lex or load("ru")
    if not text.strip():
        return Report(published=published)
    sents = sentences(text)
    resolver = Resolver(text, words(text), lex)
    quotes = find_quotes(text, lex, resolver)
    attributions = find_attributions(text, lex)
    quantities = find_quantities(text, lex)
    periods = find_periods(text, published, lex)
    claims = build_claims(text, quantities, periods, quotes, attributions, sents, resolver, lex)
    findings = run_checks(claims, CheckContext(published=published, lexicon=lex))
    return Report(published=published, quotes=tuple(quotes), claims=tuple(claims), findings=findings)


def keep_hyphenated_words(nlp: Language) -> None:
    """Stop the tokenizer from splitting at hyphens inside words ("пресс-служба", "Касым-Жомартом").

    spaCy's default infixes split "a-b" between letters; every other infix rule is kept.
    """
    from spacy.lang.char_classes import HYPHENS
    from spacy.util import compile_infix_regex

    tokenizer: Any = nlp.tokenizer
    infixes = [p for p in (nlp.Defaults.infixes or ()) if not (isinstance(p, str) and HYPHENS in p)]
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


class ClaimcheckComponent:
    """Analyses ``doc.text`` and stores the Report in ``doc._.claimcheck``."""

    def __init__(self, nlp: Language, name: str, language: str, published: str | None) -> None:
        self.name = name
        self.lexicon = load(language)
        self.published = parse_published(published)
        for attr, default in (("claimcheck", None), ("claimcheck_published", None)):
            if not Doc.has_extension(attr):
                Doc.set_extension(attr, default=default)

    def __call__(self, doc: Doc) -> Doc:
        published = doc._.claimcheck_published
        published = self.published if published is None else parse_published(published)
        doc._.claimcheck = build_report(doc.text, published, self.lexicon)
        return doc


@Language.factory(
    "claimcheck",
    default_config={"language": "ru", "published": None, "keep_hyphens": True},
    assigns=["doc._.claimcheck"],
)
def make_claimcheck(
    nlp: Language, name: str, language: str, published: str | None, keep_hyphens: bool
) -> ClaimcheckComponent:
    """Create the component; with ``keep_hyphens`` the tokenizer keeps hyphenated words whole."""
    if keep_hyphens:
        keep_hyphenated_words(nlp)
    return ClaimcheckComponent(nlp, name, language, published)
