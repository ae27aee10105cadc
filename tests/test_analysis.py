"""analysis.prepare(): every table derived from the lexicon is built before the first text."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from claimcheck import analysis, periods
from claimcheck.lexicon import load

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_3c8424a574b2a25d.txt"

_MODULES = (
    "claimcheck.morph",
    "claimcheck.numbers",
    "claimcheck.quantities",
    "claimcheck.quotes",
    "claimcheck.speakers",
    "claimcheck.periods",
    "claimcheck.claims",
    "claimcheck.checks.subjects",
)


def _lexicon_tables() -> Iterator[tuple[str, Callable[..., Any]]]:
    """The module-level caches that hold lexicon-wide tables rather than answers per word form: those
    without a bound (functools.cache) or with a handful of entries (one per lemma list)."""
    for name in _MODULES:
        module = importlib.import_module(name)
        for attr, fn in vars(module).items():
            params = getattr(fn, "cache_parameters", None)
            if params is None or getattr(fn, "__module__", None) != name:
                continue
            size = params()["maxsize"]
            if size is None or size <= 64:
                yield f"{name}.{attr}", fn


def test_prepare_leaves_no_table_for_the_first_text_to_build() -> None:
    """After prepare(), analysing the seed and texts touching every stage misses no table cache."""
    tables = dict(_lexicon_tables())
    assert "claimcheck.morph._word_forms" in tables and "claimcheck.quotes._cue_forms" in tables
    for fn in tables.values():
        fn.cache_clear()  # type: ignore[attr-defined]
    periods._GRAMMARS.clear()
    analysis.prepare.cache_clear()
    lex = analysis.prepare(load())
    misses = {name: fn.cache_info().misses for name, fn in tables.items()}  # type: ignore[attr-defined]
    grammars = len(periods._GRAMMARS)
    texts = [
        SEED.read_text(encoding="utf-8"),
        "«Мы выросли на 5%», — заявил глава компании Иван Петров, называя это «успехом».",
        "По данным Росстата, в первом квартале 2024 года экспорт составил около трёх млрд долларов, "
        "из них 40% пришлось на нефть.",
    ]
    for text in texts:
        analysis.build_report(text, None, lex)
    after = {name: fn.cache_info().misses for name, fn in tables.items()}  # type: ignore[attr-defined]
    assert after == misses
    assert len(periods._GRAMMARS) == grammars == 1
