"""Scale-out on dask: analyse JSONL files, or a dask bag or dataframe of articles, on a cluster.

Needs the ``dask`` extra (``pip install 'claimcheck[dask]'``: dask[dataframe,distributed] and pyarrow).
The functions that run on the workers live in this importable module, so each worker process imports
claimcheck once and keeps its lexicon and morphology caches from one task to the next: one pipeline
per worker, not one per task.

- :func:`analyze_jsonl`: JSONL files in, JSON lines files out, one task per file; a file always goes
  to the same worker, so a second pass over the same files finds that worker's caches warm.
- :func:`analyze_bag`: a bag of texts or records -> a bag of what :func:`claimcheck.analyze_many`
  yields (Reports, or ``(id, Report)`` pairs); :func:`to_json_lines` turns that into JSON lines.
- :func:`analyze_dataframe`: a dataframe with a text column (and optional id and published columns)
  -> a dataframe with one row per article: id, report (the JSON of the Report), counts and error;
  ready for ``to_parquet``.
- :func:`warm_up`: load the language data on every worker of a client, and analyse a short text there,
  before the first task.
- :data:`WORKER_CONFIG`: dask settings that keep a worker's own threads from interrupting the analysis.
"""

from __future__ import annotations

import datetime as dt
import gc
import importlib
import json
import os
import uuid
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Final, cast

try:
    import dask.bag as db
    import dask.dataframe as dd
    import pandas as pd
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise ImportError(
        "claimcheck.dask needs the 'dask' extra: pip install 'claimcheck[dask]' "
        f"(dask[dataframe,distributed] and pyarrow); {exc}"
    ) from exc

from claimcheck.analysis import parse_published
from claimcheck.api import DEFAULT_MAX_CHARS
from claimcheck.batch import ItemError, OnError, analyze_many, analyze_record, result_to_json, write_jsonl
from claimcheck.model import Report

__all__ = [
    "RESULT_COLUMNS",
    "WORKER_CONFIG",
    "analyze_bag",
    "analyze_dataframe",
    "analyze_jsonl",
    "to_json_lines",
    "warm_up",
]

#: The columns of :func:`analyze_dataframe`'s result, in order.
RESULT_COLUMNS: Final = ("id", "report", "quotes", "claims", "findings", "error")

#: Worker settings for claimcheck's pure-Python, CPU-bound tasks, to pass to ``dask.config.set`` before
#: a cluster starts (or to set in the workers' dask configuration). A worker's event-loop thread takes
#: the GIL from the task's thread whenever it wakes: the statistical profiler walks the task's stack
#: every 10 ms, and the monitors poll every 20 to 500 ms. Without the profiler (the dashboard's
#: profile stays empty) and with slower monitors, a two-worker cluster on two cores ran a cold pass
#: about 7% and a warm one about 3% faster. The memory limit is then checked once a second.
WORKER_CONFIG: Final[Mapping[str, Any]] = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.worker.memory.monitor-interval": "1s",
}


def _bag_partition(items: Iterable[Any], published: dt.date | None, max_chars: int, on_error: OnError) -> list[Any]:
    return list(analyze_many(items, published=published, max_chars=max_chars, on_error=on_error))


def analyze_bag(
    bag: db.Bag,
    *,
    published: dt.date | str | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    on_error: OnError = "raise",
) -> db.Bag:
    """Analyse every text or record of ``bag``; the result holds, item for item, what
    :func:`claimcheck.analyze_many` yields for it (with ``on_error`` as there)."""
    untyped: Any = bag
    return cast(db.Bag, untyped.map_partitions(_bag_partition, parse_published(published), max_chars, on_error))


def _json_line(result: Any) -> str:
    if isinstance(result, tuple):
        return result_to_json(*result)
    if isinstance(result, ItemError):
        return json.dumps({"error": result.to_dict()}, ensure_ascii=False)
    return json.dumps(result.to_dict(), ensure_ascii=False)


def to_json_lines(results: db.Bag) -> db.Bag:
    """A bag of :func:`analyze_bag` results as JSON lines: ``{"id", **report}`` for a record,
    ``{**report}`` for a bare text, ``{"id", "error"}`` for an item that failed."""
    untyped: Any = results
    return cast(db.Bag, untyped.map(_json_line))


def _empty_frame(id_dtype: Any) -> pd.DataFrame:
    """The result's schema: nullable strings for the JSON and the error (so Parquet can type them)."""
    return pd.DataFrame(
        {
            "id": pd.Series([], dtype=id_dtype),
            "report": pd.Series([], dtype="string"),
            "quotes": pd.Series([], dtype="int64"),
            "claims": pd.Series([], dtype="int64"),
            "findings": pd.Series([], dtype="int64"),
            "error": pd.Series([], dtype="string"),
        }
    )


