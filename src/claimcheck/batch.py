"""Many texts at once: :func:`analyze_many` streams Reports over an iterable of texts or records.

>>> import claimcheck
>>> [len(r.claims) for r in claimcheck.analyze_many(["Экспорт вырос на 5%.", "Ничего."])]
[1, 0]
>>> records = [{"id": "a1", "text": "Экспорт вырос на 5%.", "published": "2025-01-30"}]
>>> [(key, len(r.claims)) for key, r in claimcheck.analyze_many(records)]
[('a1', 1)]

Items are consumed lazily and at most a window of them is held at a time, so an input of any length
runs in bounded memory. Reports come out in input order.
"""

from __future__ import annotations

import codecs
import datetime as dt
import itertools
import json
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import IO, TYPE_CHECKING, Any, Final, Literal

from attrs import frozen

from claimcheck.analysis import build_report, parse_published
from claimcheck.api import DEFAULT_MAX_CHARS, check_count, check_text
from claimcheck.errors import ClaimcheckError, InputError, WorkerError
from claimcheck.lexicon import load
from claimcheck.model import Report, json_text

if TYPE_CHECKING:
    from concurrent.futures import Future

    from spacy.language import Language

__all__ = [
    "BatchItemError",
    "ItemError",
    "UnreadableItem",
    "analyze_many",
    "analyze_record",
    "jsonl_records",
    "result_to_dict",
    "result_to_json",
    "write_jsonl",
]

OnError = Literal["raise", "yield"]


class BatchItemError(InputError):
    """One item of a batch could not be analysed; ``index`` counts items from 0, ``key`` is its id."""

    def __init__(self, index: int, key: object, problem: str) -> None:
        self.index = index
        self.key = key
        self.problem = problem
        where = f"item {index}" if key is None or key == index else f"item {index} (id {key!r})"
        super().__init__(f"{where}: {problem}")

    def __reduce__(self) -> tuple[type[BatchItemError], tuple[int, object, str]]:
        return type(self), (self.index, self.key, self.problem)


class UnreadableItem(InputError):
    """Put in a stream in place of an item its reader could not read (a line that is not JSON): the
    item fails with this message, under id ``key``."""

    def __init__(self, key: object, problem: str) -> None:
        self.key = key
        self.problem = problem
        super().__init__(problem)

    def __reduce__(self) -> tuple[type[UnreadableItem], tuple[object, str]]:
        return type(self), (self.key, self.problem)


def jsonl_records(
    lines: Iterable[bytes], on_line: Callable[[bytes], object] | None = None
) -> Iterator[dict[str, Any] | UnreadableItem]:
    """The records of JSONL lines (bytes), one at a time: blank lines skipped, the id defaulting to the
    line number, a line that is not a JSON object becoming an :class:`UnreadableItem` that fails as its
    record. ``on_line`` sees every line as it is read (a progress bar)."""
    for number, line in enumerate(lines, 1):
        if on_line is not None:
            on_line(line)
        if not line.strip():
            continue
        try:
            record = json.loads(line.decode("utf-8-sig"))
        except UnicodeDecodeError as exc:
            yield UnreadableItem(number, _not_utf8(number, line, exc))
            continue
        except ValueError as exc:
            yield UnreadableItem(number, f"line {number} is not JSON ({exc})")
            continue
        if not isinstance(record, dict):
            yield UnreadableItem(number, f"line {number} is not a JSON object")
            continue
        record.setdefault("id", number)
        yield record


#: The byte order marks that start a UTF-16 file (Windows Notepad saves "Unicode" text so).
UTF16_BOMS: Final = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def _not_utf8(number: int, line: bytes, exc: UnicodeDecodeError) -> str:
    if number == 1 and line.startswith(UTF16_BOMS):
        return "line 1 starts with a UTF-16 byte order mark: the file looks like UTF-16; convert it to UTF-8"
    return f"line {number} is not UTF-8 ({exc.reason} at byte {exc.start}); convert the file to UTF-8"


@frozen
class ItemError:
    """In place of a Report when ``on_error="yield"``: which item failed, and why."""

    index: int
    id: Any
    error: str  # the exception's class name: "TypeError", "TextTooLargeError", ...
    message: str

    def to_dict(self) -> dict[str, Any]:
        """``{"index", "id", "error", "message"}``, ready for JSON."""
        return {"index": self.index, "id": self.id, "error": self.error, "message": self.message}


@frozen
class _Item:
    index: int
    key: Any
    is_record: bool
    text: str = ""
    published: dt.date | None = None
    problem: BaseException | None = None


