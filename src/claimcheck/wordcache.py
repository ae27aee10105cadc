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
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

__all__ = ["per_lexicon", "remember"]

R = TypeVar("R")
L = TypeVar("L")
K = TypeVar("K", bound=Hashable)


def remember(answers: dict[K, R], key: K, maxsize: int, make: Callable[[], R]) -> R:
    """``make()``, kept in ``answers`` under ``key``; the table is emptied first when it holds ``maxsize``
    answers (each is cheap to make again). For a cache asked mostly for what it holds, the caller looks
    the key up first and calls this on a miss only."""
    if len(answers) >= maxsize:
        answers.clear()
    value = answers[key] = make()
    return value


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
                return remember(answers, word, maxsize, functools.partial(fn, word, lex))

        return cached

    return decorate
