"""Relation candidates from dependency shapes over verb and noun classes.

Each rule is a plain generator over one sentence that yields :class:`Candidate`
records made of spaCy spans; resolution into canonical entities and the qualifiers
(status, attribution, quantity, time) come later, in :mod:`kgraph.extract`.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection, Iterator
from dataclasses import dataclass

from spacy.tokens import Span, Token

from kgraph.nlp.lexicon import Lexicon
from kgraph.nlp.mentions import measured
from kgraph.nlp.qualifiers import VAGUE_AMOUNTS
from kgraph.types import EntityClass, Relation

ACTORS = frozenset(
    {EntityClass.PERSON, EntityClass.COUNTRY, EntityClass.ORGANIZATION, EntityClass.GROUP}
)
PLACES = frozenset({EntityClass.COUNTRY, EntityClass.CITY, EntityClass.REGION, EntityClass.PLACE})

#: Verb class -> relation, where the class alone decides it.
CLASS_RELATION: dict[str, Relation] = {
    "visit": Relation.VISITS,
    "meet": Relation.MEETS_WITH,
    "sign": Relation.SIGNS,
    "cooperate": Relation.COOPERATES_WITH,
    "support": Relation.SUPPORTS,
    "recognize": Relation.RECOGNIZES,
    "attack": Relation.ATTACKS,
    "occupy": Relation.OCCUPIES,
    "threaten": Relation.THREATENS,
    "criticize": Relation.CRITICIZES,
    "kill": Relation.KILLED,
    "lead": Relation.LEADER_OF,
    "live": Relation.LIVES_IN,
    "join": Relation.PART_OF,
}

#: Verb classes whose object is the complement of a preposition, not a direct object.
PREP_OBJECTS: dict[str, tuple[str, ...]] = {
    "visit": ("to", "in", "into"),
    "meet": ("with",),
    "cooperate": ("with",),
    "attack": ("against", "on"),
    "live": ("in",),
    "recognize": ("to",),
    "join": ("to",),  # "accede to NATO"
}

#: Verbs whose purpose clause names the receiver of a transfer ("to support X").
HELP_VERBS = frozenset({"support", "help", "assist", "aid", "bolster", "reinforce", "back"})

SUBJECT_PRONOUNS = frozenset({"it", "they", "he", "she", "its", "their", "his", "her", "we", "i"})


@dataclass
class Candidate:
    """A relation between two mention spans, before resolution."""

    relation: Relation
    subject: Span
    object: Span
    trigger: Token
    rule: str
    confidence: float
    target: Span | None = None  # "to X": recipient or destination, decided by X's class
    helped: Span | None = None  # "to support X": the recipient
    label: str | None = None
    source: Span | None = None  # who gives the figure ("X put the toll at N"), when the rule knows


class Mentions:
    """The mentions of one doc, looked up by token."""

    def __init__(self, spans: list[Span], anaphors: Collection[str] = ()) -> None:
        self.spans = spans
        self.anaphors = anaphors  # nouns whose definite phrase refers back ("the agency")
        self.by_token: dict[int, Span] = {}
        for span in sorted(spans, key=len, reverse=True):
            for t in span:
                self.by_token[t.i] = span
        for span in spans:
            self.by_token[span.root.i] = span
        self._starts = sorted(spans, key=lambda sp: sp.start)
        self._start_keys = [sp.start for sp in self._starts]
        self._at: dict[int, Span | None] = {}
        self.named: dict[int, Span | None] = {}  # static_spans.named's answers, by token

    def within(self, sent: Span) -> list[Span]:
        """The mentions that start inside ``sent``, in text order."""
        lo = bisect_left(self._start_keys, sent.start)
        hi = bisect_left(self._start_keys, sent.end)
        return self._starts[lo:hi]

    def at(self, token: Token | None) -> Span | None:
        """The mention ``token`` heads or lies in; a measure noun gives what it measures."""
        if token is None:
            return None
        i = token.i
        if i not in self._at:
            self._at[i] = self._find(token)
        return self._at[i]

    def _find(self, token: Token) -> Span | None:
        span = self.by_token.get(token.i)
        if span is not None:
            return span
        inner = measured(token)
        if inner is not None:
            return self.by_token.get(inner.i)
        if token.lower_ in SUBJECT_PRONOUNS or token.pos_ == "PRON":
            return token.doc[token.i : token.i + 1]  # resolved by coreference later
        if self.anaphors and is_anaphor(token, self.anaphors):
            return token.doc[token.i : token.i + 1]  # "the agency", "his country": likewise
        return None


_CLASS_OF_LABEL = {str(c): c for c in EntityClass}


#: Determiners of a phrase that refers back ("the agency", "his country").
ANAPHOR_DETERMINERS = frozenset({"the", "this", "that", "these", "those", "his", "her", "its", "their"})


def is_anaphor(token: Token, anaphors: Collection[str]) -> bool:
    """A bare definite phrase of a class noun: "the agency", "his country", "the two
    republics"; not "the country's south" of a named one ("the Syrian government", "the
    capital of Iran" name their own referent)."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in anaphors or token.ent_type_:
        return False
    det = False
    for c in token.children:
        if c.dep_ in ("det", "poss") and c.lower_ in ANAPHOR_DETERMINERS:
            det = True
        elif c.dep_ in ("compound", "amod", "nmod", "appos", "acl", "relcl") or c.dep_ == "prep" and c.lower_ == "of":
            return False
    return det


