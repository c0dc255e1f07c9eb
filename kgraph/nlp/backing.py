"""Support held or received: "X had the backing of Y", "X enjoys the support of Y", "with
the support of Y, X seized Z", "X faces constraints despite backing from Y".

A support noun (lexicon ``nominalizations``, class ``support``) whose "of" or "from" phrase
names an actor, and that is the object of a verb of having (lexicon ``having_verbs``: "had",
"enjoys", "won") or the object of "with" or "despite" in a clause: Y supports X, the
clause's subject. The noun rule (:mod:`kgraph.nlp.nominals`) would read the clause's
subject as the one who gives the support; it leaves these nouns to this rule.

Also the readers of support and leadership told by a participle, which the verb rules
(:mod:`kgraph.nlp.relations`) call: :func:`hyphen_actor`, the actor of "X-backed" ("an
Iranian-backed militia": Iran), and :func:`fronted_participle`, a participle opening its
sentence ("Backed by X, the rebels ...": the main clause's subject is backed).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kgraph.nlp.candidates import ACTORS, Candidate, Mentions, cls_of
from kgraph.nlp.docmemo import with_lemmas
from kgraph.nlp.event_args import modifier_actor
from kgraph.nlp.lexicon import Lexicon
from kgraph.nlp.static_spans import nationality_class
from kgraph.nlp.verb_args import coordinated_actors
from kgraph.nlp.syntax import find_subject, prep_objects
from kgraph.types import EntityClass, Relation

#: Prepositions whose object is support the clause's subject has ("with the backing of Y").
_HAVING_PREPS = frozenset({"with", "despite"})


def held_support(noun: Token, lex: Lexicon) -> Token | None:
    """The clause (verb) whose subject has the support ``noun`` names, when it names its
    giver by "of" or "from" ("had the backing of Y", "with the support of Y"); else ``None``."""
    if lex.nominal_class.get(noun.lemma_.lower()) != "support" or not prep_objects(noun, ("of", "from")):
        return None
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in lex.having_verbs:
        return noun.head
    if noun.dep_ != "pobj" or noun.head.lower_ not in _HAVING_PREPS:
        return None
    node = noun.head.head
    for _ in range(4):  # "despite backing from Y" may hang on a noun of the clause ("challenges despite ...")
        if node.pos_ in ("VERB", "AUX"):
            return node
        if node.head == node:
            return None
        node = node.head
    return None


def held_support_candidates(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """Y supports X where X has or acts with the support of Y."""
    for noun in with_lemmas(sent, lex.nouns_in.get("support", ())):  # held_support's first test
        if noun.pos_ not in ("NOUN", "VERB") or (clause := held_support(noun, lex)) is None:
            continue
        holder = mentions.at(find_subject(clause, lex)[0])
        if holder is None or cls_of(holder) not in ACTORS or cls_of(holder) is EntityClass.MATERIEL:
            continue
        givers = [s for t in prep_objects(noun, ("of", "from")) for s in coordinated_actors(t, mentions)]
        for giver in dict.fromkeys(givers):
            if giver != holder:
                yield Candidate(Relation.SUPPORTS, giver, holder, clause, "noun:support:held", 0.6)


def hyphen_actor(agent: Token, verb: Token, mentions: Mentions) -> Span | None:
    """The actor of "X-backed": X's own mention, or the state its name or demonym names
    when the parser left it inside the described noun's mention or outside any."""
    if agent.ent_type_ == "NORP" and nationality_class(agent.text) is not EntityClass.COUNTRY:
        return None  # "the Western-backed army": a bloc, no state
    span = modifier_actor(agent, verb.head, mentions)
    if span is None and agent.ent_type_ in ("NORP", "GPE"):
        span = Span(agent.doc, agent.i, agent.i + 1, label=str(EntityClass.COUNTRY))  # "an Iranian-backed militia"
    return span


def fronted_participle(verb: Token) -> bool:
    """A passive participle opening its sentence with its agent, describing the main
    clause's subject: "Backed by X, the rebels ...", "Led by X, the delegation ..."."""
    return (verb.dep_ == "advcl" and verb.tag_ == "VBN" and verb.i < verb.head.i
            and any(c.dep_ == "agent" for c in verb.children)
            and not any(c.dep_ in ("aux", "auxpass", "mark", "nsubj", "nsubjpass") for c in verb.children))  # fmt: skip
