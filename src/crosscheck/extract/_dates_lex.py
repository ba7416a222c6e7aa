"""Word tables and compiled patterns of the temporal extractor (private to ``dates``).

Everything here is built once at import: plain tables of month, weekday, number and unit words,
and the one master regular expression whose named alternatives each start one kind of time
expression. The alternatives are ordered so that, at a given position, the most specific
reading is tried first (a weekday before a full date, a full date before a bare month).
"""

from __future__ import annotations

import re

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
#: Month names that are also everyday English words; alone they need a clear temporal context.
AMBIGUOUS_MONTHS = frozenset({"may", "march"})

WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6, "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3,
    "fri": 4, "sat": 5, "sun": 6,
}

#: EDTF season codes (northern hemisphere, as EDTF defines them).
SEASONS = {"spring": 21, "summer": 22, "autumn": 23, "fall": 23, "winter": 24}

NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}

#: Unit word → (ISO designator, multiplier, time part?).
UNITS = {
    "minute": ("M", 1, True), "hour": ("H", 1, True), "day": ("D", 1, False),
    "week": ("W", 1, False), "fortnight": ("W", 2, False), "month": ("M", 1, False),
    "year": ("Y", 1, False), "decade": ("Y", 10, False), "century": ("Y", 100, False),
    "centurie": ("Y", 100, False),
}

#: Lower-case words after a number that make it a count or a measure, not a year or a day.
COUNT_NOUNS = frozenset(
    """people persons residents troops soldiers servicemen police officers civilians deaths dead
    killed injured wounded casualties victims votes voters members delegates students workers
    children families homes houses buildings cases patients refugees migrants protesters
    demonstrators fighters militants rebels prisoners detainees hostages tanks vehicles rockets
    missiles shells drones aircraft planes jets helicopters ships vessels boats tons tonnes km
    kilometres kilometers miles metres meters feet ft kg dollars euros pounds rubles roubles lira
    manat rials yuan yen rupees barrels units words pages points seats runs goals species jobs
    acres hectares square times percent per mps deputies lawmakers athletes fans spectators
    participants personnel staff employees inmates passengers trucks cars sheep cattle""".split()
)

#: Words after which a bare four-digit number reads as a year.
YEAR_PREPOSITIONS = frozenset(
    """in since by until till from through during before after of between throughout circa
    early late mid around about end start beginning middle spring summer autumn fall winter""".split()
)
#: Words after which a four-digit number reads as a year when a noun follows ("the 2021 budget").
YEAR_DETERMINERS = frozenset("the this that its his her their our whose".split())
#: Words before a four-digit number that make it a number, not a year ("flight 1549").
NOT_YEAR_BEFORE = frozenset(
    """flight flights route no number room rooms suite page pages model models version vol volume
    chapter article section code codes resolution bus highway interstate platform gate apartment
    pin channel box lot unit track bill hr hb sb""".split()
)
#: Words after a four-digit number that make it a clock time or a measure ("1500 GMT").
NOT_YEAR_AFTER = frozenset(
    """gmt utc hours hrs hr local est edt cst cdt pst pdt bst cet cest msk eet eest ist jst""".split()
)
#: Capitalised words that make a following weekday part of a name ("Black Friday").
DAY_NAME_MODIFIERS = frozenset(
    """black good super bloody ash cyber giving holy palm easter maundy shrove usa russia""".split()
)
PARTS_OF_DAY = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "nights": "NI",
    "overnight": "NI", "midday": "MI", "daytime": "DT",
}
#: Words just before a year-less date that place it ahead of the anchor even in a past-tense
#: report: payment and record dates, effective dates, deadlines, extensions.
FORWARD_CUE = re.compile(
    r"\b(?:payable|effective|record|due|expires?|expiring|deadline|by|through|until|till|"
    r"deadline\s+(?:to|until|of|is|on)|"
    r"(?:extended|postponed|delayed|adjourned|deferred)(?:\s+\w+){0,3}\s+(?:to|until|till|through))"
    r"(?:\s+(?:on|the))?\s*$",
    re.IGNORECASE,
)
#: Words just before a weekday that place it ahead of the anchor whatever the verb.
WEEKDAY_FORWARD_CUE = re.compile(
    r"\b(?:until|till|by|as\s+(?:soon|early)\s+as|deadline\s+(?:of|is)|due|scheduled\s+for|"
    r"set\s+for|planned\s+for|expected)(?:\s+(?:on|the|\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?(?:\s+[A-Z]{3})?))*\s*$",
    re.IGNORECASE,
)
#: Words just before a date that place it before the anchor whatever the verb.
BACKWARD_CUE = re.compile(
    r"\b(?:since(?:\s+(?:shortly|just|soon|immediately|right))?(?:\s+(?:after|before))?|ago|last)"
    r"(?:\s+(?:on|the))?\s*$",
    re.IGNORECASE,
)
#: An intention, agreement or order and the infinitive it governs, before a date in the same
#: sentence: "agreed to buy the unit in February", "plans to hold talks in May", "subpoenaed
#: him to testify on Feb. 10". The date is what was intended, so it may lie after the report.
INTENT_CUE = re.compile(
    r"\b(?:agree[sd]?|agreement|plans?|planned|planning|decided?|decision|intends?|intended|aims?|"
    r"aimed|promised?|pledged?|vowed?|hopes?|hoped|expects?|expected|offer(?:ed|s)?|deal|bid|"
    r"proposals?|proposed|ordered|asked|invited|subpoenaed|summoned|urged|set|due|ready|prepared|"
    r"scheduled|slated|poised)"
    r"(?:\s+[\w'’-]+){0,3}?\s+to\s+(?!the\b|a\b|an\b|[A-Z\d])[a-z]+\b(?:[^.;!?]|\.(?!\s+[A-Z]))*$"
)
#: An invitation to an occasion before a date in the same sentence: "invited the ministers of
#: Poland and Hungary to a ceremony in Independence on March 12". An invitation looks ahead, so
#: the occasion may lie after the report (``INTENT_CUE`` covers "invited him to speak").
INVITE_CUE = re.compile(
    r"\binvit(?:e[ds]?|ing|ations?)\b[^.;!?]{0,120}?\bto\s+(?:a|an|the|this|next|its|his|her|their)\s"
    r"(?:[^.;!?]|\.(?!\s+[A-Z]))*$",
    re.IGNORECASE,
)
#: Nouns right after a date that make it a deadline or a date set in advance ("the Jan. 14
#: return date", "a Nov. 20 deadline").
FORWARD_NOUN = re.compile(r"\s+(?:deadlines?|(?:return|target|due|start|launch|release|court|trial|hearing)\s+date)\b", re.IGNORECASE)
# ----------------------------------------------------------------------------- qualifiers on the left

_AMOUNT_MOD = (
    r"(?:nearly|almost|about|around|roughly|approximately|some|up\s+to|more\s+than|less\s+than|"
    r"fewer\s+than|no\s+more\s+than|no\s+less\s+than|at\s+least|at\s+most|just\s+over|"
    r"just\s+under|well\s+over|barely|only)"
)
#: Before a length of time: "the past two months", "the first nine months", "nearly forty years",
#: "at least the past 18 months", "each of the past three years".
DURATION_PREFIX = re.compile(
    r"(?<![\w-])(?=\w)(?i:(?:each\s+of\s+)?(?:" + _AMOUNT_MOD + r"\s+)?"
    r"(?:the\s+(?:last\s+)?|(?=\w))"  # "last" only after "the": "expected to last two years"
    r"(?:(?:first|past|next|previous|preceding|coming|following|latest|final|same|entire|"
    r"whole|full|initial|remaining|year[-\s]earlier|year[-\s]ago)\s+)?)$"
)
#: Before "... ago": "nearly four years ago".
AMOUNT_PREFIX = re.compile(r"(?<![\w-])(?i:" + _AMOUNT_MOD + r")\s+$")
#: Before a decade or century: "the late 1970s", "the mid-1990s", "the 20th century".
ERA_PREFIX = re.compile(r"(?<![\w-])(?=\w)(?i:(?:the\s+)?(?:(?:early|late|mid)(?:-|\s+))?)$")
#: Before a year: "the year 2000", "the year two thousand".
YEAR_PREFIX = re.compile(r"(?<![\w-])(?i:the\s+year)\s+$")
#: Before a day: "the week of March 6".
WEEK_OF_PREFIX = re.compile(r"(?<![\w-])(?i:the\s+week\s+of)\s+$")
#: Before a day or a relative period: "early next year", "late yesterday", "sometime next week".
DAY_PREFIX = re.compile(
    r"(?<![\w-])(?i:early|late|sometime|mid[-\s]?(?:morning|afternoon|day))\s+$"
)
DAY_PREFIXABLE = frozenset(
    """next this last yesterday today tomorrow tonight monday tuesday wednesday thursday friday
    saturday sunday""".split()
)
PART_OF_DAY_AFTER = re.compile(r"\s+(morning|afternoon|evening|nights?)(?![\w-])", re.IGNORECASE)
#: Words that join the second part of a range or list; a year after them needs a first part.
JOINERS = frozenset("to and or thru".split())
#: Nouns after "today's" that make it the present age rather than a day ("today's youth").
AGE_NOUNS = frozenset(
    """world youth society generation generations children kids standards culture age
    environment politics economy young""".split()
)

