"""Extraction: one module per claim kind, each with ``find(text, *, anchor=None) -> list[Mention]``."""

from __future__ import annotations

import importlib
from typing import Callable

from crosscheck.extract._mention import Mention

__all__ = ["CORPUS_EXTRACTORS", "Mention", "extractor"]

#: Extractor of each example corpus in fixtures/corpus/, by the corpus's ``extractor`` key.
CORPUS_EXTRACTORS = {
    "dates": "crosscheck.extract.dates:find",
    "places": "crosscheck.extract.places:find",
    "actors": "crosscheck.extract.actors:find",
    "attributions": "crosscheck.extract.attribution:find",
    "quotes": "crosscheck.extract.quotes:find",
    "counts": "crosscheck.extract.counts:find",
    "events": "crosscheck.extract.events:find",
}


def extractor(name: str) -> Callable[..., list[Mention]]:
    """Return the ``find`` function registered under ``name`` (imported on first use)."""
    module, _, function = CORPUS_EXTRACTORS[name].partition(":")
    return getattr(importlib.import_module(module), function)
