"""``claimcheck.analyze``: the library's front door.

>>> import claimcheck
>>> report = claimcheck.analyze("Экспорт вырос на 5% и составил более $3,2 млрд.", published="2025-01-30")
>>> [(c.quantity.span.text, c.quantity.kind) for c in report.claims]
[('на 5%', 'change'), ('более $3,2 млрд', 'amount')]
"""

from __future__ import annotations

import datetime as dt
import functools
import operator
import re
from typing import TYPE_CHECKING, Final

from claimcheck.analysis import build_report, parse_published
from claimcheck.errors import InputError, SurrogateError, TextTooLargeError
from claimcheck.lexicon import load
from claimcheck.model import Report

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = [
    "DEFAULT_MAX_CHARS", "analyze", "check_content", "check_count", "check_text", "default_pipeline",
    "surrogate_offset",
]

#: Texts longer than this are refused (about 2,000 pages of news); raise it with ``max_chars=``.
DEFAULT_MAX_CHARS: Final = 5_000_000

# More than this share of control characters (other than line breaks and tabs) is not text.
_MAX_CONTROL_SHARE: Final = 0.1
# Control characters other than "\t\n\v\f\r" (0x09-0x0d).
_CONTROL_RE: Final = re.compile("[\x00-\x08\x0e-\x1f]")
# A str holds no surrogate pairs (a character above U+FFFF is one code point), so any surrogate is lone.
_SURROGATE_RE: Final = re.compile("[\ud800-\udfff]")


@functools.cache
def default_pipeline() -> Language:
    """``spacy.blank("ru")`` with the claimcheck component: built once, shared by every call.

    Neither :func:`analyze` nor :func:`claimcheck.analyze_many` needs it (both run the component's
    analysis on the text directly); pass it as ``nlp=`` to :func:`claimcheck.analyze_many` to stream
    the texts through ``nlp.pipe`` as spaCy Docs.
    """
    import spacy

    nlp = spacy.blank("ru")
    nlp.add_pipe("claimcheck")
    nlp.max_length = DEFAULT_MAX_CHARS + 1
    return nlp


def check_count(name: str, value: object, *, minimum: int) -> int:
    """``value`` as an int if it is a whole number (not a bool) of at least ``minimum``; otherwise a
    TypeError or ValueError naming the argument ``name``, rather than a failed comparison later.

    >>> check_count("max_chars", "100", minimum=0)
    Traceback (most recent call last):
    ...
    TypeError: expected max_chars as an int, got str '100'
    """
    try:
        if isinstance(value, bool):
            raise TypeError
        number = operator.index(value)  # type: ignore[arg-type]
    except TypeError:
        raise TypeError(f"expected {name} as an int, got {type(value).__name__} {value!r}") from None
    if number < minimum:
        raise ValueError(f"expected {name} of at least {minimum}, got {number}")
    return number


def surrogate_offset(text: str) -> int | None:
    """The index of the first lone surrogate (U+D800..U+DFFF) in ``text``, or None if it has none:
    such a text cannot be encoded in UTF-8 (or any other encoding)."""
    found = _SURROGATE_RE.search(text)
    return None if found is None else found.start()


def check_text(text: object, max_chars: int = DEFAULT_MAX_CHARS) -> str:
    """``text`` itself if it can be analysed; TypeError for a non-str, TextTooLargeError above
    ``max_chars``, SurrogateError for a lone surrogate, InputError for binary data (and TypeError or
    ValueError for a ``max_chars`` that is not a whole number of at least 0).

    >>> check_text("Рост на 5%.")
    'Рост на 5%.'
    >>> check_text("Рост\\ud800")
    Traceback (most recent call last):
    ...
    claimcheck.errors.SurrogateError: expected text without lone surrogates, got U+D800 at offset 4; ...
    """
    max_chars = check_count("max_chars", max_chars, minimum=0)
    if not isinstance(text, str):
        raise TypeError(f"expected str, got {type(text).__name__}")
    if len(text) > max_chars:
        raise TextTooLargeError(len(text), max_chars)
    check_content(text)
    return text


def check_content(text: str) -> None:
    """Refuse what no size makes text: SurrogateError for a lone surrogate, InputError for binary data
    (the checks of :func:`check_text` after its type and size checks; the spaCy component, whose size
    limit is spaCy's own, calls this alone)."""
    offset = surrogate_offset(text)
    if offset is not None:
        raise SurrogateError(offset, ord(text[offset]))
    sample = text[:65536]
    controls = len(_CONTROL_RE.findall(sample))
    if sample and controls / len(sample) > _MAX_CONTROL_SHARE:
        raise InputError(
            f"expected text, got data with {controls} control characters in its first {len(sample)}"
        )


def analyze(
    text: str,
    *,
    published: dt.date | str | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Report:
    """Quotes, numeric claims and consistency findings of one news text.

    ``published`` (a date or "YYYY-MM-DD") resolves relative periods ("в прошлом году"); without it
    they stay unresolved. Raises TypeError for a non-str, PublishedDateError for a bad date,
    TextTooLargeError above ``max_chars`` characters and SurrogateError for a text holding a lone
    surrogate (which no writer could encode).

    The Report equals the one the spaCy component "claimcheck" stores in ``doc._.claimcheck``: both run
    :func:`claimcheck.analysis.build_report`, which reads the text only, so no spaCy Doc is made here.
    """
    check_text(text, max_chars)
    return build_report(text, parse_published(published), load("ru"))