#: Words before a bare month name that make it a date ("in October", "last May").
MONTH_CONTEXT = frozenset(
    """in since until till by during from through before after early late mid last next this
    throughout of for""".split()
)
#: Capitalised words that may stand before a date without making it part of a proper name.
FUNCTION_WORDS = frozenset(
    """a an on in since by until till from through during before after of and or to the between
    throughout last next this early late mid every each that around about circa est edt cst cdt
    mst mdt pst pdt gmt utc bst cet cest eet eest msk ist jst aest aedt also for with at as into
    over under against within amid despite but when while if because""".split()
)
#: Capitalised words after a date that make it part of a place name ("6 October Bridge").
NAME_HEADS = frozenset(
    """street st avenue ave road rd square bridge boulevard blvd park stadium airport university
    station hospital district neighbourhood neighborhood city movement brigade school""".split()
)

# ----------------------------------------------------------------------------- tense cues

FUTURE_WORDS = frozenset(
    """will shall 'll won't upcoming next tomorrow slated scheduled planned expect expects
    forecast forecasts predict predicts anticipate anticipates""".split()
)
FUTURE_PHRASES = re.compile(
    r"\b(?:(?:is|are|am)\s+(?:set|due|scheduled|expected|slated|planned|going|poised)\s+to|"
    r"(?:is|are)\s+(?:scheduled|slated|planned|due|set)\s+(?:for|on|in)|"
    r"plans?\s+to|planning\s+to|intends?\s+to|to\s+be\s+held|from\s+now|(?:is|are)\s+to\s+(?=[a-z])|"
    r"(?<!\bwas\s)(?<!\bwere\s)set\s+to\s+(?:be|begin|start|resume|open|meet|hold|take|end|close|"
    r"vote|visit|return|sign|launch|run|face|host|arrive|leave)\b)\b",
    re.IGNORECASE,
)
#: Where a future phrase can begin: the first word of each of its alternatives, as a prefix.
#: The look-ahead on first letters only spares trying the words at every position.
FUTURE_PHRASE_START = re.compile(r"(?=[iaptfs])\b(?:is|are|am|plan|intend|to|from|set)", re.IGNORECASE)
PAST_WORDS = frozenset(
    """was were had did ago yesterday said told began met took came went saw held won lost
    fell rose left struck gave made sent brought fought broke ran led spoke wrote became found
    got kept stood chose drew flew grew knew shot sought threw built caught fled sold paid spent
    swept sank stole tore withdrew undertook heard meant felt dealt overtook earlier previously
    arose beat bought dug fed forgave froze hid hung laid lay lit rode rang sang slept slid
    sprang stuck stung swore swam taught thought understood woke wore""".split()
)
PRESENT_WORDS = frozenset("is are am says say does do has have".split())
#: Words ending in -ed that are adjectives or point to the future, not past-tense verbs.
NOT_PAST_ED = frozenset(
    """scheduled planned expected proposed intended slated united armed based related limited
    advanced disputed alleged supposed concerned interested detailed mixed red bed need feed seed
    speed hundred indeed naked wicked sacred shed bred breed freed agreed embed ahmed mohammed
    muhammad reed weed greed deed heed exceed proceed succeed anticipated""".split()
)
#: Auxiliaries after which a participle carries no tense of its own ("will be held").
PASSIVE_AUX = frozenset("be been being is are am".split())

# ----------------------------------------------------------------------------- role cues

#: Between a cue verb and its date: prepositions, articles and capitalised names ("opened in
#: Paris on Monday"); lower-case content words end the cue's reach.
_CUE_FILLER = r"(?:\s+(?:on|in|at|the|of|around|about|as\s+early\s+as)|\s+[A-Z][\w'’-]*){0,4}\s*$"
START_CUE = re.compile(
    r"(?:^|[^\w])(?:(?i:began|begin|begins|beginning|started|starting|start|starts|launched|"
    r"launching|launches|launch|kicked\s+off|kicks\s+off|kick\s+off|opened|opens|opening|"
    r"commenced|commences|commencing|commence)" + _CUE_FILLER
    + r"|(?i:from|since)(?:\s+(?:on|the|early|mid|late))*\s*$)"
)
END_CUE = re.compile(
    r"(?:^|[^\w])(?:(?i:concluded|concludes|conclude|concluding|ended|ending|ends|end|finished|"
    r"finishes|finishing|finish|wrapped\s+up|wraps\s+up|wrap\s+up|closed|closes|closing|"
    r"completed|completes)" + _CUE_FILLER
    + r"|(?i:until|till|through)(?:\s+(?:on|the|early|mid|late))*\s*$)"
)

# ----------------------------------------------------------------------------- the master pattern


def _alt(words) -> str:
    return "|".join(sorted(set(words), key=lambda w: (-len(w), w)))


def _trie_alt(words) -> str:
    """Return ``_alt(words)`` as a tree of shared beginnings ("s(?:even(?:t(?:een|y)|)|ix...)").

    It matches what the flat alternation matches, in the same order of preference: the words
    that can match at one place are beginnings of one another, so they lie on one path of the
    tree, where longer words come first as in ``_alt``. The regex engine then tries a handful of
    branches per letter instead of every word, which counts in case-insensitive patterns (there
    it cannot skip a branch by its first letter). For plain words of distinct lower case only;
    anything else keeps the flat form.
    """
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    if not all(w.isascii() and w.isalnum() for w in ordered) or len({w.lower() for w in ordered}) < len(ordered):
        return "|".join(ordered)

    def branch(tails: list[str]) -> str:
        firsts: dict[str, list[str]] = {}
        for tail in tails:  # in order of preference; "" (the word ends here) comes last
            firsts.setdefault(tail[:1], []).append(tail[1:])
        alternatives = [
            "" if first == "" else first if rest == [""] else first + branch(rest) for first, rest in firsts.items()
        ]
        return alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"

    return branch(ordered)


