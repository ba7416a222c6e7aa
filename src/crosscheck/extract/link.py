"""Turn one article's mentions into claims about the article's own events.

The extractors find typed mentions (dates, places, actors, attributions, event triggers and
names, counts, quotes); this stage decides which event each belongs to and who asserted it:

1. Each sentence is cut into clause-like chunks at punctuation and subordinating words, so that
   "Before the joint drills, beginning on October 17, Iran conducted drills" keeps the date with
   the main clause's event.
2. Event mentions (triggers and names) are resolved to article-local events: a name joins the event
   of the same name; a definite reference ("the drills") joins the latest event of its type whose
   participants fit; an indefinite mention starts a new event when its participants or dates
   differ from every earlier event's.
3. Values attach to the event mention of their own chunk, else to the nearest event of the
   sentence, main clauses before subordinate ones.
4. A claim takes the attribution whose reported stretch covers it, innermost first.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from functools import lru_cache
from typing import Iterable

from attrs import field, frozen

from crosscheck.compare import date_distance, name_key
from crosscheck.extract import extractor
from crosscheck.extract._mention import Mention
from crosscheck.model import ActorValue, Article, Claim, DateValue, NameValue, Span
from crosscheck.text import lowered, sentence_spans

__all__ = ["ArticleClaims", "LocalEvent", "extract_claims", "mentions_of"]

#: Extractors run on every article, in this order.
KINDS = ("dates", "places", "actors", "attributions", "events", "counts", "quotes")

# The words are factored by their first letters, and a look-ahead names those letters: the engine
# then leaves most positions of the text at once instead of trying twenty words at each (three
# times faster, the same matches).
_CHUNK_BREAK = re.compile(
    r"[,;:()\[\]\u2014\u2013]|\s-{1,2}\s|"
    r"(?=[abdfipstw])\b(?:a(?:mid(?:st)?|s|fter|lthough|head of)|wh(?:ile|ereas|e(?:n|re))|"
    r"b(?:efore|ecause|ut)|following|since|though|despite|prior to|in the wake of)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _chunk_break_lower() -> re.Pattern[str]:
    """Compile ``_CHUNK_BREAK`` without re.IGNORECASE, for lower-cased text, on first use.

    A case-insensitive scan tests each letter in both cases at every position; a case-sensitive
    one on the lower-cased text is about a quarter faster and finds the same breaks where
    lower-casing keeps the text exact (see crosscheck.text.lowered).
    """
    return re.compile(_CHUNK_BREAK.pattern)


_WORD_CHAR = re.compile(r"\w")
_SUBORDINATE = re.compile(
    r"^\W*(?:amid|amidst|after|before|following|since|despite|ahead of|prior to|in the wake of|"
    r"unlike|like)\b",
    re.IGNORECASE,
)
_DEFINITE = re.compile(
    r"\b(?:the|these|this|those|that|its|their|his|her|last\s+\w+'s|last\s+\w+’s|\w+'s|\w+’s)\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
_DEMONSTRATIVE = re.compile(r"\b(?:this|these|that|those|such)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# "Previous talks in Luanda", "an earlier round of talks", "past rounds of negotiations": an
# occurrence before the one the article is about, never the same event as one already told.
_EARLIER = re.compile(
    r"(?<![\w-])(?:previous|earlier|prior|preceding|past)\s+(?:(?!this\b|that\b|on\b|in\b|today\b)[a-z-]+\s+){0,3}$",
    re.IGNORECASE,
)
# A sentence without an event word that goes on telling the disaster just told, through its
# definite subject and what that subject did: "The An-24, flying from Irkutsk, broke apart in a
# forest near Nyurba", "The ferry capsized off Lombok". An indefinite subject ("A Yak-40 came
# down near Tiksi in 2012") tells another one.
_CONTINUES = re.compile(
    r"[\"“]?(?:The|This|That|Its)[ \t]+(?:[\w’'-]+[ \t]+){0,3}?[\w’'-]+(?:[ \t]*,[^,.;:\n]{1,80},)?[ \t]+"
    r"(?:then[ \t]+|later[ \t]+|had[ \t]+|has[ \t]+)?"
    r"(?:broke[ \t]+(?:apart|up|in[ \t]+two)|came[ \t]+down|went[ \t]+down|plunged|nosedived|slammed|smashed|"
    r"caught[ \t]+fire|burst[ \t]+into[ \t]+flames|exploded|sank|capsized|overturned|derailed|"
    r"ran[ \t]+aground|collapsed|caved[ \t]+in|overshot|skidded|veered|ploughed|plowed|disintegrated)\b"
)
#: Event types whose sentences may be continued by what their vehicle or building did.
_CONTINUED_TYPES = frozenset({"disaster"})
# Each cue regex opens with a look-ahead naming its words' first letters, so that the search
# leaves most positions of the window at once (it runs for every place mention).
_LOCATIVE = re.compile(
    r"(?=[acdfhijnoprstvw])\b(?:in|at|near|inside|outside|across|throughout|along|around|off|into|within|"
    r"outskirts of|province of|provinces of|region of|regions of|city of|cities of|"
    r"town of|towns of|village of|district of|state of|capital|"
    # "crashed on approach to Mirny", "while approaching Goma": an aircraft near its airfield.
    r"approach\s+to|approaching|"
    r"(?:visits?|trip|tour|journey|travel(?:l?ed)?|flew|came|went|returned|headed)\s+to)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: A disaster or attack that struck a place names where it happened: "Floods hit Busia",
#: "an earthquake struck eastern Turkey", "missiles pounded Kharkiv".
_IMPACT = re.compile(
    r"(?=[abcdefhlmoqrstuv])\b(?:quakes?|earthquakes?|tremors?|floods?|flooding|flash\s+floods|storms?|typhoons?|hurricanes?|"
    r"cyclones?|tornado(?:e?s)?|fires?|wildfires?|blazes?|blasts?|explosions?|bombings?|bombs?|attacks?|"
    r"air\s?strikes?|strikes?|tsunamis?|landslides?|mudslides?|avalanches?|droughts?|heat\s?waves?|"
    r"rains?|downpours?|snow(?:storms?)?|blizzards?|missiles?|rockets?|drones?|shelling|violence|"
    r"outbreaks?|epidemic|unrest|clashes|fighting)\s+(?:\w+\s+){0,2}?"
    r"(?:hit|hits|struck|strikes|battered|batters|swept|sweeps|swept\s+through|ravaged|ravages|rocked|rocks|"
    r"shook|shakes|pounded|pounds|lashed|lashes|flooded|floods|devastated|devastates|inundated|"
    r"engulfed|engulfs|tore\s+through|tears\s+through|spread\s+to|spreads\s+to|"
    r"reached|reaches|targeted|targets)"
    r"\s+(?:the\s+)?(?:(?:north|south|east|west|central|northern|southern|eastern|western|"
    r"north-?eastern|north-?western|south-?eastern|south-?western)\s+)?$",
    re.IGNORECASE,
)


class _Folded:
    """A case-insensitive pattern of lower-case words, searched in lower-cased windows.

    Searched in a short window before each mention, a case-insensitive pattern tests every
    letter in both cases; its case-sensitive twin, on the lower-cased window, finds the same
    thing in less time. Windows that lower-casing would not keep exact (see crosscheck.text.lowered) are
    searched with the pattern itself.
    """

    __slots__ = ("pattern", "lower")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.lower: re.Pattern[str] | None = None  # compiled on first use: importing stays cheap

    def found(self, window: str) -> bool:
        """Tell whether the pattern occurs in ``window``."""
        low = lowered(window)
        if low is None:
            return self.pattern.search(window) is not None
        if self.lower is None:
            self.lower = re.compile(self.pattern.pattern, self.pattern.flags & ~re.IGNORECASE)
        return self.lower.search(low) is not None


_LOCATIVE_FOLDED = _Folded(_LOCATIVE)
_IMPACT_FOLDED = _Folded(_IMPACT)
_LIST_GLUE = re.compile(r"^(?:\s*(?:,|and|or|&)\s*)+$", re.IGNORECASE)
_POSSESSIVE = re.compile(r"^\s*['’]s?\b")
_LAUNCH = re.compile(
    r"\b(?:launch(?:ed|es|ing)?|beg[au]n|begins|start(?:ed|s)?|kick(?:ed|s)? off|open(?:ed|s)?|"
    r"announc(?:ed|es|ing))\s+(?:[\w-]+\s+){0,4}$",
    re.IGNORECASE,
)
_PLANNED = re.compile(
    r"\b(?:will|shall|is to|are to|plans? to|planned|scheduled|is set to|are set to|expected to|would)\b",
    re.IGNORECASE,
)
_HOSTED = re.compile(r"\b(?:visits?|trip|tour)\s+to\s+(?:the\s+)?$", re.IGNORECASE)
_DEFINITE_FOLDED = _Folded(_DEFINITE)
_DEMONSTRATIVE_FOLDED = _Folded(_DEMONSTRATIVE)
_PLANNED_FOLDED = _Folded(_PLANNED)
_ADJACENT = re.compile(r"[\s-]{0,3}$")
_JOINT = re.compile(r"\bjoint\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
#: Count measures that are tolls of an event, and may follow it in a sentence of their own.
TOLL_ROLES = frozenset(
    {"killed", "injured", "missing", "displaced", "evacuated", "rescued", "affected", "casualties", "arrested"}
)
#: Actor kinds that stand for their country when they take part in an event.
_NATIONAL = frozenset({"country", "government", "military", "ministry"})


@frozen
class LocalEvent:
    """An event as one article describes it; ``key`` is unique within the whole cross-check."""

    key: str
    source: str
    type: str
    names: tuple[NameValue, ...] = field(default=(), converter=tuple)
    mentions: tuple[Span, ...] = field(default=(), converter=tuple)


@frozen
class ArticleClaims:
    """What one article claims: its local events and the claims about them."""

    article: Article
    events: tuple[LocalEvent, ...]
    claims: tuple[Claim, ...]


def mentions_of(article: Article) -> dict[str, list[Mention]]:
    """Run every extractor over the article's text, anchored on its publication date."""
    return {kind: extractor(kind)(article.text, anchor=article.published) for kind in KINDS}


