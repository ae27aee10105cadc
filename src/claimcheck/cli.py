"""The ``claimcheck`` command: analyse files (or standard input) and print reports.

    claimcheck ARTICLE.txt --published 2025-01-30
    claimcheck a.txt b.txt --format jsonl
    cat article.txt | claimcheck - --format json
    claimcheck ARTICLE.txt --format html > report.html

Exit status 0 on success, 2 with a one-line message on a usage or input error (a missing file,
bytes that are not UTF-8, a bad date, a text above the size limit).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from claimcheck.api import DEFAULT_MAX_CHARS, analyze
from claimcheck.errors import ClaimcheckError
from claimcheck.html import render_html
from claimcheck.pipeline import parse_published
from claimcheck.render import render_text

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="claimcheck",
        description="Quotes, numeric claims and consistency findings of Russian news texts.",
    )
    p.add_argument("files", nargs="+", metavar="FILE", help="UTF-8 text files; '-' reads standard input")
    p.add_argument("--published", metavar="YYYY-MM-DD", help="publication date, for relative periods")
    p.add_argument("--format", choices=("text", "json", "jsonl", "html"), default="text", help="output format")
    p.add_argument("--max-chars", type=int, default=DEFAULT_MAX_CHARS, help="refuse longer texts")
    return p


def _read(name: str) -> str:
    if name == "-":
        data = sys.stdin.buffer.read()
    else:
        with open(name, "rb") as fh:
            data = fh.read()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ClaimcheckError(f"{name}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; returns the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.format == "html" and len(args.files) > 1:
        parser.exit(2, "claimcheck: error: --format html takes one FILE (one page per article)\n")
    try:
        published = parse_published(args.published)
    except ClaimcheckError as exc:
        parser.exit(2, f"claimcheck: error: {exc}\n")
    out = sys.stdout
    for n, name in enumerate(args.files):
        try:
            text = _read(name)
            report = analyze(text, published=published, max_chars=args.max_chars)
        except OSError as exc:
            parser.exit(2, f"claimcheck: error: {name}: {exc.strerror or exc}\n")
        except ClaimcheckError as exc:
            parser.exit(2, f"claimcheck: error: {name}: {exc}\n")
        if args.format == "jsonl":
            out.write(json.dumps({"file": name, **report.to_dict()}, ensure_ascii=False) + "\n")
        elif args.format == "html":
            out.write(render_html(report, text, title=name if name != "-" else None))
        elif args.format == "json":
            out.write(report.to_json(indent=2) + "\n")
        else:
            if len(args.files) > 1:
                out.write(("\n" if n else "") + f"== {name}\n")
            out.write(render_text(report) + "\n")
        out.flush()
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
