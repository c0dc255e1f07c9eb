"""Span helpers shared by the static relation rules (:mod:`kgraph.nlp.static_rules`).

A named entity the mention finder skipped (a demonym modifier such as "Russian", an
abbreviation such as "Conn.") is taken from the NER here, as a span labelled with its
ontology class (a demonym as ``Country``, so the resolver maps it to the state).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator

from spacy.tokens import Span, Token

from kgraph.gazetteer import Gazetteer
from kgraph.nlp.docmemo import entities
from kgraph.nlp.lexicon import load_lexicon
from kgraph.nlp.mentions import NER_CLASSES, NON_RESTRICTIVE_ADJ
from kgraph.nlp.candidates import PLACES, Mentions, cls_of
from kgraph.nlp.syntax import RELATIVE
from kgraph.types import EntityClass, Relation
NOUNS = ("NOUN", "PROPN")
ACTOR_ORGS = frozenset({EntityClass.COUNTRY, EntityClass.ORGANIZATION})


def may_be_named(token: Token, mentions: Mentions) -> bool:
    """A cheap test before :func:`named`: the token lies in a mention or an entity."""
    return bool(token.ent_type_) or token.i in mentions.by_token


def named_positions(sent: Span, mentions: Mentions) -> list[int]:
    """The indices of the sentence's tokens that :func:`may_be_named` (in a mention or an
    entity), found once per sentence and kept with the mentions."""
    key = (sent.start, sent.end)
    found = mentions.named_positions.get(key)
    if found is None:
        entity, by_token = entities(sent.doc), mentions.by_token
        found = mentions.named_positions[key] = [i for i in range(sent.start, sent.end) if entity[i] or i in by_token]
    return found


def named_roots(
    sent: Span, mentions: Mentions, find: Callable[[Token, Mentions], Span | None]
) -> Iterator[tuple[Token, Span]]:
    """(root token, mention) for each mention ``find`` accepts in the sentence, once, at
    its root ("place_at", "org_at"); tokens that are no mention or entity are skipped cheaply."""
    doc = sent.doc
    for i in named_positions(sent, mentions):
        tok = doc[i]
        span = find(tok, mentions)
        if span is not None and tok.i == span.root.i:
            yield tok, span


def named(token: Token | None, mentions: Mentions) -> Span | None:
    """The named or classed mention at ``token``, else the NER entity there (a demonym
    labelled ``Country``), else ``None``. Pronouns give ``None``."""
    if token is None:
        return None
    if token.i not in mentions.named:
        mentions.named[token.i] = _named(token, mentions)
    return mentions.named[token.i]


def _named(token: Token, mentions: Mentions) -> Span | None:
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
    if start >= end or any(i in mentions.by_token for i in range(start, end)):
        return None  # the mention finder re-read this entity ("the Foreign Ministers of Armenia": Armenia)
    if cls is EntityClass.COUNTRY and token.ent_type_ == "NORP" and doc[end - 1].tag_ in ("NNS", "NNPS"):
        return None  # "the Serbs": a people, not a state
    if token.ent_type_ == "NORP":
        while end - start > 1 and doc[start].lower_ in NON_RESTRICTIVE_ADJ and nationality_class(doc[start:end].text) is None:
            start += 1  # "New Afghan ambassador X": a sentence's capitalised first adjective the NER took in
        cls = nationality_class(doc[start:end].text)
        if cls is None:
            return None  # "Shia", "Islamist", "Western": a faith, a creed or a bloc, no state
    return Span(doc, start, end, label=str(cls))


def nationality_class(words: str) -> EntityClass | None:
    """The class a nationality word the NER found stands for: a state (``Country``) for a
    demonym the gazetteer knows ("Russian"); the class the gazetteer gives a place's name
    ("Abkhazia": a region); ``None`` for a faith, creed or bloc (the lexicon's
    ``creed_words``: "Shia", "Islamist", "Western") and any word the gazetteer does not
    know as a place ("Roman", "Communist")."""
    if words.lower() in load_lexicon().creed_words:
        return None
    gaz = Gazetteer.load()
    if gaz.demonym(words) is not None:
        return EntityClass.COUNTRY
    entry = gaz.lookup(words)  # "Roman", "Basque", "Communist": no state the gazetteer knows
    return entry.cls if entry is not None and entry.cls in PLACES else None


def of_class(token: Token | None, mentions: Mentions, classes: Collection[EntityClass]) -> Span | None:
    span = named(token, mentions)
    return span if span is not None and cls_of(span) in classes else None


def place_at(token: Token | None, mentions: Mentions) -> Span | None:
    return of_class(token, mentions, PLACES)


def person_at(token: Token | None, mentions: Mentions) -> Span | None:
    return of_class(token, mentions, (EntityClass.PERSON,))


def org_at(token: Token | None, mentions: Mentions) -> Span | None:
    return of_class(token, mentions, (EntityClass.ORGANIZATION,))


def with_appos(token: Token) -> list[Token]:
    """``token``, then what is in apposition with it ("Bethany, Conn.")."""
    out = [token]
    for c in token.children:
        if c.dep_ in ("appos", "npadvmod") and c.pos_ == "PROPN":
            out.append(c)
    return out


#: Participles that seat an organisation where their "in"/"at" says.
SEAT_PARTICIPLES = frozenset({"based", "headquartered"})


def pobjs(head: Token, preps: tuple[str, ...]) -> Iterator[tuple[str, Token]]:
    """(preposition, object) pairs of ``head``, objects with their conjuncts. In "A from X
    and B from Y" the parser may hang B's "from" on A: it is B's (:func:`crossed_to`)."""
    anchor = _conj_anchor(head) if head.dep_ == "conj" else None
    near = [] if anchor is None else [*anchor.children, *(g for c in anchor.children if c.dep_ == "prep" for g in c.children)]
    crossed = [c for c in near if c.dep_ == "prep" and crossed_to(c) == head]
    for c in [*head.children, *crossed]:
        if c.dep_ == "prep" and c.lower_ in preps and crossed_to(c) not in (None, head):
            continue
        if c.dep_ == "prep" and c.lower_ in preps:
            for p in c.children:
                if p.dep_ == "pobj":
                    yield c.lower_, p
                    for conj in p.children:
                        if conj.dep_ == "conj":
                            yield c.lower_, conj
        elif c.dep_ == "acl" and c.lower_ in SEAT_PARTICIPLES:  # "X based in Y", "X, headquartered in Y"
            for p in c.children:
                if p.dep_ == "prep" and p.lower_ in ("in", "at"):
                    yield "in", next((o for o in p.children if o.dep_ == "pobj"), p)


