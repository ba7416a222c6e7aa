"""Serialisers of reports: text, JSON (and back); the only modules that format output."""

from __future__ import annotations

from crosscheck.render.json import parse_json, render_json, report_to_dict
from crosscheck.render.text import render_text

__all__ = ["FORMATS", "parse_json", "render", "render_json", "render_text", "report_to_dict"]

FORMATS = ("text", "json")


def render(report, fmt: str = "text", **options) -> str:
    """Render a report in one of :data:`FORMATS`."""
    if fmt == "json":
        return render_json(report)
    if fmt == "text":
        return render_text(report, **options)
    raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
