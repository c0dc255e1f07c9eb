"""Places said with a place noun, and relations such shapes state.

- "<Name> region", "the Kharkiv oblast", "Tahrir Square": the name and the place noun are
  one mention of the noun's class (lexicon ``place_nouns``), whatever the NER took the
  name for, and so is a whole name the NER tagged an organisation that a feature of the
  land ends ("the Ocala National Forest"), or a person that a region's noun ends ("Cameron
  Parish");
- "the Ukrainian port of Odesa", "the city of Donetsk": the complement of a place noun's
  "of" is a place of that class, and so are the names coordinated before a plural place
  noun or in apposition after it ("Y's X and Z states", "the towns X and Z"), which lie in
  its possessor;
- a name the gazetteer knows as a place is that place where the sentence treats it as
  one ("attacked Kharkiv", "in Kursk"), though the NER took it for a person or a thing,
  and so is any name glued to "-based" ("the Falls Church-based X");
- "Russian-controlled Donetsk", "the Russia-controlled city of X": X occupied by the
  state named before "-controlled" (lexicon ``control_participles``); "X was under Y's
  control", "X came under Russian control", "X fell into the hands of Y", "X, which was
  under Y's control": X occupied by Y;
- "the <demonym> port of X", "X, a <demonym> region": X located in the demonym's country.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.strings import get_string_id
from spacy.symbols import NOUN
from spacy.tokens import Doc, Span, Token

from kgraph.gazetteer import Gazetteer
from kgraph.nlp.docmemo import columns, lemmas, lowers, with_words
from kgraph.nlp.place_args import PLACE_ACTS, described_place
from kgraph.nlp.lexicon import Lexicon
from kgraph.nlp.mentions import ordinal_before
from kgraph.nlp.relations import ACTORS, PLACES, Candidate, Mentions, cls_of
from kgraph.nlp.class_votes import decide_class
from kgraph.nlp.syntax import conjuncts, find_subject
from kgraph.types import EntityClass, EntityRef, Relation

#: Prepositions whose complement is a place when the gazetteer knows it as one.
PLACE_PREPOSITIONS = frozenset({"in", "into", "to", "near", "from", "outside", "around", "across", "toward", "towards"})
_NAME_TYPES = frozenset({"ORG", "PERSON", "NORP", "PRODUCT", "EVENT", "LAW", "WORK_OF_ART"})
#: Places that lie on land: a town, a province or a state is on a sea's coast, never in it.
LAND_CLASSES = frozenset({EntityClass.CITY, EntityClass.REGION, EntityClass.COUNTRY})


def in_water(inner: EntityClass, outer_label: str, lex: Lexicon) -> bool:
    """Whether "X lies in Y" would put a town, a province or a state inside a sea ("Yemen's
    Red Sea port of Hodeida", "off Palawan in the West Philippine Sea"): only an island, a
    reef or a shoal (a ``Place``) lies in one ("Second Thomas Shoal in the South China Sea")."""
    words = outer_label.lower().split()
    return inner in LAND_CLASSES and bool(words) and words[-1] in lex.water_nouns


def hosted(guest: EntityRef, host: EntityRef, place: EntityRef, homes: dict[str, EntityRef], gaz: Gazetteer) -> bool:
    """Whether "guest met host in place" is the guest's visit: the place is (or lies in) the
    state the host leads, serves or lives in, and the guest's own state is another one."""
    host_state, guest_state = (r if r.cls is EntityClass.COUNTRY else homes.get(r.iri) for r in (host, guest))
    if host_state is None or guest_state is None or host_state.iri == guest_state.iri:
        return False
    entry = gaz.get(place.label, place.cls) if place.cls is not EntityClass.COUNTRY else None
    where = place.label if place.cls is EntityClass.COUNTRY else entry.country if entry is not None else None
    return where is not None and where == host_state.label


_REPLACEABLE = frozenset({EntityClass.PERSON, EntityClass.ORGANIZATION, EntityClass.MATERIEL, EntityClass.PLACE,
                          EntityClass.EVENT, EntityClass.COUNTRY, EntityClass.CITY})  # fmt: skip


def place_mentions(doc: Doc, spans: list[Span], gaz: Gazetteer, lex: Lexicon) -> list[Span]:
    """``spans`` with names that a place noun or the sentence makes places re-read."""
    by_root = {s.root.i: s for s in spans}
    out: dict[tuple[int, int], Span] = {(s.start, s.end): s for s in spans}
    lower, lemma, nouns = lowers(doc), lemmas(doc), lex.place_nouns
    for i in [i for i, (w, m) in enumerate(zip(lower, lemma)) if w in nouns or m in nouns]:  # no place noun, no place
        noun = doc[i]
        place = lex.place_nouns.get(noun.lower_) if noun.pos_ in ("NOUN", "PROPN") else None
        if place is None and noun.tag_ == "NNS":  # "the ports of X and Y": each a port
            place = lex.place_nouns.get(noun.lemma_.lower())
            named = None
            for name in _plural_names(noun, by_root, gaz) if place is not None else ():  # "X and Y states", "the towns X"
                out[(name.start, name.end)] = Span(doc, name.start, name.end, label=place)
                decide_class(out[(name.start, name.end)], EntityClass(place))
        elif place is None or noun.ent_type_ in _NAME_TYPES and not _place_head(noun, place):
            continue  # "Islamic State": the NER read the noun as part of another kind of name
        else:
            named = _name_before(noun, by_root)
        if place is None:
            continue
        if noun.ent_type_ in ("GPE", "LOC") and noun.i + 1 < len(doc) and doc[noun.i + 1].ent_iob_ == "I":
            continue  # "the Democratic Republic of Congo": the noun is inside a longer place name
        if named is not None and place == str(EntityClass.COUNTRY) and _where_it_lies(named, gaz):
            continue  # "the Indian Ocean nation", "the Gulf state": a state described by where it lies
        if named is not None and _settlement_of(noun, lex) is not None:  # "the Donetsk town of X"
            out[(named.start, named.end)] = _container(named, gaz)  # where the town lies, not its name
            named = None
        if named is not None and cls_of(named) in _REPLACEABLE | {None}:  # "the Kursk region"
            if _territorial(noun, place, lex) and gaz.lookup(named.text) is None:
                decide_class(named, EntityClass(place))  # "the Mahbes area": every bare "Mahbes" is that place
            out.pop((named.start, named.end), None)
            for key in [k for k, s in out.items() if s.root.i == noun.i and s.end == noun.i + 1]:
                out.pop(key)  # the place noun alone, or its phrase read as a common noun's
            start = named.start - 1 if ordinal_before(doc, named.start, noun.i + 1) else _hyphened_start(doc, named.start)
            for key in [k for k in out if start <= k[0] and k[1] <= noun.i + 1]:
                out.pop(key)  # "China" in "the China-Pakistan Economic Corridor"
            out[(start, noun.i + 1)] = Span(doc, start, noun.i + 1, label=place)  # "the 12th Air Base"
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((c for c in of.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None) if of is not None else None
        objs = [c for c in conjuncts(obj) if c.pos_ == "PROPN"] if obj is not None and named is None else []
        objs = [] if noun.lower_ in lex.facility_nouns else objs  # "a checkpoint of the Frontier Corps": its owner
        for obj in objs:  # "the port of Odesa", "the ports of X and Y"
            inner = by_root.get(obj.i)
            known = gaz.lookup(inner.text if inner is not None else obj.text)
            if known is not None and known.cls is EntityClass.COUNTRY:
                continue  # "the capital of Iran", "the territory of Ukraine": the whole state
            if inner is None or cls_of(inner) in _REPLACEABLE:
                start = inner.start if inner is not None else obj.left_edge.i
                end = inner.end if inner is not None else obj.i + 1
                out[(start, end)] = Span(doc, start, end, label=place)
                decide_class(out[(start, end)], EntityClass(place))  # every mention of the name is that place
    for name in _seat_names(doc, by_root):  # "the Falls Church-based X": only a place is a seat
        if cls_of(name) in _REPLACEABLE - {EntityClass.COUNTRY, EntityClass.CITY} | {None}:
            entry = gaz.lookup(name.text)
            cls = entry.cls if entry is not None and entry.cls in PLACES else EntityClass.CITY
            out[(name.start, name.end)] = Span(doc, name.start, name.end, label=str(cls))
            decide_class(out[(name.start, name.end)], cls)
    return [_known_place(span, gaz, lex) for span in sorted(out.values(), key=lambda s: (s.start, -s.end))]


#: Classes of the place nouns whose name is the place itself ("the Batsari district"); a
#: facility's noun ("the Tesla plant", "the Adani port") says nothing of the bare name.
_TERRITORIES = frozenset({EntityClass.CITY, EntityClass.REGION})
_AREA_NOUNS = frozenset({"area", "neighborhood", "neighbourhood"})


def _territorial(noun: Token, place: str, lex: Lexicon) -> bool:
    """Whether "<Name> <noun>" makes the bare name a place of the noun's class ("the Mahbes
    area", "the Solino neighborhood", "Batsari district"), not only the phrase."""
    word = noun.lower_
    return EntityClass(place) in _TERRITORIES and word != "port" and word not in lex.relational_place_nouns or word in _AREA_NOUNS


def _seat_names(doc: Doc, by_root: dict[int, Span]) -> list[Span]:
    """The names glued by a hyphen to "based" or "headquartered" ("Falls Church-based")."""
    out = []
    for tok in with_words(doc[:], ("based", "headquartered")):
        if tok.i < 2 or doc[tok.i - 1].text != "-" or doc[tok.i - 2].whitespace_:
            continue
        name = doc[tok.i - 2]
        if name.pos_ == "PROPN":
            span = next((s for s in by_root.values() if s.start <= name.i < s.end), None)
            out.append(span if span is not None and span.end == name.i + 1 else doc[_compound_start(name) : name.i + 1])
    return out


def _plural_names(noun: Token, by_root: dict[int, Span], gaz: Gazetteer) -> list[Span]:
    """The names a plural place noun is said of: coordinated before it ("Myanmar's Rakhine
    and Chin states") or in apposition after it ("the towns X and Y"), each a place of the
    noun's kind; not a name the gazetteer knows as a state ("the Russia and Ukraine regions")."""
    first = next((c for c in noun.children if c.pos_ == "PROPN" and (
        c.dep_ in ("compound", "nmod") and c.i < noun.i or c.dep_ == "appos" and c.i > noun.i)), None)  # fmt: skip
    out = []
    for tok in conjuncts(first) if first is not None else ():
        if tok.pos_ != "PROPN":
            continue
        span = by_root.get(tok.i) or noun.doc[_compound_start(tok) : tok.i + 1]
        known = gaz.lookup(span.text)
        if cls_of(span) in _REPLACEABLE | {None} and not (known is not None and known.cls is EntityClass.COUNTRY):
            out.append(span)
    return out


def _settlement_of(noun: Token, lex: Lexicon) -> Token | None:
    """The name after a town's noun in "the Donetsk town of Avdiivka", "the Negev town of
    X": a settlement noun (not a relational one: "the capital of X" is no name of X) with
    a name before it and a proper noun after "of"; the name before is where the town lies."""
    if lex.place_nouns.get(noun.lower_) != str(EntityClass.CITY) or noun.lower_ in lex.relational_place_nouns:
        return None
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in of.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None) if of is not None else None


def _container(named: Span, gaz: Gazetteer) -> Span:
    """The name before a town's noun, as the place it is: the gazetteer's class, else a region."""
    entry = gaz.lookup(named.text)
    cls = entry.cls if entry is not None and entry.cls in (EntityClass.COUNTRY, EntityClass.REGION, EntityClass.CITY) else EntityClass.REGION
    return Span(named.doc, named.start, named.end, label=str(cls))


def _place_head(noun: Token, place: str) -> bool:
    """Whether a place noun that ends a name the NER gave another class makes the name a
    place all the same: a feature of the land ("the Ocala National Forest" tagged an
    organisation), or a region's noun after a name tagged a person ("Cameron Parish")."""
    doc = noun.doc
    if noun.i + 1 < len(doc) and doc[noun.i + 1].ent_iob_ == "I":
        return False  # the noun is inside the name, not its head ("Lake Placid Organizing Committee")
    if noun.ent_type_ == "PERSON":
        return place == str(EntityClass.REGION)
    return noun.ent_type_ == "ORG" and place == str(EntityClass.PLACE)


def _where_it_lies(named: Span | Token, gaz: Gazetteer) -> bool:
    """A name before a state's noun that is a sea, a region or a feature of the land, no
    state ("Indian Ocean", "Gulf"): the phrase describes a state, it does not name one."""
    if isinstance(named, Span) and cls_of(named) in (EntityClass.PLACE, EntityClass.REGION):
        return True
    known = gaz.lookup(named.text)
    return known is not None and known.cls in (EntityClass.PLACE, EntityClass.REGION)


def _name_before(noun: Token, by_root: dict[int, Span]) -> Span | Token | None:
    """The name right before a place noun that it modifies ("Kursk region"), or before a
    common noun that does ("the Hodeidah port city", "a Deir ez-Zor border town")."""
    if noun.i == 0:
        return None
    before = noun.doc[noun.i - 1]
    if before.dep_ == "compound" and before.head == noun and before.pos_ == "NOUN" and before.is_lower and noun.i > 1:
        before = noun.doc[noun.i - 2]  # "port" in "Hodeidah port city" says what kind of city, not which
    if before.dep_ != "compound" or before.head != noun or before.pos_ != "PROPN":
        return None
    span = by_root.get(before.i)
    if span is not None:
        return span if span.end == before.i + 1 else None
    return noun.doc[_compound_start(before) : before.i + 1]


def _hyphened_start(doc: Doc, start: int) -> int:
    """Where a name starts that opens with names joined by hyphens ("the China-Pakistan
    Economic Corridor"): before the proper nouns glued to ``start`` by a hyphen."""
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ and not doc[start - 1].whitespace_:
        if doc[start - 2].pos_ != "PROPN":
            break
        start -= 2
    return start


def _compound_start(token: Token) -> int:
    """Where the name that ``token`` ends starts: the proper nouns compounded right
    before it are part of it ("New York")."""
    start = token.i
    while start > 0 and token.doc[start - 1].pos_ == "PROPN" and token.doc[start - 1].dep_ == "compound":
        start -= 1
    return start


def _known_place(span: Span, gaz: Gazetteer, lex: Lexicon) -> Span:
    """A name the gazetteer knows as a place, in a place's position, is that place."""
    cls = cls_of(span)
    if cls not in _REPLACEABLE - {EntityClass.COUNTRY, EntityClass.CITY} or len(span) > 3:
        return span
    entry = gaz.lookup(span.text)
    if entry is None or entry.cls not in (EntityClass.COUNTRY, EntityClass.CITY, EntityClass.REGION):
        return span
    root = span.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head  # "seized Goma and Bukavu": a conjunct stands where the first one does
    placed = (root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPOSITIONS) or (
        root.dep_ in ("dobj", "nsubjpass") and lex.verb_class.get(root.head.lemma_.lower()) in PLACE_ACTS
    ) or (root.dep_ == "nsubj" and _under_control(root.head, lex))
    if cls is EntityClass.PERSON and not placed:
        return span  # "Santiago said": a first name the gazetteer also knows
    return Span(span.doc, span.start, span.end, label=str(entry.cls))


def _under_control(verb: Token, lex: Lexicon) -> bool:
    """Whether a verb's clause puts its subject under someone's control ("X fell under
    the control of Y", "into the hands of Y"): only a place is held so."""
    return any(_holding_phrase(o, lex) for p in verb.children if p.dep_ == "prep" for o in p.children)


_NNS = get_string_id("NNS")


def controlled_candidates(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """"Russian-controlled Donetsk", "the Russia-controlled city of Donetsk": the state
    named before the participle occupies the place it modifies; "the Ukrainian port of
    Odesa": the place lies in the demonym's state."""
    doc, cols, lower = sent.doc, columns(sent.doc), lowers(sent.doc)
    pos, tag = cols["pos"], cols["tag"]
    for i in range(sent.start, sent.end):
        if pos[i] != NOUN and tag[i] != _NNS and lower[i] not in lex.control_participles and lower[i] not in lex.place_nouns:
            continue  # none of the shapes below starts at a word that is neither a noun nor one of these words
        tok = doc[i]
        if tok.lower_ in lex.control_participles and tok.i >= 2 and doc[tok.i - 1].text == "-":
            holder = doc[tok.i - 2]
            places = _modified_places(tok.head, mentions)
            if places and holder.ent_type_ in ("GPE", "NORP", "ORG"):
                subject = mentions.at(holder) or Span(doc, holder.i, holder.i + 1, label=str(EntityClass.COUNTRY))
                yield from (Candidate(Relation.OCCUPIES, subject, p, tok, "place:controlled", 0.65) for p in places)
        if _holding_phrase(tok, lex):
            holder, place = _holder_of(tok, mentions), _held_place(tok.head, mentions)
            if holder is not None and place is not None and holder != place:  # "X was under Y's control", "in Y's hands"
                yield Candidate(Relation.OCCUPIES, holder, place, tok, "place:held", 0.6)
        owner = next((mentions.at(c) for c in tok.children if c.dep_ == "poss"), None) if tok.tag_ == "NNS" else None
        for inner in _modified_names(tok, mentions) if owner is not None and cls_of(owner) in PLACES else ():
            yield Candidate(Relation.LOCATED_IN, inner, owner, tok, "place:plural-poss", 0.6)  # "Y's X and Z states"
        if tok.lower_ in lex.place_nouns and tok.pos_ == "NOUN":
            demonym = next((c for c in tok.children if c.dep_ == "amod" and c.ent_type_ in ("NORP", "GPE")), None)
            place = _modified_place(tok, mentions)
            if place is None and tok.dep_ == "appos":  # "Kursk, a Russian region"
                place = mentions.at(tok.head)
                place = place if place is not None and cls_of(place) in (EntityClass.CITY, EntityClass.REGION, EntityClass.PLACE) else None
            if place is None and demonym is not None:  # "the Qatari capital Doha", "the Estonian capital, Tallinn"
                place = _named_after(tok, mentions)
            if demonym is not None and place is not None and place.root != tok and tok.lower_ not in lex.facility_nouns:
                outer = Span(doc, demonym.i, demonym.i + 1, label=str(EntityClass.COUNTRY))
                yield Candidate(Relation.LOCATED_IN, place, outer, tok, "place:demonym-of", 0.6)
            owner = next((m for c in tok.children if c.dep_ == "poss" and (m := mentions.at(c)) is not None), None)
            if owner is not None and place is not None and place.root != tok and owner != place and cls_of(owner) in PLACES:
                yield Candidate(Relation.LOCATED_IN, place, owner, tok, "place:poss-of", 0.6)  # "Y's southern port city of X"
            town = _settlement_of(tok, lex)
            before = tok.doc[tok.i - 1] if tok.i > 0 and tok.doc[tok.i - 1].dep_ == "compound" else None
            inner, outer = (mentions.at(town), mentions.at(before)) if town is not None and before is not None else (None, None)
            if inner is not None and outer is not None and cls_of(outer) in PLACES and inner != outer:
                yield Candidate(Relation.LOCATED_IN, inner, outer, tok, "place:settlement-of", 0.6)  # "the Donetsk town of X"
            yield from _region_of(tok, mentions)  # "the Kharkiv region of Ukraine", "X area of Y"
        elif tok.lower_ in lex.place_nouns and tok.pos_ == "PROPN":
            yield from _region_of(tok, mentions)  # "the Bekaa Valley of Lebanon": the noun is the name's last word


def _named_after(noun: Token, mentions: Mentions) -> Span | None:
    """The place a place noun names right after it, with no "of": its apposition ("the
    Qatari capital, Doha") or the name it is a compound of ("the Estonian capital Tallinn");
    a town, a region or a site, never a state or an actor ("the Russian port operator X")."""
    if noun.dep_ == "compound" and noun.head.pos_ == "PROPN" and noun.head.i == noun.i + 1:
        name = noun.head
    else:
        name = next((c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i <= noun.i + 2), None)
    span = mentions.at(name) if name is not None else None
    if span is None or span.start > noun.i + 2 or cls_of(span) not in (EntityClass.CITY, EntityClass.REGION, EntityClass.PLACE):
        return None
    return span


def _region_of(noun: Token, mentions: Mentions) -> Iterator[Candidate]:
    """The place a name ending in a place noun is "of": "the Kharkiv region of Ukraine",
    "the Bekaa Valley of Lebanon" lie in Ukraine and Lebanon (not after a conjunct, whose
    "of" phrase it is)."""
    named = mentions.at(noun)
    if named is None or named.root != noun or len(named) < 2:
        return
    for prep in (p for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"):
        if any(c.dep_ == "conj" and c.i < prep.i for c in noun.children):
            continue  # "the Red Sea and Gulf of Aden": the "of" phrase is the nearer conjunct's
        outer = next((mentions.at(o) for o in prep.children if o.dep_ == "pobj"), None)
        if outer is not None and outer != named and cls_of(outer) in PLACES:
            yield Candidate(Relation.LOCATED_IN, named, outer, noun, "place:region-of", 0.65)


def _modified_names(noun: Token, mentions: Mentions) -> list[Span]:
    """The place mentions coordinated before a plural place noun ("Rakhine and Chin states")."""
    first = next((c for c in noun.children if c.dep_ in ("compound", "nmod") and c.i < noun.i and mentions.at(c)), None)
    spans = [mentions.at(t) for t in conjuncts(first)] if first is not None else []
    return [s for s in spans if s is not None and cls_of(s) in (EntityClass.CITY, EntityClass.REGION, EntityClass.PLACE)]


def _holding_phrase(noun: Token, lex: Lexicon) -> bool:
    """Whether ``noun`` ends a phrase that says who holds a place: "under Y's control",
    "under Russian occupation", "in the hands of Y", "into Y's hands"."""
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj":
        return False
    if noun.head.lower_ == "under":
        return lex.nominal_class.get(noun.lemma_.lower()) == "occupy"
    return noun.head.lower_ in ("in", "into") and noun.lower_ == "hands"


def _holder_of(noun: Token, mentions: Mentions) -> Span | None:
    """Who holds what is "under" a noun of control or "in" someone's hands: its possessor ("under JNIM's control"),
    a named modifier ("under Russian control", "under Houthi occupation"), or its "of"
    complement ("under the control of the army")."""
    for c in noun.children:
        if c.dep_ == "poss" or c.dep_ in ("amod", "compound") and c.ent_type_ in ("GPE", "NORP", "ORG"):
            span = mentions.at(c)
            if span is None and c.ent_type_ in ("GPE", "NORP"):
                span = Span(noun.doc, c.i, c.i + 1, label=str(EntityClass.COUNTRY))
            if span is not None and cls_of(span) in ACTORS:
                return span
    for obj in (o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"):
        span = mentions.at(obj)
        if span is not None and cls_of(span) in ACTORS:
            return span
    return None


def _held_place(under: Token, mentions: Mentions) -> Span | None:
    """The place that is "under" someone's control: the subject of the verb the phrase
    completes ("X was/came/fell under ...", a conjunct's subject included) or the name the
    phrase modifies ("X, under Russian control since 2014")."""
    head = under.head
    if head.pos_ in ("VERB", "AUX"):
        subject, _ = find_subject(head)
        if subject is not None and subject.lower_ in ("which", "that") and head.dep_ == "relcl":
            subject = described_place(head.head, mentions)  # "X, which had been under Y's control"
        span = mentions.at(subject) if subject is not None else None
    else:
        span = mentions.at(head)
    return span if span is not None and cls_of(span) in (EntityClass.CITY, EntityClass.REGION, EntityClass.PLACE) else None


def _modified_places(head: Token, mentions: Mentions) -> list[Span]:
    """The places a modifier describes: :func:`_modified_place`, and the conjuncts of a
    place noun's "of" complement ("the Russian-held ports of X and Y")."""
    first = _modified_place(head, mentions)
    if first is None:
        return []
    more = [mentions.at(c) for c in first.root.children if c.dep_ == "conj"] if first.root != head else []
    return [first, *(m for m in more if m is not None and cls_of(m) in (EntityClass.CITY, EntityClass.REGION, EntityClass.PLACE))]


def _modified_place(head: Token, mentions: Mentions) -> Span | None:
    """The place a modifier describes: the head itself, or a place noun's "of" complement."""
    span = mentions.at(head)
    if span is not None and cls_of(span) in (EntityClass.CITY, EntityClass.REGION, EntityClass.PLACE, EntityClass.COUNTRY):
        if span.root == head and len(span) > 1 and head.pos_ == "NOUN" and span.start < head.i:
            return span  # "the Kursk region"
        if head.pos_ == "PROPN":
            return span
    if span is None and head.pos_ == "PROPN" and head.ent_type_ not in _NAME_TYPES - {"NORP"}:
        start = _compound_start(head)  # "Russian-occupied Melitopol", though the NER missed the name
        return Span(head.doc, start, head.i + 1, label=str(EntityClass.PLACE))
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    for obj in (c for c in of.children if c.dep_ == "pobj") if of is not None else ():
        inner = mentions.at(obj)
        if inner is not None and cls_of(inner) in (EntityClass.CITY, EntityClass.REGION, EntityClass.PLACE):
            return inner
    return None
