"""Tests for scripts/gazetteer_places.py (names of states and places from the World Factbook)
and for the entries it gave kgraph/data/gazetteer.json."""

from __future__ import annotations


import pytest

from conftest import import_script
from kgraph.gazetteer import Gazetteer, GazEntry
from kgraph.resolve import Resolver, demonym_state
from kgraph.types import EntityClass as C

@pytest.fixture(scope="module")
def places_module():  # noqa: ANN201 - the script module
    return import_script("gazetteer_places", "pycountry")


@pytest.fixture(scope="module")
def places() -> Gazetteer:
    return Gazetteer(
        [
            GazEntry("Saudi Arabia", C.COUNTRY, aliases=("Kingdom of Saudi Arabia",), demonyms=("Saudi Arabian",)),
            GazEntry("Taiwan", C.COUNTRY),
            GazEntry("Ukraine", C.COUNTRY),
            GazEntry("Gaza", C.CITY, country="Palestine"),
            GazEntry("Krym", C.REGION, aliases=("Avtonomna Respublika Krym",), country="Ukraine"),
        ]
    )


def _item(short: str = "", *, adjective: str = "", noun: str = "", divisions: str = "", dependency: str = "") -> dict:
    return {
        "name": {"conventional short form": short},
        "nationality": {"adjective": adjective, "noun": noun},
        "divisions": divisions,
        "dependency": dependency,
    }


@pytest.mark.parametrize(
    ("adjective", "noun", "demonyms"),
    [
        ("Saudi or Saudi Arabian", "Saudi(s)", ["Saudi", "Saudi Arabian", "Saudis"]),
        ("Philippine", "Filipino(s)", ["Philippine", "Filipinos"]),
        ("Chinese", "Chinese (singular and plural)", ["Chinese"]),
        ("British", "Briton(s), British (collective plural)", ["British", "Britons"]),
        ("Finnish", "Finn(s)", ["Finnish", "Finns"]),  # "Finn" alone is also a given name
        ("Taiwan (or Taiwanese)", "Taiwan (singular and plural)", []),  # the place's name is no demonym
        ("none", "none", []),
    ],
)
def test_demonyms(places_module, places: Gazetteer, adjective: str, noun: str, demonyms: list[str]) -> None:
    assert places_module.demonyms(_item(adjective=adjective, noun=noun), places) == demonyms


def test_state_of(places_module, places: Gazetteer) -> None:
    assert places_module.state_of(_item("Saudi Arabia"), places) == "Saudi Arabia"
    assert places_module.state_of(_item("Gaza, Gaza Strip"), places) is None  # no state


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("2 provinces (<em>oblasti</em>); Crimea or Avtonomna Respublika Krym* (Simferopol), Volyn (Lutsk)",
         [(["Crimea", "Avtonomna Respublika Krym"], ["Simferopol"], True), (["Volyn"], ["Lutsk"], False)]),
        ("3 (<em>a</em>; <em>b</em>); Etela-Karjala (Finnish), Sodra Karelen (Swedish) [South Karelia]; Kainuu (Finnish); Lappi",
         [(["Etela-Karjala", "Sodra Karelen"], ["South Karelia"], False), (["Kainuu"], [], False), (["Lappi"], [], False)]),
        ("<strong>regions:</strong> Xizang (Tibet), Ningxia; (see note) <br><br><strong>city:</strong> Tbilisi",
         [(["Xizang"], ["Tibet"], False), (["Ningxia"], [], False), (["Tbilisi"], [], False)]),
        ("2 districts; Lefkosia (Nicosia; a small part administered by X), Pafos (Paphos)",
         [(["Lefkosia"], [], False), (["Pafos"], ["Paphos"], False)]),
        ("3 states; A, B; note - the breakaway region of X consists of ...", [(["A"], [], False), (["B"], [], False)]),
    ],
)  # fmt: skip
def test_divisions(places_module, text: str, first: list) -> None:
    assert places_module.divisions(text) == first


