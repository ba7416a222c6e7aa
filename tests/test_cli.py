"""The command line: standard input, output files, exit statuses."""

from __future__ import annotations

import io
import json
import sys

from crosscheck.cli import main


class _Stdin:
    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)


def test_reads_one_article_from_stdin(monkeypatch, capsys):
    text = "Kenya and Uganda opened border talks on 4 March 2024 in Busia, officials said."
    monkeypatch.setattr(sys, "stdin", _Stdin(text.encode("utf-8")))
    assert main(["report", "--format", "json", "-"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert [s["path"] for s in report["sources"]] == ["-"]
    assert {(c["attribute"], c["value"]) for c in report["claims"]} >= {("start_date", "2024-03-04"), ("participant", "Kenya"), ("location", "Busia")}


def test_fail_on_conflict_exits_3(seeds, capsys):
    assert main(["report", "--fail-on", "conflict", *seeds]) == 3
    assert main(["report", *seeds]) == 0
    capsys.readouterr()


def test_output_file(tmp_path, seeds, capsys):
    out = tmp_path / "report.json"
    assert main(["report", "--format", "json", "--output", str(out), *seeds]) == 0
    assert capsys.readouterr().out == ""
    assert json.loads(out.read_text(encoding="utf-8"))["schema_version"] == 1


def test_usage_errors_exit_2(capsys):
    assert main_exit(["report"]) == 2
    assert main_exit(["report", "--format", "xml", "x.txt"]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err


def main_exit(argv):
    try:
        return main(argv)
    except SystemExit as exc:
        return exc.code
