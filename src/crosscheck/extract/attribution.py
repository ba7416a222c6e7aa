"""Find who the article says asserted what: sources of reported speech and the stretch they cover.

Each mention's value is the source as an :class:`~crosscheck.model.ActorValue`, its span is the
source phrase as written ("Türkiye’s Ministry of Defense"), ``covers`` is the reported content and
``role`` is the lemma of the cue ("said", "announced", "denied", "according to"). The modality is
always ``reported``; a denial keeps it and says so through ``role="denied"``.

Patterns:

- ``X said (that) …``, ``X, however, did report that …``, ``X stated, “…”``: the rest of the
  sentence, extended to the end of a quotation opened right after the cue;
- ``…, X said (on Monday).``, ``“…,” X said.``, ``…, said X.``: the sentence before the source,
  extended back to the opening of a quotation that ends right before it;
- ``according to X, …`` / ``…, according to X.``;
- ``state media quoted X as saying …``, ``the agency cited X as saying …`` (the one quoted is the
  source), ``X's statement said …``, ``a spokesperson for X said …``;
- ``X called it illegal and said …``: the sentence's subject;
- ``officials in Ankara said …``: the state whose capital it is; ``President X of Y said``: X;
- ``X, who heads …, said`` / ``X, one of the survivors, told``: X, not a description inside the
  appositive; ``X was quoted as saying …``: X; ``according to IMF spokeswoman Julia Kessler``: the
  person closing the phrase;
- ``the EU's foreign policy chief said``, ``a commission spokesperson said``: the body they speak
  for; ``the US embassy in Manila said``: the place is not part of the source;
- ``…, the anti-doping body said``: the body its own sentence names.

A cue followed by "that" (after adverbials: "said in a televised address that …") reports what
follows, even when a clause ending in a comma comes before the source.

Sources are the actors of :mod:`crosscheck.extract.actors`; ``he``/``she`` take the latest person
named before, ``it`` the latest non-person source; a definite description ("the ministry", "the
authority") takes the latest actor of that sort, else stands for itself; unnamed plural sources
("officials said", "analysts said") are groups; anonymous "sources" are not attributions.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import re

from crosscheck.extract import actors as _actors
from crosscheck.extract._actor_data import VAGUE_SOURCES
from crosscheck.extract._mention import Mention
from crosscheck.model import ActorValue, Span
from crosscheck.text import sentence_spans

__all__ = ["find", "CUES"]

#: Reporting verbs, each form with its lemma (the mention's ``role``).
CUES: dict[str, str] = {}
for _lemma, _forms in {
    "said": "said says say",
    "told": "told tells",
    "announced": "announced announces",
    "reported": "reported reports",
    "stated": "stated states",
    "added": "added adds",
    "explained": "explained explains",
    "noted": "noted notes",
    "claimed": "claimed claims",
    "confirmed": "confirmed confirms",
    "denied": "denied denies",
    "insisted": "insisted insists",
    "warned": "warned warns",
    "declared": "declared declares",
    "stressed": "stressed stresses",
    "emphasized": "emphasized emphasised emphasizes emphasises",
    "asserted": "asserted asserts",
    "alleged": "alleged alleges",
    "argued": "argued argues",
    "acknowledged": "acknowledged acknowledges",
    "admitted": "admitted admits",
    "revealed": "revealed reveals",
    "estimated": "estimated estimates",
    "wrote": "wrote writes",
    "tweeted": "tweeted tweets",
    "responded": "responded responds",
    "replied": "replied replies",
    "commented": "commented comments",
    "disclosed": "disclosed discloses",
    "maintained": "maintained maintains",
    "cited": "cited cites",
    "quoted": "quoted quotes",
    "accused": "accused accuses",
    "predicted": "predicted predicts",
    "indicated": "indicated indicates",
}.items():
    for _form in _forms.split():
        CUES[_form] = _lemma
#: Bare forms, cues only after an auxiliary ("did report that", "would not confirm").
_BARE = {
    "report": "reported", "announce": "announced", "confirm": "confirmed", "deny": "denied",
    "claim": "claimed", "state": "stated", "add": "added", "note": "noted", "warn": "warned",
    "insist": "insisted", "explain": "explained", "tell": "told", "acknowledge": "acknowledged",
    "admit": "admitted", "reveal": "revealed", "disclose": "disclosed",
}
CUES.update(_BARE)

# Alternations factored by common prefixes (fast to try), built as the actors' are.
_trie_pattern = _actors._trie_pattern


def _cue_pattern(words) -> str:
    """Return an alternation of ``words`` by first letter, each word starting a word of the text.

    The first letters lead, so the scan skips quickly to them; the look-behind after each (no
    letter, hyphen or apostrophe before) and the rest, factored by common prefixes, follow.
    """
    branches = []
    for first in sorted({w[0] for w in words}):
        rest = [w[1:] for w in words if w[0] == first and len(w) > 1]
        optional = "?" if first in words else ""
        ch = re.escape(first)
        branches.append(f"{ch}(?<![\\w’'-]{ch})(?:{_trie_pattern(rest)}){optional}")
    return "(?:" + "|".join(branches) + ")"


def _cue_after_pattern(words, *, before: str = "[^\\w’'-]") -> str:
    """Return :func:`_cue_pattern` of ``words`` opening with the character before the word.

    The pattern takes the character a cue may follow (no letter, hyphen or apostrophe) first, one
    character class, where :func:`_cue_pattern` checks it in a look-behind after each first
    letter: the scan then skips in C to the characters after which a word starts, far fewer
    than the positions of the cues' first letters. It is searched in the text with one space put
    before it, so that a match's start is the cue's start in the text and its end one beyond.
    Nothing is lost by taking the character before: a cue ends with a letter, which no other
    cue may follow. ``before``: the pattern of that character (a narrower one finds part of the
    matches).
    """
    branches = []
    for first in sorted({w[0] for w in words}):
        rest = [w[1:] for w in words if w[0] == first and len(w) > 1]
        optional = "?" if first in words else ""
        branches.append(f"{re.escape(first)}(?:{_trie_pattern(rest)}){optional}")
    return before + "(?:" + "|".join(branches) + ")"


# One alternation tried after each character a word may follow; factored to fail quickly.
_CUE_AFTER = re.compile(_cue_after_pattern(CUES) + r"(?![\w-])")
# The same, split by that character, so that each scan skips to it fast: a space, which nearly
# every cue follows, is a literal; any other ASCII character a cue may follow is one of a fixed
# set (a bitmap, where "[^\w…]" looks up the Unicode category of every character); any other
# character is outside ASCII, and the look-behind then checks that it is no letter.
_CUE_AFTER_SPACE = re.compile(_cue_after_pattern(CUES, before=" ") + r"(?![\w-])")
_ASCII_BEFORE_CUE = "".join(
    re.escape(chr(c)) for c in range(128) if chr(c) != " " and re.fullmatch(r"[^\w’'-]", chr(c))
)
_CUE_AFTER_ASCII = re.compile(_cue_after_pattern(CUES, before=f"[{_ASCII_BEFORE_CUE}]") + r"(?![\w-])")
_CUE_AFTER_WIDE = re.compile(_cue_after_pattern(CUES, before="[^\\x00-\\x7f’](?<=\\W)") + r"(?![\w-])")


def _cue_spans(text: str) -> list[tuple[int, int]]:
    """Return where the cues of ``text`` start and end, in order: what ``_CUE_AFTER`` finds.

    A match is the character before a cue and the cue, so matches start at distinct places and
    never overlap: the three scans, after a space, after another ASCII character and after a
    character outside ASCII, find them all.
    """
    spaced = " " + text
    found = [(m.start(), m.end() - 1) for m in _CUE_AFTER_SPACE.finditer(spaced)]
    other = [(m.start(), m.end() - 1) for m in _CUE_AFTER_ASCII.finditer(spaced)]
    if not text.isascii():  # a flag of the string: no scan for what cannot be there
        other += [(m.start(), m.end() - 1) for m in _CUE_AFTER_WIDE.finditer(spaced)]
    if other:
        found = sorted(found + other)
    return found


#: Words after which a cue is a noun or an adjective, not a report: "the report", "was reported".
_NOT_A_CUE_WORDS = (
    "the a an this that these those its his her their our is was are were be been being so widely "
    "often previously initially first"
).split()
_NOT_A_CUE_BEFORE = re.compile(
    r"(?:\b(?:%s|had\s+been|have\s+been|has\s+been)\s+|[-\d]\s*|"
    r"\bso-|\b\w+['’]s\s+)$" % "|".join(_NOT_A_CUE_WORDS),
    re.IGNORECASE,
)
#: How a match of ``_NOT_A_CUE_BEFORE`` may end, lower-cased (a digit or hyphen aside).
_NOT_A_CUE_ENDINGS = (*_NOT_A_CUE_WORDS, "'s")


def _not_a_cue_before(text: str, lo: int, hi: int) -> bool:
    """Tell whether ``_NOT_A_CUE_BEFORE`` matches ending at ``hi`` (not before ``lo``).

    An end-anchored pattern searched over a window is tried at every position of it; the last
    word of the window decides whether it can match at all, and most cues are preceded by a name
    or a noun that ends none of its alternatives. Outside ASCII the case-insensitive match may
    differ from lower-casing ("ſ"), so the pattern decides there.
    """
    words = text[lo:hi].rsplit(None, 1)
    if not words:
        return False
    last = words[-1]
    if last[-1] == "-" or last[-1].isdigit() or not last.isascii() or last.lower().endswith(_NOT_A_CUE_ENDINGS):
        return _NOT_A_CUE_BEFORE.search(text, lo, hi) is not None
    return False


_NOT_A_CUE_AFTER = re.compile(r"\s+(?:to\s+be|to\s+have|by\b|missing\b|dead\b|killed\b|cases\b|of\b|in\s+the\s+(?:case|killing|attack|death)s?\b)")
# Words between a source and its cue that are not part of the source.
_TRAILING_ADVERBS = (
    "however also too then later further again previously earlier separately meanwhile moreover "
    "instead subsequently repeatedly publicly recently already first once did does do has have had "
    "would will"
).split()
_TRAILING_OCCASIONS = (
    "statement briefing interview post speech report conference tweet message letter address release "
    "communiqu[eé] broadcast appearance session meeting call update notice"
).split()
_TRAILING_MEDIA = "website account channel page".split()
_TRAILING_TIMES = "week month year morning evening weekend".split()
# The look-ahead names the characters any of these opens with (they are lower-case words, a
# comma or a bracket): searched over a window before each cue, most positions then fail at once.
_TRAILING = re.compile(
    r"(?=[,(adefhilmoprstw])(?:,|\b(?:%s|has\s+also|had\s+also|was\s+quick\s+to|"
    r"for\s+(?:its|his|her|their)\s+part|in\s+turn|on\s+the\s+other\s+hand)"
    r"|\bin\s+an?\s+(?:[\w’'-]+\s+){0,5}?(?:%s)"
    r"|\b(?:on|late\s+on|early\s+on|earlier\s+on)\s+(?:[A-Z]\w+|\d{1,2})(?:,?\s+(?:[A-Z]\w+\s+)?\d{1,4})?"
    r"|\bon\s+(?:its|his|her|their)\s+(?:official\s+)?(?:%s|[\w-]+\s+(?:%s))"
    r"|\b(?:last|this|earlier\s+this)\s+(?:%s|[A-Z]\w+)"
    r"|\([^()]{1,40}\))\s*$"
    % (
        "|".join(_TRAILING_ADVERBS),
        "|".join(_TRAILING_OCCASIONS),
        _TRAILING_MEDIA[0],
        "|".join(_TRAILING_MEDIA[1:]),
        "|".join(_TRAILING_TIMES),
    )
)
#: The words a match of ``_TRAILING`` may end with, where it ends with neither a comma, a
#: bracket, a digit nor a capitalised word after "on", "last" or "this".
_TRAILING_ENDINGS = (
    *_TRAILING_ADVERBS, "to", "part", "turn", "hand", "communique", "communiqué",
    *(w for w in _TRAILING_OCCASIONS if "[" not in w), *_TRAILING_MEDIA, *_TRAILING_TIMES,
)


def _trailing(text: str, lo: int, hi: int) -> re.Match | None:
    """Return the match of ``_TRAILING`` ending at ``hi`` (not before ``lo``), if there is one.

    The window's last words decide whether the end-anchored pattern can match at all (see
    :func:`_not_a_cue_before`): it ends with a comma, a bracket, a digit, one of its words, or a
    capitalised word after "on", "last" or "this". A source's name, which is what mostly stands
    before a cue, is none of these; the pattern is searched only where one is.
    """
    words = text[lo:hi].rsplit(None, 2)
    if not words:
        return None
    last = words[-1]
    if (
        last[-1] in ",)"
        or last[-1].isdigit()
        or last.endswith(_TRAILING_ENDINGS)
        or ("A" <= last[0] <= "Z" and len(words) > 1 and words[-2].endswith(("on", "last", "this")))
    ):
        return _TRAILING.search(text, lo, hi)
    return None


# "X's statement", and an unnamed agent of X: "the European Union's foreign policy chief".
_STATEMENT_OF = re.compile(
    r"['’]s?\s+(?:[a-z][\w-]*\s+){0,3}?(?:statement|report|spokesperson|spokesman|"
    r"spokeswoman|website|press\s+service|press\s+office|data|figures|tally|communiqu[eé]|"
    r"bulletin|account|update|representative|chief|head|envoy|ambassador|high\s+commissioner|"
    r"delegate|negotiator)\s*$"
)
# "a commission spokesperson", "a ministry official": an agent of the body of that kind last named.
_BODY_AGENT = re.compile(
    r"(?=[AaTt])(?<![\w-])(?:[Aa]n?|[Tt]he)\s+(?P<body>[a-z]+)\s+(?:spokes(?:person|man|woman)|official|"
    r"representative|source)\s*$"
)
_AGENT_LAST = frozenset({"spokesperson", "spokesman", "spokeswoman", "official", "representative", "source"})
# "the US embassy in Manila": the place after a source is not part of its name.
_IN_PLACE_END = re.compile(r"\s+in\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s*$")
#: Nouns that make the actor before them a source: "Turkish officials", "a Red Crescent spokesperson".
_SOURCE_NOUNS = (
    "official;officials;spokesperson;spokesman;spokeswoman;spokespeople;media;tv;television;"
    "news agency;agency;officer;officers;diplomat;diplomats;sources;envoy;representative;"
    "representatives;statement;press service;minister;commander;commanders;government;authorities;"
    "leadership;delegation;embassy;embassies;high commission;consulate;military;army;forces;troops;"
    "air force;navy;police;coast guard;defence force;defense force;"
    "presidency;office;ministry;department;bureau;directorate;authority;service;"
    "prosecutor;prosecutors;investigators;regulator;team;teams;squad;"
    "rulers;leader;leaders;junta;regime;cabinet;administration;generals;chiefs;observers;monitors;"
    "inspectors;experts;mission;staff;workers"
).split(";")
# The nouns are factored by prefixes: at most positions of the window they fail at a letter.
_SOURCE_NOUN = re.compile(
    r"\s*(?<![\w’'.-])(?:[a-z][\w-]*\s+){0,2}?(?i:%s)\s*$"
    % _trie_pattern(dict.fromkeys(_actors._phrase_pieces(n, r"\s+") for n in _SOURCE_NOUNS))
)
# The last words of those nouns and of the unnamed sources: a cheap test before the patterns.
_SOURCE_LAST = frozenset(n.split()[-1] for n in _SOURCE_NOUNS)
_VAGUE_LAST = frozenset(v.split()[-1] for v in VAGUE_SOURCES.split(";") if v)
_PROXY_BEFORE = re.compile(
    r"(?=[at])\b(?:an?|the)\s+(?:[\w-]+\s+)?(?:spokes(?:person|man|woman)|statement|official|source|"
    r"representative|report|bulletin|post|note)\s+(?:for|from|of|by|at|with)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_PRONOUN = re.compile(r"(?<![\w-])(?P<p>[Hh]e|[Ss]he|[Ii]t)\s*$")
_DEFINITE_HEADS = {
    "ministry": "ministry", "ministries": "ministry", "department": "ministry",
    "minister": "person", "president": "person", "spokesperson": "person", "spokesman": "person",
    "spokeswoman": "person", "prime minister": "person", "premier": "person", "governor": "person",
    "mayor": "person", "commander": "person", "general": "person", "colonel": "person",
    "chief": "person", "secretary": "person", "ambassador": "person", "envoy": "person",
    "official": "person", "officer": "person", "director": "person", "chairman": "person",
    "coach": "person", "captain": "person", "leader": "person", "chancellor": "person",
    "army": "military", "military": "military", "navy": "military",
    "authority": "organization", "agency": "organization", "organisation": "organization",
    "organization": "organization", "group": "organization", "body": "organization",
    "office": "organization", "police": "organization", "service": "organization",
    "council": "organization", "committee": "organization", "commission": "organization",
    "court": "organization", "company": "organization", "federation": "organization",
    "union": "organization", "party": "organization", "alliance": "organization",
    "bank": "organization", "fund": "organization", "charity": "organization",
    "society": "organization", "institute": "organization", "centre": "organization",
    "center": "organization", "directorate": "organization", "bureau": "organization",
    "government": "government", "administration": "government", "cabinet": "government",
    "embassy": "organization", "mission": "organization", "operator": "organization",
    "statement": "organization", "report": "organization", "opposition": "organization",
    "wing": "organization", "unit": "organization",
}
_DEFINITE = re.compile(
    r"(?<![\w-])(?P<det>[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+"
    r"(?P<mods>(?:[\w’'-]+\s+){0,4}?)(?P<head>%s)\s*$"
    % "|".join(sorted((re.escape(h).replace(r"\ ", r"\s+") for h in _DEFINITE_HEADS), key=len, reverse=True))
)
#: The last words of those heads (a match of ``_DEFINITE`` ends with one, white space aside).
_DEFINITE_LAST = tuple(sorted({h.split()[-1] for h in _DEFINITE_HEADS}))
#: Words that may qualify an unnamed source: "local officials", "U.S. officials".
_VAGUE_MODIFIERS = (
    "local senior top government military security health hospital election western foreign regional "
    "provincial federal state police rescue aid emergency defence defense intelligence district city "
    "village municipal other unnamed anonymous independent official palestinian israeli american "
    "russian ukrainian chinese iranian turkish medical court industry company party opposition "
    "campaign team club u.s. us un u.n."
).split()
# Both lists are factored by prefixes: the pattern is tried at every position of a window.
_VAGUE = re.compile(
    r"(?<![\w-])(?:[Mm]any\s+|[Ss]ome\s+|[Ss]everal\s+|[Tt]he\s+|[Tt]wo\s+|[Tt]hree\s+)?"
    r"(?:(?:[A-Z][\w.-]*|(?i:%s))\s+)?"
    r"(?P<noun>(?i:%s))\s*$"
    % (
        _trie_pattern(_VAGUE_MODIFIERS),
        _trie_pattern(dict.fromkeys(_actors._phrase_pieces(v, r"\s+") for v in VAGUE_SOURCES.split(";") if v)),
    )
)
_OF_BEFORE = re.compile(r"\s+of\s+(?:the\s+)?$")
_VAGUE_IN = re.compile(
    r"(?<![\w-])(?:[Ss]enior\s+|[Tt]op\s+|[Gg]overnment\s+|[Hh]ospital\s+|[Hh]ealth\s+|[Ll]ocal\s+)?"
    r"(?P<noun>[Oo]fficials|[Aa]uthorities|[Dd]iplomats|[Ll]eaders)"
    r"\s+in\s+(?P<place>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)\s*$"
)


def _vague_in(text: str, lo: int, hi: int) -> re.Match | None:
    """Return the match of ``_VAGUE_IN`` ending at ``hi`` (not before ``lo``), if there is one.

    It ends with "in" and the place's one or two words: where "in" is not the second or third
    word from the end, it cannot match, and the end-anchored pattern (tried at every position
    of the window) is not searched.
    """
    if "in" in text[lo:hi].rsplit(None, 3)[-3:-1]:
        return _VAGUE_IN.search(text, lo, hi)
    return None


# What stands before a cue coordinated with an earlier verb: "… called it illegal and said …".
_AND_BEFORE = re.compile(r"(?:,\s*)?\band\s*$")
# Lower-case words before a source after a comma: "…, agency spokesman Abdul Muhari said."
# Capitalised ones too after a comma: "…, Mining Minister Joseph Mwita told Reuters."
_MODIFIERS_BEFORE = re.compile(r"(?<![\w-])(?:(?:[Tt]he|[Aa]n?)\s+)?(?:[A-Za-z][\w-]*\s+){1,2}$")
# An appositive naming the same actor before the source: "UNRWA, the UN agency for ..., said".
_APPOSED = re.compile(r"\s*,\s*(?:the\s+)?$")
# The capital comes before the look-behind (which then spans it), so the scan skips to capitals.
_NAME_BEFORE = re.compile(r"(?P<name>[A-Z](?<![\w.-][A-Z])[a-z][\w’'-]*(?:[ \t]+[A-Z][a-z][\w’'-]*){0,3})\s*$")
_NOT_NAMES = frozenset(
    "the in on at but and as while when after before this that these those it he she they we i "
    "there here some many most others critics".split()
)
_ACRONYM_BEFORE = re.compile(r"(?<![\w.’'-])(?P<acr>[A-Z]{2,8})\s*$")
_AFTER_COMMA = re.compile(r"[,;:”\"]\s*$")
_ORG_WORDS = frozenset(
    "authority agency ministry council committee commission organization organisation service office "
    "institute society bank party front corp guard federation union association court police "
    "directorate department bureau center centre foundation fund programme program movement group "
    "network coalition alliance assembly parliament senate congress government force army command "
    "administration board observatory mission club university hospital company news times post "
    "television radio agencie channel".split()
)
_APPOSITIVE = re.compile(
    r",\s*(?:the|a|an|one|who|whose|which|his|her|its|known|[a-z]+ing|[a-z]+ed)\b[^,;:“”\"]{1,100},?\s*$"
)
_TOLD_OBJECT = re.compile(
    r"\s+(?:reporters|journalists|the\s+media|the\s+press|parliament|lawmakers|legislators|"
    r"him|her|them|us|me|a\s+(?:news|press)\s+conference|"
    # "the state broadcaster GBC": a medium may be named after its kind
    r"(?:the\s+)?(?:state|local|national|private|public)\s+(?:media|television|TV|radio|broadcaster|news\s+agency)"
    r"(?:\s+[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})?|"
    r"local\s+media|the\s+(?:[A-Z][\w.]*\s*)+|[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}|"
    # any other listener: "told supporters", "told the court", "told his cabinet"
    r"(?:(?:the|his|her|their|its|a|an)\s+)?(?!that\b)[a-z][\w-]*(?:\s+(?!that\b|in\b|on\b|at\b)[a-z][\w-]*)?)"
)
_PROXY_AFTER = re.compile(
    # the article may be missing: "according to data from the Tokyo Stock Exchange"
    r"(?:(?:an?|the)\s+)?(?:[\w-]+\s+)?(?:spokes(?:person|man|woman)|statement|official|source|"
    r"representative|report|bulletin|post|note|tally|count|figures|data)\s+(?:for|from|of|by|at|with|released\s+by)\s+(?:the\s+)?"
)
_OF = re.compile(r"\s+of\b")
_QUOTED_AS_AHEAD = re.compile(r"\s+(?P<np>[^,.;:“”\"]{1,80}?)\s+as\s+(?:saying|telling)\b")
_THAT = re.compile(r"\s*[,:]?\s*(?:that\b)?\s*")
_AFTER_TAIL = re.compile(
    r"(?:\s*,?\s*(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|"
    r"yesterday|tonight|overnight)\b|on\s+(?:[A-Z]\w+|\d{1,2})(?:,?\s+(?:[A-Z]\w+\s+)?\d{1,4})?|"
    r"in\s+an?\s+(?:[\w’'-]+\s+){0,5}?(?:statement|briefing|interview|post|speech|report|conference|"
    r"tweet|message|letter|address|release)|at\s+the\s+[\w-]+(?:\s+[\w-]+)?|late\s+\w+|"
    r"earlier|later|afterwards?|today|yesterday|by\s+telephone|by\s+phone|last\s+\w+|this\s+\w+|"
    r"in\s+\w+|from\s+\w+|(?:reporters|journalists)))*"
)
_SENTENCE_TAIL = re.compile(r"\s*(?:[.!?…]+[\"”’')\]]*\s*)?$")
_TO_CLAUSE_BREAK = re.compile(
    r"\s*(?:,|(?:as|while|when|adding|after|at|during|following|before|in|on|from|via|through|"
    r"outside|shortly|late|earlier|amid|upon|without|with|to\s+(?:reporters|journalists))\b)"
)
_NOUN_AFTER = re.compile(
    r"(?:['’]s)?[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}?(?:military|army|government|ministry|officials|"
    r"authorities|forces|police|presidency|embassy|embassies|high\s+commission|consulate|defen[cs]e\s+force|"
    r"navy|air\s+force|media|spokes(?:person|man|woman)|"
    r"office|statement|data|figures)(?![\w-])"
)
_ACCORDING_PHRASE = re.compile(r"(?:an?\s+)?(?P<np>(?:[\w’'-]+\s+){0,4}?[\w’'-]+)(?=\s*(?:[,.;]|$))")
# Tried only before each "ccording" (see _according_matches), a plain search far faster than a scan.
_ACCORDING = re.compile(r"[Aa](?<![\w-][Aa])ccording\s+to\s+(?P<the>the\s+)?")


def _according_matches(text: str) -> list[re.Match]:
    """Return the matches of ``_ACCORDING`` in ``text``, tried only before each "ccording"."""
    found = []
    at = text.find("ccording", 1)
    while at != -1:
        m = _ACCORDING.match(text, at - 1)
        if m is not None:
            found.append(m)
        at = text.find("ccording", at + 8)
    return found


_OPEN_QUOTE = re.compile(r"\s*[,:]?\s*[“\"«‘]")
# Only "do" makes a bare form a report ("did report that"); after a modal it is an intention.
_PASSIVE_QUOTED = re.compile(r"(?=[wiah])(?<![\w-])(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+$")
_AS_SAYING = re.compile(r"\s+as\s+(?:saying|telling\s+[^,.;:“”\"]{1,40}?)(?=\s)")
_THAT_NEXT = re.compile(r"\s*,?\s*that\b")
_AUXILIARY = re.compile(r"(?=d)\b(?:did|does|do)(?:\s+not|n['’]t)?\s+$")
_POSSESSIVE_GAP = re.compile(r"(?:['’]s)?[ \t]+$")
#: How far before a cue its source may start, adverbials included, and how long a source
#: phrase not found by the actor extractor may be (characters).
_SOURCE_REACH = 160
_PHRASE_REACH = 90
_DETERMINER_BEFORE = re.compile(r"(?<![\w-])(?:[Tt]he|[Aa]n?)\s+$")
_LEADING_DETERMINER = re.compile(r"\s*(?:(?:[Tt]he|[Aa]n?)\s+)?")
_NEED_QUOTE = frozenset({"responded", "replied", "commented", "wrote", "tweeted", "declared"})
_QUOTE_CLOSED = re.compile(r"[,.!?]?[”\"»’']\s*$")
_QUOTE_SOON = re.compile(r"[^“\"«.!?]*?(?:[“\"«]|:\s)")


def _last_word(text: str, lo: int, p: int) -> str:
    """Return the last word before ``p`` (not before ``lo``), lower-cased."""
    seg = text[max(lo, p - 40) : p].rstrip()
    cut = max(seg.rfind(" "), seg.rfind("\n"), seg.rfind("\t"))
    return seg[cut + 1 :].lower()


def _sentence_at(spans: list[tuple[int, int]], starts: list[int], pos: int) -> tuple[int, int]:
    i = bisect.bisect_right(starts, pos) - 1
    return spans[max(i, 0)]


def _latest(candidates: list[tuple[int, ActorValue]], pos: int, want) -> ActorValue | None:
    for p, v in reversed(candidates):
        if p < pos and want(v):
            return v
    return None


class _Context:
    """The actor mentions and sources seen so far, for resolving pronouns and descriptions."""

    def __init__(self, actor_mentions: list[Mention]) -> None:
        self.mentions = actor_mentions
        self.mention_starts = [m.start for m in actor_mentions]
        self.ends = {m.end: m for m in actor_mentions}
        self.starts = {m.start: m for m in actor_mentions}
        self.seen: list[tuple[int, ActorValue]] = [(m.start, m.value) for m in actor_mentions]  # type: ignore[misc]
        self.sources: list[tuple[int, ActorValue]] = []
        self.sentence_start = 0
        # The titles each person was introduced with, so "the governor" finds the governor.
        self.titles: dict[str, str] = {}
        for m in actor_mentions:
            if m.role == "title" and m.value.kind == "person":  # type: ignore[union-attr]
                title = m.text[: max(0, len(m.text) - len(m.value.name))].lower()  # type: ignore[union-attr]
                if title.strip():
                    self.titles[m.value.name] = self.titles.get(m.value.name, "") + " " + title  # type: ignore[union-attr]

    def body_since(self, lo: int, pos: int) -> ActorValue | None:
        """Return the latest organisation named in [lo, pos), if any."""
        for p, v in reversed(self.seen):
            if p < lo:
                break
            if p < pos and v.kind == "organization":
                return v
        return None

    def add_source(self, pos: int, value: ActorValue) -> None:
        self.sources.append((pos, value))
        bisect.insort(self.seen, (pos, value), key=lambda x: x[0])

    def resolve(self, sort: str, head: str, mods: str, pos: int) -> ActorValue | None:
        if sort == "ministry":
            words = mods.lower().split()
            label = next((w for w in words if w in ("defense", "defence", "foreign", "interior", "health")), None)

            def want(v: ActorValue) -> bool:
                if v.kind != "ministry":
                    return False
                if label is None:
                    return True
                return ("Defense" if label.startswith("defen") else label.title()) in v.name

            return _latest(self.seen, pos, want)
        if sort == "person":
            stem = head.split()[-1][:5]
            return _latest(self.seen, pos, lambda v: v.kind == "person" and stem in self.titles.get(v.name, ""))
        if sort == "military":
            return _latest(self.seen, pos, lambda v: v.kind == "military")
        if sort == "organization":
            found = _latest(
                self.seen, pos, lambda v: v.kind == "organization" and v.name.lower().split()[-1] == head
            )
            if found is None and head in ("organisation", "organization", "group", "body"):
                found = _latest(self.seen, pos, lambda v: v.kind == "organization")
            return found
        return None


def _subject(text: str, left_start: int, p: int, ctx: _Context) -> tuple[int, ActorValue] | None:
    """Return the start and value of the source phrase ending at ``p``, if there is one."""
    left_start = max(left_start, p - _PHRASE_REACH)
    m = ctx.ends.get(p)
    if m is not None:
        of = _OF_BEFORE.search(text, max(left_start, m.start - 6), m.start)
        person = ctx.ends.get(of.start()) if of else None
        if person is not None and person.value.kind == "person" and person.start >= left_start:  # type: ignore[union-attr]
            m = person  # "President Umaro Sissoco Embalo of Guinea-Bissau said"
        start = m.start
        proxy = _PROXY_BEFORE.search(text, max(left_start, start - 60), start)
        if proxy:
            start = proxy.start()
        return start, m.value  # type: ignore[return-value]
    place = _IN_PLACE_END.search(text, max(left_start, p - 40), p) if text.find(" in ", max(left_start, p - 40), p) != -1 else None
    if place is not None and place.start() > left_start:
        inner = _subject(text, left_start, place.start(), ctx)
        if inner is not None:
            return inner
    last = _last_word(text, left_start, p)
    agent = _BODY_AGENT.search(text, max(left_start, p - 40), p) if last in _AGENT_LAST else None
    if agent is not None:
        body = agent.group("body")
        v = ctx.resolve("ministry" if body in ("ministry", "department") else "organization", body, "", agent.start())
        if v is not None:
            return agent.start(), v
    # An actor followed by a source noun: "Turkish officials", "a Red Crescent spokesperson".
    noun = _SOURCE_NOUN.search(text, max(left_start, p - 50), p) if last in _SOURCE_LAST else None
    if noun:
        q = noun.start()
        if text[q - 2 : q] in ("'s", "’s"):
            q -= 2
        m = ctx.ends.get(q)
        if m is not None:
            return m.start, m.value  # type: ignore[return-value]
    st = _STATEMENT_OF.search(text, max(left_start, p - 50), p)
    if st:
        q = st.start()
        m = ctx.ends.get(q)
        if m is not None:
            return m.start, m.value  # type: ignore[return-value]
        if q > left_start:
            return _subject(text, left_start, q, ctx)
    pron = _PRONOUN.search(text, max(left_start, p - 6), p)
    if pron:
        word = pron.group("p").lower()
        at = pron.start("p")
        if word in ("he", "she"):
            v = _latest(ctx.seen, at, lambda v: v.kind == "person")
        else:
            v = _latest(ctx.sources, at, lambda v: v.kind != "person")
        return (at, v) if v is not None else None
    lo = max(left_start, p - 80)
    # A description ends with its head: where the words before ``p`` end with none, none is there.
    d = _DEFINITE.search(text, lo, p) if text[lo:p].rstrip().endswith(_DEFINITE_LAST) else None
    if d:
        head = " ".join(d.group("head").lower().split())
        sort = _DEFINITE_HEADS[head]
        at = d.start()
        if d.group("det").lower() in ("the", "its", "their", "his", "her") and not d.group("mods").strip():
            v = ctx.resolve(sort, head, d.group("mods"), at)
            if v is not None:
                return at, v
        elif d.group("det").lower() == "the":
            v = ctx.resolve(sort, head, d.group("mods"), at)
            if v is not None and sort == "ministry" and any(
                w in d.group("mods").lower() for w in ("defen", "foreign", "interior", "health")
            ):
                return at, v
            if sort == "organization" and head in ("body", "organisation", "organization", "group", "agency"):
                # "The Athletics Integrity Unit suspended him, the anti-doping body said": a
                # described body is the one the same sentence names.
                v = ctx.body_since(ctx.sentence_start, at)
                if v is not None:
                    return at, v
        phrase = (d.group("mods") + d.group("head")).strip()
        phrase = " ".join(phrase.split())
        kind = {"person": "person", "ministry": "ministry", "military": "military", "government": "government"}.get(
            sort, "organization"
        )
        if head in ("statement", "report"):
            return None
        return at, ActorValue(phrase, kind)
    seat = _vague_in(text, max(left_start, p - 60), p)
    if seat:
        country = _actors.seat_country(seat.group("place"))
        if country is not None:
            return seat.start(), _actors.country_actor(_actors.country_code(country))  # "officials in Ankara"
        return seat.start(), ActorValue(seat.group("noun").lower(), "group")  # "officials in Gaza"
    vague = _VAGUE.search(text, max(left_start, p - 45), p) if last in _VAGUE_LAST else None
    if vague:
        noun = " ".join(vague.group("noun").lower().split())
        return vague.start(), ActorValue(noun, "group")
    acronym = _ACRONYM_BEFORE.search(text, max(left_start, p - 12), p)
    if acronym:
        return acronym.start(), ActorValue(acronym.group("acr"), "organization")
    name = _NAME_BEFORE.search(text, max(left_start, p - 80), p)
    if name:
        words = name.group("name").split()
        at = name.start()
        lone = len(words) == 1 and not _AFTER_COMMA.search(text, max(left_start, at - 3), at)
        if not lone and words[0].lower() not in _NOT_NAMES:
            last = words[-1].lower().rstrip("s")
            kind = "organization" if last in _ORG_WORDS else "person"
            return at, ActorValue(" ".join(words), kind)
    return None


def _quote_end(text: str, pos: int, *, max_quote: int) -> int | None:
    """Return the end of a quotation that opens right at ``pos``, if one does."""
    m = _OPEN_QUOTE.match(text, pos)
    if m is None:
        return None
    opener = text[m.end() - 1]
    closer = {"“": "”", '"': '"', "«": "»", "‘": "’"}[opener]
    close = text.find(closer, m.end(), m.end() + max_quote)
    if opener == "‘":
        while close != -1 and close + 1 < len(text) and text[close + 1].isalpha():
            close = text.find(closer, close + 1, m.end() + max_quote)
    return close + 1 if close != -1 else None


def _quote_start(text: str, close: int, *, max_quote: int) -> int | None:
    """Return the start of a quotation whose closing mark is at ``close``."""
    closer = text[close]
    opener = {"”": "“", '"': '"', "»": "«", "’": "‘"}[closer]
    start = text.rfind(opener, max(0, close - max_quote), close)
    return start if start != -1 else None


def find(
    text: str,
    *,
    anchor: _dt.date | None = None,
    max_quote: int = 1500,
    window: int = 1000,
    actor_mentions: list[Mention] | None = None,
) -> list[Mention]:
    """Find the attributions of a text: who is said to assert what, and what they cover.

    ``max_quote``: the longest quotation (in characters) a cover is extended to when a cue is
    right before its opening or right after its closing mark. ``window``: how many characters
    before a cue are read for its source and for the content a sentence-final source covers.
    ``actor_mentions``: what :func:`crosscheck.extract.actors.find` gives for ``text``, where the
    caller has it already (default: found here). ``anchor`` is not used.
    """
    if not text:
        return []
    # The cues are found in the text with a space before it (see _cue_after_pattern): a match
    # starts where its cue does in the text and ends one character beyond it.
    events: list[tuple[int, str, object]] = [(start, "cue", end) for start, end in _cue_spans(text)]
    events += [(m.start(), "according", m) for m in _according_matches(text)]
    if not events:
        return []  # no sentences or actors are needed where nothing is reported
    events.sort(key=lambda e: e[0])
    spans = sentence_spans(text)
    if not spans:
        return []
    starts = [s for s, _ in spans]
    ctx = _Context(_actors.find(text) if actor_mentions is None else actor_mentions)
    out: list[Mention] = []
    for at, what, m in events:
        s_start, s_end = _sentence_at(spans, starts, at)
        if not (s_start <= at < max(s_end, s_start + 1)):
            continue
        ctx.sentence_start = s_start
        found = (
            _according(text, m, s_start, s_end, ctx, max_quote)
            if what == "according"
            else _cue(text, at, m, s_start, s_end, ctx, max_quote, window)
        )
        if found is None:
            continue
        src_start, src_end, value, role, covers = found
        if covers.end <= covers.start or src_end <= src_start:
            continue
        ctx.add_source(src_start, value)
        out.append(
            Mention(
                "attribution", src_start, src_end, text[src_start:src_end], value,
                role=role, covers=covers, modality="reported",
            )
        )
    out.sort(key=lambda x: (x.start, x.end))
    return out


def _ends_clause(text: str, start: int, end: int) -> bool:
    """Tell whether the text before ``end`` closes with a comma or a closing quotation mark."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end > start and text[end - 1] in ",\"”»’'"


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in ",;:"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return start, end


