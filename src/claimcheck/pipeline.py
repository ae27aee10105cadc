"""The spaCy component "claimcheck": one Report per Doc, in ``doc._.claimcheck`` and in span groups.

>>> import spacy
>>> nlp = spacy.blank("ru")
>>> _ = nlp.add_pipe("claimcheck")
>>> doc = nlp("Экспорт вырос на 5%.")
>>> [c.quantity.span.text for c in doc._.claimcheck.claims]
['на 5%']
>>> [(s.text, s.label_) for s in doc.spans["claimcheck_claims"]]
[('на 5%', 'change')]

The publication date goes in ``doc._.claimcheck_published`` before the component runs (or in the
component's ``published`` setting, for a whole pipeline): ``nlp(nlp.make_doc(text))`` after setting it.
:func:`claimcheck.analyze` runs the same analysis (:func:`claimcheck.analysis.build_report`) on the
text without tokenizing it, so both give equal Reports.

A processed Doc keeps the Report in ``doc.user_data`` in its ``to_dict()`` form (plain strings,
numbers, lists and dicts), so ``DocBin(store_user_data=True)``, ``Doc.to_bytes`` and ``nlp.pipe(...,
n_process=2)`` carry it; ``doc._.claimcheck`` rebuilds the Report from that form once and keeps it.
"""

from __future__ import annotations

from typing import Any, Final

from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens import Span as DocSpan
from spacy.util import get_lang_class

from claimcheck.analysis import build_report, parse_published
from claimcheck.api import check_content
from claimcheck.errors import PipelineLanguageError
from claimcheck.lexicon import load
from claimcheck.model import Report, Span

__all__ = [
    "CLAIMS_KEY",
    "QUOTES_KEY",
    "SPEAKERS_KEY",
    "ClaimcheckComponent",
    "build_report",
    "keep_hyphenated_words",
    "make_claimcheck",
    "parse_published",
    "register_extensions",
    "set_span_groups",
]

#: ``doc.spans`` key of the quotes, one span per ``report.quotes`` item, in order; label: the quote's kind.
QUOTES_KEY: Final = "claimcheck_quotes"
#: ``doc.spans`` key of the speaker mentions, each once, in order of first quote; label: the speaker's
#: kind, ``kb_id_``: the speaker's name.
SPEAKERS_KEY: Final = "claimcheck_speakers"
#: ``doc.spans`` key of the claims, one span per ``report.claims`` item, in order; label: the quantity's kind.
CLAIMS_KEY: Final = "claimcheck_claims"

# Where the Report and the publication date live in doc.user_data: plain msgpack-able values only.
_REPORT_KEY: Final = "claimcheck.report"
_PUBLISHED_KEY: Final = "claimcheck.published"


def keep_hyphenated_words(nlp: Language) -> None:
    """Stop the tokenizer from splitting at hyphens inside words ("пресс-служба", "Касым-Жомартом").

    spaCy's default infixes split "a-b" between letters; every other infix rule is kept.
    """
    from spacy.lang.char_classes import HYPHENS
    from spacy.util import compile_infix_regex

    tokenizer: Any = nlp.tokenizer
    infixes = [p for p in (nlp.Defaults.infixes or ()) if not (isinstance(p, str) and HYPHENS in p)]
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


class _ReportData(dict[str, Any]):
    """A Report's ``to_dict()`` form that also holds the Report itself.

    msgpack writes it as the plain dict it is (the attribute is not written); read back, it is a plain
    dict again and the Report is rebuilt from it on first access.
    """

    def __init__(self, report: Report) -> None:
        super().__init__(report.to_dict())
        self.report = report


def _get_report(doc: Doc) -> Report | None:
    data = doc.user_data.get(_REPORT_KEY)
    if data is None:
        return None
    if isinstance(data, _ReportData):
        return data.report
    report = Report.from_dict(data)
    doc.user_data[_REPORT_KEY] = _ReportData(report)
    return report


def _set_report(doc: Doc, report: Report | None) -> None:
    if report is None:
        doc.user_data.pop(_REPORT_KEY, None)
    elif isinstance(report, Report):
        doc.user_data[_REPORT_KEY] = _ReportData(report)
    else:
        raise TypeError(f"expected a claimcheck Report or None, got {type(report).__name__}")


