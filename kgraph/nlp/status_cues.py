"""Cues of a statement's status and source that read one clause shape each: a past act
that provides for a condition, the content of a claim the text calls false, a taking of
territory named as an aim, a relative clause set off as the writer's aside, the words
that qualify an event named by a noun ("any attack", "the alleged attack", "the planned
deployment"). Used by :mod:`kgraph.nlp.qualifiers` and :mod:`kgraph.nlp.attribution`.
"""

from __future__ import annotations

from spacy.tokens import Token

from kgraph.nlp.lexicon import Lexicon
from kgraph.nlp.syntax import infinitive


def past_act_future_condition(verb: Token, condition: Token) -> bool:
    """A past act with a present-tense condition ("signed a pact pledging help if either
    is attacked"): the condition is what the act provides for, so the act happened."""
    tenses = [condition.tag_, *(a.tag_ for a in condition.children if a.dep_ in ("aux", "auxpass"))]
    return verb.tag_ == "VBD" and any(t in ("VBZ", "VBP") for t in tenses)


def called_false(trigger: Token, lex: Lexicon) -> bool:
    """Whether ``trigger`` lies in the content of a claim the text calls false or someone
    denies ("fake information that X supplied Y", "baseless allegations that Z attacked",
    "denied reports that ...", "the claim that ... is false")."""
    node = trigger
    for _ in range(6):
        if node.head == node:
            return False
        dep, node = node.dep_, node.head
        if dep in ("acl", "relcl", "ccomp") and node.pos_ == "NOUN":
            return any(c.dep_ == "amod" and c.lower_ in lex.falsity_modifiers for c in node.children) or _denied(node, lex)
    return False


def _denied(claim: Token, lex: Lexicon) -> bool:
    """A claim someone denies ("denied India's claims that ...") or the text calls false
    ("the claim that ... is false")."""
    verb = claim.head
    if claim.dep_ == "dobj" and verb.lemma_.lower() in lex.negation_markers:
        return True
    return claim.dep_ == "nsubj" and verb.lemma_.lower() == "be" and any(
        c.dep_ == "acomp" and c.lower_ in lex.falsity_modifiers for c in verb.children
    )


def purpose_of_taking(trigger: Token, lex: Lexicon) -> bool:
    """A taking of territory named as the aim of another act ("an assault to retake X",
    "sent troops to seize Y"): what is aimed at, not yet done."""
    return (
        trigger.dep_ in ("advcl", "acl", "relcl") and infinitive(trigger)
        and lex.verb_class.get(trigger.lemma_.lower()) == "occupy"
        and not any(c.dep_ == "mark" and c.lower_ not in ("in", "order", "so") for c in trigger.children)
    )  # fmt: skip


def aside(clause: Token) -> bool:
    """A relative clause set off as an aside: on a noun in apposition ("Kursk, a region
    where ...") or after a comma (", which ...")."""
    start = clause.left_edge.i
    return clause.head.dep_ == "appos" or start > 0 and clause.doc[start - 1].text == ","


def noun_event_cues(noun: Token, lex: Lexicon) -> tuple[bool, bool, bool]:
    """Whether an event named by ``noun`` is hypothetical, alleged or planned by its own
    determiner and adjectives: "any attack", "a possible invasion" (lexicon
    ``hypothetical_markers``), "the alleged attack" (``alleged_markers``), "the planned
    deployment", "the proposed sale" (``planned_markers``)."""
    words = [c for c in noun.children if c.dep_ in ("det", "amod")]
    hypothetical = any(w.lower_ in lex.hypothetical_markers for w in words)
    alleged = any(w.lower_ in lex.alleged_markers for w in words)
    planned = any(w.dep_ == "amod" and w.lemma_.lower() in lex.planned_markers for w in words)
    return hypothetical, alleged, planned


def sanctioned_for(trigger: Token, lex: Lexicon) -> bool:
    """Whether ``trigger`` is the act sanctions are imposed for ("imposed sanctions on X
    for supplying drones"): the sanctioning side's charge, not an established fact."""
    if trigger.dep_ != "pcomp" or trigger.head.lower_ != "for":
        return False
    head = trigger.head.head
    objects = [head, *(c for c in head.children if c.dep_ == "dobj")]
    return any(lex.nominal_class.get(t.lemma_.lower()) == "sanction" or lex.verb_class.get(t.lemma_.lower()) == "sanction" for t in objects)
