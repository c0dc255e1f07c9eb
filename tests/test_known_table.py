"""Constructions kgraph misread in news, fixed as general shapes, as a table of our own sentences.

Each shape has rows that must be stated (its right reading) and rows that must not (the
misreading, or a look-alike that says something else). Sentences are made up, news-style;
none is from the samples, the benchmark or the audit pool. A row runs the whole of
``kgraph.extract.extract`` on the text.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import pytest

from tests.factories import extracted_triples

pytestmark = pytest.mark.slow

DATE = dt.date(2024, 6, 25)

# (text, subject label, relation, object label): each must be stated.
MUST = [
    # --- a designation as a terrorist organisation is a sanction by the designating state
    ("Britain declared Hamas a terrorist organisation in 2021.", "United Kingdom", "sanctions", "Hamas"),
    ("Hezbollah was listed as a terrorist group by Canada and Australia.", "Australia", "sanctions", "Hezbollah"),
    ("On Monday Peru designated Lashkar-e-Taiba and two other groups as foreign terrorist organizations.", "Peru",
     "sanctions", "Lashkar-e-Taiba"),
    # --- support held or received: "X had the backing of Y" (Y supports X)
    ("Colombia had the backing of Brazil in the border dispute.", "Brazil", "supports", "Colombia"),
    ("Peru enjoys the support of Chile in the talks.", "Chile", "supports", "Peru"),
    ("With the support of Turkey, the rebels seized Aleppo on Monday.", "Turkey", "supports", "rebels"),
    ("The Soviet Union sent a delegation to show its support of India.", "Soviet Union", "supports", "India"),
    # --- approving another's deployment: the troops' own state sends them; an approved sale is the approver's
    ("The African Union and the Somali government have approved the deployment of 2,500 Ethiopian troops to Somalia.",
     "Ethiopia", "deploys", "Ethiopian troops"),
    ("The State Department approved the sale of 12 F-16 jets to Turkey.", "State Department", "supplies", "jets"),
    # --- "A from X and B from Y": each "from" belongs to its own conjunct
    ("Defense giants Leonardo from Italy and Rheinmetall from Germany on Tuesday created a tank-building alliance.",
     "Rheinmetall", "basedIn", "Germany"),
    ("Defense giants Leonardo from Italy and Rheinmetall from Germany on Tuesday created a tank-building alliance.",
     "Leonardo", "basedIn", "Italy"),
    ("Ali Hassan from Baghdad and Omar Khalid from Damascus were arrested.", "Omar Khalid", "livesIn", "Damascus"),
    # --- "supply R with X": X is supplied, also when R is no name; "members X and Y (as well as Z)" act
    ("Chile and Peru supplied the junta with rifles.", "Peru", "supplies", "rifles"),
    ("Iran supplied the rebels with rifles and rockets.", "Iran", "supplies", "rockets"),
    ("Council members Chile and Peru, as well as Bolivia, continue to provide the militia with drones.", "Bolivia",
     "supplies", "drones"),
    # --- a title with its own complement, then the name in apposition: the holder serves the body before the title
    ("United Nations Special Rapporteur on the situation in Belarus, Anna Novak, urged the council to act.", "Anna Novak",
     "worksFor", "United Nations"),
    ("UN Special Rapporteur Tom Andrews urged the council to act.", "Tom Andrews", "worksFor", "United Nations"),
]  # fmt: skip

# (text, subject label, relation, object label): none may be stated.
MUST_NOT = [
    # --- a designation with no label of terror is no sanction
    ("Washington designated Ryan Crocker as its envoy to Iraq.", "United States", "sanctions", "Ryan Crocker"),
    ("Chile declared Bolivia a partner in the fight against drug trafficking.", "Chile", "sanctions", "Bolivia"),
    ("Peru listed Ecuador as its main trading partner.", "Peru", "sanctions", "Ecuador"),
    # --- the one who has the backing does not give it
    ("Colombia had the backing of Brazil in the border dispute.", "Colombia", "supports", "Brazil"),
    ("With the support of Turkey, the rebels seized Aleppo on Monday.", "rebels", "supports", "Turkey"),
    # --- the approver is not the deployer
    ("The African Union and the Somali government have approved the deployment of 2,500 Ethiopian troops to Somalia.",
     "African Union", "deploys", "Ethiopian troops"),
    ("Chile's senate authorized the deployment of 300 Peruvian soldiers to Arica.", "Chile", "deploys", "Peruvian soldiers"),
    # --- no crossed facts
    ("Defense giants Leonardo from Italy and Rheinmetall from Germany on Tuesday created a tank-building alliance.",
     "Leonardo", "basedIn", "Germany"),
    ("Ali Hassan from Baghdad and Omar Khalid from Damascus were arrested.", "Ali Hassan", "livesIn", "Damascus"),
    ("Flooding was reported in Brazoria, Fort Bend and Galveston Counties in southeast Texas.", "Fort Bend", "basedIn", "Texas"),
    # --- the one supplied is no deployment
    ("Iran supplied the rebels with rifles and rockets.", "Iran", "deploys", "rebels"),
    ("Chile and Peru supplied the junta with rifles.", "Chile", "supplies", "junta"),
    # --- the place in the title's complement is not whom the holder serves
    ("United Nations Special Rapporteur on the situation in Belarus, Anna Novak, urged the council to act.", "Anna Novak",
     "worksFor", "Belarus"),
    ("The special envoy for Yemen, Hans Grundberg, arrived in Aden.", "Hans Grundberg", "worksFor", "Yemen"),
]  # fmt: skip


@lru_cache(maxsize=None)
def _triples(text: str) -> frozenset[tuple[str, str, str]]:
    return extracted_triples(text, DATE)


@pytest.mark.parametrize(("text", "subject", "relation", "obj"), MUST, ids=[r[0][:40] for r in MUST])
def test_construction_is_read(nlp, text, subject, relation, obj):
    found = _triples(text)
    assert (subject, relation, obj) in found, f"{text!r}: got {sorted(found)}"


@pytest.mark.parametrize(("text", "subject", "relation", "obj"), MUST_NOT, ids=[r[0][:40] for r in MUST_NOT])
def test_misreading_is_gone(nlp, text, subject, relation, obj):
    found = _triples(text)
    assert (subject, relation, obj) not in found, f"{text!r}: got {sorted(found)}"
