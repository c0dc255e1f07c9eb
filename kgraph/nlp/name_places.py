"""basedIn and partOf read from an organisation's own name: "the U.S. Navy", "the Polish
Defence Ministry".

A name that starts with a demonym or a country's name says which country the organisation
belongs to. An institution of the state named as such (a capitalised name whose head is an
institution noun: "the Armenian Foreign Ministry") is part of that country, named by those
opening words. Any other organisation is based there, and that is said only when the
sentence also names the country, so the evidence (and its character offsets) lies in the
sentence, and the organisation is no armed force (a state's forces are part of it, not
seated in it; a rebel army named for a country is seated wherever it is).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span

from kgraph.gazetteer import GazEntry, Gazetteer
from kgraph.nlp.lexicon import Lexicon
from kgraph.nlp.relations import PLACES, Candidate, cls_of
from kgraph.nlp.static_places import civil_body, military
from kgraph.resolve import strip_determiner
from kgraph.types import EntityClass, Relation


def name_places(sent: Span, here: list[Span], gazetteer: Gazetteer, lex: Lexicon) -> Iterator[Candidate]:
    """partOf(institution, country) for each named institution of a state among ``here``
    (the sentence's mentions) whose name starts with the country's demonym or name, and,
    when the sentence names the country too, for each civil body so named; basedIn(org,
    country) for any other organisation so named, when the sentence names the country."""
    countries: dict[str, list[Span]] = {}
    for span in here:
        if cls_of(span) in PLACES:
            entry = gazetteer.lookup(strip_determiner(span.text))
            if entry is not None and entry.cls is EntityClass.COUNTRY:
                countries.setdefault(entry.label, []).append(span)
    for org in here:
        if cls_of(org) is not EntityClass.ORGANIZATION:
            continue
        entry = _owner(strip_determiner(org.text), gazetteer)
        if entry is None:
            continue
        places = [p for p in countries.get(entry.label, []) if p.start >= org.end or p.end <= org.start]
        if _institution(org, lex):
            country = places[0] if places else _opening(org, entry, gazetteer)
            if country is not None:
                yield Candidate(Relation.PART_OF, org, country, org.root, "static:name-institution", 0.6)
            continue
        if military(org, lex):
            continue  # "the Sudan People's Liberation Army", "the U.S. military": named for a state, seated nowhere it says
        body = civil_body(org, lex)  # "the Russian defence ministry", "Moldovan police": the state's, as named ones are
        for place in places:
            yield Candidate(Relation.PART_OF if body else Relation.BASED_IN, org, place, org.root,
                            "static:name-body" if body else "static:name-country", 0.6)  # fmt: skip


def _institution(org: Span, lex: Lexicon) -> bool:
    """A state institution's proper name: capitalised words, headed by an institution
    noun ("the Polish Defence Ministry"; not "the Israeli foreign ministry", "US forces")."""
    words = [t for t in org if t.is_alpha and t.pos_ != "DET"]
    return org.root.lemma_.lower() in lex.institution_nouns and all(t.is_title or t.is_upper for t in words)


def _opening(org: Span, country: GazEntry, gazetteer: Gazetteer) -> Span | None:
    """The words that open an organisation's name and name ``country`` ("Polish" in "the
    Polish Defence Ministry"), as a country mention."""
    start = next((t.i for t in org if t.pos_ != "DET"), org.end)
    for end in range(min(start + 3, org.end - 1), start, -1):
        words = org.doc[start:end].text
        entry = gazetteer.demonym(words) or gazetteer.lookup(words)
        if entry is not None and entry.label == country.label and entry.cls is EntityClass.COUNTRY:
            return Span(org.doc, start, end, label=str(EntityClass.COUNTRY))
    return None


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
