"""The shortcuts of ``dates.find``'s later stages (roles, wideners) answer as the plain searches."""

from __future__ import annotations

import pytest

from crosscheck.extract import _dates_lex as lex
from crosscheck.extract import dates

from _pieces import glued_texts
from test_dates_shortcuts import _reference_role

#: Characters where lower-casing and case-insensitive matching disagree, and other odd ones.
_ODD = ["İ", "ı", "ſ", "\u212a", "é", "٣", "_", "'", "’", "\u00a0"]

_ROLE_PIECES = [
    "began", "Began", "BEGIN", "start", "restart", "kicked off", "Kick off", "opened", "reopened", "from",
    "From", "since", "ſince", "until", "UNTIL", "till", "through", "ended", "weekend", "attend", "closes",
    "wrapped up", "completed", "concluded", "moved", "MOVED", "moving", "postponed", "poſtponed",
    "delayed", "rescheduled", "pushed back", "brought forward", "changed", "shifted", "advanced",
    "put off", "talks", "the", "on", "in", "at", "about", "Paris", "London's", "early", "mid", "late",
    "5", "2021", ";", ".", "(", ")", ",", "-", "\n",
] + _ODD


def _plain_role(text: str, group_start: int) -> str:
    """Return ``dates._role``'s answer as first written: every cue pattern searched over the whole
    clause window (the key tests in front of them are part of what the role means)."""
    if not dates._ROLE_KEY.search(dates._cue_window(text, group_start).lower()):
        return "date"
    return _reference_role(text, group_start)


@pytest.mark.parametrize("glue", [[" "], [" ", " ", "", "  ", "\u00a0", "-"]])
def test_role_reads_as_the_plain_cue_search(glue):
    texts = glued_texts(_ROLE_PIECES, glue, seed=41, count=6000, words=(0, 14))
    seen = set()
    for text in texts:
        for at in (len(text), len(text) // 2, max(0, len(text) - 3)):
            role = dates._role(text, at)
            assert role == _plain_role(text, at), (text, at)
            seen.add(role)
    assert seen == {"date", "start_date", "end_date"}  # the texts reach every answer


def test_role_examples():
    assert dates._role("Talks began on Monday", len("Talks began on ")) == "start_date"
    assert dates._role("The fair runs through ", len("The fair runs through ")) == "end_date"
    assert dates._role("The vote was postponed from ", len("The vote was postponed from ")) == "date"
    assert dates._role("Flights resumed from ", len("Flights resumed from ")) == "start_date"
    assert dates._role("He spent the weekend in Oslo on ", 32) == "date"


@pytest.mark.parametrize(
    ("text", "anchor", "words"),
    [
        ("Rescue teams worked through the week of March 6 in the flooded valley.", None, "the week of March 6"),
        ("The stadium was finished in the year 2000, officials said.", None, "the year 2000"),
        ("Polls close early next week across the country.", "2023-05-10", "early next week"),
        ("The ceasefire began on Monday and held until Friday.", "2024-02-14", "Monday"),
    ],
)
def test_find_keeps_widened_words(text, anchor, words):
    import datetime as dt

    day = dt.date.fromisoformat(anchor) if anchor else None
    assert words in [m.text for m in dates.find(text, anchor=day)]


_CUE_PIECES = [
    "since", "Since", "SINCE", "ſince", "ago", "last", "LAST", "lasting", "payable", "effective", "record",
    "due", "expires", "deadline", "by", "By", "through", "until", "till", "extended", "postponed", "delayed",
    "adjourned", "deferred", "as", "soon", "early", "scheduled", "set", "planned", "expected", "invited",
    "invitation", "to", "a", "the", "on", "for", "shortly", "after", "Monday", "5", "10:30", "p.m.", "EST",
    "talks", "moved", "from", ".", ";", ",", "\n",
] + _ODD

_KEYED = [
    (lex.BACKWARD_CUE, dates._BACKWARD_KEY),
    (lex.FORWARD_CUE, dates._FORWARD_KEY),
    (lex.WEEKDAY_FORWARD_CUE, dates._WEEKDAY_FORWARD_KEY),
    (lex.INVITE_CUE, dates._INVITE_KEY),
    (dates._RESCHEDULED, dates._RESCHEDULED_KEY),
]


@pytest.mark.parametrize(("pattern", "key"), _KEYED)
def test_keyed_search_finds_what_the_pattern_finds(pattern, key):
    windows = glued_texts(_CUE_PIECES, [" ", " ", "", "  ", "-", "\u00a0"], seed=47, count=5000, words=(0, 10))
    windows += [
        "the mayor invited the envoys to a ceremony on", "Invitations went out to the gala",
        "the talks were moved from", "he has lived there since", "The dividend is payable",
        "as early as", "two years ago", "invited them to\u00a0a", "poſtponed from",
    ]
    hits = 0
    for window in windows:
        for text in (window, window + " "):
            plain = pattern.search(text)
            fast = dates._keyed_search(pattern, key, text)
            assert (plain and plain.span()) == (fast and fast.span()), (pattern.pattern, text)
            hits += plain is not None
    assert hits > 0


_INTENT_PIECES = [
    "agreed", "Agreed", "agreement", "plans", "planned", "decided", "decision", "intends", "aimed", "promised",
    "pledged", "vowed", "hoped", "expects", "offered", "deal", "bid", "proposals", "ordered", "asked", "invited",
    "subpoenaed", "summoned", "urged", "set", "due", "ready", "prepared", "scheduled", "slated", "poised",
    "to", "To", "TO", "meet", "the", "a", "vote", "March", "talks", ".", "Mr.", ";", "them", "was",
    "ſet", "İ", "ı", "\u212a", "é", "٣", "_", "'", "’", "\u00a0", "3",
]


def test_intent_key_never_hides_a_match_of_the_intent_cue():
    windows = glued_texts(_INTENT_PIECES, [" ", " ", "", "\n", "-"], seed=53, count=20000, words=(0, 14))
    hits = 0
    for window in windows:
        plain = lex.INTENT_CUE.search(window) is not None
        fast = "to" in window and dates._INTENT_KEY.search(window) is not None and lex.INTENT_CUE.search(window) is not None
        assert plain == fast, window
        hits += plain
    assert hits > 100
