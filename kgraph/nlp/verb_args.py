"""Who a verb's or a noun's arguments are, beyond the head word the parser gives: the named
holder of a role noun, the name a common noun stands beside, the parties acting together
("A signed with B", "between A and B"), coordinated subjects and the members a common noun
lists ("countries, including X and Y").

Plain functions over spaCy tokens and :class:`~kgraph.nlp.candidates.Mentions`; the relation
rules (:mod:`kgraph.nlp.relations`, :mod:`kgraph.nlp.nominals`, :mod:`kgraph.nlp.event_rules`)
call them.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kgraph.nlp.candidates import ACTORS, PLACES, Mentions, cls_of, titled_conjuncts
from kgraph.nlp.event_args import modifier_actor, named_place
from kgraph.nlp.lexicon import Lexicon
from kgraph.nlp.syntax import conjuncts, infinitive, prep_objects
from kgraph.types import EntityClass


def role_holder(noun: Token, mentions: Mentions) -> Span | None:
    """The person a role noun names when the parser hangs the name below it: "the
    ambassador, X", or "the ambassador of Y X" / "Ambassador to Y X" read as the object
    of the preposition, right after the named Y."""
    for c in noun.children:
        span = mentions.at(c) if c.dep_ == "appos" else None
        if span is not None and cls_of(span) is EntityClass.PERSON:
            return span
    for tok in prep_objects(noun, ("of", "to")):
        for t in conjuncts(tok):
            span = mentions.at(t)
            if span is None or cls_of(span) is not EntityClass.PERSON or span.start == 0:
                continue
            prev = span.start - 1
            while prev > noun.i and span.doc[prev].is_punct:  # "... Republic (DPR) X"
                prev -= 1
            before = mentions.at(span.doc[prev])
            if before is not None and cls_of(before) not in (EntityClass.PERSON, None):
                return span
    return None


def titled_holder(state: Span, mentions: Mentions) -> Span | None:
    """The person a state's possessive title names right after it ("Belarus' President
    X", "Chile's foreign minister X"): the words between are the title's, none a mention."""
    doc, i = state.doc, state.end
    if i >= len(doc) or doc[i].tag_ != "POS" and doc[i].text not in ("’", "'"):
        return None
    for tok in doc[i + 1 : i + 6]:
        span = mentions.at(tok)
        if span is not None:
            return span if cls_of(span) is EntityClass.PERSON else None
        if tok.pos_ not in ("ADJ", "NOUN", "PROPN"):
            return None
    return None


def named_apposition(noun: Token, mentions: Mentions) -> Span | None:
    """The named organisation or state a common noun stands beside, as its apposition
    ("X's main rivals, the Islamic State group, control ...") or in apposition to it ("the
    Houthis, an Iran-backed group that controls ..."): the noun describes that name."""
    if noun.pos_ != "NOUN":
        return None
    beside = [c for c in noun.children if c.dep_ == "appos"] + ([noun.head] if noun.dep_ == "appos" else [])
    for tok in beside:  # "the Islamic State group": the name compounded onto the noun
        span = mentions.at(tok) or next((m for c in tok.lefts if c.dep_ == "compound" and (m := mentions.at(c))), None)
        if span is not None and cls_of(span) in (EntityClass.ORGANIZATION, EntityClass.COUNTRY) and any(
            t.pos_ == "PROPN" for t in span
        ):  # fmt: skip
            return span
    return None


def co_agents(verb: Token, mentions: Mentions) -> list[Span]:
    """Who acts together with the subject: "A signed the treaty with B", "a contract
    signed between A and B", "the contract between A and B was signed" (every party
    signs; a capital stands for its state: "between Yerevan and Baku")."""
    out: list[Span] = []
    heads = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "nsubjpass"))]  # "signed a pact with B"
    for tok in (t for h in heads for t in prep_objects(h, ("with", "between"))):
        for t in conjuncts(tok):
            span = mentions.at(t)
            if span is not None and cls_of(span) in ACTORS | {EntityClass.CITY} and span not in out:
                out.append(span)
    return out


