"""The matchers ``dates.find`` tries at a candidate give the whole master pattern's match there."""

from __future__ import annotations

import collections
import random

import pytest

from crosscheck.extract import _dates_lex as lex
from crosscheck.extract import dates

from _pieces import glued_texts

#: Numbers of every length the gate lets through, in ASCII and other digits, and what may follow
#: them in each alternative of the digit master (clock marks, ordinals, units, months, ranges,
#: decades, ISO and slashed dates) or in none.
_NUMBER_PIECES = [
    "5", "3", "12", "23", "31", "60", "300", "1998", "1990", "2021", "0930", "12345", "٣", "5٣", "'", "’", "'9", "’95", "½", "1/2",
    "st", "nd", "rd", "th", "th century", "rd century", "s ", ".5 years", "to 8 May", "until 8 May", "ST", "Nd", "s", "'s", "’s", "'s first quarter", "’s period", " fourth quarter", "am", "a.m.", "pm", "p.m", ":30", ".5", ".",
    "-", "–", "—", "/", "/05/2021", "-10-05", "GMT", "UTC", "hours", "hrs", "local time", "o'clock",
    "in the morning", "years", "year", "days", "day-long", "weeks", "months", "century", "Century",
    "ago", "years ago", "days later.", "later", "before", "after", "or so", "and a half", "more", "additional", "and", "or", "to",
    "through", "until", "till", "of", "October", ", 6 and 8 October", "to 8 May", "th of May", "Oct.", "May", "the", "quarter", "first", "period",
    "fiscal", "Monday", "%", ",", "x", "é", "ſ", "K", "_", "\u00a0", "\n", "\x1c",
]
_GLUE = ["", " ", " ", "  ", "\n", "\u00a0", "\t", ",", "-"]


def _check_numbers(text: str) -> list[str]:
    """Compare, at every number candidate of ``text``, the number matcher with the digit master;
    return the names of the alternatives that matched."""
    hits = []
    for at, word in dates._candidates(text):
        if word[0] not in "0123456789":
            continue
        stop = at + len(word)
        full = lex.DIGIT_MASTER.match(text, at)
        part = lex.number_matcher(len(word), text[stop : stop + 1])(text, at)
        assert (full and (full.span(), full.lastgroup)) == (part and (part.span(), part.lastgroup)), (text, at)
        if full is not None:
            hits.append(full.lastgroup)
    return hits


def _number_texts(seed: int, count: int) -> list[str]:
    """Return random texts made of a few numbers, each followed by one to three pieces."""
    rng = random.Random(seed)
    numbers = [p for p in _NUMBER_PIECES if p[-1].isdigit()]
    texts = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(1, 3)):
            parts.append(rng.choice(numbers))
            for k in range(rng.randint(1, 3)):
                # Right after the number, mostly nothing or one space: where its alternatives differ.
                glue = _GLUE[:2] if k == 0 and rng.random() < 0.8 else _GLUE
                parts.append(rng.choice(glue) + rng.choice(_NUMBER_PIECES))
            parts.append(rng.choice(_GLUE))
        texts.append("".join(parts))
    return texts


@pytest.mark.parametrize("seed", range(4))
def test_number_matchers_match_as_the_digit_master(seed):
    texts = glued_texts(_NUMBER_PIECES, _GLUE, seed=seed, count=2000, words=(1, 12)) + _number_texts(seed, 6000)
    groups = collections.Counter(group for text in texts for group in _check_numbers(text))
    # The pieces make dates often enough that every alternative is exercised, not only misses.
    assert set(groups) == lex._DIGIT_GROUPS, groups


def test_number_matchers_match_as_the_digit_master_after_every_piece():
    # Every number right before every piece, with nothing, a space or a comma between: no
    # pairing of a run's length and next character is left to chance.
    numbers = [p for p in _NUMBER_PIECES if p[-1].isdigit()]
    for number in numbers:
        for piece in _NUMBER_PIECES:
            for glue in ("", " ", ", "):
                _check_numbers(f"on {number}{glue}{piece} and {number}{piece}{glue}")


def test_every_digit_alternative_is_reached_through_its_number_matcher():
    examples = {
        "clock": "at 9 a.m. and 10:30 GMT and 1400 hours", "iso": "on 2021-10-05", "slash": "on 10/05/2021",
        "dmy": "on 5 October", "quarter": "the 1998 fourth quarter and the 2nd quarter", "ago": "5 years ago",
        "narr": "5 days later.", "decade": "the 1990s", "century": "the 19th century",
        "yrange": "in 1998-2001", "dur": "a 44-day war", "year": "in 1998.",
    }
    for name, text in examples.items():
        found = set()
        for at, word in dates._candidates(text):
            if word[0].isdigit():
                stop = at + len(word)
                m = lex.number_matcher(len(word), text[stop : stop + 1])(text, at)
                if m is not None:
                    found.add(m.lastgroup)
                    _check_numbers(text)
        assert name in found, (name, text, found)


