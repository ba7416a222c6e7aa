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


def test_aliases_file_adds_a_place_and_a_bad_one_exits_2(tmp_path, capsys):
    aliases = tmp_path / "aliases.toml"
    aliases.write_text('[[alias]]\nname = "Qzorvania"\nplace = "iso:KE"\n', encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("---\npublished: 2024-03-05\n---\nFloods killed 12 people in Qzorvania on 4 March 2024, officials said.\n", encoding="utf-8")
    assert main(["report", "--format", "json", "--aliases", str(aliases), str(article)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert ("location", "Kenya") in {(c["attribute"], c["value"]) for c in report["claims"]}
    bad = tmp_path / "bad.toml"
    bad.write_text("[[alias]]\nname = 1\n", encoding="utf-8")
    assert main(["report", "--aliases", str(bad), str(article)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "bad.toml" in err and "Traceback" not in err


def test_markdown_and_html_formats(tmp_path, seeds, capsys):
    assert main(["report", "--format", "markdown", *seeds]) == 0
    markdown = capsys.readouterr().out
    assert markdown.startswith("# crosscheck report\n") and "| attribute | verdict |" in markdown
    page = tmp_path / "report.html"
    assert main(["report", "--format", "html", "--output", str(page), *seeds]) == 0
    assert capsys.readouterr().out == ""
    text = page.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>") and 'id="conflict-count"' in text
    assert main(["report", "--format", "json", *seeds]) == 0
    conflicts = json.loads(capsys.readouterr().out)["summary"]["conflicts"]
    assert f'id="conflict-count">{conflicts}<' in text


def test_fail_on_conflict_applies_to_every_format(tmp_path, seeds, capsys):
    for fmt in ("markdown", "html"):
        assert main(["report", "--format", fmt, "--fail-on", "conflict", "-o", str(tmp_path / f"r.{fmt}"), *seeds]) == 3
    capsys.readouterr()


def test_no_colour_off_a_terminal_or_with_no_color(seeds, capsys, monkeypatch):
    assert main(["report", *seeds]) == 0
    assert "\033[" not in capsys.readouterr().out  # captured output is not a terminal
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True, raising=False)
    assert main(["report", *seeds]) == 0
    assert "\033[" not in capsys.readouterr().out


def test_output_extension_picks_the_format(tmp_path, seeds):
    for name, opening in [("r.json", "{"), ("r.md", "# "), ("r.html", "<!DOCTYPE html>"), ("r.txt", "crosscheck:")]:
        out = tmp_path / name
        assert main(["report", "--output", str(out), *seeds]) == 0
        assert out.read_text(encoding="utf-8").lstrip().startswith(opening), name
    # An explicit --format wins over the extension.
    out = tmp_path / "forced.json"
    assert main(["report", "--format", "text", "--output", str(out), *seeds]) == 0
    assert out.read_text(encoding="utf-8").startswith("crosscheck:")