# --------------------------------------------------------------------------- sentences and chunks


class _Layout:
    """Sentence and chunk boundaries of one text, for locating mentions."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.sentences = sentence_spans(text)
        self.starts = [s for s, _ in self.sentences]
        self.chunks: list[list[tuple[int, int]]] = []
        self.chunk_starts: list[list[int]] = []
        low = lowered(text)
        breaks, scanned = (_CHUNK_BREAK, text) if low is None else (_chunk_break_lower(), low)
        # One scan of the whole text, shared out among the sentences, does what a scan of each
        # sentence would, in a fraction of the calls, for every sentence that no break crosses
        # into or out of and that no word character follows (its end then bounds words as the
        # end of a string does); the others are scanned by themselves.
        found = [m.span() for m in breaks.finditer(scanned)]
        starts = [a for a, _ in found]
        i = 0
        for s, e in self.sentences:
            i = bisect.bisect_left(starts, s, i)
            j = bisect.bisect_left(starts, e, i)
            if (
                (i > 0 and found[i - 1][1] > s)
                or (j > i and found[j - 1][1] > e)
                or _WORD_CHAR.match(scanned, e)
            ):
                # Scanning the sentence in place (no slice): word boundaries at its start
                # read the text before it.
                cuts = [s, *(m.start() for m in breaks.finditer(scanned, s, e)), e]
            else:
                cuts = [s, *starts[i:j], e]
            i = j
            chunks = [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]
            self.chunks.append(chunks or [(s, e)])
            self.chunk_starts.append([a for a, _ in self.chunks[-1]])
        #: Indices of the event mentions in each sentence, filled in once they are known.
        self.events_in: dict[int, list[int]] = {}

    def sentence(self, pos: int) -> int:
        return max(bisect.bisect_right(self.starts, pos) - 1, 0)

    def chunk(self, sentence: int, pos: int) -> int:
        return max(bisect.bisect_right(self.chunk_starts[sentence], pos) - 1, 0)

    def chunk_span(self, sentence: int, index: int) -> tuple[int, int]:
        return self.chunks[sentence][index]


@frozen
class _EventMention:
    start: int
    end: int
    type: str
    sentence: int
    chunk: int
    subordinate: bool
    definite: bool
    #: "these drills", "that attack": points back to the latest event of its type.
    demonstrative: bool = False
    name: NameValue | None = None
    #: "previous talks", "an earlier round": an occurrence before the one being told.
    earlier: bool = False


# --------------------------------------------------------------------------- the stage


def extract_claims(
    article: Article,
    mentions: dict[str, list[Mention]] | None = None,
    *,
    max_coref_gap_days: int = 45,
    max_toll_sentences: int = 2,
) -> ArticleClaims:
    """Extract the claims one article makes, grouped under its own events.

    ``max_coref_gap_days``: an indefinite event mention whose dates lie further than this from an
    earlier event of the same type starts a new event. ``max_toll_sentences``: a toll (killed,
    injured, missing, ...) in a sentence without an event mention belongs to the nearest event
    mentioned up to this many sentences before it.
    """
    if mentions is None:
        mentions = mentions_of(article)
    text = article.text
    layout = _Layout(text)
    attributions = sorted(mentions.get("attributions", []), key=lambda m: (m.start, m.end))
    places = mentions.get("places", [])
    locative = _locative_places(places, text)
    actors = _clean_actors(mentions.get("actors", []), places, locative, text)
    event_mentions = _event_mentions(mentions.get("events", []), layout, text)
    for i, em in enumerate(event_mentions):
        layout.events_in.setdefault(em.sentence, []).append(i)
    continued = _continued_sentences(layout, event_mentions, text, back=max_toll_sentences)

    # Values, keyed by the event mention they attach to.
    dates = [m for m in mentions.get("dates", []) if m.kind in ("date", "duration")]
    attached: dict[int, list[tuple[str, Mention]]] = defaultdict(list)
    quotes = mentions.get("quotes", [])
    for m in dates:
        if _dates_statement(m, attributions, layout):
            continue
        if any(q.start <= m.start and m.end <= q.end for q in quotes):
            continue  # "tonight" in a quotation is the speaker's, not the article's, time
        if m.kind == "duration" and not _describes_event(m, event_mentions, text):
            continue  # "the first final in a decade" is not the length of the final
        attribute = (m.role or "date") if m.kind == "date" else "duration"
        _attach(attached, event_mentions, layout, m, attribute, continued=continued)
    for m in locative:
        _attach(attached, event_mentions, layout, m, "location", continued=continued)
    for m in mentions.get("counts", []):
        back = max_toll_sentences if m.role in TOLL_ROLES else 0
        _attach(attached, event_mentions, layout, m, f"count:{m.role or 'people'}", back=back, continued=continued)
    for m in quotes:
        _attach(attached, event_mentions, layout, m, "quote")
    participants = _participants(event_mentions, actors, attributions, layout, text)

    events, owner = _resolve_events(
        article, event_mentions, attached, participants, max_coref_gap_days=max_coref_gap_days
    )

    # Each claim's fields, keyed for sorting; the claims are built once their numbers are known.
    claims: list[tuple[tuple, dict]] = []

    def add(event_index: int | None, attribute: str, m: Mention, value=None, notes: tuple[str, ...] = ()) -> None:
        attribution = _attribution_of(m.start, m.end, attributions)
        if attribution is None and event_index is not None:
            # "On 5 December, the ministry announced joint drills": the date stands outside what
            # the ministry is reported to say, but dates what it says about the event.
            em = event_mentions[event_index]
            if layout.sentence(em.start) == layout.sentence(m.start):
                attribution = _attribution_of(em.start, em.end, attributions)
        modality = m.modality
        if attribution is not None and modality == "asserted":
            modality = "reported"
        if attribute in ("date", "start_date", "end_date") and _planned(layout, text, m):
            modality = "planned"
        if m.time is not None:
            notes = notes + (f"time:{m.time}",)  # "10 p.m. Wednesday": the day is the value
        event = events[owner[event_index]].key if event_index is not None else None
        if value is None:
            value = m.value
        fields = dict(
            source=article.id,
            event=event,
            attribute=attribute,
            value=value,
            text=m.text,
            span=Span(m.start, m.end),
            attributed_to=attribution.value.name if attribution is not None else None,
            modality=modality,
            notes=notes + (("denied",) if attribution is not None and attribution.role == "denied" else ()),
        )
        claims.append(((m.start, m.end, attribute, value.normalized), fields))

    for i, em in enumerate(event_mentions):
        if em.name is not None:
            add(i, "name", _name_mention(em, text))
        for attribute, m in attached.get(i, []):
            notes: tuple[str, ...] = ()
            launch = _LAUNCH.search(text[layout.chunk_span(em.sentence, em.chunk)[0] : em.start])
            if attribute == "date" and launch:
                # "Troops launched drills on Monday": the day is the start. "On 5 December the
                # ministry announced joint drills": news gives the day an event was announced;
                # read it as the start too, and say so.
                attribute = "start_date"
                notes = ("announced",) if launch.group().lower().startswith("announc") else ()
            add(i, attribute, m, notes=notes)
        for m, value in participants.get(i, []):
            add(i, "participant", m, value=value)
    attached_quotes = {id(q) for pairs in attached.values() for attribute, q in pairs if attribute == "quote"}
    for m in quotes:
        if id(m) not in attached_quotes:
            add(None, "quote", m)

    claims.sort(key=lambda pair: pair[0])
    numbered = tuple(
        Claim(id=f"{article.id}:c{n}", **fields) for n, (_, fields) in enumerate(claims, start=1)
    )
    return ArticleClaims(article, tuple(events), numbered)


def _name_mention(em: _EventMention, text: str) -> Mention:
    assert em.name is not None
    return Mention("name", em.start, em.end, text[em.start : em.end], em.name)


# --------------------------------------------------------------------------- event mentions


def _event_mentions(found: list[Mention], layout: _Layout, text: str) -> list[_EventMention]:
    """Merge triggers and adjacent names into event mentions, in text order."""
    triggers: list[Mention] = []
    for m in sorted((m for m in found if m.kind == "event"), key=lambda m: m.start):
        if triggers and _ADJACENT.match(text, triggers[-1].end, m.start):
            # "cease-fire agreement", "peace talks summit": one event, typed by its first word.
            first = triggers.pop()
            m = Mention("event", first.start, m.end, text[first.start : m.end], first.value, first.role)
        triggers.append(m)
    names = sorted((m for m in found if m.kind == "name"), key=lambda m: m.start)
    used: set[int] = set()
    out: list[_EventMention] = []
    for t in triggers:
        name = None
        for j, n in enumerate(names):
            if j in used:
                continue
            gap = text[n.end : t.start] if n.end <= t.start else text[t.end : n.start]
            if len(gap) <= 24 and layout.sentence(n.start) == layout.sentence(t.start) and "." not in gap:
                name = n
                used.add(j)
                break
        out.append(_make(t, t.role or "other", layout, text, name))
    for j, n in enumerate(names):
        if j not in used:
            out.append(_make(n, n.role or "other", layout, text, n))
    out.sort(key=lambda e: (e.start, e.end))
    return out


def _make(m: Mention, type_: str, layout: _Layout, text: str, name: Mention | None) -> _EventMention:
    sentence = layout.sentence(m.start)
    chunk = layout.chunk(sentence, m.start)
    c_start, _ = layout.chunk_span(sentence, chunk)
    s_start, _ = layout.sentences[sentence]
    before = text[max(s_start, m.start - 60) : m.start]
    return _EventMention(
        start=m.start if name is None else name.start,
        end=m.end if name is None else name.end,
        type=type_,
        sentence=sentence,
        chunk=chunk,
        subordinate=bool(_SUBORDINATE.match(text[c_start:m.start])),
        definite=_DEFINITE_FOLDED.found(before) or name is not None,
        demonstrative=_DEMONSTRATIVE_FOLDED.found(before),
        name=name.value if name is not None else None,  # type: ignore[arg-type]
        earlier=name is None and bool(_EARLIER.search(before)),
    )


# --------------------------------------------------------------------------- attaching values


def _attach(
    attached: dict[int, list[tuple[str, Mention]]],
    events: list[_EventMention],
    layout: _Layout,
    m: Mention,
    attribute: str,
    *,
    back: int = 0,
    continued: dict[int, int] | None = None,
) -> None:
    """Attach a value to the best event mention of its sentence, if there is one.

    A value of a sentence that ``continued`` maps to an event mention (see
    ``_continued_sentences``) attaches to it. With ``back``, a value whose sentence has no event
    mention may attach to the nearest event mention of up to that many sentences before it.
    """
    sentence = layout.sentence(m.start)
    chunk = layout.chunk(sentence, m.start)
    best, best_key = None, None
    for i in layout.events_in.get(sentence, ()):
        em = events[i]
        if em.start <= m.start < em.end:
            continue  # a value inside an event's own name ("Caucasus-2020") is not about it
        distance = abs(em.chunk - chunk)
        if distance and em.subordinate:
            distance += 2
        key = (distance, abs(em.start - m.start))
        if best_key is None or key < best_key:
            best, best_key = i, key
    if best is None and continued:
        best = continued.get(sentence)
    if best is None and back:
        # A toll in a sentence of its own ("Up to 5,000 people are still missing.") is about the
        # event of the sentences just before it: take the nearest event mention before it.
        for previous in range(sentence - 1, max(sentence - back, 0) - 1, -1):
            before = [i for i in layout.events_in.get(previous, ()) if events[i].start < m.start]
            if before:
                best = before[-1]
                break
    if best is not None:
        attached[best].append((attribute, m))


def _continued_sentences(
    layout: _Layout, events: list[_EventMention], text: str, *, back: int
) -> dict[int, int]:
    """Map each sentence that goes on telling a disaster to that disaster's latest event mention.

    Such a sentence has no event mention of its own, opens with a definite subject and a verb of
    what it suffered ("The An-24 … broke apart"), and follows an event mention of a type in
    ``_CONTINUED_TYPES`` by at most ``back`` sentences, with no other event mention between.
    """
    out: dict[int, int] = {}
    if not events:
        return out
    for sentence, (s, _) in enumerate(layout.sentences):
        if sentence in layout.events_in or not _CONTINUES.match(text, s):
            continue
        for previous in range(sentence - 1, max(sentence - back, 0) - 1, -1):
            found = layout.events_in.get(previous)
            if found:
                if events[found[-1]].type in _CONTINUED_TYPES:
                    out[sentence] = found[-1]
                break
    return out


_DURATION_CUE = re.compile(r"\b(?:for|lasted|lasting|last|lasts|over|spanning|during)\s+(?:about\s+|nearly\s+|some\s+)?$", re.IGNORECASE)


def _describes_event(m: Mention, events: list[_EventMention], text: str) -> bool:
    """Tell whether a duration gives an event's length: "a six-week war", "lasted three days"."""
    for em in events:
        gap = text[m.end : em.start]
        if 0 <= em.start - m.end <= 30 and re.fullmatch(r"[\s\w-]{0,30}", gap) and len(gap.split()) <= 2:
            return True  # the duration modifies the trigger
        if em.end <= m.start <= em.end + 40 and _DURATION_CUE.search(text[em.end : m.start]):
            return True
    return False