def _prepare(index: int, item: object, published: dt.date | None, max_chars: int) -> _Item:
    """Validate one item: a str, or a mapping with "text" and optional "id" and "published"."""
    if isinstance(item, str):
        try:
            return _Item(index, None, False, check_text(item, max_chars), published)
        except (TypeError, ClaimcheckError) as exc:
            return _Item(index, None, False, problem=exc)
    if isinstance(item, UnreadableItem):
        return _Item(index, item.key, True, problem=item)
    if not isinstance(item, Mapping):
        problem = TypeError(f"expected str or a mapping with 'text', got {type(item).__name__}")
        return _Item(index, None, False, problem=problem)
    key = item.get("id", index)
    try:
        if "text" not in item:
            raise InputError("record has no 'text'")
        text = check_text(item["text"], max_chars)
        date = parse_published(item["published"]) if item.get("published") is not None else published
    except (TypeError, ClaimcheckError) as exc:
        return _Item(index, key, True, problem=exc)
    return _Item(index, key, True, text, date)


def _run(item: _Item) -> Report | ItemError:
    """The Report of a valid item, or what went wrong (worker code: importable, caches kept per process)."""
    if item.problem is not None:
        return ItemError(item.index, item.key, type(item.problem).__name__, str(item.problem))
    return build_report(item.text, item.published, load("ru"))


def _finish(item: _Item, result: Report | ItemError, on_error: OnError) -> Any:
    # _run gives an ItemError exactly for an item with a problem.
    if item.problem is not None and on_error == "raise":
        problem = f"{type(item.problem).__name__}: {item.problem}"
        raise BatchItemError(item.index, item.key, problem) from item.problem
    return (item.key, result) if item.is_record else result


def analyze_record(
    record: Mapping[str, Any] | str,
    *,
    published: dt.date | str | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    index: int = 0,
) -> tuple[Any, Report | ItemError]:
    """(id, Report) of one record, or (id, ItemError) if it cannot be analysed; never raises for bad input.

    The building block of the dask integration and the JSONL command line. A bad ``published`` or
    ``max_chars`` is the caller's mistake, not the record's, and raises.
    """
    item = _prepare(index, record, parse_published(published), check_count("max_chars", max_chars, minimum=0))
    return item.key, _run(item)


def analyze_many(
    items: Iterable[str | Mapping[str, Any] | UnreadableItem],
    *,
    published: dt.date | str | None = None,
    batch_size: int = 64,
    n_process: int = 1,
    max_chars: int = DEFAULT_MAX_CHARS,
    on_error: OnError = "raise",
    nlp: Language | None = None,
) -> Iterator[Any]:
    """Reports of many texts, streamed in input order.

    ``items`` holds str texts or records (mappings with "text" and optional "id" and "published"; the
    id defaults to the item's index, the date to ``published``). A str yields its Report; a record
    yields an ``(id, Report)`` pair. Every Report equals ``analyze(text, published=...)``. One text or
    record passed alone (a str, bytes or a mapping, which would iterate as characters or keys) is a
    TypeError at the call, as are settings of the wrong type; wrap it in a list.

    A bad item (not a str or mapping, no "text", binary data, a text above ``max_chars``, a bad date)
    raises :class:`BatchItemError` naming the item's index and id, with the cause chained; with
    ``on_error="yield"`` an :class:`ItemError` takes the Report's place and the stream goes on (a bare
    ItemError for an item that is neither str nor mapping). An :class:`UnreadableItem` in the stream
    fails as a record with that message.

    ``n_process`` > 1 analyses in that many worker processes, ``batch_size`` items per task; at most
    ``4 * n_process * batch_size`` items are in flight. A worker process that dies (killed, out of
    memory) stops the stream with :class:`~claimcheck.errors.WorkerError`.

    By default no spaCy Doc is made (the analysis reads the text only, and a long stream does not grow
    spaCy's string store); pass a spaCy pipeline with the "claimcheck" component as ``nlp`` to stream
    through ``nlp.pipe(..., batch_size=...)`` instead, for a trained pipeline whose other components
    should run too (``n_process`` is then passed to ``nlp.pipe``).
    """
    # Checked here, not when the stream starts: a caller's mistake is raised at the call.
    stream = _iterate(items)
    if on_error not in ("raise", "yield"):
        raise ValueError(f"on_error must be 'raise' or 'yield', got {on_error!r}")
    check_count("batch_size", batch_size, minimum=1)
    check_count("n_process", n_process, minimum=1)
    check_count("max_chars", max_chars, minimum=0)
    date = parse_published(published)
    if nlp is not None:
        _check_pipeline(nlp)
    prepared = (_prepare(i, item, date, max_chars) for i, item in enumerate(stream))
    if nlp is not None:
        return _with_spacy(prepared, nlp, batch_size, n_process, on_error)
    if n_process == 1:
        return (_finish(item, _run(item), on_error) for item in prepared)
    return _with_processes(prepared, batch_size, n_process, on_error)


