"""Places said with a place noun, the gazetteer's places in a place's position, and the
relations these shapes state (kgraph.nlp.place_mentions), as tables of our own sentences."""

from __future__ import annotations

from functools import lru_cache

import pytest

from factories import make_document
from kgraph.extract import extract

pytestmark = pytest.mark.slow


@lru_cache(maxsize=None)
def _statements(text: str):
    return extract([make_document("places.txt", text)]).statements


def _listing(text: str) -> str:
    return "\n".join(
        f"{s.subject.label} [{s.subject.cls}] -{s.relation}-> {s.object.label} [{s.object.cls}]" for s in _statements(text)
    ) or "(none)"


# text, subject (label, class), relation, object (label, class)
ROWS = [
    # "<Name> region": one mention, the region, whatever the NER took the name for
    ("Ukrainian forces attacked the Kursk region.", ("Ukraine", "Country"), "attacks", ("Kursk", "Region")),
    ("Ukraine launched an attack on Russia's Kursk region.", ("Kursk", "Region"), "locatedIn", ("Russia", "Country")),
    ("Russian missiles hit the Kharkiv region of Ukraine.", ("Kharkiv", "Region"), "locatedIn", ("Ukraine", "Country")),
    ("Troops shelled the Avdiivka sector of the Donetsk region.", ("Avdiivka sector", "Place"), "locatedIn", ("Donetsk", "Region")),
    ("Jets pounded a hideout in the Shah Wali Kot area of Kandahar province.", ("Shah Wali Kot area", "Place"), "locatedIn",
     ("Kandahār", "Region")),
    ("Georgian troops entered Abkhazia\u02bcs Gali district.", ("Gali", "Region"), "locatedIn", ("Abkhazia", "Region")),
    ("Drones struck Russia\u2018s Belgorod region.", ("Belgorod", "Region"), "locatedIn", ("Russia", "Country")),
    ("Drones struck Russia\u2019s Belgorod region.", ("Belgorod", "Region"), "locatedIn", ("Russia", "Country")),
    ("Protesters gathered in Tahrir Square in Cairo.", ("Tahrir Square", "Place"), "locatedIn", ("Cairo", "City")),
    # "<Name> port city": the name is the city, whatever kind of city the common noun says
    ("Drones hit Russia's Novorossiysk port city.", ("Novorossiysk", "City"), "locatedIn", ("Russia", "Country")),
    ("Israel struck Gaza City on Monday.", ("Israel", "Country"), "attacks", ("Gaza City", "City")),
    # "the <demonym> port of X": X is a city of the demonym's state
    ("Drones struck the Ukrainian port of Odesa on Monday.", ("Odesa", "City"), "locatedIn", ("Ukraine", "Country")),
    ("Missiles hit the Ukrainian port of Mariupol.", ("Mariupol", "City"), "locatedIn", ("Ukraine", "Country")),
    ("Refugees returned to Kharkiv, a Ukrainian city hit by shelling.", ("Kharkiv", "City"), "locatedIn", ("Ukraine", "Country")),
    # "the <demonym> capital X", "the <demonym> port city X": the name right after the noun, no "of"
    ("The treaty was signed in the Kenyan capital Nairobi on Monday.", ("Nairobi", "City"), "locatedIn", ("Kenya", "Country")),
    ("The Egyptian port city Alexandria hosted the talks.", ("Alexandria", "City"), "locatedIn", ("Egypt", "Country")),
    # "Y's port of X", "Y's coastal city of X": X lies in the possessor
    ("Militants attacked a base near Kenya's coastal city of Mombasa.", ("Mombasa", "City"), "locatedIn", ("Kenya", "Country")),
    ("Drones hit Russia's port of Novorossiysk.", ("Novorossiysk", "City"), "locatedIn", ("Russia", "Country")),
    # "the <region> town of X": X is the town, and lies in the region named before the noun
    ("Russian forces shelled the Donetsk town of Avdiivka.", ("Russia", "Country"), "attacks", ("Avdiivka", "City")),
    ("Russian forces shelled the Donetsk town of Avdiivka.", ("Avdiivka", "City"), "locatedIn", ("Donetsk", "City")),
    ("Fighting raged near the Kherson village of Krynky.", ("Krynky", "City"), "locatedIn", ("Kherson", "Region")),
    ("Gunmen attacked a bank in the Sindh town of Larkana.", ("Larkana", "City"), "locatedIn", ("Sindh", "Region")),
    # names coordinated before a plural place noun, or in apposition after it: each a place of its kind
    ("Floods hit Nigeria's Borno and Yobe states on Monday.", ("Yobe", "Region"), "locatedIn", ("Nigeria", "Country")),
    ("Floods hit Nigeria's Borno and Yobe states on Monday.", ("Borno", "Region"), "locatedIn", ("Nigeria", "Country")),
    ("The militants seized the towns Dalori and Konduga last week.", ("militants", "Group"), "occupies", ("Dalori", "City")),
    # a name glued to "-based" is a place, whatever the NER took it for
    ("Executives at Falls Church-based General Dynamics praised the deal.", ("General Dynamics", "Organization"), "basedIn",
     ("Falls Church", "City")),
    # "<Name>-controlled X"
    ("Shelling hit the Russian-controlled city of Donetsk.", ("Russia", "Country"), "occupies", ("Donetsk", "City")),
    ("Shells fell on Russian-occupied Melitopol.", ("Russia", "Country"), "occupies", ("Melitopol", "City")),
    # "the X-controlled ports of A and B": each port; a plant is a place, not a firm
    ("Warships shelled the Houthi-controlled ports of Ras Kanib and Midi.", ("Houthis", "Organization"), "occupies", ("Midi", "City")),
    ("Shelling hit the Russian-controlled Kursk Nuclear Power Plant.", ("Russia", "Country"), "occupies",
     ("Kursk Nuclear Power Plant", "Place")),
    # "X was/fell under Y's control": Y holds X
    ("Boura, a town in eastern Mali, was now under JNIM's control.", ("Jama'at Nasr al-Islam wal-Muslimin", "Organization"), "occupies", ("Boura", "City")),
    ("Gao fell under the control of Islamist fighters in 2012.", ("Islamist fighters", "Group"), "occupies", ("Gao", "City")),
    ("Gao is now under the control of the Malian army.", ("Mali", "Country"), "occupies", ("Gao", "City")),
    ("Gao fell into the hands of Islamist fighters in 2012.", ("Islamist fighters", "Group"), "occupies", ("Gao", "City")),
    ("Officials said Boura, a town in Mali, was in the hands of the ISGS.", ("ISGS", "Organization"), "occupies", ("Boura", "City")),
    # ... and through a relative pronoun: "X, which had been under Y's control"
    ("Troops entered Donetsk, which had been under Russian control since 2014.", ("Russia", "Country"), "occupies",
     ("Donetsk", "City")),
    # a place the gazetteer knows, in a place's position, though the NER took it for a person
    ("Russia attacked Kharkiv on Monday.", ("Russia", "Country"), "attacks", ("Kharkiv", "City")),
    # "<Name> facility", "the X checkpoint": a facility named by its place noun is a place
    ("The shells will be filled at the Dravon facility in South Wales.", ("Dravon facility", "Place"), "locatedIn",
     ("South Wales", "Country")),
]


