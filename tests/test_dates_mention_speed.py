"""The shortcuts in the date finder's per-mention work give what the plain computation gives."""

from __future__ import annotations

import datetime as dt

import pytest
from attrs import evolve

from _pieces import glued_texts

from crosscheck.extract import _dates_lex as lex
from crosscheck.extract import dates

#: Characters where lower-casing and case-insensitive matching disagree, and other odd ones.
_ODD = ["İ", "ı", "ſ", "\u212a", "é", "٣", "_", "'", "’", "\u00a0"]

#: Words of every widener, in several cases, with near misses ("lately", "weekly", "ages").
_WIDENER_WORDS = [
    "early", "Early", "EARLY", "late", "Late", "sometime", "mid", "mid-morning", "midday", "mid afternoon",
    "Mid-Day", "the", "The", "THE", "week", "Week", "of", "OF", "year", "Year", "years", "year-earlier",
    "year ago", "each", "Each of", "nearly", "almost", "about", "around", "roughly", "approximately",
    "some", "up to", "more than", "less than", "fewer than", "no more than", "no less than", "at least",
    "at most", "just over", "just under", "well over", "barely", "only", "last", "first", "past", "next",
    "previous", "preceding", "coming", "following", "latest", "final", "same", "entire", "whole", "full",
    "initial", "remaining", "lately", "weekly", "ages", "proof", "Theo", "mi", "d", "cost", "han",
    "nearl", "wee\u212a", "ſome", "fırst", "İnitial", "said", "in", "on", "2021", "(", ",",
]
_GLUE = [" ", "", "  ", "\n", "-", "\u00a0", "\t", " - ", "."]


@pytest.fixture
def windows():
    return glued_texts(_WIDENER_WORDS + _ODD, _GLUE, seed=811, count=3000, words=(0, 10))


def test_widener_tails_never_hide_a_match(windows, monkeypatch):
    # The gate in ``_prefix_to_search`` against the plain search of each widener it stands for.
    hits = 0
    for pattern in dates._WIDENER_TAILS:
        monkeypatch.setattr(dates, "_widener", lambda mn, pattern=pattern: pattern)
        for window in windows:
            text = window + " Monday"
            end = len(window)
            for lo in {0, max(0, end - 48), end // 2, max(0, end - 5)}:
                found = pattern.search(text, lo, end)
                gated = dates._prefix_to_search(text[lo:end], None)
                if found is not None and found.start() < end:
                    hits += 1
                    assert gated is pattern, (pattern.pattern, window, lo)
    assert hits > 1000


def test_widener_tails_cover_every_widener():
    assert set(dates._WIDENER_TAILS) == {
        lex.DURATION_PREFIX, lex.AMOUNT_PREFIX, lex.ERA_PREFIX, lex.YEAR_PREFIX, lex.WEEK_OF_PREFIX, lex.DAY_PREFIX,
    }


def _plain_widen(text, mentions):
    """Widen as before the shortcut: every widener searched over its whole window."""
    out = []
    floor = 0
    for mn in mentions:
        pattern = dates._widener(mn)
        if pattern is not None:
            window_start = max(floor, mn.start - 48)
            w = pattern.search(text, window_start, mn.start)
            if w is not None and w.start() < mn.start:
                mn = evolve(mn, start=w.start(), text=text[w.start() : mn.end], value=dates._narrowed(w.group(), mn.value))
        out.append(mn)
        floor = max(floor, mn.end)
    return out


_EXPRESSIONS = [
    "two months", "six weeks", "four years ago", "next year", "yesterday", "Monday", "1990s", "20th century",
    "2000", "March 6", "March 6, 2021", "this week", "three days", "the 1970s", "a decade ago", "tonight",
    "last Friday", "nineteen ninety-six", "90s", "five hours",
]


def test_widen_matches_its_plain_reference(monkeypatch):
    texts = glued_texts(_WIDENER_WORDS + _EXPRESSIONS + _ODD, _GLUE, seed=812, count=1500, words=(0, 30))
    captured = []
    monkeypatch.setattr(dates, "_widen", lambda text, mentions: captured.append((text, mentions)) or mentions)
    for text in texts:
        dates.find(text, anchor=dt.date(2021, 6, 15))
    monkeypatch.undo()
    widened = 0
    for text, mentions in captured:
        fast = dates._widen(text, mentions)
        assert fast == _plain_widen(text, mentions), text
        widened += sum(a is not b for a, b in zip(fast, mentions))
    assert widened > 100


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Over the past two months, prices rose.", "the past two months"),
        ("Prices rose in the late 1970s.", "the late 1970s"),
        ("Prices rose in the mid-1990s.", "the mid-1990s"),
        ("Talks resume early next week.", "early next week"),
        ("The deal closed the week of March 6, 2021.", "the week of March 6, 2021"),
        ("The flood came nearly four years ago.", "nearly four years ago"),
    ],
)
def test_widen_examples(text, expected):
    found = [m.text for m in dates.find(text, anchor=dt.date(2021, 6, 15))]
    assert expected in found, found