def crossed_to(prep: Token) -> Token | None:
    """The name a preposition belongs to when the parser hung it on the first of two
    coordinated names with a phrase each ("A from X and B from Y": the second "from" is
    B's): a name that ends right before the preposition and is coordinated with its head
    A, or with A's object X when it is no name of X's kind ("Rheinmetall" beside "Italy"),
    where A has a phrase of the same preposition before it."""
    head = prep.head.head if prep.head.dep_ == "prep" else prep.head  # "from X ... from Y" hung on the first "from"
    if prep.i == 0 or prep.i - 1 <= head.i:
        return None
    if not any(c.dep_ == "prep" and c.lower_ == prep.lower_ and c.i < prep.i for c in (*head.children, prep.head)):
        return None  # A has a phrase of the same preposition of its own ("from X")
    for t in prep.doc[head.i + 1 : prep.i]:
        if t.dep_ != "conj" or t.pos_ != "PROPN" or t.right_edge.i != prep.i - 1:
            continue
        root = t
        while root.dep_ == "conj" and root.head != root:
            root = root.head
        if root == head or root.dep_ == "pobj" and root.head.head == head and t.ent_type_ != root.ent_type_:
            return t
    return None


def _conj_anchor(token: Token) -> Token:
    """The word a conjunct is coordinated under, through its object ("A from X and B": A)."""
    root = token
    while root.dep_ == "conj" and root.head != root:
        root = root.head
    return root.head.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else root


def left_named(head: Token, mentions: Mentions, before: int | None = None) -> Iterator[tuple[Token, Span]]:
    """Named mentions among the left modifiers of ``head`` (compounds, adjectives,
    possessives, recursively), ending before token index ``before``; not a name joined by
    a hyphen to the word after it ("the China-Pakistan Economic Corridor", "the
    Western-backed army"), which is a part of a longer name or a participle's agent."""
    limit = head.i if before is None else before
    for c in head.lefts:
        if c.dep_ not in ("compound", "amod", "nmod", "poss", "npadvmod"):
            continue
        span = named(c, mentions)
        if span is not None and hyphenated(span):
            continue
        if span is not None and span.end <= limit and head.i not in range(span.start, span.end):
            yield c, span
        else:
            yield from left_named(c, mentions, limit)



def hyphenated(span: Span) -> bool:
    """Whether a hyphen glues ``span`` to a word beside it ("China-Pakistan", "the
    Iran-Iraq border", "Western-backed"): what it modifies lies between the two, or is
    done by it, and is in neither."""
    doc = span.doc
    after = span.end + 1 < len(doc) and doc[span.end].text in HYPHENS and not doc[span.end - 1].whitespace_
    before = span.start > 1 and doc[span.start - 1].text in HYPHENS and not doc[span.start - 2].whitespace_
    return after or before


#: Hyphens and dashes that join two words into one ("China-Pakistan").
HYPHENS = frozenset({"-", "‐", "‑", "–"})


def relative_antecedent(subj: Token, verb: Token, mentions: Mentions) -> Span | None:
    """The mention a clause's subject stands for: itself, or for "who"/"that" in a
    relative clause, the noun the clause modifies (through "the man who ...")."""
    if subj.lower_ not in RELATIVE:
        return named(subj, mentions)
    head = verb.head if verb.dep_ == "relcl" else None
    if head is None:
        return None
    span = named(head, mentions)
    if (span is None or cls_of(span) is not EntityClass.PERSON) and head.dep_ == "appos":
        span = named(head.head, mentions) or span  # "X, the man who ...", "X, a Republican who ..."
    return span


def after_born_in(span: Span) -> bool:
    """Whether ``span`` is where someone was born ("born in X", "was born Jane Roe in X"):
    a birthplace, where "Town, State" is one name."""
    doc = span.doc
    if span.start >= 2 and doc[span.start - 1].lower_ == "in" and doc[span.start - 2].lower_ == "born":
        return True
    prep = span.root.head
    if span.root.dep_ != "pobj" or prep.lower_ != "in":
        return False
    return prep.head.lower_ == "born" or prep.head.dep_ in ("oprd", "dobj") and prep.head.head.lower_ == "born"


#: Relations between bodies and their people whose bodies the text must name: "headed an
#: elite military force", "a member of a coalition" name no body the gold could list.
NAMED_BODY_RELATIONS = frozenset({Relation.LEADER_OF, Relation.WORKS_FOR, Relation.PART_OF})


def indefinite(span: Span) -> bool:
    """An unnamed noun phrase brought in by "a"/"an" ("an elite military force"): it names
    no entity, only a kind."""
    return len(span) > 0 and all(t.pos_ != "PROPN" for t in span) and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in span.root.children
    )

