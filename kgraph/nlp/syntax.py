"""Dependency shapes the relation rules share: a verb's subject (through control,
raising, reduced relatives and hyphened agents), its objects, coordination.

Everything here reads spaCy tokens only; which words form a class comes from the caller
or the lexicon.
"""

from __future__ import annotations

from spacy.tokens import Token

from kgraph.nlp.lexicon import Lexicon

def infinitive(token: Token) -> bool:
    """A clause "to V" ("plans to send", "agreed to sanction"): the word has the marker "to"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def first_conjunct(token: Token) -> Token:
    """The first of the words ``token`` is coordinated with ("Y" in "X and Y": X)."""
    node = token
    while node.dep_ == "conj" and node.head != node:
        node = node.head
    return node


def conjuncts(token: Token, deps: tuple[str, ...] = ("conj", "appos")) -> list[Token]:
    """``token`` and the tokens coordinated or in apposition with it (``deps=("conj",)``:
    coordinated only, an apposition being no list member)."""
    out = [token]
    stack = [token]
    while stack:
        t = stack.pop()
        for c in t.children:
            if c.dep_ in deps and c not in out:
                out.append(c)
                stack.append(c)
    return out


#: Verbs whose object, not subject, is the one who did what follows ("arrested X for").
ACCUSING_VERBS = frozenset({"arrest", "charge", "accuse", "convict", "indict", "sentence", "jail", "detain",
                            "blame", "suspect", "punish", "execute", "fine", "sue", "prosecute", "try",
                            "condemn", "denounce", "criticize", "criticise", "praise", "thank", "sanction",
                            "rebuke", "censure", "commend", "congratulate"})  # fmt: skip

#: Verbs of object control: their object does what the "to" clause says ("invited X to
#: visit", "urged X to send"), not their subject.
OBJECT_CONTROL_VERBS = frozenset({"invite", "urge", "ask", "encourage", "persuade", "allow", "permit", "authorize",
                                  "authorise", "order", "force", "compel", "press", "pressure", "push", "tell",
                                  "request", "help", "enable", "call", "prompt", "spur", "cause", "lead", "drive",
                                  "provoke", "convince", "oblige", "instruct"})  # fmt: skip

#: Nouns of intention whose owner does what their "to" clause says ("plans to send").
INTENTION_HEADS = ("dobj", "nsubjpass", "pobj")


def _dateline_place(token: Token) -> bool:
    """Whether ``token`` is a place a dateline names, a comma and a date after it ("Tehran, Jan 18")."""
    after = token.doc[token.i + 1 : token.i + 3]
    return token.ent_type_ == "GPE" and len(after) == 2 and after[0].text == "," and after[1].ent_type_ == "DATE"


def find_subject(verb: Token, lex: Lexicon | None = None) -> tuple[Token | None, bool]:
    """The agent of ``verb`` and whether it is inherited from a governing clause; with
    ``lex``, also through a noun of intention ("X announced plans to send": X). Of two
    subjects, one that is no date nor a dateline's place, before the verb, comes first."""
    for dep in ("nsubj", "csubj"):  # "Visiting minister X held talks": X, not the participle the parser made a subject
        found = [c for c in verb.children if c.dep_ == dep and c.pos_ != "SCONJ"]  # not "that" of "information that X supplied"
        if len(found) > 1:  # of two, not a date nor a dateline's place ("Tehran, Jan 18 - Pakistan attacked": Pakistan)
            found = sorted(found, key=lambda c: (c.ent_type_ in ("DATE", "TIME") or _dateline_place(c), c.i > verb.i, c.i))
        if found:
            return found[0], False
    for c in verb.children:
        if c.dep_ == "agent":
            for p in c.children:
                if p.dep_ == "pobj":
                    return p, False
    if (agent := hyphen_agent(verb)) is not None:
        return agent, False  # "the Iran-backed rebels": Iran
    if verb.dep_ == "advcl" and verb.tag_ == "VBN" and verb.i >= 2 and verb.doc[verb.i - 1].text == ",":
        # "... the sentence of X, convicted of murdering Y": a bare participle after a
        # comma describes the name just before it, however the parser attached it
        before = verb.doc[verb.i - 2]
        if before.ent_type_ == "PERSON" and not any(c.dep_ in ("aux", "auxpass", "mark") for c in verb.children):
            return before, True
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG":  # "evidence of the UAE supplying arms": the UAE
        doer = next((c for c in verb.head.children if c.dep_ == "pobj" and c.i < verb.i), None)
        if doer is not None:
            return doer, False
    if gerund_subject(verb) is not None:
        return None, False  # "voted in favour of X joining Y": the voters do not join (X's own act, not read)
    if (valued := valued_noun(verb)) is not None:
        return _aim_holder(valued, lex), True  # "X signed a deal worth $6 billion to buy Y": X
    if verb.dep_ in ("xcomp", "advcl", "conj", "pcomp", "acomp") and verb.head != verb:
        head = verb.head
        if verb.dep_ == "pcomp":
            head = head.head
            accused = next((c for c in head.children if c.dep_ in ("dobj", "nsubjpass")), None)  # "X was accused of aiding Y"
            if head.lemma_.lower() in ACCUSING_VERBS and accused is not None:
                return accused, True  # "police arrested X for killing Y": X, not the police
            if verb.head.lower_ == "for" and (target := _punished(head, lex)) is not None:
                return target[0], True  # "X imposed sanctions on Y for supplying Z": Y supplied, not X
        if head.pos_ in ("VERB", "AUX", "ADJ"):
            if verb.dep_ == "xcomp" and head.lemma_.lower() in OBJECT_CONTROL_VERBS:
                controlled = _controlled_object(head)
                if controlled is not None:
                    return controlled, True  # "invited X to visit": X visits
            if verb.dep_ in ("xcomp", "acomp"):  # raising: "X is set to send", "X is ready to send"
                for c in head.children:
                    if c.dep_ == "nsubjpass":
                        return c, True
            shared = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
            if verb.dep_ == "conj" and shared is not None and not is_passive(verb):
                return shared, True  # "X is backed by Y and controls Z": X controls it, not Y
            subj, _ = find_subject(head, lex)
            return subj, True
    if verb.dep_ in ("relcl", "acl") and verb.head.dep_ == "ROOT" and verb.head.pos_ == "PROPN" and infinitive(verb):
        return verb.head, False  # a headline's "Turkey to send troops"
    if verb.dep_ in ("relcl", "acl") and verb.head.dep_ == "attr" and infinitive(verb) and verb.head.head.lemma_ in ("be", "become"):
        return find_subject(verb.head.head, lex)[0], True  # "X has become the first country to recognise Y": X
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        holder = _aim_holder(verb.head, lex) if infinitive(verb) else next((c for c in verb.head.children if c.dep_ == "poss"), None)
        if holder is not None:
            return holder, True
        before = verb.doc[verb.i - 1] if verb.i > 0 else None
        if verb.lemma_ == "be" and before is not None and before.dep_ == "pobj" and before.head.lower_ == "with":
            return before, True  # absolute "with X being among the first to ...": X
    return None, False


