"""Claims, purposes and what the writer presupposes: the edges of a statement's status.

A clause that is the content of a claim noun ("reports that X had sent troops", "Y's claims
that it had killed Z") is what the claim says, not a fact: it is alleged, according to
who makes the claim, or negated, according to who denies it ("X rejected reports that
...", "X denied Y's claims that ..."). A past-tense clause of time or cause ("...
was expected after X travelled to Y") is the writer's own fact: the modality and
negation of the clause it hangs on do not reach it. A clause of purpose ("so that Y could
attack Z") is what is meant to happen: planned. A clause the parser made the content of a
reporting verb, but that runs into the verb's subject with no comma, is no report.
"""

from __future__ import annotations

from spacy.tokens import Token

from kgraph.nlp.lexicon import Lexicon
from kgraph.types import Status

#: Marks of a clause of time or cause whose past tense the writer states as fact.
PRESUPPOSING_MARKS = frozenset({"after", "since", "because", "as", "while", "although", "though", "before", "when"})
#: Of those, the marks whose present-tense clause states what is so ("as X continues"),
#: unlike "after X arrives", "when X lands" (a time to come).
_PRESENT_FACT_MARKS = frozenset({"since", "because", "as", "while", "although", "though"})
#: Verbs whose that-clause is denied ("X denied that it had sent troops").
DENYING_VERBS = frozenset({"deny", "reject", "dismiss", "refute", "rebut"})
#: Verbs whose object claim is denied ("rejected reports that ...", "debunked claims that ...").
_DENYING = DENYING_VERBS | {"disprove", "debunk"}
#: Dependencies through which a claim's content clause reaches up from the trigger.
_INSIDE = frozenset({"conj", "xcomp", "dobj", "pobj", "prep", "dative"})


def claim_noun(trigger: Token, lex: Lexicon) -> Token | None:
    """The claim noun whose content clause holds ``trigger`` ("reports that X had sent
    troops", "X's claim of killing Y"); None when the trigger is asserted by its own
    clause. A participle describing the noun ("reports published on Monday") is no
    content clause: the clause has its own subject or a "that". An event noun is in the
    claim only as an argument of the clause's own verb ("claims that it had launched an
    attack"), not of a verb further in."""
    node = trigger
    for _ in range(5):
        head = node.head
        if head == node:
            return None
        if head.pos_ == "NOUN" and head.lemma_.lower() in lex.claim_nouns:
            marked = any(c.dep_ == "mark" and c.lower_ == "that" for c in node.children)
            if node.dep_ in ("acl", "ccomp") and (marked or any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children)):
                return head
            if node.dep_ == "relcl" and marked:
                return head  # "reports that X had sent Y" parsed as a relative clause with "that" a mark
            return None
        if node.dep_ == "pcomp" and head.lower_ == "of" and head.head.pos_ == "NOUN" and head.head.lemma_.lower() in lex.claim_nouns:
            return head.head  # "the claim of killing seven soldiers"
        if node.dep_ not in _INSIDE:
            return None
        node = head
        if trigger.pos_ == "NOUN" and node.pos_ in ("VERB", "AUX") and not _content_head(node, lex):
            return None  # "speculation that X may buy Y to counter NATO deliveries": the deliveries are no claim
    return None


def _content_head(verb: Token, lex: Lexicon) -> bool:
    """Whether ``verb`` heads (or is coordinated with the head of) a claim's content clause."""
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    return verb.dep_ in ("acl", "ccomp") and verb.head.pos_ == "NOUN" and verb.head.lemma_.lower() in lex.claim_nouns


