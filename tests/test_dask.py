"""claimcheck.dask on a LocalCluster of two worker processes: bags, dataframes, Parquet and JSONL."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("dask", reason="claimcheck.dask needs the 'dask' extra: pip install 'claimcheck[dask]'")
pytest.importorskip("distributed", reason="claimcheck.dask tests need dask.distributed: pip install 'claimcheck[dask]'")
pytest.importorskip("pandas", reason="claimcheck.dask needs dask[dataframe]: pip install 'claimcheck[dask]'")

import dask.bag as db
import dask.dataframe as dd
import pandas as pd
from distributed import Client, LocalCluster

import claimcheck
from claimcheck.dask import RESULT_COLUMNS, analyze_bag, analyze_dataframe, to_json_lines, warm_up

TEXTS = [
    "Экспорт вырос на 5% и составил более $3,2 млрд.",
    "«Мы готовы», — заявил Иван Петров.",
    "В прошлом году товарооборот достиг 24,2 млрд долларов.",
    "Ничего.",
]


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with (
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        Client(cluster) as c,
    ):
        yield c


def test_warm_up_loads_every_worker(client: Any) -> None:
    """Each of the two workers reports its language data loaded."""
    assert list(warm_up(client).values()) == ["ready", "ready"]


def test_bag_of_texts_and_records(client: Any, seed_text: str) -> None:
    """A bag gives what analyze_many gives, item for item, over several partitions."""
    texts = [*TEXTS, seed_text] * 2
    out = analyze_bag(db.from_sequence(texts, npartitions=4), published="2025-01-30").compute()
    assert out == [claimcheck.analyze(t, published="2025-01-30") for t in texts]
    records = [{"id": f"r{n}", "text": t} for n, t in enumerate(TEXTS)] + [{"id": "bad"}]
    pairs = analyze_bag(db.from_sequence(records, npartitions=2), on_error="yield").compute()
    assert [k for k, _ in pairs] == ["r0", "r1", "r2", "r3", "bad"]
    assert isinstance(pairs[-1][1], claimcheck.ItemError)


def test_jsonl_in_and_out(client: Any, tmp_path: Path) -> None:
    """Read JSONL with dask.bag.read_text, write JSON lines with to_textfiles."""
    src = tmp_path / "articles.jsonl"
    src.write_text("".join(json.dumps({"id": n, "text": t}, ensure_ascii=False) + "\n" for n, t in enumerate(TEXTS)))
    records = db.read_text(str(src)).map(json.loads)
    to_json_lines(analyze_bag(records)).to_textfiles(str(tmp_path / "out" / "*.jsonl"))
    lines = [json.loads(line) for f in sorted((tmp_path / "out").glob("*.jsonl")) for line in f.read_text().splitlines()]
    assert [line["id"] for line in lines] == [0, 1, 2, 3]
    assert lines[0]["schema"] == "claimcheck/1" and len(lines[0]["claims"]) == 2


def test_dataframe_to_parquet(client: Any, tmp_path: Path) -> None:
    """A dataframe gives one row per article, Parquet-ready; Report.from_json reads the report back."""
    pdf = pd.DataFrame(
        {
            "id": ["a", "b", "c", "d", "e"],
            "text": [*TEXTS, None],
            "published": ["2025-01-30", None, "2025-01-30", None, None],
        }
    )
    result = analyze_dataframe(dd.from_pandas(pdf, npartitions=2), published="2020-06-01")
    result.to_parquet(str(tmp_path / "reports"))
    back = pd.read_parquet(tmp_path / "reports")
    assert tuple(back.columns) == RESULT_COLUMNS and list(back["id"]) == ["a", "b", "c", "d", "e"]
    dates = ["2025-01-30", "2020-06-01", "2025-01-30", "2020-06-01"]
    for n, (text, date) in enumerate(zip(TEXTS, dates, strict=True)):
        assert claimcheck.Report.from_json(back["report"].iloc[n]) == claimcheck.analyze(text, published=date)
    assert list(back["claims"]) == [2, 0, 1, 0, 0]
    assert back["error"].iloc[4] == "InputError: record has no 'text'" and pd.isna(back["report"].iloc[4])


def test_dataframe_needs_a_text_column() -> None:
    """A missing text column is a caller error, raised at once."""
    frame = dd.from_pandas(pd.DataFrame({"body": ["x"]}), npartitions=1)
    with pytest.raises(ValueError, match="no text column 'text'"):
        analyze_dataframe(frame)
