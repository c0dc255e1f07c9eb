"""Argument shapes of event relations that the verb and noun rules share: who the
parties of a symmetric relation are, which place "the town of X" names, whom a
measure targets when the text counts them without naming them, and what a verb of
motion carries.

Everything here reads spaCy tokens and the document's mentions; which words form a
class comes from the lexicon.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kgraph.nlp.candidates import ACTORS as ACTOR_SET
from kgraph.nlp.candidates import PLACES, Mentions, cls_of, titled_conjuncts
from kgraph.nlp.lexicon import Lexicon
from kgraph.nlp.mentions import measured
from kgraph.nlp.static_spans import named
from kgraph.nlp.syntax import conjuncts, direct_objects, infinitive, prep_objects
from kgraph.types import EntityClass

#: Who may meet (the ontology's domain and range of meetsWith): an unnamed group
#: ("Chile's foreign minister" before his name) may not.
PARTY_CLASSES = frozenset({EntityClass.PERSON, EntityClass.COUNTRY, EntityClass.ORGANIZATION})

#: Who may cooperate (of cooperatesWith): states and organisations, not their people.
ALLY_CLASSES = frozenset({EntityClass.COUNTRY, EntityClass.ORGANIZATION})


#: The parties each symmetric class admits.
SYMMETRIC_PARTIES = {"meet": PARTY_CLASSES, "talk": PARTY_CLASSES, "cooperate": ALLY_CLASSES}


def parties(token: Token, mentions: Mentions, classes: frozenset[EntityClass] = PARTY_CLASSES) -> list[Span]:
    """The parties of a symmetric relation among ``token`` and the words coordinated or
    in apposition with it, in text order, each once: "X and Y", "Chile's minister Ana
    Ruiz and Peru's minister Luis Vega" (the two named people, not their titles), of
    the ``classes`` the relation admits."""
    out: list[Span] = []
    for t in sorted(titled_conjuncts(token, mentions), key=lambda t: t.i):
        if t.i > token.i and any(c.dep_ == "case" for c in t.children):
            continue  # "A and Kazakhstan's President B" parsed as "A and Kazakhstan": the possessor is no party
        span = mentions.argument(t)
        if span is not None and cls_of(span) in classes and span not in out:
            out.append(span)
    if not out and token.lower_ == "they" and token.dep_ == "nsubj":
        return _their_parties(token.head, mentions, classes)
    return out


def _their_parties(verb: Token, mentions: Mentions, classes: frozenset[EntityClass]) -> list[Span]:
    """The coordinated subject "they" stands for in a clause under a verb whose subject
    names them: "X and Y signed the treaty as they held talks", "X and Y said they would
    resume talks"; none unless two or more parties are named there."""
    node = verb
    for _ in range(2):
        if node.dep_ not in ("advcl", "ccomp", "conj", "xcomp") or node.head == node:
            return []
        node = node.head
        subj = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ != "they":
            found = parties(subj, mentions, classes)
            return found if len(found) > 1 else []
    return []


#: The most parties of one symmetric act paired each with each ("A, B and C met"); a
#: longer list (a roll of delegations) pairs only its neighbours.
MAX_PAIRED_PARTIES = 4


def party_pairs(parts: list[Span]) -> list[tuple[Span, Span]]:
    """The pairs a symmetric act among ``parts`` relates: "A, B and C held a summit" is
    A with B, A with C and B with C."""
    if len(parts) > MAX_PAIRED_PARTIES:
        return list(zip(parts, parts[1:]))
    return [(a, b) for i, a in enumerate(parts) for b in parts[i + 1 :]]


#: Plural nouns that "the two ..." or "both ..." makes refer back to two states.
_STATE_PAIR_NOUNS = frozenset({"country", "nation", "state", "neighbour", "neighbor", "side"})


