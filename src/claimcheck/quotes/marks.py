"""Quotation marks and dashes as the finders use them, read from the lexicon's punctuation table, and
the pairing of quotation marks into quotations (:func:`quotation_pairs`)."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping

from attrs import frozen

from claimcheck.lexicon import Lexicon, Punctuation, load
from claimcheck.segment import LINE_BREAKS, Document


@frozen
class Marks:
    """The quotation marks and dashes of a lexicon's punctuation table as the finders use them: the
    pairs as lookups and the patterns made of the marks, built once per lexicon (:func:`marks`)."""

    punctuation: Punctuation
    closing: Mapping[str, str]  # an opening mark -> its closing mark
    opening_of: Mapping[str, str]  # a stray closing mark -> its opening mark
    straight: str  # the marks that open and close alike
    openers: str  # every opening mark
    main_openers: str  # the opening and the closing marks of the main pairs (names, titles and speech)
    main_closers: str
    dash_like: str  # dashes and the hyphens typed for them
    any_dash: re.Pattern[str]  # any of ``dash_like``: a span without one holds no pattern made of a dash
    any_mark: re.Pattern[str]  # every quotation mark: the pairing looks at these characters only
    # A dash or a comma after a closing mark, before the attribution: «…», — заявил X / «…», сказал X.
    after_quote: re.Pattern[str]
    # Where an attribution clause ends: a sentence's end, a spaced dash, a colon or a semicolon.
    clause_end: re.Pattern[str]
    # The attribution inside a quotation, between two spaced dashes: «A, — заявил X. — B».
    inner: re.Pattern[str]
    # A spaced dash (or hyphen) that may close speech before its attribution: "— Мы готовы, — отметил он".
    trailing_dash: re.Pattern[str]
    # A comma, perhaps with a dash, before the words of a closing cue: "…, сообщает ТАСС", "…, — говорится".
    comma: re.Pattern[str]
    # Where a dialogue line goes on after its attribution: "— отметил он. — Остальное потом".
    resumed: re.Pattern[str]
    # A colon before quoted words: where a report's content gives way to a direct quotation.
    quoted_after_colon: re.Pattern[str]
    content_stops: str  # marks at which the search for a cue's content gives up


def _one_of(marks: str) -> str:
    """A regular expression for any one of ``marks``."""
    return f"[{re.escape(marks)}]"


@functools.cache
def marks(lex: Lexicon) -> Marks:
    """The :class:`Marks` of ``lex``, made once."""
    p = lex.punctuation
    dash, dash_like = _one_of(p.dashes), p.dashes + p.hyphens
    # Between spaces inside a quotation a hyphen is a dash typed on a keyboard: «A, - заявил X. - B».
    spaced = _one_of(dash_like)
    before_dash = _one_of(p.before_dash)
    inner_words = f"[^{re.escape(p.dashes + ''.join(p.primary) + LINE_BREAKS)}]"
    return Marks(
        punctuation=p,
        closing=dict(p.pairs),
        opening_of={b: a for a, b in p.pairs if b in p.stray_closers},
        straight="".join(a for a, b in p.pairs if a == b),
        openers="".join(dict.fromkeys(a for a, _ in p.pairs)),
        main_openers="".join(dict.fromkeys(a for a, _ in p.main)),
        main_closers="".join(dict.fromkeys(b for _, b in p.main)),
        dash_like=dash_like,
        any_dash=re.compile(_one_of(dash_like)),
        any_mark=re.compile(_one_of("".join(a + b for a, b in p.pairs))),
        after_quote=re.compile(rf"{before_dash}?\s*{_one_of(dash_like)}\s*|{before_dash}\s*(?=\w)"),
        # a full stop after a lone letter is an initial's ("— заявил В. Путин"), which ends no clause
        clause_end=re.compile(rf"(?<!\b[^\W\d_]){_one_of(p.sentence_ends)}|\s{dash}\s|[:;]"),
        inner=re.compile(
            rf"({before_dash}?)\s+{spaced}\s+({inner_words}{{2,160}}?)({_one_of(p.before_resumed)}?)\s+{spaced}\s+"
        ),
        trailing_dash=re.compile(rf"({before_dash}?)\s+{spaced}\s+"),
        comma=re.compile(rf",\s*(?:{dash}\s*)?(?=\w)"),
        resumed=re.compile(rf"[.,]\s{spaced}\s"),
        quoted_after_colon=re.compile(rf":\s*{_one_of(p.mixed)}"),
        content_stops=".!?;" + p.main_marks,
    )


def document_of(text: str | Document) -> Document:
    """The Document a finder is handed, or a new one of the str it is handed."""
    return text if isinstance(text, Document) else Document(text)


def quotation_pairs(text: str | Document, lex: Lexicon | None = None) -> list[tuple[int, int]]:
    """(content start, content end) of every top-level quotation, marks excluded.

    Pairs never cross a line break; a paragraph that opens a quotation (at its start or after a colon)
    and never closes it is a quotation running to its end (the convention for quotes over several
    paragraphs), and the paragraph after it that closes the quotation without opening one is its last
    part.
    """
    doc = document_of(text)
    mk = marks(lex or load())
    out: list[tuple[int, int]] = []
    running = False
    for p_start, p_end in doc.paragraphs():
        running = _paragraph_pairs(doc.text, (p_start, p_end), mk, out, running=running)
    out.sort()
    return out


def _paragraph_pairs(
    text: str, paragraph: tuple[int, int], mk: Marks, out: list[tuple[int, int]], *, running: bool
) -> bool:
    """Add the quotations of one paragraph to ``out``; whether a quotation runs on past its end. A
    quotation ``running`` on from the paragraph before ends at a first closing mark of the primary pair."""
    p_start, p_end = paragraph
    closing, straight = mk.closing, mk.straight
    around = (mk.punctuation.straight_opens_after, mk.punctuation.straight_closes_before)
    runs_on, closes = mk.punctuation.primary
    stack: list[tuple[str, int]] = []
    for m in mk.any_mark.finditer(text, p_start, p_end):
        i = m.start()
        ch = text[i]
        if running and not stack and ch == closes:
            out.append((p_start, i))
        running = False
        opens = ch not in straight or _opens_straight(text, i, (p_start, p_end), around)
        if stack and ch == closing[stack[-1][0]] and (ch not in straight or not opens):
            _, pos = stack.pop()
            if not stack:
                out.append((pos + 1, i))
            continue
        if ch in closing and opens:
            stack.append((ch, i))
    if stack and stack[0][0] == runs_on and _opens_run(text, p_start, stack[0][1]):
        out.append((stack[0][1] + 1, p_end))
        return True
    return False


def _opens_run(text: str, p_start: int, at: int) -> bool:
    """Whether an opening mark at ``at`` that its paragraph never closes opens a quotation running on to
    the next paragraph: it opens the paragraph, or follows a colon ("Министр заявил: «…"); a stray mark
    elsewhere is a typo."""
    return at == p_start or text[p_start:at].rstrip().endswith(":")


def _opens_straight(text: str, i: int, paragraph: tuple[int, int], around: tuple[str, str]) -> bool:
    """Whether the straight quote at ``i`` opens: it follows white space, one of the marks after which
    one opens or the paragraph's start, and it is followed by none of the marks before which one closes,
    by white space or by the paragraph's end (``around`` holds the two sets of marks)."""
    floor, ceiling = paragraph
    after, closes_before = around
    following = text[i + 1] if i + 1 < ceiling else " "
    if following.isspace() or following in closes_before:
        return False
    prev = text[i - 1] if i > floor else " "
    return prev.isspace() or prev in after or i == floor
