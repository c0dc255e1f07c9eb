"""One contingent or consignment named in several ways is one entity (kgraph.restatements),
and an unnamed agreement is the one the document names: tables of our own texts."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import pytest

from factories import make_document
from kgraph.evaluate import facts
from kgraph.extract import extract
from kgraph.nlp.lexicon import load_lexicon
from kgraph.restatements import kind

pytestmark = pytest.mark.slow


#: The date of the table's documents, against which "on Friday" resolves.
DATED = dt.date(2025, 6, 6)


@lru_cache(maxsize=None)
def _statements(text: str):
    return extract([make_document("restated.txt", text, date=DATED)]).statements


def _objects(text: str, subject: str, relation: str) -> set[str]:
    return {s.object.label for s in _statements(text) if (s.subject.label, s.relation) == (subject, relation)}


# text, subject, relation, the one object every telling resolves to
ONE_OBJECT = [
    # the same figure
    ("Egypt offers 5,000 troops to Somalia\nEgypt is ready to send up to 5,000 personnel to Somalia. "
     "Cairo will dispatch about 5,000 volunteers, officials said.", "Egypt", "deploys", "troops"),
    # the same kind, through a collective head
    ("Chile will send army engineers to Haiti. The Chilean engineer unit will be deployed to Haiti in May.",
     "Chile", "deploys", "army engineers"),
    # the same kind, through a synonym
    ("Nepal sent workers to Qatar. Nepal also sent laborers to Qatar last year.", "Nepal", "deploys", "workers"),
    # drones told again by an acronym of their kind
    ("Peru will send Condor drones to Chile. Peru will export 12 UAVs to Chile, officials said.", "Peru", "supplies",
     "Condor drones"),
    # jets told again as aircraft or warplanes
    ("Peru buys 24 jets from Chile\nChile has sold 24 aircraft to Peru, the ministry said.", "Chile", "supplies", "jets"),
    # a visit told at two levels: the country is the city the subject visits there
    ("Xi Jinping arrives in Russia for talks\nXi Jinping flew into Moscow on Monday for talks with Vladimir Putin.",
     "Xi Jinping", "visits", "Moscow"),
    # a casualty figure told in the headline and the body, in words and in digits
    ("Nine rebels killed in Chilean air raid\nNine rebels were killed when Chilean jets struck a camp on Monday. "
     "The army said the jets killed 9 rebels.", "rebels", "sufferedCasualties", "Nine"),
    ("At least 14 Peruvian soldiers were killed in the ambush. Officials said 14 soldiers died.",
     "Peru", "sufferedCasualties", "At least 14"),
    # a named group counted again by its bare noun is the same group
    ("The army said it killed 15 FARC rebels. The troops neutralised 15 rebels in the raid.",
     "FARC rebels", "sufferedCasualties", "15"),
    # an unnamed agreement is the one the document names
    ("Armenia and Azerbaijan signed the Washington Peace Accord after long talks in May. "
     "Armenia signed a new pact with Azerbaijan on Friday.",
     "Armenia", "signs", "Washington Peace Accord"),
    # unnamed sets of targets sanctioned in one sentence are one set
    ("Canada imposed sanctions on three companies and four individuals over the coup.", "Canada", "sanctions", "companies"),
    ("Britain sanctioned two firms, three banks and five officials on Tuesday.", "United Kingdom", "sanctions", "firms"),
    # one agreement of one party, told as a deal and as a contract, a pact and a treaty
    ("Peru signed a defence deal with Chile on Monday. Peru also signed the contract for six frigates, officials said.",
     "Peru", "signs", "defence deal"),
    ("Ghana signed a security pact with Togo in Accra. Ghana signed the treaty after two years of talks.",
     "Ghana", "signs", "security pact"),
]


@pytest.mark.parametrize(("text", "subject", "relation", "obj"), ONE_OBJECT, ids=[r[0][:40] for r in ONE_OBJECT])
def test_one_object(text, subject, relation, obj):
    assert _objects(text, subject, relation) == {obj}


# text, subject, relation, objects that stay apart
# text, person, the employers every telling resolves to
EMPLOYERS = [
    # a bare service told beside the one state the person serves is that state's
    ("Chilean army chief General Pablo Soto visited Lima on Monday. "
     "During the talks with the army's General Pablo Soto, the two sides discussed training.", "Pablo Soto", {"Chile"}),
    ("Peruvian Navy officer Ana Ruiz spoke on Monday. Ruiz, who serves in the navy, said the fleet was ready.",
     "Ana Ruiz", {"Peru"}),
    # must not: a named body is an employer of its own; two states leave the bare body alone
    ("Chilean diplomat Pablo Soto spoke in Brussels. Soto works for NATO, officials said.", "Pablo Soto",
     {"Chile", "North Atlantic Treaty Organization"}),
    ("Chilean diplomat Pablo Soto spoke in Lima. Soto, a Peruvian official, served in the army for years.", "Pablo Soto",
     {"Chile", "Peru", "army"}),
]


@pytest.mark.parametrize(("text", "person", "employers"), EMPLOYERS, ids=[r[0][:40] for r in EMPLOYERS])
def test_one_employer(text, person, employers):
    assert _objects(text, person, "worksFor") == employers


APART = [
    ("Chile sent engineers to Haiti. Chile also sent 300 troops to Haiti.", "Chile", "deploys", {"engineers", "troops"}),
    ("Peru sold 12 helicopters to Bolivia. Peru also sold 40 trucks to Bolivia.", "Peru", "supplies", {"helicopters", "trucks"}),
    # jets to two recipients are two consignments; helicopters are no jets
    ("Chile sold 24 jets to Peru. Chile also sold aircraft to Bolivia.", "Chile", "supplies", {"jets", "aircraft"}),
    ("Chile sold 24 jets to Peru. Chile also sold 24 helicopters to Peru.", "Chile", "supplies", {"jets", "helicopters"}),
    ("Chile sold 24 Condor jets to Peru. Chile also sold six Falcon aircraft to Peru.", "Chile", "supplies",
     {"Condor jets", "Falcon aircraft"}),
    # one figure of two kinds of goods: two items
    ("Peru will send 18 howitzers to Bolivia. The package will also include 18 trucks.", "Peru", "supplies",
     {"howitzers", "trucks"}),
    # one kind, but different recipients: two contingents
    ("Kenya sent 400 soldiers to Haiti. Kenya also sent volunteers to Somalia.", "Kenya", "deploys", {"soldiers", "volunteers"}),
    # targets sanctioned in two sentences
    ("Canada sanctioned three companies on Monday. Canada also sanctioned two banks last year.", "Canada", "sanctions",
     {"companies", "banks"}),
    # agreements of two kinds, or signed at two times, are two agreements
    ("Peru signed a deal with Chile on Friday. Peru also signed a memorandum of understanding with Chile.", "Peru", "signs",
     {"deal", "memorandum"}),
    ("Peru signed a deal with Chile on Friday. In 2019, Peru signed a contract with Ecuador for six frigates.", "Peru",
     "signs", {"deal", "contract"}),
    # two figures of one side are two losses
    ("Twelve rebels were killed on Monday. Another 30 rebels were killed in air strikes.", "rebels", "sufferedCasualties",
     {"Twelve", "30"}),
]


@pytest.mark.parametrize(("text", "subject", "relation", "objects"), APART, ids=[r[0][:40] for r in APART])
def test_different_objects_stay_apart(text, subject, relation, objects):
    assert _objects(text, subject, relation) == objects


# text, the distinct (killer, victims) facts every telling of the killings resolves to
KILLINGS = [
    # the headline's killing told again in the body: the body's
    ("Gunmen kill officer in Andean town\nA police officer was killed by gunmen in the town of Cusco on Sunday, "
     "police said. The gunmen opened fire on a patrol, killing the officer.", {("gunmen", "police officer")}),
    # one killer's victims of one kind, told twice
    ("Maoist militants killed one soldier near Cusco. In a later ambush the militants killed two soldiers.",
     {("Maoist militants", "soldier")}),
    # must not: victims of two kinds, killings at two times, two killers
    ("Maoist militants killed five soldiers near Cusco on Monday. The militants also killed three civilians in the raid.",
     {("Maoist militants", "soldiers"), ("Maoist militants", "civilians")}),
    ("Maoist militants killed one soldier near Cusco on Monday. On Tuesday the militants killed two soldiers in an ambush.",
     {("Maoist militants", "soldier"), ("Maoist militants", "soldiers")}),
    ("Maoist militants killed four soldiers near Cusco. Colombian guerrillas killed six soldiers near Lima.",
     {("Maoist militants", "soldiers"), ("Colombian guerrillas", "soldiers")}),
]


@pytest.mark.parametrize(("text", "pairs"), KILLINGS, ids=[r[0][:40] for r in KILLINGS])
def test_one_killing(text, pairs):
    found = [f for f in facts(_statements(text)) if f.relation == "killed"]
    assert {(f.best.subject.label, f.best.object.label) for f in found} == pairs
    assert len(found) == len(pairs)


@pytest.mark.parametrize(
    ("label", "expected"),
    [("North Korean Army engineer unit", "engineer"), ("slave laborers", "worker"), ("North Korean workers", "worker"),
     ("troops", "troop"), ("soldiers", "troop"), ("500 volunteers", "troop"), ("peacekeeping forces", "troop"), ("artillery batteries", "battery"), ("a batch of drones", "drone"),
     ("24 F-16 jets", "jet"), ("aircraft", "jet"), ("warplanes", "jet")],
)
def test_kind(label, expected):
    assert kind(label, load_lexicon()) == expected