def two_states(token: Token, mentions: Mentions) -> list[Span]:
    """The two states "the two countries", "both nations", "the two neighbouring
    countries" refer back to: those the sentence names before it, by name or by
    demonym ("Indian Army chief X met Sri Lanka's leaders ... cooperation between the
    two countries"); none unless exactly two are named."""
    pair = any(c.lower_ in ("two", "both") for c in token.children) or token.doc[token.i - 2 : token.i].text.lower() == "both the"
    if token.tag_ != "NNS" or token.lemma_.lower() not in _STATE_PAIR_NOUNS or not pair:
        return []
    found: dict[str, Span] = {}
    for tok in token.doc[token.sent.start : token.i]:
        span = mentions.at(tok)
        if span is not None and cls_of(span) is EntityClass.COUNTRY:
            found.setdefault(span.root.lower_, span)
        elif _demonym_like(tok) and (span is None or cls_of(span) in ACTOR_SET):
            found.setdefault(tok.lower_, Span(tok.doc, tok.i, tok.i + 1, label=str(EntityClass.COUNTRY)))
    states = list(dict.fromkeys(found.values()))
    return states if len(states) == 2 else []


#: Plural nouns that "both ..." or "the two ..." makes refer back to two parties of any kind.
_PARTY_PAIR_NOUNS = frozenset({"side", "party"})
#: Prepositions whose object is where something happens, not a party to it.
_LOCATIVE = frozenset({"in", "near", "at", "across", "from", "into", "along", "inside"})


def paired_parties(token: Token, mentions: Mentions) -> list[Span]:
    """The two parties "both countries", "the two sides" refer back to: the two states
    its sentence names before it (:func:`two_states`), else the only two states (for
    "sides" and "parties", states or organisations) the previous sentence names, not as a
    place where something happens ("clashes broke out between X and Y. Both countries
    accused the other ..."); none when it names more or fewer."""
    pair = any(c.lower_ in ("two", "both") for c in token.children)
    lemma = token.lemma_.lower()
    if token.tag_ != "NNS" or not pair or lemma not in _STATE_PAIR_NOUNS | _PARTY_PAIR_NOUNS:
        return []
    states = two_states(token, mentions)
    if states or token.sent.start == 0:
        return states
    kinds = {EntityClass.COUNTRY} | ({EntityClass.ORGANIZATION} if lemma in _PARTY_PAIR_NOUNS else set())
    found: dict[str, Span] = {}
    for span in mentions.within(token.doc[token.sent.start - 1].sent):
        where = span.root.dep_ == "pobj" and span.root.head.lower_ in _LOCATIVE
        if cls_of(span) in kinds and span.root.pos_ == "PROPN" and not where:
            found.setdefault(span.root.lower_, span)
    return list(found.values()) if len(found) == 2 else []


def _demonym_like(token: Token) -> bool:
    """A nationality word: the NER's, or a capitalised adjective inside a sentence (the
    NER reads "Indian" of "Indian Army chief" as part of the army's name)."""
    return token.ent_type_ == "NORP" or token.pos_ == "ADJ" and token.is_title and (bool(token.ent_type_) or not token.is_sent_start)


def named_place(noun: Token, mentions: Mentions, lex: Lexicon) -> Span | None:
    """The named place a noun stands for: "the town of X", "the port city of X" (X, a
    place of the noun's class: "the capital of Y" is no name of Y), "the independence of
    X", "the state of X", "an independent Palestinian state" (a noun of statehood, of X or
    with X's name or demonym before it: recognising it recognises X); ``None`` when
    ``noun`` is no such noun or names none."""
    lemma = noun.lemma_.lower()
    kind = lex.place_nouns.get(lemma) if noun.pos_ == "NOUN" and lemma not in lex.relational_place_nouns else None
    statehood = noun.pos_ == "NOUN" and lemma in lex.statehood_nouns
    if kind is None and (not statehood or prep_objects(noun, ("over",))):
        return None  # "the sovereignty of X over Y" is X's claim to Y, not X
    for tok in prep_objects(noun, ("of",)):
        span = mentions.at(tok)
        if span is not None and cls_of(span) in PLACES and (kind is None or statehood or span.label_ == kind):
            return span  # "the state of X" names a country as well as a region
    for c in noun.children if statehood else ():
        span = modifier_actor(c, noun, mentions) if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE") else None
        if span is not None and cls_of(span) in PLACES:
            return span
    return None


#: Nouns of a place's edge: striking them strikes the place ("X's southern suburbs").
PLACE_EDGES = frozenset({"suburb", "suburbs", "outskirt", "outskirts", "periphery", "environs"})


