"""The date finder's shortcuts give exactly what the slower forms they replace give."""

from __future__ import annotations

import random
import re
import tomllib
from pathlib import Path

import pytest

from crosscheck.extract import _dates_lex as lex
from crosscheck.extract import dates

ROOT = Path(__file__).parent.parent
_QUOTES_AND_DIGITS = frozenset("0123456789'’")


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(ROOT.glob("seeds/*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted(ROOT.glob("fixtures/stories/*/*.txt"))]
    for path in sorted((ROOT / "fixtures" / "corpus").glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        texts += [e["text"] for kind in ("positive", "negative") for e in data.get(kind, [])]
    # Every trigger word before assorted continuations, in three cases.
    tails = [" ", " of 2021", " 5", " years ago", " days later", " quarter", "-quarter", " weekend",
             " next year", " few days", " 1990", "s", ", Oct. 5", " Monday", " more weeks"]
    for word in lex.TRIGGER_WORDS:
        texts += [f"in {word}{t}. The {word}{t} and {word.upper()}{t}" for t in tails]
    return texts


TEXTS = _texts()


def test_word_subsets_match_as_the_master():
    for text in TEXTS:
        for token in lex.TOKEN.finditer(text):
            word = token.group()
            if word in lex.TRIGGER_WORDS and not word[0].isdigit():
                full = lex.WORD_MASTER.match(text, token.start())
                part = lex.word_matcher(word)(text, token.start())
                assert (full and (full.span(), full.lastgroup)) == (part and (part.span(), part.lastgroup)), text


def _reference_candidates(text: str) -> list[tuple[int, str]]:
    return [
        (t.start(), t.group()) for t in lex.TOKEN.finditer(text)
        if t.group() in lex.TRIGGER_WORDS or t.group()[0] in _QUOTES_AND_DIGITS
    ]


def _check_candidates(text: str) -> None:
    """The candidates are the trigger tokens, less set-gated words whose gate fails there."""
    found = dates._candidates(text)
    reference = _reference_candidates(text)
    assert set(found) <= set(reference) and found == sorted(found), repr(text)
    for at, word in sorted(set(reference) - set(found)):
        assert word.encode() in lex.NEXT_WORDS_THAT_MAY_PASS, (text, at, word)
        assert not lex.TRIGGER_WORDS[word](text, at + len(word)), (text, at, word)


def test_candidates_are_the_trigger_tokens():
    for text in TEXTS:
        _check_candidates(text)
    rng = random.Random(5)
    pieces = ["the", " ", "a", "May", "5", "’", "'", "9", "٣", "é", "\n", "THE", "-", "Monday", "ſ",
              "İ", ".", "2021", "an", "?", "’9", "'95", "٣5", "5٣", "“", "—", "\t", "\x1c", "year",
              "talks", "Its", "first", "weeK", "_", "few", "more", "that", "day", "many", "at",
              "present", "Present", "right", "now", "these", "days", "ago", "earlier", "new", "Year",
              "years", "good", "Friday", "most", "recent", "recently", "just", "ended", "endedx"]
    for _ in range(40000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 20)))
        _check_candidates(text)


def test_candidates_leave_out_only_what_the_gates_refuse():
    # Plain prose: the set-gated words before other words are left out, the rest kept.
    text = "The talks of the year ended; a spokesman said that day its staff and the 1990s at least."
    words = [w for _, w in dates._candidates(text)]
    assert words == ["the", "that", "the", "1990"]
    # Outside ASCII every trigger token stays for the gate to decide.
    assert [w for _, w in dates._candidates("The talks — a spokesman")] == ["The", "a"]


@pytest.mark.parametrize("word", sorted(lex._SET_GATES))
def test_set_gates_answer_as_their_patterns(word):
    full = re.compile(lex._WORD_GATES[word])
    nexts = ["year", "Year", "YEAR", "year-ago", "year2", "year_", "yearé", "weeKend", "ſame", "few",
             "more days", "more", "extra hours", "additional 5", "1st", "'90s", "5", "٣", "", "centurys",
             "twenty-one", "x"]
    for form in (word, word.capitalize(), word.upper()):
        gate = lex.TRIGGER_WORDS[form]
        for after in nexts:
            for space in (" ", "  ", "\n", "", "-"):
                for tail in ("", " ", ".", "x", "é", "5"):
                    text = f"{form}{space}{after}{tail}"
                    assert gate(text, len(form)) == (full.match(text, len(form)) is not None), text


def _word_before_by_regex(text: str, pos: int, reach: int = 40) -> str:
    window = text[max(0, pos - reach) : pos]
    m = lex.WORD_BEFORE.search(window)
    if not m or window[m.end(1) :].strip(" \t-") != "":
        return ""
    return m.group(1)


def test_word_before_reads_as_its_pattern():
    rng = random.Random(7)
    alphabet = list("abcXYZ059_ '’-\t\n.,é\u0130ſ") + ["the ", "Jones' ", "U.S. "]
    for _ in range(30000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        pos = rng.randint(0, len(text))
        for reach in (40, 5):
            assert dates._word_before(text, pos, reach=reach) == _word_before_by_regex(text, pos, reach)


def test_future_phrases_as_found_by_their_pattern():
    rng = random.Random(13)
    words = ["is", "are", "am", "plans", "planning", "intends", "to", "from", "set", "be", "held", "now",
             "scheduled", "for", "on", "going", "x", "'", "5", "İs", "ſet", "Is", "ARE", "was", "dog'is",
             "now's", "is'", "x'set", "'to", "be'", "intend", "PLAN", "Jones'"]
    for _ in range(40000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(0, 12)))
        s0 = rng.randint(0, len(text))
        s1 = rng.randint(s0, len(text))
        pairs = [(w.start(), w.group()) for w in dates._WORD.finditer(text, s0, s1)]
        expected = [m.start() for m in lex.FUTURE_PHRASES.finditer(text, s0, s1)]
        assert dates._future_phrases(text, s0, s1, pairs) == expected, (text, s0, s1)


def test_sentence_bounds_as_found_by_their_pattern():
    for text in TEXTS:
        for at in range(0, len(text), 7):
            lo, hi = max(0, at - 300), min(len(text), at + 300)
            last = lo
            for m in dates._SENTENCE_END.finditer(text, lo, at):
                last = m.end()
            assert dates._sentence_start(text, lo, at) == last
            m = dates._SENTENCE_END.search(text, at, hi)
            assert dates._sentence_stop(text, at, hi) == (m.start() if m else hi)
