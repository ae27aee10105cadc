"""Reports for people: a plain-text rendering (the CLI's default output).

>>> import claimcheck
>>> print(render_text(claimcheck.analyze("«Мы готовы», — заявил Иван Петров.")))
Quotes (1)
  Иван Петров (person), 1 quote
    direct  «Мы готовы»  [cue: заявил]
Claims (0)
Findings (0)
"""

from __future__ import annotations

from collections import defaultdict

from claimcheck.checks import render as fmt
from claimcheck.model import Quote, Report

__all__ = ["render_text"]

_QUOTE_PREVIEW = 100


def _preview(text: str, limit: int = _QUOTE_PREVIEW) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def render_text(report: Report) -> str:
    """Quotes grouped by speaker, claims with value, unit, period and source, findings with arithmetic."""
    lines: list[str] = []
    by_speaker: dict[tuple[str, str], list[Quote]] = defaultdict(list)
    for q in report.quotes:
        key = (q.speaker.name, q.speaker.kind) if q.speaker is not None else ("(no speaker)", "unknown")
        by_speaker[key].append(q)
    lines.append(f"Quotes ({len(report.quotes)})")
    for (name, kind), quotes in by_speaker.items():
        lines.append(f"  {name} ({kind}), {len(quotes)} quote{'s' if len(quotes) != 1 else ''}")
        for q in quotes:
            cue = f"  [cue: {q.cue.text}]" if q.cue is not None else ""
            lines.append(f"    {q.kind:<8}«{_preview(q.span.text)}»{cue}")
    lines.append(f"Claims ({len(report.claims)})")
    for i, c in enumerate(report.claims):
        qty = c.quantity
        parts = [
            f"  [{i}] {qty.span.text!r}: {qty.kind}, {fmt.interval(qty.interval, qty.unit)}"
            + (f" ({qty.direction})" if qty.direction else ""),
        ]
        if c.subject is not None:
            parts.append(f"subject {c.subject.span.text!r}")
        if c.period is not None:
            parts.append(f"period {c.period.first.isoformat()}..{c.period.last.isoformat()}")
        if c.source is not None:
            parts.append(f"source {c.source}")
        lines.append("; ".join(parts))
    lines.append(f"Findings ({len(report.findings)})")
    for f in report.findings:
        claims = ", ".join(f"[{i}]" for i in f.claims)
        lines.append(f"  {f.severity.upper()} {f.check} ({claims}): {f.message}")
    return "\n".join(lines)
