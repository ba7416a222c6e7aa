"""Check that the speed shortcuts of the extractors agree with the plain computations they replace."""

from __future__ import annotations

import bisect
import random
import re

from crosscheck import gazetteer
from crosscheck.extract import attribution, counts, link, places
from crosscheck.text import sentence_spans

from _pieces import glued_texts

# The sentence-end pattern of places as first written: two alternatives, neither opening with a
# single character class. The shipped one reads the same texts in one class-led pattern.
_PLAIN_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])|\n\s*\n")

_PIECES = [
    ".", "!", "?", "…", "\n", "\n\n", " \n ", " ", "  ", "\t", '"', "'", "”", "’", ")", "]", "“", "‘",
    "(", "[", "A", "Z", "7", "a", "word", "Paris", "Mr.", "U.S.", "e", "-",
]


def _random_texts(seed: int, count: int) -> list[str]:
    return glued_texts(_PIECES, [""], seed=seed, count=count, words=(0, 60))


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
    "The", "Hague", "O'Brien", "N'Djamena", "U.S.", "Smith's", "Guinea's", "States’", "Peru’s",
    "Kenyans", "Mr", "Ned", "Price", "Ōsaka", "İzmir", "Ⅻ", "-", "–", "\t", "Bazar's", "Iranian",
]


def _snapshot(found: list) -> list[tuple]:
    return [(m.start, m.end, m.end_full, m.key, tuple(e.id for e, _ in m.options)) for m in found]


def _name_texts(seed: int, count: int) -> list[str]:
    return glued_texts(_NAME_PIECES, _GLUE, seed=seed, count=count, words=(1, 25))


def test_candidates_agree_with_cold_gazetteer_tables() -> None:
    # _candidates reads the gazetteer's memo tables directly, and remembers what each first word
    # decides (most decide that nothing starts there); with the tables emptied before each text
    # every word is read afresh, which must give the same candidates and nationality words.
    texts = _name_texts(11, 1500)
    data = gazetteer._data()
    # A first round without collecting nationality words must not hide them from the next.
    for text in texts:
        places._candidates(text)
    warm = []
    for text in texts:
        demonyms: list[str] = []
        warm.append((_snapshot(places._candidates(text, demonyms)), demonyms))
    assert data.openers
    for text, expected in zip(texts, warm):
        data.hits.clear()
        data.longer.clear()
        data.openers.clear()
        demonyms = []
        assert (_snapshot(places._candidates(text, demonyms)), demonyms) == expected, text


def test_first_words_are_read_afresh_after_a_new_alias() -> None:
    # A word found to start nothing may start a name once an alias adds one: the alias clears
    # what was remembered.
    data = gazetteer._data()
    assert places._candidates("in Zzyzxqua today") == []
    assert data.openers["Zzyzxqua"] is places._IDLE
    data.add_user("zzyzxqua", data.number("iso:FR"))
    try:
        assert "Zzyzxqua" not in data.openers
        assert [m.key for m in places._candidates("in Zzyzxqua today")] == ["zzyzxqua"]
    finally:
        data.user.pop("zzyzxqua")
        data.hits.pop("zzyzxqua", None)
        data.longer.clear()
        data.openers.clear()
        data.user_prefixes.clear()
        data.user_prefixes.update(
            " ".join(k.split()[:n]) for k in data.user for n in range(1, len(k.split()))
        )


def _plain_next_word(text: str, pos: int):
    # The next word as first read: the gap by itself, then the word at its end.
    gap = re.compile(r"[ \t]*(?:[-–][ \t]*)?").match(text, pos)
    word = places._word_at(text, gap.end())
    return None if word is None else (gap.group(), word)


