"""The benchmark of stated relations: its edits locate the rewritten figure, and its table matches the corpus."""

from __future__ import annotations

from pathlib import Path

import pytest
from bench.stated_relations import FAMILIES, Edit, listed_slips, load, summary

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


def test_listed_slips_are_told_apart_from_false_alarms(tmp_path: Path) -> None:
    """An article the found-in-corpus page lists is a real slip in the summary; any other is a false
    alarm until read."""
    page = tmp_path / "found.md"
    page.write_text(
        "| file | figures | arithmetic |\n|---|---|---|\n| `ru-wikinews/a.txt` | 86 лет | 85 |\n", encoding="utf-8"
    )
    slips = listed_slips(page)
    assert slips == {"ru-wikinews/a.txt"}
    alarms = {"ru-wikinews/a.txt": ["ages: 86 vs 85"], "ru-wikinews/b.txt": ["sum: 3 vs 4"]}
    lines = summary([], alarms, 10, slips)
    assert "real slips listed in docs/checks/found-in-corpus.md" in lines[-3]
    assert lines[-3].endswith("false-alarm articles (not listed): 1/10")
    assert lines[-2] == "  REAL SLIP ru-wikinews/a.txt: ages: 86 vs 85"
    assert lines[-1] == "  FALSE ALARM? ru-wikinews/b.txt: sum: 3 vs 4"
    assert listed_slips(tmp_path / "missing.md") == frozenset()