def _cue(
    text: str, cue_start: int, cue_end: int, s_start: int, s_end: int, ctx: _Context, max_quote: int, window: int
):
    verb = text[cue_start:cue_end]
    lemma = CUES[verb]
    passive = _PASSIVE_QUOTED.search(text, max(s_start, cue_start - 20), cue_start) if lemma in ("quoted", "cited") else None
    as_saying = _AS_SAYING.match(text, cue_end) if passive else None
    if passive and as_saying:
        # "Rao, a spokeswoman for the party, was quoted as saying …": the subject is the source.
        cue_start, cue_end = passive.start(), as_saying.end()
    elif _not_a_cue_before(text, max(s_start, cue_start - 20), cue_start):
        return None
    if _NOT_A_CUE_AFTER.match(text, cue_end) and not (lemma == "warned" and _OF.match(text, cue_end)):
        return None  # "warned of floods" reports a warning; "reported in the case" does not
    if verb in _BARE and not _AUXILIARY.search(text, max(s_start, cue_start - 20), cue_start):
        return None
    if lemma in ("quoted", "cited") and not as_saying:
        # "state media quoted the minister as saying …", "the agency cited officials as saying …":
        # the one quoted is the source, whoever quotes them.
        said = _QUOTED_AS_AHEAD.match(text, cue_end)
        if said:
            quoted = _subject(text, said.start("np"), said.end("np"), ctx)
            if quoted is not None:
                body = _THAT.match(text, said.end()).end()
                return quoted[0], said.end("np"), quoted[1], "said", _forward(text, body, s_end, max_quote)
    # Strip adverbials between the source and the cue, then find the source ending there. Only a
    # window before the cue is read, so a text without sentence breaks stays linear.
    sentence_start = max(s_start, cue_start - window)
    s_start = max(s_start, cue_start - _SOURCE_REACH)
    p = cue_start
    while p > s_start and text[p - 1].isspace():
        p -= 1
    while True:
        t = _trailing(text, max(s_start, p - 70), p)
        if t is None or t.start() == p:
            break
        p = t.start()
        while p > s_start and text[p - 1].isspace():
            p -= 1
    subject = None
    # Only a comma between the source and the cue can close an appositive; test that first.
    app = _APPOSITIVE.search(text, s_start, p) if text.find(",", p, cue_start) != -1 else None
    named = ctx.ends.get(app.start()) if app is not None else None
    if p > s_start:
        subject = _subject(text, s_start, p, ctx)
    if named is not None and (ctx.ends.get(p) is None or named.value.kind == "person"):
        # "Hendra Gunawan, who heads the centre, said": the one named before the appositive, not a
        # description inside it (unless the appositive itself names the source, a body for an
        # unnamed one: "the group, the Sinaloa Cartel, said"; a person named first stays the source:
        # "Laurent Berger, the leader of the CFDT union, said").
        subject, p = (named.start, named.value), app.start()
    if subject is None and app is not None and "," in text[p:cue_start]:
        # An appositive is closed by a comma before the cue ("X, the agency for …, said"); without
        # one the phrase is the source itself ("…, the army's media wing said").
        q = app.start()
        subject = _subject(text, s_start, q, ctx)
        if subject is not None:
            p = q
    inverted = False
    if subject is None and _AND_BEFORE.search(text, max(s_start, p - 8), p):
        # "The ministry called the attack illegal and said …": the sentence's subject said it.
        lead = _LEADING_DETERMINER.match(text, s_start)
        a = ctx.starts.get(lead.end() if lead else s_start)
        if a is not None and a.end < p:
            body = _THAT.match(text, cue_end).end()
            return a.start, a.end, a.value, lemma, _forward(text, body, s_end, max_quote, cue_end=cue_end)
    if subject is None:
        # "…, said the ministry." / "“…,” said Akar."
        if not _ends_clause(text, s_start, cue_start):
            return None
        q = cue_end
        while q < len(text) and text[q] in " \t":
            q += 1
        a = ctx.starts.get(q)
        if a is None and text.startswith("the ", q):
            a = ctx.starts.get(q + 4)
        if a is None:
            return None
        tail = _AFTER_TAIL.match(text, a.end)
        rest = tail.end() if tail else a.end
        if not (_SENTENCE_TAIL.fullmatch(text, rest, max(rest, s_end)) or _TO_CLAUSE_BREAK.match(text, rest)):
            return None  # "…, said Washington would …": the actor is the reported clause's subject
        subject = (a.start, a.value)
        p = a.end
        inverted = True
    src_start, value = subject
    src_end = p
    apposed = _APPOSED.search(text, max(s_start, src_start - 8), src_start)
    prior = ctx.ends.get(apposed.start()) if apposed else None
    if prior is not None and prior.value == value and prior.start >= s_start:
        src_start = prior.start
    outer = src_start
    while True:
        gap = _POSSESSIVE_GAP.search(text, max(s_start, outer - 4), outer)
        prior = ctx.ends.get(gap.start()) if gap else None
        if prior is None or prior.start < s_start:
            break
        outer = prior.start
    lead = _DETERMINER_BEFORE.search(text, max(s_start, outer - 12), outer)
    if lead is None and not _ends_clause(text, s_start, outer):
        lead = _MODIFIERS_BEFORE.search(text, max(s_start, outer - 40), outer)
        if lead is not None and not _ends_clause(text, s_start, lead.start()):
            lead = None
    outer = lead.start() if lead else outer
    s_start = sentence_start
    prefix_start, prefix_end = _trim(text, s_start, outer)
    after = cue_end if not inverted else src_end
    quote_before = _QUOTE_CLOSED.search(text, max(s_start, outer - 4), outer) is not None
    if lemma in _NEED_QUOTE and not quote_before and not _QUOTE_SOON.match(text, after, min(s_end + 2, after + window)):
        return None  # "troops responded in kind": not speech
    if lemma == "told":
        obj = _TOLD_OBJECT.match(text, after)
        if obj:
            after = obj.end()
    tail = _AFTER_TAIL.match(text, after)
    rest = tail.end() if tail else after
    sentence_final = (
        _SENTENCE_TAIL.fullmatch(text, rest, max(rest, s_end)) is not None
        or _TO_CLAUSE_BREAK.match(text, rest) is not None
        or _TO_CLAUSE_BREAK.match(text, after) is not None
    ) and not _THAT_NEXT.match(text, rest)  # "said in an address that …" reports what follows
    has_prefix = prefix_end - prefix_start > 0 and _ends_clause(text, s_start, outer)
    quote_next = _OPEN_QUOTE.match(text, after) is not None
    if has_prefix and (sentence_final or inverted) and not quote_next:
        start, end = prefix_start, prefix_end
        close = text.rfind("”", start, end + 1)
        straight = text.rfind('"', start, end + 1)
        close = max(close, straight)
        if close != -1 and close >= end - 2:
            opened = _quote_start(text, close, max_quote=max_quote)
            if opened is not None:
                start = min(start, opened)
            end = max(end, close + 1)
        return src_start, src_end, value, lemma, Span(start, end)
    body = _THAT.match(text, after).end()
    return src_start, src_end, value, lemma, _forward(text, body, s_end, max_quote, cue_end=after)


