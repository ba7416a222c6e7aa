"""Decide which articles' local events are the same real-world event.

Every pair of local events from different articles that share a blocking key (a name word, a
participant, a month) gets a transparent weighted score; a block larger than ``Weights.full_block``
is sorted by what its events say (names, dates, participants, places) and each event is paired
only with its next ``Weights.window`` neighbours, so the number of pairs grows linearly with the
number of events (sorted-neighbourhood blocking); pairs are merged greedily, best first,
never putting two events of one article together. Vetoes keep apart events of different types,
differently named events, events whose dates lie too far apart (editions of a recurring
event), and an event given no date by an article published long before the other's dates; a
merge of two groups is refused when a veto stands between any of their members or their dates
would span more than ``Weights.max_gap_days``, so near pairs cannot chain distant editions
together. Names match as spellings or as translations sharing their structure
(:func:`crosscheck.compare.name_similarity`). Each merge, veto and refusal is explained in words
with its per-feature scores.
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date
from itertools import combinations

from attrs import frozen

from crosscheck.compare import name_key, name_similarity, places_related
from crosscheck.extract.link import ArticleClaims, LocalEvent
from crosscheck.model import Claim, DateValue, PlaceValue

__all__ = ["Alignment", "Weights", "align"]

_NAME_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


@frozen
class Weights:
    """Feature weights and thresholds of event alignment, with their defaults."""

    #: Added for name similarity (0..1) when both events are named and the names match.
    name: float = 3.0
    #: Names this similar (0..100, token sort ratio of folded keys) are the same name.
    name_match: float = 85.0
    #: The similarity (0..100) given to names that share their structure with synonymous words,
    #: translation variants such as "Steadfast" / "Unshakable Brotherhood" (see
    #: :func:`crosscheck.compare.name_similarity`).
    name_structure: float = 80.0
    #: Added when the event types are equal (different types never merge).
    type: float = 1.0
    #: Times the Jaccard overlap of participant sets; disjoint non-empty sets subtract it.
    participants: float = 2.0
    #: Added when the events' dates overlap, half of it when they are within ``near_days``.
    time: float = 2.0
    near_days: int = 14
    #: Added when either event gives no dated claim but the two articles were published within
    #: ``near_days`` of each other: news reports recent events, so publication time is weak
    #: evidence of the same time.
    published: float = 1.0
    #: Dates further apart than this mean different events (or editions).
    max_gap_days: int = 120
    #: Added when a place of one lies in (or is) a place of the other; twice it is subtracted
    #: when every place of one is disjoint from every place of the other.
    place: float = 1.0
    #: Merge pairs scoring at least this.
    threshold: float = 2.9
    #: Blocks of at most this many events pair every member with every other.
    full_block: int = 48
    #: In a larger block, sorted by the events' content, each event is paired with this many of
    #: the events after it: events saying the same things sort side by side.
    window: int = 24


@frozen
class Alignment:
    """The outcome of alignment: local event key → group number, and the explanations."""

    groups: dict[str, int]
    notes: dict[int, tuple[str, ...]]


class _Profile:
    """What alignment needs to know about one local event."""

    def __init__(self, event: LocalEvent, claims: list[Claim], published: date | None = None) -> None:
        self.event = event
        self.published = published
        self.keys = {name_key(n.text) for n in event.names} - {""}
        self.name_years = {int(y) for n in event.names for y in _NAME_YEAR.findall(n.text)}
        self.participants = {c.value.normalized for c in claims if c.attribute == "participant"}
        self.dates = [c.value for c in claims if isinstance(c.value, DateValue) and c.value.year_known]
        # The dates as distinct (first day, last day) ordinals: pairs are scored many times each.
        self.days = sorted({(d.earliest.toordinal(), d.latest.toordinal()) for d in self.dates})  # type: ignore[union-attr]
        self.places = [c.value for c in claims if isinstance(c.value, PlaceValue)]

    def blocking_keys(self) -> set[tuple[str, str]]:
        keys = {("n", word) for key in self.keys for word in key.split() if len(word) > 2}
        keys |= {("p", p) for p in self.participants}
        for d in self.dates:
            assert d.earliest is not None and d.latest is not None
            if (d.latest - d.earliest).days <= 62:
                keys.add(("m", f"{d.earliest.year}-{d.earliest.month}"))
        if not keys:
            keys.add(("t", self.event.type))
        return keys

    def sort_key(self) -> tuple:
        """Order events by what they say, so that near-duplicates are neighbours in a block."""
        first = min((d.earliest for d in self.dates if d.earliest is not None), default=None)
        return (
            sorted(self.keys),
            first.isoformat() if first is not None else "",
            sorted(self.participants),
            sorted(p.normalized for p in self.places),
            self.event.key,
        )


def _score(a: _Profile, b: _Profile, w: Weights) -> tuple[float | None, list[str]]:
    """Score a pair; None means a veto. Returns the per-feature explanation too."""
    parts: list[str] = []
    if a.event.type != b.event.type:
        return None, [f"types differ ({a.event.type} / {b.event.type})"]
    total = w.type
    parts.append(f"type {w.type:+.2f}")
    if a.name_years and b.name_years and not a.name_years & b.name_years:
        years = f"{min(a.name_years)} / {min(b.name_years)}"
        return None, [f"names carry different edition years ({years})"]
    if a.keys and b.keys:
        best: tuple[float, str, str] | None = None
        for x in sorted(a.keys):
            for y in sorted(b.keys):
                m = name_similarity(x, y, spelling_match=w.name_match, structure_score=w.name_structure)
                if m.match and (best is None or m.score > best[0]):
                    best = (m.score, m.how, f"{x!r} / {y!r}")
        if best is None:
            x, y = min(a.keys), min(b.keys)
            m = name_similarity(x, y, spelling_match=w.name_match, structure_score=w.name_structure)
            return None, [f"names differ ({x!r} / {y!r}, {m.how})"]
        total += w.name * best[0] / 100
        parts.append(f"name {w.name * best[0] / 100:+.2f} ({best[2]}: {best[1]})")
    if a.days and b.days:
        gap = min(max(0, y0 - x1, x0 - y1) for x0, x1 in a.days for y0, y1 in b.days)
        if gap > w.max_gap_days:
            return None, [f"dates {gap} days apart (more than {w.max_gap_days}: different events or editions)"]
        if gap == 0:
            total += w.time
            parts.append(f"time {w.time:+.2f}")
        elif gap <= w.near_days:
            total += w.time / 2
            parts.append(f"time {w.time / 2:+.2f}")
    elif (a.days or b.days) and _reported_too_early(a, b, w) is not None:
        return None, [_reported_too_early(a, b, w)]  # type: ignore[list-item]
    elif a.published is not None and b.published is not None:
        apart = abs((a.published - b.published).days)
        if apart <= w.near_days:
            total += w.published
            parts.append(f"published {w.published:+.2f} ({apart} days apart; no dates to compare)")
    if a.participants and b.participants:
        union = a.participants | b.participants
        jaccard = len(a.participants & b.participants) / len(union)
        delta = w.participants * jaccard if jaccard else -w.participants
        total += delta
        parts.append(f"participants {delta:+.2f}")
    if a.places and b.places:
        related = any(places_related(x, y) for x in a.places for y in b.places)
        delta = w.place if related else -2 * w.place
        total += delta
        parts.append(f"place {delta:+.2f}")
    return total, parts


def _reported_too_early(a: _Profile, b: _Profile, w: Weights) -> str | None:
    """Say why an undated event cannot be a dated one that began long after it was reported.

    An article reports what has happened, is happening or is about to: an event it gives no
    date for is no later than a few months after its publication. So a dated event whose first
    day lies more than ``max_gap_days`` after that publication is another occurrence (next
    year's edition of the drills, not the ones this article reported), unless both names
    carry the same edition year.
    """
    undated, dated = (a, b) if not a.days else (b, a)
    if undated.days or not dated.days or undated.published is None:
        return None
    if a.name_years & b.name_years:
        return None  # both name the same edition ("Zapad-2021"), announced months ahead
    ahead = dated.days[0][0] - undated.published.toordinal()
    if ahead <= w.max_gap_days:
        return None
    return (
        f"{undated.event.key} gives no dates and was published {ahead} days before the other's"
        f" first date (more than {w.max_gap_days}: different events or editions)"
    )


def align(extractions: list[ArticleClaims], *, weights: Weights = Weights()) -> Alignment:
    """Group the local events of all articles into cross-source events."""
    claims_of: dict[str, list[Claim]] = defaultdict(list)
    for ex in extractions:
        for c in ex.claims:
            if c.event is not None:
                claims_of[c.event].append(c)
    profiles = {
        ev.key: _Profile(ev, claims_of[ev.key], ex.article.published)
        for ex in extractions
        for ev in ex.events
        if claims_of[ev.key]
    }
    blocks: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key in sorted(profiles):
        for block in profiles[key].blocking_keys():
            blocks[(profiles[key].event.type, *block)].append(key)  # type: ignore[arg-type]
    candidates: set[tuple[str, str]] = set()
    order: dict[str, tuple] = {}
    for members in blocks.values():
        if len(members) <= weights.full_block:
            pairs = combinations(members, 2)
        else:
            for key in members:
                if key not in order:
                    order[key] = profiles[key].sort_key()
            ranked = sorted(members, key=order.__getitem__)
            pairs = ((x, y) for i, x in enumerate(ranked) for y in ranked[i + 1 : i + 1 + weights.window])
        for x, y in pairs:
            if profiles[x].event.source != profiles[y].event.source:
                candidates.add((x, y) if x < y else (y, x))

    scored: list[tuple[float, str, str, list[str]]] = []
    vetoes: list[tuple[str, str, str]] = []
    barred: dict[str, set[str]] = defaultdict(set)
    for x, y in sorted(candidates):
        score, parts = _score(profiles[x], profiles[y], weights)
        if score is None:
            vetoes.append((x, y, parts[0]))
            barred[x].add(y)
            barred[y].add(x)
        elif score >= weights.threshold:
            scored.append((score, x, y, parts))
        elif score > 0:
            vetoes.append((x, y, f"score {score:.2f} below {weights.threshold:.2f} ({', '.join(parts)})"))

    # Greedy merge, best pair first; a group holds at most one event of each article. Merging is
    # not blindly transitive: two groups stay apart when a veto stands between any of their
    # members, or when their members' first dates would lie more than ``max_gap_days`` apart
    # (a chain of near pairs must not join editions a year apart).
    parent = {k: k for k in profiles}
    members = {k: {k} for k in profiles}
    sources = {k: {profiles[k].event.source} for k in profiles}
    firsts = {k: (profiles[k].days[0][0], profiles[k].days[0][0]) if profiles[k].days else None for k in profiles}
    merges: dict[str, list[str]] = defaultdict(list)

    def find(k: str) -> str:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for score, x, y, parts in sorted(scored, key=lambda s: (-s[0], s[1], s[2])):
        rx, ry = find(x), find(y)
        if rx == ry or sources[rx] & sources[ry]:
            continue
        fx, fy = firsts[rx], firsts[ry]
        span = (min(fx[0], fy[0]), max(fx[1], fy[1])) if fx and fy else fx or fy
        if span is not None and span[1] - span[0] > weights.max_gap_days:
            why = f"their groups' dates would span {span[1] - span[0]} days (more than {weights.max_gap_days})"
            vetoes.append((x, y, f"score {score:.2f}, but {why}"))
            continue
        small, big = sorted((rx, ry), key=lambda r: len(members[r]))
        if any(barred[m] & members[big] for m in members[small]):
            vetoes.append((x, y, f"score {score:.2f}, but a veto stands between members of their groups"))
            continue
        root, other = min(rx, ry), max(rx, ry)
        firsts[root] = span
        parent[other] = root
        members[root] |= members.pop(other)
        sources[root] |= sources.pop(other)
        merges[root].extend(merges.pop(other, []))
        merges[root].append(f"merged {x} and {y}: {', '.join(parts)}; total {score:.2f}")

    roots = sorted({find(k) for k in profiles})
    number = {root: n for n, root in enumerate(roots)}
    groups = {k: number[find(k)] for k in profiles}
    notes: dict[int, list[str]] = defaultdict(list)
    for root in roots:
        notes[number[root]].extend(merges.get(root, []))
    for x, y, why in vetoes:
        gx, gy = groups[x], groups[y]
        if gx != gy:
            notes[gx].append(f"kept {x} apart from {y}: {why}")
            notes[gy].append(f"kept {y} apart from {x}: {why}")
    return Alignment(groups, {g: tuple(sorted(set(v))) for g, v in notes.items()})
