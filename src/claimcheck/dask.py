"""Scale-out on dask: analyse a dask bag or dataframe of articles partition by partition.

Needs the ``dask`` extra (``pip install 'claimcheck[dask]'``: dask[dataframe,distributed] and pyarrow).
The functions that run on the workers live in this importable module, so each worker process imports
claimcheck once and keeps its lexicon and morphology caches from one task to the next: one pipeline
per worker, not one per task.

- :func:`analyze_bag`: a bag of texts or records -> a bag of what :func:`claimcheck.analyze_many`
  yields (Reports, or ``(id, Report)`` pairs); :func:`to_json_lines` turns that into JSON lines.
- :func:`analyze_dataframe`: a dataframe with a text column (and optional id and published columns)
  -> a dataframe with one row per article: id, report (the JSON of the Report), counts and error;
  ready for ``to_parquet``.
- :func:`warm_up`: load the language data on every worker of a client before the first task.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
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
from claimcheck.batch import ItemError, OnError, analyze_many, analyze_record, result_to_dict
from claimcheck.lexicon import load
from claimcheck.model import Report

__all__ = ["RESULT_COLUMNS", "analyze_bag", "analyze_dataframe", "to_json_lines", "warm_up"]

#: The columns of :func:`analyze_dataframe`'s result, in order.
RESULT_COLUMNS: Final = ("id", "report", "quotes", "claims", "findings", "error")


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
        key, value = result
        return json.dumps(result_to_dict(key, value), ensure_ascii=False)
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


def _load_language() -> str:
    load("ru")
    from claimcheck import morph

    morph.analyzer()
    return "ready"


def warm_up(client: Any) -> dict[str, str]:
    """Load the lexicon and the morphology dictionaries on every worker of a ``distributed.Client``
    (otherwise the first task on each worker pays for it); returns ``{worker address: "ready"}``."""
    result: dict[str, str] = client.run(_load_language)
    return result
