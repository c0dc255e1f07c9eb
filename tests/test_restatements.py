"""One contingent or consignment named in several ways is one entity (kgraph.restatements),
and an unnamed agreement is the one the document names: tables of our own texts."""

from __future__ import annotations

from functools import lru_cache

import pytest

from factories import make_document
from kgraph.extract import extract
from kgraph.nlp.lexicon import load_lexicon
from kgraph.restatements import kind

pytestmark = pytest.mark.slow


@lru_cache(maxsize=None)
def _statements(text: str):
    return extract([make_document("restated.txt", text)]).statements


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
    # a visit told at two levels: the country is the city the subject visits there
    ("Xi Jinping arrives in Russia for talks\nXi Jinping flew into Moscow on Monday for talks with Vladimir Putin.",
     "Xi Jinping", "visits", "Moscow"),
    # an unnamed agreement is the one the document names
    ("Armenia and Azerbaijan signed the Washington Peace Accord after long talks in May. "
     "Armenia signed a new pact with Azerbaijan on Friday.",
     "Armenia", "signs", "Washington Peace Accord"),
]


@pytest.mark.parametrize(("text", "subject", "relation", "obj"), ONE_OBJECT, ids=[r[0][:40] for r in ONE_OBJECT])
def test_one_object(text, subject, relation, obj):
    assert _objects(text, subject, relation) == {obj}


# text, subject, relation, objects that stay apart
APART = [
    ("Chile sent engineers to Haiti. Chile also sent 300 troops to Haiti.", "Chile", "deploys", {"engineers", "troops"}),
    ("Peru sold 12 helicopters to Bolivia. Peru also sold 40 trucks to Bolivia.", "Peru", "supplies", {"helicopters", "trucks"}),
]


@pytest.mark.parametrize(("text", "subject", "relation", "objects"), APART, ids=[r[0][:40] for r in APART])
def test_different_objects_stay_apart(text, subject, relation, objects):
    assert _objects(text, subject, relation) == objects


@pytest.mark.parametrize(
    ("label", "expected"),
    [("North Korean Army engineer unit", "engineer"), ("slave laborers", "worker"), ("North Korean workers", "worker"),
     ("troops", "troop"), ("soldiers", "troop"), ("artillery batteries", "battery"), ("a batch of drones", "drone")],
)
def test_kind(label, expected):
    assert kind(label, load_lexicon()) == expected
