"""Every Python example in docs/ runs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parent.parent / "docs"


def _examples():
    for path in sorted(DOCS.glob("*.md")):
        for n, block in enumerate(re.findall(r"```python\n(.*?)```", path.read_text(encoding="utf-8"), re.DOTALL)):
            yield pytest.param(block, id=f"{path.stem}-{n}")


@pytest.mark.parametrize("code", list(_examples()))
def test_doc_example_runs(code, capsys):
    exec(compile(code, "docs example", "exec"), {})
