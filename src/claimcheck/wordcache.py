"""A cache for answers about one word form under one lexicon: ``f(word, lex)``.

``functools.lru_cache`` keys such a call by the tuple ``(word, lex)``; a tuple that holds the lexicon is
an object the garbage collector must walk, and tens of thousands of word forms made that a noticeable
share of the run time. This cache keeps one plain dict of word -> answer per lexicon instead, bounded
by clearing it when it is full (the answers are cheap to recompute).

>>> calls = []
>>> @per_lexicon(maxsize=2)
... def shout(word: str, lex: object) -> str:
...     calls.append(word)
...     return word.upper()
>>> lex = object()
>>> shout("да", lex), shout("да", lex), calls
('ДА', 'ДА', ['да'])
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ["per_lexicon"]

R = TypeVar("R")
L = TypeVar("L")


def per_lexicon(maxsize: int) -> Callable[[Callable[[str, L], R]], Callable[[str, L], R]]:
    """Decorate ``f(word, lex)`` with a cache of at most ``maxsize`` words per lexicon."""

    def decorate(fn: Callable[[str, L], R]) -> Callable[[str, L], R]:
        # id(lex) -> (lex, answers); holding the lexicon keeps its id from being reused.
        tables: dict[int, tuple[Any, dict[str, R]]] = {}
        last: list[tuple[Any, dict[str, R]]] = [(None, {})]  # the table used last, looked at first

        @functools.wraps(fn)
        def cached(word: str, lex: L) -> R:
            entry = last[0]
            if entry[0] is not lex:
                found = tables.get(id(lex))
                if found is None or found[0] is not lex:
                    found = tables[id(lex)] = (lex, {})
                entry = last[0] = found
            answers = entry[1]
            try:
                return answers[word]
            except KeyError:
                pass
            if len(answers) >= maxsize:
                answers.clear()
            value = answers[word] = fn(word, lex)
            return value

        return cached

    return decorate
