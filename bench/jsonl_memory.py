"""Memory of `claimcheck FILE.jsonl` on a large input: RSS should stay flat while records stream.

Run from the repository root::

    python bench/jsonl_memory.py [MEGABYTES]

Writes a JSONL file of about MEGABYTES (default 10) from the texts of ``../shared/corpus/ru-wikinews``
(repeated with new ids), runs the command on it in a subprocess with its output going to /dev/null,
and prints the subprocess's resident set size as the run goes. Prints figures; asserts nothing.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CORPUS = Path("../shared/corpus/ru-wikinews")


def rss_mb(pid: int) -> float | None:
    """Resident set size of process ``pid`` in MB, from /proc (None once it has ended)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def main() -> int:
    megabytes = float(sys.argv[1]) if len(sys.argv) > 1 else 10.0
    files = sorted(CORPUS.glob("*.txt"))
    if not files:
        print(f"jsonl_memory: no *.txt files in {CORPUS} (run from the repository root)")
        return 2
    texts = [p.read_text(encoding="utf-8") for p in files]
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "articles.jsonl"
        size = 0
        n = 0
        with src.open("w", encoding="utf-8") as fh:
            while size < megabytes * 1e6:
                record = {"id": n, "text": texts[n % len(texts)], "published": "2024-06-01"}
                line = json.dumps(record, ensure_ascii=False)
                fh.write(line + "\n")
                size += len(line.encode()) + 1
                n += 1
        print(f"input: {n:,} records, {size / 1e6:.1f} MB")
        progress = Path(tmp) / "progress"
        with progress.open("wb") as out:
            t0 = time.perf_counter()
            proc = subprocess.Popen([sys.executable, "-m", "claimcheck.cli", str(src), "--no-progress"], stdout=out)
            samples: list[tuple[float, int, float]] = []
            while proc.poll() is None:
                rss = rss_mb(proc.pid)
                done = progress.stat().st_size
                if rss is not None:
                    samples.append((time.perf_counter() - t0, done, rss))
                time.sleep(0.25)
            elapsed = time.perf_counter() - t0
        if proc.returncode != 0:
            print(f"claimcheck exited with {proc.returncode}")
            return 1
        lines = sum(1 for _ in progress.open("rb"))
        total_out = progress.stat().st_size
        print(f"output: {lines:,} lines in {elapsed:.1f} s ({size / 1e6 / elapsed:.2f} MB/s of input)")
        print("RSS as the run goes (share of the output written so far):")
        for mark in (0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 1.0):
            point = next((s for s in samples if s[1] >= mark * total_out), samples[-1] if samples else None)
            if point is not None:
                print(f"  {mark:4.0%} at {point[0]:6.1f} s: {point[2]:6.0f} MB")
        if samples:
            print(f"peak sampled RSS: {max(s[2] for s in samples):.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
