"""Hypothesis strategies for crosscheck's own types, for property tests of code built on it.

    from hypothesis import given
    from crosscheck import strategies as cst

    @given(cst.date_values(), cst.date_values())
    def test_my_rule(a, b): ...

Requires the ``hypothesis`` package (``pip install crosscheck[test]``).
"""

from __future__ import annotations

import datetime as _dt

from hypothesis import strategies as st

from crosscheck.model import (
    ActorValue,
    Article,
    Claim,
    CountValue,
    DurationValue,
    NameValue,
    PlaceValue,
    QuoteValue,
    Span,
    date_value,
)
from crosscheck.text import fold

__all__ = [
    "actor_values",
    "articles",
    "claims",
    "count_values",
    "date_values",
    "duration_values",
    "name_values",
    "news_texts",
    "place_values",
    "quote_values",
    "values",
]

_YEARS = st.integers(min_value=1900, max_value=2100)


@st.composite
def date_values(draw, *, year_known: bool | None = None):
    """Draw DateValues of every granularity, with or without a known year."""
    known = draw(st.booleans()) if year_known is None else year_known
    month = draw(st.integers(1, 12))
    day = draw(st.integers(1, 28))
    if not known:
        return date_value(draw(st.sampled_from([f"XXXX-{month:02d}-{day:02d}", f"XXXX-{month:02d}"])))
    year = draw(_YEARS)
    form = draw(st.sampled_from(["day", "month", "year", "season", "quarter", "decade", "interval"]))
    if form == "day":
        return date_value(f"{year}-{month:02d}-{day:02d}")
    if form == "month":
        return date_value(f"{year}-{month:02d}")
    if form == "year":
        return date_value(str(year))
    if form == "season":
        return date_value(f"{year}-{draw(st.integers(21, 24))}")
    if form == "quarter":
        return date_value(f"{year}-{draw(st.integers(33, 36))}")
    if form == "decade":
        return date_value(f"{str(year)[:3]}X")
    first = _dt.date(year, month, day)
    last = first + _dt.timedelta(days=draw(st.integers(0, 20)))
    return date_value(f"{first.isoformat()}/{last.isoformat()}")


#: A small world of places with containment, enough to exercise every branch of comparison.
_PLACES = (
    PlaceValue("Azerbaijan", "iso:AZ", "country"),
    PlaceValue("Nakhchivan", "iso:AZ-NX", "subdivision", ["iso:AZ"], ["Azerbaijan"]),
    PlaceValue("Baku", "geonames:587084", "city", ["iso:AZ-BA", "iso:AZ"], ["Baku", "Azerbaijan"]),
    PlaceValue("Iran", "iso:IR", "country"),
    PlaceValue("Ardabil", "iso:IR-24", "subdivision", ["iso:IR"], ["Iran"]),
    PlaceValue("Peru", "iso:PE", "country"),
    PlaceValue("Lima", "geonames:3936456", "city", ["iso:PE-LIM", "iso:PE"], ["Lima", "Peru"]),
)


@st.composite
def place_values(draw):
    """Draw places from a small world with containment, sometimes with a loose relation."""
    place = draw(st.sampled_from(_PLACES))
    relation = draw(st.sampled_from(["in", "in", "in", "near", "border"]))
    return PlaceValue(place.name, place.id, place.kind, place.within, place.within_names, relation)


def actor_values():
    """Draw actors: countries, national bodies that belong to them, people and organisations."""
    return st.sampled_from(
        [
            ActorValue("Turkey", "country", "iso:TR"),
            ActorValue("Azerbaijan", "country", "iso:AZ"),
            ActorValue("Iran", "country", "iso:IR"),
            ActorValue("Turkey Ministry of Defense", "ministry", None, "Turkey"),
            ActorValue("Azerbaijan Ministry of Defense", "ministry", None, "Azerbaijan"),
            ActorValue("Red Crescent", "organization"),
            ActorValue("Hulusi Akar", "person", None, "Turkey"),
        ]
    )


@st.composite
def count_values(draw):
    """Draw counts: exact, ranges, open bounds, approximate."""
    lo = draw(st.integers(0, 100_000))
    form = draw(st.sampled_from(["exact", "range", "at_least", "at_most"]))
    approximate = draw(st.booleans())
    if form == "exact":
        return CountValue(lo, lo, approximate)
    if form == "range":
        return CountValue(lo, lo + draw(st.integers(1, 1000)), approximate)
    if form == "at_least":
        return CountValue(lo, None, approximate)
    return CountValue(None, lo, approximate)