_MONTH_FULL = [w for w in MONTHS if len(w) > 4 or w in ("may", "june", "july")]
_MONTH_ABBR = [w for w in MONTHS if w not in _MONTH_FULL]
MONTH_RE = (
    r"(?:" + _alt([w.capitalize() for w in _MONTH_FULL] + [w.upper() for w in _MONTH_FULL])
    + r"|(?:" + _alt([w.capitalize() for w in _MONTH_ABBR]) + r")(?:\.|(?![\w-])))(?![\w])"
)
WEEKDAY_RE = (
    r"(?:" + _alt([w.capitalize() for w in WEEKDAYS if len(w) > 4])
    + r"|(?:" + _alt([w.capitalize() for w in WEEKDAYS if len(w) <= 5 and not w.endswith("day")])
    + r")\.)(?![\w])"
)
_WEEKDAY_FULL = r"(?:" + _alt([w.capitalize() for w in WEEKDAYS if w.endswith("day")]) + r")"
DAY_RE = r"(?:[0-3]?\d)(?:st|nd|rd|th)?(?![\d:./]\d)(?!\d)"
_ONES = "one two three four five six seven eight nine".split()
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_UNDER_100 = (
    r"(?:(?:" + "|".join(_TENS) + r")(?:[-\s]+(?:" + "|".join(_ONES) + r"))?(?![\w])"
    r"|(?:" + "|".join(_TEENS) + r")(?![\w])|oh[-\s]+(?:" + "|".join(_ONES) + r")(?![\w]))"
)
#: Years as spoken in broadcast transcripts: "nineteen ninety-six", "two thousand and one".
SPELLED_YEAR_RE = (
    r"(?i:(?:eighteen|nineteen)[-\s]+(?:hundred(?![\w])|" + _UNDER_100 + r")"
    r"|twenty[-\s]+(?:" + _UNDER_100 + r")"
    r"|two\s+thousand(?:\s+(?:and\s+)?(?:" + _UNDER_100 + r"|(?:" + "|".join(_ONES) + r")(?![\w])))?(?![\w-]))"
)
DIGIT_YEAR_RE = r"(?:1\d\d\d|20\d\d)(?![\w])"
YEAR_RE = r"(?:" + DIGIT_YEAR_RE + r"|" + SPELLED_YEAR_RE + r")"
_SPELLED_VALUES = {w: i + 1 for i, w in enumerate(_ONES)}
_SPELLED_VALUES.update({w: 10 + i for i, w in enumerate(_TEENS)})
_SPELLED_VALUES.update({w: 20 + 10 * i for i, w in enumerate(_TENS)})
_SPELLED_VALUES.update({"oh": 0, "and": 0})
_SPLIT_WORDS = re.compile(r"[a-z]+")


def year_number(words: str) -> int:
    """Return the year written in digits ("1996") or in words ("nineteen ninety-six")."""
    if words[0].isdigit():
        return int(words)
    tokens = _SPLIT_WORDS.findall(words.lower())
    if tokens[:2] == ["two", "thousand"]:
        return 2000 + sum(_SPELLED_VALUES[t] for t in tokens[2:])
    century = _SPELLED_VALUES[tokens[0]] * 100
    if tokens[1:] == ["hundred"]:
        return century
    return century + sum(_SPELLED_VALUES[t] for t in tokens[1:])
_NUMWORD = _alt(w for w in NUMBER_WORDS if w not in ("a", "an"))
#: The same words as a tree, for the patterns (``_NUMWORD`` stays flat: the gates read its words).
_NUMWORD_TREE = _trie_alt(w for w in NUMBER_WORDS if w not in ("a", "an"))
NUM_RE = (
    r"(?:\d{1,3}(?:\.\d+)?(?:\s+1/2|½)?|(?:" + _NUMWORD_TREE + r")(?:[-\s](?:" + _NUMWORD_TREE + r"))?)"
    r"(?:\s+and\s+a\s+half)?"
)
UNIT_RE = r"(?:minute|hour|day|week|fortnight|month|year|decade|centur(?:y|ie))"
SEASON_RE = r"(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)"
_REL_HEAD = (
    r"(?:[Ll]ast|[Tt]his\s+[Cc]oming|[Tt]his|[Nn]ext|(?:[Ee]arlier|[Ll]ater)\s+this"
    r"|(?:[Tt]he\s+)?[Cc]urrent(?:\s+(?:fiscal|calendar))?(?=\s+(?:year|month|week))"
    # "over the past year": the year before ("the last year" may be a final one, so it is not here).
    r"|[Tt]he\s+past(?=\s+year\b))"
)
_MOD = (
    r"(?:(?:[Ee]arly|[Mm]id|[Ll]ate)(?:\s*-\s*|\s+)|"
    r"(?:[Tt]he\s+)?(?:beginning|start|middle|end|first\s+half|second\s+half|last\s+half|"
    r"(?:first|second|third|fourth|last)\s+quarter|(?:first|last)\s+two\s+quarters)\s+of\s+)"
)
#: Holidays with a fixed date: name pattern -> (month, day).
FIXED_HOLIDAYS = {
    "christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25),
    "boxing day": (12, 26), "new year's eve": (12, 31), "new year's day": (1, 1),
    "valentine's day": (2, 14), "halloween": (10, 31), "may day": (5, 1),
}
#: Holidays whose date moves from year to year (computed per year in ``dates``).
MOVABLE_HOLIDAYS = frozenset(
    """easter|easter sunday|good friday|easter monday|easter week|thanksgiving|thanksgiving day|
    memorial day|labor day|election day""".replace("\n", "").split("|")
)
HOLIDAY_RE = (
    r"(?<![\w-])(?:(?:[Ll]ast|[Tt]his|[Nn]ext)\s+)?(?i:"
    + _alt([k.replace("'", "['’]").replace(" ", "\\s+") for k in list(FIXED_HOLIDAYS) + sorted(MOVABLE_HOLIDAYS)])
    + r")(?![\w-])"
)
_QUARTER_ADJ = (
    r"year[-\s]ago|year[-\s]earlier|comparable|corresponding|latest|current|previous|prior|same"
    r"|recent|just[-\s]ended|most\s+recent|fiscal|calendar"
)
_DAYS_LIST = (
    r"(?:" + DAY_RE + r"(?:\s*,\s*" + DAY_RE + r")*,?\s+(?:and|or|&)\s+(?:the\s+)?" + DAY_RE
    + r"|" + DAY_RE + r"\s*(?:[-–—]|to|through|thru|until|till)\s*(?:the\s+)?" + DAY_RE
    + r"|" + DAY_RE + r")"
)

_TZ = r"(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET|CEST|EET|EEST|MSK|IST|JST|AEST|AEDT)"
_CLOCK = (
    r"(?:(?<![\w:.$])(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s*(?:a\.m\.|p\.m\.|a\.m|p\.m|am|pm)(?![\w])"
    r"|(?<![\w:.$])(?:1[0-2]|0?[1-9])\s+(?:o['’]clock\s+)?in\s+the\s+(?:morning|afternoon|evening)(?![\w])"
    r"|(?<![\w:.$])(?:[01]?\d|2[0-3]):[0-5]\d(?=\s*" + _TZ + r"(?![\w])|\s+(?:local\s+time|hours|hrs)\b)"
    r"|(?<![\w:.$])(?:[01]\d|2[0-3])[0-5]\d(?=\s*(?:GMT|UTC|hours|hrs|local\s+time)\b)"
    r"|(?<![\w-])(?:[Nn]oon|[Mm]idnight|[Mm]idday)(?![\w-]))"
)