#: Entity types of a name that may act: the modifier that names a nominalised act's agent
#: ("US strikes", "Russian deliveries"), the name that does what a gerund right after it says.
ACTOR_ENTITY_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def gerund_subject(verb: Token) -> Token | None:
    """The subject of a gerund the parser hung on the clause before it, when a name
    comes right before it in the "of" phrase of a bare-noun preposition: "voted in favour
    of X joining Y", "in support of X buying Y"."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.i == 0 or any(c.dep_ in ("nsubj", "mark", "aux") for c in verb.children):
        return None
    first = verb.doc[verb.i - 1]
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first.dep_ != "pobj" or first.ent_type_ not in ACTOR_ENTITY_TYPES:
        return None
    prep = first.head
    noun = prep.head
    if prep.lower_ == "of" and noun.dep_ == "pobj" and noun.pos_ == "NOUN" and not any(c.dep_ in ("det", "poss") for c in noun.children):
        return first if noun.head.head == verb.head else None  # "in favour of X joining Y"
    return None


def valued_noun(verb: Token) -> Token | None:
    """The noun whose aim an infinitive after its value is: "a deal worth $6 billion to
    buy tanks" (the deal), where the parser hangs the clause on "worth"."""
    adj = verb.head
    if verb.dep_ != "xcomp" or adj.dep_ != "amod" or adj.head.pos_ != "NOUN" or not infinitive(verb):
        return None
    return adj.head


def _aim_holder(noun: Token, lex: Lexicon | None) -> Token | None:
    """Whose aim an infinitive after ``noun`` is: its possessor ("X's plan to send"), the
    name in its "of" phrase ("the decision of X to send"), or the holder of a noun of
    intention ("X announced plans to send", "X won a contract to supply")."""
    for c in noun.children:
        if c.dep_ == "poss":
            return c
    for c in prep_objects(noun, ("of",)):
        if c.pos_ == "PROPN" or c.ent_type_ in ("ORG", "GPE", "NORP", "PERSON"):
            return c  # "X condemned the decision of the Council to impose sanctions": the Council's
    if lex is not None and noun.lemma_.lower() in lex.intention_nouns:
        governor = noun.head.head if noun.dep_ == "pobj" else noun.head
        if noun.dep_ in INTENTION_HEADS and governor.pos_ in ("VERB", "AUX") and governor != noun:
            return _holder(governor, lex)
    return None


#: Nominal classes of acts that punish or blame someone for what they did.
PUNISHING_CLASSES = frozenset({"sanction", "criticize"})


