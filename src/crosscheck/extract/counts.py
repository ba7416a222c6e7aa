"""Find counts in English news text: how many were killed, injured, displaced, deployed, won.

``find(text)`` returns :class:`Mention` records of kind ``count``. The value is a
:class:`CountValue`; the role is the measure (``killed``, ``injured``, ``missing``, ``displaced``,
``arrested``, ``evacuated``, ``rescued``, ``affected``, ``troops``, ``aircraft``, ``ships``,
``tanks``, ``vehicles``, ``votes``, ``seats``, ``homes``, ``buildings``, ``attendance``,
``casualties`` or ``people`` for participants). The span is the number phrase with its qualifier
("at least 125", "between 100 and 120", "dozens"); the measure is read from the words right after
it in the same clause ("125 people died", "11,300 displaced", "six warships") or, failing that,
from the words right before it ("killing 12", "the death toll rose to 174", "a crowd of 5,000").
A number with no recognised measure yields nothing, which is what keeps years, dates, ordinals,
money, percentages, ages, durations, scores and model numbers out.

Number forms and their values:

- digits with thousands separators and decimals with a scale word: "11,300", "1.5 million";
- number words: "three", "twenty-one", "two hundred", "a dozen" (12, approximate);
- vague plurals, read as an open lower bound, approximate: "dozens" ≥ 24, "scores" ≥ 40,
  "hundreds" ≥ 200, "thousands" ≥ 2,000, "tens of thousands" ≥ 20,000, "hundreds of
  thousands" ≥ 200,000, "millions" ≥ 2,000,000;
- qualifiers: "at least N" ≥ N; "more than/over/upwards of N" ≥ N+1; "fewer/less than N" ≤ N-1;
  "up to/as many as/at most N" ≤ N; "about/around/some/roughly/an estimated N" ~N;
  "nearly/almost/close to N" ~≤N; ranges "between N and M", "N to M", "N-M" are N..M.

The anchor is not used.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from crosscheck.extract._event_lexicon import alternation
from crosscheck.extract._mention import Mention
from crosscheck.model import CountValue
from crosscheck.text import lowered

__all__ = ["find", "parse_number"]

#: How many words after the number may stand between it and its measure noun ("two maritime
#: patrol aircraft").
MAX_MODIFIERS = 3
#: How many helper words may stand between a people noun and its outcome ("were later found dead").
MAX_OUTCOME_GAP = 4

# --------------------------------------------------------------------------- number words

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
#: Vague plural amounts: the lower bound each stands for.
_VAGUE = {
    "dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2_000, "millions": 2_000_000,
    "tens of thousands": 20_000, "hundreds of thousands": 200_000, "tens of millions": 20_000_000,
    "hundreds of millions": 200_000_000,
}

_BASIC = alternation(sorted(_UNITS))
_BIG = r"(?:hundred|thousand|million|billion|dozen)"
_WORD_NUM = (
    rf"(?:half\s+a\s+dozen|(?:a\s+{_BIG}|{_BASIC})(?:[\s-]+{_BASIC}|\s+hundred\s+and|\s+{_BIG})*)"
)
_DIGIT_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s+(?:hundred|thousand|million|billion)\b)?"
_VAGUE_NUM = r"(?:(?:tens|hundreds)\s+of\s+(?:thousands|millions)|dozens|scores|hundreds|thousands|millions)"
_NUM = rf"(?:{_DIGIT_NUM}|{_VAGUE_NUM}|{_WORD_NUM})"

_QUALIFIERS = {
    "at least": "ge", "a minimum of": "ge", "no fewer than": "ge", "no less than": "ge",
    "not less than": "ge", "more than": "gt", "over": "gt", "upwards of": "gt",
    "in excess of": "gt", "above": "gt", "well over": "gt", "just over": "gt", "well above": "gt",
    "fewer than": "lt", "less than": "lt", "under": "lt", "below": "lt", "just under": "lt",
    "up to": "le", "as many as": "le", "at most": "le", "a maximum of": "le",
    "no more than": "le", "not more than": "le", "nearly": "near", "almost": "near",
    "close to": "near", "just shy of": "near", "some": "about", "about": "about",
    "around": "about", "approximately": "about", "roughly": "about", "an estimated": "about",
    "estimated": "about", "an approximate": "about", "a total of": "exact", "another": "exact",
    "a further": "exact", "an additional": "exact",
}
_QUAL = alternation(sorted(_QUALIFIERS))
#: Qualifier kinds keyed without spaces, as the regex lets "at least" be written "at-least".
_JOINERS = re.compile(r"[\s\-‐‑]+")
_QUAL_KIND = {_JOINERS.sub("", q): kind for q, kind in _QUALIFIERS.items()}


def _qualifier(qual: str | None) -> str | None:
    return _QUAL_KIND.get(_JOINERS.sub("", qual.lower())) if qual else None




#: What may not stand right before a number phrase: a word character, a currency or a sign.
_NOT_AFTER = r"[\w$€£¥#./:,\-]"


@lru_cache(maxsize=1)
def _count_pattern() -> re.Pattern[str]:
    """Compile the number-phrase regex on first use (it is large; importing stays cheap)."""
    return re.compile(rf"(?<!{_NOT_AFTER})" + _phrase_body(), re.IGNORECASE)


def _phrase_body() -> str:
    """Return the number-phrase regex from the phrase's first character on."""
    # The look-ahead names every character a phrase can open with (a digit, or the first letter
    # of a qualifier or number word): the engine then leaves most positions at once instead of
    # trying the whole alternation there, which makes the scan nearly twice as fast.
    words = [*_QUALIFIERS, *_UNITS, *_VAGUE, "between", "half", "a"]
    first = "".join(sorted({w[0] for w in words}))
    return (
        rf"(?=[\d{first}])(?:(?P<qual>{_QUAL})\s+)?(?P<between>between\s+)?(?P<a>{_NUM})"
        rf"(?:\s*(?P<sep>-|–|—|to|and)\s*(?P<b>{_NUM}))?(?!\w|[%°/:]|[.,]\d|[-‐]\w)"
    )