def _locative_places(places: list[Mention], text: str) -> list[Mention]:
    """Keep the place mentions that locate something ("in X", "along the border with X")."""
    out: list[Mention] = []
    previous: Mention | None = None
    previous_locative = False
    for m in sorted(places, key=lambda p: (p.start, p.end)):
        relation = m.value.relation  # type: ignore[union-attr]
        if relation == "between":
            # "tensions between Baku and Tehran", "talks between Turkey and Armenia": the places
            # stand for the parties, not for where anything happened.
            locative = False
        elif (
            relation != "in"
            or _LOCATIVE_FOLDED.found(text[max(0, m.start - 40) : m.start])
            or _IMPACT_FOLDED.found(text[max(0, m.start - 60) : m.start])
        ):
            locative = True
        else:
            # A list continues a locative phrase: "in Baku, Astara, Jabrayil, and Imishli".
            locative = (
                previous is not None
                and previous_locative
                and 0 <= m.start - previous.end <= 8
                and bool(_LIST_GLUE.match(text[previous.end : m.start]))
            )
        if locative:
            out.append(m)
        previous, previous_locative = m, locative
    return out


# --------------------------------------------------------------------------- actors and participants


def _clean_actors(
    actors: list[Mention], places: list[Mention], locative: list[Mention], text: str
) -> list[Mention]:
    """Drop actor mentions that are really places or possessors of places."""
    out = []
    for a in actors:
        if any(p.start < a.end and a.start < p.end for p in locative):
            # "in Azerbaijan", "along its border with Iran" -- but the country a visit goes to
            # is its host, a party to it as much as its place.
            if a.value.kind == "country" and _HOSTED.search(text[max(0, a.start - 40) : a.start]):  # type: ignore[union-attr]
                out.append(a)
            continue
        after = text[a.end : a.end + 3]
        if _POSSESSIVE.match(after) and any(0 <= p.start - a.end <= 4 for p in places):
            continue  # "Azerbaijan's Naxcivan exclave": the country contains the place
        out.append(a)
    return out


