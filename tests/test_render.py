"""The human-readable reports: text, Markdown and HTML, on the seeds, the stories and hostile input."""

from __future__ import annotations

import base64
import hashlib
import html
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from crosscheck import article_from_text, check, read_articles
from crosscheck.render import FORMATS, render, render_html, render_markdown, render_text
from crosscheck.render.markdown import escape_cell

ROOT = Path(__file__).resolve().parent.parent
STORIES = sorted(p for p in (ROOT / "fixtures" / "stories").iterdir() if p.is_dir())

_HOSTILE_TEXT = (
    "Floods | killed 40 people in `Nairobi` on 1 May 2024 <script>window.x=1</script>, police said.\n"
    "\"Water <img src=x onerror=alert(1)> | rose `fast`,\" a police spokesman said.\n"
    "The Kenya Red Cross said 45 people were killed in the *floods* in [Nairobi](https://example.org) & a line\r\n"
    "break \u2028 here.\n"
)


@pytest.fixture(scope="module")
def seed_report():
    return check(read_articles(sorted(str(p) for p in (ROOT / "seeds").glob("*.txt"))))


@pytest.fixture(scope="module")
def story_reports():
    return {p.name: check(read_articles(sorted(str(f) for f in p.glob("*.txt")))) for p in STORIES}


@pytest.fixture(scope="module")
def hostile_report():
    first = article_from_text(
        "---\ntitle: Floods in Kenya <b>|</b> `x`\npublisher: Wire <script>alert(1)</script>\n"
        "published: 2024-05-02\n---\n" + _HOSTILE_TEXT,
        id="hostile|one",
    )
    second = article_from_text(
        "---\ntitle: Kenya floods\npublished: 2024-05-02\n---\n"
        "Floods killed 38 people in Nairobi on 1 May 2024, officials said.\n",
        id="plain",
    )
    report = check([first, second])
    assert report.findings, "the hostile fixture must produce findings, so that its text reaches the tables"
    return report


def _all_reports(seed_report, story_reports, hostile_report):
    return {"seeds": seed_report, "hostile": hostile_report, **story_reports}


# --------------------------------------------------------------------------- dispatch


def test_every_format_renders_every_report(seed_report, story_reports, hostile_report):
    for name, report in _all_reports(seed_report, story_reports, hostile_report).items():
        for fmt in FORMATS:
            out = render(report, fmt)
            assert out.endswith("\n") and len(out) > 100, (name, fmt)


def test_unknown_format_is_refused(seed_report):
    with pytest.raises(ValueError, match="unknown format"):
        render(seed_report, "pdf")


def test_cli_offers_every_format():
    from crosscheck.cli import FORMATS as CLI_FORMATS

    assert CLI_FORMATS == FORMATS


# --------------------------------------------------------------------------- text


def test_text_fits_100_columns_and_opens_with_a_summary(seed_report, story_reports, hostile_report):
    for name, report in _all_reports(seed_report, story_reports, hostile_report).items():
        for verbose in (False, True):
            out = render_text(report, verbose=verbose)
            lines = out.splitlines()
            assert re.fullmatch(
                r"crosscheck: \d+ sources?, \d+ claims?, \d+ events?, \d+ findings?, \d+ conflicts?", lines[0]
            ), name
            assert max(map(len, lines)) <= 100, (name, max(lines, key=len))


def test_summary_line_counts_in_good_english(story_reports):
    from crosscheck.render._layout import summary_line

    line = summary_line(story_reports["flood-toll"])
    assert re.search(r"\b1 conflict\b", line) or "conflicts" in line
    assert not re.search(r"\b1 \w+s\b", line), line


def test_text_puts_conflicts_first(seed_report):
    verdicts = re.findall(r"^  (CONFLICT|COMPATIBLE|AGREE)  ", render_text(seed_report), re.MULTILINE)
    assert verdicts and verdicts[0] == "CONFLICT"


def test_text_colour_only_when_asked(seed_report):
    assert "\033[" not in render_text(seed_report)
    assert "\033[1;31mCONFLICT" in render_text(seed_report, colour=True)


# --------------------------------------------------------------------------- markdown


@pytest.mark.parametrize(
    "raw",
    ["a|b", "x `code` y", "<script>alert(1)</script>", "line\nbreak", "cr\r\nlf", "para\u2028sep", "**b** _i_ [l](u)", "a\\|b"],
)
def test_escaped_cell_keeps_a_table_row_intact(raw):
    cell = escape_cell(raw)
    assert "\n" not in cell and "\r" not in cell and "\u2028" not in cell
    assert "<" not in cell and ">" not in cell
    # Every pipe and backtick is preceded by an odd number of backslashes: literal, not syntax.
    for m in re.finditer(r"(\\*)([|`])", cell):
        assert len(m.group(1)) % 2 == 1, cell


