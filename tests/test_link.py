"""The linking stage with literal mentions: events, attachment, participants, attribution."""

from __future__ import annotations

import datetime as dt

from crosscheck import article_from_text
from crosscheck.extract._mention import Mention
from crosscheck.extract.link import extract_claims
from crosscheck.model import (
    ActorValue,
    Article,
    NameValue,
    PlaceValue,
    Span,
    date_value,
)


def _m(text, words, kind, value, role=None, nth=0, covers=None):
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return Mention(kind, start, start + len(words), words, value, role, covers)


def _mentions(text, **kinds):
    out = {k: [] for k in ("dates", "places", "actors", "attributions", "events", "counts", "quotes")}
    out.update(kinds)
    return out


TR = ActorValue("Turkey", "country", "iso:TR")
IR = ActorValue("Iran", "country", "iso:IR")


def test_date_goes_to_main_clause_event_not_subordinate():
    text = "Before the joint Turkish drills, beginning on October 17, Iran conducted military drills."
    drills1 = _m(text, "drills", "event", NameValue("drills", "drill"), "exercise")
    drills2 = _m(text, "drills", "event", NameValue("drills", "drill"), "exercise", nth=1)
    date = _m(text, "October 17", "date", date_value("2022-10-17"), "start_date")
    turkish = _m(text, "Turkish", "actor", TR, "demonym")
    iran = _m(text, "Iran", "actor", IR, "name")
    article = Article(text, "a", published=dt.date(2022, 12, 14))
    result = extract_claims(article, _mentions(text, events=[drills1, drills2], dates=[date], actors=[turkish, iran]))
    assert len(result.events) == 2
    [start] = [c for c in result.claims if c.attribute == "start_date"]
    iran_event = next(c.event for c in result.claims if c.attribute == "participant" and c.value == IR)
    assert start.event == iran_event


def test_attribution_and_within_article_coreference():
    text = "Turkey launched drills in Izmir. The ministry said the drills began on May 2."
    ministry = ActorValue("Turkey Ministry of Defense", "ministry", None, "Turkey")
    said_cover = Span(text.index("the drills began"), len(text))
    mentions = _mentions(
        text,
        events=[
            _m(text, "drills", "event", NameValue("drills", "drill"), "exercise"),
            _m(text, "drills", "event", NameValue("drills", "drill"), "exercise", nth=1),
        ],
        actors=[_m(text, "Turkey", "actor", TR, "name")],
        places=[_m(text, "Izmir", "place", PlaceValue("Izmir", "geonames:1", "city"), "in")],
        dates=[_m(text, "May 2", "date", date_value("XXXX-05-02"), "start_date")],
        attributions=[_m(text, "The ministry", "attribution", ministry, "said", covers=said_cover)],
    )
    result = extract_claims(Article(text, "a"), mentions)
    assert len(result.events) == 1
    by_attr = {c.attribute: c for c in result.claims}
    assert by_attr["start_date"].attributed_to == "Turkey Ministry of Defense"
    assert by_attr["start_date"].modality == "reported"
    assert by_attr["location"].value.name == "Izmir"
    assert by_attr["participant"].value == TR
    assert by_attr["location"].attributed_to is None


def test_place_without_locative_is_not_a_location():
    text = "Tensions between Baku and Tehran grew after the drills."
    mentions = _mentions(
        text,
        events=[_m(text, "drills", "event", NameValue("drills", "drill"), "exercise")],
        places=[_m(text, "Baku", "place", PlaceValue("Baku", "geonames:2", "city"), "in")],
    )
    result = extract_claims(Article(text, "a"), mentions)
    assert not [c for c in result.claims if c.attribute == "location"]


