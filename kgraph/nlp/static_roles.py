"""Who belongs to what, said by role nouns and verbs where the title rules of
:mod:`kgraph.nlp.static_people` find no usable tree, and by nouns of an organisation's parts.

- a title written before the name with its own complement, which the small model parses as
  a string of names: "Spokesperson for the Chilean Foreign Ministry Ana Ruiz", "Minister of
  Foreign Affairs of Peru Juan Soto" (worksFor, leaderOf);
- a demonym inside a common noun's mention that takes in the title ("X, the Chilean
  Minister for Foreign Affairs", "Chilean President X's visit");
- an unnamed body before the title: "army spokesman X", "police chief X" (the body is the
  document's own entity); "the group's spokesman X", "Chile said its minister, X";
- "his Peruvian counterpart X": the same office for the demonym's state;
- "X's Chilean regime": the possessor leads the state; "X heads the Wagner group";
- nouns of an organisation's parts ("subsidiary", "division", lexicon ``part_nouns``) and
  "X is affiliated with Y" (partOf; "NATO member X" is :mod:`kgraph.nlp.static_members`'s);
  "X is headquartered in Y" (basedIn).

The names these rules read are set right first by :mod:`kgraph.nlp.role_mentions`.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kgraph.gazetteer import Gazetteer
from kgraph.nlp.docmemo import sentence_start, with_lemmas, with_words
from kgraph.nlp.lexicon import Lexicon
from kgraph.nlp.relations import Candidate, Mentions, cls_of
from kgraph.nlp.role_mentions import TITLE_PREPS
from kgraph.nlp.static_people import (
    faction_between, named_body, people_of, refers_back, title_extent, title_of, titles_in, whole_title_kind,
)
from kgraph.nlp.syntax import conjuncts
from kgraph.nlp.static_spans import (
    ACTOR_ORGS, SEAT_PARTICIPLES, left_named, named, named_roots, org_at, person_at, place_at, pobjs,
    relative_antecedent,
)
from kgraph.resolve import strip_determiner
from kgraph.types import EntityClass, Relation

#: Nouns of a state's rule whose possessor, a person, leads the state ("X's Libyan regime").
RULE_NOUNS = frozenset({"regime", "government", "administration", "cabinet", "leadership", "junta", "dictatorship"})


def _relation(kind: str, employer: Span) -> Relation | None:
    """leaderOf for a leading title, worksFor for another one; only an organisation or a
    state is served."""
    if cls_of(employer) not in ACTOR_ORGS:
        return None
    return Relation.LEADER_OF if kind == "leader" else Relation.WORKS_FOR


def _whole_titles(sent: Span, lex: Lexicon) -> Iterator[tuple[Token, str, int, int]]:
    """Each listed title of ``sent`` once: the title noun found first, the kind the whole
    title says ("Secretary General" leads), and the title's token range."""
    doc = sent.doc
    done: set[int] = set()
    for noun, kind in titles_in(sent, lex):
        if noun.i in done:
            continue
        lo, hi = title_extent(noun, lex)
        done.update(range(lo, hi))
        yield noun, whole_title_kind(doc[lo:hi], lex) or kind, lo, hi


