"""The date finder's shortcuts give exactly what the slower forms they replace give."""

from __future__ import annotations

import bisect
import random
import re
import tomllib
from pathlib import Path

import pytest

from _pieces import glued_texts

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
        if t.group() in lex.TRIGGER_WORDS or t.group()[0] in "'’" or _number_may_begin(text, t.start(), t.group())
    ]


def _number_may_begin(text: str, at: int, word: str) -> bool:
    """Tell whether ``find`` tries a date at the number token ``word``: an ASCII digit first, no
    digit or quote before it, and its gate passed."""
    if word[0] not in "0123456789" or at and text[at - 1] in _QUOTES_AND_DIGITS:
        return False
    return lex.DIGIT_GATE.match(text, at) is not None


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


def test_number_candidates_are_the_gated_number_tokens():
    # Numbers before what their gate reads (units, months, clock marks, ranges) and before
    # what it refuses, in every kind of digit and quote.
    rng = random.Random(11)
    pieces = ["5", "12", "1998", "2021", "300", "0930", "٣", "'", "’", " ", "  ", "\x1c", "\n", "-", "/",
              ":", ",", ".", "st", "th", "GMT", " hours", " years", " Years", " May", " may", " of",
              " and", " to", "a.m.", " p.m", " o'clock", " in the", " people", "x", "½", "1/2 ", " more",
              "\u00a0", "ſ", "K", " per cent"]
    for _ in range(60000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        if rng.random() < 0.5:
            text = text.encode("ascii", "replace").decode()  # plain ASCII text, half the time
        found = [c for c in dates._candidates(text) if c[1][0] in _QUOTES_AND_DIGITS]
        reference = [c for c in _reference_candidates(text) if c[1][0] in _QUOTES_AND_DIGITS]
        assert found == reference, repr(text)


def test_ascii_numbers_are_the_number_start_matches():
    # The literal search over digits and quotes finds in ASCII text what the full pattern finds:
    # runs after quotes, digits, letters and marks, gates passed and refused, quotes in a row.
    rng = random.Random(23)
    pieces = ["5", "12", "1998", "2021", "0930", "'", "''", " ", "\n", "\t", "-", "/", ":", ",", ".",
              "st", "GMT", " hours", " years", " May", " of", " and", "a.m.", " people", "x", "_",
              "1/2 ", "'90s", "0", "$", "%", "300", "12345", ")", "th", "nd", " UTC", " hrs", " local",
              "&", " o'clock", " million", " percent", " consecutive", " through", " in the"]
    for _ in range(60000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        reference = [(m.start(), m.group()) for m in lex.NUMBER_START.finditer(text)]
        assert dates._ascii_numbers(text, text.encode("ascii")) == reference, repr(text)
    for text in TEXTS:
        if text.isascii():
            reference = [(m.start(), m.group()) for m in lex.NUMBER_START.finditer(text)]
            assert dates._ascii_numbers(text, text.encode("ascii")) == reference, repr(text)


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
        expected = [m.start() for m in lex.FUTURE_PHRASES.finditer(text, s0, s1)]
        assert dates._Sentence(text, s0, s1).phrases(s0, s1) == expected, (text, s0, s1)


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


def test_word_trees_match_as_flat_alternations():
    # The tree form must take the same words in the same order of preference, also when what
    # follows makes the engine come back for a shorter word ("seventeen" before "seven").
    rng = random.Random(17)
    lists = [[w for w in lex.NUMBER_WORDS if w not in ("a", "an")], ["ab", "a", "abc", "b", "ba", "bab"],
             ["Jan", "June", "July", "Ju", "J"], ["x"]]
    for words in lists:
        flat, tree = lex._alt(words), lex._trie_alt(words)
        for template in ("(?:{})", "(?i:{})", "(?i:(?:{})(?:[-\\s](?:{}))?)\\s+x", "({})({})?c", "(?i:{})(?![a-z])"):
            a = re.compile(template.format(flat, flat))
            b = re.compile(template.format(tree, tree))
            alphabet = sorted({c for w in words for c in w + w.upper()}) + [" ", "-", "x", "c", "ſ", "K"]
            for _ in range(3000):
                text = "".join(rng.choice(alphabet + words) for _ in range(rng.randint(0, 6)))
                for at in range(len(text) + 1):
                    ma, mb = a.match(text, at), b.match(text, at)
                    assert (ma and ma.regs) == (mb and mb.regs), (words, template, text, at)
    # Words that are no plain words, or alike but for case, keep the flat form.
    assert lex._trie_alt(["a\\s+b", "c"]) == lex._alt(["a\\s+b", "c"])
    assert lex._trie_alt(["May", "MAY"]) == lex._alt(["May", "MAY"])


def _past_perfect_before(words, i):
    return i >= 2 and words[i - 1][1].lower() == "been" and words[i - 2][1].lower() == "had"


def _reference_cue_before(words, phrases, lo, split, hi, strong):
    # Every word from the span back, as the cue search read them before it stepped from cue to cue.
    phrase = max((p for p in phrases if lo <= p < hi), default=-1)
    for i in range(split - 1, -1, -1):
        pos, word = words[i]
        if pos < lo:
            break
        if pos <= phrase:
            return "future"
        tense = dates._cue(word, words[i - 1][1].lower() if i else "", words[i + 1][1] if i + 1 < len(words) else "")
        if tense == "future" and _past_perfect_before(words, i):
            tense = "past"
        if tense is not None and (tense != "present" or not strong):
            return tense
    return "future" if phrase >= 0 else None


def _reference_cue_after(words, phrases, split, lo, hi, strong):
    phrase = min((p for p in phrases if lo <= p < hi), default=hi)
    for i in range(split, len(words)):
        pos, word = words[i]
        if pos >= min(hi, phrase):
            break
        following = words[i + 1][1] if i + 1 < len(words) else ""
        tense = dates._cue(word, words[i - 1][1].lower() if i else "", following)
        if tense == "future" and (
            _past_perfect_before(words, i)
            or (following == "to" and word in dates._PLAN_VERBS and i and words[i - 1][1].lower() not in lex.PASSIVE_AUX)
        ):
            tense = "past"
        if tense is not None and (tense != "present" or not strong):
            return tense
    return "future" if phrase < hi else None


def _reference_tense(text, start, end, *, reach=300, neutral="present"):
    s0 = dates._sentence_start(text, max(0, start - reach), start)
    s1 = dates._sentence_stop(text, end, min(len(text), end + reach))
    c0, c1 = dates._clause_bounds(text, s0, start, end, s1)
    words = [(w.start(), w.group()) for w in dates._WORD.finditer(text, s0, s1)]
    phrases = [m.start() for m in lex.FUTURE_PHRASES.finditer(text, s0, s1)]
    split = bisect.bisect_left(words, (start, ""))
    for lo, hi, strong in ((c0, c1, False), (s0, s1, True), (s0, s1, False)):
        tense = _reference_cue_before(words, phrases, lo, split, start, strong) or _reference_cue_after(
            words, phrases, split, start, hi, strong
        )
        if tense is not None:
            return neutral if tense == "neutral" else tense
    return "present"


def test_tense_reads_as_the_plain_word_by_word_search():
    rng = random.Random(19)
    pieces = ["is", "was", "will", "had", "been", "has", "have", "said", "planned", "scheduled", "to", "be",
              "held", "set", "expected", "would", "may", "May", "next", "the", "unconfirmed", "hastily",
              "talks", "opened", "Monday", "on", "5", "and", "it'll", "from", "now", "plans", "is set to",
              "are due to", ",", ".", ";", " - ", "(", ")", "\n", "Mr.", "U.S.", "—", "dog'is", "İs", "ſet",
              # Where ``_WORD``'s words begin and end: apostrophes, digits and letters it does not take.
              "'", "''", "x'", "'ed", "won't", "WON'T", "ſaid", "\u212aed", "3rd", "é", "ed", "ED", "Ed", "it'LL",
              "agreed", "'tis", "had'", "been'", "_", "Had", "BEEN"]
    # Mostly spaces between the pieces; sometimes nothing, an apostrophe or a digit, which join or
    # split words.
    glues = [" "] * 8 + ["", "'", "3", "’"]
    for _ in range(20000):
        words = [rng.choice(pieces) for _ in range(rng.randint(1, 25))]
        text = "".join(w + rng.choice(glues) for w in words)
        dates._sentence_cache = (None, {})
        for _ in range(3):
            start = rng.randint(0, len(text))
            end = rng.randint(start, min(len(text), start + 12))
            for neutral in ("present", "future"):
                got = dates.tense_of(text, start, end, neutral=neutral)
                assert got == _reference_tense(text, start, end, neutral=neutral), (text, start, end)
        low_words = [w.group().lower() for w in dates._WORD.finditer(text)]
        reference = any(w in lex.PRESENT_WORDS for w in low_words)
        assert dates._present_cue_in_sentence(text, 0, 0, reach=len(text) + 1) == reference or "." in text or "!" in text or "?" in text or "\n" in text


def _reference_role(text: str, group_start: int) -> str:
    # The clause's part of the window, always cut, then its keys and cues.
    window = dates._cue_window(text, group_start)
    cut = dates._LAST_CLAUSE_CUT.match(window)
    if cut is not None:
        window = window[cut.end() :]
    low = window.lower()
    if " from" in low and dates._RESCHEDULED.search(window):
        return "date"
    if dates._START_KEY.search(low) and lex.START_CUE.search(window):
        return "start_date"
    if dates._END_KEY.search(low) and lex.END_CUE.search(window):
        return "end_date"
    return "date"


def test_roles_read_as_the_cue_patterns():
    rng = random.Random(23)
    pieces = ["began", "Began", "from", "since", "until", "through", "ended", "closes", "kicked off", "opened in",
              "Paris", "on", "the", "early", "postponed from", "moved", "talks", ";", ".", "(", " ", "\n", "weekend",
              "restart", "SINCE", "ſince", "İ", "x"]
    for _ in range(30000):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(0, 10))) + " "
        for at in (len(text), rng.randint(0, len(text))):
            assert dates._role(text, at) == _reference_role(text, at), (text, at)


