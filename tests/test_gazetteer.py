"""Tests for kgraph.gazetteer and the generator script scripts/make_gazetteer.py."""

from __future__ import annotations

import json
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kgraph.errors import DataFileError
from kgraph.gazetteer import _QUOTES, DEFAULT_PATH, Gazetteer, GazEntry, clean_quotes, normalize_name
from kgraph.types import EntityClass as C

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


@pytest.mark.parametrize(
    ("name", "label", "cls"),
    [
        ("DPRK", "North Korea", C.COUNTRY),
        ("Democratic People's Republic of Korea", "North Korea", C.COUNTRY),
        ("the Democratic People’s Republic of Korea", "North Korea", C.COUNTRY),
        ("N. Korea", "North Korea", C.COUNTRY),
        ("S. Korea", "South Korea", C.COUNTRY),
        ("ROK", "South Korea", C.COUNTRY),
        ("Russian Federation", "Russia", C.COUNTRY),
        ("Russia's", "Russia", C.COUNTRY),
        ("the United States", "United States", C.COUNTRY),
        ("U.S.", "United States", C.COUNTRY),
        ("USA", "United States", C.COUNTRY),
        ("UK", "United Kingdom", C.COUNTRY),
        ("Syrian Arab Republic", "Syria", C.COUNTRY),
        ("Viet Nam", "Vietnam", C.COUNTRY),
        ("Türkiye", "Turkey", C.COUNTRY),
        ("Cote d'Ivoire", "Ivory Coast", C.COUNTRY),
        ("Georgia", "Georgia", C.COUNTRY),  # the state wins over the US state
        ("NATO", "North Atlantic Treaty Organization", C.ORGANIZATION),
        ("Nato", "North Atlantic Treaty Organization", C.ORGANIZATION),
        ("the UN", "United Nations", C.ORGANIZATION),
        ("WHO", "World Health Organization", C.ORGANIZATION),
        ("IAEA", "International Atomic Energy Agency", C.ORGANIZATION),
        ("Red Cross", "International Committee of the Red Cross", C.ORGANIZATION),
        ("Pyongyang", "Pyongyang", C.CITY),
        ("P'yongyang", "Pyongyang", C.CITY),
        ("Moscow", "Moscow", C.CITY),
        ("Kiev", "Kyiv", C.CITY),
        ("Vladivostok", "Vladivostok", C.CITY),
        ("Volgograd", "Volgograd", C.CITY),
        ("Donetsk region", "Donetsk", C.REGION),
        ("the Donetsk Oblast", "Donetsk", C.REGION),
        ("Kherson region", "Kherson", C.REGION),
        ("Scotland", "Scotland", C.REGION),
        # "of the" and "of" make one name
        ("Democratic Republic of Congo", "Democratic Republic of the Congo", C.COUNTRY),
        ("Republic of Congo", "Republic of the Congo", C.COUNTRY),
    ],
)
def test_lookup(gaz: Gazetteer, name: str, label: str, cls: C) -> None:
    entry = gaz.lookup(name)
    assert entry is not None, name
    assert (entry.label, entry.cls) == (label, cls)


@pytest.mark.parametrize("word", ["us", "who", "IN", "IT", "AM", "CAN", "per", "and", "the", ""])
def test_codes_and_words_are_not_names(gaz: Gazetteer, word: str) -> None:
    assert gaz.lookup(word) is None


def test_prefer_picks_among_homonyms(gaz: Gazetteer) -> None:
    assert gaz.lookup("Donetsk").cls is C.CITY
    region = gaz.lookup("Donetsk", C.REGION)
    assert region is not None and region.cls is C.REGION and region.country == "Ukraine"


def test_country_record(gaz: Gazetteer) -> None:
    nk = gaz.lookup("North Korea")
    assert isinstance(nk, GazEntry)
    assert nk.wikidata == "Q423"
    assert nk.capital == "Pyongyang"
    assert "North Korean" in nk.demonyms and "North Koreans" in nk.demonyms
    assert gaz.lookup("Russia").wikidata == "Q159"
    assert gaz.lookup("NATO").wikidata == "Q7184"


@pytest.mark.parametrize(
    ("phrase", "label"),
    [
        ("North Korean", "North Korea"),
        ("North Koreans", "North Korea"),
        ("the Russians", "Russia"),
        ("Ukrainian", "Ukraine"),
        ("Syrian", "Syria"),
        ("Chinese", "China"),
        ("American", "United States"),
    ],
)
def test_demonym(gaz: Gazetteer, phrase: str, label: str) -> None:
    entry = gaz.demonym(phrase)
    assert entry is not None and entry.label == label and entry.cls is C.COUNTRY


def test_ambiguous_or_unknown_demonym_is_none(gaz: Gazetteer) -> None:
    assert gaz.demonym("Congolese") is None  # two states
    assert gaz.demonym("Martian") is None


def test_demonym_prefix(gaz: Gazetteer) -> None:
    entry, rest = gaz.demonym_prefix("North Korean forces")
    assert entry.label == "North Korea" and rest == "forces"
    assert gaz.demonym_prefix("artillery shells") is None


