"""Throughput of ``claimcheck.analyze`` against the bare spaCy tokenizer, peak memory and start-up time.

Run from the repository root::

    python bench/throughput.py [CORPUS_DIR]

CORPUS_DIR defaults to ``../shared/corpus/ru-wikinews``. Each round (``CLAIMCHECK_ROUNDS``, default 3) runs
in a fresh process, so every round's first pass starts with empty caches on both sides; within a round
the two sides are timed text by text, alternately, and the medians of the rounds are printed, since a
shared machine makes single rounds noisy. Peak memory is measured in a process of its own that runs
the analysis alone. Prints figures; asserts nothing.
Targets: analyze/tokenizer ratio >= 0.5, peak RSS <= 250 MB, import + first analyze <= 1.0 s.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

DEFAULT_CORPUS = Path("../shared/corpus/ru-wikinews")

_STARTUP = """
import time
t0 = time.perf_counter()
import claimcheck
t1 = time.perf_counter()
claimcheck.analyze("")
t2 = time.perf_counter()
print(f"{t1 - t0:.3f} {t2 - t1:.3f}")
"""


def peak_rss_mb() -> float:
    """Peak resident set size of this process in MB (Linux reports kilobytes)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def startup() -> tuple[float, float]:
    """(import seconds, first analyze("") seconds), best of three fresh processes."""
    runs = []
    for _ in range(3):
        out = subprocess.run([sys.executable, "-c", _STARTUP], check=True, capture_output=True, text=True).stdout
        imp, first = (float(x) for x in out.split())
        runs.append((imp + first, imp, first))
    _, imp, first = min(runs)
    return imp, first


def one_round(corpus: Path) -> dict[str, float]:
    """One fresh process's figures, CPU seconds: analyze and the tokenizer over the corpus, first with
    empty caches on both sides and then again over the same texts.

    The two are timed text by text, alternately: on a shared machine a slow spell (another tenant's
    job) then slows both sides of the ratio alike, where timing one pass after the other let it fall
    on one side only. Each side keeps its own caches, so the first pass is cold for both.
    """
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]
    import spacy

    import claimcheck

    claimcheck.analyze("")  # the lexicon, the dictionaries and every stage's tables are made here, untimed
    nlp = spacy.blank("ru")
    nlp.max_length = max(len(t) for t in texts) + 1
    nlp.make_doc("")
    out: dict[str, float] = {}
    # The second pass: every word form has been seen, as in a long-running worker on familiar
    # vocabulary. Printed for comparison; the target is judged on the first pass.
    for label in ("", "_again"):
        analyze_cpu = tokenizer_cpu = 0.0
        for text in texts:
            c0 = time.process_time()
            claimcheck.analyze(text, published="2024-06-01")
            c1 = time.process_time()
            nlp.make_doc(text)
            c2 = time.process_time()
            analyze_cpu += c1 - c0
            tokenizer_cpu += c2 - c1
        out["analyze" + label] = analyze_cpu
        out["tokenizer" + label] = tokenizer_cpu
    out["rss_end"] = peak_rss_mb()
    return out


def rss_round(corpus: Path) -> float:
    """Peak RSS in MB of a fresh process that analyses the corpus and imports nothing else (analyze()
    imports no spaCy)."""
    import claimcheck

    for p in sorted(corpus.glob("*.txt")):
        claimcheck.analyze(p.read_text(encoding="utf-8"), published="2024-06-01")
    return peak_rss_mb()


def main() -> int:
    args = sys.argv[1:]
    if args[:1] == ["--round"]:
        print(json.dumps(one_round(Path(args[1]))))
        return 0
    if args[:1] == ["--rss"]:
        print(json.dumps(rss_round(Path(args[1]))))
        return 0
    rounds = int(os.environ.get("CLAIMCHECK_ROUNDS", "3"))
    corpus = Path(args[0]) if args else DEFAULT_CORPUS
    files = sorted(corpus.glob("*.txt"))
    if not files:
        print(f"throughput: no *.txt files in {corpus} (run from the repository root, or pass CORPUS_DIR)")
        return 2
    chars = sum(len(p.read_text(encoding="utf-8")) for p in files)
    print(f"corpus: {corpus} ({len(files)} texts, {chars:,} characters); {rounds} rounds, each in a fresh process")

    imp, first = startup()
    print(f"import claimcheck: {imp:.3f} s; first analyze(''): {first:.3f} s; together {imp + first:.3f} s")

    # Rates by CPU time of the round's process: on a shared machine wall time also counts other processes.
    results = []
    for n in range(rounds):
        out = subprocess.run(
            [sys.executable, __file__, "--round", str(corpus)], check=True, capture_output=True, text=True
        ).stdout
        r = json.loads(out.splitlines()[-1])
        results.append(r)
        print(f"round {n + 1}: analyze {chars / r['analyze']:9,.0f} chars/s (CPU {r['analyze']:.2f} s), tokenizer "
              f"{chars / r['tokenizer']:9,.0f} chars/s (CPU {r['tokenizer']:.2f} s), ratio "
              f"{r['tokenizer'] / r['analyze']:.3f}; second pass ratio {r['tokenizer_again'] / r['analyze_again']:.3f}")
    ratios = [r["tokenizer"] / r["analyze"] for r in results]
    analyze_cpu = statistics.median(r["analyze"] for r in results)
    tokenizer_cpu = statistics.median(r["tokenizer"] for r in results)
    again_cpu = statistics.median(r["analyze_again"] for r in results)
    tokenizer_again_cpu = statistics.median(r["tokenizer_again"] for r in results)
    print(f"analyze:   {chars / analyze_cpu:12,.0f} chars/s (median CPU {analyze_cpu:.2f} s)")
    print(f"tokenizer: {chars / tokenizer_cpu:12,.0f} chars/s (median CPU {tokenizer_cpu:.2f} s)")
    print(f"ratio analyze/tokenizer: median {statistics.median(ratios):.3f} of rounds "
          f"{', '.join(f'{x:.3f}' for x in ratios)} (target >= 0.5)")
    print(f"second pass over the same texts (every word form cached on both sides): analyze "
          f"{chars / again_cpu:,.0f} chars/s, tokenizer {chars / tokenizer_again_cpu:,.0f} chars/s, median ratio "
          f"{statistics.median(r['tokenizer_again'] / r['analyze_again'] for r in results):.3f}")
    out = subprocess.run(
        [sys.executable, __file__, "--rss", str(corpus)], check=True, capture_output=True, text=True
    ).stdout
    rss = json.loads(out.splitlines()[-1])
    print(f"peak RSS of the analysis alone (a fresh process, no spaCy): {rss:.0f} MB (target <= 250)")
    print(f"peak RSS at the end (spaCy and its tokenizer loaded as well): {max(r['rss_end'] for r in results):.0f} MB")
    print(f"import + first analyze: {imp + first:.3f} s (target <= 1.0)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
