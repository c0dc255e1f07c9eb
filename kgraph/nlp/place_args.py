"""Places as arguments of the verb rules: the place a "where" clause or an apposition
describes, the named places an "including" phrase lists, and whether a light verb of
capture takes ground. Split from :mod:`kgraph.nlp.event_args`, whose ``named_place`` these
build on.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kgraph.nlp.candidates import PLACES, Mentions, cls_of
from kgraph.nlp.event_args import named_place
from kgraph.nlp.lexicon import Lexicon
from kgraph.nlp.syntax import conjuncts
from kgraph.types import EntityClass


#: Verb classes whose act falls on a place: done to the place it happens in when they name
#: no object ("Kursk, where Ukraine staged an incursion": attacks Kursk), and whose object is
#: a place when the gazetteer knows it as one (:mod:`kgraph.nlp.place_mentions`).
PLACE_ACTS = ("visit", "attack", "occupy")


def where_place(clause: Token, mentions: Mentions) -> Token | None:
    """The place a relative clause opened by "where" describes ("Kursk, a region where
    X ...", "Kyiv, where X arrived"): the token of its place mention, else ``None``."""
    if clause.dep_ != "relcl" or not any(c.dep_ == "advmod" and c.lower_ == "where" for c in clause.children):
        return None
    return described_place(clause.head, mentions)


def described_place(node: Token, mentions: Mentions) -> Token | None:
    """The token of the place mention a noun describes: the noun itself, or the name it is
    in apposition to ("Kursk, a region where ...", "Lachin, a town that was held by X") or
    said of ("Kursk is a region where ..."); ``None`` when no place is described."""
    candidates = [node]
    if node.dep_ == "appos":
        candidates.insert(0, node.head)  # "Kursk, a region where": the region is Kursk
    elif node.dep_ == "attr":
        candidates[:0] = [c for c in node.head.children if c.dep_ == "nsubj"]  # "Kursk is a region where"
    for tok in candidates:
        span = mentions.at(tok)
        if span is not None and cls_of(span) in PLACES:
            return tok
    return None


def seizes_no_state(verb: Token, vclass: str, lex: Lexicon) -> bool:
    """Whether a verb of capture is a light verb ("took X", "held X"): it seizes a place
    only as its own object, never a whole state ("take Russia to court", "held Iran
    responsible"), nor the place of a "where" clause; "took over X" may seize a state."""
    over = any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.children)
    return vclass == "occupy" and verb.lemma_.lower() in lex.light_verbs and not over


def seizes_ground(objects: list[Token], lex: Lexicon) -> bool:
    """Whether a light verb of capture takes ground ("seized territory", "took the
    town"), not a light noun ("took part", "held talks")."""
    return any(lex.place_nouns.get(t.lemma_.lower()) for t in objects)


def listed_places(noun: Token, verb: Token, mentions: Mentions, lex: Lexicon) -> list[Span]:
    """The named places an unnamed plural or partitive object lists after "including"
    ("controlled several cities, including the city of X", "swathes of Y, including the
    capital, Z"), wherever the parser hung the "including" in the verb's clause (on the
    noun, on the verb, or on a clause the verb governs)."""
    named = mentions.at(noun) if noun.pos_ == "NOUN" else None
    if noun.pos_ != "NOUN" or named is not None and named.root == noun:
        return []  # a named object lists nothing ("large parts of Y", a measure of Y, may)
    out: list[Span] = []
    for tok in verb.subtree:
        head = tok.head
        hung = head == noun or head == verb or head.dep_ in ("advcl", "conj") and head.head == verb and head.i > noun.i
        if tok.lower_ == "including" and tok.dep_ == "prep" and tok.i > noun.i and hung:
            out += [p for p in included_places(tok, mentions, lex) if p not in out]
    return out


def included_places(including: Token, mentions: Mentions, lex: Lexicon) -> list[Span]:
    """The named places, no whole states, an "including" phrase lists ("including the city
    of X and Y", "including the capital, Z")."""
    out: list[Span] = []
    for obj in (c for c in including.children if c.dep_ == "pobj"):
        for t in conjuncts(obj):
            place = named_place(t, mentions, lex) or mentions.at(t)
            if place is None and t.pos_ == "NOUN":  # "including the capital, Sanaa"
                place = next((mentions.at(c) for c in t.children if c.dep_ == "appos" and mentions.at(c) is not None), None)
            if place is not None and cls_of(place) in PLACES - {EntityClass.COUNTRY} and place not in out:
                out.append(place)
    return out
