"""Reports for people: a plain-text rendering (the CLI's default output).

>>> import claimcheck
>>> print(render_text(claimcheck.analyze("«Мы готовы», — заявил Иван Петров.")))
Quotes (1)
  Иван Петров (person), 1 quote
    direct  «Мы готовы»  [cue: заявил]
Claims (0)
Findings (0)

Text is shown as a reader would write it, never as Python source: whitespace of any kind (a no-break
space, a line break inside a quote) is one plain space, and a control character is shown by its visible
symbol (see :func:`visible`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Final

from attrs import frozen

from claimcheck.checks import render as fmt
from claimcheck.model import Quote, Report
from claimcheck.morph import normalize

__all__ = ["count", "render_text", "visible"]

_QUOTE_PREVIEW: Final = 100

# Characters that must not reach a page or a terminal as they are: C0 controls other than tab, line feed
# and carriage return, DEL, C1 controls, and lone surrogates (which no UTF-8 writer can encode).
_HIDDEN: Final = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_C0_PICTURES: Final = 0x2400  # U+2400 "␀" onwards pictures C0 controls in order; U+2421 "␡" is DEL.
_WORD: Final = re.compile(r"\w+")


def _picture(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(_C0_PICTURES + code)
    return "\u2421" if code == 0x7F else "\ufffd"


def count(n: int, noun: str) -> str:
    """``n`` and an English noun, plural unless ``n`` is 1: "1 quote", "3 quotes"."""
    return f"{n} {noun}{'' if n == 1 else 's'}"


def visible(text: str) -> str:
    """``text`` with every control character and lone surrogate replaced by one visible character.

    A C0 control becomes its Unicode picture ("\\x00" -> "␀"), DEL "␡", a C1 control or a lone
    surrogate "�" (U+FFFD). Tab, line feed and carriage return stay. One character replaces one, so
    offsets into the text keep pointing at the same characters, and the result always encodes as UTF-8.

    >>> visible("a\\x00b\\x1bc\\ud800d\\te")
    'a␀b␛c�d\\te'
    """
    return _HIDDEN.sub(_picture, text)


def _flat(text: str, limit: int | None = None) -> str:
    """``text`` on one line with its whitespace runs as single spaces; cut to ``limit`` characters with "…"."""
    flat = " ".join(text.split())
    return flat if limit is None or len(flat) <= limit else flat[: limit - 1] + "…"


@frozen
class _Listed:
    """A quote as listed: the first of its copies (same speaker, same words) with the others it stands for."""

    quote: Quote
    copies: tuple[Quote, ...]

    def suffix(self) -> str:
        if not self.copies:
            return ""
        # A headline quote ("Имя Фамилия: слова") has no cue and comes before its copy in the body.
        if any(c.cue is None and c.span.start < self.quote.span.start for c in self.copies):
            return "  (also in the headline)"
        return f"  (quoted {len(self.copies) + 1} times)"


def _words(q: Quote) -> tuple[str, ...]:
    """What makes two quotes copies: their words, case and "ё" aside; a quote without words is its own."""
    return tuple(normalize(w) for w in _WORD.findall(q.span.text)) or (f"at {q.span.start}",)


def _listed(quotes: list[Quote]) -> list[_Listed]:
    """One entry per distinct quote: copies with the same words are folded into the one that has a cue."""
    groups: dict[tuple[str, ...], list[Quote]] = defaultdict(list)
    for q in quotes:
        groups[_words(q)].append(q)
    out: list[_Listed] = []
    for q in quotes:
        group = groups[_words(q)]
        shown = next((c for c in group if c.cue is not None), group[0])
        if q is shown:
            out.append(_Listed(q, tuple(c for c in group if c is not shown)))
    return out


def _speaker(q: Quote) -> tuple[str, str]:
    return (q.speaker.name, q.speaker.kind) if q.speaker is not None else ("(no speaker found)", "")


def _quote_text(q: Quote, limit: int | None) -> str:
    body = _flat(q.span.text, limit)
    # Guillemets promise the speaker's own words: only a direct quote gets them.
    return f"«{body}»" if q.kind == "direct" else body


def render_text(report: Report, *, full: bool = False) -> str:
    """Quotes grouped by speaker, claims with value, unit, period and source, findings with arithmetic.

    Quotes are cut to about 100 characters unless ``full`` is true. A quote repeated with the same words
    by the same speaker (a headline and the body) is listed once.
    """
    limit = None if full else _QUOTE_PREVIEW
    lines: list[str] = []
    by_speaker: dict[tuple[str, str], list[Quote]] = defaultdict(list)
    for q in report.quotes:
        by_speaker[_speaker(q)].append(q)
    kind_width = max((len(q.kind) for q in report.quotes), default=0)
    lines.append(f"Quotes ({len(report.quotes)})")
    # Quotes without a speaker come last: they are not one more speaker.
    for (name, kind), quotes in sorted(by_speaker.items(), key=lambda item: not item[0][1]):
        who = f"{_flat(name)} ({kind})" if kind else name
        lines.append(f"  {who}, {count(len(quotes), 'quote')}")
        for item in _listed(quotes):
            q = item.quote
            cue = f"  [cue: {_flat(q.cue.text)}]" if q.cue is not None else ""
            lines.append(f"    {q.kind:<{kind_width}}  {_quote_text(q, limit)}{cue}{item.suffix()}")
    lines.append(f"Claims ({len(report.claims)})")
    index_width = len(f"[{len(report.claims) - 1}]")
    for i, c in enumerate(report.claims):
        qty = c.quantity
        parts = [
            f"  {f'[{i}]':<{index_width}} «{_flat(qty.span.text)}»: {qty.kind}, "
            + fmt.interval(qty.interval, qty.unit)
            + (f" ({qty.direction})" if qty.direction else ""),
        ]
        if c.subject is not None:
            parts.append(f"subject «{_flat(c.subject.span.text)}»")
        if c.period is not None:
            parts.append(f"period {c.period.first.isoformat()}..{c.period.last.isoformat()}")
        if c.source is not None:
            parts.append(f"source {_flat(c.source)}")
        lines.append("; ".join(parts))
    lines.append(f"Findings ({len(report.findings)})")
    for f in report.findings:
        claims = ", ".join(f"[{i}]" for i in f.claims)
        lines.append(f"  {f.severity.upper()} {f.check} ({claims}): {_flat(f.message)}")
    return visible("\n".join(lines))
