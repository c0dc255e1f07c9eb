"""Who belongs to what, said by role nouns where the parser gives the title rules of
:mod:`kgraph.nlp.static_people` no usable tree, and by nouns of parts of an organisation.

- a title written before the name with its own complement, read as a flat run of words
  because the small model parses it as a string of names: "Spokesperson for the Chilean
  Foreign Ministry Ana Ruiz", "Minister of Foreign Affairs of Peru Juan Soto" (worksFor,
  leaderOf);
- a demonym the NER glued into the title's phrase: "X, the Chilean Minister for Foreign
  Affairs" (worksFor the state);
- an unnamed body before the title: "army spokesman X", "police chief X" (the body is the
  document's own entity, or the named one "the army" refers back to);
- "X's Chilean regime", "X's Peruvian government": the possessor leads the state;
- nouns of an organisation's parts ("subsidiary", "division", lexicon ``part_nouns``):
  "X, a subsidiary of Y", "the X unit of Y", "Y's X division" (partOf).

Names the NER ran together after a title ("Minister of Foreign Affairs of Peru Juan Soto"
tagged one person) are set apart by :func:`title_mentions` before extraction.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kgraph.gazetteer import Gazetteer
from kgraph.nlp.lexicon import Lexicon
from kgraph.nlp.relations import Candidate, Mentions, cls_of
from kgraph.nlp.static_people import people_of, title_extent, title_of, whole_title_kind
from kgraph.nlp.static_spans import (
    ACTOR_ORGS, SEAT_PARTICIPLES, left_named, named, org_at, person_at, place_at, pobjs, relative_antecedent,
)
from kgraph.types import EntityClass, Relation

#: Titles an organisation or a state may hold as well as a person ("NATO, host of the
#: summit", "Acme, owner of the paper"): without an article they say nothing of the class.
SHARED_TITLES = frozenset({"member", "partner", "host", "owner", "founder", "producer", "agent", "representative",
                           "delegate", "player", "leader", "chair", "worker", "official"})  # fmt: skip
#: Prepositions that join a title to whom its holder serves ("spokesman for", "head of").
_TITLE_PREPS = frozenset({"of", "for"})
#: Nouns of a state's rule whose possessor, a person, leads the state ("X's Libyan regime").
RULE_NOUNS = frozenset({"regime", "government", "administration", "cabinet", "leadership", "junta", "dictatorship"})


def _relation(kind: str, employer: Span) -> Relation | None:
    """leaderOf for a leading title, worksFor for another one; only an organisation or a
    state is served."""
    if cls_of(employer) not in ACTOR_ORGS:
        return None
    return Relation.LEADER_OF if kind == "leader" else Relation.WORKS_FOR


def _body_run(doc, start: int, lex: Lexicon) -> Span | None:
    """A capitalised run of words from ``start`` ending in a body noun ("Chilean Foreign
    Ministry"), which the NER took as part of the name after it: an organisation."""
    bodies = lex.institution_nouns | lex.organization_nouns | lex.military_org_nouns
    end = start
    while end < len(doc) and end - start < 6 and (doc[end].is_title or doc[end].is_upper) and not doc[end].ent_type_ == "PERSON":
        end += 1
        if doc[end - 1].lemma_.lower() in bodies or doc[end - 1].lower_ in bodies:
            return Span(doc, start, end, label=str(EntityClass.ORGANIZATION))
    return None


def flat_titles(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """"<Title> of/for [the] <organisation or state> <person>": the person holds the title
    at the organisation or state. The three must follow one another with nothing between
    but "the" (or a comma before the name), so no clause's other names are taken."""
    doc = sent.doc
    done: set[int] = set()
    for noun in sent:
        kind = title_of(noun, lex)
        if kind is None or noun.i in done:
            continue
        lo, hi = title_extent(noun, lex)
        done.update(range(lo, hi))
        kind = whole_title_kind(doc[lo:hi], lex) or kind  # "Secretary General" leads
        if hi >= sent.end - 2 or doc[hi].lower_ not in _TITLE_PREPS:
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
    for noun in sent:
        kind = title_of(noun, lex)
        phrase = mentions.at(noun) if kind is not None else None
        if phrase is None or cls_of(phrase) not in _COMMON_NOUN_CLASSES:
            continue
        for c in noun.lefts:
            if c.dep_ not in ("amod", "compound") or c.ent_type_ != "NORP" or not phrase.start <= c.i < phrase.end:
                continue
            state = Span(sent.doc, c.i, c.i + 1, label=str(EntityClass.COUNTRY))
            for person in people_of(noun, mentions):
                yield Candidate(_relation(kind, state), person, state, noun, f"static:title:{kind}:demonym", 0.7)


def body_titles(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """"army spokesman X", "government spokesman X", "police chief X": a body noun that
    modifies a title, with no name of its own, is the body the title holder serves."""
    bodies = lex.institution_nouns | lex.military_org_nouns
    for noun in sent:
        kind = title_of(noun, lex)
        if kind is None or any(True for _ in left_named(noun, mentions)):
            continue  # "Chilean army spokesman X": the titles rule says whom he serves
        for c in noun.lefts:
            if c.dep_ not in ("compound", "nmod") or c.pos_ != "NOUN" or c.lemma_.lower() not in bodies or c.ent_type_:
                continue
            if any(d.dep_ in ("compound", "amod", "nmod", "poss") for d in c.children):
                continue  # "the Chilean army", "state television": a body the noun alone does not name
            body = Span(sent.doc, c.i, c.i + 1, label=str(EntityClass.ORGANIZATION))
            for person in people_of(noun, mentions):
                if person.start > noun.i:  # the name follows its title
                    yield Candidate(_relation(kind, body), person, body, noun, f"static:body-title:{kind}", 0.6)


def ruled_states(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """"X's Chilean regime", "X's Peruvian government": the person whose regime is named
    with its state's demonym leads that state."""
    for noun in sent:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in RULE_NOUNS:
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
    for noun in sent:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lex.part_nouns or noun.lower_ == "arms":
            continue
        outers = [s for _, t in pobjs(noun, ("of",)) if (s := org_at(t, mentions)) is not None]
        outers += [s for c in noun.children if c.dep_ == "poss" and (s := org_at(c, mentions)) is not None]
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


def title_mentions(spans: list[Span], gazetteer: Gazetteer, lex: Lexicon) -> list[Span]:
    """Mentions the NER ran into the name that follows a title and "of"/"for": a person's
    name run together with the state before it ("Minister of Foreign Affairs of Peru Juan
    Soto" tagged one person or organisation) is the state, then the person (the state a
    country the gazetteer knows, the rest two proper nouns or more, after "of" only: "agent
    for Chad Michael Murray"); a capitalised run ending in a body noun left out of every
    mention before a person's name ("Spokesperson for the Chilean Foreign Ministry Ana
    Ruiz") is an organisation; a demonym the NER missed before a title or a body's name is
    the state, or part of the name (:func:`_demonyms`)."""
    out: list[Span] = []
    for span in spans:
        split = _split(span, gazetteer, lex) if cls_of(span) in (EntityClass.PERSON, EntityClass.ORGANIZATION) else None
        out.extend(split or [span])
    if not out:
        return out
    doc = out[0].doc
    covered = {i for s in out for i in range(s.start, s.end)}
    people = {s.start for s in out if cls_of(s) is EntityClass.PERSON}
    for tok in doc:  # "Talks began. Pavel Orlov, a researcher at Y": a name the NER missed
        if tok.i not in covered and tok.pos_ == "PROPN" and tok.is_title and not tok.ent_type_ and (tok.i == 0 or doc[tok.i - 1].pos_ != "PROPN"):
            end = tok.i
            while end < len(doc) and end - tok.i < 4 and doc[end].pos_ == "PROPN" and doc[end].is_title and not doc[end].ent_type_:
                end += 1
            if 2 <= end - tok.i <= 3 and covered.isdisjoint(range(tok.i, end)) and title_apposition(end, doc, lex):
                out.append(Span(doc, tok.i, end, label=str(EntityClass.PERSON)))
    out = _demonyms(out, covered, gazetteer, lex)
    for prep in doc:
        if prep.lower_ not in _TITLE_PREPS or prep.i + 1 >= len(doc) or not _after_title(prep, lex):
            continue
        start = prep.i + 1 + (doc[prep.i + 1].lower_ == "the")
        body = _body_run(doc, start, lex) if start < len(doc) else None
        if body is not None and body.end in people and covered.isdisjoint(range(body.start, body.end)):
            out.append(body)
    return out


def title_apposition(name_end: int, doc, lex: Lexicon) -> bool:
    """Whether a title in apposition follows the name ending before ``name_end`` ("X, a
    researcher at Y", "X, director of Y"): with an article, or with "of"/"at"/"for" and a
    title no organisation holds."""
    if name_end + 1 >= len(doc) or doc[name_end].text != ",":
        return False
    head = doc[name_end - 1]
    for c in head.children:
        if c.dep_ != "appos" or c.pos_ != "NOUN" or c.i <= name_end or not title_of(c, lex):
            continue
        if any(d.dep_ == "det" for d in c.children):
            return True
        return c.lemma_.lower() not in SHARED_TITLES and any(p.dep_ == "prep" and p.lower_ in ("of", "at", "for") for p in c.children)
    return False


def _demonyms(spans: list[Span], covered: set[int], gazetteer: Gazetteer, lex: Lexicon) -> list[Span]:
    """A demonym the NER missed before a title ("Slovak Defense Minister X": the state) or
    left out of the body's name it opens ("a Georgian Defense Ministry statement": the
    name takes it in)."""
    doc = spans[0].doc
    starts = {s.start: s for s in spans if cls_of(s) is EntityClass.ORGANIZATION}
    out = list(spans)
    for tok in doc:
        if tok.i in covered or tok.ent_type_ or not tok.is_title or tok.dep_ not in ("amod", "compound") or tok.head.i <= tok.i:
            continue
        entry = gazetteer.demonym(tok.text)
        if entry is None or entry.cls is not EntityClass.COUNTRY:
            continue
        body = starts.get(tok.i + 1)
        if body is not None and body.root.lemma_.lower() in lex.institution_nouns:
            out[out.index(body)] = Span(doc, tok.i, body.end, label=body.label_)
        elif any(title_of(t, lex) for t in doc[tok.i + 1 : tok.head.i + 1]):
            out.append(Span(doc, tok.i, tok.i + 1, label=str(EntityClass.COUNTRY)))
    return out


def _after_title(prep: Token, lex: Lexicon) -> bool:
    """Whether the preposition ends a listed title ("Spokesperson for", "Minister of Foreign
    Affairs of")."""
    lo = max(prep.sent.start, prep.i - 6)
    return any(title_of(t, lex) and title_extent(t, lex)[1] == prep.i for t in prep.doc[lo : prep.i])


def _split(span: Span, gazetteer: Gazetteer, lex: Lexicon) -> list[Span] | None:
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].lower_ != "of" or len(span) < 3 or not _after_title(doc[span.start - 1], lex):
        return None
    for n in (1, 2):
        entry = gazetteer.lookup(doc[span.start : span.start + n].text)
        rest = doc[span.start + n : span.end]
        if entry is not None and entry.cls is EntityClass.COUNTRY and len(rest) >= 2 and all(t.pos_ == "PROPN" for t in rest):
            return [Span(doc, span.start, span.start + n, label=str(EntityClass.COUNTRY)),
                    Span(doc, span.start + n, span.end, label=str(EntityClass.PERSON))]  # fmt: skip
    return None


def _compound_name(noun: Token, mentions: Mentions) -> Span | None:
    """The proper nouns right before ``noun`` that name it ("the Acme Land subsidiary"):
    an organisation's mention, or a run of names that is no place alone ("the UK
    subsidiary" is where it is, not what)."""
    doc, start = noun.doc, noun.i
    while start > noun.sent.start and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head.i in range(start, noun.i + 1):
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
    """"the group's spokesman, X", "the company's chief executive X", "its spokesman X":
    the organisation a definite class noun or "its" refers back to is the one the title
    holder serves (coreference resolves it; a person's "his" fits no employer and is dropped)."""
    for noun in sent:
        kind = title_of(noun, lex)
        if kind is None:
            continue
        for c in noun.children:
            if c.dep_ != "poss" or c.lower_ not in ("its",) and c.pos_ != "NOUN":
                continue
            owner = mentions.at(c)
            if owner is None or cls_of(owner) is not None:
                continue  # a named possessor is the titles rule's
            for person in people_of(noun, mentions):
                relation = Relation.LEADER_OF if kind == "leader" else Relation.WORKS_FOR
                yield Candidate(relation, person, owner, noun, f"static:title:{kind}:anaphor", 0.6)


#: Nouns a "member" compound makes a member state ("an EU member state", "NATO member country").
_MEMBER_HEADS = frozenset({"state", "country", "nation"})
#: Modifiers that make a membership not (or no longer) so ("non-NATO member", "a future member").
_NOT_MEMBER = frozenset({"non", "former", "ex", "future", "prospective", "aspiring", "potential", "would-be", "candidate", "new-found"})


def member_modifiers(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """"NATO member Turkey", "Hungary, an EU member state", "X is a NATO member", "made
    Poland the first NATO member country": a state or organisation described as a member
    of the organisation that modifies "member" is part of it."""
    for noun in sent:
        if noun.lemma_.lower() != "member" or noun.pos_ != "NOUN":
            continue
        head = noun.head if noun.dep_ == "compound" and noun.head.lemma_.lower() in _MEMBER_HEADS else noun
        words = [t.lower_ for t in noun.doc[head.left_edge.i : noun.i]]
        if _NOT_MEMBER.intersection(words):
            continue
        orgs = [s for node in {noun, head} for _, s in left_named(node, mentions) if cls_of(s) is EntityClass.ORGANIZATION]
        orgs += [s for o in list(orgs) for c in o.root.children if c.dep_ == "conj" and (s := org_at(c, mentions)) is not None]
        if not orgs:
            continue
        members: list[Span] = []
        if head.dep_ == "compound":  # "NATO member Turkey"
            members.append(named(head.head, mentions))
        if head.dep_ == "appos":  # "Hungary, an EU member state"
            members.append(named(head.head, mentions))
        if head.dep_ == "attr":  # "Poland is a NATO member"
            members.append(named(next((c for c in head.head.children if c.dep_ == "nsubj"), None), mentions))
        members += [named(c, mentions) for c in head.children if c.dep_ in ("nsubj", "appos")]  # "made Poland the first ... member country"
        for member in members:
            if member is None or cls_of(member) not in ACTOR_ORGS:
                continue
            for org in orgs:
                if org.start != member.start:
                    yield Candidate(Relation.PART_OF, member, org, noun, "static:member-modifier", 0.65)


def seat_verbs(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """"X is headquartered in Y", "X, which is based in Y": the organisation has its seat
    in the place (the participle as a modifier, "X, based in Y", is read by the place rules)."""
    for verb in sent:
        if verb.lower_ not in SEAT_PARTICIPLES or verb.dep_ == "acl":
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
    for noun in sent:
        if noun.lemma_.lower() != "counterpart" or noun.pos_ != "NOUN":
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
