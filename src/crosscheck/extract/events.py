"""Find event mentions in English news text: trigger words and events' proper names.

``find(text)`` returns :class:`Mention` records of two kinds:

- ``event``: a word that denotes an event ("drills", "earthquake", "clashed", "the summit").
  The value is ``NameValue(text=<trigger as written>, key=<lemma>)`` and the role the event type:
  ``exercise``, ``war``, ``clash``, ``attack``, ``agreement``, ``ceasefire``, ``meeting``,
  ``visit``, ``election``, ``disaster``, ``protest``, ``sport``, ``ceremony``, ``trial``,
  ``arrest``, ``briefing`` (a press conference or briefing: where something was said, kept
  apart from the talks or summit it is about) or ``other``. The span is the head word or a fixed compound ("war games",
  "air strike", "general strike", "cease-fire"); modifiers such as "joint military" stay outside
  it, because the linking stage reads them from the words before the trigger.
- ``name``: an event's proper name, without quotes: a quoted name next to a trigger or a naming
  verb ('the "Unshakable Brotherhood" exercise', 'drills, titled "Mighty Iran"'), a name with an
  edition year ("Caucasus-2020", "Zapad 2021 exercises"), or a capitalised name built on an event
  word ("Operation Olive Branch", "Hurricane Katrina", "the Paris Agreement", "the Second Karabakh
  War"). The value is ``NameValue(text=<name>, key=<folded name without an edition year>)`` and the
  role the event type when the name's own words or an adjacent trigger tell it, else ``None``.
  A run of capitalised words right before a lower-case event noun is a name too ("the annual
  Sea Breeze drills"), unless its words are a country, people, place, organisation or person
  ("the Turkish exercise", "a NATO summit", "the Paris talks", "the Biden-Putin summit").

Ambiguous words are kept only in their event sense: each trigger may name a guard that reads a few
words around it ("a power drill", "exercise restraint", "strike a deal", "the figures match",
"an opinion poll" are not events). "strike" is an attack or a labour protest depending on the
words around it, and neither when the context says neither. The anchor is not used.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from functools import lru_cache
from typing import Callable

from crosscheck.extract import _event_lexicon as lex
from crosscheck.extract._mention import Mention
from crosscheck.model import NameValue
from crosscheck.text import fold, lowered

__all__ = ["find", "name_key"]

#: How far (characters) a trigger may be from a quoted or year-suffixed name to type it.
NAME_GAP = 25
#: A capitalised word before an event noun that is exactly the name of a city this large is the
#: place the event is in ("the Washington summit"), not the event's name.
MAJOR_CITY_POPULATION = 100_000
#: Longest quoted text (characters, words) still read as a name rather than as quoted speech.
MAX_QUOTED_CHARS = 60
MAX_QUOTED_WORDS = 4

# --------------------------------------------------------------------------- lexicon, built once


_JOINERS = re.compile(r"[\s\-‐‑–]+")


def _norm(form: str) -> str:
    """Key a surface form for lookup: lower case without spaces and hyphens."""
    return _JOINERS.sub("", form.lower())


@lru_cache(maxsize=1)
def _lexicon() -> tuple[re.Pattern[str], dict[str, tuple[str, str, str]]]:
    """Compile the trigger table into one regex and a lookup (built on first use, then cached)."""
    table: dict[str, tuple[str, str, str]] = {}
    forms: list[str] = []
    for line in lex.TRIGGERS.strip().splitlines():
        type_, lemma, raw_forms, guard = (part.strip() for part in line.split("|"))
        for form in raw_forms.split(","):
            form = form.strip()
            table[_norm(form)] = (type_, lemma, guard)
            forms.append(form)
    pattern = re.compile(r"(?<![\w\-])" + lex.alternation(sorted(set(forms))) + r"(?![\w]|-\w)", re.IGNORECASE)
    return pattern, table


@lru_cache(maxsize=1)
def _lowered_lexicon() -> re.Pattern[str] | None:
    """Compile the trigger regex case-sensitively for lower-cased text (None if a form is not ASCII)."""
    forms = [
        form.strip().lower()
        for line in lex.TRIGGERS.strip().splitlines()
        for form in line.split("|")[2].split(",")
    ]
    if not all(form.isascii() for form in forms):
        return None  # lower-casing the text would not match as case-insensitive matching does
    return re.compile(r"(?<![\w\-])" + lex.alternation(sorted(set(forms))) + r"(?![\w]|-\w)")


# --------------------------------------------------------------------------- context helpers

_PREV = re.compile(r"([\w'’]+)[ \t]+$")
_PREV_ANY = re.compile(r"([\w'’]+)\W*$")
_NEXT = re.compile(r"[ \t]+([\w'’]+)")
_SENT_BREAK = re.compile(r"[.!?\n]")
_MODALS = frozenset(
    "to will would can could may might must should shall not never did does do don't doesn't "
    "didn't won't cannot".split()
)
_PRONOUNS = frozenset("i you he she it we they who which that this there".split())


class _Ctx:
    """The words around one trigger match, computed on demand."""

    __slots__ = ("text", "start", "end", "_before", "_after", "_sentence")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.start, self.end = text, start, end
        self._before: str | None = None
        self._after: str | None = None
        self._sentence: str | None = None

    @property
    def before(self) -> str:
        if self._before is None:
            self._before = self.text[max(0, self.start - 80) : self.start]
        return self._before

    @property
    def after(self) -> str:
        if self._after is None:
            self._after = self.text[self.end : self.end + 80]
        return self._after

    @property
    def prev(self) -> str:
        """The word right before the match, lower case, if only spaces separate them."""
        before = self.before
        stripped = before.rstrip(" \t")
        if len(stripped) == len(before) or not stripped:
            return ""
        words = stripped[-40:].split()
        if not words:  # only line breaks before the match
            return ""
        tail = words[-1]
        i = len(tail)
        while i > 0 and (tail[i - 1].isalnum() or tail[i - 1] in "_'’"):
            i -= 1
        return tail[i:].lower().replace("’", "'")

    @property
    def next(self) -> str:
        m = _NEXT.match(self.after)
        return m.group(1).lower() if m else ""

    @property
    def sentence(self) -> str:
        """The sentence around the match, at most 250 characters either side."""
        if self._sentence is None:
            text = self.text
            lo = max(0, self.start - 250)
            left = text[lo : self.start]
            cut = [m.end() for m in _SENT_BREAK.finditer(left)]
            s = lo + (cut[-1] if cut else 0)
            right = text[self.end : self.end + 250]
            m = _SENT_BREAK.search(right)
            e = self.end + (m.start() if m else len(right))
            self._sentence = text[s:e]
        return self._sentence


def _words(spec: str) -> frozenset[str]:
    return frozenset(spec.split())


_SPORT_CUES = re.compile(
    r"\b(?:goals?|striker|midfielders?|defenders?|goalkeeper|coach|league|season|matches|match|"
    r"team|squad|scored|football|soccer|rugby|cricket|tennis|winger|(?<!last )(?<!last-)minute|penalty|kick-off|"
    r"innings|wickets?|tournament|opener|equali[sz]er|stadium|club|clubs|semi-?finals?|cup|"
    r"playoffs?|players?|referee|fixture|title)\b",
    re.IGNORECASE,
)
_VIOLENCE_CUES = re.compile(
    r"\b(?:killed|killing|kills|wounded|wounding|injured|bombs?|missiles?|drones?|rockets?|"
    r"militants?|gunmen|insurgents|targets?|targeted|military|troops|forces|civilians|warplanes|"
    r"jets|artillery|dead|army|rebels?|police|soldiers|airstrikes?)\b",
    re.IGNORECASE,
)
_LABOUR_CUES = re.compile(
    r"\b(?:workers|unions?|employees|wages?|pay|teachers|doctors|nurses|staff|walkout|pickets?|"
    r"salar(?:y|ies)|pensions?|miners|drivers|dockers|strikers|labou?r)\b",
    re.IGNORECASE,
)
_ELECTION_CUES = re.compile(
    r"\b(?:elections?|votes?|voters|seats|party|parliament|majority|polls?|ballots?|candidates?)\b",
    re.IGNORECASE,
)
_FINANCE_CUES = re.compile(
    r"\b(?:shares|stocks|index|indices|markets?|prices|investors|traders|dollar|currency|bonds|"
    r"rupee|euro|yen|equities|nasdaq|dow)\b",
    re.IGNORECASE,
)


#: "a flood of complaints", "a storm of criticism", "a tsunami of cash": figures of speech.
_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)


def _sport_only(c: _Ctx) -> bool:
    s = c.sentence
    return bool(_SPORT_CUES.search(s)) and not _VIOLENCE_CUES.search(s)


# --------------------------------------------------------------------------- guards
# A guard takes the context and the default type and returns the type to report, or None when
# the word is not used in its event sense here.

Guard = Callable[[_Ctx, str], "str | None"]

_DRILL_PREV = _words("power electric cordless hand dental pneumatic rotary oil rig")
_DRILL_NEXT = _words("bit bits press hole holes into through for down sergeant sergeants rig pipe ship core cores wells well deeper")


def _drill(c: _Ctx, t: str) -> str | None:
    if c.prev in _DRILL_PREV or c.prev in _MODALS or c.next in _DRILL_NEXT:
        return None
    return t


_EXERCISE_NEXT = _words(
    "caution restraint patience vigilance care its their his her our your my the right rights "
    "control power influence bike bikes class classes book books routine regime equipment "
    "regularly daily discretion judgment judgement leverage"
)
_EXERCISE_PREV = _words("physical daily regular aerobic breathing morning light gentle cardio moderate vigorous")
_EXERCISE_IN = re.compile(
    r"\s+in\s+(?:futility|frustration|public\s+relations|damage\s+control|box-ticking|democracy|"
    r"branding|self|nostalgia|patience|imagination)",
    re.IGNORECASE,
)


def _exercise(c: _Ctx, t: str) -> str | None:
    if c.prev in _MODALS or c.prev in _EXERCISE_PREV or c.next in _EXERCISE_NEXT:
        return None
    if _EXERCISE_IN.match(c.after):
        return None
    return t


_MANEUVER_WORDS_1 = _words("political legal procedural parliamentary diplomatic backroom")


def _maneuver(c: _Ctx, t: str) -> str | None:
    return None if c.prev in _MANEUVER_WORDS_1 else t


_WAR_NEXT = _words(
    "crimes crime criminal criminals chest room horse memorial memorials veteran veterans widow "
    "widows museum cemetery film movie novel bonds correspondent reporter footage"
)
_WAR_PREV = _words(
    "price trade culture turf bidding tariff currency talent format console flame star words "
    "ratings streaming"
)
_WAR_AFTER = re.compile(
    r"\s+(?:of\s+words|on\s+(?:drugs|poverty|crime|corruption|cancer|obesity|waste|plastic|"
    r"christmas|women|science|coal|smoking))\b",
    re.IGNORECASE,
)
_HYPHEN_PREFIX = re.compile(r"(?:post|pre|anti|inter|after)-$", re.IGNORECASE)


def _war(c: _Ctx, t: str) -> str | None:
    if c.next in _WAR_NEXT or c.prev in _WAR_PREV or _WAR_AFTER.match(c.after):
        return None
    if _HYPHEN_PREFIX.search(c.before):
        return None
    return t


_OFFENSIVE_AFTER = re.compile(
    r"\s*(?:[,.;:)!?\"”]|$|(?:against|on|in|into|to|near|towards?|that|which|was|is|has|had|began|"
    r"begins|launched|aimed|continues|continued|stalled|and|by|of|would|will|could|this|last|"
    r"since|across|along|around)\b)",
    re.IGNORECASE,
)
_OFFENSIVE_PREV = _words("most very deeply highly more less so too is was are were be found considered extremely")


def _offensive(c: _Ctx, t: str) -> str | None:
    if c.prev in _OFFENSIVE_PREV or not _OFFENSIVE_AFTER.match(c.after):
        return None
    return t


_CONFLICT_AFTER_1 = re.compile(r"\s+of\s+interests?\b", re.IGNORECASE)


def _conflict(c: _Ctx, t: str) -> str | None:
    if _CONFLICT_AFTER_1.match(c.after):
        return None
    if c.next == "with" and (c.prev in _MODALS or c.prev in _PRONOUNS):
        return None
    return t


_FIGHTING_PREV = _words("are were is was been be keep kept start started stop stopped still 're")
_FIGHTING_NEXT = _words(
    "for against back off corruption crime fire fires poverty cancer disease inflation it them "
    "him her each spirit chance words fit talk climate hunger"
)


def _fighting(c: _Ctx, t: str) -> str | None:
    if c.prev in _FIGHTING_PREV or c.next in _FIGHTING_NEXT:
        return None
    return t


_ATTACK_PREV = _words("heart panic asthma anxiety allergic gout migraine verbal")
_ATTACK_NEXT = _words("helicopter helicopters dog dogs ads ad submarine submarines")


def _attack(c: _Ctx, t: str) -> str | None:
    if c.prev in _ATTACK_PREV or c.next in _ATTACK_NEXT:
        return None
    if _sport_only(c):
        return None
    return t


_STRIKE_NOT = re.compile(
    r"\s+(?:a\s+|an\s+|the\s+)?(?:deal|deals|balance|chord|note|pose|agreement|bargain|compromise|"
    r"tone|blow)\b",
    re.IGNORECASE,
)
_STRIKE_LABOUR_PREV = _words(
    "general labour labor hunger national nationwide teachers teachers' doctors doctors' nurses "
    "workers workers' union rail transport indefinite wildcat sympathy warning miners' pilots'"
)
_STRIKE_ATTACK_PREV = _words(
    "air drone missile rocket artillery military precision retaliatory preemptive pre-emptive "
    "deadly nuclear surgical aerial israeli russian american ukrainian"
)
_STRIKE_NOT_PREV = _words("lucky bird lightning penalty free first second third")


_STRIKE_BEFORE_1 = re.compile(r"\bon\s+$")
_STRIKE_BY = re.compile(r"\s+(?:by|action|ballot)\b")


def _strike(c: _Ctx, t: str) -> str | None:
    if _STRIKE_NOT.match(c.after) or c.prev in _MODALS or c.prev in _STRIKE_NOT_PREV:
        return None
    if c.prev in _STRIKE_LABOUR_PREV or _STRIKE_BEFORE_1.search(c.before) or _STRIKE_BY.match(c.after):
        return "protest"
    if c.prev in _STRIKE_ATTACK_PREV:
        return "attack"
    s = c.sentence
    if _VIOLENCE_CUES.search(s):
        return "attack"
    if _LABOUR_CUES.search(s):
        return "protest"
    return None


_ATTACKER_BEFORE = re.compile(
    r"\b(?:bombers?|gunmen|gunman|militants?|attackers?|insurgents?|rebels?|missiles?|drones?|"
    r"rockets?|jihadists?|assailants?|warplanes|jets)\b[^.;!?\n]{0,40}$",
    re.IGNORECASE,
)


def _struck(c: _Ctx, t: str) -> str | None:
    # "A suicide bomber struck a market": an attack. "An earthquake struck" is carried by its noun,
    # and "struck a deal" or "struck by lightning" are not events of their own.
    if _STRIKE_NOT.match(c.after):
        return None
    return t if _ATTACKER_BEFORE.search(c.before) else None


_SHOOTING_NEXT = _words(
    "range ranges star stars script schedule film films movie for guard gallery pains season "
    "location the a an his her their its scenes scene footage video"
)
_SHOOTING_PREV = _words(
    "film photo video movie clay skeet trap location finished started began stopped was were is are "
    "been be"
)


def _shooting(c: _Ctx, t: str) -> str | None:
    if c.next in _SHOOTING_NEXT or c.prev in _SHOOTING_PREV or _sport_only(c):
        return None
    return t


_EXPLOSION_AFTER = re.compile(
    r"\s+(?:of|in)\s+(?:the\s+)?(?:interest|growth|colou?rs?|creativity|popularity|demand|support|"
    r"sales|prices?|numbers?|cases|use|joy|anger|activity|data)\b",
    re.IGNORECASE,
)


_EXPLOSION_WORDS_1 = _words("population data price information cambrian digital")


def _explosion(c: _Ctx, t: str) -> str | None:
    if c.prev in _EXPLOSION_WORDS_1 or _EXPLOSION_AFTER.match(c.after):
        return None
    return t


_BLAST_BEFORE_1 = re.compile(r"\bhad\s+an?\s+$|\bfull\s+$", re.IGNORECASE)
_BLAST_WORDS_2 = _words("furnace furnaces off from")


def _blast(c: _Ctx, t: str) -> str | None:
    if _BLAST_BEFORE_1.search(c.before):
        return None
    if c.next in _BLAST_WORDS_2 or c.prev in _MODALS:
        return None
    return t


_AGREEMENT_BEFORE_1 = re.compile(r"\b(?:in|of)\s+(?:full\s+|broad\s+|general\s+|complete\s+|total\s+)?$", re.IGNORECASE)


def _agreement(c: _Ctx, t: str) -> str | None:
    if _AGREEMENT_BEFORE_1.search(c.before):
        return None
    return t


_DEAL_WORDS_1 = _words("great good big raw")


def _deal(c: _Ctx, t: str) -> str | None:
    if c.prev in _DEAL_WORDS_1:
        return None
    if c.prev in _MODALS or (c.next == "with" and (c.prev in _PRONOUNS or not c.prev)):
        return None
    return t


_ACCORD_BEFORE_1 = re.compile(r"\b(?:own|in)\s+$", re.IGNORECASE)


def _accord(c: _Ctx, t: str) -> str | None:
    if _ACCORD_BEFORE_1.search(c.before):
        return None
    return t


_MEETING_NOT = re.compile(
    r"\s+(?:(?:the|its|their|his|her|our|these|those|all|this|that)\s+)?(?:demands?|needs?|"
    r"targets?|requirements?|criteria|deadlines?|standards?|expectations?|goals?|obligations?|"
    r"costs?|conditions?|quotas?)\b",
    re.IGNORECASE,
)


def _meeting(c: _Ctx, t: str) -> str | None:
    if _MEETING_NOT.match(c.after):
        return None
    return "sport" if _sport_only(c) else t  # "the 400th meeting between the clubs"


def _talks(c: _Ctx, t: str) -> str | None:
    if c.prev in _PRONOUNS or c.next in ("about", "tough", "big"):
        return None
    return t


_SUMMIT_AFTER_1 = re.compile(r"\s+of\s+(?:mount|mt\b|the\s+(?:mountain|peak|hill|volcano)|everest|k2|kilimanjaro)", re.IGNORECASE)
_SUMMIT_BEFORE_2 = re.compile(r"\b(?:reach(?:ed|ing|es)?|climb(?:ed|ing|s)?|mountain's)\s+(?:the\s+)?$", re.IGNORECASE)


def _summit(c: _Ctx, t: str) -> str | None:
    if _SUMMIT_AFTER_1.match(c.after):
        return None
    if _SUMMIT_BEFORE_2.search(c.before):
        return None
    return t


_CONFERENCE_WORDS_1 = _words("call calls room rooms centre center hall table")


def _conference(c: _Ctx, t: str) -> str | None:
    return None if c.next in _CONFERENCE_WORDS_1 else t


_MET_AFTER = re.compile(
    r"[ \t]+(?:with[ \t]+)?(?:(?:his|her|their|its)[ \t]+\w+|(?:in|on|at)[ \t]+[A-Z]|[A-Z]\w+|"
    r"(?:the|a|an)[ \t]+(?:[A-Z]\w+|president|prime|king|queen|foreign|defen[cs]e|ministers?|"
    r"leaders?|delegation|ambassador|envoy|chancellor|secretary|head|chief|crown|governor|mayor|"
    r"pope|emir|sultan|premier|officials?|visiting))"
)


def _met(c: _Ctx, t: str) -> str | None:
    return t if _MET_AFTER.match(c.after) else None


_VISIT_AFTER_1 = re.compile(r"\s+(?:the\s+|our\s+|their\s+|its\s+)?(?:website|web\s*site|site|page|www|url|link|doctor|dentist|toilet|bathroom)\b", re.IGNORECASE)


def _visit(c: _Ctx, t: str) -> str | None:
    if _VISIT_AFTER_1.match(c.after):
        return None
    return t


_TRIP_WORDS_1 = _words("round road day field ego power guilt acid")
_TRIP_WORDS_2 = _words("over up wire hazard switch advisor")


def _trip(c: _Ctx, t: str) -> str | None:
    if c.prev in _TRIP_WORDS_1 or c.prev in _MODALS:
        return None
    if c.next in _TRIP_WORDS_2:
        return None
    return t


_NUMBERISH = re.compile(r"(?:\d[\d,.]*|hundred|thousand|million|dozen)\s+$", re.IGNORECASE)


_VOTE_AFTER_1 = re.compile(r"\s+of\s+thanks\b", re.IGNORECASE)


def _vote(c: _Ctx, t: str) -> str | None:
    if _NUMBERISH.search(c.before):
        return None  # "won 162 votes" is a tally, not a vote
    if _VOTE_AFTER_1.match(c.after):
        return None
    return t


_POLL_BEFORE_1 = re.compile(r"\bto\s+the\s+$", re.IGNORECASE)
_POLL_AFTER_2 = re.compile(r"\s+(?:opened|closed|open|close|will\s+open|will\s+close|are\s+due|were\s+held|held)\b", re.IGNORECASE)


def _poll(c: _Ctx, t: str) -> str | None:
    if _POLL_BEFORE_1.search(c.before):
        return t
    if _POLL_AFTER_2.match(c.after):
        return t
    return None  # opinion polls, exit polls, "in the polls"


_RUNOFF_WORDS_1 = _words("water storm rain rainwater agricultural fertilizer fertiliser surface")


def _runoff(c: _Ctx, t: str) -> str | None:
    return None if c.prev in _RUNOFF_WORDS_1 else t


_BALLOT_BEFORE_1 = re.compile(r"\bon\s+the\s+$")
_BALLOT_WORDS_2 = _words("box boxes paper papers stuffing sheet sheets")


def _ballot(c: _Ctx, t: str) -> str | None:
    if c.next in _BALLOT_WORDS_2 or _BALLOT_BEFORE_1.search(c.before):
        return None
    return t




def _flood(c: _Ctx, t: str) -> str | None:
    if _OF_AFTER.match(c.after) or c.prev in _MODALS:
        return None
    return t


_STORM_WORDS_2 = _words("the into out off")
_STORM_WORDS_3 = _words("political media diplomatic perfect twitter social")


def _storm(c: _Ctx, t: str) -> str | None:
    if _OF_AFTER.match(c.after) or c.prev in _MODALS:
        return None
    if c.next in _STORM_WORDS_2 or c.prev in _STORM_WORDS_3:
        return None
    return t


_FIRE_PREV = _words(
    "a the huge massive major large deadly big forest bush house factory building apartment "
    "warehouse market hotel hospital club nightclub devastating fierce raging that which this "
    "kitchen electrical grass brush wild fatal tower camp"
)
_FIRE_NEXT = _words(
    "brigade brigades fighters fighter firefighters department departments service services truck "
    "trucks engine engines station stations alarm alarms drill drills exit exits escape "
    "extinguisher extinguishers safety hazard hazards crackers works arm arms power wood place "
    "ball door doors officials official chief crew crews fighting hydrant hydrants sale risk "
    "code pit"
)
_FIRE_EVENT_AFTER = re.compile(
    r"\s+(?:that\s+|which\s+)?(?:broke\s+out|swept|gutted|destroyed|killed|raged|spread|engulfed|"
    r"ripped|tore|started|erupted|burned|burnt|razed)\b",
    re.IGNORECASE,
)


_FIRE_BEFORE_1 = re.compile(r"\b(?:under|open(?:ed)?|returned?|live|friendly|artillery|rocket|gun|small-arms|sniper|mortar|tank)\s+$", re.IGNORECASE)


def _fire(c: _Ctx, t: str) -> str | None:
    if c.text[c.start : c.end].lower() == "blaze":
        return t
    if _FIRE_EVENT_AFTER.match(c.after):
        return t
    if c.next in _FIRE_NEXT or c.prev not in _FIRE_PREV:
        return None
    if _FIRE_BEFORE_1.search(c.before):
        return None
    return t


_LANDSLIDE_BEFORE_1 = re.compile(r"\b(?:in|by|won|win|wins|winning)\s+a\s+$|\bwon\s+$", re.IGNORECASE)
_LANDSLIDE_WORDS_2 = _words("victory win wins majority defeat election re-election")


def _landslide(c: _Ctx, t: str) -> str | None:
    if c.next in _LANDSLIDE_WORDS_2:
        return None
    if _LANDSLIDE_BEFORE_1.search(c.before):
        return None
    if _ELECTION_CUES.search(c.sentence):
        return None  # "sweeps parliament in landslide"
    return t




def _tsunami(c: _Ctx, t: str) -> str | None:
    return None if _OF_AFTER.match(c.after) else t


_ERUPTION_BEFORE_1 = re.compile(r"\b(?:volcano|volcanic|mount|mt|crater)\b", re.IGNORECASE)
_ERUPTION_AFTER_2 = re.compile(r"\s+of\s+(?:violence|anger|protests?|fighting|joy|cheers|applause|laughter|unrest)\b", re.IGNORECASE)


def _eruption(c: _Ctx, t: str) -> str | None:
    word = c.text[c.start : c.end].lower()
    if word == "erupted":
        if _ERUPTION_BEFORE_1.search(c.before):
            return t
        return None  # "fighting erupted": the noun carries that event
    if _ERUPTION_AFTER_2.match(c.after):
        return None
    return t


_CRASH_WORDS_1 = _words(
    "stock stocks market markets financial currency price prices share shares housing computer "
    "system systems server servers crypto bitcoin sugar website site app economy"
)
_CRASH_WORDS_2 = _words("course courses diet test barrier barriers helmet helmets")
#: After the verb: "crashed the party", "crashed out of the cup" are not accidents.
_CRASHED_NEXT = _words("out the his her their a an")


def _crash(c: _Ctx, t: str) -> str | None:
    if c.prev in _CRASH_WORDS_1:
        return None
    if c.next in _CRASH_WORDS_2 or c.prev in _MODALS:
        return None
    # The verb: markets and websites crash as often as planes do, so the sentence decides.
    verb = c.text[c.end - 2 : c.end].lower() == "ed"
    if verb and (c.next in _CRASHED_NEXT or _FINANCE_CUES.search(c.sentence) or _sport_only(c)):
        return None
    return t


_COLLAPSE_OF = re.compile(
    r"\s+of\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:talks|government|coalition|currency|economy|"
    r"ceasefire|truce|deal|regime|negotiations|prices?|rupee|dollar|markets?|banks?|empire|union|"
    r"state|system|support|peace|morale|company|firm|party|alliance|soviet)\b",
    re.IGNORECASE,
)


_COLLAPSE_WORDS_1 = _words("economic financial currency market political price ceasefire mental nervous total")


def _collapse(c: _Ctx, t: str) -> str | None:
    if _COLLAPSE_OF.match(c.after) or c.prev in _COLLAPSE_WORDS_1:
        return None
    if c.prev in _MODALS:
        return None
    return t


_SINKING_WORDS_1 = _words("feeling fund")


def _sinking(c: _Ctx, t: str) -> str | None:
    return None if c.next in _SINKING_WORDS_1 else t


_OUTBREAK_AFTER_1 = re.compile(r"\s+of\s+(?:the\s+)?(?:war|fighting|violence|hostilities|protests?|world\s+war|clashes|unrest)\b", re.IGNORECASE)


def _outbreak(c: _Ctx, t: str) -> str | None:
    if _OUTBREAK_AFTER_1.match(c.after):
        return None
    return t


_PROTEST_BEFORE_1 = re.compile(r"\b(?:in|under)\s+$|\b(?:letters?|notes?)\s+of\s+$", re.IGNORECASE)


def _protest(c: _Ctx, t: str) -> str | None:
    if _PROTEST_BEFORE_1.search(c.before):
        return None
    return t


_DEMO_OF = re.compile(
    r"\s+of\s+(?:its\s+|their\s+|the\s+|his\s+|her\s+|our\s+)?(?:strength|power|force|resolve|"
    r"commitment|capabilit\w+|unity|how|technology|a\s+new|military\s+might|might)\b",
    re.IGNORECASE,
)


_DEMONSTRATION_WORDS_1 = _words("product cooking practical technology flight live")


def _demonstration(c: _Ctx, t: str) -> str | None:
    if _DEMO_OF.match(c.after) or c.prev in _DEMONSTRATION_WORDS_1:
        return None
    return t


_RALLY_WORDS_1 = _words("market stock stocks share shares bond bonds oil price relief late year-end")


def _rally(c: _Ctx, t: str) -> str | None:
    if c.prev in _RALLY_WORDS_1:
        return None
    if _FINANCE_CUES.search(c.sentence):
        return None
    return t


# "the march of time", "the march of its contingent to the range": not a protest.
_MARCH_OF = re.compile(r"\s+of\b", re.IGNORECASE)


def _march(c: _Ctx, t: str) -> str | None:
    if not c.text[c.start].islower():
        return None  # "March" is the month far more often than the walk
    if c.prev in _MODALS or c.prev in _PRONOUNS or _MARCH_OF.match(c.after):
        return None
    return t


_MATCH_PREV = _words(
    "the a this that final opening group friendly league cup test qualifying their his her its "
    "home away second first next last semi-final quarter-final football tennis cricket rugby "
    "boxing title one-day t20 exhibition return stage 's weekend sunday's saturday's "
    "tuesday's wednesday's whose grudge"
)


_MATCH_WORDS_1 = _words("for point fixing made box boxes stick sticks the their its his her")


def _match(c: _Ctx, t: str) -> str | None:
    prev = _PREV_ANY.search(c.before)
    word = prev.group(1).lower().replace("’", "'") if prev else ""
    if word.endswith("'s") or c.before.endswith(("'s ", "’s ")):
        word = "'s"
    if word not in _MATCH_PREV:
        return None
    if c.next in _MATCH_WORDS_1:
        return None
    return t


_GAME_CUES = re.compile(r"\b(?:won|beat|defeated|lost|win|fans|pitch|court|draw|drew)\b", re.IGNORECASE)


_GAME_WORDS_1 = _words("video computer blame waiting numbers long political end mind board card shell zero-sum great mobile online")
_GAME_WORDS_2 = _words("changer plan theory show shows console consoles developer developers industry reserve warden studio")


def _game(c: _Ctx, t: str) -> str | None:
    if c.prev in _GAME_WORDS_1:
        return None
    if c.next in _GAME_WORDS_2:
        return None
    if not _SPORT_CUES.search(c.sentence) and not _GAME_CUES.search(c.sentence):
        return None
    return t


_FINAL_AFTER = re.compile(
    r"\s*(?:[,.;:)!?'\"”’]|$|(?:of|between|against|at|in|on|was|is|will|took|ended|match|showdown|"
    r"clash|and|after|before|with|which|that|for|where|when|since|loss|defeat|win|victory|"
    r"itself|last|this|next|tie|series|round)\b)",
)
_FINAL_PREV = _words(
    "the a cup championship tournament 's league this that last next its their grand world his "
    "her playoff series shield trophy open conference to in"
)


def _final(c: _Ctx, t: str) -> str | None:
    prev = _PREV.search(c.before)
    word = prev.group(1) if prev else ""
    lower = word.lower().replace("’", "'")
    if lower.endswith("'s"):
        lower = "'s"
    if not (lower in _FINAL_PREV or (word[:1].isupper() and lower not in lex.NOT_NAME_WORDS)):
        return None
    if not _FINAL_AFTER.match(c.after):
        return None
    return t


_RACE_ELECTION = _words(
    "presidential mayoral senate governor's gubernatorial leadership election congressional "
    "parliamentary primary"
)
_RACE_SPORT = _words(
    "horse car boat bike cycle cycling road relay sprint stage yacht camel motor ski swimming "
    "100m 200m 400m 800m 1500m 5000m 10,000m marathon obstacle"
)


_RACE_WORDS_1 = _words("relations riots riot discrimination card against to hate row issues equality baiting based or and")
_RACE_WORDS_2 = _words("the a this that sunday's saturday's 's")


def _race(c: _Ctx, t: str) -> str | None:
    if c.next in _RACE_WORDS_1:
        return None
    if c.prev in _RACE_ELECTION:
        return "election"
    if c.prev in _RACE_SPORT:
        return "sport"
    if c.prev in _RACE_WORDS_2 and _SPORT_CUES.search(c.sentence):
        return "sport"
    return None


_MARATHON_WORDS_1 = _words("talks session sessions meeting meetings negotiations hearing hearings speech debate")


def _marathon(c: _Ctx, t: str) -> str | None:
    return None if c.next in _MARATHON_WORDS_1 else t


_OPENING_OF = re.compile(
    r"\s+of\s+(?:the\s+|a\s+|an\s+)?(?:new\s+)?(?!talks|negotiations|markets?|session|trading|"
    r"hearing|case|investigation|probe|window|gap|door|statement|remarks)\w+",
    re.IGNORECASE,
)


def _opening(c: _Ctx, t: str) -> str | None:
    if c.prev in ("grand", "official", "formal"):
        return t
    if c.prev == "the" and _OPENING_OF.match(c.after):
        return t
    return None


_TRIAL_BEFORE_1 = re.compile(r"\bon\s+a\s+$")
_TRIAL_WORDS_2 = _words("clinical drug vaccine field free time pilot randomised randomized medical phase human trial")
_TRIAL_WORDS_3 = _words("run runs period basis balloon and version version")


def _trial(c: _Ctx, t: str) -> str | None:
    if c.prev in _TRIAL_WORDS_2:
        return None
    if c.next in _TRIAL_WORDS_3 or _TRIAL_BEFORE_1.search(c.before):
        return None
    return t


_DETENTION_WORDS_1 = _words("centre center centres centers facility facilities camp camps")


def _detention(c: _Ctx, t: str) -> str | None:
    return None if c.next in _DETENTION_WORDS_1 else t


def _sport_guard(c: _Ctx, t: str) -> str | None:
    return None if _sport_only(c) else t


_GUARDS: dict[str, Guard] = {
    "drill": _drill, "exercise": _exercise, "maneuver": _maneuver, "war": _war,
    "offensive": _offensive, "conflict": _conflict, "fighting": _fighting, "attack": _attack,
    "strike": _strike, "struck": _struck, "sport": _sport_guard, "shooting": _shooting, "explosion": _explosion,
    "blast": _blast, "agreement": _agreement, "deal": _deal, "accord": _accord,
    "meeting": _meeting, "talks": _talks, "summit": _summit, "conference": _conference,
    "met": _met, "visit": _visit, "trip": _trip, "vote": _vote, "poll": _poll,
    "runoff": _runoff, "ballot": _ballot, "flood": _flood, "storm": _storm, "fire": _fire,
    "landslide": _landslide, "tsunami": _tsunami, "eruption": _eruption, "crash": _crash,
    "collapse": _collapse, "sinking": _sinking, "outbreak": _outbreak, "protest": _protest,
    "demonstration": _demonstration, "rally": _rally, "march": _march, "match": _match,
    "game": _game, "final": _final, "race": _race, "marathon": _marathon, "opening": _opening,
    "trial": _trial, "detention": _detention,
}


# --------------------------------------------------------------------------- triggers


#: Capitalised words after a trigger that make it part of an organisation's name.
_ORG_AFTER = re.compile(
    r"[ \t]+(?:Commission|Committee|Council|Board|Authority|Agency|Ministry|Office|Department|"
    r"Institute|Centre|Center|Court|Tribunal|Service|Fund|Bank|Organi[sz]ation|Forces?|Unit|"
    r"Cell|Watch|Monitor|Observatory|Network)\b"
)


def _triggers(text: str) -> list[Mention]:
    pattern, table = _lexicon()
    out: list[Mention] = []
    lower_pattern = _lowered_lexicon()
    # A case-insensitive scan tries each branch's first letter in both cases at every word; on
    # lower-cased text a case-sensitive one does the same in half the time, where that is exact.
    low = lowered(text) if lower_pattern is not None else None
    if low is not None:
        scan = lower_pattern.finditer(low)
    else:
        scan = pattern.finditer(text)
    for m in scan:
        word = text[m.start() : m.end()]
        if word[0].isupper() and _ORG_AFTER.match(text, m.end()):
            continue  # "the Election Commission", "the Crisis Response Unit"
        entry = table.get(_norm(word))
        if entry is None:  # a spacing the table does not list ("war-games" is listed; others not)
            continue
        type_, lemma, guard = entry
        if guard != "-":
            checked = _GUARDS[guard](_Ctx(text, m.start(), m.end()), type_)
            if checked is None:
                continue
            type_ = checked
        out.append(Mention("event", m.start(), m.end(), word, NameValue(word, lemma), role=type_))
    return out


# --------------------------------------------------------------------------- names

_YEAR_TAIL = re.compile(r"(?:\s|^)(?:19|20)\d\d$")
_YEAR_HEAD = re.compile(r"^(?:19|20)\d\d\s")


def name_key(name: str) -> str:
    """Fold an event name for matching and drop an edition year at either end."""
    key = fold(name)
    key = _YEAR_TAIL.sub("", key)
    key = _YEAR_HEAD.sub("", key)
    if key.startswith("the "):
        key = key[4:]
    return key.strip() or fold(name)


_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f"
_CAPWORD = rf"[{_UPPER}][\w'’\-]*"
_CONNECT = r"(?:of|de|del|and|the|for|on|in)"

_QUOTE_CHARS = re.compile(r"[\"“”„«»‘’]")
_TRAIL_PUNCT = re.compile(r"[\s,.;:!?]+$")
_NAMING_BEFORE = re.compile(rf"(?:{lex.NAMING_VERBS})[\s,]*(?:the\s+)?$", re.IGNORECASE)
_GAP_OK = re.compile(
    rf"^[\s,]*(?:(?:{lex.NAMING_VERBS}|the|a|an|joint|naval|military|annual|multinational|"
    r"international|bilateral|trilateral|large-scale|live-fire|combined|[\w-]+)[\s,]*){0,3}$",
    re.IGNORECASE,
)
@lru_cache(maxsize=1)
def _name_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Compile the name regexes on first use.

    Names are found from their rare end (an edition year, a head noun) and then read backwards
    over a short stretch, so the scan does not start a match at every capitalised word.
    """
    # Opening with a character class (the look-behind checks the character before it) lets the
    # engine skip to the digits in C.
    year = re.compile(r"[12](?<=[-\s][12])(?:(?<=1)9|(?<=2)0)\d\d(?![\w\-]|[.,]\d)")
    before_year = re.compile(rf"((?:{_CAPWORD}[ \t]+){{0,3}}{_CAPWORD}?)(-|[ \t])$")
    heads = lex.word_alternation(sorted(w.capitalize() for w in lex.NAME_HEADS))
    head = re.compile(rf"{heads}(?:[ \t]+(?:I{{1,3}}|IV|One|Two))?(?![\w\-])")
    before_head = re.compile(
        rf"(?<![\w\-])(?:(?:19|20)\d\d[ \t]+)?(?:{_CAPWORD}[ \t]+(?:{_CONNECT}[ \t]+)?){{1,5}}$"
    )
    alternatives = sorted(
        (re.sub(r"\s+", r"[ \\t]+", p.title().replace(" Of", " of")) for p in lex.NAME_PREFIXES), key=len, reverse=True
    )
    # As for the heads: one character class first, then each alternative checks its own first
    # letter, in the same order as before.
    firsts = "".join(sorted({a[0] for a in alternatives}))
    prefixes = f"[{firsts}](?<![\\w\\-].)(?:" + "|".join(f"(?<={a[0]}){a[1:]}" for a in alternatives) + ")"
    prefix = re.compile(
        rf"({prefixes})[ \t]+((?:the[ \t]+)?{_CAPWORD}(?:[ \t]+{_CAPWORD}){{0,2}})(?![\w\-])"
    )
    return year, before_year, head, before_head, prefix


