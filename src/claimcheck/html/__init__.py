"""An HTML view of a Report: the article with quotes, speakers, cues and claims marked.

A :class:`~claimcheck.model.Report` holds offsets, not the text, so the text it was made from is passed
too; every span of the report must slice back to it. The page is one self-contained file (inline CSS
and a little JavaScript, nothing loaded from the network) and every piece of text in it is escaped.

>>> import claimcheck
>>> text = "«Мы готовы», — заявил Иван Петров."
>>> page = render_html(claimcheck.analyze(text), text, title="<пример>")
>>> page.startswith("<!DOCTYPE html>"), "<title>&lt;пример&gt;</title>" in page
(True, True)

Overlapping marks nest: where two would cross, the inner one is closed and opened again.

>>> markup("abcdef", [Mark(0, 4, "b"), Mark(2, 6, "i")])
'<b>ab<i>cd</i></b><i data-cont="1">ef</i>'
"""

from __future__ import annotations

import functools
import html
import os
import re
from collections import defaultdict
from importlib import resources
from typing import Final

from claimcheck.checks import render as fmt
from claimcheck.errors import SpanMismatchError
from claimcheck.html.displacy import DISPLACY_COLORS, to_displacy
from claimcheck.html.markup import Mark, check_spans, markup
from claimcheck.interval import fmt as plain
from claimcheck.model import Claim, Quote, Report
from claimcheck.render import count, visible

__all__ = [
    "DISPLACY_COLORS",
    "Mark",
    "SpanMismatchError",
    "check_spans",
    "markup",
    "page_title",
    "render_html",
    "to_displacy",
]


# Nesting order when two marks cover the same characters: quotes outermost, claims innermost.
_RANK: Final = {"quote": 0, "speaker": 1, "cue": 2, "claim": 3}

_DEFAULT_TITLE: Final = "claimcheck report"
_SEPARATOR: Final = re.compile(r"[\\/]")
_ABSOLUTE: Final = re.compile(r"(?:[/~]|\.\.?[\\/]|[A-Za-z]:[\\/]|\\\\)")
_RELATIVE_FILE: Final = re.compile(r"[^\s<>]*[\\/][^\s<>\\/]*\.\w+")


def _speakers(report: Report) -> dict[str | None, int]:
    """Speaker name (None for quotes without one) -> colour index, in order of first quote."""
    order: dict[str | None, int] = {}
    for q in report.quotes:
        order.setdefault(_speaker_key(q), len(order))
    return order


def _speaker_key(q: Quote) -> str | None:
    return q.speaker.name if q.speaker is not None else None


def claim_tip(c: Claim, index: int) -> str:
    """The tooltip of claim ``index``: value, unit, bounds, period, subject and source, one per line."""
    q = c.quantity
    lines = [
        f"[{index}] {q.span.text}",
        f"value: {plain(q.value)} {q.unit} ({q.kind}{', ' + q.direction if q.direction else ''})",
        f"bounds: {q.interval} = {fmt.interval(q.interval, q.unit)}",
        "period: "
        + (f"{c.period.first.isoformat()}..{c.period.last.isoformat()} ({c.period.span.text})" if c.period else "-"),
        f"subject: {c.subject.span.text if c.subject else '-'}",
        f"source: {c.source or '-'}",
    ]
    return "\n".join(lines)


