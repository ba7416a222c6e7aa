"""The shortcuts in the date finder's handlers and per-mention work give what the plain code gives."""

from __future__ import annotations

import datetime as dt

import pytest
from attrs import evolve

from _pieces import glued_texts

from crosscheck.extract import _dates_lex as lex
from crosscheck.extract import dates
from crosscheck.extract._mention import Mention
from crosscheck.model import DurationValue, TimeRef, date_value

#: Characters where lower-casing and case-insensitive matching disagree, and other odd ones.
_ODD = ["İ", "ı", "ſ", "\u212a", "é", "٣", "_", "'", "’", "\u00a0"]

#: Words and pieces around which the word before or after a position is read.
_PIECES = [
    "the", "The", "on", "in", "Jones'", "Joneses'", "U.S.", "1st", "20th", "x1", "_a", "a_", "it's", "it’s",
    "O'Neill", "rock'n'roll", "since", "Since", "Monday", "March", "2021", "5", "-", "--", "(", ")", ",",
    ".", "café", "naïve", "Zoë", "٣rd", "Müller", "''", "'", "’", "as", "long", "over", "nearly",
] + _ODD
_GLUE = [" ", "", "  ", "\n", "-", "\u00a0", "\t", " - ", ".", "'", "’"]


@pytest.fixture(scope="module")
def texts():
    return glued_texts(_PIECES, _GLUE, seed=903, count=2500, words=(0, 14))


def _plain_word_before(text: str, pos: int, reach: int = 40) -> str:
    """Read the word before ``pos`` character by character, as the finder did before its pattern."""
    lo = max(0, pos - reach)
    end = pos
    while end > lo and text[end - 1] in " \t-":
        end -= 1
    body = end
    while body > lo and text[body - 1] in "'’":
        body -= 1
    if body == lo or not (text[body - 1].isalnum() or text[body - 1] == "_"):
        return ""
    first = body - 1
    while first > lo and (text[first - 1] in "'’" or text[first - 1].isalnum() or text[first - 1] == "_"):
        first -= 1
    for i in range(first, body):
        if text[i].isascii() and text[i].isalpha():
            return text[i:end]
    return ""


def test_word_before_reads_as_the_plain_scan(texts):
    found = 0
    for text in texts:
        for pos in {0, len(text), len(text) // 2, len(text) // 3, max(0, len(text) - 1)}:
            for reach in (40, 7, 1, 0):
                expected = _plain_word_before(text, pos, reach)
                assert dates._word_before(text, pos, reach=reach) == expected, (text, pos, reach)
                found += expected != ""
    assert found > 3000


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("the Joneses' ", "Joneses'"), ("in the U.S. ", ""), ("on the 1st ", "st"), ("since - ", "since"),
        ("it’s ", "it’s"), ("rock'n'roll -", "rock'n'roll"), ("café ", "café"), ("٣rd ", "rd"), ("", ""),
        ("   ", ""), ("x_ ", "x_"), ("_a ", "a"), ("(Monday)", ""), ("ſince ", "ince"),
    ],
)
def test_word_before_examples(text, word):
    assert dates._word_before(text, len(text)) == word


