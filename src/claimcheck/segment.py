"""Sentences and words with their offsets.

Paragraphs are split on line breaks ("\\n", a bare "\\r", "\\r\\n") first and then into sentences by
razdel (made for Russian): razdel alone glues "…$18,6 млрд.\\n«Благодаря…" into one sentence. Words
keep hyphenated compounds whole ("Касым-Жомартом", "пресс-служба", "торгово-экономического").

>>> text = "Он пришёл. Она ушла.\\nНовый абзац"
>>> [text[s.start:s.end] for s in sentences(text)]
['Он пришёл.', 'Она ушла.', 'Новый абзац']
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
import threading
from collections.abc import Iterator
from typing import NamedTuple

from attrs import frozen

from claimcheck import morph
from claimcheck.spanset import SpanSet

__all__ = ["LINE_BREAKS", "WORD_RE", "Sentence", "Word", "paragraphs", "sentences", "urls", "word_indices", "words"]

#: A word: letters or digits, with inner hyphens kept ("пресс-служба", "Ту-154").
WORD_RE = re.compile(r"\w+(?:[-‐]\w+)*")

#: Characters that end a line: "\n", a bare "\r" (old Mac files; "\r\n" is then a break and an empty line)
#: and the Unicode line and paragraph separators. Paragraphs are the runs between them.
LINE_BREAKS = "\n\r\u2028\u2029"

_LINE_RE = re.compile(f"[^{LINE_BREAKS}]+")

# A web address: a scheme or a bare "//" and what follows ("https://…", "//www.rbc.ru/…"), "www." and
# what follows, or a domain with a path ("newtimes.ru/articles/…"; a bare domain such as "Lenta.ru" is a
# name, left alone). It runs to white space, a quotation mark or a bracket. Every repetition is bounded
# or cannot backtrack, so a long run of letters or slashes costs linear time.
_URL_CHARS = r"[^\s«»\"“”„<>\[\]]"
_URL_RE = re.compile(
    rf"(?:\b[a-z][a-z0-9+.-]{{0,15}}:|(?<![\w/:]))//{_URL_CHARS}++"
    rf"|\bwww\.{_URL_CHARS}++"
    rf"|(?<![\w.-])[\w-]{{1,63}}(?:\.[\w-]{{1,63}}){{0,6}}\.[a-z]{{2,24}}/{_URL_CHARS}*+",
    re.IGNORECASE,
)

# razdel is linear on ordinary text, but a paragraph of hundreds of kilobytes without any line break
# is not prose; it is cut into pieces of this size at the last space so that no step is unbounded.
_MAX_PARAGRAPH = 20_000


@frozen
class Sentence:
    """``text[start:end]`` is one sentence; ``paragraph`` counts paragraphs from 0."""

    start: int
    end: int
    paragraph: int


class Word(NamedTuple):
    """``text[start:end]`` is one word (a named tuple: made by the hundred thousand, so made cheaply)."""

    start: int
    end: int
    text: str


_word_text = operator.itemgetter(2)  # Word.text, at C speed
_word_end = operator.itemgetter(1)  # Word.end, at C speed: the key to bisect words by where they end


def word_start(w: Word) -> int:
    """The start of a word: the key to bisect a list of words by offset."""
    return w.start


def paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each non-blank line, stripped of surrounding white space."""
    last = _remember(text)
    if last.paragraphs is None:
        last.paragraphs = tuple(_paragraphs(text))
    return iter(last.paragraphs)


def _paragraphs(text: str) -> Iterator[tuple[int, int]]:
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


class _LastText(threading.local):
    """The paragraphs, sentences, words and normalised forms of the text analysed last (per thread): the
    finders of one analysis ask for them again and again, and recomputing them per call was a hot spot.
    Every field is reset when another text comes (:func:`_remember`)."""

    text: str | None = None
    paragraphs: tuple[tuple[int, int], ...] | None = None
    sentences: tuple[Sentence, ...] | None = None
    words: list[Word] | None = None
    normalized: str | None = None
    normalized_done: bool = False
    normalized_words: list[str] | None = None
    urls: SpanSet | None = None


_last = _LastText()


def _remember(text: str) -> _LastText:
    if _last.text is not text and _last.text != text:
        _last.text = text
        _last.paragraphs = None
        _last.sentences = None
        _last.words = None
        _last.normalized = None
        _last.normalized_done = False
        _last.normalized_words = None
        _last.urls = None
    return _last


