"""The language data loader: the punctuation table is read as data and checked at load time."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from claimcheck.errors import LexiconError
from claimcheck.lexicon import DataFile, entries, load


def test_punctuation_holds_the_marks_of_russian_typography() -> None:
    """The quotation pairs, dashes and bullets are read from lang/ru/punctuation.toml."""
    p = load().punctuation
    assert p.pairs[0] == ("«", "»")
    assert p.primary == ("«", "»")
    assert (p.dashes, p.hyphens, p.bullets) == ("—–", "-", "-–—•*")
    assert p.main_marks == "«»\""


def _set(data: dict[str, Any], entry: str, value: object) -> None:
    *tables, key = entry.split(".")
    for name in tables:
        data = data[name]
    data[key] = value


@pytest.mark.parametrize(
    ("entry", "value", "named"),
    [
        ("quotes.pairs", [["«", "»"], ["„"]], "quotes.pairs[1]"),
        ("quotes.pairs", "«»", "quotes.pairs"),
        ("quotes.main", [["«", "»"], ["<", ">"]], "quotes.main[1]"),
        ("quotes.primary", ["«"], "quotes.primary"),
        ("quotes.primary", ["<", ">"], "quotes.primary"),
        ("quotes.mixed", ["«", "»"], "quotes.mixed"),
        ("quotes.stray_closers", ["«"], "quotes.stray_closers"),
        ("dashes.dashes", ["—", " - "], "dashes.dashes"),
        ("lists.bullets", [], "lists.bullets"),
        ("sentences.ends", None, "sentences.ends"),
    ],
)
def test_a_malformed_punctuation_entry_is_named(entry: str, value: object, named: str) -> None:
    """A bad entry of the punctuation table raises LexiconError naming the file and the entry."""
    f = DataFile("ru", "punctuation.toml")
    f.data = copy.deepcopy(f.data)
    _set(f.data, entry, value)
    with pytest.raises(LexiconError) as raised:
        entries.read_punctuation(f)
    assert (raised.value.path, raised.value.entry) == ("claimcheck/lang/ru/punctuation.toml", named)
