"""Injected inconsistencies on relations that articles state, chosen by reading them (not by the checks).

bench/mutations.py mutates the relations the checks themselves find, which can only measure precision
of what is already linked. This benchmark starts from the other end: a list of part/whole relations
that real corpus articles (and the seed) state in words — "14 гроссмейстеров, из них 6 …", "180
военнослужащих, в том числе 40 морских пехотинцев", "19 из последних 24 праймериз" — each checked by a
person. For each, the part's figure is multiplied by ten in the text so that it exceeds its whole, and
the run counts it detected when analyze() reports a contradiction naming the mutated figure. It also
runs every article unmodified and counts contradictions there (false alarms on these articles).

Prints the detection rate and the false alarms; reads ../shared/corpus/ beside the repository.

    python bench/stated_relations.py
"""

from __future__ import annotations

import re
import sys
from decimal import Decimal
from pathlib import Path

import claimcheck

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
SEED = ROOT / "seeds" / "000_3c8424a574b2a25d.txt"

# (file under ../shared/corpus or "seed", the whole as written, the part as written, the part's figure
# as written and what replaces it). Every row was read in its article: the part is stated as a part
# of the whole.
RELATIONS: list[tuple[str, str, str, str, str]] = [
    ("seed", "$24,2 млрд", "более $3,2 млрд", "$3,2 млрд", "$32 млрд"),
    ("factrueval-dev/book_483.txt", "14 гроссмейстеров", "из них 6", "из них 6", "из них 60"),
    ("ru-wikinews/dev-405682_text.txt", "13 побед", "11 нокаутом", "11 нокаутом", "110 нокаутом"),
    ("ru-wikinews/train-102645_text.txt", "70 тысяч иностранных наемников", "5-7 тысяч", "5-7 тысяч",
     "500-700 тысяч"),
    ("ru-wikinews/train-103130_text.txt", "71,6\u00a0млн человек", "21,4 млн", "21,4 млн", "214 млн"),
    ("ru-wikinews/train-112814_text.txt", "четыре комнаты", "две из которых", "две из которых",
     "двадцать из которых"),
    ("ru-wikinews/train-116336_text.txt", "60 женщин", "45 из них", "45 из них", "450 из них"),
    ("ru-wikinews/train-120242_text.txt", "12 человек", "десять женщин", "десять женщин", "сто женщин"),
    ("ru-wikinews/train-151219_text.txt", "180 военнослужащих", "40 морских пехотинцев",
     "40 морских пехотинцев", "400 морских пехотинцев"),
    ("ru-wikinews/train-16642_text.txt", "29 комитетов", "15 из них", "15 из них", "150 из них"),
    ("ru-wikinews/train-19968_text.txt", "100 тысяч человек", "две тысячи венесуэльцев",
     "две тысячи венесуэльцев", "двести тысяч венесуэльцев"),
    ("ru-wikinews/train-2329_text.txt", "четыре кандидата", "одна женщина", "среди них одна женщина",
     "среди них десять женщин"),
    ("ru-wikinews/train-26038_text.txt", "28 человек", "пять полицейских", "пять полицейских",
     "пятьдесят полицейских"),
    ("ru-wikinews/train-26402_text.txt", "трое детей", "двое из которых", "двое из которых",
     "двадцать из которых"),
    ("ru-wikinews/train-40579_text.txt", "900 человек", "более 100 военнослужащих", "более 100 военнослужащих",
     "более 1000 военнослужащих"),
    ("ru-wikinews/dev-549180_text.txt", "24 праймериз", "19 из последних", "19 из последних",
     "190 из последних"),
    ("ru-wikinews/train-23713_text.txt", "20 поданных номинаций", "11 из них", "лишь 11 из них",
     "лишь 110 из них"),
]


def _text(name: str) -> str:
    path = SEED if name == "seed" else CORPUS / name
    return path.read_text(encoding="utf-8")


def _published(name: str) -> str | None:
    return "2025-01-30" if name == "seed" else None


def main() -> int:
    if not CORPUS.is_dir():
        print(f"no corpus at {CORPUS}: this benchmark needs the team's shared folder", file=sys.stderr)
        return 2
    detected = 0
    false_alarms: list[str] = []
    articles = sorted({name for name, *_ in RELATIONS})
    for name in articles:
        report = claimcheck.analyze(_text(name), published=_published(name))
        for f in report.findings:
            if f.severity == "contradiction":
                false_alarms.append(f"{name}: {f.message}")
    for name, whole, part, old, new in RELATIONS:
        text = _text(name)
        if old not in text or whole not in text:
            print(f"MISSING {name}: {old!r} or {whole!r} not in the text")
            continue
        at = text.index(old)
        mutated = text[:at] + new + text[at + len(old) :]
        report = claimcheck.analyze(mutated, published=_published(name))
        figure = re.sub(r"\D", "", new) or new
        end = at + len(new)

        def mutated_claim(i: int, report: claimcheck.Report = report, at: int = at, end: int = end) -> bool:
            span = report.claims[i].quantity.span
            return span.start < end and at < span.end

        hit = [f for f in report.findings if f.severity == "contradiction" and any(map(mutated_claim, f.claims))]
        linked = any(
            c.whole is not None and mutated_claim(i) for i, c in enumerate(report.claims)
        )
        status = "DETECTED" if hit else "missed  "
        why = "" if hit else (" (linked, no contradiction)" if linked else " (relation not recognised)")
        print(f"{status} {name}: {part!r} of {whole!r} -> {new!r} [{figure}]{why}")
        detected += bool(hit)
    total = len(RELATIONS)
    print()
    print(f"stated relations: {total} in {len(articles)} articles (read by a person)")
    print(f"injected inconsistencies detected: {detected}/{total} ({100 * Decimal(detected) / total:.1f}%)")
    print(f"contradictions on the unmodified articles: {len(false_alarms)}")
    for line in false_alarms:
        print("  FALSE ALARM?", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
