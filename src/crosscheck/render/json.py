"""The JSON report of SPEC §5, and reading it back into a Report."""

from __future__ import annotations

import datetime as _dt
import json
from typing import Any

from crosscheck.model import (
    ActorValue,
    Article,
    Claim,
    CountValue,
    DateValue,
    DurationValue,
    Event,
    Finding,
    FindingValue,
    NameValue,
    PlaceValue,
    QuoteValue,
    Report,
    Span,
    Value,
    date_value,
)

__all__ = ["SCHEMA_VERSION", "parse_json", "render_json", "report_to_dict"]

SCHEMA_VERSION = 1


def _value_detail(value: Value) -> dict[str, Any]:
    if isinstance(value, DateValue):
        return {
            "type": "date",
            "edtf": value.edtf,
            "granularity": value.granularity,
            "earliest": value.earliest.isoformat() if value.earliest else None,
            "latest": value.latest.isoformat() if value.latest else None,
        }
    if isinstance(value, PlaceValue):
        return {
            "type": "place",
            "name": value.name,
            "gazetteer_id": value.id,
            "kind": value.kind,
            "within": [{"id": i, "name": n} for i, n in zip(value.within, value.within_names)],
            "relation": value.relation,
        }
    if isinstance(value, ActorValue):
        return {"type": "actor", "name": value.name, "kind": value.kind, "id": value.id, "country": value.country}
    if isinstance(value, CountValue):
        return {"type": "count", "lo": value.lo, "hi": value.hi, "approximate": value.approximate}
    if isinstance(value, NameValue):
        return {"type": "name", "text": value.text, "key": value.key}
    if isinstance(value, DurationValue):
        return {"type": "duration", "iso": value.iso}
    if isinstance(value, QuoteValue):
        return {"type": "quote", "text": value.text}
    raise TypeError(f"not a value: {value!r}")


def _value_from(detail: dict[str, Any]) -> Value:
    kind = detail["type"]
    if kind == "date":
        return date_value(detail["edtf"])
    if kind == "place":
        within = detail.get("within", [])
        return PlaceValue(
            detail["name"],
            detail["gazetteer_id"],
            detail["kind"],
            [w["id"] for w in within],
            [w["name"] for w in within],
            detail["relation"],
        )
    if kind == "actor":
        return ActorValue(detail["name"], detail["kind"], detail["id"], detail["country"])
    if kind == "count":
        return CountValue(detail["lo"], detail["hi"], detail["approximate"])
    if kind == "name":
        return NameValue(detail["text"], detail["key"])
    if kind == "duration":
        return DurationValue(detail["iso"])
    if kind == "quote":
        return QuoteValue(detail["text"])
    raise ValueError(f"unknown value type {kind!r}")


def report_to_dict(report: Report) -> dict[str, Any]:
    """Return the report as plain JSON-ready data (SPEC §5, plus documented extra fields)."""
    return {
        "schema_version": SCHEMA_VERSION,
        "span_base": "body",
        "sources": [
            {
                "id": a.id,
                "path": a.path,
                "title": a.title,
                "publisher": a.publisher,
                "published": a.published.isoformat() if a.published else None,
                "published_inferred": a.published_inferred,
                "url": a.url,
                "metadata": dict(a.metadata),
                "body_offset": a.body_offset,
                "text": a.text,
            }
            for a in report.articles
        ],
        "events": [
            {
                "id": e.id,
                "label": e.label,
                "type": e.type,
                "names": list(e.names),
                "sources": list(e.sources),
                "alignment": list(e.alignment),
            }
            for e in report.events
        ],
        "claims": [
            {
                "id": c.id,
                "source": c.source,
                "event": c.event,
                "attribute": c.attribute,
                "value": c.value.normalized,
                "value_detail": _value_detail(c.value),
                "text": c.text,
                "span": [c.span.start, c.span.end],
                "attributed_to": c.attributed_to,
                "modality": c.modality,
                "notes": list(c.notes),
            }
            for c in report.claims
        ],
        "findings": [
            {
                "event": f.event,
                "attribute": f.attribute,
                "verdict": f.verdict,
                "scope": f.scope,
                "values": [
                    {
                        "value": v.value,
                        "claims": list(v.claims),
                        "sources": list(v.sources),
                        "attributed_to": list(v.attributed_to),
                    }
                    for v in f.values
                ],
                "reason": f.reason,
                "caveats": list(f.caveats),
            }
            for f in report.findings
        ],
        "skipped": list(report.skipped),
        "summary": {
            "sources": len(report.articles),
            "events": len(report.events),
            "claims": len(report.claims),
            "findings": len(report.findings),
            "conflicts": len(report.conflicts),
        },
    }


def render_json(report: Report, *, indent: int | None = 2) -> str:
    """Render the report as JSON text (UTF-8, keys in a fixed order, newline at the end)."""
    return json.dumps(report_to_dict(report), ensure_ascii=False, indent=indent) + "\n"


def parse_json(text: str) -> Report:
    """Read a JSON report back into a :class:`Report` (the inverse of :func:`render_json`)."""
    data = json.loads(text)
    if data.get("schema_version") != SCHEMA_VERSION:
        raise ValueError(f"unsupported schema_version {data.get('schema_version')!r}")
    articles = [
        Article(
            text=s["text"],
            id=s["id"],
            title=s["title"],
            publisher=s["publisher"],
            published=_dt.date.fromisoformat(s["published"]) if s["published"] else None,
            published_inferred=s["published_inferred"],
            url=s["url"],
            path=s["path"],
            metadata=s["metadata"],
            body_offset=s["body_offset"],
        )
        for s in data["sources"]
    ]
    events = [Event(e["id"], e["label"], e["type"], e["names"], e["sources"], e["alignment"]) for e in data["events"]]
    claims = [
        Claim(
            id=c["id"],
            source=c["source"],
            event=c["event"],
            attribute=c["attribute"],
            value=_value_from(c["value_detail"]),
            text=c["text"],
            span=Span(*c["span"]),
            attributed_to=c["attributed_to"],
            modality=c["modality"],
            notes=c["notes"],
        )
        for c in data["claims"]
    ]
    findings = [
        Finding(
            event=f["event"],
            attribute=f["attribute"],
            verdict=f["verdict"],
            scope=f["scope"],
            values=[FindingValue(v["value"], v["claims"], v["sources"], v["attributed_to"]) for v in f["values"]],
            reason=f["reason"],
            caveats=f["caveats"],
        )
        for f in data["findings"]
    ]
    return Report(articles, events, claims, findings, skipped=data.get("skipped", []))
