"""Speed-up of claimcheck.dask on a LocalCluster of two worker processes over one process.

Run from the repository root (needs the ``dask`` extra)::

    python bench/dask_speedup.py [CORPUS_DIR]

The texts of CORPUS_DIR (default ``../shared/corpus/ru-wikinews``) are written as JSONL files, and both
sides do the whole job the docs show: read the records, analyse them, write one JSON line per record.
One process does it with :func:`claimcheck.analyze_many`; the cluster reads with
``dask.bag.read_text``, analyses with :func:`claimcheck.dask.analyze_bag` and writes with
``to_textfiles``, so texts and reports never pass through the client. Each side runs twice: a cold
pass (empty caches) and a warm pass. Prints figures; asserts nothing.
Target: speed-up >= 1.7 on 2 cores. CLAIMCHECK_SHARDS sets the number of JSONL files (default 16).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

DEFAULT_CORPUS = Path("../shared/corpus/ru-wikinews")


def main() -> int:
    try:
        import dask.bag as db
        from distributed import Client, LocalCluster
    except ImportError:
        print("dask_speedup: needs the dask extra: pip install 'claimcheck[dask]'")
        return 2
    import claimcheck
    from claimcheck.batch import result_to_json
    from claimcheck.dask import analyze_bag, to_json_lines, warm_up

    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_CORPUS
    files = sorted(corpus.glob("*.txt"))
    if not files:
        print(f"dask_speedup: no *.txt files in {corpus} (run from the repository root, or pass CORPUS_DIR)")
        return 2
    shards = int(os.environ.get("CLAIMCHECK_SHARDS", "16"))
    chars = 0
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in"
        src.mkdir()
        for n, path in enumerate(files):
            text = path.read_text(encoding="utf-8")
            chars += len(text)
            record = {"id": path.stem, "text": text, "published": "2024-06-01"}
            with (src / f"part-{n % shards:03d}.jsonl").open("a", encoding="utf-8") as fh:
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        inputs = sorted(src.glob("*.jsonl"))
        print(f"corpus: {corpus} ({len(files)} texts, {chars:,} characters) in {len(inputs)} JSONL files; "
              f"{os.cpu_count()} CPUs")

        def one_process(out: Path) -> None:
            def records():  # type: ignore[no-untyped-def]
                for shard in inputs:
                    with shard.open(encoding="utf-8") as fh:
                        for line in fh:
                            yield json.loads(line)

            with out.open("w", encoding="utf-8") as fh:
                for key, report in claimcheck.analyze_many(records()):
                    fh.write(result_to_json(key, report) + "\n")

        claimcheck.analyze("Рост на 5%.")
        one: list[float] = []
        for n in range(2):  # a cold pass (caches empty), then a warm one
            t0 = time.perf_counter()
            one_process(Path(tmp) / f"single-{n}.jsonl")
            one.append(time.perf_counter() - t0)

        two: list[float] = []
        with (
            LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
            Client(cluster) as client,
        ):
            warm_up(client)
            for n in range(2):
                t0 = time.perf_counter()
                records = db.read_text([str(p) for p in inputs]).map(json.loads)
                to_json_lines(analyze_bag(records)).to_textfiles(str(Path(tmp) / f"cluster-{n}" / "*.jsonl"))
                two.append(time.perf_counter() - t0)

        single = (Path(tmp) / "single-1.jsonl").read_text(encoding="utf-8").splitlines()
        spread = [line for p in sorted((Path(tmp) / "cluster-1").glob("*.jsonl")) for line in p.open(encoding="utf-8")]
        same = sorted(single) == sorted(line.rstrip("\n") for line in spread)
    for label, a, b in (("cold", one[0], two[0]), ("warm", one[1], two[1])):
        print(f"{label} pass: one process {a:6.2f} s ({chars / a:9,.0f} chars/s); "
              f"LocalCluster 2x1 {b:6.2f} s ({chars / b:9,.0f} chars/s); speed-up {a / b:.2f}x")
    print("target: speed-up >= 1.7 on 2 cores. Cold pass: each worker fills its own morphology caches with the")
    print("vocabulary both halves share. Warm pass: the one process has seen every text before, while a worker")
    print("saw only the half it was given, so the words of the other half are still cold there.")
    print(f"same reports: {same}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