#: The master pattern's source: named alternatives, each starting one kind of time expression. It
#: is compiled as two subsets (see below), never whole: compiling costs tens of milliseconds.
MASTER_PATTERN = (
    r"(?P<clock>(?P<clock_at>" + _CLOCK + r")(?:\s*(?P<clock_tz>" + _TZ + r"|local\s+time)(?![\w]))?"
    r"(?:\s*,?\s+(?:on\s+)?(?P<clock_day>(?=(?:" + _WEEKDAY_FULL + r"|[Yy]esterday|[Tt]oday|[Tt]omorrow|"
    + MONTH_RE + r"\s*\d))))?)"
    r"|(?P<iso>(?<![\w/.-])(?:1\d|20)\d\d-[01]\d-[0-3]\d(?![\w-]))"
    r"|(?P<slash>(?<![\w/.,-])[0-3]?\d/[0-3]?\d/(?:\d{4}|\d{2})(?![\w/]))"
    # Month first: "Tuesday, Oct. 5", "October 5-8, 2021", "October 5, 6 and 8".
    r"|(?P<mdy>(?:" + WEEKDAY_RE + r",?\s+)?" + MONTH_RE + r"\s+(?:the\s+)?(?<![\d,])"
    + _DAYS_LIST + r"(?:,?\s+" + YEAR_RE + r")?)"
    # Day first: "5 October 2021", "5-8 October", "the 5th of October".
    r"|(?P<dmy>(?:" + WEEKDAY_RE + r",?\s+)?(?:[Tt]he\s+)?(?<![\w,.$€£#/-])" + _DAYS_LIST
    + r"(?:\s+of)?\s+" + MONTH_RE + r"(?:,?\s+" + YEAR_RE + r")?)"
    r"|(?P<mod>" + _MOD + r"(?:" + MONTH_RE + r"(?:,?\s+" + YEAR_RE + r")?|" + YEAR_RE
    + r"|(?i:(?:this|next|last)\s+year|the\s+(?:current\s+)?year)(?![\w-])))"
    # Business quarters: "the third quarter", "third-quarter", "this year's second quarter",
    # "the year-ago quarter", "the latest period"; "a quarter of the vote" is a fraction (see below).
    r"|(?P<quarter>(?:(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat|[Ll]ast|[Nn]ext)\s+)?"
    r"(?:(?:(?:this|last|next)\s+year|(?:1\d|20)\d\d)['’]s\s+|(?:1\d|20)\d\d\s+(?=\S+\s+(?:quarter|period)|quarter|period))?"
    r"(?:(?:" + _QUARTER_ADJ + r")[-\s]+){0,3}"
    r"(?:(?i:first|second|third|fourth|final|1st|2nd|3rd|4th)[-\s]+(?:(?:fiscal|calendar)[-\s]+)?)?"
    r"(?:quarter|period)(?![\w-]|-(?:century|mile|final|finals|inch|point|pound|hour)))"
    # "year-earlier profit": the same stretch of time a year before.
    r"|(?P<yearago>(?<![\w-])(?:[Tt]he\s+)?[Yy]ear[-\s](?:ago|earlier)(?![\w-]))"
    # "by year-end", "since year end", "by year's end": the close of a year.
    r"|(?P<yearend>(?<![\w-])[Yy]ear(?:-|\s+|['’]s\s+)end(?![\w-]))"
    r"|(?P<ago>(?<![\w.,])(?i:(?:" + NUM_RE + r"|a|an)\s+" + UNIT_RE + r"s?\s+(?:or\s+so\s+)?ago)(?![\w]))"
    # "Two days later", "six weeks before." -- counted from the text's previous date; "before" and
    # "after" only at a clause end, as "two days after the vote" counts from an event instead.
    r"|(?P<narr>(?<![\w.,])(?i:(?:" + NUM_RE + r"|a|an)\s+" + UNIT_RE + r"s?\s+"
    r"(?:later|earlier|(?:before|after)(?=\s*(?:[.,;:!?)—–]|$))))(?![\w]))"
    r"|(?P<weekend>[Tt]he\s+weekend(?![\w]))"
    r"|(?P<rel>" + _REL_HEAD + r"\s+(?:(?i:week(?:end)?|month|year|morning|afternoon|evening|night)"
    r"(?![\w])|" + _WEEKDAY_FULL
    + r"(?![\w])|" + MONTH_RE + r"(?!\.?\s*\d)|" + SEASON_RE + r"(?![\w])))"
    # "the summer", "this past spring": the season of the anchor's year that the tense points to.
    r"|(?P<theseason>(?:[Tt]he|[Tt]his\s+past)\s+(?:(?:early|late)\s+)?" + SEASON_RE + r"(?![\w-])(?!\s+(?:of|\d)))"
    r"|(?P<season>(?:(?:[Tt]he\s+)?" + SEASON_RE + r"\s+of\s+|" + SEASON_RE + r",?\s+)" + YEAR_RE + r")"
    # "June 2021", "March of last year", "January this year".
    r"|(?P<my>" + MONTH_RE + r",?\s+(?:of\s+)?(?:" + YEAR_RE + r"|(?i:last|this|next)\s+year(?![\w-])))"
    r"|(?P<decade>(?<![\w.,$])(?:(?:1\d|20)\d0|['’]\d0|(?<=\s)\d0)s(?![\w])"
    r"|(?<![\w-])[Tt]he\s+(?:thirties|forties|fifties|sixties|seventies|eighties|nineties)(?![\w-]))"
    r"|(?P<century>(?<![\w.,])(?:[1-9]|1\d|2[01])(?:st|nd|rd|th)[-\s]+[Cc]entury(?![\w]))"
    r"|(?P<yrange>(?<![\w.,$€£#/:-])" + DIGIT_YEAR_RE
    + r"\s*[-–]\s*(?:" + DIGIT_YEAR_RE + r"|\d\d(?![\d]))(?![\w-]))"
    r"|(?P<set>(?i:(?:every|each)\s+(?:other\s+|(?:" + NUM_RE + r")\s+)?"
    r"(?:" + UNIT_RE + r"s?|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?|"
    r"spring|summer|autumn|fall|winter)(?![\w])"
    r"|(?:once|twice|three\s+times|four\s+times)\s+(?:a|per|every)\s+" + UNIT_RE + r"(?![\w])))"
    r"|(?P<setadv>(?<![\w-])(?:annually|yearly|biennially|biennial|[Aa]nnual|daily|weekly|monthly"
    r"|quarterly|hourly)(?![\w-]))"
    # "several years", "a few days", "the next few weeks", "for weeks": lengths left vague; also
    # "a several-year stint", "a decades-long feud", "over the past decade", "over the years".
    r"|(?P<vague>(?<![\w-])(?i:(?:(?:several|a\s+few|a\s+couple\s+of|many|(?:the\s+)?(?:next|past|last|coming|following)\s+(?:few|several|couple\s+of)|(?:the\s+)?coming|past)\s+)?"
    r"(?:minutes|hours|days|weeks|months|years|decades|centuries)(?:\s+(?:ago|ahead))?"
    r"|(?:several|many)-(?:minute|hour|day|week|month|year|decade)|the\s+past\s+(?:decade|century)"
    r"|the\s+(?:years|decades)"
    r"|(?:minutes|hours|days|weeks|months|years|decades|centuries)-long)(?![\w-]))"
    # "$5 million a year", "twice per month": a rate, the period recurring.
    r"|(?P<per>(?<![\w-])(?:a|an|per)\s+(?:year|month|week|day|quarter)(?![\w-])(?!\s+and\s+a\s+half(?![\w-])))"
    r"|(?P<holiday>(?:" + HOLIDAY_RE + r")(?:,?\s+" + YEAR_RE + r")?)"
    # "that year", "the following day", "later that month", "the same day": counted from the
    # date the text last gave.
    r"|(?P<anaphor>(?i:(?:(?:earlier|later)\s+)?(?:that|the\s+same|the\s+following|the\s+next|the\s+previous|the\s+prior)\s+(?:year|month|week|day|morning|night)"
    r"|the\s+(?:previous|prior|preceding)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"|the\s+(?:year|day)\s+(?:before|after)(?=\s*[,.;]|\s+(?:that|last|the)\b"
    r"|\s+(?-i:[A-Z][a-z]+['’]s\b|[A-Z][a-z]{2}\.?\s+\d|(?:1\d|20)\d\d\b)))(?![\w-]))"
    # "It's the second day of the offensive", "today is the eighth day of the strike": the day of
    # writing, counted within some stretch of days.
    r"|(?P<dayof>(?:(?<=\bis\s)|(?<=\b[Ii]t['’]s\s))[Tt]he\s+(?i:second|third|fourth|fifth|sixth|seventh|"
    r"eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s+(?:straight\s+|consecutive\s+)?day(?=\s+of\s))"
    r"|(?P<theyear>(?<![\w-])[Tt]he\s+(?:(?:full|fiscal|current\s+fiscal|latest\s+fiscal|calendar)\s+)?(?:year|week|month)(?![\w-])(?!\s+(?:before|after|ago|earlier|later|of|in|when|that|\d)))"
    r"|(?P<dur>(?<![\w.,$€£#/-])(?i:" + NUM_RE + r"-" + UNIT_RE + r"(?:-long)?(?![\w-])"
    # "a day-long meeting", "a week-long visit": one unit, the number left out.
    + r"|(?:minute|hour|day|week|month|year|decade)-long(?![\w-])"
    + r"|" + NUM_RE + r"\s+(?:(?:more|additional|extra)\s+)?" + UNIT_RE + r"s(?![\w])"
    + r"|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+" + UNIT_RE + r"(?=\s+[a-z])(?!\s+(?:ago|later|earlier|before|after|from)\b)"
    + r"|(?:a|an|one|1)\s+(?:(?:more|additional|extra)\s+)?" + UNIT_RE + r"(?:\s+and\s+a\s+half)?(?![\w-])))"
    r"|(?P<ref>(?<![\w-])(?:(?:[Rr]ight\s+)?[Nn]ow(?!\s+and\s+(?:then|again)\b)|[Cc]urrently|(?:[Mm]ore\s+)?[Rr]ecently"
    r"|[Ll]ately|(?<!\bas\s)[Ss]oon(?!\s+(?:after|afterwards?|thereafter|as)\b)|[Nn]owadays|[Pp]resently|[Tt]hese\s+days|[Aa]t\s+present"
    r"|[Tt]he\s+(?:near|short|long)\s+term|[Aa]\s+later\s+date|[Cc]oming\s+quarters"
    r"|[Tt]he\s+(?:(?:near|distant|foreseeable)\s+)?future|[Tt]he\s+past(?!\s+(?:\d|" + _NUMWORD_TREE
    + r"|few|several|couple|many|" + UNIT_RE + r"))"
    r"|[Rr]ecent(?:\s+(?:days|weeks|months|years|decades|quarters))?"
    r"|(?<!then\s)[Cc]urrent(?!\s+(?:fiscal\s+|calendar\s+)?(?:year|month|week|quarter|period)))(?![\w-]))"
    r"|(?P<dayword>(?<![\w])(?:[Yy]esterday|[Tt]oday|[Tt]onight|[Tt]omorrow)(?![\w]))"
    r"|(?P<weekday>(?<![\w])" + _WEEKDAY_FULL + r"(?![\w]))"
    r"|(?P<month>(?<![\w.])" + MONTH_RE + r")"
    # "post-1959 politics", "pre-1914 Europe": a year after a hyphenated "post"/"pre".
    r"|(?P<year>(?:(?<![\w.,$€£#/:-])|(?<=\b[Pp]ost-)|(?<=\b[Pp]re-))(?:[Ff]iscal(?:[-\s]+year)?\s+(?=\d))?" + YEAR_RE + r"(?![\w%]|[.,:/-]\d))"
)


def _subset(names: frozenset[str], keep: bool) -> re.Pattern:
    """Compile the master pattern's alternatives whose group is (or is not) in ``names``, in order."""
    alternatives = MASTER_PATTERN.split("|(?P<")
    picked = [a if i == 0 else "(?P<" + a for i, a in enumerate(alternatives)]
    chosen = [a for a in picked if (a[4 : a.index(">")] in names) == keep]
    return re.compile("|".join(chosen))


#: The alternatives that can begin with a digit, tried at numbers (most numbers are no date, and
#: trying only these is several times cheaper), and those that can begin with a letter.
_DIGIT_GROUPS = frozenset(
    "clock iso slash dmy quarter ago narr decade century yrange dur year".split()
)
DIGIT_MASTER = _subset(_DIGIT_GROUPS, True)
#: The names of the master's alternatives, in order.
ALTERNATIVE_NAMES = tuple(a[: a.index(">")] for a in MASTER_PATTERN[len("(?P<") :].split("|(?P<"))
_NOT_WORD_GROUPS = frozenset("iso slash century yrange".split())


def __getattr__(name: str):
    """Compile ``WORD_MASTER``, ``NUMBER_START`` and ``GATED_RUN`` when first asked for."""
    # ``WORD_MASTER`` (all alternatives that can begin with a letter) is compiled on first use
    # only: ``find`` tries the per-word subsets of ``word_matcher`` instead, and compiling the
    # whole costs tens of milliseconds at import.
    if name == "WORD_MASTER":
        pattern = globals()["WORD_MASTER"] = _subset(_NOT_WORD_GROUPS, False)
        return pattern
    if name == "NUMBER_START":
        pattern = globals()["NUMBER_START"] = re.compile(_NUMBER_START)
        return pattern
    if name == "GATED_RUN":
        pattern = globals()["GATED_RUN"] = re.compile(_GATED_RUN)
        return pattern
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

DAY_NUMBER = re.compile(r"[0-3]?\d(?=(?:st|nd|rd|th)?(?!\d))")
YEAR_IN = re.compile(YEAR_RE)
MONTH_IN = re.compile(MONTH_RE)
WORD_BEFORE = re.compile(r"([A-Za-z][\w'’]*)\W*$")
WORD_AFTER = re.compile(r"^\s*([A-Za-z][\w'’.]*)")
NUM_PART = re.compile(
    r"(?i)(\d+(?:\.\d+)?|" + _NUMWORD_TREE + r")(?:[-\s](" + _NUMWORD_TREE + r"))?(\s+and\s+a\s+half|\s+1/2|½)?"
)
UNIT_PART = re.compile(r"(?i)(minute|hour|day|week|fortnight|month|year|decade|centur(?:y|ie))")

#: Where a time expression can begin: a number, or one of the words the master pattern starts
#: with. ``find`` picks these out of the text's words and tries the master pattern only at them,
#: so that plain prose costs one set lookup a word (made in C, see ``dates._candidates``). A word
#: maps to None (always try) or to a pattern its following text must match first ("the" only
#: before "year", "past", "first", ...); in ``TRIGGER_WORDS`` that pattern becomes a check
#: ``(text, pos) -> bool``.
_WORD_GATES = {
    "the": r"\s+(?:\d|['’]\d|(?i:weekend|current|spring|summer|autumn|fall|winter|beginning|start|"
    r"middle|end|first|second|third|fourth|last|final|same|following|next|previous|prior|preceding|year|"
    r"day|week|month|years|decades|future|past|near|distant|foreseeable|coming|latest|comparable|corresponding|"
    r"year-ago|year-earlier|fiscal|calendar|early|late|mid|quarter|period|full|whole|entire|"
    r"initial|remaining|recent|most|short|long|fifth|sixth|seventh|eighth|ninth|tenth|thirties|forties|fifties|sixties|seventies|eighties|nineties|"
    + _NUMWORD + r")\b)",
    "that": r"\s+(?i:year|month|week|day|morning|night|quarter|period|same|first|second|third|fourth)\b",
    "its": r"\s+(?i:first|second|third|fourth|1st|2nd|3rd|4th|fiscal|latest|current|most|quarter|year)\b",
    "a": r"\s+(?i:few|couple|later\s+date|(?:(?:more|additional|extra)\s+)?" + UNIT_RE + r"s?)\b",
    "at": r"\s+present\b",
    "right": r"\s+now\b",
    "more": r"\s+recently\b",
    "these": r"\s+days\b",
    "new": r"\s+[Yy]ear",
    "good": r"\s+[Ff]riday",
    "many": r"\s+(?i:minutes|hours|days|weeks|months|years|decades|centuries)\b",
    "most": r"\s+recent",
    "just": r"[-\s]+ended",
    "year": r"(?:[-\s]+(?:ago|earlier|end)|['’]s\s+end|-long)\b",
    "minute": r"-long\b",
    "hour": r"-long\b",
    "day": r"-long\b",
    "week": r"-long\b",
    "month": r"-long\b",
    "decade": r"-long\b",
    "past": r"\s+(?:few|several|couple|minutes|hours|days|weeks|months|years|decades|centuries)\b",
}
_WORD_GATES["their"] = _WORD_GATES["its"]
_WORD_GATES["an"] = _WORD_GATES["a"]
_ALWAYS = (
    list(MONTHS) + list(WEEKDAYS) + list(NUMBER_WORDS) + list(SEASONS)
    + """noon midnight midday early mid late beginning start middle end first second last this next
    earlier later annually yearly biennially biennial annual daily weekly monthly quarterly hourly
    yesterday today tonight tomorrow now currently recently lately nowadays presently recent
    current third fourth final fiscal calendar comparable corresponding latest previous prior same
    several per minutes hours days weeks months years decades centuries christmas boxing valentine
    halloween easter thanksgiving memorial labor election coming following every each once twice
    fortnight soon""".split()
)


#: The next word after spaces, when it ends where ``\b`` would (before a non-word character).
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)(?!\w)")