def test_next_word_agrees_with_reading_gap_and_word_apart() -> None:
    rng = random.Random(41)
    pieces = [*_NAME_PIECES, *_PIECES, " - ", " – ", "-\t", "’s", "'S", "x's", "7", "_", "é"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        for pos in range(len(text) + 1):
            assert places._next_word(text, pos) == _plain_next_word(text, pos), (text, pos)


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
    return glued_texts(_PHRASE_PIECES, _GLUE, seed=seed, count=count)


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


def _plain_previous_word(text: str, pos: int):
    # The word before ``pos`` as first read: the walk back over the word one character at a time.
    k = places._walk_back(text, pos)
    if k is None:
        return None
    word = places._word_at(text, k)
    if word is None or word[2] > pos:
        return None
    gap = text[word[2] : pos]
    if len(gap) > 3 or places._ALNUM.search(gap):
        return None
    return gap, word


def test_previous_word_agrees_with_the_walk_back() -> None:
    rng = random.Random(43)
    pieces = [
        *_NAME_PIECES, *_PIECES, " - ", "’s", "'S", "x's", "7", "_", "é", "½", "²", "Ⅻ", "a.b",
        "Niederösterreich", "supercalifragilisticexpialidocious", "  ", "...", "'",
    ]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        for pos in range(len(text) + 1):
            assert places._previous_word(text, pos) == _plain_previous_word(text, pos), (text, pos)


def test_previous_word_reads_ascii_texts_backwards_as_the_walk_does() -> None:
    # In ASCII texts a pattern on the reversed text does the walk back; runs of dots,
    # apostrophes, digits and blanks of every length around the words try its edges.
    rng = random.Random(44)
    pieces = ["a", "Z", "US", "U.S.", "Cox's", "O'Brien", "d'Ivoire", "x's", "'", "''", ".", "..", " ", "  ",
              "   ", "    ", "\n", "\t", "-", ",", "7", "42", "_", "(", "a.b", "it's", "Peru's", "s", "'s"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        for pos in range(len(text) + 1):
            assert places._previous_word(text, pos) == _plain_previous_word(text, pos), (text, pos)
    # A reversed text is remembered for one text only, by identity.
    first, second = "in Paris", "at Lyon"
    assert places._previous_word(first, 3) == (" ", (0, 2, 2, "in"))
    assert places._previous_word(second, 3) == (" ", (0, 2, 2, "at"))
    assert places._previous_word(first, 3) == (" ", (0, 2, 2, "in"))


_PLACE_PIECES = [
    "Washington", "Georgia", "Atlanta", "Savannah", "Paris", "Texas", "Eugene", "Springfield",
    "Illinois", "Cairo", "Lamu county", "Tehran province", "the province of Tehran", "Tehran",
    "Idlib", "Geneva", "Valencia", "the towns of Paiporta", "Spain", "Puno", "Juliaca", "Rome",
    "Naxcivan", "Azerbaijan's", "Iran", "Kiev", "Bombay", "Niger", "Niamey", "Congo", "Chad",
    "Jordan", "Price", "Ned", "said", "in", "near", "north of", "the border with", "between",
    "and", ",", ".", ". ", "\n", "the", "Chelsea beat", "Islamabad summoned", "Paris, Texas",
    "Fort Myers, Florida", "Maricopa County", "Bank of England", "US officials", "the Niger rose",
    "Armenian", "Chileans", "Concepción", "Gaza", "Bahia", "Buenos Aires province", "Kenyan",
    "the Kenyan capital", "Mombasa", "Nairobi", "Lagos", "Split", "talks in Split", "Erbil",
]


def _place_texts(seed: int, count: int) -> list[str]:
    return glued_texts(_PLACE_PIECES, [" ", " ", ", ", ". ", " and "], seed=seed, count=count, words=(1, 30))


def test_lone_reading_shortcut_agrees_with_the_ranking_loop(monkeypatch) -> None:
    texts = _place_texts(47, 1500)
    fast = [places.find(t) for t in texts]
    monkeypatch.setattr(places, "_LONE_READING_SHORTCUT", False)
    for text, expected in zip(texts, fast):
        assert places.find(text) == expected, text


def test_remembered_readings_agree_with_fresh_ones(monkeypatch) -> None:
    # _readings remembers what the gazetteer's tuples of options say; read afresh each time,
    # every match must come out the same.
    texts = _place_texts(53, 1500)
    warm = [places.find(t) for t in texts]
    assert places._READINGS
    fresh = places._Readings
    monkeypatch.setattr(
        places, "_readings", lambda options, **thresholds: fresh(list(options), **thresholds)
    )
    for text, expected in zip(texts, warm):
        assert places.find(text) == expected, text
    # The remembered readings are those of their own tuple, field by field.
    for (_, cp, ap), found in list(places._READINGS.items())[:2000]:
        again = fresh(found.options, context_population=cp, article_population=ap)
        for name in fresh.__slots__:
            assert getattr(again, name) == getattr(found, name), name


def test_a_name_goes_on_only_after_a_space_or_a_hyphen() -> None:
    # _candidates stops a name without reading the next word when the character after it is
    # neither a space nor a hyphen: the next word's gap is then never one of the two it accepts.
    rng = random.Random(59)
    pieces = [*_NAME_PIECES, *_PIECES, " - ", " – ", "-\t", "\t", "–", "—", "/", "7"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        for pos in range(len(text) + 1):
            if text[pos : pos + 1] not in (" ", "-"):
                following = places._next_word(text, pos)
                assert following is None or following[0] not in (" ", "-"), (text, pos)


def test_sentence_ends_between_the_names_number_them_alike() -> None:
    # _resolve asks, from each name to the next, whether a sentence end lies between: the names
    # must share a number exactly where the scan of the whole text puts them in one sentence, and
    # a later sentence must get a larger number.
    rng = random.Random(61)
    for text in _random_texts(67, 4000):
        starts = [k for k, c in enumerate(text) if c in "APZ" and (k == 0 or not text[k - 1].isalpha())]
        if not starts:
            continue
        starts = sorted(rng.sample(starts, rng.randint(1, len(starts))))
        every = [m.end() for m in places._SENTENCE_END.finditer(text)]
        whole = [bisect.bisect_right(every, p) for p in starts]
        matches = [places._Match(None, None, p, p + 1, p + 1, "", ()) for p in starts]
        places._number_sentences(text, matches)
        numbers = [m.sentence for m in matches]
        assert numbers[0] == 0, text
        for k in range(1, len(starts)):
            assert (numbers[k] == numbers[k - 1]) == (whole[k] == whole[k - 1]), (text, starts)
            assert numbers[k] >= numbers[k - 1], (text, starts)


_SPORT_PIECES = [
    "Chelsea", "Arsenal", "Roma", "Lille", "Porto", "Benfica", "Marseille", "Rennes", "Paris",
    "Lagos", "Burnley", "Newcastle", "Villa", "Lyon", "beat", "were", "was", "relegated", "has",
    "won", "away", "at", "2-0", "drew", "with", "lost", "to", "against", "home", "moved", "from",
    "signed", "a", "defender", "striker", "played", "beating", "in", "crowds", "power", "the", ",",
]


def test_sports_club_is_false_where_the_gate_says_no() -> None:
    # _screen asks _may_be_club before _sports_club: where the gate says no, the full test must too.
    rng = random.Random(71)
    asked = 0
    for _ in range(3000):
        text = " ".join(rng.choice(_SPORT_PIECES) for _ in range(rng.randint(1, 20)))
        for m in places._candidates(text):
            before = places._previous_word(text, m.start)
            after = places._next_word(text, m.end_full)
            prev = before[1] if before else None
            prev_lower = prev[3].lower() if prev is not None else ""
            if not places._may_be_club(m, prev_lower, after):
                assert not places._sports_club(text, m, prev, after), text
            else:
                asked += 1
    assert asked


def test_ascii_patterns_read_ascii_texts_as_the_general_ones() -> None:
    # Texts in ASCII are read with ASCII letter classes: every capital, word and next word must
    # be found where the general patterns find them.
    rng = random.Random(73)
    pieces = [
        *(p for p in _NAME_PIECES + _PIECES if p.isascii()), "_", "9", "x1", "'s", "A.B.C.", "a.b",
        " - ", "-\t", "'", "O'", "''", "Iran's", "_Paris", "4Paris", "\x7f", "\x00",
    ]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 15)))
        assert text.isascii()
        assert [m.span() for m in places._CAPITAL_ASCII.finditer(text)] == [
            m.span() for m in places._CAPITAL.finditer(text) if text[m.start()].isupper()
        ], text
        for pos in range(len(text) + 1):
            for ascii_pattern, general in (
                (places._WORD_ASCII, places._WORD),
                (places._NEXT_WORD_ASCII, places._NEXT_WORD),
            ):
                fast, plain = ascii_pattern.match(text, pos), general.match(text, pos)
                assert (fast and fast.regs) == (plain and plain.regs), (text, pos)