def _participant_value(value: ActorValue) -> ActorValue:
    """Stand a national body for its country: Turkish troops and Turkey's ministry are Turkey."""
    if value.kind in _NATIONAL and value.country and value.kind != "country":
        return ActorValue(value.country, "country", None, None)
    return value


def _participants(
    events: list[_EventMention],
    actors: list[Mention],
    attributions: list[Mention],
    layout: _Layout,
    text: str,
) -> dict[int, list[tuple[Mention, ActorValue]]]:
    """Find each event mention's participants: the actors of its own chunk."""
    sources = [(a.start, a.end) for a in attributions]
    actors_in: dict[int, list[Mention]] = defaultdict(list)
    for a in actors:
        actors_in[layout.sentence(a.start)].append(a)
    out: dict[int, list[tuple[Mention, ActorValue]]] = defaultdict(list)
    for i, em in enumerate(events):
        c_start, c_end = layout.chunk_span(em.sentence, em.chunk)
        for a in actors_in[em.sentence]:
            if not (c_start <= a.start and a.end <= c_end):
                continue
            if any(s <= a.start and a.end <= e for s, e in sources):
                continue
            out[i].append((a, _participant_value(a.value)))  # type: ignore[arg-type]
        if _JOINT.search(text[c_start : em.start]):
            # "X announced joint drills with Y": the announcer's country takes part too.
            s_start, _ = layout.sentences[em.sentence]
            for src in attributions:
                if s_start <= src.start < em.start and src.value.country:  # type: ignore[union-attr]
                    value = ActorValue(src.value.country, "country")  # type: ignore[union-attr]
                    out[i].append((src, value))
                    break
    return out


