"""One office per person and body (kgraph.offices): a table of our own texts run through
the whole extraction, and the rule on hand-made statements (a denied lead keeps the job)."""

from __future__ import annotations

import datetime as dt

import pytest

from kgraph.offices import one_office, one_part, one_seat
from kgraph.types import EntityClass, Relation, Status
from tests.factories import extracted_triples, make_document, make_entity, make_statement, ref

DATE = dt.date(2024, 6, 25)

# (text, a triple that must be stated, a triple that must not)
TEXTS = [
    # a deputy who becomes the head: the lead only
    ("Omar Baldo, the Northern Front's deputy chief, spoke on Monday. Baldo later became the head of the Northern Front.",
     ("Omar Baldo", "leaderOf", "Northern Front"), ("Omar Baldo", "worksFor", "Northern Front")),
    # one of the officials a plural title lists, named the head later
    ("The strike killed several Northern Front officials, including Omar Baldo. Omar Baldo, the head of the Northern "
     "Front, was 60.", ("Omar Baldo", "leaderOf", "Northern Front"), ("Omar Baldo", "worksFor", "Northern Front")),
    # another person's job at the body stays
    ("Ana Ruiz, spokeswoman for the Northern Front, spoke on Monday. Omar Baldo, the head of the Northern Front, agreed.",
     ("Ana Ruiz", "worksFor", "Northern Front"), ("Ana Ruiz", "leaderOf", "Northern Front")),
]  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize(("text", "stated", "not_stated"), TEXTS, ids=[r[0][:40] for r in TEXTS])
def test_one_office_in_texts(nlp, text, stated, not_stated):
    found = extracted_triples(text, DATE)
    assert stated in found, f"{text!r}: got {sorted(found)}"
    assert not_stated not in found, f"{text!r}: got {sorted(found)}"


# (rule, the relation that wins, the relation dropped beside it, subject class, object class)
PAIRS = [
    (one_office, Relation.LEADER_OF, Relation.WORKS_FOR, EntityClass.PERSON, EntityClass.ORGANIZATION),
    (one_seat, Relation.PART_OF, Relation.BASED_IN, EntityClass.ORGANIZATION, EntityClass.COUNTRY),
]


@pytest.mark.parametrize("status", [Status.ASSERTED, Status.PLANNED, Status.NEGATED])
@pytest.mark.parametrize(("rule", "wins", "dropped", "subject_cls", "object_cls"), PAIRS, ids=["office", "seat"])
def test_one_tie_per_pair(rule, wins, dropped, subject_cls, object_cls, status):
    doc = make_document("a.txt", "A is tied to B. A is tied again to B. C is tied to B.")
    a, b, c = make_entity("A", subject_cls), make_entity("B", object_cls), make_entity("C", subject_cls)
    strong = make_statement(doc, ref(a), wins, ref(b), "A is tied to", status=status)
    weak = make_statement(doc, ref(a), dropped, ref(b), "again")
    other = make_statement(doc, ref(c), dropped, ref(b), "C is")
    kept = rule([strong, weak, other])
    assert (weak in kept) is (status == Status.NEGATED)  # a denied tie leaves the other one
    assert strong in kept and other in kept


# (one body's name, the words that name its state there, another body's name, same fact)
PARTS = [
    ("Chile’s Foreign Ministry", "Chile’s", "Foreign Ministry", True),  # possessor in the name, then without
    ("Chilean Defense Ministry", "Chilean", "Defense Ministry", True),  # demonym in the name
    ("Foreign Ministry", "Chile", "Chile's Foreign Ministry", True),  # the bare name first: the later full name restates it
    ("Foreign Ministry", "Chile", "Peru's Foreign Ministry", False),  # another state's ministry
    ("Chile’s Foreign Ministry", "Chile’s", "Defense Ministry", False),  # two bodies
]


@pytest.mark.parametrize(("first", "words", "second", "same"), PARTS, ids=[r[0] + " / " + r[2] for r in PARTS])
def test_one_part(first, words, second, same):
    doc = make_document("c.txt", "The first body spoke. The second body spoke.")
    state = make_entity("Chile", EntityClass.COUNTRY)
    one = make_statement(doc, ref(make_entity(first, EntityClass.ORGANIZATION)), Relation.PART_OF, ref(state, words), "first")
    two = make_statement(doc, ref(make_entity(second, EntityClass.ORGANIZATION)), Relation.PART_OF, ref(state, "Chile"), "second")
    kept = one_part([two, one])  # in text order whatever the order given
    assert one in kept
    assert (two not in kept) is same
