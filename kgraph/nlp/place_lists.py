"""Names listed with places are places, and so are names a copula says are one: "Gojjam, Wollo, Shewa, and parts of Gondar",
"Kitshanga and Kilorirwe". The NER gives each name of such a list its own guess (a
person, an organisation); a name of the list that the gazetteer does not know takes the
place class the list's places have, where at least one of them is a town, a region or a
place and none is a state (a list of states may name an actor with them: "Iran and
Hezbollah"). Every mention of the name in the document follows (:mod:`class_votes`).

:func:`said_place`: "X is the closest town", "X is one of the areas where ...", "X is home to
several thousand people" say what X is: the place noun's class (a town for "home to")."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Span

from kgraph.gazetteer import Gazetteer
from kgraph.nlp.class_votes import decide_class
from kgraph.nlp.relations import cls_of
from kgraph.nlp.syntax import conjuncts, first_conjunct
from kgraph.types import EntityClass

#: Classes of the places a list gives its other names.
_PLACES = frozenset({EntityClass.CITY, EntityClass.REGION, EntityClass.PLACE})
#: The NER's guesses that a list of places corrects.
_GUESSES = frozenset({EntityClass.PERSON, EntityClass.ORGANIZATION})


def places_in_lists(spans: list[Span], gazetteer: Gazetteer) -> list[Span]:
    """``spans`` with each unknown person- or organisation-tagged name listed with places
    given their class."""
    by_root = {s.root.i: s for s in spans}
    out = {(s.start, s.end): s for s in spans}
    done: set[int] = set()
    for span in spans:
        head = first_conjunct(span.root)
        if head.i in done:
            continue
        done.add(head.i)
        # coordinated names only: an apposition is no list member ("the Pentagon, Washington": where the Pentagon is)
        members = [by_root[t.i] for t in conjuncts(head, ("conj",)) if t.i in by_root and t.pos_ == "PROPN"]
        listed = any(c.dep_ == "cc" for m in members for c in m.root.children)  # "X, Y and Z", not "the Pentagon, Washington"
        known = [gazetteer.lookup(m.text) for m in members]
        if len(members) < 2 or not listed or any(k is not None and k.cls is EntityClass.COUNTRY for k in known):
            continue  # a state in the list: it may list actors ("Iran and Hezbollah")
        named = {m.start: k.cls for m, k in zip(members, known) if k is not None and k.cls in _PLACES and cls_of(m) in _GUESSES}
        places = Counter(named.get(m.start) or cls_of(m) for m in members if named.get(m.start) or cls_of(m) in _PLACES)
        for m in members:  # "Kherson" tagged a person: the gazetteer's region
            if m.start in named:
                out[(m.start, m.end)] = Span(m.doc, m.start, m.end, label=str(named[m.start]))
        fixed = [m for m, k in zip(members, known) if k is None and _guessed(m)]
        guesses = sum(cls_of(m) in _GUESSES for m in fixed)
        if not places or len(members) - guesses <= guesses or sum(places.values()) + len(fixed) < len(members):
            continue  # places outnumber the names taken for people or bodies ("Obama, Putin and Kyiv"); no full name
        cls = places.most_common(1)[0][0]
        for member in fixed:
            out[(member.start, member.end)] = Span(member.doc, member.start, member.end, label=str(cls))
            decide_class(member, cls)
    return sorted(out.values(), key=lambda s: (s.start, -s.end))


def _guessed(span: Span) -> bool:
    """Whether the NER's class of an unknown name may be a list's guess: a state's (an
    unknown "state" is a town), an organisation's or a one-word person's (a full name is a
    person's, an acronym a body's)."""
    cls = cls_of(span)
    if not all(t.pos_ == "PROPN" for t in span) or span.text.isupper():
        return False  # an acronym names a body ("DPR and LPR")
    return cls in (EntityClass.COUNTRY, EntityClass.ORGANIZATION) or cls is EntityClass.PERSON and len(span) == 1


def said_place(span: Span, place_nouns: dict[str, str]) -> EntityClass | None:
    """The place class a copula gives the name it is said of: its complement a place noun
    ("X is the closest town"), "one of" a plural one ("X is one of a handful of areas"), or
    "home to" people ("X is home to 5,000 people"); ``None`` otherwise."""
    root = span.root
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_ != "be":
        return None
    for c in verb.children:
        if c.dep_ == "attr" and c.pos_ == "NOUN" and c.lower_ in place_nouns:
            return EntityClass(place_nouns[c.lower_])
        if c.dep_ == "attr" and c.lower_ == "one":  # "one of (a handful of) areas"
            nouns = [t for t in c.subtree if t.dep_ == "pobj" and t.tag_ == "NNS"]
            kinds = [place_nouns.get(t.lemma_.lower()) for t in nouns if t.lemma_.lower() in place_nouns]
            if kinds:
                return EntityClass(kinds[-1])
        if c.lower_ == "home" and any(g.lower_ == "to" for g in c.children):
            return EntityClass.CITY
    return None
