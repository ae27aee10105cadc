"""Speed-up of claimcheck.dask on a LocalCluster of two worker processes over one process.

Run from the repository root (needs the ``dask`` extra)::

    python bench/dask_speedup.py [CORPUS_DIR]

The texts of CORPUS_DIR (default ``../shared/corpus/ru-wikinews``) are written as JSONL files, and both
sides do the whole job: read the records, analyse them, write one JSON line per record. One process
does it with :func:`claimcheck.analyze_many`, reading the files in order and writing one file. The
cluster (two worker processes of one thread each, started under ``claimcheck.dask.WORKER_CONFIG``) does
it with :func:`claimcheck.dask.analyze_jsonl`: one task per file, which reads, analyses and writes on
its worker, so texts and reports never pass through the client; the output files, joined in order,
must equal the one process's file ("same reports").

Each side makes a cold pass (new processes, empty caches) and then a warm pass over the same files.
Before the cold pass each side has analysed the same short sentence and frozen its heap, as
``warm_up`` does on the workers. A round runs the one process (a Python process of its own, started
while no cluster runs) and then a new cluster. The machine may be shared, so ``CLAIMCHECK_ROUNDS``
rounds (default 3) are run: each round's figures are printed with the CPU time the processes got (well
below 100% means something else on this machine ran), and the summary compares each side's best time
over the rounds, and gives the median round too. ``CLAIMCHECK_SHARDS`` sets the number of JSONL files
(default 16). Prints figures; asserts nothing. Target: speed-up >= 1.7 on 2 cores.
"""

from __future__ import annotations

import gc
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

DEFAULT_CORPUS = Path("../shared/corpus/ru-wikinews")
# What claimcheck.dask.warm_up analyses on each worker; the one process analyses it before its cold pass too.
WARM_UP_TEXT = "«Экспорт вырос на 5% и составил более $3,2 млрд», — заявил министр Иван Петров в прошлом году."


def one_process(inputs: list[Path], outputs: list[Path]) -> list[tuple[float, float]]:
    """The whole job in this process, once per output: (wall, CPU) seconds of each pass."""
    import claimcheck
    from claimcheck.batch import write_jsonl

    def lines() -> Iterator[bytes]:
        for shard in inputs:
            with shard.open("rb") as fh:
                yield from fh

    claimcheck.analyze(WARM_UP_TEXT)
    gc.collect()  # as warm_up does on the workers (it helps them more: they also hold dask and pandas)
    gc.freeze()
    times = []
    for out in outputs:
        t0, c0 = time.perf_counter(), time.process_time()
        with out.open("w", encoding="utf-8") as fh:
            write_jsonl(lines(), fh)
        times.append((time.perf_counter() - t0, time.process_time() - c0))
    return times


def _process_time() -> float:
    return time.process_time()


def _write_shards(files: list[Path], src: Path, shards: int) -> int:
    """The texts of ``files`` as JSONL records dealt over ``shards`` files in ``src``; returns their characters."""
    chars = 0
    for n, path in enumerate(files):
        text = path.read_text(encoding="utf-8")
        chars += len(text)
        record = {"id": path.stem, "text": text, "published": "2024-06-01"}
        with (src / f"part-{n % shards:03d}.jsonl").open("a", encoding="utf-8") as fh:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return chars


def _run_one_process(src: Path, outs: list[Path]) -> list[tuple[float, float]]:
    """The one-process side in a Python process of its own: (wall, CPU) of its cold and its warm pass."""
    child = subprocess.run(
        [sys.executable, __file__, "--one-process", str(src), *map(str, outs)],
        capture_output=True, text=True, check=True,
    )
    return [(wall, cpu) for wall, cpu in json.loads(child.stdout)]


def _run_cluster(inputs: list[Path], outs: list[Path]) -> list[tuple[float, float]]:
    """The cluster side on a new LocalCluster: (wall, CPU of the workers and this process) of its cold
    and its warm pass, pass n writing its files in folder ``outs[n]``."""
    import dask
    from distributed import Client, LocalCluster

    from claimcheck.dask import WORKER_CONFIG, analyze_jsonl, warm_up

    passes = []
    with (
        dask.config.set(WORKER_CONFIG),
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        Client(cluster) as client,
    ):
        warm_up(client)
        for out in outs:  # a cold pass (caches empty), then a warm one
            before = sum(client.run(_process_time).values()) + time.process_time()
            t0 = time.perf_counter()
            analyze_jsonl(client, inputs, out / "*.jsonl")
            wall = time.perf_counter() - t0
            cpu = sum(client.run(_process_time).values()) + time.process_time() - before
            passes.append((wall, cpu))
    return passes


