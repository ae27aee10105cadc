"""analyze_many: strings, records, bad items, worker processes, a spaCy pipeline; equal to analyze()."""

from __future__ import annotations

import itertools
import json
import pickle
import subprocess
import sys
from collections.abc import Iterator

import pytest
import spacy

import claimcheck
from claimcheck import errors
from claimcheck.batch import BatchItemError, UnreadableItem, analyze_record, result_to_json
from claimcheck.model import Span

TEXTS = [
    "Экспорт вырос на 5% и составил более $3,2 млрд.",
    "«Мы готовы», — заявил Иван Петров.",
    "В прошлом году товарооборот достиг 24,2 млрд долларов.",
    "",
    "Ничего.",
]


def test_strings_give_reports_equal_to_analyze(seed_text: str) -> None:
    """A str item yields its Report, in input order, equal to analyze() with the same date."""
    texts = [*TEXTS, seed_text]
    reports = list(claimcheck.analyze_many(texts, published="2025-01-30"))
    assert reports == [claimcheck.analyze(t, published="2025-01-30") for t in texts]


def test_records_give_id_report_pairs() -> None:
    """A record yields (id, Report); its own date wins over the default, the id defaults to the index."""
    records = [
        {"id": "a", "text": TEXTS[2], "published": "2025-01-30"},
        {"text": TEXTS[2]},
    ]
    (key_a, report_a), (key_b, report_b) = claimcheck.analyze_many(records, published="2020-06-01")
    assert (key_a, key_b) == ("a", 1)
    assert report_a == claimcheck.analyze(TEXTS[2], published="2025-01-30")
    assert report_b == claimcheck.analyze(TEXTS[2], published="2020-06-01")
    assert report_a.claims[0].period is not None and report_a.claims[0].period.first.year == 2024


def test_stream_is_lazy() -> None:
    """Items are read as Reports are taken: an endless input is fine."""
    endless = itertools.cycle(TEXTS[:2])
    first = list(itertools.islice(claimcheck.analyze_many(endless), 3))
    assert [len(r.claims) for r in first] == [2, 0, 2]


@pytest.mark.parametrize(
    ("item", "message"),
    [
        (b"bytes", "TypeError: expected str or a mapping with 'text', got bytes"),
        (42, "expected str or a mapping with 'text', got int"),
        ({"id": "x"}, "record has no 'text'"),
        ({"id": "x", "text": "Текст", "published": "2024-13-01"}, "PublishedDateError"),
        ("\x00\x01\x02" * 10, "control characters"),
    ],
)
def test_bad_item_raises_naming_it(item: object, message: str) -> None:
    """A bad item stops the stream with a BatchItemError naming its index (and id), cause chained."""
    stream = claimcheck.analyze_many(["Экспорт вырос на 5%.", item])  # type: ignore[list-item]
    assert len(next(stream).claims) == 1
    with pytest.raises(claimcheck.BatchItemError, match="item 1") as info:
        next(stream)
    assert message in str(info.value)
    assert info.value.index == 1 and info.value.__cause__ is not None


def test_bad_items_yield_errors_when_asked() -> None:
    """on_error="yield": an ItemError takes the Report's place and the stream goes on."""
    items: list[object] = [{"id": 7, "text": 5}, "Экспорт вырос на 5%.", UnreadableItem(3, "line 3 is not JSON")]
    out = list(claimcheck.analyze_many(items, on_error="yield"))  # type: ignore[arg-type]
    assert out[0] == (7, claimcheck.ItemError(0, 7, "TypeError", "expected str, got int"))
    assert isinstance(out[1], claimcheck.Report)
    key, error = out[2]
    assert key == 3 and isinstance(error, claimcheck.ItemError) and error.message == "line 3 is not JSON"
    assert error.to_dict() == {"index": 2, "id": 3, "error": "UnreadableItem", "message": "line 3 is not JSON"}


