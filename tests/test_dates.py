"""The temporal extractor: properties on any text, plus the contract details the corpus cannot say."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crosscheck.extract import _dates_lex as lex
from crosscheck.extract.dates import find, tense_of
from crosscheck.model import DateValue, DurationValue, TimeRef

ANCHOR = dt.date(2021, 10, 5)

_FRAGMENTS = [
    "October 5", "Oct. 5", "5 October", "5-8 October", "October 5-8", "from", "to", "until",
    "between", "and", "or", ",", ".", " ", "-", "–", "2021", "1999", "2,021", "the", "The",
    "1990s", "'90s", "19th century", "May", "March", "may", "march", "Monday", "Sunday Times",
    "last", "next", "this", "week", "month", "year", "fall", "winter", "summer of", "early",
    "mid-", "late", "ago", "three days", "six-week", "44-day", "every", "annually", "yesterday",
    "today", "12/14/2022", "10/12", "9/11", "2021-10-05", "29 February", "February 29", "31 April",
    "began on", "ended on", "will", "was", "1,500 troops", "No. 10", "Room 1215", "10:30",
    "version 2.1", "in", "on", "Tuesday,", "later", "before", "Mar-a-Lago", "every other", "5th",
    "now", "recently", "quarter", "third-quarter", "year-ago", "a year earlier", "10 p.m.", "noon",
    "night", "Christmas", "Easter", "that", "following", "few", "weeks", "for", "a year", "$5",
    "nineteen ninety-six", "fiscal", "its", "payable", "since", "nearly", "the past", "GMT",
    "of", "'", "\n", "(", ")", "0", "00", "99",
]

date_ish = st.lists(st.sampled_from(_FRAGMENTS), max_size=14).map(" ".join)
any_text = st.one_of(st.text(max_size=200), date_ish)
anchors = st.one_of(st.none(), st.dates(dt.date(1901, 1, 1), dt.date(2098, 12, 31)))


@given(any_text, anchors)
def test_find_never_raises_and_spans_are_exact(text, anchor):
    found = find(text, anchor=anchor)
    for m in found:
        assert text[m.start : m.end] == m.text
        assert m.start < m.end
        assert m.kind in ("date", "time", "duration", "set", "ref")
        if m.kind in ("date", "time"):
            assert isinstance(m.value, DateValue)
            assert m.role in ("start_date", "end_date", "date")
            assert m.time is None or m.time[:2].isdigit() or m.time in ("MO", "AF", "EV", "NI", "MI", "DT")
        elif m.kind == "ref":
            assert isinstance(m.value, TimeRef) and m.role is None
        elif m.kind == "duration":
            assert isinstance(m.value, DurationValue) and m.role is None
        else:
            assert isinstance(m.value, DurationValue) and m.role == "set"
    assert [(m.start, m.end) for m in found] == sorted((m.start, m.end) for m in found)


@given(any_text, anchors)
def test_find_is_deterministic(text, anchor):
    assert find(text, anchor=anchor) == find(text, anchor=anchor)


@given(date_ish)
def test_without_anchor_no_year_is_guessed(text):
    for m in find(text, anchor=None):
        if m.kind != "date" or not m.value.year_known:
            continue
        if m.text.lower().endswith(("later", "earlier", "before", "after")) or m.text.lower().startswith(
            ("that", "the following", "the next", "the previous", "the prior", "the same", "earlier that", "later that")
        ):
            continue  # counted from an earlier date of the text, which may cross a year end
        edtf = m.value.edtf
        if edtf.endswith("XX"):
            continue  # a century, written as an ordinal ("19th century")
        if edtf.endswith("X"):
            assert edtf[:3] in text or f"{edtf[2]}0s" in text
        else:
            spelled = {lex.year_number(w.group()) for w in re.finditer(lex.SPELLED_YEAR_RE, text)}
            assert edtf[:4] in text or int(edtf[:4]) in spelled, f"{m.text!r} got a year the text does not give: {edtf}"


@given(any_text)
def test_tense_of_never_raises(text):
    assert tense_of(text, 0, len(text)) in ("past", "future", "present")
    assert tense_of(text, len(text) // 2, len(text) // 2) in ("past", "future", "present")


def _values(text, anchor=ANCHOR):
    return [(m.text, m.value.normalized, m.role) for m in find(text, anchor=anchor)]


def test_empty_and_plain_text():
    assert find("") == []
    assert find("The committee discussed the proposal at length.", anchor=ANCHOR) == []


@pytest.mark.parametrize(
    ("sentence", "tense"),
    [
        ("The drills began on October 5.", "past"),
        ("The summit will be held on November 9.", "future"),
        ("Officials said the talks will resume on November 9.", "future"),
        ("The talks, which collapsed on November 9, will resume soon.", "past"),
        ("The festival is scheduled for November 9.", "future"),
        ("On December 5, the ministry announced drills.", "past"),
        ("The exercise takes place on November 9.", "present"),
    ],
)
def test_tense_of(sentence, tense):
    start = sentence.find("November") if "November" in sentence else sentence.find("December")
    assert tense_of(sentence, start, start + 10) == tense


def test_weekday_follows_tense():
    # 2021-10-05 is a Tuesday.
    assert _values("The rebels attacked on Monday.") == [("Monday", "2021-10-04", "date")]
    assert _values("The envoy will arrive on Monday.") == [("Monday", "2021-10-11", "date")]
    assert _values("The envoy arrived last Tuesday.") == [("last Tuesday", "2021-09-28", "date")]


def test_leap_day():
    # No year near 2021 has the day, so the year stays unknown rather than wrong.
    assert _values("Markets reopened on February 29.") == [("February 29", "XXXX-02-29", "date")]
    leap = "Markets reopened on February 29, 2020."
    assert _values(leap) == [("February 29, 2020", "2020-02-29", "date")]
    assert _values("Markets reopened on February 29, 2021.") == []


def test_mentions_are_sorted_and_roles_from_cues():
    text = "Polls opened on 3 June and closed on 5 June; counting ran from 6 June until 9 June."
    got = _values(text, anchor=dt.date(2024, 6, 20))
    assert got == [
        ("3 June", "2024-06-03", "start_date"),
        ("5 June", "2024-06-05", "end_date"),
        ("6 June", "2024-06-06", "start_date"),
        ("9 June", "2024-06-09", "end_date"),
    ]


def test_relative_expressions_need_an_anchor():
    text = "Yesterday the river rose; last year it flooded, and last fall the dam cracked."
    assert find(text) == []
    assert [v for _, v, _ in _values(text)] == ["2021-10-04", "2020", "2020-23"]
