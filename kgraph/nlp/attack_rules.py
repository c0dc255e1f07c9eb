"""Attacks said by shapes the verb and noun rules do not read.

- Fire opened at a target: "X opened fire at Y", "launched an attack at Y" (a verb and its
  object of the attack class, lexicon ``multiword_verbs``, aimed by a preposition).
- A target fired on by an agent: "the patrol was fired on by X" (a projectile verb whose
  aiming preposition is left without its object); "was fired by X" attacks no one.
- A target under attack: "X has been under attack by Y", "X, which is under siege by Y",
  "X came under attack from Y" (a noun of the attack class after "under"): Y attacks X.
- Fighting between two sides: "clashes between X and Y", "the war between the two
  countries" (a noun of the clash class, or "war"): each side attacks the other.
- An attack resisted: "X's defence against Y's invasion", "aid to X in its fight against
  Y's invasion" (an attack noun with an agent and no target, the object of "against" after
  a noun of resistance that X owns): Y attacks X.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kgraph.nlp.candidates import ACTORS, Candidate, Mentions, cls_of
from kgraph.nlp.docmemo import with_lemmas, with_words
from kgraph.nlp.event_args import modifier_actor, parties, two_states
from kgraph.nlp.event_rules import AIMED_PREPS, _agents_to, _aimed_at
from kgraph.nlp.lexicon import Lexicon
from kgraph.nlp.relations import relation_for, struck_vessel
from kgraph.nlp.syntax import conjuncts, is_passive, prep_objects
from kgraph.types import EntityClass, Relation


def attack_candidates(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """Every rule of this module over one sentence."""
    yield from fired_upon_candidates(sent, mentions, lex)
    yield from opened_fire_candidates(sent, mentions, lex)
    yield from under_attack_candidates(sent, mentions, lex)
    yield from fighting_between_candidates(sent, mentions, lex)
    yield from resisted_candidates(sent, mentions, lex)


def fired_upon_candidates(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """"The patrol was fired on by X", "soldiers were shot at by X": X attacks the subject.
    The aiming preposition is left without its object (a particle, or a bare preposition),
    so "the minister was fired by X" attacks no one."""
    for verb in with_lemmas(sent, lex.projectile_verbs):
        if verb.pos_ != "VERB" or not is_passive(verb) or not _stranded_aim(verb):
            continue
        hit = [t for c in verb.children if c.dep_ == "nsubjpass" for t in conjuncts(c)]
        targets = [m for t in hit if (m := _aimed_at(t, mentions, lex)) is not None and (cls_of(m) is not EntityClass.MATERIEL or struck_vessel(m, lex))]
        if any(c.dep_ == "agent" for c in verb.children):
            yield from _agents_to(verb, targets, "attack", "verb:aimed:passive", mentions, lex)


def _stranded_aim(verb: Token) -> bool:
    """Whether an aiming preposition hangs on ``verb`` with no object ("fired on by")."""
    return any(c.dep_ in ("prt", "prep") and c.lower_ in AIMED_PREPS and not any(p.dep_ == "pobj" for p in c.children)
               for c in verb.children)  # fmt: skip


def opened_fire_candidates(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """"X opened fire at Y", "X launched an attack at Y": a verb and its object that say an
    attack together (lexicon ``multiword_verbs``), aimed at a target by a preposition on
    either ("opened fire on the convoy", "opened heavy fire at the post")."""
    for verb in with_lemmas(sent, lex.multiword_verbs):
        if verb.pos_ != "VERB" or is_passive(verb):
            continue
        nouns = [c for c in verb.children if c.dep_ == "dobj" and _says_attack(verb, c, lex)]
        if not nouns:
            continue
        aimed = [c for h in (verb, *nouns) for t in prep_objects(h, AIMED_PREPS) for c in conjuncts(t)]
        targets = [m for t in aimed if (m := _aimed_at(t, mentions, lex)) is not None and (cls_of(m) is not EntityClass.MATERIEL or struck_vessel(m, lex))]
        yield from _agents_to(verb, targets, "attack", "verb:open-fire", mentions, lex)


def _says_attack(verb: Token, noun: Token, lex: Lexicon) -> bool:
    lemma = verb.lemma_.lower()
    return "attack" in (lex.multiword.get((lemma, noun.lemma_.lower())), lex.multiword.get((lemma, noun.lower_)))


#: Prepositions that name who makes an attack someone is under ("under attack by X", "from X").
_ATTACKER_PREPS = ("by", "from")


def under_attack_candidates(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """"X has been under attack by Y", "X, which is under siege by Y", "X came under attack
    from Y": Y attacks X, the subject of the clause "under" hangs on (the antecedent of a
    relative one). An attack with no attacker named ("X came under fire") states nothing."""
    if not with_words(sent, ("under",)):
        return  # no "under" to hang on
    for noun in (t for t in sent if t.pos_ == "NOUN" and t.dep_ == "pobj" and t.head.lower_ == "under"):
        if lex.nominal_class.get(noun.lemma_.lower()) != "attack":
            continue
        under = noun.head
        clause = under.head
        by = [c for c in clause.children if c.dep_ == "agent"]
        attackers = [t for h in (noun, under, clause, *by) for t in prep_objects(h, _ATTACKER_PREPS)]
        attackers += [p for a in by for p in a.children if p.dep_ == "pobj"]
        named = [u for t in attackers for u in (*conjuncts(t), *(c for c in t.children if c.dep_ == "appos"))]  # "the paramilitary RSF"
        agents = [m for u in named if (m := mentions.at(u)) is not None and cls_of(m) in ACTORS]
        held = _held(clause, mentions)
        for agent in dict.fromkeys(agents):
            if held is not None and held != agent and cls_of(held) not in (EntityClass.MATERIEL, EntityClass.EVENT):
                yield Candidate(Relation.ATTACKS, agent, held, clause, "noun:under-attack", 0.6)


def _held(clause: Token, mentions: Mentions) -> Span | None:
    """Who or what is under the attack: the subject of ``clause``, or the noun a relative
    clause describes ("X, which is under siege")."""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    if subject.tag_ in ("WDT", "WP") and clause.dep_ == "relcl":
        subject = clause.head
    if mentions.at(subject) is None and subject.dep_ == "appos":
        subject = subject.head  # "X, the region's capital, which is under siege": X
    return mentions.at(subject)


#: Nouns of the attack class that name fighting between sides, as the clash class's do.
_MUTUAL_ATTACKS = frozenset({"war"})
#: Prepositions that tell what happened in fighting ("killed in clashes", "torn apart by a conflict").
_FIGHTING_PREPS = frozenset({"in", "during", "amid", "by"})


def fighting_between_candidates(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """"Clashes between X and Y", "a bloody conflict between X and Y", "the war between the
    two countries": each side attacks the other, as when "X and Y fought each other" (a
    noun of the clash class, or "war", whose "between" phrase, or that of the clause it is
    the subject of, names two actors or refers back to two states). Only fighting told as
    a fact: the subject of a light verb that tells it going on ("fighting continued
    between X and Y", "the conflict ... intensified") or what a loss or a state happened
    in, by or amid ("killed in clashes between"); not a war described ("the conflict
    between X and Y is about to become bloodier"), feared, risked or averted ("fear a war
    between", "the chance of conflict between")."""
    for noun in with_lemmas(sent, lex.nouns_in.get("clash", frozenset()) | _MUTUAL_ATTACKS):
        if noun.pos_ != "NOUN":
            continue
        told = noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ == "VERB" and noun.head.lemma_.lower() in lex.light_verbs
        if not told and not (noun.dep_ == "pobj" and noun.head.lower_ in _FIGHTING_PREPS):
            continue
        trigger = noun.head if told else noun
        where = (noun, trigger) if told else (noun,)
        sides = [s for h in where for t in prep_objects(h, ("between",)) for s in parties(t, mentions, ACTORS) or two_states(t, mentions)]
        for a, b in ((a, b) for a in dict.fromkeys(sides) for b in dict.fromkeys(sides) if a != b):
            if relation_for("attack", b, lex) is Relation.ATTACKS:
                yield Candidate(Relation.ATTACKS, a, b, trigger, "noun:clash:between", 0.55)


#: Nouns of resisting an attack: their owner is the one attacked ("X's defence against ...").
RESISTING_NOUNS = frozenset({"defence", "defense", "fight", "struggle", "resistance", "war", "battle"})


def resisted_candidates(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """"X's defence against Y's invasion", "aid to X in its fight against Y's invasion": the
    attack noun's possessor or demonym (Y) attacks the owner of the resisting noun (X)."""
    for noun in with_lemmas(sent, lex.nouns_in.get("attack", ())):
        if noun.dep_ != "pobj" or noun.head.lower_ != "against":
            continue
        resisting = noun.head.head
        if resisting.pos_ != "NOUN" or resisting.lemma_.lower() not in RESISTING_NOUNS or any(c.dep_ == "prep" for c in noun.children):
            continue  # (an attack with a target of its own is read by the noun rules)
        owner = _resister(resisting, mentions)
        agents = [a for c in noun.lefts if c.dep_ in ("poss", "amod", "compound") and (a := modifier_actor(c, noun, mentions)) is not None]
        for agent in agents:
            if owner is not None and owner != agent and cls_of(agent) in ACTORS:
                yield Candidate(Relation.ATTACKS, agent, owner, noun, "noun:attack:resisted", 0.6)


def _resister(noun: Token, mentions: Mentions) -> Span | None:
    """Who a noun of resistance is of: its named possessor ("Ukraine's defence"), or for
    "its"/"their" the name right before "in" ("aid to Ukraine in its fight")."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is None:
        return None
    if poss.pos_ != "PRON":
        return mentions.at(poss)
    if poss.lower_ not in ("its", "their") or noun.dep_ != "pobj" or noun.head.lower_ != "in" or noun.head.i == 0:
        return None
    before = mentions.at(noun.doc[noun.head.i - 1])
    return before if before is not None and cls_of(before) in ACTORS else None