def _denied(claim: Token, lex: Lexicon) -> Token | None:
    """The verb that denies a claim noun it takes as object ("rejected reports")."""
    verb = claim.head
    if claim.dep_ not in ("dobj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return None
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    lemma = verb.lemma_.lower()
    if lemma in _DENYING or particle is not None and f"{lemma} {particle}" in lex.negation_markers:
        return verb
    return None


def claim_status(claim: Token, lex: Lexicon) -> Status:
    """What a claim's content is: negated when the claim is denied, asserted when it is
    confirmed ("confirmed reports that ...", "reports that ... were confirmed"; not
    "refused to confirm reports"), else alleged."""
    if _denied(claim, lex) is not None:
        return Status.NEGATED
    verb = claim.head
    if claim.dep_ in ("dobj", "nsubjpass") and verb.lemma_.lower() in lex.confirming_verbs and not _withheld(verb, lex):
        return Status.ASSERTED
    return Status.ALLEGED


def denies_named_claim(verb: Token, clause: Token, lex: Lexicon) -> bool:
    """Whether a denying ``verb`` denies only what ``clause`` charges, named as a claim
    between them: "X accused Y of harbouring rebels, a charge Y denies" (the parser hangs
    the accusation on "denies"): what is denied is the charge, not that X made it."""
    return clause.i < verb.i and any(
        c.dep_ in ("nsubj", "npadvmod", "dobj") and clause.i < c.i < verb.i and c.lemma_.lower() in lex.claim_nouns
        for c in verb.children
    )


def _withheld(verb: Token, lex: Lexicon) -> bool:
    """A confirmation not given: negated ("did not confirm") or refused ("refused to confirm")."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lex.negation_markers


def claimant(claim: Token) -> Token | None:
    """Who makes a claim: its possessor or name before it ("Y's claims", "the BSF claim"),
    or "by Y" after it."""
    for c in claim.children:
        if c.dep_ == "poss" or c.dep_ == "compound" and c.pos_ == "PROPN":
            return c
    for c in claim.children:
        if c.dep_ == "prep" and c.lower_ == "by":
            return next((p for p in c.children if p.dep_ == "pobj"), None)
    return None


def claim_source(trigger: Token, lex: Lexicon) -> Token | None:
    """Who a claim-bound statement is according to: the denier of a denied claim ("X
    rejected reports that ..."), the confirmer of a confirmed one, else the claimant."""
    claim = claim_noun(trigger, lex)
    if claim is None:
        return None
    if claim_status(claim, lex) is not Status.ALLEGED:
        if claim.dep_ == "dobj":
            return next((c for c in claim.head.children if c.dep_ == "nsubj"), None)
        agent = next((c for c in claim.head.children if c.dep_ == "agent"), None)  # "were confirmed by X"
        if agent is not None:
            return next((c for c in agent.children if c.dep_ == "pobj"), None)
    return claimant(claim)


def presupposed(clause: Token) -> bool:
    """A past-tense clause of time or cause ("after X travelled to Y", "because Z had
    attacked"), or a present one of cause or circumstance ("as X continues to wage its
    war"): the writer's fact, whatever the clause it hangs on says."""
    if clause.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in PRESUPPOSING_MARKS for c in clause.children):
        return False
    auxes = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" or a.lower_ in ("will", "would", "'ll") for a in auxes):
        return False
    if clause.tag_ in ("VBZ", "VBP") and not auxes:  # "as X continues to wage its war": the present, not a time to come
        return any(c.dep_ == "mark" and c.lower_ in _PRESENT_FACT_MARKS for c in clause.children)
    return clause.tag_ == "VBD" or clause.tag_ == "VBN" and any(a.lemma_.lower() in ("have", "be") and a.tag_ in ("VBD", "VBZ", "VBP") for a in auxes)


#: What closes a content clause put before its reporting clause ('"...," X said', "...: X").
_CLOSING = frozenset({",", ":", ";", '"', "\u201d", "'", "\u2019", "-", "\u2014", "\u2013"})


#: Words that open a clause of its own after a comma ("..., however X said").
_CONNECTIVES = frozenset({"however", "but", "yet", "meanwhile", "and", "while", "although", "though", "moreover", "also", "still"})


def unreported(clause: Token, verb: Token) -> bool:
    """Whether a clause the parser made the content of a reporting verb before the verb's
    subject runs into that subject with no comma, colon or quote mark between ("X had been
    expected after Y travelled and Z said ...", "..., however Z said"): a coordination, not
    what Z said."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or clause.i > subj.i or clause.i > verb.i or subj.i > verb.i:
        return False
    before = subj.left_edge.i - 1
    if before >= 0 and clause.doc[before].dep_ in ("advmod", "cc") and clause.doc[before].lower_ in _CONNECTIVES:
        return True  # "..., however X said": a new clause, not an inverted report
    return before >= 0 and clause.doc[before].text not in _CLOSING


def purpose(trigger: Token) -> bool:
    """Whether ``trigger`` is in a clause of purpose ("so that Y could attack Z", "in order
    to attack Z", "so as to reach Z"): what is meant to happen, not what did."""
    node = trigger
    for _ in range(4):
        marks = {c.lower_ for c in node.children if c.dep_ == "mark"}
        if node.dep_ == "advcl" and "so" in marks and marks & {"that", "as"}:
            return True
        if node.dep_ == "acl" and node.head.lower_ == "order" and node.head.head.lower_ == "in":
            return True
        if node.dep_ not in _INSIDE or node.head == node:
            return False
        node = node.head
    return False


def nearer_verb(verb: Token, clause: Token) -> bool:
    """Whether a verb of a clause inside ``verb``'s own (a participle, infinitive or
    relative clause) stands between ``verb`` and a condition the parser hung on it
    ("signed a pact pledging support if either is attacked"): the condition is that
    nearer verb's."""
    start = clause.left_edge.i
    return any(
        t.pos_ == "VERB" and t.dep_ in ("acl", "relcl", "xcomp", "advcl") and t.head != clause and verb in t.ancestors
        for t in verb.doc[verb.i + 1 : start]
    )


def open_question(verb: Token, lex: Lexicon) -> bool:
    """A negated verb of negation ("did not rule out", "did not deny", "never refused"):
    what it governs is left open, neither done nor denied."""
    lemma = verb.lemma_.lower()
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    negating = lemma in lex.negation_markers or particle is not None and f"{lemma} {particle}" in lex.negation_markers
    return negating and any(c.dep_ == "neg" for c in verb.children)
