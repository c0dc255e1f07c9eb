"""Static relations of places and organisations: "X in Y", "X is located in Y" and "parts
of Y, including X" (locatedIn; "Town, State" chains are :mod:`kgraph.nlp.place_chains`'s),
"the Paris-based X", "X in Y", "Y's X" (partOf). A dateline's place is where a story was
filed, not a seat: :mod:`kgraph.nlp.furniture` keeps datelines out of every relation."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kgraph.nlp.docmemo import texts, with_lemmas, with_words
from kgraph.nlp.event_args import named_place
from kgraph.nlp.place_args import included_places
from kgraph.nlp.place_chains import adjacent_in, comma_outer
from kgraph.nlp.lexicon import Lexicon
from kgraph.nlp.relations import PLACES, Candidate, Mentions, cls_of, direct_objects
from kgraph.nlp.verb_args import coordinated_actors
from kgraph.nlp.static_spans import (
    ACTOR_ORGS, left_named, named, named_positions, named_roots, org_at, person_at, place_at, pobjs,
    relative_antecedent, with_appos,
)  # fmt: skip
from kgraph.resolve import STATE_HEADS
from kgraph.types import EntityClass, Relation

_ORG_PREPS = ("in", "of", "from", "at")


def _named_state(tok: Token, mentions: Mentions) -> Span | None:
    """The state a noun of statehood names with its "of": "the Gulf Emirate of Qatar",
    "the Principality of Liechtenstein" are Qatar and Liechtenstein, not places of their own."""
    if tok.lower_ not in STATE_HEADS:
        return None
    return next((s for _, o in pobjs(tok, ("of",)) if (s := place_at(o, mentions)) is not None and cls_of(s) is EntityClass.COUNTRY), None)


def place_preps(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """"X in Y" and "X, in Y" (X a place or facility), "X, an island nation in Y",
    "X, the capital of Y", "X, Y's second-largest city", "Y's X", "Soviet Armenia"."""
    for tok, inner in named_roots(sent, mentions, place_at):
        heads = [tok] + [c for c in tok.children if c.dep_ == "appos" and c.pos_ == "NOUN" and not _office(c, lex)]
        for head in heads:
            for _, obj in pobjs(head, ("in",)):
                for t in with_appos(obj):
                    outer = _named_state(t, mentions) or place_at(t, mentions) or named_place(t, mentions, lex)  # "in the city of Y"
                    for o in (outer, comma_outer(outer, mentions)) if outer is not None else ():
                        if o is not None:  # "X in Aiken, S.C.": in both
                            yield Candidate(Relation.LOCATED_IN, inner, o, head, "static:place-in", 0.65)
            if head is not tok and head.lower_ in lex.place_nouns:  # "X, the capital of Y", "X, Y's largest city"
                owners = [t for _, t in pobjs(head, ("of",))] + [c for c in head.children if c.dep_ == "poss"]
                for t in owners:
                    outer = _named_state(t, mentions) or place_at(t, mentions)
                    if outer is not None:
                        yield Candidate(Relation.LOCATED_IN, inner, outer, head, "static:place-of", 0.65)
        if tok.dep_ == "appos" and tok.head.pos_ == "NOUN":  # "Bosnia's capital, Sarajevo"
            for c in tok.head.children:
                outer = place_at(c, mentions) if c.dep_ == "poss" else None
                if outer is not None:
                    yield Candidate(Relation.LOCATED_IN, inner, outer, tok.head, "static:place-poss-appos", 0.65)
        for c, outer in left_named(tok, mentions, inner.start):
            if outer.start > sent.start and sent.doc[outer.start - 1].lower_ in ("and", "or", "&"):
                continue  # "Jammu and Kashmir's Kathua district": the owner is the whole coordinated name
            if cls_of(outer) in PLACES and c.dep_ in ("poss", "compound", "amod"):
                yield Candidate(Relation.LOCATED_IN, inner, outer, c, "static:place-modifier", 0.6)
        outer = adjacent_in(inner, sent, mentions)
        if outer is not None and cls_of(inner) is not EntityClass.COUNTRY:  # a parsed "X in Y" is kept once
            for o in (outer, comma_outer(outer, mentions)):
                if o is not None:
                    yield Candidate(Relation.LOCATED_IN, inner, o, sent.doc[inner.end], "static:place-next-in", 0.6)


#: Compass words that may stand between "in" and a place ("in eastern Sudan").
#: Nouns naming an organisation's seat: "X headquarters in Y", "X's offices in Y".
SEAT_NOUNS = frozenset({"headquarters", "headquarter", "head office", "office", "seat", "base", "campus"})


def org_places(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """"X in/of/from Y", "the Y-based X", "X, based in Y", "X, a Y construction firm",
    "the Y company X" (basedIn); "Y's X", "X, Y's state airline", "the Y defence ministry" (partOf)."""
    for tok, org in named_roots(sent, mentions, org_at):
        heads = [tok] + [c for c in tok.children if c.dep_ == "appos" and c.pos_ == "NOUN" and not _office(c, lex)]
        if tok.dep_ == "appos" and tok.head.pos_ == "NOUN" and named(tok.head, mentions) is None:
            heads.append(tok.head)  # "the airline, X"
        if org.end < len(sent.doc) and sent.doc[org.end].text == ",":
            # "X, Y's state airline," parsed as a coordination: an apposition all the same
            heads += [c for c in tok.children if c.dep_ == "conj" and c.pos_ == "NOUN" and not any(k.dep_ == "cc" for k in tok.children)]
        if (
            tok.dep_ in ("nmod", "compound", "poss") and tok.head.pos_ == "NOUN"
            and (tok.head.lemma_.lower() in lex.organization_nouns or tok.head.lemma_.lower() in SEAT_NOUNS)
            and named(tok.head, mentions) is None
            and (org.root.pos_ == "PROPN" or tok.head.lemma_.lower() not in SEAT_NOUNS)  # "the army's headquarters in X": a base
        ):  # fmt: skip
            heads.append(tok.head)  # "the Channel X station in Y", "NRC headquarters in Y"
        for c in tok.lefts:  # "the Chilean company X": the noun is a compound of the name
            if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < org.start:
                heads.append(c)
        for head in heads:
            for prep, obj in pobjs(head, _ORG_PREPS):
                if _nearer_holder(head, obj.head, lex):
                    continue  # "the army and members of Y": the "of" phrase is the members'
                if _past_other_names(org, obj.head, mentions):
                    continue  # "including X, ..., and Z in Y": the parse hung the phrase of a list's last name on its first
                for t in with_appos(obj):
                    target = named(t, mentions) or named_place(t, mentions, lex)  # "X in the town of Y"
                    if target is None:
                        continue
                    if prep == "in" and head.i == tok.i and military(org, lex) and cls_of(target) is EntityClass.COUNTRY:
                        continue  # "the Russian army in Syria": where forces are, not a seat (a fleet's port may be)
                    if prep == "in" and head.i == tok.i and _says(org, lex.event_nouns):
                        continue  # "the NATO Summit in The Hague": where an event is held, no seat
                    if prep in ("in", "of") and head.i == tok.i and _name_goes_on(org, t):
                        continue  # "Islamic State in the Greater Sahara (ISGS)": one name, cut at its "in" or "of"
                    if prep == "in" and (head.i == tok.i or tok.dep_ == "appos" and head.i == tok.head.i) and _acted_on(head):
                        continue  # "operations against (the movement) Hezbollah in Lebanon": where it is fought, no seat
                    if prep == "in" and head.i == tok.i and _thing_of(tok, lex):
                        continue  # "a checkpoint of X in Y", "the sidelines of X in Y": the checkpoint's place, no seat
                    if cls_of(target) in PLACES and prep != "of" or cls_of(target) in PLACES and head.i != tok.i:
                        yield Candidate(Relation.BASED_IN, org, target, head, f"static:org-{prep}", 0.65)
                    elif cls_of(target) in ACTOR_ORGS and prep == "of":
                        yield Candidate(Relation.PART_OF, org, target, head, "static:org-of", 0.6)
            limit = org.start if head.i == tok.i else head.i
            for c, target in left_named(head, mentions, limit):
                if c.head.pos_ == "VERB":
                    continue  # "the Western-backed X", "the Saudi-led coalition": who backs or leads it, not where it is
                faction = head.i != tok.i and _faction(head, lex)  # "Colombia's guerrilla group X", "Y's monopoly X": seated, no body of it
                if c.dep_ == "poss" and cls_of(target) in ACTOR_ORGS and (head.i != tok.i or _state_body(org, lex)) and not faction:
                    yield Candidate(Relation.PART_OF, org, target, c, "static:org-poss", 0.65)
                elif cls_of(target) is EntityClass.COUNTRY and civil_body(org, lex):  # "an Israeli Defense Ministry spokeswoman"
                    yield Candidate(Relation.PART_OF, org, target, c, "static:org-body", 0.65)
                elif c.dep_ == "poss" and cls_of(target) is EntityClass.COUNTRY:  # "Germany's Rheinmetall": a firm there
                    yield Candidate(Relation.BASED_IN, org, target, c, "static:org-poss-seat", 0.65)
                elif cls_of(target) in PLACES:
                    yield Candidate(Relation.BASED_IN, org, target, c, "static:org-modifier", 0.65)
            for c in head.lefts:  # "the Paris-based X"
                if c.lower_ == "based" or c.lower_.endswith("-based"):
                    for m in c.lefts:
                        target = place_at(m, mentions)
                        if target is not None:
                            yield Candidate(Relation.BASED_IN, org, target, c, "static:based", 0.75)


def _nearer_holder(head: Token, prep: Token, lex: Lexicon) -> bool:
    """A conjunct of ``head`` between it and ``prep`` that is a title or a group of people
    ("the military and members of Y", "X and leaders of Y"): the parser hung the
    preposition on the first conjunct, but it completes the nearer title."""
    return any(
        c.dep_ == "conj" and head.i < c.i < prep.i and c.lemma_.lower() in lex.titles | lex.group_nouns for c in head.children
    )


#: How many words a place phrase may stand after a name and other names, and still be read as its.
_LIST_REACH = 10


def _past_other_names(org: Span, prep: Token, mentions: Mentions) -> bool:
    """Whether a preposition stands more than :data:`_LIST_REACH` words after a name, with
    another organisation's name between them ("defense corporation X, ..., engine maker Z
    and plant W in Y"): in a list the phrase is the nearer name's, whatever the parse."""
    if prep.i - org.end <= _LIST_REACH:
        return False
    between = (mentions.at(t) for t in org.doc[org.end : prep.i])
    return any(m is not None and m.start >= org.end and cls_of(m) is EntityClass.ORGANIZATION for m in between)