def _joined(folder: Path) -> str:
    """The JSONL files of ``folder`` joined in order."""
    return "".join(p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.jsonl")))

def _print_round(r: int, one: list[tuple[float, float]], two: list[tuple[float, float]]) -> None:
    (a, ac), (b, bc) = one
    (c, cc), (d, dc) = two
    print(f"round {r + 1}: one process cold {a:5.2f} s, warm {b:5.2f} s; LocalCluster 2x1 cold {c:5.2f} s, "
          f"warm {d:5.2f} s; speed-up cold {a / c:.2f}x, warm {b / d:.2f}x; CPU got: one process "
          f"{min(ac / a, bc / b):.0%} of 1, cluster {min(cc / c, dc / d) / 2:.0%} of 2")


def _print_summary(one: list[list[tuple[float, float]]], two: list[list[tuple[float, float]]], chars: int) -> None:
    for n, label in enumerate(("cold", "warm")):
        a = min(times[n][0] for times in one)
        b = min(times[n][0] for times in two)
        median = statistics.median(x[n][0] / y[n][0] for x, y in zip(one, two, strict=True))
        print(f"{label} pass: one process {a:6.2f} s ({chars / a:9,.0f} chars/s); "
              f"LocalCluster 2x1 {b:6.2f} s ({chars / b:9,.0f} chars/s); speed-up {a / b:.2f}x "
              f"(best of {len(one)} each; median round {median:.2f}x)")
    print("target: speed-up >= 1.7 on 2 cores. Cold pass: each worker fills its own morphology caches, so the")
    print("vocabulary both halves share is parsed twice. Warm pass: each file goes to the worker that read it")
    print("in the cold pass (analyze_jsonl gives file n to worker n % 2), whose caches know its words.")


def main() -> int:
    if sys.argv[1:2] == ["--one-process"]:  # the child process of a round's one-process side
        inputs = sorted(Path(sys.argv[2]).glob("*.jsonl"))
        print(json.dumps(one_process(inputs, [Path(p) for p in sys.argv[3:]])))
        return 0
    if importlib.util.find_spec("dask") is None or importlib.util.find_spec("distributed") is None:
        print("dask_speedup: needs the dask extra: pip install 'claimcheck[dask]'")
        return 2
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_CORPUS
    files = sorted(corpus.glob("*.txt"))
    if not files:
        print(f"dask_speedup: no *.txt files in {corpus} (run from the repository root, or pass CORPUS_DIR)")
        return 2
    shards = int(os.environ.get("CLAIMCHECK_SHARDS", "16"))
    rounds = max(1, int(os.environ.get("CLAIMCHECK_ROUNDS", "3")))
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in"
        src.mkdir()
        chars = _write_shards(files, src, shards)
        inputs = sorted(src.glob("*.jsonl"))
        print(f"corpus: {corpus} ({len(files)} texts, {chars:,} characters) in {len(inputs)} JSONL files; "
              f"{os.cpu_count()} CPUs; {rounds} rounds")

        one: list[list[tuple[float, float]]] = []  # per round: (wall, CPU) of the cold and the warm pass
        two: list[list[tuple[float, float]]] = []  # per round: (wall, CPU of the workers and this process)
        same = True
        for r in range(rounds):
            singles = [Path(tmp) / f"single-{r}-{n}.jsonl" for n in range(2)]
            one.append(_run_one_process(src, singles))
            expected = singles[1].read_text(encoding="utf-8")
            same = same and singles[0].read_text(encoding="utf-8") == expected
            spreads = [Path(tmp) / f"cluster-{r}-{n}" for n in range(2)]
            two.append(_run_cluster(inputs, spreads))
            same = same and all(_joined(out) == expected for out in spreads)
            _print_round(r, one[-1], two[-1])

    _print_summary(one, two, chars)
    print(f"same reports: {same}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
