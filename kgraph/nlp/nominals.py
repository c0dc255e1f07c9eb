"""Relations said with nouns: "the dispatch of technicians to Syria", "Putin's trip to
North Korea", "US strikes on Yemen", "Ukraine launched an incursion into Kursk", "talks
between Armenia and Azerbaijan", "Poland took delivery of drones from Turkey".

The noun's class (lexicon ``nominalizations``) gives the relation. Its agent is the
possessor or a named modifier ("Russia's", "US strikes"), "by X", the subject of a light
verb whose object the noun is ("X launched an attack", lexicon ``light_verbs``; a
receiving verb's subject receives instead: "X took delivery of"), or the subject of the
clause the noun's phrase is the purpose of ("X arrived for talks with Y"), or the one a
verb of accusing blames for it ("blamed X for the attack on Y"). A noun with no such agent
states nothing about who acts ("X condemned the attack on Y"), nor does an act a verb
undoes ("lifted its sanctions on X"). Sanctions also hold whoever is "under" or "on" them
("X is under a U.N. travel ban"). Agent nouns ("supplier", "backer"; lexicon
``agent_nouns``) state the act of the one they describe ("X is Y's main arms supplier").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.symbols import NOUN
from spacy.tokens import Span, Token

from kgraph.nlp.backing import held_support
from kgraph.nlp.candidates import ACTORS, PLACES, Candidate, Mentions, cls_of
from kgraph.nlp.claims import DENYING_VERBS
from kgraph.nlp.event_args import (
    SYMMETRIC_PARTIES, clause_owners, modifier_actor, counted_parties, named_place, parties, party_pairs,
    purpose_objects, struck_target, two_states, water,
)  # fmt: skip
from kgraph.nlp.place_args import PLACE_ACTS, where_place
from kgraph.nlp.docmemo import columns, lemmas, lowers, with_lemmas
from kgraph.nlp.lexicon import Lexicon
from kgraph.nlp.gifts import aid_kind, names_goods, without_agent
from kgraph.nlp.mentions import MEASURE_NOUNS, measured
from kgraph.nlp.relations import CLASS_RELATION, PREP_OBJECTS, of_a_nation, relation_for
from kgraph.nlp.sanction_args import targeted, under_sanctions
from kgraph.nlp.verb_args import role_holder, titled_holder
from kgraph.nlp.syntax import ACCUSING_VERBS, ACTOR_ENTITY_TYPES, conjuncts, find_subject, is_passive, prep_objects
from kgraph.types import EntityClass, Relation

#: Prepositions that bring a noun's object besides "of", by class: "an attack on X",
#: "support for X", "sanctions against X", "an incursion into X".
NOUN_OBJECTS: dict[str, tuple[str, ...]] = {
    **PREP_OBJECTS,
    "occupy": ("over",),  # "control over X"
    "join": ("in", "to"),  # "membership in X", "accession to X"
    "support": ("for", "to", "with"),  # "solidarity with X" (an instrument, "with tanks", is no actor)
    "threaten": ("to", "against"),
}


def nominal_candidates(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """Statements whose trigger is a noun of a known class (see the module docstring)."""
    doc, pos, lemma, lower, known = sent.doc, columns(sent.doc)["pos"], lemmas(sent.doc), lowers(sent.doc), lex.nominal_class
    for i in range(sent.start, sent.end):
        if pos[i] != NOUN or lemma[i] not in known and lower[i] not in known:
            continue  # no noun of a class
        noun = doc[i]
        vclass = lex.nominal_class.get(noun.lemma_.lower()) or lex.nominal_class.get(noun.lower_)
        if vclass is None or (vclass == "cooperate" and _adverse(noun, lex)) or _undone(noun, lex) or _trade_of(noun, lex):
            continue
        if vclass == "support" and held_support(noun, lex) is not None:
            continue  # "X had the backing of Y": Y supports X (kgraph.nlp.backing)
        if vclass == "occupy" and noun.dep_ == "pobj" and noun.head.lower_ in ("for", "over"):
            continue  # "fighting for control of X", "a dispute over control of X": an aim, not a hold
        symmetric = vclass in ("cooperate", "meet")
        if symmetric:
            yield from _nominal_symmetric(noun, vclass, mentions)
        subject, trigger, receives = nominal_agent(noun, mentions, lex, vclass == "transfer")
        if receives:  # "X took delivery of drones from Y": Y supplies X
            yield from _received(noun, trigger, subject, mentions)
            continue
        if subject is None and vclass in ("transfer", "sanction"):
            subject = _from_actor(noun, mentions)  # "the transfer of X from A to B", "sanctions from A targeting B"
        if subject is None and vclass == "transfer" and trigger is noun:
            yield from _made_goods(noun, mentions, lex)  # "shipments of Iranian drones to Russia"
        if subject is None and vclass == "sanction":  # "The sanctions target X and Y": the document's last sanctioner's
            aimed = targeted(noun, mentions, lex, frozenset({"target"}))  # (what sanctions "hit" may only suffer them)
            yield from (Candidate(Relation.SANCTIONS, o[0:0], o, trigger, "noun:sanction:target", 0.55) for o in aimed)
        if subject is None or cls_of(subject) not in ACTORS | {None}:
            continue
        heads = (noun,) if trigger is noun else (noun, trigger)  # "launched an incursion into X"
        objects = _objects(heads, vclass, subject, mentions, lex)
        clause = noun.head if trigger is noun and noun.dep_ == "dobj" else trigger  # "where X was making his visit"
        if not objects and vclass in PLACE_ACTS and (place := where_place(clause, mentions)) is not None:
            objects = [mentions.at(place)]  # "Kursk, where X staged an incursion"
        if not objects and vclass == "attack":
            objects = purpose_objects(heads, mentions, lex)  # "launched an assault to retake X"
        if not objects and vclass == "attack" and noun.lemma_.lower() not in lex.activity_nouns:
            # "launched an offensive in X": the place it is made in (not "conducted operations in X")
            found = (named_place(t, mentions, lex) or mentions.at(t) for h in heads for t in prep_objects(h, ("in",)))
            objects = [m for m in found if m is not None and cls_of(m) in PLACES and not water(m, lex)]
        own = mentions.at(noun)
        if not objects and vclass == "transfer" and own is not None and cls_of(own) is EntityClass.MATERIEL and own != subject and names_goods(own, noun):
            objects = [without_agent(own, subject)]  # "US military aid to Ukraine": the aid is what is given
        agents = [subject] if symmetric else _with_conjuncts(subject, mentions)
        if vclass == "sanction":
            objects += [s for s in targeted(noun, mentions, lex) if s not in objects]
            clause, held = under_sanctions(noun, mentions, lex)  # "X is (not) under a ban": that clause's status
            for obj in (o for o in held if o not in objects):
                yield from (Candidate(Relation.SANCTIONS, a, obj, clause, "noun:sanction:under", 0.55) for a in agents if a != obj)
        if not objects and symmetric:
            yield from _together(subject, vclass, trigger, mentions)  # "X and Y pledged cooperation"
        target = next((m for h in heads for m in (mentions.at(t) for t in prep_objects(h, ("to",))) if m), None)
        approved = vclass == "transfer" and trigger is not noun and trigger.lemma_.lower() in lex.approving_verbs
        for obj in objects:
            # "X approved the deployment of Ethiopian troops": the troops' state sends them, X allows it
            others = approved and of_a_nation(obj)
            for agent in agents[:1] if others else agents:
                relation = relation_for(vclass, obj, lex) if obj != agent else None
                if relation is None:
                    continue
                yield Candidate(
                    relation=relation,
                    subject=obj[0:0] if others else agent,  # no subject: the nationality's state, inferred later
                    object=obj,
                    trigger=trigger,
                    rule=f"noun:{vclass}{':approved' if others else ''}",
                    confidence=0.6,
                    target=target if relation in (Relation.DEPLOYS, Relation.SUPPLIES) and target != obj else None,
                )


def _objects(heads: tuple[Token, ...], vclass: str, subject: Span, mentions: Mentions, lex: Lexicon) -> list[Span]:
    """What a noun's act is done to: "of X", a common-noun compound ("arms deliveries"),
    and the class's prepositions ("an attack on X", "his meeting with the ambassador, X",
    "the capture of the town of X", "sanctions on six entities"), on the noun, on its
    light verb, or on a light verb's participle after it ("sanctions imposed on X")."""
    noun = heads[0]
    objects: list[Span] = []
    for tok in prep_objects(noun, ("of",)):
        objects.extend(s for s in (named_place(t, mentions, lex) or mentions.at(t) for t in _named_conjuncts(tok)) if s is not None)
    for c in noun.lefts:
        place = mentions.at(c) if vclass == "visit" and c.dep_ == "compound" and c.pos_ == "PROPN" else None
        if place is not None and cls_of(place) in PLACES and place != subject:
            objects.append(place)  # "a first Kabul visit", "his Moscow trip"
        if c.dep_ == "compound" and c.pos_ == "NOUN" and vclass != "visit":  # "a four-day visit" visits no day
            span = mentions.at(c)
            if span is not None and span.start <= noun.i < span.end:  # "arms supplier" as one mention: "arms"
                span = aid_kind(span, noun, subject, lex) or Span(noun.doc, c.left_edge.i, c.i + 1, label=span.label_)
            if span is not None and span != subject:
                objects.append(span)
    preps = NOUN_OBJECTS.get(vclass, ())
    done = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in lex.light_verbs]
    for tok in [*(t for h in (*heads, *done) for t in prep_objects(h, preps)), *_stranded(noun, preps)]:
        for t in _named_conjuncts(tok):
            span = named_place(t, mentions, lex) or mentions.at(t) or (role_holder(t, mentions) if t.pos_ == "NOUN" else None)
            if vclass == "meet" and span is not None and cls_of(span) is EntityClass.COUNTRY:
                span = titled_holder(span, mentions) or span  # "talks with Belarus' President X": X, however parsed
            if vclass == "attack" and (span is None or span.root == t):
                span = struck_target(t, mentions, lex) or span  # "strikes on Houthi targets", "on targets in X"
            if span is None and vclass == "sanction":
                span = counted_parties(measured(t) or t, mentions, lex)  # "against a number of Russian individuals"
            if span is not None and span not in objects:
                objects.append(span)
            if vclass == "attack":  # "strikes on sites used by X and Y": Y too
                objects += [o for o in clause_owners(t, mentions, lex) if o not in objects]
    return objects


