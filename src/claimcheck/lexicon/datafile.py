"""One TOML data file of ``claimcheck/lang/<language>/``, read through helpers that validate as they
read: a bad entry raises :class:`~claimcheck.errors.LexiconError` naming the file and the entry."""

from __future__ import annotations

import re
import tomllib
from decimal import Decimal, InvalidOperation
from importlib import resources
from typing import Any, TypeGuard

from claimcheck.errors import LexiconError


class DataFile:
    """One TOML data file of ``claimcheck/lang/<language>/`` with helpers that validate as they read."""

    def __init__(self, language: str, name: str) -> None:
        self.path = f"claimcheck/lang/{language}/{name}"
        try:
            raw = resources.files("claimcheck.lang").joinpath(language, name).read_text(encoding="utf-8")
            self.data: dict[str, Any] = tomllib.loads(raw)
        except FileNotFoundError as exc:
            raise LexiconError(self.path, "-", "file is missing") from exc
        except tomllib.TOMLDecodeError as exc:
            raise LexiconError(self.path, "-", f"not valid TOML: {exc}") from exc

    def table(self, key: str) -> dict[str, Any]:
        value = self.data
        for part in key.split("."):
            if not isinstance(value, dict) or part not in value:
                raise LexiconError(self.path, key, "table is missing")
            value = value[part]
        if not isinstance(value, dict):
            raise LexiconError(self.path, key, f"expected a table, got {type(value).__name__}")
        return value

    def decimals(self, key: str) -> dict[str, Decimal]:
        out: dict[str, Decimal] = {}
        for word, value in self.table(key).items():
            try:
                out[word.lower()] = Decimal(str(value))
            except InvalidOperation as exc:
                raise LexiconError(self.path, f"{key}.{word}", f"expected a decimal, got {value!r}") from exc
        return out

    def ints(self, key: str) -> dict[str, int]:
        out: dict[str, int] = {}
        for word, value in self.table(key).items():
            if not isinstance(value, int):
                raise LexiconError(self.path, f"{key}.{word}", f"expected an integer, got {value!r}")
            out[word] = value
        return out

    def codes(self, key: str, *, lower: bool = True) -> dict[str, str]:
        out: dict[str, str] = {}
        for word, value in self.table(key).items():
            if not isinstance(value, str) or not value:
                raise LexiconError(self.path, f"{key}.{word}", f"expected a unit code, got {value!r}")
            out[word.lower() if lower else word] = value
        return out

    def word(self, key: str, field: str) -> str:
        value = self.table(key).get(field)
        if not isinstance(value, str) or not value.strip():
            raise LexiconError(self.path, f"{key}.{field}", f"expected a non-empty string, got {value!r}")
        return value.lower()

    def pattern(self, key: str, field: str) -> re.Pattern[str]:
        """A regular expression, compiled; one that does not compile is a bad entry."""
        value = self.table(key).get(field)
        if not isinstance(value, str) or not value:
            raise LexiconError(self.path, f"{key}.{field}", f"expected a regular expression, got {value!r}")
        try:
            return re.compile(value)
        except re.error as exc:
            raise LexiconError(self.path, f"{key}.{field}", f"not a valid regular expression: {exc}") from exc

    def marks(self, key: str, field: str) -> str:
        """A list of marks, each one character, as one str."""
        value = self.table(key).get(field)
        if not _single_characters(value):
            raise LexiconError(self.path, f"{key}.{field}", f"expected a list of single characters, got {value!r}")
        return "".join(value)

    def mark_pairs(self, key: str, field: str) -> tuple[tuple[str, str], ...]:
        """A list of [opening, closing] pairs of marks, each one character."""
        entry = f"{key}.{field}"
        value = self.table(key).get(field)
        if not isinstance(value, list) or not value:
            raise LexiconError(self.path, entry, f"expected a list of [opening, closing] pairs, got {value!r}")
        for i, pair in enumerate(value):
            if not _single_characters(pair) or len(pair) != 2:
                raise LexiconError(self.path, f"{entry}[{i}]", f"expected [opening, closing] marks, got {pair!r}")
        return tuple((a, b) for a, b in value)

    def words(self, key: str, field: str, *, lower: bool = True) -> tuple[str, ...]:
        value = self.table(key).get(field)
        if not isinstance(value, list) or not all(isinstance(w, str) and w.strip() for w in value):
            raise LexiconError(self.path, f"{key}.{field}", "expected a list of non-empty strings")
        return tuple(w.lower() if lower else w for w in value)

    def word_set(self, key: str, field: str, *, lower: bool = True) -> frozenset[str]:
        """:meth:`words` as a set, for lookups."""
        return frozenset(self.words(key, field, lower=lower))

    def longest_first(self, key: str, field: str) -> tuple[str, ...]:
        """:meth:`words`, longest first, so that a phrase is tried before a shorter one it starts with."""
        return tuple(sorted(self.words(key, field), key=len, reverse=True))


def _single_characters(value: object) -> TypeGuard[list[str]]:
    """``value`` is a non-empty list of one-character strings."""
    return isinstance(value, list) and bool(value) and all(isinstance(m, str) and len(m) == 1 for m in value)