@pytest.mark.parametrize(("text", "subject", "relation", "obj"), ROWS, ids=[r[0][:48] for r in ROWS])
def test_place_shapes(text, subject, relation, obj):
    found = {((s.subject.label, str(s.subject.cls)), s.relation, (s.object.label, str(s.object.cls))) for s in _statements(text)}
    assert (subject, relation, obj) in found, _listing(text)


# text, a (subject, object) no locatedIn may join: the name after a demonym's noun is no place of it
UNPLACED = [
    ("The Russian port operator Transneft said exports rose.", ("Transneft", "Russia")),
    ("The Chilean capital's mayor Ana Soto met Peru's envoy.", ("Ana Soto", "Chile")),
    ("Talks in the Turkish capital ended, Tass reported.", ("Tass", "Turkey")),
]


@pytest.mark.parametrize(("text", "pair"), UNPLACED, ids=[r[0][:48] for r in UNPLACED])
def test_only_a_place_named_after_a_demonym_place_noun_lies_in_its_state(text, pair):
    assert not any((s.subject.label, s.object.label) == pair and s.relation == "locatedIn" for s in _statements(text)), _listing(text)


def test_the_capital_of_a_state_stays_the_state():
    text = "Tehran, the capital of Iran, was hit."
    assert any(s.object.label == "Iran" and str(s.object.cls) == "Country" for s in _statements(text)), _listing(text)


