"""The ``claimcheck`` command: analyse files (or standard input) and print reports.

    claimcheck ARTICLE.txt --published 2025-01-30
    claimcheck a.txt b.txt --format jsonl
    claimcheck a.txt b.txt --format json    # one JSON array of the two reports
    cat article.txt | claimcheck - --format json
    claimcheck ARTICLE.txt --format html > report.html
    claimcheck ARTICLE.txt --full                # whole quotes, not ~100 characters
    claimcheck articles.jsonl > reports.jsonl
    cat articles.jsonl | claimcheck - --input-format jsonl --jobs 2 > reports.jsonl

A FILE ending in ".jsonl" (or any FILE with ``--input-format jsonl``) holds one record per line,
``{"id": ..., "text": "...", "published": "YYYY-MM-DD"}`` ("id" and "published" optional; the id
defaults to the line number, the date to ``--published``). Records are read and written one line at a
time, so memory stays flat on inputs of any size, and each gives one JSON line
``{"id": ..., "schema": "claimcheck/1", ...}`` in input order. A bad record stops the run with exit
status 2 and a message naming its line, or with ``--errors record`` gives
``{"id": ..., "error": {...}}`` and the run goes on. A progress bar goes to standard error when that is
a terminal.

Exit status 0 on success, 2 with a one-line message on a usage or input error (a missing file,
bytes that are not UTF-8, a bad date, a text above the size limit), 1 with a one-line message when a
worker process of ``--jobs N`` dies.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import importlib.metadata
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import IO, Any

from claimcheck.analysis import parse_published
from claimcheck.api import DEFAULT_MAX_CHARS, analyze
from claimcheck.batch import UTF16_BOMS, BatchItemError, write_jsonl
from claimcheck.errors import ClaimcheckError, InputError, WorkerError
from claimcheck.html import render_html
from claimcheck.model import Report, json_text
from claimcheck.render import render_text

__all__ = ["main"]



def _version() -> str:
    """The installed distribution's version; the package's own when it runs from a source tree."""
    try:
        return importlib.metadata.version("claimcheck")
    except importlib.metadata.PackageNotFoundError:
        from claimcheck import __version__

        return __version__


def _count(minimum: int) -> Callable[[str], int]:
    """An option's value as a whole number of at least ``minimum`` (argparse's ``type=``)."""

    def parse(value: str) -> int:
        try:
            number = int(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None
        if number < minimum:
            raise argparse.ArgumentTypeError(f"expected at least {minimum}, got {number}")
        return number

    return parse


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="claimcheck",
        description="Quotes, numeric claims and consistency findings of Russian news texts.",
    )
    p.add_argument(
        "files", nargs="+", metavar="FILE", help="UTF-8 (or UTF-16 with a BOM) text files; '-' reads standard input"
    )
    p.add_argument("--published", metavar="YYYY-MM-DD", help="publication date, for relative periods")
    p.add_argument("--format", choices=("text", "json", "jsonl", "html"), default="text", help="output format")
    p.add_argument("--max-chars", type=_count(0), default=DEFAULT_MAX_CHARS, help="refuse longer texts")
    p.add_argument(
        "--input-format",
        choices=("auto", "text", "jsonl"),
        default="auto",
        help="'jsonl': one {id, text, published} record per line; 'auto' (default): jsonl for *.jsonl files",
    )
    p.add_argument(
        "--errors",
        choices=("fail", "record"),
        default="fail",
        help="JSONL input: stop at a bad record (default) or write an error line for it and go on",
    )
    p.add_argument("--jobs", type=_count(1), default=1, metavar="N", help="JSONL input: analyse in N processes")
    p.add_argument("--full", action="store_true", help="show whole quotes instead of ~100 characters (text format)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar, even on a terminal")
    p.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    return p


def _progress_bar(fh: IO[bytes], enabled: bool) -> Any:
    if not enabled or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    try:
        total: int | None = os.fstat(fh.fileno()).st_size or None
    except (OSError, ValueError):
        total = None
    return tqdm(total=total, unit="B", unit_scale=True, desc="claimcheck", file=sys.stderr)


def _run_jsonl(
    name: str, args: argparse.Namespace, published: dt.date | None, parser: argparse.ArgumentParser
) -> None:
    """Analyse the records of one JSONL file (or standard input), writing one JSON line each."""
    with _exit_on_error(parser, name):
        fh: IO[bytes] = sys.stdin.buffer if name == "-" else open(name, "rb")  # noqa: SIM115
    progress = _progress_bar(fh, not args.no_progress)
    try:
        write_jsonl(
            fh,
            sys.stdout,
            on_line=None if progress is None else lambda line: progress.update(len(line)),
            published=published,
            max_chars=args.max_chars,
            n_process=args.jobs,
            batch_size=16,
            on_error="yield" if args.errors == "record" else "raise",
        )
        sys.stdout.flush()
    except BatchItemError as exc:
        parser.exit(2, f"claimcheck: error: {name}: record {exc.key!r}: {exc.problem}\n")
    except WorkerError as exc:
        parser.exit(1, f"claimcheck: error: {name}: {exc}\n")
    finally:
        if progress is not None:
            progress.close()
        if fh is not sys.stdin.buffer:
            fh.close()


def _read(name: str) -> str:
    """The text of a file: UTF-8 (a byte order mark skipped), or UTF-16 when it starts with a UTF-16
    byte order mark, which says so unambiguously (Windows Notepad saves "Unicode" text that way)."""
    if name == "-":
        data = sys.stdin.buffer.read()
    else:
        with open(name, "rb") as fh:
            data = fh.read()
    encoding = "utf-16" if data.startswith(UTF16_BOMS) else "utf-8-sig"
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        problem = f"not {exc.encoding.upper()} text ({exc.reason} at byte {exc.start})"
        raise InputError(problem + ("" if encoding == "utf-16" else "; convert it to UTF-8")) from None


def _shown(name: str) -> str:
    """A file name that can be printed: the lone surrogates that stand for bytes that are not UTF-8
    in a name given on the command line are shown as ``\\udcff`` escapes."""
    return name.encode("utf-8", "backslashreplace").decode("utf-8")


def _is_jsonl(name: str, args: argparse.Namespace) -> bool:
    return args.input_format == "jsonl" or (args.input_format == "auto" and name.endswith(".jsonl"))


def _one_array(args: argparse.Namespace) -> bool:
    """Several files in JSON make one array, written once all are analysed: the output is one valid
    JSON document or, after an error, nothing."""
    return bool(args.format == "json" and len(args.files) > 1)


def _refuse_combinations(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Exit with status 2 on options that cannot go together."""
    if args.format == "html" and len(args.files) > 1:
        parser.exit(2, "claimcheck: error: --format html takes one FILE (one page per article)\n")
    if _one_array(args) and any(_is_jsonl(name, args) for name in args.files):
        parser.exit(
            2,
            "claimcheck: error: --format json with several FILEs writes one array, "
            "but JSONL input gives a JSON line per record: give the JSONL file on its own\n",
        )


