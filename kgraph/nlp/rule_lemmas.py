"""The model's rule lemmatizer, with its word lists as sets, asked once per word, part
of speech and morphology.

spaCy's rule ``Lemmatizer`` took 12 ms of CPU per 1,000 words of a 30,000-word run, as
much as all of kgraph's statement building: for a word it has not seen, each form its
suffix rules make is looked up in the model's index of known lemmas, a *list* (57,000
nouns) scanned from the start (about 0.15 ms a word); a word in its base form (most
nouns, adjectives and infinitives) is worked out again at every occurrence, since only
the other answers are kept; and every word costs a ``Token`` and a string set.

The component ``kgraph_rule_lemmas_v1`` runs in the model lemmatizer's place (which stays
loaded, disabled): a lemmatizer of the same class, mode and tables, but each index a
frozenset (the rules only test membership), asked once per ``(orth, pos, morph)`` --
its answer is a function of those three (``rule_lemmatize`` keeps its answers under
that key; English ``is_base_form`` reads only the part of speech and the morphology) --
over the columns of ``Doc.to_array``, every lemma written back with ``Doc.from_array``.
Same lemmas: a lemma the attribute ruler set is kept unless the lemmatizer overwrites.
"""

from __future__ import annotations

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.lookups import Lookups
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

COMPONENT = "kgraph_rule_lemmas_v1"

#: The model's component this one stands in for.
MODEL_LEMMATIZER = "lemmatizer"


@Language.factory(COMPONENT)
def make_rule_lemmas(nlp: Language, name: str) -> RuleLemmas:
    return RuleLemmas(nlp.get_pipe(MODEL_LEMMATIZER))


def with_index_sets(lemmatizer: Lemmatizer) -> Lemmatizer:
    """A lemmatizer of the same class, mode and tables as ``lemmatizer``, its
    ``lemma_index`` lists as frozensets."""
    lookups = Lookups()
    for name in lemmatizer.lookups.tables:
        table, copy = lemmatizer.lookups.get_table(name), lookups.add_table(name)
        for key, value in table.items():
            copy[key] = frozenset(value) if name == "lemma_index" else value
    own = type(lemmatizer)(lemmatizer.vocab, lemmatizer.model, lemmatizer.name, mode=lemmatizer.mode,
                           overwrite=lemmatizer.overwrite)  # fmt: skip
    own.initialize(lookups=lookups)
    return own


class RuleLemmas:
    """Sets the lemmas ``lemmatizer`` would, asking a copy of it with its index as sets
    once per (word, POS, morphology)."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = with_index_sets(lemmatizer)
        self.known: dict[tuple[int, int, int], int] = {}  # key -> the lemma's hash

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        lemmatizer, known, strings = self.lemmatizer, self.known, doc.vocab.strings
        overwrite = lemmatizer.overwrite
        lemmas = []
        for i, (orth, pos, morph, lemma) in enumerate(doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()):
            if overwrite or lemma == 0:
                key = (orth, pos, morph)
                lemma = known.get(key)
                if lemma is None:
                    lemma = known[key] = strings.add(lemmatizer.lemmatize(doc[i])[0])
            lemmas.append(lemma)
        doc.from_array([LEMMA], numpy.array(lemmas, dtype="uint64").reshape(-1, 1))
        return doc


__all__ = ["COMPONENT", "MODEL_LEMMATIZER", "RuleLemmas"]
