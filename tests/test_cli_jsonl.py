"""The claimcheck command on JSONL input: streaming records in, one JSON line per record out."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import claimcheck
from claimcheck.cli import main

RECORDS: list[dict[str, object]] = [
    {"id": "a", "text": "Экспорт вырос на 5% и составил более $3,2 млрд.", "published": "2025-01-30"},
    {"text": "«Мы готовы», — заявил Иван Петров."},
    {"id": 9, "text": "В прошлом году товарооборот достиг 24,2 млрд долларов."},
]


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def _jsonl(records: list[dict[str, object]]) -> list[str]:
    return [json.dumps(r, ensure_ascii=False) for r in records]


def test_jsonl_file_detected_by_suffix(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A *.jsonl FILE is read as records; each gives {"id", **report}, in order, equal to analyze()."""
    src = _write(tmp_path / "in.jsonl", _jsonl(RECORDS))
    assert main([str(src), "--published", "2020-06-01"]) == 0
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [o["id"] for o in out] == ["a", 2, 9]  # the id defaults to the line number
    for o, r in zip(out, RECORDS, strict=True):
        expected = claimcheck.analyze(str(r["text"]), published=str(r.get("published", "2020-06-01")))
        assert {k: v for k, v in o.items() if k != "id"} == expected.to_dict()


def test_stdin_with_input_format(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """'-' with --input-format jsonl reads records from standard input; no progress bar when piped."""
    data = "\n".join(_jsonl(RECORDS)).encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert main(["-", "--input-format", "jsonl"]) == 0
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()) == 3 and captured.err == ""


def test_blank_lines_are_skipped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Empty lines hold no record (line numbers still count them)."""
    src = _write(tmp_path / "in.jsonl", ["", _jsonl(RECORDS)[1], "   "])
    assert main([str(src)]) == 0
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [o["id"] for o in out] == [2]


def test_bad_record_fails_naming_its_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """By default a bad record stops the run: exit 2, a message naming the record; earlier lines are out."""
    src = _write(tmp_path / "in.jsonl", [*_jsonl(RECORDS[:1]), "{not json", *_jsonl(RECORDS[1:])])
    with pytest.raises(SystemExit) as info:
        main([str(src)])
    assert info.value.code == 2
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()) == 1
    assert "in.jsonl: record 2:" in captured.err and "line 2 is not JSON" in captured.err


def test_errors_record_goes_on(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--errors record writes {"id", "error"} for a bad record and goes on."""
    lines = ['["a list"]', json.dumps({"id": "t", "text": 5}), json.dumps({"id": "d", "text": "x", "published": "2024-02-30"}), *_jsonl(RECORDS[:1])]
    src = _write(tmp_path / "in.jsonl", lines)
    assert main([str(src), "--errors", "record"]) == 0
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [o.get("error", {}).get("error") for o in out] == ["UnreadableItem", "TypeError", "PublishedDateError", None]
    assert out[0]["id"] == 1 and out[1]["id"] == "t" and out[3]["id"] == "a"


def test_jobs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--jobs 2 analyses in two processes; the output is the same, in the same order."""
    src = _write(tmp_path / "in.jsonl", _jsonl(RECORDS * 4))
    assert main([str(src)]) == 0
    one = capsys.readouterr().out
    assert main([str(src), "--jobs", "2"]) == 0
    assert capsys.readouterr().out == one


def test_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A missing JSONL file is a one-line error."""
    with pytest.raises(SystemExit) as info:
        main([str(tmp_path / "nope.jsonl")])
    assert info.value.code == 2 and "nope.jsonl" in capsys.readouterr().err


