"""The gazetteer: names, look-alikes, containment, canonical names and the data budget."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from importlib import resources
from pathlib import Path

import pytest

from crosscheck import gazetteer
from crosscheck.model import PlaceValue
from crosscheck.text import fold


def ids(name: str) -> set[str]:
    return {entry.id for entry in gazetteer.lookup(name)}


def test_import_does_not_load_data():
    code = (
        "import crosscheck.gazetteer as g, crosscheck.extract.places\n"
        "assert not g._holder, 'data loaded at import'\n"
        "import time; t = time.perf_counter(); g.lookup('Baku')\n"
        "print(f'cold load and first lookup: {time.perf_counter() - t:.3f}s')\n"
    )
    # The child must import the same crosscheck as this process, installed or not.
    package_root = str(Path(gazetteer.__file__).resolve().parent.parent)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([package_root, os.environ.get("PYTHONPATH", "")])}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    print(out.stdout.strip())


def test_shipped_data_within_budget():
    data = resources.files("crosscheck").joinpath("data")
    size = sum(p.stat().st_size for p in (data / "gazetteer.txt.gz", data / "features.tsv"))
    assert size < 4_000_000
    notice = (data / "NOTICE").read_text(encoding="utf-8")
    assert "CC BY 4.0" in notice and "iso-codes" in notice


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Niger", "Nigeria"),
        ("Albany", "Albania"),
        ("North Korea", "South Korea"),
        ("Guinea", "Guinea-Bissau"),
        ("Guinea", "Equatorial Guinea"),
        ("Guinea-Bissau", "Equatorial Guinea"),
        ("Dominica", "Dominican Republic"),
        ("East Azerbaijan", "Azerbaijan"),
        ("West Azerbaijan", "East Azerbaijan"),
        ("Sudan", "South Sudan"),
        ("Congo", "DR Congo"),
        ("Austria", "Australia"),
        ("Iran", "Iraq"),
        ("Slovakia", "Slovenia"),
        ("Mali", "Malawi"),
    ],
)
def test_look_alikes_never_share_an_entry(a, b):
    assert ids(a), a
    assert ids(b), b
    assert not ids(a) & ids(b)


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["Naxcivan", "Nakhchivan", "Nakhichevan", "Naxçıvan", "NAXÇIVAN"], "iso:AZ-NX"),
        (["Türkiye", "Turkey", "Turkiye"], "iso:TR"),
        (["Côte d'Ivoire", "Cote d'Ivoire", "Ivory Coast"], "iso:CI"),
        (["Czechia", "Czech Republic"], "iso:CZ"),
        (["Myanmar", "Burma"], "iso:MM"),
        (["DR Congo", "Democratic Republic of the Congo", "DRC"], "iso:CD"),
        (["U.S.", "US", "United States", "America", "United States of America"], "iso:US"),
        (["UK", "U.K.", "Britain", "United Kingdom"], "iso:GB"),
        (["Russia", "Russian Federation"], "iso:RU"),
        (["Iran", "Islamic Republic of Iran"], "iso:IR"),
        (["Ardabil", "Ardebil"], "iso:IR-24"),
        (["Aras", "Araz", "Arax"], "cc:aras-river"),
        (["Dnipro", "Dnieper"], "cc:dnipro"),
    ],
)
def test_spellings_resolve_to_one_entry(names, expected):
    for name in names:
        assert expected in ids(name), name


def test_transliterated_town_names_share_an_entry():
    jabrayil = ids("Jabrayil") & ids("Jebrail") & ids("Cəbrayıl")
    assert any(i.startswith("geonames:") for i in jabrayil)


def test_seed_towns_are_present_with_their_countries():
    for name, country in [("Imishli", "AZ"), ("Jabrayil", "AZ"), ("Astara", "AZ"), ("Astara", "IR")]:
        assert any(e.kind == "city" and e.country == country for e in gazetteer.lookup(name)), name
    assert any(e.country == "IR" for e in gazetteer.lookup("Āstārā"))


def test_canonical_country_names_are_short_and_common():
    expected = {
        "TR": "Turkey",
        "IR": "Iran",
        "RU": "Russia",
        "US": "United States",
        "KR": "South Korea",
        "KP": "North Korea",
        "SY": "Syria",
        "GB": "United Kingdom",
        "VN": "Vietnam",
    }
    for code, name in expected.items():
        assert gazetteer.country(code).name == name


def test_containment_chains():
    assert gazetteer.contains("iso:AZ", "iso:AZ-NX")
    assert gazetteer.contains("iso:IR", "iso:IR-24")
    assert gazetteer.contains("iso:IR", "iso:IR-03")
    assert gazetteer.contains("iso:AZ", "cc:nagorno-karabakh")
    assert not gazetteer.contains("iso:AZ", "iso:IR-03")
    assert not gazetteer.contains("iso:AZ", "iso:AZ")
    houston = next(e for e in gazetteer.lookup("Houston") if e.country == "US" and e.population > 1_000_000)
    assert houston.within == ("iso:US-TX", "iso:US")
    assert [e.name for e in gazetteer.ancestors(houston.id)] == ["Texas", "United States"]
    assert gazetteer.contains("iso:US-TX", houston.id) and gazetteer.contains("iso:US", houston.id)


@pytest.mark.parametrize(
    "city, country, subdivision",
    [
        # Countries whose GeoNames first-level codes are numbers (mapped through the hand table).
        ("Belo Horizonte", "BR", "Minas Gerais"),
        ("Porto Alegre", "BR", "Rio Grande do Sul"),
        ("Lyon", "FR", "Auvergne-Rhône-Alpes"),
        ("Brest", "FR", "Brittany"),
        ("Wuhan", "CN", "Hubei"),
        ("Chengdu", "CN", "Sichuan"),
        ("Guadalajara", "MX", "Jalisco"),
        ("Culiacán", "MX", "Sinaloa"),
        ("Maiduguri", "NG", "Borno"),
        ("Abuja", "NG", "Federal Capital Territory"),
        ("Sapporo", "JP", "Hokkaido"),
        ("Ravenna", "IT", "Emilia-Romagna"),
        ("Barcelona", "ES", "Catalonia"),
        ("Cianjur", "ID", "West Java"),
        ("Shiraz", "IR", "Fars"),
        ("Lahore", "PK", "Punjab"),
        ("Odesa", "UA", "Odesa Oblast"),
        ("Suwon", "KR", "Gyeonggi"),
        ("Durban", "ZA", "KwaZulu-Natal"),
        ("İzmit", "TR", "Kocaeli"),
        ("Kazan", "RU", "Tatarstan"),
        ("Vladivostok", "RU", "Primorsky Krai"),
        ("Yekaterinburg", "RU", "Sverdlovsk Oblast"),
        ("Cali", "CO", "Valle del Cauca"),
        ("Cúcuta", "CO", "Norte de Santander"),
        ("Wrocław", "PL", "Lower Silesia"),
        ("Gdańsk", "PL", "Pomerania"),
        ("Marawi", "PH", "Autonomous Region in Muslim Mindanao"),
        ("Quezon City", "PH", "Metro Manila"),
    ],
)
def test_cities_know_their_first_level_subdivision(city, country, subdivision):
    entry = max((e for e in gazetteer.lookup(city) if e.kind == "city" and e.country == country), key=lambda e: e.population)
    names = [fold(e.name) for e in gazetteer.ancestors(entry.id)]
    assert fold(subdivision) in names and names[-1] == fold(gazetteer.country(country).name)


def test_subdivisions_have_their_english_names():
    assert [e.id for e in gazetteer.lookup("West Java")] == ["iso:ID-JB"]
    assert [e.id for e in gazetteer.lookup("East Kalimantan")] == ["iso:ID-KI"]
    assert [e.id for e in gazetteer.lookup("North Sumatra")] == ["iso:ID-SU"]
    assert "iso:UA-59" in [e.id for e in gazetteer.lookup("Sumy")]
    assert "iso:MX-MIC" in [e.id for e in gazetteer.lookup("Michoacan")]
    # GeoNames files Palestinian towns under the two territories, not ISO's governorates.
    khan_younis = [e for e in gazetteer.lookup("Khan Younis") if e.kind == "city"][0]
    assert khan_younis.within[0] == "cc:gaza-strip"
    assert [e for e in gazetteer.lookup("Jenin") if e.kind == "city"][0].within[0] == "cc:west-bank"
    assert [e.id for e in gazetteer.lookup("Lower Silesia")] == ["iso:PL-02"]
    assert [e.id for e in gazetteer.lookup("Greater Poland")] == ["iso:PL-30"]
    assert [e.id for e in gazetteer.lookup("Amhara region")] == ["iso:ET-AM"]
    assert gazetteer.get("iso:ET-TI").name == "Tigray"
    # GeoNames' Japanese "-shi" is dropped: the city is Nara, as English writes it.
    assert "Nara" in [e.name for e in gazetteer.lookup("Nara") if e.kind == "city" and e.country == "JP"]


def test_subdivision_type_is_kept():
    assert gazetteer.get("iso:IR-24").type == "province"
    assert gazetteer.get("iso:US-TX").type == "state"
    assert gazetteer.get("iso:AZ-NX").kind == "subdivision"


def test_get_country_and_unknowns():
    assert gazetteer.get("iso:AZ").name == "Azerbaijan"
    assert gazetteer.get("iso:ZZ") is None
    assert gazetteer.get("nonsense") is None
    assert gazetteer.ancestors("nonsense") == ()
    assert gazetteer.country_by_name("Burma").id == "iso:MM"
    assert gazetteer.country_by_name("Atlantis") is None
    with pytest.raises(KeyError):
        gazetteer.country("ZZ")


def test_demonyms_and_codes_are_not_names():
    for word in ["Turkish", "Iranian", "Azerbaijani", "Armenian", "Israeli", "Russian", "AZE", "IRN"]:
        assert gazetteer.lookup(word) == (), word


def test_place_value_carries_containers():
    value = gazetteer.place_value(gazetteer.get("iso:AZ-NX"), relation="border")
    assert value == PlaceValue(
        name="Nakhchivan",
        id="iso:AZ-NX",
        kind="subdivision",
        within=("iso:AZ",),
        within_names=("Azerbaijan",),
        relation="border",
    )
    assert value.normalized == "border:Nakhchivan"
    assert gazetteer.place_value(gazetteer.get("iso:AZ")).normalized == "Azerbaijan"


def test_every_container_exists_and_ids_are_unique():
    data = gazetteer._data()
    seen = set()
    for number in range(data.n_entries):
        entry = data.entry(number)
        assert entry.id not in seen
        seen.add(entry.id)
        assert gazetteer.get(entry.id) == entry
        for container in entry.within:
            assert gazetteer.get(container) is not None, (entry.id, container)


def test_lookup_speed_report():
    start = time.perf_counter()
    for _ in range(10_000):
        gazetteer.lookup("Naxçıvan")
    print(f"10,000 lookups: {time.perf_counter() - start:.3f}s")


def test_empty_and_odd_names_find_nothing():
    assert gazetteer.lookup("") == ()
    assert gazetteer.lookup("   ") == ()
    assert gazetteer.lookup("zzzz qqqq") == ()


# ----------------------------------------------------------------------------- look-alikes

LOOKALIKES = Path(__file__).resolve().parent.parent / "fixtures" / "eval" / "lookalikes.toml"


def _resolve_alone(name: str) -> PlaceValue | None:
    """Resolve a name standing alone: the place extractor's mention at its start, else (a small
    town without its country) the gazetteer's best-ranked entry of that name, else None."""
    from crosscheck.extract.places import find

    for mention in find(name):
        if mention.start == 0:
            return mention.value
    entries = sorted(gazetteer.lookup(name), key=lambda e: (gazetteer.KIND_RANK[e.kind], -e.population, e.id))
    return gazetteer.place_value(entries[0]) if entries else None


