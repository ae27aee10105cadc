"""analysis.prepare(): every table derived from the lexicon is built before the first text."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_3c8424a574b2a25d.txt"

# Run in a fresh process: there every cache is empty, whatever other tests have analysed before.
_SCRIPT = """
import importlib, json, sys
from claimcheck import analysis
from claimcheck.periods import grammar
from claimcheck.lexicon import load

MODULES = (
    "claimcheck.morph", "claimcheck.numbers", "claimcheck.quantities.numerals", "claimcheck.quantities.units",
    "claimcheck.quantities.kinds", "claimcheck.quotes.marks", "claimcheck.quotes.cues", "claimcheck.quotes.sources",
    "claimcheck.speakers.declension",
    "claimcheck.claims", "claimcheck.checks.subjects",
)
# The module-level caches that hold lexicon-wide tables rather than answers per word form: those
# without a bound (functools.cache) or with a handful of entries (one per lemma list).
tables = {}
for name in MODULES:
    for attr, fn in vars(importlib.import_module(name)).items():
        params = getattr(fn, "cache_parameters", None)
        if params is not None and getattr(fn, "__module__", None) == name:
            size = params()["maxsize"]
            if size is None or size <= 64:
                tables[f"{name}.{attr}"] = fn
lex = analysis.prepare(load())
before = {name: fn.cache_info().misses for name, fn in tables.items()}
grammars = len(grammar._GRAMMARS)
for text in json.loads(sys.stdin.read()):
    analysis.build_report(text, None, lex)
after = {name: fn.cache_info().misses for name, fn in tables.items()}
print(json.dumps({
    "tables": sorted(tables),
    "missed": sorted(name for name in tables if after[name] != before[name]),
    "grammars": [grammars, len(grammar._GRAMMARS)],
}))
"""


def test_prepare_leaves_no_table_for_the_first_text_to_build() -> None:
    """In a fresh process, after prepare(), analysing the seed and texts that reach every stage builds no
    lexicon table: each table cache misses no more than it had."""
    texts = [
        SEED.read_text(encoding="utf-8"),
        "«Мы выросли на 5%», — заявил глава компании Иван Петров, называя это «успехом».",
        "По данным Росстата, в первом квартале 2024 года экспорт составил около трёх млрд долларов, "
        "из них 40% пришлось на нефть.",
    ]
    run = subprocess.run(
        [sys.executable, "-c", _SCRIPT], input=json.dumps(texts), capture_output=True, text=True, check=True
    )
    result = json.loads(run.stdout)
    assert {"claimcheck.morph._word_forms", "claimcheck.quotes.cues.cue_forms"} <= set(result["tables"])
    assert result["missed"] == []
    assert result["grammars"] == [1, 1]
