"""Shared fixtures: the seed article, and the read-only ../shared folder when it is there."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED = SEEDS / "000_3c8424a574b2a25d.txt"
SEED_PUBLISHED = "2025-01-30"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def shared() -> Path:
    """The ../shared folder beside the checkout; tests that need it skip in a user's clone."""
    if not (SHARED / "corpus").is_dir():
        pytest.skip(f"../shared is absent ({SHARED}): corpus and gold set tests need the team's shared folder")
    return SHARED
