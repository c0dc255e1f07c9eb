"""Relation candidates from dependency shapes over verb and noun classes.

Each rule is a plain generator over one sentence that yields :class:`Candidate`
records made of spaCy spans; resolution into canonical entities and the qualifiers
(status, attribution, quantity, time) come later, in :mod:`kgraph.statements`.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.strings import get_string_id
from spacy.symbols import AUX, VERB
from spacy.tokens import Span, Token

from kgraph.nlp.candidates import (
    ACTORS, ANAPHOR_DETERMINERS, PLACES, SUBJECT_PRONOUNS, Candidate, Mentions, cls_of, is_anaphor,
)  # fmt: skip
from kgraph.nlp.event_args import (
    ALLY_CLASSES, HELP_VERBS, PARTY_CLASSES, SYMMETRIC_PARTIES, attack_makers, carries, clause_owners, counted_parties, figurative, named_place, paired_parties, parties, party_pairs, moving_troops, struck_target, wielder,
)  # fmt: skip
from kgraph.nlp.place_args import (
    PLACE_ACTS, described_place, listed_places, seizes_ground, seizes_no_state, where_place,
)  # fmt: skip
from kgraph.nlp.backing import fronted_participle, hyphen_actor
from kgraph.nlp.casualty_counts import verb_casualties
from kgraph.nlp.docmemo import columns
from kgraph.nlp.lexicon import Lexicon
from kgraph.nlp.qualifiers import VAGUE_AMOUNTS
from kgraph.nlp.syntax import (
    ACCUSING_VERBS, OBJECT_CONTROL_VERBS, RELATIVE, conjuncts, direct_objects, find_subject, is_passive, is_reciprocal,
    infinitive, is_reduced_relative, is_the_other, object_gap, prep_objects,
)  # fmt: skip
from kgraph.nlp.verb_args import (
    co_agents, coordinated_actors, coordinated_agents, deal_sellers, ground_of, listed_members, named_apposition, represented_states,
    role_holder,
)  # fmt: skip
from kgraph.types import EntityClass, Relation


#: Verb class -> relation, where the class alone decides it.
CLASS_RELATION: dict[str, Relation] = {
    "visit": Relation.VISITS,
    "meet": Relation.MEETS_WITH,
    "talk": Relation.MEETS_WITH,  # "discussed X with Y", "X and Y discussed": its object is a topic, never a party
    "sign": Relation.SIGNS,
    "cooperate": Relation.COOPERATES_WITH,
    "support": Relation.SUPPORTS,
    "recognize": Relation.RECOGNIZES,
    "attack": Relation.ATTACKS,
    "occupy": Relation.OCCUPIES,
    "threaten": Relation.THREATENS,
    "criticize": Relation.CRITICIZES,
    "kill": Relation.KILLED,
    "lead": Relation.LEADER_OF,
    "live": Relation.LIVES_IN,
    "join": Relation.PART_OF,
    "sanction": Relation.SANCTIONS,
    "clash": Relation.ATTACKS,  # "clashed with X", "a conflict with X": fighting told from one side
}

#: Verb classes whose object is the complement of a preposition, not a direct object.
PREP_OBJECTS: dict[str, tuple[str, ...]] = {
    "visit": ("to", "in", "into"),
    "meet": ("with",),
    "talk": ("with",),
    "cooperate": ("with",),
    "attack": ("against", "on", "into"),
    "live": ("in",),
    "recognize": ("to",),
    "join": ("to",),  # "accede to NATO"
    "sanction": ("on", "against"),
    "clash": ("with", "against"),
    "sign": ("to", "on"),  # "agreed to a ceasefire", "agreed on a truce"
}

#: Transfer verbs that put one's own forces or arms somewhere: of materiel, a supply only
#: to a named receiver ("deployed air defences to X"), not in itself ("deployed helicopters").
POSTING_VERBS = frozenset({"deploy", "station", "mobilize", "mobilise"})



#: Where a meeting's host receives a guest ("met X in Warsaw", "in Poland").
MEETING_PLACES = frozenset({EntityClass.CITY, EntityClass.COUNTRY})


def helped_actor(verb: Token, mentions: Mentions) -> Span | None:
    """X in "... to support X" governed by ``verb``."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "conj")]
    for c in (c for h in heads for c in h.children):
        if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in HELP_VERBS and not _conditioned(c):
            for o in c.children:
                if o.dep_ == "dobj":
                    span = mentions.at(o)
                    if span is not None and cls_of(span) in ACTORS:
                        return span
    return None