_LETTER_WORD = re.compile(r"[^\W\d_][\w'’]*")


def _title_line(text: str, pos: int, cache: dict[int, bool]) -> bool:
    """Tell whether ``pos`` is on a short headline-style line where most words are capitalised."""
    start = text.rfind("\n", 0, pos) + 1
    if start in cache:
        return cache[start]
    end = text.find("\n", pos)
    line = text[start : end if end != -1 else len(text)]
    words = _LETTER_WORD.findall(line[:400])
    caps = sum(1 for w in words if w[0].isupper())
    # A headline has no final full stop; a sentence full of names does.
    ended = line.rstrip()[-1:] in ".!?\"”'’:;,"
    result = not ended and len(words) >= 4 and len(line) <= 200 and caps >= 0.6 * len(words)
    cache[start] = result
    return result


_TOKEN = re.compile(r"\S+")


def _kept_start(text: str, start: int, end: int) -> tuple[int, int]:
    """Skip opening words that cannot begin a name; return the new start and words left."""
    tokens = list(_TOKEN.finditer(text, start, end))
    for i, tok in enumerate(tokens):
        word = tok.group().lower()
        if word not in lex.NOT_NAME_WORDS and word not in ("of", "de", "del", "and", "for", "on", "in"):
            return tok.start(), len(tokens) - i
    return end, 0


