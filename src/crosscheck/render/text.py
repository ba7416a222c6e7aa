"""The plain text report: grouped by event, conflicts first, readable at 100 columns."""

from __future__ import annotations

import textwrap
from collections import defaultdict

from crosscheck.model import Claim, Finding, Report

__all__ = ["render_text"]

_ORDER = {"conflict": 0, "compatible": 1, "agree": 2}
_COLOURS = {"conflict": "\033[1;31m", "compatible": "\033[33m", "agree": "\033[32m"}
_RESET = "\033[0m"


def render_text(report: Report, *, width: int = 100, colour: bool = False, verbose: bool = False) -> str:
    """Render the report as plain text; ``verbose`` adds alignment explanations and all claims."""
    lines: list[str] = []
    wrap = _Wrapper(width)
    claims = {c.id: c for c in report.claims}
    lines.append(
        f"crosscheck: {len(report.articles)} sources, {len(report.claims)} claims, "
        f"{len(report.events)} events, {len(report.findings)} findings, {len(report.conflicts)} conflicts"
    )
    lines.append("")
    lines.append("Sources")
    for a in report.articles:
        when = a.published.isoformat() if a.published else "date unknown"
        if a.published and a.published_inferred:
            when += " (inferred from the text)"
        title = a.title or "(untitled)"
        lines.extend(wrap(f"[{a.id}] {title} — {a.publisher or 'publisher unknown'}, {when}", "  ", "      "))
    for line in report.skipped:
        lines.extend(wrap(f"skipped: {line}", "  ", "      "))

    findings_by_event: dict[str, list[Finding]] = defaultdict(list)
    for f in report.findings:
        findings_by_event[f.event].append(f)
    claims_by_event: dict[str, list[Claim]] = defaultdict(list)
    for c in report.claims:
        if c.event is not None:
            claims_by_event[c.event].append(c)

    def event_order(e) -> tuple:
        fs = findings_by_event.get(e.id, [])
        worst = min((_ORDER[f.verdict] for f in fs), default=3)
        return (worst, -len(e.sources), int(e.id[1:]))

    for e in sorted(report.events, key=event_order):
        fs = findings_by_event.get(e.id, [])
        if not fs and not verbose:
            continue
        lines.append("")
        header = f"{e.id}  {e.label}  [{e.type}; {len(e.sources)} source{'s' if len(e.sources) != 1 else ''}]"
        lines.extend(wrap(header, "", "    "))
        if e.names[1:]:
            lines.extend(wrap("also named: " + "; ".join(e.names[1:]), "    ", "      "))
        for f in sorted(fs, key=lambda f: (_ORDER[f.verdict], f.attribute, f.scope)):
            verdict = f.verdict.upper()
            if colour:
                verdict = f"{_COLOURS[f.verdict]}{verdict}{_RESET}"
            lines.append(f"  {verdict}  {f.attribute}  ({f.scope})")
            for v in f.values:
                # One line per source and party behind a value, with the first words as written.
                by_voice: dict[tuple[str, str | None], list[Claim]] = defaultdict(list)
                for cid in v.claims:
                    c = claims[cid]
                    by_voice[(c.source, c.attributed_to)].append(c)
                for (source, party), cs in sorted(by_voice.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")):
                    who = f" — {party}" if party else ""
                    more = f" (+{len(cs) - 1} more)" if len(cs) > 1 else ""
                    text = f"{v.value:<14} {source}{who}: \u201c{_snippet(cs[0].text)}\u201d{more}"
                    lines.extend(wrap(text, "    ", "        "))
            lines.extend(wrap(f"why: {f.reason}", "    ", "         "))
            for caveat in f.caveats:
                lines.extend(wrap(f"caveat: {caveat}", "    ", "            "))
        judged = {cid for f in fs for v in f.values for cid in v.claims}
        single = [c for c in claims_by_event[e.id] if c.id not in judged and c.attribute != "quote"]
        if single:
            lines.append("  single-source claims:")
            shown = single if verbose else single[:8]
            for c in shown:
                who = f" — {c.attributed_to}" if c.attributed_to else ""
                lines.extend(
                    wrap(f"{c.attribute} = {c.value.normalized} [{c.source}{who}] \u201c{_snippet(c.text)}\u201d", "    ", "        ")
                )
            if len(single) > len(shown):
                lines.append(f"    … and {len(single) - len(shown)} more (--verbose shows all)")
        if verbose:
            for note in e.alignment:
                lines.extend(wrap(f"alignment: {note}", "  ", "      "))
    lines.append("")
    return "\n".join(lines)


def _snippet(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class _Wrapper:
    def __init__(self, width: int) -> None:
        self.width = width

    def __call__(self, text: str, first: str, rest: str) -> list[str]:
        return textwrap.wrap(
            text, width=self.width, initial_indent=first, subsequent_indent=rest, break_on_hyphens=False
        ) or [first.rstrip()]
