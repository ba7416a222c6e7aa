"""Frozen value types of the claim model (SPEC §3): articles, spans, typed values, claims, findings.

Behaviour lives in free functions elsewhere (``compare``, ``render``); these classes only hold
values and check them at construction. Every value class has a ``normalized`` property, the
string the reports show and the comparison keys on.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import functools
import re
from typing import Union

import attrs
from attrs import field, frozen

__all__ = [
    "ActorValue",
    "Article",
    "Claim",
    "CountValue",
    "DateValue",
    "DurationValue",
    "Event",
    "Finding",
    "FindingValue",
    "Granularity",
    "NameValue",
    "PlaceValue",
    "QuoteValue",
    "Report",
    "Span",
    "TimeRef",
    "Value",
    "date_value",
    "MODALITIES",
    "VERDICTS",
    "SCOPES",
]

MODALITIES = ("asserted", "reported", "planned", "negated", "hedged")
VERDICTS = ("agree", "compatible", "conflict")
SCOPES = ("cross-source", "within-source")


def _tuple(value) -> tuple:
    return tuple(value)


def _frozen_items(value) -> tuple[tuple[str, str], ...]:
    if isinstance(value, dict):
        value = value.items()
    return tuple(sorted((str(k), str(v)) for k, v in value))


@frozen
class Article:
    """One news article: its body text and what is known about it."""

    text: str
    id: str
    title: str | None = None
    publisher: str | None = None
    published: _dt.date | None = None
    #: True when ``published`` was read off the text rather than given by the user.
    published_inferred: bool = False
    url: str | None = None
    #: Where the article was read from (a path, ``-`` or ``path:line``), for messages and reports.
    path: str | None = None
    #: Other front-matter keys, kept as sorted (key, value) pairs so the article stays hashable.
    metadata: tuple[tuple[str, str], ...] = field(default=(), converter=_frozen_items)
    #: Character offset of the body within the file as read (front matter removed).
    body_offset: int = 0


@frozen(order=True)
class Span:
    """A half-open character range ``[start, end)`` into an article's text."""

    start: int
    end: int = field()

    @end.validator
    def _check(self, _attribute, end: int) -> None:
        if self.start < 0 or end < self.start:
            raise ValueError(f"bad span [{self.start}, {end})")


# --------------------------------------------------------------------------- dates


class Granularity:
    """Precision of a date value, coarsest last."""

    DAY = "day"
    MONTH = "month"
    SEASON = "season"
    QUARTER = "quarter"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"
    ALL = (DAY, MONTH, SEASON, QUARTER, YEAR, DECADE, CENTURY)


_EDTF_DAY = re.compile(r"^(\d{4}|XXXX)-(\d{2}|XX)-(\d{2})$")
_EDTF_MONTH = re.compile(r"^(\d{4}|XXXX)-(\d{2})$")
_EDTF_YEAR = re.compile(r"^(\d{4})$")
_EDTF_DECADE = re.compile(r"^(\d{3})X$")
_EDTF_CENTURY = re.compile(r"^(\d{2})XX$")
_EDTF_INTERVAL = re.compile(r"^(\d{4}-\d{2}-\d{2})/(\d{4}-\d{2}-\d{2})$")
#: EDTF season codes 21-24 (spring, summer, autumn, winter) and the months they span
#: (northern hemisphere, meteorological seasons; winter runs into the next year).
SEASON_MONTHS = {21: (3, 5), 22: (6, 8), 23: (9, 11), 24: (12, 14)}
#: EDTF (level 2) sub-year groupings for calendar quarters: 33 is January to March, and so on.
QUARTER_MONTHS = {33: (1, 3), 34: (4, 6), 35: (7, 9), 36: (10, 12)}


def _month_end(year: int, month: int) -> _dt.date:
    year += (month - 1) // 12
    month = (month - 1) % 12 + 1
    return _dt.date(year, month, calendar.monthrange(year, month)[1])


