"""The sentence and clause bounds ``tense_of`` reads, as found by the plain patterns they replace,
and ``tense_of`` read outward from the date, as it read whole clauses and sentences."""

from __future__ import annotations

import bisect
import random

import pytest

from crosscheck.extract import _dates_lex as lex
from crosscheck.extract import dates

from _pieces import glued_texts

# Where lower-casing and case-insensitive matching disagree, letters outside ASCII, and the marks
# and abbreviations the bounds turn on.
_ODD = ["İ", "ı", "ſ", "\u212a", "é", "٣", "_", "'", "’", "\u00a0", "”", '"']
_PIECES = ["the", "talks", "Mr.", "U.S.", "vs.", "Calif.", "Oct.", "Sept.", "A.", "a", "3.5", "said", "opened",
           ".", "!", "?", "?!", "...", ",", ";", ":", "(", ")", "[", "]", "—", "–", "-", "--", " - ", "\n", "\t",
           "cease-fire", "x-", "-y"] + _ODD
_GLUE = [" "] * 6 + ["", "\n", "\u00a0", "\t", "-", " - "]


def _texts(seed: int) -> list[str]:
    return glued_texts(_PIECES, _GLUE, seed=seed, count=3000, words=(0, 14))


def test_sentence_stop_reads_as_the_sentence_end_pattern():
    for text in _texts(31):
        n = len(text)
        for lo in range(0, n + 1, 3):
            for hi in (lo, min(n, lo + 5), n):
                m = dates._SENTENCE_END.search(text, lo, hi)
                assert dates._sentence_stop(text, lo, hi) == (m.start() if m else hi), (text, lo, hi)


def _reference_clause(text: str, s0: int, start: int, end: int, s1: int) -> tuple[int, int]:
    c0 = s0
    for m in dates._CLAUSE_MARK.finditer(text, s0, start):
        c0 = m.end()
    m = dates._CLAUSE_MARK.search(text, end, s1)
    return c0, m.start() if m else s1


