"""The JSON report validates against the schema shipped in docs/ and reads back unchanged."""

from __future__ import annotations

import json

import jsonschema

from crosscheck import check, parse_json, read_articles
from crosscheck.render import render


def _schema(root):
    return json.loads((root / "docs" / "report.schema.json").read_text(encoding="utf-8"))


def test_seed_report_validates(root, seeds):
    report = check(read_articles(seeds))
    data = json.loads(render(report, "json"))
    jsonschema.Draft202012Validator(_schema(root)).validate(data)
    assert data["findings"], "the seeds must give findings"


def test_schema_rejects_a_broken_report(root, seeds):
    data = json.loads(render(check(read_articles(seeds)), "json"))
    data["findings"][0]["verdict"] = "maybe"
    validator = jsonschema.Draft202012Validator(_schema(root))
    assert not validator.is_valid(data)


def test_json_round_trip(seeds):
    report = check(read_articles(seeds))
    assert parse_json(render(report, "json")) == report


def test_spans_index_the_body(seeds):
    report = check(read_articles(seeds))
    texts = {a.id: a.text for a in report.articles}
    for c in report.claims:
        assert texts[c.source][c.span.start : c.span.end] == c.text
