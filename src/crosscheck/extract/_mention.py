"""The one record every extractor returns: a typed value found at a span of the text."""

from __future__ import annotations

from attrs import frozen

from crosscheck.model import Span, Value


@frozen
class Mention:
    """A typed value found in text.

    ``kind`` names the extractor's dimension (``date``, ``time``, ``duration``, ``set``, ``ref``, ``place``,
    ``actor``, ``attribution``, ``event``, ``name``, ``count``, ``quote``); ``role`` refines it
    where the extractor can tell (``start_date``/``end_date``/``date`` for dates, the measure for
    counts, the event type for event triggers). ``covers`` is, for an attribution, the stretch of
    text whose claims it attributes. ``time`` is, for a date, the time of day the text gives with
    it: a clock time (``22:00``) or a part of the day (``MO`` morning, ``AF`` afternoon, ``EV``
    evening, ``NI`` night, ``DT`` daytime), as ISO 8601 and TimeML write them.
    """

    kind: str
    start: int
    end: int
    text: str
    value: Value
    role: str | None = None
    covers: Span | None = None
    modality: str = "asserted"
    time: str | None = None
