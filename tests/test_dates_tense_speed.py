"""The sentence and clause bounds ``tense_of`` reads, as found by the plain patterns they replace."""

from __future__ import annotations

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