# text, a label no statement may carry: the town's noun is no part of a name
UNNAMED = [
    ("The energy sector of Ukraine was hit by strikes.", "energy sector"),
    ("Russian forces shelled the Donetsk town of Avdiivka.", "Donetsk town"),
    ("Gunmen attacked a bank in the Sindh town of Larkana.", "Sindh town"),
    ("Fighting raged near the Kherson village of Krynky.", "Kherson village"),
]


@pytest.mark.parametrize(("text", "label"), UNNAMED, ids=[r[0][:48] for r in UNNAMED])
def test_a_place_noun_between_two_names_names_neither(text, label):
    assert all(label not in (s.subject.label, s.object.label) for s in _statements(text)), _listing(text)


def test_the_capital_of_a_region_is_not_a_town_in_it():
    text = "Shells hit the Donetsk capital of Kramatorsk."  # a relational noun: no "lies in" beside it
    assert not any(s.rule == "place:settlement-of" for s in _statements(text)), _listing(text)


def test_the_class_the_words_around_a_name_give_it_holds_for_all_its_mentions():
    # the NER takes the later mentions for a state; the apposition says it is a suburb
    text = ("Jets struck Kafr Aziz, a northern suburb of Aleppo. Residents in Kafr Aziz were told to leave. "
            "Strikes in Kafr Aziz killed two people.")  # fmt: skip
    ex = extract([make_document("places.txt", text)])
    assert {str(e.cls) for e in ex.entities.values() if e.label == "Kafr Aziz"} == {"City"}


# text: no occupies may be stated (a fight for control is no hold; an economy is no place)
UNHELD = [
    "Rebels fought for control of Gao.",
    "The economy is under government control.",
    "Gao was under threat from Islamist fighters.",
    "The documents fell into the hands of Russia.",
]


@pytest.mark.parametrize("text", UNHELD, ids=[t[:48] for t in UNHELD])
def test_no_hold_without_a_place_under_control(text):
    assert not any(s.relation == "occupies" for s in _statements(text)), _listing(text)


def test_the_town_of_a_name_makes_each_mention_of_it_a_town():
    text = "Jihadists seized the town of Boura on Monday. Officials said that Boura was now under JNIM's control."
    found = {(s.subject.label, s.relation, s.object.label, str(s.object.cls)) for s in _statements(text)}
    assert ("Jama'at Nasr al-Islam wal-Muslimin", "occupies", "Boura", "City") in found, _listing(text)


def test_a_state_before_a_plural_place_noun_stays_a_state():
    text = "Shelling hit the Russia and Ukraine border regions. Russia attacked Ukraine."
    ex = extract([make_document("places.txt", text)])
    assert {str(e.cls) for e in ex.entities.values() if e.label in ("Russia", "Ukraine")} == {"Country"}


# text: a facility's "of" and its demonym name its owner, not its name or where it lies
OWNED_FACILITIES = [
    ("Gunmen attacked a checkpoint of the Border Guard in Kalmo district.", "Border Guard"),
    ("China keeps ships near Kalva Reef, an isolated Malian military outpost in the Sahel.", "Mali"),
]


@pytest.mark.parametrize(("text", "label"), OWNED_FACILITIES, ids=[r[0][:48] for r in OWNED_FACILITIES])
def test_a_facilitys_owner_is_no_place_of_it(text, label):
    assert not any(s.relation == "locatedIn" and label in (s.subject.label, s.object.label) for s in _statements(text)), _listing(text)
