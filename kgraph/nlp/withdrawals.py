"""Forces withdrawn from a place: they had been deployed there.

"the withdrawal of its military forces from Chad", "the pullout of French troops from
Niger": the owner of the forces (their possessor, else the state their nationality names,
inferred later) deploys them, with the place they leave as the recipient. The news
benchmark's gold signs a deployment so (status left open: the troops were there).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span

from kgraph.nlp.candidates import PLACES, Candidate, Mentions, cls_of
from kgraph.nlp.docmemo import with_lemmas
from kgraph.nlp.lexicon import Lexicon
from kgraph.nlp.syntax import conjuncts, prep_objects
from kgraph.types import EntityClass, Relation

#: Nouns of a force's leaving a place.
WITHDRAWAL_NOUNS = frozenset({"withdrawal", "pullout", "pull-out", "drawdown"})


def withdrawal_candidates(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """"the withdrawal of X's forces from Y": X deploys the forces, Y receiving them."""
    for noun in with_lemmas(sent, WITHDRAWAL_NOUNS):
        if noun.pos_ != "NOUN":
            continue
        for tok in (t for o in prep_objects(noun, ("of",)) for t in conjuncts(o)):
            force = mentions.at(tok)
            if force is None or force.root != tok or cls_of(force) is not EntityClass.GROUP:
                continue
            left = prep_objects(noun, ("from",)) + prep_objects(tok, ("from",))  # the "from" hung on the noun or on the forces
            places = [m for t in left if (m := mentions.at(t)) is not None and cls_of(m) in PLACES]
            if not places:
                continue  # "the withdrawal of troops" names no place they were sent to
            owner = next((mentions.at(c) for c in tok.children if c.dep_ == "poss"), None)
            yield Candidate(Relation.DEPLOYS, owner if owner is not None else force[0:0], force, noun, "noun:withdrawal", 0.6, target=places[0])
