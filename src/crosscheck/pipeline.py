"""Cross-check articles: extract claims, align events, and judge every aligned attribute."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Callable, Hashable, Iterable, TypeVar

from attrs import evolve

from crosscheck.align import Weights, align
from crosscheck.compare import DURATIVE_TYPES, Comparison, compare
from crosscheck.extract.link import TOLL_ROLES, ArticleClaims, extract_claims
from crosscheck.model import (
    Article,
    Claim,
    CountValue,
    DateValue,
    Event,
    Finding,
    FindingValue,
    PlaceValue,
    Report,
)

__all__ = ["check", "extract_claims", "findings_for"]

#: Attributes whose value is a set: each source may name only some of the members.
SET_VALUED = frozenset({"participant", "location"})
#: Attributes that are evidence, not facts to cross-check.
NOT_JUDGED = frozenset({"quote"})
#: Dates of one event from different sources further apart than this suggest different editions.
EDITION_GAP_DAYS = 90
_RANK = {"agree": 0, "compatible": 1, "conflict": 2}
_DATE_ATTRIBUTES = ("start_date", "end_date", "date")

_T = TypeVar("_T")


def check(
    articles: Iterable[Article],
    *,
    weights: Weights = Weights(),
    progress: Callable[[int, int], None] | None = None,
    skipped: Iterable[str] = (),
) -> Report:
    """Cross-check a collection of articles and return the report.

    The result does not depend on the order of ``articles``. ``progress(done, total)`` is called
    after each article is extracted.
    """
    ordered = sorted(articles, key=lambda a: (a.id, a.text))
    extractions = []
    for n, article in enumerate(ordered, start=1):
        extractions.append(extract_claims(article))
        if progress is not None:
            progress(n, len(ordered))
    alignment = align(extractions, weights=weights)

    # Gather claims per group and name the groups in an order that ignores input order.
    members: dict[int, list[Claim]] = defaultdict(list)
    locals_of: dict[int, list] = defaultdict(list)
    for ex in extractions:
        for ev in ex.events:
            if ev.key in alignment.groups:
                locals_of[alignment.groups[ev.key]].append(ev)
        for c in ex.claims:
            if c.event is not None:
                members[alignment.groups[c.event]].append(c)

    def order(group: int) -> tuple:
        dates = [c.value.earliest for c in members[group] if isinstance(c.value, DateValue) and c.value.year_known]
        first = min(dates).isoformat() if dates else "9999"
        return (first, _label(locals_of[group], members[group]), sorted(ev.key for ev in locals_of[group]))

    group_ids = {g: f"e{n}" for n, g in enumerate(sorted(members, key=order), start=1)}
    local_to_global = {key: group_ids[g] for key, g in alignment.groups.items() if g in group_ids}

    events = []
    for g, eid in sorted(group_ids.items(), key=lambda kv: int(kv[1][1:])):
        locs = locals_of[g]
        names = _names(locs)
        events.append(
            Event(
                id=eid,
                label=_label(locs, members[g]),
                type=Counter(ev.type for ev in locs).most_common(1)[0][0] if locs else "other",
                names=names,
                sources=sorted({ev.source for ev in locs}),
                alignment=alignment.notes.get(g, ()),
            )
        )
    claims = tuple(
        evolve(c, event=local_to_global.get(c.event) if c.event is not None else None)
        for ex in extractions
        for c in ex.claims
    )
    by_article = {a.id: a for a in ordered}
    findings: list[Finding] = []
    event_type = {e.id: e.type for e in events}
    claims_by_event: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.event is not None:
            claims_by_event[c.event].append(c)
    for e in events:
        findings.extend(findings_for(e.id, event_type[e.id], claims_by_event[e.id], by_article))
    return Report(ordered, events, claims, findings, skipped=tuple(skipped))


def _names(locs) -> tuple[str, ...]:
    counts = Counter(n.text for ev in locs for n in ev.names)
    return tuple(sorted(counts, key=lambda t: (-counts[t], t)))


def _label(locs, claims: list[Claim]) -> str:
    names = _names(locs)
    if names:
        return names[0]
    type_ = Counter(ev.type for ev in locs).most_common(1)[0][0] if locs else "event"
    who = Counter(c.value.normalized for c in claims if c.attribute == "participant")
    where = Counter(c.value.normalized for c in claims if c.attribute == "location")
    label = type_
    if who:
        label += " by " + ", ".join(sorted(w for w, _ in who.most_common(3)))
    if where:
        label += " in " + sorted(w for w, _ in where.most_common(1))[0]
    return label


# --------------------------------------------------------------------------- judging


def findings_for(
    event: str, event_type: str, claims: list[Claim], articles: dict[str, Article]
) -> list[Finding]:
    """Judge every attribute of one event: across sources, and within a source between parties."""
    out: list[Finding] = []
    by_attribute: dict[str, list[Claim]] = defaultdict(list)
    # An event over in a moment (a crash, a quake, a bombing) has one date: "began on Thursday"
    # and "on Thursday" state the same fact, so they are judged together as its date.
    point = event_type not in DURATIVE_TYPES
    for c in claims:
        if c.attribute not in NOT_JUDGED:
            by_attribute["date" if point and c.attribute == "start_date" else c.attribute].append(c)
    edition = _edition_caveat(claims, articles)
    for attribute in sorted(by_attribute):
        group = by_attribute[attribute]
        by_source: dict[str, list[Claim]] = defaultdict(list)
        for c in group:
            by_source[c.source].append(c)
        if len(by_source) >= 2:
            finding = _judge(event, event_type, attribute, "cross-source", sorted(by_source.items()), articles)
            if finding.verdict == "conflict" and edition:
                finding = evolve(finding, caveats=finding.caveats + (edition,))
            out.append(finding)
        for source in sorted(by_source):
            parties: dict[str, list[Claim]] = defaultdict(list)
            for c in by_source[source]:
                if c.attributed_to is not None:
                    parties[c.attributed_to].append(c)
            if len(parties) < 2:
                continue
            values = {frozenset(c.value.normalized for c in cs) for cs in parties.values()}
            if len(values) < 2:
                continue  # the parties say the same thing: nothing to flag within the article
            finding = _judge(event, event_type, attribute, "within-source", sorted(parties.items()), articles)
            if attribute in SET_VALUED and finding.verdict != "conflict":
                continue  # parties each naming some of the participants do not contradict each other
            out.append(finding)
    return out


def _judge(
    event: str,
    event_type: str,
    attribute: str,
    scope: str,
    groups: list[tuple[str, list[Claim]]],
    articles: dict[str, Article],
) -> Finding:
    """Judge the values of several groups (sources, or parties within one source)."""
    keep: set[str] | None = None
    if attribute in SET_VALUED:
        verdict, reason = _judge_sets(groups, scope)
    else:
        verdict, reason, keep = _judge_values(groups, attribute, event_type)
    values: dict[str, list[Claim]] = defaultdict(list)
    for _, cs in groups:
        for c in cs:
            if keep is None or c.value.normalized in keep:
                values[c.value.normalized].append(c)
    finding_values = tuple(
        FindingValue(
            value=v,
            claims=sorted(c.id for c in cs),
            sources=sorted({c.source for c in cs}),
            attributed_to=sorted({c.attributed_to for c in cs if c.attributed_to}),
        )
        for v, cs in sorted(values.items())
    )
    all_claims = [c for cs in values.values() for c in cs]
    return Finding(
        event=event,
        attribute=attribute,
        verdict=verdict,
        scope=scope,
        values=finding_values,
        reason=reason,
        caveats=_caveats(attribute, verdict, all_claims, articles),
    )


def _who(label: str, scope: str) -> str:
    return f"source {label}" if scope == "cross-source" else label


def _judge_values(
    groups: list[tuple[str, list[Claim]]], attribute: str, event_type: str
) -> tuple[str, str, set[str] | None]:
    """Judge a single-valued attribute; return verdict, reason and the values the verdict rests on.

    Two groups are read in their most favourable light: a source that gives 20 April and, for
    the day results came out, 21 April agrees with one that gives 20 April. The verdict is the
    worst over all pairs of groups; a conflict rests on every value.
    """
    worst: tuple[int, str] | None = None
    used: set[str] = set()
    # Many sources repeat one another word for word. A group whose claims (values and
    # attributions, in order) repeat an earlier group's can change neither the worst pair nor the
    # values used, except as the second of its kind (a pair of equal groups), so only the first
    # two groups of each kind are compared: the cost follows the number of distinct accounts,
    # not the square of the number of sources.
    distinct = _first_two_of_each(groups, lambda group: tuple((c.value, c.attributed_to) for c in group[1]))
    results: dict[tuple, Comparison] = {}
    for i, (la, ca) in enumerate(distinct):
        for lb, cb in distinct[i + 1 :]:
            best: tuple[int, str] | None = None
            best_values: set[str] = set()
            seen = set()
            for a in ca:
                for b in cb:
                    pair = (a.value.normalized, b.value.normalized)
                    if pair in seen:
                        continue
                    seen.add(pair)
                    key = (a.value, b.value)
                    result = results.get(key)
                    if result is None:
                        result = results[key] = compare(a.value, b.value, attribute=attribute, event_type=event_type)
                    rank = _RANK[result.verdict]
                    if result.verdict == "agree":
                        reason = f"{_speaker(a, la)} and {_speaker(b, lb)} both give {a.value.normalized}"
                    else:
                        reason = (
                            f"{result.reason}: {a.value.normalized} ({_party(a, la)}) against "
                            f"{b.value.normalized} ({_party(b, lb)})"
                        )
                    if best is None or rank < best[0]:
                        best, best_values = (rank, reason), set(pair)
                    elif rank == best[0]:
                        best_values |= set(pair)
            assert best is not None
            used |= best_values
            if worst is None or best[0] > worst[0]:
                worst = best
    assert worst is not None
    verdict = next(v for v, r in _RANK.items() if r == worst[0])
    return verdict, _sentence(worst[1]), (None if verdict == "conflict" else used)


def _first_two_of_each(items: list[_T], kind: Callable[[_T], Hashable]) -> list[_T]:
    """Return ``items`` less those whose ``kind`` two earlier items already had, in order."""
    seen: Counter = Counter()
    out = []
    for item in items:
        k = kind(item)
        seen[k] += 1
        if seen[k] <= 2:
            out.append(item)
    return out


def _speaker(claim: Claim, label: str) -> str:
    """Name who stands behind an agreeing claim: its attribution, else its source, said as such."""
    return claim.attributed_to or f"source {label}"


def _party(claim: Claim, label: str) -> str:
    """Name who stands behind a claim, saying so when the article reports it as denied."""
    who = claim.attributed_to or label
    return f"{who}, which denied it" if "denied" in claim.notes else who


def _judge_sets(groups: list[tuple[str, list[Claim]]], scope: str) -> tuple[str, str]:
    sets = [(label, {c.value.normalized: c.value for c in cs}) for label, cs in groups]
    # Places given only loosely ("along the border with X", "near Y") are shown, but the verdict
    # rests on the places each source puts the event in, where both give some.
    strict = [(label, {k: v for k, v in s.items() if getattr(v, "relation", "in") == "in"}) for label, s in sets]
    if all(s for _, s in strict):
        sets = strict
    if len({frozenset(s) for _, s in sets}) == 1:
        return "agree", _sentence(f"all name {', '.join(sorted(sets[0][1]))}")
    # As for single values: only the first two groups naming the same set can decide anything.
    sets = _first_two_of_each(sets, lambda group: frozenset(group[1].items()))
    worst_rank, reason = 0, ""
    for i, (la, sa) in enumerate(sets):
        for lb, sb in sets[i + 1 :]:
            # A source that names a town and the region it lies in has placed the event in the
            # town: what decides is each source's finest places (Mirny, Yakutia against Nyurba
            # is two towns, not a region containing Nyurba).
            fa, fb = _finest(sa), _finest(sb)
            if set(sa) == set(sb):
                rank, why = 0, ""
            elif set(fa) & set(fb):
                rank, why = 1, f"{_who(la, scope)} and {_who(lb, scope)} overlap on {', '.join(sorted(set(fa) & set(fb)))}"
            else:
                related = [compare(x, y) for x in fa.values() for y in fb.values()]
                fits = [r for r in related if r.verdict != "conflict"]
                if fits:
                    rank, why = 1, fits[0].reason
                else:
                    rank = 2
                    shared = _shared_container([*sa.values(), *sb.values()])
                    why = (
                        f"{_who(la, scope)} names {', '.join(sorted(sa))} and {_who(lb, scope)} names "
                        f"{', '.join(sorted(sb))}; none is, contains or lies in another"
                        + (f" (all lie in {shared}, at different places)" if shared else "")
                    )
            if rank > worst_rank or (rank == worst_rank and not reason):
                worst_rank, reason = rank, why
    verdict = "compatible" if worst_rank == 1 else "conflict" if worst_rank == 2 else "agree"
    if verdict == "compatible":
        reason = f"the sources name different members, consistent with each other ({reason})"
    return verdict, _sentence(reason)


def _finest(values: dict[str, object]) -> dict[str, object]:
    """Return ``values`` less the places that contain another of them (other values stay)."""
    inside = {pid for v in values.values() if isinstance(v, PlaceValue) for pid in v.within}
    return {k: v for k, v in values.items() if not (isinstance(v, PlaceValue) and v.id in inside)}


def _shared_container(values) -> str | None:
    """Return the name of the nearest place containing every one of ``values``, if any."""
    places = [v for v in values if isinstance(v, PlaceValue)]
    if len(places) < 2 or len(places) != len(values):
        return None
    common = set(places[0].within)
    for p in places[1:]:
        common &= set(p.within)
    for pid, name in zip(places[0].within, places[0].within_names):
        if pid in common:
            return name
    return None


def _sentence(text: str) -> str:
    text = text.strip()
    return (text[0].upper() + text[1:] + ("" if text.endswith(".") else ".")) if text else text


# --------------------------------------------------------------------------- caveats


def _caveats(attribute: str, verdict: str, claims: list[Claim], articles: dict[str, Article]) -> tuple[str, ...]:
    out: list[str] = []
    dates = [(c, c.value) for c in claims if isinstance(c.value, DateValue)]
    for c, d in sorted(dates, key=lambda cd: cd[0].id):
        if not d.year_known:
            why = "the article has no publication date" if articles[c.source].published is None else "no year is given"
            note = f"the year of {c.text!r} ({c.source}) is unknown: {why}"
            if note not in out:
                out.append(note)
    if dates:
        for source in sorted({c.source for c, d in dates if d.year_known}):
            a = articles[source]
            if a.published_inferred and a.published is not None:
                out.append(f"the publication date of {source} ({a.published.isoformat()}) was inferred from its text")
    # Tolls are revised as news comes in; other counts (troops, seats, spectators) differ
    # because sources differ, so a later date explains nothing there.
    toll = attribute.startswith("count:") and attribute[len("count:") :] in TOLL_ROLES
    if toll and any(isinstance(c.value, CountValue) for c in claims) and verdict != "agree":
        published = sorted({(articles[c.source].published, c.source) for c in claims if articles[c.source].published})
        if len({p for p, _ in published}) >= 2:
            first, last = published[0], published[-1]
            out.append(
                f"reports published on {first[0].isoformat()} ({first[1]}) and {last[0].isoformat()} ({last[1]}):"
                " a later report may have revised an earlier figure"
            )
    for c in sorted(claims, key=lambda c: c.id):
        if c.modality == "planned":
            out.append(f"{c.text!r} ({c.source}) comes from a planned or expected statement")
        if "announced" in c.notes:
            out.append(f"{c.text!r} ({c.source}) is the date the event was announced or launched, read as its start")
        if "denied" in c.notes:
            out.append(f"{c.text!r} ({c.source}) is a figure the article says was denied")
    return tuple(dict.fromkeys(out))


def _edition_caveat(claims: list[Claim], articles: dict[str, Article]) -> str | None:
    """Say when sources may describe different editions of a recurring event."""
    per_source: dict[str, list[DateValue]] = defaultdict(list)
    for c in claims:
        if isinstance(c.value, DateValue) and c.attribute in _DATE_ATTRIBUTES:
            per_source[c.source].append(c.value)
    if len(per_source) < 2:
        return None
    yearless = sorted(s for s, ds in per_source.items() if not any(d.year_known for d in ds))
    if yearless:
        return (
            f"{', '.join(yearless)} gives no year for its dates: the sources may describe different"
            " editions of a recurring event"
        )
    mids = {s: min(d.earliest for d in ds if d.earliest) for s, ds in per_source.items()}
    spread = (max(mids.values()) - min(mids.values())).days
    if spread > EDITION_GAP_DAYS:
        return f"the sources' dates are {spread} days apart: they may describe different editions of a recurring event"
    return None
