"""Losses and killings said by shapes the verb classes alone do not read.

- Counted losses: "the army killed 110 Taliban", "destroyed 1,500 troops" (lexicon
  ``counting_kill_verbs``, which kill only people they count; the victims' side loses that many,
  besides being killed), and "6,320 group members were killed", "2,790 others were
  injured" (a counted plural that is no named mention: its side is taken from its
  nationality or the document's last loss), "nine rebels died" (lexicon ``dying_verbs``),
  "an attack that left 17 soldiers dead".
- A killing told with the attack it happened in: "20 militants were killed in air
  strikes by Pakistani jets", "... in Y's raid", "three soldiers were killed when Y
  attacked the base" (or launched an attack): Y killed them; a weapon that acts stands
  for whoever its modifier names ("Pakistani jets": Pakistan).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kgraph.nlp.candidates import Candidate, Mentions, cls_of
from kgraph.nlp.docmemo import with_lemmas
from kgraph.nlp.event_args import acting_actor, attack_makers, counted_parties, figurative
from kgraph.nlp.lexicon import Lexicon
from kgraph.nlp.qualifiers import VAGUE_AMOUNTS
from kgraph.nlp.relations import relation_for
from kgraph.nlp.syntax import conjuncts, find_subject, is_passive, prep_objects
from kgraph.types import EntityClass, Relation


def loss_rule_candidates(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """Every rule of this module over one sentence."""
    yield from loss_candidates(sent, mentions, lex)
    yield from died_candidates(sent, mentions, lex)
    yield from left_dead_candidates(sent, mentions, lex)
    yield from attack_kill_candidates(sent, mentions, lex)


def loss_candidates(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """The losses a killing or wounding counts (see the module docstring). A passive
    killing with no agent of a counted named group is read by the verb rule already."""
    for verb in with_lemmas(sent, lex.loss_verbs):
        lemma = verb.lemma_.lower()
        vclass = lex.verb_class.get(lemma) if verb.pos_ == "VERB" else None
        if verb.pos_ == "VERB" and lemma in lex.counting_kill_verbs:
            vclass = "kill"  # "destroyed 1,500 troops", "neutralised 15 insurgents": counted people only
        if vclass not in ("kill", "casualty"):
            continue
        passive = is_passive(verb)
        if not passive and vclass == "casualty":
            yield from _suffered_harm(verb, mentions)  # "three sailors suffered injuries": as "were injured"
            continue  # "X lost 31,000 soldiers" is read by the verb rule; "X wounded 50" names no side
        if passive and any(c.dep_ == "agent" for c in verb.children):
            continue  # "wounded by a sniper" names an attacker, no loss
        agent = find_subject(verb)[0] if not passive else None
        victims = [c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
        for tok in (t for v in victims for t in conjuncts(v)):
            span = mentions.at(tok)
            if span is None and tok.pos_ == "NOUN" and tok.tag_ == "NNS" and passive and _counted(tok):
                after_number = max((c.i + 1 for c in tok.children if c.dep_ == "nummod" and c.i < tok.i), default=tok.i)
                counted = tok.doc[after_number : tok.i + 1]  # no mention: its side is its nationality or the last loss's
                yield Candidate(Relation.SUFFERED_CASUALTIES, counted[0:0], counted, verb, "verb:loss:counted", 0.6)
            elif span is not None and agent is not None and _counted(tok) and cls_of(span) in (EntityClass.GROUP, EntityClass.ORGANIZATION):
                yield Candidate(Relation.SUFFERED_CASUALTIES, span[0:0], span, verb, "verb:loss:killed", 0.6)
        if passive:
            yield from _elided_counts(verb, mentions, lex)


#: Nouns of bodily harm: counted people who suffer them are a side's wounded.
_HARM_NOUNS = frozenset({"injury", "wound"})


def _suffered_harm(verb: Token, mentions: Mentions) -> Iterator[Candidate]:
    """"Three Ukrainian sailors suffered injuries", "12 soldiers sustained wounds": the
    counted people are wounded, a loss of their side (as "were injured" says), and only
    counted ones ("he suffered injuries" counts no loss)."""
    if verb.pos_ != "VERB" or not any(c.dep_ == "dobj" and c.lemma_.lower() in _HARM_NOUNS for c in verb.children):
        return
    for tok in (t for c in verb.children if c.dep_ == "nsubj" for t in conjuncts(c)):
        span = mentions.at(tok)
        if span is not None and span.root == tok and cls_of(span) is EntityClass.GROUP and _counted(tok):
            yield Candidate(Relation.SUFFERED_CASUALTIES, span[0:0], span, verb, "verb:loss:suffered", 0.6)


def _elided_counts(verb: Token, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """"Four soldiers were killed and 10 were injured", "62 rebels were killed in ground
    action and 57 in air strikes": a bare number told right after a counted loss counts
    the same people, whose side is that loss's (the document's last, just told)."""
    bare = [c for c in verb.children if c.dep_ == "nsubjpass" and c.pos_ == "NUM"] if verb.dep_ == "conj" and _counted_loss(verb.head, mentions, lex) else []
    if _counted_loss(verb, mentions, lex):
        bare += [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "NUM"]  # "... and 57 in air strikes": the verb gapped
    for tok in bare:
        counted = tok.doc[tok.i : tok.i + 1]
        yield Candidate(Relation.SUFFERED_CASUALTIES, counted[0:0], counted, verb, "verb:loss:elided", 0.55)


def _counted_loss(verb: Token, mentions: Mentions, lex: Lexicon) -> bool:
    """Whether ``verb`` is a passive killing or wounding of counted people with a mention."""
    if verb.pos_ != "VERB" or lex.verb_class.get(verb.lemma_.lower()) not in ("kill", "casualty") or not is_passive(verb):
        return False
    return any((m := mentions.at(c)) is not None and cls_of(m) is EntityClass.GROUP and _counted(c)
               for c in verb.children if c.dep_ == "nsubjpass")  # fmt: skip


def left_dead_candidates(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """"An attack that left 17 soldiers dead", "the strikes left eight others wounded":
    the counted people left dead or wounded are a loss (their side taken as for a
    passive killing: their nationality, the group, or the document's last loss)."""
    for verb in with_lemmas(sent, ("leave",)):
        if verb.pos_ != "VERB":
            continue
        states = [c for c in verb.children if c.dep_ in ("oprd", "acomp", "xcomp", "ccomp") and _casualty_word(c, lex)]
        for tok in (t for c in verb.children if c.dep_ == "dobj" for t in conjuncts(c)) if states else ():
            span = mentions.at(tok)
            if span is not None and span.root == tok and cls_of(span) is EntityClass.GROUP and _counted(tok):
                yield Candidate(Relation.SUFFERED_CASUALTIES, span[0:0], span, verb, "verb:loss:left", 0.6)
            elif span is None and tok.pos_ == "NOUN" and tok.tag_ == "NNS" and _counted(tok):
                counted = tok.doc[min(c.i for c in tok.children if c.like_num) : tok.i + 1]
                yield Candidate(Relation.SUFFERED_CASUALTIES, counted[0:0], counted, verb, "verb:loss:left", 0.55)


def _casualty_word(token: Token, lex: Lexicon) -> bool:
    """"dead", "wounded", "injured", "killed": a state a loss leaves people in."""
    return token.lower_ in lex.casualty_nouns or lex.verb_class.get(token.lemma_.lower()) in ("kill", "casualty")


def died_candidates(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """"Nine rebels and 10 soldiers died", "one soldier died during the attack" (lexicon
    ``dying_verbs``): each counted group is its side's loss (its side is taken from its
    nationality, or the group itself)."""
    for verb in with_lemmas(sent, lex.dying_verbs):
        if verb.pos_ != "VERB":
            continue
        for tok in (t for c in verb.children if c.dep_ == "nsubj" for t in conjuncts(c)):
            span = mentions.at(tok)
            if span is not None and span.root == tok and cls_of(span) is EntityClass.GROUP and _counted(tok):
                yield Candidate(Relation.SUFFERED_CASUALTIES, span[0:0], span, verb, "verb:loss:died", 0.6)


def _counted(noun: Token) -> bool:
    """A noun with a number or a vague amount: "110 Taliban", "dozens of soldiers"."""
    if any(c.like_num for c in noun.children):
        return True
    head = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    return head is not None and head.lower_ in VAGUE_AMOUNTS


#: Counted nouns that point back to people named before ("2,790 others were injured").
_BACK_COUNTS = frozenset({"others", "more"})


def borrows_side(cand: Candidate) -> bool:
    """Whether a loss that names no side of its own may take the document's last loss's
    side: a death toll does ("others put the toll at 15,000"), and so do counted "others";
    a count of any other noun that is no mention ("16 donkeys", "100 people") does not."""
    if cand.rule not in ("verb:loss:counted", "verb:loss:left"):
        return True
    return cand.object.root.lower_ in _BACK_COUNTS


#: What opens a clause that tells the act a killing happened in ("... were killed when Y attacked").
_ACT_MARKS = frozenset({"when", "as", "after"})


def attack_kill_candidates(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """"X were killed in strikes by Y", "X were killed in Y's attack", "X were killed when
    Y attacked Z" or "when Y launched a raid": Y killed X (a passive killing with no
    agent of its own, people named or counted: "three persons")."""
    for verb in with_lemmas(sent, lex.verbs_in.get("kill", ())):
        if verb.pos_ != "VERB" or not is_passive(verb):
            continue
        if any(c.dep_ == "agent" for c in verb.children):
            continue  # "killed by X" is read by the verb rule
        victims = [v for c in verb.children if c.dep_ == "nsubjpass" for t in conjuncts(c)
                   if (v := mentions.at(t) or counted_parties(t, mentions, lex)) is not None]  # fmt: skip
        if not victims:
            continue
        # the attack it happened in, else the act of a "when" clause ("... in X's attacks since
        # October, when the army began operations": X's attacks, not the army's operations)
        told = (verb,) if prep_objects(verb, ("in", "during")) else (verb, *_loss_siblings(verb, lex))  # its own "in" first
        nouns = [n for v in told for n in _attack_nouns(v, lex)]
        attackers = _attack_agents(nouns, mentions) if nouns else _attacking_clauses(verb, mentions, lex)
        for attacker in dict.fromkeys(attackers):
            for victim in victims:
                if victim != attacker and relation_for("kill", victim) is Relation.KILLED:
                    yield Candidate(Relation.KILLED, attacker, victim, verb, "verb:kill:in-attack", 0.6)


#: What joins a second loss to a killing ("... were killed while three others were wounded").
_LOSS_MARKS = frozenset({"while", "as"})


def _loss_siblings(verb: Token, lex: Lexicon) -> list[Token]:
    """The losses told beside a killing, whose attack is the killing's too: "five were
    killed and six others injured in an attack by X", "... killed while three others were
    wounded in an ambush by X" (a coordinated or "while" clause killing or wounding)."""
    near = [c for c in verb.children if c.dep_ == "conj" or c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in _LOSS_MARKS for m in c.children)]  # fmt: skip
    if verb.dep_ == "conj":
        near.append(verb.head)
    return [v for v in near if v.pos_ == "VERB" and lex.verb_class.get(v.lemma_.lower()) in ("kill", "casualty")]


def _attack_nouns(verb: Token, lex: Lexicon) -> list[Token]:
    """The attack a killing happened "in" or "during", and a count of attacks with the
    count's noun ("a series of strikes": series, strikes)."""
    out: list[Token] = []
    for noun in prep_objects(verb, ("in", "during")):
        inner = [t for t in prep_objects(noun, ("of",)) if lex.nominal_class.get(t.lemma_.lower()) == "attack"]
        if lex.nominal_class.get(noun.lemma_.lower()) == "attack" or inner:
            out += [noun, *inner]
    return out


def _attack_agents(nouns: list[Token], mentions: Mentions) -> Iterator[Span]:
    """Who made the attacks ``nouns`` name (:func:`kgraph.nlp.event_args.attack_makers`)."""
    for head in nouns:
        yield from attack_makers(head, mentions)


def _attacking_clauses(verb: Token, mentions: Mentions, lex: Lexicon) -> Iterator[Span]:
    """The subject of a "when", "as" or "after" clause on a killing that attacks ("when Y
    shelled the town") or launches an attack ("when Y launched an air raid")."""
    for clause in verb.children:
        if clause.dep_ != "advcl" or not any(c.dep_ in ("mark", "advmod") and c.lower_ in _ACT_MARKS for c in clause.children):
            continue
        lemma = clause.lemma_.lower()
        attacks = lex.verb_class.get(lemma) == "attack" and not figurative(clause, mentions, lex)
        launches = lemma in lex.light_verbs and any(
            c.dep_ == "dobj" and lex.nominal_class.get(c.lemma_.lower()) == "attack" for c in clause.children
        )  # fmt: skip
        if attacks or launches:
            yield from (d for c in clause.children if c.dep_ == "nsubj" and (d := acting_actor(mentions.at(c), mentions)) is not None)