#: Prepositions whose object an act is done to or by ("strikes on X", "held by X").
_ACT_PREPS = frozenset({"against", "on", "by", "between"})


def _acted_on(tok: Token) -> bool:
    """Whether a name (or a conjunct of it) is what an act targets or who does it
    ("operations against X in Y", "strikes on X and Z in Y", "held by X in Y"): the "in"
    phrase then says where the act is, not where X is seated."""
    while tok.dep_ == "conj":
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ in _ACT_PREPS


def _name_goes_on(org: Span, place: Token) -> bool:
    """Whether "<org> in <place>" (or "of") is one name the NER cut at its "in" ("Islamic
    State in the Greater Sahara", "the African Transition Mission in Somalia (ATMIS)", "the
    Communist Party of the Philippines (CPP)"): the document writes the initials of all its
    capitalised words as one word ("ISGS", "AQAP"), or an acronym in brackets follows the
    whole phrase."""
    doc, end = org.doc, place.right_edge.i + 1
    for i in (place.i + 1, place.i - 1):  # "... Somalia (ATMIS)", or the bracketed acronym itself
        if 0 <= i and i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
            short = doc[i + 1]  # "(ATMIS)", "(Minusca)": a word of its own, no place
            if len(short) >= 3 and short.is_alpha and short.text[0].isupper() and short.ent_type_ not in ("GPE", "LOC", "NORP"):
                return True
    words = [t for t in doc[org.start : end] if t.is_title or t.is_upper]
    initials = "".join(part[0] for t in words for part in t.text.split("-") if part[:1].isupper())
    return len(initials) >= 3 and initials in texts(doc)


