"""Actors, attributions and quotes: properties over any text, covers, coreference and the tables."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crosscheck.extract import _actor_data, actors, attribution, quotes
from crosscheck.model import ActorValue, QuoteValue

ROOT = Path(__file__).resolve().parent.parent
FINDERS = [actors.find, attribution.find, quotes.find]

# Text made of pieces the extractors react to, so the properties reach their rules.
_PIECES = [
    "Türkiye", "Turkish", " troops", " said", " said,", "“", "”", '"', "‘", "’", "'s", "’s", ", ",
    ". ", "\n\n", "Baku", " and ", "Tehran", " Ministry of Defense", " Defense Ministry", "President ",
    "Ilham Aliyev", "Aliyev", " according to ", "the ministry", " he", " officials", "(NDMA)",
    "National Disaster Management Authority", "-", "Azerbaijani", "U.S.", " of ", "Gen.", "Red Crescent",
    "A friend for one of us", " is ", "Mr ", "Price Price", " stated ", "that ", "in ", "WHO", "who",
]
texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(_PIECES), max_size=40).map("".join),
)


@pytest.mark.parametrize("find", FINDERS, ids=["actors", "attribution", "quotes"])
@given(text=texts)
def test_find_never_raises_and_spans_hold_their_words(find, text):
    found = find(text)
    for m in found:
        assert 0 <= m.start <= m.end <= len(text)
        assert text[m.start : m.end] == m.text
        if m.covers is not None:
            assert 0 <= m.covers.start <= m.covers.end <= len(text)
    assert [m.start for m in found] == sorted(m.start for m in found)
    assert find(text) == found  # deterministic


@pytest.mark.parametrize("find", FINDERS, ids=["actors", "attribution", "quotes"])
def test_seeds_spans_hold_their_words(find):
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for m in find(text):
            assert text[m.start : m.end] == m.text


# --------------------------------------------------------------------------- actors


def _values(text: str) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.value.name, m.role) for m in actors.find(text)]


def test_country_table_is_complete_and_consistent():
    codes = [line.split("|")[0] for line in _actor_data.COUNTRIES.splitlines()]
    assert len(codes) >= 195
    assert len(codes) == len(set(codes))
    for code in codes:
        value = actors.country_actor(code)
        assert value == ActorValue(value.name, "country", f"iso:{code}", value.name)
        assert actors.country_name(value.name) == value.name
    assert actors.country_name("Türkiye") == "Turkey"
    assert actors.country_name("TR") == "Turkey"
    assert actors.country_name("Atlantis") is None


def test_surname_refers_back_to_the_full_name():
    text = "Defense Minister of Türkiye, Hulusi Akar, met troops. Later Akar stated that ties were strong."
    people = [m for m in actors.find(text) if m.value.kind == "person"]
    assert [m.text for m in people] == ["Hulusi Akar", "Akar"]
    assert {m.value for m in people} == {ActorValue("Hulusi Akar", "person", None, "Turkey")}


def test_surname_before_the_full_name_is_not_resolved():
    text = "Akar arrived first. Then Defense Minister Hulusi Akar spoke."
    assert [m.text for m in actors.find(text) if m.value.kind == "person"] == ["Defense Minister Hulusi Akar"]


def test_title_chain_passes_the_country_on():
    text = "U.S. Military Attaché to Azerbaijan, Colonel Kyle Matthew Cone met the minister."
    cone = [m for m in actors.find(text) if m.value.kind == "person"]
    assert cone and cone[0].value == ActorValue("Kyle Matthew Cone", "person", None, "United States")


def test_ministry_forms_agree():
    forms = [
        "the Turkish Defense Ministry",
        "Türkiye's Ministry of National Defense",
        "the Turkish MoND",
        "Turkey's defence ministry",
        "the Ministry of National Defense of the Republic of Türkiye",
    ]
    for form in forms:
        found = actors.find(f"Yesterday {form} published a statement.")
        assert [m.value.name for m in found] == ["Turkey Ministry of Defense"], form


def test_demonym_needs_a_state_noun():
    assert _values("Turkish coffee is strong.") == []
    assert _values("Turkish officials denied it.") == [("Turkish", "Turkey", "demonym")]


def test_mentions_do_not_overlap():
    text = "The Pakistan Red Crescent Society and Türkiye's Ministry of National Defense sent aid."
    found = actors.find(text)
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))


# --------------------------------------------------------------------------- attributions


def _covered(text: str, m) -> str:
    return text[m.covers.start : m.covers.end]


def test_forward_that_clause():
    text = "Türkiye’s Ministry of Defense, however, did report that the drills began on November 20."
    [m] = attribution.find(text)
    assert m.value.name == "Turkey Ministry of Defense"
    assert m.modality == "reported"
    assert _covered(text, m) == "the drills began on November 20."


def test_sentence_final_source_covers_what_came_before():
    text = "Floods killed 41 people in Swat on Sunday, the provincial relief ministry said on Monday."
    [m] = attribution.find(text)
    assert _covered(text, m) == "Floods killed 41 people in Swat on Sunday"


def test_quote_after_the_cue_is_covered_across_sentences():
    text = (
        "Amidst the drills on December 6, Akar stated, “A friend for one of us is a friend to the other. "
        "There should be no doubt about this,” demonstrating commitment."
    )
    [q] = quotes.find(text)
    [a] = attribution.find(text)
    assert a.covers.start <= q.start and q.end <= a.covers.end


def test_quote_before_the_source_is_covered():
    text = (
        "The drills began.\n\n“The purpose of the exercise is to develop friendship. It will also share "
        "experience,” the Turkish Defense Ministry said."
    )
    [q] = quotes.find(text)
    [a] = attribution.find(text)
    assert a.value.name == "Turkey Ministry of Defense"
    assert a.covers.start <= q.start and q.end <= a.covers.end


def test_according_to_front_and_back():
    text = "According to the NDMA, 37 people were injured. The river rose two metres, according to officials."
    first, second = attribution.find(text)
    assert _covered(text, first) == "37 people were injured."
    assert _covered(text, second) == "The river rose two metres"
    assert second.value == ActorValue("officials", "group")


def test_denial_keeps_its_cue():
    text = "The Kremlin denied that its jets crossed the border."
    [m] = attribution.find(text)
    assert (m.role, m.modality, m.value.name) == ("denied", "reported", "Russia")


def test_pronoun_takes_the_latest_person():
    text = "Governor Babagana Zulum visited the market. She said the market would reopen."
    found = attribution.find(text)
    assert found[-1].value.name == "Babagana Zulum"
    assert attribution.find("He said the market would reopen.") == []


def test_definite_title_needs_a_matching_person():
    text = "Police spokesman Aliyu Kabir gave the toll. The governor said the council would meet."
    governor = attribution.find(text)[-1]
    assert governor.value.name == "governor"


# --------------------------------------------------------------------------- quotes


def test_quote_value_and_modality():
    text = "She called it “a  disaster for the whole region,” and left."
    [m] = quotes.find(text)
    assert m.text == "a  disaster for the whole region"
    assert m.value == QuoteValue("a disaster for the whole region")
    assert m.modality == "reported" and m.role is None and m.covers is None


def test_short_quoted_names_are_not_quotes():
    assert quotes.find("The “Unshakable Brotherhood” drills and “Mighty Iran” games.") == []


def test_unclosed_quote_stops_at_the_paragraph():
    text = "He said “this will not end well\n\nA new paragraph with “four words or more” here."
    assert [m.text for m in quotes.find(text)] == ["four words or more"]


# --------------------------------------------------------------------------- look-alikes and seats


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The Iranian Foreign Ministry and Iraq's Foreign Ministry traded accusations.",
            ["Iran Ministry of Foreign Affairs", "Iraq Ministry of Foreign Affairs"],
        ),
        ("The North Korean army and the South Korean army both fired.", ["North Korea armed forces", "South Korea armed forces"]),
        ("The Sudanese government and the South Sudanese government met.", ["Sudan", "South Sudan"]),
        ("Nigerien soldiers and Nigerian officials met.", ["Niger armed forces", "Nigeria"]),
        ("Guinea, Guinea-Bissau and Equatorial Guinea voted.", ["Guinea", "Guinea-Bissau", "Equatorial Guinea"]),
        ("Dominica and the Dominican Republic sent aid.", ["Dominica", "Dominican Republic"]),
        ("Austria's and Australia's leaders spoke; Slovakia and Slovenia too.", ["Austria", "Australia", "Slovakia", "Slovenia"]),
        ("The Republic of the Congo and the Democratic Republic of the Congo signed.", ["Republic of the Congo", "Democratic Republic of the Congo"]),
    ],
)
def test_look_alikes_never_merge(text, names):
    assert [m.value.name for m in actors.find(text)] == names


def test_ministry_forms_of_the_brief_agree():
    for form in ["the Defence Ministry of Turkey", "the Turkish MoND", "Türkiye's Ministry of National Defense"]:
        assert [m.value.name for m in actors.find(f"On Monday {form} spoke.")] == ["Turkey Ministry of Defense"], form


def test_seat_country_and_codes():
    assert actors.seat_country("Ankara") == actors.seat_country("Türkiye") == "Turkey"
    assert actors.seat_country("Kars") is None
    assert actors.country_code("Türkiye") == "TR"
    assert actors.country_code("TR") == "TR"
    assert actors.country_code("Atlantis") is None


def test_title_references_take_the_latest_matching_person():
    text = (
        "President Ilham Aliyev met Defence Minister Zakir Hasanov. The minister briefed him. "
        "The president said the army was ready."
    )
    found = {m.text: m.value.name for m in actors.find(text)}
    assert found["The minister"] == "Zakir Hasanov"
    assert found["The president"] == "Ilham Aliyev"


def test_shared_acronym_needs_its_full_name():
    assert actors.find("RSF said the convoy was attacked.") == []
    text = "The Rapid Support Forces (RSF) shelled the city. The RSF said it had taken the airport."
    assert {m.value.name for m in actors.find(text)} == {"Rapid Support Forces"}


# --------------------------------------------------------------------------- claims inherit attribution


def test_claims_in_a_quoted_statement_take_its_source():
    text = (
        "“Our troops reached the village at dawn and 14 soldiers were wounded,” "
        "the Defence Ministry of Armenia said."
    )
    [a] = attribution.find(text)
    assert a.value.name == "Armenia Ministry of Defense"
    for words in ("reached the village at dawn", "14 soldiers were wounded"):
        i = text.index(words)
        assert a.covers.start <= i and i + len(words) <= a.covers.end


def test_coordinated_cue_takes_the_sentence_subject():
    text = "The Iraqi Foreign Ministry called the strike illegal and said it would complain to the UN."
    [a] = attribution.find(text)
    assert a.value.name == "Iraq Ministry of Foreign Affairs"
    assert _covered(text, a) == "it would complain to the UN."


def test_quoted_as_saying_attributes_to_the_one_quoted():
    text = "Interfax quoted the Russian Foreign Ministry as saying talks were over."
    [a] = attribution.find(text)
    assert (a.value.name, _covered(text, a)) == ("Russia Ministry of Foreign Affairs", "talks were over.")


def test_windowed_body_scan_finds_what_a_full_scan_finds():
    # The body pattern runs only near its heads; on any text it must find what a full scan does.
    from crosscheck.extract.actors import (
        _COMPANY_OWNER,
        _NAMED_ORG,
        _ORG_HEAD,
        _ORG_REACH,
        _OWNER_WORD,
        _near,
    )

    text = (
        "The National Disaster Management Authority said on Monday that the Geophysical Institute "
        "of Peru and the Kenya National Commission on Human Rights had met. " * 3
        + "x " * 400
        + "Later the Confederation of African Football and the Tokyo Stock Exchange replied."
    )
    assert [m.span() for m in _near(_NAMED_ORG, _ORG_HEAD, text, _ORG_REACH)] == [m.span() for m in _NAMED_ORG.finditer(text)]
    text = "Qantas chief executive Vanessa Hudson spoke. " + "y " * 300 + "Boeing's shares and BHP Group CEO Mike Henry."
    assert [m.span() for m in _near(_COMPANY_OWNER, _OWNER_WORD, text, 100)] == [m.span() for m in _COMPANY_OWNER.finditer(text)]


def test_a_quote_before_told_is_what_is_covered():
    text = "“Sweden is safer now,” Ulf Kristersson told reporters afterwards."
    [source] = attribution.find(text)
    assert "Sweden is safer now" in text[source.covers.start : source.covers.end]
    text = "“Farmers sell across the border,” Kofi Mensah told the state broadcaster GBC."
    [source] = attribution.find(text)
    assert "across the border" in text[source.covers.start : source.covers.end]
