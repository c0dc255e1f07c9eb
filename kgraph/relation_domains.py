"""What the ontology lets each relation hold, as the statement builder of
:mod:`kgraph.statements` checks it: who may be a relation's subject, which relations' objects
act or are places, and which a writer states by describing a name."""

from __future__ import annotations

from spacy.tokens import Span, Token

from kgraph.nlp.event_args import ALLY_CLASSES, PARTY_CLASSES
from kgraph.nlp.lexicon import Lexicon
from kgraph.nlp.relations import PLACES
from kgraph.nlp.static_places import SEAT_NOUNS
from kgraph.types import EntityClass, Relation

#: Relations whose object acts (a capital or a demonym there stands for the state).
ACTOR_OBJECTS = frozenset(
    {Relation.MEETS_WITH, Relation.COOPERATES_WITH, Relation.THREATENS, Relation.CRITICIZES, Relation.SANCTIONS,
     Relation.SUPPORTS, Relation.ATTACKS, Relation.WORKS_FOR, Relation.PART_OF, Relation.LEADER_OF}
)  # fmt: skip

#: Relations whose subject is a place, not an actor ("Bangkok, Thailand": the city).
PLACE_SUBJECTS = frozenset({Relation.LOCATED_IN})

#: Who may be the subject of a relation (the ontology's domains).
DOMAINS: dict[str, frozenset[EntityClass]] = {
    Relation.VISITS: frozenset({EntityClass.PERSON, EntityClass.ORGANIZATION, EntityClass.COUNTRY}),
    Relation.DEPLOYS: frozenset({EntityClass.COUNTRY, EntityClass.ORGANIZATION, EntityClass.PERSON}),
    Relation.SUPPLIES: frozenset({EntityClass.COUNTRY, EntityClass.ORGANIZATION, EntityClass.PERSON}),
    Relation.RECOGNIZES: frozenset({EntityClass.COUNTRY, EntityClass.ORGANIZATION}),
    Relation.SIGNS: frozenset({EntityClass.PERSON, EntityClass.COUNTRY, EntityClass.ORGANIZATION}),
    Relation.LEADER_OF: frozenset({EntityClass.PERSON}),
    Relation.LIVES_IN: frozenset({EntityClass.PERSON}),
    Relation.LOCATED_IN: PLACES,
    Relation.BASED_IN: frozenset({EntityClass.ORGANIZATION}),
    Relation.SANCTIONS: frozenset({EntityClass.COUNTRY, EntityClass.ORGANIZATION}),
    Relation.PART_OF: frozenset({EntityClass.ORGANIZATION, EntityClass.COUNTRY}),
    Relation.WORKS_FOR: frozenset({EntityClass.PERSON, EntityClass.GROUP}),
    Relation.SUFFERED_CASUALTIES: frozenset({EntityClass.COUNTRY, EntityClass.ORGANIZATION, EntityClass.GROUP}),
    Relation.MEETS_WITH: PARTY_CLASSES,
    Relation.COOPERATES_WITH: ALLY_CLASSES,
}

#: Relations whose object is where one is seated or lives: a city, region or country (the
#: ontology's ranges); another place (an area, a sea, a facility) is where one acts or is
#: met, unless the text names it a seat ("used as headquarters", "based at Fort Carson").
SETTLED_RANGE = frozenset({EntityClass.CITY, EntityClass.REGION, EntityClass.COUNTRY})
SETTLED = frozenset({Relation.BASED_IN, Relation.LIVES_IN})


def settled_fits(relation: Relation, cls: EntityClass, trigger: Token) -> bool:
    """Whether an object of class ``cls`` fits a seat or home relation stated at ``trigger``
    ("a checkpoint of the Frontier Corps in Makhtair area", "navies in the Pacific Ocean",
    "a Kyrgyz border guard": no seat, no home)."""
    if relation not in SETTLED or cls in SETTLED_RANGE:
        return True
    return relation is Relation.BASED_IN and (trigger.lemma_.lower() in SEAT_NOUNS or trigger.lower_.endswith("based"))


#: Relations whose subject acts by force: a weapon or an operation is none of their actors.
FORCE_RELATIONS = frozenset({Relation.KILLED, Relation.ATTACKS})


def instrument_name(span: Span, lex: Lexicon) -> bool:
    """Whether a subject is only a name modifying a weapon or an operation ("killed by a
    Shahed drone", "killed during the Hamza military operations"): a model's or an
    operation's name, no actor, unless a data source knows it (the caller asks, only
    then: "an Israeli drone", "a Hezbollah drone" are known actors, kept)."""
    if len(span) == 0 or span.root.dep_ not in ("amod", "compound", "nmod"):
        return False
    head = span.root.head
    lemma = head.lemma_.lower()
    return head.pos_ == "NOUN" and (lemma in lex.materiel_nouns or lemma in lex.event_nouns and lemma != "attack")


#: Relations a writer states by describing a name ("X, the head of Y", "Y-based X"),
#: not by a clause anyone reports or hedges.
DESCRIPTIVE = frozenset(
    {Relation.LEADER_OF, Relation.WORKS_FOR, Relation.PART_OF, Relation.BASED_IN, Relation.LOCATED_IN, Relation.LIVES_IN}
)


__all__ = ["ACTOR_OBJECTS", "DESCRIPTIVE", "DOMAINS", "PLACE_SUBJECTS", "FORCE_RELATIONS", "SETTLED", "SETTLED_RANGE",
           "instrument_name", "settled_fits"]
