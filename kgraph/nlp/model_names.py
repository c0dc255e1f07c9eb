"""A weapon's model name is no actor: "Hellfire missiles", "Merkava tanks", "Iron Dome
interceptors" with "Hellfire" tagged a person or "Iron Dome" an organisation.

The NER tags a model's name before the materiel noun it names as a person or an
organisation; the materiel mention already holds it. Dropped: a name of one or two
words compounded onto the root of the materiel mention around it, with no body noun in
it ("US Navy ships", "China Coast Guard vessels" name their owners) and unknown to the
gazetteer ("Hezbollah rocket launchers", "U.S. aid": the owner).
"""

from __future__ import annotations

from spacy.tokens import Span

from kgraph.gazetteer import Gazetteer
from kgraph.nlp.lexicon import Lexicon
from kgraph.nlp.relations import cls_of
from kgraph.types import EntityClass

#: The classes the NER gives a model's name.
_MISREAD = frozenset({EntityClass.PERSON, EntityClass.ORGANIZATION})


def without_model_names(spans: list[Span], gazetteer: Gazetteer, lex: Lexicon) -> list[Span]:
    """``spans`` without the names of weapons' models inside materiel mentions."""
    materiel = [s for s in spans if cls_of(s) is EntityClass.MATERIEL]
    if not materiel:
        return spans
    return [s for s in spans if not any(_model_name(s, m, gazetteer, lex) for m in materiel)]


def _model_name(span: Span, weapon: Span, gazetteer: Gazetteer, lex: Lexicon) -> bool:
    if cls_of(span) not in _MISREAD or not (weapon.start <= span.start and span.end < weapon.end) or len(span) > 2:
        return False
    if span.root.dep_ != "compound" or span.root.head.i != weapon.root.i:
        return False
    bodies = lex.all_body_nouns
    if any(t.lower_ in bodies or t.lemma_.lower() in bodies for t in span):
        return False
    return gazetteer.lookup(span.text) is None and gazetteer.demonym(span.text) is None
