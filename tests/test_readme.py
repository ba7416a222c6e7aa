"""The README stays true: its set-up commands, CI's test command, and its Python example."""

from __future__ import annotations

import re

from crosscheck.cli import _parser


def _commands(root):
    text = (root / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```(?:sh|bash|console)\n(.*?)```", text, re.DOTALL)
    return text, [line.strip() for block in blocks[:1] for line in block.strip().splitlines()]


def test_readme_opens_with_exactly_two_setup_commands(root):
    _, commands = _commands(root)
    assert len(commands) == 2
    install, tests = commands
    assert "crosscheck report" in install and "seeds/" in install
    assert "[test]" in tests and "pytest" in tests


def test_ci_runs_the_readme_test_command(root):
    _, (_, tests) = _commands(root)
    ci = (root / ".ci" / "run").read_text(encoding="utf-8")
    assert tests in [line.strip() for line in ci.splitlines()]


def test_readme_python_example_runs(root, monkeypatch):
    text = (root / "README.md").read_text(encoding="utf-8")
    [example] = re.findall(r"```python\n(.*?)```", text, re.DOTALL)
    monkeypatch.chdir(root)
    namespace: dict = {}
    exec(compile(example, "README.md", "exec"), namespace)


def test_every_cli_option_is_documented(root):
    docs = (root / "README.md").read_text(encoding="utf-8") + "".join(
        p.read_text(encoding="utf-8") for p in sorted((root / "docs").glob("*.md"))
    )
    report = _parser()._subparsers._group_actions[0].choices["report"]  # type: ignore[union-attr]
    for action in report._actions:
        for option in action.option_strings:
            if option.startswith("--") and option != "--help":
                assert option in docs, f"{option} is not documented"


def test_readme_excerpt_is_real(root, seeds, capsys, monkeypatch):
    from crosscheck.cli import main

    text = (root / "README.md").read_text(encoding="utf-8")
    [excerpt] = re.findall(r"```text\n(.*?)```", text, re.DOTALL)
    monkeypatch.chdir(root)
    assert main(["report", *(str(p.relative_to(root)) for p in map(__import__("pathlib").Path, seeds))]) == 0
    report = capsys.readouterr().out.splitlines()
    for line in excerpt.splitlines():
        if line.strip() not in ("", "…"):
            assert line in report, f"README excerpt line not in the report: {line!r}"