def _listed_words(gate: str) -> frozenset[str]:
    """Return the words of a gate's final ``(?i:w1|w2|...)\\b`` alternation (lower case)."""
    return frozenset(gate[gate.index("(?i:") + 4 : gate.rindex(r")\b")].split("|"))


#: Gates of common words decided by a set lookup on the next word instead of a long alternation:
#: word -> (next words that pass, next words that need the full gate). Whatever the lookup cannot
#: tell (a digit or a non-ASCII letter next, a word glued to one) goes to the full gate, so the
#: answer is always the full gate's.
_SET_GATES = {
    "the": (_listed_words(_WORD_GATES["the"]), frozenset()),
    "that": (_listed_words(_WORD_GATES["that"]), frozenset()),
    "its": (_listed_words(_WORD_GATES["its"]), frozenset()),
    "many": (_listed_words(_WORD_GATES["many"]), frozenset()),
    "a": (
        frozenset(["few", "couple"] + list(UNITS) + [u + "s" for u in UNITS]),
        frozenset(["more", "additional", "extra", "later"]),
    ),
}
_SET_GATES["their"] = _SET_GATES["its"]
_SET_GATES["an"] = _SET_GATES["a"]


def _set_gate(passing: frozenset[str], unsure: frozenset[str], full: re.Pattern):
    """Return a gate ``(text, pos) -> bool`` equal to ``full.match`` but mostly a set lookup."""
    next_word = _NEXT_WORD.match
    full_match = full.match

    def gate(text: str, pos: int) -> bool:
        m = next_word(text, pos)
        if m is not None:
            low = m.group(1).lower()
            if low in passing:
                return True
            if low not in unsure:
                return False
        return full_match(text, pos) is not None

    return gate


