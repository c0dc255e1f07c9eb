"""One office per person and body (kgraph.offices): a table of our own texts run through
the whole extraction, and the rule on hand-made statements (a denied lead keeps the job)."""

from __future__ import annotations

import datetime as dt

import pytest

from kgraph.offices import one_office, one_seat
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


@pytest.mark.parametrize(("lead_status", "job_kept"), [(Status.ASSERTED, False), (Status.PLANNED, False), (Status.NEGATED, True)])
def test_one_office_statuses(lead_status, job_kept):
    doc = make_document("a.txt", "Omar Baldo leads the Northern Front. Omar Baldo works for the Northern Front.")
    person, body = make_entity("Omar Baldo", EntityClass.PERSON), make_entity("Northern Front", EntityClass.ORGANIZATION)
    lead = make_statement(doc, ref(person), Relation.LEADER_OF, ref(body), "leads", status=lead_status)
    job = make_statement(doc, ref(person), Relation.WORKS_FOR, ref(body), "works for")
    other = make_statement(doc, ref(make_entity("Ana Ruiz", EntityClass.PERSON)), Relation.WORKS_FOR, ref(body), "works for")
    kept = one_office([lead, job, other])
    assert (job in kept) is job_kept
    assert lead in kept and other in kept


@pytest.mark.parametrize(("part_status", "seat_kept"), [(Status.ASSERTED, False), (Status.NEGATED, True)])
def test_one_seat(part_status, seat_kept):
    doc = make_document("b.txt", "The ministry is part of Chile. The ministry is based in Chile. Acme is based in Chile.")
    body, state = make_entity("Chile's foreign ministry", EntityClass.ORGANIZATION), make_entity("Chile", EntityClass.COUNTRY)
    part = make_statement(doc, ref(body), Relation.PART_OF, ref(state), "part of", status=part_status)
    seat = make_statement(doc, ref(body), Relation.BASED_IN, ref(state), "The ministry is based")
    other = make_statement(doc, ref(make_entity("Acme", EntityClass.ORGANIZATION)), Relation.BASED_IN, ref(state), "Acme")
    kept = one_seat([part, seat, other])
    assert (seat in kept) is seat_kept
    assert part in kept and other in kept
