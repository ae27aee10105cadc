"""Time of analyze() against input size on hostile inputs: is it linear?

Run from the repository root: ``python bench/hostile.py [--budget SECONDS] [--only NAME ...] [--corpus DIR]``.
For each input it analyses sizes 1x, 4x and 16x and prints the time of each, its µs per character, and
the ratio t(16x) / t(1x) / 16, which is about 1 for linear time and about 16 for quadratic time.
A size whose predicted time exceeds ``--budget`` is skipped, its row saying so. Inputs above
``claimcheck.DEFAULT_MAX_CHARS`` are refused with TextTooLargeError, which is timed too.

Most inputs repeat one short unit, which cannot show work that grows with the number of *different*
things a document names (people, organisations, claims). The "varied real text" row joins every
``*.txt`` file under ``--corpus`` (default ``../shared/corpus``; the row is skipped, saying why, when
there is none) and cuts it to 0.3, 1.2 and 4.8 million characters, repeating the corpus where it is
shorter. The whole joined corpus is analysed once before that row is timed, so every size meets warm
word caches and the row measures how the analysis scales, not the first sight of each word form.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

import claimcheck
from claimcheck import ClaimcheckError

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_3c8424a574b2a25d.txt"


def repeat(unit: str) -> Callable[[int], str]:
    """A text of exactly n characters made of ``unit`` repeated."""
    return lambda n: (unit * (n // len(unit) + 1))[:n]


def abbreviation_quotes(n: int) -> str:
    """Nested reports quoted from many different abbreviations ("представитель АБВ"), n characters."""
    letters = "АБВГДЕЖЗИКЛМНОПРСТУФХ"
    parts: list[str] = []
    size = 0
    k = 0
    while size < n:
        name = letters[k % 21] + letters[k // 21 % 21] + letters[k // 441 % 21]
        part = f"«Мы заявили, что рост составил {k % 90 + 5}%», — сообщил представитель {name}. "
        parts.append(part)
        size += len(part)
        k += 1
    return "".join(parts)[:n]


VARIED = "varied real text"

# name -> (text of n characters, n at 16x)
CASES: dict[str, tuple[Callable[[int], str], int]] = {
    "unmatched «": (repeat("«"), 100_000),
    "digits": (lambda n: "Сумма " + "7" * n + " рублей.", 50_000),
    "document (seed repeated)": (lambda n: repeat(SEED.read_text(encoding="utf-8") + "\n")(n), 10_000_000),
    "NUL and controls (sparse)": (repeat("Экспорт составил 5 млрд долларов.\x00\x07\x1b "), 1_000_000),
    "mixed scripts": (repeat("Экспорт 5 млрд долларов مرحبا 你好 Ελλάδα 🙂 "), 1_000_000),
    "HTML fragments": (repeat("<p>«Мы готовы», — <b>заявил</b> <a href='x'>Олжас Бектенов</a>.</p><br/>"), 1_000_000),
    "single 1 MB line": (repeat("Экспорт вырос на 5% и составил более $3,2 млрд, "), 1_000_000),
    "1,1,1,…": (repeat("1,"), 200_000),
    "nested quotes, abbreviations": (abbreviation_quotes, 1_000_000),
}


def corpus_text(corpus: Path) -> str:
    """Every ``*.txt`` file under ``corpus``, sorted by path, joined by blank lines ("" when none)."""
    return "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(corpus.rglob("*.txt")))


def timed(text: str) -> tuple[float, str]:
    start = time.perf_counter()
    try:
        report = claimcheck.analyze(text, published="2025-01-30")
        outcome = f"{len(report.quotes)} quotes, {len(report.claims)} claims"
    except ClaimcheckError as exc:
        outcome = f"refused: {type(exc).__name__}"
    return time.perf_counter() - start, outcome


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--budget", type=float, default=120.0, help="skip a size predicted to take longer (s)")
    parser.add_argument("--only", nargs="*", help="case names to run (default: all)")
    parser.add_argument(
        "--corpus", type=Path, default=ROOT.parent / "shared" / "corpus", help="texts for the varied-text row"
    )
    args = parser.parse_args()
    claimcheck.analyze("Прогрев: 5 млрд долларов.")  # load dictionaries before timing
    print(f"max_chars default: {claimcheck.DEFAULT_MAX_CHARS}")
    print(f"{'input':28} {'size':>10} {'seconds':>9} {'µs/char':>8}  outcome")
    cases = dict(CASES)
    if not args.only or VARIED in args.only:
        joined = corpus_text(args.corpus) if args.corpus.is_dir() else ""
        if joined:
            claimcheck.analyze(joined, max_chars=len(joined))  # warm the word caches (see the docstring)
            cases[VARIED] = (repeat(joined + "\n\n"), 4_800_000)
        else:
            print(f"{VARIED:28} skipped: no *.txt under {args.corpus} (pass --corpus DIR)")
    for name, (make, full) in cases.items():
        if args.only and name not in args.only:
            continue
        times: list[float] = []
        for factor in (1, 4, 16):
            n = full * factor // 16
            # Predict quadratically from the last size: a slow case must not stall the whole bench.
            if times and times[-1] * 16 > args.budget:
                print(f"{name:28} {n:>10} {'skipped':>9}  predicted > {args.budget:.0f} s if quadratic")
                break
            seconds, outcome = timed(make(n))
            print(f"{name:28} {n:>10} {seconds:>9.3f} {seconds / max(n, 1) * 1e6:>8.2f}  {outcome}", flush=True)
            if outcome.startswith("refused"):
                break  # a refusal costs nothing: no ratio against it
            times.append(seconds)
        if len(times) == 3:
            print(f"{name:28} ratio t(16x)/t(1x)/16 = {times[2] / max(times[0], 1e-9) / 16:.2f}")
        elif len(times) == 2:
            print(f"{name:28} ratio t(4x)/t(1x)/4 = {times[1] / max(times[0], 1e-9) / 4:.2f}")


if __name__ == "__main__":
    main()