def test_capital_of(gaz: Gazetteer) -> None:
    assert gaz.capital_of("Pyongyang").label == "North Korea"
    assert gaz.capital_of("Moscow").label == "Russia"
    assert gaz.capital_of("Seoul").label == "South Korea"
    assert gaz.capital_of("Vladivostok") is None
    assert gaz.capital_of("Nowhere-on-Sea") is None


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("The U.S.’s", "u s"),
        ("  Côte  d’Ivoire ", "cote divoire"),
        ("Timor-Leste", "timor leste"),
        ("timor leste", "timor leste"),
        ("the Hague", "hague"),
        ("Thebes", "thebes"),
        ("The", "the"),
        ("Jones'", "jones"),
        ("Kyiv`s", "kyiv"),
        ("São Tomé", "sao tome"),
        ("ＵＳＡ", "usa"),  # full-width letters: NFKC
        ("Zürich-West", "zurich west"),
        ("Москва", "москва"),  # another script stays as it is
        ("the Republic of the Congo", "republic of congo"),
    ],
)
def test_normalize_name(name: str, key: str) -> None:
    assert normalize_name(name) == key


@pytest.mark.parametrize(
    ("names", "abbrevs"),
    [
        (["United States", "U.S.", "USA", "America"], {"US", "USA"}),
        (["North Atlantic Treaty Organization", "NATO", "Nato"], {"NATO"}),
        (["World Health Organization", "WHO"], {"WHO"}),
        (["Democratic Republic of the Congo", "DR Congo"], set()),
    ],
)
def test_only_names_in_capitals_are_abbreviations(names: list[str], abbrevs: set[str]) -> None:
    gaz = Gazetteer([GazEntry(label=names[0], cls=C.ORGANIZATION, aliases=tuple(names[1:]))])
    assert set(gaz._abbrevs) == abbrevs
    for abbr in abbrevs:
        assert gaz.lookup(abbr).label == names[0]


def test_default_load_is_cached() -> None:
    # how long a load takes is measured by benchmarks/speed.py (start-up), never asserted
    first = Gazetteer.load()
    assert Gazetteer.load() is first


def test_a_copy_loads_the_same_entries(tmp_path: Path) -> None:
    copy = tmp_path / "g.json"
    copy.write_bytes(DEFAULT_PATH.read_bytes())
    assert Gazetteer.load(copy).entries == Gazetteer.load().entries


def test_data_file_is_reasonable() -> None:
    data = json.loads(DEFAULT_PATH.read_text(encoding="utf-8"))
    assert DEFAULT_PATH.stat().st_size < 3_000_000
    classes = {e["class"] for e in data["entries"]}
    assert classes == {"Country", "City", "Region", "Organization"}
    countries = [e for e in data["entries"] if e["class"] == "Country"]
    assert 190 <= len(countries) <= 205  # the states of today and a few of the past (Soviet Union)
    # never ISO 2-letter codes as aliases (they collide with English words)
    iso2 = {e["iso2"] for e in countries if e.get("iso2")}
    leaked = {a for e in countries for a in e["aliases"] if a in iso2 and a not in {"US"}}
    assert not leaked


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("{not json", "JSON"),
        ('{"version": 1}', "entries"),
        ('{"version": 99, "entries": []}', "version"),
        ('{"version": 1, "entries": [{"class": "Country"}]}', "label"),
        ('{"version": 1, "entries": [{"label": "X", "class": "Planet"}]}', "class"),
        ('{"version": 1, "entries": [{"label": "X", "class": "Person"}]}', "class"),
        ('{"version": 1, "entries": [{"label": "X", "class": "City", "aliases": "Y"}]}', "aliases"),
    ],
)
def test_bad_file_names_the_path(tmp_path: Path, content: str, problem: str) -> None:
    bad = tmp_path / "bad_gazetteer.json"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(DataFileError) as err:
        Gazetteer.load(bad)
    assert str(bad) in str(err.value)
    assert problem in str(err.value)


def test_missing_file_names_the_path(tmp_path: Path) -> None:
    missing = tmp_path / "nope.json"
    with pytest.raises(DataFileError, match="nope.json"):
        Gazetteer.load(missing)


@pytest.mark.slow
def test_generator_is_deterministic_and_matches_shipped_file(tmp_path: Path) -> None:
    pytest.importorskip("country_converter")
    outs = []
    for name in ("a.json", "b.json"):
        out = tmp_path / name
        subprocess.run(
            [sys.executable, str(ROOT / "scripts" / "make_gazetteer.py"), "--out", str(out)],
            check=True,
            capture_output=True,
        )
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]
    assert outs[0] == DEFAULT_PATH.read_bytes(), "kgraph/data/gazetteer.json is stale: rerun the script"


@pytest.mark.parametrize(
    ("words", "label"),
    [("Western", None), ("North", None), ("Central", None), ("Western Province", "Western Province"), ("Upper Nile", "Upper Nile")],
)
def test_a_region_named_by_a_direction_alone_needs_its_kind(words, label):
    entry = Gazetteer.load().lookup(words)
    assert (entry.label if entry is not None else None) == label


@pytest.mark.parametrize(("words", "label"), [("Soviet", "Soviet Union"), ("Yugoslav", "Yugoslavia"), ("East German", "East Germany")])
def test_states_of_the_past_and_their_demonyms(words, label):
    gaz = Gazetteer.load()
    assert gaz.demonym(words).label == label
    assert gaz.lookup(label).cls is C.COUNTRY


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=40))
def test_clean_quotes_of_ascii_is_the_full_normalisation(text: str) -> None:
    """The ASCII shortcut gives what NFKC and quote straightening give."""
    full = unicodedata.normalize("NFKC", text.translate(_QUOTES)).translate(_QUOTES)
    assert clean_quotes(text) == full


@pytest.mark.parametrize(
    ("text", "clean"), [("Russia`s", "Russia's"), ("Duda\u00b4s", "Duda's"), ("\u201cKyiv\u201d", '"Kyiv"'), ("a \u2013 b", "a - b")]
)
def test_clean_quotes(text: str, clean: str) -> None:
    assert clean_quotes(text) == clean
