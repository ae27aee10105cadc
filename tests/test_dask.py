"""claimcheck.dask on a LocalCluster of two worker processes: bags, dataframes, Parquet and JSONL."""

from __future__ import annotations

import gc
import gzip
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("dask", reason="claimcheck.dask needs the 'dask' extra: pip install 'claimcheck[dask]'")
pytest.importorskip("distributed", reason="claimcheck.dask tests need dask.distributed: pip install 'claimcheck[dask]'")
pytest.importorskip("pandas", reason="claimcheck.dask needs dask[dataframe]: pip install 'claimcheck[dask]'")

import dask
import dask.bag as db
import dask.dataframe as dd
import pandas as pd
from distributed import Client, LocalCluster, get_task_stream

import claimcheck
from claimcheck.batch import result_to_json
from claimcheck.dask import (
    RESULT_COLUMNS,
    WORKER_CONFIG,
    analyze_bag,
    analyze_dataframe,
    analyze_jsonl,
    to_json_lines,
    warm_up,
)

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
    """Each of the two workers reports its language data loaded, and has frozen its heap."""
    assert list(warm_up(client).values()) == ["ready", "ready"]
    assert all(count > 0 for count in client.run(gc.get_freeze_count).values())


def test_worker_config_names_known_settings() -> None:
    """Every key of WORKER_CONFIG is a setting dask knows (a misspelt key would do nothing)."""
    for key in WORKER_CONFIG:
        dask.config.get(key)  # raises KeyError for an unknown setting
    with dask.config.set(WORKER_CONFIG):
        assert dask.config.get("distributed.worker.profile.enabled") is False


def _jsonl_shards(folder: Path, texts: list[str], shards: int) -> list[Path]:
    folder.mkdir()
    paths = [folder / f"part-{n}.jsonl" for n in range(shards)]
    for n, text in enumerate(texts):
        record = {"id": f"a{n}", "text": text, "published": "2025-01-30"}
        with paths[n % shards].open("a", encoding="utf-8") as fh:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return paths


def test_analyze_jsonl_writes_what_one_process_writes(client: Any, tmp_path: Path, seed_text: str) -> None:
    """One output file per input, numbered in input order; together the same lines as analyze_many."""
    paths = _jsonl_shards(tmp_path / "in", [*TEXTS, seed_text] * 3, shards=11)
    counts = analyze_jsonl(client, [str(p) for p in paths], tmp_path / "out" / "*.jsonl")
    outputs = sorted((tmp_path / "out").glob("*.jsonl"))
    assert [p.name for p in outputs] == [f"{n:02d}.jsonl" for n in range(11)]
    assert counts == [len(p.read_text(encoding="utf-8").splitlines()) for p in paths]
    records = [json.loads(line) for p in paths for line in p.read_text(encoding="utf-8").splitlines()]
    expected = "".join(result_to_json(key, report) + "\n" for key, report in claimcheck.analyze_many(records))
    assert "".join(p.read_text(encoding="utf-8") for p in outputs) == expected


def test_analyze_jsonl_keeps_each_file_on_its_worker(client: Any, tmp_path: Path) -> None:
    """File n runs on worker n % 2 (workers in address order), on every pass."""
    paths = _jsonl_shards(tmp_path / "in", TEXTS * 2, shards=6)
    workers = sorted(client.ncores())
    for run in range(2):
        with get_task_stream(client) as stream:
            analyze_jsonl(client, paths, tmp_path / f"out{run}" / "*.jsonl")
        placed = {int(task["key"].rsplit("-", 1)[1]): task["worker"] for task in stream.data}
        assert placed == {n: workers[n % 2] for n in range(6)}


def test_analyze_jsonl_bad_records(client: Any, tmp_path: Path) -> None:
    """A glob pattern for the inputs; bad lines give error lines with on_error="yield", else raise."""
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.jsonl").write_text('{"id": "x", "text": "Рост на 5%."}\n\nnot json\n[1]\n{"id": "y"}\n{"text": "Ничего."}\n')
    analyze_jsonl(client, str(src / "*.jsonl"), tmp_path / "out" / "*.jsonl.gz", on_error="yield")
    with gzip.open(tmp_path / "out" / "0.jsonl.gz", "rt", encoding="utf-8") as fh:
        lines = [json.loads(line) for line in fh]
    assert [line["id"] for line in lines] == ["x", 3, 4, "y", 6]
    assert lines[0]["schema"] == "claimcheck/1" and "error" not in lines[0]
    assert [line["error"]["message"] for line in lines[1:4]] == [
        "line 3 is not JSON (Expecting value: line 1 column 1 (char 0))",
        "line 4 is not a JSON object",
        "record has no 'text'",
    ]
    with pytest.raises(claimcheck.BatchItemError, match="item 1 \\(id 3\\): UnreadableItem: line 3 is not JSON"):
        analyze_jsonl(client, src / "a.jsonl", tmp_path / "raise" / "*.jsonl")
    with pytest.raises(ValueError, match="one '\\*'"):
        analyze_jsonl(client, src / "a.jsonl", tmp_path / "out.jsonl")
    with pytest.raises(FileNotFoundError):
        analyze_jsonl(client, str(src / "*.txt"), tmp_path / "none" / "*.jsonl")


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
    # dask types Bag.to_textfiles through functools.wraps as the module function to_textfiles(b, path, ...)
    to_json_lines(analyze_bag(records)).to_textfiles(str(tmp_path / "out" / "*.jsonl"))  # type: ignore[call-arg, arg-type]
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
