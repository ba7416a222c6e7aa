"""Check that the speed shortcuts of actors and attribution agree with the plain scans they replace.

Each shortcut tries a pattern only where a cheap search says a match may start; on random texts
made of the words those patterns read (in both cases, with the letters whose case-folding differs
from lower-casing), it must find exactly what a scan of the whole text finds.
"""

from __future__ import annotations

import random
import re

import pytest

from crosscheck.extract import actors, attribution

_PIECES = [
    " ", " ", " ", "  ", "\t", "\n", ",", ".", "-", "'", "’", "(", ")", "_", "’s", "'s",
    "the", "The", "THE", "tHe", "the\n", "he", "T", "t", "a", "A", "of", "and", "in", "on",
    "ministry", "Ministry", "MINISTRY", "ministries", "mInistry", "minister", "Minister",
    "defence", "Defense", "health", "foreign", "Foreign", "home", "Home", "office", "Office",
    "MoD", "MOD", "MFA", "MoH", "Pentagon", "State", "Department", "Justice", "Treasury",
    "Armed", "Forces", "Force", "Air", "Self-Defense", "People's", "General", "Staff",
    "Self-Defence", "People’s", "Ground", "Naval", "Land", "Military", "Homeland", "Security",
    "Defence", "MoND", "MoFA", "MOFA", "MoI", "MINISTRIES", "Ministry’s", "Foreign-Office", "HOME",
    "army", "navy", "military", "said", "president", "President", "prime", "presidency",
    "president's", "secretary-general", "ruling", "party", "union", "Pheu", "Thai",
    "National", "Disaster", "Management", "Authority", "NDMA", "(NDMA)", "(UN)", "(Ab)", "(X)",
    "Kenya", "Kenya's", "Turkish", "U.S.", "U.S.Pentagon", "A.M.", "Iraq", "Baku", "Mr.",
    "İ", "ı", "ſ", "\u212a", "Ölçek", "é", "x", "7", "1990", "mınıstry", "İstanbul",
    "Bank", "SoftBank", "Group", "Party", "Commission", "Election", "Central", "Radio", "Times",
    "for", "Peru", "Monday", "chief", "executive", "Chief", "CEO", "ceo", "CFO", "shares", "share",
    "shareholders", "board", "Board", "Boeing", "Qantas", "Boeing's", "financial",
]
_GLUE = [" ", " ", " ", "", "-", ", ", "\n", "  ", "\t", "."]


def _texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        words = [rng.choice(_PIECES) for _ in range(rng.randint(0, 40))]
        texts.append("".join(w + rng.choice(_GLUE) for w in words))
    return texts


def _spans(matches) -> list[tuple]:
    return [(m.span(), m.groupdict()) for m in matches]


def _tokens(text: str) -> list[re.Match]:
    return actors._candidate_words(text, actors._tables().lower_firsts)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_ministries_match_the_whole_text_scan(seed: int) -> None:
    for text in _texts(seed, 1500):
        tokens = _tokens(text)
        fast = actors._ministries(text, [m.start() for m in tokens], [actors._key(m.group()) for m in tokens])
        assert _spans(fast) == _spans(actors._MINISTRY.finditer(text)), text


@pytest.mark.parametrize(
    "pattern", [actors._DEFINITE_TITLE, actors._BARE_MILITARY, actors._STATE_OFFICE, actors._NAME_BEFORE_KIND]
)
def test_article_patterns_match_the_whole_text_scan(pattern: re.Pattern) -> None:
    for text in _texts(7, 2500):
        fast = actors._matches_at(pattern, text, actors._the_starts(text))
        assert _spans(fast) == _spans(pattern.finditer(text)), text


def test_the_starts_hold_every_article() -> None:
    for text in _texts(8, 1500):
        assert set(m.start() for m in re.finditer(r"[Tt]he\s", text)) <= set(actors._the_starts(text)), text


def test_acronym_intros_match_the_whole_text_scan() -> None:
    rng = random.Random(9)
    for text in _texts(9, 2500):
        # Longer runs before brackets too: names of many words.
        padded = text + " ".join(rng.choice(["Election", "Commission", "of", "Kenya", "the"]) for _ in range(9)) + " (IEBC)"
        for t in (text, padded):
            assert _spans(actors._acronym_intros(t)) == _spans(actors._ACRONYM_INTRO.finditer(t)), t


def _plain_near(pattern: re.Pattern, anchors, text: str, reach: int, starts: list[int]):
    """Scan the merged stretches around ``anchors`` whole, as ``actors._near`` did first."""
    lo = hi = -1
    for m in anchors:
        if m.start() - reach > hi:
            if hi > lo:
                yield from pattern.finditer(text, lo, hi)
            lo = max(0, m.start() - reach)
        hi = m.end() + reach
    if hi > lo:
        yield from pattern.finditer(text, lo, hi)


def test_owner_words_match_the_whole_text_scan() -> None:
    for text in _texts(10, 2500):
        assert _spans(actors._owner_words(text)) == _spans(actors._OWNER_WORD.finditer(text)), text


@pytest.mark.parametrize(
    ("pattern", "anchors", "reach"),
    [(actors._NAMED_ORG, actors._ORG_HEAD, actors._ORG_REACH), (actors._COMPANY_OWNER, actors._OWNER_WORD, 100)],
)
def test_near_tries_every_capitalised_word(pattern: re.Pattern, anchors: re.Pattern, reach: int) -> None:
    for text in _texts(11, 2500):
        starts = [m.start() for m in _tokens(text)]
        # Short reaches too, so that stretches end inside names.
        for r in (reach, 7):
            fast = actors._near(pattern, anchors.finditer(text), text, r, starts)
            plain = actors._near(pattern, anchors, text, r)
            assert _spans(fast) == _spans(plain), text


