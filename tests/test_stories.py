"""Run every multi-source story in fixtures/stories/ and check its expected findings.

An item of an ``expected.toml`` may carry ``pending = "why"``: the expectation is right, but the
pipeline does not meet it yet, for the reason given (naming the stage at fault). Pending items
are checked by ``test_pending_expectations``, which reports them as expected failures while they
fail, and fails once one holds: the key must then be removed, so that it guards against regressions.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

import crosscheck
from crosscheck.io import read_articles
from crosscheck.text import fold

STORIES = Path(__file__).resolve().parent.parent / "fixtures" / "stories"


def _stories():
    return sorted(p for p in STORIES.iterdir() if (p / "expected.toml").exists())


def _aliases(name: str) -> set[str]:
    """Folded canonical names an expected place or actor name may stand for."""
    out = {fold(name)}
    try:
        from crosscheck import gazetteer
    except ImportError:  # pragma: no cover - the gazetteer ships with the package
        return out
    out |= {fold(e.name) for e in gazetteer.lookup(name)}
    return out


def _same(expected: str, actual: str) -> bool:
    if expected == actual:
        return True
    bare = actual.split(":", 1)[1] if ":" in actual and not actual[:1].isdigit() else actual
    return fold(bare) in _aliases(expected)


@pytest.fixture(scope="module", params=_stories(), ids=lambda p: p.name)
def story(request):
    folder: Path = request.param
    expected = tomllib.loads((folder / "expected.toml").read_text(encoding="utf-8"))
    articles = read_articles(sorted(str(p) for p in folder.glob("*.txt")))
    return folder, expected, crosscheck.check(articles)


def _values(finding):
    return [v.value for v in finding.values]


def _finding_matches(finding, want) -> bool:
    if finding.attribute != want["attribute"] or finding.verdict != want.get("verdict", finding.verdict):
        return False
    if "scope" in want and finding.scope != want["scope"]:
        return False
    values = _values(finding)
    if not all(any(_same(w, v) for v in values) for w in want.get("values", [])):
        return False
    if "caveat" in want and "unless_caveat" not in want and not any(want["caveat"].lower() in c.lower() for c in finding.caveats):
        return False
    return True


def _describe(report) -> str:
    return "\n".join(
        f"  {f.event} {f.attribute} {f.verdict} {f.scope} {_values(f)} caveats={list(f.caveats)}" for f in report.findings
    )


def _settled(items):
    return [item for item in items if "pending" not in item]


def test_expected_findings(story):
    folder, expected, report = story
    for want in _settled(expected.get("finding", [])):
        assert any(_finding_matches(f, want) for f in report.findings), (
            f"{folder.name}: missing finding {want}\nfindings:\n{_describe(report)}"
        )


def test_absent_findings(story):
    folder, expected, report = story
    for unwanted in _settled(expected.get("absent", [])):
        hits = [f for f in report.findings if _finding_matches(f, unwanted)]
        if "unless_caveat" in unwanted:
            # Tolerated when the report warns the reader ("different editions").
            word = unwanted["unless_caveat"].lower()
            hits = [f for f in hits if not any(word in c.lower() for c in f.caveats)]
        assert not hits, f"{folder.name}: unexpected finding {unwanted}\nfindings:\n{_describe(report)}"


def test_expected_claims(story):
    folder, expected, report = story
    by_id = {a.id: a for a in report.articles}
    for want in _settled(expected.get("claim", [])):
        found = [
            c
            for c in report.claims
            if c.attribute == want["attribute"]
            and _same(want["value"], c.value.normalized)
            and ("source" not in want or Path(by_id[c.source].path or "").name == want["source"])
            and ("attributed_to" not in want or want["attributed_to"].lower() in (c.attributed_to or "").lower())
        ]
        assert found, f"{folder.name}: missing claim {want}"


def _holds(kind: str, want: dict, report) -> bool:
    if kind == "finding":
        return any(_finding_matches(f, want) for f in report.findings)
    if kind == "absent":
        hits = [f for f in report.findings if _finding_matches(f, want)]
        if "unless_caveat" in want:
            word = want["unless_caveat"].lower()
            hits = [f for f in hits if not any(word in c.lower() for c in f.caveats)]
        return not hits
    by_id = {a.id: a for a in report.articles}
    return any(
        c.attribute == want["attribute"]
        and _same(want["value"], c.value.normalized)
        and ("source" not in want or Path(by_id[c.source].path or "").name == want["source"])
        and ("attributed_to" not in want or want["attributed_to"].lower() in (c.attributed_to or "").lower())
        for c in report.claims
    )


def test_pending_expectations(story):
    folder, expected, report = story
    pending = [(kind, item) for kind in ("finding", "absent", "claim") for item in expected.get(kind, []) if "pending" in item]
    holding = [f"{kind} {item}" for kind, item in pending if _holds(kind, item, report)]
    assert not holding, f"{folder.name}: pending expectation(s) now hold; remove their 'pending' key:\n" + "\n".join(holding)
    failing = [f"{kind} {item}" for kind, item in pending if not _holds(kind, item, report)]
    if failing:
        pytest.xfail(f"{folder.name}: {len(failing)} pending expectation(s) still fail:\n" + "\n".join(failing))


def test_spans_hold_the_words(story):
    _, _, report = story
    texts = {a.id: a.text for a in report.articles}
    for c in report.claims:
        assert texts[c.source][c.span.start : c.span.end] == c.text
