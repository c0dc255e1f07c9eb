"""Verb lemmas from lemminflect's English dictionary, where the model's rule lemmatizer
strips too much ("staged" -> "stag", "waged" -> "wag", "hoped" -> "hop").

The component ``kgraph_verb_lemmas_v1`` runs after spaCy's lemmatizer and sets the lemma
of every token tagged as a full verb (not an auxiliary or a modal, whose lemmas the rules
read as the model gives them: "would", "could") to the one lemminflect gives for that
word as a verb. The verb classes of ``kgraph/data/lexicon.json`` are looked up by lemma,
so "staged an attack" then reads as the light verb "stage".

lemminflect reads its dictionary (0.4 s of CPU) at the first word it is asked about; the
component asks it when the pipeline is built, so parsing processes forked later
(``--workers``) share the parent's copy instead of each reading their own.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from lemminflect import getLemma
from spacy.language import Language
from spacy.tokens import Doc

COMPONENT = "kgraph_verb_lemmas_v1"


@lru_cache(maxsize=20_000)
def verb_lemma(word: str) -> str | None:
    """The lemma of ``word`` read as a verb ("staged" -> "stage"), or ``None`` when
    lemminflect has none (a word with no letters, say)."""
    lemmas = getLemma(word, upos="VERB")
    return lemmas[0].lower() if lemmas and lemmas[0] else None


@Language.factory(COMPONENT)
def make_verb_lemmas(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    getLemma("staged", upos="VERB")  # lemminflect's dictionary read now, before any fork
    return verb_lemmas


def verb_lemmas(doc: Doc) -> Doc:
    """Give each full verb of ``doc`` lemminflect's lemma (see the module docstring)."""
    for token in doc:
        if token.pos_ != "VERB" or token.tag_ == "MD" or not token.is_alpha:
            continue
        lemma = verb_lemma(token.lower_)
        if lemma and lemma != token.lemma_.lower():
            token.lemma_ = lemma
    return doc
