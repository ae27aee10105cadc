"""Throughput of ``claimcheck.analyze`` against the bare spaCy tokenizer, peak memory and start-up time.

Run from the repository root::

    python bench/throughput.py [CORPUS_DIR]

CORPUS_DIR defaults to ``../shared/corpus/ru-wikinews``. Prints figures; asserts nothing.
Targets: analyze/tokenizer ratio >= 0.5, peak RSS <= 250 MB, import + first analyze <= 1.0 s.
"""

from __future__ import annotations

import resource
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


def main() -> int:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_CORPUS
    files = sorted(corpus.glob("*.txt"))
    if not files:
        print(f"throughput: no *.txt files in {corpus} (run from the repository root, or pass CORPUS_DIR)")
        return 2
    texts = [p.read_text(encoding="utf-8") for p in files]
    chars = sum(len(t) for t in texts)
    print(f"corpus: {corpus} ({len(texts)} texts, {chars:,} characters)")

    imp, first = startup()
    print(f"import claimcheck: {imp:.3f} s; first analyze(''): {first:.3f} s; together {imp + first:.3f} s")

    import claimcheck

    claimcheck.analyze("")  # the lexicon loads outside the timing
    w0, c0 = time.perf_counter(), time.process_time()
    for text in texts:
        claimcheck.analyze(text, published="2024-06-01")
    analyze_s, analyze_cpu = time.perf_counter() - w0, time.process_time() - c0
    # The same texts again: every word form has been seen, as in a long-running worker on familiar
    # vocabulary. Printed for comparison; the target is judged on the first pass above.
    c0 = time.process_time()
    for text in texts:
        claimcheck.analyze(text, published="2024-06-01")
    again_cpu = time.process_time() - c0
    analyze_rss = peak_rss_mb()  # analyze() imports no spaCy: this is the peak of the analysis alone

    import spacy

    nlp = spacy.blank("ru")
    nlp.max_length = max(len(t) for t in texts) + 1
    w0, c0 = time.perf_counter(), time.process_time()
    for text in texts:
        nlp.make_doc(text)
    tokenizer_s, tokenizer_cpu = time.perf_counter() - w0, time.process_time() - c0
    c0 = time.process_time()
    for text in texts:
        nlp.make_doc(text)
    tokenizer_again_cpu = time.process_time() - c0

    # Rates by CPU time of this process: on a shared machine wall time also counts other processes.
    analyze_rate = chars / analyze_cpu
    tokenizer_rate = chars / tokenizer_cpu
    print(f"analyze:   {analyze_rate:12,.0f} chars/s (CPU {analyze_cpu:.2f} s, wall {analyze_s:.2f} s)")
    print(f"tokenizer: {tokenizer_rate:12,.0f} chars/s (CPU {tokenizer_cpu:.2f} s, wall {tokenizer_s:.2f} s)")
    print(f"ratio analyze/tokenizer: {analyze_rate / tokenizer_rate:.3f} (target >= 0.5)")
    print(f"second pass over the same texts (every word form cached on both sides): analyze "
          f"{chars / again_cpu:,.0f} chars/s (CPU {again_cpu:.2f} s), tokenizer {chars / tokenizer_again_cpu:,.0f} "
          f"chars/s, ratio {tokenizer_again_cpu / again_cpu:.3f}")
    print(f"peak RSS of the analysis (before spaCy is imported): {analyze_rss:.0f} MB (target <= 250)")
    print(f"peak RSS at the end (spaCy and its tokenizer loaded as well): {peak_rss_mb():.0f} MB")
    print(f"import + first analyze: {imp + first:.3f} s (target <= 1.0)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
