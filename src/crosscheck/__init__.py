"""crosscheck: claim-level fact cross-checking of news articles.

Read articles, extract typed claims (dates, places, participants, names, counts, durations,
quotes) with their spans and attribution, align them across sources, and report agreements and
contradictions with their evidence::

    import crosscheck
    articles = crosscheck.read_articles(["a.txt", "b.txt"])
    report = crosscheck.check(articles)
    print(report.to_text())
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

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
    "InputError",
    "NameValue",
    "PlaceValue",
    "QuoteValue",
    "Report",
    "Span",
    "article_from_text",
    "check",
    "date_value",
    "extract_claims",
    "parse_json",
    "read_articles",
    "render_report",
]

# The public names resolve lazily so that ``import crosscheck`` stays cheap: the extractors and
# their data load only when first used.
# (Submodules ``compare``, ``render`` and ``extract`` keep their own names: ``crosscheck.compare.compare``,
# ``crosscheck.render.render``.)
_WHERE = {
    "check": ("crosscheck.pipeline", "check"),
    "extract_claims": ("crosscheck.pipeline", "extract_claims"),
    "InputError": ("crosscheck.io", "InputError"),
    "article_from_text": ("crosscheck.io", "article_from_text"),
    "read_articles": ("crosscheck.io", "read_articles"),
    "parse_json": ("crosscheck.render", "parse_json"),
    "render_report": ("crosscheck.render", "render"),
}

if TYPE_CHECKING:  # pragma: no cover
    from crosscheck.io import InputError, article_from_text, read_articles
    from crosscheck.model import (
        ActorValue,
        Article,
        Claim,
        CountValue,
        DateValue,
        DurationValue,
        Event,
        Finding,
        FindingValue,
        NameValue,
        PlaceValue,
        QuoteValue,
        Report,
        Span,
        date_value,
    )
    from crosscheck.pipeline import check, extract_claims
    from crosscheck.render import parse_json
    from crosscheck.render import render as render_report


def __getattr__(name: str) -> Any:
    import importlib

    if name in _WHERE:
        module, attribute = _WHERE[name]
        return getattr(importlib.import_module(module), attribute)
    if name in __all__:
        return getattr(importlib.import_module("crosscheck.model"), name)
    raise AttributeError(f"module 'crosscheck' has no attribute {name!r}")