@lru_cache(maxsize=1)
def _lower_count_pattern() -> re.Pattern[str]:
    """Compile the number-phrase regex for lower-cased text with one space put before it.

    It opens by taking the character before the phrase (which the plain pattern's look-behind
    only checks), one character class: the engine then skips in C to the few positions after
    such a character, where the plain pattern enters the regex at every position, and matching
    case-sensitively spares the double test of every letter. Each match starts one character
    early in the padded text, which is its start in the original; it ends one character late.
    Nothing is lost by taking that character: a phrase ends with a word character, which the
    pattern refuses before the next phrase anyway.
    """
    return re.compile(f"[^{_NOT_AFTER[1:-1]}]" + _phrase_body())


_SPLIT = re.compile(r"[\s-]+")


def parse_number(words: str) -> tuple[int, bool] | None:
    """Read a number phrase ("11,300", "1.5 million", "two hundred", "dozens") as (value, vague).

    ``vague`` is True for the plural amounts ("dozens", "thousands") whose value is a lower bound.
    Returns None when the words are not a number.
    """
    text = " ".join(_SPLIT.split(words.lower().strip()))
    if text in _VAGUE:
        return _VAGUE[text], True
    if text[:1].isdigit():
        parts = text.split(" ")
        try:
            value = float(parts[0].replace(",", ""))
        except ValueError:
            return None
        if len(parts) > 1:
            value *= _SCALES.get(parts[-1], 1)
        return int(round(value)), False
    if text == "half a dozen":
        return 6, False
    total = current = 0
    seen = False
    tokens = text.split(" ")
    for i, tok in enumerate(tokens):
        if tok == "a":
            if i != 0:
                return None
            current = 1
        elif tok == "and":
            continue
        elif tok in _UNITS:
            current += _UNITS[tok]
            seen = True
        elif tok == "dozen":
            current = (current or 1) * 12
            seen = True
        elif tok == "hundred":
            current = (current or 1) * 100
            seen = True
        elif tok in _SCALES:
            total += (current or 1) * _SCALES[tok]
            current = 0
            seen = True
        else:
            return None
    if not seen:
        return None
    return total + current, False


# --------------------------------------------------------------------------- measure tables