def _table_rows(markdown: str) -> list[list[str]]:
    tables, current = [], []
    for line in markdown.splitlines() + [""]:
        if line.startswith("|"):
            current.append(line)
        elif current:
            tables.append(current)
            current = []
    return tables


def _cells(row: str) -> int:
    # Count the unescaped pipes: those not preceded by an odd run of backslashes.
    return len(re.findall(r"(?<!\\)(?:\\\\)*\|", row)) - 1


def test_markdown_tables_never_break(seed_report, story_reports, hostile_report):
    for name, report in _all_reports(seed_report, story_reports, hostile_report).items():
        out = render_markdown(report)
        tables = _table_rows(out)
        assert tables, name
        for table in tables:
            widths = {_cells(row) for row in table}
            assert len(widths) == 1, (name, table)
            assert re.fullmatch(r"\|(---\|)+", table[1]), (name, table[1])


def test_markdown_holds_no_raw_markup_from_articles(hostile_report):
    out = render_markdown(hostile_report)
    assert "<script" not in out and "<img" not in out and "<b>" not in out
    assert "&lt;script&gt;" in out
    # The only tags are the renderer's own.
    assert set(re.findall(r"</?([a-z]+)", out)) <= {"br", "details", "summary"}


def test_markdown_summary_and_order(seed_report):
    out = render_markdown(seed_report)
    lines = out.splitlines()
    assert lines[0] == "# crosscheck report"
    assert re.fullmatch(r"\*\*\d+ sources?, \d+ claims?, \d+ events?, \d+ findings?, \d+ conflicts?\*\*", lines[2])
    verdicts = re.findall(r"^\| [^|]+ \| (\*\*CONFLICT\*\*|compatible|agree) \|", out, re.MULTILINE)
    assert len(verdicts) == len(seed_report.findings)
    first_event = next(line for line in lines if line.startswith("## e"))
    conflict_events = {f.event for f in seed_report.conflicts}
    assert first_event.split()[1] in conflict_events


def test_markdown_shows_each_value_source_attribution_and_words(seed_report):
    out = render_markdown(seed_report)
    claims = {c.id: c for c in seed_report.claims}
    for f in seed_report.findings:
        for v in f.values:
            assert f"**{escape_cell(v.value)}" in out  # a place also names its country
            for cid in v.claims:
                c = claims[cid]
                assert escape_cell(c.source) in out
                if c.attributed_to:
                    assert escape_cell(c.attributed_to) in out
        for caveat in f.caveats:
            assert escape_cell(caveat) in out


def test_markdown_without_findings_says_so():
    article = article_from_text("---\npublished: 2024-01-02\n---\nNothing to compare here.\n", id="only")
    out = render_markdown(check([article]))
    assert "nothing to compare" in out


# --------------------------------------------------------------------------- html


def _article_texts(page: str) -> list[str]:
    bodies = re.findall(r'<div class="source-text">(.*?)</div>', page, re.DOTALL)
    return [html.unescape(re.sub(r"</?mark[^>]*>", "", body)) for body in bodies]


def test_html_shows_every_article_text_exactly(seed_report, story_reports, hostile_report):
    for name, report in _all_reports(seed_report, story_reports, hostile_report).items():
        assert _article_texts(render_html(report)) == [a.text for a in report.articles], name


def test_html_marks_every_claim_and_links_every_value(seed_report, story_reports):
    for name, report in {"seeds": seed_report, **story_reports}.items():
        page = render_html(report)
        mark_ids = set(re.findall(r'<mark id="([^"]+)"', page))
        links = re.findall(r'<a class="(?:value|words)" href="#([^"]+)" data-claims="([^"]+)"', page)
        assert links or not report.claims, name
        assert {target for target, _ in links} <= mark_ids, name
        marked = {k for ks in re.findall(r'<mark [^>]*data-c="([^"]+)"', page) for k in ks.split()}
        spanned = {f"k{i}" for i, c in enumerate(report.claims) if c.span.end > c.span.start}
        assert marked == spanned, name
        # Every value of every finding is a link to its evidence.
        values = sum(len(f.values) for f in report.findings)
        in_rows = sum(len(re.findall(r'<a class="value"', row)) for row in re.findall(r'<tr class="finding.*?</tr>', page))
        assert in_rows == values, name


def test_html_evidence_marks_reproduce_the_words_as_written(seed_report):
    page = render_html(seed_report)
    by_key = {}
    for ks, chunk in re.findall(r'<mark [^>]*data-c="([^"]+)"[^>]*>(.*?)</mark>', page, re.DOTALL):
        for k in ks.split():
            by_key.setdefault(k, []).append(html.unescape(chunk))
    for i, c in enumerate(seed_report.claims):
        if c.span.end > c.span.start:
            assert "".join(by_key[f"k{i}"]) == c.text