def _adjacent_trigger(
    triggers: list[Mention], starts: list[int], start: int, end: int, text: str
) -> Mention | None:
    """Return the trigger right after or right before a name (few words between, same clause)."""
    i = bisect.bisect_left(starts, end)
    best = None
    if i < len(triggers) and triggers[i].start - end <= NAME_GAP and _GAP_OK.match(text[end : triggers[i].start]):
        best = triggers[i]
    j = bisect.bisect_left(starts, start) - 1
    if best is None and j >= 0:
        t = triggers[j]
        if t.end <= start and start - t.end <= NAME_GAP and _GAP_OK.match(text[t.end : start]):
            best = t
    return best


def _name(text: str, start: int, end: int, role: str | None) -> Mention:
    words = text[start:end]
    return Mention("name", start, end, words, NameValue(words, name_key(words)), role=role)


def _quoted_names(text: str, triggers: list[Mention], starts: list[int]) -> list[Mention]:
    out: list[Mention] = []
    opened: int | None = None
    opener = ""
    for q in _QUOTE_CHARS.finditer(text):
        ch = q.group()
        pos = q.start()
        if ch in "’":
            # An apostrophe unless it closes a ‘...’ pair and no letter follows.
            if opened is None or opener != "‘" or (pos + 1 < len(text) and text[pos + 1].isalpha()):
                continue
        if opened is None:
            if ch in "”»":
                continue
            if ch == "‘" and pos > 0 and text[pos - 1].isalnum():
                continue
            opened, opener = pos, ch
            continue
        if ch in "“„«‘" and opener != '"':
            opened, opener = pos, ch  # an unclosed quote: start again here
            continue
        if ch == "‘":
            continue
        inner_start, inner_end = opened + 1, pos
        opened = None
        if inner_end - inner_start > MAX_QUOTED_CHARS or "\n" in text[inner_start:inner_end]:
            continue
        while inner_start < inner_end and text[inner_start].isspace():
            inner_start += 1
        trail = _TRAIL_PUNCT.search(text, inner_start, inner_end)
        if trail:
            inner_end = trail.start()
        inner = text[inner_start:inner_end]
        words = inner.split()
        if not words or len(words) > MAX_QUOTED_WORDS:
            continue
        if not (inner[0].isupper() or inner[0].isdigit()):
            continue  # scare quotes and quoted phrases are lower case; names are not
        if any(w[0].islower() and w.lower() not in ("of", "the", "and", "de", "for", "in", "on", "a") for w in words):
            continue
        before = text[max(0, inner_start - 41) : inner_start - 1]
        named = bool(_NAMING_BEFORE.search(before))
        trig = _adjacent_trigger(triggers, starts, inner_start - 1, inner_end + 1, text)
        if trig is None and not named:
            continue
        if trig is None:
            j = bisect.bisect_left(starts, inner_start) - 1
            if j >= 0 and inner_start - triggers[j].end <= 60:
                trig = triggers[j]
        out.append(_name(text, inner_start, inner_end, trig.role if trig else None))
    return out