def test_word_after_reads_as_its_pattern(texts):
    found = 0
    for text in texts:
        for pos in {0, len(text), len(text) // 2, len(text) // 3, len(text) + 3}:
            m = lex.WORD_AFTER.match(text[pos : pos + 40])
            expected = m.group(1) if m else ""
            assert dates._word_after(text, pos) == expected, (text, pos)
            found += expected != ""
    assert found > 1000


def test_widener_tails_by_end_hold_every_tail_once():
    every = {tail for tails in dates._WIDENER_TAILS.values() for tail in tails}
    grouped = [tail for tails in dates._WIDENER_TAILS_BY_END.values() for tail in tails]
    assert sorted(grouped) == sorted(every)
    assert all(tail.endswith(end) for end, tails in dates._WIDENER_TAILS_BY_END.items() for tail in tails)


def test_widener_tail_gate_is_the_plain_endswith(texts):
    every = tuple({tail for tails in dates._WIDENER_TAILS.values() for tail in tails})
    windows = texts + [t + " " + w for t, w in zip(texts, every * 100)]
    for window in windows:
        tail = window.rstrip().lower()
        tails = dates._WIDENER_TAILS_BY_END.get(tail[-2:])
        assert (tails is not None and tail.endswith(tails)) == tail.endswith(every), window


_EXPRESSIONS = [
    "two months", "six weeks", "four years ago", "next year", "yesterday", "Monday", "the 1990s", "20th century",
    "in 2000", "March 6", "March 6, 2021", "this week", "three days", "a decade ago", "tonight", "last Friday",
    "nineteen ninety-six", "every year", "now", "recently", "at 10:35 a.m.", "5-8 October 2021", "annually",
    "the third quarter", "profit", "from March 3 to March 9", "the week of March 6", "early next year",
    "nearly forty years", "the past 18 months", "said on Tuesday", "will one day", "$5 million a year",
]
_EXPRESSION_GLUE = [" ", ", ", ". ", " and ", " until ", " since ", " \u00a0", " İ ", " ſ ", "\n"]


def _plain_to_mention(text, p):
    """Build the Mention as before the shortcut: fresh values, keyword arguments."""
    if p.weak:
        return None
    words = text[p.start : p.end]
    if p.kind == "ref":
        return Mention("ref", p.start, p.end, words, TimeRef(p.duration))
    if p.kind in ("duration", "set"):
        role = "set" if p.kind == "set" else None
        return Mention(p.kind, p.start, p.end, words, DurationValue(p.duration), role=role)
    edtf = p.edtf or dates._edtf(p)
    if edtf is None:
        return None
    return Mention(p.kind, p.start, p.end, words, date_value(edtf), role=p.role or "date", modality=p.modality, time=p.time)


def _plain_widen(text, mentions):
    """Widen with ``max`` and the window's tail tried against every widener tail."""
    every = tuple({tail for tails in dates._WIDENER_TAILS.values() for tail in tails})
    out = []
    floor = 0
    for mn in mentions:
        window_start = max(floor, mn.start - 48)
        window = text[window_start : mn.start]
        pattern = dates._widener(mn) if dates._odd_case(window) or window.rstrip().lower().endswith(every) else None
        if pattern is not None:
            w = pattern.search(text, window_start, mn.start)
            if w is not None and w.start() < mn.start:
                mn = evolve(mn, start=w.start(), text=text[w.start() : mn.end], value=dates._narrowed(w.group(), mn.value))
        out.append(mn)
        floor = max(floor, mn.end)
    return out


@pytest.mark.parametrize("anchor", [None, dt.date(2021, 10, 5), dt.date(1998, 2, 27)])
def test_find_gives_what_the_plain_mentions_give(anchor, monkeypatch):
    texts = glued_texts(_EXPRESSIONS + _ODD, _EXPRESSION_GLUE, seed=317, count=700, words=(1, 12))
    found = [dates.find(text, anchor=anchor) for text in texts]
    monkeypatch.setattr(dates, "_to_mention", _plain_to_mention)
    monkeypatch.setattr(dates, "_widen", _plain_widen)
    plain = [dates.find(text, anchor=anchor) for text in texts]
    assert found == plain
    assert sum(map(len, found)) > 1500
    kinds = {mn.kind for mentions in found for mn in mentions}
    assert {"date", "duration", "ref", "set"} <= kinds


def test_shared_values_equal_fresh_ones():
    assert dates._duration_value("P6W") == DurationValue("P6W")
    assert dates._duration_value("P6W") is dates._duration_value("P6W")
    assert dates._time_ref("past") == TimeRef("past")
    with pytest.raises(ValueError):
        dates._duration_value("six weeks")
    with pytest.raises(ValueError):
        dates._time_ref("later")


def test_cue_window_is_the_plain_slice():
    text = "The talks began on Monday and ended on Friday."
    for pos in range(len(text) + 1):
        for reach in (0, 1, 5, 40, 90):
            assert dates._cue_window(text, pos, reach=reach) == text[max(0, pos - reach) : pos]