def struck_target(noun: Token, mentions: Mentions, lex: Lexicon) -> Span | None:
    """Whom or where an attack on unnamed targets strikes (lexicon ``target_nouns``): the
    owner a clause names ("sites used by X", "a camp which belongs to X"), the named owner
    ("PKK targets", "Russian positions") or the place "in", "near" or "around" them
    ("strikes on targets in the port city of X"), else an unnamed armed force that owns
    them ("army checkpoints"); the place whose edge is struck ("X's southern suburbs", "the
    outskirts of X"); else, for a target or any other noun, the unnamed facility itself
    (:func:`struck_facility`: "attacked a military post"), or ``None``."""
    if noun.pos_ == "NOUN" and noun.lemma_.lower() in PLACE_EDGES:
        wholes = [*prep_objects(noun, ("of",)), *(c for c in noun.children if c.dep_ == "poss")]
        return next((p for t in wholes if (p := mentions.at(t)) is not None and cls_of(p) in PLACES), None)
    if not _target_noun(noun, lex):
        return struck_facility(noun, mentions, lex)
    owners = clause_owners(noun, mentions, lex)
    if owners:
        return owners[0]
    modifiers = [c for c in noun.lefts if c.dep_ in ("compound", "amod", "poss", "nmod")]
    modifiers += [g for c in modifiers if c.dep_ == "compound" for g in c.lefts if g.dep_ in ("compound", "amod", "poss")]
    for c in modifiers:  # "Hezbollah rocket launchers", "an Afghan army convoy"
        owner = modifier_actor(c, noun, mentions)
        if owner is not None and cls_of(owner) in ACTOR_SET:
            return owner
    for tok in prep_objects(noun, ("in", "near", "around", "at")):
        place = named_place(tok, mentions, lex) or mentions.at(tok)
        if place is not None and cls_of(place) in PLACES and not water(place, lex):
            return place  # (ships in the Red Sea: the sea is where they are, not what is attacked)
    for c in modifiers:  # "attacked army checkpoints": the (unnamed) army
        if c.dep_ == "compound" and c.pos_ == "NOUN" and c.lemma_.lower() in lex.military_org_nouns and mentions.at(c) is None:
            return Span(c.doc, c.i, c.i + 1, label=str(EntityClass.ORGANIZATION))
    return struck_facility(noun, mentions, lex)


def struck_facility(noun: Token, mentions: Mentions, lex: Lexicon) -> Span | None:
    """An unnamed facility an attack hits, whose owner and place the text does not name
    (lexicon ``struck_facility_nouns``): "attacked a military post", "an attack on the police
    station", "stormed a hotel": a place of its own, from its first modifier to the noun
    ("military post"; no article, no possessor); ``None`` for any other noun, or one a
    mention covers; the actor "of" names owns it ("bases of X": X), and one "of" something
    else is no place of its own ("bases of the mission": whose, unsaid)."""
    forms = (noun.lemma_.lower(), noun.lower_, noun.lower_[:-1] if noun.lower_.endswith("s") else noun.lower_)
    if noun.pos_ != "NOUN" or not lex.struck_facility_nouns.intersection(forms) or mentions.at(noun) is not None:
        return None
    of_objects = prep_objects(noun, ("of",))
    if of_objects:  # the first "of" object decides
        owner = mentions.at(of_objects[0])
        return owner if owner is not None and cls_of(owner) in ACTOR_SET else None
    kept = [c.left_edge.i for c in noun.lefts if c.dep_ in ("amod", "compound", "nummod", "nmod")]
    return Span(noun.doc, min(kept, default=noun.i), noun.i + 1, label=str(EntityClass.PLACE))


def _target_noun(noun: Token, lex: Lexicon) -> bool:
    forms = (noun.lemma_.lower(), noun.lower_, noun.lower_[:-1] if noun.lower_.endswith("s") else noun.lower_)
    return noun.pos_ == "NOUN" and bool(lex.target_nouns.intersection(forms))  # "bases" is lemmatised "basis"


