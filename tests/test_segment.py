"""segment: a Document's words, paragraphs, sentences, web addresses and its lookups of word forms."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.segment import Document, sentences_within


@pytest.mark.parametrize(
    ("text", "forms", "expected"),
    [
        ("Он сообщил, что", {"сообщил"}, ["сообщил"]),
        # A capitalised word, "ё" written or not: matched by its normalised form.
        ("Сообщил ещё Пётр", {"сообщил", "еще", "петр"}, ["Сообщил", "ещё", "Пётр"]),
        # A hyphenated compound is one word: its parts are not matched on their own.
        ("Пресс-служба и служба", {"служба"}, ["служба"]),
        ("Пресс-служба и служба", {"пресс-служба"}, ["Пресс-служба"]),
        # A form is a whole word, never a part of a longer one.
        ("сообщила сообщил", {"сообщил"}, ["сообщил"]),
        # Lower-casing "İ" lengthens it; the words found still line up with words().
        ("İstanbul: заявил İlham Алиев", {"заявил", "алиев"}, ["заявил", "Алиев"]),
        ("", {"да"}, []),
        ("Ни одного слова из списка.", {"да"}, []),
    ],
)
def test_word_indices(text: str, forms: set[str], expected: list[str]) -> None:
    """The words whose normalised form is in the set, by their index into words()."""
    doc = Document(text)
    ws = doc.words()
    assert [ws[i].text for i in doc.word_indices(frozenset(forms))] == expected


@pytest.mark.parametrize(
    ("text", "forms", "expected"),
    [
        ("По словам врача, всё хорошо. По его словам, да.", {"словам"}, [3, 36]),
        ("Словам не верят", {"словам"}, [0]),
        ("Пресс-служба и служба", {"служба"}, [15]),
        ("Ни одного слова из списка.", {"словам"}, []),
    ],
)
def test_starts_of(text: str, forms: set[str], expected: list[int]) -> None:
    """Where the words of a set of forms start, asked once per set and answered the same again."""
    doc = Document(text)
    key = frozenset(forms)
    assert doc.starts_of(key) == expected
    assert doc.starts_of(key) is doc.starts_of(key)
    assert all(text[i:].lower().startswith(tuple(forms)) for i in expected)


def test_each_document_keeps_its_own_lookups() -> None:
    """Paragraphs and word forms belong to their Document: asking one never answers for another."""
    first, second = Document("Первый абзац.\nВторой абзац."), Document("Один абзац, заявил он.")
    assert [first.text[a:b] for a, b in first.paragraphs()] == ["Первый абзац.", "Второй абзац."]
    assert [first.words()[i].text for i in first.word_indices(frozenset({"абзац"}))] == ["абзац", "абзац"]
    assert [second.text[a:b] for a, b in second.paragraphs()] == ["Один абзац, заявил он."]
    assert [second.words()[i].text for i in second.word_indices(frozenset({"заявил"}))] == ["заявил"]
    assert [first.text[a:b] for a, b in first.paragraphs()] == ["Первый абзац.", "Второй абзац."]
    assert first.sentences() is first.sentences()  # made once


@pytest.mark.parametrize("sep", ["\n", "\r", "\r\n", "\u2028", "\u2029"])
def test_paragraphs_split_on_every_line_break(sep: str) -> None:
    """A bare CR, CR LF and the Unicode separators end a paragraph as LF does; offsets are the text's own."""
    text = sep.join(["«Мы готовы», — заявил он.", "", "Второй абзац. Ещё фраза."])
    doc = Document(text)
    assert [text[a:b] for a, b in doc.paragraphs()] == ["«Мы готовы», — заявил он.", "Второй абзац. Ещё фраза."]
    assert [text[x.start : x.end] for x in doc.sentences()] == [
        "«Мы готовы», — заявил он.", "Второй абзац.", "Ещё фраза.",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Сноуден[http://www.rbc.ru/politics/07/2016/577e Сноуден назвал]", ["http://www.rbc.ru/politics/07/2016/577e"]),
        ("«//www.rbc.ru/news/1»", ["//www.rbc.ru/news/1"]),
        ("\"www.example.com\", WWW.TV100.RU", ["www.example.com", "WWW.TV100.RU"]),
        ("Ушла Ходорковская newtimes.ru/articles/detai", ["newtimes.ru/articles/detai"]),
        ("ftp://files.example.org/a.txt.", ["ftp://files.example.org/a.txt."]),
        # a site's bare name, units and fractions with a slash, and dates are no address
        ("По данным Lenta.ru и change.org, 60 км/ч, 1.5/2, руб./кг, 07/07/2016", []),
        ("", []),
    ],
)
def test_urls(text: str, expected: list[str]) -> None:
    """Web addresses are found with a scheme, a bare "//", "www." or a domain with a path, and end at a mark."""
    found = Document(text).urls()
    inside = "".join(ch if found.contains(i) else " " for i, ch in enumerate(text))
    assert inside.split() == expected


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # A site's name keeps its domain, in Latin letters or in the Cyrillic "ру" and "рф".
        ("сообщает Лента.ру.", ["сообщает", "Лента.ру"]),
        ("пишет NEWSru.com, а также baltinfo.ru", ["пишет", "NEWSru.com", "а", "также", "baltinfo.ru"]),
        ("Как пишет Gzt.Ru, суд", ["Как", "пишет", "Gzt.Ru", "суд"]),
        # Abbreviations and numbers with dots are not domains; an address's host is cut before its path.
        ("5 тыс.руб. и т.е.", ["5", "тыс", "руб", "и", "т", "е"]),
        ("и.о. главы", ["и", "о", "главы"]),
        ("3.5 млн", ["3", "5", "млн"]),
        ("на gazeta.ru/news", ["на", "gazeta.ru", "news"]),
        # A domain keeps its subdomains.
        ("www.rbc.ru", ["www.rbc.ru"]),
        ("пишет news.example.ru.", ["пишет", "news.example.ru"]),
    ],
)
def test_words_keep_a_site_name_whole(text: str, words: list[str]) -> None:
    """A site's name ("Lenta.ru") is one word; abbreviations with dots are not."""
    assert [w.text for w in Document(text).words()] == words