def test_text_file_still_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--input-format text reads a .jsonl-named file as plain text."""
    src = _write(tmp_path / "odd.jsonl", ["Экспорт вырос на 5%."])
    assert main([str(src), "--input-format", "text", "--format", "json"]) == 0
    assert len(json.loads(capsys.readouterr().out)["claims"]) == 1


def test_progress_bar_on_a_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """On a terminal a progress bar goes to standard error (and --no-progress turns it off)."""
    src = _write(tmp_path / "in.jsonl", _jsonl(RECORDS))
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert main([str(src)]) == 0
    assert "claimcheck" in capsys.readouterr().err
    assert main([str(src), "--no-progress"]) == 0
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize(
    ("line", "reason"),
    [(b"{not json", "is not JSON"), (b"\xff{}", "is not UTF-8"), (b"[1, 2]", "is not a JSON object")],
    ids=["not-json", "not-utf8", "not-object"],
)
def test_jobs_with_a_bad_line_fails_without_hanging(tmp_path: Path, line: bytes, reason: str) -> None:
    """--jobs 2 with an unreadable line exits 2 naming it, as one process does (it used to hang forever)."""
    src = tmp_path / "in.jsonl"
    src.write_bytes(b"\n".join([*(r.encode() for r in _jsonl(RECORDS)), line, b""]))
    command = [sys.executable, "-m", "claimcheck.cli", str(src), "--jobs", "2"]
    run = subprocess.run(command, capture_output=True, timeout=60)
    assert run.returncode == 2 and f"record 4: UnreadableItem: line 4 {reason}" in run.stderr.decode()
    assert len(run.stdout.splitlines()) == 3
    kept = subprocess.run([*command, "--errors", "record"], capture_output=True, timeout=60, check=True)
    assert [json.loads(o).get("error", {}).get("id") for o in kept.stdout.splitlines()] == [None, None, None, 4]


def test_lone_surrogates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A record whose id and text hold a lone surrogate (a \\ud800 escape) fails as a record: with --errors
    record an encodable error line and the run goes on, without it exit 2 and one line."""
    src = _write(tmp_path / "s.jsonl", ['{"id": "\\ud800", "text": "Рост\\ud800 на 5%."}', *_jsonl(RECORDS[:1])])
    assert main([str(src), "--errors", "record"]) == 0
    out = capsys.readouterr().out
    out.encode("utf-8")
    first, second = (json.loads(line) for line in out.splitlines())
    assert first["id"] == "\ud800" and first["error"]["error"] == "SurrogateError"
    assert "U+D800 at offset 4" in first["error"]["message"] and second["id"] == "a"
    with pytest.raises(SystemExit) as info:
        main([str(src)])
    err = capsys.readouterr().err
    assert info.value.code == 2 and err.count("\n") == 1 and "SurrogateError" in err
    err.encode("utf-8")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ('{"text": "Рост"}\n'.encode("utf-16"), "line 1 starts with a UTF-16 byte order mark: the file looks like UTF-16"),
        (b'{"text": "a"}\n{"text": "\xff"}\n', "line 2 is not UTF-8 (invalid start byte at byte 10)"),
    ],
    ids=["utf-16", "not-utf8"],
)
def test_encoding_problems_say_what_to_do(
    data: bytes, message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A JSONL line that is not UTF-8 fails saying so and where, with a hint when the file is UTF-16."""
    src = tmp_path / "in.jsonl"
    src.write_bytes(data)
    with pytest.raises(SystemExit) as info:
        main([str(src)])
    err = capsys.readouterr().err
    assert info.value.code == 2 and message in err and "convert" in err


@pytest.mark.parametrize(
    ("option", "message"),
    [
        (["--jobs", "0"], "argument --jobs: expected at least 1, got 0"),
        (["--max-chars", "-3"], "argument --max-chars: expected at least 0, got -3"),
        (["--max-chars", "1e3"], "argument --max-chars: expected a whole number, got '1e3'"),
    ],
)
def test_bad_counts_are_usage_errors(
    option: list[str], message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--jobs below 1 and --max-chars below 0 are usage errors (exit 2), not a silent 1 or a traceback."""
    src = _write(tmp_path / "in.jsonl", _jsonl(RECORDS))
    with pytest.raises(SystemExit) as info:
        main([str(src), *option])
    assert info.value.code == 2 and message in capsys.readouterr().err
