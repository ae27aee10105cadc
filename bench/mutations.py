"""Injected inconsistencies and false alarms of the consistency checks, on the corpus and the seed.

Run from the repository root: ``python bench/mutations.py [--limit N]``. It prints two figures:

* detection rate: for every relation the checks find in an unmodified article (part/whole, sum of
  parts, restatement, share arithmetic, change with a stated base, stated average), one number of
  the text is scaled by a power of ten chosen so that the relation must break; the mutation counts
  as detected when the re-analysed text has a contradiction naming the changed claim;
* false alarms: every contradiction on an unmodified article, printed for a person to judge.

It reads ``../shared/corpus/`` relative to the repository root and the seed in ``seeds/``.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

import attrs

import claimcheck
from claimcheck.checks import CheckContext, find_relations, run_checks
from claimcheck.model import Claim, Report

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
SEED = ROOT / "seeds" / "000_3c8424a574b2a25d.txt"
SEED_PUBLISHED = "2025-01-30"
FACTORS = (Decimal(10), Decimal(100), Decimal(1000), Decimal("0.1"), Decimal("0.01"), Decimal("0.001"))
DIGITS = re.compile(r"\d(?:[\d\u00a0\u202f ]*\d)?(?:[.,]\d+)?")


def scaled(claims: Sequence[Claim], index: int, factor: Decimal) -> list[Claim]:
    """The claims with one claim's value and bounds multiplied by ``factor``."""
    q = claims[index].quantity
    new_q = attrs.evolve(
        q,
        value=q.value * factor,
        low=None if q.low is None else q.low * factor,
        high=None if q.high is None else q.high * factor,
    )
    out = list(claims)
    out[index] = attrs.evolve(claims[index], quantity=new_q)
    return out


def names(findings: Sequence[claimcheck.Finding], index: int) -> bool:
    return any(f.severity == "contradiction" and index in f.claims for f in findings)


def rewrite(text: str, claim: Claim, factor: Decimal) -> str | None:
    """``text`` with the first figure of the claim's span multiplied by ``factor``; None if in words."""
    span = claim.quantity.span
    match = DIGITS.search(span.text)
    if match is None:
        return None
    digits = re.sub(r"[\u00a0\u202f ]", "", match.group())
    value = Decimal(digits.replace(",", ".")) * factor
    written = format(value.normalize(), "f")
    if "." in written:
        written = written.rstrip("0").rstrip(".")
    written = written.replace(".", ",")
    new_span = span.text[: match.start()] + written + span.text[match.end():]
    return text[: span.start] + new_span + text[span.end:]


def plan(report: Report, context: CheckContext, rel: tuple[int, ...]) -> tuple[int, Decimal] | None:
    """Which claim of a relation to scale, and by what, so that the checks must see it break."""
    for index in rel:
        if DIGITS.search(report.claims[index].quantity.span.text) is None:
            continue
        for factor in FACTORS:
            if names(run_checks(scaled(report.claims, index, factor), context), index):
                return index, factor
    return None


def articles(limit: int | None) -> list[tuple[str, str, str | None]]:
    out: list[tuple[str, str, str | None]] = [(SEED.name, SEED.read_text(encoding="utf-8"), SEED_PUBLISHED)]
    paths = sorted(CORPUS.glob("*/*.txt"))
    if limit is not None:
        paths = paths[:limit]
    # Corpus texts carry no publication date.
    out.extend((f"{p.parent.name}/{p.name}", p.read_text(encoding="utf-8"), None) for p in paths)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N corpus texts")
    args = parser.parse_args(argv)
    texts = articles(args.limit)
    with_relation = 0
    families: Counter[str] = Counter()
    tried = detected = unmutable = 0
    alarms: list[tuple[str, Report, claimcheck.Finding]] = []
    misses: list[str] = []
    for name, text, published in texts:
        report = claimcheck.analyze(text, published=published)
        context = CheckContext(published=report.published)
        alarms.extend((name, report, f) for f in report.findings if f.severity == "contradiction")
        rels = find_relations(report.claims, context)
        if rels:
            with_relation += 1
        for family, rel in rels:
            families[family] += 1
            chosen = plan(report, context, rel)
            if chosen is None:
                unmutable += 1
                continue
            index, factor = chosen
            mutated = rewrite(text, report.claims[index], factor)
            if mutated is None:
                unmutable += 1
                continue
            tried += 1
            start = report.claims[index].quantity.span.start
            after = claimcheck.analyze(mutated, published=published)
            hit = any(
                f.severity == "contradiction"
                and any(after.claims[i].quantity.span.start == start for i in f.claims)
                for f in after.findings
            )
            detected += hit
            label = f"{name}: {family} {[report.claims[i].quantity.span.text for i in rel]} x{factor}"
            print(("DETECTED " if hit else "MISSED   ") + label)
            if not hit:
                misses.append(label)
    print()
    print(f"articles: {len(texts)} (seed + {len(texts) - 1} corpus texts)")
    print(f"articles with a checkable relation: {with_relation}")
    print(f"relations by family: {dict(sorted(families.items()))}")
    print(f"relations that no single figure written in digits can break: {unmutable}")
    rate = f"{detected / tried:.1%}" if tried else "n/a"
    print(f"injected inconsistencies detected: {detected}/{tried} ({rate})")
    print()
    print(f"contradictions on unmodified articles: {len(alarms)}")
    for name, report, f in alarms:
        spans = [report.claims[i].quantity.span.text for i in f.claims]
        print(f"  {name}: {f.check}: {f.message} | claims {spans}")
    flagged = {name for name, _, _ in alarms}
    clean = len(texts) - len(flagged)
    seed_clean = SEED.name not in flagged
    print(f"articles without a contradiction: {clean}/{len(texts)} ({clean / len(texts):.1%}); "
          f"seed clean: {seed_clean}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