def _stranded(noun: Token, preps: tuple[str, ...]) -> list[Token]:
    """The objects of a phrase right after a noun that the parser hung on the noun's verb
    ("came in solidarity with X": "with X" is the solidarity's)."""
    verb = noun.head.head
    if noun.dep_ != "pobj" or verb == noun.head or verb.pos_ not in ("VERB", "AUX"):
        return []
    return [p for c in verb.children if c.dep_ == "prep" and c.lower_ in preps and c.i == noun.right_edge.i + 1
            for p in c.children if p.dep_ == "pobj"]  # fmt: skip


def _made_goods(noun: Token, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """A transfer with no agent of goods that name their maker's nationality ("shipments
    of Iranian drones to Russia"): the supplier is inferred from it later."""
    target = next((m for m in (mentions.at(t) for t in prep_objects(noun, ("to",))) if m), None)
    for obj in _objects((noun,), "transfer", noun.doc[noun.i : noun.i], mentions, lex):
        if relation_for("transfer", obj) is Relation.SUPPLIES and obj != target:
            yield Candidate(Relation.SUPPLIES, obj[0:0], obj, noun, "noun:transfer:made", 0.55, target=target)


def _named_conjuncts(token: Token) -> list[Token]:
    """``token`` and the words coordinated with it or naming it in apposition ("the
    ambassador, X"), not a description in apposition ("Nyala, Sudan's second city"),
    nor a possessor the parser coordinated ("Nyala, Sudan's ...": Sudan)."""
    return [
        t for t in conjuncts(token)
        if (t.dep_ != "appos" or t.pos_ == "PROPN") and (t == token or not any(c.dep_ == "case" for c in t.children))
    ]  # fmt: skip


def _with_conjuncts(agent: Span, mentions: Mentions) -> list[Span]:
    """An agent and the actors coordinated with it ("recognition by X, Y and Z"); a
    description in apposition ("X, the leader of Y") is the agent again, no other actor."""
    out = [agent]
    for t in _named_conjuncts(agent.root)[1:]:
        span = mentions.at(t)
        if span is not None and span not in out and cls_of(span) in ACTORS:
            out.append(span)
    return out


def _undone(noun: Token, lex: Lexicon) -> bool:
    """An act that a verb undoes or stops before it is: "lifted its sanctions on X",
    "blocked new sanctions on X", "called off the attack"."""
    return noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in lex.undoing_verbs


def _trade_of(noun: Token, lex: Lexicon) -> bool:
    """A transfer noun that classifies a body or a party ("the state arms export agency",
    "an export company"): the trade it is in, no transfer made."""
    head = noun.head
    return (
        noun.dep_ == "compound" and head.pos_ == "NOUN" and lex.nominal_class.get(noun.lemma_.lower()) == "transfer"
        and (head.lemma_.lower() in lex.party_nouns or head.lemma_.lower() in lex.body_nouns)
    )  # fmt: skip


def _adverse(noun: Token, lex: Lexicon) -> bool:
    """"strained ties", "frosty relations", "relations remain tense", "ties have
    deteriorated", "harmed relations": said of a relationship, no cooperation."""
    def adverse(t: Token) -> bool:
        return t.lower_ in lex.adverse_modifiers or t.lemma_.lower() in lex.adverse_modifiers

    if any(c.dep_ in ("amod", "compound") and adverse(c) for c in noun.children):
        return True
    if noun.dep_ == "dobj" and adverse(noun.head):
        return True  # "would harm relations between X and Y": said of a relationship, no cooperation
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = noun.head  # what the clause says of the relationship
    return adverse(verb) or any(c.dep_ in ("acomp", "xcomp", "oprd") and adverse(c) for c in verb.children)


def _together(subject: Span, vclass: str, trigger: Token, mentions: Mentions) -> Iterator[Candidate]:
    """"X and Y pledged cooperation", "X and Y held talks": the coordinated agents together."""
    parts = parties(subject.root, mentions, SYMMETRIC_PARTIES[vclass])
    for a, b in party_pairs(parts):
        yield Candidate(CLASS_RELATION[vclass], a, b, trigger, f"noun:{vclass}:together", 0.6)


def _nominal_symmetric(noun: Token, vclass: str, mentions: Mentions) -> Iterator[Candidate]:
    """"the North Korea and Russia military alliance", "a US-China summit", "talks
    between Armenia and Azerbaijan"."""
    parts: list[Span] = []
    for c in noun.lefts:
        if c.dep_ in ("nmod", "compound", "amod") and c.ent_type_ in ACTOR_ENTITY_TYPES:
            parts += parties(c, mentions, SYMMETRIC_PARTIES[vclass])
    pairs: list[tuple[Span, Span]] = []
    for tok in prep_objects(noun, ("between", "among")):
        listed = parties(tok, mentions, SYMMETRIC_PARTIES[vclass]) or two_states(tok, mentions)  # "between the two countries"
        parts += listed
        pairs += party_pairs(listed)  # "the alliance between A, B and C": each with each
    unique = list(dict.fromkeys(parts))
    # "talks between X and Y will start": the clause the noun is the subject of qualifies it
    trigger = noun.head if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX") else noun
    for a, b in dict.fromkeys([*zip(unique, unique[1:]), *pairs]):
        yield Candidate(CLASS_RELATION[vclass], a, b, trigger, f"noun:{vclass}:pair", 0.6)


#: Prepositions that put a verb's subject at a meeting the noun names ("said after talks with
#: Y", "is in talks with Y", "spoke during a meeting with Y"); not "before" or "ahead of" (to come).
MEETING_TIMES = frozenset({"after", "during", "following", "in", "at"})

#: Verbs whose subject takes part in the event named by their "in" phrase.
PARTICIPATION_VERBS = frozenset({"involve", "engage", "participate"})


def _takes_part(verb: Token) -> bool:
    """"involved in", "engaged in", "participated in", "took part in"."""
    lemma = verb.lemma_.lower()
    return lemma in PARTICIPATION_VERBS or lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children)


