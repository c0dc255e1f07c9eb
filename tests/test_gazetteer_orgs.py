"""Tests for scripts/gazetteer_orgs.py (organisations of the gazetteer from data sets) and for
the entries it gave kgraph/data/gazetteer.json."""

from __future__ import annotations


import pytest

from conftest import import_script
from kgraph.gazetteer import Gazetteer, GazEntry
from kgraph.resolve import Resolver
from kgraph.types import EntityClass as C

@pytest.fixture(scope="module")
def orgs():  # noqa: ANN201 - the script module
    return import_script("gazetteer_orgs", "english_words", "wordfreq")


@pytest.fixture(scope="module")
def places() -> Gazetteer:
    return Gazetteer(
        [
            GazEntry("Chad", C.COUNTRY, demonyms=("Chadian", "Chadians")),
            GazEntry("Liberia", C.COUNTRY, demonyms=("Liberian", "Liberians")),
            GazEntry("Central African Republic", C.COUNTRY, demonyms=("Central African",)),
            GazEntry("Tibet", C.REGION, country="China"),
        ]
    )


@pytest.mark.parametrize(
    ("name", "usable"),
    [
        ("Hamas", True),
        ("ELN", True),  # an abbreviation of three letters, no word
        ("M23", True),
        ("Kurdistan Workers' Party", True),
        ("National Liberation Army", True),  # three common words make a name
        ("Popular Front for the Rebirth of the Central African Republic", True),  # a state's name at its end
        ("Army", False),
        ("Front", False),
        ("Movement", False),
        ("The Base", False),  # one common word
        ("Islamic Party", False),  # a creed and a common word
        ("Defenders of the Faith", False),
        ("Royalists", False),  # the plural of a common word
        ("IS", False),  # two letters
        ("ALP", False),  # an English word in capitals ("alp")
        ("Forces of Khalifa al-Ghawil", False),  # a side, no organisation
        ("Military faction (constitutionalists)", False),
        ("Supporters of BNP", False),
        ("TTP - Tariq Afridi faction", False),
        ("Hutu rebels", False),  # people described, no name
        ("Tibet", False),  # a place
        ("Republic of Abkhazia", False),  # a state, however recognised
        ("Dniestr Republic", False),
        ("State of Oman/Free Oman", False),
        ("Chadian Armed Forces", False),  # a state's forces
        ("Armed Forces of Liberia", False),
        ("Ejército de Liberación Nacional", True),
        ("ကချင်လွတ်လပ်ရေး အဖွဲ့ချုပ်", False),  # no Latin letters
    ],
)
def test_usable_name(orgs, places: Gazetteer, name: str, usable: bool) -> None:
    assert orgs.usable_name(orgs.clean_name(name), places) is usable


@pytest.mark.parametrize(
    ("raw", "clean"),
    [("Uwusa  ", "Uwusa"), ("'the Saviours'", "Saviours"), ("Issa (Dir)", "Issa"), ("Kurdistan Worker’s Party", "Kurdistan Worker's Party")],
)
def test_clean_name(orgs, raw: str, clean: str) -> None:
    assert orgs.clean_name(raw) == clean


def test_abbreviations_are_one_only_as_written(orgs) -> None:
    assert orgs.name_key("JEM") != orgs.name_key("JeM")  # Justice and Equality Movement, Jaish-e-Mohammed
    assert orgs.name_key("U.N.") == orgs.name_key("UN")
    assert orgs.name_key("Hamas") == orgs.name_key("HAMAS")