def test_described_capital_pattern_finds_what_the_look_behind_first_one_did() -> None:
    plain = re.compile(r"(?<![\w-])" + places._DEMONYM_CAPITAL.pattern.replace(r"[Tt](?<![\w-].)he", "[Tt]he", 1))
    assert plain.pattern != places._DEMONYM_CAPITAL.pattern
    rng = random.Random(79)
    pieces = ["the", "The", "THE", "tthe", "-the", "xthe", "_the", "9the", "é", "Kenyan", "Qatari", "capital",
              "capital gains", "capitals", " ", "\t", "  ", ",", "Nairobi", "\n", "'", "’", "-"]
    for _ in range(4000):
        text = "".join(rng.choice(pieces) + rng.choice(["", " ", " ", "\t"]) for _ in range(rng.randint(0, 14)))
        assert [m.span("dem") + m.span() for m in places._DEMONYM_CAPITAL.finditer(text)] == [
            m.span("dem") + m.span() for m in plain.finditer(text)
        ], text


def test_unit_cue_needs_an_of_only_where_the_pattern_does() -> None:
    # _unit_cue skips the search of a window without "of"; every window the pattern matches in
    # holds one, in some case.
    rng = random.Random(83)
    pieces = ["province", "Provinces", "STATE", "county", "counties", "districts", "of", "OF", "Of", "oF",
              "the", "Tehran", "Kerman", "and", ",", " ", "  ", "\n", "x", "İ", "ſ", "K"]
    for _ in range(5000):
        window = "".join(rng.choice(pieces) + rng.choice([" ", "", ", "]) for _ in range(rng.randint(0, 10)))
        if places._UNIT_BEFORE.search(window):
            assert "of" in window.lower(), window


