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

import html
import os
import re
from collections import defaultdict
from collections.abc import Iterable
from typing import Any, Final

from attrs import frozen

from claimcheck.checks import render as fmt
from claimcheck.errors import InputError
from claimcheck.interval import fmt as plain
from claimcheck.model import Claim, Quote, Report, Span
from claimcheck.render import visible

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

#: Label colours for ``displacy.render(..., options={"colors": DISPLACY_COLORS})``.
DISPLACY_COLORS: Final = {"QUOTE": "#a5d8ff", "SPEAKER": "#ffc078", "CUE": "#d0bfff", "CLAIM": "#8ce99a"}

# Nesting order when two marks cover the same characters: quotes outermost, claims innermost.
_RANK: Final = {"quote": 0, "speaker": 1, "cue": 2, "claim": 3}

_DEFAULT_TITLE: Final = "claimcheck report"
_SEPARATOR: Final = re.compile(r"[\\/]")
_ABSOLUTE: Final = re.compile(r"(?:[/~]|\.\.?[\\/]|[A-Za-z]:[\\/]|\\\\)")
_RELATIVE_FILE: Final = re.compile(r"[^\s<>]*[\\/][^\s<>\\/]*\.\w+")


class SpanMismatchError(InputError):
    """A span of the report does not slice back to the text given with it.

    ``where`` names the span ("claims[0].quantity"), ``span`` is the span, ``found`` is what the text
    holds at its offsets (``None`` when the offsets lie beyond the end of the text).
    """

    def __init__(self, where: str, span: Span, found: str | None) -> None:
        got = "offsets beyond the end of the text" if found is None else f"{_preview(found)!r}"
        super().__init__(
            f"{where}: expected {_preview(span.text)!r} at {span.start}:{span.end} of the text, got {got}; "
            "pass the exact text the report was made from"
        )
        self.where = where
        self.span = span
        self.found = found


@frozen
class Mark:
    """An element ``<tag attrs>`` around ``text[start:end]``; ``rank`` orders marks of equal extent."""

    start: int
    end: int
    tag: str
    attrs: tuple[tuple[str, str], ...] = ()
    rank: int = 0


def _preview(s: str, limit: int = 40) -> str:
    return s if len(s) <= limit else s[: limit - 1] + "…"


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


def _speakers(report: Report) -> dict[str | None, int]:
    """Speaker name (None for quotes without one) -> colour index, in order of first quote."""
    order: dict[str | None, int] = {}
    for q in report.quotes:
        name = q.speaker.name if q.speaker is not None else None
        order.setdefault(name, len(order))
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
        counts[_speaker_key(q)] += 1
        kinds.setdefault(_speaker_key(q), q.speaker.kind if q.speaker else "")
    e = html.escape
    css_speakers = "\n".join(
        f".spk-{n} {{ --spk: {_colour(n, True)}; --spk-line: {_colour(n, False)}; }}"
        for who, n in colours.items() if who is not None
    )
    legend = "\n".join(
        f'<li class="legend-item {_speaker_class(who is not None, n)}" data-speaker="{n}" tabindex="0">'
        f'<span class="swatch"></span> <span class="name">{e(who or "no speaker found")}</span>'
        f' <span class="kind">{e(kinds[who])}</span>'
        f' <span class="count">{_count(counts[who], "quote")}</span></li>'
        # Quotes without a speaker come last: they are not one more speaker.
        for who, n in sorted(colours.items(), key=lambda item: item[0] is None)
    )
    findings = "\n".join(_finding_item(report, k) for k in range(len(report.findings)))
    claims = "\n".join(_claim_item(c, i) for i, c in enumerate(report.claims))
    published = report.published.isoformat() if report.published else "unknown"
    summary = " · ".join((
        f"published {published}", _count(len(report.quotes), "quote"), _count(len(report.claims), "claim"),
        _count(len(report.findings), "finding"),
    ))
    page = _PAGE.format(
        title=e(name),
        summary=e(summary),
        css=_CSS,
        css_speakers=css_speakers,
        key=_KEY,
        article=markup(text, _marks(report)),
        legend=legend or '<li class="empty">no quotes</li>',
        findings=findings or '<li class="empty">no findings</li>',
        claims=claims or '<li class="empty">no claims</li>',
        script=_SCRIPT,
    )
    return visible(page)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


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


def _tokens(text: str, cuts: set[int]) -> list[tuple[int, int]]:
    """Whitespace-separated words of ``text``, split again at every offset in ``cuts``."""
    out: list[tuple[int, int]] = []
    start: int | None = None
    for i, ch in enumerate(text + " "):
        if start is not None and (ch.isspace() or i in cuts):
            out.append((start, i))
            start = None
        if start is None and not ch.isspace() and i < len(text):
            start = i
    return out


