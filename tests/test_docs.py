"""The docs stay true: every example runs, every excerpt is real, every CLI option is documented."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from crosscheck.cli import _parser, main

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
GUIDE = DOCS / "guide.md"


def _blocks(language: str):
    for path in sorted(DOCS.glob("*.md")):
        pattern = rf"```{language}\n(.*?)```"
        for n, block in enumerate(re.findall(pattern, path.read_text(encoding="utf-8"), re.DOTALL)):
            yield pytest.param(block, id=f"{path.stem}-{n}")


@pytest.mark.parametrize("code", list(_blocks("python")))
def test_doc_example_runs(code, capsys):
    exec(compile(code, "docs example", "exec"), {})


@pytest.mark.parametrize("block", list(_blocks("(?:sh|console|bash)")))
def test_doc_commands_run(block, tmp_path, monkeypatch, capsys):
    # Run from a scratch directory that sees the repository's fixtures, so outputs land there.
    (tmp_path / "fixtures").symlink_to(ROOT / "fixtures")
    (tmp_path / "seeds").symlink_to(ROOT / "seeds")
    monkeypatch.chdir(tmp_path)
    commands = [line.strip().removeprefix("$ ") for line in block.splitlines() if line.strip()]
    assert commands
    for command in commands:
        words = shlex.split(command)
        assert words[0] == "crosscheck", f"only crosscheck commands can be checked: {command!r}"
        assert main(words[1:]) in (0, 3), command
        capsys.readouterr()


def _story_reports() -> list[set[str]]:
    reports = []
    for story in sorted(p for p in (ROOT / "fixtures" / "stories").iterdir() if p.is_dir()):
        from crosscheck import check, read_articles

        reports.append(set(check(read_articles(sorted(str(f) for f in story.glob("*.txt")))).to_text().splitlines()))
    return reports


@pytest.mark.parametrize("excerpt", list(_blocks("text")))
def test_doc_excerpts_are_real_reports(excerpt):
    lines = [line for line in excerpt.splitlines() if line.strip() not in ("", "…")]
    assert any(all(line in report for line in lines) for report in _story_reports()), (
        "a text excerpt in docs/ is no longer what crosscheck prints for any bundled story"
    )


def _report_parser():
    return _parser()._subparsers._group_actions[0].choices["report"]  # type: ignore[union-attr]


def test_guide_documents_every_report_option():
    guide = GUIDE.read_text(encoding="utf-8")
    missing = [
        option
        for action in _report_parser()._actions
        for option in action.option_strings
        if option not in ("-h", "--help") and f"`{option}" not in guide
    ]
    assert not missing, f"options of 'crosscheck report' missing from docs/guide.md: {missing}"


def test_guide_documents_every_choice():
    guide = GUIDE.read_text(encoding="utf-8")
    for action in _report_parser()._actions:
        for choice in action.choices or ():
            assert f"`{choice}`" in guide or f"**{choice}**" in guide, f"{action.dest}={choice} is undocumented"
    synopsis = re.search(r"crosscheck report \[--format ([a-z|]+)\]", guide)
    assert synopsis and synopsis.group(1).split("|") == list(_report_parser()._option_string_actions["--format"].choices)


@pytest.mark.parametrize("block", list(_blocks("toml")))
def test_doc_toml_examples_parse(block):
    import tomllib

    assert tomllib.loads(block)
