"""Posts told through a possessive: a counterpart's, and a title owned by a pronoun.

A counterpart holds the post of the one whose counterpart they are, for their own side.
"Russian President X and his Chilean counterpart Y met", "X, the president of Russia,
met his Chilean counterpart, Y": "his" is X (the person the counterpart is coordinated
with, or the subject of the clause that has the counterpart as object), X's title says
the post (a leader's or a member's), and the counterpart's modifier says the side: Y
leads Chile. Without a title of X's in the sentence, or a side, nothing is said.

"Its foreign minister, Y", "their president Y": Y holds the title for what the pronoun
stands for, which coreference resolves when the statement is made (a country or body).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kgraph.nlp.lexicon import Lexicon
from kgraph.nlp.relations import PLACES, Candidate, Mentions, cls_of
from kgraph.nlp.static_people import _title_of as title_kind
from kgraph.nlp.static_spans import ACTOR_ORGS, left_named, person_at
from kgraph.types import Relation

#: Nouns naming who holds the same post on the other side.
COUNTERPART_NOUNS = frozenset({"counterpart", "opposite"})


def _owner(noun: Token, mentions: Mentions) -> Span | None:
    """The person a possessive counterpart is the counterpart of: the one it is
    coordinated with ("X and his counterpart"), or the subject of its clause ("X met his
    counterpart")."""
    if not any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in noun.children):
        return None
    if noun.dep_ == "conj":
        return person_at(noun.head, mentions)
    if noun.dep_ in ("dobj", "pobj"):
        verb = noun.head.head if noun.dep_ == "pobj" else noun.head
        return person_at(next((c for c in verb.children if c.dep_ == "nsubj"), None), mentions)
    return None


def _post(person: Span, lex: Lexicon) -> str | None:
    """'leader' or 'member': the title before the person's name or in apposition with it."""
    root = person.root
    for t in [*person.doc[person.sent.start : person.start], *person]:
        if t.head == root and t.dep_ == "compound" and (kind := title_kind(t, lex)):
            return kind  # "Russian President X"
    for c in root.children:
        if c.dep_ == "appos" and (kind := title_kind(c, lex)):
            return kind  # "X, the president of Russia"
    return None


def _named_as(noun: Token, mentions: Mentions) -> Span | None:
    """The person a counterpart noun names: in apposition ("his counterpart, Y"), or the
    name it modifies ("his counterpart Y" parsed as a compound)."""
    for c in noun.children:
        if c.dep_ == "appos" and (span := person_at(c, mentions)) is not None:
            return span
    if noun.dep_ in ("compound", "appos"):
        return person_at(noun.head, mentions)
    return None


def counterparts(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """leaderOf / worksFor for a named counterpart of a titled person, with their side."""
    for noun in sent:
        if noun.lemma_.lower() not in COUNTERPART_NOUNS or noun.pos_ != "NOUN":
            continue
        owner = _owner(noun if noun.dep_ != "compound" else noun.head, mentions)
        kind = _post(owner, lex) if owner is not None else None
        if kind is None:
            continue
        person = _named_as(noun, mentions)
        if person is not None:
            for _, side in left_named(noun, mentions):
                cls = cls_of(side)
                if kind == "leader" and cls in ACTOR_ORGS | PLACES:
                    yield Candidate(Relation.LEADER_OF, person, side, noun, "static:counterpart:leader", 0.7)
                elif kind == "member" and cls in ACTOR_ORGS | PLACES:
                    yield Candidate(Relation.WORKS_FOR, person, side, noun, "static:counterpart:member", 0.7)


#: Possessive pronouns a title's owner may be (a person's "his" is a relation of people, not a post).
OWNER_PRONOUNS = frozenset({"its", "their"})


def pronoun_titles(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """leaderOf / worksFor for a named holder of a title a possessive pronoun owns
    ("its foreign minister, Y"); the pronoun is the object span, resolved later."""
    for noun in sent:
        owner = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS), None)
        if owner is None or (kind := title_kind(noun, lex)) is None:
            continue
        person = _named_as(noun, mentions)
        if person is None:
            continue
        pronoun = sent.doc[owner.i : owner.i + 1]
        relation = Relation.LEADER_OF if kind == "leader" else Relation.WORKS_FOR
        yield Candidate(relation, person, pronoun, noun, f"static:title:{kind}:pronoun", 0.7)
