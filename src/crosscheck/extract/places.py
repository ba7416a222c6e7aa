"""Find the places an article names and how it relates events to them.

A candidate is a run of up to ``_MAX_TOKENS`` words starting with a capital ("East Azerbaijan",
"Bosnia and Herzegovina", "Côte d'Ivoire", "Nagorno-Karabakh"), looked up by its folded form in
the gazetteer; the longest run that names a place wins. Lookup is exact on the folded name, so
look-alikes never merge (Niger/Nigeria, Guinea/Guinea-Bissau, Iran's East Azerbaijan province and
Azerbaijan). Demonyms ("Turkish", "Iranian") are not places and are left to the actor extractor.

Each mention's ``role`` (and its value's ``relation``) says how the text relates to the place:
``in`` (the default), ``near`` ("near", "outside", "north of"), ``border`` ("the border with
Iran", "the Iran-Azerbaijan border", "along the Naxcivan border") or ``between`` ("between Baku
and Tehran"); a coordinated list shares its relation ("between Turkey, Armenia, and Iran").

A possessive place that contains the next place qualifies it, like "Paris, Texas": "in
Azerbaijan's Naxcivan exclave" gives one mention, of Nakhchivan, whose span covers "Azerbaijan's
Naxcivan" (its value records that Azerbaijan contains it). A possessive place that contains
nothing after it is reported on its own ("Iran's archenemy Israel" gives Iran and Israel).

Ambiguous names are resolved in context, in this order: when the readings lie in different
countries, the one other places of the sentence lie in ("Atlanta" and "Savannah" hold up Georgia
the US state; "Niamey" holds up Niger the country); a candidate contained in another place of
the same sentence ("Paris, Texas"); whose country more places of the same sentence name; whose
country is named anywhere in the text (a country, or a feature spanning countries, always
counts); then country before feature before subdivision before populated place (a large city
ranks with subdivisions, "Tehran" the city rather than the province, and a town outranks the
district, governorate or canton named after it, "Idlib", "Geneva", but not a state or an
autonomous republic, "Bahia", "Naxçıvan"; words such as "province" or "the province of" choose
the unit); a canonical name before an alternate one; the larger unit; the larger population.

Words that are also ordinary English ("March", "Nice", "Reading", "Split", "Police", "Of") count
as a subdivision or town only mid-sentence after a locative preposition ("talks in Split"); a
town next to other capitalised words, or a town smaller than ``article_population`` before
"said", is taken for part of a person's or an organisation's name ("Ned Price", "Price said");
a town before a capitalised unit noun is the unit, not the town ("Maricopa County"); a place
inside an organisation's or event's name ("Bank of England", "University of Tehran", "Tour de
France", "Copa America") is not reported; and towns smaller than ``context_population``, towns
smaller than ``article_population`` named by an alternate name only ("Kiev" and "Bombay" need
no context), and minor subdivisions (districts, counties, rayons) need their country named
elsewhere in the text, or a container of theirs in the same sentence ("Rome, Georgia"), or
a unit or a large city of their own region there ("Valencia ... the towns of Paiporta").

A container after a comma is where the place before it is, so it keeps the relation ``in``
whatever the relation of the place ("near Fort Myers, Florida" gives near:Fort Myers and
Florida).

Some names stand for something other than a location, and are not reported there: a capital (or
a large city) that opens a clause before a verb of state action is its government ("Islamabad
summoned New Delhi's envoy", "Seoul and Tokyo agreed"), and so is a country before a diplomatic
verb ("Peru expelled the ambassador"), while "Islamabad was hit by floods" and "Chile declared an
emergency" stay places; a country name that is also a personal name, next to another name, is
a person ("Jordan Henderson", "Georgia Davies"; "Jordan's king" is the country); and a town in
a sports result or fixture is its club ("Chelsea beat Arsenal", "lost to Roma"; national
teams keep their country, and so do nations of a union, "Australia beat England"); so is a
town a player moves between in a sentence about sport ("moved from Benfica to Chelsea",
"Rennes signed a defender from Marseille"), one before a club word ("Rosario Central") and one
that "won away". The capital a government acts on is its government too ("Brussels warned
Budapest"), and a modal may stand before the verb ("Moscow would retaliate"). An abbreviated
country before a lower-case noun is an adjective ("US officials", "the deadliest US fire").
A town before a facility noun names the facility ("the Taal volcano"), and a name before
"authority" or "militias" names a body or a group. "The Niger rose", "along the Congo", "on the
Blue Nile" name rivers, where the gazetteer has one; a town or province does not rise.
A name after "New" that the gazetteer lacks whole ("New England") is not the place it ends
with. Nationality words, singular or plural, count as naming their country for the article ("the
Armenian ministry said", "Chileans in Concepción").

Resolution also weighs: a town listed beside other towns ("Puno and Juliaca") is not held up to
the province of its name by them; a small namesake of a world city needs its own unit named, not
merely its country ("Paris" beside "Eugene" stays in France); a unit written with its unit noun
needs no country and takes the unit of that type ("Lamu county", "Buenos Aires province"); and a
unit after a comma gives the country of an unknown town before it ("Cairo, Illinois").
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from crosscheck import gazetteer
from crosscheck.extract._mention import Mention
from crosscheck.gazetteer import KIND_RANK, Entry
from crosscheck.model import PlaceValue
from crosscheck.text import fold

__all__ = ["COMMON_WORDS", "DEMONYMS", "find"]

_MAX_TOKENS = 7

# A word: an abbreviation with dots ("U.S."), or letters with inner apostrophes ("d'Ivoire"),
# possibly followed by a possessive ("Iran's", "States’").
_WORD = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_]+(?:['’][^\W\d_]+)*['’]?")
# Where a capitalised word may start: a letter not inside a word (non-ASCII letters are then
# checked for case in code, which a regular expression cannot do).
# One character class first (the look-behind, two characters wide, checks the one before it):
# the engine then skips to the candidates in C.
_CAPITAL = re.compile(r"[A-Z\x80-\U0010ffff](?<![^\W\d_].)")
# The gap after a word (blanks, or a hyphen or dash between blanks) and the word that follows,
# in one match; the gap is atomic, so it is all the blanks and dash there are, as it would be
# matched alone.
_NEXT_WORD = re.compile(r"(?>[ \t]*(?:[-–][ \t]*)?)(" + _WORD.pattern + ")")
# The same three for texts in ASCII, where a letter is one of A-Z and a-z: the engine tests such
# a class in a step, while the general one asks the Unicode database for each character.
_CAPITAL_ASCII = re.compile(r"[A-Z](?<![A-Za-z].)")
_WORD_ASCII = re.compile(r"(?:[A-Z]\.){2,}|[A-Za-z]+(?:'[A-Za-z]+)*'?")
_NEXT_WORD_ASCII = re.compile(r"(?>[ \t]*(?:-[ \t]*)?)(" + _WORD_ASCII.pattern + ")")
# _previous_word's walk back over an ASCII text, matched on the text reversed from the position:
# up to three characters that are not letters (a letter must follow them), then the longest run
# of letters, dots and apostrophes that ends (going back) on a letter.
_BACK_ASCII = re.compile(r"[^A-Za-z]{0,3}(?=[A-Za-z])[A-Za-z'.]*[A-Za-z]")
#: A letter or digit: what str.isalnum() accepts, one character at a time.
_ALNUM = re.compile(r"[^\W_]")

#: Lower-case words that may sit inside a place name ("Isle of Man", "Trinidad and Tobago").
_CONNECTORS = frozenset(
    "of and the de del da do dos das du des la le les el al y i e d di upon on sur van von der den "
    "am an bin ibn et es ul ash ad ar az au aux sous ech".split()
)

#: Lower-case nouns that may end a place name ("Aras river", "Ardabil province").
_PLACE_NOUNS = frozenset(
    "river sea lake province region district county state governorate oblast prefecture "
    "municipality mountains valley strait gulf peninsula island islands desert".split()
)

#: English words that are also the names of towns or subdivisions somewhere. Such a name counts as
#: a town or subdivision only with locative evidence; countries are exempt ("Chad", "Jordan").
COMMON_WORDS = frozenset(
    """
    a about above across act after again against age ago ahead aid air all also am among an and
    any are area arm army around art as ask at attack away back bad bank bar base basin bath bay
    be beach bear beat because bed been before begin being bell below best better between big
    bill bird black block blue board boat body bold bond book border born both bottom box boy
    bridge bright bring broad brook brother brown build burn bus business but buy by call camp
    can cape capital car care carry case cast castle cat cause center central centre chance
    change charge chase check chief child church city clay clear close coal coast cold colon
    come common cook cool corner cost could council country course court cover cross crown cut
    dale dam dark date day de deal dear deep delta desert did do dog door double down draw
    dry due each early earth east eastern easy eight eleven else end enterprise even ever every
    fair faith fall far farm fast father fear felt few field fight fine fire first five flat
    floor for force forest fort forth four free freedom friend friendship from front full fund
    game garden gate gave general get girl give glass go gold golden good grand grant great
    green ground grove guard had half hall hand happy harbor harbour hard has have he head heart
    heights held help her here hero high hill him his hold holy home hope horn horse hot house
    how hull hunt i if in independence inner iron is island it its job join joy just keep key
    kind king lake land lane large last late law lay lead leader league left less let liberty
    life light like line lion little live long look lord lost lot love low lower made main
    major make male man many march mark market may me mean meet mercy met middle might mile
    mill mine miss mission mobile moon more most mount mountain move much must my name nation
    navy near new news next nice nine no noble none north northern not nothing now oak of off
    office old on once one only open or orange order other our out over page palm paradise
    park part party pass peace people pine place plain plains plan play pleasant point police
    pool poor port post power present press price prince progress protection providence public
    put queen quick race rain range rapid reading ready record red reform rest rich ride right
    ring rise river road rock roll root rose round royal rule run rush safety said saint sale
    salt same sand save say school sea second security see seven shall she shell ship shore
    short should show side silver since six sky small snow so some son sound south southern
    spring square staff stand star start state station stay steel step still stone stop story
    street strong such sugar summer sun sunday sunrise sunset support sure surprise sweet
    table take talk tell ten than that the their them then there these they thin third this
    those three through time to today top tower town trade travel tree trust truth try turn
    twin two union unity up upper us use valley very victory view village vista visit war
    warm was watch water way we well were west western what when where which while white who
    why wide will win wind winter with wood work world would year yes yet you young your
    split bath colon of man male police march reading mobile nice van buffalo cork
    hull sale deal derby tours mold goes spa
    monday tuesday wednesday thursday friday saturday january february april june july august
    september october november december
    """.split()
)

#: Nationality and regional adjectives: never places, even where a town or region shares the
#: word ("Kazakh", "Somali"). The actor extractor reads them.
DEMONYMS = frozenset(
    """
    afghan african albanian algerian american angolan arab arabian argentine argentinian
    armenian asian australian austrian azerbaijani azeri bahraini bangladeshi belarusian
    belgian bolivian bosnian brazilian british bulgarian burmese burundian cambodian cameroonian
    canadian chadian chilean chinese colombian congolese croatian cuban cypriot czech danish
    dutch ecuadorian egyptian emirati english eritrean estonian ethiopian european filipino
    finnish french georgian german ghanaian greek guatemalan guinean haitian honduran hungarian
    icelandic indian indonesian iranian iraqi irish israeli italian ivorian jamaican japanese
    jordanian kazakh kenyan korean kosovar kurdish kuwaiti kyrgyz lao latvian lebanese liberian
    libyan lithuanian malagasy malawian malaysian malian mauritanian mexican moldovan mongolian
    montenegrin moroccan mozambican namibian nepali nepalese nicaraguan nigerian nigerien
    norwegian omani pakistani palestinian panamanian paraguayan persian peruvian polish
    portuguese qatari romanian russian rwandan saudi scottish senegalese serbian
    slovak slovenian somali sudanese spanish swedish swiss syrian taiwanese tajik
    tanzanian thai tibetan togolese tunisian turkish turkmen turkic ugandan ukrainian uruguayan
    uzbek venezuelan vietnamese welsh yemeni zambian zimbabwean balkan caucasian pashtun baloch
    tatar chechen uighur uyghur hutu tutsi yoruba igbo hausa amhara tigrayan oromo sunni shia
    shiite alawite druze maronite coptic
    """.split()
)

#: Titles before a name: what follows is a person ("President Jordan", "Mr. Price").
_TITLES = frozenset(
    "president mr mrs ms miss dr prof professor minister premier chancellor governor senator sen "
    "rep representative mayor general gen colonel col lieutenant lt major maj captain capt "
    "sergeant sgt admiral adm commander king queen prince princess sheikh emir sultan pope "
    "bishop judge justice ambassador secretary spokesman spokeswoman spokesperson sir lady lord "
    "coach striker midfielder defender goalkeeper".split()
)

#: Words that make a capitalised run an organisation's name ("Bank of England").
_ORG_WORDS = frozenset(
    "ministry bank university college institute center centre council party army navy forces "
    "force guard guards corps air airlines airways company corporation corp inc ltd group agency "
    "department office committee commission foundation association federation union league cup "
    "club fc united city's times post news herald tribune journal gazette television tv radio "
    "broadcasting press policy service services authority court parliament assembly congress "
    "senate embassy consulate hospital school academy stadium airport railway railways oil gas "
    "petroleum energy telecom holdings fund exchange church mosque tour stade copa rally open "
    "marathon prix games olympics olympique arena circuit".split()
)

#: Capitalised words that may stand next to a town without making it a person's name.
#: Lower-case words that may join an organisation's or event's name ("Bank of England", "Tour
#: de France", "Copa del Rey").
_ORG_JOINERS = frozenset("of for the de del la du des da di".split())

_NEUTRAL_NEIGHBOURS = frozenset(
    "north south east west northern southern eastern western central greater upper lower old new "
    "province region district county state village river valley governorate oblast "
    "prefecture municipality island islands sea lake mountains desert strait gulf bay port "
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)

#: Capitalised function words that open sentences ("In Kabul", "The Nile"), not names.
_FUNCTION_WORDS = frozenset(
    "in at on of to from for by with after before during since while when as but and or the a an "
    "this that these those then yet so if though although across near inside outside around "
    "between within throughout along into over under".split()
)

#: Verbs after a name that mark it as a speaker, hence a person or a government, not a location.
_SPEECH_VERBS = frozenset(
    "said says told stated added explained responded noted argued wrote warned insisted claimed "
    "announced replied tweeted posted".split()
)

#: Verbs of diplomacy: a capital or a country that is their subject stands for its government
#: ("Islamabad summoned ...", "Washington imposed ...", "Moscow denied ..."), so it is an actor,
#: not where something happened. Suffixed forms are listed, not derived, so the test is a lookup;
#: base forms follow a modal ("Moscow would retaliate").
_DIPLOMATIC_VERBS = frozenset(
    """
    summoned summons expelled expels imposed imposes denied denies rejected rejects condemned
    condemns protested accused accuses blamed blames vowed vows threatened threatens recalled
    recalls sanctioned retaliated retaliates criticised criticized criticises criticizes
    severed severs
    summon expel impose deny reject condemn protest accuse blame vow threaten recall sanction
    retaliate criticise criticize sever
    """.split()
)
#: Further verbs of state action that make a capital (not a country) its government ("Rome
#: asked Brussels for help", "Seoul and Tokyo agreed"). A country that agrees, signs or asks is
#: still read as a place, as the evaluation sets have it; acts that happen where they are taken
#: ("declared an emergency", "closed schools", "banned") are left out for both.
_GOVERNMENT_VERBS = _DIPLOMATIC_VERBS | frozenset(
    """
    warned warns asked asks agreed agrees signed signs responded responds ordered orders
    refused refuses pledged pledges insisted insists demanded demands urged urges welcomed
    welcomes recognised recognized withdrew withdraws ratified ratifies suspended suspends
    restored restores pulled pulls called calls
    warn ask agree sign order refuse pledge demand urge welcome recognise recognize withdraw
    ratify suspend restore
    """.split()
)
#: Words that may stand between such a subject and its verb ("Moscow has denied", "Ankara
#: also summoned", "Tehran will retaliate").
_AUXILIARIES = frozenset(
    "has have had also then later quickly swiftly immediately again will would could may might "
    "did does promptly formally reportedly".split()
)
#: Words that end the clause before a subject ("..., and Tehran vowed", "but Kyiv said").
_CLAUSE_OPENERS = frozenset(
    "and but while as when after before because then so whereas though although since until "
    "yet meanwhile that said says saying".split()
)
#: Nouns after a capital's possessive that make the capital its government ("New Delhi's envoy").
_GOVERNMENT_NOUNS = frozenset(
    "envoy envoys ambassador ambassadors diplomat diplomats government decision move position "
    "stance demand demands proposal response allies ally rulers leadership officials "
    "sanctions".split()
)
#: Country names that are also given names or surnames: next to another capitalised word they are
#: part of a person's name ("Jordan Henderson", "Chad Le Clos", "Georgia Davies", "Michael Jordan").
_PERSON_LIKE_COUNTRIES = frozenset(
    "jordan chad georgia israel guinea dominica cuba mali china kenya india chile peru panama "
    "jamaica samoa togo niger oman".split()
)
#: Results and fixtures that make a town named in them a sports club ("Chelsea beat Arsenal",
#: "lost to Roma", "Lille drew", "Santos were relegated").
_SPORT_SUBJECT_VERBS = frozenset(
    "beat beats defeated defeats thrashed thrash edged routed clinched clinch relegated "
    "promoted".split()
)
#: "Drew" and "lost" are results only before a score or a fixture word: "Lille drew at home",
#: "Porto lost to Benfica", but "Paris drew crowds", "Lagos lost power".
_DRAW_VERBS = frozenset("drew draws lost loses".split())
_DRAW_FOLLOWERS = frozenset("with at against level to".split())
_SPORT_OBJECT_WORDS = frozenset("beat beats beating defeated defeats defeating thrashed edged routed played".split())
#: Words before "against", "to" or "with" that make them a fixture ("at home against Nantes",
#: "lost to Roma", "drew with Lyon").
_SPORT_FIXTURE_WORDS = frozenset(
    "home away match game win victory defeat loss lost losing lose drew draw drawn won".split()
)

#: "Won" is a result before "away" or a score ("Newcastle won away at Villa", "Lyon won 2-0"),
#: but not in "Paris won the bid".
_WIN_VERBS = frozenset("won wins".split())
#: Verbs of a player's transfer: in a sentence about sport, the towns they lead to are clubs
#: ("moved from Benfica to Chelsea", "Rennes signed a defender from Marseille").
_TRANSFER_VERBS = frozenset(
    "moved moves joined joins signed signs transferred switched sold sells loaned bought buys "
    "rejoined".split()
)
# The words after and before a place that _sports_club reads on from: without one of them next
# to it, a place is no club.
_SPORT_AFTER_WORDS = (
    frozenset("were was have had has".split()) | _SPORT_SUBJECT_VERBS | _WIN_VERBS | _TRANSFER_VERBS | _DRAW_VERBS
)
_SPORT_BEFORE_WORDS = _SPORT_OBJECT_WORDS | frozenset("from to at against with".split())
# Words that make a sentence one about sport, checked only around a possible transfer.
_SPORT_CONTEXT = re.compile(
    r"\b(?:striker|midfielder|defender|goalkeeper|winger|forward|full-back|centre-back|playmaker|"
    r"footballer|player|coach|manager|transfer|fee|loan|season|league|club|goals?|scored|beat|"
    r"drew|match|squad|contract)\b",
    re.IGNORECASE,
)
#: Capitalised words after a town that make it a club's name ("Rosario Central", "Bristol
#: Rovers", "Boca Juniors"); only after the town, since "Central Java" is a place.
_CLUB_SUFFIXES = frozenset("central rovers wanderers athletic albion juniors hotspur argyle".split())

#: Lower-case words that may follow an abbreviated country name ("US", "UK") without making it
#: an adjective: "the US and China", "the US in 2020", "the US last week", "the US is".
_AFTER_COUNTRY_NOUN = frozenset(
    """
    and or nor but in on at to of for from with by via into over than as since after before
    during until last this next is was are were has have had will would could should may might
    can did does do not also itself alone
    """.split()
)

#: Verbs after "the <name>" that only a river does: "the Niger rose", "the Desna froze".
_RIVER_VERBS = frozenset(
    """
    rose rises burst bursts overflowed overflows swelled swells froze freezes peaked crested
    flooded floods flowed flows meets receded recedes dried broke
    """.split()
)
#: Words before "the <name>" that speak of a river: "along the Congo", "the banks of the Niger",
#: "where it meets the Benue";
#: "on the" only chooses a river the name also has ("on the Blue Nile").
_RIVER_BEFORE = frozenset("along up down upstream downstream banks bank meets".split())

#: Nouns after "the <name>" that the name qualifies ("along the Naxcivan border").
_AFTER_RIVER_NOUNS = frozenset(
    "border borders frontier coast coastline side front line shore shores region province".split()
)

#: Lower-case nouns after a town that make it a facility's or a feature's name ("the Taal
#: volcano", "the Fukushima plant"); a river or sea stays ("the Nile dam").
_FACILITY_NOUNS = frozenset("volcano plant reactor dam mine refinery".split())
#: Lower-case nouns after a name that make it a body's or a group's name ("the Volta River
#: authority", "Fano militias").
_GROUP_NOUNS = frozenset("authority militia militias".split())

#: Prepositions that, right before an ordinary-word name, show it is a place ("in Split").
_LOCATIVE_WORDS = frozenset(
    "in at near from to outside around across into towards toward through via throughout inside "
    "between within".split()
)

# Words right before a place that set its relation, read backwards from the place.
_BORDER_NOUNS = frozenset("border borders bordering frontier boundary".split())
_DIRECTIONS = frozenset("north south east west northeast northwest southeast southwest".split())
_DISTANCE_UNITS = frozenset("km kilometers kilometres miles mi".split())
_NEAR_WORDS = frozenset("near nearby outside".split())
_TOWN_NOUNS = frozenset("town city village port region province capital".split())

#: Subdivision types news names without naming the country ("Texas", "Kerala", "Sichuan");
#: smaller units (districts, counties, rayons, municipalities) need their country in the text.
_MAJOR_UNIT_TYPES = frozenset(
    {
        "state", "province", "region", "autonomous region", "autonomous republic", "republic",
        "territory", "union territory", "governorate", "prefecture", "autonomous community",
        "country", "emirate", "canton", "land", "federal district", "capital district",
        "special administrative region", "oblast", "autonomous province", "federal territory",
        "capital territory", "autonomous city", "metropolitan region", "administrative region",
        "voivodship", "nation", "regional state", "department", "capital city", "special city",
    }
)

#: Units that are more than the town they share a name with ("Naxçıvan" the autonomous republic
#: around the city, "Bahia" the state).
_CITY_NAMED_UNIT_EXCLUDED = frozenset(
    {"state", "autonomous republic", "republic", "autonomous region", "country", "union territory"}
)

#: Nouns naming an administrative unit: "Tehran province" means the province, not the city.
_UNIT_NOUNS = frozenset(
    "province provinces state states region regions governorate governorates county counties "
    "district districts oblast oblasts prefecture prefectures rayon municipality department "
    "departments canton emirate territory".split()
)
_UNIT_BEFORE = re.compile(
    r"\b(?:provinces?|states?|regions?|governorates?|counties|county|districts?|oblasts?|"
    r"prefectures?|departments?)\s+of\s+(?:[\w’'-]+(?:\s*,\s*|\s+and\s+))*$",
    re.IGNORECASE,
)
# "Ardabil and East Azerbaijan provinces": a plural unit noun after a list of names.
_UNIT_AFTER_LIST = re.compile(
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:[A-Z][\w'’-]*\s+){1,4}(?:provinces|states|regions|governorates|"
    r"districts|counties|oblasts|prefectures|departments)\b"
)
_AFTER_BORDER = re.compile(r"(?:['’]s)?\s*(?:border|borders|frontier|boundary)\b", re.IGNORECASE)
# What joins the members of a coordinated list of places.
_COORDINATION = re.compile(r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|\s*[-–/]\s*)$")
# The lower-case word right after a name: verbs and auxiliaries are written in lower case.
_LOWER_WORD = re.compile(r" ([a-z]+)\b")
_CUE_WINDOW = 60
#: Whether _resolve takes a match with one reading straight to the context test; tests turn it
#: off to compare with the ranking loop, which reaches the same answer.
_LONE_READING_SHORTCUT = True
# Opens with one character class (the alternatives then check, looking back, which mark it was),
# so the engine skips to the marks and line breaks in C.
_SENTENCE_END = re.compile(r"[.!?…\n](?:(?<=[.!?…])[.!?…]*[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])|(?<=\n)\s*\n)")

# The word after a match, not read yet (None, for _next_word, means there is none).
_UNREAD = object()


class _Match:
    """A candidate place mention while the text is being read."""

    __slots__ = (
        "first", "last", "start", "end", "end_full", "key", "options", "chosen", "sentence",
        "listed_to", "listed", "after",
    )

    def __init__(self, first, last, start, end, end_full, key, options, after=_UNREAD):
        self.first = first
        self.last = last
        self.start = start
        self.end = end
        self.end_full = end_full
        self.key = key
        self.options: list[tuple[Entry, bool]] = options
        self.chosen: Entry | None = None
        self.sentence = 0
        # Whether the text from this name's end to the start ``listed_to`` is list punctuation
        # (see _listed); -1 until asked.
        self.listed_to = -1
        self.listed = False
        # The gap and word after the name as _next_word reads them, when the search for a longer
        # name already read them there; else _UNREAD.
        self.after = after


def _listed(text: str, a: _Match, b: _Match) -> bool:
    """Tell whether only a comma, a conjunction or a dash stands between ``a`` and ``b``.

    Screening, resolution, the government test and the relations all ask it of the same
    neighbours; the answer depends on the characters between them alone, so it is kept on ``a``
    for the start of ``b`` (an end never moves; a merged start does, and is then asked afresh).
    """
    if a.listed_to != b.start:
        a.listed_to = b.start
        a.listed = _COORDINATION.match(text, a.end, b.start) is not None
    return a.listed


def find(
    text: str,
    *,
    anchor: dt.date | None = None,
    context_population: int = 50_000,
    article_population: int = 250_000,
    capital_population: int = 300_000,
) -> list[Mention]:
    """Return the place mentions of ``text``, sorted by start.

    ``anchor`` is accepted for the common extractor signature and not used. Towns with fewer than
    ``context_population`` inhabitants are reported only when their country is named elsewhere in
    the text (by itself, or through one of its subdivisions, features or larger cities). After
    a lower-case "the", only towns of at least ``article_population`` stay readings ("the Hague"
    but not "the White House"); towns of that size may also stand before "said" and be named by
    an alternate name without their country ("Kiev"). A city of at least ``capital_population`` is preferred to a
    subdivision of the same name ("Tehran" the city, not the province) unless the words around
    it name the unit ("the province of Tehran", "Tehran province").
    """
    del anchor
    matches: list[_Match] = []
    demonyms: list[str] = []
    for candidate in _candidates(text, demonyms):
        m = _screen(
            text, candidate, article_population=article_population, previous=matches[-1] if matches else None
        )
        if m is not None:
            matches.append(m)
    if not matches:
        return _described_capitals(text, [])
    _resolve(
        text,
        matches,
        demonyms=demonyms,
        context_population=context_population,
        article_population=article_population,
        capital_population=capital_population,
    )
    _choose_shared_countries(matches)
    matches = _merge_possessors(text, [m for m in matches if m.chosen is not None])
    matches = _drop_governments(text, matches, capital_population=capital_population)
    roles = _relations(text, matches)
    out = []
    values: dict[tuple[str, str], PlaceValue] = {}  # values are frozen, so repeats share one
    for m, role in zip(matches, roles):
        value = values.get((m.chosen.id, role))
        if value is None:
            value = values[(m.chosen.id, role)] = gazetteer.place_value(m.chosen, relation=role)
        out.append(Mention("place", m.start, m.end, text[m.start : m.end], value, role=role))
    described = _described_capitals(text, out)
    return sorted(out + described, key=lambda m: m.start) if described else out


# ----------------------------------------------------------------------------- reading words

_Word = tuple[int, int, int, str]


def _word_at(text: str, pos: int) -> _Word | None:
    """Return ``(start, end, end_with_possessive, word)`` for the word at ``pos``, possessive cut."""
    m = (_WORD_ASCII if text.isascii() else _WORD).match(text, pos)
    if m is None:
        return None
    return _cut_possessive(*m.span(), m.group())


def _cut_possessive(start: int, end_full: int, word: str) -> _Word | None:
    """Return the word read at ``start:end_full`` as a ``_Word``, a possessive ending cut."""
    end = end_full
    if word[-1] in "'’":
        word, end = word[:-1], end - 1
    elif len(word) > 3 and word[-2] in "'’" and word[-1] in "sS":
        word, end = word[:-2], end - 2
    return (start, end, end_full, word) if word else None


def _next_word(text: str, pos: int) -> tuple[str, _Word] | None:
    """Return the gap after ``pos`` and the word that follows it (within a short distance)."""
    m = (_NEXT_WORD_ASCII if text.isascii() else _NEXT_WORD).match(text, pos)
    if m is None:
        return None
    # As _word_at reads the word (the pattern holds both, to match once).
    word = _cut_possessive(*m.span(1), m.group(1))
    return (text[pos : word[0]], word) if word else None


def _word_after(text: str, m: _Match) -> tuple[str, _Word] | None:
    """Return the gap and the word after a match, as :func:`_next_word` reads them (read once)."""
    if m.after is _UNREAD:
        m.after = _next_word(text, m.end_full)
    return m.after


def _previous_word(text: str, pos: int) -> tuple[str, _Word] | None:
    """Return the gap (at most three characters) before ``pos`` and the word before it."""
    if text.isascii():
        # _walk_back's walk, done by a pattern on the text read backwards: at most three
        # characters that are not letters, then the run of letters, dots and apostrophes before
        # them, as far as its first letter.
        back = _BACK_ASCII.match(_reversed(text), len(text) - pos)
        if back is None:
            return None
        k = len(text) - back.end()
        m = _WORD_ASCII.match(text, k)
    else:
        k = _walk_back(text, pos)
        if k is None:
            return None
        m = _WORD.match(text, k)
    if m is None or m.end() > pos:
        return None
    word = _cut_possessive(*m.span(), m.group())
    if word is None:
        return None
    gap = text[word[2] : pos]
    if gap != " " and (len(gap) > 3 or _ALNUM.search(gap)):
        return None
    return gap, word


def _walk_back(text: str, pos: int) -> int | None:
    """Return where the word before ``pos`` begins, walking back one character at a time.

    At most three characters that are not letters may lie between the word and ``pos``; dots and
    apostrophes may sit inside the word ("U.S.", "d'Ivoire"), which starts at its first letter.
    """
    k = pos
    low = max(0, pos - 3)
    while k > low and not text[k - 1].isalpha():
        k -= 1
    if k == 0 or not text[k - 1].isalpha():
        return None
    while k > 0 and (text[k - 1].isalpha() or text[k - 1] in "'’."):
        k -= 1
    while not text[k].isalpha():
        k += 1
    return k


# The last text read backwards, and its reverse: the words before many names of one text are
# read from it.
_LAST_REVERSED: tuple[str, str] = ("", "")


def _reversed(text: str) -> str:
    """Return ``text`` reversed, reversing each text once however often it is asked."""
    global _LAST_REVERSED
    last = _LAST_REVERSED
    if last[0] is not text:
        last = _LAST_REVERSED = (text, text[::-1])
    return last[1]


def _capitalised(word: str) -> bool:
    """Tell whether a word is capitalised, after an elided article as in "d'Ivoire", "N'Djamena"."""
    if word[0].isupper():
        return True
    return len(word) > 2 and word[1] in "'’" and word[2].isupper()


def _candidates(text: str, demonyms: list[str] | None = None) -> list[_Match]:
    """Find the longest gazetteer name starting at each capitalised word.

    The countries of nationality words met on the way ("Armenian") are appended to
    ``demonyms`` when it is given: they name their country as context for small towns.
    """
    if demonyms is None:
        demonyms = []
    # The gazetteer's memo tables are read directly: most words repeat, and the lookup through
    # the module functions costs more than the dictionary hit it ends in.
    data = gazetteer._data()
    hits, longer, openers = data.hits, data.longer, data.openers
    found: list[_Match] = []
    resume = 0
    ascii_text = text.isascii()
    capitals, words = (_CAPITAL_ASCII, _WORD_ASCII) if ascii_text else (_CAPITAL, _WORD)
    for cap in capitals.finditer(text):
        at = cap.start()
        # In ASCII every capital the pattern finds is upper case; elsewhere the case is asked.
        if at < resume or not (ascii_text or text[at].isupper()):
            continue
        raw = words.match(text, at)
        if raw is None:
            continue
        # What the first word alone decides is known from the word as written: most words
        # repeat, and most capitalised words start nothing (people's names, sentence openers).
        written = raw.group()
        opener = openers.get(written)
        if opener is None:
            opener = _opener(written)
            if len(openers) < 100_000:
                openers[written] = opener
        if opener is _IDLE:
            continue
        word, folded, nationality, options, key, single = opener
        if nationality is not None:
            demonyms.append(nationality)
        first = (at, at + len(word), raw.end(), word)
        run = [first]
        # The name so far: its length in words, key and readings, and whether they are screened.
        best = (1, folded, single, True) if options else None
        # Where the last word after the run was read, and what was read there (screening reads
        # the word after the name again, unless it was this one).
        read_at, read = -1, None
        while key is not None:
            after = run[-1][2]
            # A name goes on after one space or one hyphen: any other character ends it.
            if text[after : after + 1] not in (" ", "-"):
                break
            following = _next_word(text, after)
            read_at, read = after, following
            if following is None:
                break
            gap, nxt = following
            if gap != " " and gap != "-":
                break
            word = nxt[3]
            lower = word.lower()
            named = _capitalised(word) or lower in _PLACE_NOUNS
            if not named and lower not in _CONNECTORS:
                break
            key = f"{key} {fold(word)}"
            run.append(nxt)
            if named:
                # The memo table answers most words; other romanisations take the long way.
                options = hits.get(key) if key[-2:] not in ("yy", "iy") else None
                if options is None:
                    options = _spelling_options(key)
                if options:
                    best = (len(run), key, options, False)
            if nxt[2] != nxt[1]:
                # A possessive ends a name, unless the name goes on ("Cox's Bazar").
                if not data.extends(f"{key} s"):
                    break
                key = f"{key} s"
            if len(run) >= _MAX_TOKENS:
                break
            extends = longer.get(key)
            if extends is None:
                extends = data.extends(key)
            if not extends:
                break
        if best is None:
            continue
        length, key, options, screened = best
        last = run[length - 1]
        if not screened:
            options = _written_options(key, text[first[0] : last[1]], options)
        if options is None:
            continue
        known = read if read_at == last[2] else _UNREAD
        found.append(_Match(first, last, first[0], last[1], last[2], key, options, known))
        resume = last[2]
    return found


# An opener that starts nothing: no reading, no longer name, no nationality.
_IDLE = ()


def _opener(written: str) -> tuple:
    """Read a capitalised word as written (possessive included) as the first word of a name.

    Return ``_IDLE`` when it starts nothing, else ``(word, key, nationality, options, further,
    single)``: the word without its possessive, its folded key, the country code of the
    nationality it names (or None), its gazetteer readings, the key a longer name would go on
    from (None when no longer name can start with it), and its readings as a name by itself
    after :func:`_written_options` (None when it is not one).
    """
    word = written
    if word[-1] in "'’":
        word = word[:-1]
    elif len(word) > 3 and word[-2] in "'’" and word[-1] in "sS":
        word = word[:-2]
    key = fold(word)
    if not key:
        return _IDLE
    nationalities = _demonym_countries()
    nationality = nationalities.get(key)
    if nationality is None and key[-1:] == "s":
        nationality = nationalities.get(key[:-1])  # "Chileans in Concepción"
    options = _spelling_options(key)
    further: str | None = key
    if len(word) != len(written):
        # A possessive ends a name, unless the name goes on ("Cox's Bazar").
        further = f"{key} s" if gazetteer.has_longer(f"{key} s") else None
    if further is not None and not gazetteer.has_longer(further):
        further = None
    if not options and further is None and nationality is None:
        return _IDLE
    single = _written_options(key, word, options) if options else None
    return (word, key, nationality, options, further, single)


def _written_options(key: str, surface: str, options) -> tuple | None:
    """Return the readings of a name as written at ``surface``, or None when it names no place.

    An abbreviation counts only in capitals ("US" but not "Us"); a nationality word is not a
    place; a short all-capitals word is an acronym ("NATO") unless it names a larger place
    ("IRAN"), while longer ones are datelines and headlines ("MOMBASA").
    """
    all_caps = len(surface) > 1 and surface.isupper()
    caps_only = gazetteer.requires_capitals(key)
    if caps_only and not all_caps:
        return None
    if key in DEMONYMS:
        return None
    if all_caps and not caps_only and sum(c.isalpha() for c in surface) <= 4:
        options = tuple(o for o in options if o[0].kind != "city")
        if not options:
            return None
    return options


def _spelling_options(key: str) -> tuple[tuple[Entry, bool], ...]:
    """Return the gazetteer readings of ``key`` and of its other romanisation, if it has one.

    Russian adjectival endings are romanised "-yy"/"-iy" by the BGN system and "-y" in news
    ("Mirnyy"/"Mirny", "Nizhniy"/"Nizhny"); the gazetteer may hold a town under either, so both
    are readings, the other spelling as an alternate name.
    """
    options = gazetteer.candidates(key)
    if key[-2:] not in ("yy", "iy"):
        return options
    other = gazetteer.candidates(key[:-2] + "y")
    if not other:
        return options
    seen = {e.id for e, _ in options}
    return (*options, *((e, True) for e, _ in other if e.id not in seen))


_SHARED_COUNTRY_NAMES: dict[str, tuple[str, ...]] | None = None


def _shared_country_names() -> dict[str, tuple[str, ...]]:
    """Return the folded short names several countries share ("congo") and their codes (read once)."""
    global _SHARED_COUNTRY_NAMES
    if _SHARED_COUNTRY_NAMES is None:
        # The actor extractor's country table lists a shared short name under each country.
        from crosscheck.extract._actor_data import COUNTRIES

        codes: dict[str, list[str]] = {}
        for line in COUNTRIES.splitlines():
            fields = line.split("|")
            if len(fields) >= 3:
                for name in {fold(n) for n in (fields[1], *fields[2].split(";")) if n.strip()}:
                    codes.setdefault(name, []).append(fields[0])
        _SHARED_COUNTRY_NAMES = {k: tuple(v) for k, v in codes.items() if len(v) > 1}
    return _SHARED_COUNTRY_NAMES


def _choose_shared_countries(matches: list[_Match]) -> None:
    """Read a short name several countries share as the one the article names in full.

    "The Democratic Republic of Congo … eastern Congo": the nearest such country named before,
    else the first named after; otherwise the gazetteer's reading stands.
    """
    shared = _shared_country_names()
    if not any(m.key in shared for m in matches):
        return
    countries = [(i, m.chosen.country) for i, m in enumerate(matches)
                 if m.chosen is not None and m.chosen.kind == "country" and m.key not in shared]
    for i, m in enumerate(matches):
        options = shared.get(m.key)
        if options is None or m.chosen is None or m.chosen.kind != "country":
            continue
        before = [c for j, c in countries if j < i and c in options]
        after = [c for j, c in countries if j > i and c in options]
        code = before[-1] if before else after[0] if after else None
        if code is not None and code != m.chosen.country:
            m.chosen = gazetteer.country(code)


# "the Qatari capital", "the Kenyan capital": the capital of the country of the nationality word.
# Money senses are not places: "the British capital gains tax", "Chinese capital flows".
# It opens with the character class of "T" and looks behind it (two characters wide) for the
# word boundary, so the engine skips to the t's in C instead of trying every position.
_DEMONYM_CAPITAL = re.compile(
    r"[Tt](?<![\w-].)he[ \t]+(?P<dem>[A-Z][\w’'-]+)[ \t]+capital(?![\w’'-])"
    r"(?![ \t]+(?:gains?|markets?|flight|flows?|spending|expenditure|investments?|controls?|goods|ratios?|"
    r"requirements?|injections?|accounts?|punishment|stock|base|outlays?|buffers?)(?![\w-]))"
)
# "the Kenyan capital, Nairobi": the name after it is the mention, not the description.
_NAME_AFTER = re.compile(r",?[ \t]+[A-Z]")
_COUNTRY_CAPITALS: dict[str, Entry] | None = None


def _country_capitals() -> dict[str, Entry]:
    """Return each country's capital city entry by country code (read once, on first use)."""
    global _COUNTRY_CAPITALS
    if _COUNTRY_CAPITALS is None:
        # The actor extractor's table lists capitals; its first city of a country is the capital.
        table: dict[str, Entry] = {}
        for city, code in _capital_lines():
            if not code or code in table:
                continue
            cities = [e for e, _ in gazetteer.candidates(fold(city)) if e.kind == "city" and e.country == code]
            if cities:
                table[code] = max(cities, key=lambda e: e.population)
        _COUNTRY_CAPITALS = table
    return _COUNTRY_CAPITALS


