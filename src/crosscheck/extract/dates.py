"""Find time expressions in English news text: dates, durations and recurrences.

``find(text, anchor=...)`` returns :class:`Mention` records of three kinds:

- ``date``: value :class:`DateValue` (EDTF: ``2021-10-05``, ``XXXX-10-05``, ``2021-10``,
  ``2021``, seasons ``2020-23``, decades ``199X``, centuries ``18XX``, and day intervals
  ``2022-12-01/2022-12-10`` for "early December 2022" or "last week"); role ``start_date``,
  ``end_date`` or ``date``.
- ``duration``: value :class:`DurationValue` (``P6W`` for "a six-week war"); role ``None``.
- ``set``: a recurrence ("every year", "annually", "$5 million a year"); value the period as a
  DurationValue; role ``set``.
- ``time``: a clock time given alone ("at 10:35 a.m."); value the DateValue of the day it is on
  (the day the text last named nearby, else the anchor), the time in ``Mention.time``.
- ``ref``: an undated reference to the present, the recent past or the future ("now",
  "recently", "in recent days", "the near future"); value :class:`TimeRef`. These name no date
  and never become claims; they are reported so that every time expression is accounted for.

Dates carry a time of day in ``Mention.time`` when the text gives one ("10 p.m. Wednesday",
"Friday night"). Business quarters are EDTF level-2 groupings (``2023-35`` is the third quarter),
resolved by tense, and "the quarter", "the year-ago period", "a year earlier" refer to the
quarter under discussion. Holidays (fixed, and movable ones such as Easter and Thanksgiving),
years in words ("nineteen ninety-six") and expressions counted from the last date given ("the
next day", "that year") are read too.

The anchor is the publication date. Year-less dates take the anchor's year, moved back or forward
by the tense of their clause; relative expressions ("yesterday", "last fall", "on Monday") need the
anchor and yield nothing without it, and without an anchor year-less dates stay partial
(``XXXX-10-05``): the extractor never guesses a year the text does not give.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import functools
import re
from itertools import compress

from attrs import define, evolve

from crosscheck.extract import _dates_lex as lex
from crosscheck.extract._mention import Mention
from crosscheck.model import DateValue, DurationValue, TimeRef, date_value

__all__ = ["find", "tense_of"]

#: Span of an "early"/"mid"/"late" part of a month (first day, last day; 0 means month end).
_MONTH_PARTS = {
    "early": (1, 10), "beginning": (1, 10), "start": (1, 10), "mid": (11, 20), "middle": (11, 20),
    "late": (21, 0), "end": (21, 0), "first half": (1, 15), "second half": (16, 0), "last half": (16, 0),
}
#: The same for a year: (first month, last month).
_YEAR_PARTS = {
    "early": (1, 4), "beginning": (1, 4), "start": (1, 4), "mid": (5, 8), "middle": (5, 8),
    "late": (9, 12), "end": (9, 12), "first half": (1, 6), "second half": (7, 12), "last half": (7, 12),
    "first quarter": (1, 3), "second quarter": (4, 6), "third quarter": (7, 9),
    "fourth quarter": (10, 12), "last quarter": (10, 12),
    "first two quarters": (1, 6), "last two quarters": (7, 12),
}
#: How many units from the anchor "last", "this" and "next" move ("last year", "next March").
_STEP = {"last": -1, "this": 0, "next": 1}
_SEASON_MONTHS = {21: (3, 5), 22: (6, 8), 23: (9, 11), 24: (12, 14)}

_RANGE_JOIN = re.compile(r"^\s*(?:[-–—]|to|through|thru|until|till)\s*$", re.IGNORECASE)
_LIST_JOIN = re.compile(r"^\s*,?\s*(?:and|or|&)\s*$", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s*$", re.IGNORECASE)
_AND = re.compile(r"\band\b")
_RANGE_WORD = re.compile(r"[-–—]|\b(?:to|through|thru|until|till)\b", re.IGNORECASE)
_PART_KEY = re.compile(
    r"\b(?:" + "|".join(sorted(_YEAR_PARTS, key=len, reverse=True)) + r")\b"
)
_SEASON_WORD = re.compile(r"spring|summer|autumn|fall|winter", re.IGNORECASE)
_DIGITS = re.compile(r"\d+")
_FINAL_DIGITS = re.compile(r"\d+$")
_RESCHEDULED = re.compile(
    r"\b(?:moved|moving|postponed|postpones?|postponing|delayed|delays?|rescheduled|pushed|"
    r"brought|changed|shifted|advanced|put\s+off|pushed\s+back)\b(?:\s+\w+){0,3}\s+from\s*$",
    re.IGNORECASE,
)
#: "between 2000 and 3000 people": a four-digit number opening a range of counts.
_COUNT_RANGE = re.compile(r"\s*(?:and|or|to|-|–)\s*[\d,]+\s+([a-z]+)")
_CLAUSE_CUT = re.compile(r"[.;!?\n()\[\]]")
#: Everything up to the last clause cut (one match from the end instead of a scan of them all).
_LAST_CLAUSE_CUT = re.compile(".*" + _CLAUSE_CUT.pattern, re.DOTALL)
# A period after an initial or a common abbreviation ("U.S.", "Mr.", "Oct.", "Ala.", "vs.") does
# not end the sentence whose tense a date takes. The abbreviations, by length (a lookbehind has
# one width):
_ABBREVIATIONS = (
    "vs Mr Ms Dr St Jr Sr Mt Ft Lt No Ga Pa Va Mo La Md",
    "Mrs Gen Col Sen Rep Gov Sgt Jan Feb Aug Sep Oct Nov Dec Ala Fla Ill Ind Kan Neb Nev Ore Wis Wyo",
    "Sept Prof Capt Ariz Colo Conn Mich Minn Miss Mont Okla Tenn Mass",
    "Calif",
)


def _not_after_abbreviation(tail: str) -> str:
    """Return lookbehinds refusing a position right after an initial or an abbreviation, then
    ``tail`` (one character, or none) more."""
    return r"(?<![A-Z]" + tail + ")" + "".join(
        r"(?<!\b(?:" + "|".join(words.split()) + ")" + tail + ")" for words in _ABBREVIATIONS
    )


_SENTENCE_END = re.compile(r"(?=[.!?])" + _not_after_abbreviation("") + r"[.!?](?=[\s\"'”’)])|\n")
_CLAUSE_MARK = re.compile(r"[,;:()\[\]—–]|\s-\s")
_WORD = re.compile(r"[A-Za-z][A-Za-z']*")
_AUXILIARIES = frozenset("was were had did ago yesterday".split())
_NEUTRAL_WORDS = frozenset("would could might should".split())
_CLAUSE_END = re.compile(r"\s*(?:[,.;:!?)—–]|$)")
_DURATION_AFTER_STOP = frozenset("ago later earlier before after prior since hence old into on".split())
#: Words before an amount of time that make it a length whatever follows ("for three days after").
_FOR_WORDS = frozenset("for lasting lasted within over spent".split())
#: Words before "a week", "one year" that make it a length of time ("for a week").
_SINGLE_DURATION_PREV = frozenset(
    """for in within over lasting last lasted lasts spent spend took take takes than about nearly
    almost around just only of after entire whole full barely least""".split()
)


#: Modal verbs before "one day" that make it some unnamed time ahead ("the city may one day host").
_MODALS = frozenset("will would may might could can shall should must".split())


@define(slots=True)
class _Part:
    """One date (or duration/set) being assembled before it becomes a Mention."""

    start: int
    end: int
    kind: str = "date"
    year: int | None = None
    month: int | None = None
    day: int | None = None
    edtf: str | None = None
    #: "early"/"mid"/... when the part is a stretch of a month or year.
    part: str | None = None
    duration: str | None = None
    role: str | None = None
    group: int = 0
    #: True when the part reads as a date only if it ends a range or list ("and 2021").
    weak: bool = False
    weekday: int | None = None
    modality: str = "asserted"
    #: For "two days later": (signed amount, ISO unit letter) from the previous date.
    shift: tuple[int, str] | None = None
    #: True for numeric forms (ISO, slashes), which stand alone and never join a list.
    numeric: bool = False
    #: A clock time ("22:00") or part of the day ("NI") given with the date.
    time: str | None = None
    #: For a business quarter: its number (0 when the text leaves it to context) and how it is
    #: found: "ord" (by number), "this", "last", "next", "ref" (the quarter under discussion),
    #: "latest" (the one under discussion if it is over, else the last completed) or "ago" (that
    #: quarter a year before).
    quarter: int | None = None
    qmode: str = "ord"
    #: A movable holiday's name ("thanksgiving") and the step of "last"/"this"/"next" before it.
    holiday: str | None = None
    holiday_step: int | None = None
    #: For "that year", "the following day": (unit, step) from the last date the text gave.
    anaphor: tuple[str, int] | None = None
    #: For "a year ago", "a year earlier": the number of years back, to shift a quarter under
    #: discussion rather than a whole year.
    years_back: int | None = None
    #: For "the day before last Tuesday": the anaphor counts from the date right after it.
    ahead: bool = False
    #: The DateValue of ``edtf``, once ``_resolve`` has placed the date.
    value: DateValue | None = None


#: ``date_value`` remembered by EDTF string. A DateValue is frozen, so one instance serves every
#: mention of a date (news repeats its dates; ``_resolve`` keeps the one it looked up on the part,
#: for ``_to_mention``), and a lookup costs far less than building one.
_date_value = functools.lru_cache(maxsize=4096)(date_value)
#: The same for the values of durations and of references to the present, past or future.
_duration_value = functools.lru_cache(maxsize=1024)(DurationValue)
_time_ref = functools.lru_cache(maxsize=8)(TimeRef)


# ----------------------------------------------------------------------------- public API


def find(text: str, *, anchor: dt.date | None = None) -> list[Mention]:
    """Return the time expressions of ``text`` as Mentions sorted by start.

    ``anchor`` is the publication date: year-less and relative expressions resolve against it.
    Without it, year-less dates keep an unknown year (``XXXX-10-05``) and relative expressions
    ("yesterday", "last year", "on Monday") yield nothing.
    """
    if not text:
        return []
    parts: list[_Part] = []
    group = 0
    resume = 0
    digit_match = lex.DIGIT_MASTER.match
    number_matchers = lex.NUMBER_MATCHERS
    triggers = lex.TRIGGER_WORDS
    choosers = lex.CHOOSERS
    for at, word in _candidates(text):
        if at < resume:
            continue
        if word in triggers:
            # The word's gate, then only the alternatives that can begin with it and, for some
            # words, that the next word allows ("the year", "two weeks"): same result, less work.
            match = (choosers.get(word) or lex.chooser(word))(text, at + len(word))
            if match is None:
                continue
        elif word[0] in "'’":
            match = digit_match  # "'90s"
        else:
            # A number past its gate: only the alternatives its length and next character allow.
            stop = at + len(word)
            follower = text[stop : stop + 1]
            match = number_matchers.get((len(word), follower)) or lex.number_matcher(len(word), follower)
        m = match(text, at)
        if m is None:
            continue
        resume = m.end()
        handler = _HANDLERS[m.lastgroup]
        found = handler(text, m, anchor)
        if not found:
            continue
        group += 1
        for p in found:
            p.group = group
            if p.end > resume:
                resume = p.end
        parts += found
    if not parts:
        return []
    _link(text, parts)
    mentions = []
    for p in _resolve(text, parts, anchor):
        mention = _to_mention(text, p)
        if mention is not None:
            mentions.append(mention)
    mentions.sort(key=lambda mn: (mn.start, mn.end))
    return _widen(text, mentions)


def _candidates(text: str) -> list[tuple[int, str]]:
    """Return (start, word) of the tokens of ``lex.TOKEN`` where a time expression may begin:
    trigger words, numbers that pass ``lex.DIGIT_GATE`` (and follow no digit or quote) and "'9",
    in text order; in ASCII text, less the trigger words whose gate the next word certainly
    fails ("the talks", "a spokesman", "at least").

    The same as picking them out of ``lex.TOKEN.finditer(text)``, without a Python step per
    word: every character but an ASCII letter becomes a space (one byte each, so offsets hold),
    the words are split off and the trigger words among them picked, each with the word after
    it, and placed by ``bytes`` methods; numbers come from a scan of their own.
    """
    ascii_text = text.encode("ascii", "replace")
    letters = b" " + ascii_text.translate(lex.LETTERS_ONLY) + b" "
    words = letters.split()
    # Each word comes with the next one (b"" after the last), which a gate on the next word reads.
    words.append(b"")
    following = iter(words)
    next(following)
    spelled = lex.TRIGGER_BYTES
    padded = lex.PADDED_TRIGGERS
    find_at = letters.find
    found = []
    cursor = 0
    # In ASCII text, a gate on the next word is told by the next word alone (below).
    is_ascii = text.isascii()
    may_pass = lex.NEXT_WORDS_THAT_MAY_PASS if is_ascii else {}
    spaces = lex.ASCII_SPACES
    end = len(text)
    for w, after in compress(zip(words, following), map(spelled.__contains__, words)):
        # The words in between are no trigger words, so the next occurrence of this one
        # standing alone (the padding's leading space sits at the word's offset in ``text``)
        # is the word itself.
        at = find_at(padded[w], cursor)
        cursor = at + len(w)
        gate = may_pass.get(w)
        if gate is not None and cursor < end and ascii_text[cursor] in spaces and letters[cursor + 2] != 32:
            # One space and a word follow ("the talks"), and that word is ``after``: the gate
            # reads it, or fails (no number or quote can come first); skip the word when the
            # next one fails it.
            if after.lower()[: gate[0]] not in gate[1]:
                continue
        found.append((at, spelled[w]))
    numbers = _ascii_numbers(text, ascii_text) if is_ascii else [
        # The numbers where a date may begin, gate and all, in one pass of the regex engine.
        (m.start(), m.group()) for m in lex.NUMBER_START.finditer(text)
    ]
    if numbers:
        found += numbers
        found.sort()
    return found


def _ascii_numbers(text: str, ascii_text: bytes) -> list[tuple[int, str]]:
    """Return what ``lex.NUMBER_START.finditer`` finds in ASCII ``text`` (``ascii_text`` its
    bytes), as (start, token) pairs in text order.

    In ASCII text that is every quote before a digit ("'9" of "'90s") and every digit run that
    follows no quote and passes ``lex.DIGIT_GATE`` (a run follows no digit by definition). With
    every digit made "0", one scan of ``lex.GATED_RUN`` finds the runs and reads their gates in
    the regex engine, which skips to each "0" with a tight loop: only the runs it keeps come
    back to Python, to tell a year from other four digits and "1/2" from other fractions.
    """
    zeros = ascii_text.translate(lex.DIGITS_AS_ZERO)
    tails = lex.RUN_TAILS
    found = []
    for m in lex.GATED_RUN.finditer(zeros):
        start, stop = m.span()
        if stop - start == 4:
            # A year ("1998", "2021") passes as it is, other four digits before a clock word.
            if text[start] != "1" and text[start : start + 2] != "20" and tails[4](text, stop) is None:
                continue
        elif m.lastindex is not None and tails[stop - start](text, stop) is None:
            continue  # "0/0" was some other fraction than "1/2" ("5 3/4 years")
        found.append((start, text[start:stop]))
    if b"'0" in zeros:
        found += [(m.start(), text[m.start() : m.start() + 2]) for m in lex.QUOTED_DIGIT.finditer(zeros)]
        found.sort()
    return found


def _widen(text: str, mentions: list[Mention]) -> list[Mention]:
    """Take in the words that qualify an expression from the left ("the past two months",
    "nearly four years ago", "early next year", "the late 1970s"), as the words as written."""
    out: list[Mention] = []
    floor = 0
    # Conditionals, not ``max``: this runs for every mention, and a builtin call costs more.
    for mn in mentions:
        start = mn.start
        window_start = start - 48 if start - 48 > floor else floor
        pattern = _prefix_to_search(text[window_start:start], mn)
        if pattern is not None:
            w = pattern.search(text, window_start, start)
            if w is not None and w.start() < start:
                mn = evolve(mn, start=w.start(), text=text[w.start() : mn.end], value=_narrowed(w.group(), mn.value))
        out.append(mn)
        if mn.end > floor:
            floor = mn.end
    return out


def _prefix_to_search(window: str, mn: Mention) -> re.Pattern | None:
    """Return ``_widener(mn)`` if it may match at the end of ``window`` (the text before the
    expression), else None.

    Searched plainly, a widener is tried at every position of the window; but each is anchored
    at the expression and its every match ends with one of its ``_WIDENER_TAILS`` words, which
    the window's end shows at once. Most windows end in none of them.
    """
    if _odd_case(window):
        # Letters that case-insensitive patterns match to "i" or "s" without lowering to them.
        return _widener(mn)
    tail = window.rstrip().lower()
    # The window's last two characters pick the few tails it may end with.
    tails = _WIDENER_TAILS_BY_END.get(tail[-2:])
    if tails is None or not tail.endswith(tails):
        return None
    pattern = _widener(mn)
    return pattern if pattern is not None and tail.endswith(_WIDENER_TAILS[pattern]) else None


#: The words (lower case) one of which ends every match of a widener, right before the space(s)
#: that close it (or, for the era prefix, its hyphen): each widener is anchored at the expression.
_AMOUNT_TAILS = (
    "nearly", "almost", "about", "around", "roughly", "approximately", "some", "to", "than", "least",
    "most", "over", "under", "barely", "only",
)
_WIDENER_TAILS = {
    lex.DURATION_PREFIX: _AMOUNT_TAILS + (
        "of", "the", "last", "first", "past", "next", "previous", "preceding", "coming", "following",
        "latest", "final", "same", "entire", "whole", "full", "initial", "remaining", "earlier", "ago",
    ),
    lex.AMOUNT_PREFIX: _AMOUNT_TAILS,
    lex.ERA_PREFIX: ("the", "early", "late", "mid", "early-", "late-", "mid-"),
    lex.YEAR_PREFIX: ("year",),
    lex.WEEK_OF_PREFIX: ("of",),
    # "mid-morning", "midday", "mid afternoon" end in the part of the day.
    lex.DAY_PREFIX: ("early", "late", "sometime", "morning", "afternoon", "day"),
}


def _by_last_two(words) -> dict[str, tuple[str, ...]]:
    """Group ``words`` by their last two characters."""
    grouped: dict[str, list[str]] = {}
    for word in sorted(set(words)):
        grouped.setdefault(word[-2:], []).append(word)
    return {end: tuple(group) for end, group in grouped.items()}


#: Every widener tail, by its last two characters (every tail has two or more).
_WIDENER_TAILS_BY_END = _by_last_two(tail for tails in _WIDENER_TAILS.values() for tail in tails)


def _holds_key(window: str, keys: tuple[str, ...]) -> bool:
    """Tell whether a case-insensitive pattern whose every match holds one of ``keys`` (lower
    case) may match in ``window``."""
    # Beyond ASCII, a few letters match an ASCII letter case-insensitively without lowering to it.
    low = window.lower()
    return any(map(low.__contains__, keys)) or _odd_case(window)


def _narrowed(prefix: str, value):
    """Return the early or late part of a year or month value ("early next year"), or the week
    of a day ("the week of March 6")."""
    word = prefix.split(None, 1)[0].lower() if prefix.strip() else ""
    if word == "the" and isinstance(value, DateValue) and value.granularity == "day" and value.year_known:
        # "the week of March 6": the Monday-to-Sunday week that holds the day
        monday = value.earliest - dt.timedelta(days=value.earliest.weekday())
        return date_value(_interval(monday, monday + dt.timedelta(days=6)))
    if word not in ("early", "late") or not isinstance(value, DateValue) or not value.year_known:
        return value
    first = value.earliest
    if value.granularity == "year":
        lo, hi = _YEAR_PARTS[word]
        return date_value(_interval(dt.date(first.year, lo, 1), _month_end(first.year, hi)))
    if value.granularity == "month" and "/" not in value.edtf:
        lo, hi = _MONTH_PARTS[word]
        last = _month_end(first.year, first.month).day
        return date_value(_interval(first.replace(day=lo), first.replace(day=hi or last)))
    return value


def _widener(mn: Mention) -> re.Pattern | None:
    words = mn.text
    if mn.kind == "duration":
        return None if "-" in words else lex.DURATION_PREFIX
    if mn.kind != "date":
        return None
    low = words.lower()
    if low.endswith(" ago"):
        return lex.AMOUNT_PREFIX
    if low[:1].isdigit() and low.endswith("s") or "century" in low:
        return lex.ERA_PREFIX
    if mn.value.granularity == "year" and (low[:1].isdigit() or low.startswith(("nineteen", "two", "twenty"))):
        return lex.YEAR_PREFIX
    if low.split(" ", 1)[0] in lex.DAY_PREFIXABLE:
        return lex.DAY_PREFIX
    if mn.value.granularity == "day":
        return lex.WEEK_OF_PREFIX
    return None


def tense_of(text: str, start: int, end: int, *, reach: int = 300, neutral: str = "present") -> str:
    """Return the tense ("past", "future" or "present") governing ``text[start:end]``.

    The nearest tense cue before the span in its clause decides, else the nearest after it;
    failing that, the same in its sentence (present-tense cues count only when nothing else is
    there). Participles after "be"/"been"/"is" carry no tense ("will be held" is future).
    ``reach`` bounds how far (in characters) the sentence is searched either way; ``neutral`` is
    the tense to read for "would"/"could" ("said it would open on Friday").
    """
    lo = max(0, start - reach)
    s0 = _sentence_start(text, lo, start)
    s1 = _sentence_stop(text, end, min(len(text), end + reach))
    c0, c1 = _clause_bounds(text, s0, start, end, s1)
    # Past and future cues outrank present ones: "is scheduled", "is held" say little.
    # The verb that governs a time adjunct usually comes before it ("opened on Monday"); one after
    # it counts when nothing precedes ("On December 5, the ministry announced").
    # The sentence is read once for all its dates; the clause, where most answers lie, then the
    # rest of the sentence are read outward from the date only as far as the answer (see
    # ``_tense_outward``).
    sentence = _read_sentence(text, s0, s1)
    tense = _tense_outward(sentence, c0, start, start, start, c1, False)
    # Nothing in the clause gives a tense (so no cue there decides, nor may a future phrase begin
    # there): the rest of the sentence is read for a past or future cue, then for any.
    tense = (
        tense
        or _tense_outward(sentence, s0, c0, start, c1, s1, True)
        or _tense_outward(sentence, s0, c0, start, c1, s1, False)
    )
    if tense is None:
        return "present"
    return neutral if tense == "neutral" else tense


def _stretch_tense(sentence: _Sentence, lo: int, start: int, hi: int, strong: bool) -> str | None:
    """Return the tense of the cue nearest before ``start`` in ``text[lo:hi]``, else of the one
    nearest after it (skipping present-tense cues if ``strong``), if any, reading the whole stretch."""
    cues, starts = sentence.cues(lo, hi)
    phrases = sentence.phrases(lo, hi)
    # The cues before the date are ``cues[:first]``, those after it the rest.
    first = bisect.bisect_left(starts, start)
    return _cue_before(sentence, cues, phrases, lo, first, start, strong) or _cue_after(
        sentence, cues, phrases, first, start, hi, strong
    )


def _tense_outward(
    sentence: _Sentence, lo: int, a: int, start: int, b: int, hi: int, strong: bool, *, chunk: int = 48
) -> str | None:
    """Return ``_stretch_tense(sentence, lo, start, hi, strong)``, given that ``text[a:b]`` (around
    the date's start) holds no cue that gives a tense and no place where a future phrase may begin:
    read outward from ``a`` and ``b`` in pieces of about ``chunk`` (at least 1) characters, only as
    far as the deciding cue.

    A cue decides alone unless a future phrase begins between it and the date; phrases are rare,
    so where one may begin there (one of its first words is there and the phrase pattern matches
    from it) the whole stretch is read as ``_stretch_tense`` reads it. The pieces are cut after a
    space, so no word straddles a cut. Read whole too: a date glued to the word before it, and a
    sentence where a phrase may begin inside a word of ``_WALK_TOKEN`` (``_Sentence.glued``) or
    with letters that match "i" or "s" only case-insensitively (see ``_Sentence.phrases``).
    ``a`` and ``b`` are ``start`` or clause bounds, where no word straddles them.
    """
    low, shift = sentence.low, sentence.s0 - 1  # low[i] is text[i + shift]
    if sentence.odd or low[start - shift - 1] in _WORD_BYTES or sentence.glued:
        return _stretch_tense(sentence, lo, start, hi, strong)
    tense = _nearest_cue_before(sentence, lo, a, strong, chunk)
    if tense is None:
        tense = _nearest_cue_after(sentence, b, hi, strong, chunk)
    if tense == "phrase":
        return _stretch_tense(sentence, lo, start, hi, strong)
    return tense


#: The bytes of ``_Sentence.low`` that words are made of (lower-case ASCII letters and "'").
_WORD_BYTES = frozenset(b"abcdefghijklmnopqrstuvwxyz'")


def _nearest_cue_before(sentence: _Sentence, lo: int, hi: int, strong: bool, chunk: int) -> str | None:
    """Return the tense of the cue nearest before ``hi`` and at or after ``lo`` that gives one
    (not "present" if ``strong``; as ``_cue_before`` reads a cue); "phrase" if a future phrase
    may begin at or after that cue (see ``_PHRASE_FIRST``); else None. No word straddles ``hi``.
    """
    text, low, s0, s1 = sentence.text, sentence.low, sentence.s0, sentence.s1
    shift = s0 - 1
    phrase_at = lex.FUTURE_PHRASES.match
    while hi > lo:
        cut = lo
        if hi - lo > chunk:
            # Cut after the last space before ``hi - chunk``: the scan of the next piece takes
            # that space as the character before its first word.
            k = low.rfind(b" ", lo - shift, hi - chunk - shift)
            if k >= 0:
                cut = k + shift + 1
        found = [m.span(1) for m in _WALK_TOKEN.finditer(low, cut - s0, hi - shift)]
        for i, j in reversed(found):
            pos = i + shift
            word = low[i:j]
            # A phrase that begins at the cue itself decides too ("is set to").
            if word in _PHRASE_FIRST and phrase_at(text, pos, s1) is not None:
                return "phrase"
            if word in _CUE_BYTES or word.endswith(_CUE_BYTE_ENDINGS):
                tense = _tense_before(sentence, pos, text[pos : j + shift])
                if tense is not None and (tense != "present" or not strong):
                    return tense
        hi = cut
    return None


def _nearest_cue_after(sentence: _Sentence, lo: int, hi: int, strong: bool, chunk: int) -> str | None:
    """Return the tense of the cue nearest after ``lo`` and before ``hi`` that gives one (not
    "present" if ``strong``; as ``_cue_after`` reads a cue); "phrase" if a future phrase may
    begin before or at that cue (see ``_PHRASE_FIRST``); else None. No word straddles ``lo``,
    nor begins there after a "'".
    """
    text, low, s0, s1 = sentence.text, sentence.low, sentence.s0, sentence.s1
    shift = s0 - 1
    phrase_at = lex.FUTURE_PHRASES.match
    while lo < hi:
        cut = hi
        if hi - lo > chunk:
            # Cut after the first space at or after ``lo + chunk``, which ends this piece.
            k = low.find(b" ", lo + chunk - shift, hi - shift)
            if k >= 0:
                cut = k + shift + 1
        for m in _WALK_TOKEN.finditer(low, lo - s0, cut - shift):
            i, j = m.span(1)
            pos = i + shift
            word = low[i:j]
            if word in _PHRASE_FIRST and phrase_at(text, pos, s1) is not None:
                return "phrase"
            if word in _CUE_BYTES or word.endswith(_CUE_BYTE_ENDINGS):
                tense = _tense_after(sentence, pos, text[pos : j + shift])
                if tense is not None and (tense != "present" or not strong):
                    return tense
        lo = cut
    return None


def _clause_bounds(text: str, s0: int, start: int, end: int, s1: int) -> tuple[int, int]:
    """Return where the clause of ``text[start:end]`` begins and ends within ``text[s0:s1]``: the
    end of the last ``_CLAUSE_MARK`` before ``start``, the start of the first one after ``end``.

    ``_CLAUSE_MARK`` opens with a choice, which the regex engine tries at every character (and a
    greedy run back from the end tries a pattern at every character it steps back over); the
    marks are found by a pattern that opens with a class of characters instead, matching a
    " - " from its hyphen.
    """
    c0 = s0
    for m in _CLAUSE_MARK_AHEAD.finditer(text, s0, start):
        at = m.start()
        if text[at] != "-":
            c0 = m.end()
        elif at - 1 >= c0:  # the " - " starts at its space, after the previous mark
            c0 = m.end() + 1
    m = _CLAUSE_MARK_AHEAD.search(text, end, s1)
    if m is not None and m.start() == end and text[end] == "-":
        m = _CLAUSE_MARK_AHEAD.search(text, end + 1, s1)  # its space would lie before ``end``
    if m is None:
        return c0, s1
    return c0, m.start() - 1 if text[m.start()] == "-" else m.start()


#: The marks of ``_CLAUSE_MARK``, a " - " matched from its hyphen (one after its start, ending
#: one before its end).
_CLAUSE_MARK_AHEAD = re.compile(r"[-,;:()\[\]—–](?:(?<=[^-])|(?<=\s-)(?=\s))")


def _sentence_start(text: str, lo: int, hi: int) -> int:
    """Return where the last sentence end in ``text[lo:hi]`` stops, else ``lo``.

    Same as the last match of ``_SENTENCE_END.finditer(text, lo, hi)`` (its matches are one
    character long), but the costly pattern is tried only at the few end marks found by ``rfind``.
    """
    find = text.rfind
    i = hi
    while True:
        i = max(find(".", lo, i), find("!", lo, i), find("?", lo, i), find("\n", lo, i))
        if i < 0:
            return lo
        if _SENTENCE_END.match(text, i, hi):
            return i + 1


def _sentence_stop(text: str, lo: int, hi: int) -> int:
    """Return where the first sentence end in ``text[lo:hi]`` starts, else ``hi`` (as
    ``_SENTENCE_END.search``, by a pattern that opens with the end mark, so the engine skips to
    the marks instead of trying its lookbehinds at every character)."""
    m = _SENTENCE_STOP.search(text, lo, hi)
    return m.start() if m is not None else hi


#: ``_SENTENCE_END`` with the end mark first and the lookbehinds one character wider (they now
#: look back from after the mark).
_SENTENCE_STOP = re.compile(r"[.!?\n](?:(?<=\n)|" + _not_after_abbreviation(".") + r"(?=[\s\"'”’)]))")


#: What ``_read_sentence`` read of the sentences of the text last read: the dates of a sentence
#: share it. The pair is replaced whole, never changed in place, so threads cannot mix texts.
_sentence_cache: tuple[str | None, dict] = (None, {})


class _Sentence:
    """What ``tense_of`` reads of a sentence ``text[s0:s1]``: its tense cues and future phrases,
    read for a stretch of it (a clause, or the whole) when a search first asks for that stretch.

    Its words are ``_WORD``'s words of the slice ``text[s0:s1]`` (cut at both ends): the runs of
    ASCII letters and apostrophes, less their leading apostrophes. They are read in ``low``, the
    slice in lower-case ASCII bytes after a space (a character outside ASCII becomes "?", which
    no word holds, so offsets stay), by patterns that yield only the words wanted, where
    splitting out every word costs several Python-level steps a word.
    """

    __slots__ = ("text", "s0", "s1", "low", "odd", "glued", "_cues", "_phrases", "_context")

    def __init__(self, text: str, s0: int, s1: int) -> None:
        self.text = text
        self.s0 = s0
        self.s1 = s1
        piece = text[s0:s1]
        self.low = b" " + piece.encode("ascii", "replace").lower()
        # A letter that matches "i" or "s" only case-insensitively (see ``phrases``).
        self.odd = _odd_case(piece)
        # A first word of a future phrase after a "'" (see ``_tense_outward``).
        self.glued = _GLUED_PHRASE_FIRST.search(self.low) is not None
        self._cues: dict[tuple[int, int], tuple[list, list]] = {}
        self._phrases: dict[tuple[int, int], list[int]] = {}
        self._context: dict[int, tuple[str, str, bool]] = {}

    def cues(self, lo: int, hi: int) -> tuple[list, list]:
        """Return the (start, word) of the words that may be tense cues (see ``_CUE_WORDS``) and
        begin in ``text[lo:hi]``, and their starts; ``lo`` is the sentence start or follows a
        clause mark, ``hi`` the sentence end or a clause mark, so no word straddles them."""
        found = self._cues.get((lo, hi))
        if found is None:
            text, shift = self.text, self.s0 - 1  # low[i] is text[i + shift]
            # The pattern takes the character before a word too: at ``lo - 1``, in ``low`` the
            # space before the sentence or the end of a clause mark.
            cues = [
                (m.start(1) + shift, text[m.start(1) + shift : m.end(1) + shift])
                for m in _CUE_TOKEN.finditer(self.low, lo - self.s0, hi - shift)
            ]
            found = self._cues[lo, hi] = (cues, [pos for pos, _ in cues])
        return found

    def phrases(self, lo: int, hi: int) -> list[int]:
        """Return the starts of ``lex.FUTURE_PHRASES.finditer(text, s0, s1)`` in ``text[lo:hi]``.

        A future phrase is words and spaces only, so none straddles a clause mark: those of a
        clause are found by looking in the clause alone. The costly pattern is tried only where
        one of its first words begins (found in ``low``; where the slice holds a letter that
        matches "i" or "s" only case-insensitively, by ``lex.FUTURE_PHRASE_START`` in the text).
        """
        found = self._phrases.get((lo, hi))
        if found is None:
            text, shift = self.text, self.s0 - 1
            if self.odd:
                heads = [m.start() for m in lex.FUTURE_PHRASE_START.finditer(text, lo, hi)]
            else:
                heads = [m.start() + 1 + shift for m in _PHRASE_HEAD.finditer(self.low, lo - self.s0, hi - shift)]
            found = []
            phrase_at = lex.FUTURE_PHRASES.match
            after = lo
            for at in heads:
                if at < after:
                    continue  # inside the previous phrase: finditer does not overlap matches
                pm = phrase_at(text, at, self.s1)
                if pm is not None:
                    found.append(at)
                    after = pm.end()
            self._phrases[lo, hi] = found
        return found

    def context(self, pos: int, word: str) -> tuple[str, str, bool]:
        """Return, for the cue ``word`` at ``pos``, the word before it in lower case ("" at the
        sentence start), the word after it as written ("" at the end), and whether "had been"
        comes right before it."""
        found = self._context.get(pos)
        if found is None:
            low, shift = self.low, self.s0 - 1
            at = pos - shift
            before = _WORD_BEFORE_IN.match(low, 0, at)
            previous = before.group(1).decode() if before else ""
            had_been = False
            if previous == "been":
                earlier = _WORD_BEFORE_IN.match(low, 0, before.start(1))
                had_been = earlier is not None and earlier.group(1) == b"had"
            after = _LOW_WORD.search(low, at + len(word))
            following = self.text[after.start() + shift : after.end() + shift] if after else ""
            found = self._context[pos] = (previous, following, had_been)
        return found


def _read_sentence(text: str, s0: int, s1: int) -> _Sentence:
    """Return the ``_Sentence`` of ``text[s0:s1]``, read once for all the dates in it."""
    global _sentence_cache
    owner, cache = _sentence_cache
    if owner is not text:
        cache = {}
        _sentence_cache = (text, cache)
    found = cache.get((s0, s1))
    if found is None:
        found = cache[s0, s1] = _Sentence(text, s0, s1)
    return found


def _cue_before(sentence: _Sentence, cues, phrases, lo: int, first: int, hi: int, strong: bool) -> str | None:
    """Return the tense of the cue nearest before ``hi`` and at or after ``lo``, if any.

    Only ``cues[:first]`` (``sentence``'s cues from ``lo`` on) can give one; a future phrase between ``lo`` and
    ``hi`` decides once the search passes its start (every word there lies after it, so stepping
    over the words that carry no tense changes nothing).
    """
    phrase = max((p for p in phrases if p < hi), default=-1)
    for k in range(first - 1, -1, -1):
        pos, word = cues[k]
        if pos < lo:
            break
        if pos <= phrase:
            return "future"
        tense = _tense_before(sentence, pos, word)
        if tense is not None and (tense != "present" or not strong):
            return tense
    return "future" if phrase >= 0 else None


def _cue_after(sentence: _Sentence, cues, phrases, first: int, lo: int, hi: int, strong: bool) -> str | None:
    """Return the tense of the cue nearest after ``lo`` and before ``hi``, if any (only
    ``cues[first:]``, ``sentence``'s cues up to ``hi``, can give one)."""
    phrase = min((p for p in phrases if lo <= p), default=hi)
    stop = min(hi, phrase)
    for k in range(first, len(cues)):
        pos, word = cues[k]
        if pos >= stop:
            break
        tense = _tense_after(sentence, pos, word)
        if tense is not None and (tense != "present" or not strong):
            return tense
    return "future" if phrase < hi else None


def _tense_before(sentence: _Sentence, pos: int, word: str) -> str | None:
    """Return the tense the cue ``word`` at ``pos`` gives a date after it, if any."""
    previous, following, had_been = sentence.context(pos, word)
    tense = _cue(word, previous, following)
    if tense == "future" and had_been:
        tense = "past"  # "had been scheduled to expire at midnight Friday"
    return tense


def _tense_after(sentence: _Sentence, pos: int, word: str) -> str | None:
    """Return the tense the cue ``word`` at ``pos`` gives a date before it, if any."""
    previous, following, had_been = sentence.context(pos, word)
    tense = _cue(word, previous, following)
    if tense == "future" and (
        had_been or (following == "to" and word in _PLAN_VERBS and previous and previous not in lex.PASSIVE_AUX)
    ):
        # After the date, "the government planned to ..." reports the planning, a past act.
        tense = "past"
    return tense


#: Future-looking participles that are past-tense verbs when a subject and "to" frame them.
_PLAN_VERBS = frozenset(("planned", "scheduled", "expected"))


def _cue(word: str, previous: str, following: str = "") -> str | None:
    """Return the tense a word signals after ``previous`` (lower case) and before ``following``."""
    low = word.lower()
    if low in lex.FUTURE_WORDS or low.endswith("'ll"):
        if low == "next" and following == "to":
            return None  # "next to the embassy"
        if previous.endswith("ly") and low in _PLAN_VERBS:
            return None  # "the hastily planned trip", "as previously scheduled": a modifier
        return "future"
    if low in lex.PAST_WORDS:
        # "was held": the auxiliary already said it; "will be held" must not read as past.
        if low in _AUXILIARIES or previous not in lex.PASSIVE_AUX:
            return "past"
        return None
    if low.endswith("ed"):
        # "un-" words ending in "-ed" are adjectives ("an unspecified date", "unconfirmed reports").
        if len(low) > 3 and low not in lex.NOT_PAST_ED and word[0].islower() and not low.startswith("un"):
            if previous not in lex.PASSIVE_AUX and previous not in _ATTRIBUTIVE:
                return "past"
        return None
    if low == "been" and previous in ("has", "have"):
        # The present perfect reports the past ("have been searching since").
        return "past"
    if low in lex.PRESENT_WORDS:
        return "present"
    if low in _NEUTRAL_WORDS or word == "may":
        # "said the summit would open on November 9": future of a past; no side is safer.
        return "neutral"
    return None


#: The words (lower case) and endings ``_cue`` can give a tense for; other words give none.
_CUE_WORDS = (
    lex.FUTURE_WORDS | lex.PAST_WORDS | lex.PRESENT_WORDS | _NEUTRAL_WORDS | frozenset(("been", "may"))
)
_CUE_ENDINGS = ("'ll", "ed")


def _token_pattern(words) -> re.Pattern:
    """Compile, for a sentence's lower-case ASCII bytes (see ``_Sentence``), the character before
    a word, then the word (group 1) if it is one of ``_CUE_WORDS`` or ``words`` or ends as
    ``_CUE_ENDINGS``. Opening with a class of characters, the pattern is tried only there."""
    return re.compile(
        (
            r"[^a-z']'*+((?:"
            + lex._trie_alt(sorted({w for w in _CUE_WORDS if w.isalpha()} | set(words)))
            + "".join("|" + re.escape(w) for w in sorted(_CUE_WORDS) if not w.isalpha() and w[0].isalpha())
            + r")(?![a-z'])|[a-z][a-z']*+(?:"
            + "|".join("(?<=" + re.escape(e) + ")" for e in _CUE_ENDINGS)
            + "))"
        ).encode()
    )


#: The words that may be tense cues (see ``_token_pattern``).
_CUE_TOKEN = _token_pattern(())
#: The first words of ``lex.FUTURE_PHRASES``'s alternatives, each followed there by a space: where
#: a phrase begins in a sentence that is neither ``_Sentence.odd`` nor ``_Sentence.glued``, the
#: word of ``_WALK_TOKEN`` that begins there is one of them.
_PHRASE_FIRST = frozenset(b"is are am plan plans planning intend intends to from set".split())
_CUE_BYTES = frozenset(w.encode() for w in _CUE_WORDS)
_CUE_BYTE_ENDINGS = tuple(e.encode() for e in _CUE_ENDINGS)
#: ``_CUE_TOKEN`` that also yields the words of ``_PHRASE_FIRST``: the search outward from a date
#: (``_tense_outward``) finds cues and where phrases may begin in one scan.
_WALK_TOKEN = _token_pattern(w.decode() for w in _PHRASE_FIRST)
#: In the same bytes: one of ``_PHRASE_FIRST`` ending a word after a "'". Where it ends a word of
#: ``_WORD`` that begins before the "'" ("may'is set to"), the phrase pattern sees a word begin
#: where ``_WALK_TOKEN`` sees none.
_GLUED_PHRASE_FIRST = re.compile(
    (r"'(?:" + lex._trie_alt(sorted(w.decode() for w in _PHRASE_FIRST)) + r")(?![a-z'])").encode()
)
#: In the same bytes: the last word before the end of the search (group 1), a word, and a word
#: that is a present-tense cue.
_WORD_BEFORE_IN = re.compile(rb"(?s:.*)[^a-z']'*+([a-z][a-z']*+)")
_LOW_WORD = re.compile(rb"[a-z][a-z']*")
_PRESENT_TOKEN = re.compile((r"[^a-z']'*+(?:" + lex._trie_alt(sorted(lex.PRESENT_WORDS)) + r")(?![a-z'])").encode())
#: In the same bytes: a character that is no word character, then (from the match's second
#: character) where a future phrase may begin, as ``lex.FUTURE_PHRASE_START`` finds in the text,
#: and more (a word after a letter outside ASCII). Opening with a class of characters, the
#: pattern is tried only at the ends of words, not at every character.
_PHRASE_HEAD = re.compile(rb"[^a-z0-9_](?:is|are|am|plan|intend|to|from|set)")

#: Words after which an "-ed" word is an adjective, not a past verb ("amid heightened tensions",
#: "the injured", "with renewed fighting").
_ATTRIBUTIVE = frozenset(
    "a an the this that these those its their his her our your my amid amidst of with without for "
    "in on by from into among after before under over against despite".split()
)




# ----------------------------------------------------------------------------- context helpers


def _word_before(text: str, pos: int, *, reach: int = 40) -> str:
    """Return the word right before ``pos`` within ``reach`` characters, or "" if none.

    The same answer as ``lex.WORD_BEFORE`` searched in that window when only spaces, tabs and
    hyphens follow its match: a word begins with an ASCII letter and runs on with word
    characters and apostrophes; only words separated from the expression by spaces (and
    hyphens) count as its context. One match of ``_WORD_BEFORE_END`` from the window's end
    finds it, instead of a search tried at every position of the window.
    """
    m = _WORD_BEFORE_END.fullmatch(text, pos - reach if pos > reach else 0, pos)
    return "" if m is None else m.group(1)


#: A window whose last word ``_word_before`` returns (group 1). The greedy opening runs to the
#: window's end and gives back one character at a time, so the first place where the rest fits
#: is the last character that is neither a word character nor an apostrophe (or none, when the
#: run of them reaches the window's start); then that run, whose word begins at its first
#: ASCII letter ("the Joneses' Monday": trailing apostrophes belong to the word), then the
#: spaces, tabs and hyphens that close the window.
_WORD_BEFORE_END = re.compile(r"(?s:.*[^\w'’])?(?:[^\WA-Za-z]|['’])*([A-Za-z][\w'’]*)[ \t-]*")


def _word_after(text: str, pos: int, *, reach: int = 40) -> str:
    """Return the word after ``pos`` (spaces first) within ``reach`` characters, or "" if none:
    what ``lex.WORD_AFTER`` reads at the start of that window, matched in place (no copy)."""
    m = _WORD_AFTER_AT.match(text, pos, pos + reach)
    return m.group(1) if m else ""


#: ``lex.WORD_AFTER`` without its "^", which would not match at ``pos`` inside a text.
_WORD_AFTER_AT = re.compile(lex.WORD_AFTER.pattern.removeprefix("^"))


def _in_name(text: str, start: int, end: int, *, name_before: bool = True) -> bool:
    """Tell whether the expression sits inside a proper name ("Sunday Times", "Euro 2020");
    ``name_before``: whether a capitalised word before it can make it one."""
    before = _word_before(text, start) if name_before else ""
    if before and before[0].isupper() and not before.endswith(("'s", "’s", "s'")):
        if before.lower() not in lex.FUNCTION_WORDS and before.lower() not in lex.MONTHS:
            return True
    after = _word_after(text, end)
    if after and text[end : end + 1] == " " and after[0].isupper():
        if after.lower().rstrip(".") in lex.NAME_HEADS:
            return True
    return False


def _followed_by_count(text: str, end: int) -> bool:
    after = _word_after(text, end)
    return bool(after) and after[0].islower() and after.rstrip(".") in lex.COUNT_NOUNS


def _month_of(word: str) -> int:
    return lex.MONTHS[word.rstrip(".").lower()]


# ----------------------------------------------------------------------------- handlers


def _iso(text, m, anchor):
    y, mo, d = (int(x) for x in m.group().split("-"))
    if not _valid(y, mo, d):
        return []
    return [_Part(m.start(), m.end(), year=y, month=mo, day=d, numeric=True)]


def _slash(text, m, anchor):
    a, b, c = m.group().split("/")
    a, b = int(a), int(b)
    # US month/day order unless the first number cannot be a month.
    month, day = (b, a) if a > 12 else (a, b)
    year = int(c)
    if len(c) == 2:
        year += 2000 if year < 50 else 1900
    if not _valid(year, month, day):
        return []
    return [_Part(m.start(), m.end(), year=year, month=month, day=day, numeric=True)]


def _day_end(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isdigit():
        pos += 1
    if text[pos : pos + 2].lower() in ("st", "nd", "rd", "th"):
        pos += 2
    return pos


def _calendar(text, m, anchor, *, month_first: bool):
    """Read "October 5", "5-8 October 2021", "Tuesday, Oct. 5", "5, 6 and 8 October"."""
    s, e = m.start(), m.end()
    month_m = lex.MONTH_IN.search(text, s, e)
    # A month and day may follow a name ("arrived in the United States April 2").
    if month_m is None or _in_name(text, s, e, name_before=not month_first):
        return []
    month = _month_of(month_m.group())
    year_m = None
    if month_first:
        days_region = (month_m.end(), e)
        years = list(lex.YEAR_IN.finditer(text, month_m.end(), e))
        # The year is a four-digit number closing the match after a comma or space, never a day.
        if years and years[-1].end() == e and text[years[-1].start() - 1] in " ,":
            year_m = years[-1]
            days_region = (month_m.end(), year_m.start())
    else:
        days_region = (s, month_m.start())
        year_m = lex.YEAR_IN.search(text, month_m.end(), e)
    days = list(lex.DAY_NUMBER.finditer(text, *days_region))
    if month_first and year_m is None and days and _followed_by_count(text, e) and _word_before(text, s).lower() != "on":
        # "In March 12 people died", "on October 5 and 12 people": the last number counts.
        days.pop()
        if not days:
            return _bare_month(text, month_m, anchor)
        e = _day_end(text, days[-1].start())
    if not days:
        return []
    numbers = [int(dm.group()) for dm in days]
    year = lex.year_number(year_m.group()) if year_m else None
    if any(not 1 <= n <= 31 or not _valid(year or 2000, month, n) for n in numbers):
        return []
    joint = text[days[0].end() : days[1].start()] if len(days) == 2 else ""
    ranged = bool(joint) and bool(
        _RANGE_WORD.search(joint)
        or (_AND.search(joint) and _BETWEEN.search(text[max(0, s - 12) : s]))
    )
    if ranged and numbers[1] <= numbers[0]:
        return []
    parts: list[_Part] = []
    last = len(days) - 1
    for i, dm in enumerate(days):
        # The first part keeps what precedes its day (month, weekday, "the"); the last keeps
        # what follows (month, year); parts in between are the bare day numbers.
        ps = s if i == 0 else dm.start()
        pe = e if i == last else _day_end(text, dm.start())
        p = _Part(ps, pe, year=year, month=month, day=numbers[i])
        if ranged:
            p.role = "start_date" if i == 0 else "end_date"
        parts.append(p)
    return parts


def _mdy(text, m, anchor):
    return _calendar(text, m, anchor, month_first=True)


def _dmy(text, m, anchor):
    return _calendar(text, m, anchor, month_first=False)


def _mod(text, m, anchor):
    g = m.group()
    low = " ".join(g.lower().replace("-", " ").split())
    key_m = _PART_KEY.search(low)
    if key_m is None:
        return []
    key = key_m.group()
    month_m = lex.MONTH_IN.search(text, m.start(), m.end())
    year_m = lex.YEAR_IN.search(text, month_m.end() if month_m else m.start(), m.end())
    year = lex.year_number(year_m.group()) if year_m else None
    if low.endswith(" year"):
        # "the second half of next year", "the end of the year": the year is the anchor's.
        if anchor is None:
            return []
        year = anchor.year + _STEP.get(low.split()[-2], 0)
    if month_m is not None:
        if key not in _MONTH_PARTS:
            return []
        return [_Part(m.start(), m.end(), year=year, month=_month_of(month_m.group()), part=key)]
    return [_Part(m.start(), m.end(), year=year, part=key)]


def _ago(text, m, anchor):
    if anchor is None:
        return []
    n, unit = _amount(m.group())
    if n is None or n != int(n):
        return []
    n = int(n)
    letter, mult, _time = lex.UNITS[unit]
    if letter == "D":
        return [_Part(m.start(), m.end(), edtf=(anchor - dt.timedelta(days=n)).isoformat())]
    if letter == "W":
        mid = anchor - dt.timedelta(weeks=n * mult)
        slack = dt.timedelta(days=3)
        return [_Part(m.start(), m.end(), edtf=_interval(mid - slack, mid + slack))]
    if letter == "M" and not _time:
        y, mo = divmod(anchor.year * 12 + anchor.month - 1 - n, 12)
        return [_Part(m.start(), m.end(), edtf=f"{y:04d}-{mo + 1:02d}")]
    if letter == "Y" and mult == 1:
        return [_Part(m.start(), m.end(), edtf=f"{anchor.year - n:04d}", years_back=n)]
    if letter == "Y":
        return [_Part(m.start(), m.end(), edtf=f"{anchor.year - n * mult:04d}")]  # "a decade ago"
    return []


def _narrative(text, m, anchor):
    n, unit = _amount(m.group())
    if n is None or n != int(n):
        return []
    letter, mult, time = lex.UNITS[unit]
    if time or mult != 1:
        return []
    # The pattern takes "before"/"after" only at a clause end: "two days after the vote" counts
    # from an event, not from the last date given.
    direction = m.group().split()[-1].lower()
    sign = -1 if direction in ("before", "earlier") else 1
    back = int(n) if letter == "Y" and sign < 0 else None
    return [_Part(m.start(), m.end(), shift=(sign * int(n), letter), years_back=back)]


_OPENING_QUOTES = frozenset("\"“‘'`")


def _rel(text, m, anchor):
    if anchor is None:
        return []
    words = m.group().split()
    head, what = words[0].lower(), words[-1]
    s, e = m.start(), m.end()
    if head == "the" and words[1].lower() == "past":
        head = "last"
    elif head in ("earlier", "later", "the", "current"):
        head = "this"
    elif head == "this" and words[1].lower() == "coming":
        head = "next"  # "this coming Sunday" is the next one
    low = what.lower()
    if low in ("week", "month", "year") and what[0].isupper() and not what.isupper() and text[s - 1 : s] in _OPENING_QUOTES:
        return []  # news writes "this week": ABC's "This Week" in quotes is a programme's title
    before = _word_before(text, m.start()).lower()
    if before in ("the", "a") and low in ("week", "month", "year", "weekend"):
        return []  # "the last year" is a rolling period, not a calendar unit
    step = _STEP[head]
    if low in ("morning", "afternoon", "evening", "night"):
        if step > 0 or (step < 0 and low != "night"):
            return []  # "next morning" counts from the story, not from the publication date
        return [_Part(s, e, edtf=(anchor + dt.timedelta(days=step)).isoformat(), time=lex.PARTS_OF_DAY[low])]
    if low == "year":
        return [_Part(s, e, edtf=f"{anchor.year + step:04d}")]
    if low == "month":
        y, mo = divmod(anchor.year * 12 + anchor.month - 1 + step, 12)
        return [_Part(s, e, edtf=f"{y:04d}-{mo + 1:02d}")]
    if low == "week":
        monday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(weeks=step)
        return [_Part(s, e, edtf=_interval(monday, monday + dt.timedelta(days=6)))]
    if low == "weekend":
        # The Saturday of the anchor's Monday-to-Sunday week, moved a week either way.
        saturday = anchor + dt.timedelta(days=5 - anchor.weekday(), weeks=step)
        return [_Part(s, e, edtf=_interval(saturday, saturday + dt.timedelta(days=1)))]
    if low in lex.WEEKDAYS:
        wd = lex.WEEKDAYS[low]
        if step < 0:
            day = anchor - dt.timedelta(days=((anchor.weekday() - wd) % 7) or 7)
        elif step > 0:
            day = anchor + dt.timedelta(days=((wd - anchor.weekday()) % 7) or 7)
        else:
            day = anchor - dt.timedelta(days=anchor.weekday() - wd)
        return [_Part(s, e, edtf=day.isoformat())]
    if low in lex.SEASONS:
        return [_Part(s, e, edtf=_relative_season(lex.SEASONS[low], step, anchor))]
    if low.rstrip(".") in lex.MONTHS:
        month = _month_of(low)
        if step < 0:
            y = anchor.year if month < anchor.month else anchor.year - 1
        elif step > 0:
            y = anchor.year if month > anchor.month else anchor.year + 1
        else:
            y = anchor.year
        return [_Part(s, e, edtf=f"{y:04d}-{month:02d}")]
    return []


def _weekend(text, m, anchor):
    # Only "over/at/during the weekend": "the weekend edition" is no date.
    if anchor is None or _word_before(text, m.start()).lower() not in ("over", "at", "during"):
        return []
    if tense_of(text, m.start(), m.end()) == "future":
        # The coming Saturday (today, if it is one); on a Sunday, the next weekend.
        saturday = anchor + dt.timedelta(days=(5 - anchor.weekday()) % 7)
    else:
        # The most recent Saturday on or before the anchor.
        saturday = anchor - dt.timedelta(days=(anchor.weekday() - 5) % 7)
    return [_Part(m.start(), m.end(), edtf=_interval(saturday, saturday + dt.timedelta(days=1)))]


def _relative_season(code: int, step: int, anchor: dt.date) -> str:
    def bounds(year: int) -> tuple[dt.date, dt.date]:
        first, last = _SEASON_MONTHS[code]
        return dt.date(year, first, 1), _month_end(year, last)

    if step < 0:
        year = anchor.year
        while bounds(year)[1] >= anchor:
            year -= 1
    elif step > 0:
        year = anchor.year - 1
        while bounds(year)[0] <= anchor:
            year += 1
    else:
        year = anchor.year
        if code == 24 and anchor.month <= 2:
            year -= 1  # January and February belong to the winter that began the year before
    return f"{year:04d}-{code}"


def _theseason(text, m, anchor):
    if anchor is None:
        return []
    words = m.group().lower().split()
    code = lex.SEASONS[words[-1]]
    first, last = _SEASON_MONTHS[code]
    if words[1] == "past":
        return [_Part(m.start(), m.end(), edtf=_relative_season(code, -1, anchor))]
    tense = tense_of(text, m.start(), m.end())
    if tense == "present":
        return []  # "in the summer, tourists come": any summer
    year = anchor.year - (1 if code == 24 and anchor.month <= 2 else 0)
    if tense == "past" and dt.date(year, first, 1) > anchor:
        year -= 1  # the last one that had begun
    elif tense == "future" and _month_end(year, last) < anchor:
        year += 1  # the next one not yet over
    return [_Part(m.start(), m.end(), edtf=f"{year:04d}-{code}")]


def _season(text, m, anchor):
    if _in_name(text, m.start(), m.end()):
        return []
    word = _SEASON_WORD.search(m.group()).group().lower()
    year = lex.year_number(lex.YEAR_IN.search(m.group()).group())
    return [_Part(m.start(), m.end(), edtf=f"{year:04d}-{lex.SEASONS[word]}")]


def _my(text, m, anchor):
    if _in_name(text, m.start(), m.end()) or _followed_by_count(text, m.end()):
        return []
    month_m = lex.MONTH_IN.search(m.group())
    month = _month_of(month_m.group())
    year_m = lex.YEAR_IN.search(m.group(), month_m.end())
    if year_m is not None:
        year = lex.year_number(year_m.group())
    elif anchor is None:
        return []  # "June last year" with no publication date: the year is unknown
    else:
        year = anchor.year + _STEP[m.group().split()[-2].lower()]
    return [_Part(m.start(), m.end(), year=year, month=month)]


#: Decades in words ("the nineties"), by their tens digit; the twenties and the first decade
#: of a century are left out, as they could be either century.
_DECADE_WORDS = {"thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9}


def _decade(text, m, anchor):
    g = m.group()
    word = g.split()[-1].lower()
    if word in _DECADE_WORDS:
        return [_Part(m.start(), m.end(), edtf=f"19{_DECADE_WORDS[word]}X")]
    digits = g.rstrip("s").lstrip("'’")
    if len(digits) == 4:
        if digits.endswith("00") and digits < "2000":
            # "the 1800s" names a century in news usage; "the 2000s" means the decade.
            return [_Part(m.start(), m.end(), edtf=f"{digits[:2]}XX")]
        return [_Part(m.start(), m.end(), edtf=f"{digits[:3]}X")]
    tens = int(digits[0])
    # Two-digit decades: "the '90s"; "'20s" or "the 00s" could be either century, so skip them.
    if tens < 3:
        return []
    if not g[0] in "'’" and _word_before(text, m.start()).lower() != "the":
        return []  # "in her 40s" is an age
    return [_Part(m.start(), m.end(), edtf=f"19{tens}X")]


def _century(text, m, anchor):
    n = int(_DIGITS.match(m.group()).group())
    return [_Part(m.start(), m.end(), edtf=f"{n - 1:02d}XX")]


def _yrange(text, m, anchor):
    g = m.group()
    first = lex.YEAR_IN.match(g)
    y1 = lex.year_number(first.group())
    rest = _FINAL_DIGITS.search(g)
    y2 = int(rest.group())
    if len(rest.group()) == 2:
        y2 = y1 // 100 * 100 + y2
    if y2 <= y1 or _in_name(text, m.start(), m.end()) or _followed_by_count(text, m.end()):
        return []
    return [
        _Part(m.start(), m.start() + first.end(), year=y1, role="start_date"),
        _Part(m.start() + rest.start(), m.end(), year=y2, role="end_date"),
    ]


def _set(text, m, anchor):
    low = " ".join(m.group().lower().split())
    unit_m = lex.UNIT_PART.search(low)
    if low.split()[-1].rstrip("s") in lex.WEEKDAYS:
        unit_m = None
    if low.startswith(("once", "twice", "three", "four")):
        letter, mult, time = lex.UNITS[unit_m.group(1).lower()]
        return [_Part(m.start(), m.end(), kind="set", duration=_iso_duration(1 * mult, letter, time))]
    if unit_m is None:
        # "every Monday" is weekly; "every summer" is yearly.
        period = "P1W" if low.rstrip("s").endswith("day") else "P1Y"
        return [_Part(m.start(), m.end(), kind="set", duration=period)]
    letter, mult, time = lex.UNITS[unit_m.group(1).lower()]
    n = 2 if " other " in f" {low} " else 1
    amount, _ = _amount(low.split(None, 1)[1]) if n == 1 else (None, None)
    if amount is not None:
        n = amount
    return [_Part(m.start(), m.end(), kind="set", duration=_iso_duration(n * mult, letter, time))]


_SET_ADVERBS = {
    "annually": "P1Y", "yearly": "P1Y", "annual": "P1Y", "biennially": "P2Y", "biennial": "P2Y",
    "daily": "P1D", "weekly": "P1W", "monthly": "P1M", "quarterly": "P3M", "hourly": "PT1H",
}


#: Words after "daily", "weekly", ... that leave it an adverb of frequency ("on a daily basis",
#: "protesters gather daily outside the house").
_SET_ADVERB_NEXT = frozenset("basis outside inside across along near over under throughout".split())
#: Possessives before "daily"/"weekly" and a noun that make the noun someone's routine, a
#: recurring event ("his weekly radio address", "her daily life"); "a weekly ritual" and
#: "average daily volume" only describe the noun.
_SET_DETERMINERS = frozenset("his her their its our my your".split())


def _setadv(text, m, anchor):
    # The word after may carry a sentence's final period and quote ("on a daily basis.''").
    after = _word_after(text, m.end()).rstrip(".'’")
    if (
        after[:1].islower()
        and after not in lex.FUNCTION_WORDS
        and after not in _SET_ADVERB_NEXT
        and text[m.end() : m.end() + 1] == " "
        and not (m.group().lower() in ("daily", "weekly") and _word_before(text, m.start()).lower() in _SET_DETERMINERS)
    ):
        return []  # "the annual meeting", "a quarterly dividend": describes a noun, dates nothing
    if m.group().lower() == "annual" and after[:1].isupper():
        return []  # "the annual March for Life": part of an event's description
    return [_Part(m.start(), m.end(), kind="set", duration=_SET_ADVERBS[m.group().lower()])]


def _dur(text, m, anchor):
    g = m.group()
    after = _word_after(text, m.end()).lower().rstrip(".")
    if text[m.end() : m.end() + 4] == "-old":
        return []
    if after == "on" and not _CLAUSE_END.match(text, m.end() + 3):
        after = ""  # "five hours on the ground" is a length; "three weeks on, ..." counts from then
    if after in _DURATION_AFTER_STOP and _word_before(text, m.start()).lower() not in _FOR_WORDS:
        return []  # "three days later" places an event in time; "for three days after" does not
    if after == "from" and _word_after(text, m.end() + 1 + len(after)).lower() == "now":
        return []
    n, unit = _amount(g)
    if n is None:
        return []
    first = g.split()[0].lower() if " " in g else ""
    if first in ("a", "an", "one", "1") and "-" not in g:
        before = _word_before(text, m.start()).lower()
        if g.lower() == "one day" and before in _MODALS:
            return [_Part(m.start(), m.end(), kind="ref", duration="future")]  # "Islam will one day be ..."
        if before == "as" and _word_before(text, m.start() - 3).lower() == "long":
            pass  # "could take as long as a month": a length, capped
        elif after == "to" and _verb_after_to(text, m.end()):
            pass  # "gave them a week to leave": the time allowed for something
        elif before not in _SINGLE_DURATION_PREV:
            return []
    letter, mult, time = lex.UNITS[unit]
    return [_Part(m.start(), m.end(), kind="duration", duration=_iso_duration(n * mult, letter, time))]


def _verb_after_to(text: str, end: int) -> bool:
    """Tell whether "to" and a verb follow ``end`` ("a week to withdraw"), not a range's end ("a
    day to a week") or a destination ("a year to Paris")."""
    to = text.find("to", end, end + 3)
    after = _word_after(text, to + 2) if to >= 0 else ""
    return after[:1].islower() and after.rstrip(".,") not in lex.FUNCTION_WORDS and not after.endswith("s")


def _day_name(text: str, start: int, end: int) -> bool:
    """Tell whether a weekday or "today" is part of a name ("Black Friday", "USA Today").

    News writes "The World Court Friday rejected..." and "Bush today denounced...": a capitalised
    word before a day name is usually the subject, so only known name-makers count.
    """
    before = _word_before(text, start)
    if before and before[0].isupper() and before.lower() in lex.DAY_NAME_MODIFIERS:
        return True
    after = _word_after(text, end)
    if after and text[end : end + 1] == " " and after[0].isupper():
        low = after.lower().rstrip(".")
        if low in lex.PARTS_OF_DAY:
            # "Wednesday Night" in a headline is a time; "Monday Night Football" a name.
            return _day_name(text, start, text.index(after, end) + len(after))
        return low not in lex.MONTHS and low not in lex.FUNCTION_WORDS
    return False


#: An acronym ending right before a space ("VOA ", "CNN ").
_ACRONYM_BEFORE = re.compile(r"(?<![\w.])[A-Z]{2,6} $")


def _dayword(text, m, anchor):
    low = m.group().lower()
    if anchor is None:
        return []
    if low in ("today", "tonight") and _day_name(text, m.start(), m.end()):
        return []  # "USA Today", "the Tonight Show"; "Yesterday New York's governor..." is a day
    if m.group() in ("Today", "Tonight") and _ACRONYM_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return []  # "This is VOA Today", "CBC Tonight": capitalised after an acronym, a programme's name
    if text[m.end() : m.end() + 2] in ("'s", "’s") and _word_after(text, m.end() + 2).lower() in lex.AGE_NOUNS:
        return []  # "in today's world" speaks of the present age, not of a day
    shift = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[low]
    part = _Part(m.start(), m.end(), edtf=(anchor + dt.timedelta(days=shift)).isoformat())
    if low == "tonight":
        part.time = "NI"
    return [_part_of_day(text, part)]


def _weekday(text, m, anchor):
    if _day_name(text, m.start(), m.end()):
        return []
    return [_part_of_day(text, _Part(m.start(), m.end(), weekday=lex.WEEKDAYS[m.group().lower()]))]


def _part_of_day(text: str, part: _Part) -> _Part:
    """Extend a day ("Wednesday", "yesterday") over the part of the day that follows it."""
    m = lex.PART_OF_DAY_AFTER.match(text, part.end)
    if m is not None:
        part.end = m.end()
        part.time = lex.PARTS_OF_DAY[m.group(1).lower()]
    return part


_MONTH_MODIFIER_BEFORE = frozenset("the a an its their his her our".split())


def _modifies_noun(text: str, end: int) -> bool:
    """Tell whether a lower-case content word follows ``end`` after one space."""
    after = _word_after(text, end)
    return text[end : end + 1] == " " and after[:1].islower() and after not in lex.FUNCTION_WORDS


def _bare_month(text, m, anchor):
    word = m.group()
    before = _word_before(text, m.start()).lower()
    if _in_name(text, m.start(), m.end()):
        return []
    weak = False
    if before in _MONTH_MODIFIER_BEFORE and word[0].isupper() and _modifies_noun(text, m.end()):
        # "the March accession", "a June agreement": a month as a modifier of an event
        return [_Part(m.start(), m.end(), month=_month_of(word))]
    if text.startswith(("'s ", "’s "), m.end()) and word[0].isupper() and word.rstrip(".").lower() not in lex.AMBIGUOUS_MONTHS:
        return [_Part(m.start(), m.end(), month=_month_of(word))]  # "December's figures"
    if before not in lex.MONTH_CONTEXT:
        if before in lex.JOINERS:
            weak = True
        else:
            return []
    if word.rstrip(".").lower() in lex.AMBIGUOUS_MONTHS and before == "of":
        return []
    return [_Part(m.start(), m.end(), month=_month_of(word), weak=weak)]


def _year(text, m, anchor):
    g = lex.YEAR_IN.search(m.group()).group()  # past "fiscal (year)"
    year = lex.year_number(g)
    before = _word_before(text, m.start()).lower()
    if (
        _SPOKEN_CENTURY_YEAR.fullmatch(g)
        and text[m.end() : m.end() + 1] != "-"
        and not _followed_by_count(text, m.end())
    ):
        # "Atlanta, nineteen ninety-six": a count would say "nineteen hundred and ninety-six", so
        # "nineteen" and a number of tens reads only as a year, even after a name.
        return [_Part(m.start(), m.end(), year=year)]
    if before in _ERA_PREFIXES and text[m.start() - 1 : m.start()] == "-":
        # "the post-1959 exodus": only a year follows "post-"; the prefix belongs to the expression.
        return [_Part(m.start() - len(before) - 1, m.end(), year=year)]
    if _in_name(text, m.start(), m.end()):
        return []
    if m.group()[0] in "Ff":
        return [_Part(m.start(), m.end(), year=year)]  # "fiscal 1989 sales": a year, not a count
    if _followed_by_count(text, m.end()):
        return []
    count_range = _COUNT_RANGE.match(text, m.end(), m.end() + 40)
    if count_range and count_range.group(1) in lex.COUNT_NOUNS:
        return []
    if before in lex.JOINERS:
        if before == "to" and _word_before(text, m.start() - 4).lower() in _BACK_TO:
            return [_Part(m.start(), m.end(), year=year)]  # "dating back to 1994"
        return [_Part(m.start(), m.end(), year=year, weak=True)]
    if not g[0].isdigit():
        # A year in words needs a year's context ("in nineteen ninety-six", "the year two thousand").
        if before in lex.YEAR_PREPOSITIONS or before == "year" or before.endswith(("'s", "’s")):
            return [_Part(m.start(), m.end(), year=year)]
        after = _word_after(text, m.end())
        if before in ("a", "an", "the") and after[:1].islower() and after not in lex.FUNCTION_WORDS:
            return [_Part(m.start(), m.end(), year=year)]  # "a nineteen ninety-seven attack"
        return []
    if before in lex.NOT_YEAR_BEFORE or _word_after(text, m.end()).lower() in lex.NOT_YEAR_AFTER:
        return []  # "flight 1549", "at 1500 GMT", "route 2020"
    # A four-digit number from 1000 to 2099 with no comma is a year in news prose far more often
    # than anything else; counts were ruled out above by the noun that follows them.
    if before in lex.YEAR_PREPOSITIONS or before in lex.YEAR_DETERMINERS or before.endswith(("'s", "’s")):
        return [_Part(m.start(), m.end(), year=year)]
    after = _word_after(text, m.end())
    if year < 1800 or (
        after[:1].islower() and after.endswith("s") and len(after) > 3 and text[m.end() : m.end() + 1] == " "
    ):
        return []  # "pulled 2000 survivors": a count whatever the noun
    return [_Part(m.start(), m.end(), year=year)]


_BACK_TO = frozenset("back dating dates dated date".split())
#: Prefixes joined to a year by a hyphen ("post-1959", "pre-1914"): what follows is a year.
_ERA_PREFIXES = frozenset(("post", "pre"))
#: "nineteen ninety-six", "eighteen twelve": a century's number then a two-digit one, which no
#: count is written as.
_SPOKEN_CENTURY_YEAR = re.compile(
    r"(?i)(?:eighteen|nineteen)[-\s]+(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|ten|eleven|"
    r"twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|oh)(?:[-\s]+(?:one|two|three|"
    r"four|five|six|seven|eight|nine))?"
)

_QUARTER_NUMBERS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": 4}
#: Words that show a business quarter is meant, not a game's quarter or a town's quarter (lower
#: case, every form spelled out, so that a set lookup can stand for the search below).
_FINANCE_WORDS = frozenset(
    """profit profits earnings revenue revenues sales loss losses net income results dividend
    dividends share shares growth gdp economy economic output margin margins fiscal quarterly
    forecast forecasts analyst analysts operating billion million percent rose fell decline
    declined increase increased surge surged slumpe slumped reported posted expect expects company
    companies inflation unemployment export exports import imports""".split()
)
_FINANCE = re.compile(r"\b(?:" + "|".join(sorted(_FINANCE_WORDS)) + r")\b|%|\$", re.IGNORECASE)
_FINANCE_BYTES = frozenset(w.encode() for w in _FINANCE_WORDS)
#: A byte table for ASCII text: word characters (``\w``) in lower case, every other byte a space.
_WORD_BYTES_LOWER = bytes(
    c + 32 if 65 <= c <= 90 else c if 48 <= c <= 57 or 97 <= c <= 122 or c == 95 else 32 for c in range(256)
)
_SPORT = re.compile(
    r"\b(?:scored?|scoring|touchdowns?|baskets?|halftime|half-time|innings|three-pointers?|"
    r"field\s+goals?|free\s+throws?|rebounds?|quarterback|overtime|buzzer|penalty\s+kick)\b",
    re.IGNORECASE,
)


#: Lower-case pieces one of which every match of ``_SPORT`` holds (see ``_sport_words``).
_SPORT_KEYS = (
    "scor", "touchdown", "basket", "halftime", "half-time", "innings", "three-pointer", "field",
    "free", "rebound", "quarterback", "overtime", "buzzer", "penalty",
)


def _sport_words(window: str) -> bool:
    """Tell whether ``_SPORT`` matches in ``window``."""
    # The window is a few hundred characters: a substring test a key is cheaper there than a
    # search for them all, which tries every key at every position.
    return _holds_key(window, _SPORT_KEYS) and _SPORT.search(window) is not None


def _finance_words(window: str) -> bool:
    """Tell whether ``_FINANCE`` matches in ``window``.

    In ASCII text a word of the pattern matches exactly where a whole run of word characters
    is that word in any case: the runs are split off and looked up instead of the
    case-insensitive pattern being tried at every position.
    """
    if not window.isascii():
        return _FINANCE.search(window) is not None
    if "%" in window or "$" in window:
        return True
    return not _FINANCE_BYTES.isdisjoint(window.encode().translate(_WORD_BYTES_LOWER).split())


def _quarter(text, m, anchor):
    g = m.group()
    low = " ".join(g.lower().replace("-", " ").replace("’", "'").split())
    words = low.split()
    number = next((_QUARTER_NUMBERS[w] for w in words if w in _QUARTER_NUMBERS), None)
    if text[m.end() : m.end() + 4] == " of " and number is None:
        return []  # "the quarter of a million", a fraction
    window = text[max(0, m.start() - 200) : m.end() + 200]
    if _sport_words(window) or not _finance_words(window):
        return []
    year = None
    digits = _YEAR_DIGITS.search(low)
    if digits and "'s " not in low:
        year = int(digits.group())  # "the 1988 second quarter"
    elif "'s " in low:
        owner = low.split("'s ")[0].split()
        if owner[-1].isdigit():
            year = int(owner[-1])
        elif anchor is not None:
            year = anchor.year + _STEP[owner[-2]]
        else:
            return []
    adjectives = set(words)
    if "ago" in adjectives or "earlier" in adjectives or {"comparable", "corresponding"} & adjectives:
        mode = "ago"
    elif words[0] in ("this", "next", "last") and year is None:
        mode = words[0]
    elif "current" in adjectives:
        mode = "current"
    elif {"previous", "prior"} & adjectives:
        mode = "last"
    elif "latest" in adjectives and not number and year is None:
        mode = "latest"
    else:
        mode = "ord" if number else "ref"
    if words[-1] == "period" and (number is not None or mode not in ("ago", "ref", "latest") or words == ["the", "period"]):
        return []  # "the period" alone is too vague; "the latest period" is the quarter under discussion
    if len(words) == 1 or (number is None and mode in ("ref", "latest") and year is None and words[0] not in ("the", "its", "their", "that")
                           and not adjectives & {"latest", "recent", "ended", "same"}):
        return []
    start = m.start()
    if words[0] in ("its", "their"):
        start = text.index(g.split()[1], start)  # the owner is no part of the time
    elif g.endswith("-quarter") and words[0] in _DETERMINERS:
        start = text.index(g.split()[1], start)  # "the third-quarter profit": an adjective
    return [_Part(start, m.end(), year=year, quarter=number or 0, qmode=mode)]


_YEAR_DIGITS = re.compile(r"\b(?:1\d|20)\d\d\b")
_DETERMINERS = frozenset("the its their this that".split())


def _yearago(text, m, anchor):
    g = m.group()
    start = m.start() + 4 if g[:4].lower() == "the " else m.start()
    return [_Part(start, m.end(), years_back=1)]


#: Words before "year-end" that make it a time ("by year-end"); "year-end results" only describes.
_YEAR_END_BEFORE = frozenset(
    "by at until till before since around after near toward towards through from to".split()
)


def _yearend(text, m, anchor):
    if anchor is None or _word_before(text, m.start()).lower() not in _YEAR_END_BEFORE:
        return []
    after = _word_after(text, m.end())
    if after[:1].islower() and after not in lex.FUNCTION_WORDS and text[m.end() : m.end() + 1] == " ":
        return []  # "before year-end bonuses are paid": the year's end describes a noun
    # "since year-end" counts from the last year's close; otherwise the year under way closes.
    back = 1 if _word_before(text, m.start()).lower() == "since" and anchor.month < 12 else 0
    return [_Part(m.start(), m.end(), year=anchor.year - back, part="end")]


def _clock(text, m, anchor):
    g = m.group("clock_at")
    low = g.lower()
    if low.startswith(("noon", "midday")):
        if _word_before(text, m.start()).lower() == "high":
            return []  # "High Noon", "high noon comes today": a film, an idiom
        if low.startswith("midday") and m.end("clock_at") == m.end() and _midday_describes(text, m.start(), m.end()):
            return []  # "the midday prayer", "midday heat": the noun's description, no time of day
        time = "12:00"
    elif low.startswith("midnight"):
        time = "24:00"
    else:
        hm = _CLOCK_HM.match(g)
        hour, minute = int(hm.group(1)), int(hm.group(2) or 0)
        if len(hm.group(1)) == 4:  # "1500 GMT"
            hour, minute = divmod(hour, 100)
        tail = g[hm.end() :].lower()
        if "p" in tail[:3] or "afternoon" in tail or "evening" in tail or "night" in tail:
            hour = hour % 12 + 12
        elif "a" in tail[:3] or "morning" in tail:
            hour %= 12
        if hour > 24 or minute > 59:
            return []
        time = f"{hour:02d}:{minute:02d}"
    start = m.start()
    if m.start("clock_day") != -1:
        at = m.start("clock_day")
        # The day's first word starts a word (a space precedes it), so its own subset of the
        # master's alternatives gives the master's match.
        day_word = _LEADING_LETTERS.match(text, at).group()
        dm = (lex.WORD_MATCHERS.get(day_word) or lex.word_matcher(day_word))(text, at)
        if dm is not None and dm.lastgroup in ("mdy", "dmy", "weekday", "dayword", "rel"):
            found = _HANDLERS[dm.lastgroup](text, dm, anchor)
            if len(found) == 1 and found[0].kind == "date":
                part = found[0]
                part.start, part.time = start, time
                return [part]
        end = m.end("clock_at") if not m.group("clock_tz") else m.end("clock_tz")
    elif m.group("clock_tz"):
        end = m.end("clock_tz")
    else:
        end = m.end("clock_at")
    return [_Part(start, end, kind="time", time=time)]


_MIDDAY_DETERMINERS = frozenset("the a an its their his her our this that".split())
_DAY_WORDS_AFTER = frozenset("today tomorrow yesterday tonight local".split())


def _midday_describes(text: str, start: int, end: int) -> bool:
    """Tell whether "midday" describes a noun ("the midday meal") rather than naming a time."""
    if _word_before(text, start).lower() in _MIDDAY_DETERMINERS:
        return True
    after = _word_after(text, end)
    return (
        text[end : end + 1] == " " and after[:1].islower()
        and after not in lex.FUNCTION_WORDS and after.rstrip(".") not in _DAY_WORDS_AFTER
    )


_CLOCK_HM = re.compile(r"(\d{4}|\d{1,2})(?:[:.](\d\d))?")
_LEADING_LETTERS = re.compile(r"[A-Za-z]+")


_VAGUE_UNITS = {
    "minute": "PTXM", "hour": "PTXH", "day": "PXD", "week": "PXW", "month": "PXM", "year": "PXY",
    "decade": "PXY", "centurie": "PXY",
}
#: Words before a bare plural unit that make it a length of time ("for weeks", "within days").
_VAGUE_BEFORE = frozenset("for in within over after took take takes lasted last lasting spent than".split())


#: Words before "past years", "past weeks" that make them a time looked back on ("in past years").
_PAST_UNITS_BEFORE = frozenset("in for over during throughout within across of from".split())


#: Words before "the years", "the decades" that make them a vague stretch ("over the years").
_THE_YEARS_BEFORE = frozenset("over in during through throughout across".split())


def _vague(text, m, anchor):
    words = m.group().lower().split()
    if "-" in words[-1]:
        # "a several-year tenure", "a decades-long feud": a length left vague, as an adjective.
        first, second = words[-1].split("-")
        unit = first if second == "long" else second
        return [_Part(m.start(), m.end(), kind="duration", duration=_VAGUE_UNITS[unit.rstrip("s")])]
    unit = words[-2] if words[-1] in ("ago", "ahead") else words[-1]
    if words[-1] == "ago":
        return [_Part(m.start(), m.end(), kind="ref", duration="past")] if len(words) > 2 else []
    if "couple" in words and words[-1] != "ahead":
        letter, mult, time = lex.UNITS[unit.rstrip("s")]
        return [_Part(m.start(), m.end(), kind="duration", duration=_iso_duration(2 * mult, letter, time))]
    if words[-1] == "ahead" or words[0] == "coming" or words[:2] == ["the", "coming"]:
        return [_Part(m.start(), m.end(), kind="ref", duration="future")] if len(words) > 1 else []
    if words[0] == "past" and len(words) == 2:
        if _word_before(text, m.start()).lower() not in _PAST_UNITS_BEFORE:
            return []  # "walked past years of rubble": a preposition; "in past years" looks back
        return [_Part(m.start(), m.end(), kind="ref", duration="past")]
    if words[0] == "the" and len(words) == 2 and words[1] in ("years", "decades"):
        if _word_before(text, m.start()).lower() not in _THE_YEARS_BEFORE:
            return []  # "the years of war" names them; "over the years" is a stretch of time
        return [_Part(m.start(), m.end(), kind="duration", duration="PXY")]
    if words[-1] in ("decade", "century"):
        # "over the past decade": the ten years up to the report, as "the past ten years" is.
        length = "P10Y" if words[-1] == "decade" else "P100Y"
        return [_Part(m.start(), m.end(), kind="duration", duration=length)]
    if len(words) == 1:
        before = _word_before(text, m.start()).lower()
        after = _word_after(text, m.end()).lower()
        if before not in _VAGUE_BEFORE and not (after in ("or", "and") and before in ("for", "in", "within")):
            return []
    return [_Part(m.start(), m.end(), kind="duration", duration=_VAGUE_UNITS[unit.rstrip("s")])]


_PER_PERIODS = {"year": "P1Y", "month": "P1M", "week": "P1W", "day": "P1D", "quarter": "P3M"}
_RATE_BEFORE = re.compile(r"(?:\d[\d,.]*\s*(?:%|percent|million|billion|thousand|[a-z]+)?|times|twice|once)\s*$", re.IGNORECASE)


def _per(text, m, anchor):
    g = m.group()
    if _RATE_BEFORE.search(text, max(0, m.start() - 30), m.start()):
        return [_Part(m.start(), m.end(), kind="set", duration=_PER_PERIODS[g.split()[-1].lower()])]
    if g.lower().startswith("per"):
        return []
    if g.split()[-1].lower() == "quarter":
        return []
    return _dur(text, m, anchor)


def _holiday(text, m, anchor):
    g = " ".join(m.group().replace("’", "'").split())
    low = g.lower()
    head = low.split()[0]
    step = _STEP.get(head)
    name = low.split(None, 1)[1] if step is not None else low
    year_m = lex.YEAR_IN.search(g)
    year = lex.year_number(year_m.group()) if year_m else None
    if year_m:
        name = name[: name.rfind(year_m.group().lower())].rstrip(" ,")
    if g[:1].islower() and step is None:
        return []  # holidays are capitalised: "christmas" in lower case is rare and risky
    after = _word_after(text, m.end())
    if after[:1].isupper() and text[m.end() : m.end() + 1] == " " and not lex.YEAR_IN.match(after):
        if after.lower().rstrip(".") not in lex.MONTHS:
            return []  # "Good Friday Lane", "Christmas Island"
    part = _Part(m.start(), m.end(), year=year, holiday=name, holiday_step=step)
    if name in lex.FIXED_HOLIDAYS:
        part.month, part.day = lex.FIXED_HOLIDAYS[name]
        if step is None:
            part.holiday = None
    return [part]


def _holiday_date(name: str, year: int) -> dt.date | None:
    """Return the date of a movable holiday in ``year`` (US usage for the civic ones)."""
    if name in lex.FIXED_HOLIDAYS:
        month, day = lex.FIXED_HOLIDAYS[name]
        return dt.date(year, month, day)
    if name.startswith("easter") or name == "good friday":
        sunday = _easter(year)
        offset = {"good friday": -2, "easter monday": 1, "easter week": 0}.get(name, 0)
        return sunday + dt.timedelta(days=offset)
    if name.startswith("thanksgiving"):
        return _nth_weekday(year, 11, 3, 4)
    if name == "memorial day":
        last = dt.date(year, 5, 31)
        return last - dt.timedelta(days=last.weekday())
    if name == "labor day":
        return _nth_weekday(year, 9, 0, 1)
    if name == "election day":
        return _nth_weekday(year, 11, 0, 1) + dt.timedelta(days=1)
    return None


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def _easter(year: int) -> dt.date:
    """Return Western Easter Sunday by the Gregorian computus (Meeus/Jones/Butcher)."""
    golden = year % 19
    century, rest = divmod(year, 100)
    leap_c, leap_r = divmod(century, 4)
    correction = (century + 8) // 25
    moon = (century - correction + 1) // 3
    epact = (19 * golden + century - leap_c - moon + 15) % 30
    i, k = divmod(rest, 4)
    weekday = (32 + 2 * leap_r + 2 * i - epact - k) % 7
    shift = (golden + 11 * epact + 22 * weekday) // 451
    month, day = divmod(epact + weekday - 7 * shift + 114, 31)
    return dt.date(year, month, day + 1)


#: A date right after "the day before" / "the year after": what the anaphor counts from.
_DATE_AHEAD = re.compile(r"\s+(?:(?:last|this|next)\s+)?(?:[A-Z][a-z]+['’]s\b|[A-Z][a-z]{2}\.?\s+\d|(?:1\d|20)\d\d\b)")

_ANAPHOR_STEP = {"that": 0, "same": 0, "following": 1, "next": 1, "previous": -1, "prior": -1, "preceding": -1}


def _anaphor(text, m, anchor):
    words = m.group().lower().split()
    unit = "day" if words[-1] in ("morning", "night") else words[-1]
    if words[-1] in ("before", "after"):
        unit, step = words[1], (-1 if words[-1] == "before" else 1)
        if _DATE_AHEAD.match(text, m.end()):
            # "the day after Sunday's election": counted from the date that follows.
            return [_Part(m.start(), m.end(), anaphor=(unit, step), ahead=True)]
    else:
        step = _ANAPHOR_STEP[words[-2]]
    return [_Part(m.start(), m.end(), anaphor=(unit, step),
                  time=lex.PARTS_OF_DAY.get(words[-1]) if words[-1] in ("morning", "night") else None)]


def _dayof(text, m, anchor):
    # Only a present-tense "is" reaches here: "it was the second day of" tells of a day the text
    # does not date, and "Monday is the tenth day of" dates Monday, not the day of writing.
    if anchor is None:
        return []
    before = _word_before(text, m.start()).lower()
    if before == "is":
        before = _word_before(text, m.start() - 3).lower()
    if before not in _DAY_OF_SUBJECTS:
        return []
    return [_Part(m.start(), m.end(), edtf=anchor.isoformat())]


#: What is "the second day of ..." that makes it the day of writing ("today is", "it's").
_DAY_OF_SUBJECTS = frozenset(("it's", "it’s", "it", "today", "this"))


def _theyear(text, m, anchor):
    if _YEAR_NAMED_AFTER.match(text, m.end()):
        return []  # "the year 2000", "the year two thousand": the year itself is the date
    before = _word_before(text, m.start()).lower()
    if before not in ("for", "in", "of", "throughout", "during", "through", "by"):
        return []
    if _word_after(text, m.end()).lower() in ("ended", "ending", "ends", "to", "through"):
        # "for the year ended March 31": a fiscal year, named by its end; its length is what is said.
        return [_Part(m.start(), m.end(), kind="duration", duration="P1Y")]
    if anchor is None:
        return []
    # "Sales for the year", "earlier in the year", "for the week": the one under way at publication.
    unit = m.group().split()[-1].lower()
    if unit == "week":
        if before not in ("for", "during", "throughout"):
            return []
        monday = anchor - dt.timedelta(days=anchor.weekday())
        return [_Part(m.start(), m.end(), edtf=_interval(monday, monday + dt.timedelta(days=6)))]
    if unit == "month":
        if before not in ("for", "during", "throughout"):
            return []
        return [_Part(m.start(), m.end(), edtf=f"{anchor.year:04d}-{anchor.month:02d}")]
    if " latest " in m.group().lower():
        # "the latest fiscal year" has been reported on, so it is over: the one before.
        return [_Part(m.start(), m.end(), edtf=f"{anchor.year - 1:04d}")]
    return [_Part(m.start(), m.end(), edtf=f"{anchor.year:04d}")]


_YEAR_NAMED_AFTER = re.compile(r"\s+(?:\d{4}\b|(?i:nineteen|two\s+thousand|twenty)\b)")


_REF_PRESENT = frozenset("now currently nowadays presently current present".split())


def _ref(text, m, anchor):
    words = m.group().lower().split()
    if words[0] == "more" and words[-1] != "recently":
        return []
    last = words[-1]
    if last == "soon":
        # "it will soon begin selling", "may soon seek an indictment": ahead; "the unrest soon
        # spread" tells the order of past events and dates nothing.
        if tense_of(text, m.start(), m.end(), neutral="future") != "future":
            return []
        return [_Part(m.start(), m.end(), kind="ref", duration="future")]
    ahead = last in ("future", "term", "date") or words[0] == "coming"  # "the near term", "a later date"
    direction = "future" if ahead else "present" if last in _REF_PRESENT or words == ["these", "days"] else "past"
    return [_Part(m.start(), m.end(), kind="ref", duration=direction)]


_HANDLERS = {
    "iso": _iso, "slash": _slash, "mdy": _mdy, "dmy": _dmy, "mod": _mod, "ago": _ago,
    "rel": _rel, "narr": _narrative, "weekend": _weekend, "season": _season, "theseason": _theseason, "my": _my, "decade": _decade,
    "century": _century,
    "yrange": _yrange, "set": _set, "setadv": _setadv, "dur": _dur, "dayword": _dayword,
    "weekday": _weekday, "month": _bare_month, "year": _year, "ref": _ref, "clock": _clock, "vague": _vague, "per": _per,
    "holiday": _holiday, "anaphor": _anaphor, "theyear": _theyear, "dayof": _dayof,
    "quarter": _quarter, "yearago": _yearago, "yearend": _yearend,
}


# ----------------------------------------------------------------------------- amounts and values


_EXTRA_UNITS = re.compile(r"\s+(?:more|additional|extra)$")
_HALF_AFTER_UNIT = re.compile(r"\s+and\s+a\s+half$", re.IGNORECASE)


def _amount(phrase: str) -> tuple[float | None, str | None]:
    """Return the number and the unit word of "six weeks", "44-day", "two and a half years"."""
    unit_m = lex.UNIT_PART.search(phrase)
    if unit_m is None:
        return None, None
    unit = unit_m.group(1).lower()
    head = _EXTRA_UNITS.sub("", phrase[: unit_m.start()].strip(" -").lower())
    if head in ("a", "an", "one", "1") or head == "":
        # "an hour and a half": the half follows the unit.
        return (1.5 if _HALF_AFTER_UNIT.search(phrase) else 1.0), unit
    num_m = lex.NUM_PART.match(head)
    if num_m is None:
        return None, unit
    first, second, half = num_m.groups()
    if first[0].isdigit():
        n = float(first)
    else:
        n = float(lex.NUMBER_WORDS[first])
        if second:
            n += lex.NUMBER_WORDS[second]
    if half:
        n += 0.5
    return n, unit


#: A unit and the next smaller one with how many of those it holds, to write "two and a half
#: years" as P2Y6M rather than with a decimal fraction.
_SMALLER_UNIT = {("Y", False): ("M", 12), ("D", False): ("TH", 24), ("H", True): ("M", 60), ("M", True): ("S", 60)}


def _iso_duration(n: float, letter: str, time: bool) -> str:
    whole = int(n)
    if n != whole and (letter, time) in _SMALLER_UNIT:
        small, per = _SMALLER_UNIT[letter, time]
        rest = (n - whole) * per
        if rest == int(rest):
            head = f"{whole}{letter}" if whole else ""
            if small == "TH":  # days and hours: P1DT12H
                return f"P{head}T{int(rest)}H"
            return f"PT{head}{int(rest)}{small}" if time else f"P{head}{int(rest)}{small}"
    number = str(whole) if n == whole else f"{n:g}"
    return f"PT{number}{letter}" if time else f"P{number}{letter}"


def _valid(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def _month_end(year: int, month: int) -> dt.date:
    year += (month - 1) // 12
    month = (month - 1) % 12 + 1
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _interval(first: dt.date, last: dt.date) -> str:
    return f"{first.isoformat()}/{last.isoformat()}"


# ----------------------------------------------------------------------------- linking and resolution


def _link(text: str, parts: list[_Part]) -> None:
    """Join adjacent dates into ranges ("from X to Y") and lists, sharing missing fields."""
    dates = [p for p in parts if p.kind == "date"]
    for a, b in zip(dates, dates[1:]):
        if a.group == b.group:
            continue
        between = text[a.end : b.start]
        if len(between) > 12:
            continue
        ranged = bool(_RANGE_JOIN.match(between))
        listed = not ranged and bool(_LIST_JOIN.match(between))
        between_and = _BETWEEN.search(text[max(0, a.start - 12) : a.start])
        if listed and between_and and _AND.search(between):
            ranged = True
        if not (ranged or listed):
            continue
        if not _compatible(a, b):
            continue
        if ranged and _RESCHEDULED.search(_cue_window(text, a.start)):
            ranged = False  # "postponed from October 5 to October 8": two dates, not a range
        b.weak = False
        if a.weak and ranged:
            a.weak = False
        # Years written once for both ends ("from October 5 to November 2, 2021").
        # Only a range wraps into the next year ("from December 28 to January 3").
        wrap = ranged and (a.month or 0, a.day or 0) > (b.month or 0, b.day or 0)
        if b.year is None and a.year is not None and b.month is not None:
            b.year = a.year + (1 if wrap else 0)
        elif a.year is None and b.year is not None and a.month is not None:
            a.year = b.year - (1 if wrap else 0)
        if ranged:
            a.role, b.role = "start_date", "end_date"
            b.group = a.group


def _compatible(a: _Part, b: _Part) -> bool:
    """Tell whether two dates can be the two ends of one range or list (same kind of date)."""
    if a.edtf is not None or b.edtf is not None or a.weekday is not None or b.weekday is not None:
        return False
    if a.holiday or b.holiday or a.anaphor or b.anaphor or a.quarter is not None or b.quarter is not None:
        return False
    if a.numeric or b.numeric or a.part is not None or b.part is not None:
        return False
    return (a.month is None) == (b.month is None) and (a.day is None) == (b.day is None)


def _resolve(
    text: str,
    parts: list[_Part],
    anchor: dt.date | None,
    *,
    max_reference_days: int = 10,
    max_quarter_gap: int = 1500,
    max_clock_gap: int = 600,
    max_anaphor_gap: int = 1500,
):
    """Fill in years from the anchor and tense, and roles from cue words; drop what cannot stand.

    ``max_reference_days``: a narrative expression ("two days later") counts from the last date
    before it whose interval is at most this long; coarser dates are no reference.
    ``max_clock_gap``: how far (in characters) a clock time alone may be from the day it is on.
    ``max_anaphor_gap``: how far (in characters) "that year", "the next day" look back for the
    date they count from.
    ``max_quarter_gap``: how far (in characters) a business quarter stays the one under
    discussion, for "the quarter", "the year-ago period" and "a year earlier".
    """
    reference: tuple[dt.date, dt.date] | None = None
    last_in_group: dict[int, _Part] = {}
    group_start: dict[int, int] = {}
    group_end: dict[int, _Part] = {}
    roles: dict[int, str] = {}
    for p in parts:
        group_start.setdefault(p.group, p.start)
        if p.kind == "date" and not p.weak:
            group_end[p.group] = p
    #: The business quarter under discussion: (year, number, where its mention ended).
    quarter: tuple[int, int, int] | None = None
    last_day: tuple[dt.date, int] | None = None
    last_value: tuple[DateValue, int] | None = None
    ahead: _Part | None = None
    for p in parts:
        if p.weak:
            continue
        if p.ahead:
            ahead = p  # resolved with the date that follows it, below
            continue
        if p.kind == "time":
            # A clock time alone ("at 10:35 a.m.") is on the day the text last named nearby,
            # else on the publication date.
            if last_day is not None and p.start - last_day[1] <= max_clock_gap:
                p.edtf = last_day[0].isoformat()
            elif anchor is not None:
                p.edtf = anchor.isoformat()
            else:
                continue
        if p.kind == "date":
            prev = last_in_group.get(p.group)
            recent_quarter = quarter if quarter and p.start - quarter[2] <= max_quarter_gap else None
            if p.quarter is not None:
                tense = tense_of(text, p.start, p.end)
                found = _quarter_of(p, anchor, recent_quarter, tense)
                if found is None:
                    continue
                reported = tense == "past" or (
                    tense != "future" and (anchor is None or _month_end(found[0], 3 * found[1]) < anchor)
                )
                if p.qmode != "ago" and reported and not (p.year is not None and recent_quarter):
                    # A quarter a year back is a comparison, one ahead a forecast, one still under
                    # way ("no estimate of the impact on fourth-quarter results") not yet reported
                    # on; the quarter under discussion stays.
                    quarter = (*found, p.end)
                p.edtf = f"{found[0]:04d}-{32 + found[1]}"
            elif p.years_back is not None and recent_quarter is not None:
                # "a year earlier", "year-ago" right after a quarter: that quarter, a year before.
                p.shift = None
                p.edtf = f"{recent_quarter[0] - p.years_back:04d}-{32 + recent_quarter[1]}"
            elif p.holiday is not None:
                if anchor is None and p.year is None:
                    continue
                p.edtf = _holiday_edtf(text, p, anchor)
                if p.edtf is None:
                    continue
            elif p.anaphor is not None:
                p.edtf = _anaphor_edtf(p, last_value, anchor, max_anaphor_gap)
                if p.edtf is None:
                    continue
            elif p.years_back is not None and p.shift is None and p.edtf is None:
                if anchor is None:
                    continue
                p.edtf = f"{anchor.year - p.years_back:04d}"
            if p.weekday is not None:
                if anchor is None:
                    continue
                p.edtf = _weekday_date(p.weekday, anchor, _weekday_tense(text, p, group_start[p.group])).isoformat()
            elif p.year is None and p.month is not None and p.edtf is None:
                if prev is not None and prev.year is not None and prev.month is not None:
                    wrap = (p.month, p.day or 0) < (prev.month, prev.day or 0)
                    p.year = prev.year + (1 if wrap else 0)
                elif anchor is not None:
                    tense = _date_tense(text, p, group_start[p.group], anchor)
                    last = group_end[p.group]
                    ongoing = (
                        last is not p
                        and last.year is None
                        and bool(last.month)
                        and _on_or_before(p.month, p.day, anchor, anchor.year)
                        and _ends_soon_after(last.month, last.day, anchor, p.month)
                    )
                    if tense == "past" and ongoing and last is not p:
                        # A past-tense range that starts by the anchor is under way ("arrived
                        # for a visit from 3 to 5 June"): it is this year's.
                        p.year = anchor.year
                    elif tense == "past" and last is not p and last.year is None and last.month:
                        # A past range must end by the anchor: place its end, then its start.
                        end_year = _year_for(last.month, last.day, anchor, tense)
                        wrap = (p.month, p.day or 0) > (last.month, last.day or 0)
                        p.year = None if end_year is None else end_year - (1 if wrap else 0)
                    else:
                        p.year = _year_for(p.month, p.day, anchor, tense)
            if p.shift is not None:
                if reference is not None:
                    p.edtf = _shifted(reference, *p.shift)
                elif p.years_back is not None and (last_value is not None or anchor is not None):
                    # "a year earlier" with no day to count from: a year before the year named
                    # just before ("in 2019 ... a year earlier"), else before the publication year.
                    near = last_value is not None and p.start - last_value[1] <= max_clock_gap // 2
                    base = last_value[0].earliest.year if near else anchor.year if anchor else None
                    if base is None:
                        continue
                    p.edtf = f"{base - p.years_back:04d}"
                else:
                    continue
            elif p.edtf is None:
                p.edtf = _edtf(p)
            if p.edtf is None:
                continue
            value = p.value = _date_value(p.edtf)
            earliest, latest = value.earliest, value.latest
            # A coarse date ("six months later", "in 2019") ends the chain: what follows it has
            # nothing precise to count from. (``earliest`` is None when the year is unknown: read
            # directly, not through the ``year_known`` property, as this runs for every date.)
            if earliest is None:
                reference = None
            else:
                reference = (earliest, latest) if (latest - earliest).days <= max_reference_days else None
                if earliest == latest:
                    last_day = (earliest, p.end)
                last_value = (value, p.end)
            if p.role is None:
                # The parts of a group share their cue words: read them once.
                p.role = roles.get(p.group) or roles.setdefault(p.group, _role(text, group_start[p.group]))
            last_in_group[p.group] = p
            if ahead is not None and 0 < p.start - ahead.end <= 2:
                ahead.edtf = _anaphor_edtf(ahead, (value, ahead.start), anchor, max_anaphor_gap)
                if ahead.edtf is not None:
                    ahead.role = p.role
                    yield ahead
            ahead = None
        yield p


def _holiday_edtf(text: str, p: _Part, anchor: dt.date | None) -> str | None:
    """Place a movable holiday (or "last Christmas") in the year its words or tense say."""
    if p.year is not None:
        day = _holiday_date(p.holiday, p.year)
        return _holiday_span(p.holiday, day) if day else None
    candidates = [d for d in (_holiday_date(p.holiday, y) for y in range(anchor.year - 1, anchor.year + 2)) if d]
    if not candidates:
        return None
    step = p.holiday_step
    if step is None:
        tense = tense_of(text, p.start, p.end)
        step = -1 if tense == "past" else 1 if tense == "future" else 0
    if step < 0:
        before = [d for d in candidates if d <= anchor + dt.timedelta(days=PAST_GRACE_DAYS if p.holiday_step is None else 0)]
        return _holiday_span(p.holiday, before[-1]) if before else None
    if step > 0:
        after = [d for d in candidates if d >= anchor]
        return _holiday_span(p.holiday, after[0]) if after else None
    return _holiday_span(p.holiday, min(candidates, key=lambda d: abs((d - anchor).days)))


def _holiday_span(name: str, day: dt.date) -> str:
    """Return the EDTF of a holiday falling on ``day``: the day, or for "Easter week" the Monday
    to Sunday week that ends on Easter Sunday (the week of the feast's run-up, Holy Week)."""
    if name == "easter week":
        return _interval(day - dt.timedelta(days=6), day)
    return day.isoformat()


def _anaphor_edtf(p: _Part, last: tuple[DateValue, int] | None, anchor: dt.date | None, gap: int) -> str | None:
    """Resolve "that year", "the following day", "the year before" against the last date given."""
    unit, step = p.anaphor
    if last is None or p.start - last[1] > gap:
        return None
    value = last[0]
    first = value.earliest
    if unit == "year":
        if value.granularity in ("decade", "century") or value.earliest.year != value.latest.year:
            return None
        return f"{first.year + step:04d}"
    if unit == "month":
        if first.month != value.latest.month or first.year != value.latest.year:
            return None
        y, mo = divmod(first.year * 12 + first.month - 1 + step, 12)
        return f"{y:04d}-{mo + 1:02d}"
    if unit in lex.WEEKDAYS:
        # "the previous Friday": the last such weekday before the day the text last gave.
        if value.earliest != value.latest:
            return None
        back = (first.weekday() - lex.WEEKDAYS[unit]) % 7 or 7
        return (first - dt.timedelta(days=back)).isoformat()
    if unit == "week":
        if (value.latest - first).days > 6:
            return None
        monday = first - dt.timedelta(days=first.weekday()) + dt.timedelta(weeks=step)
        return _interval(monday, monday + dt.timedelta(days=6))
    if value.earliest != value.latest:
        return None
    return (first + dt.timedelta(days=step)).isoformat()


#: Characters that case-insensitive patterns match to "i" or "s" but that do not lower to them.
_ODD_CASE = re.compile("[\u0130\u0131\u017f]")


def _odd_case(text: str) -> bool:
    """Tell whether ``text`` holds one of the ``_ODD_CASE`` letters (never in ASCII text)."""
    return not text.isascii() and _ODD_CASE.search(text) is not None


#: Lower-case pieces one of which every match of the cue pattern begins with (see ``_keyed_search``).
_BACKWARD_KEYS = ("since", "ago", "last")
_FORWARD_KEYS = (
    "payable", "effective", "record", "due", "expir", "deadline", "by", "through", "until", "till",
    "extended", "postponed", "delayed", "adjourned", "deferred",
)
_WEEKDAY_FORWARD_KEYS = (
    "until", "till", "by", "as", "deadline", "due", "scheduled", "set", "planned", "expected",
)


def _key_pattern(keys: tuple[str, ...]) -> re.Pattern:
    """Compile a search for any of ``keys`` (plain words or pieces of words), as a tree of their
    shared beginnings: the engine tries a few branches at a place instead of every key."""
    return re.compile(lex._trie_alt(keys))


_BACKWARD_KEY = _key_pattern(_BACKWARD_KEYS)
_FORWARD_KEY = _key_pattern(_FORWARD_KEYS)
_WEEKDAY_FORWARD_KEY = _key_pattern(_WEEKDAY_FORWARD_KEYS)
_INVITE_KEY = _key_pattern(("invit",))


def _keyed_search(pattern: re.Pattern, key: re.Pattern, window: str) -> re.Match | None:
    """Return ``pattern.search(window)``, skipping the search when ``window`` in lower case holds
    no match of ``key``, a piece every match of the case-insensitive ``pattern`` begins with: most
    windows hold none, and a search for plain words is far cheaper than the pattern's."""
    if window.isascii():
        # Lower-casing ASCII keeps every offset, and no match begins before the first key.
        found = key.search(window.lower())
        return None if found is None else pattern.search(window, found.start())
    if key.search(window.lower()) or _odd_case(window):
        return pattern.search(window)
    return None


def _cue_window(text: str, pos: int, *, reach: int = 40) -> str:
    """Return the stretch of text just before ``pos`` where cue words for a date are read."""
    # A conditional, not ``max``: this runs for every group, and a builtin call costs more.
    return text[pos - reach if pos > reach else 0 : pos]


def _forward_cue(text: str, p: _Part, group_start: int, window: str) -> bool:
    """Tell whether cue words before the date or a noun after it make it a deadline or a plan
    ("payable Dec. 7", "agreed to meet on March 3", "a Nov. 20 deadline"); ``window`` is the
    ``_cue_window`` before ``group_start``."""
    if _keyed_search(lex.FORWARD_CUE, _FORWARD_KEY, window):
        return True
    intent = _cue_window(text, group_start, reach=90)
    # Every match of the case-sensitive ``INTENT_CUE`` holds "to" and begins with one of its
    # words: most windows hold no such word, and looking for them is far cheaper.
    if "to" in intent and _INTENT_KEY.search(intent) and lex.INTENT_CUE.search(intent):
        return True
    if _keyed_search(lex.INVITE_CUE, _INVITE_KEY, _cue_window(text, group_start, reach=180)):
        return True
    return lex.FORWARD_NOUN.match(text, p.end) is not None


#: Pieces one of which begins every match of ``lex.INTENT_CUE`` (as written: it is case-sensitive).
_INTENT_KEY = _key_pattern(
    "agree plan decid decision intend aim promis pledg vow hope expect offer deal bid propos order "
    "ask invit subpoena summon urge set due ready prepar schedul slated poised".split()
)


def _date_tense(text: str, p: _Part, group_start: int, anchor: dt.date, *, forward_days: int = 183) -> str:
    """Return the tense that places a year-less date: its clause's, unless a cue word decides.

    "since" points back whatever the verb. Deadlines and schedules ("payable Dec. 7", "effective
    Feb. 1", "extended to Nov. 20", "by Dec. 15") point forward even in a past-tense report, when
    the date falls within ``forward_days`` after the anchor.
    """
    window = _cue_window(text, group_start)
    if _keyed_search(lex.BACKWARD_CUE, _BACKWARD_KEY, window):
        return "past"
    tense = tense_of(text, p.start, p.end)
    if tense != "future" and p.month is not None and _forward_cue(text, p, group_start, window):
        ahead = dt.date(anchor.year, p.month, min(p.day or 1, calendar.monthrange(anchor.year, p.month)[1]))
        if ahead < anchor - dt.timedelta(days=PAST_GRACE_DAYS):
            ahead = ahead.replace(year=anchor.year + 1) if (p.month, p.day) != (2, 29) else ahead
        if 0 <= (ahead - anchor).days <= forward_days:
            return "future"
    return tense


def _quarter_of(
    p: _Part, anchor: dt.date | None, recent: tuple[int, int, int] | None, tense: str
) -> tuple[int, int] | None:
    """Return (year, quarter) of a quarter mention, from its words, the context and the anchor."""
    number, mode = p.quarter, p.qmode
    if mode == "this" and not number and recent is not None and tense != "future" and p.year is None:
        # "This quarter's loss includes ..." after "the third quarter ended Sept. 30": the
        # quarter reported on, not the one under way.
        return recent[0], recent[1]
    if mode == "latest":
        # "the latest quarter" has been reported on: the one under discussion if it has begun
        # (a fiscal quarter may end after the report), else the last one completed.
        if recent is not None and anchor is not None and dt.date(recent[0], 3 * recent[1] - 2, 1) <= anchor:
            return recent[0], recent[1]
        mode = "last"
    if mode in ("ref", "ago") and recent is not None and (not number or number == recent[1]):
        if p.year is not None and mode == "ref":
            return p.year, recent[1]  # "the 1988 period": the quarter under discussion, that year
        year, number = recent[0], recent[1]
        return (year - 1, number) if mode == "ago" else (year, number)
    if p.year is not None and number:
        return p.year, number
    if anchor is None or (p.year is not None and not number):
        return None  # "last year's quarter" with no quarter under discussion
    current = (anchor.month - 1) // 3 + 1
    if not number:
        # "this quarter" is the anchor's; "the quarter" with none under discussion is the last
        # one completed, the one companies report on.
        step = {"this": 0, "current": 0, "next": 1}.get(mode, -1)
        y, q = divmod(anchor.year * 4 + current - 1 + step, 4)
        year, number = y, q + 1
        return (year - 1, number) if mode == "ago" else (year, number)
    starts = {y: dt.date(y, 3 * number - 2, 1) for y in (anchor.year - 1, anchor.year, anchor.year + 1)}
    if mode == "last":
        year = anchor.year if starts[anchor.year] < anchor else anchor.year - 1
    elif mode == "next":
        year = anchor.year if starts[anchor.year] > anchor else anchor.year + 1
    elif tense == "past":
        year = anchor.year if starts[anchor.year] <= anchor else anchor.year - 1
    elif tense == "future":
        # Results come out weeks after a quarter ends: "analysts expect third-quarter profit to
        # fall", said in October, is about the quarter just ended.
        end = _month_end(anchor.year, 3 * number)
        year = anchor.year if end >= anchor - dt.timedelta(days=REPORTING_LAG_DAYS) else anchor.year + 1
    else:
        year = anchor.year
    return (year - 1, number) if mode == "ago" else (year, number)


def _shifted(reference: tuple[dt.date, dt.date], n: int, letter: str) -> str | None:
    """Move a reference interval by ``n`` days, weeks, months or years ("six weeks before")."""
    first, last = reference
    if letter == "D":
        step = dt.timedelta(days=n)
        return (first + step).isoformat() if first == last else _interval(first + step, last + step)
    if letter == "W":
        # "Six weeks before" is a round figure: allow a few days either way, more for more weeks.
        slack = min(7, 2 + abs(n))
        return _interval(
            first + dt.timedelta(weeks=n, days=-slack), last + dt.timedelta(weeks=n, days=slack)
        )
    if letter == "M":
        y, mo = divmod(first.year * 12 + first.month - 1 + n, 12)
        y2, mo2 = divmod(last.year * 12 + last.month - 1 + n, 12)
        return f"{y:04d}-{mo + 1:02d}" if (y, mo) == (y2, mo2) else None
    if letter == "Y":
        return f"{first.year + n:04d}" if first.year == last.year else None
    return None


def _role(text: str, group_start: int) -> str:
    window = _cue_window(text, group_start)
    # Every cue below holds one of the keys, and what the clause's part of the window holds in
    # lower case the whole window holds too: most windows hold no key and need no clause cut.
    if not _ROLE_KEY.search(window.lower()):
        return "date"
    cut = _LAST_CLAUSE_CUT.match(window)
    if cut is not None:
        window = window[cut.end() :]
    low = window.lower()
    # The cue patterns are anchored at the window's end and costly to search; most windows hold
    # none of their words, which plain substring tests tell at once.
    if " from" in low and _keyed_search(_RESCHEDULED, _RESCHEDULED_KEY, window):
        return "date"
    # A cue match begins with its key word or one character before it, so the search starts one
    # character before the first key; only where lower-casing keeps every offset (ASCII).
    same_offsets = window.isascii()
    key = _START_KEY.search(low)
    if key is not None and lex.START_CUE.search(window, max(0, key.start() - 1) if same_offsets else 0):
        return "start_date"
    key = _END_KEY.search(low)
    if key is not None and lex.END_CUE.search(window, max(0, key.start() - 1) if same_offsets else 0):
        return "end_date"
    return "date"


_START_KEYS = ("began", "begin", "start", "launch", "kick", "open", "commenc", "from", "since")
_END_KEYS = ("conclud", "end", "finish", "wrap", "closed", "closes", "closing", "complet", "until", "till", "through")
# The same tests as one search each (a search for plain words beats a loop of ``in`` tests).
_START_KEY = _key_pattern(_START_KEYS)
_END_KEY = _key_pattern(_END_KEYS)
_ROLE_KEY = _key_pattern(_START_KEYS + _END_KEYS)
#: Pieces one of which each verb of ``_RESCHEDULED`` begins with in lower case (see ``_keyed_search``).
_RESCHEDULED_KEY = _key_pattern(
    ("mov", "postpon", "delay", "reschedul", "push", "brought", "chang", "shift", "advanc", "put")
)


#: How long after a quarter ends its results are still news, for forward-looking quarter mentions.
REPORTING_LAG_DAYS = 75

#: How many days after the publication date a past-tense, year-less date may still fall in the
#: publication year.
PAST_GRACE_DAYS = 7


def _on_or_before(month: int, day: int | None, anchor: dt.date, year: int, *, grace_days: int = 0) -> bool:
    """Tell whether month/day of ``year`` falls no later than ``grace_days`` after the anchor."""
    day_ = min(day or 1, calendar.monthrange(year, month)[1])
    return dt.date(year, month, day_) <= anchor + dt.timedelta(days=grace_days)


def _ends_soon_after(month: int, day: int | None, anchor: dt.date, start_month: int) -> bool:
    """Tell whether a range's end (in the anchor's year, or the next if it wraps) is near the anchor."""
    year = anchor.year + (1 if month < start_month else 0)
    last_day = day or calendar.monthrange(year, month)[1]
    end = dt.date(year, month, min(last_day, calendar.monthrange(year, month)[1]))
    return end <= anchor + dt.timedelta(days=2 * PAST_GRACE_DAYS)


def _year_for(month: int, day: int | None, anchor: dt.date, tense: str) -> int | None:
    """Return the year a year-less month (and day) most plausibly means, given the anchor."""
    key = (month, day or 0)
    here = (anchor.month, anchor.day if day else 0)
    if tense == "past":
        # News reports what is under way in the past tense too ("troops took part in drills that
        # end on Friday"): only a date clearly after the anchor moves to the previous year.
        year = anchor.year if _on_or_before(month, day, anchor, anchor.year, grace_days=PAST_GRACE_DAYS) else anchor.year - 1
    elif tense == "future":
        year = anchor.year + 1 if key < here else anchor.year
    else:
        def gap(y: int) -> int:
            probe = dt.date(y, month, min(day or 15, calendar.monthrange(y, month)[1]))
            return abs((probe - anchor).days)

        year = min((anchor.year - 1, anchor.year, anchor.year + 1), key=gap)
    if day is not None and not _valid(year, month, day):
        return None
    return year


def _weekday_tense(text: str, p: _Part, group_start: int) -> str:
    """Return the tense that places a weekday: deadlines ("until Tuesday", "as soon as Tuesday")
    and conditionals ("would travel Thursday") look ahead within the week."""
    window = _cue_window(text, group_start)
    if _keyed_search(lex.BACKWARD_CUE, _BACKWARD_KEY, window):
        return "past"
    if _keyed_search(lex.WEEKDAY_FORWARD_CUE, _WEEKDAY_FORWARD_KEY, window):
        # "Until Thursday, they had not called him": a deadline already past.
        return "past" if _past_perfect_near(text, group_start, p.end) else "future"
    # "would look for ways around Wednesday's ruling": an event named by its day is known
    # already, so a modal does not move it ahead (a future tense still does).
    neutral = "past" if text.startswith(("'s", "’s"), p.end) else "future"
    tense = tense_of(text, p.start, p.end, neutral=neutral)
    if tense == "present" and neutral == "future" and not _present_cue_in_sentence(text, p.start, p.end):
        # "He and Arafat meet separately Monday", "Talks resume Tuesday": a sentence with no
        # tense cue at all is a schedule in the present; "Police say the blast Monday killed
        # five" has its cues and keeps the past reading.
        return "future"
    return tense


def _present_cue_in_sentence(text: str, start: int, end: int, *, reach: int = 300) -> bool:
    """Tell whether the sentence around ``text[start:end]`` holds a present-tense cue word."""
    s0 = _sentence_start(text, max(0, start - reach), start)
    s1 = _sentence_stop(text, end, min(len(text), end + reach))
    return _PRESENT_TOKEN.search(_read_sentence(text, s0, s1).low) is not None


#: "had not called", "had filed", "had been": a past perfect.
_PAST_PERFECT = re.compile(r"\bhad(?:n['’]t|\s+not|\s+already|\s+never)?\s+(?:been|[a-z]+ed|[a-z]+en)\b")


def _past_perfect_near(text: str, start: int, end: int, *, reach: int = 120) -> bool:
    """Tell whether a past perfect lies within ``reach`` of ``text[start:end]`` in its sentence."""
    m = _PAST_PERFECT.search(text, max(0, start - reach), min(len(text), end + reach))
    if m is None:
        return False
    lo, hi = (m.end(), start) if m.end() <= start else (end, m.start())
    return _SENTENCE_END.search(text, lo, hi) is None


def _weekday_date(weekday: int, anchor: dt.date, tense: str) -> dt.date:
    if tense == "future":
        return anchor + dt.timedelta(days=(weekday - anchor.weekday()) % 7)
    return anchor - dt.timedelta(days=(anchor.weekday() - weekday) % 7)


def _to_mention(text: str, p: _Part) -> Mention | None:
    """Return the Mention of a part ``_resolve`` yields, or None if it cannot stand."""
    if p.weak:
        return None
    kind = p.kind
    # Mention's fields by position (its keyword arguments cost more to match than the rest of
    # building it): kind, start, end, text, value, role, covers, modality, time.
    if kind == "ref":
        return Mention("ref", p.start, p.end, text[p.start : p.end], _time_ref(p.duration))
    if kind == "duration" or kind == "set":
        role = "set" if kind == "set" else None
        return Mention(kind, p.start, p.end, text[p.start : p.end], _duration_value(p.duration), role)
    value = p.value
    if value is None:
        edtf = p.edtf or _edtf(p)
        if edtf is None:
            return None
        value = _date_value(edtf)
    return Mention(kind, p.start, p.end, text[p.start : p.end], value, p.role or "date", None, p.modality, p.time)


def _edtf(p: _Part) -> str | None:
    y = f"{p.year:04d}" if p.year is not None else None
    if p.part is not None:
        if p.month is not None:
            if y is None:
                return f"XXXX-{p.month:02d}"
            lo, hi = _MONTH_PARTS[p.part]
            last = _month_end(p.year, p.month).day
            return _interval(dt.date(p.year, p.month, lo), dt.date(p.year, p.month, hi or last))
        if y is None:
            return None
        lo, hi = _YEAR_PARTS[p.part]
        return _interval(dt.date(p.year, lo, 1), _month_end(p.year, hi))
    if p.month is None:
        return y
    if p.day is None:
        return f"{y or 'XXXX'}-{p.month:02d}"
    if y is not None and not _valid(p.year, p.month, p.day):
        return None
    return f"{y or 'XXXX'}-{p.month:02d}-{p.day:02d}"
