"""One office per person and body: a person who leads a body is not also its employee.

An article says "X, the group's deputy chief" and later "X was elected its secretary
general", or lists "officials, including X" and adds "who had led the group for 30
years". A reader records one fact for the person and the body, the office at the top: a
document's ``worksFor`` statement of a person and an organisation or state is dropped when
the document also states, not negated, that the person leads it.
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