def _frame_partition(
    part: pd.DataFrame,
    text: str,
    id_column: str | None,
    published_column: str | None,
    published: dt.date | None,
    max_chars: int,
    id_dtype: Any,
) -> pd.DataFrame:
    rows: dict[str, list[Any]] = {name: [] for name in RESULT_COLUMNS}
    ids = part[id_column].tolist() if id_column is not None and id_column in part else part.index.tolist()
    dates = (
        part[published_column].tolist()
        if published_column is not None and published_column in part
        else [None] * len(part)
    )
    for key, body, date in zip(ids, part[text].tolist(), dates, strict=True):
        record: Mapping[str, Any] = {"id": key, "published": _date_or_none(date)}
        if _date_or_none(body) is not None:  # a null text cell: the record has no text
            record = {**record, "text": body}
        _key, result = analyze_record(record, published=published, max_chars=max_chars)
        rows["id"].append(key)
        if isinstance(result, Report):
            rows["report"].append(result.to_json())
            rows["quotes"].append(len(result.quotes))
            rows["claims"].append(len(result.claims))
            rows["findings"].append(len(result.findings))
            rows["error"].append(None)
        else:
            rows["report"].append(None)
            rows["quotes"].append(0)
            rows["claims"].append(0)
            rows["findings"].append(0)
            rows["error"].append(f"{result.error}: {result.message}")
    out = _empty_frame(id_dtype)
    if not rows["id"]:
        return out
    return pd.DataFrame(
        {name: pd.Series(values, dtype=out[name].dtype, index=part.index) for name, values in rows.items()}
    )


def _date_or_none(value: Any) -> Any:
    """``value``, or None for a missing value in a dataframe cell (None, NaN, NaT, NA); a Timestamp as
    its date."""
    if value is None:
        return None
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    if isinstance(value, pd.Timestamp):
        return value.date()
    return value