# --------------------------------------------------------------------------- local events


def _resolve_events(
    article: Article,
    mentions: list[_EventMention],
    attached: dict[int, list[tuple[str, Mention]]],
    participants: dict[int, list[tuple[Mention, ActorValue]]],
    *,
    max_coref_gap_days: int,
) -> tuple[list[LocalEvent], dict[int, int]]:
    """Group event mentions into local events; return the events and mention → event index."""

    class _Open:
        def __init__(self, type_: str) -> None:
            self.type = type_
            self.names: list[NameValue] = []
            self.keys: set[str] = set()
            self.years: set[int] = set()
            self.participants: set[str] = set()
            self.dates: list[DateValue] = []
            self.mentions: list[Span] = []

    opened: list[_Open] = []
    owner: dict[int, int] = {}
    for i, em in enumerate(mentions):
        who = {v.name for _, v in participants.get(i, [])}
        # The date nearest the mention says which occurrence it is ("last year's exercise");
        # others in its clause may date something else ("this year's programme").
        dated = [m for _, m in attached.get(i, []) if isinstance(m.value, DateValue)]
        when = [min(dated, key=lambda m: min(abs(m.end - em.start), abs(m.start - em.end))).value] if dated else []
        key = name_key(em.name.text) if em.name else None
        year = _name_year(em.name.text) if em.name else None
        chosen = None
        if key:
            chosen = next(
                (j for j, ev in enumerate(opened) if key in ev.keys and (year is None or ev.years <= {year})),
                None,
            )
        if chosen is None and not em.earlier:
            # Demonstratives and indefinites point to the latest event of the type; "the drills"
            # to the most talked-about one so far (a named event counts double).
            if em.demonstrative or not em.definite:
                order = list(range(len(opened) - 1, -1, -1))
            else:
                order = sorted(
                    range(len(opened)), key=lambda j: (-(len(opened[j].mentions) + 2 * bool(opened[j].names)), -j)
                )
            for j in order:
                ev = opened[j]
                if ev.type != em.type:
                    continue
                if key and ev.keys:
                    continue
                if who and ev.participants:
                    fits = bool(who & ev.participants) if em.definite else who == ev.participants
                    if not fits:
                        continue
                if _far_apart(when, ev.dates, max_coref_gap_days):
                    continue
                chosen = j
                break
        if chosen is None:
            opened.append(_Open(em.type))
            chosen = len(opened) - 1
        ev = opened[chosen]
        owner[i] = chosen
        if em.name is not None and em.name not in ev.names:
            ev.names.append(em.name)
            ev.keys.add(key or "")
            if year is not None:
                ev.years.add(year)
        ev.participants |= who
        ev.dates.extend(when)
        ev.mentions.append(Span(em.start, em.end))
    events = [
        LocalEvent(f"{article.id}#{n}", article.id, ev.type, ev.names, ev.mentions)
        for n, ev in enumerate(opened, start=1)
    ]
    return events, owner


