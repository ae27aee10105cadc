"""The claimcheck command: formats, exit codes and error messages."""

from __future__ import annotations

import importlib.metadata
import io
import json
import os
import sys
from pathlib import Path

import pytest

from claimcheck.cli import main

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_3c8424a574b2a25d.txt"


def test_text_report(capsys: pytest.CaptureFixture[str]) -> None:
    """The default output groups quotes by speaker and shows claims and findings."""
    assert main([str(SEED), "--published", "2025-01-30"]) == 0
    out = capsys.readouterr().out
    assert "Quotes (9)" in out and "Олжас Бектенов (person), 2 quotes" in out
    assert "period 2024-01-01..2024-11-30" in out and "NOTE run_rate" in out


def test_json_report(capsys: pytest.CaptureFixture[str]) -> None:
    """--format json prints one claimcheck/1 document."""
    assert main([str(SEED), "--published", "2025-01-30", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["schema"] == "claimcheck/1" and len(data["quotes"]) == 9


def test_json_of_several_files_is_one_array(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--format json with several FILEs prints one JSON array of their reports, each with its "file"."""
    other = tmp_path / "b.txt"
    other.write_text("Экспорт вырос на 5%.", encoding="utf-8")
    assert main([str(SEED), str(other), "--published", "2025-01-30", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [d["file"] for d in data] == [str(SEED), str(other)]
    for d, path in zip(data, (SEED, other), strict=True):
        assert main([str(path), "--published", "2025-01-30", "--format", "json"]) == 0
        assert {"file": str(path), **json.loads(capsys.readouterr().out)} == d


def test_json_refuses_jsonl_among_several_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A JSONL FILE among several with --format json is a usage error: its lines cannot join the array."""
    records = tmp_path / "r.jsonl"
    records.write_text('{"text": "Рост на 5%."}\n', encoding="utf-8")
    with pytest.raises(SystemExit) as exc:
        main([str(SEED), str(records), "--format", "json"])
    captured = capsys.readouterr()
    assert exc.value.code == 2 and captured.out == "" and "give the JSONL file on its own" in captured.err


def test_full_shows_whole_quotes(capsys: pytest.CaptureFixture[str]) -> None:
    """--full prints each quote whole; by default a long quote is cut to about 100 characters."""
    ending = "обеспечить четкое исполнение тех договоренностей, которые были достигнуты нашими лидерами»"
    assert main([str(SEED)]) == 0
    short = capsys.readouterr().out
    assert main([str(SEED), "--full"]) == 0
    full = capsys.readouterr().out
    assert ending in full and ending not in short and "…»" in short


def test_html_title_is_the_file_base_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The HTML page of a file is titled by the file's base name, not by the path as given."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "Мои новости.txt").write_text("Экспорт вырос на 5%.", encoding="utf-8")
    assert main(["news/Мои новости.txt", "--format", "html"]) == 0
    assert "<title>Мои новости.txt</title>" in capsys.readouterr().out


def test_jsonl_from_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """'-' reads standard input; --format jsonl prints one line a file."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("Экспорт вырос на 5%.".encode())))
    assert main(["-", "--format", "jsonl"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["file"] == "-"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing-file.txt"], "missing-file.txt: No such file"),
        (
            [str(SEED), "--published", "2025-13-45"],
            "argument --published: expected a date YYYY-MM-DD, got '2025-13-45' (month must be in 1..12)",
        ),
        ([str(SEED), "--published", "30.01.2025"], "expected a date YYYY-MM-DD, got '30.01.2025'\n"),
        ([str(SEED), "--max-chars", "10"], "at most 10 characters"),
    ],
)
def test_errors_exit_2_with_one_line(args: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    """Usage and input errors exit with status 2 and a single line on stderr."""
    with pytest.raises(SystemExit) as exc:
        main(args)
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1


def test_undecodable_bytes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A file that is not UTF-8 is an input error naming the file once and saying to convert it, not a crash."""
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Рубль".encode("cp1251"))
    with pytest.raises(SystemExit) as exc:
        main([str(bad)])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert err == f"claimcheck: error: {bad}: not UTF-8 text (invalid continuation byte at byte 0); convert it to UTF-8\n"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_with_a_byte_order_mark_is_read(encoding: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A text file that starts with a UTF-16 byte order mark is read as UTF-16: the same report as in UTF-8."""
    text = SEED.read_text(encoding="utf-8")
    path = tmp_path / "utf16.txt"
    path.write_bytes(("\ufeff" + text).encode(encoding))
    assert main([str(path), "--format", "json"]) == 0
    assert main([str(SEED), "--format", "json"]) == 0
    first, second = capsys.readouterr().out.split("\n}\n", 1)
    assert json.loads(first + "}") == json.loads(second)


def test_broken_utf16(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """UTF-16 that cannot be decoded (a lone surrogate) is an input error saying so."""
    path = tmp_path / "broken.txt"
    path.write_bytes(b"\xff\xfe" + b"\x00\xd8a\x00")
    with pytest.raises(SystemExit) as exc:
        main([str(path)])
    assert exc.value.code == 2
    assert "broken.txt: not UTF-16-LE text (illegal UTF-16 surrogate at byte 2)" in capsys.readouterr().err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    """--version prints the installed version, with no FILE needed."""
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert capsys.readouterr().out == f"claimcheck {importlib.metadata.version('claimcheck')}\n"


def test_file_name_that_is_not_utf8(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A file name that is not UTF-8 (lone surrogates in Python) is written as encodable text and JSON."""
    try:
        path = os.fsdecode(os.path.join(os.fsencode(tmp_path), b"caf\xe9.txt"))
        Path(path).write_text("Экспорт вырос на 5%.", encoding="utf-8")
    except (OSError, UnicodeError):
        pytest.skip("the file system refuses names that are not UTF-8")
    assert main([path, "--format", "jsonl"]) == 0
    line = capsys.readouterr().out
    line.encode("utf-8")
    assert json.loads(line)["file"] == path
    assert main([path, path]) == 0
    out = capsys.readouterr().out
    out.encode("utf-8")
    assert "caf\\udce9.txt" in out
