"""Leaders named by a bare title: "President Zelensky said", "Prime Minister Modi met";
their seconds too ("Vice President Harris", "Deputy Prime Minister X": worksFor).

News names a head of state or government by the office's title alone, with no state in
the phrase, and the reader knows the state. :func:`office_titles` asks the office holders'
data (:mod:`kgraph.office_holders`) which state's holder of the title's office bears the
name on the document's date, and states leaderOf that state when exactly one does. It
needs the title written right before the name; never the name alone, never a title whose
phrase names a state or body ("Ukrainian President X", "President X of Y" are the title
rules'), never a past or future holder's ("former President X", "then-Prime Minister X"),
never an undated document.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from spacy.tokens import Span, Token

from kgraph.nlp.lexicon import Lexicon
from kgraph.nlp.relations import Candidate, Mentions, cls_of
from kgraph.nlp.static_people import SUBORDINATE_WORDS, title_extent, titles_in
from kgraph.nlp.static_spans import left_named, named, person_at
from kgraph.office_holders import SECOND_OFFICES, office_holders, office_of  # the data is read at the first question
from kgraph.types import EntityClass, Relation

#: Words that make a title a second's ("Vice President", "First Deputy Prime Minister").
_SECOND_WORDS = SUBORDINATE_WORDS | {"first", "co"}
#: Words before a title that make its holder a past or a coming one.
NOT_IN_OFFICE = frozenset({"former", "ex", "late", "then", "outgoing", "incoming", "future", "would-be", "elect",
                           "designate", "acting", "interim", "caretaker", "previous", "deposed", "ousted", "exiled"})  # fmt: skip


def office_titles(sent: Span, mentions: Mentions, lex: Lexicon, day: dt.date | None) -> Iterator[Candidate]:
    """leaderOf (worksFor for a second's office) the one state whose holder of a bare title's
    office on ``day`` bears the name right after the title (an honorific between: "Prime Minister Mr X"); the candidate's
    object span is the title (the words that tell the state) and its ``known_object`` the
    state's gazetteer label."""
    if day is None:
        return
    doc = sent.doc
    for noun, _ in titles_in(sent, lex):
        if mentions.at(noun) is not None:
            continue  # a title inside a name ("President X" tagged whole, "the King Abdullah II Bridge")
        lo, hi = title_extent(noun, lex)
        while lo > sent.start and (doc[lo - 1].lower_ in _SECOND_WORDS or doc[lo - 1].text == "-" and lo - 1 > sent.start):
            lo -= 1  # "Vice President", "First Deputy Prime Minister", "Vice-President"
        if doc[lo].text == "-":
            lo += 1
        if hi != noun.i + 1 or not (offices := office_of(doc[lo:hi].text)) or _not_in_office(doc, lo, hi, sent.start):
            continue
        start = hi
        while start < sent.end - 1 and doc[start].lower_.rstrip(".") in lex.honorifics:
            start += 1  # "Prime Minister Mr X", "President Gen. X"
        person = person_at(doc[start], mentions) if start < sent.end else None
        for person in [person] if person is not None and person.start == start else _untagged(doc, start, sent.end, mentions, lex):
            if cls_of(person) is not EntityClass.PERSON or _state_named(noun, person, mentions, lo):
                continue
            found = {office: office_holders().states_holding(person.text, office, day) for office in offices}
            states = set().union(*found.values())
            if len(states) != 1:
                continue
            state = states.pop()
            for relation in {Relation.WORKS_FOR if o in SECOND_OFFICES.values() else Relation.LEADER_OF for o, s in found.items() if s}:
                yield Candidate(relation, person, doc[lo:hi], noun, "static:title:office-holder", 0.7, known_object=state)


def _not_in_office(doc, lo: int, hi: int, sent_start: int) -> bool:
    """"former President", "ex-President", "then-Prime Minister", "President-elect"."""
    before = [t.lower_ for t in doc[max(sent_start, lo - 3) : lo] if t.text not in ("-", "–")]
    after = doc[hi : hi + 2].text.lower()
    return bool(before) and before[-1] in NOT_IN_OFFICE or after.startswith(("-elect", "-designate"))


def _untagged(doc, start: int, end: int, mentions: Mentions, lex: Lexicon) -> list[Span]:
    """"Chancellor Scholz flew ...", with "Scholz" left untagged or tagged an organisation by
    the NER: one to three capitalised proper nouns right after the title, in no person's or
    place's mention and none a noun of places or bodies ("King Hussein Bridge"), as a person
    (the office holders' data must still know the name)."""
    stop = start
    while stop < end and stop - start < 3 and doc[stop].pos_ == "PROPN" and doc[stop].is_title:
        found = mentions.at(doc[stop])
        if found is not None and cls_of(found) is not EntityClass.ORGANIZATION or doc[stop].ent_type_ in ("GPE", "NORP", "LOC"):
            return []
        if doc[stop].lower_ in lex.all_body_nouns or doc[stop].lower_ in lex.place_nouns:
            return []
        stop += 1
    if stop < end and doc[stop].pos_ == "PROPN":
        return []  # the name goes on ("King Abdullah II Bridge"): not one of these words alone
    return [Span(doc, start, stop, label=str(EntityClass.PERSON))] if stop > start else []


def _state_named(noun: Token, person: Span, mentions: Mentions, lo: int) -> bool:
    """A name in the title's phrase: a modifier of the title or of the name ("Ukrainian
    President X", "Ukraine's President X"), a mention right before the title, or "of" and a
    name right after the holder's ("President X of Y"; not "accusing President X of fraud")."""
    doc = noun.doc
    if any(True for _ in left_named(noun, mentions)) or any(True for _ in left_named(person.root, mentions, person.start)):
        return True
    before = doc[lo - 1] if lo > 0 else None
    if before is not None and (before.tag_ == "POS" or (before.pos_ == "PROPN" or before.ent_type_) and named(before, mentions)):
        return True
    after = person.end + 1 + (person.end + 1 < len(doc) and doc[person.end + 1].lower_ == "the")
    return person.end < len(doc) and doc[person.end].lower_ == "of" and after < len(doc) and named(doc[after], mentions) is not None