def test_clause_bounds_read_as_the_clause_mark_pattern():
    for text in _texts(37):
        n = len(text)
        for start in range(0, n + 1, 2):
            for s0 in (0, start // 2, start):
                for end in (start, min(n, start + 1), min(n, start + 4)):
                    for s1 in (end, min(n, end + 3), n):
                        got = dates._clause_bounds(text, s0, start, end, s1)
                        assert got == _reference_clause(text, s0, start, end, s1), (text, s0, start, end, s1)


# ----------------------------------------------------------------------------- tense_of read outward

# Cue words and the first words of future phrases, glued in every way the outward reading cuts
# and joins: apostrophes inside words ("may'is"), clause and sentence marks, long stretches.
_TENSE_PIECES = [
    "is", "are", "am", "was", "will", "had", "been", "has", "have", "said", "planned", "scheduled", "to", "be",
    "held", "set", "expected", "would", "may", "May", "next", "the", "unconfirmed", "hastily", "talks",
    "opened", "Monday", "on", "5", "and", "it'll", "from", "now", "plans", "planning", "intends", "intend",
    "is set to", "are due to", "is to", "were set to", "set to open", "to be held", "from now", "is scheduled for",
    "plan to", "x'is set to", "may'is", "''is", "'to be held'", "rock'n'roll", "won't", "Won't", "'ll",
    "agreed", "un-named", "the army", "ministers", "of", "a", "in", "quietly", "reported",
    ",", ".", ";", ":", " - ", "-", "(", ")", "[", "]", "—", "–", "\n", "Mr.", "U.S.", "Oct.",
    "İs", "ıs", "ſet", "\u212aed", "é", "٣", "_", "'", "’", "\u00a0", "3rd", "ED", "Ed", "IS", "TO",
]
_TENSE_GLUE = [" "] * 10 + ["", "'", "3", "’", "\u00a0", "  ", "\t", "_"]


def _reference_cue_before(sentence, cues, phrases, lo, first, hi, strong):
    # As ``tense_of`` read the cues before the date from the whole clause or sentence at HEAD 91c7663.
    phrase = max((p for p in phrases if p < hi), default=-1)
    for k in range(first - 1, -1, -1):
        pos, word = cues[k]
        if pos < lo:
            break
        if pos <= phrase:
            return "future"
        previous, following, had_been = sentence.context(pos, word)
        tense = dates._cue(word, previous, following)
        if tense == "future" and had_been:
            tense = "past"
        if tense is not None and (tense != "present" or not strong):
            return tense
    return "future" if phrase >= 0 else None


def _reference_cue_after(sentence, cues, phrases, first, lo, hi, strong):
    phrase = min((p for p in phrases if lo <= p), default=hi)
    stop = min(hi, phrase)
    for k in range(first, len(cues)):
        pos, word = cues[k]
        if pos >= stop:
            break
        previous, following, had_been = sentence.context(pos, word)
        tense = dates._cue(word, previous, following)
        if tense == "future" and (
            had_been
            or (following == "to" and word in dates._PLAN_VERBS and previous and previous not in lex.PASSIVE_AUX)
        ):
            tense = "past"
        if tense is not None and (tense != "present" or not strong):
            return tense
    return "future" if phrase < hi else None


def _reference_tense_of(text, start, end, *, reach=300, neutral="present"):
    # ``tense_of`` at HEAD 91c7663: every stretch (clause, then sentence twice) read whole.
    s0 = dates._sentence_start(text, max(0, start - reach), start)
    s1 = dates._sentence_stop(text, end, min(len(text), end + reach))
    c0, c1 = dates._clause_bounds(text, s0, start, end, s1)
    sentence = dates._Sentence(text, s0, s1)
    for lo, hi, strong in ((c0, c1, False), (s0, s1, True), (s0, s1, False)):
        cues, starts = sentence.cues(lo, hi)
        phrases = sentence.phrases(lo, hi)
        first = bisect.bisect_left(starts, start)
        tense = _reference_cue_before(sentence, cues, phrases, lo, first, start, strong) or _reference_cue_after(
            sentence, cues, phrases, first, start, hi, strong
        )
        if tense is not None:
            return neutral if tense == "neutral" else tense
    return "present"


@pytest.mark.parametrize("chunk", [48, 1, 7, 20])
def test_tense_read_outward_reads_as_the_whole_stretches(monkeypatch, chunk):
    monkeypatch.setitem(dates._tense_outward.__kwdefaults__, "chunk", chunk)
    rng = random.Random(41 + chunk)
    texts = glued_texts(_TENSE_PIECES, _TENSE_GLUE, seed=43 + chunk, count=2500, words=(1, 45))
    for text in texts:
        dates._sentence_cache = (None, {})
        n = len(text)
        for _ in range(6):
            start = rng.randint(0, n)
            end = rng.randint(start, min(n, start + 10))
            reach = rng.choice((300, 300, 40, 12))
            for neutral in ("present", "future"):
                got = dates.tense_of(text, start, end, reach=reach, neutral=neutral)
                assert got == _reference_tense_of(text, start, end, reach=reach, neutral=neutral), (
                    text, start, end, reach,
                )


def test_tense_read_outward_at_every_word_start():
    # Dates where they stand in news, right after a space or a mark, across whole texts.
    texts = glued_texts(_TENSE_PIECES, _TENSE_GLUE, seed=47, count=600, words=(5, 60))
    for text in texts:
        dates._sentence_cache = (None, {})
        for start in range(len(text)):
            if start and text[start - 1].isalnum():
                continue
            end = min(len(text), start + 6)
            assert dates.tense_of(text, start, end) == _reference_tense_of(text, start, end), (text, start)


def test_walk_token_cues_are_the_cue_token_words():
    # The outward reading takes as cues the words of ``_WALK_TOKEN`` that ``_CUE_TOKEN`` yields.
    rng = random.Random(53)
    alphabet = list("aeisdtl' ,.-_3?") + ["ed", "'ll", "is", "to", "set", "plans", "won't", "from", "said"]
    for _ in range(20000):
        low = b" " + "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))).encode()
        lo = rng.randint(0, len(low))
        hi = rng.randint(lo, len(low))
        want = [m.span(1) for m in dates._CUE_TOKEN.finditer(low, lo, hi)]
        walked = [m.span(1) for m in dates._WALK_TOKEN.finditer(low, lo, hi)]
        got = [(i, j) for i, j in walked if low[i:j] in dates._CUE_BYTES or low[i:j].endswith(dates._CUE_BYTE_ENDINGS)]
        # ``_CUE_TOKEN`` also yields "ll" after a "'" (its "'ll" look-behind sees the "'" before
        # the word), a word that gives no tense: the outward reading may pass over it.
        assert got == [(i, j) for i, j in want if low[i:j] != b"ll"], (low, lo, hi)
        assert all(dates._cue(w, p) is None for w in ("ll", "LL", "Ll") for p in ("", "been", "has", "the"))
        # Every other word it yields is a first word of a future phrase.
        assert all(low[i:j] in dates._PHRASE_FIRST or low[i:j] == b"ll" for i, j in walked if (i, j) not in got), (
            low, lo, hi,
        )
