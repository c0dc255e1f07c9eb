"""Event relations said by shapes the verb classes alone do not read.

Losses and killings told with the attack they happened in are read by
:mod:`kgraph.nlp.loss_rules`, designations as a terrorist organisation (a sanction) by
:mod:`kgraph.nlp.designations`, support held ("X had the backing of Y") by :mod:`kgraph.nlp.backing`.

- A weapon aimed at a target: "Iran fired missiles at Israel", "dropped bombs on X",
  "fired on protesters" (lexicon ``projectile_verbs``): the target is attacked, the
  weapons are not, and "fired the minister" attacks no one. More shapes of attacks
  ("opened fire at Y", "was fired on by X", "under attack by X") are read by
  :mod:`kgraph.nlp.attack_rules`.
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
- An agreement between parties: "the Gripen agreement between X and Y", "a framework
  agreement hammered out between X and Y", "the contract signed between both countries":
  each party signs it (not one under negotiation: "talks on an agreement between X and Y").
- An alliance signed: "A and B signed a defence pact", "A signed a military agreement with
  B", "... an agreement to expand defence cooperation" (an agreement named by a word of the
  lexicon's ``alliance_words`` or a cooperation noun): the signing states cooperate.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.strings import get_string_id
from spacy.tokens import Span, Token

from kgraph.nlp.candidates import ACTORS as ACTOR_CLASSES
from kgraph.nlp.candidates import PLACES, Candidate, Mentions, cls_of
from kgraph.nlp.backing import held_support_candidates
from kgraph.nlp.designations import designation_candidates
from kgraph.nlp.docmemo import columns, with_lemmas
from kgraph.nlp.event_args import (
    ALLY_CLASSES, PARTY_CLASSES, SIDE_PREPS, arriving_goods, counted_parties, modifier_actor, moving_troops, parties,
    struck_target, two_states,
)  # fmt: skip
from kgraph.nlp.lexicon import Lexicon
from kgraph.nlp.loss_rules import loss_rule_candidates
from kgraph.nlp.purchases import purchase_candidates
from kgraph.nlp.withdrawals import withdrawal_candidates
from kgraph.nlp.qualifiers import VAGUE_AMOUNTS
from kgraph.nlp.relations import relation_for
from kgraph.nlp.verb_args import co_agents, coordinated_agents, represented_states
from kgraph.nlp.syntax import OBJECT_CONTROL_VERBS, conjuncts, find_subject, infinitive, is_passive, prep_objects, valued_noun
from kgraph.types import EntityClass, Relation

#: Prepositions that name what a weapon is aimed at.
AIMED_PREPS = ("at", "on", "upon", "into", "toward", "towards", "against")


def event_candidates(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """Every rule of this module over one sentence."""
    yield from aimed_candidates(sent, mentions, lex)
    yield from loss_rule_candidates(sent, mentions, lex)
    yield from call_to_stop_candidates(sent, mentions, lex)
    yield from arrival_candidates(sent, mentions, lex)
    yield from asset_freeze_candidates(sent, mentions, lex)
    yield from owner_criticized_candidates(sent, mentions, lex)
    yield from contents_candidates(sent, mentions, lex)
    yield from commission_candidates(sent, mentions, lex)
    yield from threatened_attack_candidates(sent, mentions, lex)
    yield from call_on_candidates(sent, mentions, lex)
    yield from hosting_candidates(sent, mentions, lex)
    yield from alliance_candidates(sent, mentions, lex)
    yield from agreement_parties_candidates(sent, mentions, lex)
    yield from designation_candidates(sent, mentions, lex)
    yield from held_support_candidates(sent, mentions, lex)
    yield from purchase_candidates(sent, mentions, lex)
    yield from withdrawal_candidates(sent, mentions, lex)


def aimed_candidates(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """"X fired missiles at Y", "X dropped bombs on Y", "X fired on Y": X attacks Y. The
    verb's object, if any, must be a weapon (a materiel mention or a counted amount), so
    "launched a probe into Y" and "fired the minister" attack no one."""
    for verb in with_lemmas(sent, lex.projectile_verbs):
        if verb.pos_ != "VERB" or not _fires_weapons(verb, mentions):
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


#: The dependency label of a negation ("not"), as the Doc's DEP column holds it.
_NEG = get_string_id("neg")


def call_to_stop_candidates(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """"X called on Y to stop Z", "X urged Y to withdraw", "X urged Y not to abuse its
    force": X criticizes Y (the ontology's "calls on to stop": a call to cease, or to
    refrain from an act); a call to do anything else ("urged Y to send aid") is none, and
    so is one not to cease ("urged Y not to withdraw") or not to do without an object
    ("urged Y not to give up")."""
    negated = _NEG in columns(sent.doc)["dep"][sent.start : sent.end]  # a refrain needs a "neg" in the sentence
    refrain = (t for t in (sent if negated else ()) if t.dep_ == "xcomp" and t.pos_ == "VERB" and any(c.dep_ == "neg" for c in t.children)
               and any(c.dep_ in ("dobj", "prep") for c in t.children))  # fmt: skip
    for clause in dict.fromkeys([*with_lemmas(sent, lex.cessation_verbs), *refrain]):
        verb = clause.head
        negated = any(c.dep_ == "neg" for c in clause.children)
        if clause.dep_ != "xcomp" or negated == (clause.lemma_.lower() in lex.cessation_verbs):
            continue
        if verb.lemma_.lower() not in lex.directive_verbs or verb.lemma_.lower() not in OBJECT_CONTROL_VERBS:
            continue
        addressees = [c for c in verb.children if c.dep_ == "dobj"] or prep_objects(verb, ("on", "upon"))
        targets = _mentioned([t for a in addressees for t in conjuncts(a)], mentions)
        yield from _agents_to(verb, targets, "criticize", "verb:call-to-stop", mentions, lex)


def arrival_candidates(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """Troops that arrive, deploy or are stationed somewhere with no one named as sending
    them: deployed by the state their nationality names (inferred later), to where they go."""
    for verb in with_lemmas(sent, lex.moving_verbs):  # no other verb moves troops or goods
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
    for verb in with_lemmas(sent, lex.asset_verbs):
        if verb.pos_ != "VERB":
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
    for verb in with_lemmas(sent, lex.verbs_in.get("criticize", ())):
        if verb.pos_ != "VERB" or is_passive(verb):
            continue
        owners: list[Span] = []
        for obj in (t for c in verb.children if c.dep_ == "dobj" for t in conjuncts(c)):
            own = mentions.at(obj)
            if own is not None and cls_of(own) in ACTOR_CLASSES:
                continue  # "condemned Russia": the verb rule reads it
            owners += [m for c in obj.lefts if not _common_modifier(c)
                       if (m := modifier_actor(c, obj, mentions)) is not None and cls_of(m) in ACTOR_CLASSES]  # fmt: skip
        yield from _agents_to(verb, owners, "criticize", "verb:criticize:owner", mentions, lex)


def _common_modifier(modifier: Token) -> bool:
    """A modifier that names no owner of the act: not a possessor, and a common noun
    ("the guerrilla attack", "the troop dispatch": a kind of act, not whose it is)."""
    if modifier.dep_ not in _OWNER_DEPS:
        return True
    return modifier.dep_ != "poss" and modifier.pos_ == "NOUN" and not modifier.ent_type_


#: Dependencies of a noun's left modifiers that can name its owner or actor.
_OWNER_DEPS = ("poss", "amod", "compound", "nmod")


def _modifier_actors(noun: Token, mentions: Mentions) -> list[Span]:
    """The actors ``noun``'s left modifiers name: its possessor, a demonym, a named
    compound ("Y's accounts", "Russian assets", "the US decision")."""
    lefts = [c for c in noun.lefts if c.dep_ in _OWNER_DEPS]
    marks = [t.i for t in noun.doc[max(noun.left_edge.i - 1, 0) : noun.i] if t.tag_ == "POS" or t.text in ("'", "’")]
    if marks:  # "the individuals' U.S. assets": the owner's, held in the U.S. (however the parser took the apostrophe)
        lefts = [c for c in lefts if c.dep_ == "poss" or c.i < marks[-1]]
    return [m for c in lefts if (m := modifier_actor(c, noun, mentions)) is not None]


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
            relation = relation_for(vclass, obj, lex) if obj != agent else None
            if relation is not None:
                yield Candidate(relation, agent, obj, verb, rule, 0.6 if inherited else 0.65)


#: Prepositions that name what an attack, said by a verb or a noun, is made on.
_ATTACKED_PREPS = ("on", "against", "at", "into")


def threatened_attack_candidates(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """"X threatened to strike Y", "X threatened to retaliate by launching a missile
    attack on Y": X threatens Y (whatever the attack's own status)."""
    for verb in with_lemmas(sent, lex.verbs_in.get("threaten", ())):
        if verb.pos_ != "VERB":
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
    for tok in with_lemmas(sent, ("call",)):
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
    for verb in with_lemmas(sent, lex.hosting_verbs):
        if verb.pos_ != "VERB" or is_passive(verb):
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
    X", "the deal also includes X") is the document's last supply: its giver gives the
    items, to its receiver (a deal's owner may be its buyer: "Chile's deal" names no giver)."""
    for verb in with_lemmas(sent, CONTAINING_VERBS):
        whole = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if whole is None:
            continue
        relative = verb.dep_ == "relcl" and whole.tag_ == "WDT"
        if relative:
            whole = verb.head  # "military aid, which includes X": the aid
        nouns = [whole, *(c for c in whole.lefts if c.dep_ == "compound")]  # "aid package": aid
        deal = whole.lemma_.lower() in lex.commission_nouns  # "the deal also includes X": only a deal the text told of
        if not any(lex.nominal_class.get(n.lemma_.lower()) == "transfer" for n in nouns) and whole.lemma_.lower() not in lex.consignment_nouns and not deal:
            continue
        givers = [] if deal else [m for n in nouns for m in _modifier_actors(n, mentions) if cls_of(m) in ACTOR_CLASSES]
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
    for noun in with_lemmas(sent, lex.commission_nouns):
        if noun.pos_ != "NOUN" or noun.dep_ not in ("dobj", "nsubjpass"):
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


def alliance_candidates(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """"A and B signed a defence pact", "A signed a military agreement with B", "the
    ministers of A and B signed an agreement to expand defence cooperation": each pair of
    signing states (or organisations) cooperates; a person signing is left to the sign rule."""
    for verb in with_lemmas(sent, lex.verbs_in.get("sign", ())):
        if verb.pos_ != "VERB" or is_passive(verb):
            continue
        deals = [t for c in verb.children if c.dep_ == "dobj" for t in conjuncts(c)]
        told = [c for c in verb.children if c.dep_ not in ("nsubj", "nsubjpass")]  # "a ceasefire deal", however parsed
        allied = any(_alliance(t, lex) for t in deals)
        if _truce(told, lex) or not allied and not (deals and _for_cooperation(verb, deals, lex, mentions)):
            continue
        subj_tok, _ = find_subject(verb, lex)
        subject = mentions.at(subj_tok)
        agents = represented_states(subj_tok, subject, mentions) or (coordinated_agents(subj_tok, subject, mentions) if subject else [])
        agents += co_agents(verb, mentions)
        allies = ALLY_CLASSES if allied else {EntityClass.COUNTRY}  # a deal for goods: between states, not a buyer and its maker
        parties = list(dict.fromkeys(a for a in agents if cls_of(a) in allies))
        for i, a in enumerate(parties):
            for b in parties[i + 1 :]:
                yield Candidate(Relation.COOPERATES_WITH, a, b, verb, "verb:sign:alliance", 0.6)


def _alliance(agreement: Token, lex: Lexicon) -> bool:
    """An agreement of allies: named by an alliance word ("defence pact", "military
    agreement"), made for cooperation or mutual support ("an agreement to expand defence
    cooperation", "pledging support of each other")."""
    if lex.nominal_class.get(agreement.lemma_.lower()) == "cooperate":
        return True  # "signed a partnership", "an alliance"
    return _allied_words([t for t in agreement.subtree if t.i != agreement.i], lex)


def _for_cooperation(verb: Token, deals: list[Token], lex: Lexicon, mentions: Mentions) -> bool:
    """A signing for cooperation or for goods, told on the verb or the deal: "X, Y sign
    treaty to deepen ties", "signed a deal for the sale of drones", "signed a deal with Y
    to buy six frigates" (states that trade arms cooperate)."""
    aims = [c for c in verb.children if c.dep_ in ("advcl", "xcomp") and infinitive(c) or c.dep_ == "prep" and c.lower_ == "for"]
    words = [t for a in aims for t in a.subtree]
    if _allied_words(words, lex):
        return True
    words += [t for d in deals for t in d.subtree]
    return any((m := mentions.at(t)) is not None and cls_of(m) is EntityClass.MATERIEL for t in words)


def _truce(heads: list[Token], lex: Lexicon) -> bool:
    """A truce word under any of ``heads`` ("a ceasefire deal", "a peace accord")."""
    return any(t.lemma_.lower() in lex.truce_words for h in heads for t in h.subtree)


def _allied_words(words: list[Token], lex: Lexicon) -> bool:
    """An alliance word, or a noun of cooperation or support, among ``words``."""
    return any(t.lemma_.lower() in lex.alliance_words or lex.nominal_class.get(t.lemma_.lower()) in ("cooperate", "support") for t in words)


def agreement_parties_candidates(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """"The Gripen agreement between X and Y", "a deal hammered out between X and Y",
    "the contract signed between both countries": every party signs the agreement; an
    agreement still talked about ("negotiating an agreement between X and Y", "talks on
    a deal between X and Y") is signed by no one yet. A ceasefire between two sides is one
    they agreed; a partnership or an alliance between them is cooperation (read as such),
    no document signed."""
    for noun in with_lemmas(sent, lex.agreement_nouns):
        lemma = noun.lemma_.lower()
        agreed = noun.pos_ == "NOUN" and lex.nominal_class.get(lemma) != "cooperate"
        agreement = mentions.at(noun) if agreed else None
        if agreement is None or cls_of(agreement) is not EntityClass.AGREEMENT or _negotiated(noun, lex):
            continue
        heads = [noun, *(c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN")]  # "a deal hammered out between"
        for head in heads:
            for tok in prep_objects(head, ("between",)):
                for party in parties(tok, mentions, PARTY_CLASSES) or two_states(tok, mentions):
                    yield Candidate(Relation.SIGNS, party, agreement, head, "noun:agreement:between", 0.6)


def _negotiated(noun: Token, lex: Lexicon) -> bool:
    """An agreement that is the matter of talks: the object of a verb of the meeting class
    ("negotiate"), or of a preposition after a noun of it ("talks on an agreement")."""
    head = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.dep_ not in ("dobj", "pobj") or head == noun:
        return False
    if head.pos_ == "NOUN":  # the nominalizations list "talks" as written
        return "meet" in (lex.nominal_class.get(head.lemma_.lower()), lex.nominal_class.get(head.lower_))
    return lex.verb_class.get(head.lemma_.lower()) == "meet"
