"""The HTML report: one self-contained page, evidence highlighted in the article text.

The page needs no network: its style and script are inline, and a Content-Security-Policy
forbids every fetch and allows only that exact style and script (by hash), so even text that
slipped through unescaped could not run. All article text and metadata go through
:func:`html.escape` with ``quote=True``.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import html
from collections import defaultdict

from crosscheck.model import Article, Claim, Finding, Report
from crosscheck.render._layout import VERDICT_ORDER, event_blocks, summary_counts, value_label, voices

__all__ = ["render_html"]

_VERDICTS = ("conflict", "compatible", "agree")

# Every selector sits under .crosscheck so that the same sheet can be embedded in a notebook
# cell without restyling the notebook around it.
_STYLE = """
.crosscheck{--ink:#1d2330;--muted:#5b6476;--line:#d9dde5;--paper:#fff;--shade:#f5f6f8;
--conflict:#b42318;--conflict-bg:#fde8e6;--compatible:#9a5b00;--compatible-bg:#fdf1d6;
--agree:#0b7a4b;--agree-bg:#e1f6ea;--single-bg:#eceef2;
font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;
color:var(--ink);background:var(--paper);max-width:1180px;margin:0 auto;padding:0 20px 60px}
.crosscheck h1{font-size:1.6em;margin:.8em 0 .3em}
.crosscheck h2{font-size:1.2em;margin:1.6em 0 .3em;padding-top:.4em;border-top:1px solid var(--line)}
.crosscheck h3{font-size:1.05em;margin:0 0 .2em}
.crosscheck section.event h3{margin-top:1em}
.crosscheck .summary{display:flex;flex-wrap:wrap;gap:10px;margin:.6em 0;padding:0}
.crosscheck .summary div{background:var(--shade);border:1px solid var(--line);border-radius:8px;
padding:6px 14px;min-width:90px}
.crosscheck .summary dt{font-size:.8em;color:var(--muted);text-transform:uppercase;letter-spacing:.04em}
.crosscheck .summary dd{margin:0;font-size:1.5em;font-weight:600}
.crosscheck .summary .conflicts dd{color:var(--conflict)}
.crosscheck .filter{border:0;padding:0;margin:.4em 0 0;display:flex;flex-wrap:wrap;gap:8px;align-items:center}
.crosscheck .filter legend{float:left;color:var(--muted);margin-right:6px;padding:0}
.crosscheck .filter label{border:1px solid var(--line);border-radius:999px;padding:2px 12px;cursor:pointer;
user-select:none}
.crosscheck .filter input{margin:0 6px 0 0;vertical-align:-1px}
.crosscheck table{border-collapse:collapse;width:100%;margin:.5em 0}
.crosscheck th,.crosscheck td{border:1px solid var(--line);padding:6px 9px;text-align:left;vertical-align:top}
.crosscheck th{background:var(--shade);font-weight:600;font-size:.9em}
.crosscheck table.findings{table-layout:fixed}
.crosscheck table.findings th:nth-child(1){width:12%}.crosscheck table.findings th:nth-child(2){width:9%}
.crosscheck table.findings th:nth-child(3){width:43%}
.crosscheck table.findings td{overflow-wrap:anywhere}
.crosscheck table.sources td:first-child,.crosscheck table.sources td:last-child{white-space:nowrap}
.crosscheck td.attr{white-space:nowrap;font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9em}
.crosscheck .scope{font-family:inherit;color:var(--muted);font-size:.85em}
.crosscheck .meta{color:var(--muted);margin:0 0 .4em;font-size:.92em}
.crosscheck .badge{display:inline-block;border-radius:4px;padding:0 7px;font-size:.8em;font-weight:700;
text-transform:uppercase;letter-spacing:.03em}
.crosscheck .badge.conflict{background:var(--conflict-bg);color:var(--conflict)}
.crosscheck .badge.compatible{background:var(--compatible-bg);color:var(--compatible)}
.crosscheck .badge.agree{background:var(--agree-bg);color:var(--agree)}
.crosscheck tr.conflict td:first-child{box-shadow:inset 4px 0 0 var(--conflict)}
.crosscheck tr.compatible td:first-child{box-shadow:inset 4px 0 0 #e0a43a}
.crosscheck tr.agree td:first-child{box-shadow:inset 4px 0 0 #4cb782}
.crosscheck ul{margin:0;padding-left:1.1em}
.crosscheck ul.values{list-style:none;padding:0}
.crosscheck ul.values li{margin:0 0 4px}
.crosscheck a.value{font-weight:600;font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;
font-size:.92em;color:var(--ink);background:var(--shade);border:1px solid var(--line);border-radius:4px;
padding:0 5px;text-decoration:none}
.crosscheck a.value:hover,.crosscheck a.words:hover{border-color:#7a869a;text-decoration:underline}
.crosscheck a.words{color:#1f4fbf;text-decoration:none}
.crosscheck .who{color:var(--muted);font-size:.9em}
.crosscheck .caveats{color:var(--compatible);font-size:.92em;margin-top:4px}
.crosscheck p{margin:0}
.crosscheck details.single{margin:.3em 0 0}
.crosscheck details.single summary{cursor:pointer;color:var(--muted)}
.crosscheck details.single li{margin:2px 0}
.crosscheck .source-text{white-space:pre-wrap;overflow-wrap:anywhere;background:var(--shade);
border:1px solid var(--line);border-radius:8px;padding:14px 16px;font-size:.95em;line-height:1.6}
.crosscheck article.source{margin:1.2em 0}
.crosscheck mark{background:var(--single-bg);color:inherit;border-radius:3px;padding:0 1px;cursor:pointer;
border-bottom:2px solid #a8b0bd}
.crosscheck mark.conflict{background:var(--conflict-bg);border-bottom-color:var(--conflict)}
.crosscheck mark.compatible{background:var(--compatible-bg);border-bottom-color:#e0a43a}
.crosscheck mark.agree{background:var(--agree-bg);border-bottom-color:#4cb782}
.crosscheck mark.active{background:#ffd84d;outline:3px solid #1f4fbf;outline-offset:1px}
.crosscheck tr.active td{background:#eef3ff}
.crosscheck [hidden]{display:none}
.crosscheck .skipped{color:var(--conflict)}
.crosscheck .empty{color:var(--muted)}
"""

# No inline handlers anywhere in the page (the policy would block them): one delegated listener.
_SCRIPT = """
(function () {
  "use strict";
  var root = document.querySelector(".crosscheck");
  var marks = {};
  root.querySelectorAll("mark[data-c]").forEach(function (m) {
    m.getAttribute("data-c").split(" ").forEach(function (c) { (marks[c] = marks[c] || []).push(m); });
  });
  var lit = [];
  function clear() {
    lit.forEach(function (el) { el.classList.remove("active"); });
    lit = [];
  }
  function light(el) { el.classList.add("active"); lit.push(el); }
  function showClaims(ids) {
    clear();
    var first = null;
    ids.forEach(function (c) {
      (marks[c] || []).forEach(function (m) { light(m); if (!first) { first = m; } });
    });
    if (first) { first.scrollIntoView({block: "center", inline: "nearest"}); }
    return first !== null;
  }
  root.addEventListener("click", function (ev) {
    var link = ev.target.closest("a[data-claims]");
    if (link) {
      if (showClaims(link.getAttribute("data-claims").split(" "))) { ev.preventDefault(); }
      return;
    }
    var mark = ev.target.closest("mark[data-row]");
    if (mark) {
      var row = document.getElementById(mark.getAttribute("data-row"));
      if (row && !row.hidden) {
        clear();
        light(row);
        row.scrollIntoView({block: "center", inline: "nearest"});
      }
    }
  });
  function applyFilter() {
    var shown = {};
    root.querySelectorAll(".filter input[data-verdict]").forEach(function (box) {
      shown[box.getAttribute("data-verdict")] = box.checked;
    });
    root.querySelectorAll("section.event").forEach(function (section) {
      var rows = section.querySelectorAll("tr.finding"), any = rows.length === 0;
      rows.forEach(function (row) {
        row.hidden = !shown[row.getAttribute("data-verdict")];
        any = any || !row.hidden;
      });
      section.hidden = !any;
    });
  }
  root.querySelectorAll(".filter input[data-verdict]").forEach(function (box) {
    box.addEventListener("change", applyFilter);
  });
  applyFilter();
})();
"""


def _hash(source: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii") + "'"


@functools.cache
def _policy() -> str:
    # Computed on first use, not at import: importing the renderer stays free.
    return (
        "default-src 'none'; "
        f"style-src {_hash(_STYLE)}; script-src {_hash(_SCRIPT)}; "
        "img-src 'none'; font-src 'none'; connect-src 'none'; media-src 'none'; object-src 'none'; "
        "frame-src 'none'; base-uri 'none'; form-action 'none'"
    )


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def render_html(
    report: Report,
    *,
    title: str = "crosscheck report",
    standalone: bool = True,
    id_prefix: str = "",
) -> str:
    """Render the report as one self-contained HTML page.

    The page has a summary (the conflict count in ``#conflict-count``), a filter by verdict,
    one table of findings per event (conflicts first) and every article's text with the
    evidence of each claim wrapped in ``<mark>``; each value links to its evidence, and clicking
    it scrolls there and highlights it. With ``standalone=False`` the result is a fragment for
    embedding (a notebook cell): the styled report without the document shell, the script or
    the policy; links still jump to the evidence. ``id_prefix`` is put before every element id
    so that several fragments can share one page.
    """
    p = _e(id_prefix)
    claims = {c.id: c for c in report.claims}
    # Claims are referred to by position ("k12"): their ids may hold characters that are not
    # safe in a space-separated attribute list.
    keys = {c.id: f"k{i}" for i, c in enumerate(report.claims)}
    article_index = {a.id: i for i, a in enumerate(report.articles)}
    verdict_of: dict[str, str] = {}
    row_of: dict[str, str] = {}
    for f in report.findings:
        for v in f.values:
            for cid in v.claims:
                if cid not in verdict_of or VERDICT_ORDER[f.verdict] < VERDICT_ORDER[verdict_of[cid]]:
                    verdict_of[cid] = f.verdict
    claims_of: dict[str, list[Claim]] = defaultdict(list)
    for c in report.claims:
        claims_of[c.source].append(c)
    texts = {a.id: _article_marks(a, claims_of.get(a.id, ()), keys, p) for a in report.articles}
    first_mark = {cid: mark_id for body in texts.values() for cid, mark_id in body[1].items()}

    def evidence(claim_ids: list[str], label: str, css: str) -> str:
        targets = [cid for cid in claim_ids if cid in first_mark]
        if not targets:
            return f'<span class="{css}">{label}</span>'
        data = " ".join(keys[cid] for cid in targets)
        return f'<a class="{css}" href="#{first_mark[targets[0]]}" data-claims="{data}">{label}</a>'

    def source_ref(source: str) -> str:
        index = article_index.get(source)
        if index is None:
            return _e(source)
        return f'<a class="who" href="#{p}article-{index}">{_e(source)}</a>'

    counts = summary_counts(report)
    out: list[str] = []
    out.append(f'<div class="crosscheck" id="{p}top">')
    out.append(f"<h1>{_e(title)}</h1>")
    out.append('<dl class="summary">')
    for what, n in counts.items():
        css = ' class="conflicts"' if what == "conflicts" else ""
        out.append(f'<div{css}><dt>{what}</dt><dd id="{p}{what[:-1]}-count">{n}</dd></div>')
    out.append("</dl>")
    by_verdict = defaultdict(int)
    for f in report.findings:
        by_verdict[f.verdict] += 1
    if standalone:
        out.append(f'<fieldset class="filter" id="{p}verdict-filter"><legend>Show findings:</legend>')
        for verdict in _VERDICTS:
            out.append(
                f'<label><input type="checkbox" data-verdict="{verdict}" id="{p}show-{verdict}" checked>'
                f'{verdict} ({by_verdict[verdict]})</label>'
            )
        out.append("</fieldset>")

    out.append(f'<h2 id="{p}sources">Sources</h2>')
    out.append('<table class="sources"><thead><tr><th>id</th><th>title</th><th>publisher</th><th>published</th></tr></thead><tbody>')
    for i, a in enumerate(report.articles):
        when = a.published.isoformat() if a.published else "unknown"
        if a.published and a.published_inferred:
            when += " (inferred from the text)"
        out.append(
            f'<tr><td><a href="#{p}article-{i}">{_e(a.id)}</a></td><td>{_e(a.title or "(untitled)")}</td>'
            f"<td>{_e(a.publisher or 'unknown')}</td><td>{_e(when)}</td></tr>"
        )
    out.append("</tbody></table>")
    if report.skipped:
        out.append('<ul class="skipped">' + "".join(f"<li>skipped: {_e(s)}</li>" for s in report.skipped) + "</ul>")

    # Every event is shown, so that every claim is one click from its evidence; those without a
    # finding come last (the layout sorts them there) and say why they have no table.
    blocks = event_blocks(report, include_empty=True)
    if not report.findings:
        out.append('<p class="empty">No two sources (or parties) give the same attribute of an event: nothing to compare.</p>')
    row_number = 0
    others = False
    for block in blocks:
        e = block.event
        if not block.findings and not others:
            others = True
            out.append(f'<h2 class="others" id="{p}other-events">Events without findings</h2>')
        verdicts = " ".join(sorted({f.verdict for f in block.findings}, key=VERDICT_ORDER.__getitem__))
        out.append(f'<section class="event" id="{p}event-{_e(e.id)}" data-verdicts="{verdicts}">')
        level = "h3" if others else "h2"
        out.append(f"<{level}>{_e(e.id)} · {_e(e.label)}</{level}>")
        meta = f"{_e(e.type)} · {len(e.sources)} source{'s' if len(e.sources) != 1 else ''}: "
        meta += ", ".join(source_ref(s) for s in e.sources)
        if e.names[1:]:
            meta += " · also named: " + "; ".join(_e(n) for n in e.names[1:])
        out.append(f'<p class="meta">{meta}</p>')
        if not block.findings:
            out.append('<p class="empty">No finding: no attribute of this event is given by two sources or parties.</p>')
        else:
            out.append(_table_head())
        for f in block.findings:
            row_number += 1
            row_id = f"{p}finding-{row_number}"
            for v in f.values:
                for cid in v.claims:
                    row_of.setdefault(cid, row_id)
            out.append(_finding_row(f, row_id, claims, evidence, source_ref))
        if block.findings:
            out.append("</tbody></table>")
        if block.single:
            out.append(f'<details class="single"><summary>{len(block.single)} single-source claims</summary><ul>')
            for c in block.single:
                who = f" — {_e(c.attributed_to)}" if c.attributed_to else ""
                words = evidence([c.id], f"\u201c{_e(c.text)}\u201d", "words")
                out.append(
                    f'<li><span class="attr">{_e(c.attribute)}</span> = '
                    f'{evidence([c.id], _e(c.value.normalized), "value")} '
                    f'<span class="who">{source_ref(c.source)}{who}</span>: {words}</li>'
                )
            out.append("</ul></details>")
        out.append("</section>")

    out.append(f'<h2 id="{p}articles">Articles</h2>')
    for i, a in enumerate(report.articles):
        body, _ = texts[a.id]
        out.append(f'<article class="source" id="{p}article-{i}">')
        out.append(f"<h3>{_e(a.title or '(untitled)')}</h3>")
        out.append(f'<p class="meta">{_article_meta(a)}</p>')
        out.append(f'<div class="source-text">{_marked_text(body, row_of, keys, claims, verdict_of)}</div>')
        out.append("</article>")
    out.append("</div>")
    content = "\n".join(out)

    if not standalone:
        return f"<style>{_STYLE}</style>\n{content}\n"
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{_e(_policy())}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="no-referrer">\n'
        '<meta name="generator" content="crosscheck">\n'
        f"<title>{_e(title)} — {counts['conflicts']} conflict{'' if counts['conflicts'] == 1 else 's'}</title>\n"
        f"<style>{_STYLE}</style>\n</head>\n<body>\n{content}\n<script>{_SCRIPT}</script>\n</body>\n</html>\n"
    )


def _table_head() -> str:
    return (
        '<table class="findings"><thead><tr><th>attribute</th><th>verdict</th>'
        "<th>values · sources and attribution · words as written</th><th>why</th></tr></thead><tbody>"
    )


def _finding_row(f: Finding, row_id: str, claims: dict[str, Claim], evidence, source_ref) -> str:
    items = []
    for v in f.values:
        value_claims = [cid for cid in v.claims if cid in claims]
        parts = []
        for voice in voices(v, claims):
            who = f" — {_e(voice.party)}" if voice.party else ""
            words = ", ".join(evidence([c.id], f"\u201c{_e(c.text)}\u201d", "words") for c in voice.claims)
            parts.append(f'<span class="who">{source_ref(voice.source)}{who}</span>: {words}')
        items.append(f"<li>{evidence(value_claims, _e(value_label(v, claims)), 'value')} " + "; ".join(parts) + "</li>")
    caveats = "".join(f"<li>{_e(c)}</li>" for c in f.caveats)
    notes = f'<p class="reason">{_e(f.reason)}</p>'
    if caveats:
        notes += f'<ul class="caveats">{caveats}</ul>'
    return (
        f'<tr class="finding {f.verdict}" id="{row_id}" data-verdict="{f.verdict}">'
        f'<td class="attr">{_e(f.attribute)}<div class="scope">{_e(f.scope)}</div></td>'
        f'<td><span class="badge {f.verdict}">{f.verdict}</span></td>'
        f'<td><ul class="values">{"".join(items)}</ul></td><td>{notes}</td></tr>'
    )


def _article_meta(a: Article) -> str:
    parts = [f"id {_e(a.id)}", _e(a.publisher or "publisher unknown")]
    when = a.published.isoformat() if a.published else "date unknown"
    if a.published and a.published_inferred:
        when += " (inferred from the text)"
    parts.append(_e(when))
    if a.path:
        parts.append(f"read from {_e(a.path)}")
    # The address is shown, not linked: the page must not lead the reader's browser anywhere.
    if a.url:
        parts.append(_e(a.url))
    parts.extend(f"{_e(k)}: {_e(v)}" for k, v in a.metadata)
    return " · ".join(parts)


def _article_marks(
    article: Article, claims, keys: dict[str, str], p: str
) -> tuple[list[tuple[str, tuple[str, ...] | None, str]], dict[str, str]]:
    """Cut an article's text into plain and marked pieces, one mark per stretch of evidence.

    Spans may overlap (one phrase can be a place and a participant), so the text is split at
    every span boundary and each piece knows all the claims covering it. Returns the pieces
    (escaped text, covering claim ids or None, mark id) and each claim's first mark id.
    """
    text = article.text
    size = len(text)
    spans = []
    for c in claims:
        start, end = max(0, min(c.span.start, size)), max(0, min(c.span.end, size))
        if start < end:
            spans.append((start, end, c.id))
    cuts = sorted({0, size, *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    starts: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for start, end, cid in spans:
        starts[start].append((end, cid))
    pieces: list[tuple[str, tuple[str, ...] | None, str]] = []
    first: dict[str, str] = {}
    active: list[tuple[int, str]] = []
    for n, (a, b) in enumerate(zip(cuts, cuts[1:])):
        # Few claims overlap at any point, so the active list stays short.
        active = [(end, cid) for end, cid in active if end > a] + starts.get(a, [])
        chunk = html.escape(text[a:b], quote=True)
        if not active:
            pieces.append((chunk, None, ""))
            continue
        mark_id = f"{p}m-{_e(keys[active[0][1]])}-{n}"
        covering = tuple(cid for _, cid in active)
        for cid in covering:
            first.setdefault(cid, mark_id)
        pieces.append((chunk, covering, mark_id))
    return pieces, first


def _marked_text(
    pieces, row_of: dict[str, str], keys: dict[str, str], claims: dict[str, Claim], verdict_of: dict[str, str]
) -> str:
    """Join the pieces of an article, marking evidence with its verdict, claims and finding row."""
    out = []
    for chunk, covering, mark_id in pieces:
        if covering is None:
            out.append(chunk)
            continue
        data = " ".join(keys[cid] for cid in covering)
        verdicts = [verdict_of[cid] for cid in covering if cid in verdict_of]
        css = min(verdicts, key=VERDICT_ORDER.__getitem__) if verdicts else "single"
        row = next((row_of[cid] for cid in covering if cid in row_of), None)
        row_attr = f' data-row="{row}"' if row else ""
        tip = "; ".join(f"{claims[cid].attribute} = {claims[cid].value.normalized}" for cid in covering)
        out.append(f'<mark id="{mark_id}" class="{css}" data-c="{data}"{row_attr} title="{_e(tip)}">{chunk}</mark>')
    return "".join(out)
