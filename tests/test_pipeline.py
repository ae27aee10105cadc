"""The spaCy component: span groups, Doc serialisation, the pipeline's language, bad input as analyze() sees it."""

from __future__ import annotations

import datetime as dt
import pickle

import pytest
import spacy
from spacy import displacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin

import claimcheck
from claimcheck import ClaimcheckError, InputError, PublishedDateError, Report
from claimcheck.errors import PipelineLanguageError
from claimcheck.html import to_displacy
from claimcheck.model import Span
from claimcheck.pipeline import CLAIMS_KEY, QUOTES_KEY, SPEAKERS_KEY

PUBLISHED = "2025-01-30"


@pytest.fixture(scope="module")
def nlp() -> Language:
    nlp = spacy.blank("ru")
    nlp.add_pipe("claimcheck", config={"published": PUBLISHED})
    return nlp


def _covers(doc_span: spacy.tokens.Span, span: Span) -> bool:
    """The Doc span holds every non-space character of the report span."""
    text = span.text
    first = span.start + len(text) - len(text.lstrip())
    last = span.end - (len(text) - len(text.rstrip()))
    return doc_span.start_char <= first and last <= doc_span.end_char


def _assert_groups_hold(doc: Doc) -> None:
    report: Report = doc._.claimcheck
    quotes, claims = doc.spans[QUOTES_KEY], doc.spans[CLAIMS_KEY]
    assert len(quotes) == len(report.quotes) and len(claims) == len(report.claims)
    for doc_span, quote in zip(quotes, report.quotes, strict=True):
        assert doc_span.label_ == quote.kind and _covers(doc_span, quote.span)
    for doc_span, claim in zip(claims, report.claims, strict=True):
        assert doc_span.label_ == claim.quantity.kind and _covers(doc_span, claim.quantity.span)
    mentions = {(s.start_char, s.end_char, s.label_, s.kb_id_) for s in doc.spans[SPEAKERS_KEY]}
    for quote in report.quotes:
        if quote.speaker is not None:
            s = quote.speaker
            spans = [d for d in doc.spans[SPEAKERS_KEY] if _covers(d, s.span) and d.kb_id_ == s.name]
            assert spans and spans[0].label_ == s.kind
    assert len(mentions) == len(doc.spans[SPEAKERS_KEY])


def test_span_groups_hold_every_result_of_the_seed(nlp: Language, seed_text: str) -> None:
    """Every quote, speaker mention and claim of the seed article is a span of its group, labelled with its kind."""
    doc = nlp(seed_text)
    assert len(doc.spans[QUOTES_KEY]) == 9 and len(doc.spans[CLAIMS_KEY]) == 7
    assert [s.text for s in doc.spans[CLAIMS_KEY]] == [c.quantity.span.text for c in doc._.claimcheck.claims]
    assert ("Михаил Мишустин", "person", "Михаил Мишустин") in [
        (s.text, s.label_, s.kb_id_) for s in doc.spans[SPEAKERS_KEY]
    ]
    _assert_groups_hold(doc)


@pytest.mark.parametrize(
    "text",
    [
        "  «Мы готовы», — заявил Иван Петров.",
        "Экспорт вырос на5% за год, сообщил Росстат.",
        "«Цены выросли\r\nна 5%», — сказал министр.\rОн добавил: «Это много».",
        "Выручка составила 3,2млрд руб.\n\n\n«Рост продолжится», — уверен директор.",
        "",
    ],
)
def test_span_groups_keep_results_that_tokens_do_not_align_with(nlp: Language, text: str) -> None:
    """A result that starts or ends inside a token takes the whole token; no result is left out of its group."""
    _assert_groups_hold(nlp(text))


def test_span_groups_render_with_displacy(nlp: Language, seed_text: str) -> None:
    """displaCy's span view draws a group by its key, and to_displacy() still reads the Report."""
    doc = nlp(seed_text)
    for key in (QUOTES_KEY, SPEAKERS_KEY, CLAIMS_KEY):
        html = displacy.render(doc, style="span", options={"spans_key": key})
        assert doc.spans[key][0].label_ in html and doc.spans[key][0][0].text in html
    assert to_displacy(doc._.claimcheck, doc.text)["spans"]


@pytest.mark.parametrize("published", [PUBLISHED, dt.date(2025, 1, 30), dt.datetime(2025, 1, 30, 12, 0)])
def test_docbin_round_trip_keeps_the_report_and_span_groups(
    nlp: Language, seed_text: str, published: object
) -> None:
    """A processed Doc written with DocBin(store_user_data=True) reads back with an equal Report, date and span groups."""
    doc = nlp.make_doc(seed_text)
    doc._.claimcheck_published = published
    doc = nlp(doc)
    data = DocBin(store_user_data=True, docs=[doc]).to_bytes()
    (back,) = DocBin().from_bytes(data).get_docs(spacy.blank("ru").vocab)
    assert back._.claimcheck == doc._.claimcheck == claimcheck.analyze(seed_text, published=PUBLISHED)
    assert back._.claimcheck is back._.claimcheck
    assert back._.claimcheck_published == PUBLISHED
    for key in (QUOTES_KEY, SPEAKERS_KEY, CLAIMS_KEY):
        assert [(s.start_char, s.end_char, s.label_, s.kb_id_) for s in back.spans[key]] == [
            (s.start_char, s.end_char, s.label_, s.kb_id_) for s in doc.spans[key]
        ]
    again = DocBin(store_user_data=True, docs=[back]).to_bytes()
    (third,) = DocBin().from_bytes(again).get_docs(nlp.vocab)
    assert third._.claimcheck == doc._.claimcheck


