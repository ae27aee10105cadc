"""claimcheck: who said what in a news text, and which of its numbers hold together.

>>> import claimcheck
>>> report = claimcheck.analyze("«Мы готовы», — заявил Иван Петров.")
>>> [(q.span.text, q.speaker.name) for q in report.quotes]
[('Мы готовы', 'Иван Петров')]
"""

from claimcheck.api import DEFAULT_MAX_CHARS, analyze
from claimcheck.batch import BatchItemError, ItemError, analyze_many
from claimcheck.errors import (
    ClaimcheckError,
    InputError,
    LexiconError,
    PipelineLanguageError,
    PublishedDateError,
    SchemaError,
    SurrogateError,
    TextTooLargeError,
    WorkerError,
)
from claimcheck.html import render_html
from claimcheck.interval import Interval
from claimcheck.model import (
    Anchor,
    Claim,
    Finding,
    Period,
    Quantity,
    Quote,
    Report,
    Span,
    Speaker,
    Subject,
)

__version__ = "0.2.0"

__all__ = [
    "DEFAULT_MAX_CHARS",
    "Anchor",
    "BatchItemError",
    "Claim",
    "ClaimcheckError",
    "Finding",
    "InputError",
    "Interval",
    "ItemError",
    "LexiconError",
    "Period",
    "PipelineLanguageError",
    "PublishedDateError",
    "Quantity",
    "Quote",
    "Report",
    "SchemaError",
    "Span",
    "Speaker",
    "Subject",
    "SurrogateError",
    "TextTooLargeError",
    "WorkerError",
    "__version__",
    "analyze",
    "analyze_many",
    "render_html",
]