def _iterate(items: Iterable[Any]) -> Iterator[Any]:
    """An iterator over ``items``; TypeError for one text or record passed alone, which would iterate
    as its characters or keys."""
    if isinstance(items, str):
        raise TypeError(
            "expected an iterable of texts or records, got str: "
            "wrap one text in a list, analyze_many([text]), or call analyze(text)"
        )
    if isinstance(items, bytes | bytearray | memoryview):
        raise TypeError(
            f"expected an iterable of texts or records, got {type(items).__name__}: "
            "decode the text and wrap it in a list, analyze_many([data.decode()])"
        )
    if isinstance(items, Mapping):
        raise TypeError(
            f"expected an iterable of texts or records, got a mapping ({type(items).__name__}): "
            "wrap one record in a list, analyze_many([record])"
        )
    try:
        return iter(items)
    except TypeError:
        raise TypeError(f"expected an iterable of texts or records, got {type(items).__name__}") from None


def _run_all(items: list[_Item]) -> list[Report | ItemError]:
    """The results of one task's items (worker code)."""
    return [_run(item) for item in items]


def _with_processes(items: Iterator[_Item], batch_size: int, n_process: int, on_error: OnError) -> Iterator[Any]:
    # Here, not at import: most runs use one process. A ProcessPoolExecutor, not a multiprocessing.Pool:
    # when a worker dies the executor fails every pending task (BrokenProcessPool) where a Pool waits
    # forever for the lost results.
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    tasks = iter(lambda: list(itertools.islice(items, batch_size)), [])
    pool = ProcessPoolExecutor(n_process)
    pending: deque[tuple[list[_Item], Future[list[Report | ItemError]]]] = deque()
    try:
        # At most 4 tasks a process in flight: the workers never wait, memory stays bounded.
        for task in tasks:
            pending.append((task, pool.submit(_run_all, task)))
            if len(pending) == 4 * n_process:
                yield from _finished(*pending.popleft(), on_error)
        while pending:
            yield from _finished(*pending.popleft(), on_error)
    except BrokenProcessPool as exc:
        raise WorkerError(
            "a worker process stopped before giving back its results (killed, out of memory, or crashed); "
            "the run is abandoned"
        ) from exc
    finally:
        pool.shutdown(cancel_futures=True)


def _finished(task: list[_Item], future: Future[list[Report | ItemError]], on_error: OnError) -> Iterator[Any]:
    """What one task's items yield, in order, once its worker is done."""
    for item, result in zip(task, future.result(), strict=True):
        yield _finish(item, result, on_error)


def _check_pipeline(nlp: Language) -> None:
    if "claimcheck" not in nlp.pipe_names:
        raise ValueError("nlp has no 'claimcheck' component: add it with nlp.add_pipe('claimcheck')")


def _with_spacy(
    items: Iterator[_Item], nlp: Language, batch_size: int, n_process: int, on_error: OnError
) -> Iterator[Any]:
    # With n_process > 1 spaCy sends each Doc back serialised; the component keeps the Report in
    # doc.user_data as its plain dict, so it travels too.
    def docs() -> Iterator[tuple[Any, _Item]]:
        for item in items:
            text = item.text if item.problem is None else ""
            if len(text) >= nlp.max_length:
                nlp.max_length = len(text) + 1
            doc = nlp.make_doc(text)
            doc._.claimcheck_published = None if item.published is None else item.published.isoformat()
            yield doc, item

    for doc, item in nlp.pipe(docs(), as_tuples=True, batch_size=batch_size, n_process=n_process):
        result = _run(item) if item.problem is not None else doc._.claimcheck
        yield _finish(item, result, on_error)


def result_to_dict(key: Any, result: Report | ItemError) -> dict[str, Any]:
    """One JSON object for a record's result: ``{"id", **report}`` or ``{"id", "error": {...}}``."""
    if isinstance(result, ItemError):
        return {"id": key, "error": result.to_dict()}
    return {"id": key, **result.to_dict()}


def result_to_json(key: Any, result: Report | ItemError) -> str:
    """:func:`result_to_dict` as one line of JSON (:func:`json_text`: non-ASCII kept, encodable)."""
    return json_text(result_to_dict(key, result))


def write_jsonl(
    lines: Iterable[bytes],
    out: IO[str],
    *,
    on_line: Callable[[bytes], object] | None = None,
    published: dt.date | str | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    n_process: int = 1,
    batch_size: int = 64,
    on_error: OnError = "raise",
) -> int:
    """Stream JSONL records (:func:`jsonl_records`) through :func:`analyze_many` into ``out``, one JSON
    line (:func:`result_to_json`) per record, in input order; returns the number of lines written.
    The command line, the dask workers and the benchmarks all write JSONL through this."""
    written = 0
    results = analyze_many(
        jsonl_records(lines, on_line), published=published, max_chars=max_chars,
        n_process=n_process, batch_size=batch_size, on_error=on_error,
    )
    for key, result in results:
        out.write(result_to_json(key, result) + "\n")
        written += 1
    return written