#: Nouns right after a number and the measure they give.
_MEASURE_NOUNS = {
    **dict.fromkeys("dead deaths death fatalities fatality bodies body lives life".split(), "killed"),
    **dict.fromkeys("injured wounded injuries".split(), "injured"),
    **dict.fromkeys("missing".split(), "missing"),
    **dict.fromkeys("displaced refugees homeless".split(), "displaced"),
    **dict.fromkeys("evacuees".split(), "evacuated"),
    **dict.fromkeys("arrests detainees".split(), "arrested"),
    **dict.fromkeys(
        "troops soldiers servicemen servicemembers personnel sailors marines paratroopers commandos "
        "reservists peacekeepers conscripts soldier serviceman sailor marine".split(),
        "troops",
    ),
    **dict.fromkeys("aircraft jets warplanes planes helicopters drones bombers jet warplane plane helicopter drone".split(), "aircraft"),
    **dict.fromkeys("ships warships vessels boats frigates submarines destroyers corvettes ship warship vessel boat frigate submarine".split(), "ships"),
    **dict.fromkeys("tanks tank".split(), "tanks"),
    **dict.fromkeys("vehicles vehicle".split(), "vehicles"),
    **dict.fromkeys("votes ballots vote".split(), "votes"),
    **dict.fromkeys("seats seat".split(), "seats"),
    **dict.fromkeys("homes houses dwellings home house".split(), "homes"),
    **dict.fromkeys("buildings building".split(), "buildings"),
    **dict.fromkeys("spectators fans".split(), "attendance"),
    **dict.fromkeys("casualties".split(), "casualties"),
}
#: Nouns for people that take their measure from what happened to them ("41 people were killed").
_PEOPLE = frozenset(
    """people persons civilians villagers children kids women men passengers worshippers residents
    migrants workers others pilgrims students tourists victims individuals suspects militants
    fighters officers policemen farmers patients miners fishermen guests shoppers pupils babies
    infants journalists staff employees inmates prisoners crew climbers hikers survivors
    adults rebels attackers gunmen insurgents police person child man woman civilian villager
    passenger worker student tourist policeman officer migrant resident pilgrim""".split()
)
#: People nouns that count participants when nothing happened to them ("5,000 protesters").
_PARTICIPANTS = frozenset("protesters protestors demonstrators marchers participants delegates".split())
_PEOPLE = _PEOPLE | _PARTICIPANTS

#: Words after a number (or its people noun) that say what happened to them.
_OUTCOMES = {
    **dict.fromkeys("killed dead died die perished drowned".split(), "killed"),
    **dict.fromkeys("injured wounded hurt hospitalised hospitalized".split(), "injured"),
    **dict.fromkeys("missing unaccounted".split(), "missing"),
    **dict.fromkeys("displaced homeless uprooted fled".split(), "displaced"),
    **dict.fromkeys("arrested detained".split(), "arrested"),
    **dict.fromkeys("evacuated".split(), "evacuated"),
    **dict.fromkeys("rescued".split(), "rescued"),
    **dict.fromkeys("affected".split(), "affected"),
}
#: Helper words that may stand between the people noun and the outcome.
_HELPERS = frozenset(
    """were was have has had been being are is reportedly also all still later confirmed reported
    believed feared presumed now so far remain remained remains found left either seriously
    critically badly slightly lightly fatally who that others more""".split()
    # Modals and hedges: "up to 20,000 people may have died" still says what happened to them.
    + """may might could would will be likely possibly probably thought estimated""".split()
)
#: Words that end the search for a measure: the clause has moved on.
_STOPS = frozenset(
    """of in at on from to and or but the a an for with by since after before during than as per
    that which who when where while if into across""".split()
)
#: Words after a number that mark it as something other than a count of things.
_NOT_COUNT_AFTER = frozenset(
    """percent per cent % pc dollars euros pounds rupees yuan yen naira shillings francs rubles
    roubles lira dinars dirhams riyals pesos usd eur gbp seconds second minutes minute hours hour
    days day weeks week months month years year decades decade centuries century km kilometres
    kilometers miles mile metres meters kg kilograms tonnes tons degrees points goals runs wickets
    times am pm a.m p.m bc ad gmt utc st nd rd th""".split()
)
_MONTHS = frozenset(
    """january february march april may june july august september october november december jan
    feb mar apr jun jul aug sep sept oct nov dec""".split()
)
#: Words before a number that make it a label ("No. 1", "Highway 17", "Resolution 2231").
_LABEL_BEFORE = frozenset(
    """no number highway route room flight article chapter section resolution page road street
    block gate terminal platform level category phase stage round group week day year version
    act paragraph bus line unit ward zone sector grade class size model type aged age ages
    episode season series apollo hole lane exit pier berth item rule clause amendment""".split()
)