def nominal_agent(noun: Token, mentions: Mentions, lex: Lexicon, transfer: bool) -> tuple[Span | None, Token, bool]:
    """The agent of a nominalised event, the token whose clause gives the statement's
    status (the light verb when there is one, else the noun), and whether the agent
    receives rather than acts (a ``transfer`` noun after "took delivery of")."""
    node = noun
    for _ in range(4):
        for c in node.children:
            if c.dep_ == "poss":
                return mentions.at(c), noun, False
            if c.dep_ in ("compound", "nmod", "amod") and c.ent_type_ in ACTOR_ENTITY_TYPES:
                span = modifier_actor(c, node, mentions)  # "US strikes", "Turkish strikes" (the state)
                if span is not None and cls_of(span) in ACTORS:
                    return span, noun, False
        if (by := _by_actor(node, mentions, node is noun)) is not None:
            return by, noun, False
        if node is noun and (visitor := _visitor_of(noun, mentions, lex)) is not None:
            return visitor, noun, False  # "the visit of President X to Y"
        head = node.head
        if node.dep_ in ("dobj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
            lemma = head.lemma_.lower()
            receives = transfer and lemma in lex.receiving_verbs
            if (lemma in lex.light_verbs or receives) and not any(c.dep_ == "dobj" and c.i < node.i for c in head.children):
                return mentions.at(find_subject(head, lex)[0]), head, receives  # (a second object is a misparse)
            if node.dep_ == "dobj" and not is_passive(head):  # "X condemned the recognition of Y by Z"
                return _by_actor(head, mentions, True), noun, False
            return None, noun, False
        if node.dep_ == "pobj" and head.lower_ in ("for", "of") and head.head.lemma_.lower() in ACCUSING_VERBS:
            accused = next((c for c in head.head.children if c.dep_ == "dobj"), None)  # "blamed X for the attack"
            return mentions.at(accused), noun, False
        if node.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() == "responsibility":
            owned = head.head  # "X claimed responsibility for the attack": X attacked
            if owned.dep_ != "dobj" or owned.head.pos_ != "VERB" or owned.head.lemma_.lower() in DENYING_VERBS:
                return None, noun, False  # "X denied responsibility for it": no one is named as its agent
            return mentions.at(find_subject(owned.head, lex)[0]), owned, False
        if node.dep_ == "pobj" and head.lower_ == "in" and _takes_part(head.head):
            taking_part = head.head  # "X was involved in a partnership with Y", "X took part in talks with Y"
            subj = next((c for c in taking_part.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            return mentions.at(subj), taking_part, False
        if node.dep_ == "pobj" and head.lower_ == "for" and (
            lex.verb_class.get(head.head.lemma_.lower()) == "visit" or head.head.lemma_ == "be"
        ):
            return mentions.at(find_subject(head.head, lex)[0]), noun, False  # "X arrived (was in Y) for talks with Z"
        if (
            node is noun and node.dep_ == "pobj" and head.lower_ in ("on", "during")
            and lex.nominal_class.get(noun.lemma_.lower()) == "visit" and head.head.pos_ in ("VERB", "AUX")
        ):  # fmt: skip
            return mentions.at(find_subject(head.head, lex)[0]), noun, False  # "X is on a visit to Y", "X said on a visit to Y"
        if node is noun and node.dep_ == "pobj" and head.lower_ in MEETING_TIMES and head.head.pos_ in ("VERB", "AUX") and (
            "meet" in (lex.nominal_class.get(noun.lemma_.lower()), lex.nominal_class.get(noun.lower_))
        ):  # fmt: skip
            return mentions.at(find_subject(head.head, lex)[0]), head.head, False  # "X said after talks with Y", "X is in talks with Y"
        if node is noun and node.dep_ == "pobj" and head.lower_ == "in" and head.head.pos_ in ("VERB", "AUX") and (
            lex.nominal_class.get(noun.lemma_.lower()) in ("support", "cooperate")
        ):  # fmt: skip
            return _doer(head.head, mentions, lex), noun, False  # "X fired missiles in solidarity with Y", "in support of Y"
        if node is noun and node.dep_ == "pobj" and head.lower_ == "with" and head.head.pos_ == "VERB" and (
            lex.nominal_class.get(noun.lemma_.lower()) == "attack" and not is_passive(head.head)
            and not any(c.dep_ in ("det", "poss") for c in noun.children)
        ):  # fmt: skip
            return _doer(head.head, mentions, lex), head.head, False  # "X retaliated with strikes on Y" (not "dealt with the attack")
        if node.dep_ == "pobj" and head.lower_ == "of" and _counts(head.head):
            node = head.head  # "launched dozens of airstrikes on X", "a series of attacks": the count is the act's
        elif node.dep_ in ("pobj", "conj", "appos", "compound") and head != node and head.pos_ in ("NOUN", "ADP", "PROPN"):
            node = head
        elif node.dep_ == "prep" and node.lower_ == "of" and (head.lemma_.lower() in MEASURE_NOUNS or head.lemma_.lower() in lex.act_nouns):
            node = head  # "X imposed a new round of sanctions on Y", "X's imposition of sanctions on Y": X's act
        else:
            break
    return None, noun, False


def _doer(verb: Token, mentions: Mentions, lex: Lexicon) -> Span | None:
    """Who does ``verb``: its subject, or the owner of an act its subject names ("their
    attacks came ...": they)."""
    subj = find_subject(verb, lex)[0]
    span = mentions.at(subj) if subj is not None and not is_passive(verb) else None
    if span is not None and cls_of(span) not in ACTORS:
        owner = next((c for c in subj.children if c.dep_ == "poss"), None)
        span = mentions.at(owner) if owner is not None else None
    return span


def _visitor_of(noun: Token, mentions: Mentions, lex: Lexicon) -> Span | None:
    """The person a visit noun's "of" phrase names ("the visit of President X to Y"):
    the visitor, where an "of" phrase of any other act names what it is done to."""
    if lex.nominal_class.get(noun.lemma_.lower()) != "visit":
        return None
    people = [m for t in prep_objects(noun, ("of",)) if (m := mentions.at(t)) is not None and cls_of(m) is EntityClass.PERSON]
    return people[0] if people else None


def _counts(noun: Token) -> bool:
    """A number or measure that an "of" phrase's acts are counted by ("dozens of", "a wave of")."""
    return noun.pos_ in ("NOUN", "NUM") and (noun.like_num or noun.lower_ in MEASURE_NOUNS or noun.lemma_.lower() in _SERIES)


#: Nouns that count acts in a row ("a series of strikes").
_SERIES = frozenset({"series", "string", "spate", "barrage", "volley", "salvo", "flurry", "round", "wave", "number"})


def _by_actor(head: Token, mentions: Mentions, complements: bool) -> Span | None:
    """The actor of "by X" on ``head``, or with ``complements`` on the object of its "of"
    or "as" phrase, where the parser often hangs it ("recognition of Y as a state by X")."""
    inner = [t for o in prep_objects(head, ("of", "as")) for t in prep_objects(o, ("by",))] if complements else []
    for tok in (*prep_objects(head, ("by",)), *inner):
        span = mentions.at(tok)
        if span is not None and cls_of(span) in ACTORS:
            return span
    return None


def _from_actor(noun: Token, mentions: Mentions) -> Span | None:
    """The actor a transfer or a sanction comes from: "the transfer of X from A", "delivery of X
    from A", "new sanctions from A"."""
    for tok in (*prep_objects(noun, ("from",)), *(t for o in prep_objects(noun, ("of",)) for t in prep_objects(o, ("from",)))):
        span = mentions.at(tok)
        if span is not None and cls_of(span) in ACTORS:
            return span
    return None


def _received(noun: Token, verb: Token, receiver: Span | None, mentions: Mentions) -> Iterator[Candidate]:
    """"X took delivery of Z from Y", "X received deliveries of Z from Y": Y supplies Z to X;
    with no "from", goods that name their maker ("a delivery of German tanks") name the
    supplier (inferred later)."""
    supplier = _from_actor(noun, mentions) or next(
        (s for t in prep_objects(verb, ("from",)) if (s := mentions.at(t)) is not None and cls_of(s) in ACTORS), None
    )
    if receiver is None or supplier == receiver:
        return
    for tok in prep_objects(noun, ("of",)):
        for t in conjuncts(tok):
            obj = mentions.at(t)
            relation = relation_for("transfer", obj) if obj is not None else None
            if relation is not None and supplier is not None:
                yield Candidate(relation, supplier, obj, verb, "noun:transfer:received", 0.6, target=receiver)
            elif relation is Relation.SUPPLIES:
                yield Candidate(relation, obj[0:0], obj, verb, "noun:transfer:received:made", 0.55, target=receiver)


#: Verbs that say what something is ("X is Y's main supplier").
_COPULAS = frozenset({"be", "remain", "become"})


def agent_noun_candidates(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """Nouns that name the doer of a class's act (lexicon ``agent_nouns``) said of an
    actor: "X is Y's largest arms supplier", "X, the main supplier of drones to Y",
    "X remains Z's biggest backer"."""
    for noun in with_lemmas(sent, lex.agent_nouns):
        vclass = lex.agent_nouns.get(noun.lemma_.lower()) if noun.pos_ == "NOUN" else None
        holder = _described(noun, mentions) if vclass else None
        if holder is None or cls_of(holder) not in ACTORS:
            continue
        owner = next((mentions.at(c) for c in noun.children if c.dep_ == "poss"), None)
        objects = _objects((noun,), vclass, holder, mentions, lex)
        if vclass in ("support", "cooperate") and owner is not None:
            objects.append(owner)  # "Israel's backer": Israel is supported; "Russia's ally": Russia is allied with
        if vclass == "cooperate":  # "a close US ally": the state named before it is the other party ("a NATO ally" is a member)
            objects += [m for c in noun.lefts if c.dep_ in ("compound", "nmod", "amod") and c.ent_type_ in ACTOR_ENTITY_TYPES
                        and (m := modifier_actor(c, noun, mentions)) is not None and cls_of(m) is EntityClass.COUNTRY
                        and m != holder and m not in objects]  # fmt: skip
        if vclass == "cooperate" and cls_of(holder) is EntityClass.PERSON:
            yield from _person_ally(noun, holder, owner, mentions)
            continue
        target = next((m for m in (mentions.at(t) for t in prep_objects(noun, ("to",))) if m), owner)
        holders = _with_conjuncts(holder, mentions) if noun.dep_ == "attr" else [holder]  # "X and Y are allies of Z"
        for obj, doer in ((o, h) for o in objects for h in holders):
            relation = relation_for(vclass, obj, lex) if obj != doer else None
            if relation is not None:
                transfer = relation in (Relation.DEPLOYS, Relation.SUPPLIES)
                yield Candidate(relation, doer, obj, noun, f"noun:{vclass}:agent", 0.6,
                                target=target if transfer and target != obj else None)  # fmt: skip


def _person_ally(noun: Token, holder: Span, owner: Span | None, mentions: Mentions) -> Iterator[Candidate]:
    """"X, a Putin ally", "X, a close ally of Y", "Y's ally X": a person allied with a
    person backs that person (cooperatesWith is between states and bodies)."""
    named = [owner, *(mentions.at(c) for c in noun.lefts if c.dep_ in ("compound", "nmod") and c.ent_type_ == "PERSON"),
             *(mentions.at(t) for t in prep_objects(noun, ("of",)))]  # fmt: skip
    for other in dict.fromkeys(m for m in named if m is not None and cls_of(m) is EntityClass.PERSON and m != holder):
        yield Candidate(Relation.SUPPORTS, holder, other, noun, "noun:cooperate:ally", 0.55)


def _described(noun: Token, mentions: Mentions) -> Span | None:
    """Who a noun is said of: the subject of "is/remains <noun>", or the name it is in
    apposition with ("X, the main supplier", "our ally, X"), also as one of several ("X is
    one of Y's backers", "X remains among the main suppliers of Y")."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "one":
        noun = noun.head.head  # "one of Y's backers": what "one" is said of
    elif noun.dep_ == "pobj" and noun.head.lower_ == "among" and noun.head.head.lemma_.lower() in _COPULAS:
        subject = next((c for c in noun.head.head.children if c.dep_ == "nsubj"), None)
        return mentions.at(subject)
    if noun.dep_ == "attr" and noun.head.lemma_.lower() in _COPULAS:
        subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        return mentions.at(subject)
    if noun.dep_ == "appos":
        return mentions.at(noun.head)
    if noun.dep_ == "conj" and noun.head.dep_ == "appos":  # "X, a businessman and Y ally"
        return mentions.at(noun.head.head)
    return next((mentions.at(c) for c in noun.children if c.dep_ == "appos"), None)  # "our ally, X"