def test_lookalikes_never_merge():
    import tomllib

    from crosscheck.compare import compare

    pairs = tomllib.loads(LOOKALIKES.read_text(encoding="utf-8"))["pair"]
    assert len(pairs) >= 200
    merged, unresolved, moved = [], [], []
    for pair in pairs:
        a, b = _resolve_alone(pair["a"]), _resolve_alone(pair["b"])
        if a is None or b is None:
            unresolved.append((pair["a"], pair["b"]))
            continue
        if (a.id, b.id) != (pair["a_id"], pair["b_id"]):
            moved.append((pair["a"], a.id, pair["b"], b.id))
        verdict = compare(a, b, attribute="location").verdict
        if a.id == b.id or verdict == "agree":
            merged.append((pair["a"], pair["b"], a.id, b.id, verdict))
    print(f"\nlook-alikes: {len(pairs)} pairs, {len(merged)} false merges, {len(unresolved)} unresolved, "
          f"{len(moved)} resolved differently from when written")
    assert not merged
    assert not unresolved


# ----------------------------------------------------------------------------- user aliases


@pytest.fixture
def fresh_data(monkeypatch):
    """Give the test its own loaded data, so aliases it adds do not leak into other tests."""
    monkeypatch.setattr(gazetteer, "_holder", [])
    yield
    gazetteer._holder.clear()


