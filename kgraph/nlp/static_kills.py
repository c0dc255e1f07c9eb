"""Killings stated by nouns and relative clauses (killed): "X, who assassinated Y",
"Y's assassin X", "the assassination of Y by X", "X was convicted of murdering Y"."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kgraph.nlp.docmemo import with_lemmas
from kgraph.nlp.lexicon import Lexicon
from kgraph.nlp.relations import ACCUSING_VERBS, Candidate, Mentions, cls_of
from kgraph.nlp.static_people import people_of
from kgraph.nlp.static_spans import NOUNS, RELATIVE, left_named, named, person_at, pobjs, relative_antecedent
from kgraph.types import EntityClass, Relation

#: Nouns naming whoever killed the person they govern ("Y's assassin X").
KILLER_NOUNS = frozenset({"assassin", "killer", "murderer", "slayer", "executioner", "gunman"})
#: Nouns naming a killing ("the assassination of Y by X").
KILLING_NOUNS = frozenset({"assassination", "killing", "murder", "slaying", "execution"})
#: Verbs of killing whose relative-clause subject ("X, who killed Y") relations.py leaves to a pronoun.
KILL_VERBS = frozenset({"kill", "assassinate", "murder", "slay", "shoot", "execute", "stab", "strangle"})
#: Verbs whose subject is the one accused of the deed they govern ("convicted of killing Y").
LEGAL_VERBS = frozenset({"convict", "charge", "accuse", "suspect", "arrest", "sentence", "try", "indict",
                         "jail", "imprison", "serve", "confess", "admit", "plead", "execute", "hang", "blame"})
#: Nouns of what kills, whose shooter is the killer ("X fired the shots that killed Y").
WEAPON_NOUNS = frozenset({"shot", "bullet", "bomb", "round", "gunfire", "blast"})


def kills(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """"X, who assassinated Y", "Y's assassin X", "X, the killer of Y", "the assassination
    of Y by X", "Y was murdered on the orders of X". Plain active and passive kill verbs
    belong to relations.py."""
    for verb in with_lemmas(sent, KILL_VERBS):
        if verb.pos_ != "VERB":
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        victims = [s for c in verb.children if c.dep_ == "dobj" and (s := person_at(c, mentions))]
        killer = None
        if subj is not None and subj.lower_ in RELATIVE:
            killer = relative_antecedent(subj, verb, mentions)
            head = verb.head
            if killer is None and head.dep_ == "dobj" and head.lemma_.lower() in WEAPON_NOUNS:
                # "X fired the shots that killed Y"
                killer = person_at(next((c for c in head.head.children if c.dep_ == "nsubj"), None), mentions)
        elif subj is None and verb.dep_ == "pcomp":
            killer = _accused(verb, mentions)  # "X was convicted of murdering Y"
        if killer is not None and cls_of(killer) is EntityClass.PERSON:
            for victim in victims:
                yield Candidate(Relation.KILLED, killer, victim, verb, "static:who-killed", 0.7)
        victim_tok = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        victim = person_at(victim_tok, mentions)
        if victim is None and victim_tok is not None:  # "the last king of Y, X, was murdered": the name in apposition
            victim = next((p for c in victim_tok.children if c.dep_ == "appos" and (p := person_at(c, mentions))), None)
        if victim is not None:
            for _, order in pobjs(verb, ("on", "at")):
                if order.lemma_.lower() in ("order", "behest", "command", "instruction"):
                    for _, who in pobjs(order, ("of",)):
                        killer = person_at(who, mentions)
                        if killer is not None:
                            yield Candidate(Relation.KILLED, killer, victim, verb, "static:on-orders-of", 0.6)
    for noun in sent:
        lemma = noun.lemma_.lower()
        if noun.pos_ not in NOUNS:
            continue
        if lemma in KILLER_NOUNS or noun.lower_ in KILLER_NOUNS:
            victims = [s for _, s in left_named(noun, mentions) if cls_of(s) is EntityClass.PERSON]
            victims += [s for _, t in pobjs(noun, ("of",)) if (s := person_at(t, mentions))]
            for killer in people_of(noun, mentions):
                # "Y's assassin X", "Y assassin X": the possessive, or the name before the noun, may hang on the killer's name
                victims += [
                    s for c in killer.root.lefts
                    if c.i < noun.i and (s := person_at(c, mentions)) and (c.dep_ == "poss" or c.dep_ == "compound" and s.end == noun.i)
                ]  # fmt: skip
                for victim in victims:
                    yield Candidate(Relation.KILLED, killer, victim, noun, "static:killer-noun", 0.7)
        elif lemma in KILLING_NOUNS:
            victims = [s for _, t in pobjs(noun, ("of",)) if (s := person_at(t, mentions))]
            killers = [s for _, t in pobjs(noun, ("by",)) if (s := person_at(t, mentions))]
            poss = [named(c, mentions) for c in noun.children if c.dep_ == "poss"]
            poss = [s for s in poss if s is not None and cls_of(s) is EntityClass.PERSON]
            if victims and not killers:
                killers = poss  # "Booth's assassination of Lincoln"
            if victims and not killers:
                accused = _accused(noun, mentions)  # "X was convicted of the murder of Y"
                killers = [accused] if accused is not None else []
            elif killers and not victims:
                victims = poss  # "Lincoln's assassination by Booth"
            elif not victims and not killers and poss:
                accused = _accused(noun, mentions)  # "X was convicted of Y's killing"
                killers, victims = ([accused], poss) if accused is not None else ([], [])
            for killer in killers:
                for victim in victims:
                    yield Candidate(Relation.KILLED, killer, victim, noun, "static:killing-of-by", 0.7)


def _accused(node: Token, mentions: Mentions) -> Span | None:
    """The person a legal verb above ``node`` accuses: "X, convicted of murdering",
    "X was charged with the killing", "X, who is serving life for the murder", and the
    object of an accusing verb: "police arrested X for the killing"."""
    for _ in range(4):
        if node.dep_ not in ("pcomp", "pobj", "prep") or node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ == "VERB":
            break
    if node.pos_ != "VERB" or node.lemma_.lower() not in LEGAL_VERBS:
        return None
    obj = next((c for c in node.children if c.dep_ == "dobj"), None)
    if obj is not None and node.lemma_.lower() in ACCUSING_VERBS:  # "police arrested X for the killing"
        span = person_at(obj, mentions)
        return span if span is not None and cls_of(span) is EntityClass.PERSON else None
    subj = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None:
        span = relative_antecedent(subj, node, mentions)
    elif node.dep_ == "acl":
        span = named(node.head, mentions)
    else:
        span = None
    return span if span is not None and cls_of(span) is EntityClass.PERSON else None