@contextlib.contextmanager
def _exit_on_error(parser: argparse.ArgumentParser, name: str) -> Iterator[None]:
    """Exit with status 2 and a one-line message naming file ``name`` when reading or analysing it fails."""
    try:
        yield
    except OSError as exc:
        parser.exit(2, f"claimcheck: error: {name}: {exc.strerror or exc}\n")
    except ClaimcheckError as exc:
        parser.exit(2, f"claimcheck: error: {name}: {exc}\n")


def _write_report(out: IO[str], n: int, name: str, text: str, report: Report, args: argparse.Namespace) -> None:
    """The report of file number ``n`` in the chosen format (any but the one JSON array of several files)."""
    if args.format == "jsonl":
        out.write(json_text({"file": name, **report.to_dict()}) + "\n")
    elif args.format == "html":
        out.write(render_html(report, text, title=_shown(os.path.basename(name)) if name != "-" else None))
    elif args.format == "json":
        out.write(json_text(report.to_dict(), indent=2) + "\n")
    else:
        if len(args.files) > 1:
            out.write(("\n" if n else "") + f"== {_shown(name)}\n")
        out.write(render_text(report, full=args.full) + "\n")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; returns the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    _refuse_combinations(parser, args)
    try:
        published = parse_published(args.published)
    except ClaimcheckError as exc:
        parser.exit(2, f"claimcheck: error: argument --published: {exc}\n")
    array: list[dict[str, object]] | None = [] if _one_array(args) else None
    out = sys.stdout
    for n, name in enumerate(args.files):
        if _is_jsonl(name, args):
            _run_jsonl(name, args, published, parser)
            continue
        with _exit_on_error(parser, name):
            text = _read(name)
            report = analyze(text, published=published, max_chars=args.max_chars)
        if array is not None:
            array.append({"file": name, **report.to_dict()})
        else:
            _write_report(out, n, name, text, report, args)
        out.flush()
    if array is not None:
        out.write(json_text(array, indent=2) + "\n")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
