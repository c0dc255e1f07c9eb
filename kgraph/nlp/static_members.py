"""Membership lists: "the CSTO, which also includes Kazakhstan, Kyrgyzstan and Belarus",
"the Amazon Cooperation Treaty Organization, made up of Bolivia, Brazil and Peru", "the
bloc is composed of X and Y", "the alliance, whose members include X and Y": each named
state or organisation the list gives is a member of (partOf) the named organisation.

The owner must be a named organisation (not "the talks", "the package", "the delegation",
a state or a place), the members named states or organisations (not people, weapons or
places), and the verb a verb of membership with the owner, or its members, as subject: "the
EU's sanctions include Rosneft" and "Lockheed's customers include Poland" state none.

A "member" noun modified by an organisation ("NATO member Turkey", "Hungary, an EU member
state") makes the state or organisation it describes part of that organisation.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kgraph.nlp.lexicon import Lexicon
from kgraph.nlp.docmemo import with_lemmas
from kgraph.nlp.relations import Candidate, Mentions, cls_of, direct_objects
from kgraph.nlp.syntax import conjuncts
from kgraph.nlp.static_spans import ACTOR_ORGS, left_named, named, org_at, pobjs, relative_antecedent
from kgraph.types import EntityClass, Relation

#: Verbs whose subject has the members their object lists ("X includes A and B").
MEMBER_VERBS = frozenset({"include", "comprise", "encompass"})
#: Participles whose "of" lists the members ("made up of", "composed of", "consisting of").
OF_PARTICIPLES = frozenset({"make", "compose", "comprise", "consist"})
#: Words of the rule, for the sentence pre-check.
MEMBER_WORDS = MEMBER_VERBS | OF_PARTICIPLES
#: Nouns that, modified by an organisation, make a member of it ("NATO member X", "NATO ally X").
MEMBERSHIP_NOUNS = frozenset({"member", "ally"})
#: Nouns a "member" compound makes a member state ("an EU member state", "NATO member country").
_MEMBER_HEADS = frozenset({"state", "country", "nation"})
#: Modifiers that make a membership not (or no longer) so ("non-NATO member", "a future member").
_NOT_MEMBER = frozenset({"non", "former", "ex", "future", "prospective", "aspiring", "potential", "would-be", "candidate", "new-found"})


def member_modifiers(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """"NATO member Turkey", "NATO members X and Y", "Hungary, an EU member state", "X is a NATO member",
    "X will become the 32nd NATO ally", "made
    Poland the first NATO member country": a state or organisation described as a member
    of the organisation that modifies "member" is part of it."""
    for noun in with_lemmas(sent, MEMBERSHIP_NOUNS):
        if noun.pos_ != "NOUN":
            continue
        head = noun.head if noun.dep_ == "compound" and noun.head.lemma_.lower() in _MEMBER_HEADS else noun
        words = [t.lower_ for t in noun.doc[head.left_edge.i : noun.i]]
        if _NOT_MEMBER.intersection(words):
            continue
        orgs = [s for node in {noun, head} for _, s in left_named(node, mentions) if cls_of(s) is EntityClass.ORGANIZATION]
        orgs += [s for o in list(orgs) for c in o.root.children if c.dep_ == "conj" and (s := org_at(c, mentions)) is not None]
        if not orgs:
            continue
        members: list[Span] = []
        if head.dep_ == "compound" and noun.tag_ == "NNS":  # "NATO members Turkey and Hungary"
            members += [named(t, mentions) for t in conjuncts(head.head)]
        elif head.dep_ == "compound":  # "NATO member Turkey"
            members.append(named(head.head, mentions))
        if head.dep_ == "appos":  # "Hungary, an EU member state"
            members.append(named(head.head, mentions))
        if head.dep_ == "attr":  # "Poland is a NATO member"
            members.append(named(next((c for c in head.head.children if c.dep_ == "nsubj"), None), mentions))
        members += [named(c, mentions) for c in head.children if c.dep_ == "nsubj"]  # "made Poland the first ... member country"
        members += [named(t, mentions) for c in head.children if c.dep_ == "appos" for t in conjuncts(c)]  # "NATO members X and Y"
        for member in members:
            if member is None or cls_of(member) not in ACTOR_ORGS:
                continue
            for org in orgs:
                if org.start != member.start:
                    yield Candidate(Relation.PART_OF, member, org, noun, "static:member-modifier", 0.65)


def memberships(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """partOf(member, organisation) for each member a membership list names."""
    for tok in sent:
        lemma = tok.lemma_.lower()
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        listed = _of_list(tok) if lemma in OF_PARTICIPLES else None
        if listed is not None:
            owner = _participle_owner(tok, mentions)
        elif lemma in MEMBER_VERBS:
            owner = _verb_owner(tok, mentions)
            listed = direct_objects(tok)
        else:
            continue
        if owner is None or cls_of(owner) is not EntityClass.ORGANIZATION or owner.root.pos_ != "PROPN":
            continue
        for obj in listed:
            for member in _members(obj, mentions):
                if member != owner:
                    yield Candidate(Relation.PART_OF, member, owner, tok, "static:member-list", 0.6)


def _members(obj: Token, mentions: Mentions) -> list[Span]:
    """The named states and organisations a list gives ("Kazakhstan, Kyrgyzstan and
    Belarus"); a demonym-tagged state name counts, a common noun in apposition does not."""
    spans = [named(t, mentions) for t in conjuncts(obj) if not (t.dep_ == "appos" and t.pos_ == "NOUN")]
    return [s for s in spans if s is not None and cls_of(s) in ACTOR_ORGS and s.root.pos_ == "PROPN"]


def _of_list(verb: Token) -> list[Token] | None:
    """The objects of a participle's "of" ("made up of A, B"), or None when the verb is
    no participle of membership ("made a deal", "made of steel" has no named members)."""
    if verb.lemma_.lower() == "make" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        return None
    objs = [o for _, o in pobjs(verb, ("of",))]
    return objs or None


def _participle_owner(verb: Token, mentions: Mentions) -> Span | None:
    """Whose members a participle lists: the noun it hangs on ("the bloc, made up of"),
    the subject of "is made up of", or the organisation named right before its comma when
    the parser hung the participle elsewhere."""
    if verb.dep_ == "acl":
        return named(verb.head, mentions)
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None:
        return relative_antecedent(subj, verb, mentions)
    doc = verb.doc
    if verb.i >= 2 and doc[verb.i - 1].text == ",":
        span = org_at(doc[verb.i - 2], mentions)
        return span if span is not None and span.end == verb.i - 1 else None
    return None


def _verb_owner(verb: Token, mentions: Mentions) -> Span | None:
    """Who "includes" the members: the subject, through "which" the organisation the
    clause describes, or the owner of "members" ("whose members include", "its members")."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    if subj.lemma_.lower() != "member":
        return relative_antecedent(subj, verb, mentions)
    poss = next((c for c in subj.children if c.dep_ == "poss"), None)
    if poss is None:
        return None
    if poss.lower_ == "whose":
        return named(verb.head, mentions) if verb.dep_ == "relcl" else None
    return named(poss, mentions)


__all__ = ["MEMBERSHIP_NOUNS", "MEMBER_WORDS", "member_modifiers", "memberships"]
