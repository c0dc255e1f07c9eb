"""Relations stated by titles, appositions and place phrases, not by a verb.

"Russian President Vladimir Putin" (leaderOf), "Jane Roe, a spokeswoman for Acme"
(worksFor), "Donetsk, Ukraine" (locatedIn), "the Paris-based company" (basedIn),
"John Doe, 50, of Springfield" (livesIn), "Smith, who assassinated Jones" (killed).
Every rule is a dependency shape over general word classes (titles from the lexicon,
a few closed sets below); none names an entity.

A named entity the mention finder skipped (a demonym modifier such as "Russian", an
abbreviation such as "Conn.") is taken from the NER here, as a span labelled with its
ontology class (a demonym as ``Country``, so the resolver maps it to the state).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Span, Token

from kgraph.nlp.lexicon import Lexicon
from kgraph.nlp.mentions import NER_CLASSES
from kgraph.nlp.relations import PLACES, Candidate, Mentions, cls_of
from kgraph.types import EntityClass, Relation

#: Nouns that make their person a resident of the place they name ("a native of X").
RESIDENT_NOUNS = frozenset({"native", "resident", "citizen", "inhabitant", "national", "villager", "townsman"})
#: Nouns naming whoever killed the person they govern ("Y's assassin X").
KILLER_NOUNS = frozenset({"assassin", "killer", "murderer", "slayer", "executioner", "gunman"})
#: Nouns naming a killing ("the assassination of Y by X").
KILLING_NOUNS = frozenset({"assassination", "killing", "murder", "slaying", "execution"})
#: Verbs of killing whose relative-clause subject ("X, who killed Y") relations.py leaves to a pronoun.
KILL_VERBS = frozenset({"kill", "assassinate", "murder", "slay", "shoot", "execute", "stab", "strangle"})
#: Verbs of employment: "X, who works for Y", "X served in Y".
WORK_VERBS = frozenset({"work", "serve"})
#: Relative pronouns standing for the noun their clause modifies.
RELATIVE = frozenset({"who", "that", "which", "whom"})
#: Prepositions linking a person or an organisation to a place or employer.
_PERSON_PREPS = ("of", "from", "in", "at", "with", "for")
_ORG_PREPS = ("in", "of", "from", "at")
_NOUNS = ("NOUN", "PROPN")
_ACTOR_ORGS = frozenset({EntityClass.COUNTRY, EntityClass.ORGANIZATION})

_Key = tuple[str, int, int, int, int]


def static_candidates(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """Candidates of one sentence stated by titles, appositions and place phrases."""
    seen: set[_Key] = set()
    rules = (_titles, _person_places, _work_verbs, _place_chains, _place_preps,
             _org_places, _datelines, _kills)  # fmt: skip
    for rule in rules:
        for cand in rule(sent, mentions, lex):
            s, o = cand.subject, cand.object
            if s.start < o.end and o.start < s.end:
                continue  # overlapping spans: one entity
            key = (str(cand.relation), s.start, s.end, o.start, o.end)
            if key not in seen:
                seen.add(key)
                yield cand


# --------------------------------------------------------------------------- spans


def named(token: Token | None, mentions: Mentions) -> Span | None:
    """The named or classed mention at ``token``, else the NER entity there (a demonym
    labelled ``Country``), else ``None``. Pronouns give ``None``."""
    if token is None:
        return None
    span = mentions.at(token)
    if span is not None and cls_of(span) is not None:
        return span
    if not token.ent_type_:
        return None
    cls = EntityClass.COUNTRY if token.ent_type_ == "NORP" else NER_CLASSES.get(token.ent_type_)
    if cls is None:
        return None
    doc = token.doc
    start, end = token.i, token.i + 1
    while start > 0 and token.ent_iob_ != "B" and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    while start < end and doc[start].lower_ in ("the", "a", "an"):
        start += 1
    while end > start and (doc[end - 1].is_punct and len(doc[end - 1]) == 1 or doc[end - 1].tag_ == "POS"):
        end -= 1
    if start >= end:
        return None
    if cls is EntityClass.COUNTRY and token.ent_type_ == "NORP" and doc[end - 1].tag_ in ("NNS", "NNPS"):
        return None  # "the Serbs": a people, not a state
    return Span(doc, start, end, label=str(cls))


def _of_class(token: Token | None, mentions: Mentions, classes: Iterable[EntityClass]) -> Span | None:
    span = named(token, mentions)
    return span if span is not None and cls_of(span) in set(classes) else None


def _place(token: Token | None, mentions: Mentions) -> Span | None:
    return _of_class(token, mentions, PLACES)


def _person(token: Token | None, mentions: Mentions) -> Span | None:
    return _of_class(token, mentions, (EntityClass.PERSON,))


def _org(token: Token | None, mentions: Mentions) -> Span | None:
    return _of_class(token, mentions, (EntityClass.ORGANIZATION,))


def _with_appos(token: Token) -> list[Token]:
    """``token``, then what is in apposition with it ("Bethany, Conn.")."""
    out = [token]
    for c in token.children:
        if c.dep_ in ("appos", "npadvmod") and c.pos_ == "PROPN":
            out.append(c)
    return out


def _pobjs(head: Token, preps: tuple[str, ...]) -> Iterator[tuple[str, Token]]:
    """(preposition, object) pairs of ``head``, objects with their conjuncts."""
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            for p in c.children:
                if p.dep_ == "pobj":
                    yield c.lower_, p
                    for conj in p.children:
                        if conj.dep_ == "conj":
                            yield c.lower_, conj
        elif c.dep_ == "acl" and c.lower_ == "based":  # "X based in Y"
            for p in c.children:
                if p.dep_ == "prep" and p.lower_ in ("in", "at"):
                    yield "in", next((o for o in p.children if o.dep_ == "pobj"), p)


def _left_named(head: Token, mentions: Mentions, before: int | None = None) -> Iterator[tuple[Token, Span]]:
    """Named mentions among the left modifiers of ``head`` (compounds, adjectives,
    possessives, recursively), ending before token index ``before``."""
    limit = head.i if before is None else before
    for c in head.lefts:
        if c.dep_ not in ("compound", "amod", "nmod", "poss", "npadvmod"):
            continue
        span = named(c, mentions)
        if span is not None and span.end <= limit and head.i not in range(span.start, span.end):
            yield c, span
        else:
            yield from _left_named(c, mentions, limit)


# --------------------------------------------------------------------------- people


def _title_of(token: Token, lex: Lexicon) -> str | None:
    """'leader' or 'member' when ``token`` is a title noun (or ends a two-word one)."""
    if token.pos_ not in _NOUNS:
        return None
    words = [token.lower_, token.lemma_.lower()]
    if token.i > 0:
        words.insert(0, f"{token.doc[token.i - 1].lower_} {token.lower_}")
    for w in words:
        if w in lex.leader_titles:
            return "leader"
        if w in lex.member_titles:
            return "member"
    return None


def _people_of(noun: Token, mentions: Mentions) -> list[Span]:
    """The persons a title or role noun describes: the name it modifies ("President X"),
    the name it is in apposition with, either way, or the subject of "X is the noun"."""
    out: list[Span] = []
    node = noun
    while node.dep_ in ("compound", "amod") and node.head.i != node.i:
        node = node.head  # "Exxon chairman Lee Raymond": up to the name
        span = _person(node, mentions)
        if span is not None and noun.i < span.start:
            return [span]
    if noun.dep_ == "appos":
        span = _person(noun.head, mentions)
        if span is not None:
            out.append(span)
    for c in noun.children:
        if c.dep_ == "appos":
            span = _person(c, mentions)
            if span is not None:
                out.append(span)
    if noun.dep_ == "attr":
        subj = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        span = _person(subj, mentions)
        if span is not None:
            out.append(span)
    return out


def _employers(noun: Token, mentions: Mentions, person: Span) -> Iterator[tuple[Span, bool]]:
    """What a title noun says its holder serves, and whether it is a modifier of the
    title ("Y's chairman", "Y chairman", "Russian President") rather than a prepositional
    complement ("chairman of/for/at/with Y"; never "ambassador to Y")."""
    for _, span in _left_named(noun, mentions):
        yield span, True
    # "Y chairman X" where Y modifies the name, not the title
    for c in person.root.lefts:
        if c.i < noun.i and c.dep_ in ("compound", "amod", "nmod"):
            span = named(c, mentions)
            if span is not None and span.end <= noun.i:
                yield span, True
    for _, tok in _pobjs(noun, ("of", "for", "at", "with")):
        span = named(tok, mentions)
        if span is not None:
            yield span, False


def _titles(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    for noun in sent:
        kind = _title_of(noun, lex)
        if kind is None or _person(noun, mentions) is not None:
            continue
        for person in _people_of(noun, mentions):
            for employer, modifier in _employers(noun, mentions, person):
                cls = cls_of(employer)
                if cls is EntityClass.PERSON or cls is None:
                    continue
                if kind == "leader" and cls in _ACTOR_ORGS | PLACES:
                    yield Candidate(Relation.LEADER_OF, person, employer, noun, "static:title:leader", 0.75)
                elif cls in _ACTOR_ORGS:
                    yield Candidate(Relation.WORKS_FOR, person, employer, noun, "static:title:member", 0.75)
                if modifier and cls in PLACES:  # "Russian President X": X is Russian
                    yield Candidate(Relation.LIVES_IN, person, employer, noun, "static:title:nationality", 0.6)


def _person_places(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """"X of/from/in Y", "X, 50, of Y", "X, a native of Y", "the Y native X", "X was born
    in Y", "Soviet historian X": a person's home (or employer, when Y is an organisation)."""
    for tok in sent:
        person = _person(tok, mentions)
        if person is None or tok.i != person.root.i:
            continue
        heads = [tok] + [c for c in tok.children if c.dep_ == "appos" and _title_of(c, lex) is None]
        for head in heads:
            for prep, obj in _pobjs(head, _PERSON_PREPS):
                for t in _with_appos(obj):
                    place = _place(t, mentions)
                    if place is not None and prep in ("of", "from"):
                        yield Candidate(Relation.LIVES_IN, person, place, head, f"static:person-{prep}", 0.65)
                    org = _org(t, mentions)
                    if org is not None and prep != "in" and head.i == tok.i:
                        yield Candidate(Relation.WORKS_FOR, person, org, head, f"static:person-{prep}-org", 0.6)
        if not any(_title_of(c, lex) for c in tok.subtree if c.i < person.start):
            for _, place in _left_named(tok, mentions, person.start):
                if cls_of(place) in PLACES:  # "dissident Soviet historian X": nationality
                    yield Candidate(Relation.LIVES_IN, person, place, tok, "static:person-nationality", 0.6)
    for noun in sent:
        if noun.lemma_.lower() not in RESIDENT_NOUNS or noun.pos_ not in _NOUNS:
            continue
        places = [s for _, t in _pobjs(noun, ("of", "in", "from")) for s in map(lambda x: _place(x, mentions), _with_appos(t)) if s]
        places += [s for _, s in _left_named(noun, mentions) if cls_of(s) in PLACES]
        for person in _people_of(noun, mentions):
            for place in places:
                yield Candidate(Relation.LIVES_IN, person, place, noun, "static:resident", 0.75)
    for verb in sent:
        if verb.lower_ != "born":
            continue
        subj = next((c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")), None)
        person = _relative_antecedent(subj, verb, mentions) if subj is not None else None
        if person is None and verb.dep_ in ("acl", "relcl"):
            person = _person(verb.head, mentions)
        if person is None or cls_of(person) is not EntityClass.PERSON:
            continue
        for _, obj in _pobjs(verb, ("in",)):
            place = _birthplace(obj, mentions)
            if place is not None:
                yield Candidate(Relation.LIVES_IN, person, place, verb, "static:born-in", 0.7)


def _birthplace(token: Token, mentions: Mentions) -> Span | None:
    """The place at ``token``; a birthplace written "Town, State" is one place name."""
    place = _place(token, mentions)
    if place is None:
        return None
    doc = token.doc
    if place.end + 1 < len(doc) and doc[place.end].text == ",":
        outer = _place(doc[place.end + 1], mentions)
        if outer is not None and outer.start == place.end + 1:
            return Span(doc, place.start, outer.end, label=place.label_)
    return place


def _after_born_in(span: Span) -> bool:
    doc = span.doc
    return span.start >= 2 and doc[span.start - 1].lower_ == "in" and doc[span.start - 2].lower_ == "born"


def _relative_antecedent(subj: Token, verb: Token, mentions: Mentions) -> Span | None:
    """The mention a clause's subject stands for: itself, or for "who"/"that" in a
    relative clause, the noun the clause modifies (through "the man who ...")."""
    if subj.lower_ not in RELATIVE:
        return named(subj, mentions)
    head = verb.head if verb.dep_ == "relcl" else None
    if head is None:
        return None
    span = named(head, mentions)
    if span is None and head.dep_ == "appos":
        span = named(head.head, mentions)  # "X, the man who ..."
    return span


def _work_verbs(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """"X works for Y", "X, who served in Y" (employment); "X, who lives in Y"."""
    for verb in sent:
        lemma = verb.lemma_.lower()
        if verb.pos_ not in ("VERB", "AUX") or lemma not in WORK_VERBS | {"live", "reside"}:
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or (lemma in ("live", "reside") and subj.lower_ not in RELATIVE):
            continue  # plain "X lives in Y" is a verb-class rule of relations.py
        person = _relative_antecedent(subj, verb, mentions)
        if person is None or cls_of(person) is not EntityClass.PERSON:
            continue
        preps = ("in",) if lemma in ("live", "reside") else ("for", "at", "with", "in", "on")
        for _, obj in _pobjs(verb, preps):
            if lemma in WORK_VERBS:
                org = _of_class(obj, mentions, _ACTOR_ORGS)
                if org is not None:
                    yield Candidate(Relation.WORKS_FOR, person, org, verb, f"static:{lemma}-for", 0.7)
            else:
                for t in _with_appos(obj):
                    place = _place(t, mentions)
                    if place is not None:
                        yield Candidate(Relation.LIVES_IN, person, place, verb, "static:who-lives-in", 0.7)


# --------------------------------------------------------------------------- places


def _place_run(sent: Span, mentions: Mentions) -> list[Span]:
    """Place mentions of the sentence in text order, one per token run."""
    out: list[Span] = []
    i = sent.start
    while i < sent.end:
        span = _place(sent.doc[i], mentions)
        if span is not None and span.start >= i and span.end <= sent.end:
            out.append(span)
            i = span.end
        else:
            i += 1
    return out


def _place_chains(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """"Aiken, S.C.", "Azusa, Calif.", "Donetsk, Ukraine": each place of a chain joined by
    single commas lies in the ones after it, unless the chain is a list ("A, B and C")."""
    doc = sent.doc
    places = _place_run(sent, mentions)
    chains: list[list[Span]] = []
    for span in places:
        prev = chains[-1][-1] if chains else None
        if prev is not None and span.start == prev.end + 1 and doc[prev.end].text == ",":
            chains[-1].append(span)
        else:
            chains.append([span])
    for chain in chains:
        if len(chain) < 2:
            continue
        last = chain[-1]
        after = [t.lower_ for t in doc[last.end : min(last.end + 2, sent.end)]]
        before = doc[chain[0].start - 1].lower_ if chain[0].start > sent.start else ""
        if any(t.dep_ == "cc" for s in chain for t in s) or "and" in after or "or" in after:
            continue  # "Colombia, Bolivia, Peru, and Venezuela": a list
        if before in ("and", "or", "between") or len(chain) > 3 or _after_born_in(chain[0]):
            continue
        for i, inner in enumerate(chain):
            for outer in chain[i + 1 :]:
                if cls_of(outer) is EntityClass.PLACE and cls_of(inner) is not EntityClass.PLACE:
                    continue  # "Paris, the Seine" is not containment
                yield Candidate(Relation.LOCATED_IN, inner, outer, doc[outer.start - 1], "static:place-comma", 0.7)


def _place_preps(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """"X in Y" and "X, in Y" (X a place or facility), "X, an island nation in Y",
    "Y's X", "Soviet Armenia"."""
    for tok in sent:
        inner = _place(tok, mentions)
        if inner is None or tok.i != inner.root.i:
            continue
        heads = [tok] + [c for c in tok.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
        for head in heads:
            for _, obj in _pobjs(head, ("in",)):
                for t in _with_appos(obj):
                    outer = _place(t, mentions)
                    if outer is not None:
                        yield Candidate(Relation.LOCATED_IN, inner, outer, head, "static:place-in", 0.65)
        for c, outer in _left_named(tok, mentions, inner.start):
            if cls_of(outer) in PLACES and c.dep_ in ("poss", "compound", "amod"):
                yield Candidate(Relation.LOCATED_IN, inner, outer, c, "static:place-modifier", 0.6)


def _org_places(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """"X in/of/from Y", "the Y-based X", "X, based in Y", "X, a Y construction firm",
    "the Y company X" (basedIn); "Y's X", "X, Y's state airline" (partOf)."""
    for tok in sent:
        org = _org(tok, mentions)
        if org is None or tok.i != org.root.i:
            continue
        heads = [tok] + [c for c in tok.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
        if tok.dep_ == "appos" and tok.head.pos_ == "NOUN" and named(tok.head, mentions) is None:
            heads.append(tok.head)  # "the airline, X"
        for c in tok.lefts:  # "the Chilean company X": the noun is a compound of the name
            if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < org.start:
                heads.append(c)
        for head in heads:
            for prep, obj in _pobjs(head, _ORG_PREPS):
                for t in _with_appos(obj):
                    target = named(t, mentions)
                    if target is None:
                        continue
                    if cls_of(target) in PLACES and prep != "of" or cls_of(target) in PLACES and head.i != tok.i:
                        yield Candidate(Relation.BASED_IN, org, target, head, f"static:org-{prep}", 0.65)
                    elif cls_of(target) in _ACTOR_ORGS and prep == "of":
                        yield Candidate(Relation.PART_OF, org, target, head, "static:org-of", 0.6)
            limit = org.start if head.i == tok.i else head.i
            for c, target in _left_named(head, mentions, limit):
                if c.dep_ == "poss" and cls_of(target) in _ACTOR_ORGS:
                    yield Candidate(Relation.PART_OF, org, target, c, "static:org-poss", 0.65)
                elif cls_of(target) in PLACES:
                    yield Candidate(Relation.BASED_IN, org, target, c, "static:org-modifier", 0.65)
            for c in head.lefts:  # "the Paris-based X"
                if c.lower_ == "based" or c.lower_.endswith("-based"):
                    for m in c.lefts:
                        target = _place(m, mentions)
                        if target is not None:
                            yield Candidate(Relation.BASED_IN, org, target, c, "static:based", 0.75)


def _datelines(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """A news dateline: "PLACE[, PLACE] (AGENCY)" -> the agency is based there."""
    doc = sent.doc
    for tok in sent:
        if tok.text != "(" or tok.i + 2 >= sent.end:
            continue
        org = _org(doc[tok.i + 1], mentions)
        if org is None or org.end >= len(doc) or doc[org.end].text != ")":
            continue
        places: list[Span] = []
        i = tok.i - 1
        while i >= sent.start:
            span = _place(doc[i], mentions) or _org(doc[i], mentions)  # NER often tags an all-caps city ORG
            if span is None:
                break
            places.append(Span(doc, span.start, span.end, label=str(EntityClass.CITY)) if cls_of(span) is EntityClass.ORGANIZATION else span)
            i = span.start - 1
            if i >= sent.start and doc[i].text == ",":
                i -= 1
            else:
                break
        if i >= sent.start and places:
            continue  # only at the start of a sentence
        for place in places:
            yield Candidate(Relation.BASED_IN, org, place, tok, "static:dateline", 0.7)
        for inner, outer in zip(places[1:], places):
            yield Candidate(Relation.LOCATED_IN, inner, outer, tok, "static:dateline", 0.7)


# --------------------------------------------------------------------------- killing


def _kills(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """"X, who assassinated Y", "Y's assassin X", "X, the killer of Y", "the assassination
    of Y by X", "Y was murdered on the orders of X". Plain active and passive kill verbs
    belong to relations.py."""
    for verb in sent:
        if verb.lemma_.lower() not in KILL_VERBS or verb.pos_ != "VERB":
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ in RELATIVE:
            killer = _relative_antecedent(subj, verb, mentions)
            for c in verb.children:
                victim = _person(c, mentions) if c.dep_ == "dobj" else None
                if killer is not None and victim is not None and cls_of(killer) is EntityClass.PERSON:
                    yield Candidate(Relation.KILLED, killer, victim, verb, "static:who-killed", 0.75)
        victim_tok = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        victim = _person(victim_tok, mentions)
        if victim is not None:
            for _, order in _pobjs(verb, ("on", "at")):
                if order.lemma_.lower() in ("order", "behest", "command", "instruction"):
                    for _, who in _pobjs(order, ("of",)):
                        killer = _person(who, mentions)
                        if killer is not None:
                            yield Candidate(Relation.KILLED, killer, victim, verb, "static:on-orders-of", 0.6)
    for noun in sent:
        lemma = noun.lemma_.lower()
        if noun.pos_ not in _NOUNS:
            continue
        if lemma in KILLER_NOUNS or noun.lower_ in KILLER_NOUNS:
            victims = [s for _, s in _left_named(noun, mentions) if cls_of(s) is EntityClass.PERSON]
            victims += [s for _, t in _pobjs(noun, ("of",)) if (s := _person(t, mentions))]
            for killer in _people_of(noun, mentions):
                for victim in victims:
                    yield Candidate(Relation.KILLED, killer, victim, noun, "static:killer-noun", 0.7)
        elif lemma in KILLING_NOUNS:
            victims = [s for _, t in _pobjs(noun, ("of",)) if (s := _person(t, mentions))]
            killers = [s for _, t in _pobjs(noun, ("by",)) if (s := _person(t, mentions))]
            poss = [named(c, mentions) for c in noun.children if c.dep_ == "poss"]
            poss = [s for s in poss if s is not None and cls_of(s) is EntityClass.PERSON]
            if victims and not killers:
                killers = poss  # "Booth's assassination of Lincoln"
            elif killers and not victims:
                victims = poss  # "Lincoln's assassination by Booth"
            for killer in killers:
                for victim in victims:
                    yield Candidate(Relation.KILLED, killer, victim, noun, "static:killing-of-by", 0.7)