def cls_of(span: Span) -> EntityClass | None:
    """The ontology class a mention's label names; ``None`` for a pronoun (unknown
    until resolved)."""
    return _CLASS_OF_LABEL.get(span.label_)


def conjuncts(token: Token) -> list[Token]:
    """``token`` and the tokens coordinated or in apposition with it."""
    out = [token]
    stack = [token]
    while stack:
        t = stack.pop()
        for c in t.children:
            if c.dep_ in ("conj", "appos") and c not in out:
                out.append(c)
                stack.append(c)
    return out


#: Verbs whose object, not subject, is the one who did what follows ("arrested X for").
ACCUSING_VERBS = frozenset({"arrest", "charge", "accuse", "convict", "indict", "sentence", "jail", "detain",
                            "blame", "suspect", "punish", "execute", "fine", "sue", "prosecute", "try"})  # fmt: skip


def find_subject(verb: Token) -> tuple[Token | None, bool]:
    """The agent of ``verb`` and whether it is inherited from a governing clause."""
    for c in verb.children:
        if c.dep_ in ("nsubj", "csubj"):
            return c, False
    for c in verb.children:
        if c.dep_ == "agent":
            for p in c.children:
                if p.dep_ == "pobj":
                    return p, False
    if verb.dep_ == "advcl" and verb.tag_ == "VBN" and verb.i >= 2 and verb.doc[verb.i - 1].text == ",":
        # "... the sentence of X, convicted of murdering Y": a bare participle after a
        # comma describes the name just before it, however the parser attached it
        before = verb.doc[verb.i - 2]
        if before.ent_type_ == "PERSON" and not any(c.dep_ in ("aux", "auxpass", "mark") for c in verb.children):
            return before, True
    if verb.dep_ in ("xcomp", "advcl", "conj", "pcomp", "acomp") and verb.head != verb:
        head = verb.head
        if verb.dep_ == "pcomp":
            head = head.head
            accused = next((c for c in head.children if c.dep_ == "dobj"), None)
            if head.lemma_.lower() in ACCUSING_VERBS and accused is not None:
                return accused, True  # "police arrested X for killing Y": X, not the police
        if head.pos_ in ("VERB", "AUX", "ADJ"):
            if verb.dep_ in ("xcomp", "acomp"):  # raising: "X is set to send", "X is ready to send"
                for c in head.children:
                    if c.dep_ == "nsubjpass":
                        return c, True
            subj, _ = find_subject(head)
            return subj, True
    if verb.dep_ in ("relcl", "acl") and verb.head.dep_ == "ROOT" and verb.head.pos_ == "PROPN" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    ):
        return verb.head, False  # a headline's "Turkey to send troops"
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        for c in verb.head.children:
            if c.dep_ == "poss":
                return c, True
        before = verb.doc[verb.i - 1] if verb.i > 0 else None
        if verb.lemma_ == "be" and before is not None and before.dep_ == "pobj" and before.head.lower_ == "with":
            return before, True  # absolute "with X being among the first to ...": X
    return None, False