def test_too_long_text_is_a_bad_item() -> None:
    """max_chars applies per item."""
    out = list(claimcheck.analyze_many(["коротко", "длинный текст"], max_chars=10, on_error="yield"))
    assert isinstance(out[0], claimcheck.Report)
    assert isinstance(out[1], claimcheck.ItemError) and out[1].error == "TextTooLargeError"


def test_worker_processes_keep_order_and_equality() -> None:
    """n_process=2 gives the same Reports, in input order."""
    texts = TEXTS * 3
    out = list(claimcheck.analyze_many(texts, published="2025-01-30", n_process=2, batch_size=2))
    assert out == [claimcheck.analyze(t, published="2025-01-30") for t in texts]


def test_spacy_pipeline_path_gives_equal_reports() -> None:
    """nlp= streams through nlp.pipe; the Reports equal analyze()'s, dates per record included."""
    nlp = spacy.blank("ru")
    nlp.add_pipe("claimcheck")
    records = [{"id": n, "text": t, "published": "2025-01-30"} for n, t in enumerate(TEXTS)]
    out = list(claimcheck.analyze_many(records, nlp=nlp, batch_size=2))
    assert out == [(n, claimcheck.analyze(t, published="2025-01-30")) for n, t in enumerate(TEXTS)]
    assert list(claimcheck.analyze_many(records, nlp=nlp, batch_size=2, n_process=2)) == out
    with pytest.raises(ValueError, match="no 'claimcheck' component"):
        list(claimcheck.analyze_many(TEXTS, nlp=spacy.blank("ru")))


@pytest.mark.parametrize(
    ("items", "settings", "error", "message"),
    [
        (TEXTS, {"on_error": "skip"}, ValueError, "on_error must be 'raise' or 'yield', got 'skip'"),
        (TEXTS, {"batch_size": 0}, ValueError, "expected batch_size of at least 1, got 0"),
        (TEXTS, {"n_process": "2"}, TypeError, "expected n_process as an int, got str '2'"),
        (TEXTS, {"max_chars": "100"}, TypeError, "expected max_chars as an int, got str '100'"),
        (TEXTS, {"max_chars": 1e6}, TypeError, "expected max_chars as an int, got float 1000000.0"),
        (TEXTS, {"max_chars": True}, TypeError, "expected max_chars as an int, got bool True"),
        (TEXTS, {"max_chars": -1}, ValueError, "expected max_chars of at least 0, got -1"),
        ("abc", {}, TypeError, r"got str: wrap one text in a list, analyze_many\(\[text\]\)"),
        (b"abc", {}, TypeError, r"got bytes: decode the text and wrap it in a list"),
        ({"text": "abc"}, {}, TypeError, r"got a mapping \(dict\): wrap one record in a list"),
        (42, {}, TypeError, "expected an iterable of texts or records, got int"),
        (TEXTS, {"nlp": spacy.blank("ru")}, ValueError, "no 'claimcheck' component"),
    ],
)
def test_bad_arguments(items: object, settings: dict[str, object], error: type[Exception], message: str) -> None:
    """A caller's mistake (a bad setting, one text or record not wrapped in a list) is raised at the call, saying what was expected."""
    with pytest.raises(error, match=message):
        claimcheck.analyze_many(items, **settings)  # type: ignore[arg-type]


@pytest.mark.parametrize(("max_chars", "error"), [("100", TypeError), (2.5, TypeError), (False, TypeError), (-5, ValueError)])
def test_bad_max_chars_is_a_caller_error(max_chars: object, error: type[Exception]) -> None:
    """analyze and analyze_record refuse a max_chars that is not a whole number of at least 0, naming it."""
    with pytest.raises(error, match="expected max_chars"):
        claimcheck.analyze(TEXTS[0], max_chars=max_chars)  # type: ignore[arg-type]
    with pytest.raises(error, match="expected max_chars"):
        analyze_record({"text": TEXTS[0]}, max_chars=max_chars)  # type: ignore[arg-type]


