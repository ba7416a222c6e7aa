"""Check that the speed shortcuts of the extractors agree with the plain computations they replace."""

from __future__ import annotations

import random
import re

from crosscheck import gazetteer
from crosscheck.extract import attribution, counts, link, places
from crosscheck.text import sentence_spans

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


# Pieces of number phrases and clause breaks in both cases, with the letters whose case-folding
# differs from lower-casing ("İ", "ı", "ſ", the Kelvin sign), and the characters around numbers.
_PHRASE_PIECES = [
    " ", " ", "  ", "\n", ",", ".", ";", "-", "–", "—", "(", ")", "$", "€", "#", "/", ":", "%", "'",
    "1", "12", "3,400", "2.5", "1990", "One", "one", "TWO", "twenty", "Thousand", "hundreds", "of",
    "a", "A", "dozen", "half", "At least", "more than", "Nearly", "some", "about", "between", "and",
    "to", "To", "from", "killed", "people", "were", "Killing", "injured", "toll", "stood", "at",
    "İ", "ı", "ſ", "\u212a", "Some", "SIX", "while", "While", "But", "amid", "ahead of", "Since",
    "because", "whereas", "as", "As", "in the wake of", "prior to", "soldiers", "ſix", "ıt", "x",
    "Killed", "PEOPLE", "troops", "dead", "evacuated", "arrested", "crowd of", "No.", "May",
    "killing", "Wounding", "death toll rose to", "Number of dead reached", "Rescued", "DETAINED",
    "affecting", "in front of", "Attended by", "displacing",
]


_GLUE = [" ", " ", " ", " ", "", "-", ", ", "\n"]


def _phrase_texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        words = [rng.choice(_PHRASE_PIECES) for _ in range(rng.randint(0, 40))]
        texts.append("".join(w + rng.choice(_GLUE) for w in words))
    return texts


def test_counts_on_lowered_text_agree_with_the_plain_scan(monkeypatch) -> None:
    # The lower-cased scan is skipped where crosscheck.text.lowered refuses the text; refusing every text gives
    # the plain case-insensitive scan, which must find the same mentions.
    texts = _phrase_texts(7, 3000)
    fast = [counts.find(t) for t in texts]
    monkeypatch.setattr(counts, "lowered", lambda text: None)
    for text, expected in zip(texts, fast):
        assert counts.find(text) == expected, text


def test_counts_lowered_text_is_refused_where_case_folding_differs() -> None:
    for text in ("İstanbul 12 killed", "ıt 12", "ſome 12"):
        assert counts.lowered(text) is None
    assert counts.lowered("At Least 12 KILLED \u212a") == "at least 12 killed k"


def _plain_chunks(text: str, spans) -> list[list[tuple[int, int]]]:
    # The chunks as first computed: each sentence scanned by itself, case-insensitively.
    out = []
    for s, e in spans:
        cuts = [s, *(m.start() for m in link._CHUNK_BREAK.finditer(text, s, e)), e]
        out.append([(a, b) for a, b in zip(cuts, cuts[1:]) if b > a] or [(s, e)])
    return out


def test_chunks_agree_with_a_plain_scan_of_each_sentence() -> None:
    texts = _phrase_texts(9, 3000) + ["A -- b.\n\n-- - x", "Why - \nbut then", "x -\n- y. But -- z"]
    for text in texts:
        assert link._Layout(text).chunks == _plain_chunks(text, sentence_spans(text)), text


def test_chunks_agree_with_a_plain_scan_for_any_sentence_bounds(monkeypatch) -> None:
    # The shared scan must not lean on how sentence_spans cuts: with bounds drawn at random
    # (inside words, on dashes and white space) it must still give what each sentence's own
    # scan gives.
    rng = random.Random(23)
    texts = _phrase_texts(29, 3000)
    for text in texts:
        bounds = sorted({rng.randint(0, len(text)) for _ in range(rng.randint(0, 8))})
        spans = tuple((a, b) for a, b in zip(bounds[::2], bounds[1::2]) if b > a)
        monkeypatch.setattr(link, "sentence_spans", lambda _text, spans=spans: spans)
        assert link._Layout(text).chunks == _plain_chunks(text, spans), (text, spans)
        monkeypatch.setattr(link, "lowered", lambda _text: None)
        assert link._Layout(text).chunks == _plain_chunks(text, spans), (text, spans)
        monkeypatch.undo()


def test_folded_window_patterns_agree_with_the_case_insensitive_ones() -> None:
    windows = _phrase_texts(13, 3000) + [
        "fighting In The ", "floods hit the Northern ", "It was HELD IN ", "visits to the ", "İn ",
        "ın ", "The new Drills ", "Those three ", "ſuch ", "will be held ", "IS SET TO take place ",
    ]
    for folded in (
        link._LOCATIVE_FOLDED, link._IMPACT_FOLDED, link._DEFINITE_FOLDED,
        link._DEMONSTRATIVE_FOLDED, link._PLANNED_FOLDED,
    ):
        for window in windows:
            assert folded.found(window) == (folded.pattern.search(window) is not None), window


def test_cues_after_a_padding_space_agree_with_the_plain_cue_pattern() -> None:
    plain = re.compile(attribution._cue_pattern(attribution.CUES) + r"(?![\w-])")
    cues = sorted(attribution.CUES)
    rng = random.Random(17)
    pieces = [*cues, *_PHRASE_PIECES, "un", "re", "-", "'", "’", "_", "9"]
    for _ in range(3000):
        words = [rng.choice(pieces) for _ in range(rng.randint(0, 30))]
        text = "".join(w + rng.choice(_GLUE) for w in words)
        expected = [m.span() for m in plain.finditer(text)]
        found = [(m.start(), m.end() - 1) for m in attribution._CUE_AFTER.finditer(" " + text)]
        assert found == expected, text


def test_alnum_pattern_is_str_isalnum() -> None:
    # places._previous_word tests a gap for letters and digits with one search instead of a
    # generator over its characters: the class must accept exactly what str.isalnum() does.
    for code in range(0x30000):
        if 0xD800 <= code < 0xE000:
            continue
        ch = chr(code)
        assert bool(places._ALNUM.match(ch)) == ch.isalnum(), hex(code)


def test_named_sets_answer_what_the_per_reading_counts_did() -> None:
    # places._resolve finds once per match which ids the other matches of a sentence name, and
    # asks each reading whether its containers meet that set; it used to count per container.
    rng = random.Random(37)
    ids = [f"p{n}" for n in range(12)]
    for _ in range(3000):
        here = {w: rng.randint(0, 3) for w in rng.sample(ids, rng.randint(0, 8))}
        own = set(rng.sample(ids, rng.randint(0, 4)))
        within = tuple(rng.sample(ids, rng.randint(0, 5)))
        named = {w for w, n in here.items() if n - (w in own) > 0}
        plain = any(here.get(w, 0) - (1 if w in own else 0) > 0 for w in within)
        assert (not named.isdisjoint(within)) == plain