def to_displacy(report: Report, text: str) -> dict[str, Any]:
    """The report as spaCy's displaCy "span" style expects it in manual mode.

    ``displacy.render(to_displacy(report, text), style="span", manual=True,
    options={"colors": DISPLACY_COLORS})`` shows quotes, speakers, cues and claims as labelled spans.
    Tokens are the text's words, split where a span begins or ends. Raises SpanMismatchError as
    :func:`render_html` does.

    >>> import claimcheck
    >>> text = "Экспорт вырос на 5%."
    >>> data = to_displacy(claimcheck.analyze(text), text)
    >>> data["tokens"], data["spans"][0]["label"], data["spans"][0]["start_token"], data["spans"][0]["end_token"]
    (['Экспорт', 'вырос', 'на', '5%', '.'], 'CLAIM', 2, 4)
    """
    check_spans(report, text)
    labelled: list[tuple[Span, str, str]] = []
    seen: set[tuple[int, int, str]] = set()
    for q in report.quotes:
        labelled.append((q.span, "QUOTE", q.speaker.name if q.speaker else ""))
        extra: list[tuple[Span, str, str]] = []
        if q.speaker is not None:
            extra.append((q.speaker.span, "SPEAKER", q.speaker.name))
        if q.cue is not None:
            extra.append((q.cue, "CUE", ""))
        for span, label, kb in extra:
            if (span.start, span.end, label) not in seen:
                seen.add((span.start, span.end, label))
                labelled.append((span, label, kb))
    labelled.extend((c.quantity.span, "CLAIM", "") for c in report.claims)
    cuts = {b for s, _, _ in labelled for b in (s.start, s.end)}
    tokens = _tokens(text, cuts)
    spans: list[dict[str, Any]] = []
    for span, label, _kb in labelled:
        first = next((n for n, (a, _) in enumerate(tokens) if a >= span.start), len(tokens))
        last = sum(1 for _, b in tokens if b <= span.end)
        if first < last:
            spans.append({
                "start": span.start, "end": span.end, "start_token": first, "end_token": last, "label": label,
            })
    spans.sort(key=lambda s: (s["start_token"], -s["end_token"]))
    return {"text": text, "tokens": [text[a:b] for a, b in tokens], "spans": spans, "title": None}


_CSS: Final = """
:root { --fg: #1f2328; --muted: #656d76; --line: #d0d7de; --hl: #ffd43b; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
  color: var(--fg); background: #fff; }
header { padding: 12px 24px; border-bottom: 1px solid var(--line); }
header h1 { margin: 0; font-size: 20px; }
header p { margin: 2px 0 0; color: var(--muted); font-size: 14px; }
.layout { display: grid; grid-template-columns: minmax(0, 3fr) minmax(280px, 2fr); gap: 24px; padding: 16px 24px; }
@media (max-width: 900px) { .layout { grid-template-columns: 1fr; } }
.article { white-space: pre-wrap; overflow-wrap: anywhere; }
aside h2 { font-size: 15px; margin: 14px 0 6px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
aside ul { list-style: none; margin: 0; padding: 0; }
aside { font-size: 14px; }
.quote { background: var(--spk); color: inherit; border-radius: 3px; padding: 1px 0; }
.article.focus .quote:not(.focus) { background: transparent; }
.nospk { --spk: #f1f3f5; --spk-line: #868e96; }
.quote.nospk { outline: 1px dashed var(--spk-line); }
.legend-item.nospk .name { font-style: italic; color: var(--muted); }
.legend-item.nospk .swatch { border-style: dashed; }
.key-sample { --spk: hsl(0 75% 86%); --spk-line: hsl(0 60% 38%); }
.speaker { font-weight: 600; border-bottom: 3px solid var(--spk-line); }
.cue { font-style: italic; outline: 1px dashed var(--muted); outline-offset: 1px; border-radius: 2px; }
.claim { text-decoration: underline 2px #1c7ed6; text-underline-offset: 3px; cursor: pointer; position: relative; }
.key .claim { cursor: default; }
.claim.hl, .claim-row.hl a { background: var(--hl); outline: 2px solid #f08c00; }
.claim[data-tip]:hover::after, .claim[data-tip]:focus::after, .claim.pinned::after { content: attr(data-tip);
  position: absolute;
  left: 0; top: 100%; z-index: 10; width: max-content; max-width: 30em; white-space: pre-wrap;
  background: #212529; color: #f8f9fa;
  font: 12px/1.4 ui-monospace, SFMono-Regular, Menlo, monospace; padding: 6px 8px; border-radius: 4px; }
.legend-item { display: flex; gap: 6px; align-items: baseline; padding: 2px 4px; cursor: pointer; border-radius: 3px; }
.legend-item.focus { outline: 2px solid var(--spk-line); }
.swatch { display: inline-block; width: 14px; height: 14px; background: var(--spk); border: 2px solid var(--spk-line);
  border-radius: 3px; align-self: center; }
.kind, .count, .claim-value, .claim-about { color: var(--muted); }
.claim-row { margin: 0 0 4px; }
.claim-about { font-size: 13px; padding-left: 1.5em; }
.key { list-style: none; margin: 8px 0 0; padding: 0; display: flex; flex-wrap: wrap; gap: 4px 18px;
  font-size: 13px; color: var(--muted); }
.key li { display: flex; gap: 6px; align-items: baseline; }
.key .quote, .key .speaker, .key .cue, .key .claim { color: var(--fg); }
.finding-key { border: 1px solid var(--line); border-left-width: 5px; border-radius: 4px; padding: 0 6px;
  color: var(--fg); }
.legend-item .name { flex: 1; }
.count { white-space: nowrap; }
.finding { border: 1px solid var(--line); border-left-width: 5px; border-radius: 4px; padding: 6px 8px;
  margin: 0 0 8px; cursor: pointer; }
.finding.selected, .finding.hl { box-shadow: 0 0 0 2px var(--hl); }
.finding p { margin: 4px 0 0; }
.sev-contradiction { border-left-color: #e03131; }
.sev-warning { border-left-color: #f08c00; }
.sev-note { border-left-color: #4dabf7; }
.severity { font-weight: 600; text-transform: uppercase; font-size: 12px; }
.sev-contradiction .severity { color: #c92a2a; }
.links, .empty { color: var(--muted); }
"""