def _punished(verb: Token, lex: Lexicon | None) -> tuple[Token | None] | None:
    """For "X announced sanctions against Y for V-ing", ``(Y,)``: whom the sanction (or
    condemnation) named by the verb's object falls on, the doer of V; ``(None,)`` when
    it names no one; ``None`` when the verb's object is no such act."""
    if lex is None:
        return None
    acts = [c for c in verb.children if c.dep_ == "dobj" and lex.nominal_class.get(c.lemma_.lower()) in PUNISHING_CLASSES]
    if not acts:
        return None
    targets = prep_objects(acts[0], ("against", "on")) or prep_objects(verb, ("against", "on"))
    return (targets[0] if targets else None,)


def _holder(verb: Token, lex: Lexicon | None) -> Token | None:
    """Who gets or holds what ``verb`` gives: "awarded X a contract" (X), "X was awarded a
    contract" (X), else the subject ("X announced plans")."""
    for dep in ("dative", "nsubjpass"):
        found = next((c for c in verb.children if c.dep_ == dep and c.pos_ in ("NOUN", "PROPN", "PRON")), None)
        if found is not None:
            return found
    return find_subject(verb, lex)[0]


def _controlled_object(verb: Token) -> Token | None:
    """The object an object-control verb hands its clause to: "invited X", "called on X"."""
    for c in verb.children:
        if c.dep_ == "dobj":
            return c
    objs = prep_objects(verb, ("on", "upon")) if verb.lemma_.lower() == "call" else []
    return objs[0] if objs else None


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


#: Dashes that set off a tail after a complete clause ("X shells Y positions — ministry").
_DASHES = frozenset({"\u2014", "\u2013", "--"})


def direct_objects(verb: Token) -> list[Token]:
    """``verb``'s objects (coordinated ones too); a second object after a dash is a
    tail, such as a headline's source ("X shell Y's positions — Y's ministry"), not one.
    A verb with none shares the object of the verb coordinated after it
    (:func:`shared_object_verb`: "killed or wounded 30 soldiers")."""
    objs: list[Token] = []
    dash = next((c.i for c in verb.children if c.dep_ == "punct" and c.text in _DASHES and c.i > verb.i), None)
    for c in verb.children:
        if dash is not None and c.i > dash and objs:
            continue
        if c.dep_ in ("dobj", "obj") or (c.dep_ == "dep" and c.pos_ in ("NOUN", "PROPN") and c.i > verb.i):
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
    if not objs and (shared := shared_object_verb(verb)) is not None:
        objs = direct_objects(shared)  # "killed or wounded 30 soldiers": the soldiers are killed too
    return objs


def shared_object_verb(verb: Token) -> Token | None:
    """The verb coordinated right after ``verb`` whose object both take: "killed or wounded
    X", "trained and equipped X" (nothing but "and", "or", a comma or an adverb between
    them; the second verb has no subject of its own, so the clause is one). ``None`` when
    ``verb`` has an object or a complement of its own before the second verb."""
    if verb.pos_ != "VERB" or any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
        return None
    second = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"), None)
    if second is None or second.i - verb.i > 3 or any(c.dep_ in ("nsubj", "nsubjpass") for c in second.children):
        return None
    if any(verb.i < c.i < second.i and c.dep_ not in ("cc", "punct", "advmod") for c in verb.children):
        return None
    return second if any(c.dep_ == "dobj" for c in second.children) else None


def is_reciprocal(token: Token) -> bool:
    """"each other", "one another"."""
    before = token.doc[token.i - 1].lower_ if token.i > 0 else ""
    return (token.lower_, before) in (("other", "each"), ("another", "one"))


def is_the_other(token: Token) -> bool:
    """"the other" as an object: the second of a pair ("both sides accused the other")."""
    return token.lower_ == "other" and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)


def is_reduced_relative(verb: Token) -> bool:
    """A bare past participle describing a noun: "the treaty, signed by X", "a contract
    signed between X and Y", "the Iran-backed rebels"."""
    if verb.dep_ == "amod" and hyphen_agent(verb) is not None:
        return True
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN") and not any(
        c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children
    )


#: Relative pronouns standing for the noun their clause modifies.
RELATIVE = frozenset({"who", "that", "which", "whom"})


def object_gap(verb: Token) -> bool:
    """A relative clause whose object is the noun it modifies: "the treaty that X signed",
    "the deal X signed with Y" (a subject of its own, and no object but a relative pronoun)."""
    if verb.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.lower_ not in RELATIVE for c in verb.children):
        return False
    return all(c.lower_ in RELATIVE for c in verb.children if c.dep_ in ("dobj", "obj", "ccomp", "xcomp"))


def hyphen_agent(verb: Token) -> Token | None:
    """X in "X-backed", "X-sanctioned": a name joined by a hyphen to a participle, also
    where the tagger reads the participle as a past tense ("Iran-backed Kataib Hezbollah")."""
    participle = verb.tag_ == "VBN" or verb.tag_ == "VBD" and verb.dep_ == "amod"
    if not participle or verb.i < 2 or verb.doc[verb.i - 1].text != "-":
        return None
    before = verb.doc[verb.i - 2]
    if before.whitespace_ or verb.doc[verb.i - 1].whitespace_ or before.head != verb or not before.ent_type_:
        return None
    return before