# Each opens with a look-ahead for its words' first letters: searched over a window before every
# number, a pattern then leaves most positions at once.
_BEFORE_ROLES = [
    (re.compile(r"(?=[kc])\b(?:kill(?:s|ed|ing)?|claim(?:s|ed|ing)?(?:\s+the\s+lives\s+of)?)\s+$", re.I), "killed"),
    (re.compile(r"(?=t)\btoll\b[^.;!?\n]{0,80}?\b(?:of|at|to|reached|reaches|hit|hits|passed|topped|surpassed|"
                r"exceeded|is|was|stood|stands|now)\s+$", re.I), "killed"),
    (re.compile(r"(?=n)\bnumber\s+of\s+(?:dead|deaths|fatalities|victims|people\s+killed)\b[^.;!?\n]{0,40}?"
                r"\b(?:to|at|was|is|reached|of)\s+$", re.I), "killed"),
    (re.compile(r"(?=[wi])\b(?:wound(?:s|ed|ing)|injur(?:e|es|ed|ing))\s+$", re.I), "injured"),
    (re.compile(r"(?=[du])\b(?:displac(?:e|es|ed|ing)|uproot(?:s|ed|ing))\s+$", re.I), "displaced"),
    (re.compile(r"(?=e)\bevacuat(?:e|es|ed|ing)\s+$", re.I), "evacuated"),
    (re.compile(r"(?=[adr])\b(?:arrest(?:s|ed|ing)?|detain(?:s|ed|ing)?|detention\s+of|rounded\s+up)\s+$", re.I), "arrested"),
    (re.compile(r"(?=r)\brescu(?:e|es|ed|ing)\s+$", re.I), "rescued"),
    (re.compile(r"(?=a)\baffect(?:s|ed|ing)\s+$", re.I), "affected"),
    (re.compile(r"(?=[acg])\b(?:crowd|attendance|audience|gate)\s+(?:of\s+|was\s+|reached\s+)?$|(?=i)\bin\s+front\s+of\s+$"
                r"|(?=a)\battended\s+by\s+$", re.I), "attendance"),
]
#: The words each pattern of ``_BEFORE_ROLES`` can end with, in the same order: every pattern
#: ends with one of its words, a word boundary before it, and then only spaces. A window is
#: searched only with the patterns that can end with its last word (tests/test_counts.py checks
#: this against searching with all of them).
_BEFORE_ROLE_LAST_WORDS = [
    "kill kills killed killing claim claims claimed claiming of",
    "of at to reached reaches hit hits passed topped surpassed exceeded is was stood stands now",
    "to at was is reached of",
    "wounds wounded wounding injure injures injured injuring",
    "displace displaces displaced displacing uproots uprooted uprooting",
    "evacuate evacuates evacuated evacuating",
    "arrest arrests arrested arresting detain detains detained detaining of up",
    "rescue rescues rescued rescuing",
    "affects affected affecting",
    "crowd attendance audience gate of was reached by",
]
_TRAILING_LETTERS = re.compile(r"[a-z]*\Z")
_PARTICIPATE = re.compile(
    r"\s*(?:(?:have|had|were|who)\s+)?(?:took\s+part|attended|gathered|marched|joined|protested|"
    r"rallied|turned\s+out|participated|demonstrated|took\s+to\s+the\s+streets)\b",
    re.I,
)
_CLAUSE_END = re.compile(r"[.;:!?\n(),\[\]—–\"“”]")
_WORDS = re.compile(r"[A-Za-z%][A-Za-z'’\-]*|\d[\d,.]*")
_TOTAL_BEFORE = re.compile(r"\d[\d,]*\s+of\s+(?:the|its|their|all)\s+$", re.I)
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.']*)\s*$")
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.I)
#: "one of the", "one another", "one day", "one way or another", "one side": not a count of one.
_ONE_OF = re.compile(r"\s+(?:of|another|day|way|side)\b", re.I)
_YEARLIKE = re.compile(r"^(?:1[89]|20)\d\d$")