def _marks(report: Report) -> list[Mark]:
    colours = _speakers(report)
    marks: list[Mark] = []
    seen: set[tuple[str, int, int]] = set()
    for i, q in enumerate(report.quotes):
        n = colours[_speaker_key(q)]
        who = f"{q.speaker.name} ({q.speaker.kind})" if q.speaker else "no speaker found"
        cue = f", cue «{q.cue.text}»" if q.cue else ""
        marks.append(Mark(
            q.span.start, q.span.end, "mark",
            (("class", f"quote {_speaker_class(q.speaker is not None, n)}"), ("data-quote", str(i)),
             ("data-speaker", str(n)),
             ("title", f"quote {i}: {q.kind}, {who}{cue}")),
            _RANK["quote"],
        ))
        if q.speaker is not None and ("speaker", q.speaker.span.start, q.speaker.span.end) not in seen:
            seen.add(("speaker", q.speaker.span.start, q.speaker.span.end))
            marks.append(Mark(
                q.speaker.span.start, q.speaker.span.end, "span",
                (("class", f"speaker spk-{n}"), ("data-speaker", str(n)),
                 ("title", f"speaker: {q.speaker.name} ({q.speaker.kind})")),
                _RANK["speaker"],
            ))
        if q.cue is not None and ("cue", q.cue.start, q.cue.end) not in seen:
            seen.add(("cue", q.cue.start, q.cue.end))
            marks.append(Mark(q.cue.start, q.cue.end, "span", (("class", "cue"), ("title", "cue")), _RANK["cue"]))
    involved: dict[int, list[int]] = defaultdict(list)
    for k, f in enumerate(report.findings):
        for n in f.claims:
            involved[n].append(k)
    for i, c in enumerate(report.claims):
        s = c.quantity.span
        marks.append(Mark(
            s.start, s.end, "span",
            (("class", "claim"), ("id", f"claim-{i}"), ("data-claim", str(i)), ("tabindex", "0"),
             ("data-findings", " ".join(map(str, involved[i]))), ("data-tip", claim_tip(c, i))),
            _RANK["claim"],
        ))
    return marks


def _speaker_class(found: bool, n: int) -> str:
    """The colour class of speaker ``n``; quotes whose speaker was not found share a grey, dashed one."""
    return f"spk-{n}" if found else "nospk"


def page_title(title: str | os.PathLike[str] | None) -> str:
    """What the page is called: a file's base name when ``title`` is a path, else ``title`` itself.

    A str is taken as a path when it holds a separator and is absolute, or is one word ending in a file
    name with an extension: "/home/me/My texts/a.txt" and "seeds/a.txt" are paths, "Доходы и/или
    расходы" and "1/2" are not.

    >>> page_title("/home/me/news/a.txt"), page_title("seeds/a.txt"), page_title("Доходы и/или расходы")
    ('a.txt', 'a.txt', 'Доходы и/или расходы')
    """
    if title is None:
        return _DEFAULT_TITLE
    if isinstance(title, os.PathLike):
        title = os.fspath(title)
        path = True
    elif isinstance(title, str):
        path = bool(_SEPARATOR.search(title)) and (
            bool(_ABSOLUTE.match(title)) or bool(_RELATIVE_FILE.fullmatch(title))
        )
    else:
        raise TypeError(f"expected title as str, path or None, got {type(title).__name__}")
    if not isinstance(title, str):
        raise TypeError(f"expected a str path, got {type(title).__name__}")
    if not path:
        return title
    return _SEPARATOR.split(title.rstrip("/\\"))[-1] or title


def _colour(n: int, light: bool) -> str:
    # Golden-angle hues: any number of speakers gets distinct, stable colours.
    hue = round(n * 137.508) % 360
    return f"hsl({hue} 75% 86%)" if light else f"hsl({hue} 60% 38%)"


