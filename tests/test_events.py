"""The event extractor: properties on any text, plus contract details the corpus cannot say."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from crosscheck.extract.events import find, name_key
from crosscheck.model import NameValue

TYPES = {
    "exercise", "war", "clash", "attack", "agreement", "ceasefire", "meeting", "visit", "election",
    "disaster", "protest", "sport", "ceremony", "trial", "arrest", "briefing", "other",
}

_FRAGMENTS = [
    "drills", "Drills", "exercise", "war games", "strike", "general strike", "air strike", "deal",
    "match", "final", "race", "poll", "polls", "fire", "opened fire", "cease-fire", "ceasefire",
    "March", "march", "Operation", "Olive", "Branch", "Hurricane", "Katrina", "Summit", "War",
    "Cup", "World", "FIFA", "2021", "-2021", "Three Brothers-2021", "Zapad 2021", '"', "“", "”",
    "‘", "’", "'", "titled", "dubbed", "code-named", "the", "The", "a", "of", ",", ".", "\n",
    "Unshakable Brotherhood", "exercise caution", "power drill", "killed", "workers", "union",
    "Election Commission", "met with", "Putin", "in a landslide", "to the polls", "-", " ",
    "talks", "summit", "exercises", "Sea Breeze", "Paris", "NATO", "Russian-Belarusian", "He",
    "Kavkaz", "crashed", "news conference", "Olympic", "games", "US-led", "``",
]
event_ish = st.lists(st.sampled_from(_FRAGMENTS), max_size=16).map(" ".join)
any_text = st.one_of(st.text(max_size=300), event_ish)


@given(any_text)
def test_find_never_raises_and_spans_are_exact(text):
    found = find(text)
    for m in found:
        assert text[m.start : m.end] == m.text
        assert m.start < m.end
        assert m.kind in ("event", "name")
        assert isinstance(m.value, NameValue)
        if m.kind == "event":
            assert m.role in TYPES
            assert m.value.text == m.text
        else:
            assert m.role is None or m.role in TYPES
            assert m.value.text == m.text
            assert m.text == m.text.strip() and not m.text.startswith(('"', "“"))
    assert [(m.start, m.end) for m in found] == sorted((m.start, m.end) for m in found)


@given(any_text)
def test_find_is_deterministic(text):
    assert find(text) == find(text)


@given(event_ish)
def test_names_do_not_overlap(text):
    names = [m for m in find(text) if m.kind == "name"]
    for a, b in zip(names, names[1:]):
        assert a.end <= b.start


def test_name_key_drops_edition_year_and_case():
    assert name_key("Three Brothers-2021") == "three brothers"
    assert name_key("Zapad 2021") == "zapad"
    assert name_key("2022 FIFA World Cup") == "fifa world cup"
    assert name_key("Unshakable Brotherhood") == "unshakable brotherhood"


def test_trigger_key_is_the_lemma():
    keys = {m.text: m.value.key for m in find("Troops clashed after the drills and two air strikes.")}
    assert keys == {"clashed": "clash", "drills": "drill", "air strikes": "airstrike"}


def test_strike_type_follows_context():
    labour = find("Nurses at public hospitals began a strike over pay on Monday.")
    attack = find("The strike on the depot killed four soldiers, the army said.")
    assert [m.role for m in labour if m.text == "strike"] == ["protest"]
    assert [m.role for m in attack if m.text == "strike"] == ["attack"]


def test_quoted_speech_is_not_a_name():
    text = 'The minister said the drills were "a message to anyone who threatens us" on Friday.'
    assert [m for m in find(text) if m.kind == "name"] == []


def test_headline_capitals_do_not_make_names():
    text = "Protesters Demand New Peace Summit Talks\n\nThe talks resumed."
    assert [m for m in find(text) if m.kind == "name"] == []


def test_empty_text():
    assert find("") == []


# --------------------------------------------------------------------------- names across sources

import datetime as _dt  # noqa: E402

import pytest  # noqa: E402

from crosscheck.compare import compare, name_similarity  # noqa: E402
from crosscheck.compare import name_key as _key  # noqa: E402


@pytest.mark.parametrize(
    "a, b",
    [
        ("Indestructible Brotherhood-2021", "Unshakable Brotherhood 2021"),
        ("Unshakable Brotherhood 2021", "Steadfast Brotherhood"),
        ("Unwavering Brotherhood", "Indestructible Brotherhood"),
        ("Eternal Friendship", "Everlasting Friendship"),
        ("Joint Resolve", "United Resolve"),
        ("Steppe Shield", "Steppe Aegis"),
        ("Naxcivan Shield", "Nakhchivan Shield"),  # transliteration: a spelling, not a synonym
    ],
)
def test_translation_variants_of_one_name_match(a, b):
    m = name_similarity(_key(a), _key(b))
    assert m.match, m
    assert name_similarity(_key(b), _key(a)).match
    assert compare(NameValue(a, _key(a)), NameValue(b, _key(b))).verdict == "compatible"


@pytest.mark.parametrize(
    "a, b",
    [
        ("Northern Shield", "Southern Shield"),  # alike in spelling, told apart by a contrast
        ("Spring Storm", "Autumn Storm"),
        ("Desert Storm", "Desert Shield"),  # same modifier, different head
        ("Eternal Brotherhood", "Unshakable Brotherhood"),  # modifiers of different senses
        ("Steadfast Shield", "Unshakable Brotherhood"),  # nothing shared but a sense
        ("Caspian Brotherhood", "Steadfast Brotherhood"),  # a place is no synonym
        ("Brotherhood", "Steadfast Brotherhood"),  # different structure
    ],
)
def test_look_alike_names_do_not_match(a, b):
    assert not name_similarity(_key(a), _key(b)).match
    assert not name_similarity(_key(b), _key(a)).match


def test_alignment_merges_translated_names_and_explains_why():
    from crosscheck import article_from_text, check

    day = _dt.date(2021, 10, 6)
    texts = {
        "wire-a": "Turkish and Azerbaijani troops began the Indestructible Brotherhood-2021 drills on October 5.",
        "wire-b": "Azerbaijan and Turkey launched the Unshakable Brotherhood 2021 exercise on October 5.",
        "wire-c": "The Steadfast Brotherhood drills of Turkey and Azerbaijan started on October 5, 2021.",
    }
    report = check(article_from_text(t, id=k, published=day) for k, t in texts.items())
    merged = [e for e in report.events if len(e.sources) == 3]
    assert len(merged) == 1, report.events
    notes = " ".join(merged[0].alignment)
    assert "same structure" in notes and "synonyms" in notes
    name = next(f for f in report.findings if f.event == merged[0].id and f.attribute == "name")
    assert name.verdict == "compatible"


def test_alignment_keeps_contrasting_names_apart():
    from crosscheck import article_from_text, check

    day = _dt.date(2023, 5, 3)
    texts = {
        "wire-a": "Polish and Lithuanian troops began the \"Northern Shield\" exercise on May 2.",
        "wire-b": "Polish and Lithuanian troops began the \"Southern Shield\" exercise on May 2.",
    }
    report = check(article_from_text(t, id=k, published=day) for k, t in texts.items())
    assert all(len(e.sources) == 1 for e in report.events if e.type == "exercise"), report.events
    assert "contrasting words" in " ".join(n for e in report.events for n in e.alignment)


# --------------------------------------------------------------------------- translated names

def _similar(a: str, b: str):
    return name_similarity(_key(a), _key(b))


def test_a_name_and_its_translation_match():
    for a, b in [
        ("Kavkaz-2020", "Caucasus-2020"),
        ("Shchit Soyuza", "Union Shield"),
        ("Shchit Soyuza", "Shield of the Union"),
        ("Mirnaya Missiya", "Peace Mission"),
        ("Lianhe Heping", "Joint Peace"),
        ("Qardaşlıq", "Brotherhood"),
        ("Kardeşlik", "Qardaşlıq"),
    ]:
        match = _similar(a, b)
        assert match.match, (a, b, match)
        assert "translation" in match.how
        assert _similar(b, a).match


def test_translation_and_synonym_combine():
    match = _similar("Sarsılmaz Qardaşlıq", "Indestructible Brotherhood")
    assert match.match and "synonyms" in match.how and "translation" in match.how


def test_contrasting_translated_words_keep_names_apart():
    for a, b in [("Zapad-2021", "Vostok-2022"), ("Zapad", "Vostok"), ("Sever", "Yug")]:
        match = _similar(a, b)
        assert not match.match and "contrasting" in match.how, (a, b, match)


def test_unrelated_transliterated_names_do_not_match():
    for a, b in [("Kavkaz", "Zapad"), ("Tsentr", "Kavkaz"), ("Sea Breeze", "Sea Shield"), ("Heping", "Kavkaz")]:
        assert not _similar(a, b).match, (a, b)


def test_translation_table_is_consistent():
    from crosscheck.extract._event_lexicon import NAME_TRANSLATIONS
    from crosscheck.text import fold

    seen: dict[str, str] = {}
    for line in NAME_TRANSLATIONS.strip().splitlines():
        sense, *forms = line.split()
        assert forms, line
        for form in forms:
            assert form == fold(form) and len(form) >= 3, form
            assert seen.setdefault(form, sense) == sense, form  # one sense per form
