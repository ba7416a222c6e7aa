"""The plain text report: grouped by event, conflicts first, readable at 100 columns."""

from __future__ import annotations

import textwrap

from crosscheck.model import Report
from crosscheck.render._layout import event_blocks, source_line, summary_line, value_label, voices

__all__ = ["render_text"]

_COLOURS = {"conflict": "\033[1;31m", "compatible": "\033[33m", "agree": "\033[32m"}
_RESET = "\033[0m"


def render_text(
    report: Report,
    *,
    width: int = 100,
    colour: bool = False,
    verbose: bool = False,
    single_limit: int = 8,
    snippet_limit: int = 70,
) -> str:
    """Render the report as plain text lines of at most ``width`` columns.

    ``colour`` adds ANSI colours to the verdicts (the CLI turns it on only on a terminal without
    NO_COLOR); ``verbose`` adds events without findings, every single-source claim (otherwise at
    most ``single_limit`` per event) and the alignment explanations. The words as written are cut
    to ``snippet_limit`` characters.
    """
    lines: list[str] = []
    wrap = _Wrapper(width)
    claims = {c.id: c for c in report.claims}
    lines.append(f"crosscheck: {summary_line(report)}")
    lines.append("")
    lines.append("Sources")
    for a in report.articles:
        lines.extend(wrap(f"[{a.id}] {source_line(a)}", "  ", "      "))
    for line in report.skipped:
        lines.extend(wrap(f"skipped: {line}", "  ", "      "))

    for block in event_blocks(report, include_empty=verbose):
        e = block.event
        lines.append("")
        header = f"{e.id}  {e.label}  [{e.type}; {len(e.sources)} source{'s' if len(e.sources) != 1 else ''}]"
        lines.extend(wrap(header, "", "    "))
        if e.names[1:]:
            lines.extend(wrap("also named: " + "; ".join(e.names[1:]), "    ", "      "))
        for f in block.findings:
            verdict = f.verdict.upper()
            if colour:
                verdict = f"{_COLOURS[f.verdict]}{verdict}{_RESET}"
            lines.append(f"  {verdict}  {f.attribute}  ({f.scope})")
            for v in f.values:
                # One line per source and party behind a value, with the first words as written.
                for voice in voices(v, claims):
                    who = f" — {voice.party}" if voice.party else ""
                    more = f" (+{len(voice.claims) - 1} more)" if len(voice.claims) > 1 else ""
                    snippet = _snippet(voice.claims[0].text, snippet_limit)
                    text = f"{value_label(v, claims):<14} {voice.source}{who}: \u201c{snippet}\u201d{more}"
                    lines.extend(wrap(text, "    ", "        "))
            lines.extend(wrap(f"why: {f.reason}", "    ", "         "))
            for caveat in f.caveats:
                lines.extend(wrap(f"caveat: {caveat}", "    ", "            "))
        if block.single:
            lines.append("  single-source claims:")
            shown = block.single if verbose else block.single[:single_limit]
            for c in shown:
                who = f" — {c.attributed_to}" if c.attributed_to else ""
                text = f"{c.attribute} = {c.value.normalized} [{c.source}{who}] \u201c{_snippet(c.text, snippet_limit)}\u201d"
                lines.extend(wrap(text, "    ", "        "))
            if len(block.single) > len(shown):
                lines.append(f"    … and {len(block.single) - len(shown)} more (--verbose shows all)")
        if verbose:
            for note in e.alignment:
                lines.extend(wrap(f"alignment: {note}", "  ", "      "))
    lines.append("")
    return "\n".join(lines)


def _snippet(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class _Wrapper:
    """Wrap one logical line to the report's width, never splitting words at hyphens."""

    def __init__(self, width: int) -> None:
        self.width = width

    def __call__(self, text: str, first: str, rest: str) -> list[str]:
        # A word longer than the whole line (a URL, a long id) is cut rather than overflowing.
        return textwrap.wrap(
            text, width=self.width, initial_indent=first, subsequent_indent=rest, break_on_hyphens=False
        ) or [first.rstrip()]
