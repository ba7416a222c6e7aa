"""Data tables for the event extractor: trigger words, their lemmas, types and sense guards.

Each row of ``TRIGGERS`` is ``type | lemma | forms | guard``: the event type the word denotes,
the lemma reported as the trigger's key, the surface forms (a space inside a form matches a space,
a hyphen or nothing, so "cease fire" covers "ceasefire" and "cease-fire"), and the name of the
guard in :mod:`crosscheck.extract.events` that checks the context for the event sense (``-`` for
none). The tables are plain data so that adding a trigger is one line.
"""

from __future__ import annotations

import re

TRIGGERS = """
exercise | drill      | drill, drills                                        | drill
exercise | exercise   | exercise, exercises                                  | exercise
exercise | war games  | war games, war game, wargames                        | -
exercise | maneuver   | maneuvers, manoeuvres                                | maneuver
war      | war        | war, wars                                            | war
war      | invasion   | invasion                                             | -
war      | offensive  | offensive, counteroffensive, counter offensive       | offensive
war      | conflict   | conflict                                             | conflict
war      | hostilities | hostilities                                         | -
war      | insurgency | insurgency                                           | -
war      | invade     | invaded                                              | -
clash    | clash      | clash, clashes, clashed                              | -
clash    | skirmish   | skirmish, skirmishes                                 | -
clash    | fighting   | fighting                                             | fighting
clash    | firefight  | firefight, gunfight, gun battle                      | -
clash    | shelling   | shelling, shelled                                    | -
attack   | attack     | attack, attacks, attacked                            | attack
attack   | bombing    | bombing, bombings, bombed                            | -
attack   | strike     | strike, strikes                                      | strike
attack   | airstrike  | air strike, air strikes, drone strike, drone strikes, missile strike, missile strikes, rocket strike, rocket strikes | sport
attack   | shooting   | shooting, shootings                                  | shooting
attack   | explosion  | explosion, explosions, exploded                      | explosion
attack   | blast      | blast, blasts                                        | blast
attack   | assault    | assault                                              | sport
attack   | raid       | raid, raids, air raid, raided                        | -
attack   | massacre   | massacre                                             | -
attack   | open fire  | opened fire, open fire                               | -
attack   | ambush     | ambush, ambushed                                     | -
attack   | suicide bombing | suicide bomber, suicide bombers                 | -
attack   | strike     | struck                                               | struck
agreement | agreement | agreement, agreements                                | agreement
agreement | deal      | deal, deals                                          | deal
agreement | treaty    | treaty, treaties                                     | -
agreement | accord    | accord, accords                                      | accord
agreement | pact      | pact                                                 | -
agreement | memorandum | memorandum of understanding, memorandum             | -
ceasefire | ceasefire | cease fire, cease fires                              | -
ceasefire | truce     | truce                                                | -
ceasefire | armistice | armistice                                            | -
meeting  | meeting    | meeting, meetings                                    | meeting
meeting  | talks      | talks, peace talks                                   | talks
meeting  | summit     | summit, summits                                      | summit
meeting  | conference | conference                                           | conference
briefing | press conference | press conference, news conference          | -
meeting  | negotiations | negotiations                                       | -
briefing | press briefing | press briefing, news briefing                    | -
meeting  | meet       | met                                                  | met
visit    | visit      | visit, visits, visited                               | visit
visit    | trip       | trip                                                 | trip
visit    | tour       | state tour, official tour                            | -
election | election   | election, elections, by election, by elections       | -
election | vote       | vote, votes, voted                                   | vote
election | referendum | referendum, plebiscite                               | -
election | poll       | polls                                                | poll
election | runoff     | runoff, run off                                      | runoff
election | ballot     | ballot                                               | ballot
disaster | earthquake | earthquake, earthquakes, quake, quakes, aftershock, aftershocks | -
disaster | flood      | flood, floods, flooding, flash flood, flash floods   | flood
disaster | storm      | storm, storms, tropical storm, snowstorm             | storm
disaster | hurricane  | hurricane                                            | -
disaster | typhoon    | typhoon, super typhoon                               | -
disaster | cyclone    | cyclone                                              | -
disaster | tornado    | tornado, tornadoes                                   | -
disaster | wildfire   | wildfire, wildfires, bushfire, bushfires, forest fire, forest fires | -
disaster | fire       | fire, fires, blaze                                   | fire
disaster | landslide  | landslide, landslides, mudslide, mudslides           | landslide
disaster | tsunami    | tsunami                                              | tsunami
disaster | eruption   | eruption, erupted                                    | eruption
disaster | drought    | drought                                              | -
disaster | stampede   | stampede                                             | -
disaster | crash      | crash, crashed, crash landed, crash landing          | crash
disaster | collapse   | collapse                                             | collapse
disaster | derailment | derailment                                           | -
disaster | sinking    | sinking, capsizing, capsized                         | sinking
disaster | outbreak   | outbreak                                             | outbreak
disaster | epidemic   | epidemic, pandemic                                   | -
disaster | heatwave   | heatwave, heat wave                                  | -
disaster | avalanche  | avalanche                                            | -
disaster | famine     | famine                                               | -
protest  | protest    | protest, protests, protested                         | protest
protest  | demonstration | demonstration, demonstrations                     | demonstration
protest  | rally      | rally, rallies                                       | rally
protest  | march      | march, marches                                       | march
protest  | riot       | riot, riots, rioting                                 | -
protest  | strike     | general strike, hunger strike, hunger strikes, walkout | -
sport    | match      | match, matches                                       | match
sport    | game       | game, games                                          | game
sport    | final      | final, finals, semifinal, semifinals, semi final, semi finals, quarterfinal, quarterfinals, quarter final, quarter finals | final
sport    | tournament | tournament                                           | -
sport    | championship | championship, championships                        | -
sport    | race       | race                                                 | race
sport    | marathon   | marathon                                             | marathon
sport    | olympics   | olympics, olympic games                              | -
sport    | world cup  | world cup                                            | -
sport    | derby      | derby                                                | -
sport    | grand prix | grand prix                                           | -
ceremony | inauguration | inauguration                                       | -
ceremony | funeral    | funeral                                              | -
ceremony | ceremony   | ceremony                                             | -
ceremony | opening    | opening                                              | opening
ceremony | coronation | coronation, swearing in                              | -
ceremony | parade     | parade                                               | -
trial    | trial      | trial                                                | trial
trial    | verdict    | verdict                                              | -
trial    | sentencing | sentencing                                           | -
arrest   | arrest     | arrest, arrests, arrested                            | -
arrest   | detention  | detention, detained                                  | detention
other    | coup       | coup, coup attempt                                   | -
"""