def _described_capitals(text: str, taken: list[Mention]) -> list[Mention]:
    """Find capitals named by their country's nationality word: "in the Qatari capital"."""
    if "capital" not in text:
        return []
    out = []
    nationalities = _demonym_countries()
    for m in _DEMONYM_CAPITAL.finditer(text):
        code = nationalities.get(fold(m.group("dem")))
        entry = _country_capitals().get(code) if code else None
        if entry is None or _NAME_AFTER.match(text, m.end()):
            continue  # an unknown word, or "the Kenyan capital Nairobi", which names it itself
        start = m.start("dem")
        if any(t.start < m.end() and start < t.end for t in taken):
            continue
        before = m.start() - 2
        if text[before : m.start()] == ", " and any(t.end == before for t in taken):
            continue  # "Dushanbe, the Tajik capital": an appositive describing the name before it
        role = _relation_before(text, start)
        value = gazetteer.place_value(entry, relation=role)
        out.append(Mention("place", start, m.end(), text[start : m.end()], value, role=role))
    return out


# ----------------------------------------------------------------------------- screening


def _is_initial(text: str, start: int) -> bool:
    """Tell whether the word at ``start`` opens a sentence, a line or a quotation."""
    k = start - 1
    while k >= 0 and text[k] in " \t\"'“‘(«[":
        k -= 1
    return k < 0 or text[k] in ".!?…:;\n\r"