def clause_owners(noun: Token, mentions: Mentions, lex: Lexicon) -> list[Span]:
    """The actors a clause on an attacked noun names as its owners (lexicon
    ``owning_verbs``): "sites used by X", "a camp which belongs to X", "positions held by
    X and Y", and for a group of people "militants belonging to X and Y" (its members);
    none for any other noun or clause ("a camp near X", "militants who fled to X")."""
    if not _target_noun(noun, lex) and noun.lemma_.lower() not in lex.group_nouns:
        return []
    verbs = {"belong"} if not _target_noun(noun, lex) else lex.owning_verbs
    owners: list[Span] = []
    for clause in (c for c in noun.children if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in verbs):
        by = [p for a in clause.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
        to = prep_objects(clause, ("to",)) if clause.lemma_.lower() == "belong" else []
        named = [t for p in [*by, *to] for t in conjuncts(p)]
        for tok in [*named, *(a for t in named for a in t.children if a.dep_ == "appos")]:  # "banned outfits X and Y"
            span = mentions.at(tok)
            if span is not None and cls_of(span) in ACTOR_SET and span not in owners:
                owners.append(span)
    return owners


def water(place: Span, lex: Lexicon) -> bool:
    """A sea, gulf or strait ("the Red Sea", "the Gulf of Aden"): where attacks are made, not what they hit."""
    return any(t.lower_ in lex.water_nouns for t in place)


def counted_parties(noun: Token, mentions: Mentions, lex: Lexicon) -> Span | None:
    """An unnamed but counted, located or described set of parties a measure can target:
    "six entities", "two individuals", "Russian oligarchs", "Chinese firms" (a number, a
    demonym or a name before a plural party noun of the lexicon), "companies tied to X",
    "entities supplying drones" (a clause describes them), "a number of officials" (an
    amount of them), as a group mention from its
    first word to the noun; ``None`` otherwise ("companies" alone names no one, and "six
    entities and two individuals" are one set of targets, named by its first noun)."""
    if noun.tag_ != "NNS" or noun.lemma_.lower() not in lex.party_nouns or mentions.at(noun) is not None:
        return None
    described = any(c.dep_ in ("acl", "relcl") for c in noun.children)
    amount = noun.dep_ == "pobj" and noun.head.lower_ == "of" and measured(noun.head.head) == noun  # "a number of officials"
    if not (described or amount) and not any(c.dep_ == "nummod" and c.like_num or c.ent_type_ in ("NORP", "GPE") for c in noun.lefts):
        return None
    return Span(noun.doc, noun.left_edge.i, noun.i + 1, label=str(EntityClass.GROUP))


def carries(verb: Token, mentions: Mentions, lex: Lexicon) -> bool:
    """Whether a verb of motion carries its object somewhere: "flew troops to", "moved
    tanks into", "flew two bombers to" (an object that is no place), so it transfers
    what it carries (when that is materiel or a group) and its subject travels nowhere."""
    if verb.lemma_.lower() not in lex.carrying_verbs:
        return False
    objects = [t for t in direct_objects(verb) if t.dep_ != "nsubjpass" and t.pos_ in ("NOUN", "PROPN")]
    return any((s := mentions.at(t)) is None or cls_of(s) not in PLACES for t in objects)


#: Verbs whose purpose clause names the receiver of a transfer ("sent tanks to help X").
HELP_VERBS = frozenset({"support", "help", "assist", "aid", "bolster", "reinforce", "back"})


def carrier(goods: Span, trigger: Token, lex: Lexicon) -> bool:
    """Whether supplied "goods" are only what carries the goods: a flight, airlift or
    convoy ("aid flights arrived"), a vehicle named for its cargo ("relief planes"), or
    one said to carry something ("planes carrying X", "transport planes landed, carrying
    X"), or vehicles a verb of sending moves on a mission of their sender's (see
    :func:`_on_mission`); "sold 20 transport aircraft" supplies the aircraft."""
    root = goods.root
    lemma = root.lemma_.lower()
    if lemma in lex.carrier_nouns:
        return True
    if lemma not in lex.vehicle_nouns:
        return False
    if any(t.lemma_.lower() in lex.cargo_words for t in goods if t.i != root.i):
        return True
    clauses = [c for c in root.children if c.dep_ == "acl"]
    if root.dep_ in ("nsubj", "nsubjpass") and root.head == trigger:  # "planes landed, carrying X"
        clauses += [c for c in trigger.children if c.dep_ in ("advcl", "xcomp")]
    return any(c.lemma_.lower() in lex.cargo_verbs for c in clauses) or _on_mission(root, trigger, lex)


def _on_mission(vehicle: Token, trigger: Token, lex: Lexicon) -> bool:
    """Whether a verb of sending moves vehicles, its object, to carry a cargo or do a task
    rather than to give them: "sent its aircraft with the missiles", "sent planes to
    deliver X", "sent ships to encircle X", "sent ships to waters off X" (a destination
    that is no one to receive them); not "sent 40 trucks to Togo", "sent jets to help X"."""
    verb = trigger.lemma_.lower()
    if verb not in lex.sending_verbs and verb not in lex.carrying_verbs:
        return False
    node = vehicle
    while node.dep_ == "conj" and node.head != node:  # "sending planes and ships": the ships too
        node = node.head
    if node.dep_ != "dobj" or node.head != trigger:
        return False
    if prep_objects(trigger, ("with",)):
        return True  # a cargo they travel with
    aims = [c for c in trigger.children if c.dep_ in ("advcl", "xcomp") and infinitive(c)]
    if any(c.lemma_.lower() in lex.cargo_verbs for c in aims):
        return True  # "to deliver X": what they bring
    ends = prep_objects(trigger, ("to", "into"))
    if any(t.ent_type_ in ("GPE", "ORG", "NORP") for t in ends):
        return False  # a state or a body to receive them ("sent jets to Peru to protect it")
    if any(c.lemma_.lower() not in HELP_VERBS for c in aims):
        return True  # a task of the sender's own
    return any(t.lower_ in lex.water_nouns or t.lemma_.lower() in lex.water_nouns or t.ent_type_ == "LOC" for t in ends)


def figurative(verb: Token, mentions: Mentions, lex: Lexicon) -> bool:
    """Whether an attack verb strikes with something that is no force: "hit X with
    tariffs", "targeted Y with lawsuits" (an instrument that is neither materiel, nor
    troops, nor an attack: "hit X with airstrikes", "struck Y with drones" are attacks)."""
    for tok in prep_objects(verb, ("with",)):
        span = mentions.at(tok)
        if span is not None and cls_of(span) in (EntityClass.MATERIEL, EntityClass.GROUP, EntityClass.ORGANIZATION):
            continue
        if lex.nominal_class.get(tok.lemma_.lower()) == "attack":
            continue
        return True
    return False


#: Verb classes whose object an attack with that purpose is made on: "launched an
#: assault to retake X", "an offensive to capture X".
PURPOSE_OF_ATTACK = ("occupy", "attack")


def purpose_objects(heads: tuple[Token, ...], mentions: Mentions, lex: Lexicon) -> list[Span]:
    """What an attack that names no target is made to take or strike, by its purpose
    clause on the noun or on its light verb: "launched an assault to retake X" (X)."""
    out: list[Span] = []
    for head in heads:
        for clause in head.children:
            if clause.dep_ not in ("acl", "relcl", "advcl", "xcomp") or not infinitive(clause):
                continue
            if lex.verb_class.get(clause.lemma_.lower()) not in PURPOSE_OF_ATTACK:
                continue
            for tok in direct_objects(clause):
                span = named_place(tok, mentions, lex) or mentions.at(tok)
                if span is not None and span not in out:
                    out.append(span)
    return out


#: Kinds of group (lexicon ``kinds``) a state sends: their arrival somewhere is a deployment.
SENT_KINDS = frozenset({"troop", "engineer", "adviser"})

#: Prepositions of the side troops fight on ("fighting for X", "alongside X").
SIDE_PREPS = ("for", "alongside")


def moving_troops(verb: Token, mentions: Mentions, lex: Lexicon) -> Span | None:
    """The troops a verb of travel or transfer with no object moves ("North Korean troops
    arrived in Russia", "Ugandan troops deployed to South Sudan", "US troops are stationed
    in Poland"), or that fight on another's side ("fighting for X", "alongside X"): its
    subject, a group of a kind that states send; ``None`` otherwise."""
    vclass = lex.verb_class.get(verb.lemma_.lower())
    if vclass == "attack" and prep_objects(verb, SIDE_PREPS):
        vclass = "visit"  # "Ugandan troops are fighting for Kiir": sent to fight on another's side
    if vclass not in ("visit", "transfer") or any(c.dep_ == "dobj" for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and verb.dep_ == "xcomp":  # "troops began to deploy"
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    span = mentions.at(subject)
    if span is None or cls_of(span) is not EntityClass.GROUP:
        return None
    head = measured(span.root) or span.root  # "thousands of troops": troops
    return span if lex.kinds.get(head.lemma_.lower()) in SENT_KINDS else None


def arriving_goods(verb: Token, mentions: Mentions, lex: Lexicon) -> list[Span]:
    """The materiel a verb of travel with no object brings somewhere ("drones and
    helicopters from Turkey will arrive in Nigeria", "German tanks reached Ukraine"):
    its subject and the words coordinated with it, when they are materiel, or what they
    arrived with ("planes arrived with ammunition": the ammunition)."""
    if lex.verb_class.get(verb.lemma_.lower()) != "visit" or any(c.dep_ == "dobj" for c in verb.children):
        return []
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    carried = [t for w in prep_objects(verb, ("with",)) for t in conjuncts(w)]
    found = (mentions.at(t) for t in (carried or (conjuncts(subject) if subject is not None else ())))
    return [s for s in found if s is not None and cls_of(s) is EntityClass.MATERIEL and not _forces_own(s, lex)]


def _forces_own(vehicle: Span, lex: Lexicon) -> bool:
    """A vehicle named for the force that flies or sails it ("an Indian Air Force C-17
    aircraft landed"): the force travels in it, no goods are delivered."""
    return vehicle.root.lemma_.lower() in lex.vehicle_nouns and any(
        t.is_title and t.lemma_.lower() in lex.military_org_nouns for t in vehicle[:-1] if t.i < vehicle.root.i
    )  # fmt: skip


def modifier_actor(modifier: Token, head: Token, mentions: Mentions) -> Span | None:
    """The actor a modifier of ``head`` names: "US strikes", "Turkey's decision", "the
    Russian invasion" (a demonym inside the head's own mention is its state, alone)."""
    span = named(modifier, mentions)
    if span is not None and span.start <= head.i < span.end and modifier.ent_type_ in ("NORP", "GPE"):
        span = Span(modifier.doc, modifier.i, modifier.i + 1, label=str(EntityClass.COUNTRY))
    return span


def wielder(weapon: Span, mentions: Mentions) -> Span | None:
    """Who uses a weapon the text makes the doer: the actor its modifier or possessor
    names ("Pakistani jets", "Israel's drones") or its "of" phrase ("the warplanes of
    the coalition forces"); ``None`` when it names none ("the jets")."""
    root = weapon.root
    for c in root.lefts:
        owner = modifier_actor(c, root, mentions) if c.dep_ in ("amod", "compound", "nmod", "poss") else None
        if owner is not None and owner != weapon and cls_of(owner) in ACTOR_SET:
            return owner
    for tok in prep_objects(root, ("of",)):
        span = mentions.at(tok)
        if span is not None and cls_of(span) in ACTOR_SET:
            return span
    return None


def acting_actor(span: Span | None, mentions: Mentions) -> Span | None:
    """An actor mention, or the actor a weapon stands for; a pronoun is none here ("when
    they attacked" may be the very people killed)."""
    if span is None or cls_of(span) is None:
        return None
    if cls_of(span) is EntityClass.MATERIEL:
        return wielder(span, mentions)
    return span if cls_of(span) in ACTOR_SET else None


def attack_makers(noun: Token, mentions: Mentions) -> list[Span]:
    """Who made the attack ``noun`` names: a possessor or named modifier ("Israeli
    strikes", "Hamas attacks"), a "by" phrase, or the agent of a participle ("airstrikes
    carried out by X")."""
    named = [modifier_actor(c, noun, mentions) for c in noun.lefts if c.dep_ in ("poss", "amod", "compound", "nmod")]
    by = [*prep_objects(noun, ("by",)), *(t for c in noun.children if c.dep_ == "acl"
                                          for a in c.children if a.dep_ == "agent" for t in a.children if t.dep_ == "pobj")]  # fmt: skip
    return [d for m in [*named, *map(mentions.at, by)] if (d := acting_actor(m, mentions)) is not None]


#: Determiners of "sides" that make a count cover every side of a fight ("on both sides").
_ALL_SIDES = frozenset({"both", "each", "either", "all"})


def all_sides(counted: Span, verb: Token) -> bool:
    """Whether counted people killed are a count over every side of a fight ("26
    fighters on both sides had been killed", "12 were killed on each side", "1,200
    people, including soldiers and civilians": a count that lists several kinds)."""
    root = counted.root
    sides = prep_objects(root, ("on", "from")) + prep_objects(verb, ("on", "from"))
    if any(len(conjuncts(t)) > 1 for t in prep_objects(root, ("including",))):
        return True
    return any(s.lemma_.lower() == "side" and any(d.lower_ in _ALL_SIDES for d in s.children) for s in sides)
