"""The Markdown report: GitHub-flavoured tables for tickets and wikis, conflicts first."""

from __future__ import annotations

import re

from crosscheck.model import Claim, Finding, Report
from crosscheck.render._layout import event_blocks, summary_line, value_label, voices

__all__ = ["escape_cell", "render_markdown"]

# Characters that Markdown or a table would read as syntax. Backslash first, so that the
# backslashes added for the others are not themselves doubled.
_SYNTAX = re.compile(r"([\\`*_\[\]|~#!])")
_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_HTML = re.compile(r"[&<>]")
# Any line break, including the Unicode ones a table row would otherwise be cut at.
_BREAKS = re.compile(r"\s*(?:\r\n|[\n\r\v\f\x85\u2028\u2029])\s*")

_BADGES = {"conflict": "**CONFLICT**", "compatible": "compatible", "agree": "agree"}


def escape_cell(text: str) -> str:
    """Return ``text`` as literal Markdown that is safe inside a table cell.

    Pipes, backticks, emphasis and link characters are backslash-escaped, ``&``, ``<`` and ``>``
    become entities (so no HTML tag survives), and line breaks become spaces, so any article
    text keeps a table row intact and shows exactly as written.
    """
    text = _BREAKS.sub(" ", text)
    text = _HTML.sub(lambda m: _ENTITIES[m.group()], text)
    return _SYNTAX.sub(r"\\\1", text)


def render_markdown(report: Report, *, title: str = "crosscheck report", snippet_limit: int = 120) -> str:
    """Render the report as GitHub-flavoured Markdown.

    A summary line, the sources, then one section per event (events with conflicts first) with
    a table of findings: attribute, verdict, each value with its sources, attribution and the
    words as written (cut to ``snippet_limit`` characters), the reason and caveats. Single-source
    claims follow each table in a collapsed block.
    """
    esc = escape_cell
    claims = {c.id: c for c in report.claims}
    out: list[str] = [f"# {esc(title)}", ""]
    out += [f"**{summary_line(report)}**", ""]

    out += ["## Sources", "", "| id | title | publisher | published | path |", "|---|---|---|---|---|"]
    for a in report.articles:
        when = a.published.isoformat() if a.published else "unknown"
        if a.published and a.published_inferred:
            when += " (inferred from the text)"
        row = (a.id, a.title or "(untitled)", a.publisher or "unknown", when, a.path or "")
        out.append("| " + " | ".join(esc(cell) for cell in row) + " |")
    out.append("")
    if report.skipped:
        out += ["Skipped inputs:", ""] + [f"- {esc(line)}" for line in report.skipped] + [""]

    blocks = event_blocks(report)
    if not blocks:
        out += ["No two sources (or parties) give the same attribute of an event: nothing to compare.", ""]
    for block in blocks:
        e = block.event
        out += [f"## {esc(e.id)} — {esc(e.label)}", ""]
        meta = f"{esc(e.type)}; sources: " + ", ".join(esc(s) for s in e.sources)
        if e.names[1:]:
            meta += "; also named: " + "; ".join(esc(n) for n in e.names[1:])
        out += [f"*{meta}*", ""]
        out += ["| attribute | verdict | values: sources, attribution, words as written | why and caveats |"]
        out += ["|---|---|---|---|"]
        for f in block.findings:
            out.append(_finding_row(f, claims, snippet_limit))
        out.append("")
        if block.single:
            out += [f"<details><summary>{len(block.single)} single-source claims</summary>", ""]
            for c in block.single:
                out.append(f"- {_claim_line(c, snippet_limit)}")
            out += ["", "</details>", ""]
    return "\n".join(out).rstrip("\n") + "\n"


def _finding_row(f: Finding, claims: dict[str, Claim], limit: int) -> str:
    esc = escape_cell
    values = []
    for v in f.values:
        said = []
        for voice in voices(v, claims):
            who = f" — {esc(voice.party)}" if voice.party else ""
            more = f" (+{len(voice.claims) - 1} more)" if len(voice.claims) > 1 else ""
            words = esc(_snippet(voice.claims[0].text, limit))
            said.append(f"{esc(voice.source)}{who}: “{words}”{more}")
        values.append(f"**{esc(value_label(v, claims))}** · " + "; ".join(said))
    notes = [esc(f.reason)] + [f"⚠ {esc(c)}" for c in f.caveats]
    attribute = f"{esc(f.attribute)} ({esc(f.scope)})"
    return f"| {attribute} | {_BADGES[f.verdict]} | {'<br>'.join(values)} | {'<br>'.join(notes)} |"


def _claim_line(c: Claim, limit: int) -> str:
    esc = escape_cell
    who = f" — {esc(c.attributed_to)}" if c.attributed_to else ""
    return f"{esc(c.attribute)} = **{esc(c.value.normalized)}** · {esc(c.source)}{who}: “{esc(_snippet(c.text, limit))}”"


def _snippet(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
