"""``claimcheck.analyze``: the library's front door.

>>> import claimcheck
>>> report = claimcheck.analyze("Экспорт вырос на 5% и составил более $3,2 млрд.", published="2025-01-30")
>>> [(c.quantity.span.text, c.quantity.kind) for c in report.claims]
[('на 5%', 'change'), ('более $3,2 млрд', 'amount')]
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Final

from spacy.language import Language

from claimcheck.errors import InputError, TextTooLargeError
from claimcheck.model import Report
from claimcheck.pipeline import parse_published

__all__ = ["DEFAULT_MAX_CHARS", "analyze", "default_pipeline"]

#: Texts longer than this are refused (about 2,000 pages of news); raise it with ``max_chars=``.
DEFAULT_MAX_CHARS: Final = 5_000_000

# More than this share of control characters (other than line breaks and tabs) is not text.
_MAX_CONTROL_SHARE: Final = 0.1


@functools.cache
def default_pipeline() -> Language:
    """``spacy.blank("ru")`` with the claimcheck component: built once, shared by every call."""
    import spacy

    nlp = spacy.blank("ru")
    nlp.add_pipe("claimcheck")
    nlp.max_length = DEFAULT_MAX_CHARS + 1
    return nlp


def check_text(text: object, max_chars: int = DEFAULT_MAX_CHARS) -> str:
    """``text`` itself if it can be analysed; TypeError for a non-str, InputError for binary data."""
    if not isinstance(text, str):
        raise TypeError(f"expected str, got {type(text).__name__}")
    if len(text) > max_chars:
        raise TextTooLargeError(len(text), max_chars)
    sample = text[:65536]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f\v")
    if sample and controls / len(sample) > _MAX_CONTROL_SHARE:
        raise InputError(
            f"expected text, got data with {controls} control characters in its first {len(sample)}"
        )
    return text


def analyze(
    text: str,
    *,
    published: dt.date | str | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Report:
    """Quotes, numeric claims and consistency findings of one news text.

    ``published`` (a date or "YYYY-MM-DD") resolves relative periods ("в прошлом году"); without it
    they stay unresolved. Raises TypeError for a non-str, PublishedDateError for a bad date and
    TextTooLargeError above ``max_chars`` characters.
    """
    check_text(text, max_chars)
    date = parse_published(published)
    nlp = default_pipeline()
    if len(text) >= nlp.max_length:
        nlp.max_length = len(text) + 1
    doc = nlp.make_doc(text)
    doc._.claimcheck_published = date
    for _name, component in nlp.pipeline:
        doc = component(doc)
    report: Report = doc._.claimcheck
    return report
