"""Serialisers of reports: text, Markdown, JSON (and back), HTML; the only modules that format output."""

from __future__ import annotations

from crosscheck.render.html import render_html
from crosscheck.render.json import parse_json, render_json, report_to_dict
from crosscheck.render.markdown import render_markdown
from crosscheck.render.text import render_text

__all__ = [
    "FORMATS",
    "parse_json",
    "render",
    "render_html",
    "render_json",
    "render_markdown",
    "render_text",
    "report_to_dict",
]

#: The formats :func:`render` accepts, in the order the CLI lists them.
FORMATS = ("text", "markdown", "json", "html")

_RENDERERS = {"text": render_text, "markdown": render_markdown, "json": render_json, "html": render_html}


def render(report, fmt: str = "text", **options) -> str:
    """Render a report in one of :data:`FORMATS`, passing ``options`` to that format's renderer."""
    try:
        renderer = _RENDERERS[fmt]
    except KeyError:
        raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}") from None
    return renderer(report, **options)