def test_merge_groups(orgs) -> None:
    curated = [
        {"label": "Taliban", "acronyms": [], "aliases": ["Afghan Taliban"], "ucdp": [303]},
        {"label": "Hamas", "acronyms": [], "aliases": []},
    ]
    data = [
        {"label": "Taleban", "acronyms": [], "aliases": [], "ucdp": [303]},  # joined by its id
        {"label": "Islamic Resistance Movement", "acronyms": [], "aliases": ["Hamas"], "ucdp": [209]},  # by a name
        {"label": "Justice and Equality Movement", "acronyms": ["JEM", "UN"], "aliases": [], "ucdp": [1]},
        {"label": "United Nations", "acronyms": ["XYZ"], "aliases": [], "ucdp": [2]},  # another body's name
    ]
    out = orgs.merge_groups(curated, data, reserved={orgs.name_key("United Nations"), orgs.name_key("UN")})
    assert [(o["label"], o["aliases"], o["acronyms"], o["ucdp"]) for o in out] == [
        ("Taliban", ["Afghan Taliban", "Taleban"], [], [303]),
        ("Hamas", ["Islamic Resistance Movement"], [], [209]),
        ("Justice and Equality Movement", [], ["JEM"], [1]),
    ]


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("ELN", "National Liberation Army"),
        ("Ejército de Liberación Nacional", "National Liberation Army"),
        ("Taleban", "Taliban"),
        ("MILF", "Moro Islamic Liberation Front"),
        ("Ansar Dine", "Ansar Dine"),
        ("JNIM", "Jama'at Nasr al-Islam wal-Muslimin"),
        ("Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "Boko Haram"),
        ("Sinaloa Cartel", "Sinaloa Cartel"),
        ("Kurdistan Freedom Falcons", "Kurdistan Freedom Falcons"),
        ("PKK", "Kurdistan Workers' Party"),
        ("JEM", "Justice and Equality Movement"),
        ("Jaish-e-Mohammed", "Jaish-e-Mohammed"),
    ],
)
def test_armed_groups_of_the_data_set(name: str, label: str) -> None:
    entry = Gazetteer.load().lookup(name)
    assert entry is not None and (entry.label, entry.cls) == (label, C.ORGANIZATION), name


@pytest.mark.parametrize(
    "name",
    ["Army", "Front", "Movement", "The Base", "Islamic Party", "Army of Islam", "Defenders of the Faith",
     "Royalists", "Contras", "PLA", "ISI", "NLA", "Islamic State of Iraq", "Party of God", "Spiders"],
)  # fmt: skip
def test_no_word_or_phrase_names_an_armed_group(name: str) -> None:
    entry = Gazetteer.load().lookup(name)
    assert entry is None or entry.cls is not C.ORGANIZATION, (name, entry)


@pytest.mark.parametrize(("name", "cls"), [("Tibet", C.REGION), ("Abkhazia", C.REGION), ("Republic of Abkhazia", None)])
def test_a_state_or_place_is_no_armed_group(name: str, cls: C | None) -> None:
    entry = Gazetteer.load().lookup(name)
    assert (entry.cls if entry is not None else None) is cls


@pytest.mark.parametrize(
    ("text", "hint", "label", "cls"),
    [
        ("the ELN", C.ORGANIZATION, "National Liberation Army", C.ORGANIZATION),
        ("Taleban", C.ORGANIZATION, "Taliban", C.ORGANIZATION),
        ("the Moro Islamic Liberation Front's", C.ORGANIZATION, "Moro Islamic Liberation Front", C.ORGANIZATION),
        ("the Front", C.ORGANIZATION, "Front", C.ORGANIZATION),  # no group of the data set
        ("the Army", C.ORGANIZATION, "Army", C.ORGANIZATION),
    ],
)
def test_resolver_labels_armed_groups(text: str, hint: C, label: str, cls: C) -> None:
    res = Resolver()
    res.begin_document("doc:1")
    ref = res.resolve(text, hint)
    assert (ref.label, ref.cls) == (label, cls)


@pytest.mark.parametrize(
    ("name", "label", "country"),
    [
        ("Leonardo", "Leonardo", "Italy"),
        ("Meggitt", "Meggitt", "United Kingdom"),
        ("Rheinmetall", "Rheinmetall", "Germany"),
        ("Kongsberg", "Kongsberg Gruppen", "Norway"),  # the name without its corporate suffix
        ("Hyundai Rotem", "Hyundai Rotem Company", "South Korea"),
        ("Airbus", "Airbus", None),  # the list names two states
    ],
)
def test_defence_companies_and_their_states(name: str, label: str, country: str | None) -> None:
    entry = Gazetteer.load().lookup(name)
    assert entry is not None and (entry.label, entry.cls, entry.country) == (label, C.ORGANIZATION, country)


@pytest.mark.parametrize("name", ["Naval Group", "Aerospace Corporation", "Aerospace", "Mitre", "Ball", "Group"])
def test_no_company_is_named_by_common_words(name: str) -> None:
    entry = Gazetteer.load().lookup(name)
    assert entry is None or entry.cls is not C.ORGANIZATION, (name, entry)