def render_html(report: Report, text: str, *, title: str | os.PathLike[str] | None = None) -> str:
    """A self-contained HTML page showing ``report`` over the ``text`` it was made from.

    Quotes are highlighted in one colour per speaker (with a legend of speakers and their quote
    counts; quotes whose speaker was not found are grey and dashed), speaker mentions and cues are
    marked, every numeric claim is underlined with a tooltip (value, unit, bounds, period, subject,
    source), and the findings are listed beside the text; a key under the title says what each mark
    means. Clicking a finding highlights its claims, clicking a claim pins its tooltip and highlights
    its findings, clicking a speaker in the legend shows only their quotes.

    ``title`` names the page; a path (a file the text was read from) is shown by its base name, see
    :func:`page_title`. Control characters and lone surrogates are shown as visible characters (see
    :func:`claimcheck.render.visible`), one for one, so every mark stays on its characters and the page
    always encodes as UTF-8. Raises SpanMismatchError if a span of the report does not slice back to
    ``text``.
    """
    check_spans(report, text)
    name = page_title(title)
    colours = _speakers(report)
    counts: dict[str | None, int] = defaultdict(int)
    kinds: dict[str | None, str] = {}
    for q in report.quotes:
        who = _speaker_key(q)
        counts[who] += 1
        kinds.setdefault(who, q.speaker.kind if q.speaker else "")
    e = html.escape
    css_speakers = "\n".join(
        f".spk-{n} {{ --spk: {_colour(n, True)}; --spk-line: {_colour(n, False)}; }}"
        for who, n in colours.items() if who is not None
    )
    legend = "\n".join(
        f'<li class="legend-item {_speaker_class(who is not None, n)}" data-speaker="{n}" tabindex="0">'
        f'<span class="swatch"></span> <span class="name">{e(who or "no speaker found")}</span>'
        f' <span class="kind">{e(kinds[who])}</span>'
        f' <span class="count">{count(counts[who], "quote")}</span></li>'
        # Quotes without a speaker come last: they are not one more speaker.
        for who, n in sorted(colours.items(), key=lambda item: item[0] is None)
    )
    findings = "\n".join(_finding_item(report, k) for k in range(len(report.findings)))
    claims = "\n".join(_claim_item(c, i) for i, c in enumerate(report.claims))
    published = report.published.isoformat() if report.published else "unknown"
    summary = " · ".join((
        f"published {published}", count(len(report.quotes), "quote"), count(len(report.claims), "claim"),
        count(len(report.findings), "finding"),
    ))
    parts = _page_parts()
    page = parts["page.html"].format(
        title=e(name),
        summary=e(summary),
        css=parts["page.css"],
        css_speakers=css_speakers,
        key=parts["key.html"],
        article=markup(text, _marks(report)),
        legend=legend or '<li class="empty">no quotes</li>',
        findings=findings or '<li class="empty">no findings</li>',
        claims=claims or '<li class="empty">no claims</li>',
        script=parts["page.js"],
    )
    return visible(page)


def _claim_item(c: Claim, i: int) -> str:
    """A claim in the sidebar: its text, its value, and what it measures when (when these were found)."""
    e = html.escape
    about = [f'<span class="subject">{e(c.subject.span.text)}</span>'] if c.subject is not None else []
    if c.period is not None:
        about.append(f'<span class="period">{e(fmt.period(c.period))}</span>')
    return (
        f'<li class="claim-row" data-claim="{i}"><a href="#claim-{i}">[{i}] {e(c.quantity.span.text)}</a>'
        f' <span class="claim-value">{e(fmt.interval(c.quantity.interval, c.quantity.unit))}</span>'
        + (f'<div class="claim-about">{" · ".join(about)}</div>' if about else "")
        + "</li>"
    )


def _finding_item(report: Report, k: int) -> str:
    f = report.findings[k]
    e = html.escape
    links = ", ".join(
        f'<a href="#claim-{n}" data-claim="{n}">[{n}] {e(report.claims[n].quantity.span.text)}</a>' for n in f.claims
    )
    return (
        f'<li class="finding sev-{e(f.severity)}" id="finding-{k}" data-finding="{k}" '
        f'data-claims="{" ".join(map(str, f.claims))}" tabindex="0" role="button">'
        f'<span class="severity">{e(f.severity)}</span> <code class="check">{e(f.check)}</code>'
        f'<p class="message">{e(f.message)}</p><p class="links">claims: {links}</p></li>'
    )


@functools.cache
def _page_parts() -> dict[str, str]:
    """The page's fixed parts, files beside this module: its template (``str.format`` fields), style
    sheet, script and key. Read once per process."""
    folder = resources.files(__package__)
    return {
        name: folder.joinpath(name).read_text(encoding="utf-8")
        for name in ("page.html", "page.css", "page.js", "key.html")
    }
