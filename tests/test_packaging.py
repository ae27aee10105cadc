"""Packaging: the licence file matches pyproject.toml, the changelog and the package agree on the version."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

import pytest

import claimcheck

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def project() -> dict[str, Any]:
    with (ROOT / "pyproject.toml").open("rb") as f:
        return dict(tomllib.load(f)["project"])


def test_license_file_is_the_declared_license(project: dict[str, Any]) -> None:
    """pyproject.toml declares MIT and ships LICENSE, which is the MIT text for the claimcheck authors."""
    assert project["license"] == "MIT" and project["license-files"] == ["LICENSE"]
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License\n\nCopyright (c) 2026 The claimcheck authors\n")
    assert "Permission is hereby granted, free of charge" in text


def test_changelog_has_a_dated_section_for_this_version(project: dict[str, Any]) -> None:
    """CHANGELOG.md opens with a dated section for the version pyproject.toml declares."""
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    sections = re.findall(r"^## \[(\d+\.\d+\.\d+)\] - (\d{4}-\d{2}-\d{2})$", text, flags=re.MULTILINE)
    assert sections and sections[0][0] == project["version"]
    assert [v for v, _ in sections][-1] == "0.1.0"


def test_package_version_is_the_project_version(project: dict[str, Any]) -> None:
    """claimcheck.__version__ is the version pyproject.toml declares."""
    assert claimcheck.__version__ == project["version"]
