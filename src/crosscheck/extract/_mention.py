"""The one record every extractor returns: a typed value found at a span of the text."""

from __future__ import annotations

from attrs import frozen

from crosscheck.model import Span, Value


@frozen
class Mention:
    """A typed value found in text.

    ``kind`` names the extractor's dimension (``date``, ``duration``, ``set``, ``place``,
    ``actor``, ``attribution``, ``event``, ``name``, ``count``, ``quote``); ``role`` refines it
    where the extractor can tell (``start_date``/``end_date``/``date`` for dates, the measure for
    counts, the event type for event triggers). ``covers`` is, for an attribution, the stretch of
    text whose claims it attributes.
    """

    kind: str
    start: int
    end: int
    text: str
    value: Value
    role: str | None = None
    covers: Span | None = None
    modality: str = "asserted"
