"""Static relations of people and their places: "X of/from Y", "a native of Y", "the Y
native X", "born in Y", "her hometown of Y", "his home in Y" (livesIn, and the employer
or state served when Y is an organisation or the title's state)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kgraph.nlp.docmemo import with_lemmas, with_words
from kgraph.nlp.lexicon import Lexicon
from kgraph.nlp.relations import PLACES, Candidate, Mentions, cls_of
from kgraph.nlp.static_people import people_of, title_of
from kgraph.nlp.syntax import find_subject
from kgraph.nlp.static_spans import (
    NOUNS, left_named, nationality_class, org_at, person_at, place_at, pobjs, relative_antecedent, with_appos,
)
from kgraph.types import EntityClass, Relation

#: Nouns that make their person a resident of the place they name ("a native of X").
RESIDENT_NOUNS = frozenset({"native", "resident", "citizen", "inhabitant", "national", "villager", "townsman"})
#: Nouns naming a person's home place, whose possessor lives there ("her hometown of X").
HOME_NOUNS = frozenset({"hometown", "birthplace", "homeland", "home"})
#: Nouns of where a person lives, placed by a modifier or "in" ("his home in X").
RESIDENCE_NOUNS = frozenset({"home", "house", "residence", "apartment", "farm", "ranch"})
#: Nouns "home" compounds with into a home noun ("his home state").
HOME_KINDS = frozenset({"state", "town", "city", "country", "province", "village", "island", "region"})
#: Nouns of a stay abroad under protection: who is "in exile in X" or "sought asylum in X" lives in X.
EXILE_NOUNS = frozenset({"exile", "asylum", "sanctuary", "refuge"})
#: Verbs by which someone else gives the stay ("X granted Y asylum": X lives nowhere new; "Y was granted" does).
_EXILE_GIVERS = frozenset({"grant", "give", "offer", "force", "send", "drive"})
#: Verbs by which the stay is refused: no one lives there by it.
_EXILE_REFUSALS = frozenset({"deny", "refuse", "reject", "request"})
#: Prepositions linking a person or an organisation to a place or employer.
_PERSON_PREPS = ("of", "from", "in", "at", "with", "for")


def person_places(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """"X of/from/in Y", "X, 50, of Y", "X, a native of Y", "the Y native X", "X was born
    in Y", "Soviet historian X": a person's home (or employer, when Y is an organisation)."""
    for span in mentions.within(sent):
        tok = span.root
        person = person_at(tok, mentions)
        if person is None or tok.i != person.root.i:
            continue
        heads = [tok] + [
            c for c in tok.children
            if c.dep_ == "appos" and (c.pos_ == "NOUN" or c.pos_ == "PROPN" and cls_of(mentions.at(c) or c.doc[c.i : c.i]) in (None, EntityClass.GROUP))
        ]  # fmt: skip  ("X, a Republican from Chicago")
        # "Foreign Minister X of Y": the title before the name makes Y the state X serves
        titled = next((k for c in tok.subtree if c.i < person.start and (k := title_of(c, lex))), None)
        for head in heads:
            for prep, obj in pobjs(head, _PERSON_PREPS):
                for t in with_appos(obj):
                    place = place_at(t, mentions)
                    if place is not None and prep == "of" and head.i == tok.i and titled is not None and cls_of(place) is EntityClass.COUNTRY:
                        relation = Relation.LEADER_OF if titled == "leader" else Relation.WORKS_FOR
                        yield Candidate(relation, person, place, head, f"static:title:{titled}:state-of", 0.65)
                    elif place is not None and (prep == "from" or prep == "of" and title_of(head, lex) is None):
                        yield Candidate(Relation.LIVES_IN, person, place, head, f"static:person-{prep}", 0.65)
                    org = org_at(t, mentions)
                    if org is not None and prep != "in" and head.i == tok.i:
                        yield Candidate(Relation.WORKS_FOR, person, org, head, f"static:person-{prep}-org", 0.6)
        for head in heads[1:]:  # "X, a Netherlands businessman" (a title's state is its employer: titles())
            for _, place in left_named(head, mentions) if title_of(head, lex) is None else ():
                if cls_of(place) in PLACES:
                    yield Candidate(Relation.LIVES_IN, person, place, head, "static:appos-nationality", 0.6)
        if titled is None:
            for mod, place in left_named(tok, mentions, person.start):
                # "dissident Soviet historian X": a nationality qualifies a common noun; a
                # country name glued to the name ("... to North Korea X") is a misparse
                between = sent.doc[place.end : person.start]
                bodies = lex.org_nouns  # "the Russian Foreign Ministry X": the body's
                if any(t.lemma_.lower() in bodies for t in between):
                    continue
                if cls_of(place) in PLACES and (mod.ent_type_ == "NORP" or any(t.pos_ == "NOUN" for t in between)):
                    yield Candidate(Relation.LIVES_IN, person, place, tok, "static:person-nationality", 0.6)
    for noun in with_lemmas(sent, RESIDENT_NOUNS):
        if noun.pos_ not in NOUNS:
            continue
        places = [s for _, t in pobjs(noun, ("of", "in", "from")) for s in map(lambda x: place_at(x, mentions), with_appos(t)) if s]
        places += [s for _, s in left_named(noun, mentions) if cls_of(s) in PLACES]
        for person in people_of(noun, mentions):
            for place in places:
                yield Candidate(Relation.LIVES_IN, person, place, noun, "static:resident", 0.75)
    for verb in with_words(sent, ("born",)):
        subj = next((c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")), None)
        person = relative_antecedent(subj, verb, mentions) if subj is not None else None
        if person is None and verb.dep_ in ("acl", "relcl"):
            person = person_at(verb.head, mentions)
        if (person is None or cls_of(person) is not EntityClass.PERSON) and subj is not None:
            # "the 34th President of the United States, X, was born in Y": the name in apposition
            person = next((p for c in subj.children if c.dep_ == "appos" and (p := person_at(c, mentions))), person)
        if person is None or cls_of(person) is not EntityClass.PERSON:
            continue
        heads = [verb, *(c for c in verb.children if c.dep_ in ("oprd", "dobj"))]  # "was born Jane Roe in Y"
        places = [p for _, obj in (found for head in heads for found in pobjs(head, ("in",))) if (p := _birthplace(obj, mentions))]
        if verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.children):  # "Y, where X was born"
            places += [p] if (p := place_at(verb.head, mentions)) is not None else []
        for place in places:
            yield Candidate(Relation.LIVES_IN, person, place, verb, "static:born-in", 0.7)


def born_modifiers(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """"the Chicago-born writer X", "Illinois born X", "X, a British-born engineer": the
    place (or the state of the nationality) that qualifies "born" is where X was born,
    livesIn as "born in" says it."""
    doc = sent.doc
    for born in with_words(sent, ("born",)):
        at = born.i - 2 if born.i >= 2 and doc[born.i - 1].text == "-" else born.i - 1
        place = _place_ending(doc[at], mentions) if at >= sent.start else None
        if place is None:
            continue
        person = None
        for tok in doc[born.i + 1 : min(born.i + 5, sent.end)]:  # "born writer X": only the person's nouns between
            person = person_at(tok, mentions)
            if person is not None or tok.pos_ not in ("NOUN", "ADJ"):
                break
        if person is None and born.dep_ == "amod" and born.head.dep_ == "appos":  # "X, a British-born engineer"
            person = person_at(born.head.head, mentions)
        if person is not None and cls_of(person) is EntityClass.PERSON:
            yield Candidate(Relation.LIVES_IN, person, place, born, "static:born-modifier", 0.65)


def _place_ending(tok: Token, mentions: Mentions) -> Span | None:
    """The place whose name ends at ``tok`` ("Chicago" in "Chicago-born"), or the state a
    nationality word stands for ("British" in "British-born")."""
    place = place_at(tok, mentions)
    if place is not None:
        return place if place.end == tok.i + 1 else None
    if tok.pos_ in ("PROPN", "ADJ") and tok.is_title and nationality_class(tok.text) is EntityClass.COUNTRY:
        return Span(tok.doc, tok.i, tok.i + 1, label=str(EntityClass.COUNTRY))
    return None


def _birthplace(token: Token, mentions: Mentions) -> Span | None:
    """The place at ``token``; a birthplace written "Town, State" is one place name."""
    place = place_at(token, mentions)
    if place is None:
        return None
    doc = token.doc
    if place.end + 1 < len(doc) and doc[place.end].text == ",":
        outer = place_at(doc[place.end + 1], mentions)
        if outer is not None and outer.start == place.end + 1:
            return Span(doc, place.start, outer.end, label=place.label_)
    return place




def homes(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """"her hometown of X", "X, his home state", "X is Y's home town", "his native X",
    "his home in X", "X's New Jersey home": the possessor lives in the place (a pronoun
    is resolved later); not in a home a verb of leaving gives up ("fled his home in X")."""
    for noun in sent:
        if noun.pos_ not in NOUNS:
            continue
        lemma = noun.lemma_.lower()
        is_home = lemma in HOME_NOUNS - {"home"} or lemma in HOME_KINDS and any(
            c.dep_ in ("compound", "amod") and c.lower_ == "home" for c in noun.children
        )
        native = next((c for c in noun.children if c.dep_ == "amod" and c.lower_ == "native"), None)
        residence = lemma in RESIDENCE_NOUNS and not is_home
        if not is_home and native is None and not residence:
            continue
        if residence and noun.dep_ == "dobj" and noun.head.lemma_.lower() in lex.departure_verbs:
            continue  # "leaving behind his home in X": a home given up
        owner = next((mentions.at(c) for c in noun.children if c.dep_ == "poss"), None)
        if owner is None or cls_of(owner) not in (EntityClass.PERSON, None):
            continue
        places: list[Span] = []
        if residence:  # "his home in Larchmont", "X's New Jersey home"
            places += [p for _, t in pobjs(noun, ("in",)) if (p := place_at(t, mentions))]
            places += [p for c, p in left_named(noun, mentions) if c.dep_ != "poss" and cls_of(p) in PLACES]
        elif native is not None and not is_home:  # "his native South Carolina"
            places += [p] if (p := place_at(noun, mentions)) is not None else []
        else:
            places += [p for _, t in pobjs(noun, ("of",)) for x in with_appos(t) if (p := place_at(x, mentions))]
            if noun.dep_ == "appos":
                places += [p] if (p := place_at(noun.head, mentions)) is not None else []
            if noun.dep_ == "attr":
                subj = next((c for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                places += [p] if (p := place_at(subj, mentions)) is not None else []
        for place in places:
            yield Candidate(Relation.LIVES_IN, owner, place, noun, "static:home", 0.7)


def exiles(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """"X has lived in exile in Y", "X had to seek sanctuary in Y", "X was granted asylum in
    Y", "X took refuge in Y", "Y, where X has been in exile": X lives in Y (a pronoun is
    resolved later); not whoever grants, refuses or forces the exile ("Y granted X asylum")."""
    for noun in sent:
        if noun.lemma_.lower() not in EXILE_NOUNS or noun.pos_ != "NOUN" or noun.dep_ not in ("dobj", "pobj", "attr"):
            continue
        verb = noun.head.head if noun.dep_ == "pobj" else noun.head
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in _EXILE_REFUSALS or verb.lemma_.lower() in _EXILE_GIVERS and not any(
            c.dep_ == "nsubjpass" for c in verb.children
        ):  # fmt: skip
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None) or find_subject(verb)[0]
        person = relative_antecedent(subj, subj.head, mentions) if subj is not None else None
        if person is None and subj is not None and subj.pos_ == "PRON":
            person = mentions.at(subj)  # "He was granted asylum in X": resolved later
        if person is None or cls_of(person) not in (EntityClass.PERSON, None):
            continue
        places = [p for head in (noun, verb) for _, t in pobjs(head, ("in",)) if t.i != noun.i and (p := place_at(t, mentions))]
        if verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.children):
            places += [p] if (p := place_at(verb.head, mentions)) is not None else []  # "Y, where X has been in exile"
        for place in places:
            yield Candidate(Relation.LIVES_IN, person, place, noun, "static:exile", 0.65)

