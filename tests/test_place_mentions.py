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
    ("Georgian troops entered Abkhazia\u02bcs Gali district.", ("Gali", "Region"), "locatedIn", ("Abkhazia", "Region")),
    ("Drones struck Russia\u2018s Belgorod region.", ("Belgorod", "Region"), "locatedIn", ("Russia", "Country")),
    ("Drones struck Russia\u2019s Belgorod region.", ("Belgorod", "Region"), "locatedIn", ("Russia", "Country")),
    ("Protesters gathered in Tahrir Square in Cairo.", ("Tahrir Square", "Place"), "locatedIn", ("Cairo", "City")),
    # "the <demonym> port of X": X is a city of the demonym's state
    ("Drones struck the Ukrainian port of Odesa on Monday.", ("Odesa", "City"), "locatedIn", ("Ukraine", "Country")),
    ("Missiles hit the Ukrainian port of Mariupol.", ("Mariupol", "City"), "locatedIn", ("Ukraine", "Country")),
    ("Refugees returned to Kharkiv, a Ukrainian city hit by shelling.", ("Kharkiv", "City"), "locatedIn", ("Ukraine", "Country")),
    # "<Name>-controlled X"
    ("Shelling hit the Russian-controlled city of Donetsk.", ("Russia", "Country"), "occupies", ("Donetsk", "City")),
    ("Shells fell on Russian-occupied Melitopol.", ("Russia", "Country"), "occupies", ("Melitopol", "Place")),
    # a place the gazetteer knows, in a place's position, though the NER took it for a person
    ("Russia attacked Kharkiv on Monday.", ("Russia", "Country"), "attacks", ("Kharkiv", "City")),
]


@pytest.mark.parametrize(("text", "subject", "relation", "obj"), ROWS, ids=[r[0][:48] for r in ROWS])
def test_place_shapes(text, subject, relation, obj):
    found = {((s.subject.label, str(s.subject.cls)), s.relation, (s.object.label, str(s.object.cls))) for s in _statements(text)}
    assert (subject, relation, obj) in found, _listing(text)


def test_the_capital_of_a_state_stays_the_state():
    text = "Tehran, the capital of Iran, was hit."
    assert any(s.object.label == "Iran" and str(s.object.cls) == "Country" for s in _statements(text)), _listing(text)