def _trigger_table() -> dict[str, object]:
    table: dict[str, object] = {}
    for word in _ALWAYS:
        for form in (word, word.capitalize(), word.upper()):
            table[form] = None
    for word, gate in _WORD_GATES.items():
        compiled = re.compile(gate)
        check = _set_gate(*_SET_GATES[word], compiled) if word in _SET_GATES else compiled.match
        for form in (word, word.capitalize(), word.upper()):
            table[form] = check
    for form in ("1st", "2nd", "3rd", "4th"):
        table[form] = None
    return table


TRIGGER_WORDS = _trigger_table()

#: The words (lower case) that each alternative of the word master can begin with. At a word,
#: ``find`` tries only the alternatives listed for it, in the master's order: a match of an
#: alternative begins with one of its listed words, so the result is the master's, for a fraction
#: of the cost (most alternatives are ruled out by their first word, but trying them is not free).
#: Every alternative's leading words are read off its pattern above; keep the two in step.
_WEEKDAY_KEYS = " ".join(WEEKDAYS)
_MONTH_KEYS = " ".join(MONTHS)
_NUMBER_KEYS = " ".join(NUMBER_WORDS)  # includes "a" and "an"
ALTERNATIVE_STARTS = {
    name: frozenset(words.split())
    for name, words in {
        "clock": "noon midnight midday",
        "mdy": _WEEKDAY_KEYS + " " + _MONTH_KEYS,
        "dmy": _WEEKDAY_KEYS + " the",
        "mod": "early mid late the beginning start middle end first second third fourth last",
        "quarter": "the its their this that last next year comparable corresponding latest current "
        "previous prior same recent just most fiscal calendar first second third fourth final "
        "quarter period",
        "yearago": "the year",
        "yearend": "year",
        "ago": _NUMBER_KEYS,
        "narr": _NUMBER_KEYS,
        "weekend": "the",
        "rel": "last this next earlier later the current",
        "theseason": "the this",
        "season": "the " + " ".join(SEASONS),
        "my": _MONTH_KEYS,
        "decade": "the",
        "set": "every each once twice three four",
        "setadv": "annually yearly biennially biennial annual daily weekly monthly quarterly hourly",
        "vague": "several a many the next past last coming following minutes hours days weeks "
        "months years decades centuries",
        "per": "a an per",
        "holiday": "last this next christmas boxing new valentine halloween may easter good "
        "thanksgiving memorial labor election",
        "anaphor": "earlier later that the",
        "theyear": "the",
        "dayof": "the",
        "dur": _NUMBER_KEYS + " minute hour day week month year decade",
        "ref": "right now currently more recently lately soon nowadays presently these at the recent current "
        "a coming",
        "dayword": "yesterday today tonight tomorrow",
        "weekday": " ".join(w for w in WEEKDAYS if w.endswith("day")),
        "month": _MONTH_KEYS,
        "year": "fiscal eighteen nineteen twenty two",
    }.items()
}


# A new alternative of the master pattern must say which words it can begin with, or
# ``word_matcher`` would never try it: fail at import rather than miss expressions quietly.
_UNLISTED = set(ALTERNATIVE_NAMES) - _NOT_WORD_GROUPS - set(ALTERNATIVE_STARTS)
if _UNLISTED:
    raise ImportError(f"ALTERNATIVE_STARTS lacks the master alternatives {sorted(_UNLISTED)}")


def _no_match(text: str, pos: int) -> None:
    """Match nothing: the matcher of a trigger word no alternative begins with."""


#: Subsets shared by the words whose own subsets they hold: compiling costs milliseconds a subset,
#: and an alternative that cannot begin with a word fails at once there, so one subset serves
#: several kinds of words with the same matches.
_SHARED_SUBSETS = (
    ("mdy", "dmy", "weekday"),  # weekdays and their abbreviations
    ("mdy", "my", "holiday", "month"),  # months ("May" also begins "May Day")
    ("ago", "narr", "set", "vague", "per", "dur", "year"),  # number words, "a", "an"
    ("mod", "quarter", "rel", "theseason", "vague", "holiday"),  # "last", "this", "next", "first"
)
#: Compiled subsets of the word master, by the tuple of their alternatives' names.
_SUBSETS: dict[tuple[str, ...], re.Pattern] = {}
#: The ``match`` method to try at each trigger word as written, filled on first use.
WORD_MATCHERS: dict[str, object] = {}


def _subset_matcher(names: tuple[str, ...]):
    """Return the ``match`` of the master's alternatives ``names`` (compiled once per set), or a
    matcher that always fails when there are none."""
    if not names:
        return _no_match
    pattern = _SUBSETS.get(names)
    if pattern is None:
        pattern = _SUBSETS[names] = _subset(frozenset(names), True)
    return pattern.match


def word_matcher(word: str):
    """Return the ``match`` of the word-master alternatives that can begin with ``word``.

    Compiled on first use and cached (by word and by set of alternatives), so importing stays
    cheap; a word no alternative begins with gets a matcher that always fails.
    """
    low = word.lower()
    names = tuple(n for n in ALTERNATIVE_NAMES if n in ALTERNATIVE_STARTS and low in ALTERNATIVE_STARTS[n])
    if len(names) > 1:
        names = next((shared for shared in _SHARED_SUBSETS if set(names) <= set(shared)), names)
    matcher = _subset_matcher(names)
    WORD_MATCHERS[word] = matcher
    return matcher


#: For each alternative of ``DIGIT_MASTER``: by the length of the run of digits (``\d``) a match of
#: it can begin with (5 standing for five or more), the characters that can follow that run (" "
#: standing for any whitespace), or None for any character or the end of the text. A match never
#: stops inside the run: every number of these patterns is read whole (``(?!\d)``, a fixed length,
#: or a next piece that is no digit). ``number_matcher`` tries at a run only the alternatives that
#: admit its length and next character. Read off the patterns above; keep the two in step (the
#: tests compare the two on random texts).
_ORDINAL_SUFFIX = "snrt"  # st nd rd th
_DIGIT_RUN_FOLLOWERS = {
    "clock": {1: " :.ap", 2: " :.ap", 4: " GUhl"},
    "iso": {4: "-"},
    "slash": {1: "/", 2: "/"},
    "dmy": {1: " ,-–—tu" + _ORDINAL_SUFFIX, 2: " ,-–—tu" + _ORDINAL_SUFFIX},
    "quarter": {1: _ORDINAL_SUFFIX + _ORDINAL_SUFFIX.upper(), 4: " '’"},
    "ago": {1: " .½", 2: " .½", 3: " .½"},
    "narr": {1: " .½", 2: " .½", 3: " .½"},
    "decade": {2: "s", 4: "s"},
    "century": {1: _ORDINAL_SUFFIX, 2: _ORDINAL_SUFFIX},
    "yrange": {4: " -–"},
    "dur": {1: " .½-", 2: " .½-", 3: " .½-", 4: " ", 5: " "},
    "year": {4: None},
}
if set(_DIGIT_RUN_FOLLOWERS) != _DIGIT_GROUPS:
    raise ImportError("_DIGIT_RUN_FOLLOWERS must list exactly the alternatives of DIGIT_MASTER")
