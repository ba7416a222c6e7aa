"""The seed articles end to end: the findings issue #2 asks for, raw and with publication dates."""

from __future__ import annotations

import json
import shutil

import pytest

from crosscheck.cli import main
from crosscheck.text import fold

NAKHCHIVAN = ("nakhchivan", "naxcivan", "nakhichevan")


def _report(capsys, *paths):
    assert main(["report", "--format", "json", *map(str, paths)]) == 0
    return json.loads(capsys.readouterr().out)


def _claims(report, **where):
    return [c for c in report["claims"] if all(c[k] == v for k, v in where.items())]


def _event_of(report, claim):
    return next(e for e in report["events"] if e["id"] == claim["event"])


def _ub_event(report):
    names = [e for e in report["events"] if any("unshakable brotherhood" in fold(n) for n in e["names"])]
    assert names, [e["label"] for e in report["events"]]
    return names


@pytest.fixture
def raw(capsys, seeds):
    return _report(capsys, *seeds)


def test_within_source_start_date_conflict_between_ministries(raw):
    [ub] = _ub_event(raw)
    hits = [
        f
        for f in raw["findings"]
        if f["event"] == ub["id"] and f["attribute"] == "start_date" and f["scope"] == "within-source"
    ]
    assert hits, "no within-source start_date finding"
    f = hits[0]
    assert f["verdict"] == "conflict"
    values = {v["value"]: v for v in f["values"]}
    assert {"2022-11-20", "2022-12-05"} <= set(values)
    assert any("turkey" in fold(a) for a in values["2022-11-20"]["attributed_to"])
    assert any("azerbaijan" in fold(a) for a in values["2022-12-05"]["attributed_to"])
    assert f["reason"]


def test_cross_source_start_date_conflict_with_year_caveat(raw):
    [ub] = _ub_event(raw)
    assert len(ub["sources"]) == 2
    [f] = [
        f
        for f in raw["findings"]
        if f["event"] == ub["id"] and f["attribute"] == "start_date" and f["scope"] == "cross-source"
    ]
    assert f["verdict"] == "conflict"
    values = {v["value"] for v in f["values"]}
    assert "XXXX-10-05" in values and {"2022-11-20", "2022-12-05"} <= values
    assert any("year" in c and "unknown" in c for c in f["caveats"])


def test_cross_source_location_conflict(raw):
    [ub] = _ub_event(raw)
    [f] = [
        f
        for f in raw["findings"]
        if f["event"] == ub["id"] and f["attribute"] == "location" and f["scope"] == "cross-source"
    ]
    assert f["verdict"] == "conflict"
    by_source = {}
    for v in f["values"]:
        for s in v["sources"]:
            by_source.setdefault(s, set()).add(fold(v["value"]))
    first, second = (by_source[s] for s in sorted(by_source))
    assert any(any(n in v for n in NAKHCHIVAN) for v in first)
    assert {"baku", "astara", "jabrayil", "imishli"} <= {v.split(":")[-1] for v in second}
    assert f["caveats"], "a location conflict between possibly different editions needs a caveat"


def test_participants_agree(raw):
    [ub] = _ub_event(raw)
    [f] = [f for f in raw["findings"] if f["event"] == ub["id"] and f["attribute"] == "participant" and f["scope"] == "cross-source"]
    assert f["verdict"] == "agree"
    assert {v["value"] for v in f["values"]} == {"Turkey", "Azerbaijan"}


def test_required_claims(raw):
    [ub] = _ub_event(raw)
    assert any(c["event"] == ub["id"] and c["value"] == "2022-12-08" for c in _claims(raw, attribute="end_date"))
    ub_places = {fold(c["value"]) for c in _claims(raw, attribute="location", event=ub["id"])}
    assert {"imishli", "jabrayil"} <= ub_places
    [iran_start] = [c for c in _claims(raw, attribute="start_date") if c["value"] == "2022-10-17"]
    iran_event = iran_start["event"]
    participants = {c["value"] for c in _claims(raw, attribute="participant", event=iran_event)}
    assert participants == {"Iran"}
    places = {fold(c["value"]) for c in _claims(raw, attribute="location", event=iran_event)}
    assert {"ardabil", "east azerbaijan"} <= {p.removesuffix(" province") for p in places}


def test_east_azerbaijan_is_in_iran(raw):
    claims = [c for c in raw["claims"] if c["attribute"] == "location" and "east azerbaijan" in fold(c["value"])]
    assert claims
    for c in claims:
        within = [w["name"] for w in c["value_detail"]["within"]]
        assert "Iran" in within and "Azerbaijan" not in within


def test_nakhchivan_is_in_azerbaijan(raw):
    claims = [c for c in raw["claims"] if c["attribute"] == "location" and any(n in fold(c["value"]) for n in NAKHCHIVAN)]
    assert claims
    assert all("Azerbaijan" in [w["name"] for w in c["value_detail"]["within"]] for c in claims)


@pytest.fixture
def dated(tmp_path, capsys, seeds, root):
    paths = []
    for seed, date in zip(seeds, ("2021-10-05", "2022-12-14")):
        path = tmp_path / seed.rsplit("/", 1)[-1]
        path.write_text(f"---\npublished: {date}\n---\n" + open(seed, encoding="utf-8").read(), encoding="utf-8")
        paths.append(path)
    return _report(capsys, *paths)


def test_dated_2021_edition(dated):
    first = sorted(s["id"] for s in dated["sources"])[0]
    starts = {c["value"] for c in _claims(dated, source=first, attribute="start_date")}
    ends = {c["value"] for c in _claims(dated, source=first, attribute="end_date")}
    assert "2021-10-05" in starts and "2021-10-08" in ends
    places = {fold(c["value"]) for c in _claims(dated, source=first, attribute="location")}
    assert any(any(n in p for n in NAKHCHIVAN) for p in places)


def test_dated_ceasefire(dated):
    first = sorted(s["id"] for s in dated["sources"])[0]
    dates = [c for c in _claims(dated, source=first) if c["value"] == "2020-11-09"]
    assert dates
    assert _event_of(dated, dates[0])["type"] == "ceasefire"


def test_dated_editions_not_in_conflict_without_caveat(dated):
    for f in dated["findings"]:
        if f["scope"] != "cross-source" or f["verdict"] != "conflict":
            continue
        if f["attribute"] in ("start_date", "end_date", "location"):
            assert any("edition" in c for c in f["caveats"]), f


def test_same_output_twice_and_in_any_order(capsys, seeds):
    a = main(["report", "--format", "json", *seeds]), capsys.readouterr().out
    b = main(["report", "--format", "json", *reversed(seeds)]), capsys.readouterr().out
    c = main(["report", "--format", "json", *seeds]), capsys.readouterr().out
    assert a == c
    ja, jb = json.loads(a[1]), json.loads(b[1])
    assert ja["findings"] == jb["findings"] and ja["events"] == jb["events"] and ja["claims"] == jb["claims"]


def test_text_report_fits_100_columns(capsys, seeds):
    assert main(["report", *seeds]) == 0
    out = capsys.readouterr().out
    assert "CONFLICT" in out
    assert max(len(line) for line in out.splitlines()) <= 100
