"""Every public module imports cleanly in a fresh interpreter, whatever was imported before it.

Tests and doc examples run with Hypothesis already imported, which hides import cycles through the
``hypothesis`` entry point; each statement here runs in its own new process instead.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest


def _public_modules() -> list[str]:
    """claimcheck and its submodules whose names do not start with an underscore, found without importing them."""
    spec = importlib.util.find_spec("claimcheck")
    assert spec is not None and spec.submodule_search_locations
    root = Path(next(iter(spec.submodule_search_locations)))
    names = ["claimcheck"]
    for path in sorted(root.rglob("*.py")):
        parts = path.relative_to(root).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        if parts and not any(part.startswith("_") for part in parts):
            names.append(".".join(("claimcheck", *parts)))
    return names


STATEMENTS = [
    *(f"import {name}" for name in _public_modules()),
    "from claimcheck.strategies import articles, amounts, periods, quotes",
    "import claimcheck; import hypothesis",
    "import hypothesis; import claimcheck",
    "import claimcheck.strategies; from hypothesis import find, strategies as st; import claimcheck; "
    "find(st.from_type(claimcheck.Interval), bool)",
    "from hypothesis import find, strategies as st; import claimcheck; find(st.from_type(claimcheck.Period), bool)",
    # the entry point, loaded the way Hypothesis loads it but before Hypothesis itself
    "import importlib.metadata as m; [e.load()() for e in m.entry_points(group='hypothesis', name='claimcheck')]",
]


@pytest.fixture(scope="module")
def runs() -> Iterator[dict[str, subprocess.Popen[str]]]:
    """All statements started at once, each in a new interpreter with Hypothesis plugins enabled."""
    env = {k: v for k, v in os.environ.items() if k != "HYPOTHESIS_NO_PLUGINS"}
    started = {
        s: subprocess.Popen(
            [sys.executable, "-c", s], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
        )
        for s in STATEMENTS
    }
    yield started
    for process in started.values():
        if process.poll() is None:
            process.kill()
            process.wait()


def test_every_module_is_listed() -> None:
    """The module list is read from the source tree and holds the strategies and the checks."""
    assert {"claimcheck", "claimcheck.strategies", "claimcheck.checks", "claimcheck.checks.share"} <= set(
        _public_modules()
    )


@pytest.mark.parametrize("statement", STATEMENTS, ids=STATEMENTS)
def test_fresh_import(runs: dict[str, subprocess.Popen[str]], statement: str) -> None:
    """The statement exits 0 with nothing on stderr in a fresh interpreter."""
    _out, err = runs[statement].communicate(timeout=120)
    assert (runs[statement].returncode, err) == (0, "")