def test_html_escapes_hostile_text(hostile_report):
    page = render_html(hostile_report)
    assert page.count("<script") == 1  # the renderer's own
    assert "<img" not in page and "<b>" not in page
    assert "onerror=alert(1)&gt;" in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page  # the publisher, from front matter
    assert 'id="conflict-count"' in page


class _Tags(HTMLParser):
    """Collect every element and its attributes, as a browser's parser would see them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    handle_startendtag = handle_starttag


def _tags(page: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Tags()
    parser.feed(page)
    parser.close()
    return parser.tags


_OWN_TAGS = {
    "html", "head", "meta", "title", "style", "body", "div", "h1", "h2", "h3", "dl", "dt", "dd", "fieldset",
    "legend", "label", "input", "table", "thead", "tbody", "tr", "th", "td", "a", "span", "ul", "li", "p",
    "section", "details", "summary", "article", "mark", "script",
}


def test_html_needs_no_network(seed_report, hostile_report):
    for report in (seed_report, hostile_report):
        page = render_html(report)
        # No attribute may point anywhere but inside the page.
        for tag, attrs in _tags(page):
            assert not {"src", "srcset", "action", "formaction", "poster", "data", "background"} & set(attrs), tag
            assert (attrs.get("href") or "#").startswith("#"), attrs
        assert "@import" not in page and "url(" not in page


def test_html_policy_forbids_network_and_allows_only_its_own_code(seed_report):
    page = render_html(seed_report)
    [policy] = re.findall(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', page)
    policy = html.unescape(policy)
    assert "default-src 'none'" in policy and "unsafe-inline" not in policy
    [script] = re.findall(r"<script>(.*?)</script>", page, re.DOTALL)
    [style] = re.findall(r"<style>(.*?)</style>", page, re.DOTALL)
    for source, directive in ((script, "script-src"), (style, "style-src")):
        digest = base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode()
        assert f"{directive} 'sha256-{digest}'" in policy


def test_html_has_only_its_own_elements_and_no_inline_handlers(hostile_report, seed_report):
    for report in (seed_report, hostile_report):
        page = render_html(report)
        tags = _tags(page)
        assert {tag for tag, _ in tags} <= _OWN_TAGS
        assert sum(tag == "script" for tag, _ in tags) == 1
        for tag, attrs in tags:
            assert not [a for a in attrs if a.startswith("on") or a == "style"], (tag, attrs)


def test_html_summary_counts_and_filter(seed_report):
    page = render_html(seed_report)
    count = re.search(r'id="conflict-count">(\d+)<', page)
    assert count and int(count.group(1)) == len(seed_report.conflicts)
    for verdict in ("conflict", "compatible", "agree"):
        assert f'data-verdict="{verdict}"' in page
    rows = re.findall(r'<tr class="finding (\w+)"', page)
    order = {"conflict": 0, "compatible": 1, "agree": 2}
    first_section = re.search(r'<section class="event".*?</section>', page, re.DOTALL).group()
    assert "finding conflict" in first_section
    assert len(rows) == len(seed_report.findings)
    assert sorted(order[r] for r in re.findall(r'<tr class="finding (\w+)"', first_section)) == [
        order[r] for r in re.findall(r'<tr class="finding (\w+)"', first_section)
    ]


def test_html_is_deterministic(seed_report):
    assert render_html(seed_report) == render_html(seed_report)


def test_html_fragment_for_notebooks(seed_report):
    fragment = render_html(seed_report, standalone=False, id_prefix="r1-")
    assert "<html" not in fragment and "<script" not in fragment and "<meta" not in fragment
    ids = re.findall(r'\sid="([^"]+)"', fragment)
    assert ids and all(i.startswith("r1-") for i in ids)
    assert all(h.startswith("#r1-") for h in re.findall(r'href="([^"]+)"', fragment))


# --------------------------------------------------------------------------- notebooks


def test_report_reprs_for_notebooks(seed_report):
    fragment = seed_report._repr_html_()
    assert '<div class="crosscheck"' in fragment and "<script" not in fragment
    assert "conflict-count" in fragment
    assert seed_report._repr_markdown_() == render_markdown(seed_report)


def test_places_are_shown_with_the_country_they_lie_in():
    # Two outlets put one flood in different towns of one country, and in a province.
    texts = [
        "---\npublished: 2024-05-02\n---\nFloods hit the Iranian town of Astara on Tuesday, officials said.\n",
        "---\npublished: 2024-05-02\n---\nFloods hit Ardabil province in Iran on Tuesday, officials said.\n",
    ]
    report = check([article_from_text(t, id=f"s{i}") for i, t in enumerate(texts)])
    for out in (render_text(report, verbose=True), render_markdown(report), render_html(report)):
        assert "(in Iran)" in out and "(subdivision of Iran)" in out