#: The business-quarter cue as first written: a case-insensitive alternation searched at every
#: position. ``dates._FINANCE`` is now built from a word list and read by ``_finance_words``.
_FINANCE_AS_WRITTEN = re.compile(
    r"\b(?:profits?|earnings|revenues?|sales|loss(?:es)?|net|income|results|dividends?|shares?|"
    r"growth|gdp|economy|economic|output|margins?|fiscal|quarterly|forecasts?|analysts?|"
    r"operating|billion|million|percent|rose|fell|declined?|increased?|surged?|slumped?|"
    r"reported|posted|expects?|company|companies|inflation|unemployment|exports?|imports?)\b|%|\$",
    re.IGNORECASE,
)
_CASE_PIECES = ["ſ", "İ", "ı", "K", "é", "٣", "_", "'", "’"]


def _random_windows(seed: int, words: list[str], count: int = 3000) -> list[str]:
    rng = random.Random(seed)
    pieces = words + [w.upper() for w in words[:12]] + [w.capitalize() for w in words[:12]] + [
        " ", " ", ", ", ".", "-", "%", "$", "5", "2021", "x", "s", "ly", "un", "\n", "(", "ed",
    ] + _CASE_PIECES
    windows = []
    for _ in range(count):
        window = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        if rng.random() < 0.3:
            window = window.replace(" ", "")  # words glued to each other and to digits
        windows.append(window)
    return windows


def test_finance_words_answer_as_the_pattern_as_written():
    words = sorted(dates._FINANCE_WORDS) + ["profitable", "salesman", "net-", "shared", "slump", "income5",
                                            "the", "team", "scored", "quarter", "Shares"]
    for window in _random_windows(29, words) + TEXTS:
        expected = _FINANCE_AS_WRITTEN.search(window) is not None
        assert (dates._FINANCE.search(window) is not None) == expected, repr(window)
        assert dates._finance_words(window) == expected, repr(window)


def test_sport_words_answer_as_their_pattern():
    words = ["scored", "score", "scoring", "touchdowns", "basket", "halftime", "half-time", "innings",
             "three-pointer", "field goal", "field  goals", "free throw", "rebounds", "quarterback",
             "overtime", "buzzer", "penalty kick", "penalty", "field", "free", "the", "game"]
    for window in _random_windows(31, words) + TEXTS:
        assert dates._sport_words(window) == (dates._SPORT.search(window) is not None), repr(window)