def test_border_gate_lets_through_every_window_the_pattern_matches() -> None:
    rng = random.Random(89)
    pieces = ["'s", "’s", "'S", " ", "  ", "\t", "\n", "border", "BORDERS", "Frontier", "frontıer", "boundary",
              "bOuNdArY", "borde", "front", "line", "Iran", "x", "İ", "ſ", "-", ","]
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        for end in range(len(text) + 1):
            plain = places._AFTER_BORDER.match(text, end, end + 20) is not None
            assert places._border_after(text, end) == plain, (text, end)


def test_word_after_kept_by_candidates_is_the_word_read_afresh() -> None:
    # _candidates keeps the word it read after a name while looking for a longer one; screening
    # takes it instead of reading it again.
    kept = 0
    for text in _name_texts(91, 1500):
        for m in places._candidates(text):
            if m.after is not places._UNREAD:
                kept += 1
                assert m.after == places._next_word(text, m.end_full), (text, m.start)
    assert kept


def test_listed_agrees_with_the_coordination_pattern_as_starts_move() -> None:
    # _listed keeps its answer on the earlier name for the later one's start; a later name at
    # another start (a merged possessive moves a start) is asked afresh.
    rng = random.Random(93)
    for text in _place_texts(95, 400):
        a = places._Match(None, None, 0, 0, 0, "", ())
        for _ in range(20):
            a.end = a.end_full = rng.randint(0, len(text)) if a.listed_to < 0 else a.end
            start = rng.randint(a.end, len(text))
            b = places._Match(None, None, start, start, start, "", ())
            plain = places._COORDINATION.match(text, a.end, b.start) is not None
            assert places._listed(text, a, b) == plain, (text, a.end, start)


def test_remembered_place_values_equal_fresh_ones() -> None:
    names = ["paris", "georgia", "tehran", "naxcivan", "niger", "springfield", "congo", "kiev"]
    for name in names:
        for entry, _ in gazetteer.candidates(name):
            for relation in ("in", "near", "border", "between"):
                first = gazetteer.place_value(entry, relation=relation)
                assert first == gazetteer._build_place_value(entry, relation)
                assert gazetteer.place_value(entry, relation=relation) is first
    # An entry built by hand with a gazetteer id gets a value of its own.
    entry = gazetteer.candidates("paris")[0][0]
    other = gazetteer.Entry(entry.id, "Elsewhere", entry.kind, entry.country, (), 0, "")
    assert gazetteer.place_value(other).name == "Elsewhere"
    assert gazetteer.place_value(entry).name == entry.name