def _year_names(text: str, triggers: list[Mention], starts: list[int]) -> list[Mention]:
    year_re, name_before, _, _, _ = _name_patterns()
    out: list[Mention] = []
    for y in year_re.finditer(text):
        m = name_before.search(text, max(0, y.start() - 80), y.start())
        if m is None:
            continue
        start, left = _kept_start(text, m.start(1), m.end(1))
        if left == 0 or any(w.lower() in lex.NOT_NAME_WORDS for w in text[start : m.end(1)].split()):
            continue
        end = y.end()
        trig = _adjacent_trigger(triggers, starts, start, end, text)
        if m.group(2) != "-" and trig is None:
            continue  # "Zapad 2021" is a name only next to an event word
        out.append(_name(text, start, end, trig.role if trig else None))
    return out


def _head_names(text: str, triggers: list[Mention], starts: list[int], cache: dict[int, bool]) -> list[Mention]:
    out: list[Mention] = []
    _, _, head_re, before_head, prefix_re = _name_patterns()
    for h in head_re.finditer(text):
        m = before_head.search(text, max(0, h.start() - 100), h.start())
        if m is None:
            continue
        start, left = _kept_start(text, m.start(), h.end())
        if left < 2 or _title_line(text, h.start(), cache):
            continue
        head = h.group().split()[0].lower()
        out.append(_name(text, start, h.end(), lex.NAME_HEADS.get(head)))
    for m in prefix_re.finditer(text):
        rest = m.group(2).split()
        if rest[0].lower() in lex.NOT_NAME_WORDS and rest[0].lower() != "the":
            continue
        if rest[0].lower() == "the" and len(rest) < 2:
            continue
        if _title_line(text, m.start(), cache):
            continue
        prefix = " ".join(m.group(1).lower().split())
        role = lex.NAME_PREFIXES.get(prefix)
        if role is None:
            trig = _adjacent_trigger(triggers, starts, m.start(), m.end(), text)
            role = trig.role if trig else None
        out.append(_name(text, m.start(), m.end(), role))
    return out


