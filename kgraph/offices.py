"""One tie per pair: a person who leads a body is not also its employee, a body that is
part of a state is not also seated in it.

An article says "X, the group's deputy chief" and later "X was elected its secretary
general", or lists "officials, including X" and adds "who had led the group for 30
years". A reader records one fact for the person and the body, the office at the top: a
document's ``worksFor`` statement of a person and an organisation or state is dropped when
the document also states, not negated, that the person leads it.

Likewise "China's foreign ministry" is one fact with China, which the gold signs as partOf
or basedIn: a ``basedIn`` of an organisation and a place is dropped when the document
states, not negated, that the organisation is part of it.
"""

from __future__ import annotations

from kgraph.types import Relation, Statement, Status


def one_office(statements: list[Statement]) -> list[Statement]:
    """``statements`` (of one document) without the ``worksFor`` statements of a person and
    a body the person is stated to lead."""
    led = {
        (s.subject.iri, s.object.iri) for s in statements
        if s.relation == Relation.LEADER_OF and s.status != Status.NEGATED
    }  # fmt: skip
    return [s for s in statements if s.relation != Relation.WORKS_FOR or (s.subject.iri, s.object.iri) not in led]


def one_seat(statements: list[Statement]) -> list[Statement]:
    """``statements`` (of one document) without the ``basedIn`` statements of an
    organisation and a state or body it is stated to be part of."""
    parts = {
        (s.subject.iri, s.object.iri) for s in statements
        if s.relation == Relation.PART_OF and s.status != Status.NEGATED
    }  # fmt: skip
    return [s for s in statements if s.relation != Relation.BASED_IN or (s.subject.iri, s.object.iri) not in parts]