def test_doc_bytes_pickle_and_copy_keep_the_report(nlp: Language, seed_text: str) -> None:
    """Doc.to_bytes, pickle and Doc.copy carry the Report (nlp.pipe with processes relies on to_bytes)."""
    doc = nlp(seed_text)
    assert Doc(nlp.vocab).from_bytes(doc.to_bytes())._.claimcheck == doc._.claimcheck
    assert pickle.loads(pickle.dumps(doc))._.claimcheck == doc._.claimcheck
    assert doc.copy()._.claimcheck == doc._.claimcheck


def test_report_extension_is_none_before_the_component_and_takes_reports_only(nlp: Language) -> None:
    """doc._.claimcheck is None on an unprocessed Doc; setting anything but a Report or None is a TypeError."""
    doc = nlp.make_doc("Текст.")
    assert doc._.claimcheck is None and doc._.claimcheck_published is None
    with pytest.raises(TypeError, match="expected a claimcheck Report or None, got dict"):
        doc._.claimcheck = {"schema": "claimcheck/1"}


def test_bad_published_is_refused_when_set(nlp: Language) -> None:
    """A publication date that is not a date or "YYYY-MM-DD" is a PublishedDateError at assignment."""
    doc = nlp.make_doc("Текст.")
    with pytest.raises(PublishedDateError, match="2025-13-45"):
        doc._.claimcheck_published = "2025-13-45"


@pytest.mark.parametrize("lang", ["en", "xx", "uk", "de"])
def test_a_pipeline_in_another_language_is_refused_at_add_pipe(lang: str) -> None:
    """add_pipe("claimcheck") on a non-Russian pipeline raises a ClaimcheckError and ValueError, leaving it unchanged."""
    nlp = spacy.blank(lang)
    with pytest.raises(PipelineLanguageError, match=rf"expected a 'ru' pipeline, got '{lang}'.*Russian text only"):
        nlp.add_pipe("claimcheck")
    assert issubclass(PipelineLanguageError, ClaimcheckError) and issubclass(PipelineLanguageError, ValueError)
    assert nlp.pipe_names == []
    assert [t.text for t in nlp.make_doc("a-b")] == [t.text for t in spacy.blank(lang).make_doc("a-b")]


@pytest.mark.parametrize(
    "text",
    [
        "\x00" * 400 + "Экспорт вырос на 5%." + "\x00\x01\x02" * 100,
        "PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00" * 40,
        "Экспорт вырос на 5%.\x00",
    ],
)
def test_component_refuses_what_analyze_refuses(nlp: Language, text: str) -> None:
    """nlp(text) and analyze(text) agree: both refuse the same bad input with the same error, or give equal Reports."""
    try:
        expected: Report | type[Exception] = claimcheck.analyze(text, published=PUBLISHED)
    except ClaimcheckError as exc:
        expected = type(exc)
    if isinstance(expected, Report):
        assert nlp(text)._.claimcheck == expected
    else:
        with pytest.raises(expected):
            nlp(text)


def test_binary_looking_text_is_an_input_error_in_the_pipeline(nlp: Language) -> None:
    """A NUL-heavy text is refused by the component with InputError, as analyze() refuses it."""
    with pytest.raises(InputError, match="control characters"):
        nlp("\x00" * 500 + "Экспорт вырос на 5%.")


def test_lone_surrogate_is_refused_before_the_component(nlp: Language) -> None:
    """spaCy's tokenizer refuses a lone surrogate with a ValueError (UnicodeEncodeError) before the component runs."""
    with pytest.raises(ValueError, match="surrogates not allowed"):
        nlp("«Мы готовы», — заявил Иван Петров.\ud800")


def test_pipe_in_two_processes_carries_the_report(nlp: Language, seed_text: str) -> None:
    """nlp.pipe(..., n_process=2) sends each Doc back with its Report and span groups."""
    texts = [seed_text, "Экспорт вырос на 5%."] * 2
    docs = list(nlp.pipe(texts, n_process=2, batch_size=1))
    assert [d._.claimcheck for d in docs] == [claimcheck.analyze(t, published=PUBLISHED) for t in texts]
    assert [len(d.spans[CLAIMS_KEY]) for d in docs] == [7, 1, 7, 1]