_YEAR_IN_NAME = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _name_year(text: str) -> int | None:
    """Return the edition year a name carries ("Three Brothers-2021"), if any."""
    m = _YEAR_IN_NAME.search(text)
    return int(m.group()) if m else None


def _far_apart(when: Iterable[DateValue], known: Iterable[DateValue], limit: int) -> bool:
    distances = [d for a in when for b in known if (d := date_distance(a, b)) is not None]
    return bool(distances) and min(distances) > limit


# --------------------------------------------------------------------------- attribution and modality


def _attribution_of(start: int, end: int, attributions: list[Mention]) -> Mention | None:
    best = None
    for a in attributions:
        c = a.covers
        if c is None or not (c.start <= start and end <= c.end):
            continue
        if a.start <= start and end <= a.end:
            continue
        if best is None or (c.end - c.start) < (best.covers.end - best.covers.start):  # type: ignore[union-attr]
            best = a
    return best


def _dates_statement(m: Mention, attributions: list[Mention], layout: _Layout) -> bool:
    """Tell whether a date dates a statement ("..., the ministry said on Tuesday"), not an event."""
    sentence = layout.sentence(m.start)
    for a in attributions:
        c = a.covers
        if c is None or layout.sentence(a.start) != sentence:
            continue
        # A sentence-final attribution covers what precedes it; a date after its source, outside
        # what it covers, belongs to the saying.
        if c.end <= a.start < m.start and not (c.start <= m.start < c.end):
            return True
    return False


def _planned(layout: _Layout, text: str, m: Mention) -> bool:
    sentence = layout.sentence(m.start)
    c_start, _ = layout.chunk_span(sentence, layout.chunk(sentence, m.start))
    s_start, _ = layout.sentences[sentence]
    return _PLANNED_FOLDED.found(text[max(s_start, c_start - 80) : m.start])