def analyze_dataframe(
    df: dd.DataFrame,
    *,
    text: str = "text",
    id_column: str | None = "id",
    published_column: str | None = "published",
    published: dt.date | str | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> dd.DataFrame:
    """One row per article of ``df``: columns ``RESULT_COLUMNS``, the index kept.

    ``report`` is the Report as JSON (``Report.from_json`` reads it back), null when the article failed;
    ``error`` says why ("InputError: record has no 'text'" for a null text), else null. The id
    comes from ``id_column`` (the index when that column is absent), the date from
    ``published_column`` (a date, a timestamp or "YYYY-MM-DD"; ``published`` when it is null).
    """
    if text not in df.columns:
        raise ValueError(f"no text column {text!r} in {list(df.columns)}")
    id_dtype = df[id_column].dtype if id_column is not None and id_column in df.columns else df.index.dtype
    untyped: Any = df
    return cast(
        dd.DataFrame,
        untyped.map_partitions(
            _frame_partition,
            text,
            id_column,
            published_column,
            parse_published(published),
            max_chars,
            id_dtype,
            meta=_empty_frame(id_dtype),
        ),
    )


def _jsonl_file(
    source: str,
    target: str,
    published: dt.date | None,
    max_chars: int,
    on_error: OnError,
    storage_options: Mapping[str, Any],
) -> int:
    """Worker code: stream one JSONL file through the analysis into one JSON lines file; returns
    the number of lines written. Records are read, analysed and written one at a time."""
    fsspec: Any = importlib.import_module("fsspec")  # a dask dependency, without type hints
    with (
        fsspec.open(source, "rb", compression="infer", **storage_options) as src,
        fsspec.open(target, "wt", encoding="utf-8", compression="infer", **storage_options) as out,
    ):
        return write_jsonl(src, out, published=published, max_chars=max_chars, on_error=on_error)


def _worker_slots(client: Any) -> list[str]:
    """Every worker's address once per thread, in address order: the same list for the same cluster."""
    threads: dict[str, int] = client.ncores()
    return [address for address in sorted(threads) for _ in range(max(1, threads[address]))]


def _expand(inputs: str | os.PathLike[str] | Sequence[str | os.PathLike[str]], options: Mapping[str, Any]) -> list[str]:
    """The input files: a path or a list of paths, a path with ``*``, ``?`` or ``[`` expanded (sorted)."""
    paths = [inputs] if isinstance(inputs, str | os.PathLike) else list(inputs)
    out: list[str] = []
    for path in (os.fspath(p) for p in paths):
        if not any(c in path for c in "*?["):
            out.append(path)
            continue
        fsspec: Any = importlib.import_module("fsspec")
        fs, _token, found = fsspec.core.get_fs_token_paths(path, mode="rb", storage_options=dict(options))
        if not found:
            raise FileNotFoundError(f"no file matches {path!r}")
        local = "file" in (fs.protocol if isinstance(fs.protocol, tuple) else (fs.protocol,))
        out.extend(str(f) if local else fs.unstrip_protocol(f) for f in found)
    return out


def _output_pattern(output: str | os.PathLike[str]) -> str:
    """``output`` as a path pattern, which must hold one ``*`` for the number of the input it is written for."""
    pattern = os.fspath(output)
    if pattern.count("*") != 1:
        raise ValueError(f"output must hold one '*' for the file's number, got {pattern!r}")
    return pattern


def _numbered(pattern: str, count: int) -> list[str]:
    """The output path of each of ``count`` inputs: the ``*`` of ``pattern`` replaced by the input's
    position, zero-padded to one width (``00`` .. ``11`` for twelve inputs), so the names sort in input order."""
    width = len(str(count - 1))
    return [pattern.replace("*", f"{n:0{width}d}") for n in range(count)]


def analyze_jsonl(
    client: Any,
    inputs: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
    output: str | os.PathLike[str],
    *,
    published: dt.date | str | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    on_error: OnError = "raise",
    storage_options: Mapping[str, Any] | None = None,
) -> list[int]:
    """Analyse JSONL files on the workers of ``client``; returns the number of lines written per file.

    One task per file reads its records, analyses them and writes one JSON line per record, one
    record at a time, as the command line does: ``{"id", **report}``, the id defaulting to the line
    number; with ``on_error="yield"``, ``{"id", "error"}`` for a bad record (a line that is not a JSON
    object included). With ``on_error="raise"`` the first bad record raises
    :class:`claimcheck.BatchItemError` here, and its file is left incomplete.

    ``inputs`` is a path, a glob pattern or a list of them (patterns expand in sorted order); paths may
    be URLs that fsspec opens (``s3://...``, with ``storage_options``), and a ``.gz`` or other
    compression suffix is handled on both sides. ``output`` holds one ``*``, replaced by the file's
    position among the inputs, zero-padded: ``"reports/*.jsonl"`` gives ``reports/00.jsonl``,
    ``reports/01.jsonl``, ... in input order. Only paths travel between the client and the workers.

    File ``n`` goes to worker thread ``n`` modulo their number (the workers in address order), so a
    second pass over the same files on the same cluster puts each file where it ran before, and
    finds that worker's caches warm. A worker that is idle may still take a file queued for another,
    and the files of a worker that has left go to the others.
    """
    pattern = _output_pattern(output)
    if on_error not in ("raise", "yield"):
        raise ValueError(f"on_error must be 'raise' or 'yield', got {on_error!r}")
    options = dict(storage_options or {})
    sources = _expand(inputs, options)
    if not sources:
        return []
    slots = _worker_slots(client)
    if not slots:
        raise ValueError("the client has no workers")
    date = parse_published(published)
    token = uuid.uuid4().hex
    futures = [
        client.submit(
            _jsonl_file,
            source,
            target,
            date,
            max_chars,
            on_error,
            options,
            key=f"analyze_jsonl-{token}-{n}",
            workers=[slots[n % len(slots)]],
            allow_other_workers=True,
        )
        for n, (source, target) in enumerate(zip(sources, _numbered(pattern, len(sources)), strict=True))
    ]
    counts: list[int] = client.gather(futures)
    return counts


#: Analysed by :func:`warm_up` on each worker, so that the first real task does not build the lazily
#: made patterns and tables (quotes, speakers, numbers, periods) either.
_WARM_UP_TEXT: Final = (
    "«Экспорт вырос на 5% и составил более $3,2 млрд», — заявил министр Иван Петров в прошлом году."
)


def _load_language(freeze: bool) -> str:
    from claimcheck.api import analyze

    analyze(_WARM_UP_TEXT)  # loads the language data and the dictionaries (claimcheck.analysis.prepare)
    if freeze:
        gc.collect()
        gc.freeze()
    return "ready"


def warm_up(client: Any, *, freeze: bool = True) -> dict[str, str]:
    """Load the lexicon and the morphology dictionaries on every worker of a ``distributed.Client``
    and analyse one short text there (otherwise the first task on each worker pays for it);
    returns ``{worker address: "ready"}``.

    With ``freeze`` (the default), each worker then runs a full collection and moves every object it
    holds to the garbage collector's permanent generation (:func:`gc.freeze`). A worker carries dask,
    distributed, pandas and the language data; the full collections that the new cache entries of a
    cold pass set off no longer walk all of that (a cold pass ran about 10% faster on two workers).
    The frozen objects are freed as usual when nothing refers to them, but cycles among them are never
    collected.
    """
    result: dict[str, str] = client.run(_load_language, freeze)
    return result
