"""The exceptions claimcheck raises for caller errors.

Findings about a text are values in a :class:`~claimcheck.model.Report`; exceptions are only for a
caller's mistakes (wrong argument types, a bad date, a text above the size limit) and for broken
language data shipped with the package.
"""

from __future__ import annotations

from typing import Protocol


class _Span(Protocol):
    """What an error needs of a span (:class:`claimcheck.model.Span`, which imports this module)."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...

__all__ = [
    "ClaimcheckError",
    "InputError",
    "LexiconError",
    "PipelineLanguageError",
    "PublishedDateError",
    "SchemaError",
    "SpanMismatchError",
    "SurrogateError",
    "TextTooLargeError",
    "WorkerError",
]


class ClaimcheckError(Exception):
    """Base class of every error raised on purpose by claimcheck.

    Every one pickles (a worker process of :func:`claimcheck.analyze_many` sends them back): a class
    whose ``__init__`` takes other arguments than the message says how to rebuild it in ``__reduce__``.
    """


class InputError(ClaimcheckError, ValueError):
    """The input cannot be analysed (for example binary data passed as text)."""


class PublishedDateError(InputError):
    """The publication date is not a date, an ISO ``YYYY-MM-DD`` string or ``None``; ``reason`` says
    why a string of that shape is no date ("month must be in 1..12")."""

    def __init__(self, value: object, reason: str | None = None) -> None:
        if isinstance(value, str):
            message = f"expected a date YYYY-MM-DD, got {value!r}" + (f" ({reason})" if reason else "")
        else:
            message = f"expected published as a date, a 'YYYY-MM-DD' string or None, got {value!r}"
        super().__init__(message)
        self.value = value
        self.reason = reason

    def __reduce__(self) -> tuple[type[PublishedDateError], tuple[object, str | None]]:
        return type(self), (self.value, self.reason)


class TextTooLargeError(InputError):
    """The text is longer than the configured maximum."""

    def __init__(self, size: int, limit: int) -> None:
        super().__init__(
            f"expected a text of at most {limit} characters, got {size}; "
            "raise the limit with max_chars=N (--max-chars N on the command line) if this is intended"
        )
        self.size = size
        self.limit = limit

    def __reduce__(self) -> tuple[type[TextTooLargeError], tuple[int, int]]:
        return type(self), (self.size, self.limit)


class SurrogateError(InputError):
    """The text holds a lone surrogate (a code point in U+D800..U+DFFF), which no Unicode encoding can
    write: the text most likely came from bytes decoded with ``errors="surrogateescape"`` or from a
    ``\\ud800`` escape in JSON. ``offset`` is the first one's index in the text."""

    def __init__(self, offset: int, code_point: int) -> None:
        # The message names the code point by number: the character itself could not be printed.
        super().__init__(
            f"expected text without lone surrogates, got U+{code_point:04X} at offset {offset}; "
            "decode the source with errors='replace' (or replace U+D800..U+DFFF) before analysing it"
        )
        self.offset = offset
        self.code_point = code_point

    def __reduce__(self) -> tuple[type[SurrogateError], tuple[int, int]]:
        return type(self), (self.offset, self.code_point)


class SpanMismatchError(InputError):
    """A span of the report does not slice back to the text given with it.

    ``where`` names the span ("claims[0].quantity"), ``span`` is the span, ``found`` is what the text
    holds at its offsets (``None`` when the offsets lie beyond the end of the text).
    """

    def __init__(self, where: str, span: _Span, found: str | None) -> None:
        got = "offsets beyond the end of the text" if found is None else f"{_preview(found)!r}"
        super().__init__(
            f"{where}: expected {_preview(span.text)!r} at {span.start}:{span.end} of the text, got {got}; "
            "pass the exact text the report was made from"
        )
        self.where = where
        self.span = span
        self.found = found

    def __reduce__(self) -> tuple[type[SpanMismatchError], tuple[str, _Span, str | None]]:
        return type(self), (self.where, self.span, self.found)


class SchemaError(ClaimcheckError, ValueError):
    """A dictionary given to ``Report.from_dict`` does not follow the claimcheck/1 schema."""


class LexiconError(ClaimcheckError, ValueError):
    """A language data file is malformed; the message names the file and the entry."""

    def __init__(self, path: str, entry: str, problem: str) -> None:
        super().__init__(f"{path}: {entry}: {problem}")
        self.path = path
        self.entry = entry
        self.problem = problem

    def __reduce__(self) -> tuple[type[LexiconError], tuple[str, str, str]]:
        return type(self), (self.path, self.entry, self.problem)


class PipelineLanguageError(ClaimcheckError, ValueError):
    """The spaCy pipeline's language is not the one the component's language data reads."""

    def __init__(self, pipeline_language: str, language: str, language_name: str) -> None:
        super().__init__(
            f"expected a {language!r} pipeline, got {pipeline_language!r}: the claimcheck component reads "
            f"{language_name} text only (its language data is claimcheck/lang/{language}); "
            f"build the pipeline with spacy.blank({language!r})"
        )
        self.pipeline_language = pipeline_language
        self.language = language
        self.language_name = language_name

    def __reduce__(self) -> tuple[type[PipelineLanguageError], tuple[str, str, str]]:
        return type(self), (self.pipeline_language, self.language, self.language_name)


class WorkerError(ClaimcheckError, RuntimeError):
    """A worker process of a batch stopped without giving its results back (it was killed, ran out of
    memory, or crashed): the run cannot go on."""


def _preview(s: str, limit: int = 40) -> str:
    return s if len(s) <= limit else s[: limit - 1] + "…"