#: Head nouns that end a capitalised event name ("the Paris Agreement", "Second Karabakh War").
NAME_HEADS = {
    "war": "war", "accord": "agreement", "accords": "agreement", "agreement": "agreement",
    "treaty": "agreement", "pact": "agreement", "protocol": "agreement", "summit": "meeting",
    "conference": "meeting", "forum": "meeting", "talks": "meeting", "games": "sport",
    "olympics": "sport", "cup": "sport", "championship": "sport", "championships": "sport",
    "open": "sport", "marathon": "sport", "derby": "sport", "revolution": "war",
    "uprising": "protest", "massacre": "attack", "offensive": "war", "exercise": "exercise",
    "exercises": "exercise", "drills": "exercise", "earthquake": "disaster",
}

#: Lower-case event nouns that a run of capitalised words right before them names ("the annual
#: Sea Breeze drills", "the Northern Shield exercise"), with the event type they give. Nouns a
#: place, country, organisation or person commonly qualifies are here too ("the Paris talks"): the
#: extractor refuses those readings, not the head.
LOWER_NAME_HEADS = {
    "exercise": "exercise", "exercises": "exercise", "drills": "exercise", "drill": "exercise",
    "war games": "exercise", "wargames": "exercise", "manoeuvres": "exercise",
    "maneuvers": "exercise", "games": "sport", "summit": "meeting", "talks": "meeting",
    "forum": "meeting", "operation": None, "festival": "ceremony", "marathon": "sport",
    "tournament": "sport", "championship": "sport", "championships": "sport", "offensive": "war",
}

#: Words that open a name before its own capitalised words ("Hurricane Katrina", "Operation X").
NAME_PREFIXES = {
    "operation": None, "exercise": "exercise", "hurricane": "disaster", "typhoon": "disaster",
    "cyclone": "disaster", "storm": "disaster", "tropical storm": "disaster",
    "super typhoon": "disaster", "battle of": "war", "siege of": "war", "treaty of": "agreement",
    "massacre of": "attack",
}

#: Capitalised words that never open or make up a name (sentence openers, months, days).
NOT_NAME_WORDS = frozenset(
    """the a an this that these those in on at by of for from to and or but since until after
    before during amid while when as with between through into over under about his her its their
    our my your january february march april may june july august september october november
    december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday
    friday saturday sunday spring summer autumn fall winter last next early late mid said says
    see also read more related photo image""".split()
)

#: Verbs that introduce an event's name ("drills, titled ...", 'code-named "...").
NAMING_VERBS = r"titled|entitled|dubbed|code[- ]?named|named|called|nicknamed|known\s+as|labelled|labeled"


#: Words that outlets translating one proper name render differently: each line is one sense.
#: Names of exercises, operations, alliances and campaigns are built from a few stock
#: adjectives and nouns, so "Unshakable", "Steadfast" and "Indestructible Brotherhood" are one
#: name in several translations. General vocabulary only; it is used to match names that
#: already share their structure (same number of words, same or synonymous head).
NAME_SYNONYMS = """
steadfast unshakable unshakeable unshaken unwavering indestructible unbreakable unbroken invincible
    firm resolute unyielding staunch solid immovable indomitable steely
eternal everlasting enduring perpetual lasting undying
united unified joint combined common allied
great grand
brotherhood fraternity brotherliness
friendship amity comradeship
shield aegis
storm tempest
dawn daybreak sunrise
thunder thunderbolt
"""

