"""The spaCy component "claimcheck": one Report per Doc, in ``doc._.claimcheck``.

>>> import spacy
>>> nlp = spacy.blank("ru")
>>> _ = nlp.add_pipe("claimcheck")
>>> doc = nlp("Экспорт вырос на 5%.")
>>> [c.quantity.span.text for c in doc._.claimcheck.claims]
['на 5%']

The publication date goes in ``doc._.claimcheck_published`` before the component runs (or in the
component's ``published`` setting, for a whole pipeline): ``nlp(nlp.make_doc(text))`` after setting it.
:func:`claimcheck.analyze` runs the same analysis (:func:`claimcheck.analysis.build_report`) on the
text without tokenizing it, so both give equal Reports.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from claimcheck.analysis import build_report, parse_published
from claimcheck.lexicon import load

__all__ = ["ClaimcheckComponent", "build_report", "keep_hyphenated_words", "make_claimcheck", "parse_published"]


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