def role_holder(noun: Token, mentions: Mentions) -> Span | None:
    """The person a role noun names when the parser hangs the name below it: "the
    ambassador, X", or "the ambassador of Y X" / "Ambassador to Y X" read as the object
    of the preposition, right after the named Y."""
    for c in noun.children:
        span = mentions.at(c) if c.dep_ == "appos" else None
        if span is not None and cls_of(span) is EntityClass.PERSON:
            return span
    for tok in prep_objects(noun, ("of", "to")):
        for t in conjuncts(tok):
            span = mentions.at(t)
            if span is None or cls_of(span) is not EntityClass.PERSON or span.start == 0:
                continue
            prev = span.start - 1
            while prev > noun.i and span.doc[prev].is_punct:  # "... Republic (DPR) X"
                prev -= 1
            before = mentions.at(span.doc[prev])
            if before is not None and cls_of(before) not in (EntityClass.PERSON, None):
                return span
    return None


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def prep_objects(head: Token, preps: tuple[str, ...]) -> list[Token]:
    out = []
    for c in head.children:
        if c.dep_ in ("prep", "dative") and c.lower_ in preps:
            out.extend(p for p in c.children if p.dep_ == "pobj")
        elif c.dep_ == "dative" and c.pos_ in ("NOUN", "PROPN"):
            out.append(c)
    return out


def direct_objects(verb: Token) -> list[Token]:
    objs: list[Token] = []
    for c in verb.children:
        if c.dep_ in ("dobj", "obj") or (c.dep_ == "dep" and c.pos_ in ("NOUN", "PROPN")):
            objs.extend(conjuncts(c))
        if c.dep_ == "nsubjpass":
            objs.extend(conjuncts(c))
    for c in verb.children:  # "..., and, it is alleged, X": a hedge clause coordinated in
        if c.dep_ == "conj" and any(g.dep_ == "nsubjpass" and g.lower_ == "it" for g in c.children):
            objs.extend(g for g in c.children if g.dep_ in ("dep", "dobj") and g.pos_ in ("NOUN", "PROPN"))
    # "what amounts to X" / "in the form of X": follow a light head to its complement
    for c in verb.children:
        if c.dep_ == "ccomp" and c.lemma_ == "amount":
            objs.extend(prep_objects(c, ("to",)))
    return objs