def test_different_participants_start_a_new_event():
    text = "Iran held drills. Separately, Turkey held drills."
    mentions = _mentions(
        text,
        events=[
            _m(text, "drills", "event", NameValue("drills", "drill"), "exercise"),
            _m(text, "drills", "event", NameValue("drills", "drill"), "exercise", nth=1),
        ],
        actors=[_m(text, "Iran", "actor", IR, "name"), _m(text, "Turkey", "actor", TR, "name")],
    )
    assert len(extract_claims(Article(text, "a"), mentions).events) == 2


def test_destination_of_a_visit_is_its_location():
    text = "The president began a three-day visit to Ghana on Monday."
    ghana = PlaceValue("Ghana", "iso:GH", "country")
    mentions = _mentions(
        text,
        events=[_m(text, "visit", "event", NameValue("visit", "visit"), "visit")],
        places=[_m(text, "Ghana", "place", ghana, "in")],
    )
    result = extract_claims(Article(text, "a"), mentions)
    assert [c.value for c in result.claims if c.attribute == "location"] == [ghana]


def test_origin_is_not_a_location():
    text = "Warships from Kenya joined the exercise."
    mentions = _mentions(
        text,
        events=[_m(text, "exercise", "event", NameValue("exercise", "exercise"), "exercise")],
        places=[_m(text, "Kenya", "place", PlaceValue("Kenya", "iso:KE", "country"), "in")],
    )
    assert not [c for c in extract_claims(Article(text, "a"), mentions).claims if c.attribute == "location"]


def test_the_country_a_visit_goes_to_is_also_a_participant():
    text = "The president began a visit to Ghana."
    mentions = _mentions(
        text,
        events=[_m(text, "visit", "event", NameValue("visit", "visit"), "visit")],
        places=[_m(text, "Ghana", "place", PlaceValue("Ghana", "iso:GH", "country"), "in")],
        actors=[_m(text, "Ghana", "actor", ActorValue("Ghana", "country", "iso:GH"), "name")],
    )
    claims = extract_claims(Article(text, "a"), mentions).claims
    assert {c.attribute for c in claims} == {"location", "participant"}


def test_time_of_day_reaches_the_claim_notes():
    article = article_from_text(
        "---\npublished: 2024-06-14\n---\nThe blast killed 12 people at 10 p.m. Wednesday in Kabul, police said."
    )
    dates = [c for c in extract_claims(article).claims if c.attribute in ("date", "start_date")]
    assert [(c.value.normalized, c.notes) for c in dates] == [("2024-06-12", ("time:22:00",))]


def test_counts_carry_their_attribution_and_denial():
    """A toll "according to" a body is attributed to it; a figure the body denied is marked so."""
    import datetime as _dt

    from crosscheck.extract.link import extract_claims as _extract
    from crosscheck.io import article_from_text

    article = article_from_text(
        "Floods in Sindh province killed at least 125 people, according to the Red Crescent. "
        "The Red Crescent denied that 400 people had died in the floods.",
        id="a",
        published=_dt.date(2022, 9, 1),
    )
    counts = {c.value.normalized: c for c in _extract(article).claims if c.attribute == "count:killed"}
    assert counts[">=125"].attributed_to is not None and "Red Crescent" in counts[">=125"].attributed_to
    assert counts[">=125"].modality == "reported"
    assert "denied" in counts["400"].notes
    assert "denied" not in counts[">=125"].notes


def test_a_toll_in_a_sentence_of_its_own_joins_the_event_just_before():
    import datetime as _dt

    from crosscheck.extract.link import extract_claims as _extract
    from crosscheck.io import article_from_text

    article = article_from_text(
        "A landslide buried a mining camp in Hpakant on Tuesday. Up to 70 people are still missing. "
        "The company employs 4,000 workers.",
        id="a",
        published=_dt.date(2024, 7, 3),
    )
    claims = _extract(article).claims
    missing = [c for c in claims if c.attribute == "count:missing"]
    assert [c.value.normalized for c in missing] == ["<=70"] and missing[0].event is not None
    assert not any(c.attribute == "count:people" and c.event is not None for c in claims)


