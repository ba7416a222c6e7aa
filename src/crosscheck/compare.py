"""Compare two values of one attribute: agree, compatible or conflict, with a reason.

Every comparison is symmetric (``compare(a, b)`` and ``compare(b, a)`` give the same verdict and
reason) and reflexive (a value agrees with itself). Dates compare as intervals, places by
containment, counts as ranges, names by folded key and similarity.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from attrs import frozen
from rapidfuzz import fuzz

from crosscheck.extract._event_lexicon import NAME_CONTRASTS
from crosscheck.model import (
    ActorValue,
    CountValue,
    DateValue,
    DurationValue,
    NameValue,
    PlaceValue,
    QuoteValue,
    Value,
)
from crosscheck.text import fold

__all__ = ["DURATIVE_TYPES", "Comparison", "NameMatch", "compare", "duration_days", "name_similarity"]

#: Event types that usually last more than a day: two different dates given for one of them are
#: not a contradiction (both can fall within it).
DURATIVE_TYPES = frozenset(
    {"exercise", "war", "clash", "protest", "visit", "meeting", "trial", "campaign", "other"}
)


@frozen
class Comparison:
    """A verdict on two values and the sentence that justifies it."""

    verdict: str
    reason: str


def _pair(a: Value, b: Value) -> tuple[Value, Value]:
    # Order the pair canonically so that reasons do not depend on argument order. The repr only
    # breaks ties, and is costly, so it is built only when the normalised strings are equal.
    na, nb = a.normalized, b.normalized
    if na != nb:
        return (a, b) if na < nb else (b, a)
    if a == b:
        return a, b
    return (a, b) if repr(a) <= repr(b) else (b, a)


def compare(a: Value, b: Value, *, attribute: str = "", event_type: str = "") -> Comparison:
    """Compare two values of the same attribute; see the module docstring."""
    if type(a) is not type(b):
        raise TypeError(f"cannot compare {type(a).__name__} with {type(b).__name__}")
    a, b = _pair(a, b)
    return _COMPARERS[type(a)](a, b, attribute, event_type)


# --------------------------------------------------------------------------- dates


def _dates(a: DateValue, b: DateValue, attribute: str, event_type: str) -> Comparison:
    if a.edtf == b.edtf:
        return Comparison("agree", f"both give {a.edtf}")
    if a.year_known and b.year_known:
        assert a.earliest and a.latest and b.earliest and b.latest
        if a.earliest <= b.earliest and b.latest <= a.latest:
            return Comparison("compatible", f"{b.edtf} lies within {a.edtf}")
        if b.earliest <= a.earliest and a.latest <= b.latest:
            return Comparison("compatible", f"{a.edtf} lies within {b.edtf}")
        if a.earliest <= b.latest and b.earliest <= a.latest:
            return Comparison("compatible", f"{a.edtf} and {b.edtf} overlap")
        gap = abs((b.earliest - a.latest).days) if a.latest < b.earliest else abs((a.earliest - b.latest).days)
        if attribute == "date" and event_type in DURATIVE_TYPES:
            return Comparison(
                "compatible", f"{a.edtf} and {b.edtf} are {gap} days apart, but a {event_type} can span both"
            )
        return Comparison("conflict", f"{a.edtf} and {b.edtf} do not overlap ({gap} days apart)")
    # At least one year is unknown: compare what both give (month, day).
    if a.month is None or b.month is None:
        return Comparison("compatible", f"{a.edtf} and {b.edtf} cannot be told apart without a year")
    if a.month != b.month or (a.day is not None and b.day is not None and a.day != b.day):
        if attribute == "date" and event_type in DURATIVE_TYPES:
            return Comparison("compatible", f"{a.edtf} and {b.edtf} differ, but a {event_type} can span both")
        return Comparison("conflict", f"{a.edtf} and {b.edtf} differ in month or day, whatever the year")
    return Comparison("compatible", f"{a.edtf} and {b.edtf} agree on month and day; one year is unknown")


# --------------------------------------------------------------------------- places and actors


def _places(a: PlaceValue, b: PlaceValue, attribute: str, event_type: str) -> Comparison:
    if a.id == b.id and a.relation == b.relation:
        return Comparison("agree", f"both name {a.name}")
    if a.id == b.id:
        return Comparison("compatible", f"both name {a.name}, related differently ({a.relation} / {b.relation})")
    if b.id in a.within:
        return Comparison("compatible", f"{a.name} is in {b.name}")
    if a.id in b.within:
        return Comparison("compatible", f"{b.name} is in {a.name}")
    if a.relation != "in" or b.relation != "in":
        # "along the border with X", "near X": the place is a reference point, not a container.
        return Comparison("compatible", f"{a.normalized} and {b.normalized} locate it only loosely")
    return Comparison("conflict", f"{a.name} and {b.name} are different places, neither containing the other")


def places_related(a: PlaceValue, b: PlaceValue) -> bool:
    """Tell whether two places are the same or one contains the other, whatever the relations."""
    return a.id == b.id or a.id in b.within or b.id in a.within


def _actors(a: ActorValue, b: ActorValue, attribute: str, event_type: str) -> Comparison:
    if a.name == b.name:
        return Comparison("agree", f"both name {a.name}")
    if a.country and a.country == b.name:
        return Comparison("compatible", f"{a.name} belongs to {b.name}")
    if b.country and b.country == a.name:
        return Comparison("compatible", f"{b.name} belongs to {a.name}")
    if a.country and a.country == b.country:
        return Comparison("compatible", f"{a.name} and {b.name} are both of {a.country}")
    return Comparison("conflict", f"{a.name} and {b.name} are different actors")


# --------------------------------------------------------------------------- counts, names, durations


def _bounds(c: CountValue) -> tuple[float, float]:
    lo = float("-inf") if c.lo is None else c.lo
    hi = float("inf") if c.hi is None else c.hi
    return lo, hi


def _counts(a: CountValue, b: CountValue, attribute: str, event_type: str) -> Comparison:
    if a == b:
        return Comparison("agree", f"both give {a.normalized}")
    (alo, ahi), (blo, bhi) = _bounds(a), _bounds(b)
    if a.approximate or b.approximate:
        # "about 70" tolerates ten percent either way.
        alo, ahi = _widen(alo, ahi, a.approximate)
        blo, bhi = _widen(blo, bhi, b.approximate)
    if alo <= bhi and blo <= ahi:
        return Comparison("compatible", f"{a.normalized} and {b.normalized} can both hold")
    return Comparison("conflict", f"{a.normalized} and {b.normalized} cannot both hold")


def _widen(lo: float, hi: float, approximate: bool) -> tuple[float, float]:
    if not approximate:
        return lo, hi
    return lo * 0.9, hi * 1.1


_YEAR_SUFFIX = re.compile(r"[\s-]*(?:19|20)\d\d$")


def name_key(text: str) -> str:
    """Fold an event name for matching, dropping a trailing edition year ("Caucasus-2020")."""
    return _YEAR_SUFFIX.sub("", fold(text)).strip()


_NAME_WORD = re.compile(r"[^\W_]+")


@lru_cache(maxsize=1)
def _synonym_senses() -> dict[str, int]:
    from crosscheck.extract._event_lexicon import NAME_SYNONYMS

    senses: dict[str, int] = {}
    for n, line in enumerate(NAME_SYNONYMS.replace("\n    ", " ").strip().splitlines()):
        for word in line.split():
            senses[word] = n
    return senses


@lru_cache(maxsize=1)
def _translations() -> dict[str, str]:
    from crosscheck.extract._event_lexicon import NAME_TRANSLATIONS

    table: dict[str, str] = {}
    for line in NAME_TRANSLATIONS.strip().splitlines():
        sense, *forms = line.split()
        for form in (sense, *forms):
            table[form] = sense
    return table


#: Words a translated name may add or drop ("Shield of the Union" / "Shchit Soyuza").
_GLUE_WORDS = frozenset("of the and".split())


def _in_english(words: list[str]) -> list[str]:
    """Render each word of a name in its English sense where the translation table knows it."""
    table = _translations()
    return [table.get(w, w) for w in words if w not in _GLUE_WORDS]


def _synonymous(x: str, y: str) -> bool:
    senses = _synonym_senses()
    return x in senses and senses.get(x) == senses.get(y)


@frozen
class NameMatch:
    """How alike two event names are: a score (0..100), whether they match, and why."""

    score: float
    match: bool
    how: str


def name_similarity(
    a: str, b: str, *, spelling_match: float = 85.0, structure_score: float = 80.0
) -> NameMatch:
    """Score two folded name keys (:func:`name_key`) as spellings or translations of one name.

    Names match when their spelling is at least ``spelling_match`` alike (token sort ratio, so
    transliterations and word order count as one name), or when they share their structure:
    the same number of words, the same or a synonymous last word (the head: "Brotherhood"), at
    least one word in common, and every other word a synonym or a spelling of its counterpart
    ("Indestructible" / "Unshakable Brotherhood"); such a match scores ``structure_score``.
    Names whose only differences are contrasting words ("Northern" / "Southern Shield", "Spring"
    / "Autumn Storm") never match, however alike their spelling. Words transliterated from
    other languages are read in their English sense first (``NAME_TRANSLATIONS``): "Kavkaz" and
    "Caucasus", "Shchit Soyuza" and "Union Shield" are one name (``structure_score``), while
    "Zapad" and "Vostok" (west, east) contrast. Edition years are the caller's business:
    "Zapad-2021" and "West-2017" are one name, of two editions.
    """
    wa, wb = _NAME_WORD.findall(a), _NAME_WORD.findall(b)
    if wa == wb:
        return NameMatch(100.0, True, "same name")
    # A name given in its original language and in English ("Kavkaz" / "Caucasus", "Shchit
    # Soyuza" / "Union Shield"): read the words in their English sense, in any order, and judge
    # the English names as below ("Sarsilmaz" / "Indestructible Brotherhood" are synonyms).
    ea, eb = _in_english(wa), _in_english(wb)
    if (ea != wa or eb != wb) and ea and eb:
        table = _translations()
        glossed = ", ".join(sorted({f"{w!r} = {table[w]}" for w in (*wa, *wb) if table.get(w, w) != w}))
        if sorted(ea) == sorted(eb):
            return NameMatch(structure_score, True, f"translation of one name ({glossed})")
        english = name_similarity(
            " ".join(ea), " ".join(eb), spelling_match=spelling_match, structure_score=structure_score
        )
        if english.match or english.how.startswith("contrasting"):
            return NameMatch(
                min(english.score, structure_score), english.match, f"{english.how}, in translation ({glossed})"
            )
    diff = [(x, y) for x, y in zip(wa, wb) if x != y] if len(wa) == len(wb) else []
    for x, y in diff:
        if x in NAME_CONTRASTS and y in NAME_CONTRASTS:
            return NameMatch(0.0, False, f"contrasting words {x!r} / {y!r}")
    score = fuzz.token_sort_ratio(a, b)
    if score >= spelling_match:
        return NameMatch(score, True, f"spelling {score:.0f}")
    if (
        diff
        and len(wa) >= 2
        and len(diff) < len(wa)
        and all(_synonymous(x, y) or fuzz.ratio(x, y) >= spelling_match for x, y in diff)
    ):
        pairs = ", ".join(f"{x!r} ~ {y!r}" for x, y in diff)
        return NameMatch(structure_score, True, f"same structure, head {wa[-1]!r}, synonyms {pairs}")
    return NameMatch(score, False, f"similarity {score:.0f}")


def _names(a: NameValue, b: NameValue, attribute: str, event_type: str) -> Comparison:
    if a.key == b.key:
        if a.text == b.text:
            return Comparison("agree", f"both name it {a.text!r}")
        return Comparison("agree", f"{a.text!r} and {b.text!r} are the same name")
    match = name_similarity(name_key(a.text), name_key(b.text))
    if match.match and (match.how.startswith("same structure") or "translation" in match.how):
        return Comparison("compatible", f"{a.text!r} and {b.text!r} render one name differently ({match.how})")
    if match.match:
        return Comparison("compatible", f"{a.text!r} and {b.text!r} are spellings of one name")
    if match.how.startswith("contrasting"):
        return Comparison("conflict", f"{a.text!r} and {b.text!r} are different names ({match.how})")
    shared = set(name_key(a.text).split()) & set(name_key(b.text).split())
    if shared and len(name_key(a.text).split()) == len(name_key(b.text).split()):
        return Comparison("compatible", f"{a.text!r} and {b.text!r} may render one name differently")
    return Comparison("conflict", f"{a.text!r} and {b.text!r} are different names")


_DURATION_PART = re.compile(r"(\d+(?:\.\d+)?)([YMWDHS])")
_DAYS = {"Y": 365.25, "M": 30.44, "W": 7.0, "D": 1.0}
_HOURS = {"H": 1 / 24, "M": 1 / 1440, "S": 1 / 86400}


def duration_days(d: DurationValue) -> float | None:
    """Return the length of a duration in days, or None if it is unspecified (``PXY``)."""
    if "X" in d.iso:
        return None
    date_part, _, time_part = d.iso[1:].partition("T")
    days = sum(float(n) * _DAYS[u] for n, u in _DURATION_PART.findall(date_part))
    days += sum(float(n) * _HOURS[u] for n, u in _DURATION_PART.findall(time_part))
    return days


def _durations(a: DurationValue, b: DurationValue, attribute: str, event_type: str) -> Comparison:
    if a.iso == b.iso:
        return Comparison("agree", f"both give {a.iso}")
    da, db = duration_days(a), duration_days(b)
    if da is None or db is None:
        return Comparison("compatible", f"{a.iso} and {b.iso}: one length is unspecified")
    if abs(da - db) <= 0.15 * max(da, db):
        return Comparison("compatible", f"{a.iso} and {b.iso} are about the same length")
    return Comparison("conflict", f"{a.iso} and {b.iso} are different lengths")


def _quotes(a: QuoteValue, b: QuoteValue, attribute: str, event_type: str) -> Comparison:
    if fold(a.text) == fold(b.text):
        return Comparison("agree", "the quoted words are the same")
    if fuzz.partial_ratio(fold(a.text), fold(b.text)) >= 90:
        return Comparison("compatible", "one quotation contains the other")
    return Comparison("compatible", "different quotations; both may have been said")


_COMPARERS: dict[type, Callable[[Value, Value, str, str], Comparison]] = {
    DateValue: _dates,
    PlaceValue: _places,
    ActorValue: _actors,
    CountValue: _counts,
    NameValue: _names,
    DurationValue: _durations,
    QuoteValue: _quotes,
}


def date_distance(a: DateValue, b: DateValue) -> int | None:
    """Return the days between two year-known dates (0 when they overlap), else None."""
    if not (a.year_known and b.year_known):
        return None
    assert a.earliest and a.latest and b.earliest and b.latest
    if a.latest < b.earliest:
        return (b.earliest - a.latest).days
    if b.latest < a.earliest:
        return (a.earliest - b.latest).days
    return 0
