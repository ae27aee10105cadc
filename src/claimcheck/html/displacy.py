"""A Report as spaCy's displaCy "span" style draws it, without a spaCy Doc."""

from __future__ import annotations

from typing import Any, Final

from claimcheck.html.markup import check_spans
from claimcheck.model import Report, Span

__all__ = ["DISPLACY_COLORS", "to_displacy"]

#: Label colours for ``displacy.render(..., options={"colors": DISPLACY_COLORS})``.
DISPLACY_COLORS: Final = {"QUOTE": "#a5d8ff", "SPEAKER": "#ffc078", "CUE": "#d0bfff", "CLAIM": "#8ce99a"}


def _tokens(text: str, cuts: set[int]) -> list[tuple[int, int]]:
    """Whitespace-separated words of ``text``, split again at every offset in ``cuts``."""
    out: list[tuple[int, int]] = []
    start: int | None = None
    for i, ch in enumerate(text + " "):
        if start is not None and (ch.isspace() or i in cuts):
            out.append((start, i))
            start = None
        if start is None and not ch.isspace() and i < len(text):
            start = i
    return out


def to_displacy(report: Report, text: str) -> dict[str, Any]:
    """The report as spaCy's displaCy "span" style expects it in manual mode.

    ``displacy.render(to_displacy(report, text), style="span", manual=True,
    options={"colors": DISPLACY_COLORS})`` shows quotes, speakers, cues and claims as labelled spans.
    Tokens are the text's words, split where a span begins or ends. Raises SpanMismatchError as
    :func:`render_html` does.

    >>> import claimcheck
    >>> text = "Экспорт вырос на 5%."
    >>> data = to_displacy(claimcheck.analyze(text), text)
    >>> data["tokens"], data["spans"][0]["label"], data["spans"][0]["start_token"], data["spans"][0]["end_token"]
    (['Экспорт', 'вырос', 'на', '5%', '.'], 'CLAIM', 2, 4)
    """
    check_spans(report, text)
    labelled: list[tuple[Span, str, str]] = []
    seen: set[tuple[int, int, str]] = set()
    for q in report.quotes:
        labelled.append((q.span, "QUOTE", q.speaker.name if q.speaker else ""))
        extra: list[tuple[Span, str, str]] = []
        if q.speaker is not None:
            extra.append((q.speaker.span, "SPEAKER", q.speaker.name))
        if q.cue is not None:
            extra.append((q.cue, "CUE", ""))
        for span, label, kb in extra:
            if (span.start, span.end, label) not in seen:
                seen.add((span.start, span.end, label))
                labelled.append((span, label, kb))
    labelled.extend((c.quantity.span, "CLAIM", "") for c in report.claims)
    cuts = {b for s, _, _ in labelled for b in (s.start, s.end)}
    tokens = _tokens(text, cuts)
    spans: list[dict[str, Any]] = []
    for span, label, _kb in labelled:
        first = next((n for n, (a, _) in enumerate(tokens) if a >= span.start), len(tokens))
        last = sum(1 for _, b in tokens if b <= span.end)
        if first < last:
            spans.append({
                "start": span.start, "end": span.end, "start_token": first, "end_token": last, "label": label,
            })
    spans.sort(key=lambda s: (s["start_token"], -s["end_token"]))
    return {"text": text, "tokens": [text[a:b] for a, b in tokens], "spans": spans, "title": None}
