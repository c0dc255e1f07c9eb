"""Constructions of the people relations (worksFor, leaderOf, meetsWith, cooperatesWith,
supports) that recur in news, as a table of our own sentences.

Each shape has rows that must fire and rows where it must not (the look-alike that
states no such relation). Sentences are made up, news-style; none is from the samples,
the benchmark or the audit pool. A row runs the whole of ``kgraph.extract.extract``.
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
    # states that sign a deal for arms or goods, or one whose aim is cooperation, cooperate
    ("Chile and Peru signed a deal for the sale of armed drones.", "Chile", "cooperatesWith", "Peru"),
    ("Chile signed a deal with Peru to buy six frigates.", "Chile", "cooperatesWith", "Peru"),
    ("Chile and Peru signed a treaty to deepen defence and trade ties.", "Chile", "cooperatesWith", "Peru"),
    ("Chile and Peru signed an agreement pledging support of each other.", "Chile", "cooperatesWith", "Peru"),
    # "X-backed Y": the name in apposition, a demonym, the name inside the group's words, a participle read as a past
    ("Hezbollah, an Iran-backed movement, fired rockets at the border.", "Iran", "supports", "Hezbollah"),
    ("The Sudanese-backed SPLA rebel movement seized two villages.", "Sudan", "supports", "SPLA"),
    ("Critics of Iran-backed Kataib Hezbollah protested on Friday.", "Iran", "supports", "Kataib Hezbollah"),
    # a fronted passive participle with its agent describes the main clause's subject
    ("Backed by Chile, Peru rejected the plan.", "Chile", "supports", "Peru"),
    ("Supported by Qatar, Hamas rejected the proposal.", "Qatar", "supports", "Hamas"),
    ("Attacked by Chile, Peru withdrew its troops.", "Chile", "attacks", "Peru"),  # the shape, for any verb class
    # a verb that builds up a bond (lexicon bond_verbs) with a noun of cooperation: between the subjects, or "with" Y
    ("Chile and Peru have boosted their military ties since the war.", "Chile", "cooperatesWith", "Peru"),
    ("Chile strengthened relations with Peru.", "Chile", "cooperatesWith", "Peru"),
    ("The Chilean government shares good relations with the Peruvian government.", "Chile", "cooperatesWith", "Peru"),
    # a meeting noun in a phrase of time or state on a verb: its subject meets the noun's "with" party
    ("Olaf Scholz said after talks with Emmanuel Macron that the deal was close.", "Olaf Scholz", "meetsWith",
     "Emmanuel Macron"),
    ("Chile is in talks with Peru over the border.", "Chile", "meetsWith", "Peru"),
    ("During the summit, Chile and Peru condemned the coup.", "Chile", "meetsWith", "Peru"),
    # ... the person a state's possessive title names, however the parser splits the phrase
    ("After negotiations with Peru’s veteran President Ana Ruiz, Emmanuel Macron said he would stay.", "Emmanuel Macron",
     "meetsWith", "Ana Ruiz"),
    # an agent noun said of one of several: "X is one of Y's backers", "X, one of Y's allies", "among the suppliers"
    ("Chile is one of the key backers of Peru.", "Chile", "supports", "Peru"),
    ("Chile, one of Peru's closest allies, sent aid.", "Chile", "cooperatesWith", "Peru"),
    ("Chile remains among the main suppliers of drones to Peru.", "Chile", "supplies", "drones"),
    # "coordinator" is an official's title (lexicon member_titles), as "envoy" is
    ("The United Nations humanitarian coordinator for Haiti, Maria Lopez, said aid was blocked.", "Maria Lopez", "worksFor",
     "United Nations"),
    # "assist" and "aid" are verbs of support; one accused of doing it, even in the passive, is its doer
    ("Chile accused Peru of aiding the rebels with weapons.", "Peru", "supports", "rebels"),
    ("Peru has been accused of backing Hezbollah.", "Peru", "supports", "Hezbollah"),
    ("The UN will assist Haiti in the elections.", "United Nations", "supports", "Haiti"),
    # one who represents a body or a state is its official ("represent" class: worksFor)
    ("The Taliban, represented by Defence Minister Ahmad Karimi, rejected the claims.", "Ahmad Karimi", "worksFor", "Taliban"),
    # "they" of a clause under a verb whose subject names the parties
    ("Olaf Scholz and Emmanuel Macron signed the treaty as they held summit talks in Berlin.", "Olaf Scholz", "meetsWith",
     "Emmanuel Macron"),
    ("Chile and Peru said they will resume peace talks.", "Chile", "meetsWith", "Peru"),
]

# (text, subject label, relation, object label): none may be stated.
MUST_NOT = [
    # a truce, however worded, is no partnership; a trade deal names no goods
    ("Chile and Peru signed a ceasefire deal for the withdrawal of tanks.", "Chile", "cooperatesWith", "Peru"),
    ("Chile and Peru signed a peace agreement to end the war.", "Chile", "cooperatesWith", "Peru"),
    ("Chile and Peru signed a trade deal on Monday.", "Chile", "cooperatesWith", "Peru"),
    # a buyer and the firm that builds for it are no allies
    ("The Chilean navy and Andes Shipyards signed a contract to build six frigates.", "Chile", "cooperatesWith",
     "Andes Shipyards"),
    # a bloc is no state; a conditional participle states no backing
    ("Rebels raided a depot of the Western-backed Libyan army.", "Western", "supports", "Libya"),
    ("If backed by Chile, Peru will reject the plan.", "Chile", "supports", "Peru"),
    # a bond ended, a bond with no partner named, a shared thing that is no bond
    ("Chile cut ties with Peru.", "Chile", "cooperatesWith", "Peru"),
    ("Chile and Peru shared intelligence on the rebels.", "Chile", "cooperatesWith", "Peru"),
    # talks still to come, or talks that are the subject of their own clause, are no meeting of the verb's subject
    ("Olaf Scholz flew to Paris ahead of talks with Emmanuel Macron.", "Olaf Scholz", "meetsWith", "Emmanuel Macron"),
    ("Chile attacked the rebels after talks with Peru collapsed.", "Chile", "meetsWith", "Peru"),
    # "they" of a clause whose governing subject is one party names no pair
    ("Chile and Bolivia said they would not attend, and Peru stayed home.", "Chile", "meetsWith", "Peru"),
    # "one of" an agent noun that is the subject is said of no one named
    ("One of Peru's allies criticized Chile.", "Chile", "cooperatesWith", "Peru"),
    # the coordinator of an effort works for no body the text names
    ("Maria Lopez, the coordinator of the relief effort, arrived in Lima.", "Maria Lopez", "worksFor", "relief effort"),
    # the accuser of one who aided someone aided no one
    ("Chile accused Peru of aiding the rebels with weapons.", "Chile", "supports", "rebels"),
    # one represented is no body; a title alone names no representative
    ("Lawyers representing Ana Ruiz filed suit against Boeing.", "Lawyers", "worksFor", "Boeing"),
    ("Peru will be represented by Chairperson of the Congress Ana Maria Ruiz.", "Chairperson", "worksFor", "Peru"),
    # a participle of another class backs no one
    ("Attacked by Chile, Peru withdrew its troops.", "Chile", "supports", "Peru"),
]


@lru_cache(maxsize=None)
def _triples(text: str) -> frozenset[tuple[str, str, str]]:
    return extracted_triples(text, DATE)


@pytest.mark.parametrize(("text", "subject", "relation", "obj"), MUST, ids=[r[0][:40] for r in MUST])
def test_people_shape_fires(nlp, text, subject, relation, obj):
    found = _triples(text)
    assert (subject, relation, obj) in found, f"{text!r}: got {sorted(found)}"


@pytest.mark.parametrize(("text", "subject", "relation", "obj"), MUST_NOT, ids=[r[0][:40] for r in MUST_NOT])
def test_people_look_alike_does_not_fire(nlp, text, subject, relation, obj):
    found = _triples(text)
    assert (subject, relation, obj) not in found, f"{text!r}: got {sorted(found)}"