def _thing_of(tok: Token, lex: Lexicon) -> bool:
    """Whether a name hangs by "of" or "to" on a common noun that is no seat, body or title
    ("a checkpoint of X in Y", "on the sidelines of X in Y", "a statement to X in Y"): the
    "in" phrase then places that thing, not X ("the headquarters of X in Y", "members of X
    in Y", "the head of X in Y" do seat X)."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("of", "to") or tok.head.head.pos_ != "NOUN":
        return False
    noun = tok.head.head.lemma_.lower()
    kept = (SEAT_NOUNS, lex.organization_nouns, lex.titles, lex.group_nouns, lex.part_nouns, lex.body_nouns)
    return not any(noun in words for words in kept)


def _office(noun: Token, lex: Lexicon) -> bool:
    """A title ("X, owner of Y", "X, host of Y"): what X holds at Y, not a part of Y it is
    ("X, a member of Y" is the parts rule's)."""
    return noun.lemma_.lower() in lex.titles


def _says(org: Span, nouns: frozenset[str]) -> bool:
    """Whether one of an organisation's own words is one of ``nouns``, also in the plural
    the tagger leaves unlemmatised in a name ("Revolutionary Guards")."""
    return any(t.lemma_.lower() in nouns or t.lower_ in nouns or t.lower_.removesuffix("s") in nouns for t in org)


def military(org: Span, lex: Lexicon) -> bool:
    """An armed force ("the U.S. military", "Russian forces", "the 5th Army")."""
    return _says(org, lex.military_org_nouns)


def _state_body(org: Span, lex: Lexicon) -> bool:
    """Whether an organisation's own words say it is a body of an organisation or state
    ("Foreign Ministry", "the army", "Channel One station"), not a firm's bare name."""
    return _says(org, lex.all_body_nouns)


def civil_body(org: Span, lex: Lexicon) -> bool:
    """Whether an organisation's head word names a state's civil body ("the defence
    ministry", "the Moldovan police", "Secretariat of Defence Industries", "Yonhap News
    Agency"): the state its opening words or possessor name is what it is part of, as the
    annotation conventions have it, not a place it is seated in (its seat is a city). The
    head word of "X of Y" is X's, whatever the parse."""
    head = next((t.nbor(-1) for t in org[1:] if t.lower_ == "of"), org.root)
    return head.lemma_.lower() in lex.civil_body_nouns or head.lower_ in lex.civil_body_nouns


def _faction(noun: Token, lex: Lexicon) -> bool:
    """A group noun, or a noun a faction word qualifies ("the guerrilla group", "a rebel
    movement"): a country's faction is seated in it, not a body of the state; and so is a
    kind of firm ("Y's nuclear power monopoly X", "Y's energy giant X": lexicon
    ``producer_nouns``, ``outfit_nouns``)."""
    lemma = noun.lemma_.lower()
    return lemma == "group" or lemma in lex.producer_nouns or lemma in lex.outfit_nouns or any(
        c.lemma_.lower() in lex.faction_nouns for c in noun.lefts
    )  # fmt: skip


def possessed_orgs(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """"X's party", "X's union" (worksFor); "the Y headquarters in Z", "X has its
    headquarters in Z", "X's headquarters are located in Z" (basedIn)."""
    doc, named_at = sent.doc, set(named_positions(sent, mentions))
    for i in sorted(named_at.union(t.i for t in with_lemmas(sent, SEAT_NOUNS))):
        tok = doc[i]
        org = org_at(tok, mentions) if i in named_at else None
        if org is not None and tok.i == org.root.i:
            for c in tok.lefts:
                person = person_at(c, mentions) if c.dep_ == "poss" else None
                if person is not None:
                    yield Candidate(Relation.WORKS_FOR, person, org, c, "static:person-poss-org", 0.6)
        if tok.lemma_.lower() in SEAT_NOUNS and tok.pos_ == "NOUN":
            owners = [s for c in tok.lefts if c.dep_ in ("compound", "poss") and (s := _seat_owner(c, mentions, lex))]
            # a named organisation's seat; "the army's headquarters in X" is one of its bases
            subject = next((c for c in tok.head.children if c.dep_ == "nsubj"), None) if tok.dep_ == "attr" else None
            place = place_at(subject, mentions) if subject is not None and tok.head.lemma_ in ("be", "become", "remain") else None
            for owner in owners if place is not None else ():  # "X became the Y's main headquarters"
                yield Candidate(Relation.BASED_IN, owner, place, tok, "static:headquarters", 0.7)
            seats = [p for _, obj in _seat_places(tok, owners, mentions) for t in with_appos(obj) if (p := place_at(t, mentions))]
            if not seats and owners:  # "at NRC headquarters in nearby Y", the "in" hung on the briefing: read off the words
                seats = [p] if (p := adjacent_in(sent.doc[tok.i : tok.i + 1], sent, mentions)) is not None else []
            seats += [outer for p in seats if (outer := comma_outer(p, mentions)) is not None and outer not in seats]
            for place in seats:
                for owner in owners:
                    yield Candidate(Relation.BASED_IN, owner, place, tok, "static:headquarters", 0.7)


def _seat_owner(owner: Token, mentions: Mentions, lex: Lexicon) -> Span | None:
    """The named organisation whose seat a seat noun's modifier says: the name itself ("NRC
    headquarters", "the PKK's headquarters"), or the name an organisation noun is
    compounded with ("the PKK terrorist organization's headquarters")."""
    span = org_at(owner, mentions)
    if span is None and owner.lemma_.lower() in lex.organization_nouns:
        span = next((s for c in owner.lefts if c.dep_ in ("compound", "nmod") and (s := org_at(c, mentions))), None)
    return span if span is not None and span.root.pos_ == "PROPN" else None


#: Verbs whose subject has the seat that is their object ("X has its headquarters in Y").
_SEAT_HOLDING_VERBS = frozenset({"have", "keep", "maintain"})


def _seat_places(seat: Token, owners: list[Span], mentions: Mentions) -> list[tuple[Token, Token]]:
    """Where a seat noun puts its owner: "X's headquarters in Y", "X's headquarters are
    (located) in Y", "X's headquarters, located in Y"; and with the owner then the subject
    of a verb of having ("X has its headquarters in Y"), which ``owners`` takes in."""
    out = list(pobjs(seat, ("in", "at")))
    verb = seat.head if seat.dep_ in ("nsubj", "nsubjpass", "dobj") and seat.head.pos_ in ("VERB", "AUX") else None
    if verb is not None and seat.dep_ == "dobj" and not owners and verb.lemma_.lower() in _SEAT_HOLDING_VERBS:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        holder = org_at(subject, mentions) if subject is not None and any(c.dep_ == "poss" for c in seat.children) else None
        owners += [holder] if holder is not None and holder.root.pos_ == "PROPN" else []
    if verb is not None and (seat.dep_ != "dobj" or verb.lemma_.lower() in _SEAT_HOLDING_VERBS):
        out += list(pobjs(verb, ("in", "at")))
        out += [po for c in verb.children if c.dep_ == "acomp" or c.lemma_ in ("locate", "base") for po in pobjs(c, ("in", "at"))]
    out += [po for c in seat.children if c.dep_ == "acl" and c.lemma_ in ("locate", "base") for po in pobjs(c, ("in", "at"))]
    return out


def parts(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """"X is (a) part of Y", "X, part of Y,", "X is the region which was part of Y": a place
    lies in Y (locatedIn); an organisation belongs to Y (partOf). "X is a member of Y",
    "X, a member of Y", "X and Y, both members of Z": a state or organisation belongs to
    the organisation Y (partOf)."""
    for tok in with_lemmas(sent, ("part", "member")):
        lemma = tok.lemma_.lower()
        if tok.pos_ != "NOUN":
            continue
        outers = [s for _, t in pobjs(tok, ("of",)) if (s := named(t, mentions)) is not None]
        if not outers:
            continue
        inner = None
        if tok.dep_ == "appos":
            inner = named(tok.head, mentions)
        elif tok.dep_ == "attr":
            inner = _copula_subject(tok.head, mentions)
        if inner is None:
            continue
        for outer in outers:
            if lemma == "member":  # "X, Y and Z, all members of W": each of them
                members = coordinated_actors(tok.head, mentions) if tok.dep_ == "appos" and tok.lower_ == "members" else [inner]
                for member in members or [inner]:
                    if cls_of(member) in ACTOR_ORGS and cls_of(outer) is EntityClass.ORGANIZATION:
                        yield Candidate(Relation.PART_OF, member, outer, tok, "static:member-of", 0.65)
            elif cls_of(inner) in PLACES and cls_of(outer) in PLACES:
                yield Candidate(Relation.LOCATED_IN, inner, outer, tok, "static:part-of", 0.65)
            elif cls_of(inner) is EntityClass.ORGANIZATION and cls_of(outer) in ACTOR_ORGS:
                yield Candidate(Relation.PART_OF, inner, outer, tok, "static:part-of", 0.65)


def included(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """"swathes of Y, including the capital, Z", "20 percent of Y, including the Z region":
    each place the "including" phrase lists lies in the place the part it lists from is of
    (the phrase hung on that noun, or on the verb whose object it is)."""
    for tok in with_words(sent, ("including",)):
        if tok.dep_ != "prep":
            continue
        head = tok.head
        nouns = [head] if head.pos_ == "NOUN" else [o for o in direct_objects(head) if o.i < tok.i] if head.pos_ == "VERB" else []
        containers = [s for n in nouns for _, o in pobjs(n, ("of",)) if (s := place_at(o, mentions)) is not None]
        for place in included_places(tok, mentions, lex) if containers else ():
            if place != containers[0]:
                yield Candidate(Relation.LOCATED_IN, place, containers[0], tok, "static:place-including", 0.6)


#: Verbs that say where a place lies ("X is located in Y", "X, situated in Y", "X lies in Y").
LYING_VERBS = frozenset({"locate", "situate", "lie"})


def lying_places(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """"X is located in Y", "X lies in northern Y", "X, situated in Y", "X, which lies in Y",
    "X, located 40 km south of Z in Y": the place X lies in Y (the "in" on the verb, or
    after a distance phrase the verb governs)."""
    for verb in with_lemmas(sent, LYING_VERBS):
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        inner = relative_antecedent(subj, verb, mentions) if subj is not None else None
        if subj is None and verb.dep_ == "acl":
            inner = place_at(verb.head, mentions) or named_place(verb.head, mentions, lex)  # "the town of X, located in Y"
        if inner is None or cls_of(inner) not in (EntityClass.CITY, EntityClass.REGION, EntityClass.PLACE):
            continue
        distance = [t for c in verb.children if c.dep_ in ("advmod", "npadvmod") for t in c.subtree]
        preps = [c for c in (verb, *distance) for c in c.children if c.dep_ == "prep" and c.lower_ in ("in", "within")]
        outers = [place_at(o, mentions) or named_place(o, mentions, lex) for p in preps for o in p.children if o.dep_ == "pobj"]
        outer = next((o for o in outers if o is not None and o != inner), None)
        if outer is not None:
            yield Candidate(Relation.LOCATED_IN, inner, outer, verb, "static:place-lies", 0.65)


def _copula_subject(copula: Token, mentions: Mentions) -> Span | None:
    """Who "is" something: the named subject, or through "which" the noun the clause
    describes, or through "X is the region which ..." the X that noun is said of."""
    subj = next((c for c in copula.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    if subj.lower_ not in ("which", "that", "who"):
        return named(subj, mentions)
    noun = copula.head if copula.dep_ == "relcl" else None
    if noun is None:
        return None
    span = named(noun, mentions)
    if span is None and noun.dep_ == "attr":
        span = _copula_subject(noun.head, mentions)
    return span