def helped_actor(verb: Token, mentions: Mentions) -> Span | None:
    """X in "... to support X" governed by ``verb``."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "conj")]
    for c in (c for h in heads for c in h.children):
        if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in HELP_VERBS and not _conditioned(c):
            for o in c.children:
                if o.dep_ == "dobj":
                    span = mentions.at(o)
                    if span is not None and cls_of(span) in ACTORS:
                        return span
    return None


def _conditioned(clause: Token) -> bool:
    """An adverbial clause of condition, time or reason ("if it helps X"), not of purpose."""
    return any(c.dep_ == "mark" and c.lower_ not in ("to", "so", "that", "in", "order") for c in clause.children)


def verb_candidates(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """Statements whose trigger is a verb of a known class (active or passive)."""
    for verb in sent:
        if verb.pos_ not in ("VERB", "AUX") and verb.dep_ != "ROOT":
            continue
        lemma = verb.lemma_.lower()
        # a verb and its object as one ("join forces") before the verb alone ("join")
        vclass = next(
            (lex.multiword[key] for c in verb.children if c.dep_ == "dobj"
             for key in ((lemma, c.lemma_.lower()), (lemma, c.lower_)) if key in lex.multiword),
            None,
        ) or lex.verb_class.get(lemma)  # fmt: skip  # the lexicon writes "forces", "talks"
        if vclass is None:
            yield from _related(verb, mentions, lex)
            continue
        if vclass == "purchase":
            yield from _received(verb, mentions)
            continue
        if vclass == "casualty":
            yield from _casualties(verb, mentions, lex)
            continue
        if vclass == "support" and _purpose_of_transfer(verb, lex):
            continue  # the purpose of a transfer names its recipient
        yield from _verb_statements(verb, vclass, mentions, _purpose_agent(verb, lex))


#: Classes that are named entities, between which any stated verb is worth a relatedTo.
NAMED = frozenset({EntityClass.PERSON, EntityClass.COUNTRY, EntityClass.ORGANIZATION, EntityClass.CITY,
                   EntityClass.REGION, EntityClass.PLACE})  # fmt: skip


def _related(verb: Token, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """Any other verb between two named entities: relatedTo, labelled with the verb
    ("Iran urged Iraq", "Spain joined NATO") — kept in the graph, never scored."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() in lex.reporting_verbs or verb.lemma_.lower() in ("be", "have"):
        return
    subj_tok, _ = find_subject(verb)
    subject = mentions.at(subj_tok)
    if subject is None or cls_of(subject) not in NAMED or is_passive(verb):
        return
    objects: list[tuple[Span, str]] = []
    for c in verb.children:
        if c.dep_ == "dobj":
            objects += [(m, verb.lemma_.lower()) for m in (mentions.at(t) for t in conjuncts(c)) if m is not None]
        elif c.dep_ == "prep":
            for p in c.children:
                if p.dep_ == "pobj" and (m := mentions.at(p)) is not None:
                    objects.append((m, f"{verb.lemma_.lower()} {c.lower_}"))
    for obj, label in objects:
        if cls_of(obj) in NAMED and obj != subject:
            yield Candidate(Relation.RELATED_TO, subject, obj, verb, "verb:other", 0.4, label=label)


def _received(verb: Token, mentions: Mentions) -> Iterator[Candidate]:
    """"Russia received drones from Iran": Iran supplies the drones, Russia receives them."""
    receiver = mentions.at(find_subject(verb)[0])
    sources = [m for m in (mentions.at(t) for t in prep_objects(verb, ("from",))) if m is not None]
    if receiver is None or not sources or cls_of(sources[0]) not in ACTORS:
        return
    for tok in direct_objects(verb):
        obj = mentions.at(tok)
        relation = _relation_for("transfer", obj) if obj is not None else None
        if relation is not None:
            yield Candidate(relation, sources[0], obj, verb, "verb:receive", 0.7, target=receiver)


def _counted(token: Token, mentions: Mentions, lex: Lexicon) -> Span | None:
    """``token`` as counted people: a group mention or a casualty noun with a number."""
    if not any(c.like_num for c in token.children):
        return None
    span = mentions.at(token)
    if span is not None and cls_of(span) is EntityClass.GROUP:
        return span
    if token.lemma_.lower() in lex.casualty_nouns:
        return token.doc[token.i : token.i + 1]
    return None