def _measure_after(text: str, end: int) -> tuple[str | None, str, bool]:
    """Read the measure after a number: (role, its noun or "", the next word blocks counting).

    An outcome read straight after the number ("150 injured") reports no noun, so that a year
    followed by a verb ("in 2007 killed") is not taken for a count.
    """
    window = text[end : end + 90]
    cut = _CLAUSE_END.search(window)
    if cut:
        window = window[: cut.start()]
    words = [w.lower().rstrip(".").replace("’", "'") for w in _WORDS.findall(window)]
    if not words:
        return None, "", False
    if words[0] in _NOT_COUNT_AFTER or words[0] in _MONTHS:
        return None, "", True
    i = 0
    if words[0] == "of" and len(words) > 1:
        i = 1  # "dozens of people", "thousands of troops"
        if words[1] in ("the", "its", "their") and len(words) > 2 and words[2][0].isdigit():
            i = 3  # "162 of the 225 seats": the share takes the total's measure
        elif words[1] in ("the", "them", "those", "these"):
            return None, "", False
    noun_role: str | None = None
    noun_word = ""
    noun = False
    modifiers = 0
    plain = True  # only helper words so far: an outcome here describes the number itself
    while i < len(words):
        w = words[i]
        if w in _MEASURE_NOUNS or w in _PEOPLE:
            noun = True
            noun_word = w
            noun_role = _MEASURE_NOUNS.get(w)
            i += 1
            break
        if w in _OUTCOMES and plain:
            return _OUTCOMES[w], "", False
        if w in _HELPERS and w not in ("others", "more", "who", "that", "left"):
            i += 1  # "18 were killed"
            modifiers += 1
            if modifiers > MAX_OUTCOME_GAP:
                return None, "", False
            continue
        if w in _STOPS or w[0].isdigit():
            return None, "", False
        plain = False
        modifiers += 1
        if modifiers > MAX_MODIFIERS:
            return None, "", False
        i += 1
    if not noun:
        return None, "", False
    # After the noun: an outcome ("people were killed") overrides the noun's own measure.
    gap = 0
    while i < len(words) and gap <= MAX_OUTCOME_GAP:
        w = words[i]
        if w in _OUTCOMES:
            return _OUTCOMES[w], noun_word, False
        if w == "lost" and words[i + 1 : i + 3] in (["their", "lives"], ["his", "life"], ["her", "life"]):
            return "killed", noun_word, False
        if w not in _HELPERS:
            break
        gap += 1
        i += 1
    return noun_role, noun_word, False


def _value(number: str, qual: str | None) -> CountValue | None:
    parsed = parse_number(number)
    if parsed is None:
        return None
    n, vague = parsed
    kind = _qualifier(qual)
    if vague:
        return CountValue(n, None, approximate=True)
    if kind == "ge":
        return CountValue(n, None)
    if kind == "gt":
        return CountValue(n + 1, None)
    if kind == "lt":
        return CountValue(None, n - 1) if n > 0 else None
    if kind == "le":
        return CountValue(None, n)
    if kind == "near":
        return CountValue(None, n, approximate=True)
    return CountValue(n, n, approximate=kind == "about")


def _range_value(a: str, b: str, qual: str | None) -> CountValue | None:
    pa, pb = parse_number(a), parse_number(b)
    if pa is None or pb is None or pa[1] or pb[1] or pb[0] <= pa[0]:
        return None  # "2-1", "3-3": scores, not ranges
    kind = _qualifier(qual)
    return CountValue(pa[0], pb[0], approximate=kind in ("about", "near"))


def _role_before(text: str, start: int) -> str | None:
    """Read the measure from the words before a number, within its sentence ("killing 12")."""
    window = text[max(0, start - 120) : start]
    cut = max(window.rfind(ch) for ch in ".;!?\n")
    if cut >= 0:
        window = window[cut + 1 :]
    low = lowered(window)
    if low is None:
        for pattern, role in _BEFORE_ROLES:
            if pattern.search(window):
                return role
        return None
    body = low.rstrip()
    if len(body) == len(low):
        return None  # every pattern ends with spaces
    last = _TRAILING_LETTERS.search(body, max(0, len(body) - 20))
    for pattern, role in _lower_before_roles().get(last.group() if last else "", ()):
        if pattern.search(low):
            return role
    return None


@lru_cache(maxsize=1)
def _lower_before_roles() -> dict[str, list[tuple[re.Pattern[str], str]]]:
    """Map each last word to the ``_BEFORE_ROLES`` patterns that can end with it, on first use.

    The patterns are compiled case-sensitively, for lower-cased windows: their words are
    lower-case, so on a lower-cased window they find what they find case-insensitively in the
    window itself (see crosscheck.text.lowered), without testing every letter in both cases.
    Each list keeps the patterns' order, so the first that matches gives the same role.
    """
    table: dict[str, list[tuple[re.Pattern[str], str]]] = {}
    for (pattern, role), words in zip(_BEFORE_ROLES, _BEFORE_ROLE_LAST_WORDS, strict=True):
        compiled = re.compile(pattern.pattern)
        for word in words.split():
            table.setdefault(word, []).append((compiled, role))
    return table