@st.composite
def name_values(draw):
    """Draw event names, including edition years and spelling variants."""
    words = draw(st.lists(st.sampled_from(["Unshakable", "Brotherhood", "Sea", "Shield", "Mighty", "Iran", "Cobra", "Gold"]), min_size=1, max_size=3))
    text = " ".join(words)
    if draw(st.booleans()):
        text += f"-{draw(st.integers(2015, 2030))}"
    return NameValue(text, fold(text))


def duration_values():
    """Draw ISO 8601 durations."""
    return st.builds(
        lambda n, unit: DurationValue(f"P{n}{unit}"), st.integers(1, 500), st.sampled_from(["Y", "M", "W", "D"])
    )


def quote_values():
    """Draw quotations."""
    return st.builds(QuoteValue, st.text(min_size=1, max_size=80))


def values():
    """Draw any claim value."""
    return st.one_of(
        date_values(), place_values(), actor_values(), count_values(), name_values(), duration_values(), quote_values()
    )


_FRAGMENTS = (
    "Turkey and Azerbaijan launched joint military drills on October 5.",
    "The exercise ran from 5 to 8 October in Nakhchivan, the ministry said.",
    "At least 125 people died in the stampede, according to the Red Crescent.",
    "Iran's drills began on October 17 along its border with Azerbaijan.",
    "Voters in Peru went to the polls on Sunday.",
    "The earthquake struck Lima at 10:30 a.m. on 3 March 2024.",
    "“We will not back down,” President Aliyev said.",
    "The talks, held in Geneva last week, ended without a deal.",
    "More than 1,500 troops took part, officials said.",
    "12/14/2022",
)


def news_texts():
    """Draw news-like texts: shuffled sentences about events, mixed with arbitrary text."""
    sentences = st.lists(st.sampled_from(_FRAGMENTS), min_size=1, max_size=6)
    return st.one_of(
        sentences.map(" ".join),
        st.tuples(sentences, st.text(max_size=60)).map(lambda t: " ".join(t[0]) + " " + t[1]),
        st.text(max_size=300),
    )


@st.composite
def articles(draw, *, published: bool | None = None):
    """Draw articles with news-like text and an optional publication date."""
    text = draw(news_texts().filter(lambda t: t.strip() != ""))
    has_date = draw(st.booleans()) if published is None else published
    date = draw(st.dates(_dt.date(1990, 1, 1), _dt.date(2030, 12, 31))) if has_date else None
    ident = draw(st.from_regex(r"[a-z][a-z0-9-]{0,11}", fullmatch=True))
    return Article(text=text, id=ident, published=date, title=draw(st.none() | st.text(max_size=40)))


_ATTRIBUTES = {
    "date": ("start_date", "end_date", "date"),
    "place": ("location",),
    "actor": ("participant",),
    "count": ("count:killed", "count:injured"),
    "name": ("name",),
    "duration": ("duration",),
    "quote": ("quote",),
}


@st.composite
def claims(draw, *, source: str | None = None):
    """Draw claims whose span holds their words in a drawn text (returned as ``claim.text``)."""
    kind = draw(st.sampled_from(sorted(_ATTRIBUTES)))
    value = draw(
        {
            "date": date_values(),
            "place": place_values(),
            "actor": actor_values(),
            "count": count_values(),
            "name": name_values(),
            "duration": duration_values(),
            "quote": quote_values(),
        }[kind]
    )
    words = draw(st.text(min_size=1, max_size=30))
    start = draw(st.integers(0, 500))
    return Claim(
        id=draw(st.from_regex(r"c[0-9]{1,4}", fullmatch=True)),
        source=source or draw(st.sampled_from(["a", "b", "c"])),
        event=draw(st.none() | st.sampled_from(["e1", "e2"])),
        attribute=draw(st.sampled_from(_ATTRIBUTES[kind])),
        value=value,
        text=words,
        span=Span(start, start + len(words)),
        attributed_to=draw(st.none() | st.sampled_from(["Turkey Ministry of Defense", "Red Crescent"])),
        modality=draw(st.sampled_from(["asserted", "reported", "planned"])),
    )