def _plain_scan(monkeypatch: pytest.MonkeyPatch, text: str) -> tuple:
    """Scan ``text`` with every shortcut replaced by the whole-text scan it stands for."""
    with monkeypatch.context() as m:
        m.setattr(actors, "_ministries", lambda text, starts, keys: actors._MINISTRY.finditer(text))
        m.setattr(actors, "_acronym_intros", lambda text: actors._ACRONYM_INTRO.finditer(text))
        m.setattr(actors, "_matches_at", lambda pattern, text, starts: pattern.finditer(text))
        m.setattr(actors, "_owner_words", lambda text: actors._OWNER_WORD.finditer(text))
        m.setattr(actors, "_near", _plain_near)
        return actors._scan.__wrapped__(text)


def test_actors_find_the_same_as_with_plain_scans(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _texts(21, 800) + [
        "The health ministry said on Monday. President Ilham Aliyev met the Turkish defence minister, "
        "Hulusi Akar. The president said the army and the National Disaster Management Authority "
        "(NDMA) would help; the ruling Pheu Thai party agreed, and the president's office said so.",
    ]
    for text in texts:
        assert actors._scan.__wrapped__(text) == _plain_scan(monkeypatch, text), text


def test_attribution_with_given_actors_is_the_plain_call() -> None:
    texts = _texts(31, 300) + [
        "The ministry said the talks would go on. “We are ready,” Akar told reporters. According to "
        "the Kenya Red Cross, 40 people died, officials in Nairobi said.",
    ]
    for text in texts:
        assert attribution.find(text, actor_mentions=actors.find(text)) == attribution.find(text), text


_CUE_PIECES = [
    " ", " ", "  ", "\n", "\t", ",", ".", "-", "'", "’", "“", "”", '"', "(", ")", "_", "—",
    "said", "Said", "says", "say", "told", "did", "report", "reported", "according", "According",
    "ccording", "to", "the", "THE", "acccording", "accordingly", "announced", "denies", "wrote",
    "quoted", "as", "saying", "x", "7", "é", "İ", "ſaid", "states", "state", "noted", "notes",
]


def test_cue_spans_match_the_whole_text_scan() -> None:
    rng = random.Random(41)
    for _ in range(3000):
        text = "".join(rng.choice(_CUE_PIECES) + rng.choice(["", " ", "", "\n"]) for _ in range(rng.randint(0, 40)))
        plain = [(m.start(), m.end() - 1) for m in attribution._CUE_AFTER.finditer(" " + text)]
        assert attribution._cue_spans(text) == plain, text
        assert _spans(attribution._according_matches(text)) == _spans(attribution._ACCORDING.finditer(text)), text


def test_initials_test_is_the_pattern() -> None:
    rng = random.Random(51)
    letters = ["A", "B", "Z", "a", "z", "1", "_", "É", "\u212a", "Ⅻ", "ǅ", "Σ", ".", "-"]
    words = ["".join(rng.choice(letters) for _ in range(rng.randint(0, 8))) for _ in range(20000)]
    for word in words + ["NATO", "UN", "U", "ABCDEFG", "FAA", "Faa", "CO2"]:
        assert actors._is_initials(word) == (actors._INITIALS.fullmatch(word) is not None), word


def test_cue_scans_split_the_characters_before_a_cue_exactly() -> None:
    # Every character a cue may follow is a space or in exactly one of the two other scans' sets.
    whole = re.compile(r"[^\w’'-]")
    ascii_set = re.compile(f"[{attribution._ASCII_BEFORE_CUE}]")
    wide = re.compile(r"[^\x00-\x7f’](?<=\W)")
    for code in range(0x110000):
        ch = chr(code)
        parts = (ch == " ") + (ascii_set.fullmatch(ch) is not None) + (wide.fullmatch(ch) is not None)
        assert parts == (whole.fullmatch(ch) is not None), hex(code)


_PHRASE_PIECES = [
    " ", " ", "  ", "\n", "\t", "\u00a0", "\r", ",", ".", "-", "’", "'", "The", "the", "A", "an", "its",
    "Their", "his", "Her", "prime", "minister", "ministry", "Ministry", "army", "agency", "office",
    "spokesman", "statement", "foreign", "big", "Hendra", "Gunawan", "McCain", "O'Neil", "U.S.",
    "Al-Sadr", "x", "é", "Émile", "İ", "K", "MINISTRY", "ministrys", "prime\tminister",
]
# The name pattern as first written, with the look-behind ahead of the capital.
_PLAIN_NAME_BEFORE = re.compile(r"(?<![\w.-])(?P<name>[A-Z][a-z][\w’'-]*(?:[ \t]+[A-Z][a-z][\w’'-]*){0,3})\s*$")


def test_source_phrase_shortcuts_find_what_the_patterns_do() -> None:
    rng = random.Random(61)
    for _ in range(4000):
        text = "".join(rng.choice(_PHRASE_PIECES) + rng.choice(["", " ", " ", "\n"]) for _ in range(rng.randint(0, 30)))
        for p in {len(text), rng.randint(0, len(text))}:
            lo = max(0, p - 80)
            gated = text[lo:p].rstrip().endswith(attribution._DEFINITE_LAST)
            plain = attribution._DEFINITE.search(text, lo, p)
            assert plain is None or gated, (text, p)
            fast = attribution._NAME_BEFORE.search(text, lo, p)
            slow = _PLAIN_NAME_BEFORE.search(text, lo, p)
            assert (fast and fast.span("name")) == (slow and slow.span("name")), (text, p)