def _parse_edtf(edtf: str) -> tuple[str, _dt.date | None, _dt.date | None, int | None, int | None]:
    """Return granularity, first day, last day, month and day of an EDTF string."""
    if m := _EDTF_DAY.match(edtf):
        y, mo, d = m.groups()
        month = None if mo == "XX" else int(mo)
        if y == "XXXX":
            if month is not None:
                _dt.date(2000, month, int(d))  # validates month/day (2000 is a leap year)
            return Granularity.DAY, None, None, month, int(d)
        day = _dt.date(int(y), int(mo), int(d))
        return Granularity.DAY, day, day, day.month, day.day
    if m := _EDTF_MONTH.match(edtf):
        y, mo = m.groups()
        month = int(mo)
        if 21 <= month <= 24:
            if y == "XXXX":
                return Granularity.SEASON, None, None, None, None
            first, last = SEASON_MONTHS[month]
            return Granularity.SEASON, _dt.date(int(y), first, 1), _month_end(int(y), last), None, None
        if 33 <= month <= 36:
            if y == "XXXX":
                return Granularity.QUARTER, None, None, None, None
            first, last = QUARTER_MONTHS[month]
            return Granularity.QUARTER, _dt.date(int(y), first, 1), _month_end(int(y), last), None, None
        if not 1 <= month <= 12:
            raise ValueError(f"bad month in {edtf!r}")
        if y == "XXXX":
            return Granularity.MONTH, None, None, month, None
        return Granularity.MONTH, _dt.date(int(y), month, 1), _month_end(int(y), month), month, None
    if m := _EDTF_YEAR.match(edtf):
        y = int(m.group(1))
        return Granularity.YEAR, _dt.date(y, 1, 1), _dt.date(y, 12, 31), None, None
    if m := _EDTF_DECADE.match(edtf):
        y = int(m.group(1)) * 10
        return Granularity.DECADE, _dt.date(y, 1, 1), _dt.date(y + 9, 12, 31), None, None
    if m := _EDTF_CENTURY.match(edtf):
        y = int(m.group(1)) * 100
        return Granularity.CENTURY, _dt.date(max(y, 1), 1, 1), _dt.date(y + 99, 12, 31), None, None
    if m := _EDTF_INTERVAL.match(edtf):
        first = _dt.date.fromisoformat(m.group(1))
        last = _dt.date.fromisoformat(m.group(2))
        if last < first:
            raise ValueError(f"interval ends before it starts: {edtf!r}")
        # "early December" and the like: an interval finer than a month, coarser than a day.
        span = (last - first).days
        gran = Granularity.DAY if span == 0 else Granularity.MONTH if span <= 31 else Granularity.YEAR
        return gran, first, last, None, None
    raise ValueError(f"not an EDTF date this model supports: {edtf!r}")


@frozen
class DateValue:
    """A calendar date as an interval with a granularity, written as EDTF.

    ``earliest``/``latest`` bound the interval (inclusive) when the year is known; a value whose
    year is unknown (``XXXX-10-05``) keeps its ``month`` and ``day`` and no interval.
    Build one with :func:`date_value`.
    """

    edtf: str
    granularity: str
    earliest: _dt.date | None
    latest: _dt.date | None
    month: int | None = None
    day: int | None = None

    @property
    def normalized(self) -> str:
        return self.edtf

    @property
    def year_known(self) -> bool:
        return self.earliest is not None


@functools.lru_cache(maxsize=4096)
def date_value(edtf: str) -> DateValue:
    """Build a :class:`DateValue` from an EDTF string such as ``2021-10-05`` or ``XXXX-10``."""
    gran, first, last, month, day = _parse_edtf(edtf)
    return DateValue(edtf, gran, first, last, month, day)


# --------------------------------------------------------------------------- other values


@frozen
class PlaceValue:
    """A place resolved against the gazetteer.

    ``within`` lists the gazetteer ids of the places that contain it, nearest first, and
    ``within_names`` their canonical names. ``relation`` keeps how the text related the event to
    the place (``in``, ``near``, ``border``, ``between``) when it was not simply "in".
    """

    name: str
    id: str
    kind: str = "place"
    within: tuple[str, ...] = field(default=(), converter=_tuple)
    within_names: tuple[str, ...] = field(default=(), converter=_tuple)
    relation: str = "in"

    @property
    def normalized(self) -> str:
        return self.name if self.relation == "in" else f"{self.relation}:{self.name}"


@frozen
class ActorValue:
    """A participant or source: a country, organisation, group or person, by canonical name."""

    name: str
    kind: str = "organization"
    id: str | None = None
    #: The country the actor belongs to, if any (a ministry, an army, a minister).
    country: str | None = None

    @property
    def normalized(self) -> str:
        return self.name


@frozen
class CountValue:
    """A count: exact (``lo == hi``), a range, or bounded on one side (``None`` is open)."""

    lo: int | None
    hi: int | None = field()
    approximate: bool = False

    @hi.validator
    def _check(self, _attribute, hi: int | None) -> None:
        if self.lo is None and hi is None:
            raise ValueError("a count needs at least one bound")
        if self.lo is not None and hi is not None and hi < self.lo:
            raise ValueError(f"count range {self.lo}..{hi} is reversed")

    @property
    def normalized(self) -> str:
        if self.lo is not None and self.lo == self.hi:
            text = str(self.lo)
        elif self.hi is None:
            text = f">={self.lo}"
        elif self.lo is None:
            text = f"<={self.hi}"
        else:
            text = f"{self.lo}..{self.hi}"
        return f"~{text}" if self.approximate else text


@frozen
class NameValue:
    """An event's proper name as written; ``key`` is the folded form used for matching."""

    text: str
    key: str

    @property
    def normalized(self) -> str:
        return self.text


_ISO_DURATION = re.compile(
    r"^P(?=\d|T\d)(?:\d+(?:\.\d+)?[YMWD])*(?:T(?:\d+(?:\.\d+)?[HMS])+)?$|^PX[YMWD]$|^PTX[HMS]$"
)