def _in_headline(text: str, start: int) -> bool:
    """Tell whether the line holding ``start`` is a title-case headline."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    long_words = [w for w in line.split() if len(w) > 3 and w[0].isalpha()]
    if len(long_words) < 3 or line.rstrip().endswith("."):
        return False
    capitalised = sum(1 for w in long_words if w[0].isupper())
    return capitalised >= 0.75 * len(long_words)


def _screen(
    text: str, m: _Match, *, article_population: int, previous: _Match | None = None
) -> _Match | None:
    """Drop the readings the surrounding words rule out; return None if none is left.

    ``previous`` is the last place kept before this one: a name listed right after it ("Dublin
    and Cork") is located as a preposition would locate it.
    """
    before = _previous_word(text, m.start)
    after = _word_after(text, m)
    prev = before[1] if before else None
    prev_gap = before[0] if before else ""
    nxt = after[1] if after else None
    next_gap = after[0] if after else ""
    prev_adjacent = prev is not None and prev_gap in (" ", ". ") and prev[2] == prev[1]
    prev_lower = prev[3].lower() if prev is not None else ""

    # "President Jordan", "Gen. Price": a person.
    if prev_adjacent and prev[3][0].isupper() and prev_lower in _TITLES:
        return None
    # "New Guinea", "New England": a name after "New" that the gazetteer lacks whole is another
    # place than the one it ends with.
    if prev_adjacent and prev_gap == " " and prev[3] == "New":
        return None

    # A place inside an organisation's name: look along the capitalised run on both sides.
    if _inside_organisation(text, m, before, after):
        return None

    options = m.options
    # An ordinary English word is a town or subdivision only mid-sentence after a locative word
    # or in a list of places; so is a word that names organisations and events ("Tour").
    if m.key in COMMON_WORDS or m.key in _ORG_WORDS:
        listed = (
            previous is not None
            and previous.end_full == previous.end
            and _listed(text, previous, m)
        )
        located = (
            ((prev is not None and prev_lower in _LOCATIVE_WORDS and prev_gap == " ") or listed)
            and not _is_initial(text, m.start)
            and not _in_headline(text, m.start)
        )
        if not located:
            options = [o for o in options if o[0].kind == "country"]

    # A town or subdivision next to other capitalised words is part of a longer name ("Ned
    # Price", "Victoria Beckham"), and a town before "said" is a speaker ("Price said").
    # A possessive ends a name, so the next word is not part of it ("Chhattisgarh's Sukma").
    possessive = m.end_full != m.end
    neighbour = (
        prev_adjacent
        and prev_gap == " "
        and prev[3][0].isupper()
        and prev_lower not in _NEUTRAL_NEIGHBOURS
        and prev_lower not in _FUNCTION_WORDS
    ) or (
        not possessive
        and nxt is not None
        and next_gap == " "
        and nxt[3][0].isupper()
        and nxt[3].lower() not in _NEUTRAL_NEIGHBOURS
    )
    if not possessive and nxt is not None and next_gap == " ":
        if nxt[3] in _GROUP_NOUNS:
            return None
        if nxt[3] in _FACILITY_NOUNS:
            options = [o for o in options if o[0].kind not in ("city", "subdivision")]
    # "Maricopa County", "Cox's Bazar District": a unit named after a town is not the town.
    if (
        not possessive
        and nxt is not None
        and next_gap == " "
        and nxt[3][0].isupper()
        and nxt[3].lower() in _UNIT_NOUNS
    ):
        options = [o for o in options if o[0].kind != "city"]
    speaker = (
        nxt is not None
        and next_gap == " "
        and nxt[3].lower() in _SPEECH_VERBS
        and prev_lower not in _LOCATIVE_WORDS
    )
    if neighbour:
        options = [o for o in options if o[0].kind not in ("city", "subdivision")]
        # A country that is also a given name or surname, next to another name, is a person
        # ("Jordan Henderson", "Michael Jordan"); in a title-case headline it stays a country.
        if m.key in _PERSON_LIKE_COUNTRIES and not _in_headline(text, m.start) and not (
            nxt is not None and nxt[3].lower() in (_TITLES | _ORG_WORDS)
        ):
            options = [o for o in options if o[0].kind != "country"]
    if (
        not possessive
        and nxt is not None
        and next_gap == " "
        and nxt[3][0].isupper()
        and nxt[3].lower() in _CLUB_SUFFIXES
    ):
        options = [o for o in options if o[0].kind not in ("city", "subdivision")]
    if options and _may_be_club(m, prev_lower, after) and _sports_club(text, m, prev, after):
        # "Chelsea beat Arsenal", "lost to Roma": a town in a result is its club. National
        # teams keep their country, which is how places.toml and the actor extractor read them;
        # so do the nations of a union that field their own teams ("Australia beat England").
        options = [o for o in options if o[0].kind == "country" or o[0].type == "country"]
    elif speaker:
        # A small town before "said" is a person ("Price said"); a large city is its
        # government, still a place name ("Yerevan said").
        options = [o for o in options if o[0].kind != "city" or o[0].population >= article_population]
    # An abbreviated country before a lower-case noun is an adjective, not a location: "US
    # officials", "the deadliest US fire"; "in US waters" and "the US and China" stay places.
    # A verb after it ("UK condemned", "US says") leaves it a name, and so does an article before
    # it, since "the US fell" is as common as "the US economy".
    if (
        nxt is not None
        and next_gap == " "
        and nxt[3][0].islower()
        and nxt[3] not in _AFTER_COUNTRY_NOUN
        and not nxt[3].endswith("ed")
        and nxt[3] not in _SPEECH_VERBS
        and prev_lower not in _LOCATIVE_WORDS
        and prev_lower != "the"
        and gazetteer.requires_capitals(m.key)
    ):
        return None
    # "The Niger rose", "along the Congo", "on the Blue Nile": a river, where the name has one;
    # a town or province named so does not rise or freeze, a country may stay.
    if prev_lower == "the" and prev_gap == " ":
        river = _river_cue(text, prev, nxt, next_gap)
        if river:
            rivers = [o for o in options if o[0].type == "river"] or [
                o for o in gazetteer.candidates(f"{m.key} river") if o[0].type == "river"
            ]
            if rivers:
                options = rivers
            elif river == "strong" and m.key.rpartition(" ")[2] not in _UNIT_NOUNS:
                options = [o for o in options if o[0].kind not in ("city", "subdivision")]
    # Towns take no article: "the White House" is a building, but "the Hague" a large city.
    if prev_lower == "the" and not prev[3][0].isupper() and prev_gap == " ":
        feature = any(o[0].kind == "feature" for o in options)
        options = [
            o
            for o in options
            if o[0].kind != "city"
            or (not feature and not o[1] and o[0].population >= article_population)
        ]

    if not options:
        return None
    m.options = options
    return m


def _may_be_club(m: _Match, prev_lower: str, after: tuple[str, _Word] | None) -> bool:
    """Tell whether the words next to a match are any that :func:`_sports_club` looks further at.

    Few places stand next to them, so this one lookup spares most places the full test.
    """
    if prev_lower in _SPORT_BEFORE_WORDS:
        return True
    return after is not None and m.end_full == m.end and after[1][3].lower() in _SPORT_AFTER_WORDS


def _sports_club(
    text: str, m: _Match, prev: _Word | None, after: tuple[str, _Word] | None
) -> bool:
    """Tell whether the words around a match make it a club in a sports result or fixture."""
    if after is not None and m.end_full == m.end:
        word = after[1][3].lower()
        if word in ("were", "was", "have", "had", "has") and after[0] == " ":
            following = _next_word(text, after[1][2])
            word = following[1][3].lower() if following is not None else ""
        if word in _SPORT_SUBJECT_VERBS:
            return True
        if word in _WIN_VERBS:
            following = _next_word(text, after[1][2])
            if following is not None and following[1][3].lower() == "away":
                return True
            gap_end = after[1][2]
            return text[gap_end : gap_end + 2].strip()[:1].isdigit()
        if word in _TRANSFER_VERBS and after[0] == " " and _sport_sentence(text, m.start):
            return True
        if word in _DRAW_VERBS:
            following = _next_word(text, after[1][2])
            if following is not None and following[1][3].lower() in _DRAW_FOLLOWERS:
                return True
            gap_end = after[1][2]
            return text[gap_end : gap_end + 2].strip()[:1].isdigit()
    if prev is None:
        return False
    before = prev[3].lower()
    if before in _SPORT_OBJECT_WORDS:
        return True
    if before in ("from", "to"):
        # "moved from Benfica to Chelsea", "signed a defender from Marseille": the transfer verb
        # stands a few words back, in a sentence about sport.
        window = text[max(0, prev[0] - _CUE_WINDOW) : prev[0]].lower().split()[-6:]
        if any(w in _TRANSFER_VERBS for w in window) and _sport_sentence(text, m.start):
            return True
    if before == "at":
        # "won away at Burnley"
        earlier = _previous_word(text, prev[0])
        return earlier is not None and earlier[1][3].lower() == "away"
    if before in ("against", "to", "with"):
        earlier = _previous_word(text, prev[0])
        if earlier is not None and earlier[1][3].lower() in _SPORT_FIXTURE_WORDS:
            return before != "to" or earlier[1][3].lower() in ("lost", "losing", "lose")
    return False


def _river_cue(text: str, the: _Word, nxt: _Word | None, next_gap: str) -> str:
    """Say how strongly the words around "the <name>" speak of a river: "strong", "weak" or ""."""
    if nxt is not None and next_gap == " ":
        if nxt[3] in _RIVER_VERBS:
            return "strong"
        if nxt[3] in _AFTER_RIVER_NOUNS:
            return ""  # "along the Naxcivan border": the name qualifies the noun after it
    before = _previous_word(text, the[0])
    if before is None:
        return ""
    word = before[1][3].lower()
    if word == "of":
        # "the banks of the Niger"
        earlier = _previous_word(text, before[1][0])
        word = earlier[1][3].lower() if earlier is not None else ""
    if word in _RIVER_BEFORE:
        return "strong"
    return "weak" if word == "on" else ""


def _sport_sentence(text: str, pos: int) -> bool:
    """Tell whether the sentence around ``pos`` speaks of sport (players, clubs, results)."""
    start = max(0, pos - 2 * _CUE_WINDOW)
    end = min(len(text), pos + 2 * _CUE_WINDOW)
    head = max(text.rfind(". ", start, pos), text.rfind("\n", start, pos))
    if head >= 0:
        start = head
    tail = text.find(". ", pos, end)
    return _SPORT_CONTEXT.search(text, start, tail if tail >= 0 else end) is not None


def _unit_cue(text: str, m: _Match) -> bool:
    """Tell whether the words around a match say it names an administrative unit."""
    if m.key.rpartition(" ")[2] in _UNIT_NOUNS:
        return True
    after = _word_after(text, m)
    if after is not None and after[0] == " " and after[1][3].lower() in _UNIT_NOUNS:
        return True
    if _UNIT_AFTER_LIST.match(text, m.end_full):
        return True
    window = max(0, m.start - _CUE_WINDOW)
    # The pattern needs "of" (in any case): a window without it is settled at C speed.
    if "of" not in text[window : m.start].lower():
        return False
    return _UNIT_BEFORE.search(text, window, m.start) is not None


def _inside_organisation(
    text: str,
    m: _Match,
    before: tuple[str, _Word] | None,
    after: tuple[str, _Word] | None,
) -> bool:
    """Tell whether the match sits in a capitalised run holding an organisation word.

    ``before`` and ``after`` are the neighbouring words as :func:`_previous_word` and
    :func:`_next_word` give them.
    """
    for _ in range(4):
        if before is None or before[0] != " " or before[1][2] != before[1][1]:
            break
        word = before[1][3]
        lower = word.lower()
        if not word[0].isupper() and lower not in _ORG_JOINERS:
            break
        if word[0].isupper() and lower in _ORG_WORDS:
            return True
        before = _previous_word(text, before[1][0])
    if m.end_full != m.end:
        return False
    for _ in range(4):
        if after is None or after[0] != " ":
            break
        word = after[1][3]
        lower = word.lower()
        if not word[0].isupper() and lower not in ("of", "for", "the"):
            break
        if word[0].isupper() and lower in _ORG_WORDS:
            return True
        if after[1][2] != after[1][1]:
            break
        after = _next_word(text, after[1][2])
    return False


# ----------------------------------------------------------------------------- resolution


def _resolve(
    text: str,
    matches: list[_Match],
    *,
    context_population: int,
    article_population: int,
    capital_population: int,
    demonyms: list[str] = (),
) -> None:
    """Choose one entry per match from the article's other places; drop unsupported small towns."""
    _number_sentences(text, matches)

    # What each match says about countries: the one country all its readings share, if any
    # reading is more than a small town (a small town cannot vouch for its own country).
    facts = [
        _readings(m.options, context_population=context_population, article_population=article_population)
        for m in matches
    ]
    evidence = [f.evidence for f in facts]
    text_countries: dict[str, int] = {}
    # "the Armenian defence ministry" names Armenia for the article, though not for a sentence.
    for cc in demonyms:
        text_countries[cc] = text_countries.get(cc, 0) + 1
    for cc in evidence:
        if cc:
            text_countries[cc] = text_countries.get(cc, 0) + 1
    sentence_countries: dict[int, dict[str, int]] = {}
    sentence_ids: dict[int, dict[str, int]] = {}
    sentence_held: dict[int, dict[str, int]] = {}
    sentence_units: dict[int, dict[str, int]] = {}
    for m, f in zip(matches, facts):
        cc = f.evidence
        if cc:
            bucket = sentence_countries.setdefault(m.sentence, {})
            bucket[cc] = bucket.get(cc, 0) + 1
        ids = sentence_ids.setdefault(m.sentence, {})
        for e in f.ids:
            ids[e] = ids.get(e, 0) + 1
        # Each match counts once for every place one of its readings lies in: "Atlanta" and
        # "Savannah" hold up Georgia the US state, "Niamey" holds up Niger the country.
        held = sentence_held.setdefault(m.sentence, {})
        for w in f.within:
            held[w] = held.get(w, 0) + 1
        # The units below the country that the match's large readings lie in: a small town in
        # one of them has a neighbour to vouch for it ("Valencia ... the towns of Paiporta").
        units_here = sentence_units.setdefault(m.sentence, {})
        for w in f.units:
            units_here[w] = units_here.get(w, 0) + 1

    # For each match, the containers of the town-only places coordinated with it.
    town_neighbours: dict[int, list[frozenset[str]]] = {}
    for a, b, fa, fb in zip(matches, matches[1:], facts, facts[1:]):
        # Only a list holding a town-only name gives anything: the others are not matched.
        if (
            (fa.only_towns or fb.only_towns)
            and a.end_full == a.end
            and _listed(text, a, b)
        ):
            for m, other in ((a, fb), (b, fa)):
                if other.only_towns:
                    town_neighbours.setdefault(id(m), []).append(other.within)

    # "Cairo, Illinois": the unit after a comma qualifies the name before it, and says its
    # country even when the gazetteer lacks the town in that unit.
    qualified: dict[int, str] = {}
    for a, b, cc in zip(matches, matches[1:], evidence[1:]):
        if cc and a.end_full == a.end and text[a.end : b.start] == ", " and any(
            e.kind in ("country", "subdivision") for e, _ in b.options
        ):
            qualified[id(a)] = cc

    for m, f in zip(matches, facts):
        own, own_units, own_within = f.evidence, f.units, f.within
        if len(m.options) == 1:
            entry, alternate = m.options[0]
            if entry.kind in ("country", "feature"):
                m.chosen = entry  # nothing to choose, and no context needed
                continue
            if _LONE_READING_SHORTCUT:
                # Nothing to rank either: the one reading stands unless it needs context that
                # the text lacks, which is asked in the order of cost, as the ranking loop
                # below would find it.
                unit_written = m.key.rpartition(" ")[2] in _UNIT_NOUNS
                ids_here = sentence_ids.get(m.sentence, {})
                units_here = sentence_units.get(m.sentence, {})
                if not _needs_context(
                    entry,
                    alternate,
                    unit_written,
                    context_population=context_population,
                    article_population=article_population,
                ) or (
                    text_countries.get(entry.country, 0) - (entry.country == own) > 0
                    or any(ids_here.get(w, 0) - (w == entry.id) > 0 for w in entry.within)
                    or qualified.get(id(m)) == entry.country
                    or any(units_here.get(w, 0) - (w in own_units) > 0 for w in entry.within[:-1])
                ):
                    m.chosen = entry
                continue
        own_ids = f.own_ids
        same_sentence = sentence_countries.get(m.sentence, {})
        ids_here = sentence_ids.get(m.sentence, {})
        held_here = sentence_held.get(m.sentence, {})
        # Places held up by others count only between readings in different countries; within
        # one country a sibling town would hold up the province against its own capital.
        across_countries = f.across_countries
        # A list names things of one kind: towns listed beside it ("Puno and Juliaca") do not
        # hold up the province of its name.
        listed_towns = town_neighbours.get(id(m), ())

        def named_elsewhere(cc: str, table: dict[str, int]) -> int:
            return table.get(cc, 0) - (1 if cc == own else 0)

        # Subdivisions among the readings: a town outranks the unit named after it ("Idlib",
        # "Erbil", "Geneva") unless the text says it means the unit.
        units = f.lesser_units
        # A state or autonomous republic among the readings that holds the town outranks it
        # ("Naxçıvan" the republic, not its capital).
        greater_units = f.greater_units
        if units and f.has_city and _unit_cue(text, m):
            # "Golestan provinces", "the province of Tehran": the words name the unit, so a
            # town of that name (or a town inside a place named nearby) is not a reading.
            kept = [o for o in m.options if o[0].kind != "city"]
            if kept:
                m.options = kept
        best, best_key = None, None
        unit_cue: bool | None = None
        # A world city among the readings: a small namesake elsewhere needs its own container
        # named to beat it, not merely its country ("Paris" beside "Eugene" is still in France)...
        world_city = f.world_city if m.options is f.options else any(
            e.kind == "city" and e.population >= article_population for e, _ in m.options
        )
        # "Lamu county": a unit written with its unit noun needs no country to be read, and the
        # noun chooses among units of one name ("Buenos Aires province", not the autonomous city).
        noun = m.key.rpartition(" ")[2]
        noun = noun if noun in _UNIT_NOUNS else ""
        unit_written = len(m.options) == 1 and bool(noun)
        # The places and units other matches of the sentence name, found once for all readings
        # (a reading's own name does not count for it).
        named_ids = {w for w, n in ids_here.items() if n - (w in own_ids) > 0}
        units_here = sentence_units.get(m.sentence, {})
        named_units = {w for w, n in units_here.items() if n - (w in own_units) > 0}
        # The qualifier's country counts as containing only when no reading lies in the unit.
        qualifier_country = qualified.get(id(m))
        if qualifier_country and any(not named_ids.isdisjoint(e.within) for e, _ in m.options):
            qualifier_country = None
        for entry, alternate in m.options:
            in_text = named_elsewhere(entry.country, text_countries) > 0
            contained = not named_ids.isdisjoint(entry.within) or (qualifier_country == entry.country)
            unit_named = not named_units.isdisjoint(entry.within[:-1])
            # A place the sentence also names a container of ("Rome, Georgia") needs no more;
            # nor does one whose unit holds another place of the sentence.
            in_text = in_text or contained or unit_named
            if not in_text and _needs_context(
                entry,
                alternate,
                unit_written,
                context_population=context_population,
                article_population=article_population,
            ):
                continue
            # ... unless a large place or a unit of the sentence lies in the same unit.
            borrowed = (
                world_city
                and not contained
                and entry.kind == "city"
                and entry.population < context_population
                and not unit_named
            )
            rank = -KIND_RANK.get(entry.kind, 9)
            rival_unit = (
                entry.kind == "city"
                and not greater_units.intersection(entry.within)
                and any(
                    (not alternate or unit_alternate)
                    and u.country == entry.country
                    and (
                        u.id in entry.within
                        or entry.within[:1] == (f"iso:{entry.country}",)
                        or u.within[:1] == entry.within[:1]  # siblings: "Liège" and its province
                    )
                    and (entry.population >= context_population or u.type not in _MAJOR_UNIT_TYPES)
                    for u, unit_alternate in units.values()
                )
            )
            if rival_unit or (entry.kind == "city" and entry.population >= capital_population and len(m.options) > 1):
                if unit_cue is None:
                    unit_cue = _unit_cue(text, m)
                if unit_cue is False:
                    # A large city outranks a subdivision of the same name ("Madrid", "Tehran"),
                    # as does a town the unit is named after, unless the text says it means the
                    # unit ("the province of Tehran", "Idlib province").
                    # Half a step: above the unit, still below a listed feature ("Gaza" the strip).
                    rank = -KIND_RANK["subdivision"] + (0.5 if rival_unit else 0)
            holds = held_here.get(entry.id, 0) - (1 if entry.id in own_within else 0)
            if listed_towns:
                holds -= sum(1 for n in listed_towns if entry.id in n)
            key = (
                holds if across_countries else 0,
                contained,
                0 if borrowed else named_elsewhere(entry.country, same_sentence),
                (in_text and not borrowed) or entry.kind == "country" or not entry.country,
                bool(noun) and entry.type.endswith(noun),
                rank,
                not alternate,
                -len(entry.within) if entry.kind != "city" else 0,
                entry.population,
                entry.id,
            )
            if best_key is None or key > best_key:
                best, best_key = entry, key
        m.chosen = best


def _number_sentences(text: str, matches: list[_Match]) -> None:
    """Give the matches of one sentence one number, and a later sentence a larger one.

    Sentence boundaries need not be exact here: they only scope the context of a name, and the
    numbers are only compared. So each name asks only whether a sentence end lies between the
    previous name and itself: the search stops at the first end, and the text after it up to
    the name is never read. An end is read from its marks and the two characters after it, and
    it cannot straddle a name, which opens with a letter.
    """
    number = 0
    previous = matches[0]
    previous.sentence = 0
    for m in matches[1:]:
        if _SENTENCE_END.search(text, previous.start, m.start + 2) is not None:
            number += 1
        m.sentence = number
        previous = m


def _needs_context(
    entry: Entry, alternate: bool, unit_written: bool, *, context_population: int, article_population: int
) -> bool:
    """Tell whether a reading stands only if the text names its country or a container of it.

    A small town, or a town under a foreign name, needs its country named; so does a district,
    a county or a municipality, unless the text writes it with its unit noun ("Lamu county").
    """
    if entry.kind == "city":
        return entry.population < context_population or (alternate and entry.population < article_population)
    return entry.kind == "subdivision" and entry.type not in _MAJOR_UNIT_TYPES and not unit_written


class _Readings:
    """What a match's readings say by themselves, before the article's context is weighed."""

    __slots__ = (
        "options", "evidence", "ids", "within", "units", "own_ids", "across_countries",
        "lesser_units", "greater_units", "has_city", "world_city", "only_towns",
    )

    def __init__(self, options, *, context_population: int, article_population: int) -> None:
        self.options = options
        # The one country all readings share, if any reading is more than a small town (a small
        # town cannot vouch for its own country). Readings that could not stand without context
        # (a small town abroad, "Beirut" in Poland) do not split a name's evidence ("Beirut"
        # still names Lebanon).
        solid_options = [e for e, _ in options if e.kind != "city" or e.population >= context_population]
        countries = {e.country for e in solid_options}
        if len(countries) == 1 and solid_options:
            self.evidence = next(iter(countries))
        else:
            # A country reading counts as naming that country ("Georgia").
            named = [e.country for e, _ in options if e.kind == "country"]
            self.evidence = named[0] if len(named) == 1 else None
        self.ids = tuple(e.id for e, _ in options)
        self.own_ids = frozenset(self.ids)
        # The places the readings lie in.
        self.within = frozenset(w for e, _ in options for w in e.within)
        # The units below the country holding the readings that are subdivisions, features or
        # towns of at least article_population inhabitants (the units themselves included).
        self.units = frozenset(
            w
            for e, _ in options
            if e.kind != "city" or e.population >= article_population
            for w in ((e.id, *e.within[:-1]) if e.kind == "subdivision" else e.within[:-1])
        )
        self.across_countries = len({e.country for e, _ in options}) > 1
        # Subdivisions among the readings that a town of the same name outranks ("Idlib",
        # "Erbil", "Geneva"), and those that outrank it (a state, an autonomous republic).
        self.lesser_units = {
            e.id: (e, alt)
            for e, alt in options
            if e.kind == "subdivision" and e.type not in _CITY_NAMED_UNIT_EXCLUDED
        }
        self.greater_units = frozenset(
            e.id for e, _ in options if e.kind == "subdivision" and e.type in _CITY_NAMED_UNIT_EXCLUDED
        )
        self.has_city = any(e.kind == "city" for e, _ in options)
        self.only_towns = all(e.kind == "city" for e, _ in options)
        self.world_city = any(e.kind == "city" and e.population >= article_population for e, _ in options)


# Readings of tuples of options (the gazetteer's own, kept while the process runs), by identity:
# the entry holds the tuple, so its id stays its own.
_READINGS: dict[tuple[int, int, int], _Readings] = {}


def _readings(options, *, context_population: int, article_population: int) -> _Readings:
    """Return what ``options`` say by themselves, remembered for the gazetteer's own tuples.

    A match whose readings screening left whole still holds the gazetteer's tuple, and the same
    names recur across articles; a list (readings screened out) is read afresh.
    """
    if type(options) is not tuple:
        return _Readings(options, context_population=context_population, article_population=article_population)
    key = (id(options), context_population, article_population)
    found = _READINGS.get(key)
    if found is None or found.options is not options:
        found = _Readings(options, context_population=context_population, article_population=article_population)
        if len(_READINGS) >= 50_000:
            _READINGS.clear()
        _READINGS[key] = found
    return found


_CAPITAL_NAMES: frozenset[str] | None = None


def _capital_names() -> frozenset[str]:
    """Return the folded names of capitals that news uses for their governments (read once)."""
    global _CAPITAL_NAMES
    if _CAPITAL_NAMES is None:
        _CAPITAL_NAMES = frozenset(fold(city) for city, _ in _capital_lines())
    return _CAPITAL_NAMES


@lru_cache(maxsize=1)
def _capital_lines() -> tuple[tuple[str, str], ...]:
    """Return (city, country code) for each line of the actor extractor's capitals table.

    It is the one list of capitals that news uses for their governments; it is plain text, so
    importing it costs one string.
    """
    from crosscheck.extract._actor_data import CAPITALS

    return tuple((city, code) for city, _, code in (line.partition("|") for line in CAPITALS.splitlines() if line.strip()))


_DEMONYM_COUNTRIES: dict[str, str] | None = None


def _demonym_countries() -> dict[str, str]:
    """Return folded nationality words and their countries' codes ("armenian" → "AM"), read once."""
    global _DEMONYM_COUNTRIES
    if _DEMONYM_COUNTRIES is None:
        # The actor extractor's country table lists the adjectives; it is plain text.
        from crosscheck.extract._actor_data import COUNTRIES

        table: dict[str, str] = {}
        for line in COUNTRIES.splitlines():
            fields = line.split("|")
            if len(fields) >= 4:
                for word in fields[3].split(";"):
                    key = fold(word)
                    if key and " " not in key:
                        table.setdefault(key, fields[0])
        _DEMONYM_COUNTRIES = table
    return _DEMONYM_COUNTRIES


def _government_reading(m: _Match, *, capital_population: int) -> bool:
    """Tell whether a match may stand for a government: a country, a capital or a large city."""
    entry = m.chosen
    if entry.kind == "country":
        return True
    return entry.kind == "city" and (m.key in _capital_names() or entry.population >= capital_population)


def _clause_start(text: str, start: int) -> bool:
    """Tell whether ``start`` opens a clause: a sentence, or after a comma or a conjunction."""
    if _is_initial(text, start):
        return True
    before = _previous_word(text, start)
    if before is None:
        return text[:start].rstrip().endswith((",", ";", "—", "–"))
    gap, word = before
    lower = word[3].lower()
    if lower == "the" and "," not in gap:
        # "the US struck", "the Philippines summoned": look before the article.
        return _clause_start(text, word[0])
    if "," in gap or ";" in gap:
        return True
    if lower not in _CLAUSE_OPENERS or word[2] != word[1]:
        return False
    if lower in ("and", "or"):
        # "..., and Ankara blamed" opens a clause; "Tripoli and Benghazi signed" is one subject.
        earlier = _previous_word(text, word[0])
        return earlier is None or "," in earlier[0] or ";" in earlier[0]
    return True


def _drop_governments(text: str, matches: list[_Match], *, capital_population: int) -> list[_Match]:
    """Drop countries and capitals that stand for their governments, not for where things happen.

    A country or capital (or a city of at least ``capital_population``) is an actor when it opens
    a clause and a verb of state action follows it, after the rest of a list it heads and
    auxiliaries ("Islamabad summoned", "Seoul and Tokyo agreed", "the US imposed"), and a capital
    is one before "'s envoy" and the like ("New Delhi's envoy"), or right after the verb of a
    government ("Brussels warned Budapest"). "Islamabad was hit by floods" stays a place; so does
    a town after such a verb, and any other mention of the same name.
    """
    drop: set[int] = set()
    k = 0
    while k < len(matches):
        last = k
        while (
            last + 1 < len(matches)
            and matches[last].end_full == matches[last].end
            and _listed(text, matches[last], matches[last + 1])
        ):
            last += 1
        group = range(k, last + 1)
        tail = matches[last]
        if tail.end_full != tail.end:
            following = _word_after(text, tail)
            if (
                following is not None
                and following[1][3].lower() in _GOVERNMENT_NOUNS
                and tail.chosen.kind == "city"
                and _government_reading(tail, capital_population=capital_population)
            ):
                drop.add(last)
        else:
            # The verb first: it is rare, so the clause test below seldom runs.
            pos = tail.end
            verb = None
            for _ in range(3):
                following = _LOWER_WORD.match(text, pos)
                if following is None:
                    break
                if following[1] in _AUXILIARIES:
                    pos = following.end()
                    continue
                verb = following[1]
                break
            if verb in _GOVERNMENT_VERBS:
                # The list may begin mid-clause: "in Istanbul, and Ankara blamed" opens at Ankara.
                opener = next((q for q in group if _clause_start(text, matches[q].start)), None)
                if opener is not None:
                    acting = [
                        q
                        for q in range(opener, last + 1)
                        if _government_reading(matches[q], capital_population=capital_population)
                        and (verb in _DIPLOMATIC_VERBS or matches[q].chosen.kind == "city")
                    ]
                    drop.update(acting)
                    # A capital right after the verb of a government is the government it acts
                    # on ("Brussels warned Budapest", "Rome asked Brussels for help").
                    if acting and last + 1 < len(matches):
                        obj = matches[last + 1]
                        if (
                            obj.chosen.kind == "city"
                            and text[following.end() : obj.start] == " "
                            and _government_reading(obj, capital_population=capital_population)
                        ):
                            drop.add(last + 1)
        k = last + 1
    return [m for q, m in enumerate(matches) if q not in drop] if drop else matches


def _merge_possessors(text: str, matches: list[_Match]) -> list[_Match]:
    """Fold a possessive container into the place it qualifies: "Azerbaijan's Naxcivan" is one
    mention of Nakhchivan, as "in Azerbaijan's Naxcivan exclave" locates it, not Azerbaijan."""
    out: list[_Match] = []
    for m in matches:
        if out:
            owner = out[-1]
            if (
                owner.end_full != owner.end
                and text[owner.end_full : m.start] == " "
                and owner.chosen.id in m.chosen.within
            ):
                m.start = owner.start
                m.first = owner.first
                out[-1] = m
                continue
        out.append(m)
    return out


# ----------------------------------------------------------------------------- relations


def _relation_before(text: str, start: int) -> str:
    """Return the relation the words just before ``start`` give a place ("in" when none do)."""
    words = text[max(0, start - _CUE_WINDOW) : start].lower().split()[-7:]
    if not words or not text[start - 1 : start].isspace():
        return "in"
    if words[-1] == "the":
        words.pop()
    if len(words) >= 2 and words[-1] == "of" and words[-2] in _TOWN_NOUNS:  # "near the town of"
        del words[-2:]
        if words and words[-1] == "the":
            words.pop()
    if not words:
        return "in"
    last = words[-1]
    if last == "between":
        return "between"
    if last in ("with", "of") and len(words) >= 2 and words[-2] in _BORDER_NOUNS:
        return "border"
    if last == "with" and words[-3:-1] in (["state", "line"], ["county", "line"]):
        return "border"  # "near the state line with Pennsylvania"
    if last == "nearby" and len(words) >= 2 and words[-2] in ("in", "at"):
        return "in"  # "a school in nearby Hugo" is in Hugo
    if last in _NEAR_WORDS or words[-2:] == ["close", "to"] or words[-3:] == ["not", "far", "from"]:
        return "near"
    if words[-3:] == ["on", "the", "outskirts"] or words[-2:] == ["outskirts", "of"]:
        return "near"
    if last in ("of", "from") and len(words) >= 2:
        if last == "of" and (
            words[-2] in _DIRECTIONS or all(part in _DIRECTIONS for part in words[-2].split("-"))
        ):
            return "near"  # "north of Mosul", "south-west of Sarajevo"
        # "40 km north of", "12 miles from", "30km from"
        for word in words[-3:-1]:
            if word in _DISTANCE_UNITS or (word.endswith("km") and word[:-2].isdigit()):
                return "near"
    return "in"


def _border_after(text: str, end: int) -> bool:
    """Tell whether a border noun follows ``end`` ("Iran's border", "the Iran-Azerbaijan border")."""
    # Each noun holds one of these pieces in any case, and none holds a letter (i, s, k) that
    # a case-blind pattern also matches in other scripts: a window without them is settled in C.
    low = text[end : end + 20].lower()
    if "order" not in low and "ront" not in low and "oundary" not in low:
        return False
    return _AFTER_BORDER.match(text, end, end + 20) is not None


def _relations(text: str, matches: list[_Match]) -> list[str]:
    """Tell, for each match, how the text relates to the place: in, near, border or between."""
    roles = ["in"] * len(matches)
    k = 0
    while k < len(matches):
        # A coordinated list: "Turkey, Armenia, and Iran", "Iran-Azerbaijan".
        last = k
        while (
            last + 1 < len(matches)
            and matches[last + 1].sentence == matches[k].sentence
            and matches[last].end_full == matches[last].end
            and _listed(text, matches[last], matches[last + 1])
            # "... with Mali and Burkina Faso, Niger's ministry said": a possessive after a bare
            # comma opens a new phrase rather than extending the list.
            and not (
                matches[last + 1].end_full != matches[last + 1].end
                and text[matches[last].end : matches[last + 1].start].strip() == ","
            )
        ):
            last += 1
        role = _relation_before(text, matches[k].start)
        if role == "in" and _border_after(text, matches[last].end):
            role = "border"
        for q in range(k, last + 1):
            # "near Fort Myers, Florida": a container after a comma qualifies the place before
            # it and is where the place is, not another reference point.
            qualifier = (
                q > k
                and text[matches[q - 1].end_full : matches[q].start].strip() == ","
                and matches[q].chosen.id in matches[q - 1].chosen.within
            )
            roles[q] = "in" if qualifier else role
        k = last + 1
    return roles
