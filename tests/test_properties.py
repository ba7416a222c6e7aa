"""Properties of comparison, extraction and reports, over hypothesis-drawn values and articles."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from crosscheck import strategies as cst
from crosscheck.compare import compare
from crosscheck.extract.link import extract_claims
from crosscheck.model import DateValue, date_value
from crosscheck.pipeline import check
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


# --------------------------------------------------------------------------- metamorphic

# Worked at the claim level through ``findings_for`` (the public judging step of the pipeline):
# going through text would test the extractors as much as the verdicts. Every attribute below has
# a pool of values that pairwise cannot all be true, so swapping one source's value for another
# of its pool is an incompatible change.

from crosscheck.model import (  # noqa: E402
    ActorValue,
    Article,
    Claim,
    CountValue,
    NameValue,
    PlaceValue,
    Span,
)
from crosscheck.pipeline import findings_for  # noqa: E402
from crosscheck.text import fold  # noqa: E402

_POOLS = {
    "start_date": lambda draw: _day(draw),
    "count:killed": lambda draw: CountValue(n := draw(st.integers(1, 5000)), n),
    "location": lambda draw: draw(
        st.sampled_from(
            [
                PlaceValue("Peru", "iso:PE", "country"),
                PlaceValue("Kenya", "iso:KE", "country"),
                PlaceValue("Norway", "iso:NO", "country"),
                PlaceValue("Vietnam", "iso:VN", "country"),
            ]
        )
    ),
    "participant": lambda draw: draw(
        st.sampled_from(
            [
                ActorValue("Chile", "country", "iso:CL"),
                ActorValue("Ghana", "country", "iso:GH"),
                ActorValue("Finland", "country", "iso:FI"),
                ActorValue("Laos", "country", "iso:LA"),
            ]
        )
    ),
    "name": lambda draw: (
        lambda t: NameValue(t, fold(t))
    )(draw(st.sampled_from(["Harbour Shield", "Desert Lantern", "Northern Relay", "Coral Accord"]))),
}


def _day(draw):
    import datetime as _dt

    return date_value((_dt.date(2000, 1, 1) + _dt.timedelta(days=draw(st.integers(0, 9000)))).isoformat())


def _incompatible(attribute: str, value, draw):
    """Draw a value of ``attribute`` that cannot be true together with ``value``."""
    import datetime as _dt

    if attribute == "start_date":
        shift = draw(st.integers(1, 3000)) * draw(st.sampled_from([-1, 1]))
        return date_value((value.earliest + _dt.timedelta(days=shift)).isoformat())
    if attribute == "count:killed":
        return CountValue(value.lo * 2 + draw(st.integers(1, 100)), value.lo * 2 + 100)
    return draw(_pool_strategy(attribute).filter(lambda v: v != value))


def _pool_strategy(attribute):
    return st.composite(lambda draw: _POOLS[attribute](draw))()


def _claims(values: dict[str, object], sources: list[str]) -> list[Claim]:
    out = []
    for source in sources:
        for n, (attribute, value) in enumerate(sorted(values[source].items()), start=1):
            out.append(
                Claim(f"{source}:c{n}", source, "e1", attribute, value, value.normalized, Span(0, 1))
            )
    return out


@given(st.data(), st.integers(2, 6), st.sampled_from(sorted(_POOLS)))
def test_an_incompatible_value_makes_a_conflict_and_changes_nothing_else(data, n_sources, changed):
    base = {attribute: data.draw(_pool_strategy(attribute), label=attribute) for attribute in _POOLS}
    sources = [f"s{i}" for i in range(n_sources)]
    articles = {s: Article("text", s, published=None) for s in sources}
    values = {s: dict(base) for s in sources}
    before = findings_for("e1", "exercise", _claims(values, sources), articles)
    assert {f.attribute: f.verdict for f in before} == {a: "agree" for a in _POOLS}

    victim = data.draw(st.sampled_from(sources), label="source")
    values[victim] = dict(base) | {changed: _incompatible(changed, base[changed], data.draw)}
    after = findings_for("e1", "exercise", _claims(values, sources), articles)

    by_attribute = {f.attribute: f for f in after}
    assert by_attribute[changed].verdict == "conflict"
    assert {f for f in after if f.attribute != changed} == {f for f in before if f.attribute != changed}


# --------------------------------------------------------------------------- determinism at scale


def test_many_articles_give_one_report_whatever_their_order():
    """Twenty articles about varied events, in two orders and twice: the same report each time."""
    import datetime as _dt
    import random

    from crosscheck.io import article_from_text

    texts = [
        ("Floods in {p} killed at least {n} people on {d}, the Red Cross said.", "Pakistan"),
        ("Troops from {p} and Chile began joint drills named Coastal Guard-{y} on {d}.", "Peru"),
        ("A bomb attack on a market in {p} on {d} killed {n} people, police said.", "Nigeria"),
        ("Voters in {p} went to the polls on {d}; turnout was {n} percent.", "Ghana"),
        ("The president of {p} arrived in Oslo on {d} for a three-day state visit.", "Kenya"),
    ]
    articles = []
    for i in range(20):
        template, place = texts[i % len(texts)]
        day = _dt.date(2021, 3, 1) + _dt.timedelta(days=(i % 3) * 2)
        text = template.format(p=place, n=100 + (i % 4) * 25, d=day.strftime("%-d %B %Y"), y=day.year)
        articles.append(article_from_text(text, id=f"a{i:02d}", published=day + _dt.timedelta(days=1)))
    shuffled = list(articles)
    random.Random(7).shuffle(shuffled)
    first = check(articles)
    assert check(shuffled) == first
    assert check(list(reversed(articles))) == first
    assert render(check(articles), "json") == render(first, "json")
    assert any(len(e.sources) > 1 for e in first.events)  # alignment had work to do


def test_the_benchmark_corpus_gives_one_report_whatever_its_order():
    """The first 20 TempEval articles, twice over under other ids, checked in two orders."""
    import importlib.util
    import os
    import random
    from pathlib import Path

    import pytest

    root = Path(os.environ.get("TEMPEVAL_DIR", "/work/shared/data/tempeval3/train"))
    if not (root / "TimeBank").is_dir():
        pytest.skip("TempEval-3 data not available")
    here = Path(__file__).resolve().parent.parent / "benchmarks" / "e2e.py"
    spec = importlib.util.spec_from_file_location("_e2e", here)
    assert spec is not None and spec.loader is not None
    e2e = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(e2e)
    articles = e2e.build_corpus(e2e.load_documents(root)[:20], 2)
    shuffled = list(articles)
    random.Random(11).shuffle(shuffled)
    first = check(articles)
    assert check(shuffled) == first
    assert render(check(list(reversed(articles))), "json") == render(first, "json")
    assert any(len(e.sources) > 1 for e in first.events)


def test_a_chain_of_near_dates_does_not_join_distant_editions():
    """A-B and B-C are each under the edition gap, A-C is not: no group holds all three."""
    import datetime as _dt

    from crosscheck.io import article_from_text

    texts = {
        "a": ("Navies of Ghana and Togo opened the \"Gulf Guard\" exercise on 10 January 2022.", _dt.date(2022, 1, 11)),
        "b": ("Navies of Ghana and Togo opened the \"Gulf Guard\" exercise on 25 March 2022.", _dt.date(2022, 3, 26)),
        "c": ("Navies of Ghana and Togo opened the \"Gulf Guard\" exercise on 10 June 2022.", _dt.date(2022, 6, 11)),
    }
    report = check(article_from_text(t, id=k, published=p) for k, (t, p) in texts.items())
    assert all(len(e.sources) < 3 for e in report.events), report.events
    assert any("would span" in n for e in report.events for n in e.alignment)
