"""When two names are one person ("Бектенов" and "Олжас Бектенов"), and the people a resolver keeps."""

from __future__ import annotations

import functools
import re

from attrs import frozen

from claimcheck import morph

_WORD_RE = re.compile(r"\w+")


@frozen
class Person:
    """A person the resolver knows of: named at ``position`` (a character offset) by ``name``."""

    position: int
    name: str
    gender: str | None
    role: str | None
    subject: bool  # the name stands in the nominative (likely a sentence's subject)


def gender_of_name(name: str) -> str | None:
    """The gender of a name, by its first word or else its last ("masc", "femn", "plur" or None)."""
    parts = name.split()
    if not parts:
        return None
    return morph.gender_of(parts[0]) or morph.gender_of(parts[-1])


@functools.lru_cache(maxsize=20_000)
def name_stems(name: str) -> tuple[str, ...]:
    """The stems (first five letters, normalised) of the words of a name, one-letter initials left out."""
    return tuple(morph.normalize(w)[:5] for w in _WORD_RE.findall(name) if len(w) > 1)


def stem_key(stem: str) -> str:
    """Stems that can match (see :func:`same_person`) share this key: their first four letters."""
    return stem[:4]


def _stem_match(a: str, b: str) -> bool:
    """Two word stems agree when one is a prefix of the other and they share four letters or more."""
    short = min(len(a), len(b))
    return (short >= 4 and a[:short] == b[:short]) or a == b


def same_person(short: str, long: str) -> bool:
    """Every word stem of the shorter name is among the longer's ("Бектенов" ~ "Олжас Бектенов")."""
    a, b = name_stems(short), name_stems(long)
    if not a or not b:
        return False
    if len(a) > len(b):
        a, b = b, a
    return all(any(_stem_match(s, t) for t in b) for s in a)