# --------------------------------------------------------------------------- public API


def find(text: str, *, anchor: dt.date | None = None) -> list[Mention]:
    """Return the counts of ``text`` as Mentions sorted by start; ``anchor`` is not used."""
    out: list[Mention] = []
    low = lowered(text)
    if low is None:
        for m in _count_pattern().finditer(text):
            mention = _mention(text, m, 0)
            if mention is not None:
                out.append(mention)
        return out
    for m in _lower_count_pattern().finditer(" " + low):
        mention = _mention(text, m, 1)
        if mention is not None:
            out.append(mention)
    return out


def _mention(text: str, m: re.Match[str], shift: int) -> Mention | None:
    """Read one number phrase; ``m`` matched a copy of ``text`` whose offsets are ``shift`` ahead.

    The groups are read from ``text`` itself, as the copy may be lower-cased.
    """
    qual = _group(text, m, "qual", shift)
    a, b = _group(text, m, "a", shift), _group(text, m, "b", shift)
    sep = (_group(text, m, "sep", shift) or "").lower()
    between = _group(text, m, "between", shift)
    # The match starts where the phrase does in ``text``: in the padded copy it opens with the
    # character before the phrase, which is one place ahead.
    start = m.start()
    if b is not None and sep == "to" and _FROM_BEFORE.search(text, max(0, start - 6), start):
        # "rose from 41 to 58": the earlier figure is superseded in the same breath.
        value = _value(b, None)
        return _build(text, m.start("b") - shift, m.end("b") - shift, b, None, value) if value else None
    if b is not None and (sep != "and" or between):
        value = _range_value(a, b, qual)
        if value is not None:
            return _build(text, start, m.end() - shift, a, qual, value, ranged=True)
        if sep in ("-", "–", "—"):
            return None  # a score or a code ("2-1", "555-1234")
    if between:
        return None
    value = _value(a, qual)
    return _build(text, start, m.end("a") - shift, a, qual, value) if value else None


def _group(text: str, m: re.Match[str], name: str, shift: int) -> str | None:
    """Return the words of ``text`` that group ``name`` of ``m`` matched, or None."""
    s, e = m.span(name)
    return None if s < 0 else text[s - shift : e - shift]


def _build(
    text: str, start: int, end: int, a: str, qual: str | None, value: CountValue, *, ranged: bool = False
) -> Mention | None:
    """Check the words around a number phrase and give it its measure, or return None."""
    prev = _WORD_BEFORE.search(text[max(0, start - 20) : start])
    prev_word = prev.group(1).lower().rstrip(".") if prev else ""
    if prev_word in _MONTHS or prev_word in _LABEL_BEFORE or (prev_word == "no" and a.lower() == "one"):
        return None  # dates, labels ("No. 1", "Highway 17") and "no one"
    if a.lower() in ("one", "a") and not qual and _ONE_OF.match(text, end):
        return None
    if _TOTAL_BEFORE.search(text[max(0, start - 20) : start]):
        return None  # "162 of the 225 seats": the total is not the claim
    role, noun, blocked = _measure_after(text, end)
    if blocked:
        return None
    if _YEARLIKE.match(a) and not ranged and not qual and not noun:
        return None  # "in 2021", "August 15, 2007 killed": a year, unless a noun follows it
    if role is None:
        if not noun or noun in _PEOPLE:
            role = _role_before(text, start)
        if role is None and noun in _PARTICIPANTS:
            role = "people"
        if role is None and noun and _PARTICIPATE.match(_after_noun(text, end)):
            role = "people"
    if role is None:
        return None
    return Mention("count", start, end, text[start:end], value, role=role)


@lru_cache(maxsize=1)
def _noun_then() -> re.Pattern[str]:
    """Compile the "number, up to three words, a noun of the tables" regex on first use."""
    nouns = "|".join(sorted(_PEOPLE | set(_MEASURE_NOUNS), key=len, reverse=True))
    return re.compile(rf"\s+(?:of\s+)?(?:[A-Za-z'’-]+\s+){{0,3}}?(?:{nouns})\b", re.I)


def _after_noun(text: str, end: int) -> str:
    m = _noun_then().match(text, end)
    return text[m.end() : m.end() + 60] if m else ""