def test_analyze_record_never_raises_for_bad_input() -> None:
    """The building block of the dask functions: (id, Report) or (id, ItemError)."""
    key, report = analyze_record({"id": "k", "text": TEXTS[0]})
    assert key == "k" and isinstance(report, claimcheck.Report)
    key, error = analyze_record({"id": "k"})
    assert key == "k" and isinstance(error, claimcheck.ItemError)


def _generated(n: int) -> Iterator[str]:
    for i in range(n):
        yield f"Экспорт вырос на {i}% и составил {i + 1} млрд рублей."


def test_generator_input() -> None:
    """Any iterable works, a generator included."""
    assert sum(len(r.claims) for r in claimcheck.analyze_many(_generated(20))) == 40


_PICKLED_ERRORS = [
        errors.ClaimcheckError("message"),
        errors.InputError("message"),
        errors.PublishedDateError("2025-13-45"),
        errors.TextTooLargeError(10, 5),
        errors.SchemaError("message"),
        errors.LexiconError("lang/ru/cues.toml", "entry", "problem"),
        errors.WorkerError("message"),
        errors.SurrogateError(3, 0xD800),
        errors.PipelineLanguageError("en", "ru", "Russian"),
        errors.SpanMismatchError("quotes[0]", Span(0, 2, "Да"), "ДА"),
        UnreadableItem(3, "line 3 is not JSON"),
        BatchItemError(2, "k", "InputError: record has no 'text'"),
]


def test_every_error_class_is_tried_for_pickling() -> None:
    """The pickling table below holds every error class of claimcheck.errors and claimcheck.batch."""
    classes = {
        obj for module in (errors, claimcheck.batch) for obj in vars(module).values()
        if isinstance(obj, type) and issubclass(obj, errors.ClaimcheckError)
    }
    assert classes == {type(e) for e in _PICKLED_ERRORS}


@pytest.mark.parametrize("error", _PICKLED_ERRORS, ids=lambda error: type(error).__name__)
def test_errors_survive_pickling(error: errors.ClaimcheckError) -> None:
    """Every error a worker process may send back pickles and unpickles to the same class, message and fields."""
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error) and str(copy) == str(error) and vars(copy) == vars(error)


# Kills the workers in the middle of a stream; the rest of the stream must raise WorkerError.
_KILL_WORKERS = """
import multiprocessing, os, signal
import claimcheck
from claimcheck.errors import WorkerError

stream = claimcheck.analyze_many(("Экспорт вырос на 5%." for _ in range(200_000)), n_process=2, batch_size=1)
next(stream)
for child in multiprocessing.active_children():
    os.kill(child.pid, signal.SIGKILL)
try:
    for _ in stream:
        pass
except WorkerError as exc:
    print("WorkerError:", exc)
"""


def test_a_dying_worker_fails_the_run() -> None:
    """A worker process killed mid-stream makes the stream raise WorkerError instead of waiting forever."""
    run = subprocess.run(
        [sys.executable, "-c", _KILL_WORKERS], capture_output=True, text=True, timeout=60, check=True
    )
    assert run.stdout.startswith("WorkerError: a worker process stopped"), run.stderr


@pytest.mark.parametrize("key", ["\ud800", {"\udfff": ["\ud800"]}, "id Рост"])
def test_result_json_always_encodes(key: object) -> None:
    """A result line encodes in UTF-8 and reads back to its id, even when the id holds lone surrogates."""
    for result in (claimcheck.analyze(TEXTS[0]), claimcheck.ItemError(0, key, "InputError", "message")):
        line = result_to_json(key, result)
        line.encode("utf-8")
        assert json.loads(line)["id"] == key


def test_lone_surrogate_is_a_bad_item() -> None:
    """A text with a lone surrogate fails as its item and the stream goes on, in one process or several."""
    texts = ["a\ud800", TEXTS[0]]
    for n_process in (1, 2):
        error, report = claimcheck.analyze_many(texts, on_error="yield", n_process=n_process)
        assert isinstance(error, claimcheck.ItemError) and error.error == "SurrogateError"
        assert report == claimcheck.analyze(TEXTS[0])
