"""basedIn read from an organisation's own name: "the Haitian Parliament", "the U.S. Navy".

A name that starts with a demonym or a country's name says which country the organisation
belongs to. The statement is made only when the sentence also names that country, so the
evidence (and its character offsets) lies in the sentence.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span

from kgraph.gazetteer import GazEntry, Gazetteer
from kgraph.nlp.relations import PLACES, Candidate, cls_of
from kgraph.resolve import strip_determiner
from kgraph.types import EntityClass, Relation


def name_places(sent: Span, here: list[Span], gazetteer: Gazetteer) -> Iterator[Candidate]:
    """basedIn(org, country) for each organisation among ``here`` (the sentence's
    mentions) whose name starts with the demonym or name of a country the sentence names."""
    countries: dict[str, list[Span]] = {}
    for span in here:
        if cls_of(span) in PLACES:
            entry = gazetteer.lookup(strip_determiner(span.text))
            if entry is not None and entry.cls is EntityClass.COUNTRY:
                countries.setdefault(entry.label, []).append(span)
    if not countries:
        return
    for org in here:
        if cls_of(org) is not EntityClass.ORGANIZATION:
            continue
        entry = _owner(strip_determiner(org.text), gazetteer)
        for place in countries.get(entry.label, []) if entry is not None else []:
            if place.start >= org.end or place.end <= org.start:
                yield Candidate(Relation.BASED_IN, org, place, org.root, "static:name-country", 0.6)


def _owner(name: str, gazetteer: Gazetteer) -> GazEntry | None:
    """The country at the start of an organisation's name, with words after it."""
    hit = gazetteer.demonym_prefix(name)
    if hit is not None and hit[1] and hit[0].cls is EntityClass.COUNTRY:
        return hit[0]
    words = name.split(" ")
    for n in range(min(3, len(words) - 1), 0, -1):
        entry = gazetteer.lookup(" ".join(words[:n]))
        if entry is not None and entry.cls is EntityClass.COUNTRY:
            return entry
    return None
