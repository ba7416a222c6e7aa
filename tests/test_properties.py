"""Properties of comparison, extraction and reports, over hypothesis-drawn values and articles."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from crosscheck import strategies as cst
from crosscheck.pipeline import check
from crosscheck.compare import compare
from crosscheck.extract.link import extract_claims
from crosscheck.model import DateValue, date_value
from crosscheck.render import parse_json, render


def _same_kind_pairs():
    return st.one_of(
        st.tuples(cst.date_values(), cst.date_values()),
        st.tuples(cst.place_values(), cst.place_values()),
        st.tuples(cst.actor_values(), cst.actor_values()),
        st.tuples(cst.count_values(), cst.count_values()),
        st.tuples(cst.name_values(), cst.name_values()),
        st.tuples(cst.duration_values(), cst.duration_values()),
        st.tuples(cst.quote_values(), cst.quote_values()),
    )


@given(_same_kind_pairs(), st.sampled_from(["start_date", "date", "location", ""]), st.sampled_from(["exercise", "attack"]))
def test_comparison_is_symmetric(pair, attribute, event_type):
    a, b = pair
    assert compare(a, b, attribute=attribute, event_type=event_type) == compare(
        b, a, attribute=attribute, event_type=event_type
    )


@given(cst.values())
def test_comparison_is_reflexive(value):
    assert compare(value, value).verdict == "agree"


@given(cst.date_values(year_known=True), st.data())
def test_a_date_inside_another_is_compatible(outer: DateValue, data):
    assert outer.earliest is not None and outer.latest is not None
    span = (outer.latest - outer.earliest).days
    day = outer.earliest + __import__("datetime").timedelta(days=data.draw(st.integers(0, span)))
    inner = date_value(day.isoformat())
    assert compare(outer, inner, attribute="start_date").verdict in ("agree", "compatible")


@given(cst.date_values())
def test_edtf_round_trips(value):
    assert date_value(value.edtf) == value


@given(cst.articles())
def test_extraction_never_raises_and_spans_are_exact(article):
    result = extract_claims(article)
    for c in result.claims:
        assert article.text[c.span.start : c.span.end] == c.text


@given(st.lists(cst.articles(published=True), min_size=1, max_size=3, unique_by=lambda a: a.id), st.randoms())
def test_report_does_not_depend_on_source_order(articles, random):
    shuffled = list(articles)
    random.shuffle(shuffled)
    assert check(articles) == check(shuffled)


@given(st.lists(cst.articles(), min_size=1, max_size=3, unique_by=lambda a: a.id))
def test_json_round_trips(articles):
    report = check(articles)
    text = render(report, "json")
    assert parse_json(text) == report
    assert json.loads(text)["schema_version"] == 1
