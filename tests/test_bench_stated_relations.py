"""The benchmark of stated relations: its edits locate the rewritten figure, and its table matches the corpus."""

from __future__ import annotations

from pathlib import Path

import pytest
from bench.stated_relations import FAMILIES, Edit, load

TEXT = "Всего 14 гроссмейстеров, из них 6 из первой десятки."


@pytest.mark.parametrize(
    ("old", "new", "rewritten"),
    [
        ("из них 6", "из них 60", "0"),
        ("из них 6", "из них шесть", "шесть"),
        ("14 гроссмейстеров", "41 гроссмейстер", "41 гроссмейстер"),
        # A deletion rewrites no character: the one after it stands for it.
        ("14 гроссмейстеров", "4 гроссмейстеров", "4"),
    ],
)
def test_edit_bounds_the_rewritten_characters(old: str, new: str, rewritten: str) -> None:
    """The characters an edit changes are those between the passage's common beginning and end."""
    edit = Edit.of(TEXT, old, new)
    assert edit.text == TEXT.replace(old, new)
    assert edit.text[edit.start : edit.end] == rewritten


def test_edit_maps_positions_back() -> None:
    """A position after the passage moves back by the passage's growth; one inside maps to its start."""
    edit = Edit.of(TEXT, "из них 6", "из них 60")
    after = TEXT.index("первой")
    assert edit.original(after + 1) == after
    assert edit.original(edit.at + 3) == edit.at
    assert edit.unedited(after) == after
    assert edit.original(0) == edit.unedited(0) == 0


def test_table_rows_hold_in_their_articles(shared: Path) -> None:
    """Every row names a family and a passage printed once in its article (load() checks both)."""
    relations = load()
    assert {r.family for r in relations} == set(FAMILIES)
    assert len(relations) >= 120