def deal_sellers(verb: Token, mentions: Mentions, lex: Lexicon) -> list[Span]:
    """Who sells what a deal signed by ``verb`` buys: "X signed a deal to buy Z from Y",
    "X signed to purchase Z from Y" (Y is the deal's other party, and signs it too)."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    buys = [c for h in heads for c in h.children if c.dep_ in ("relcl", "acl", "advcl", "xcomp")
            and infinitive(c) and lex.verb_class.get(c.lemma_.lower()) == "purchase"]  # fmt: skip
    return [m for c in buys for t in prep_objects(c, ("from",)) for m in coordinated_actors(t, mentions)]


def listed_members(token: Token | None, mentions: Mentions) -> list[Span]:
    """The named members a common noun lists: "countries, including X, Y and Z",
    "nations such as X", "Council members X and Y (as well as Z)"; none when ``token`` is
    itself a mention."""
    if token is None or mentions.at(token) is not None:
        return []
    out: list[Span] = []
    for c in token.children:
        listing = c.lower_ == "including" or (c.lower_ == "as" and c.i > 0 and c.doc[c.i - 1].lower_ == "such")
        if c.dep_ == "prep" and listing:
            for p in c.children:
                if p.dep_ == "pobj":
                    out += coordinated_actors(p, mentions)
        elif c.dep_ == "appos" and c.pos_ == "PROPN":  # "Council members X and Y supplied ..."
            out += coordinated_actors(c, mentions)
    if out:  # "members X and Y, as well as Z": Z too
        out += [m for c in token.children if c.dep_ == "conj" for m in coordinated_actors(c, mentions) if m not in out]
    return out


def coordinated_actors(token: Token, mentions: Mentions) -> list[Span]:
    """The actor mentions of ``token`` and of the words coordinated with it ("X, Y and Z"),
    not a common noun in apposition, which describes ("X, a private firm, part of Y")."""
    return [s for t in conjuncts(token) if not (t.dep_ == "appos" and t.pos_ == "NOUN")
            and (s := mentions.at(t)) is not None and cls_of(s) in ACTORS]  # fmt: skip


def coordinated_agents(token: Token | None, span: Span, mentions: Mentions) -> list[Span]:
    """"Turkey and Hungary signed": every coordinated subject acts."""
    if token is None:
        return [span]
    holder = role_holder(token, mentions) if cls_of(span) is EntityClass.GROUP else None
    out = [holder or span]  # "its foreign minister, X, signed": X, not the title
    for t in titled_conjuncts(token, mentions)[1:]:
        listed = t.dep_ == "conj" or t.doc[t.i - 1].lower_ == "and"  # an "appos" after "and" is the parser's conj
        other = mentions.argument(t) if listed else mentions.at(t)  # "A and Minister of Y B": B
        if listed and other is not None and other != span and cls_of(other) is EntityClass.PERSON and other not in out:
            out.append(other)
            continue
        if t.dep_ == "appos" and (t.pos_ == "NOUN" or other is None or cls_of(other) is EntityClass.GROUP):
            continue  # "Xi, the leader of China, met ...", "X, the Canadian Minister, signed": the same actor described
        if other is not None and other not in out and other != span and cls_of(other) in ACTORS:
            out.append(other)
    out += [p for p in people_after_of(token, span, mentions) + listed_before(token, mentions) if p not in out]  # "A of Y and B", "A, B sign"
    return out


def people_after_of(token: Token, person: Span, mentions: Mentions) -> list[Span]:
    """People the parser coordinated with the place or body of a person's "of" phrase
    ("signed by Foreign Minister A of Y and B": B is coordinated with A, not with Y)."""
    if cls_of(person) is not EntityClass.PERSON:
        return []
    out: list[Span] = []
    for tok in prep_objects(token, ("of",)):
        owner = mentions.at(tok)
        if owner is None or cls_of(owner) is EntityClass.PERSON:
            continue
        for t in conjuncts(tok)[1:]:
            span = mentions.at(t)
            if t.dep_ == "conj" and span is not None and cls_of(span) is EntityClass.PERSON and span not in out:
                out.append(span)
    return out


def represented_states(token: Token | None, span: Span | None, mentions: Mentions) -> list[Span]:
    """The states an unnamed group of their officials acts for: "the defence ministers of
    X and Y signed the pact", "Pakistani and Russian defence ministers signed" (X and Y
    sign); none for anything else."""
    if token is None or span is None or cls_of(span) is not EntityClass.GROUP or token.tag_ != "NNS":
        return []
    found = [mentions.at(t) for tok in prep_objects(token, ("of",)) for t in conjuncts(tok)]
    named = [t for c in token.lefts if c.dep_ in ("amod", "compound") for t in conjuncts(c) if t.ent_type_ in ("NORP", "GPE")]
    found += [modifier_actor(t, token, mentions) for t in named]
    out: list[Span] = []
    for s in found:
        if s is not None and cls_of(s) is EntityClass.COUNTRY and s not in out:
            out.append(s)
    return out if len(out) > 1 or prep_objects(token, ("of",)) else []  # one nationality: the group is read as usual


def listed_before(subject: Token, mentions: Mentions) -> list[Span]:
    """Actors a headline lists before the subject with a comma, which the parser hangs
    on the verb as loose dependents ("Russia, Iran sign treaty": Russia)."""
    if subject.dep_ not in ("nsubj", "nsubjpass"):
        return []
    out: list[Span] = []
    for c in subject.head.children:
        span = mentions.at(c) if c.dep_ in ("dep", "intj", "npadvmod") and c.i < subject.i and c.doc[c.i + 1].text == "," else None
        if span is not None and cls_of(span) in ACTORS and span not in out:
            out.append(span)
    return out


#: Common nouns of ground seized in pieces ("seized territory in X", "captured villages in X",
#: "controlled large areas of X"), besides the lexicon's place nouns.
GROUND_NOUNS = frozenset({"land", "settlement", "enclave", "stronghold", "area", "territory", "village", "town"})


def ground_of(noun: Token, mentions: Mentions, lex: Lexicon) -> list[Span]:
    """The named places that ground a verb of capture takes lies in, when the ground has no
    name of its own: "Russian territory in Kursk", "the group's last enclave in the Sambisa
    forest", "several villages in X region", "large areas of Borno state" (a plural ground
    noun's "of" is the whole it is part of; "the town of X" names the town, which the
    caller reads first). Ground is a noun of GROUND_NOUNS or a place noun of a city or
    region ("districts"), never of a state or a facility ("the airport in X"); the "in"
    may hang on the verb whose object the ground is."""
    lemma = noun.lemma_.lower()
    ground = lemma in GROUND_NOUNS or lex.place_nouns.get(lemma) in (str(EntityClass.CITY), str(EntityClass.REGION))
    if noun.pos_ != "NOUN" or not ground or mentions.at(noun) is not None or named_place(noun, mentions, lex) is not None:
        return []  # "the town of Paletwa in Chin state": the town is Paletwa, which is what is held
    preps = ("in", "of") if noun.tag_ == "NNS" else ("in",)
    places = [mentions.at(t) for p in preps for t in prep_objects(noun, (p,))]
    if noun.dep_ == "dobj":  # "seized territory in X" with the "in" hung on the verb
        places += [mentions.at(t) for t in prep_objects(noun.head, ("in",)) if t.i > noun.i]
    return [p for p in places if p is not None and cls_of(p) in PLACES]