#: Common words of exercise, operation and summit names as they appear transliterated from other
#: languages, each line an English sense followed by its renderings: Russian (Zapad, Shchit
#: Soyuza), Turkish and Azerbaijani (Kardeslik, Qardasliq, Sarsilmaz), Chinese pinyin (Heping,
#: Lianhe), Arabic and Persian, French and Spanish. Outlets give a name either in the original
#: or translated ("Kavkaz-2020" / "Caucasus-2020"), so names are compared word by word in the
#: English sense. Only words of three letters or more that recur across many names are listed,
#: never particular events. Forms are folded (ASCII, lower case) as :func:`crosscheck.text.fold`
#: leaves them; inflected forms are listed as they occur in names.
NAME_TRANSLATIONS = """
west        zapad zapadnyi zapadny bati gharb ouest oeste
east        vostok vostochny dogu sharq shargh oriente
north       sever severny kuzey shamal nord norte
south       yug yuzhny guney janub jonub sud
centre      center tsentr tsentralny merkez zhongyang centro
caucasus    kavkaz kafkas kafkasya qafqaz
union       soyuz soyuza soyuzny ittifak
shield      shchit kalkan qalxan sipar escudo bouclier
peace       mir mirnaya baris heping sulh solh paz paix
mission     missiya misyon shiming mision
brotherhood kardeslik qardasliq bratstvo ukhuwwa baradari
unshakable  sarsilmaz sarsilmaz nerushimy nerushimoe
friendship  druzhba dostluk dostlug youyi amistad amitie
joint       lianhe sovmestny ortak birge
cooperation sotrudnichestvo isbirligi hezuo cooperacion
interaction vzaimodeystvie vzaimodeistvie etkilesim
security    bezopasnost guvenlik anquan seguridad
victory     pobeda zafer shengli
sea         deniz bahr darya
storm       shtorm firtina baofeng tormenta
thunder     grom gromovoy tondra trueno
eagle       orel kartal berkut aquila
sword       mech kilic shamshir espada
border      granitsa sinir bianjing frontera
commonwealth sodruzhestvo
great       velikiy buyuk
"""

#: Words that tell look-alike names apart when they are the only difference ("Northern Shield" /
#: "Southern Shield", "Spring Storm" / "Autumn Storm"): never spelling variants of each other.
NAME_CONTRASTS = frozenset(
    """
    north northern south southern east eastern west western central northeast northwest
    southeast southwest upper lower inner outer
    spring summer autumn fall winter
    first second third fourth fifth sixth seventh eighth ninth tenth
    red blue green white black yellow golden silver
    """.split()
)


def alternation(forms: list[str]) -> str:
    """Build one prefix-factored regex alternation of ``forms``.

    A space in a form matches a space, a hyphen or nothing. Factoring the common prefixes keeps
    the regex engine from retrying every word of a long table at each position of the text.
    """
    return _emit(_trie(forms))


def word_alternation(forms: list[str], *, not_after: str = r"[\w\-]") -> str:
    """Build :func:`alternation` of ``forms`` for matches no ``not_after`` character precedes.

    The result opens with one character class, the forms' first characters, and checks the
    character before with a look-behind two characters wide; each branch then checks its own
    first character with a one-character look-behind. Opening with a class lets the regex
    engine skip in C to the places where a form may start, where a leading look-behind makes it
    try the whole alternation at every character: a scan for capitalised heads gets about three
    times faster. ``not_after`` is one character class. Compile the result without
    ``re.IGNORECASE``, which stops the engine from skipping ahead (and, when most letters open
    some form, there is little to skip: keep :func:`alternation` then).
    """
    trie = _trie(forms)
    if "" in trie or " " in trie:
        raise ValueError("a form may not be empty or start with a space")
    firsts = "".join(re.escape(ch) for ch in sorted(trie))
    branches = "|".join(f"(?<={re.escape(ch)}){_emit(trie[ch])}" for ch in sorted(trie))
    return f"[{firsts}](?<!{not_after}.)(?:{branches})"


def _trie(forms: list[str]) -> dict:
    trie: dict = {}
    for form in forms:
        node = trie
        for ch in form:
            node = node.setdefault(ch, {})
        node[""] = {}
    return trie


def _emit(node: dict) -> str:
    """Write the regex of one trie node: its branches, optional where a form ends there."""
    branches = []
    for ch in sorted(k for k in node if k):
        piece = r"[\s\-‐‑]*" if ch == " " else re.escape(ch)
        branches.append(piece + _emit(node[ch]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return "(?:" + body + ")?" if "" in node else body