def _forward(text: str, body: int, s_end: int, max_quote: int, cue_end: int | None = None) -> Span:
    end = max(s_end, body)
    q = _quote_end(text, cue_end if cue_end is not None else body, max_quote=max_quote)
    if q is None and cue_end is not None:
        q = _quote_end(text, body, max_quote=max_quote)
    if q is not None:
        end = max(end, q)
    start, stop = _trim(text, body, end)
    return Span(start, max(start, stop))


_PHRASE_END = re.compile(r"\s*(?:[.;!?]|$)")


def _person_ending(text: str, q: int, s_end: int, ctx: _Context) -> Mention | None:
    """Return the person whose name closes the phrase at ``q``: "according to IMF spokeswoman Julia Kessler."."""
    limit = min(s_end, q + 120)
    i = bisect.bisect_left(ctx.mention_starts, q)
    while i < len(ctx.mentions) and ctx.mentions[i].start < limit:
        a = ctx.mentions[i]
        if a.value.kind == "person" and _PHRASE_END.match(text, a.end) and "." not in text[q : a.start].replace(". ", "").rstrip():  # type: ignore[union-attr]
            return a
        i += 1
    return None


def _according(text: str, m: re.Match, s_start: int, s_end: int, ctx: _Context, max_quote: int):
    q = m.end()
    closing = _person_ending(text, q, s_end, ctx)
    if closing is not None and closing.start > q and ctx.starts.get(q) is not closing:
        prefix_start, prefix_end = _trim(text, s_start, m.start())
        if prefix_end > prefix_start:
            return q, closing.end, closing.value, "according to", Span(prefix_start, prefix_end)
    proxy = _PROXY_AFTER.match(text, q)
    a = ctx.starts.get(proxy.end()) if proxy else None
    if a is not None:
        a = Mention(a.kind, q, a.end, text[q : a.end], a.value)
    else:
        a = ctx.starts.get(q)
    if a is not None:
        src_start, src_end, value = a.start, a.end, a.value
        noun = _NOUN_AFTER.match(text, src_end)
        if noun:
            src_end = noun.end()  # "according to the Turkish presidency": the whole phrase
    else:
        phrase = _ACCORDING_PHRASE.match(text[q : min(len(text), q + 80)])
        if phrase is None:
            return None
        src_end = q + phrase.end()
        inner = ctx.ends.get(src_end)
        if inner is not None and inner.start > q and text[q].isupper():
            # "the Geophysical Institute of Peru": a body named after its country.
            name = " ".join(text[q:src_end].split())
            src_start, value = q, ActorValue(name, "organization", None, inner.value.country)  # type: ignore[union-attr]
        else:
            # The determiner stays readable: "according to the court" is a definite description.
            sub = _subject(text, m.start("the") if m.group("the") else q, src_end, ctx)
            if sub is None:
                return None
            src_start, value = sub
    prefix_start, prefix_end = _trim(text, s_start, m.start())
    if prefix_end > prefix_start:
        return src_start, src_end, value, "according to", Span(prefix_start, prefix_end)
    body = _THAT.match(text, src_end).end()
    return src_start, src_end, value, "according to", _forward(text, body, s_end, max_quote)
