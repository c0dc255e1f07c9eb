"""Purchases told with a noun: "Turkey's purchase of the S-400 system from Russia", "the
acquisition of Russian-made missiles", "India's imports of Russian oil".

A purchase noun (lexicon ``purchase_nouns``) says that goods change hands: the seller
supplies them, the buyer receives them. The seller is named by "from" (on the noun, on
its "of" phrase or on the light verb the noun is the object of: "completed the purchase
of X from Y"); with no seller named, goods that name their maker ("Russian-made
missiles", "German submarines") name the supplier, inferred later from the goods'
nationality, as for "X bought German submarines". The buyer is the noun's agent (its
possessor, a named modifier or the subject of a light verb) and becomes the recipient;
a purchase whose buyer the text does not name still tells who sold ("sanctions over the
purchase of Russian-made S-400s": Russia supplies them). Only materiel is bought: "the
acquisition of a stake in X" states no supply.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kgraph.nlp.candidates import ACTORS, Candidate, Mentions, cls_of
from kgraph.nlp.docmemo import with_lemmas
from kgraph.nlp.lexicon import Lexicon
from kgraph.nlp.nominals import nominal_agent
from kgraph.nlp.relations import of_a_nation, relation_for
from kgraph.nlp.syntax import conjuncts, prep_objects
from kgraph.types import Relation


def purchase_candidates(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """Supplies told by a purchase noun (see the module docstring)."""
    for noun in with_lemmas(sent, lex.purchase_nouns):
        if noun.pos_ != "NOUN":
            continue
        buyer, trigger, _ = nominal_agent(noun, mentions, lex, False)
        if buyer is not None and cls_of(buyer) not in ACTORS | {None}:
            buyer = None
        heads = [noun, *(c for c in noun.children if c.dep_ == "conj" and c.pos_ == "NOUN")]  # "its purchase and testing of X"
        goods = [m for h in heads for t in prep_objects(h, ("of",)) for m in _goods(t, mentions)]
        goods += [m for c in noun.children if c.dep_ == "compound" for m in _goods(c, mentions)]  # "arms purchases from Y"
        seller = _seller(heads, trigger, mentions)
        for item in dict.fromkeys(goods):
            if seller is not None and seller != buyer:
                yield Candidate(Relation.SUPPLIES, seller, item, trigger, "noun:purchase", 0.6, target=buyer)
            elif seller is None and of_a_nation(item):
                yield Candidate(Relation.SUPPLIES, item[0:0], item, trigger, "noun:purchase:made", 0.55, target=buyer)


def _goods(token: Token, mentions: Mentions) -> list[Span]:
    """The materiel mentions of ``token`` and its conjuncts ("of tanks and howitzers")."""
    found = (mentions.at(t) for t in conjuncts(token))
    return [m for m in found if m is not None and relation_for("transfer", m) is Relation.SUPPLIES]


def _seller(heads: list[Token], trigger: Token, mentions: Mentions) -> Span | None:
    """Who the goods are bought from: "from Y" on the noun, on its "of" phrase, or on the
    light verb ("completed the purchase of X from Y")."""
    places = [*heads, *(o for h in heads for o in prep_objects(h, ("of",)))]
    if trigger not in heads:
        places.append(trigger)
    for tok in (t for p in places for t in prep_objects(p, ("from",))):
        span = mentions.at(tok)
        if span is not None and cls_of(span) in ACTORS:
            return span
    return None


__all__ = ["purchase_candidates"]