_SCRIPT: Final = """
(function () {
  "use strict";
  function all(sel) { return Array.prototype.slice.call(document.querySelectorAll(sel)); }
  function clear() {
    all(".hl").forEach(function (el) { el.classList.remove("hl"); });
    all(".pinned").forEach(function (el) { el.classList.remove("pinned"); });
    all(".finding.selected").forEach(function (el) { el.classList.remove("selected"); });
  }
  function ids(el, name) { return (el.getAttribute(name) || "").split(" ").filter(Boolean); }
  function selectFinding(item) {
    var was = item.classList.contains("selected");
    clear();
    if (was) { return; }
    item.classList.add("selected");
    var first = null;
    ids(item, "data-claims").forEach(function (n) {
      all('.claim[data-claim="' + n + '"], .claim-row[data-claim="' + n + '"]').forEach(function (el) {
        el.classList.add("hl");
        if (!first && el.classList.contains("claim")) { first = el; }
      });
    });
    if (first && first.scrollIntoView) { first.scrollIntoView({block: "center"}); }
  }
  function selectClaim(el) {
    clear();
    var n = el.getAttribute("data-claim");
    el.classList.add("pinned");
    all('[data-claim="' + n + '"]').forEach(function (c) {
      if (c.classList.contains("claim") || c.classList.contains("claim-row")) { c.classList.add("hl"); }
    });
    ids(el, "data-findings").forEach(function (k) {
      var f = document.getElementById("finding-" + k);
      if (f) { f.classList.add("hl"); }
    });
  }
  function focusSpeaker(item) {
    var article = document.querySelector(".article");
    var n = item.getAttribute("data-speaker");
    var on = !item.classList.contains("focus");
    all(".legend-item.focus, .quote.focus").forEach(function (el) { el.classList.remove("focus"); });
    article.classList.toggle("focus", on);
    if (!on) { return; }
    item.classList.add("focus");
    all('.quote[data-speaker="' + n + '"]').forEach(function (q) { q.classList.add("focus"); });
  }
  function activate(el, fn) {
    el.addEventListener("click", function (ev) {
      if (ev.target.closest && ev.target.closest("a") && el.classList.contains("finding")) { ev.preventDefault(); }
      fn(el);
    });
    el.addEventListener("keydown", function (ev) {
      if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); fn(el); }
    });
  }
  all(".finding").forEach(function (el) { activate(el, selectFinding); });
  all(".article .claim").forEach(function (el) { activate(el, selectClaim); });
  all(".legend-item").forEach(function (el) { activate(el, focusSpeaker); });
})();
"""

# What the marks mean, under the title: one sample of each, styled by the same classes as the article.
_KEY: Final = """<ul class="key" aria-label="key">
<li><mark class="quote key-sample">quote</mark> a speaker's words, one colour per speaker</li>
<li><mark class="quote nospk">quote</mark> no speaker found</li>
<li><span class="speaker key-sample">speaker</span> who speaks</li>
<li><span class="cue">cue</span> the word that reports speech</li>
<li><span class="claim">claim</span> a number checked: point or click for details</li>
<li><span class="finding-key sev-contradiction">contradiction</span>\
<span class="finding-key sev-warning">warning</span><span class="finding-key sev-note">note</span>\
findings, listed beside the text</li>
</ul>"""

_PAGE: Final = """<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="claimcheck">
<title>{title}</title>
<style>{css}
{css_speakers}
</style>
</head>
<body>
<header><h1>{title}</h1><p>{summary}</p>
{key}
</header>
<div class="layout">
<main><div class="article" lang="ru">{article}</div></main>
<aside>
<h2>Speakers</h2>
<ul class="legend">
{legend}
</ul>
<h2>Findings</h2>
<ul class="findings">
{findings}
</ul>
<h2>Claims</h2>
<ul class="claims">
{claims}
</ul>
</aside>
</div>
<script>{script}</script>
</body>
</html>
"""