@frozen
class DurationValue:
    """A length of time as an ISO 8601 duration (``P6W``, ``P44D``, ``PT3H``)."""

    iso: str = field()

    @iso.validator
    def _check(self, _attribute, iso: str) -> None:
        if not _ISO_DURATION.match(iso):
            raise ValueError(f"not an ISO 8601 duration: {iso!r}")

    @property
    def normalized(self) -> str:
        return self.iso


@frozen
class QuoteValue:
    """Words the article puts in someone's mouth."""

    text: str

    @property
    def normalized(self) -> str:
        return self.text


@frozen
class TimeRef:
    """An undated reference to the past, the present or the future ("recently", "now", "soon").

    The temporal extractor reports these (kind ``ref``) so that every time expression of a text
    is accounted for; they name no date, so they never become claims.
    """

    direction: str = field()

    @direction.validator
    def _check(self, _attribute, direction: str) -> None:
        if direction not in ("past", "present", "future"):
            raise ValueError(f"not a direction in time: {direction!r}")

    @property
    def normalized(self) -> str:
        return self.direction


Value = Union[DateValue, PlaceValue, ActorValue, CountValue, NameValue, DurationValue, QuoteValue, TimeRef]


# --------------------------------------------------------------------------- claims and findings


@frozen
class Claim:
    """About ``event``, ``attribute`` has ``value``, as written at ``span`` of source ``source``."""

    id: str
    source: str
    event: str | None
    attribute: str
    value: Value
    text: str
    span: Span
    attributed_to: str | None = None
    modality: str = field(default="asserted")
    #: Why a reader should be careful with this claim ("announced", "denied"), for caveats.
    notes: tuple[str, ...] = field(default=(), converter=_tuple)

    @modality.validator
    def _check(self, _attribute, modality: str) -> None:
        if modality not in MODALITIES:
            raise ValueError(f"unknown modality {modality!r}")


@frozen
class Event:
    """An event as aligned across sources; ``alignment`` explains merges (feature → score)."""

    id: str
    label: str
    type: str
    names: tuple[str, ...] = field(default=(), converter=_tuple)
    sources: tuple[str, ...] = field(default=(), converter=_tuple)
    #: How alignment decided: one line per merge or split, with per-feature scores.
    alignment: tuple[str, ...] = field(default=(), converter=_tuple)


@frozen
class FindingValue:
    """One of the distinct values of a finding, with the claims and sources behind it."""

    value: str
    claims: tuple[str, ...] = field(converter=_tuple)
    sources: tuple[str, ...] = field(converter=_tuple)
    attributed_to: tuple[str, ...] = field(default=(), converter=_tuple)


@frozen
class Finding:
    """The verdict on one (event, attribute) group of aligned claims."""

    event: str
    attribute: str
    verdict: str = field()
    scope: str = field()
    values: tuple[FindingValue, ...] = field(converter=_tuple)
    reason: str
    caveats: tuple[str, ...] = field(default=(), converter=_tuple)

    @verdict.validator
    def _check_verdict(self, _attribute, verdict: str) -> None:
        if verdict not in VERDICTS:
            raise ValueError(f"unknown verdict {verdict!r}")

    @scope.validator
    def _check_scope(self, _attribute, scope: str) -> None:
        if scope not in SCOPES:
            raise ValueError(f"unknown scope {scope!r}")


@frozen
class Report:
    """Everything a cross-check found: the sources, their events and claims, and the findings."""

    articles: tuple[Article, ...] = field(converter=_tuple)
    events: tuple[Event, ...] = field(converter=_tuple)
    claims: tuple[Claim, ...] = field(converter=_tuple)
    findings: tuple[Finding, ...] = field(converter=_tuple)
    #: Records that could not be read (``--skip-bad``): one message each.
    skipped: tuple[str, ...] = field(default=(), converter=_tuple)

    @property
    def conflicts(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.verdict == "conflict")

    def to_json(self, **kwargs) -> str:
        """Render as the JSON report of SPEC §5."""
        from crosscheck.render.json import render_json

        return render_json(self, **kwargs)

    def to_text(self, **kwargs) -> str:
        """Render as the plain text report."""
        from crosscheck.render.text import render_text

        return render_text(self, **kwargs)

    def _repr_html_(self) -> str:
        """Show the report in a notebook: the HTML report as an embeddable fragment."""
        from crosscheck.render.html import render_html

        # Ids unique to this object, so that two reports shown in one notebook link to their own evidence.
        return render_html(self, standalone=False, id_prefix=f"cc{id(self):x}-")

    def _repr_markdown_(self) -> str:
        """Show the report in a notebook that renders Markdown: the Markdown report."""
        from crosscheck.render.markdown import render_markdown

        return render_markdown(self)


def evolve(instance, **changes):
    """Return a copy of a frozen value with some fields changed."""
    return attrs.evolve(instance, **changes)
