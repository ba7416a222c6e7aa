"""What every human-readable report shows, in what order: shared by the text, Markdown and HTML renderers.

The renderers differ only in syntax; keeping the ordering and grouping here means a terminal, a
ticket and a web page never disagree about which event comes first or which claims are
single-source.
"""

from __future__ import annotations

from collections import defaultdict

from attrs import frozen

from crosscheck.model import Article, Claim, Event, Finding, FindingValue, PlaceValue, Report

__all__ = [
    "EventBlock",
    "Voice",
    "VERDICT_ORDER",
    "event_blocks",
    "source_line",
    "summary_counts",
    "summary_line",
    "value_label",
    "voices",
]

#: Conflicts first, then compatible values, then agreements; events without findings last.
VERDICT_ORDER = {"conflict": 0, "compatible": 1, "agree": 2}


@frozen
class EventBlock:
    """One event with its findings (worst verdict first) and the claims no finding judged."""

    event: Event
    findings: tuple[Finding, ...]
    single: tuple[Claim, ...]


@frozen
class Voice:
    """The claims behind one value that come from one source and one party (or none)."""

    source: str
    party: str | None
    claims: tuple[Claim, ...]


def summary_counts(report: Report) -> dict[str, int]:
    """Return the counts the summary line shows, in display order."""
    return {
        "sources": len(report.articles),
        "claims": len(report.claims),
        "events": len(report.events),
        "findings": len(report.findings),
        "conflicts": len(report.conflicts),
    }


def summary_line(report: Report) -> str:
    """Say in one line how many sources, claims, events, findings and conflicts the report holds."""
    return ", ".join(f"{n} {what if n != 1 else what[:-1]}" for what, n in summary_counts(report).items())


def event_blocks(report: Report, *, include_empty: bool = False) -> list[EventBlock]:
    """Group findings and single-source claims by event, events with conflicts first.

    Events tie-break on how many sources describe them (more first), then on their number, so
    the order is stable. Events with no finding are left out unless ``include_empty``.
    """
    findings_by_event: dict[str, list[Finding]] = defaultdict(list)
    for f in report.findings:
        findings_by_event[f.event].append(f)
    claims_by_event: dict[str, list[Claim]] = defaultdict(list)
    for c in report.claims:
        if c.event is not None:
            claims_by_event[c.event].append(c)

    def order(e: Event) -> tuple:
        worst = min((VERDICT_ORDER[f.verdict] for f in findings_by_event.get(e.id, ())), default=3)
        return (worst, -len(e.sources), _event_number(e.id), e.id)

    blocks = []
    for e in sorted(report.events, key=order):
        fs = findings_by_event.get(e.id, [])
        if not fs and not include_empty:
            continue
        fs = sorted(fs, key=lambda f: (VERDICT_ORDER[f.verdict], f.attribute, f.scope))
        judged = {cid for f in fs for v in f.values for cid in v.claims}
        # Quotes are evidence rather than facts to compare: they are not listed as single-source.
        single = tuple(c for c in claims_by_event.get(e.id, ()) if c.id not in judged and c.attribute != "quote")
        blocks.append(EventBlock(e, tuple(fs), single))
    return blocks


def voices(value: FindingValue, claims: dict[str, Claim]) -> list[Voice]:
    """Split the claims behind a value by (source, party), sorted, skipping unknown claim ids."""
    by_voice: dict[tuple[str, str | None], list[Claim]] = defaultdict(list)
    for cid in value.claims:
        c = claims.get(cid)
        if c is not None:
            by_voice[(c.source, c.attributed_to)].append(c)
    return [
        Voice(source, party, tuple(cs))
        for (source, party), cs in sorted(by_voice.items(), key=lambda kv: (kv[0][0], kv[0][1] or ""))
    ]


def value_label(value: FindingValue, claims: dict[str, Claim]) -> str:
    """Return a finding value as shown to a reader: a place with the country it lies in
    ("Astara (in Azerbaijan)", "Ardabil (subdivision of Iran)"), anything else as it is."""
    place = next((c.value for cid in value.claims if (c := claims.get(cid)) is not None), None)
    if not isinstance(place, PlaceValue) or not place.within_names:
        return value.value
    country = place.within_names[-1]
    if place.kind == "subdivision":
        return f"{value.value} (subdivision of {country})"
    return f"{value.value} (in {country})"


def source_line(article: Article) -> str:
    """Describe a source in one line: title, publisher and date (saying when it was inferred)."""
    when = article.published.isoformat() if article.published else "date unknown"
    if article.published and article.published_inferred:
        when += " (inferred from the text)"
    return f"{article.title or '(untitled)'} — {article.publisher or 'publisher unknown'}, {when}"


def _event_number(event_id: str) -> int:
    # Ids are e1, e2, …; anything else sorts after them, by its id.
    digits = event_id[1:]
    return int(digits) if digits.isdigit() else 1 << 62