def flat_titles(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """"<Title> of/for [the] <organisation or state> <person>": the person holds the title
    at the organisation or state. The three must follow one another with nothing between
    but "the" (or a comma before the name), so no clause's other names are taken."""
    doc = sent.doc
    for noun, kind, lo, hi in _whole_titles(sent, lex):
        if hi >= sent.end - 2 or doc[hi].lower_ not in TITLE_PREPS:
            continue
        held = person_at(doc[lo], mentions)
        if held is not None and not (lo <= held.start and held.end <= hi):
            continue  # a name that holds the title word, not a title tagged a person
        start = hi + 1 + (doc[hi + 1].lower_ == "the")
        employer = named(doc[start], mentions) if start < sent.end else None
        if employer is None or employer.start != start or employer.end >= sent.end:
            continue
        after = employer.end + (doc[employer.end].text == ",")
        while after < sent.end - 1 and doc[after].lower_.rstrip(".") in lex.honorifics:
            after += 1  # "... of the Joint Chiefs of Staff Gen. X"
        person = _holder(doc, after, sent.end, mentions)
        relation = _relation(kind, employer)
        if doc[hi].lower_ == "for" and cls_of(employer) is not EntityClass.ORGANIZATION:
            relation = None  # "envoy for Ukraine": the state the office deals with, not its employer
        if person is not None and relation is not None:
            yield Candidate(relation, person, employer, noun, f"static:flat-title:{kind}", 0.7)


def service_chiefs(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """"Chief of Army Staff General X", "Chief of Army Staff (COAS) Gen X": a leading title
    of several words that holds a body's name leads that body; its holder is named right
    after it (past an acronym in brackets, a comma and ranks)."""
    doc = sent.doc
    for noun, kind, lo, hi in _whole_titles(sent, lex):
        if hi - lo < 3 or kind != "leader":
            continue
        bodies = [s for s in mentions.within(sent) if lo <= s.start and s.end <= hi and cls_of(s) is EntityClass.ORGANIZATION]
        if len(bodies) != 1:
            continue
        body = bodies[0]
        after = hi
        if after < sent.end and doc[after].text == "(":  # "(COAS)"
            after = next((t.i + 1 for t in doc[after : min(after + 5, sent.end)] if t.text == ")"), after)
        after += after < sent.end and doc[after].text == ","
        person = None
        while after < sent.end - 1 and person is None:
            person = _holder(doc, after, sent.end, mentions)
            if person is not None and all(_rank_word(t, lex) for t in person):
                person = None  # "Gen." tagged a name of its own
            if doc[after].lower_ != "." and not _rank_word(doc[after], lex):
                break
            after += 1
        if person is not None:
            yield Candidate(Relation.LEADER_OF, person, body, noun, "static:service-chief", 0.7)


#: Words of a rank beside the honorifics ("Vice Admiral X", "Air Chief Marshal X", "Field Marshal X").
RANK_WORDS = frozenset({"vice", "rear", "air", "chief", "marshal", "maj", "major", "brig", "brigadier", "lieutenant", "field"})


def _rank_word(token: Token, lex: Lexicon) -> bool:
    """Whether ``token`` is an honorific or a word of a rank ("Gen.", "Field", "Marshal")."""
    word = token.lower_.rstrip(".")
    return word in lex.honorifics or word in RANK_WORDS


def _holder(doc, start: int, end: int, mentions: Mentions) -> Span | None:
    """The person named at ``start``, right after a title and its organisation: a person's
    mention, or two or three capitalised proper nouns the NER left untagged (nothing else
    can stand there)."""
    if start >= end:
        return None
    person = person_at(doc[start], mentions)
    if person is not None:
        return person if person.start == start else None
    stop = start
    while stop < end and stop - start < 4 and doc[stop].pos_ == "PROPN" and doc[stop].is_title and not doc[stop].ent_type_:
        stop += 1
    if not 2 <= stop - start <= 3 or stop < end and doc[stop].pos_ == "PROPN" or mentions.at(doc[start]) is not None:
        return None
    return Span(doc, start, stop, label=str(EntityClass.PERSON))


#: Classes of common-noun mentions, which may take in a title and the demonym before it.
_COMMON_NOUN_CLASSES = frozenset({EntityClass.GROUP, EntityClass.EVENT, EntityClass.MATERIEL, EntityClass.AGREEMENT})


def demonym_titles(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """"X, the Chilean Minister for Foreign Affairs", "during Chilean President X's visit":
    a demonym inside a common noun's mention that takes in the title (the group "Chilean
    Minister", the event "Chilean President X's visit") names the state the holder serves."""
    for noun, kind in titles_in(sent, lex):
        phrase = mentions.at(noun)
        if phrase is None or cls_of(phrase) not in _COMMON_NOUN_CLASSES:
            continue
        for c in noun.lefts:
            if c.dep_ not in ("amod", "compound") or c.ent_type_ != "NORP" or not phrase.start <= c.i < phrase.end:
                continue
            state = Span(sent.doc, c.i, c.i + 1, label=str(EntityClass.COUNTRY))
            faction = faction_between(state, noun, lex)  # "the Russian opposition leader X": X is Russian
            for person in people_of(noun, mentions):
                if faction:
                    yield Candidate(Relation.LIVES_IN, person, state, noun, "static:title:nationality", 0.6)
                else:
                    yield Candidate(_relation(kind, state), person, state, noun, f"static:title:{kind}:demonym", 0.7)


def body_titles(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """"army spokesman X", "government spokesman X", "police chief X": a body noun that
    modifies a title, with no name of its own, is the body the title holder serves; not a
    unit a force has many of ("brigade general X", lexicon ``echelon_nouns``)."""
    bodies = lex.state_body_nouns
    for noun, kind in titles_in(sent, lex):
        if any(True for _ in left_named(noun, mentions)):
            continue  # "Chilean army spokesman X": the titles rule says whom he serves
        for c in noun.lefts:
            if c.dep_ not in ("compound", "nmod") or c.pos_ != "NOUN" or c.lemma_.lower() not in bodies or c.ent_type_:
                continue
            if c.lemma_.lower() in lex.echelon_nouns:
                continue  # "brigade general X", "battalion commander X": one of many units, none named
            if any(d.dep_ in ("compound", "amod", "nmod", "poss") for d in c.children):
                continue  # "the Chilean army", "state television": a body the noun alone does not name
            body = Span(sent.doc, c.i, c.i + 1, label=str(EntityClass.ORGANIZATION))
            for person in people_of(noun, mentions):
                if person.start > noun.i:  # the name follows its title
                    yield Candidate(_relation(kind, body), person, body, noun, f"static:body-title:{kind}", 0.6)


def ruled_states(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """"X's Chilean regime", "X's Peruvian government": the person whose regime is named
    with its state's demonym leads that state."""
    for noun in with_lemmas(sent, RULE_NOUNS):
        if noun.pos_ != "NOUN":
            continue
        owner = next((person_at(c, mentions) for c in noun.children if c.dep_ == "poss"), None)
        if owner is None:
            continue
        for c in noun.children:
            if c.dep_ in ("amod", "compound") and c.i >= owner.end and c.ent_type_ == "NORP":
                state = Span(sent.doc, c.i, c.i + 1, label=str(EntityClass.COUNTRY))
                yield Candidate(Relation.LEADER_OF, owner, state, noun, "static:ruled-state", 0.65)


def part_nouns(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """"X, a subsidiary of Y", "X is a division of Y", "the X unit of Y", "Y's X division",
    "Y's subsidiary X": the organisation X is part of the organisation Y."""
    for noun in with_lemmas(sent, lex.part_nouns):
        if noun.pos_ != "NOUN" or noun.lower_ == "arms":
            continue
        outers = [s for _, t in pobjs(noun, ("of",)) if (s := org_at(t, mentions)) is not None]
        outers += [s for c in noun.children if c.dep_ == "poss" and (s := org_at(c, mentions)) is not None]
        if noun.dep_ == "conj" and any(c.dep_ == "poss" and c.lower_ == "its" for c in noun.children):
            outers += [s] if (s := org_at(noun.head, mentions)) is not None else []  # "the PKK and its affiliate, X"
        named_after = noun.dep_ == "appos" or any(c.dep_ == "appos" for c in noun.children)
        before = mentions.at(noun.doc[noun.i - 1]) if noun.i > sent.start else None
        if named_after and before is not None and before.end == noun.i and cls_of(before) is EntityClass.ORGANIZATION:
            outers.append(before)  # "X, an al-Qaeda affiliate": the name before the noun is the whole's
            inners = []
        else:
            inners = [s] if (s := _compound_name(noun, mentions)) is not None else []
        if noun.dep_ == "appos":
            inners += [s] if (s := org_at(noun.head, mentions)) is not None else []
        inners += [s for c in noun.children if c.dep_ == "appos" and (s := org_at(c, mentions)) is not None]
        if noun.dep_ == "attr":
            subj = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
            inners += [s] if (s := org_at(subj, mentions)) is not None else []
        for inner in inners:
            for outer in outers:
                if inner.start != outer.start:
                    yield Candidate(Relation.PART_OF, inner, outer, noun, "static:part-noun", 0.65)


def _compound_name(noun: Token, mentions: Mentions) -> Span | None:
    """The proper nouns right before ``noun`` that name it ("the Acme Land subsidiary"):
    an organisation's mention, or a run of names that is no place alone ("the UK
    subsidiary" is where it is, not what)."""
    doc, start = noun.doc, noun.i
    sent_start = sentence_start(doc, noun.i)
    while start > sent_start and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head.i in range(start, noun.i + 1):
        start -= 1
    if start == noun.i:
        return None
    span = mentions.at(doc[noun.i - 1])
    if span is not None and (span.start, span.end) == (start, noun.i):
        return span if cls_of(span) is EntityClass.ORGANIZATION else None
    if span is not None and span.start < start:
        return None
    return Span(doc, start, noun.i, label=str(EntityClass.ORGANIZATION))


def possessed_titles(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """"the group's spokesman, X", "the company's chief executive X": the organisation a
    definite class noun refers back to is the one the title holder serves (coreference
    resolves it). "its" is read only as the subject of a clause above the title ("Chile
    said its foreign minister, X, ..."): the nearest organisation or state before it is too
    often another one ("Peru said Chile attacked its capital; its minister ...")."""
    for noun, kind in titles_in(sent, lex):
        for c in noun.children:
            if c.dep_ != "poss" or c.pos_ != "NOUN" and c.lower_ != "its":
                continue
            owner = _clause_actor(noun, mentions) if c.lower_ == "its" else mentions.at(c)
            if owner is not None and cls_of(owner) is not None and refers_back(owner, lex):
                owner = Span(sent.doc, c.i, c.i + 1)  # "the ministry's spokesman": resolved by coreference
            if owner is None or c.lower_ != "its" and cls_of(owner) is not None:
                continue  # a named possessor is the titles rule's
            for person in people_of(noun, mentions):
                relation = Relation.LEADER_OF if kind == "leader" else Relation.WORKS_FOR
                yield Candidate(relation, person, owner, noun, f"static:title:{kind}:anaphor", 0.6)


def state_bodies(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """"the country's foreign ministry", "the nation's Supreme Council": an organisation
    whose possessor is a phrase that refers back to a state (lexicon ``anaphoric_nouns``,
    resolved by coreference) is part of that state."""
    states = None
    for tok, org in named_roots(sent, mentions, org_at):
        if states is None:
            states = frozenset(noun for noun, cls in lex.anaphoric_nouns.items() if cls == str(EntityClass.COUNTRY))
        for c in tok.children:
            owner = mentions.at(c) if c.dep_ == "poss" and c.lemma_.lower() in states else None
            if owner is not None and cls_of(owner) is None and owner.end <= org.start:
                yield Candidate(Relation.PART_OF, org, owner, c, "static:state-body", 0.6)


def listed_officials(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """"Saudi officials, including Foreign Minister X and Y", "Hamas leaders such as X":
    the people a plural title lists serve the state or organisation that qualifies it
    (one of several leaders leads nothing alone: worksFor)."""
    for noun, _ in titles_in(sent, lex):
        if noun.tag_ != "NNS":
            continue
        owners = [s for c, s in left_named(noun, mentions) if cls_of(s) in ACTOR_ORGS and c.head.pos_ != "VERB"]
        owners += [
            Span(sent.doc, c.i, c.i + 1, label=str(EntityClass.COUNTRY)) for c in noun.lefts
            if c.dep_ in ("amod", "compound") and c.ent_type_ == "NORP" and c.lower_ not in lex.creed_words
            and cls_of(mentions.at(c) or sent[0:0]) in _COMMON_NOUN_CLASSES
        ]  # fmt: skip  ("Saudi officials", one group mention: the demonym names the state)
        if len(owners) != 1 or any(t.dep_ == "conj" for o in owners for t in (o.root, *o.root.children)):
            continue  # "Indian and Pakistani officials, including X and Y": whose is whose is not said
        for c in noun.children:
            listing = c.lower_ == "including" or c.lower_ == "as" and c.i > 0 and c.doc[c.i - 1].lower_ == "such"
            for obj in (p for p in c.children if p.dep_ == "pobj") if c.dep_ == "prep" and listing else ():
                for person in (person_at(t, mentions) for t in conjuncts(obj)):
                    for owner in owners if person is not None else ():
                        yield Candidate(Relation.WORKS_FOR, person, owner, noun, "static:listed-official", 0.6)


def affiliations(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """"X is affiliated with Y", "X (ACR), which is affiliated to Y": the organisation is
    part of the organisation it is affiliated to (an affiliate, as lexicon ``part_nouns``)."""
    for verb in with_words(sent, ("affiliated",)):
        if verb.dep_ == "amod":
            continue
        subj = next((c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")), None)
        org = relative_antecedent(subj, verb, mentions) if subj is not None else None
        if subj is not None and (org is None or cls_of(org) is not EntityClass.ORGANIZATION):
            org = _named_before(subj, mentions) if subj.lower_ in ("which", "that") else None
        if verb.dep_ == "acl":  # "X, affiliated with Y"
            org = org_at(verb.head, mentions)
        if org is None or cls_of(org) is not EntityClass.ORGANIZATION:
            continue
        for _, obj in pobjs(verb, ("to", "with")):
            outer = org_at(obj, mentions)
            if outer is not None and outer.start != org.start:
                yield Candidate(Relation.PART_OF, org, outer, verb, "static:affiliated", 0.65)


def _named_before(word: Token, mentions: Mentions) -> Span | None:
    """The mention that ends right before a relative pronoun, past a comma, or the acronym
    that opens the brackets there ("the Front (NF), which ...", "the Group for ... (JNIM in
    Arabic), which ..."): what the clause is about when the parser hung it elsewhere."""
    doc, i = word.doc, word.i - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    if i >= 0 and doc[i].text == ")":
        opening = next((t.i for t in reversed(doc[max(0, i - 6) : i]) if t.text == "("), None)
        inside = mentions.at(doc[opening + 1]) if opening is not None else None
        if inside is not None and inside.start == opening + 1 and cls_of(inside) is EntityClass.ORGANIZATION:
            return inside
        i = opening - 1 if opening is not None else i
    span = mentions.at(doc[i]) if i >= 0 else None
    return span if span is not None and span.end == i + 1 else None


def seat_verbs(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """"X is headquartered in Y", "X, which is based in Y": the organisation has its seat
    in the place (the participle as a modifier, "X, based in Y", is read by the place rules)."""
    for verb in with_words(sent, SEAT_PARTICIPLES):
        if verb.dep_ == "acl":
            continue
        subj = next((c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")), None)
        org = relative_antecedent(subj, verb, mentions) if subj is not None else None
        if org is None or cls_of(org) is not EntityClass.ORGANIZATION:
            continue
        for _, obj in pobjs(verb, ("in", "at")):
            place = place_at(obj, mentions)
            if place is not None:
                yield Candidate(Relation.BASED_IN, org, place, verb, "static:seat-verb", 0.7)


def counterparts(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """"Chilean President X and his Peruvian counterpart Y", "X met her Peruvian counterpart,
    Y": Y holds the same office for the state the demonym names (the office of the nearest
    title before it; a plain official of the state when none is said)."""
    doc = sent.doc
    for noun in with_lemmas(sent, ("counterpart",)):
        if noun.pos_ != "NOUN":
            continue
        states = [
            s for c in noun.lefts if c.dep_ in ("amod", "compound")
            and (s := named(c, mentions)) is not None and cls_of(s) is EntityClass.COUNTRY and s.end <= noun.i
        ]  # fmt: skip
        if not states:
            continue
        kind = "member"
        for t in reversed(doc[sent.start : noun.i]):
            if (found := title_of(t, lex)) is not None:
                kind = whole_title_kind(doc[slice(*title_extent(t, lex))], lex) or found
                break
        named_here = [s for c in noun.children if c.dep_ == "appos" and (s := person_at(c, mentions)) is not None]
        # its own name, after it: the noun may be a conjunct of the other holder's name
        for person in named_here or [p for p in people_of(noun, mentions) if p.start > noun.i]:
            for state in states:
                yield Candidate(_relation(kind, state), person, state, noun, f"static:counterpart:{kind}", 0.65)


def _clause_actor(noun: Token, mentions: Mentions) -> Span | None:
    """The organisation or state that is the subject of the nearest clause above ``noun``
    with a subject other than the noun's own phrase; ``None`` when that subject is anything
    else."""
    node = noun
    while node.head.i != node.i:
        below, node = node, node.head
        if node.pos_ not in ("VERB", "AUX"):
            continue
        subj = next((t for t in node.children if t.dep_ in ("nsubj", "nsubjpass") and t.i != below.i), None)
        if subj is not None:
            span = named(subj, mentions)
            return span if span is not None and cls_of(span) in ACTOR_ORGS else None
    return None


def led_bodies(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """"X heads the Wagner group", "X, who runs the Acme company", "the Acme company, led
    by X": a verb of the "lead" class whose object is a body noun named by its compound (the
    verb rules take only a named object)."""
    for verb in with_lemmas(sent, lex.verbs_in.get("lead", ())):
        if verb.pos_ != "VERB":
            continue
        if verb.dep_ == "acl" and verb.tag_ == "VBN":  # "the Acme company, led by X"
            body = named_body(verb.head, mentions, lex)
            leaders = [person_at(t, mentions) for _, t in pobjs(verb, ("by",))]
            leaders += [person_at(t, mentions) for c in verb.children if c.dep_ == "agent" for t in c.children if t.dep_ == "pobj"]
        else:
            obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
            body = named_body(obj, mentions, lex) if obj is not None else None
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            leaders = [relative_antecedent(subj, verb, mentions)] if subj is not None else []
        for leader in leaders:
            if body is not None and leader is not None and cls_of(leader) is EntityClass.PERSON:
                yield Candidate(Relation.LEADER_OF, leader, body, verb, "static:leads-body", 0.7)


def possessed_bodies(here: list[Span], lex: Lexicon) -> Iterator[Candidate]:
    """"France's foreign ministry", "Israel's defence ministry": a state's institution whose
    mention opens with the state as its possessor is part of that state (the NER took the
    possessor into the body's name; a capitalised name is :mod:`kgraph.nlp.name_places`')."""
    for org in here:
        noun = org.root.lemma_.lower()
        if cls_of(org) is not EntityClass.ORGANIZATION or noun not in lex.institution_nouns or noun in _RULING_NOUNS:
            continue  # "Colombia's government said": the state itself, as often as a body of it
        if all(t.is_title or t.is_upper for t in org if t.is_alpha):
            continue  # "Russia's Foreign Ministry": a proper name, read from its opening words
        doc = org.doc
        for state in here:
            if cls_of(state) is EntityClass.COUNTRY and state.start == org.start and state.end < org.root.i and doc[state.end].tag_ == "POS":
                yield Candidate(Relation.PART_OF, org, state, doc[state.end], "static:state-possessed", 0.6)


#: Institution nouns that name who rules a state, which news uses for the state itself.
_RULING_NOUNS = RULE_NOUNS | {"authorities", "authority"}


def owned_bodies(sent: Span, here: list[Span], gazetteer: Gazetteer, lex: Lexicon) -> Iterator[Candidate]:
    """"the Council of the European Union", "the Armed Forces of Ukraine", "the Ministry of
    Foreign Affairs of Chile": an organisation named as a body (lexicon ``body_nouns``,
    ``institution_nouns``, ``military_org_nouns``) "of" a state or an organisation the
    gazetteer knows is part of it. The owner closes the body's mention or is the mention
    right after it (the NER may stop the name before "of Chile"), so ``here`` (the
    sentence's mentions) is searched."""
    yield from possessed_bodies(here, lex)
    bodies = lex.body_nouns | lex.state_body_nouns
    starts = {s.start: s for s in here}
    for org in here:
        if cls_of(org) is not EntityClass.ORGANIZATION or org.root.lemma_.lower() not in bodies and org.root.lower_ not in bodies:
            continue
        name = strip_determiner(org.text)
        if gazetteer.lookup(name) is not None or name[:1].islower():
            continue  # a body the gazetteer knows whole ("Council of Europe"); "the army of X" names none
        doc = org.doc
        for prep in [t for t in org if t.i > org.root.i] + ([doc[org.end]] if org.end < sent.end - 1 else []):
            if prep.lower_ != "of" or prep.head.i not in range(org.start, org.end):
                continue
            if any(t.pos_ == "ADP" and t.lower_ != "of" for t in doc[org.root.i + 1 : prep.i]):
                break  # "the Democratic Forces for the Liberation of Rwanda": what it is for, not whose
            start = prep.i + 1 + (doc[prep.i + 1].lower_ == "the")
            end = org.end if prep.i < org.end else (starts[start].end if start in starts else start)
            entry = gazetteer.lookup(doc[start:end].text) if end > start else None
            if entry is not None and entry.cls in (EntityClass.COUNTRY, EntityClass.ORGANIZATION):
                yield Candidate(Relation.PART_OF, org, Span(doc, start, end, label=str(entry.cls)), prep, "static:body-of", 0.65)
                break
