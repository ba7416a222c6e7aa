"""The candidate scan of the date finder against the plain computations it stands for."""

from __future__ import annotations

import re

from _pieces import glued_texts

from crosscheck.extract import _dates_lex as lex
from crosscheck.extract import dates

# Characters where lower-casing and case-insensitive matching disagree, non-ASCII digits and
# spaces, quotes, and the words the gates read, glued every way.
_WORD_PIECES = [
    "the", "The", "THE", "tHe", "a", "A", "an", "at", "its", "Their", "that", "many", "new", "good",
    "most", "just", "year", "Year", "week", "day", "past", "right", "more", "these", "May", "Monday",
    "talks", "present", "now", "recently", "days", "years", "Years", "ago", "end", "ended", "endedx",
    "recent", "Friday", "friday", "few", "first", "quarter", "spokesman", "later", "more", "YEAR",
    "1998", "5", "12", "'90s", "’9", "٣", "İ", "ı", "ſ", "\u212a", "é", "_", "'", "’", "\u00a0",
]
_GLUE = [" ", " ", " ", "  ", "\n", "\t", "\x1c", "-", ",", ".", "", "'", "’", "\u00a0", "é", "_"]


def _plain_candidates(text: str) -> list[tuple[int, str]]:
    """Pick the candidates out of ``lex.TOKEN.finditer`` one token at a time (the reference)."""
    found = []
    is_ascii = text.isascii()
    for token in lex.TOKEN.finditer(text):
        at, word = token.start(), token.group()
        if word.isalpha():
            if word not in lex.TRIGGER_WORDS:
                continue
            gate = lex.NEXT_WORDS_THAT_MAY_PASS.get(word.encode()) if is_ascii else None
            stop = token.end()
            if gate is not None and text[stop : stop + 1].isspace() and re.match(r"[A-Za-z]", text[stop + 1 : stop + 2]):
                after = re.match(r"[A-Za-z]+", text[stop + 1 :]).group().lower().encode()
                if after[: gate[0]] not in gate[1]:
                    continue
            found.append((at, word))
    numbers = [(m.start(), m.group()) for m in lex.NUMBER_START.finditer(text)]
    return sorted(found + numbers)


def test_candidates_are_the_plain_scan():
    texts = glued_texts(_WORD_PIECES, _GLUE, seed=41, count=6000, words=(0, 14))
    texts += [t.encode("ascii", "replace").decode() for t in texts[:3000]]  # the ASCII path too
    for text in texts:
        assert dates._candidates(text) == _plain_candidates(text), repr(text)


def test_candidates_read_the_next_word_whole():
    # The word after a gated word is the next word of the text, whatever glue comes after it.
    text = "The year-ago figure; the talks. At present, at least a few days, a spokesman said the"
    assert [w for _, w in dates._candidates(text)] == ["The", "year", "At", "a", "days", "the"]
    assert dates._candidates("the") == [(0, "the")]
    assert dates._candidates("tHe talks") == []


_NUMBER_PIECES = [
    "5", "12", "300", "1998", "2021", "0930", "12345", "1/2 ", "'", "’", "٣", " ", "  ", "\t", "\n", "-",
    "/", ":", ",", ".", "%", ")", "$", "st", "th", "nd", "GMT", " UTC", " hours", " hrs", " local", " years",
    " Years", " May", " may", " of", " and", " or", " to", " through", "&", "a.m.", " p.m", " pm",
    " o'clock", " o’clock", " in the", " people", " million", " percent", " more", " consecutive", "x",
    "\u00a0", "ſ", "\u212a", "İ", "ı",
]


def test_run_tails_answer_as_the_digit_gate():
    # Every run of ASCII digits, read by its length and its tail, gets the answer of the whole
    # gate read from its first digit.
    texts = glued_texts(_NUMBER_PIECES, ["", " "], seed=47, count=20000, words=(1, 8))
    for text in texts:
        text = text.encode("ascii", "replace").decode()
        for run in re.finditer(r"[0-9]+", text):
            start, stop = run.span()
            size = stop - start
            whole = lex.DIGIT_GATE.match(text, start) is not None
            if size > 4:
                assert not whole, repr(text)
            elif size == 4 and text[start] == "1" or text.startswith("20", start) and size == 4:
                assert whole, repr(text)
            else:
                assert (lex.RUN_TAILS[size](text, stop) is not None) == whole, repr(text)


def test_ascii_numbers_are_the_plain_scan():
    # The scan of the text with its digits made "0" keeps the runs the whole gate keeps, "1/2"
    # told from other fractions and years from other four digits, quotes and all.
    pieces = _NUMBER_PIECES + ["3/4 ", "1/2", "0/0 ", "'", "''", "1", "20", "2", "0", "%", "?"]
    texts = glued_texts(pieces, ["", " ", "  ", ".", ","], seed=53, count=30000, words=(1, 10))
    for text in texts:
        text = text.encode("ascii", "replace").decode()
        reference = [(m.start(), m.group()) for m in lex.NUMBER_START.finditer(text)]
        assert dates._ascii_numbers(text, text.encode("ascii")) == reference, repr(text)


def test_gated_run_openers_cover_the_tails():
    # A character outside the openers of the day (and clock) tail opens nothing they accept.
    for code in range(128):
        opening = chr(code)
        for rest in _NUMBER_PIECES:
            if not re.match(lex._DAY_OPENERS, opening):
                assert lex.RUN_TAILS[1](opening + rest, 0) is None, (opening, rest)
            if not re.match(lex._DAY_OPENERS, opening) and not re.match(lex._CLOCK_OPENERS, opening):
                assert lex.RUN_TAILS[3](opening + rest, 0) is None, (opening, rest)
