"""Text helpers shared by the extractors: sentence spans and folding for matching."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from anyascii import anyascii

__all__ = ["fold", "lowered", "sentence_spans", "normalize_quotes"]

# A sentence ends at . ! ? (optionally followed by closing quotes/brackets) before white space
# and an upper-case letter, a digit or an opening quote -- or at a blank line. Abbreviations that
# commonly precede a capitalised word are not ends.
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof gen col lt sgt capt maj adm gov sen rep rev st mt ft jr sr inc ltd co corp "
    "no vs etc jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e a.m p.m".split()
)
# Written to open with one character class (a mark or a line break), which lets the regex engine
# skip to the candidates in C instead of trying both alternatives at every character.
_END = re.compile(r"""[.!?…\n](?:(?<=[.!?…])[.!?…]*["'”’)\]]*(?=\s+["'“‘(\[]?[A-Z0-9])|(?<=\n)\s*\n)""")
#: A run of lines with no blank line between them.
_LINES = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*")
_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.")


@lru_cache(maxsize=16)
def sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Split text into sentence spans ``(start, end)``, trimmed of surrounding white space.

    Several extractors read the sentences of one article: the result is cached (and immutable).
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _END.finditer(text):
        if m.group().startswith("."):
            word = _word_before(text, start, m.start())
            if word and (word.lower() in _ABBREVIATIONS or len(word) == 1):
                continue
        _add(spans, text, start, m.end())
        start = m.end()
    _add(spans, text, start, len(text))
    return tuple(spans)


def _word_before(text: str, start: int, end: int) -> str:
    """Return the word (letters and dots, starting with a letter) that ends at ``end``."""
    i = end
    while i > start and text[i - 1] in _WORD_CHARS:
        i -= 1
    while i < end and text[i] == ".":
        i += 1
    return text[i:end]


def _add(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    # A single line break inside a sentence is fine, but a header line (title, date line) stands
    # alone: split on line breaks that follow a line without final punctuation.
    for piece in _LINES.finditer(text, start, end):
        s, e = piece.start(), piece.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            spans.append((s, e))


_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'"})


def normalize_quotes(text: str) -> str:
    """Replace typographic quotes with ASCII ones, keeping the length of the text."""
    return text.translate(_QUOTES)


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Fold a name for matching: transliterate to ASCII, lower-case, keep letters and digits.

    ``Naxçıvan`` → ``naxcivan``; ``Türkiye's`` → ``turkiye s``; ``Cəbrayıl`` → ``cebrayil``.
    """
    text = anyascii(unicodedata.normalize("NFC", text)).lower()
    return " ".join(re.findall(r"[a-z0-9]+", text))


def lowered(text: str) -> str | None:
    """Return ``text`` lower-cased for case-sensitive scans, or None where that is not exact.

    A pattern of lower-case ASCII letters and caseless characters matches the lower-cased text
    case-sensitively exactly where it matches the text case-insensitively, offsets included,
    unless lower-casing changes the length ("İ" becomes two characters) or the text holds "ı" or
    "ſ", which a case-insensitive "i" or "s" matches but which lower-casing keeps. Such a scan is
    about twice as fast: the engine no longer tries both cases of every letter.
    """
    low = text.lower()
    if len(low) != len(text) or "ı" in low or "ſ" in low:
        return None
    return low
