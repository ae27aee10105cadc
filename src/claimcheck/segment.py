"""Sentences and words with their offsets.

Paragraphs are split on newlines first and then into sentences by razdel (made for Russian): razdel
alone glues "…$18,6 млрд.\\n«Благодаря…" into one sentence. Words keep hyphenated compounds whole
("Касым-Жомартом", "пресс-служба", "торгово-экономического").

>>> text = "Он пришёл. Она ушла.\\nНовый абзац"
>>> [text[s.start:s.end] for s in sentences(text)]
['Он пришёл.', 'Она ушла.', 'Новый абзац']
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from attrs import frozen

__all__ = ["WORD_RE", "Sentence", "Word", "paragraphs", "sentences", "words"]

#: A word: letters or digits, with inner hyphens kept ("пресс-служба", "Ту-154").
WORD_RE = re.compile(r"\w+(?:[-‐]\w+)*")

_LINE_RE = re.compile(r"[^\n]+")

# razdel is linear on ordinary text, but a paragraph of hundreds of kilobytes without any line break
# is not prose; it is cut into pieces of this size at the last space so that no step is unbounded.
_MAX_PARAGRAPH = 20_000


@frozen
class Sentence:
    """``text[start:end]`` is one sentence; ``paragraph`` counts paragraphs from 0."""

    start: int
    end: int
    paragraph: int


@frozen
class Word:
    """``text[start:end]`` is one word."""

    start: int
    end: int
    text: str


def paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each non-blank line, stripped of surrounding white space."""
    for m in _LINE_RE.finditer(text):
        start, end = m.start(), m.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            yield start, end


def _chunks(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while end - start > _MAX_PARAGRAPH:
        cut = text.rfind(" ", start + _MAX_PARAGRAPH // 2, start + _MAX_PARAGRAPH)
        if cut <= start:
            cut = start + _MAX_PARAGRAPH
        yield start, cut
        start = cut
    yield start, end


def sentences(text: str) -> list[Sentence]:
    """Every sentence of ``text`` in order, never crossing a line break."""
    from razdel import sentenize

    out: list[Sentence] = []
    for number, (p_start, p_end) in enumerate(paragraphs(text)):
        for c_start, c_end in _chunks(text, p_start, p_end):
            chunk = text[c_start:c_end]
            for s in sentenize(chunk):
                if s.text.strip():
                    out.append(Sentence(c_start + s.start, c_start + s.stop, number))
    return out


def words(text: str, start: int = 0, end: int | None = None) -> list[Word]:
    """Words of ``text[start:end]`` with offsets into ``text``."""
    stop = len(text) if end is None else end
    return [Word(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(text, start, stop)]
