"""Injected inconsistencies on relations that articles state, chosen by reading them (not by the checks).

bench/mutations.py mutates the relations the checks themselves find, which can only measure how well
what is already linked holds. This benchmark starts from the other end: relations that real corpus
articles (and the seed) state in words, each found by reading the article and confirmed to hold as
printed, listed in ``bench/stated_relations.toml``. Every row names its family, the figures as written,
a **mutation** (one figure rewritten so that the relation clearly breaks: a part ten times larger, a sum
off by far more than rounding) and a **control** (the same figure rewritten within its rounding, or in
words instead of digits, so that the relation still holds).

For each row the run analyses the mutated article and counts the mutation detected when a contradiction
that the unmodified article does not have names a claim whose span covers the rewritten characters; it
analyses the control article and counts it flagged when any contradiction appears there that the
unmodified article does not have (a contradiction is the same when its check and the places its claims
begin in the unmodified article are). It also
analyses every corpus article unmodified and lists those with a contradiction: a real slip when
docs/checks/found-in-corpus.md lists the article (its printed numbers were read and do disagree), else a
false alarm until someone reads it.

Prints one line per relation, then per family: relations, detected, %; overall; controls flagged;
articles with a contradiction, real slips and false alarms apart. Reads ``../shared/corpus/`` beside the
repository and skips (exit status 0, with a message) when that folder is absent.

    python bench/stated_relations.py [--family total_parts] [--table held_out.toml]
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

from attrs import frozen

import claimcheck

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
SEED = ROOT / "seeds" / "000_3c8424a574b2a25d.txt"
SEED_PUBLISHED = "2025-01-30"
TABLE = Path(__file__).resolve().with_name("stated_relations.toml")
#: The corpus articles read and found to disagree as printed (a real slip the checks should flag).
FOUND_IN_CORPUS = ROOT / "docs" / "checks" / "found-in-corpus.md"

#: The families of stated relations, in the order the summary lists them.
FAMILIES: dict[str, str] = {
    "total_parts": "stated total vs listed parts",
    "percent_sum": "percentages of one enumeration",
    "restatement": "one figure stated twice",
    "change": "change vs its two levels",
    "derived": "derived figures (each x count, rates, p% of X)",
    "sanity": "impossible values",
    "part_whole": "a part and its whole",
}
FIELDS = ("file", "family", "figures", "old", "mutated", "control")


@frozen
class Relation:
    """One relation an article states: where, which family, and the two edits of one of its figures.

    ``old`` is a passage printed exactly once in the article that holds the figure; ``mutated`` replaces
    it so that the relation breaks, ``control`` so that it still holds.
    """

    file: str
    family: str
    figures: str
    old: str
    mutated: str
    control: str


@frozen
class Edit:
    """An article with one passage replaced: the new text and where the rewritten characters lie.

    ``start``/``end`` bound the characters that differ (the common beginning and end of the old and new
    passage left out), in the new text; ``at`` is where the passage begins and ``shift`` how much longer
    the new passage is.
    """

    text: str
    at: int
    old_end: int
    shift: int
    start: int
    end: int

    @classmethod
    def of(cls, text: str, old: str, new: str) -> Edit:
        """``text`` with its one occurrence of ``old`` replaced by ``new``."""
        at = text.index(old)
        prefix = 0
        while prefix < min(len(old), len(new)) and old[prefix] == new[prefix]:
            prefix += 1
        suffix = 0
        while suffix < min(len(old), len(new)) - prefix and old[-1 - suffix] == new[-1 - suffix]:
            suffix += 1
        start, end = at + prefix, at + len(new) - suffix
        return cls(
            text=text[:at] + new + text[at + len(old) :],
            at=at,
            old_end=at + len(old),
            shift=len(new) - len(old),
            start=start,
            end=max(end, start + 1),
        )

    def covers(self, span: claimcheck.Span) -> bool:
        """Whether ``span`` (of the new text) overlaps the rewritten characters."""
        return span.start < self.end and self.start < span.end

    def original(self, position: int) -> int:
        """Where a position of the new text was in the old one (the passage itself maps to its start)."""
        if position >= self.old_end + self.shift:
            return position - self.shift
        return min(position, self.at)

    def unedited(self, position: int) -> int:
        """A position of the old text, with the replaced passage mapped to its start like :meth:`original`."""
        return position if position >= self.old_end else min(position, self.at)


def _article_path(name: str) -> Path:
    return SEED if name == "seed" else CORPUS / name


def _published(name: str) -> str | None:
    # Corpus texts carry no publication date.
    return SEED_PUBLISHED if name == "seed" else None


def _row(table: Path, number: int, row: dict[str, object]) -> Relation:
    """One table row as a Relation, or a ValueError naming the row and what is wrong with it."""
    where = f"{table.name}, relation {number}"
    if sorted(row) != sorted(FIELDS) or not all(isinstance(v, str) for v in row.values()):
        raise ValueError(f"{where}: expected the string fields {', '.join(FIELDS)}, got {sorted(row)}")
    relation = Relation(**{k: str(v) for k, v in row.items()})
    if relation.family not in FAMILIES:
        raise ValueError(f"{where}: expected a family of {sorted(FAMILIES)}, got {relation.family!r}")
    text = _article_path(relation.file).read_text(encoding="utf-8")
    count = text.count(relation.old)
    if count != 1:
        raise ValueError(f"{where}: expected {relation.old!r} once in {relation.file}, found it {count} times")
    if relation.old in (relation.mutated, relation.control):
        raise ValueError(f"{where}: the mutation and the control must rewrite {relation.old!r}")
    return relation


def load(table: Path = TABLE) -> tuple[Relation, ...]:
    """The relations of ``table``, each checked against its article."""
    with table.open("rb") as f:
        rows = tomllib.load(f)["relation"]
    return tuple(_row(table, number, row) for number, row in enumerate(rows, 1))


def _contradictions(report: claimcheck.Report) -> list[claimcheck.Finding]:
    return [f for f in report.findings if f.severity == "contradiction"]


def _key(finding: claimcheck.Finding, report: claimcheck.Report, move: Callable[[int], int]) -> tuple[str, ...]:
    """A contradiction as its check and where its claims begin in the unmodified article."""
    return (finding.check, *(str(move(report.claims[i].quantity.span.start)) for i in finding.claims))


@frozen
class Outcome:
    """What the run found for one relation."""

    relation: Relation
    detected: bool
    extracted: bool
    flagged: tuple[str, ...]


def _new_contradictions(
    edit: Edit, baseline: claimcheck.Report, published: str | None
) -> tuple[claimcheck.Report, list[claimcheck.Finding]]:
    """The report of the edited article and its contradictions that the unmodified article does not have."""
    report = claimcheck.analyze(edit.text, published=published)
    known = {_key(f, baseline, edit.unedited) for f in _contradictions(baseline)}
    return report, [f for f in _contradictions(report) if _key(f, report, edit.original) not in known]


def run(relation: Relation, text: str, baseline: claimcheck.Report) -> Outcome:
    """Analyse the mutated and the control article of ``relation``.

    The mutation counts as detected when a contradiction that the unmodified article does not have names
    a claim covering the rewritten characters; the control counts as flagged on any such new contradiction.
    """
    published = _published(relation.file)
    mutation = Edit.of(text, relation.old, relation.mutated)
    after, found = _new_contradictions(mutation, baseline, published)
    detected = any(any(mutation.covers(after.claims[i].quantity.span) for i in f.claims) for f in found)
    extracted = any(mutation.covers(c.quantity.span) for c in after.claims)
    _, flagged = _new_contradictions(Edit.of(text, relation.old, relation.control), baseline, published)
    return Outcome(relation, detected, extracted, tuple(f.message for f in flagged))


def _line(outcome: Outcome) -> str:
    r = outcome.relation
    if outcome.detected:
        status, why = "DETECTED", ""
    else:
        status = "missed  "
        why = (
            " (no contradiction names the rewritten figure)"
            if outcome.extracted
            else " (rewritten figure not extracted)"
        )
    return f"{status} [{r.family}] {r.file}: {r.figures} | {r.old!r} -> {r.mutated!r}{why}"


def false_alarms() -> dict[str, list[str]]:
    """The contradictions of every unmodified corpus article and the seed, by article."""
    names = ["seed", *(f"{p.parent.name}/{p.name}" for p in sorted(CORPUS.glob("*/*.txt")))]
    out: dict[str, list[str]] = {}
    for name in names:
        report = claimcheck.analyze(_article_path(name).read_text(encoding="utf-8"), published=_published(name))
        found = [f"{f.check}: {f.message}" for f in _contradictions(report)]
        if found:
            out[name] = found
    return out


def listed_slips(page: Path = FOUND_IN_CORPUS) -> frozenset[str]:
    """The articles ``page`` lists as real slips: the paths in backquotes that open its table's rows
    ("| `ru-wikinews/train-83798_text.txt` | …")."""
    if not page.is_file():
        return frozenset()
    lines = page.read_text(encoding="utf-8").splitlines()
    return frozenset(line.split("|")[1].strip().strip("`") for line in lines if line.startswith("| `"))


def summary(
    outcomes: Sequence[Outcome], alarms: dict[str, list[str]], articles: int, slips: frozenset[str] = frozenset()
) -> list[str]:
    """The closing lines: per family, overall, controls flagged, and the unmodified articles with a
    contradiction, those ``slips`` lists as real told apart from the rest (false alarms until read)."""
    total: Counter[str] = Counter(o.relation.family for o in outcomes)
    hit: Counter[str] = Counter(o.relation.family for o in outcomes if o.detected)
    lines = [f"{'family':<12} {'relations':>9} {'detected':>8} {'%':>6}"]
    for family in FAMILIES:
        if total[family]:
            lines.append(f"{family:<12} {total[family]:>9} {hit[family]:>8} {100 * hit[family] / total[family]:>6.1f}")
    n, d = len(outcomes), sum(hit.values())
    lines.append(f"{'overall':<12} {n:>9} {d:>8} {100 * d / n if n else 0:>6.1f}")
    files = {o.relation.file for o in outcomes}
    flagged = [o for o in outcomes if o.flagged]
    lines.append(f"controls flagged: {len(flagged)}/{n}")
    lines.extend(
        f"  CONTROL FLAGGED {o.relation.file}: {o.relation.old!r} -> {o.relation.control!r}: {m}"
        for o in flagged
        for m in o.flagged
    )
    in_bench = sorted(set(alarms) & files)
    unlisted = {name: found for name, found in alarms.items() if name not in slips}
    lines.append(
        f"articles with a contradiction: {len(alarms)}/{articles} unmodified corpus articles and seed "
        f"({len(in_bench)}/{len(files)} of this benchmark's articles); "
        f"{len(alarms) - len(unlisted)} real slips listed in docs/checks/found-in-corpus.md, "
        f"false-alarm articles (not listed): {len(unlisted)}/{articles}"
    )
    lines.extend(f"  REAL SLIP {name}: {m}" for name, found in alarms.items() if name in slips for m in found)
    lines.extend(f"  FALSE ALARM? {name}: {m}" for name, found in unlisted.items() for m in found)
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--family", choices=sorted(FAMILIES), help="only the relations of this family")
    parser.add_argument(
        "--table", type=Path, default=TABLE, help="a table of relations in the same form (a held-out set, say)"
    )
    args = parser.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"skipped: no corpus at {CORPUS} (this benchmark reads the team's shared folder beside the repository)")
        return 0
    relations = [r for r in load(args.table) if args.family in (None, r.family)]
    texts = {r.file: _article_path(r.file).read_text(encoding="utf-8") for r in relations}
    baselines = {name: claimcheck.analyze(text, published=_published(name)) for name, text in texts.items()}
    outcomes = [run(r, texts[r.file], baselines[r.file]) for r in relations]
    for outcome in outcomes:
        print(_line(outcome))
    alarms = false_alarms()
    print()
    print(f"stated relations: {len(relations)} in {len(texts)} articles, each read in its article")
    for line in summary(outcomes, alarms, 1 + len(list(CORPUS.glob("*/*.txt"))), listed_slips()):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
