"""Find quotations: words the article puts in someone's mouth.

A quotation is the text between a pair of quotation marks (“…”, "…", «…», ‘…’) of at least
``min_words`` words; shorter quoted strings are names or scare quotes ("Unshakable Brotherhood",
"Mighty Iran") and are left to the event-name extractor. A quotation may run over sentence breaks
but not over a paragraph break whose next paragraph does not reopen it. The span is the quoted
words without the marks, the value their text with white space collapsed, and the modality
``reported``: who said them is decided by the attribution whose ``covers`` holds the span.
"""

from __future__ import annotations

import datetime as _dt
import re

from crosscheck.extract._mention import Mention
from crosscheck.model import QuoteValue

__all__ = ["find"]

# Opening and closing marks; straight quotes open and close alike. A straight single quote is
# also the apostrophe, so it is read like ‘ and ’: it opens only before a word and closes only
# where no letter follows ("don't", "the players' union" never close a quotation early).
# Typewritten text also doubles single quotes or back-ticks for double ones (``…'' and ''…'').
# Written to open with one character class, so the engine skips to the marks in C.
_MARKS = re.compile(r"[“”\"«»‘’'`](?:(?<=')'?|(?<=`)`|(?<=[“”\"«»‘’]))")
_PAIRS = {"“": "”", "«": "»", "‘": "’", '"': '"', "'": "'", "''": "''", "``": "''"}
_SINGLE = frozenset("’'")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_PARAGRAPH = re.compile(r"\n[ \t]*\n")


def _is_open_single(text: str, i: int) -> bool:
    # A ‘ opens a quotation only at a word start, never inside a word (“rock ‘n’ roll” aside).
    return (i == 0 or not text[i - 1].isalnum()) and i + 1 < len(text) and text[i + 1].isalnum()


def _is_open_straight_single(text: str, i: int) -> bool:
    # A straight ' opens only after a space or bracket and before a letter: not "Corp.'s", "'90s".
    return (i == 0 or text[i - 1].isspace() or text[i - 1] in "([{—–") and i + 1 < len(text) and text[i + 1].isalpha()


def _is_close_single(text: str, i: int) -> bool:
    # A ’ inside or right after a word followed by a letter is an apostrophe ("don’t", "Iran’s").
    return i + 1 >= len(text) or not text[i + 1].isalpha()


def find(
    text: str, *, anchor: _dt.date | None = None, min_words: int = 4, max_chars: int = 3000
) -> list[Mention]:
    """Find the quotations of a text.

    ``min_words``: the fewest words a quotation has (shorter quoted strings are names);
    ``max_chars``: the longest quotation looked for, so an unmatched mark cannot swallow the rest of
    the article. ``anchor`` is not used.
    """
    out: list[Mention] = []
    open_at: int | None = None
    open_end = 0
    opener = ""
    for m in _MARKS.finditer(text):
        i = m.start()
        ch = m.group()
        if open_at is not None:
            closer = _PAIRS[opener]
            too_far = i - open_at > max_chars or _PARAGRAPH.search(text, open_at, i) is not None
            if too_far:
                open_at = None
            elif ch == closer and (ch not in _SINGLE or _is_close_single(text, i)):
                _emit(text, open_end, i, out, min_words)
                open_at = None
                continue
            elif ch == opener and ch not in ('"', "'", "''"):
                open_at, open_end = i, m.end()  # an unclosed “ before this one: start again here
                continue
            else:
                continue
        if ch in ("“", "«", '"', "``", "''") or (ch == "‘" and _is_open_single(text, i)) or (
            ch == "'" and _is_open_straight_single(text, i)
        ):
            if ch == '"' and i + 1 < len(text) and text[i + 1].isspace() and i > 0 and not text[i - 1].isspace():
                continue  # a stray closing mark
            if ch == "''" and not (m.end() < len(text) and text[m.end()].isalnum()):
                continue  # a closing pair with nothing open
            open_at, open_end, opener = i, m.end(), ch
    return out


def _emit(text: str, start: int, end: int, out: list[Mention], min_words: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1  # the comma before a closing mark belongs to the reporting sentence
    if start >= end:
        return
    words = _WORD.findall(text, start, end)
    if len(words) < min_words:
        return
    body = text[start:end]
    out.append(
        Mention("quote", start, end, body, QuoteValue(" ".join(body.split())), modality="reported")
    )