@lru_cache(maxsize=1)
def _lower_head_pattern() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Compile the lower-case name heads and the capitalised run before them, on first use."""
    # Heads that are trigger words come from the trigger scan (with its guards: "He talks" is
    # a verb); only the others need a scan of their own, which keeps it short.
    _, table = _lexicon()
    others = sorted(h for h in lex.LOWER_NAME_HEADS if _norm(h) not in table)
    head = re.compile(rf"{lex.word_alternation(others)}(?![\w\-])")
    # One to four capitalised words (hyphenated parts allowed) ending right before the head.
    run = re.compile(rf"(?<![\w\-'’])((?:{_CAPWORD}[ \t]+){{1,4}})$")
    return head, run


_RUN_PART = re.compile(r"[^\s\-]+")
#: "Biden-Putin", "US-China": capitalised parts joined by hyphens name the parties, not the event.
_PARTY_PAIR = re.compile(rf"^[{_UPPER}][\w'’]*(?:-[{_UPPER}][\w'’]*)+$")
#: Words that lead a capitalised run without naming anything ("US-led", "Qatar-mediated", "Saturday's").
_RUN_NOT_WORD = re.compile(r"['’]s?$|-(?:[a-z]+ed|[a-z]+ing|style)$")
#: Where a sentence starts: a capitalised word there may be capitalised only for that reason.
_SENTENCE_START = re.compile(r"(?:^|[.!?]['\"”’)]?\s+|\n\s*|[\"“`']\s*)$")
#: Pronouns and quantifiers that are subjects when an event noun follows as a verb ("He talks").
_SUBJECT_WORDS = _PRONOUNS | _words("nobody everybody everyone someone somebody anyone no-one none each")


@lru_cache(maxsize=1)
def _country_words() -> frozenset[str]:
    """Fold every country name and demonym of the actor tables (built on first use)."""
    from crosscheck.extract._actor_data import COUNTRIES

    words: set[str] = set()
    for line in COUNTRIES.splitlines():
        parts = line.split("|")
        for field_ in parts[1:]:
            words.update(fold(w) for w in field_.split(";") if w)
    return frozenset(words)


def _covered_parts(run: str, head: str) -> tuple[bool, ...]:
    """Tell, for each hyphen- or space-separated part of ``run``, whether it names a party or place.

    The place and actor extractors read the run with its head ("the Paris talks" is Paris; "a
    NATO summit" is NATO), and country names and demonyms count as parties ("the Turkish
    exercise"). A short phrase rather than the whole sentence keeps the cost low; the result is
    cached, since the same runs recur across a feed.
    """
    return _covered_cached(run, " ".join(head.lower().split()))


@lru_cache(maxsize=4096)
def _covered_cached(run: str, head: str) -> tuple[bool, ...]:
    from crosscheck.extract import actors, places  # only for candidates, which are rare

    phrase = f"the {run} {head}"
    at = len("the ")
    covered = [False] * len(run)
    spans = [(m.start, m.end) for m in places.find(phrase)]
    spans += [(m.start, m.end) for m in actors.find(phrase) if m.kind == "actor"]
    for s, e in spans:
        for i in range(max(s, at), min(e, at + len(run))):
            covered[i - at] = True
    countries = _country_words()
    out = []
    for part in _RUN_PART.finditer(run):
        word = part.group()
        out.append(any(covered[part.start() : part.end()]) or fold(word) in countries or _major_place(word))
    return tuple(out)


def _major_place(word: str, *, min_population: int = MAJOR_CITY_POPULATION) -> bool:
    """Tell whether ``word`` is the very name of a country, region, feature or large city.

    Out of context the place extractor may leave a city alone ("the NATO Washington summit");
    a city of at least ``min_population`` named exactly so is taken as the place. Small towns and
    names reached only through an alias ("Vostok") stay possible event names.
    """
    from crosscheck import gazetteer

    key = fold(word)
    for entry in gazetteer.lookup(word):
        if fold(entry.name) != key:
            continue
        if entry.kind != "city" or entry.population >= min_population:
            return True
    return False


def _parties_before(run: str, head: str) -> int | None:
    """Return where the name starts in a capitalised run, after the parties and places leading it.

    Leading parts that are a country, people, place or organisation qualify the name ("the
    Russian-Belarusian Zapad exercises" is Zapad); None when every part is one of them.
    """
    for part, covered in zip(_RUN_PART.finditer(run), _covered_parts(run, head)):
        if not covered:
            # The name opens at the start of the space-separated word holding this part.
            return run.rfind(" ", 0, part.start()) + 1
    return None


def _person_surname(word: str, text: str, here: int) -> bool:
    """Tell whether ``word`` follows a capitalised word elsewhere in the text ("Vladimir Putin").

    The occurrence at ``here`` (the candidate itself) does not count.
    """
    pos = text.find(word)
    while pos > 0:
        end = pos + len(word)
        if pos != here and text[pos - 1] == " " and (end == len(text) or not text[end].isalnum()):
            prev = _PREV.search(text, max(0, pos - 40), pos)
            if prev and prev.group(1)[:1].isupper() and prev.group(1).lower() not in lex.NOT_NAME_WORDS:
                return True
        pos = text.find(word, pos + 1)
    return False


def _lower_head_names(
    text: str, triggers: list[Mention], starts: list[int], cache: dict[int, bool]
) -> list[Mention]:
    """Find names written as capitalised words right before a lower-case event noun.

    "the annual Sea Breeze drills", "the Northern Shield exercise", "Zapad exercises": the run
    of capitalised words is the name. Not when the run is a country, people, place,
    organisation or person ("the Turkish exercise", "a NATO summit", "the Paris talks", "the
    Biden-Putin summit"), when it is a single word opening a sentence ("Naval drills began"),
    or on a headline line.
    """
    head_re, run_re = _lower_head_pattern()
    out: list[Mention] = []
    heads = [
        (t.start, t.end, t.text)
        for t in triggers
        if t.text[:1].islower() and " ".join(t.text.split()) in lex.LOWER_NAME_HEADS
    ]
    heads += [(h.start(), h.end(), h.group()) for h in head_re.finditer(text)]
    heads.sort()
    for h_start, h_end, h_text in heads:
        # Most heads follow a lower-case word ("the joint drills"): look at that word's first
        # letter before running the look-back regex.
        j = h_start - 1
        if j < 1 or text[j] not in " \t":
            continue
        k = text.rfind(" ", max(0, j - 40), j)
        if not text[k + 1 if k >= 0 else max(0, j - 40)].isupper():
            continue
        m = run_re.search(text, max(0, h_start - 80), h_start)
        if m is None:
            continue
        start, left = _kept_start(text, m.start(1), m.end(1))
        if left == 0:
            continue
        end = m.end(1) - (len(m.group(1)) - len(m.group(1).rstrip()))
        words = text[start:end].split()
        if any(_RUN_NOT_WORD.search(w) or w.lower() in lex.NOT_NAME_WORDS for w in words):
            continue
        if len(words) == 1 and (
            _SENTENCE_START.search(text, max(0, start - 3), start) or words[0].lower() in _SUBJECT_WORDS
        ):
            continue  # capitalised as a sentence opener, or the subject of a verb ("He talks")
        i = bisect.bisect_left(starts, start)
        if i < len(triggers) and triggers[i].start == start and triggers[i].end == h_end:
            continue  # the run and the noun make one event word: "the Olympic games"
        if _title_line(text, h_start, cache):
            continue
        run = text[start:end]
        if len(words) == 1 and _PARTY_PAIR.match(run):
            continue
        offset = _parties_before(run, h_text)
        if offset is None:
            continue
        start += offset
        words = text[start:end].split()
        if len(words) == 1 and _person_surname(words[0], text, start):
            continue
        head = " ".join(h_text.lower().split())
        role = lex.LOWER_NAME_HEADS.get(head)
        if role is None:
            trig = _adjacent_trigger(triggers, starts, start, h_end, text)
            role = trig.role if trig else None
        out.append(_name(text, start, end, role))
    return out


def _dedupe(names: list[Mention]) -> list[Mention]:
    """Keep the longest of overlapping names, earliest first."""
    names.sort(key=lambda n: (n.start, -(n.end - n.start)))
    out: list[Mention] = []
    for n in names:
        if out and n.start < out[-1].end:
            if n.end - n.start > out[-1].end - out[-1].start:
                out[-1] = n
            continue
        out.append(n)
    return out


# --------------------------------------------------------------------------- public API


def find(text: str, *, anchor: dt.date | None = None) -> list[Mention]:
    """Return the event triggers and event names of ``text`` as Mentions sorted by start.

    ``anchor`` is accepted for the common extractor signature and not used.
    """
    if not text:
        return []
    triggers = _triggers(text)
    starts = [t.start for t in triggers]
    cache: dict[int, bool] = {}
    names = _quoted_names(text, triggers, starts)
    names += _year_names(text, triggers, starts)
    names += _head_names(text, triggers, starts, cache)
    names += _lower_head_names(text, triggers, starts, cache)
    found = triggers + _dedupe(names)
    found.sort(key=lambda m: (m.start, m.end, m.kind))
    return found