def urls(text: str) -> SpanSet:
    """Where ``text`` holds web addresses: their digits are no amount, and a quotation or a speaker
    cannot start inside one.

    >>> text = "Сноуден[http://www.rbc.ru/politics/07/07/2016/577e4c назвал], по данным Lenta.ru, 82%"
    >>> spans = urls(text)
    >>> spans.contains(text.index("http")), spans.contains(text.index("2016")), spans.contains(text.index("82%"))
    (True, True, False)
    """
    last = _remember(text)
    if last.urls is None:
        maybe = "/" in text or "www." in text or "WWW." in text  # most texts: no address at all
        last.urls = SpanSet(m.span() for m in _URL_RE.finditer(text)) if maybe else SpanSet()
    return last.urls


def normalized(text: str) -> str | None:
    """``text`` as :func:`claimcheck.morph.normalize` gives it (lower case, "ё" as "е") when that keeps
    every offset, for matching words at the offsets of ``text``; None when lower-casing lengthens a
    character ("İ"). Made once per text, for every finder that scans it."""
    last = _remember(text)
    if not last.normalized_done:
        low = morph.normalize(text)
        last.normalized = low if len(low) == len(text) else None
        last.normalized_done = True
    return last.normalized


def word_indices(text: str, forms: frozenset[str] | set[str]) -> list[int]:
    """Indices into :func:`words` of ``text`` of the words whose normalised form is in ``forms``.

    The normalised words are listed once per text (the words joined by spaces, normalised at once and
    split again: a word holds no space) and tested against the set at C speed: finders that look for
    a few hundred word forms among a text's thousands of words test no word in Python.

    >>> text = "Он сообщил, что Пресс-служба сообщила"
    >>> [words(text)[i].text for i in word_indices(text, frozenset({"сообщил", "пресс-служба"}))]
    ['сообщил', 'Пресс-служба']
    """
    ws = words(text)
    last = _remember(text)
    if last.normalized_words is None:
        last.normalized_words = morph.normalize(" ".join(map(_word_text, ws))).split(" ") if ws else []
    low_words = last.normalized_words
    return list(itertools.compress(range(len(low_words)), map(forms.__contains__, low_words)))


def sentences(text: str) -> list[Sentence]:
    """Every sentence of ``text`` in order, never crossing a line break."""
    last = _remember(text)
    if last.sentences is None:
        last.sentences = tuple(_sentences(text))
    return list(last.sentences)


def _sentences(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    for number, (p_start, p_end) in enumerate(paragraphs(text)):
        out.extend(sentences_within(text, p_start, p_end, number))
    return out


def sentences_within(text: str, start: int, end: int, paragraph: int) -> list[Sentence]:
    """The sentences of ``text[start:end]`` on their own (the words of a quotation, which razdel keeps
    inside the sentence that holds the quotation)."""
    from razdel import sentenize

    out: list[Sentence] = []
    for c_start, c_end in _chunks(text, start, end):
        for s in sentenize(text[c_start:c_end]):
            if s.text.strip():
                out.append(Sentence(c_start + s.start, c_start + s.stop, paragraph))
    return out


# Makes a Word of a (start, end, text) tuple at C speed (a named tuple's own constructor is Python code).
_make_word = functools.partial(tuple.__new__, Word)


def _scan(text: str, start: int, stop: int) -> list[Word]:
    found = list(WORD_RE.finditer(text, start, stop))
    spans = zip(map(re.Match.start, found), map(re.Match.end, found), map(re.Match.group, found), strict=True)
    return list(map(_make_word, spans))


def words(text: str, start: int = 0, end: int | None = None) -> list[Word]:
    """Words of ``text[start:end]`` with offsets into ``text``.

    The words of the whole text are found once and sliced; a word cut by ``start`` or ``end`` is
    scanned again within the bounds, so the result is what a scan of ``text[start:end]`` gives.
    """
    n = len(text)
    # Bounds as ``re`` takes them: clipped to the text, a negative one counting as 0.
    stop = n if end is None else min(max(end, 0), n)
    start = min(max(start, 0), n)
    if start >= stop:
        return []
    last = _remember(text)
    if last.words is None:
        last.words = _scan(text, 0, n)
    ws = last.words
    i = bisect.bisect_right(ws, start, key=_word_end)  # the first word that ends after ``start``
    j = bisect.bisect_left(ws, stop, i, key=_word_end)  # the first word that ends at or after ``stop``
    out: list[Word] = []
    if i < len(ws) and ws[i].start < start:
        # A word cut by ``start`` (perhaps by ``stop`` as well): scan its part inside the bounds.
        out.extend(_scan(text, start, min(ws[i].end, stop)))
        i += 1
        if i > j:
            return out
    out.extend(ws[i:j])
    if j < len(ws) and ws[j].start < stop:
        if ws[j].end == stop:
            out.append(ws[j])
        else:
            out.extend(_scan(text, max(ws[j].start, start), stop))
    return out
