"""Check that the speed shortcuts of the extractors agree with the plain computations they replace."""

from __future__ import annotations

import random
import re

from crosscheck import gazetteer
from crosscheck.extract import places

# The sentence-end pattern of places as first written: two alternatives, neither opening with a
# single character class. The shipped one reads the same texts in one class-led pattern.
_PLAIN_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])|\n\s*\n")

_PIECES = [
    ".", "!", "?", "…", "\n", "\n\n", " \n ", " ", "  ", "\t", '"', "'", "”", "’", ")", "]", "“", "‘",
    "(", "[", "A", "Z", "7", "a", "word", "Paris", "Mr.", "U.S.", "e", "-",
]


def _random_texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 60))) for _ in range(count)]


def test_sentence_end_matches_the_plain_pattern() -> None:
    for text in _random_texts(5, 4000):
        plain = [m.span() for m in _PLAIN_SENTENCE_END.finditer(text)]
        fast = [m.span() for m in places._SENTENCE_END.finditer(text)]
        assert fast == plain, text


_NAME_PIECES = [
    "Paris", "Texas", "New", "York", "City", "Bosnia", "and", "Herzegovina", "Cox's", "Bazar",
    "Iran's", "East", "Azerbaijan", "the", "of", "Gulf", "Mexico", "Lake", "Chad", "province",
    "Armenian", "Chileans", "Côte", "d'Ivoire", "US", "Us", "NATO", "IRAN", "said", "in", ",", ".",
    "Sri", "Lanka", "Papua", "Guinea", "Isle", "Man", "Buenos", "Aires", "Rio", "Janeiro", "de",
]


def _snapshot(found: list) -> list[tuple]:
    return [(m.start, m.end, m.end_full, m.key, tuple(e.id for e, _ in m.options)) for m in found]


def test_candidates_agree_with_cold_gazetteer_tables() -> None:
    # _candidates reads the gazetteer's memo tables directly; with the tables emptied before each
    # text every lookup takes the plain path, which must give the same candidates.
    rng = random.Random(11)
    texts = [" ".join(rng.choice(_NAME_PIECES) for _ in range(rng.randint(1, 25))) for _ in range(600)]
    data = gazetteer._data()
    warm = [_snapshot(places._candidates(t, [])) for t in texts]
    for text, expected in zip(texts, warm):
        data.hits.clear()
        data.longer.clear()
        demonyms: list[str] = []
        assert _snapshot(places._candidates(text, demonyms)) == expected, text