def test_a_toll_far_from_any_event_stays_unattached():
    import datetime as _dt

    from crosscheck.extract.link import extract_claims as _extract
    from crosscheck.io import article_from_text

    article = article_from_text(
        "A landslide buried a mining camp in Hpakant on Tuesday. Rescuers worked through the night. "
        "Heavy rain continued. Families waited at the gate. Up to 70 people are still missing.",
        id="a",
        published=_dt.date(2024, 7, 3),
    )
    assert not any(c.attribute == "count:missing" for c in _extract(article).claims)


def test_place_struck_by_a_disaster_is_its_location():
    # "Floods hit Busia": the place is the object of the disaster's verb, with no preposition.
    for text, where in [
        ("Floods hit Busia on Monday.", "Busia"),
        ("A strong earthquake struck eastern Turkey overnight.", "Turkey"),
    ]:
        result = extract_claims(article_from_text(text, id="a", published=dt.date(2024, 5, 2)))
        assert where in [c.text for c in result.claims if c.attribute == "location"], text


def test_place_hit_by_something_else_is_no_location():
    result = extract_claims(article_from_text("New sanctions hit Russia hard, analysts said.", id="a",
                                              published=dt.date(2024, 5, 2)))
    assert not [c for c in result.claims if c.attribute == "location"]


# --------------------------------------------------------------------------- alignment by name


def _exercise_report(*bodies: tuple[str, str, str]):
    from crosscheck import check

    articles = [
        article_from_text(body, id=name, published=dt.date.fromisoformat(day)) for name, day, body in bodies
    ]
    return check(articles)


def test_original_and_translated_names_align():
    report = _exercise_report(
        ("a", "2020-09-22", "Russian troops opened the Kavkaz-2020 exercise near Astrakhan on September 21."),
        ("b", "2020-09-23", "Chinese and Iranian units joined the Caucasus-2020 drills near Astrakhan on Monday."),
    )
    named = [e for e in report.events if e.names]
    assert len(named) == 1, report.events
    assert set(named[0].sources) == {"a", "b"}
    assert any("translation" in note for note in named[0].alignment)


def test_contrasting_translated_names_stay_apart():
    report = _exercise_report(
        ("a", "2021-09-12", "Russia and Belarus began the Zapad-2021 exercise near Brest on September 10."),
        ("b", "2022-09-02", "Russia began the Vostok-2022 exercise in the Far East on September 1."),
    )
    named = [e for e in report.events if e.names]
    assert len(named) == 2
    assert not [f for f in report.findings if f.verdict == "conflict"]


def test_editions_of_one_translated_name_stay_apart():
    report = _exercise_report(
        ("a", "2021-09-12", "Russia and Belarus began the Zapad-2021 exercise near Brest on September 10."),
        ("b", "2017-09-15", "Russia and Belarus began the West-2017 exercise near Grodno on September 14."),
    )
    named = [e for e in report.events if e.names]
    assert len(named) == 2
    notes = " ".join(n for e in named for n in e.alignment)
    assert "edition" in notes


def test_an_undated_event_is_not_one_dated_a_year_after_its_report():
    report = _exercise_report(
        ("a", "2021-10-05", "Iranian troops held drills near the border with Azerbaijan."),
        ("b", "2022-12-14", "Iranian troops held drills near the border with Azerbaijan on October 17."),
    )
    assert len(report.events) == 2
    notes = " ".join(n for e in report.events for n in e.alignment)
    assert "gives no dates" in notes