def test_alias_file_adds_names(tmp_path, fresh_data):
    from crosscheck.extract.places import find

    path = tmp_path / "aliases.toml"
    path.write_text(
        '[[alias]]\nname = "Artsakh Republic"\nplace = "cc:nagorno-karabakh"\n\n'
        '[[alias]]\nname = "Xankandi city"\nplace = "Stepanakert"\n',
        encoding="utf-8",
    )
    assert not ids("Artsakh Republic")
    assert gazetteer.load_aliases(path) == 2
    assert ids("Artsakh Republic") == {"cc:nagorno-karabakh"}
    assert ids("Xankandi city") == {"cc:stepanakert"}
    found = {m.text: m.value.id for m in find("Shelling hit the Artsakh Republic on Monday.")}
    assert found == {"Artsakh Republic": "cc:nagorno-karabakh"}
    # An alias adds a name; it never takes one away or merges look-alikes.
    assert ids("Niger") and "cc:nagorno-karabakh" not in ids("Niger")


def test_alias_errors_name_the_file_and_add_nothing(tmp_path, fresh_data):
    bad = tmp_path / "bad.toml"
    bad.write_text('[[alias]]\nname = "Good Name"\nplace = "iso:AZ"\n[[alias]]\nname = "X"\nplace = "Paris"\n')
    with pytest.raises(ValueError, match="bad.toml.*Paris.*places"):
        gazetteer.load_aliases(bad)
    assert not ids("Good Name")
    broken = tmp_path / "broken.toml"
    broken.write_text("[[alias]\nname=")
    with pytest.raises(ValueError, match="broken.toml: not valid TOML"):
        gazetteer.load_aliases(broken)
    with pytest.raises(ValueError, match="missing.toml: cannot read"):
        gazetteer.load_aliases(tmp_path / "missing.toml")
    with pytest.raises(ValueError, match="needs a non-empty"):
        gazetteer.parse_aliases('[[alias]]\nname = "X"\n')


def test_alias_environment_variable_is_read_on_first_lookup(tmp_path):
    path = tmp_path / "env.toml"
    path.write_text('[[alias]]\nname = "Zangezur Republic"\nplace = "iso:AM"\n', encoding="utf-8")
    code = (
        "import crosscheck.gazetteer as g\n"
        "assert not g._holder\n"
        "print(sorted(e.id for e in g.lookup('Zangezur Republic')))\n"
    )
    package_root = str(Path(gazetteer.__file__).resolve().parent.parent)
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([package_root, os.environ.get("PYTHONPATH", "")]),
        gazetteer.ALIASES_ENV: str(path),
    }
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    assert out.stdout.strip() == "['iso:AM']"