#: The ``match`` to try at a run of digits, by (length, next character as written), filled on use.
NUMBER_MATCHERS: dict[tuple[int, str], object] = {}


def number_matcher(size: int, follower: str):
    """Return the ``match`` of the ``DIGIT_MASTER`` alternatives that can begin with a run of
    ``size`` digits followed by ``follower`` (a character, or "" at the end of the text).

    Trying those alone gives ``DIGIT_MASTER``'s match at the run, for a fraction of the cost:
    most numbers rule out all but a few alternatives by their length and next character.
    """
    key = " " if follower.isspace() else follower
    # What each alternative admits after a run of this length ("" where no run of it begins one).
    admitted = {name: _DIGIT_RUN_FOLLOWERS[name].get(min(size, 5), "") for name in _DIGIT_GROUPS}
    names = tuple(
        name for name in ALTERNATIVE_NAMES
        if name in admitted and (admitted[name] is None or key != "" and key in admitted[name])
    )
    matcher = _subset_matcher(names)
    NUMBER_MATCHERS[size, follower] = matcher
    return matcher


#: For the alternatives that can begin with "the": the words (lower case) that can come right after
#: it, past whitespace, in a match. "dmy" has none: a number follows ("the 5th of May"), and a
#: next word that is no run of letters is never looked up. Read off the patterns above; keep the
#: two in step (the tests compare the choosers with the word master on random texts).
_UNITS = "minute hour day week fortnight month year decade century"
_AFTER_THE = {
    "dmy": "",
    "mod": "beginning start middle end first second third fourth last",
    "quarter": "this last next year comparable corresponding latest current previous prior same recent just "
    "most fiscal calendar first second third fourth final quarter period",
    "yearago": "year",
    "weekend": "weekend",
    "rel": "current past",
    "theseason": "early late " + " ".join(SEASONS),
    "season": " ".join(SEASONS),
    "decade": "thirties forties fifties sixties seventies eighties nineties",
    "vague": "next past last coming following years decades",
    "anaphor": "same following next previous prior preceding year day",
    "dayof": "second third fourth fifth sixth seventh eighth ninth tenth",
    "theyear": "full fiscal current latest calendar year week month",
    "ref": "near short long distant foreseeable future past",
}
#: The words (lower case) that can follow a number word ("two", "twenty") in a match of any
#: alternative: a unit ("two weeks", "two-week"), a number word ("twenty-five years"), "and a
#: half", "more"/"additional"/"extra" ("two more days"), "times" ("three times a year"), and the
#: words of a year spelled out ("nineteen hundred", "two thousand", "nineteen oh five").
_AFTER_NUMBER_WORD = frozenset(
    [u for unit in _UNITS.split() for u in (unit, unit + "s")]
    + ["centurie", "centuries"] + [w for w in NUMBER_WORDS if w not in ("a", "an")]
    + "and more additional extra times hundred thousand oh".split()
)
#: The next word after a number word: past whitespace or hyphens, a run of letters ending where
#: ``\b`` would.
_NEXT_WORD_OR_PART = re.compile(r"[-\s]+([A-Za-z]+)(?!\w)")
#: For the words whose next word rules out most of their alternatives ("the", "this", "last",
#: "next", "first", the weekdays, the number words): for each alternative that can begin with the
#: word, the words (lower case) that can follow it, past whitespace, in a match, or None where any
#: word may. Read off the patterns above; keep the two in step (the tests compare the choosers
#: with the word master on random texts).
_QUARTER_AFTER = (
    "this last next year comparable corresponding latest current previous prior same recent just most fiscal "
    "calendar first second third fourth final quarter period"
)
_FULL_WEEKDAYS = " ".join(w for w in WEEKDAYS if w.endswith("day"))
_REL_AFTER = (
    "week weekend month year morning afternoon evening night " + _FULL_WEEKDAYS + " " + " ".join(MONTHS)
    + " " + " ".join(SEASONS)
)
_HOLIDAY_AFTER = "christmas boxing new valentine halloween may easter good thanksgiving memorial labor election"
_AFTER_WORD = {
    "the": _AFTER_THE,
    "this": {"quarter": _QUARTER_AFTER, "rel": "coming " + _REL_AFTER, "theseason": "past", "holiday": _HOLIDAY_AFTER},
    "last": {
        "mod": "half quarter two", "quarter": _QUARTER_AFTER, "rel": _REL_AFTER, "vague": "few several couple",
        "holiday": _HOLIDAY_AFTER,
    },
    "next": {"quarter": _QUARTER_AFTER, "rel": _REL_AFTER, "vague": "few several couple", "holiday": _HOLIDAY_AFTER},
    "first": {"mod": "half quarter two", "quarter": "fiscal calendar quarter period"},
    **{day: {"mdy": " ".join(MONTHS), "dmy": "the", "weekday": None} for day in _FULL_WEEKDAYS.split()},
}


def _starting_with(low: str) -> tuple[str, ...]:
    """Return the names of the word master's alternatives that can begin with the word ``low``."""
    return tuple(n for n in ALTERNATIVE_NAMES if n in ALTERNATIVE_STARTS and low in ALTERNATIVE_STARTS[n])


# A number word ("two", "twenty") is followed in every match by one of ``_AFTER_NUMBER_WORD``,
# past whitespace or a hyphen.
_AFTER_WORD.update(
    (word, dict.fromkeys(_starting_with(word), " ".join(sorted(_AFTER_NUMBER_WORD))))
    for word in NUMBER_WORDS if word not in ("a", "an")
)
_NEXT_PIECE = {word: _NEXT_WORD_OR_PART for word in NUMBER_WORDS}
# An alternative missing from a table would never be tried after that word: fail at import.
for _word, _table in _AFTER_WORD.items():
    if set(_table) != set(_starting_with(_word)):
        raise ImportError(f"_AFTER_WORD[{_word!r}] must list the alternatives {_starting_with(_word)}")


def _choose_by_next_word(form: str, full, gate):
    """Return a chooser for the trigger word ``form`` (one of ``_AFTER_WORD``'s, as written), with
    ``full`` the ``match`` of all its alternatives and ``gate`` its gate (or None)."""
    low_form = form.lower()
    names = _starting_with(low_form)
    table = {name: None if words is None else frozenset(words.split()) for name, words in _AFTER_WORD[low_form].items()}
    listed = frozenset().union(*(words for words in table.values() if words is not None))
    next_word = _NEXT_PIECE.get(low_form, _NEXT_WORD).match
    # A gate that is a set lookup on the same next word (``_set_gate``) is asked by that lookup.
    passing, unsure = _SET_GATES.get(low_form, (None, None))
    # By the next word if some alternative lists it, else by "": a few entries, whatever the text.
    matchers: dict[str, object] = {}

    def choose(text: str, pos: int):
        m = next_word(text, pos)
        if m is None:
            return full if gate is None or gate(text, pos) else None
        low = m.group(1).lower()
        if passing is None:
            if gate is not None and not gate(text, pos):
                return None
        elif low not in passing:
            return full if low in unsure and gate(text, pos) else None
        key = low if low in listed else ""
        matcher = matchers.get(key)
        if matcher is None:
            matcher = matchers[key] = _subset_matcher(tuple(n for n in names if table[n] is None or key in table[n]))
        return matcher

    return choose


def chooser(word: str):
    """Return the chooser of the trigger word ``word`` (as written), made on first use and kept
    in ``CHOOSERS``: a function ``(text, end of the word) -> match or None`` that stands for the
    word's gate and matcher both. None means the gate fails or no alternative can match there;
    after the words of ``_AFTER_WORD`` only the alternatives the next word allows are tried."""
    full = WORD_MATCHERS.get(word) or word_matcher(word)
    gate = TRIGGER_WORDS[word]
    if word.lower() in _AFTER_WORD:
        choose = _choose_by_next_word(word, full, gate)
    elif gate is None:
        def choose(text: str, pos: int):
            return full
    else:
        def choose(text: str, pos: int):
            return full if gate(text, pos) else None
    CHOOSERS[word] = choose
    return choose


#: The choosers of the trigger words, by the word as written, filled on use (see ``chooser``).
CHOOSERS: dict[str, object] = {}