def test_revised_figure_caveat_is_for_tolls_only():
    report = _exercise_report(
        ("a", "2024-04-16", "About 1,200 troops took part in the Golden Steppe-2024 exercise on April 15."),
        ("b", "2024-04-17", "Some 1,500 troops took part in the Golden Steppe-2024 exercise on April 15."),
    )
    [troops] = [f for f in report.findings if f.attribute == "count:troops"]
    assert troops.verdict == "conflict"
    assert not any("revised" in c for c in troops.caveats)
    report = _exercise_report(
        ("a", "2024-07-21", "Floods in Swat killed 41 people on Sunday, July 21."),
        ("b", "2024-07-23", "Floods in Swat killed 58 people on Sunday, July 21."),
    )
    [killed] = [f for f in report.findings if f.attribute == "count:killed"]
    assert killed.verdict == "conflict" and any("revised" in c for c in killed.caveats)


def test_a_point_event_has_one_date_whatever_the_verb():
    from crosscheck.model import Claim
    from crosscheck.pipeline import findings_for

    articles = {
        "a": Article("x", "a", published=dt.date(2025, 3, 6)),
        "b": Article("x", "b", published=dt.date(2025, 3, 7)),
    }

    def claim(cid, source, attribute, day):
        value = date_value(day)
        return Claim(cid, source, "e1", attribute, value, day, Span(0, 1))

    claims = [
        claim("a1", "a", "date", "2025-03-06"),
        claim("b1", "b", "start_date", "2025-03-06"),
        claim("b2", "b", "date", "2025-03-07"),
    ]
    # A crash "on Thursday" and a crash that "began on Thursday" are dated alike.
    [crash] = findings_for("e1", "disaster", claims, articles)
    assert crash.attribute == "date" and crash.verdict == "agree"
    # Drills last days: their start and a date within them are different facts.
    [drills] = findings_for("e1", "exercise", claims, articles)
    assert drills.attribute == "date"
    assert "b1" not in {cid for v in drills.values for cid in v.claims}
    assert "b1" in {cid for v in crash.values for cid in v.claims}


def test_an_edition_announced_months_ahead_still_aligns_by_its_name():
    report = _exercise_report(
        ("a", "2021-03-01", "Russia and Belarus will hold the Zapad-2021 exercise, the ministry said."),
        ("b", "2021-09-12", "Russia and Belarus began the Zapad-2021 exercise near Brest on September 10."),
    )
    named = [e for e in report.events if e.names]
    assert len(named) == 1 and set(named[0].sources) == {"a", "b"}


def _claims_of(text, published):
    return extract_claims(article_from_text(text, id="a", published=published)).claims


def test_previous_talks_are_an_earlier_event():
    text = (
        "A new round of talks between Sudan's army and the RSF opened on May 6 in Jeddah, mediators said. "
        "Previous talks in Geneva collapsed without a deal."
    )
    where = {c.value.normalized: c.event for c in _claims_of(text, dt.date(2025, 5, 7)) if c.attribute == "location"}
    assert where["Jeddah"] != where["Geneva"]


def test_talks_without_an_earlier_marker_stay_one_event():
    text = (
        "A new round of talks between Sudan's army and the RSF opened on May 6 in Jeddah, mediators said. "
        "Talks in Jeddah went on until late at night."
    )
    claims = _claims_of(text, dt.date(2025, 5, 7))
    assert len({c.event for c in claims if c.attribute == "location"}) == 1


def test_definite_vehicle_sentence_continues_the_disaster():
    text = (
        "A ferry capsized off Lombok on Sunday, officials said. "
        "The vessel sank near Gili Trawangan after its engine failed on Saturday."
    )
    claims = _claims_of(text, dt.date(2024, 7, 24))
    dates = {c.value.normalized: c.event for c in claims if c.attribute == "date"}
    assert dates["2024-07-20"] == dates["2024-07-21"] is not None


def test_indefinite_vehicle_sentence_tells_another_disaster():
    text = (
        "A passenger plane crashed in Nepal on Monday, killing 18 people, officials said. "
        "A Twin Otter came down near Jomsom in 2022."
    )
    claims = _claims_of(text, dt.date(2024, 7, 24))
    assert not [c for c in claims if c.value.normalized == "2022" and c.event is not None]
