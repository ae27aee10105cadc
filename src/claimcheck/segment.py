"""Sentences and words with their offsets.

Paragraphs are split on line breaks ("\\n", a bare "\\r", "\\r\\n") first and then into sentences by
razdel (made for Russian): razdel alone glues "…$18,6 млрд.\\n«Благодаря…" into one sentence. Words
keep hyphenated compounds whole ("Касым-Жомартом", "пресс-служба", "торгово-экономического").

The analysis makes one :class:`Document` per text and hands it to every stage.

>>> doc = Document("Он пришёл. Она ушла.\\nНовый абзац")
>>> [doc.text[s.start:s.end] for s in doc.sentences()]
['Он пришёл.', 'Она ушла.', 'Новый абзац']
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from collections.abc import Callable, Iterator, Sequence
from typing import NamedTuple

from attrs import frozen

from claimcheck import morph
from claimcheck.spanset import SpanSet

__all__ = [
    "LINE_BREAKS", "WORD_RE", "Document", "Sentence", "Word", "any_between", "sentence_of", "sentences_within",
    "word_start",
]

#: A word: letters or digits, with inner hyphens kept ("пресс-служба", "Ту-154"); a site's name keeps
#: its domain ("Lenta.ru", "NEWSru.com", "news.example.ru", "Gzt.Ru", "Лента.ру"): a name of two letters
#: or more, its subdomains in lower-case Latin, a dot, and a top-level domain in Latin letters or the
#: Cyrillic "ру" and "рф" ("тыс.руб" is two words). The domain is tried only where a dot follows the
#: word (most words: none), so a plain word costs no step beyond its letters.
WORD_RE = re.compile(
    r"\w+(?:[-‐]\w+)*(?:(?=\.)(?:\.[a-z0-9-]+)*(?<=\w\w)\.(?:[A-Za-z][a-z]{1,5}|[A-Z]{2,3}|ру|рф)\b(?!\.\w))?"
)

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


#: The start of a word: the key to bisect a list of words by offset (at C speed: bisecting calls it a
#: dozen times a search, and words are searched by offset tens of thousands of times a corpus).
word_start: Callable[[Word], int] = operator.itemgetter(0)


class Document:
    """One text and what the stages read of it: paragraphs, sentences, words, the normalised text and
    its web addresses, each made once, on first use. The analysis makes one per text and hands it down
    every stage explicitly, so no stage re-derives them from the raw text.

    >>> doc = Document("Он пришёл. Она ушла.\\nНовый абзац")
    >>> [doc.text[s.start:s.end] for s in doc.sentences()]
    ['Он пришёл.', 'Она ушла.', 'Новый абзац']
    >>> [w.text for w in doc.words(0, 9)]
    ['Он', 'пришёл']
    """

    __slots__ = (
        "_ends",
        "_forms",
        "_normalized",
        "_normalized_done",
        "_normalized_words",
        "_paragraphs",
        "_sentences",
        "_starts",
        "_urls",
        "_words",
        "text",
    )

    def __init__(self, text: str) -> None:
        self.text = text
        self._paragraphs: tuple[tuple[int, int], ...] | None = None
        self._sentences: tuple[Sentence, ...] | None = None
        self._words: list[Word] | None = None
        self._ends: list[int] = []  # where each of the words ends, to bisect them by at C speed
        self._normalized: str | None = None
        self._normalized_done = False
        self._normalized_words: list[str] | None = None
        self._forms: frozenset[str] = frozenset()  # the normalised words, as a set to intersect with
        self._urls: SpanSet | None = None
        self._starts: dict[frozenset[str], list[int]] = {}

    def __repr__(self) -> str:
        return f"Document({self.text[:40]!r}{'…' if len(self.text) > 40 else ''})"

    def paragraphs(self) -> tuple[tuple[int, int], ...]:
        """(start, end) of each non-blank line, stripped of surrounding white space."""
        if self._paragraphs is None:
            self._paragraphs = tuple(_paragraphs(self.text))
        return self._paragraphs

    def sentences(self) -> tuple[Sentence, ...]:
        """Every sentence in order, never crossing a line break."""
        if self._sentences is None:
            text = self.text
            self._sentences = tuple(
                itertools.chain.from_iterable(
                    sentences_within(text, p_start, p_end, number)
                    for number, (p_start, p_end) in enumerate(self.paragraphs())
                )
            )
        return self._sentences

    def words(self, start: int = 0, end: int | None = None) -> list[Word]:
        """Words of ``text[start:end]`` with offsets into the text.

        The words of the whole text are found once and sliced; a word cut by ``start`` or ``end`` is
        scanned again within the bounds, so the result is what a scan of ``text[start:end]`` gives. The
        words of the whole text are that one list itself: callers read it and never change it.
        """
        text = self.text
        n = len(text)
        # Bounds as ``re`` takes them: clipped to the text, a negative one counting as 0.
        stop = n if end is None else min(max(end, 0), n)
        start = min(max(start, 0), n)
        if start >= stop:
            return []
        if self._words is None:
            self._words = _scan(text, 0, n)
            self._ends = list(map(_word_end, self._words))
        ws, ends = self._words, self._ends
        if start == 0 and stop == n:
            return ws  # the whole text's words, as found once (not copied: a long text asks for them often)
        i = bisect.bisect_right(ends, start)  # the first word that ends after ``start``
        j = bisect.bisect_left(ends, stop, i)  # the first word that ends at or after ``stop``
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

    def normalized(self) -> str | None:
        """The text as :func:`claimcheck.morph.normalize` gives it (lower case, "ё" as "е") when that
        keeps every offset, for matching words at the offsets of the text; None when lower-casing
        lengthens a character ("İ")."""
        if not self._normalized_done:
            low = morph.normalize(self.text)
            self._normalized = low if len(low) == len(self.text) else None
            self._normalized_done = True
        return self._normalized

    def word_indices(self, forms: frozenset[str] | set[str]) -> list[int]:
        """Indices into :meth:`words` of the words whose normalised form is in ``forms``, in text order.

        The text's words are normalised once (joined by spaces, normalised at once and split again: a
        word holds no space); the forms asked for that the text holds are found by intersecting two sets
        (most finders look for a few hundred word forms, and most texts hold none or a few of them), and
        only those are looked for word by word, at C speed.

        >>> doc = Document("Он сообщил, что Пресс-служба сообщила")
        >>> [doc.words()[i].text for i in doc.word_indices(frozenset({"сообщил", "пресс-служба"}))]
        ['сообщил', 'Пресс-служба']
        """
        low_words = self._normalized_words
        if low_words is None:
            ws = self.words()
            low_words = self._normalized_words = morph.normalize(" ".join(map(_word_text, ws))).split(" ") if ws else []
            self._forms = frozenset(low_words)
        present = self._forms.intersection(forms)  # a set of either: looks up the smaller one's members
        if not present:
            return []
        return list(itertools.compress(range(len(low_words)), map(present.__contains__, low_words)))

    def starts_of(self, forms: frozenset[str]) -> list[int]:
        """Where the words whose normalised form is in ``forms`` start, in text order; found once per set
        of forms (finders ask it sentence by sentence whether one of a few words is there).

        >>> doc = Document("По словам врача, всё хорошо. По его словам, да.")
        >>> doc.starts_of(frozenset({"словам"}))
        [3, 36]
        """
        found = self._starts.get(forms)
        if found is None:
            ws = self.words()
            found = self._starts[forms] = [ws[i].start for i in self.word_indices(forms)]
        return found

    def urls(self) -> SpanSet:
        """Where the text holds web addresses: their digits are no amount, and a quotation or a speaker
        cannot start inside one.

        >>> doc = Document("Сноуден[http://www.rbc.ru/politics/07/07/2016/577e4c назвал], по данным Lenta.ru, 82%")
        >>> spans = doc.urls()
        >>> spans.contains(doc.text.index("http")), spans.contains(doc.text.index("2016"))
        (True, True)
        >>> spans.contains(doc.text.index("82%"))
        False
        """
        if self._urls is None:
            text = self.text
            maybe = "/" in text or "www." in text or "WWW." in text  # most texts: no address at all
            self._urls = SpanSet(m.span() for m in _URL_RE.finditer(text)) if maybe else SpanSet()
        return self._urls


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


def any_between(positions: Sequence[int], start: int, end: int) -> bool:
    """One of the sorted ``positions`` (of :meth:`Document.starts_of`, say) lies in [start, end).

    >>> any_between([3, 36], 0, 10), any_between([3, 36], 10, 30)
    (True, False)
    """
    at = bisect.bisect_left(positions, start)
    return at < len(positions) and positions[at] < end


def sentence_of(sents: Sequence[Sentence], pos: int) -> Sentence | None:
    """The sentence of ``sents`` that holds ``pos`` (sentences come in text order and never overlap).

    >>> doc = Document("Он пришёл. Она ушла.")
    >>> s = sentence_of(doc.sentences(), 12)
    >>> doc.text[s.start : s.end]
    'Она ушла.'
    """
    i = bisect.bisect_right(sents, pos, key=_sentence_start) - 1
    return sents[i] if i >= 0 and pos < sents[i].end else None


# The key to bisect sentences by offset.
_sentence_start: Callable[[Sentence], int] = operator.attrgetter("start")


def sentences_within(text: str, start: int, end: int, paragraph: int) -> list[Sentence]:
    """The sentences of ``text[start:end]`` on their own (the words of a quotation, which razdel keeps
    inside the sentence that holds the quotation)."""
    from razdel import sentenize

    out: list[Sentence] = []
    for c_start, c_end in _chunks(text, start, end):
        chunk = text[c_start:c_end]
        body = chunk.rstrip().rstrip(_SENTENCE_MARKS)
        if _split_points().search(body) is None:
            # No mark inside that a sentence may end at (a title, a short line, a sentence quoting
            # «…» or adding "(…)"): one sentence, as the segmenter would find, without its rules' cost.
            stripped = chunk.strip()
            if stripped:
                lead = len(chunk) - len(chunk.lstrip())
                out.append(Sentence(c_start + lead, c_start + lead + len(stripped), paragraph))
            continue
        for s in sentenize(chunk):
            if s.text.strip():
                out.append(Sentence(c_start + s.start, c_start + s.stop, paragraph))
    return out


# Every mark a sentence may end at or after (stops, closing quotation marks and brackets, and ";"),
# stripped from the end of a chunk before looking inside it for a place the segmenter may split at.
_SENTENCE_MARKS = ".?!…;\"'«»„“”‘’)]}"


@functools.cache
def _split_points() -> re.Pattern[str]:
    """Where razdel may end a sentence inside a chunk: at a stop, a ";" or an emoticon (":-)").

    Its other delimiters, closing quotation marks and brackets, end a sentence only right after a stop
    (its rule ``close_bound``; every rule of it only ever joins across a delimiter), so a chunk with
    none of these before its final marks is one sentence. The marks are razdel's own, read from it
    (imported on first use, as razdel itself is: importing it costs start-up time).
    """
    from razdel.segmenters.punct import ENDINGS, SMILES

    return re.compile(f"[{re.escape(ENDINGS)};]|{SMILES}")


# Makes a Word of a (start, end, text) tuple at C speed (a named tuple's own constructor is Python code).
_make_word = functools.partial(tuple.__new__, Word)


def _scan(text: str, start: int, stop: int) -> list[Word]:
    found = list(WORD_RE.finditer(text, start, stop))
    spans = zip(map(re.Match.start, found), map(re.Match.end, found), map(re.Match.group, found), strict=True)
    return list(map(_make_word, spans))
