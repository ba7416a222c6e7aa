"""Run every example corpus in fixtures/corpus/ against its extractor."""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

import pytest

from crosscheck.extract import extractor

CORPUS_DIR = Path(__file__).parent.parent / "fixtures" / "corpus"
KEYS = ("text", "value", "role", "kind")


def _anchor(raw: str | None) -> dt.date | None:
    if raw is None or raw == "none":
        return None
    return dt.date.fromisoformat(raw)


def _cases():
    for path in sorted(CORPUS_DIR.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        anchor = data.get("anchor", "none")
        for polarity in ("positive", "negative"):
            for n, example in enumerate(data.get(polarity, [])):
                yield pytest.param(
                    data["extractor"],
                    polarity,
                    example,
                    _anchor(example.get("anchor", anchor)),
                    id=f"{path.stem}-{polarity}-{n}",
                )


def _view(mention) -> dict[str, str | None]:
    return {
        "text": mention.text,
        "value": mention.value.normalized,
        "role": mention.role,
        "kind": mention.kind,
    }


def _matches(view: dict, wanted: dict) -> bool:
    unknown = set(wanted) - set(KEYS)
    assert not unknown, f"unknown keys in corpus example: {unknown}"
    return all(view[key] == wanted[key] for key in wanted)


@pytest.mark.parametrize(("name", "polarity", "example", "anchor"), list(_cases()))
def test_corpus_example(name, polarity, example, anchor):
    text = example["text"]
    found = extractor(name)(text, anchor=anchor)
    views = [_view(m) for m in found]
    for m in found:
        assert text[m.start : m.end] == m.text, "a mention's span must hold its words as written"
    if polarity == "positive":
        for wanted in example["expect"]:
            assert any(_matches(v, wanted) for v in views), f"missing {wanted}; found {views}"
        if example.get("exact"):
            for v in views:
                assert any(_matches(v, w) for w in example["expect"]), f"unexpected {v}"
    else:
        forbidden = example.get("forbid")
        if forbidden is None:
            assert views == [], f"expected nothing in {text!r}; found {views}"
        else:
            for wanted in forbidden:
                hits = [v for v in views if _matches(v, wanted)]
                assert not hits, f"forbidden {wanted} found in {text!r}"