def _conditioned(clause: Token) -> bool:
    """An adverbial clause of condition, time or reason ("if it helps X"), not of purpose."""
    return any(c.dep_ == "mark" and c.lower_ not in ("to", "so", "that", "in", "order") for c in clause.children)


#: The hashes of the dependencies a verb rule's trigger that is no verb may have: the root,
#: or a clause an infinitive heads (:func:`_infinitive`).
_CLAUSE_DEPS = frozenset(get_string_id(d) for d in ("ROOT", "xcomp", "advcl", "ccomp", "acl"))


def verb_candidates(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """Statements whose trigger is a verb of a known class (active or passive)."""
    doc, cols = sent.doc, columns(sent.doc)
    pos, dep = cols["pos"], cols["dep"]
    for i in range(sent.start, sent.end):
        if pos[i] != VERB and pos[i] != AUX and dep[i] not in _CLAUSE_DEPS:
            continue  # neither a verb, nor a root, nor a clause an infinitive may head (_infinitive)
        verb = doc[i]
        if verb.pos_ not in ("VERB", "AUX") and verb.dep_ != "ROOT" and not _infinitive(verb):
            continue
        lemma = verb.lemma_.lower()
        # a verb and its object as one ("join forces") before the verb alone ("join")
        vclass = next(
            (lex.multiword[key] for c in verb.children if c.dep_ == "dobj"
             for key in ((lemma, c.lemma_.lower()), (lemma, c.lower_)) if key in lex.multiword),
            None,
        ) if lemma in lex.multiword_verbs else None  # fmt: skip  # the lexicon writes "forces", "talks"
        vclass = vclass or lex.verb_class.get(lemma)
        if carries(verb, mentions, lex):
            vclass = "transfer"  # "flew troops to X", "moved tanks into X": what travels is sent
        if vclass in (None, "attack", "criticize") and _with_sanctions(verb, lex):
            vclass = "sanction"  # "targeted X with sanctions", "hit X with an embargo"
        elif vclass == "attack" and figurative(verb, mentions, lex):
            vclass = None  # "hit X with tariffs": no force
        if vclass is None:
            yield from _related(verb, mentions, lex)
            continue
        if vclass == "visit" and moving_troops(verb, mentions, lex) is not None:
            continue  # "North Korean troops arrived in Russia": a deployment (event_rules), no visit
        if vclass == "purchase":
            yield from _received(verb, mentions, lex)
            continue
        if vclass == "casualty":
            yield from verb_casualties(verb, mentions, lex)
            continue
        if vclass == "support" and _purpose_of_transfer(verb, lex):
            continue  # the purpose of a transfer names its recipient
        yield from _verb_statements(verb, vclass, mentions, _purpose_agent(verb, lex), lex)


def _with_sanctions(verb: Token, lex: Lexicon) -> bool:
    """Whether ``verb`` does its deed "with sanctions" (or an embargo, a ban)."""
    return any(lex.nominal_class.get(t.lemma_.lower()) == "sanction" for t in prep_objects(verb, ("with",)))


def _infinitive(token: Token) -> bool:
    """A word after "to" that heads a clause, whatever its tag ("agreed to sanction X")."""
    return token.dep_ in ("xcomp", "advcl", "ccomp", "acl") and infinitive(token)


#: Classes that are named entities, between which any stated verb is worth a relatedTo.
NAMED = frozenset({EntityClass.PERSON, EntityClass.COUNTRY, EntityClass.ORGANIZATION, EntityClass.CITY,
                   EntityClass.REGION, EntityClass.PLACE})  # fmt: skip


def _related(verb: Token, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """Any other verb between two named entities: relatedTo, labelled with the verb
    ("Iran urged Iraq", "Spain joined NATO") — kept in the graph, never scored."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() in lex.reporting_verbs or verb.lemma_.lower() in ("be", "have"):
        return
    subj_tok, _ = find_subject(verb)
    subject = mentions.at(subj_tok)
    if subject is None or cls_of(subject) not in NAMED or is_passive(verb):
        return
    objects: list[tuple[Span, str]] = []
    for c in verb.children:
        if c.dep_ == "dobj":
            objects += [(m, verb.lemma_.lower()) for m in (mentions.at(t) for t in conjuncts(c)) if m is not None]
        elif c.dep_ == "prep":
            for p in c.children:
                if p.dep_ == "pobj" and (m := mentions.at(p)) is not None:
                    objects.append((m, f"{verb.lemma_.lower()} {c.lower_}"))
    for obj, label in objects:
        if cls_of(obj) in NAMED and obj != subject:
            yield Candidate(Relation.RELATED_TO, subject, obj, verb, "verb:other", 0.4, label=label)


def _received(verb: Token, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """"Russia received drones from Iran": Iran supplies the drones, Russia receives them;
    "India bought Russian oil": the goods' nationality names the supplier (inferred later)."""
    receiver = mentions.at(find_subject(verb, lex)[0])
    froms = [*prep_objects(verb, ("from",)), *(t for o in direct_objects(verb) for t in prep_objects(o, ("from",)))]
    sources = [m for t in froms for m in coordinated_actors(t, mentions)] or _deal_party(verb, mentions, lex)
    for tok in direct_objects(verb):
        obj = mentions.at(tok)
        relation = relation_for("transfer", obj) if obj is not None else None
        if receiver is None and (relation is not Relation.SUPPLIES or not sources and not of_a_nation(obj)):
            continue  # no buyer named ("a penalty for buying Russian oil"): goods whose seller or maker is named
        for source in sources if relation is not None else ():  # "bought X from Y (and Z)"
            yield Candidate(relation, source, obj, verb, "verb:receive", 0.7, target=receiver)
        if relation is Relation.SUPPLIES and not sources:
            yield Candidate(relation, obj[0:0], obj, verb, "verb:receive:made", 0.6, target=receiver)


def of_a_nation(obj: Span) -> bool:
    """Whether what is sent or bought names the nation it belongs to ("Ethiopian troops",
    "Kenyan police", "Russian oil", "US-made jets")."""
    return any(t.ent_type_ in ("NORP", "GPE") and t.i < obj.root.i for t in obj)


def _deal_party(verb: Token, mentions: Mentions, lex: Lexicon) -> list[Span]:
    """Who sells what a deal is signed to buy: the other party of the deal, "X signed a deal
    with Y to buy Z", "X signs contract with Y to buy Z" (Y supplies Z)."""
    if verb.dep_ not in ("advcl", "xcomp", "acl") or not infinitive(verb):
        return []
    head = verb.head
    if head.pos_ == "NOUN":  # "a contract with Y to buy Z"
        deals = [head] if head.lemma_.lower() in lex.agreement_nouns else []
    elif lex.verb_class.get(head.lemma_.lower()) == "sign":  # "signed a deal with Y to buy Z", "signed with Y ..."
        deals = [head, *(c for c in head.children if c.dep_ == "dobj")]
    else:
        return []
    return [m for d in deals for t in prep_objects(d, ("with",)) for m in coordinated_actors(t, mentions)]


def _purpose_of_transfer(verb: Token, lex: Lexicon) -> bool:
    node = verb
    for _ in range(3):
        if node.dep_ not in ("advcl", "xcomp", "conj", "acl") or node.head == node:
            return False
        node = node.head
        if lex.verb_class.get(node.lemma_.lower()) == "transfer":
            return True
    return False


def _purpose_agent(verb: Token, lex: Lexicon) -> Token | None:
    """In "X sends troops to fight Y" the troops fight: the agent of a purpose clause of
    a transfer is what is transferred, not the sender."""
    if verb.dep_ not in ("advcl", "xcomp") or not infinitive(verb):
        return None
    head = verb.head
    if lex.verb_class.get(head.lemma_.lower()) != "transfer":
        return None
    return next((c for c in head.children if c.dep_ == "dobj"), None)


def _verb_statements(
    verb: Token, vclass: str, mentions: Mentions, agent: Token | None = None, lex: Lexicon | None = None
) -> Iterator[Candidate]:
    subj_tok, inherited = (agent, True) if agent is not None else find_subject(verb, lex)
    reduced = is_reduced_relative(verb)
    passive = reduced or is_passive(verb)
    subject = mentions.argument(subj_tok)  # "President of Peru X arrived": X
    if subj_tok is not None and subj_tok.dep_ == "nsubj":
        antecedent = mentions.at(verb.head) if verb.dep_ == "relcl" else None
        if subj_tok.lower_ in RELATIVE and verb.dep_ == "relcl" and (antecedent is None or cls_of(antecedent) is EntityClass.GROUP):
            subject = named_apposition(verb.head, mentions) or subject  # "the Houthis, a group that controls X"
        elif subject is None or cls_of(subject) is EntityClass.GROUP:
            subject = named_apposition(subj_tok, mentions) or subject  # "Y's rivals, the Islamic State group, control X"
    if passive and subj_tok is not None and subj_tok.dep_ == "nsubjpass":
        subject = None
    if reduced and subj_tok is not None and subj_tok.i == verb.i - 2 and (subject is None or subject.start <= verb.i < subject.end):
        subject = hyphen_actor(subj_tok, verb, mentions)  # "the Rwandan-backed rebel movement": Rwanda, alone
    if vclass in PREP_OBJECTS:
        obj_toks = [t for p in prep_objects(verb, PREP_OBJECTS[vclass]) for t in conjuncts(p)]  # "to X and Y"
        light: set[int] = set()
        for c in verb.children:  # "have close relations with X", "launch an attack on X"
            noun_mention = mentions.at(c) if c.dep_ == "dobj" and c.pos_ == "NOUN" else None
            if c.dep_ == "dobj" and c.pos_ == "NOUN" and (noun_mention is None or cls_of(noun_mention) is EntityClass.EVENT):
                through = prep_objects(c, PREP_OBJECTS[vclass])
                if vclass == "talk":  # "discussed the war with X": a person; "discussed cooperation with Russia" is a topic
                    through = [t for t in through if (m := mentions.at(t)) is not None and cls_of(m) is EntityClass.PERSON]
                obj_toks += through
                if through:
                    light.add(c.i)
        if vclass != "talk" and (vclass in ("visit", "recognize", "attack", "sign", "occupy", "live", "sanction") or not obj_toks):
            obj_toks += [t for t in direct_objects(verb) if t.i not in light]
        if vclass in SYMMETRIC_PARTIES and lex is not None:  # "restored relations and reopened embassies"
            own = {t.i for c in verb.children if c.dep_ == "dobj" and _phrasal(verb, c, lex) for t in conjuncts(c)}
            obj_toks = [t for t in obj_toks if t.i not in own or _phrasal(verb, t, lex)]
    else:
        obj_toks = direct_objects(verb)
    seizing = lex is not None and seizes_no_state(verb, vclass, lex)
    if verb.dep_ == "relcl" and passive or reduced:  # "Donetsk, which remains occupied by Russia"
        obj_toks.append(described_place(verb.head, mentions) or verb.head)  # "the treaty, signed by X"; "X, a town held by Y"
    elif object_gap(verb):  # "the treaty (that) X signed"
        obj_toks = [t for t in obj_toks if t.lower_ not in RELATIVE] + [verb.head]
    elif vclass in PLACE_ACTS and not any(map(mentions.at, obj_toks)) and (place := where_place(verb, mentions)) and (
            not seizing or seizes_ground(obj_toks, lex)):  # fmt: skip
        obj_toks.append(place)  # "Kyiv, where X arrived", "where X seized territory" (not "where X took part")
    if fronted_participle(verb):  # "Backed by X, the rebels seized Y": the rebels are backed
        obj_toks += [c for c in verb.head.children if c.dep_ == "nsubj"]
    targets = [mentions.at(t) for t in prep_objects(verb, ("to", "into"))]
    target = next((t for t in targets if t is not None), None)
    if vclass == "transfer" and (provided := _provided_with(verb, obj_toks, mentions)) is not None:
        obj_toks, target = provided  # "provided Ukraine with shells": Ukraine receives the shells
    if subject is not None:
        agents = coordinated_agents(subj_tok, subject, mentions)
    else:  # "countries, including X and Y, sent ...": the members act (not when they are acted on)
        agents = listed_members(subj_tok, mentions) if subj_tok is not None and subj_tok.dep_ != "nsubjpass" else []
    if vclass in ("attack", "kill"):  # "Chilean jets struck X": the weapon acts for whom it names
        agents = [d for a in agents if (d := wielder(a, mentions) if cls_of(a) is EntityClass.MATERIEL else a)]
        if lex is not None and subj_tok is not None and all(cls_of(a) is EntityClass.EVENT or a.root.lower_ in RELATIVE for a in agents):
            agents = struck_by(verb, subj_tok, mentions, lex) or agents
    if vclass == "represent" and lex is not None:  # "represented by Chairperson of X ...": a title alone names no one
        agents = [a for a in agents if a.text.lower() not in lex.titles]
    if vclass == "sign":  # "the ministers of X and Y signed": X and Y; "X signed with Y": Y too
        agents = represented_states(subj_tok, subject, mentions) or agents
        agents += [a for a in co_agents(verb, mentions) or deal_sellers(verb, mentions, lex) if a not in agents]
    helped = helped_actor(verb, mentions)
    base = 0.75 if not inherited else 0.7
    reciprocal = any(is_reciprocal(t) or is_the_other(t) for t in obj_toks)
    if not agents and subj_tok is not None and reciprocal:
        agents = paired_parties(subj_tok, mentions)  # "both countries accused the other": the two named before
    if len(agents) > 1 and vclass in CLASS_RELATION and reciprocal:
        yield from _each_other(agents, vclass, verb, base)  # "X and Y battled each other"
        return
    if vclass in PLACE_ACTS and lex is not None:  # "controlled several cities, including X": X
        obj_toks += [p.root for t in list(obj_toks) for p in listed_places(t, verb, mentions, lex)]
    if vclass == "occupy" and lex is not None:  # "seized territory in X", "controlled large areas of X": X
        obj_toks += [p.root for t in list(obj_toks) for p in ground_of(t, mentions, lex)]
    if vclass == "attack" and lex is not None:  # "targeted militants belonging to X and Y": X and Y
        obj_toks += [o.root for t in list(obj_toks) for o in clause_owners(t, mentions, lex)]
    seen: set[int] = set()
    for tok in obj_toks:
        obj = (named_place(tok, mentions, lex) if lex is not None else None) or mentions.argument(tok)  # "the town of X": X
        if vclass == "attack" and lex is not None and (obj is None or obj.root == tok):
            obj = struck_target(tok, mentions, lex) or obj  # "shelled positions near X", "hit PKK targets"
        if obj is None and tok.pos_ == "NOUN":
            obj = role_holder(tok, mentions)  # "met the ambassador of Y, X"
            if obj is None and reduced:
                obj = named_apposition(tok, mentions)  # "the Houthis, an Iran-backed group": the Houthis
            if obj is None and (vclass == "sanction" or vclass == "kill" and agents) and lex is not None:
                obj = counted_parties(tok, mentions, lex)  # "sanctioned six entities", "X killed ten people"
        if reduced and obj is not None and obj.start <= verb.i < obj.end and cls_of(obj) is EntityClass.GROUP:
            obj = next((m for m in mentions.within(obj) if m.start > verb.i and cls_of(m) is EntityClass.ORGANIZATION), obj)
            # "the Rwandan-backed M23 rebel movement": M23, which the group's words name
        if obj is None or obj.start in seen:
            continue
        seen.add(obj.start)
        relation = None if seizing and cls_of(obj) is EntityClass.COUNTRY else relation_for(vclass, obj, lex)  # "held Iran responsible"
        if vclass == "occupy" and verb.lemma_.lower() == "control" and cls_of(obj) is EntityClass.ORGANIZATION:
            relation = Relation.LEADER_OF  # "X, who controls the army": one controls a place, and leads a body
        if relation is Relation.SUPPLIES and target is None and verb.lemma_.lower() in POSTING_VERBS:
            continue  # "the junta deployed two helicopters": its own arms put to use, given to no one
        if relation is None:
            continue
        conf = base
        if tok.head.lower_ == "to" and tok.head.head.lemma_ == "amount":
            conf *= 0.8  # "what amounts to slave labour": the writer's characterisation, not a name
        if relation is Relation.KILLED and not agents:
            if any(c.like_num or c.lower_ in VAGUE_AMOUNTS for c in obj.root.subtree):
                yield Candidate(Relation.SUFFERED_CASUALTIES, obj[0:0], obj, verb, "verb:kill:casualties", 0.65)
            continue
        if not agents and relation not in (Relation.DEPLOYS, Relation.SUPPLIES, Relation.KILLED) and not (
            relation is Relation.SANCTIONS and passive and not any(c.dep_ == "agent" for c in verb.children)
        ):  # fmt: skip
            continue  # (a sanction that names no agent at all is the document's last sanctioner's, found later)
        tgt = target if target is not None and target != obj else None
        subjects: list[Span | None] = [a for a in agents if a != obj] if agents else [None]  # None: inferred later
        for subj in subjects:
            yield Candidate(
                relation=relation,
                subject=subj if subj is not None else obj[0:0],
                object=obj,
                trigger=verb,
                rule=f"verb:{vclass}{':passive' if passive else ''}",
                confidence=conf,
                target=tgt if relation in (Relation.DEPLOYS, Relation.SUPPLIES) else None,
                helped=helped,
            )
            if relation is Relation.MEETS_WITH and subj is not None:  # "X met Y in Z": whichever of them Z does not host visits it
                where = prep_objects(verb, ("in",)) + prep_objects(obj.root, ("in",))  # "met Y in Z", however attached
                for place in (p for t in where if (p := mentions.at(t)) and cls_of(p) in MEETING_PLACES):
                    yield Candidate(Relation.VISITS, subj, place, verb, "verb:meet:host", conf * 0.9, target=obj)
                    yield Candidate(Relation.VISITS, obj, place, verb, "verb:meet:host", conf * 0.9, target=subj)
    # "X and Y met / cooperate": symmetric relation between conjoined subjects
    phrasal = lex is not None and all(_phrasal(verb, t, lex) for t in obj_toks)  # the verb's own noun is no object
    if vclass in ("meet", "talk", "cooperate") and subj_tok is not None and (not obj_toks or phrasal):  # "X and Y restored relations"
        subjects = parties(subj_tok, mentions, SYMMETRIC_PARTIES[vclass])
        for a, b in party_pairs(subjects):
            yield Candidate(CLASS_RELATION[vclass], a, b, verb, f"verb:{vclass}:conj", 0.7)


def _phrasal(verb: Token, noun: Token, lex: Lexicon) -> bool:
    """Whether ``noun`` is ``verb``'s own noun, one verb with it ("restored relations",
    "joined forces"), not an object."""
    lemma = verb.lemma_.lower()
    return (lemma, noun.lemma_.lower()) in lex.multiword or (lemma, noun.lower_) in lex.multiword


def _each_other(agents: list[Span], vclass: str, verb: Token, confidence: float) -> Iterator[Candidate]:
    """Every coordinated agent does it to every other one."""
    for a in agents:
        for b in agents:
            relation = relation_for(vclass, b) if a != b else None
            if relation is not None:
                yield Candidate(relation, a, b, verb, f"verb:{vclass}:reciprocal", confidence)


def _provided_with(verb: Token, objects: list[Token], mentions: Mentions) -> tuple[list[Token], Span | None] | None:
    """"provide R with X", "supplied R with X": the things given and their recipient R."""
    given = [t for tok in prep_objects(verb, ("with",)) for t in conjuncts(tok)]
    found = [m for t in objects if (m := mentions.at(t)) is not None]
    recipients = [m for m in found if cls_of(m) in ACTORS | {None}]
    if not given or not objects or found and not recipients:
        return None
    return given, recipients[0] if recipients else None  # "supplied the junta with X": a recipient named by no mention


def struck_by(verb: Token, subj_tok: Token, mentions: Mentions, lex: Lexicon) -> list[Span]:
    """Who made the attack that is the agent of an attack or a killing: "X was pounded by
    Chilean airstrikes", "Hamas attacks that killed six officers", "a Peruvian raid
    killed X" (the attack noun's possessor, named modifier or "by" phrase)."""
    noun = verb.head if subj_tok.lower_ in RELATIVE and verb.dep_ == "relcl" else subj_tok
    if noun.pos_ != "NOUN" or lex.nominal_class.get(noun.lemma_.lower()) != "attack":
        return []
    return attack_makers(noun, mentions)


def relation_for(vclass: str, obj: Span, lex: Lexicon | None = None) -> Relation | None:
    """The relation a verb of class ``vclass`` states with ``obj`` for its object, if the
    object fits it; with ``lex``, a vessel attacked is a target ("attacked two tankers")."""
    cls = cls_of(obj)
    if vclass == "transfer":
        if cls is EntityClass.GROUP:
            return Relation.DEPLOYS
        if cls is EntityClass.MATERIEL:
            return Relation.SUPPLIES
        return None
    if vclass == "represent":  # "X represented Peru", "the Taliban, represented by X": an official of a body or state
        return Relation.WORKS_FOR if cls in (EntityClass.ORGANIZATION, EntityClass.COUNTRY) else None
    relation = CLASS_RELATION.get(vclass)
    if relation is None:
        return None
    if cls is None and len(obj) == 1 and obj[0].pos_ in ("PRON", "NOUN"):
        # "before it was occupied by X", "his visit to the country": the pronoun's (or the
        # anaphoric noun's) antecedent is checked once resolved
        return relation if relation in PRONOUN_OBJECT_RELATIONS else None
    if relation is Relation.ATTACKS and lex is not None and struck_vessel(obj, lex):
        return relation
    return relation if object_fits(relation, cls) else None


def struck_vessel(obj: Span, lex: Lexicon) -> bool:
    """Whether ``obj`` is a vessel (lexicon ``vessel_nouns``): goods as a rule, but what
    an attack hits when it is the attack's object ("fired on two fishing boats")."""
    root = obj.root
    return cls_of(obj) is EntityClass.MATERIEL and bool(lex.vessel_nouns.intersection((root.lemma_.lower(), root.lower_)))


#: Relations whose object may be a pronoun, resolved later and then checked by class.
PRONOUN_OBJECT_RELATIONS = frozenset({
    Relation.VISITS, Relation.OCCUPIES, Relation.RECOGNIZES, Relation.ATTACKS, Relation.THREATENS,
    Relation.CRITICIZES, Relation.MEETS_WITH, Relation.COOPERATES_WITH, Relation.SUPPORTS, Relation.SANCTIONS,
})  # fmt: skip


def object_fits(relation: Relation, cls: EntityClass | None) -> bool:
    """Whether an object of class ``cls`` fits ``relation`` (the ontology's ranges)."""
    if relation is Relation.VISITS:
        return cls in PLACES
    if relation is Relation.SIGNS:
        return cls is EntityClass.AGREEMENT
    if relation is Relation.MEETS_WITH:
        return cls in PARTY_CLASSES
    if relation is Relation.COOPERATES_WITH:
        return cls in ALLY_CLASSES
    if relation in (Relation.THREATENS, Relation.CRITICIZES, Relation.SANCTIONS):
        return cls in ACTORS
    if relation in (Relation.OCCUPIES, Relation.LIVES_IN):
        return cls in PLACES
    if relation is Relation.RECOGNIZES:
        return cls in PLACES | {EntityClass.ORGANIZATION}
    if relation is Relation.KILLED:
        return cls in (EntityClass.PERSON, EntityClass.GROUP)
    if relation is Relation.LEADER_OF:  # "rebels led by X": a group has a leader too
        return cls in (EntityClass.COUNTRY, EntityClass.ORGANIZATION, EntityClass.GROUP)
    if relation is Relation.ATTACKS:  # not "launched a surprise attack": the act, not its target
        return cls not in (EntityClass.MATERIEL, EntityClass.AGREEMENT, EntityClass.EVENT)
    if relation is Relation.PART_OF:  # "the country's foreign ministry": a body of a state
        return cls in (EntityClass.ORGANIZATION, EntityClass.COUNTRY)
    if relation is Relation.SUPPORTS:  # "defended Kharkiv" holds a place; support goes to an actor or an event
        return cls in ACTORS | {EntityClass.EVENT}
    return True


__all__ = [  # the rule helpers other rule modules take from here
    "ACCUSING_VERBS", "ACTORS", "ANAPHOR_DETERMINERS", "OBJECT_CONTROL_VERBS", "PLACES", "SUBJECT_PRONOUNS",
    "Candidate", "Mentions", "cls_of", "conjuncts", "direct_objects", "find_subject", "is_anaphor", "is_passive",
    "object_fits", "prep_objects", "relation_for", "struck_vessel", "verb_candidates",
]  # fmt: skip
