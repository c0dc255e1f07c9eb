"""Event relations said by shapes the verb classes alone do not read.

- A weapon aimed at a target: "Iran fired missiles at Israel", "dropped bombs on X",
  "fired on protesters" (lexicon ``projectile_verbs``): the target is attacked, the
  weapons are not, and "fired the minister" attacks no one.
- Counted losses: "the army killed 110 Taliban", "destroyed 1,500 troops" (lexicon
  ``counting_kill_verbs``, which kill only people they count; the victims' side loses that many,
  besides being killed), and "6,320 group members were killed", "2,790 others were
  injured" (a counted plural that is no named mention: its side is taken from its
  nationality or the document's last loss), "nine rebels died" (lexicon ``dying_verbs``),
  "an attack that left 17 soldiers dead".
- Troops that arrive or deploy somewhere ("North Korean troops arrived in Russia",
  "Ugandan troops deployed to South Sudan") or fight on another's side ("are fighting
  for X"): their state (named by their nationality) deploys them there; they visit nothing.
  Goods that arrive ("drones from Turkey arrived in Nigeria", "German tanks reached
  Ukraine"): the state they come from, or their maker's nationality, supplies them there.
- Assets frozen: "X froze the assets of Y", "X seized Russian assets", "X froze Y's
  accounts" (lexicon ``asset_verbs`` and ``holding_nouns``): X sanctions their owner.
- The owner of what is criticised: "X condemned Y's missile launches", "X criticised
  the Russian invasion" (a criticising verb whose object is no actor): X criticizes Y.
- A commission won: "X won a contract to build Y", "X was awarded an order for Y", "the
  Army awarded X a contract for Y" (lexicon ``commission_nouns``, ``winning_verbs``,
  ``granting_verbs``, ``making_verbs``): X supplies Y, to whoever awarded it, as planned.
- What a transfer included: "the Turkish donations included laser rangefinders", "the
  US aid package includes Stinger missiles": the giver supplies each item.
- A threatened attack: "X threatened to strike Y", "... to retaliate by launching an
  attack on Y", "X warned that its forces would escalate attacks on Y": X threatens Y.
- A guest received: "X received Y in Z", "welcomed Y to Z" (lexicon ``hosting_verbs``):
  X meets Y, who visits Z.
- A call on a person: "X called on President Y", "paid a courtesy call on Y": X meets Y.
- A call to stop: "X called on Y to stop the offensive", "X urged Y to withdraw" (a
  directive verb whose addressee is to cease, lexicon ``cessation_verbs``): X criticizes Y.
- An alliance signed: "A and B signed a defence pact", "A signed a military agreement with
  B", "... an agreement to expand defence cooperation" (an agreement named by a word of the
  lexicon's ``alliance_words`` or a cooperation noun): the signing states cooperate.
- A killing told with the attack it happened in: "20 militants were killed in air
  strikes by Pakistani jets", "... in Y's raid", "three soldiers were killed when Y
  attacked the base" (or launched an attack): Y killed them; a weapon that acts stands
  for whoever its modifier names ("Pakistani jets": Pakistan).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kgraph.nlp.candidates import ACTORS as ACTOR_CLASSES
from kgraph.nlp.candidates import PLACES, Candidate, Mentions, cls_of
from kgraph.nlp.event_args import (
    ALLY_CLASSES, SIDE_PREPS, arriving_goods, counted_parties, figurative, modifier_actor, moving_troops,
    represented_states, struck_target, wielder,
)  # fmt: skip
from kgraph.nlp.lexicon import Lexicon
from kgraph.nlp.qualifiers import VAGUE_AMOUNTS
from kgraph.nlp.relations import co_agents, coordinated_agents, relation_for
from kgraph.nlp.syntax import OBJECT_CONTROL_VERBS, conjuncts, find_subject, infinitive, is_passive, prep_objects, valued_noun
from kgraph.types import EntityClass, Relation

#: Prepositions that name what a weapon is aimed at.
AIMED_PREPS = ("at", "on", "upon", "into", "toward", "towards", "against")


def event_candidates(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """Every rule of this module over one sentence."""
    yield from aimed_candidates(sent, mentions, lex)
    yield from loss_candidates(sent, mentions, lex)
    yield from died_candidates(sent, mentions, lex)
    yield from left_dead_candidates(sent, mentions, lex)
    yield from call_to_stop_candidates(sent, mentions, lex)
    yield from arrival_candidates(sent, mentions, lex)
    yield from asset_freeze_candidates(sent, mentions, lex)
    yield from owner_criticized_candidates(sent, mentions, lex)
    yield from contents_candidates(sent, mentions, lex)
    yield from commission_candidates(sent, mentions, lex)
    yield from threatened_attack_candidates(sent, mentions, lex)
    yield from call_on_candidates(sent, mentions, lex)
    yield from hosting_candidates(sent, mentions, lex)
    yield from attack_kill_candidates(sent, mentions, lex)
    yield from alliance_candidates(sent, mentions, lex)


def aimed_candidates(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """"X fired missiles at Y", "X dropped bombs on Y", "X fired on Y": X attacks Y. The
    verb's object, if any, must be a weapon (a materiel mention or a counted amount), so
    "launched a probe into Y" and "fired the minister" attack no one."""
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.projectile_verbs or not _fires_weapons(verb, mentions):
            continue
        heads = [verb, *(t for c in verb.children if c.dep_ == "dobj" for t in conjuncts(c))]  # "at Y" hung on a weapon
        aimed = [c for h in heads for t in prep_objects(h, AIMED_PREPS) for c in conjuncts(t)]
        targets = [m for t in aimed if (m := _aimed_at(t, mentions, lex)) is not None]
        yield from _agents_to(verb, targets, "attack", "verb:aimed", mentions, lex)


def _aimed_at(token: Token, mentions: Mentions, lex: Lexicon) -> Span | None:
    """What a weapon aimed at ``token`` attacks: its mention, or the side whose target it
    is ("fired at Azerbaijani positions": Azerbaijan)."""
    span = mentions.at(token)
    if span is None or span.root == token:
        return struck_target(token, mentions, lex) or span
    return span


def _fires_weapons(verb: Token, mentions: Mentions) -> bool:
    """Whether every object of ``verb`` is a weapon or a counted amount of one (true of
    a verb with no object: "fired at Y")."""
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        span = mentions.at(obj)
        counted = any(c.like_num for c in obj.children) or obj.lower_ in VAGUE_AMOUNTS
        if not (span is not None and cls_of(span) is EntityClass.MATERIEL or counted):
            return False
    return True


def _mentioned(tokens: list[Token], mentions: Mentions) -> list[Span]:
    return [s for t in tokens if (s := mentions.at(t)) is not None]


def loss_candidates(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """The losses a killing or wounding counts (see the module docstring). A passive
    killing with no agent of a counted named group is read by the verb rule already."""
    for verb in sent:
        lemma = verb.lemma_.lower()
        vclass = lex.verb_class.get(lemma) if verb.pos_ == "VERB" else None
        if verb.pos_ == "VERB" and lemma in lex.counting_kill_verbs:
            vclass = "kill"  # "destroyed 1,500 troops", "neutralised 15 insurgents": counted people only
        if vclass not in ("kill", "casualty"):
            continue
        passive = is_passive(verb)
        if not passive and vclass == "casualty":
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


def left_dead_candidates(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """"An attack that left 17 soldiers dead", "the strikes left eight others wounded":
    the counted people left dead or wounded are a loss (their side taken as for a
    passive killing: their nationality, the group, or the document's last loss)."""
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() != "leave":
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
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.dying_verbs:
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


def call_to_stop_candidates(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """"X called on Y to stop Z", "X urged Y to withdraw": X criticizes Y (the ontology's
    "calls on to stop"); a call to do anything else ("urged Y to send aid") is none."""
    for clause in sent:
        verb = clause.head
        if clause.dep_ != "xcomp" or clause.lemma_.lower() not in lex.cessation_verbs:
            continue
        if verb.lemma_.lower() not in lex.directive_verbs or verb.lemma_.lower() not in OBJECT_CONTROL_VERBS:
            continue
        addressees = [c for c in verb.children if c.dep_ == "dobj"] or prep_objects(verb, ("on", "upon"))
        targets = _mentioned([t for a in addressees for t in conjuncts(a)], mentions)
        yield from _agents_to(verb, targets, "criticize", "verb:call-to-stop", mentions, lex)


def arrival_candidates(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """Troops that arrive, deploy or are stationed somewhere with no one named as sending
    them: deployed by the state their nationality names (inferred later), to where they go."""
    for verb in sent:
        if verb.pos_ != "VERB" or any(c.dep_ == "agent" for c in verb.children):
            continue
        troops = moving_troops(verb, mentions, lex)
        goods = arriving_goods(verb, mentions, lex) if troops is None else []
        if troops is None and not goods:
            continue
        places = _mentioned(prep_objects(verb, ("to", "in", "into", *SIDE_PREPS)), mentions)
        target = places[0] if places else None
        if troops is not None:
            yield Candidate(Relation.DEPLOYS, troops[0:0], troops, verb, "verb:arrival", 0.6, target=target)
        # from whom: "from X" on the goods ("A and B from X") or on the verb, else their make (inferred later)
        sources = _mentioned([*(t for g in goods for t in prep_objects(g.root, ("from",))), *prep_objects(verb, ("from",))], mentions)
        for item in goods:
            for source in [s for s in sources if cls_of(s) in ACTOR_CLASSES] or [item[0:0]]:
                yield Candidate(Relation.SUPPLIES, source, item, verb, "verb:arrival:goods", 0.6, target=target)


def asset_freeze_candidates(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """"X froze the assets of Y", "X froze Y's accounts", "X seized Russian assets": X
    sanctions the owner (of-phrase, possessor, or the state a demonym names)."""
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.asset_verbs:
            continue
        owners: list[Span] = []
        for obj in (t for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for t in conjuncts(c)):
            if obj.lemma_.lower() not in lex.holding_nouns:
                continue
            of = [t for o in prep_objects(obj, ("of",)) for t in conjuncts(o)]  # "assets of three individuals and one entity"
            owners += [s for t in of if (s := mentions.at(t) or counted_parties(t, mentions, lex)) is not None]
            owners += _modifier_actors(obj, mentions)
        yield from _agents_to(verb, owners, "sanction", "verb:asset-freeze", mentions, lex)


def owner_criticized_candidates(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """"X condemned Y's missile launches", "X slammed the US decision": X criticizes the
    actor whose act or thing its object names (its possessor or named modifier)."""
    for verb in sent:
        if verb.pos_ != "VERB" or lex.verb_class.get(verb.lemma_.lower()) != "criticize" or is_passive(verb):
            continue
        owners: list[Span] = []
        for obj in (t for c in verb.children if c.dep_ == "dobj" for t in conjuncts(c)):
            own = mentions.at(obj)
            if own is not None and cls_of(own) in ACTOR_CLASSES:
                continue  # "condemned Russia": the verb rule reads it
            owners += [m for m in _modifier_actors(obj, mentions) if cls_of(m) in ACTOR_CLASSES]
        yield from _agents_to(verb, owners, "criticize", "verb:criticize:owner", mentions, lex)


#: Dependencies of a noun's left modifiers that can name its owner or actor.
_OWNER_DEPS = ("poss", "amod", "compound", "nmod")


def _modifier_actors(noun: Token, mentions: Mentions) -> list[Span]:
    """The actors ``noun``'s left modifiers name: its possessor, a demonym, a named
    compound ("Y's accounts", "Russian assets", "the US decision")."""
    return [m for c in noun.lefts if c.dep_ in _OWNER_DEPS and (m := modifier_actor(c, noun, mentions)) is not None]


def _agents_to(verb: Token, objects: list[Span], vclass: str, rule: str, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """The class's relation from ``verb``'s subject (and those coordinated with it) to each
    object that fits it."""
    if not objects:
        return
    subj_tok, inherited = find_subject(verb, lex)
    subject = mentions.at(subj_tok)
    if subject is None:
        return
    for agent in coordinated_agents(subj_tok, subject, mentions):
        for obj in dict.fromkeys(objects):
            relation = relation_for(vclass, obj) if obj != agent else None
            if relation is not None:
                yield Candidate(relation, agent, obj, verb, rule, 0.6 if inherited else 0.65)


#: Prepositions that name what an attack, said by a verb or a noun, is made on.
_ATTACKED_PREPS = ("on", "against", "at", "into")


def threatened_attack_candidates(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """"X threatened to strike Y", "X threatened to retaliate by launching a missile
    attack on Y": X threatens Y (whatever the attack's own status)."""
    for verb in sent:
        if verb.pos_ != "VERB" or lex.verb_class.get(verb.lemma_.lower()) != "threaten":
            continue
        acts = [c for c in verb.children if c.dep_ == "xcomp" or c.dep_ == "ccomp" and _foretold(c)]
        if not acts:
            continue
        targets: list[Span] = []
        for tok in (t for a in acts for t in a.subtree):
            if tok.pos_ == "VERB" and lex.verb_class.get(tok.lemma_.lower()) == "attack":
                aimed = [*(c for c in tok.children if c.dep_ == "dobj"), *prep_objects(tok, _ATTACKED_PREPS)]
            elif tok.pos_ == "NOUN" and lex.nominal_class.get(tok.lemma_.lower()) == "attack":
                aimed = prep_objects(tok, _ATTACKED_PREPS)
            else:
                continue
            targets += [m for a in aimed for t in conjuncts(a) if (m := _aimed_at(t, mentions, lex)) is not None]
        yield from _agents_to(verb, targets, "threaten", "verb:threaten:attack", mentions, lex)


def _foretold(clause: Token) -> bool:
    """A clause of what will be done: "warned that the militia would escalate attacks"."""
    return any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall") for c in clause.children)


def call_on_candidates(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """"X called on President Y", "X paid a courtesy call on Y": X meets Y (a visit to a
    person); "called on Y to stop Z" is a call to act, no meeting."""
    for tok in sent:
        if tok.lemma_.lower() != "call":
            continue
        if tok.pos_ == "VERB":
            verb = tok
        elif tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in ("pay", "make"):
            verb = tok.head
        else:
            continue
        if any(c.dep_ in ("xcomp", "ccomp") for c in (*verb.children, *tok.children)):
            continue
        hosts = [t for p in prep_objects(tok, ("on", "upon")) for t in conjuncts(p)]
        if any(c.dep_ in ("acl", "relcl") and infinitive(c) for h in hosts for c in h.children):
            continue  # "called on X to withdraw", the infinitive hung on X
        people = [m for t in hosts if (m := mentions.at(t)) is not None and cls_of(m) is EntityClass.PERSON]
        yield from _agents_to(verb, people, "meet", "verb:call-on", mentions, lex)


def hosting_candidates(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """"X received Y in Z", "X welcomed Y to Z" (lexicon ``hosting_verbs``, a person as
    the object): X meets Y, and Y visits the place named."""
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.hosting_verbs or is_passive(verb):
            continue
        guests = [m for c in verb.children if c.dep_ == "dobj" for t in conjuncts(c)
                  if (m := mentions.at(t)) is not None and cls_of(m) is EntityClass.PERSON]  # fmt: skip
        yield from _agents_to(verb, guests, "meet", "verb:host", mentions, lex)
        places = [m for t in prep_objects(verb, ("to", "in", "at")) if (m := mentions.at(t)) is not None and cls_of(m) in PLACES]
        for guest in guests:
            for place in places:
                yield Candidate(Relation.VISITS, guest, place, verb, "verb:host:visit", 0.6)


#: Verbs that list what a whole holds ("the package includes X").
CONTAINING_VERBS = frozenset({"include", "comprise", "contain"})


def contents_candidates(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """"The Turkish donations included laser rangefinders", "the US aid package includes
    Stinger missiles": the giver a transfer noun (or a noun of a consignment, lexicon
    ``consignment_nouns``) names (its possessor or named modifier, or that of its transfer
    compound) supplies each materiel item listed. A whole that names no giver but refers
    back ("the package will include X", "those exports included X", "aid, which includes
    X") is the document's last supply: its giver gives the items, to its receiver."""
    for verb in sent:
        whole = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb.lemma_.lower() in CONTAINING_VERBS else None
        if whole is None:
            continue
        relative = verb.dep_ == "relcl" and whole.tag_ == "WDT"
        if relative:
            whole = verb.head  # "military aid, which includes X": the aid
        nouns = [whole, *(c for c in whole.lefts if c.dep_ == "compound")]  # "aid package": aid
        if not any(lex.nominal_class.get(n.lemma_.lower()) == "transfer" for n in nouns) and whole.lemma_.lower() not in lex.consignment_nouns:
            continue
        givers = [m for n in nouns for m in _modifier_actors(n, mentions) if cls_of(m) in ACTOR_CLASSES]
        items = [m for c in verb.children if c.dep_ == "dobj" for m in _mentioned(conjuncts(c), mentions)]
        target = next(iter(_mentioned(prep_objects(whole, ("to", "for")), mentions)), None)
        back = not givers and (relative or _refers_back(whole))
        for item in items:
            if relation_for("transfer", item) is not Relation.SUPPLIES:
                continue
            for giver in givers[:1]:
                yield Candidate(Relation.SUPPLIES, giver, item, verb, "verb:contents", 0.6, target=target)
            if back:
                yield Candidate(Relation.SUPPLIES, item[0:0], item, verb, "verb:contents:back", 0.6, target=target, earlier_giver=True)


#: Determiners of a noun that refers back to what the text named before.
DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def _refers_back(noun: Token) -> bool:
    """A definite noun with no modifier of its own: "the package", "those exports"."""
    return any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children) and not any(
        c.dep_ in ("amod", "compound", "poss", "nmod", "nummod") for c in noun.lefts
    )


def commission_candidates(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """"X won a contract to build Y", "X was awarded a contract for Y", "the Army awarded X
    an order for Y": the one commissioned supplies the goods made or ordered, to the one
    who awarded it (a contract "to supply" or "to deliver" is read by the verb rules)."""
    for noun in sent:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lex.commission_nouns or noun.dep_ not in ("dobj", "nsubjpass"):
            continue
        winner, awarder = _commissioned(noun.head, lex)
        supplier = mentions.at(winner) if winner is not None else None
        if supplier is None or cls_of(supplier) not in ACTOR_CLASSES:
            continue
        made = [c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in lex.making_verbs and infinitive(c)]
        made += [c for a in noun.children if a.dep_ == "amod" for c in a.children
                 if c.lemma_.lower() in lex.making_verbs and valued_noun(c) == noun]  # fmt: skip
        goods = [(t, m) for m in made for o in m.children if o.dep_ == "dobj" for t in conjuncts(o)]
        goods += [(t, t) for o in prep_objects(noun, ("for",)) for t in conjuncts(o)]  # "a contract for Y": Y's own clause
        ordered_by = [t for h in (noun.head, noun, *(t for t, _ in goods)) for t in prep_objects(h, ("from",))]
        ordered_by += [c for c in noun.lefts if c.dep_ == "compound"]  # "a Defense Department contract"
        customers = [mentions.at(awarder)] if awarder is not None else _mentioned(ordered_by, mentions)
        customer = next((c for c in customers if c is not None and cls_of(c) in ACTOR_CLASSES), None)
        for tok, trigger in goods:
            item = mentions.at(tok)
            if item is not None and item != supplier and relation_for("transfer", item) is Relation.SUPPLIES:
                target = customer if customer is not None and customer != supplier else None
                yield Candidate(Relation.SUPPLIES, supplier, item, trigger, "noun:commission", 0.6, target=target)


def _commissioned(verb: Token, lex: Lexicon) -> tuple[Token | None, Token | None]:
    """Who wins the commission ``verb``'s object names, and who awards it: "X won",
    "X was awarded" (no awarder named), "Y awarded X" (Y); ``(None, None)`` for "Y
    awarded a contract", which names no winner, and for any other verb."""
    lemma = verb.lemma_.lower()
    if lemma in lex.granting_verbs:
        winner = next((c for c in verb.children if c.dep_ in ("dative", "nsubjpass")), None)
        awarder = None if winner is None or winner.dep_ == "nsubjpass" else find_subject(verb, lex)[0]
        return winner, awarder
    if lemma in lex.winning_verbs:
        return find_subject(verb, lex)[0], None
    return None, None



#: What opens a clause that tells the act a killing happened in ("... were killed when Y attacked").
_ACT_MARKS = frozenset({"when", "as", "after"})


def attack_kill_candidates(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """"X were killed in strikes by Y", "X were killed in Y's attack", "X were killed when
    Y attacked Z" or "when Y launched a raid": Y killed X (a passive killing with no
    agent of its own, people named or counted: "three persons")."""
    for verb in sent:
        if verb.pos_ != "VERB" or lex.verb_class.get(verb.lemma_.lower()) != "kill" or not is_passive(verb):
            continue
        if any(c.dep_ == "agent" for c in verb.children):
            continue  # "killed by X" is read by the verb rule
        victims = [v for c in verb.children if c.dep_ == "nsubjpass" for t in conjuncts(c)
                   if (v := mentions.at(t) or counted_parties(t, mentions, lex)) is not None]  # fmt: skip
        if not victims:
            continue
        # the attack it happened in, else the act of a "when" clause ("... in X's attacks since
        # October, when the army began operations": X's attacks, not the army's operations)
        nouns = _attack_nouns(verb, lex)
        attackers = _attack_agents(nouns, mentions) if nouns else _attacking_clauses(verb, mentions, lex)
        for attacker in dict.fromkeys(attackers):
            for victim in victims:
                if victim != attacker and relation_for("kill", victim) is Relation.KILLED:
                    yield Candidate(Relation.KILLED, attacker, victim, verb, "verb:kill:in-attack", 0.6)


def _doer(span: Span | None, mentions: Mentions) -> Span | None:
    """An actor mention, or the actor a weapon stands for; a pronoun is none here ("when
    they attacked" may be the very people killed)."""
    if span is None or cls_of(span) is None:
        return None
    if cls_of(span) is EntityClass.MATERIEL:
        return wielder(span, mentions)
    return span if cls_of(span) in ACTOR_CLASSES else None


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
    """Who made the attack ``nouns`` name: a possessor or named modifier, a "by"
    phrase, or the agent of a participle ("airstrikes carried out by X")."""
    for head in nouns:
        named = [modifier_actor(c, head, mentions) for c in head.lefts if c.dep_ in ("poss", "amod", "compound", "nmod")]
        by = [*prep_objects(head, ("by",)), *(t for c in head.children if c.dep_ == "acl"
                                              for a in c.children if a.dep_ == "agent" for t in a.children if t.dep_ == "pobj")]  # fmt: skip
        yield from (d for m in [*named, *map(mentions.at, by)] if (d := _doer(m, mentions)) is not None)


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
            yield from (d for c in clause.children if c.dep_ == "nsubj" and (d := _doer(mentions.at(c), mentions)) is not None)


def alliance_candidates(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """"A and B signed a defence pact", "A signed a military agreement with B", "the
    ministers of A and B signed an agreement to expand defence cooperation": each pair of
    signing states (or organisations) cooperates; a person signing is left to the sign rule."""
    for verb in sent:
        if verb.pos_ != "VERB" or lex.verb_class.get(verb.lemma_.lower()) != "sign" or is_passive(verb):
            continue
        if not any(_alliance(t, lex) for c in verb.children if c.dep_ == "dobj" for t in conjuncts(c)):
            continue
        subj_tok, _ = find_subject(verb, lex)
        subject = mentions.at(subj_tok)
        agents = represented_states(subj_tok, subject, mentions) or (coordinated_agents(subj_tok, subject, mentions) if subject else [])
        agents += co_agents(verb, mentions)
        parties = list(dict.fromkeys(a for a in agents if cls_of(a) in ALLY_CLASSES))
        for i, a in enumerate(parties):
            for b in parties[i + 1 :]:
                yield Candidate(Relation.COOPERATES_WITH, a, b, verb, "verb:sign:alliance", 0.6)


def _alliance(agreement: Token, lex: Lexicon) -> bool:
    """An agreement of allies: named by an alliance word ("defence pact", "military
    agreement") or made for cooperation ("an agreement to expand defence cooperation")."""
    if lex.nominal_class.get(agreement.lemma_.lower()) == "cooperate":
        return True  # "signed a partnership", "an alliance"
    words = [t for t in agreement.subtree if t.i != agreement.i]
    return any(t.lemma_.lower() in lex.alliance_words or lex.nominal_class.get(t.lemma_.lower()) == "cooperate" for t in words)
