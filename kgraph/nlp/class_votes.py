"""One class per name in a document: the mentions of a name vote among the NER's classes,
and a class the words around one mention decided (:mod:`kgraph.nlp.retype`, "the town of
X") holds for every mention of that name."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Span

from kgraph.gazetteer import Gazetteer, clean_quotes
from kgraph.nlp.docmemo import table
from kgraph.nlp.relations import cls_of
from kgraph.types import EntityClass

#: Classes the NER gives names, among which a document's mentions of one name vote.
_NAME_CLASSES = frozenset({EntityClass.PERSON, EntityClass.ORGANIZATION, EntityClass.COUNTRY, EntityClass.CITY,
                           EntityClass.REGION, EntityClass.PLACE})  # fmt: skip


#: Where :func:`retype` keeps, on the document, the classes the words around a name gave it.
_DECIDED_KEY = "kgraph.decided_classes"


def vote_classes(spans: list[Span], gazetteer: Gazetteer) -> list[Span]:
    """One class per name in a document, so one NER error does not split an entity: a
    name the gazetteer does not know takes the class the words around one of its mentions
    gave it (:func:`retype`; one class only), else the class most of its mentions have, and a
    lone surname of a person named in full is that person ("Zelensky" tagged an
    organisation once, after "Volodymyr Zelensky")."""
    votes: dict[str, Counter[EntityClass]] = {}
    surnames: set[str] = set()
    for span in spans:
        cls = cls_of(span)
        if cls in _NAME_CLASSES:
            votes.setdefault(_key(span), Counter())[cls] += 1
            if cls is EntityClass.PERSON and len(span) > 1 and span[-1].is_title:
                surnames.add(span[-1].text.casefold())
    out = []
    for span in spans:
        cls = cls_of(span)
        new = cls
        if cls in _NAME_CLASSES and gazetteer.lookup(span.text) is None:
            ranked = votes[_key(span)].most_common(2)
            if len(ranked) == 2 and ranked[0][1] > ranked[1][1]:
                new = ranked[0][0]
            new = _decided(span) or new  # "X, a suburb of Y": the words around one mention outweigh the NER's guesses
            if len(span) == 1 and _key(span) in surnames:
                new = EntityClass.PERSON
        out.append(span if new is cls else Span(span.doc, span.start, span.end, label=str(new)))
    return out


def decide_class(span: Span, cls: EntityClass) -> None:
    """Keep on the document that the words around ``span`` make its name a ``cls``."""
    span.doc.user_data.setdefault(_DECIDED_KEY, {}).setdefault(_key(span), set()).add(cls)


def _decided(span: Span) -> EntityClass | None:
    """The one class the words around some mention of ``span``'s name gave it, if any."""
    known = span.doc.user_data.get(_DECIDED_KEY, {}).get(_key(span), ())
    return next(iter(known)) if len(known) == 1 else None


def apply_decided_classes(spans: list[Span], gazetteer: Gazetteer) -> list[Span]:
    """``spans`` with each name the gazetteer does not know given the class its context
    decided in another mention ("the town of X" makes every X of the document a town)."""
    out = []
    for span in spans:
        cls, new = cls_of(span), _decided(span)
        keep = new is None or new is cls or cls not in _NAME_CLASSES or gazetteer.lookup(span.text) is not None
        out.append(span if keep else Span(span.doc, span.start, span.end, label=str(new)))
    return out


def _key(span: Span) -> str:
    """The name a span's words spell, as the class votes key it (kept per Doc and extent:
    a mention is keyed three or four times)."""
    keys = table(span.doc, "retype_key", None)
    where = (span.start, span.end)
    if where not in keys:
        keys[where] = clean_quotes(span.text).removesuffix("'s").casefold()
    return keys[where]
