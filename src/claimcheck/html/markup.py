"""Marks over a text: elements nested properly around character ranges, and the check that a Report's
spans slice back to the text it is shown over.

>>> markup("abcdef", [Mark(0, 4, "b"), Mark(2, 6, "i")])
'<b>ab<i>cd</i></b><i data-cont="1">ef</i>'
"""

from __future__ import annotations

import html
from collections import defaultdict
from collections.abc import Iterable

from attrs import frozen

from claimcheck.errors import InputError, SpanMismatchError
from claimcheck.model import Report

__all__ = ["Mark", "check_spans", "markup"]


@frozen
class Mark:
    """An element ``<tag attrs>`` around ``text[start:end]``; ``rank`` orders marks of equal extent."""

    start: int
    end: int
    tag: str
    attrs: tuple[tuple[str, str], ...] = ()
    rank: int = 0


def check_spans(report: Report, text: str) -> None:
    """Raise SpanMismatchError unless every span of ``report`` slices back to ``text``.

    Also raises it (an InputError) for a claim or finding that points at a quote or claim the report
    does not have, and TypeError for arguments of the wrong type.
    """
    if not isinstance(report, Report):
        raise TypeError(f"expected Report, got {type(report).__name__}")
    if not isinstance(text, str):
        raise TypeError(f"expected str, got {type(text).__name__}")
    for where, span in report.named_spans():
        found = text[span.start : span.end] if span.end <= len(text) else None
        if found != span.text:
            raise SpanMismatchError(where, span, found)
    for i, c in enumerate(report.claims):
        if c.quote is not None and not 0 <= c.quote < len(report.quotes):
            raise InputError(f"claims[{i}].quote: expected an index below {len(report.quotes)}, got {c.quote}")
    for i, f in enumerate(report.findings):
        bad = [n for n in f.claims if not 0 <= n < len(report.claims)]
        if bad:
            raise InputError(f"findings[{i}].claims: expected indices below {len(report.claims)}, got {bad}")


def markup(text: str, marks: Iterable[Mark]) -> str:
    """``text`` escaped, with every mark's element around its characters, properly nested.

    The elements come from a sorted list of open and close events over the text. At each position the
    marks that end there are closed; any mark opened after one of them (inside it) is closed first and
    opened again right after, so that elements never cross. Marks opened at one position are nested
    longest outside. A mark opened again carries the same attributes plus ``data-cont="1"``; an
    ``id`` stays on its first piece only. Empty marks are dropped.
    """
    starts: dict[int, list[Mark]] = defaultdict(list)
    bounds = {0, len(text)}
    for m in marks:
        if not 0 <= m.start <= m.end <= len(text):
            raise ValueError(f"expected 0 <= start <= end <= {len(text)}, got {m.start}:{m.end}")
        if m.start < m.end:
            starts[m.start].append(m)
            bounds.update((m.start, m.end))
    out: list[str] = []
    stack: list[Mark] = []
    pos = 0
    for p in sorted(bounds):
        out.append(html.escape(text[pos:p], quote=False))
        pos = p
        reopen: list[Mark] = []
        ending = [k for k, m in enumerate(stack) if m.end <= p]
        if ending:
            popped = stack[ending[0] :]
            del stack[ending[0] :]
            out.extend(f"</{m.tag}>" for m in reversed(popped))
            reopen = [m for m in popped if m.end > p]
        for m in sorted(reopen + starts[p], key=lambda m: (-m.end, m.rank, m.start)):
            out.append(_open(m, continued=m.start < p))
            stack.append(m)
    return "".join(out)


def _open(m: Mark, *, continued: bool) -> str:
    attrs = [(k, v) for k, v in m.attrs if not (continued and k == "id")]
    if continued:
        attrs.append(("data-cont", "1"))
    inner = "".join(f' {k}="{html.escape(v, quote=True)}"' for k, v in attrs)
    return f"<{m.tag}{inner}>"
