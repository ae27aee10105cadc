"""The tokens of a sentence as the quantity finder reads them: numbers in digits, words, symbols,
dashes and other marks, each with its offsets into the text.
"""

from __future__ import annotations

import functools
import operator
import re
from collections.abc import Sequence
from typing import Final, Literal, NamedTuple

from claimcheck.numbers import DIGITS_RE, analysable

__all__ = ["Token", "TokenKind", "prev_word", "token_from", "tokenize"]

_SYMBOLS: Final = "$€₽₸¥£₴%°№"
# A letter of a word every character of which is analysable (has a Unicode name): ASCII letters and
# digits, "_", and the Cyrillic letters (U+0482..U+0489 are a sign and combining marks, not letters).
_PLAIN: Final = r"[0-9A-Za-z_\u0400-\u0481\u048a-\u04ff]"
# A plain letter: a plain character that is no digit (no number can start at one).
_LETTER: Final = r"[A-Za-z_\u0400-\u0481\u048a-\u04ff]"
# A token: a plain word (it starts with a letter: tried first, as most tokens are words and no number
# can start there), a number in digits, a word (\w+ with inner hyphens) that starts with a digit or is
# not plain (to be checked); a symbol, a dash, any other punctuation mark. The groups tell every token's
# kind, so that tokens are made without a Python step per token.
_TOKEN_RE: Final = re.compile(
    r"(?P<word>" + _LETTER + _PLAIN + r"*(?:[-‐]" + _PLAIN + r"+)*(?!\w|[-‐]\w))"
    + "|(?P<num>" + DIGITS_RE.pattern + ")"
    + r"|(?P<digit_word>\d\w*(?:[-‐]\w+)*)"
    + r"|(?P<other_word>\w+(?:[-‐]\w+)*)"
    + r"|(?P<sym>[" + re.escape(_SYMBOLS) + r"])|(?P<dash>[–—‒-])|(?P<punct>[^\s\w])"
)
_KIND_OF_GROUP: Final = {
    "num": "num", "digit_word": "num", "word": "word", "other_word": "other_word",
    "sym": "sym", "dash": "dash", "punct": "punct",
}
_LAST_GROUP: Final = operator.attrgetter("lastgroup")


#: What a token is: a number in digits, a word, a symbol, a dash, another punctuation mark, or a word with
#: a character the morphological analyser cannot take ("other").
TokenKind = Literal["num", "word", "sym", "dash", "punct", "other"]


class Token(NamedTuple):
    """One token of a sentence: a number in digits, a word, a symbol or a dash (a named tuple: made by
    the hundred thousand, so made cheaply)."""

    start: int
    end: int
    text: str
    kind: TokenKind

    @property
    def lower(self) -> str:
        return self.text.lower()


# Makes a Token of a (start, end, text, kind) tuple at C speed (a named tuple's constructor is Python code).
_make_token = functools.partial(tuple.__new__, Token)


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``.

    A word that starts with a digit is a "num" token too (digits the number pattern does not take, as
    the "6" of "1.5.6"); a word with a character pymorphy3 cannot look up is "other".

    >>> [(t.text, t.kind) for t in tokenize("На 5% (1.5.6) — рост")]
    [('На', 'word'), ('5', 'num'), ('%', 'sym'), ('(', 'punct'), ('1.5', 'num'), ('.', 'punct'),
     ('6', 'num'), (')', 'punct'), ('—', 'dash'), ('рост', 'word')]
    """
    found = list(_TOKEN_RE.finditer(text, start, len(text) if end is None else end))
    kinds = list(map(_KIND_OF_GROUP.__getitem__, map(_LAST_GROUP, found)))
    texts = list(map(re.Match.group, found))
    if "other_word" in kinds:  # words with letters beyond ASCII and Cyrillic, checked one by one
        for i, kind in enumerate(kinds):
            if kind == "other_word":
                t = texts[i]
                kinds[i] = "num" if t[0].isdigit() else "word" if analysable(t) else "other"
    spans = zip(map(re.Match.start, found), map(re.Match.end, found), texts, kinds, strict=True)
    return list(map(_make_token, spans))


def prev_word(toks: Sequence[Token], i: int) -> str:
    """The word before token ``i``, lower-cased; "" when a number or a mark stands there."""
    return toks[i - 1].lower if i > 0 and toks[i - 1].kind == "word" else ""


def token_from(toks: Sequence[Token], k: int, pos: int) -> int:
    """The index of the first token from ``k`` on that starts at or after offset ``pos``."""
    while k < len(toks) and toks[k].start < pos:
        k += 1
    return k