def test_merge_divisions(places_module, places: Gazetteer) -> None:
    regions = [
        {"label": "Krym", "aliases": ["Avtonomna Respublika Krym"], "country": "Ukraine"},
        {"label": "Tigrai", "aliases": [], "country": "Ukraine"},
        {"label": "Volyn", "aliases": [], "country": "Ukraine"},
    ]
    text = "3 things; Crimea or Avtonomna Respublika Krym* (Simferopol), Tigray, Volyn (Lutsk), Southern (Capital), Nowhere"
    added = places_module.merge_divisions(
        regions, {"up": _item("Ukraine", divisions=text)}, places, {"Ukraine": {"lutsk", "simferopol"}}, lambda n: n in ("Southern", "Capital")
    )
    assert [(r["label"], r["aliases"]) for r in regions] == [
        ("Crimea", ["Avtonomna Respublika Krym", "Krym"]),  # the Factbook's "X or Y": X is the name
        ("Tigrai", ["Tigray"]),  # the same name spelt otherwise
        ("Volyn", []),  # "Lutsk" is its seat, a town
    ]
    assert added == 1


def test_territories(places_module, places: Gazetteer) -> None:
    factbook = {
        "gz": _item("Gaza, Gaza Strip"),
        "gi": _item("Gibraltar", dependency="overseas territory of Saudi Arabia"),  # any one state named
        "tw": _item("Taiwan"),  # a state the gazetteer knows
        "xx": _item("World"),  # no place
        "um": _item("Baker Island, Howland Island, Jarvis Island"),  # a group of places
    }
    out = places_module.territories(factbook, places)
    assert [(t["label"], t["aliases"], t["country"]) for t in out] == [("Gibraltar", [], "Saudi Arabia"), ("Gaza Strip", [], None)]


# -- the shipped gazetteer -------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "label", "cls"),
    [
        ("Crimea", "Crimea", C.REGION),
        ("Krym", "Crimea", C.REGION),
        ("Tibet", "Xizang", C.REGION),
        ("Tigray", "Tigrai", C.REGION),
        ("Inner Mongolia", "Nei Mongol", C.REGION),
        ("Gaza Strip", "Gaza Strip", C.REGION),
        ("West Bank", "West Bank", C.REGION),
        ("Western Sahara", "Western Sahara", C.REGION),
        ("Hong Kong", "Hong Kong", C.REGION),
        ("Gaza", "Gaza", C.CITY),  # the city keeps its name
        ("Bavaria", "Bayern", C.REGION),
    ],
)
def test_places_of_the_factbook(name: str, label: str, cls: C) -> None:
    entry = Gazetteer.load().lookup(name)
    assert entry is not None and (entry.label, entry.cls) == (label, cls), (name, entry)


@pytest.mark.parametrize(
    ("word", "state"),
    [("Philippine", "Philippines"), ("Saudi", "Saudi Arabia"), ("Saudis", "Saudi Arabia"), ("Emirati", "United Arab Emirates"),
     ("Spaniards", "Spain"), ("Finns", "Finland"), ("Finn", None), ("Dane", None), ("Korean", None), ("Southern", None),
     ("Capital", None)],
)  # fmt: skip
def test_demonyms_of_the_factbook(word: str, state: str | None) -> None:
    entry = Gazetteer.load().demonym(word)
    assert (entry.label if entry is not None else None) == state


@pytest.mark.parametrize(
    ("phrase", "state"),
    [("Saudi forces", "Saudi Arabia"), ("Philippine troops", "Philippines"), ("Saudi Aramco", None), ("the Korean War", None)],
)
def test_demonym_phrases_stand_for_states(phrase: str, state: str | None) -> None:
    entry = demonym_state(phrase)
    assert (entry.label if entry is not None else None) == state


@pytest.mark.parametrize(
    ("text", "hint", "actor", "label", "cls"),
    [
        ("Crimea", C.REGION, False, "Crimea", C.REGION),
        ("Crimea", C.PERSON, False, "Crimea", C.PERSON),  # a person-tagged name is left to the retyping rules
        ("the Saudis", C.GROUP, True, "Saudi Arabia", C.COUNTRY),
        ("Philippine Navy", C.ORGANIZATION, False, "Philippine Navy", C.ORGANIZATION),
        ("the Gaza Strip", C.REGION, False, "Gaza Strip", C.REGION),
    ],
)
def test_resolver_uses_factbook_names(text: str, hint: C, actor: bool, label: str, cls: C) -> None:
    res = Resolver()
    res.begin_document("doc:1")
    ref = res.resolve(text, hint, as_actor=actor)
    assert (ref.label, ref.cls) == (label, cls)