def _get_published(doc: Doc) -> str | None:
    value = doc.user_data.get(_PUBLISHED_KEY)
    return value if isinstance(value, str) else None


def _set_published(doc: Doc, value: object) -> None:
    # Kept as an ISO string, so a date set here survives msgpack; a bad value fails now, not in nlp().
    date = parse_published(value)
    if date is None:
        doc.user_data.pop(_PUBLISHED_KEY, None)
    else:
        doc.user_data[_PUBLISHED_KEY] = date.isoformat()


def register_extensions() -> None:
    """Register ``Doc._.claimcheck`` (the Report) and ``Doc._.claimcheck_published`` ("YYYY-MM-DD" or None).

    Both are stored in ``doc.user_data`` as plain values; the component calls this itself.
    """
    if not Doc.has_extension("claimcheck"):
        Doc.set_extension("claimcheck", getter=_get_report, setter=_set_report)
    if not Doc.has_extension("claimcheck_published"):
        Doc.set_extension("claimcheck_published", getter=_get_published, setter=_set_published)


def _doc_span(doc: Doc, span: Span, label: str, kb_id: str = "") -> DocSpan:
    """The tokens that cover ``span``: a span inside a token takes the whole token, none is lost.

    Tokens do not include their trailing space, so a span is first trimmed to its non-space characters;
    one that is all space (or empty) takes the token at its start.
    """
    text = span.text
    start = span.start + len(text) - len(text.lstrip())
    end = max(start, span.end - (len(text) - len(text.rstrip())))
    if start == end:
        start = min(start, len(doc.text) - 1)
        end = start + 1
    doc_span = doc.char_span(start, end, label=label, kb_id=kb_id, alignment_mode="expand")
    if doc_span is None or not len(doc_span):
        raise ValueError(f"no token of the Doc covers characters {span.start}-{span.end} ({span.text!r})")
    return doc_span


def set_span_groups(doc: Doc, report: Report) -> None:
    """Put the report's quotes, speaker mentions and claims in ``doc.spans`` (see the ``*_KEY`` constants)."""
    doc.spans[QUOTES_KEY] = [_doc_span(doc, q.span, q.kind) for q in report.quotes]
    speakers: dict[tuple[int, int], DocSpan] = {}
    for q in report.quotes:
        s = q.speaker
        if s is not None and (s.span.start, s.span.end) not in speakers:
            speakers[s.span.start, s.span.end] = _doc_span(doc, s.span, s.kind, s.name)
    doc.spans[SPEAKERS_KEY] = list(speakers.values())
    doc.spans[CLAIMS_KEY] = [_doc_span(doc, c.quantity.span, c.quantity.kind) for c in report.claims]


class ClaimcheckComponent:
    """Analyses ``doc.text``; stores the Report in ``doc._.claimcheck`` and its spans in ``doc.spans``."""

    def __init__(self, nlp: Language, name: str, language: str, published: str | None) -> None:
        self.lexicon = load(language)  # first: a language without data is a LexiconError
        if nlp.lang != language:
            raise PipelineLanguageError(str(nlp.lang), language, get_lang_class(language).__name__)
        self.name = name
        self.published = parse_published(published)
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        # The size limit is spaCy's own (nlp.max_length, checked by the tokenizer); what analyze()
        # refuses for its content (binary data and the like) is refused here too.
        check_content(doc.text)
        published = doc._.claimcheck_published
        published = self.published if published is None else parse_published(published)
        report = build_report(doc.text, published, self.lexicon)
        doc._.claimcheck = report
        set_span_groups(doc, report)
        return doc


@Language.factory(
    "claimcheck",
    default_config={"language": "ru", "published": None, "keep_hyphens": True},
    assigns=["doc._.claimcheck", "doc.spans"],
)
def make_claimcheck(
    nlp: Language, name: str, language: str, published: str | None, keep_hyphens: bool
) -> ClaimcheckComponent:
    """Create the component; with ``keep_hyphens`` the tokenizer keeps hyphenated words whole.

    Raises :class:`PipelineLanguageError` when ``nlp`` is not a pipeline of ``language`` ("ru").
    """
    component = ClaimcheckComponent(nlp, name, language, published)
    if keep_hyphens:
        keep_hyphenated_words(nlp)
    return component
