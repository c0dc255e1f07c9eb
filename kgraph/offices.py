"""One tie per pair: a person who leads a body is not also its employee, a body that is
part of a state is not also seated in it, and one body is part of its state once.

An article says "X, the group's deputy chief" and later "X was elected its secretary
general", or lists "officials, including X" and adds "who had led the group for 30
years". A reader records one fact for the person and the body, the office at the top: a
document's ``worksFor`` statement of a person and an organisation or state is dropped when
the document also states, not negated, that the person leads it.

Likewise "China's foreign ministry" is one fact with China, which the gold signs as partOf
or basedIn: a ``basedIn`` of an organisation and a place is dropped when the document
states, not negated, that the organisation is part of it.

A body named once with its state's name and once without ("Russia's Foreign Ministry
said ...", "the Foreign Ministry added ...") may stay two entities; their ``partOf`` the
same state is still one fact: the later statement is dropped when the names agree once the
state's own words (the mention that names the state) are taken off the front.
"""

from __future__ import annotations

from kgraph.types import Relation, Statement, Status


def one_office(statements: list[Statement]) -> list[Statement]:
    """``statements`` (of one document) without the ``worksFor`` statements of a person and
    a body the person is stated to lead."""
    return _without_beside(statements, Relation.WORKS_FOR, Relation.LEADER_OF)


def one_seat(statements: list[Statement]) -> list[Statement]:
    """``statements`` (of one document) without the ``basedIn`` statements of an
    organisation and a state or body it is stated to be part of."""
    return _without_beside(statements, Relation.BASED_IN, Relation.PART_OF)


def _without_beside(statements: list[Statement], dropped: Relation, stronger: Relation) -> list[Statement]:
    """``statements`` without those of relation ``dropped`` whose subject and object the
    document also ties, not negated, by ``stronger``."""
    tied = {(s.subject.iri, s.object.iri) for s in statements if s.relation == stronger and s.status != Status.NEGATED}
    return [s for s in statements if s.relation != dropped or (s.subject.iri, s.object.iri) not in tied]


def one_part(statements: list[Statement]) -> list[Statement]:
    """``statements`` (of one document) with one ``partOf`` per body and state, where a
    body is named with and without the state's words before it."""
    seen: set[tuple[str, str]] = set()
    out = []
    for st in sorted(statements, key=lambda s: s.start):
        if st.relation == Relation.PART_OF:
            key = (st.object.iri, _bare(st.subject.label, st.object.text or st.object.label))
            if key in seen and st.status != Status.NEGATED:
                continue
            seen.add(key)
        out.append(st)
    return out


def _bare(name: str, state_words: str) -> str:
    """``name`` without the state's words before it ("Russia's Foreign Ministry" ->
    "foreign ministry"), lower-cased, apostrophes made one."""
    name, words = (w.replace("\u2019", "'").lower() for w in (name, state_words))
    words = words.removesuffix("'s")
    for prefix in (words + "'s ", words + " "):
        if name.startswith(prefix) and len(name) > len(prefix):
            return name[len(prefix) :]
    return name