_LINE_BITS = st.sampled_from(
    ["Он", " пришёл", ".", "!", "?", "…", ";", "«", "»", "„", "“", "”", "\"", "'", "(", ")", "[", "]", " ", "\u00a0",
     "т.", "д.", "Иванов", " 5", ",", ":", "-", " — ", "И.", "Петров", "1.5", "а", "\t", " Она", ":(", "=)", ";-)",
     ":-(", "{", "}", "‘", "’"]
)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Министр назвал план «реалистичным» (по его словам, впервые)", ["Министр назвал план «реалистичным» "
                                                                        "(по его словам, впервые)"]),
        ("Он сказал: «Мы готовы», и ушёл.", ["Он сказал: «Мы готовы», и ушёл."]),
        ("«Мы готовы», — сказал он (глава совета).", ["«Мы готовы», — сказал он (глава совета)."]),
        ("Он сказал: «Всё решено.» Потом ушёл.", ["Он сказал: «Всё решено.»", "Потом ушёл."]),
        ("Мы победили :) Завтра снова игра", ["Мы победили :)", "Завтра снова игра"]),
        ("Итоги года; Новый план", ["Итоги года;", "Новый план"]),
    ],
)
def test_sentences_within(line: str, expected: list[str]) -> None:
    """Quotation marks and brackets end a sentence only after a stop; a stop, ";" or an emoticon may."""
    assert [line[s.start : s.end] for s in sentences_within(line, 0, len(line), 0)] == expected


@given(st.lists(_LINE_BITS, max_size=25).map("".join))
def test_sentences_within_agree_with_the_segmenter(line: str) -> None:
    """A line with no mark inside it that a sentence may end at is taken as one sentence without the
    segmenter's rules: on any line the sentences are the segmenter's own."""
    from razdel import sentenize

    expected = [(s.start, s.stop) for s in sentenize(line) if s.text.strip()]
    assert [(s.start, s.end) for s in sentences_within(line, 0, len(line), 0)] == expected
