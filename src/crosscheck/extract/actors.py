"""Find actors: countries, their governments, ministries and armed forces, international bodies, people.

Every mention's value is an :class:`~crosscheck.model.ActorValue` with a canonical name: a country
is its short English name (``Türkiye`` → ``Turkey``), a ministry is ``<Country> Ministry of <kind>``
(``the Turkish MoND`` → ``Turkey Ministry of Defense``), armed forces are ``<Country> armed forces``,
a person is the full name first written, so a later ``Akar`` is ``Hulusi Akar``.

The ``role`` says how the mention was recognised:

- ``name``: a country, body or person named outright, or a person's surname seen earlier;
- ``demonym``: an adjective standing for its state before a word such as *troops*,
  *government*, *counterparts* ("Turkish and Pakistani counterparts"), in a compound
  ("Azerbaijani-Turkish exercises") or a participle ("Russian-brokered");
- ``metonym``: a capital standing for its government ("tensions between Baku and Tehran");
- ``title``: a person found by the title before the name ("President Ilham Aliyev", "the
  commission's chairman, Wafula Chebukati,"), or named later by the title alone ("the minister
  added", "the prime minister said"): the latest person introduced with that title, where a rank
  word must agree (the minister is not the prime minister).

A person introduced with a title is later found by surname ("Akar said"), and by given name only
right before a speech verb ("Wang said", for styles that name people so). A country's armed
forces are ``<Country> armed forces`` whether named by adjective ("Turkish troops", "Indian
shelling"), possessive ("Niger's military", "Ukraine's General Staff") or attributive name ("US
forces"). An acronym several bodies share ("RSF") counts only when the article names one of them
in full.

People named without a title are found where news marks them out: before speech ("Hendra
Gunawan said"), before an appositive ("Yahya Saree, the group's spokesman, told"), after inverted
speech ("…," said Cindy Okello), or after a role in apposition ("Salinas's lawyer, Laura Ibarra,");
two words at least, then later by surname; a surname alone before speech ("Arévalo told") names
the person written in full before it, marked out or not. Where two share a surname, it is the one
named in full most recently. Companies are named after their trade ("the miner Vale", "the
utility Eskom") or their chief executive ("Boeing's chief executive", "Qantas chief executive
Vanessa Hudson"), bodies by an institutional head ("the Pacific Islands Forum", "the Sinaloa
Cartel", "Nippon Steel", "Geo News", "Radio Cooperativa"), beside a description of their kind
("SNCF, the state railway,", "the cocoa regulator, Cocobod,"), by the lower-case noun of their
kind ("the ruling Pheu Thai party", "the CGT union", "the space agency JAXA"), national sport
federations by sport and country ("Athletics Kenya"), and a body's initials after its full name
("the FAA"). Initials alone before speech ("The FAA said") name nothing.

A ministry of a kind the table lacks keeps its kind as written ("Iraq's oil ministry" → ``Iraq
Ministry of Oil``). A ministry, army or head-of-state's office named without its country ("the
health ministry", "the army denied it", "the president's office") is the story's state's: the
country mentioned most often so far; "its foreign ministry" is the latest country's; "the finance
ministry in Colombo" is its seat's.

Language, cuisine and sport readings of demonyms ("Turkish coffee", "American football") are not
actors; nor are country names that are parts of a person's name ("Michael Jordan"). A country named
as a place ("floods in Malawi") is still reported: the linking stage decides whether it takes part.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import operator
import re
from functools import lru_cache
from itertools import accumulate

from anyascii import anyascii

from crosscheck.extract import _actor_data as data
from crosscheck.extract._mention import Mention
from crosscheck.model import ActorValue
from crosscheck.text import lowered

__all__ = ["find", "country_actor", "country_code", "country_name", "seat_country"]

# A word: a dotted acronym (U.S., U.N.) or a run of letters and digits.
# The acronym's first two letters are spelt out: most words then fail it at their second
# character, before the engine sets up a repeat.
_TOKEN = re.compile(r"[^\W\d_]\.[^\W\d_]\.(?:[^\W\d_]\.)*|[^\W_]+")
# A word that may start a name: one that opens with a capital or a letter outside ASCII (Latin,
# Greek, Cyrillic, Armenian, Georgian; the few lower-case words that may, titles, are found
# apart). Scanning only these is what keeps recognition fast: they are about one word in five of
# news text. The first letter is a plain range (fast to skip to) and comes before the look-behind.
_CAPITAL = r"[A-Z\u00c0-\u024f\u0370-\u0587\u10a0-\u10ff\u1e00-\u1fff]"
_CAPITAL_WORD = re.compile(rf"{_CAPITAL}(?<![^\W_]{_CAPITAL})(?:\.(?:[^\W\d_]\.)+|[^\W_]*)")
# The same for a text of ASCII characters only, where the classes are plain ranges (a table
# look-up) instead of Unicode categories and the first letter is A to Z.
_CAPITAL_WORD_ASCII = re.compile(r"[A-Z](?<![0-9A-Za-z][A-Z])(?:\.(?:[A-Za-z]\.)+|[0-9A-Za-z]*)")
# Punctuation that may stand right next to a word, made white space to list a text's words.
_WORD_BREAKS = str.maketrans(dict.fromkeys(
    ",.;:!?()[]{}<>\"'`’‘“”«»‹›-‐‑–—―/\\|*+=&%$#@~^…·•", " "
))
# What may stand between the words of one multi-word name.
_JOIN = re.compile(r"[ \t]{1,2}|\n|[-‐–'’]|['’][ \t]|\.[ \t]?")
_SPACE = re.compile(r"[ \t]{1,2}\n?|\n")

_FUNCTION_WORDS = frozenset(
    "the a an in on at and but for from with to by of as while when after before since both "
    "neither nor or unlike like meanwhile however also why how where even only if whether against "
    "between among within across under over than that this these those its their his her our "
    "neighbouring neighboring fellow nato member allies ally rival rivals president said says "
    "sources officials because although though unless whereas yet thus hence therefore".split()
)
_NOT_GIVEN_NAME = re.compile(r"(?:ing|ed|ern|ly|ese|ian|an|ish|i)$")
_MONTHS_DAYS = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday jan feb mar apr jun jul aug sep "
    "sept oct nov dec".split()
)
_NAME_STOP = _MONTHS_DAYS | _FUNCTION_WORDS | frozenset(
    "he she it they we i you mr mrs ms dr".split()
)
#: Words that make a would-be person's name an institution ("Major League Baseball").
_INSTITUTION_WORDS = frozenset(
    "league council assembly ministry department office court university party army forces bank "
    "agency committee commission union federation road street avenue square company group "
    "corporation institute association airlines airport hospital school college club stadium "
    "republic kingdom state states province region district city county river sea ocean lake "
    "mountains mountain bridge house palace times post news daily staff".split()
)
#: Verbs of speech that mark out the name before them ("Hendra Gunawan said", "Wang told").
_SPEECH_VERBS = (
    "said says told tells added adds stressed noted stated insisted warned announced explained "
    "wrote asked replied declared argued recalled"
).split()
_SPEECH = "(?:" + "|".join(_SPEECH_VERBS) + ")"
_SPEECH_AFTER = re.compile(rf"[ \t]+{_SPEECH}\b")
_SUFFIXES = frozenset({"Jr", "Sr", "II", "III", "IV"})
_PARTICLES = frozenset("bin bint ibn al el de da van von der den di du la le dos das del abu ul".split())
_SKIP_PHRASES = (
    "Latin America;South America;North America;Central America;French Guiana;Jordan River;"
    "Jordan Valley;Lake Chad;Niger Delta;Niger River;Congo River;Congo Basin;Georgia Tech;"
    "British Columbia;New Mexico;Panama Canal;Panama City;Guatemala City;New Guinea;"
    "Washington Post;Washington state;Washington State;New York;Turkish Airlines;Indian Ocean;"
    "Arabian Sea;Arabian Peninsula;Persian Gulf;English Channel;Irish Sea;Korean Peninsula;"
    "Korean War;Gulf War;Chinese New Year"
)
_NATIONAL_RED = frozenset({"red-crescent", "icrc"})
_ORG_COUNTRY = {"irgc": "IR"}


def _split(table: str) -> list[str]:
    return [item.strip() for item in table.split(";") if item.strip()]


@lru_cache(maxsize=65536)
def _key(token: str) -> str:
    return anyascii(token).lower().replace(".", "")


def _keys(phrase: str) -> tuple[str, ...]:
    return tuple(_key(t) for t in _TOKEN.findall(phrase))


def _is_acronym(phrase: str) -> bool:
    letters = [c for c in phrase if c.isalpha()]
    return bool(letters) and not any(c.islower() for c in letters) and len(letters) <= 6


class _Tables:
    """The lexicon, built once from the data module on first use."""

    def __init__(self) -> None:
        self.countries: dict[str, str] = {}  # code -> canonical name
        self.by_name: dict[str, str] = {}  # folded name -> code
        # folded token tuple -> list of (type, payload, exact surface or None)
        self.phrases: dict[tuple[str, ...], list[tuple[str, object, str | None]]] = {}
        for line in data.COUNTRIES.splitlines():
            code, name, alts, demonyms = (line.split("|") + ["", ""])[:4]
            self.countries[code] = name
            for alias in [name, *_split(alts)]:
                self._add(alias, "country", code)
                self.by_name.setdefault(" ".join(_keys(alias)), code)  # a shared short name: the first row's
            for demonym in _split(demonyms):
                self._add(demonym, "demonym", code)
        for line in data.CAPITALS.splitlines():
            city, code = line.split("|")
            self._add(city, "capital", code)
        self.orgs: dict[str, tuple[str, str]] = {}
        for line in data.ORGANIZATIONS.splitlines():
            name, slug, aliases, acronyms = line.split("|")
            self.orgs[slug] = (name, slug)
            for alias in [name, *_split(aliases), *_split(acronyms)]:
                self._add(alias, "org", slug)
        for title in _split(data.TITLES):
            self._add(title, "title", title)
        for phrase in _split(_SKIP_PHRASES):
            self._add(phrase, "skip", None)
        self.firsts = {k[0] for k in self.phrases}
        # Proper prefixes of the multi-word phrases, so a match is extended only while it can grow.
        self.prefixes = {k[:n] for k in self.phrases for n in range(1, len(k))}
        self.longest = max(len(k) for k in self.phrases)
        self.lower_firsts = {k[0] for k, v in self.phrases.items() if any(t == "title" for t, _, _ in v)} | {"al"}

    def _add(self, phrase: str, kind: str, payload: object) -> None:
        keys = _keys(phrase)
        if not keys:
            return
        exact = phrase.replace(".", "").replace(" ", "") if _is_acronym(phrase) else None
        entries = self.phrases.setdefault(keys, [])
        if (kind, payload, exact) not in entries:
            entries.append((kind, payload, exact))


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    return _Tables()


def country_name(code_or_name: str) -> str | None:
    """Return the canonical name of a country given its ISO code or any of its names."""
    t = _tables()
    if code_or_name in t.countries:
        return t.countries[code_or_name]
    code = t.by_name.get(" ".join(_keys(code_or_name)))
    return t.countries[code] if code else None


def country_code(name: str) -> str | None:
    """Return the ISO 3166 alpha-2 code of the country with any of its names, else None."""
    t = _tables()
    if name in t.countries:
        return name
    return t.by_name.get(" ".join(_keys(name)))


def seat_country(name: str) -> str | None:
    """Return the canonical name of the country that ``name`` is, or whose seat of government it is.

    ``seat_country("Ankara") == seat_country("Türkiye") == "Turkey"``; other places give None.
    """
    t = _tables()
    for kind, payload, _ in t.phrases.get(_keys(name), ()):
        if kind in ("country", "capital"):
            return t.countries[payload]  # type: ignore[index]
    return None


@lru_cache(maxsize=512)
def country_actor(code: str) -> ActorValue:
    """Return the actor value of the country with ISO 3166 alpha-2 ``code``."""
    name = _tables().countries[code]
    return ActorValue(name, "country", f"iso:{code}", name)


# --------------------------------------------------------------------------- compiled patterns


def _trie_pattern(words) -> str:
    """Return a regex alternation of ``words`` factored by common prefixes.

    It matches what the alternation of the words, longest first, does (of two words matching at
    one place one is a prefix of the other, and the longer is tried first), but the engine reads
    each letter once instead of trying every word in turn. A word is a string (its characters
    are matched as written) or a sequence of regex pieces (``_phrase_pieces``).
    """
    tree: dict = {}
    for word in words:
        node = tree
        for piece in [re.escape(ch) for ch in word] if isinstance(word, str) else word:
            node = node.setdefault(piece, {})
        node[""] = {}

    def walk(node: dict) -> str:
        ends = "" in node
        branches = [piece + walk(child) for piece, child in sorted(node.items()) if piece]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return walk(tree)


def _phrase_pieces(phrase: str, join: str = r"[\s-]+") -> tuple[str, ...]:
    """Return ``phrase`` as regex pieces, lower-cased, its words joined by ``join``.

    For :func:`_trie_pattern` under IGNORECASE: the pieces of two phrases then differ only
    where no text matches both, as the trie needs. ``join`` (white space or hyphens by default)
    matches what separates the words in ``phrase`` and no letter.
    """
    pieces: list[str] = []
    for word in re.split(join, phrase.lower()):
        if pieces:
            pieces.append(join)
        pieces.extend(re.escape(ch) for ch in word)
    return tuple(pieces)


def _factored(table: str) -> str:
    """Return :func:`_alternation` of ``table`` factored by prefixes, for use under IGNORECASE."""
    return _trie_pattern(dict.fromkeys(_phrase_pieces(i) for i in _split(table)))


def _alternation(table: str) -> str:
    items = sorted(_split(table), key=len, reverse=True)
    return "|".join(r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", i)) for i in items)


_MILITARY = frozenset(_split(data.MILITARY_HEADS))
_HEADS = _factored(data.MILITARY_HEADS + ";" + data.STATE_HEADS)  # matched case-insensitively
# After a demonym: more demonyms joined by "and" or commas, up to two modifiers, then a head noun.
_AFTER_DEMONYM = re.compile(
    r"(?P<coord>(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+|\s*/\s*)"
    r"[A-Z][\w’'.]*(?:[ \t][A-Z][\w’'.]*)?){0,4})"
    r"(?P<mods>(?:[ \t]+(?:[a-z][\w’'-]*|[A-Z][a-z]+)){0,2}?)"
    rf"[ \t]+(?P<head>(?i:{_HEADS}))(?![\w-])"
)
_SPORT_HEADS = frozenset({"team", "national team", "squad", "federation"})
_SPORT_MODS = frozenset({"national", "olympic", "women's", "men's", "women’s", "men’s", "youth", ""})
_PARTICIPLE = re.compile(rf"[-‐](?:{'|'.join(_split(data.PARTICIPLE_SUFFIXES))})\b")
_HYPHEN = re.compile(r"[-‐–]")
_ETHNIC = re.compile(r"\b(?:ethnic|ethnically)\s+$", re.IGNORECASE)
# A country's name used as an adjective before its forces: "US forces", "Ukraine army".
# "military" is left out: before a noun it is an adjective ("Azerbaijan-Turkiye military drills").
_ATTRIBUTIVE_MILITARY = re.compile(
    rf"[ \t]+(?i:{_factored(';'.join(h for h in _split(data.MILITARY_HEADS) if not h.startswith('militar')))})(?![\w-])"
)
_POSSESSIVE_MILITARY = re.compile(
    rf"['’]s?[ \t]+(?:[a-z][\w-]*[ \t]+)?(?:{_alternation(data.MILITARY_HEADS)})\b", re.IGNORECASE
)

_METONYM_VERBS = (
    "said|says|say|saying|accused|accuses|accuse|warned|warns|warn|denied|denies|deny|insisted|"
    "insists|claimed|claims|responded|responds|rejected|rejects|demanded|demands|condemned|"
    "condemns|announced|announces|called|calls|urged|urges|threatened|threatens|signaled|"
    "signalled|signals|sees|saw|wants|wanted|hopes|hoped|fears|feared|backs|backed|supports|"
    "supported|opposes|opposed|sent|sends|plans|planned|considers|agreed|agrees|refused|refuses|"
    "dismissed|dismisses|denounced|denounces|slammed|slams|hailed|hails|praised|praises|"
    "blamed|blames|welcomed|welcomes|criticized|criticised|criticizes|criticises|summoned|"
    "summons|expelled|expels|imposed|imposes|sanctioned|recognized|recognised|maintains|"
    "maintained|views|viewed|seeks|sought|reacted|reacts|protested|protests|vowed|vows|"
    "pledged|pledges|retaliated|confirmed|confirms|ordered|orders|launched|launches|"
    "offered|offers|asked|asks|reiterated|stressed|declared|declares|remains|remained|"
    "is|was|has|have|had|will|would|must|should|could|may|might|does|did|also|still|"
    "cannot|can|appears|appeared|seems|seemed|believes|believed|regards|regarded|fired|struck|"
    "respected|respects|expressed|expresses|reaffirmed|reaffirms|complained|complains|objected|"
    "objects|argued|argues|approved|approves|issued|issues|stated|states|noted|notes|stood|stands"
)
# "Washington and the European Union urged": the coordinated partner may take an article.
_METONYM_AFTER = re.compile(
    rf"(?:\s+(?:and|or)\s+(?:the\s+)?[A-Z][\w-]+(?:\s[A-Z][\w-]+)?)?\s*,?\s+(?:{_METONYM_VERBS})\b"
)
_METONYM_POSSESSIVE = re.compile(
    r"['’]s\s+[\"“]?(?:[a-z]+\s+)?(?:fight|campaign|operation|aims|goals|backing|support|position|policy|policies|decision|stance|response|"
    r"relations|ties|demands?|moves?|efforts?|claims?|refusal|plans?|role|ally|allies|influence|"
    r"leadership|officials|government|ambassador|envoy|approach|objections?|concerns?|interests?|"
    r"reaction|pressure|sanctions|invasion|war|offensive|forces|troops|military|army|aggression|"
    r"intervention|involvement|proposal|offer|request|accusations?|warnings?|threats?|ambitions?|"
    r"rhetoric|diplomacy|strategy|archenemy|enemy|rival|partner|partners|allegations?)\b"
)
_METONYM_BEFORE = re.compile(
    r"(?:\bbetween\s+(?:[A-Z][\w-]+\s+){0,2}(?:and\s+)?|\b(?:ties|relations|talks|dispute|tensions|"
    r"rift|deal|agreement|negotiations|standoff|row|dialogue|rapprochement|feud|spat|alliance|"
    r"partnership|cooperation|contacts)\s+(?:with|between)\s+(?:[A-Z][\w-]+\s+and\s+)?|"
    r"\b(?:both|by|nor|neither|as|and|than|pressure\s+on|criticism\s+of|support\s+for|"
    r"accused|urged|warned|told|asked|called\s+on|congratulated|thanked|praised|critici[sz]ed|"
    r"condemned|pressed|blamed|rebuked)\s+)$"
)
#: Words before a capital that make it a place: "in Madrid", "visited the Kremlin".
_LOCATIVE_WORDS = (
    "in at to from near outside into via toward towards across around visited visit visiting reached "
    "left of inside through capital"
).split()
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:%s|arrived\s+in|flew\s+to|streets\s+of)\s+(?:the\s+)?$" % "|".join(_LOCATIVE_WORDS),
    re.IGNORECASE,
)


def _locative_before(before: str) -> bool:
    """Tell whether ``_LOCATIVE_BEFORE`` matches at the end of ``before``.

    The pattern ends with one of its words, "the" aside: where neither of the last two words
    ends with one, it is not searched (an end-anchored pattern is tried at every position).
    Outside ASCII, case-insensitive matching may differ from lower-casing: the pattern decides.
    """
    for word in before.rsplit(None, 2)[-2:]:
        if not word.isascii() or word.lower().endswith(_LOCATIVE_ENDINGS):
            return _LOCATIVE_BEFORE.search(before) is not None
    return False


_LOCATIVE_ENDINGS = tuple(_LOCATIVE_WORDS)


def _ministry_kinds() -> tuple[dict[str, str], str]:
    label_of: dict[str, str] = {}
    for line in data.MINISTRIES.splitlines():
        label, words = line.split("|")
        for w in _split(words):
            label_of[" ".join(w.split())] = label
    alternation = "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(label_of, key=len, reverse=True)
    )
    return label_of, alternation


_KIND_LABEL, _KINDS = _ministry_kinds()
# Words that anchor a ministry or force; the kind is read around the anchor (cheaper than one
# pattern that tries every kind at every position).
_MINISTRY = re.compile(
    r"(?=[MmPSDTHFAaLGNnIJhf])(?<![\w-])(?:(?P<ministry>(?i:ministry|ministries))"
    r"|(?P<acr>MoND|MoD|MOD|MFA|MoFA|MOFA|MoI|MoH)"
    r"|(?P<us>Pentagon|State\s+Department|Department\s+of\s+State|(?:Defense|Defence)\s+Department|"
    r"Department\s+of\s+Defen[sc]e|Treasury\s+Department|Department\s+of\s+the\s+Treasury|"
    r"Department\s+of\s+Homeland\s+Security|Homeland\s+Security\s+Department|"
    r"Justice\s+Department|Department\s+of\s+Justice)"
    r"|(?P<uk>[Hh]ome\s+[Oo]ffice|[Ff]oreign\s+[Oo]ffice)"
    r"|(?P<forces>(?:People['’]s\s+)?(?:Defen[cs]e|Armed|Self-Defen[cs]e|Land|Ground|Naval|Air|Military)\s+Forces?|General\s+Staff))"
    r"(?![\w-])"
)
_KIND_BEFORE = re.compile(rf"(?<![\w-])(?P<k1>(?i:{_KINDS}))\s+$")
_KIND_AFTER = re.compile(rf"\s+(?i:of|for)\s+(?:the\s+)?(?P<k2>(?i:{_KINDS}))(?![\w-])")
_ACRONYM_KIND = {"mond": "Defense", "mod": "Defense", "mfa": "Foreign Affairs", "mofa": "Foreign Affairs",
                 "moi": "Interior", "moh": "Health"}
_US_KIND = [
    ("pentagon", "Defense"), ("state", "Foreign Affairs"), ("defen", "Defense"),
    ("treasury", "Finance"), ("homeland", "Interior"), ("justice", "Justice"),
]
# A ministry whose kind is not in the table: one word before it ("Iraq's oil ministry") or the
# capitalised words of its name after it ("Ministry of Mines and Energy"); the kind is as written.
_OTHER_KIND_BEFORE = re.compile(r"(?<![\w’'-])(?P<k>[a-z]{3,}|[A-Z][a-z]{2,})\s+$")
_OTHER_KIND_AFTER = re.compile(r"\s+of\s+(?P<k>[A-Z][\w’'-]+(?:\s+(?:and\s+)?[A-Z][\w’'-]+){0,4})(?![\w-])")
# A kind the table lacks, written in lower case, where the phrase plainly ends after it: "the
# ministry of mining, however, said", "the ministry of fisheries said".
_LOWER_KIND_AFTER = re.compile(
    r"[ \t]+of[ \t]+(?P<k>[a-z]{4,}(?:[ \t]+and[ \t]+[a-z]{4,})?)"
    r"(?=[ \t]*,|[ \t]+(?:said|says|told|announced|added|stated|reported|confirmed|denied|warned|claimed)\b)"
)
_NOT_A_KIND = frozenset(
    "the its their his her our your new former same which whose this that each every any another "
    "one two said says and but with from into for key top state federal national regional "
    "provincial relevant respective concerned country’s ministry government sorts".split()
)
# "the provincial relief ministry" is not a state's ministry.
_SUBNATIONAL_BEFORE = re.compile(r"(?i:provincial|regional|state|local|municipal|city|county|district)\s+$")
# "the health ministry in Kinshasa": the seat named after a body gives its country.
_IN_SEAT = re.compile(r"[ \t]+in[ \t]+")
# "the government in Port Moresby", "officials in Ankara": the state whose seat it is.
_STATE_IN = re.compile(r"(?<![\w-])(?P<noun>(?i:government|authorities|officials|regime|leadership))[ \t]+in[ \t]+$")
# The armed forces named without their country: "the army denied it". "military" must not be
# an adjective ("the military junta"), so it counts only before a verb or a clause break.
_MILITARY_NOUN = (
    r"military(?=\s*[,.;:)]|\s+(?:said|says|has|had|have|is|was|were|will|would|also|later|then|did|"
    r"does|denied|claimed|sent|took|launched|struck|fired|carried|began|stepped|moved|deployed|"
    r"announced|confirmed|rejected|warned|responded|killed|shot|used|plans|reported|accused|seized|"
    r"regained|retook|retakes|flew|evacuated|delivered|rescued|airlifted)\b)"
)
_BARE_MILITARY = re.compile(
    rf"[Tt](?<![\w-][Tt])he\s+(?P<n>army|armed\s+forces|navy|air\s+force|{_MILITARY_NOUN})(?![\w-])(?!\s+of\b)"
)
# "the US military sent two helicopters": "military" as a noun after a country's name.
_ATTRIBUTIVE_MILITARY_NOUN = re.compile(rf"[ \t]+{_MILITARY_NOUN}")
# "the president's office said", "the presidency": the head of state's office stands for the state.
_STATE_OFFICE = re.compile(
    r"[Tt](?<![\w-][Tt])he\s+(?:(?:president|prime\s+minister|premier|chancellor)['’]s\s+office|presidency|"
    r"presidential\s+(?:office|palace))(?![\w-])"
)
# "Athletics Kenya", "Cricket Australia": national federations are named by sport and country.
_SPORTS = frozenset(
    "Athletics Cricket Rugby Football Swimming Cycling Tennis Hockey Basketball Netball Volleyball "
    "Golf Rowing Gymnastics Boxing Judo Aquatics Triathlon Badminton Baseball Softball".split()
)
_GAP = re.compile(r"[ \t]+")
_OF_COUNTRY = re.compile(r"\s+of\s+(?:the\s+)?")
_NON_SPACE = re.compile(r"\S+")
_CLOSING_COMMA = re.compile(r"\s*,")
_RANK_WORDS = frozenset({"prime", "vice", "deputy", "under", "assistant", "crown", "supreme", "lieutenant"})
# "the minister", "the prime minister", "the defence minister", "the secretary-general".
#: The ranks and kinds before a title, and the titles, that "the" may name a person by.
_TITLE_RANKS = "prime vice deputy foreign defence defense interior health finance justice army police military crown"
_TITLES_AFTER_THE = (
    "president minister premier governor mayor chancellor secretary-general secretary spokesman spokeswoman "
    "spokesperson general commander ambassador envoy chair chairman chairwoman director-general director king "
    "queen emir prince leader coach prosecutor senator colonel admiral"
)
# Tried after every "the": the words are factored by prefixes, so most fail at a letter or two.
_DEFINITE_TITLE = re.compile(
    rf"[Tt](?<![\w-][Tt])he\s+(?P<title>(?:(?:{_trie_pattern(_TITLE_RANKS.split())})[\s-]+)?"
    rf"(?:{_trie_pattern(_TITLES_AFTER_THE.split())}))(?![\w-])(?!\s+of\b)"
)
_RED_SOCIETY = re.compile(r"\s+Society\b")
_TITLE_OF_KIND = re.compile(rf"\s+(?:of|for)\s+(?:the\s+)?(?i:{_KINDS})\b(?:\s+affairs)?")
_TITLE_LINK = re.compile(r"\s+(?P<prep>of|for|to|at)\s+(?:the\s+)?")
_COMMA = re.compile(r"\s*,\s*")
# The first word is spelt out ahead of the repeat so that the regex opens with one character class
# (the look-behind, two characters wide, checks the one before it): the engine then skips to
# capitals in C.
_ACRONYM_INTRO = re.compile(
    r"(?P<name>[A-Z](?<![\w’'-].)[\w’'-]*[ \t]+(?:(?:of|for|and|on|the|de|du)[ \t]+)*"
    r"(?:[A-Z][\w’'-]*[ \t]+(?:(?:of|for|and|on|the|de|du)[ \t]+)*){0,6}[A-Z][\w’'-]*)"
    r"[ \t]+\((?P<acr>[A-Z][A-Za-z]{1,8})\)"
)
# Where an acronym in brackets may close ``_ACRONYM_INTRO``: a literal bracket, fast to find.
_ACRONYM_BRACKET = re.compile(r"\((?=[A-Z][A-Za-z]{1,8}\))")
#: What a name introducing an acronym is made of, up to its bracket (``_ACRONYM_INTRO``).
_NAME_CHARS = frozenset("_’'- \t")


def _acronym_intros(text: str):
    """Yield the matches of ``_ACRONYM_INTRO`` in ``text``, scanning only before acronyms in brackets.

    A match is letters, digits, ``’'-``, spaces and tabs up to " (ACR)"; so it starts in the run
    of such characters right before the bracket, and that run alone is scanned. The runs hold no
    bracket, so they are apart and no match spans two.
    """
    for m in _ACRONYM_BRACKET.finditer(text):
        run = m.start()
        while run > 0 and (text[run - 1].isalnum() or text[run - 1] in _NAME_CHARS):
            run -= 1
        yield from _ACRONYM_INTRO.finditer(text, run, text.index(")", m.end()) + 1)


#: The last words of bodies' names: "the Election Commission", "the Sinaloa Cartel".
_ORG_HEAD_NAMES = (
    "Party Commission Council Authority Agency Institute Front Movement Alliance Union Federation "
    "Association Committee Society Organization Organisation Bank Court Service Directorate Bureau "
    "Corps Foundation Fund Observatory Coalition Congress Assembly Parliament Senate Centre Center "
    "Network Board Tribunal Commissariat Secretariat Department Office Survey Administration Command "
    "Corporation Community Forum Cartel Unit Centres Centers Airlines Airways Resources Holdings "
    "Group Company Army Government Confederation Exchange Industries Steel Motors Telecom Petroleum "
    "Railways Broadcasting Shipping Electric News Times Herald Tribune Journal Gazette"
).split()
#: Media named with their medium first: "Radio Cooperativa", "Television New Zealand".
_MEDIA_FIRST = "(?:Radio|Television)"
_ORG_HEAD_WORDS = "(?:" + _trie_pattern(_ORG_HEAD_NAMES) + ")"
# What a body's name may add after its head: "of Peru", "for Disaster Prevention and Mitigation".
# "on" starts a tail ("Commission on Human Rights") unless a date follows ("Committee on Thursday").
_ORG_TAIL = (
    r"[ \t]+(?:of|for|on(?![ \t]+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|"
    r"February|March|April|May|June|July|August|September|October|November|December)\b))"
    r"[ \t]+(?:the[ \t]+)?[A-Z][\w’'-]*(?:[ \t]+(?:and[ \t]+)?[A-Z][\w’'-]*){0,4}"
)
_NAMED_ORG = re.compile(
    # No "of" inside the words before the head: "Rahul Gandhi of the Congress" is a person and a body.
    # Nor a head joined to more words: "the Central Command and the Department of …" are two.
    r"(?=[A-Z])(?<![\w’'-])(?P<name>(?:(?!%s[ \t]+(?:and|the)[ \t])[A-Z][\w’'-]*[ \t]+(?:(?:and|the|on|de)[ \t]+)*){1,5}"
    % _ORG_HEAD_WORDS
    + rf"{_ORG_HEAD_WORDS}(?:{_ORG_TAIL})?|{_ORG_HEAD_WORDS}{_ORG_TAIL}"
    + rf"|{_MEDIA_FIRST}(?:[ \t]+[A-Z][\w’'-]*){{1,2}})(?![\w-])"
)
# The heads alone, searched first: the full pattern runs only near them (it is five times slower).
# Factored by prefixes: the scan skips quickly between the words' first letters, then reads on.
_ORG_HEAD = re.compile("(?:" + _trie_pattern([*_ORG_HEAD_NAMES, *_MEDIA_FIRST[3:-1].split("|")]) + r")(?![\w-])")
#: How far before and after a head a body's name may reach, in characters: five words before it,
#: a tail of six after it.
_ORG_REACH = 150


def _near(pattern: re.Pattern, anchors, text: str, reach: int, starts: list[int] | None = None):
    """Yield the matches of ``pattern`` in ``text``, scanning only the stretches near ``anchors``.

    Where every match holds an anchor (a match of the pattern ``anchors``, or one of the matches
    it yields) and reaches no farther than ``reach`` characters from it, scanning the merged
    stretches around the anchors finds exactly what scanning the text would, and the anchors,
    plain words, are found far faster than the pattern. Given ``starts`` (ascending), which must
    hold every position where a match may begin, the pattern is tried only there.
    """
    if isinstance(anchors, re.Pattern):
        anchors = anchors.finditer(text)
    lo = hi = -1
    for m in anchors:
        if m.start() - reach > hi:
            if hi > lo:
                yield from _stretch(pattern, text, lo, hi, starts)
            lo = max(0, m.start() - reach)
        hi = m.end() + reach
    if hi > lo:
        yield from _stretch(pattern, text, lo, hi, starts)


def _stretch(pattern: re.Pattern, text: str, lo: int, hi: int, starts: list[int] | None):
    """Yield what ``pattern.finditer(text, lo, hi)`` would, trying the pattern only at ``starts``."""
    if starts is None:
        yield from pattern.finditer(text, lo, hi)
        return
    reached = lo
    for i in range(bisect.bisect_left(starts, lo), len(starts)):
        at = starts[i]
        if at >= hi:
            break
        if at < reached:
            continue
        m = pattern.match(text, at, hi)
        if m is not None:
            reached = m.end()
            yield m


def _matches_at(pattern: re.Pattern, text: str, starts):
    """Yield the matches ``pattern.finditer(text)`` would, trying the pattern only at ``starts``.

    ``starts`` must be ascending and hold every position where a match of ``pattern`` (which
    never matches the empty string) may begin; a start inside a match already yielded is passed
    over, as a scan of the whole text would. A few hundred tries are far cheaper than a scan
    that enters the pattern at every letter of the text.
    """
    reached = 0
    for at in starts:
        if at < reached:
            continue
        m = pattern.match(text, at)
        if m is not None:
            reached = m.end()
            yield m


# "the"/"The" before white space, where the patterns that open with the article may match: one
# plain search of the lower-cased text (a literal the engine skips to in C), else of the text.
_THE_LOWER = re.compile(r"the(?=\s)")
_THE = re.compile(r"[Tt]he(?=\s)")


# The lower-cased text, for the plain searches below; cached, since several passes need it.
_lowered = lru_cache(maxsize=4)(lowered)


@lru_cache(maxsize=4)
def _the_starts(text: str) -> tuple[int, ...]:
    """Return where "the " or "The " (any white space after) starts in ``text``, ascending.

    Every match of the patterns that open with ``[Tt]he\\s`` (``_DEFINITE_TITLE``,
    ``_BARE_MILITARY``, ``_STATE_OFFICE``, ``_NAME_BEFORE_KIND``) starts at one of these.
    Cached: several passes over one text ask for them.
    """
    low = _lowered(text)
    if low is None:
        return tuple([m.start() for m in _THE.finditer(text)])
    return tuple([m.start() for m in _THE_LOWER.finditer(low)])


# Where a ministry, department or force may start other than at a capitalised word: a
# ministry in lower case ("the health ministry") or a "home office"/"foreign office".
#: The first words of ``_MINISTRY``'s alternatives, folded (a match opens with one, written
#: as a whole word or before "'", "-" or white space).
_MINISTRY_FIRST_WORDS = frozenset(
    "ministry ministries mond mod mfa mofa moi moh pentagon state department defense defence "
    "treasury homeland justice home foreign people self land ground naval air military armed "
    "general".split()
)
_MINISTRY_LOWER = (re.compile("ministr"), re.compile(r"home(?=\s)"), re.compile(r"foreign(?=\s)"))


def _ministries(text: str, starts: list[int], keys: list[str]):
    """Yield the matches of ``_MINISTRY`` in ``text``, given its capitalised words.

    ``starts`` and ``keys``: where the capitalised words start and their folded forms. The
    pattern's words open with a capital, at a capitalised word whose folded form is the
    pattern's first word ("State" of "State Department", "Self" of "Self-Defense Forces"),
    except a lower-case "ministry", "home office" and "foreign office", found by plain search
    of the lower-cased text; the pattern is tried only there. Where lower-casing is not exact,
    the text is scanned.
    """
    low = _lowered(text)
    if low is None:
        yield from _MINISTRY.finditer(text)
        return
    starts = [at for at, key in zip(starts, keys) if key in _MINISTRY_FIRST_WORDS]
    for anchor in _MINISTRY_LOWER:
        starts.extend(m.start() for m in anchor.finditer(low))
    starts.sort()
    yield from _matches_at(_MINISTRY, text, starts)


_LEADING_NOT_NAME = frozenset(
    "according said says former then acting interim outgoing incoming local "
    "state-run state ruling main opposition".split()
)
#: Those, lower-cased, and heads written only in lower case or rarely last ("the police").
_ORG_HEADS = frozenset(w.lower() for w in _ORG_HEAD_NAMES) | frozenset(
    "ministry guard guards police programme program forces mission".split()
)


# --------------------------------------------------------------------------- scanning


class _Hit:
    __slots__ = ("start", "end", "kind", "payload", "first", "single")

    def __init__(self, start: int, end: int, kind: str, payload: object, first: int, single: bool) -> None:
        self.start, self.end, self.kind, self.payload = start, end, kind, payload
        self.first = first  # index of the first word among the scanned candidate words
        self.single = single  # one word long


# A letter or digit: where the next word starts.
_ALNUM = re.compile(r"[^\W_]")


def _joined_token(text: str, pos: int) -> re.Match | None:
    """Return the next word after ``pos`` (as ``_TOKEN.search`` finds it) if it may be joined to it.

    What may join two words of a name (``_JOIN``) is one or two characters, so a word starting
    farther away is of no use and is not looked for: None then, as when there is no next word.
    A search for the first letter or digit within reach, then a match there, finds the same word
    as the search (both of ``_TOKEN``'s alternatives open with one) without reading far ahead.
    """
    first = _ALNUM.search(text, pos, pos + 3)
    return _TOKEN.match(text, first.start()) if first is not None else None


def _lexicon_hits(text: str, tokens: list[re.Match], keys: list[str], t: _Tables) -> list[_Hit]:
    """Match the lexicon's phrases at the candidate words ``tokens``, longest first.

    A phrase's later words are read from the text (they may be lower-case: "Republic of the
    Congo") and must be joined by what may stand inside one name (``_JOIN``).
    """
    hits: list[_Hit] = []
    lower_ok = t.lower_firsts
    firsts, prefixes, phrases = t.firsts, t.prefixes, t.phrases
    reached = -1  # the end of the last phrase found: the words inside it start none
    # Few of the words may start a phrase: they are picked out at once, the others never visited.
    for i in [i for i, k in enumerate(keys) if k in firsts]:
        first = tokens[i]
        if first.start() < reached:
            continue
        k = keys[i]
        tok = first.group()
        if not tok[0].isupper() and tok not in lower_ok:
            continue
        # The words that may continue a phrase, while what is read is a phrase's proper prefix.
        ahead = [k]
        ends = [first.end()]
        while len(ahead) < t.longest and tuple(ahead) in prefixes:
            nxt = _joined_token(text, ends[-1])
            if nxt is None or not _JOIN.fullmatch(text, ends[-1], nxt.start()):
                break
            ahead.append(_key(nxt.group()))
            ends.append(nxt.end())
        found = None
        for length in range(len(ahead), 0, -1):
            entries = phrases.get(tuple(ahead[:length]))
            if entries is None:
                continue
            surface = text[first.start() : ends[length - 1]]
            compact = None  # the surface as an acronym is written in the table, made when asked for
            usable = []
            for kind, payload, exact in entries:
                if exact is not None:
                    if compact is None:
                        compact = surface.replace(".", "").replace(" ", "")
                    if compact != exact:
                        continue
                elif not surface[0].isupper() and not (kind == "title" or surface[0].islower() and any(c.isupper() for c in surface)):
                    continue
                usable.append((kind, payload))
            if usable:
                found = (length, usable)
                break
        if found is None:
            continue
        length, usable = found
        kinds = {k for k, _ in usable}
        end = ends[length - 1]
        # A name that is both a country and its adjective ("U.S.") counts as the country.
        for kind in ("skip", "country", "org", "capital", "demonym", "title"):
            if kind in kinds:
                payload = next(p for k, p in usable if k == kind)
                if kind in ("org", "country"):
                    shared = tuple(dict.fromkeys(p for k, p in usable if k == kind))
                    # An acronym of several bodies, a short name of several countries ("Congo").
                    payload = shared if len(shared) > 1 else payload
                if kind == "title" and text[end : end + 1] == "." and ahead[length - 1] in _ABBREVIATED_TITLES:
                    end += 1
                hits.append(_Hit(first.start(), end, kind, payload, i, length == 1))
                break
        reached = end  # go on after the phrase
    return hits


def _choose_shared_countries(hits: list[_Hit]) -> None:
    """Resolve short names several countries share ("Congo") to the one the article names in full.

    "The Democratic Republic of Congo … eastern Congo": a later short form is the country named
    before it (the nearest), else the one named after it, else the first the table lists.
    Capitals count as naming their country ("Kinshasa"); nationality words do not, being shared too.
    """
    named = [(h.start, h.payload) for h in hits if h.kind in ("country", "capital") and isinstance(h.payload, str)]
    for h in hits:
        if h.kind != "country" or not isinstance(h.payload, tuple):
            continue
        options = h.payload
        before = [c for s, c in named if s < h.start and c in options]
        after = [c for s, c in named if s > h.start and c in options]
        h.payload = before[-1] if before else after[0] if after else options[0]


_ABBREVIATED_TITLES = frozenset(
    "gen col lt maj capt adm sgt gov sen rep mr mrs ms dr prof brig".split()
)


@lru_cache(maxsize=512)
def _military_value(code: str) -> ActorValue:
    name = _tables().countries[code]
    return ActorValue(f"{name} armed forces", "military", None, name)


def _ministry_value(country: str | None, label: str) -> ActorValue:
    if country == "United States" and label in data.US_DEPARTMENTS:
        return ActorValue(data.US_DEPARTMENTS[label], "ministry", None, country)
    if country is None:
        return ActorValue(f"Ministry of {label}", "ministry", None, None)
    return ActorValue(f"{country} Ministry of {label}", "ministry", None, country)


def _capitalised_word(tokens, keys, j: int) -> bool:
    tok = tokens[j].group()
    return tok[0].isupper() and keys[j] not in _FUNCTION_WORDS and not _NOT_GIVEN_NAME.search(keys[j])


def _title_words(title: str) -> tuple[str, ...]:
    return tuple(w for w in _keys(title.replace("-", " ")) if w not in ("of", "the", "for"))


def _titled_person(
    introduced: list[tuple[int, tuple[str, ...], ActorValue]], wanted: tuple[str, ...], pos: int
) -> ActorValue | None:
    """Return the latest person introduced before ``pos`` with a title that ``wanted`` names.

    The head of ``wanted`` must be one of the title's words, its other words too, and a rank word
    (prime, vice, deputy ...) must be in both or neither: "the minister" is not the prime minister.
    """
    head, mods = wanted[-1], set(wanted[:-1])
    for at, words, value in reversed(introduced):
        if at >= pos or value.kind != "person":
            continue
        have = set(words)
        if head not in have or not mods <= have:
            continue
        if (have & _RANK_WORDS) != (set(wanted) & _RANK_WORDS):
            continue
        return value
    return None


def _candidate_words(text: str, lower_firsts: frozenset[str] | set[str]) -> list[re.Match]:
    """Return the words that may start a lexicon phrase: capitalised ones and lower-case titles.

    Lower-case title words ("the defence minister, Hulusi Akar") are few: the text's words are
    listed once (cheap, in C) and only those present are searched for.
    """
    words = list((_CAPITAL_WORD_ASCII if text.isascii() else _CAPITAL_WORD).finditer(text))
    present = lower_firsts.intersection(text.translate(_WORD_BREAKS).split())
    if not present:
        return words
    for word in present:
        at = text.find(word)
        while at != -1:
            end = at + len(word)
            if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
                words.append(_TOKEN.match(text, at))
            at = text.find(word, end)
    words.sort(key=_START)
    return words


_START = operator.methodcaller("start")


@lru_cache(maxsize=8)
def _scan(text: str) -> tuple[Mention, ...]:
    t = _tables()
    tokens = _candidate_words(text, t.lower_firsts)
    surfaces = [m.group() for m in tokens]  # the words as written
    keys = [_key(w) for w in surfaces]
    starts = [m.start() for m in tokens]  # where a name, a body's or a person's, may start
    hits = _lexicon_hits(text, tokens, keys, t)
    if any(h.kind == "org" and isinstance(h.payload, tuple) for h in hits):
        # An acronym several bodies share ("RSF") is the one the article names in full, if any.
        named = {h.payload for h in hits if h.kind == "org" and isinstance(h.payload, str)}
        for h in hits:
            if h.kind == "org" and isinstance(h.payload, tuple):
                chosen = [slug for slug in h.payload if slug in named]
                h.payload = chosen[0] if len(chosen) == 1 else None
        hits = [h for h in hits if not (h.kind == "org" and h.payload is None)]
    if any(h.kind == "country" and isinstance(h.payload, tuple) for h in hits):
        _choose_shared_countries(hits)
    by_end = {h.end: h for h in hits}
    by_start = {h.start: h for h in hits}
    out: list[tuple[int, int, str, ActorValue]] = []
    consumed: set[int] = set()  # ids of hits absorbed into a larger mention

    def country_before(pos: int) -> _Hit | None:
        """Return the country or demonym hit that qualifies the words at ``pos``."""
        # Walk back over "'s" and white space to the end of the previous word.
        j = pos
        while j > 0 and text[j - 1] in " \t":
            j -= 1
        if j >= 2 and text[j - 2 : j] in ("'s", "’s"):
            j -= 2
        elif j >= 1 and text[j - 1] in "'’":
            j -= 1
        h = by_end.get(j)
        if h is None and j > 0 and text[j - 1] == ".":
            h = by_end.get(j - 1)
        if h is not None and h.kind in ("country", "demonym") and j != pos:
            return h
        return None

    def country_at(pos: int) -> _Hit | None:
        h = by_start.get(pos)
        return h if h is not None and h.kind == "country" else None

    # Ministries and departments.
    for m in _ministries(text, starts, keys):
        start, end = m.start(), m.end()
        k2 = None
        bare = False
        if m.group("ministry"):
            k1 = _KIND_BEFORE.search(text, max(0, start - 40), start)
            k2 = None if k1 else _KIND_AFTER.match(text, end)
            if k1:
                start = k1.start()
                label = _KIND_LABEL[" ".join(k1.group("k1").lower().split())]
            elif k2:
                end = k2.end()
                label = _KIND_LABEL[" ".join(k2.group("k2").lower().split())]
            else:
                other = _OTHER_KIND_BEFORE.search(text, max(0, start - 30), start)
                if other is not None and (
                    other.group("k").lower() in _NOT_A_KIND
                    or by_end.get(other.end("k")) is not None
                    or _SUBNATIONAL_BEFORE.search(text, max(0, other.start() - 20), other.start())
                ):
                    other = None
                if other is not None:
                    start = other.start()
                    label = other.group("k").title()
                else:
                    after = _OTHER_KIND_AFTER.match(text, end)
                    low = None if after is not None else _LOWER_KIND_AFTER.match(text, end)
                    if after is not None and by_start.get(after.start("k")) is None:
                        end = after.end()
                        label = after.group("k")
                    elif low is not None and low.group("k").lower() not in _NOT_A_KIND:
                        end = low.end("k")
                        label = low.group("k").title()
                    else:
                        bare, label = True, ""
        elif m.group("acr"):
            label = _ACRONYM_KIND[m.group("acr").lower()]
        elif m.group("us"):
            low = m.group("us").lower()
            label = next(lab for word, lab in _US_KIND if word in low)
        elif m.group("uk"):
            label = "Interior" if m.group("uk").startswith("Home") else "Foreign Affairs"
        else:
            label = ""
        country = None
        pre = country_before(start)
        if pre is not None:
            country = t.countries[pre.payload]  # type: ignore[index]
            start = pre.start
        if m.group("forces") or bare:
            # "the Kenya Defence Forces", "the Tajik ministry": only with the country named.
            if pre is None:
                continue
            consumed.add(id(pre))
            if m.group("forces"):
                out.append((start, end, "name", _military_value(pre.payload)))  # type: ignore[arg-type]
            else:
                latest = next((v for s_, _, _, v in reversed(out) if v.kind == "ministry" and v.country == country), None)
                out.append((start, end, "name", latest or ActorValue(f"{country} Ministry", "ministry", None, country)))
            continue
        if pre is not None:
            consumed.add(id(pre))
        if k2 or (m.group("ministry") and country is None):
            # "the Ministry of Defence of Azerbaijan", "the Defence Ministry of Turkey"
            of = _OF_COUNTRY.match(text, end)
            if of:
                post = country_at(of.end())
                if post is not None:
                    country = country or t.countries[post.payload]  # type: ignore[index]
                    consumed.add(id(post))
                    end = post.end
        if m.group("us"):
            if country is not None and country != "United States" and label == "Justice":
                out.append((start, end, "name", _ministry_value(country, label)))  # "the Philippine Justice Department"
                continue
            country = "United States"
        elif m.group("uk") and m.group("uk")[0].islower() and country is None:
            continue  # "the foreign office" alone may be any state's
        elif m.group("uk"):
            # "Pakistan's Foreign Office": other states name their ministries so too.
            country = country or "United Kingdom"
        elif m.group("acr") and country is None:
            continue  # a bare "MoD" is too short to trust without its country
        elif country is None and m.group("ministry") and m.group("ministry").lower().endswith("ies"):
            continue  # "the foreign ministries of both countries": several, none named
        out.append((start, end, "name", _ministry_value(country, label)))

    # Ministries named without their country take it from the latest one of the same kind.
    resolved: list[tuple[int, int, str, ActorValue]] = []
    for s, e, role, v in sorted(out, key=lambda x: x[0]):
        if v.country is None:
            label = v.name.removeprefix("Ministry of ")
            for _, _, _, prior in reversed(resolved):
                if prior.country and prior.name.endswith(f"Ministry of {label}"):
                    v = prior
                    break
        resolved.append((s, e, role, v))
    out = resolved

    persons: dict[str, ActorValue] = {}  # folded last name -> person
    # Folded given name -> person, None when two people share it; used only before a speech verb
    # ("Wang said", "Tedros told"), since some cultures and styles name people so.
    given: dict[str, ActorValue | None] = {}

    for h in hits:
        if id(h) in consumed:
            continue
        if h.kind == "country":
            code = h.payload
            if h.single and keys[h.first] in data.AMBIGUOUS_NAMES:
                if h.first > 0 and _JOIN.fullmatch(text, tokens[h.first - 1].end(), h.start) and \
                        _capitalised_word(tokens, keys, h.first - 1) and \
                        by_end.get(tokens[h.first - 1].end()) is None:
                    continue  # "Michael Jordan"
                nxt = h.first + 1  # the next candidate word; it is the next word if only a space is between
                if nxt < len(tokens) and _SPACE.fullmatch(text, h.end, tokens[nxt].start()) and \
                        tokens[nxt].group()[0].isupper() and keys[nxt] not in _FUNCTION_WORDS and \
                        by_start.get(tokens[nxt].start()) is None and keys[nxt] not in _MONTHS_DAYS:
                    continue  # "Chad Smith"
            if _POSSESSIVE_MILITARY.match(text, h.end) or (
                (_ATTRIBUTIVE_MILITARY.match(text, h.end) or _ATTRIBUTIVE_MILITARY_NOUN.match(text, h.end))
                and not (h.start > 0 and _HYPHEN.match(text, h.start - 1))
            ):
                out.append((h.start, h.end, "name", _military_value(code)))  # type: ignore[arg-type]
            else:
                out.append((h.start, h.end, "name", country_actor(code)))  # type: ignore[arg-type]
        elif h.kind == "demonym":
            code = h.payload
            if _ETHNIC.search(text, max(0, h.start - 20), h.start):
                continue
            value = None
            nxt = by_start.get(h.end + 1)
            prv = by_end.get(h.start - 1)
            if (nxt is not None and nxt.kind in ("country", "demonym") and _HYPHEN.match(text, h.end)) or (
                prv is not None and prv.kind in ("country", "demonym") and _HYPHEN.match(text, h.start - 1)
            ):
                value = country_actor(code)  # "Azerbaijani-Turkish exercises"
            elif _PARTICIPLE.match(text, h.end):
                value = country_actor(code)  # "Russian-brokered"
            else:
                after = _AFTER_DEMONYM.match(text, h.end)
                if after is not None:
                    head = " ".join(after.group("head").lower().replace("-", " ").split())
                    mods = after.group("mods").split()
                    if head in _SPORT_HEADS and not all(w.lower() in _SPORT_MODS for w in mods):
                        after = None
                    elif any(w.lower() in ("language", "speaking", "cuisine", "food", "style", "born", "origin") for w in mods):
                        after = None
                if after is not None:
                    value = _military_value(code) if head in _MILITARY else country_actor(code)  # type: ignore[arg-type]
            if value is not None:
                out.append((h.start, h.end, "demonym", value))
        elif h.kind == "capital":
            code = h.payload
            seat = _STATE_IN.search(text, max(0, h.start - 40), h.start)
            if seat is not None:
                out.append((seat.start("noun"), h.end, "metonym", country_actor(code)))  # type: ignore[arg-type]
                continue
            before = text[max(0, h.start - 60) : h.start]
            if _locative_before(before) and not _METONYM_POSSESSIVE.match(text, h.end):
                continue  # "in Madrid" is a place; "at Madrid's request" is the state
            if h.first > 0 and _SPACE.fullmatch(text, tokens[h.first - 1].end(), h.start) and \
                    _capitalised_word(tokens, keys, h.first - 1) and by_end.get(tokens[h.first - 1].end()) is None:
                continue  # "Denzel Washington"
            if _METONYM_AFTER.match(text, h.end) or _METONYM_POSSESSIVE.match(text, h.end) or \
                    _METONYM_BEFORE.search(before):
                out.append((h.start, h.end, "metonym", country_actor(code)))  # type: ignore[arg-type]
        elif h.kind == "org":
            name, slug = t.orgs[h.payload]  # type: ignore[index]
            start, end = h.start, h.end
            country = t.countries[_ORG_COUNTRY[slug]] if slug in _ORG_COUNTRY else None
            alias = text[h.start : h.end]
            if slug in _NATIONAL_RED and alias.lower().startswith("red "):
                pre = country_before(h.start)
                if pre is not None:
                    country = t.countries[pre.payload]  # type: ignore[index]
                    start = pre.start
                    name = f"{country} {alias.title()}"
                    society = _RED_SOCIETY.match(text, end)
                    if society:
                        end = society.end()
                    out.append((start, end, "name", ActorValue(name, "organization", None, country)))
                    continue
            out.append((start, end, "name", ActorValue(name, "organization", f"org:{slug}", country)))

    # People introduced by a title; a title after "Title of X," inherits X's country.
    inherited: dict[int, str] = {}
    introduced: list[tuple[int, tuple[str, ...], ActorValue]] = []
    ministries_by_end = {e: v for s, e, _, v in out if v.kind == "ministry"}
    ministries_by_start = {s: (e, v.country) for s, e, _, v in out if v.kind in ("ministry", "organization")}
    for h in hits:
        if h.kind != "title":
            continue
        country = inherited.get(h.start)
        pre = country_before(h.start)
        if pre is not None and country is None:
            country = t.countries[pre.payload]  # type: ignore[index]
        elif country is None:
            j = h.start
            while j > 0 and text[j - 1] in " \t":
                j -= 1
            if text[j - 2 : j] in ("'s", "’s"):
                j -= 2
            v = ministries_by_end.get(j)
            if v is not None and j != h.start:
                country = v.country
        pos = h.end
        adjacent = appositive = False
        kind_of = _TITLE_OF_KIND.match(text, pos)
        if kind_of:
            pos = kind_of.end()
        link = _TITLE_LINK.match(text, pos)
        if link:
            target = by_start.get(link.end())
            target_end = None
            target_country = None
            if target is not None and target.kind in ("country", "org"):
                target_end = target.end
                if target.kind == "country":
                    target_country = t.countries[target.payload]  # type: ignore[index]
            found_at = ministries_by_start.get(link.end())
            if found_at is not None:
                target_end, target_country = found_at
            if target_end is not None:
                comma = _COMMA.match(text, target_end)
                if comma:
                    if link.group("prep") in ("of", "for") and target_country:
                        country = target_country
                    pos = comma.end()
                    nxt = by_start.get(pos)
                    if nxt is not None and nxt.kind == "title":
                        if country:
                            inherited[nxt.start] = country
                        continue
                else:
                    continue
        elif kind_of:
            comma = _COMMA.match(text, pos)
            if comma is None:
                gap = _SPACE.match(text, pos)  # "Minister of National Defense Hulusi Akar"
                if gap is None:
                    continue
                pos = gap.end()
                adjacent = True
            else:
                pos = comma.end()
                nxt = by_start.get(pos)
                if nxt is not None and nxt.kind == "title":
                    if country:
                        inherited[nxt.start] = country
                    continue
        else:
            gap = _SPACE.match(text, pos)
            if gap is not None:
                pos = gap.end()
                adjacent = True
            else:
                # "the commission's chairman, Wafula Chebukati, said"
                comma = _COMMA.match(text, pos)
                if comma is None or comma.start() != pos or text[pos] != ",":
                    continue
                pos = comma.end()
                appositive = True
        name = _person_name(text, pos, by_start)
        if name is None:
            continue
        s, e, words = name
        title_text = text[h.start : h.end]
        if title_text[0].islower() and len(words) < 2:
            continue
        if appositive and (len(words) < 2 or not _CLOSING_COMMA.match(text, e)):
            continue
        if len(words) == 1 and _key(words[0]) in persons:
            value = persons[_key(words[0])]
        else:
            full = " ".join(words)
            value = ActorValue(full, "person", None, country)
            if len(words) > 1:
                persons.setdefault(_surname(words), value)
                first = _key(words[0])
                if first not in _NAME_STOP:
                    given[first] = value if given.get(first, value) == value else None
        out.append((h.start if adjacent else s, e, "title", value))
        introduced.append((h.start, _title_words(title_text), value))

    # Later references by title alone: "the minister added", "the president said".
    if introduced:
        for m in _matches_at(_DEFINITE_TITLE, text, _the_starts(text)):
            wanted = _title_words(m.group("title"))
            person = _titled_person(introduced, wanted, m.start())
            if person is not None:
                out.append((m.start(), m.end(), "title", person))

    # Later references to a person by surname alone.
    if persons:
        taken = _Coverage((s, e) for s, e, _, _ in out)
        first_seen: dict[str, int] = {}
        for s, _, _, v in out:
            if v.kind == "person" and s < first_seen.get(v.name, len(text) + 1):
                first_seen[v.name] = s
        # Only the words that are someone's surname or given name are looked at.
        for j in [j for j, k in enumerate(keys) if k in persons or k in given]:
            tok = tokens[j]
            if not surfaces[j][0].isupper():
                continue
            v = persons.get(keys[j])
            if v is None and given.get(keys[j]) is not None and _SPEECH_AFTER.match(text, tok.end()):
                v = given[keys[j]]
            if v is None or tok.start() <= first_seen.get(v.name, -1):
                continue
            if taken.overlaps(tok.start(), tok.start() + 1):
                continue
            if j + 1 < len(tokens) and _SPACE.fullmatch(text, tok.end(), tokens[j + 1].start()) and \
                    tokens[j + 1].group()[0].isupper() and keys[j + 1] != keys[j]:
                continue  # part of another name
            out.append((tok.start(), tok.end(), "name", v))

    # Bodies introduced with their acronym: "the National Disaster Management Authority (NDMA)".
    if "(" in text:
        intro: dict[str, ActorValue] = {}
        covered = _Coverage((s, e) for s, e, _, _ in out)
        for m in _acronym_intros(text):
            words = m.group("name").split()
            owner = None
            while words and (words[0].lower() in _FUNCTION_WORDS or words[0][-2:] in ("'s", "’s")):
                if words[0][-2:] in ("'s", "’s"):
                    owner = country_name(words[0][:-2])  # "Kenya's Independent ... Commission"
                words.pop(0)
            if len(words) < 2 or _key(words[-1]) not in _ORG_HEADS:
                continue
            full = " ".join(words)
            dropped = len(m.group("name").split()) - len(words)
            start = [w.start() for w in _NON_SPACE.finditer(text, m.start("name"), m.end("name"))][dropped]
            if covered.overlaps(start, start + 1):
                continue
            value = ActorValue(full, "organization", None, owner)
            intro[m.group("acr")] = value
            out.append((start, m.end("name"), "name", value))
        if intro:
            for tok, word in zip(tokens, surfaces):
                v = intro.get(word)
                if v is not None and text[tok.start() - 1 : tok.start()] != "(":
                    out.append((tok.start(), tok.end(), "name", v))

    # Bodies named by a capitalised phrase with an institutional head: "the Election Commission",
    # "the Lanka Progressive Party", "the Geophysical Institute of Peru". They never displace a
    # ministry, body or person found above, only the country names inside them.
    taken = _Coverage((s, e) for s, e, _, v in out if v.kind != "country")
    hit_starts = [h.start for h in hits]
    for m in _near(_NAMED_ORG, _ORG_HEAD.finditer(text), text, _ORG_REACH, starts):
        start, end = m.start("name"), m.end("name")
        name = m.group("name")
        cut = max(name.rfind("'s "), name.rfind("’s "))
        if cut != -1:
            start += cut + 3
        words = text[start:end].split()
        while words and (words[0].lower() in _NAME_STOP or words[0].lower() in _LEADING_NOT_NAME):
            start = text.index(words[0], start) + len(words[0])
            while start < end and text[start] in " \t":
                start += 1
            words.pop(0)
        if len(words) < 2 or taken.overlaps(start, end):
            continue
        lo, hi = bisect.bisect_left(hit_starts, start), bisect.bisect_left(hit_starts, end)
        inside = [h for h in hits[lo:hi] if h.end <= end and h.kind in ("country", "demonym")]
        country = t.countries[inside[0].payload] if inside else None  # type: ignore[index]
        head = words[-1]
        if inside and (head in ("Government", "Army", "Embassy") or words[-2:] == ["High", "Commission"]):
            continue  # "the Afghan Government", "the Royal Thai Army", "the Australian High Commission"
        out.append((start, end, "name", ActorValue(" ".join(words), "organization", None, country)))

    for h in hits:
        if h.kind != "country" or h.first == 0:
            continue
        sport = tokens[h.first - 1]  # the word before the country, when only spaces are between
        if sport.group() in _SPORTS and _GAP.fullmatch(text, sport.end(), h.start) and \
                text[sport.start() - 1 : sport.start()] not in ("-", "_"):
            country = t.countries[h.payload]  # type: ignore[index]
            out.append((sport.start(), h.end, "name", ActorValue(f"{sport.group()} {country}", "organization", None, country)))
    # The passes below only add mentions; what each may not overlap grows with what came before.
    taken = _Coverage((s, e) for s, e, _, _ in out)
    # Read once, used by several passes: ", " before a capital, and words of two to six capitals.
    commas = list(_COMMA_CAPITAL.finditer(text)) if ", " in text else []
    initials = [m for m, w in zip(tokens, surfaces) if w.isupper() and _is_initials(w)]
    found = _speakers(text, by_start, taken, commas)
    taken = taken.plus(found)
    found += _companies(text, by_start, taken, starts)
    taken = taken.plus(found)
    out.extend(found)
    found = _initialisms(text, out, taken, initials)
    taken = taken.plus(found)
    found += _bodies_by_kind(text, by_start, taken, commas, initials)
    out.extend(found)
    out = _state_bodies(text, t, hits, out, taken.plus(found))
    return tuple(_resolve_overlaps(text, out))


_SPEECH_WORDS = (*_SPEECH_VERBS, "was quoted", "is quoted", "was cited", "is cited")
# One pattern for all of them (a literal space first, so the scan skips between spaces; the words
# factored by prefixes, so that most spaces fail at the next letter).
_SPEECH_NEEDLE = re.compile(" (?:" + _trie_pattern(_SPEECH_WORDS) + r")(?![^\W_]|-)")
# A run of capitalised words (a would-be name) ending where searched: before speech ("Hendra
# Gunawan said") or before an appositive about a person ("Yahya Saree, the group's spokesman,
# told"). The first letter comes before the look-behind so the scan skips quickly to capitals.
_NAME_RUN_END = re.compile(
    r"[A-Z](?<![\w’'.-][A-Z])[\w’'-]+(?:[ \t]+(?:(?:bin|bint|ibn|al|el|de|da|van|von|der|del|dos|das|du|di|abu)[ \t]+)?"
    r"[A-Z][\w’'-]+){1,3}$"
)
_APPOSITIVE_END = re.compile(r",[ \t]+(?:the|a|an|one|its|his|her|their|who|whose)[ \t][^,.;:“”\"]{1,90}?,[ \t]*$")
# Speech inverted after a quotation or clause: "…," said Cindy Okello.
_SPEECH_BEFORE_NAME = re.compile(r"[,”\"][ \t]*[”\"]?[ \t]*(?:said|says|added|asked|replied)[ \t]+(?=[A-Z])")
# A person named in apposition to a role: "Salinas's lawyer, Laura Ibarra, said", "a spokesman for
# the alliance, Khaing Thu." The role is lower-case here; capitalised titles are read elsewhere.
_ROLES = (
    "spokesman;spokeswoman;spokesperson;director-general;director;head;"
    "chief executive;chief;lawyer;attorney;governor;president;chairman;chairwoman;chairperson;chair;"
    "minister;leader;commander;ambassador;envoy;founder;coach;captain;secretary;mayor;administrator;"
    "agent;adviser;advisor;official;representative;manager;owner;editor;researcher;deputy;executive;"
    "organiser;organizer"
)
_ROLE_BEFORE_NAME = re.compile(
    rf"(?<![\w-])(?:{_alternation(_ROLES)})"
    r"(?:[ \t]+(?:of|for|at|to)[ \t]+(?:the[ \t]+)?[\w’'-]+(?:[ \t]+[\w’'-]+){0,4}?)?[ \t]*$"
)
#: The words of those roles, as a text's words split at white space show them.
_ROLE_WORDS = frozenset(w for role in _split(_ROLES) for w in (role, *role.split()))
# Where such an appositive name may begin: after a comma (searched first, it is cheap).
_COMMA_CAPITAL = re.compile(r",[ \t]+(?=[A-Z])")
_NOT_PERSON_WORDS = _INSTITUTION_WORDS | _ORG_HEADS | frozenset(
    "international national watch inc ltd corp co plc llc news times post radio press media "
    "airways resources holdings energy oil gas motors bank".split()
)
# The capitalised word right before a surname: "Bernardo" in "declared Bernardo Arévalo the winner".
_GIVEN_BEFORE = re.compile(r"(?<![\w’'.-])[A-Z][\w’'-]+[ \t]+$")
_ADVERB_LEAD = re.compile(r"(?:Yesterday|Today|Tonight|Meanwhile|However|Later|Earlier|Then|Also|Separately)[ \t]+")
_NAME_ENDS = re.compile(rf"[ \t]*[,.;]|[ \t]+{_SPEECH}\b|[ \t]*$")


def _speakers(text: str, by_start, taken: _Coverage, commas: list[re.Match]) -> list:
    """Find people named without a title, where speech or an appositive role marks them out.

    Later references by surname are added too. Only names of two words or more count, and none
    that overlaps a mention found before (a body, a country, a titled person).
    """
    found: list[tuple[int, int, str, ActorValue]] = []
    positions: list[int] = []
    alone: list[tuple[int, int]] = []  # a single capitalised word before speech: (start, end)
    for speech in _SPEECH_NEEDLE.finditer(text):
        # The speech verbs are few; the name is looked for just before each.
        v = speech.start()
        name = None
        if v > 0 and text[v - 1] == ",":
            app = _APPOSITIVE_END.search(text, max(0, v - 130), v)
            if app is not None:
                name = _NAME_RUN_END.search(text, max(0, app.start() - 80), app.start())
        else:
            word = text.rfind(" ", max(0, v - 40), v) + 1
            if text[word : word + 1].isupper():
                name = _NAME_RUN_END.search(text, max(0, v - 80), v)  # only after a capitalised word
                if name is None or _ADVERB_LEAD.fullmatch(text, name.start(), word):
                    alone.append((word, v))  # "Arévalo told", "Later Yusuf said"
        if name is not None:
            # Each word of the run may start the name: "In Jakarta Hendra Gunawan said".
            positions.extend(w.start() for w in _NON_SPACE.finditer(text, name.start(), name.end()))
    positions += [m.end() for m in _SPEECH_BEFORE_NAME.finditer(text)]
    if commas:
        for m in commas:
            lo = max(0, m.start() - 70)
            # A set test on the words before the comma spares most commas the pattern.
            if _ROLE_WORDS.isdisjoint(text[lo : m.start()].lower().split()[-7:]):
                continue
            if _ROLE_BEFORE_NAME.search(text, lo, m.start()):
                positions.append(m.end())
    if not positions and not alone:
        return []
    people: dict[str, ActorValue] = {}
    found += _read_people(text, positions, by_start, taken, people)
    # "… declared Bernardo Arévalo the winner. Arévalo told supporters": one word before speech,
    # no one's surname yet, is that of the person named in full before it, marked out or not.
    earlier = []
    for word, v in alone:
        surname = text[word:v]
        key = _key(surname)
        if key in people or by_start.get(word) is not None or key in _NAME_STOP or key in _NOT_PERSON_WORDS:
            continue
        at = text.find(surname)
        while -1 < at < word:
            given_name = _GIVEN_BEFORE.search(text, max(0, at - 40), at)
            if given_name is not None and by_start.get(given_name.start()) is None and \
                    _key(given_name.group().split()[0]) not in _NAME_STOP:
                earlier.append(given_name.start())
                break
            at = text.find(surname, at + 1)
    found += _read_people(text, earlier, by_start, taken, people, marked=False)
    if not found:
        return []
    # Later references by surname alone (found by plain search: the people are few). Where two
    # share a surname, it is the one named in full most recently.
    named = _Coverage((s, e) for s, e, _, _ in found)
    full: dict[str, list[tuple[int, ActorValue]]] = {}
    for s, _, _, v in sorted(found, key=lambda x: x[0]):
        full.setdefault(v.name.split()[-1], []).append((s, v))
    for surname, seen in full.items():
        at = text.find(surname, seen[0][0] + 1)
        while at != -1:
            end = at + len(surname)
            if (text[at - 1].isalnum() or text[at - 1] in "-’'") or (end < len(text) and text[end].isalnum()):
                at = text.find(surname, end)
                continue
            nxt = _SPACE.match(text, end)
            joined = nxt is not None and text[nxt.end() : nxt.end() + 1].isupper()
            if not joined and not taken.overlaps(at, end) and not named.overlaps(at, end):
                v = next(v for s, v in reversed(seen) if s < at)
                found.append((at, end, "name", v))  # not "Kimani Smith", another name
            at = text.find(surname, end)
    return found


def _read_people(
    text: str, positions, by_start, taken: _Coverage, people: dict[str, ActorValue], *, marked: bool = True
) -> list:
    """Read the people named at ``positions``: two words at least, not a body's name.

    ``marked``: the name must end where speech or punctuation follows ("Hendra Gunawan said");
    names found through a later surname need not. ``people`` maps surnames to those read.
    """
    found: list[tuple[int, int, str, ActorValue]] = []
    reached = -1
    for pos in sorted(set(positions)):
        if pos < reached:
            continue  # inside a name already read
        lead = _ADVERB_LEAD.match(text, pos)
        if lead is not None:
            pos = lead.end()  # "Yesterday Hendra Gunawan said"
        name = _person_name(text, pos, by_start)
        if name is None:
            continue
        s, e, words = name
        if len(words) < 2 or taken.overlaps(s, e) or (marked and not _NAME_ENDS.match(text, e)):
            continue
        if any(_key(w) in _NOT_PERSON_WORDS for w in words):
            continue  # "Medical Teams International said" is a body
        value = ActorValue(" ".join(words), "person", None, None)
        people.setdefault(_surname(words), value)
        found.append((s, e, "name", value))
        reached = e
    return found


# "the state power utility Eskom", "the Brazilian miner Vale": a company named after its trade.
# Each noun is looked for as a plain substring first, which is far cheaper than a pattern.
_COMPANY_NOUNS = tuple(
    "company firm miner utility carrier airline planemaker carmaker automaker lender insurer "
    "retailer conglomerate manufacturer broadcaster startup start-up giant operator producer "
    "exporter supplier chipmaker drugmaker shipper group union".split()
)
_GAP_CAPITAL = re.compile(r"[ \t]+(?=[A-Z])")
# "Boeing's chief executive": what has a chief executive, shares or a board is a company.
# "Boeing's chief executive", "Boeing's shares"; "Qantas chief executive Vanessa Hudson" (its
# officers only: "Class A shares" names no company).
_COMPANY_OWNER = re.compile(
    r"(?P<name>[A-Z](?<![\w’'.-][A-Z])[\w&-]*(?:['’](?!s\b)[\w&-]+)*(?:[ \t]+[A-Z][\w&-]*(?:['’](?!s\b)[\w&-]+)*){0,2})"
    r"(?:['’]s[ \t]+(?:chief[ \t]+executive|chief[ \t]+financial[ \t]+officer|CEO|CFO|shares|share[ \t]+price|"
    r"shareholders|board[ \t]+of[ \t]+directors)|[ \t]+(?:chief[ \t]+executive|CEO|CFO))\b"
)
_OWNER_WORD = re.compile(r"chief[ \t]+(?:executive|financial)|C[EF]O|shares?|shareholders|board[ \t]+of")
# Each of those opens with one of these, lower-cased: plain words, far faster to search for.
_OWNER_LOWER = tuple(re.compile(w) for w in ("chief", "ceo", "cfo", "share", "board"))


def _owner_words(text: str):
    """Yield the matches of ``_OWNER_WORD`` in ``text``, trying it only where its words start."""
    low = _lowered(text)
    if low is None:
        yield from _OWNER_WORD.finditer(text)
        return
    starts = sorted(m.start() for anchor in _OWNER_LOWER for m in anchor.finditer(low))
    yield from _matches_at(_OWNER_WORD, text, starts)
# What a company's name and the words after it up to its officer or shares are made of.
_OWNER_RUN = re.compile(r"[\w&’' \t-]*")


def _may_own(text: str, at: int, anchors: list[re.Match]) -> bool:
    """Tell whether a match of ``_COMPANY_OWNER`` may start at ``at``, given ``_OWNER_WORD``'s matches.

    A match is up to three words, then "'s" or a space, then an owner word, which starts one of
    ``anchors`` (their starts ascending): so the next anchor after ``at`` is at most three words
    away, with nothing between but letters, digits, "&’'-", spaces and tabs. Most capitalised
    words near an anchor are not, and the pattern is not tried there.
    """
    i = bisect.bisect_right(anchors, at, key=_START)
    if i == len(anchors):
        return False
    q = anchors[i].start()
    return len(text[at:q].split(None, 3)) <= 3 and _OWNER_RUN.fullmatch(text, at, q) is not None


_COMPANY_WORD = re.compile(r"[A-Z][\w&’'.-]*")


def _company_nouns(text: str):
    """Yield where a capitalised name starts right after a trade noun ("miner Vale")."""
    for noun in _COMPANY_NOUNS:
        at = text.find(noun)
        while at != -1:
            end = at + len(noun)
            if at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "-’'"):
                gap = _GAP_CAPITAL.match(text, end)
                if gap is not None:
                    yield gap.end()
            at = text.find(noun, end)


def _companies(text: str, by_start, taken: _Coverage, starts: list[int]) -> list:
    """Find companies marked by their trade or by their chief executive, and later mentions of them.

    ``starts``: where the text's capitalised words start (a name may start only there).
    """
    found: list[tuple[int, int, str, ActorValue]] = []
    nouns = list(_company_nouns(text))
    for m in nouns:
        pos, words = m, []
        end = pos
        while len(words) < 3:
            w = _COMPANY_WORD.match(text, pos)
            if w is None or _key(w.group()) in _NAME_STOP or by_start.get(w.start()) is not None:
                break
            words.append(w.group().rstrip("."))
            end = w.start() + len(words[-1])
            gap = _SPACE.match(text, end)
            if gap is None or "\n" in gap.group():
                break
            pos = gap.end()
        if words and not taken.overlaps(m, end):
            found.append((m, end, "name", ActorValue(" ".join(words), "organization", None, None)))
    anchors = list(_owner_words(text))
    owned = [at for at in starts if _may_own(text, at, anchors)] if anchors else []
    for m in _near(_COMPANY_OWNER, anchors, text, 100, owned):
        s, e = m.span("name")
        first = _key(m.group("name").split()[0])
        if by_start.get(s) is not None or first in _NAME_STOP or first in _LEADING_NOT_NAME or \
                first in _ORG_HEADS or taken.overlaps(s, e):
            continue  # not "The chief executive", "Former chief executive", "Group chief executive"
        found.append((s, e, "name", ActorValue(m.group("name"), "organization", None, None)))
    return _again(text, found, taken)


def _again(text: str, found: list, taken: _Coverage) -> list:
    """Return ``found`` with the later uses of its names: the same name again is the same body.

    "The utility Eskom … Eskom said it would comply." Plain search finds them: the names are few.
    """
    if not found:
        return found
    named = _Coverage((s, e) for s, e, _, _ in found)
    more = []
    for name, v in {v.name: v for _, _, _, v in found}.items():
        at = text.find(name)
        while at != -1:
            end = at + len(name)
            if (at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "-’'")) and \
                    (end == len(text) or not text[end].isalnum()) and \
                    not named.overlaps(at, end) and not taken.overlaps(at, end):
                more.append((at, end, "name", v))
            at = text.find(name, end)
    return found + more


# Initials: a word of two to six capitals (found among the scanned words).
_INITIALS = re.compile(r"[A-Z]{2,6}")


def _is_initials(word: str) -> bool:
    """Tell whether ``word`` is all of ``_INITIALS``: string tests, cheaper than the pattern per word."""
    return 2 <= len(word) <= 6 and word.isascii() and word.isalpha() and word.isupper()
# A body named by its initials alone where news marks it out by the lower-case noun of its kind,
# after ("the CGT union") or before ("the space agency JAXA"); not "NATO's".
_INITIALS_BEFORE = frozenset(("’", "'", ".", "-", "_"))
_INITIALS_AFTER = frozenset(("’", "'", "-", "_"))
#: Lower-case nouns of the kinds of bodies, which mark out a name beside them.
_KIND_NOUNS = (
    r"company|firm|group|gang|cartel|militia|party|union|railway|operator|utility|airline|carrier|"
    r"regulator|agency|authority|broadcaster|network|channel|newspaper|bank|insurer|lender|miner|"
    r"producer|exporter|charity|organi[sz]ation|association|federation|movement|watchdog|manufacturer|"
    r"body|ministry|league|council|commission"
)
_KIND_NOUN_END = re.compile(rf"(?<![\w-])(?:{_KIND_NOUNS})[ \t]*$")
# The kinds that follow a body's name or initials: "the Pheu Thai party", "the CGT union".
_KINDS_AFTER_NAME = r"party|union|group|movement|alliance|militia"
_KIND_AFTER_ACRONYM = re.compile(rf"[ \t]+(?:{_KINDS_AFTER_NAME})(?![\w-])")
#: Capitals that name no body even before a speech verb.
_NOT_BODIES = frozenset("CEO CFO GDP TV AIDS HIV COVID UTC GMT AM PM OK II III IV VI VII VIII IX XI XII".split())
# "the ruling Pheu Thai party", "The United Steelworkers union": a capitalised name before the
# lower-case noun of its kind.
_NAME_BEFORE_KIND = re.compile(
    r"[Tt](?<![\w-].)he[ \t]+(?:(?:ruling|opposition|governing|main|far-right|far-left|centre-right|"
    r"centre-left|center-right|center-left|conservative|liberal|nationalist|separatist|hardline|"
    r"powerful|militant|rebel|armed)[ \t]+)?"
    rf"(?P<name>[A-Z][\w’'&-]*(?:[ \t]+[A-Z][\w’'&-]*){{0,3}})[ \t]+(?:{_KINDS_AFTER_NAME})(?![\w-])"
)
_OCCASIONS = frozenset("christmas easter halloween wedding birthday tea garden dinner".split())


# A body named beside a description of its kind: "SNCF, the state railway, said", "Los Choneros,
# the gang blamed for the violence,", "Ghana's cocoa regulator, Cocobod, raised prices". The kind
# noun must be the description's head: "Smith, the company's founder," describes a person.
_COMMA_ARTICLE = re.compile(r",[ \t]+(?:the|a|an)[ \t]+")
_KIND_DESCRIPTION = re.compile(
    rf"(?:[\w’'-]+[ \t]+){{0,3}}?(?:{_KIND_NOUNS})(?![\w’'-])"
    r"(?:[ \t]+(?:that|which|blamed|based|accused|behind|responsible|known|run|owned|founded|linked)[^,;.]{0,60})?[ \t]*,"
)
_SENTENCE_ADVERBS = frozenset(
    "moreover however meanwhile furthermore instead nevertheless separately additionally still indeed "
    "finally first second third last yesterday today tonight also now earlier later then overall "
    "together similarly likewise besides otherwise".split()
)
# No full stops inside: "Thursday. K-Electric" is two sentences.
_CAPITAL_RUN = re.compile(r"[A-Z][\w&’'-]*(?:[ \t]+[A-Z][\w&’'-]*){0,3}")
_CAPITAL_RUN_END = re.compile(r"(?<![\w’'.-])[A-Z][\w&’'-]*(?:[ \t]+[A-Z][\w&’'-]*){0,3}$")


def _appositive_bodies(text: str, by_start, taken: _Coverage, commas: list[re.Match]) -> list:
    """Find bodies named beside a description of their kind, before or after it."""
    found: list[tuple[int, int, str, ActorValue]] = []
    names = []
    for m in _COMMA_ARTICLE.finditer(text):
        if _KIND_DESCRIPTION.match(text, m.end()):
            names.append(_CAPITAL_RUN_END.search(text, max(0, m.start() - 60), m.start()))
    for m in commas:
        if _KIND_NOUN_END.search(text, max(0, m.start() - 16), m.start()):
            run = _CAPITAL_RUN.match(text, m.end())
            if run is not None and text[run.end() : run.end() + 1] == ",":
                names.append(run)
    for run in names:
        if run is None:
            continue
        s, e = run.span()
        name = run.group()
        first = _key(name.split()[0])
        if by_start.get(s) is not None or taken.overlaps(s, e) or first in _NAME_STOP or first in _SENTENCE_ADVERBS:
            continue  # not "Moreover, the company, whose …"
        found.append((s, s + len(name), "name", ActorValue(name, "organization", None, None)))
    return found


def _bodies_by_kind(text: str, by_start, taken: _Coverage, commas: list[re.Match], initials: list[re.Match]) -> list:
    """Find bodies named by initials or by a name, where the noun of their kind marks them out.

    "the CGT union said", "the prison authority SNAI", "the ruling Pheu Thai party"; later uses of
    the same initials or name are the same body. Words the lexicon knows (countries, titles,
    bodies) are left to it.
    """
    found = _appositive_bodies(text, by_start, taken, commas) if ", " in text else []
    phrases = _tables().phrases
    for m in initials:
        s, e = m.span()
        if text[s - 1 : s] in _INITIALS_BEFORE or text[e : e + 1] in _INITIALS_AFTER:
            continue  # "NATO's", "U.N.-led"
        if m.group() in _NOT_BODIES or by_start.get(s) is not None or taken.overlaps(s, e):
            continue
        if (_key(m.group()),) in phrases:
            continue  # the lexicon's ("RSF", shared by several bodies, is left unnamed there)
        kind = _KIND_AFTER_ACRONYM.match(text, e)
        # Speech alone does not mark initials out: "The FAA said" may be any body so called.
        if kind is not None or _KIND_NOUN_END.search(text, max(0, s - 16), s):
            # The kind noun after is part of the mention ("the CGT union said"), not of the name.
            found.append((s, kind.end() if kind else e, "name", ActorValue(m.group(), "organization", None, None)))
    if any(f" {kind}" in text for kind in _KINDS_AFTER_NAME.split("|")):
        for m in _matches_at(_NAME_BEFORE_KIND, text, _the_starts(text)):
            s, e = m.span("name")
            words = m.group("name").split()
            e_kind = m.end()
            if taken.overlaps(s, e) or any(_key(w) in _NAME_STOP or _key(w) in _OCCASIONS for w in words):
                continue
            hit = by_start.get(s)
            if hit is not None and hit.end >= e:
                continue  # "the Turkish party": a demonym or a country alone is no body's name
            found.append((s, e_kind, "name", ActorValue(" ".join(words), "organization", None, None)))
    return _again(text, found, taken)


_MINOR_WORDS = frozenset("of and the for on de du la in to at".split())


def _initialisms(text: str, out: list, taken: _Coverage, initials: list[re.Match]) -> list:
    """Find a body's initials used after its full name: "the Federal Aviation Administration … the FAA"."""
    bodies: dict[str, tuple[int, ActorValue]] = {}
    for s, _, _, v in out:
        if v.kind != "organization" or v.id is not None:
            continue
        words = [w for w in v.name.split() if w.lower() not in _MINOR_WORDS]
        if len(words) < 2 or not all(w[0].isupper() for w in words):
            continue
        bodies.setdefault("".join(w[0] for w in words), (s, v))
    if not bodies:
        return []
    found = []
    for m in initials:
        if text[m.start() - 1 : m.start()] in (".", "-", "_") or text[m.end() : m.end() + 1] in ("-", "_"):
            continue
        body = bodies.get(m.group())
        if body is not None and body[0] < m.start() and not taken.overlaps(m.start(), m.end()):
            found.append((m.start(), m.end(), "name", body[1]))
    return found


_POSSESSOR_BEFORE = re.compile(r"(?<![\w-])(?:[Ii]ts|[Tt]heir)\s+$")


def _state_bodies(text: str, t: _Tables, hits: list[_Hit], out: list, taken: _Coverage) -> list:
    """Give a country to ministries named without one and add armed forces named without one.

    A reader takes "the health ministry" and "the army" to be those of the state the story is
    about: the country mentioned most often so far (the earliest of equals). "Its foreign
    ministry" is the latest country's; "the finance ministry in Colombo" is its seat's; "the
    army" is the one army already named, if only one is. Where no state has been mentioned yet,
    the first country, demonym or capital named even as a place ("near the Bangladeshi port of
    Mongla") says where the story is. "The president's office" stands for the state.
    """
    by_start = {h.start: h for h in hits}
    offices = list(_matches_at(_STATE_OFFICE, text, _the_starts(text))) if ("'s office" in text or "’s office" in text or "presiden" in text) else []
    pending = [i for i, (_, _, _, v) in enumerate(out) if v.kind == "ministry" and v.country is None]
    armies = list(_matches_at(_BARE_MILITARY, text, _the_starts(text))) if (
        "army" in text or "military" in text or "armed forces" in text or "navy" in text or "air force" in text
    ) else []
    if not pending and not armies and not offices:
        return out
    armies = [m for m in armies if not taken.overlaps(m.start("n"), m.end("n"))]
    states = sorted((s, v.country) for s, _, _, v in out if v.country)
    soldiers = sorted((s, v.country) for s, _, _, v in out if v.kind == "military" and v.country)

    def story(pos: int) -> str | None:
        counts: dict[str, int] = {}
        first: dict[str, int] = {}
        for s, c in states:
            if s >= pos:
                break
            counts[c] = counts.get(c, 0) + 1
            first.setdefault(c, s)
        if not counts:
            place = next((h for h in hits if h.kind in ("country", "demonym", "capital") and h.start < pos), None)
            return t.countries[place.payload] if place is not None else None  # type: ignore[index]
        return min(counts, key=lambda c: (-counts[c], first[c]))

    def latest(pos: int) -> str | None:
        found = None
        for s, c in states:
            if s >= pos:
                break
            found = c
        return found

    result = list(out)
    for i in pending:
        s, e, role, v = out[i]
        country = None
        seat = _IN_SEAT.match(text, e)
        h = by_start.get(seat.end()) if seat else None
        if h is not None and h.kind in ("capital", "country"):
            country, e = t.countries[h.payload], h.end  # type: ignore[index]
        elif _POSSESSOR_BEFORE.search(text, max(0, s - 8), s):
            country = latest(s)
        else:
            country = story(s)
        if country is not None:
            result[i] = (s, e, role, _ministry_value(country, v.name.removeprefix("Ministry of ")))
    for m in offices:
        country = story(m.start())
        if country is not None and not taken.overlaps(m.start(), m.end()):
            result.append((m.start(), m.end(), "metonym", country_actor(t.by_name[" ".join(_keys(country))])))
    for m in armies:
        named = {c for s, c in soldiers if s < m.start()}
        country = next(iter(named)) if len(named) == 1 else story(m.start())
        if country is not None:
            result.append((m.start("n"), m.end("n"), "name", _military_value(t.by_name[" ".join(_keys(country))])))
    return result


class _Coverage:
    """Answer "does [a, b) overlap any of these spans?" in logarithmic time."""

    def __init__(self, spans) -> None:
        ordered = sorted(spans)
        self.starts = [s for s, _ in ordered]
        self.more: _Coverage | None = None
        self.reach = list(accumulate([e for _, e in ordered], max))  # the farthest end so far

    def overlaps(self, a: int, b: int) -> bool:
        i = bisect.bisect_left(self.starts, b) - 1
        return (i >= 0 and self.reach[i] > a) or (self.more is not None and self.more.overlaps(a, b))

    def plus(self, found: list) -> _Coverage:
        """Return a coverage of these spans and of the mentions ``found`` (a few, so cheap)."""
        if not found:
            return self
        extra = _Coverage((s, e) for s, e, _, _ in found)
        extra.more = self
        return extra


_TOKEN_AT = re.compile(rf"(?<![^\W_])(?:{_TOKEN.pattern})")


def _person_name(text: str, pos: int, by_start) -> tuple[int, int, list[str]] | None:
    """Read a person's name starting at ``pos``: up to four capitalised words and particles."""
    tok_m = _TOKEN_AT.match(text, pos)
    if tok_m is None:
        return None
    words: list[str] = []
    start = pos
    end = pos
    prev: re.Match | None = None
    while tok_m is not None and len(words) < 5:
        tok = tok_m.group()
        k = _key(tok)
        if words:
            sep = text[prev.end() : tok_m.start()]  # type: ignore[union-attr]
            if not _JOIN.fullmatch(sep) or sep in ("'", "’", "."):
                break
            if sep[:1] == "." and len(prev.group()) > 1:  # type: ignore[union-attr]
                break  # a full stop after a whole word ends the sentence: "… Darmanin. Darmanin told"
        nxt = _TOKEN.search(text, tok_m.end())
        if k in _PARTICLES and tok[0].islower():
            if nxt is not None and nxt.group()[0].isupper():
                words.append(tok)
                prev, tok_m = tok_m, nxt
                continue
            break
        if not tok[0].isupper() or k in _NAME_STOP or tok.isdigit():
            break
        hit = by_start.get(tok_m.start())
        if hit is not None and hit.kind != "skip":
            break
        if k in _INSTITUTION_WORDS:
            return None
        sep = text[prev.end() : tok_m.start()] if words else ""  # type: ignore[union-attr]
        if words and sep.strip(" \t") in ("-", "‐", "–"):
            words[-1] = words[-1] + "-" + tok
        elif not words or tok != words[-1]:  # "Ned Price Price": a doubled word is a typo
            words.append(tok)
        end = tok_m.end()
        prev, tok_m = tok_m, nxt
    while words and words[-1] in _PARTICLES:
        words.pop()
    if not words:
        return None
    if words[-1] in _SUFFIXES and text[end : end + 1] == ".":
        end += 1  # "Ferdinand Marcos Jr.": the abbreviation's point is part of the name
        words[-1] += "."
    return start, end, words


def _surname(words: list[str]) -> str:
    """Return the folded word a person is later called by: the last, generational suffixes aside."""
    kept = [w for w in words if w.rstrip(".") not in _SUFFIXES]
    return _key((kept or words)[-1])


def _resolve_overlaps(text: str, found: list[tuple[int, int, str, ActorValue]]) -> list[Mention]:
    """Keep the longest of overlapping mentions, earliest first; return them sorted by start."""
    found = sorted(set(found), key=lambda x: (x[0], -(x[1] - x[0]), x[3].name))
    kept: list[Mention] = []
    last_end = -1
    for s, e, role, value in found:
        if s < last_end:
            continue
        kept.append(Mention("actor", s, e, text[s:e], value, role=role))
        last_end = e
    return kept


def find(text: str, *, anchor: _dt.date | None = None) -> list[Mention]:
    """Find the actors a text names, each with its canonical value and how it was recognised.

    ``anchor`` is accepted for the common extractor signature and not used.
    """
    return list(_scan(text))