def _plain_match(text: str, at: int, word: str):
    """The gate of ``word`` and then every alternative that can begin with it."""
    gate = lex.TRIGGER_WORDS[word]
    if gate is not None and not gate(text, at + len(word)):
        return None
    return lex.word_matcher(word)(text, at)


def _check_choosers(text: str) -> list[str]:
    """Compare, at every trigger word of ``text``, its chooser's choice with the gate and the
    word's whole matcher; return the names of the alternatives that matched."""
    hits = []
    for token in lex.TOKEN.finditer(text):
        word = token.group()
        if word not in lex.TRIGGER_WORDS or word[0].isdigit():
            continue
        choose = lex.chooser(word)
        at = token.start()
        full = _plain_match(text, at, word)
        matcher = choose(text, at + len(word))
        part = matcher(text, at) if matcher is not None else None
        assert (full and (full.span(), full.lastgroup)) == (part and (part.span(), part.lastgroup)), (text, at)
        if full is not None:
            hits.append(full.lastgroup)
    return hits


#: "The" and number words before the words that the gate of "the" lets through and the words
#: that the alternatives read next (units, months, weekdays, seasons, "of", "ago", "later"), in
#: odd cases and glued to what breaks a word.
_CHOOSER_PIECES = sorted(
    set(lex._listed_words(lex._WORD_GATES["the"]))
    | set(" ".join(lex._AFTER_THE.values()).split())
    | set(lex._AFTER_NUMBER_WORD)
    # Written out too, not only read from the tables under test.
    | set("""minute minutes hour hours day days week weeks fortnight month months year years decade decades
    century centuries and more additional extra times hundred thousand oh five twenty four""".split())
    | set(" ".join(words for table in lex._AFTER_WORD.values() for words in table.values() if words).split())
    | set("""half two few several couple coming past christmas new year's eve good friday may day
    weekend morning afternoon evening night spring fall january jan sept dec quarter period fiscal calendar
    week month year monday sunday""".split())
) + [
    "this", "This", "last", "LAST", "next", "first", "First", "Friday", "monday", "SUNDAY", "Oct.", "Tue.", "5",
    "of the", "of 2021", "of May", "Day", "Eve", "Sept.",
    "the", "The", "THE", "two", "Two", "TWENTY", "nineteen", "one", "three", "a", "is", "it's", "It’s",
    "of", "ago", "later", "before", "after", "half", "term", "quarter", "period", "ended", "recent",
    "Year", "YEAR", "Spring", "Monday", "October", "2021", "1998", "5th", "5", "'s", "’s", "fiscal year",
    "year-ago", "day-long", "weeks'", "yearé", "year_", "year2", "ſame", "weeK", "x", "é", "٣", "-", ",",
    ".", "\u00a0",
]
_CHOOSER_GLUE = [" ", " ", " ", "", "-", "  ", "\n", "\u00a0"]


@pytest.mark.parametrize("seed", range(4))
def test_choosers_match_as_the_gate_and_the_word_master(seed):
    rng = random.Random(seed)
    heads = ["the", "The", "THE", "two", "Three", "twenty", "one", "nineteen", "It’s the", "is the", "this",
             "Last", "next", "NEXT", "first", "First", "Friday", "monday", "Sunday,"]
    texts = glued_texts(_CHOOSER_PIECES, _CHOOSER_GLUE, seed=seed, count=3000, words=(1, 10))
    # Mostly a head word, one space and one or two pieces: where the choosers decide.
    for _ in range(12000):
        tail = "".join(rng.choice(_CHOOSER_GLUE[:3]) + rng.choice(_CHOOSER_PIECES) for _ in range(rng.randint(1, 3)))
        texts.append(rng.choice(heads) + tail)
    groups = collections.Counter(group for text in texts for group in _check_choosers(text))
    # Matches are common, not only misses.
    assert sum(groups.values()) > 1500, groups


def test_choosers_match_as_the_gate_and_the_word_master_after_every_piece():
    groups = set()
    for head in ("the", "The", "two", "Three", "Twenty", "nineteen", "is the", "this", "Last", "next", "first",
                 "Friday", "MONDAY"):
        for piece in _CHOOSER_PIECES:
            for tail in ("", " of 2021", " of May", " ago", " days later.", " quarter", " Monday",
                         " and a half years", " term", " day of the strike", " weeks", " a year",
                         " year", " five", " future", " quarter of 2021", " 5, 2021", " of weeks",
                         " 5th of May"):
                for glue in (" ", "-", ""):
                    groups.update(_check_choosers(f"{head}{glue}{piece}{tail}"))
    # Every alternative that can begin with "the" or a number word is reached.
    assert set(lex._AFTER_THE) | {"ago", "narr", "set", "dur", "year", "holiday", "mdy", "weekday"} <= groups, groups