#: The words (and numbers) of a text, for the trigger scan.
TOKEN = re.compile(r"[A-Za-z]+|\d+|['’]\d")
#: The number tokens of ``TOKEN`` alone ("1998", "'9"). Opening with a character class lets the
#: regex engine skip to them, where ``TOKEN`` is tried at every position.
NUMBER_TOKEN = re.compile(r"[\d'’](?:(?<=\d)\d*|(?<=['’])\d)")
#: A byte table keeping ASCII letters and making every other byte a space: a text so mapped
#: splits into the letter tokens of ``TOKEN``.
LETTERS_ONLY = bytes(c if 65 <= c <= 90 or 97 <= c <= 122 else 32 for c in range(256))
#: The trigger words made of letters, as bytes (-> as text), and with a space either side.
TRIGGER_BYTES = {w.encode(): w for w in TRIGGER_WORDS if w.isalpha()}
PADDED_TRIGGERS = {b: b" " + b + b" " for b in TRIGGER_BYTES}
#: The gates of ``_WORD_GATES`` beyond ``_SET_GATES`` that read the word after one whitespace:
#: the next words (lower case) that may pass them, and for the gates without a word end after
#: it ("new years", "most recently"), the beginning such a word must have. Keep in step with
#: ``_WORD_GATES`` (the tests check every gate against these).
_NEXT_WORD_GATES = {
    "at": "present", "right": "now", "more": "recently", "these": "days", "year": "ago earlier end",
    "past": "few several couple minutes hours days weeks months years decades centuries",
    # "day-long", "week-long": a hyphen, never a space, follows these.
    "minute": "", "hour": "", "day": "", "week": "", "month": "", "decade": "",
}
_NEXT_PREFIX_GATES = {"new": "year", "good": "friday", "most": "recent", "just": "ended"}


def _next_words_that_may_pass() -> dict[bytes, tuple[int | None, frozenset[bytes]]]:
    table = {}
    gates = {word: (None, passing | unsure) for word, (passing, unsure) in _SET_GATES.items()}
    gates.update((word, (None, frozenset(nexts.split()))) for word, nexts in _NEXT_WORD_GATES.items())
    gates.update((word, (len(start), frozenset([start]))) for word, start in _NEXT_PREFIX_GATES.items())
    for word, (cut, nexts) in gates.items():
        for form in (word, word.capitalize(), word.upper()):
            table[form.encode()] = (cut, frozenset(n.encode() for n in nexts))
    return table


#: For the trigger words with a gate on the next word, as bytes: (how many of its first letters
#: count, the next words in lower case as bytes after which the gate may pass). In ASCII text,
#: where one whitespace character and a letter follow the word, its gate can pass only when the
#: next word (cut so) is one of these (see ``dates._candidates``).
NEXT_WORDS_THAT_MAY_PASS = _next_words_that_may_pass()
#: Bytes ``\s`` matches in ASCII text.
ASCII_SPACES = frozenset(b" \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f")


def _tails(space: str, digit: str, dashes: str, quotes: str, half: str) -> tuple[str, str]:
    """Spell the clock tail and the day tail of ``DIGIT_GATE`` with the given pieces (one set for
    the text as written, one for ASCII text with its digits made "0")."""
    # Optional groups are spelled as alternations with an empty branch ("(?:st|nd|rd|th|)"): the
    # same matches, but the regex engine tries them without setting up a repeat.
    clock = space + r"*(?:GMT|UTC|hours|hrs|local)"
    day = (
        r"(?:st|nd|rd|th|)(?:" + space + r"*(?:[-" + dashes + r"/:]|,(?!" + digit + r")|a\.?m\b|p\.?m\b"
        r"|o[" + quotes + r"]clock|in" + space + r"+the\b|and\b|or\b|to\b|through\b|&)"
        r"|\." + digit + "+" + space + "+" + UNIT_RE + r"|" + space + r"+(?:of" + space + r"+|)"
        r"(?:[A-Z][a-z]|" + half + UNIT_RE
        + r"|(?i:more|consecutive|straight|additional|full|long|trading|calendar|business|working)\b))"
    )
    return clock, day


#: What must follow a number for it to start a time expression: a year, a clock time, a day
#: before a month, an amount before a unit ("44-day", "20 years"), a range or list of days.
_CLOCK_TAIL, _DAY_TAIL = _tails(r"\s", r"\d", "–—", "'’", r"(?i:1/2\s+|)")
DIGIT_GATE = re.compile(r"(?:1\d|20)\d\d(?!\d)|\d{3,4}" + _CLOCK_TAIL + r"|\d{1,3}" + _DAY_TAIL)
#: ``DIGIT_GATE`` at the end of a whole run of ASCII digits, by the run's length: what must
#: follow it (the ``match`` of a pattern), or None where nothing can (five digits or more; four
#: digits that open a year pass without a look at what follows). No part of the gate continues
#: with a digit, so the run is read whole or not at all, and its length picks the parts.
RUN_TAILS = (None, *[re.compile(_DAY_TAIL).match] * 2, re.compile(_CLOCK_TAIL + "|" + _DAY_TAIL).match,
             re.compile(_CLOCK_TAIL).match)
#: A byte table making every ASCII digit "0" and keeping every other byte: in ASCII text so
#: mapped, a number opens with a literal, which the regex engine skips to with a tight loop
#: instead of a class test a character.
DIGITS_AS_ZERO = bytes(48 if 48 <= c <= 57 else c for c in range(256))
#: The bytes ``\s`` matches in ASCII text (a bytes pattern's ``\s`` leaves out \x1c-\x1f).
_ASCII_SPACE = r"[ \t\n\r\x0b\x0c\x1c-\x1f]"
_ZERO_CLOCK, _ZERO_DAY = _tails(_ASCII_SPACE, "0", "", "'", r"(?:(0/0)" + _ASCII_SPACE + "+|)")
#: The characters that may open the day tail, and the clock tail, in ASCII text: a look at the
#: one character turns most numbers away ("5%", "3)") before the tails are tried.
_DAY_OPENERS = r"[-/:,&.stnrapoit \t\n\r\x0b\x0c\x1c-\x1f]"
_CLOCK_OPENERS = r"[GUhl \t\n\r\x0b\x0c\x1c-\x1f]"
#: ``DIGIT_GATE`` for ASCII text mapped by ``DIGITS_AS_ZERO``, read from the first digit of a run
#: that follows no digit or straight quote, and matching that run alone (the tails are looked at
#: ahead). The digits are all "0", so two things are left to the caller: a run of four digits
#: matches whatever follows (it passes as a year, "1998" or "20xx", or before a clock word), and
#: "0/0" stands for "1/2" ("2 1/2 years"; the capturing groups tell where it was read).
#: Compiled on first use (see ``__getattr__``).
_GATED_RUN = (
    r"0(?<![0']0)(?:000(?!0)"
    r"|00(?=" + _DAY_OPENERS[:-1] + _CLOCK_OPENERS[1:] + ")(?=" + _ZERO_CLOCK + "|" + _ZERO_DAY + ")"
    r"|0?(?=" + _DAY_OPENERS + ")(?=" + _ZERO_DAY + "))"
).encode()
#: A quote before a digit ("'90s") in a text mapped by ``DIGITS_AS_ZERO``.
QUOTED_DIGIT = re.compile(rb"'0")

#: The number tokens of ``NUMBER_TOKEN`` where ``find`` tries a date, found by the regex engine
#: alone: every quote before a digit ("'90s"), and every run of digits that begins with an ASCII
#: digit, follows no ASCII digit or quote and passes ``DIGIT_GATE``. A run follows a digit only
#: where a quote took that digit ("'٣5"), so after an ASCII digit it is never tried. The pattern
#: opens with a character class, so the engine skips to the digits and quotes by itself; the
#: gate is read from the run's first digit by a look-ahead inside a look-behind. Compiled on
#: first use (see ``__getattr__``).
_NUMBER_START = (
    r"[0-9'’](?:(?<=['’])\d|(?<=[0-9])(?:(?<![\d'’][0-9])|(?<=['’][^\D0-9][0-9]))"
    r"(?<=(?=" + DIGIT_GATE.pattern + r")[0-9])\d*)"
)