def _casualties(verb: Token, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """"Ukraine lost 31,000 soldiers", "Russia suffered 5,000 casualties", "50 Israeli
    soldiers were wounded": a count of people lost, by whom (or whose) when named."""
    if is_passive(verb):
        if any(c.dep_ == "agent" for c in verb.children):
            return  # "wounded by X" names an attacker, not a loss
        for c in verb.children:
            group = _counted(c, mentions, lex) if c.dep_ == "nsubjpass" else None
            if group is not None:
                yield Candidate(Relation.SUFFERED_CASUALTIES, group[0:0], group, verb, "verb:casualty:passive", 0.65)
        return
    if verb.lemma_.lower() in ("wound", "injure", "maim"):
        return  # "X wounded 50 soldiers": the victims' side is not named as such
    subj_tok, inherited = find_subject(verb)
    subject = mentions.at(subj_tok)
    if subject is None or cls_of(subject) not in ACTORS | {None}:
        return
    for tok in direct_objects(verb):
        counted = _counted(tok, mentions, lex)
        if counted is not None:
            yield Candidate(Relation.SUFFERED_CASUALTIES, subject, counted, verb, "verb:casualty", 0.7 if inherited else 0.75)


def toll_candidates(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """"put the death toll at 15,000", "the toll rose to 300", "Gaza's death toll of 40,000":
    the figure of a toll noun; its victim is the toll's named owner, else left to the
    document's last casualty statement."""
    for noun in sent:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lex.toll_nouns:
            continue
        heads = [noun]
        if noun.dep_ in ("dobj", "nsubj", "nsubjpass") and noun.head.i != noun.i:
            heads.append(noun.head)  # "put the toll at N", "the toll rose to N"
        figures = [t for h in heads for t in prep_objects(h, ("at", "to", "of")) if t.like_num]
        if noun.dep_ == "nsubj":
            figures += [c for c in noun.head.children if c.dep_ == "attr" and c.like_num]
        if not figures:
            continue
        owner = next(
            (m for c in noun.children if c.dep_ in ("poss", "compound", "nmod") and (m := mentions.at(c)) is not None
             and cls_of(m) in ACTORS - {EntityClass.PERSON}),
            None,
        )  # fmt: skip
        figure = figures[0]
        number = sent.doc[figure.i : figure.i + 1]
        giver = None
        if noun.dep_ == "dobj":  # "Western agencies put the toll at N": they give the figure
            giver = next((mentions.at(c) for c in noun.head.children if c.dep_ == "nsubj"), None)
        yield Candidate(
            Relation.SUFFERED_CASUALTIES, owner if owner is not None else number[0:0], number, noun, "noun:toll", 0.6,
            source=giver,
        )  # fmt: skip


def _purpose_of_transfer(verb: Token, lex: Lexicon) -> bool:
    node = verb
    for _ in range(3):
        if node.dep_ not in ("advcl", "xcomp", "conj", "acl") or node.head == node:
            return False
        node = node.head
        if lex.verb_class.get(node.lemma_.lower()) == "transfer":
            return True
    return False


def _purpose_agent(verb: Token, lex: Lexicon) -> Token | None:
    """In "X sends troops to fight Y" the troops fight: the agent of a purpose clause of
    a transfer is what is transferred, not the sender."""
    if verb.dep_ not in ("advcl", "xcomp") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    head = verb.head
    if lex.verb_class.get(head.lemma_.lower()) != "transfer":
        return None
    return next((c for c in head.children if c.dep_ == "dobj"), None)


def _verb_statements(verb: Token, vclass: str, mentions: Mentions, agent: Token | None = None) -> Iterator[Candidate]:
    subj_tok, inherited = (agent, True) if agent is not None else find_subject(verb)
    passive = is_passive(verb)
    subject = mentions.at(subj_tok)
    if passive and subj_tok is not None and subj_tok.dep_ == "nsubjpass":
        subject = None
    if vclass in PREP_OBJECTS:
        obj_toks = prep_objects(verb, PREP_OBJECTS[vclass])
        light: set[int] = set()
        for c in verb.children:  # "have close relations with X", "launch an attack on X"
            noun_mention = mentions.at(c) if c.dep_ == "dobj" and c.pos_ == "NOUN" else None
            if c.dep_ == "dobj" and c.pos_ == "NOUN" and (noun_mention is None or cls_of(noun_mention) is EntityClass.EVENT):
                through = prep_objects(c, PREP_OBJECTS[vclass])
                obj_toks += through
                if through:
                    light.add(c.i)
        if vclass in ("visit", "recognize", "attack", "sign", "occupy", "live") or not obj_toks:
            obj_toks += [t for t in direct_objects(verb) if t.i not in light]
    else:
        obj_toks = direct_objects(verb)
    if verb.dep_ == "relcl" and passive:  # "Donetsk, which remains occupied by Russia"
        obj_toks.append(verb.head)
    targets = [mentions.at(t) for t in prep_objects(verb, ("to", "into"))]
    target = next((t for t in targets if t is not None), None)
    helped = helped_actor(verb, mentions)
    base = 0.75 if not inherited else 0.7
    seen: set[int] = set()
    for tok in obj_toks:
        obj = mentions.at(tok)
        if obj is None and tok.pos_ == "NOUN":
            obj = role_holder(tok, mentions)  # "met the ambassador of Y, X"
        if obj is None or obj.start in seen:
            continue
        seen.add(obj.start)
        relation = _relation_for(vclass, obj)
        if relation is None:
            continue
        conf = base
        if tok.head.lower_ == "to" and tok.head.head.lemma_ == "amount":
            conf *= 0.8  # "what amounts to slave labour": the writer's characterisation, not a name
        if relation is Relation.KILLED and subject is None:
            if any(c.like_num or c.lower_ in VAGUE_AMOUNTS for c in obj.root.subtree):
                yield Candidate(Relation.SUFFERED_CASUALTIES, obj[0:0], obj, verb, "verb:kill:casualties", 0.65)
            continue
        if subject is None:
            if relation not in (Relation.DEPLOYS, Relation.SUPPLIES, Relation.KILLED, Relation.OCCUPIES, Relation.RECOGNIZES):
                continue
            if relation in (Relation.OCCUPIES, Relation.RECOGNIZES):
                continue
            subj_span = None  # agent inferred later (nationality) with lower confidence
        else:
            subj_span = subject
        tgt = target if target is not None and target != obj else None
        subjects = [subj_span] if subj_span is None else _coordinated(subj_tok, subj_span, mentions)
        for subj in subjects:
            yield Candidate(
                relation=relation,
                subject=subj if subj is not None else obj[0:0],
                object=obj,
                trigger=verb,
                rule=f"verb:{vclass}{':passive' if passive else ''}",
                confidence=conf,
                target=tgt if relation in (Relation.DEPLOYS, Relation.SUPPLIES) else None,
                helped=helped,
            )
    # "X and Y met / cooperate": symmetric relation between conjoined subjects
    if vclass in ("meet", "cooperate") and subj_tok is not None and not obj_toks:
        subjects = [mentions.at(t) for t in conjuncts(subj_tok)]
        subjects = [s for s in subjects if s is not None and cls_of(s) in ACTORS]
        for a, b in zip(subjects, subjects[1:]):
            yield Candidate(CLASS_RELATION[vclass], a, b, verb, f"verb:{vclass}:conj", 0.7)


def _coordinated(token: Token | None, span: Span, mentions: Mentions) -> list[Span]:
    """"Turkey and Hungary signed": every coordinated subject acts."""
    if token is None:
        return [span]
    out = [span]
    for t in conjuncts(token)[1:]:
        if t.dep_ == "appos" and t.pos_ == "NOUN":
            continue  # "Xi, the leader of China, met ...": the same actor described
        other = mentions.at(t)
        if other is not None and other != span and cls_of(other) in ACTORS:
            out.append(other)
    return out


def _relation_for(vclass: str, obj: Span) -> Relation | None:
    cls = cls_of(obj)
    if vclass == "transfer":
        if cls is EntityClass.GROUP:
            return Relation.DEPLOYS
        if cls is EntityClass.MATERIEL:
            return Relation.SUPPLIES
        return None
    relation = CLASS_RELATION.get(vclass)
    if relation is None:
        return None
    if cls is None and len(obj) == 1 and obj[0].pos_ == "PRON":
        # "before it was occupied by X": the pronoun's antecedent is checked once resolved
        return relation if relation in PRONOUN_OBJECT_RELATIONS else None
    return relation if object_fits(relation, cls) else None


#: Relations whose object may be a pronoun, resolved later and then checked by class.
PRONOUN_OBJECT_RELATIONS = frozenset({
    Relation.VISITS, Relation.OCCUPIES, Relation.RECOGNIZES, Relation.ATTACKS, Relation.THREATENS,
    Relation.CRITICIZES, Relation.MEETS_WITH, Relation.COOPERATES_WITH, Relation.SUPPORTS,
})  # fmt: skip


def object_fits(relation: Relation, cls: EntityClass | None) -> bool:
    """Whether an object of class ``cls`` fits ``relation`` (the ontology's ranges)."""
    if relation is Relation.VISITS:
        return cls in PLACES
    if relation is Relation.SIGNS:
        return cls is EntityClass.AGREEMENT
    if relation in (Relation.MEETS_WITH, Relation.COOPERATES_WITH, Relation.THREATENS, Relation.CRITICIZES):
        return cls in ACTORS
    if relation in (Relation.OCCUPIES, Relation.LIVES_IN):
        return cls in PLACES
    if relation is Relation.RECOGNIZES:
        return cls in PLACES | {EntityClass.ORGANIZATION}
    if relation is Relation.KILLED:
        return cls in (EntityClass.PERSON, EntityClass.GROUP)
    if relation is Relation.LEADER_OF:
        return cls in (EntityClass.COUNTRY, EntityClass.ORGANIZATION)
    if relation is Relation.ATTACKS:
        return cls not in (EntityClass.MATERIEL, EntityClass.AGREEMENT)
    if relation is Relation.PART_OF:
        return cls is EntityClass.ORGANIZATION
    return True


def nominal_candidates(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """Statements whose trigger is a noun: "the dispatch of technicians to Syria",
    "NATO artillery deliveries to Ukraine", "Putin's trip to North Korea"."""
    for noun in sent:
        if noun.pos_ != "NOUN":
            continue
        vclass = lex.nominal_class.get(noun.lemma_.lower()) or lex.nominal_class.get(noun.lower_)
        if vclass is None:
            continue
        if vclass in ("cooperate", "meet"):
            yield from _nominal_symmetric(noun, vclass, mentions)
        subject = _nominal_subject(noun, mentions)
        if subject is None or cls_of(subject) not in ACTORS | {None}:
            continue
        objects: list[Span] = []
        for tok in prep_objects(noun, ("of",)):
            objects.extend(s for s in (mentions.at(t) for t in conjuncts(tok)) if s is not None)
        for c in noun.lefts:
            if c.dep_ == "compound" and c.pos_ == "NOUN":
                span = mentions.at(c)
                if span is not None and span != subject:
                    objects.append(span)
        target = next((m for m in (mentions.at(t) for t in prep_objects(noun, ("to",))) if m), None)
        if vclass in PREP_OBJECTS:
            for tok in prep_objects(noun, PREP_OBJECTS[vclass]):
                span = mentions.at(tok) or (role_holder(tok, mentions) if tok.pos_ == "NOUN" else None)
                if span is not None:  # "his meeting with the ambassador, X"
                    objects.append(span)
        for obj in objects:
            if obj == subject:
                continue
            relation = _relation_for(vclass, obj)
            if relation is None:
                continue
            yield Candidate(
                relation=relation,
                subject=subject,
                object=obj,
                trigger=noun,
                rule=f"noun:{vclass}",
                confidence=0.6,
                target=target if relation in (Relation.DEPLOYS, Relation.SUPPLIES) and target != obj else None,
            )


def _nominal_symmetric(noun: Token, vclass: str, mentions: Mentions) -> Iterator[Candidate]:
    """"the North Korea and Russia military alliance", "a US-China summit"."""
    parts: list[Span] = []
    for c in noun.lefts:
        if c.dep_ in ("nmod", "compound", "amod") and c.ent_type_ in ("GPE", "ORG", "NORP", "PERSON"):
            for t in conjuncts(c):
                span = mentions.at(t)
                if span is not None and span not in parts and cls_of(span) in ACTORS:
                    parts.append(span)
    for a, b in zip(parts, parts[1:]):
        yield Candidate(CLASS_RELATION[vclass], a, b, noun, f"noun:{vclass}:pair", 0.6)


def _nominal_subject(noun: Token, mentions: Mentions) -> Span | None:
    """The agent of a nominalised event: a possessor, a named compound, "by X", or the
    possessor of a noun it depends on ("its contributions ... including dispatch of")."""
    node = noun
    for _ in range(4):
        for c in node.children:
            if c.dep_ == "poss":
                return mentions.at(c)
            if c.dep_ == "compound" and c.ent_type_ in ("GPE", "ORG", "NORP", "PERSON"):
                return mentions.at(c)
        for tok in prep_objects(node, ("by",)):
            span = mentions.at(tok)
            if span is not None and cls_of(span) in ACTORS:
                return span
        if node.dep_ in ("pobj", "conj", "appos", "dobj", "compound") and node.head != node:
            node = node.head
            if node.pos_ not in ("NOUN", "ADP", "PROPN"):
                return None
        else:
            return None
    return None
