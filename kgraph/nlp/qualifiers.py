"""Statement qualifiers read off the parse: status and quantity (attribution: kgraph.nlp.attribution;
time: kgraph.nlp.timex)."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span, Token
from text_to_num import text2num

from kgraph.nlp.claims import (
    DENYING_VERBS, claim_noun, claim_status, denies_named_claim, nearer_verb, open_question, presupposed, purpose,
)  # fmt: skip
from kgraph.nlp.docmemo import text as doc_text
from kgraph.nlp.docmemo import with_lemmas
from kgraph.nlp.lexicon import Lexicon
from kgraph.nlp.status_cues import (
    called_false, noun_event_cues, past_act_future_condition, purpose_of_taking, sanctioned_for,
)  # fmt: skip
from kgraph.nlp.syntax import first_conjunct, infinitive, valued_noun
from kgraph.types import Quantity, Status

_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
_MODAL_ALLEGED = frozenset({"may", "might", "could"})
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def chain_steps(trigger: Token, lex: Lexicon) -> list[tuple[Token, str]]:
    """The trigger and the clause heads above it up to the sentence root, stopping at a
    relative clause and at what a reporting verb reports (not hedged by it), each with
    the dependency it was reached by ("" for the trigger). A "to" clause of a plan or
    contract is read with the noun ("plans to send", "a contract to supply")."""
    out = [(trigger, "")]
    if trigger.pos_ == "NOUN" and not infinitive(trigger):
        item = first_conjunct(trigger)
        if item.dep_ == "pobj" and item.head.lower_ == "for" and item.head.head.lemma_.lower() in lex.planned_markers:
            out.append((item.head.head, "prep"))  # "a contract for 12 helicopters": what it is for is still to come
        return out  # a nominal event: only its own modifiers qualify it (not "to sanction" tagged a noun)
    node = trigger
    while node.head != node and len(out) < 8:
        if node.dep_ == "acl" and node.head.lemma_.lower() in lex.planned_markers and infinitive(node):
            dep, node = node.dep_, node.head  # "plans to send", "a contract to supply": the plan and its clause qualify
            out.append((node, dep))
            continue
        deal = _deal_of_aim(node, lex)
        if deal is not None:
            node = deal  # "signed a deal with Y to buy X": the deal's aim, still to come, as "a deal to buy X"
            out.append((node, "acl"))
            continue
        valued = valued_noun(node)
        if valued is not None and valued.lemma_.lower() in lex.planned_markers:
            node = valued  # "a contract worth $4 billion to supply": the contract and its clause qualify
            out.append((node, "acl"))
            continue
        if node.dep_ in ("relcl", "acl") or presupposed(node):
            break  # a past clause of time or cause is the writer's fact ("expected after X travelled")
        if node.dep_ in ("ccomp", "parataxis") and node.head.lemma_.lower() in lex.reporting_verbs:
            break
        dep, node = node.dep_, node.head
        if node.pos_ in ("NOUN", "PROPN"):
            break
        out.append((node, dep))
    return out


def pending(trigger: Token, lex: Lexicon) -> bool:
    """Whether a transfer's trigger approves it ("X approved the sale of Y", "announced the
    approval of a sale") or lists it in a deal ("the deal also includes X"): allowed or
    agreed, still to be done."""
    if trigger.lemma_.lower() in ("include", "comprise", "contain"):
        return any(c.dep_ == "nsubj" and c.lemma_.lower() in lex.planned_markers for c in trigger.children)
    return trigger.lemma_.lower() in lex.approving_words or any(
        c.dep_ == "dobj" and c.lemma_.lower() in lex.approving_words for c in trigger.children
    )


def _deal_of_aim(node: Token, lex: Lexicon) -> Token | None:
    """The deal or contract whose signing a "to" clause is the aim of ("signed a deal with
    Y to buy X": the deal), else ``None``."""
    if node.dep_ != "advcl" or not infinitive(node):
        return None
    return next((c for c in node.head.children if c.dep_ == "dobj" and c.lemma_.lower() in lex.planned_markers), None)


def _own_clause(conjunct: Token) -> bool:
    """Whether a coordinated verb has a clause of its own (its own subject or auxiliary,
    or a contrast: "denied X but condemned Y"), so its head's negation and modals stay
    with the head."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg") or c.dep_ == "cc" and c.lower_ in ("but", "yet")
        for c in conjunct.children
    ) or any(c.dep_ == "cc" and c.lower_ in ("but", "yet") and c.i < conjunct.i for c in conjunct.head.children)


def _negating(node: Token, lex: Lexicon) -> bool:
    """A verb that negates what it governs: "denied", "refused", "ruled out", "called off"."""
    lemma = node.lemma_.lower()
    particle = next((c.lower_ for c in node.children if c.dep_ == "prt"), None)
    return lemma in lex.negation_markers or (particle is not None and f"{lemma} {particle}" in lex.negation_markers)


def directed(trigger: Token, lex: Lexicon) -> bool:
    """Whether ``trigger`` is what someone is urged or warned to do or not to do ("warned
    X not to send", "urged Y to attack", "warned against supplying"): no fact either way."""
    node = first_conjunct(trigger)
    head = node.head
    if node.dep_ == "xcomp" and head.lemma_.lower() in lex.directive_verbs:
        return True
    if node.dep_ == "ccomp" and node.tag_ == "VB" and head.lemma_.lower() in lex.directive_verbs:
        return True  # "demanded that Ukraine withdraw": a bare verb, what is demanded
    if node.dep_ == "pcomp" and head.lower_ in ("against", "from") and head.head.lemma_.lower() in lex.directive_verbs:
        return True
    return False


def prevented(trigger: Token, lex: Lexicon) -> bool:
    """Whether ``trigger`` is what someone is kept from doing ("to prevent X from seizing
    it", "barred X from selling Y", lexicon ``preventing_verbs``): no fact either way."""
    node = first_conjunct(trigger)
    return node.dep_ == "pcomp" and node.head.lower_ == "from" and node.head.head.lemma_.lower() in lex.preventing_verbs


def topical(trigger: Token) -> bool:
    """Whether ``trigger`` is an act named as what is talked or thought about ("asked
    what he thinks about X sending troops", "talks about deploying Y"): no fact either way."""
    node = first_conjunct(trigger)
    return node.dep_ == "pcomp" and node.tag_ == "VBG" and node.head.lower_ == "about"


def _headline_infinitive(node: Token) -> bool:
    """"Turkey to send troops": an infinitive that no finite verb governs is a
    headline's future."""
    if not infinitive(node):
        return False
    return node.dep_ == "ROOT" or node.dep_ in ("relcl", "acl") and node.head.dep_ == "ROOT" and node.head.pos_ == "PROPN"


def _deferred(node: Token, lex: Lexicon) -> bool:
    """An act put off until a condition holds: "... once conditions are met", "when the
    talks resume" (a present-tense clause of time or condition)."""
    for c in node.children:
        if c.dep_ != "advcl" or not any(m.dep_ in ("mark", "advmod") and m.lower_ in lex.condition_marks for m in c.children):
            continue
        tenses = [c.tag_, *(a.tag_ for a in c.children if a.dep_ in ("aux", "auxpass"))]
        if any(t in ("VBZ", "VBP") for t in tenses):
            return True
    return False


#: Verbs that accuse someone of the deed they govern without establishing it.
ACCUSATION_VERBS = frozenset({"charge", "accuse", "suspect", "arrest", "indict", "detain", "blame", "allege"})


def accusation(trigger: Token) -> Token | None:
    """The accusation verb that charges someone with ``trigger``, through its
    preposition ("charged with the murder", "arrested for killing", "accused of
    providing support": the noun through its gerund)."""
    node = trigger
    if node.dep_ == "dobj" and node.head.tag_ == "VBG" and node.head.dep_ == "pcomp":
        node = node.head
    for _ in range(3):
        if node.dep_ not in ("pobj", "pcomp", "prep") or node.head == node:
            return None
        node = node.head
        if node.pos_ == "VERB":
            return node if node.lemma_.lower() in ACCUSATION_VERBS else None
    return None


def _parenthetical_hedges(sent: Span) -> list[int]:
    """Where the sentence says "it is alleged" or "it is reported" (token indices),
    found once per sentence: each of its candidates asks."""
    known = sent.doc.user_data.setdefault("kgraph.hedges", {})
    if sent.start not in known:
        known[sent.start] = [
            t.i for t in with_lemmas(sent, ("allege", "report"))
            if any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in t.children)
        ]  # fmt: skip
    return known[sent.start]


def status_of(trigger: Token, sent: Span, lex: Lexicon, obj_start: int | None = None) -> tuple[Status, float]:
    """The status of a statement triggered by ``trigger`` (whose object starts at token
    ``obj_start``), and a confidence factor."""
    negated = hypothetical = alleged = planned = False
    steps = chain_steps(trigger, lex)
    lifting = False  # a finite verb the parser hung on a gerund: "denied sending X and condemned Y"
    for k, (node, via) in enumerate(steps):
        # a coordinated verb with a clause of its own keeps its head's words out of it
        # ("denied X and condemned Y"); the verbs above the head govern both
        if via == "conj" and steps[k - 1][0].tag_ in _FINITE and node.tag_ not in _FINITE:
            lifting = sibling = own = True  # up to the finite verb it is really coordinated with
        elif lifting:
            sibling = own = True
            lifting = node.tag_ not in _FINITE
        else:
            sibling = via == "conj"
            own = sibling and _own_clause(steps[k - 1][0])
        lemma = node.lemma_.lower()
        words = [] if own else [c for c in node.children if c.dep_ in ("aux", "auxpass", "neg", "advmod", "mark", "acomp", "prt", "amod", "det")]
        if not sibling:
            words.insert(0, node)
        if not own and node != trigger and open_question(node, lex):
            hypothetical = True  # "did not rule out sending": left open, neither done nor denied
            words = [w for w in words if w != node and w.dep_ != "neg"]
        for w in words:
            wl, wlem = w.lower_, w.lemma_.lower()
            if w.dep_ == "neg" or wl in ("not", "n't", "never") or (w.dep_ == "det" and wl == "no"):
                negated = True
            elif w == node and node != trigger and _negating(node, lex):
                negated = True
            if w.dep_ == "mark" and wl in ("if", "unless", "whether"):
                hypothetical = True
            if wl in _FUTURE_AUX or (w == node and wlem in lex.planned_markers and node != trigger):
                planned = True
            if w != node and wl == "would":
                planned = True
            if wl in ("reportedly", "allegedly", "apparently", "presumably", "purportedly", "supposedly", "likely", "unlikely", "possibly", "probably"):
                alleged = True
            if wl in _MODAL_ALLEGED:
                alleged = True
        if sibling:
            continue  # the coordinated head's own verb and clauses qualify only itself
        if (lemma in ("say", "report", "believe", "think", "allege", "suspect", "rumor", "rumour", "seem", "appear") or lemma in lex.claiming_verbs) and node != trigger and any(c.dep_ in ("auxpass", "xcomp") for c in node.children):
            alleged = True  # "is said to", "is believed to", "seems to", "claimed to have killed"
        if lemma == "be" and via == "xcomp" and infinitive(steps[k - 1][0]) and not any(c.dep_ in ("neg", "attr") for c in node.children):
            planned = True  # "X is to buy jets": an arrangement for the future ("X is the first to buy jets" is done)
        if lemma in ("have", "be") and via == "xcomp" and any(c.lower_ == "yet" for c in node.children):
            planned = True  # "X has yet to deliver the jets": not done, still to come
        if lemma == "go" and any(c.dep_ == "xcomp" for c in node.children) and node != trigger:
            planned = True  # "is going to"
        if lemma in ACCUSATION_VERBS and node != trigger:
            alleged = True  # "X was arrested for killing Y": not yet proven
        if _deferred(node, lex):
            planned = True  # "... once conditions are met"
        conditional_act = lex.verb_class.get(lemma) == "threaten" or lemma in lex.reporting_verbs
        for c in node.children:  # "X would attack Y if Z" (not "X threatened Y ... if Z")
            if not conditional_act and c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children) and not nearer_verb(node, c):
                hypothetical = hypothetical or not past_act_future_condition(node, c)
    top = steps[-1][0]
    if _headline_infinitive(top):
        planned = True  # "Turkey to send troops to Libya"
    if top.dep_ == "acl" and infinitive(top) and top.head.lemma_.lower() in lex.planned_markers:
        planned = True  # "its intention to send troops", "a plan to deliver jets"
    # "..., it is alleged, X": a parenthetical hedge just before the trigger's object
    for i in _parenthetical_hedges(sent):
        if obj_start is None or trigger.i < i < obj_start:
            alleged = True
    if obj_start is not None and obj_start > sent.start and sent.doc[obj_start - 1].lower_ == "no" and sent.doc[obj_start - 1].dep_ == "det":
        negated = True  # "X sent no troops": the object's "no" denies the act
    if accusation(trigger) is not None or sanctioned_for(trigger, lex):
        alleged = True  # "X was charged with Y's murder", "sanctioned X for supplying Y"
    claim = claim_noun(trigger, lex)
    if claim is not None:  # "reports that X sent Y": alleged; "rejected reports that ...": negated
        status = claim_status(claim, lex)
        negated = negated or status is Status.NEGATED
        alleged = alleged or status is Status.ALLEGED
    node = trigger
    for _ in range(6):  # "X denied that it had sent troops": what is denied is negated
        if node.head == node or presupposed(node):
            break
        dep, child, node = node.dep_, node, node.head
        if dep == "ccomp" and node.lemma_.lower() in DENYING_VERBS:
            if denies_named_claim(node, child, lex):
                break  # "X accused Y of V-ing, a charge Y denies": the accusation stands
            if any(c.dep_ == "neg" for c in node.children):
                hypothetical = True  # "did not deny that it had sent troops": left open
            else:
                negated = True
            break
    if trigger.lemma_.lower() in ("offer", "promise", "pledge", "propose"):
        planned = True  # offering troops is not yet sending them
    if purpose_of_taking(trigger, lex):
        planned = True  # "launched an offensive to capture X": the capture is the aim
    if called_false(trigger, lex):
        negated = True  # "fake reports that X supplied Y": the writer denies it
    if trigger.pos_ == "NOUN":  # "any attack on X", "the alleged attack", "the planned deployment"
        cues = noun_event_cues(trigger, lex)
        hypothetical, alleged, planned = hypothetical or cues[0], alleged or cues[1], planned or cues[2]
    if doc_text(sent.doc)[sent.start_char : sent.end_char].rstrip().endswith("?"):  # sent.text, from the Doc's text kept
        hypothetical = True
    if negated:
        return Status.NEGATED, 0.9
    if hypothetical:
        return Status.HYPOTHETICAL, 0.7
    if purpose(trigger):
        return Status.PLANNED, 0.8  # "so that Y could attack Z": meant, whatever the modal says
    if alleged:
        return Status.ALLEGED, 0.8
    if planned:
        return Status.PLANNED, 0.9
    return Status.ASSERTED, 1.0


_NUM_RE = re.compile(r"^\d[\d,]*(\.\d+)?$")
_RANGE = frozenset({"and", "to", "-", "–", "or"})
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}


def parse_number(words: list[str]) -> float | None:
    """``["two", "million"]`` -> 2e6; ``["100,000"]`` -> 1e5; ``["1.5", "million"]`` -> 1.5e6."""
    if not words:
        return None
    words = [w.lower() for w in words if w.lower() not in ("and", "a")]
    scale = 1.0
    while words and words[-1] in _SCALE:
        scale *= _SCALE[words.pop()]
    if not words:
        return scale if scale > 1 else None
    if len(words) == 1 and _NUM_RE.match(words[0]):
        return float(words[0].replace(",", "")) * scale
    try:
        return float(text2num(" ".join(words), "en")) * scale
    except ValueError:
        return None


@lru_cache(maxsize=1)
def _hedge_patterns(items: tuple[tuple[str, str], ...]) -> list[tuple[list[str], str]]:
    return sorted(((p.split(), h) for p, h in items), key=lambda x: -len(x[0]))


#: Plural round numbers, which give only a lower bound: two of them ("dozens": at least 24).
VAGUE_AMOUNTS = {"tens": 10, "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1000, "millions": 1e6, "billions": 1e9}


def vague_quantity(head: Token) -> Quantity | None:
    """"dozens of soldiers" (at least 24), "tens of thousands of troops" (at least 20,000),
    "hundreds of thousands of shells": a lower bound, with the "of" object as the unit."""
    if head.lower_ not in VAGUE_AMOUNTS:
        return None
    doc = head.doc
    first = head.i
    while first >= 2 and doc[first - 1].lower_ == "of" and doc[first - 2].lower_ in VAGUE_AMOUNTS:
        first -= 2  # "tens of" before "thousands", however the parser hung it
    node = head
    while True:
        of = next((c for c in node.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if obj is None or of is None:
            return None
        if obj.lower_ not in VAGUE_AMOUNTS:
            break
        node = obj  # "hundreds of thousands of"
    amount = 2.0
    for t in doc[first : of.i]:
        amount *= VAGUE_AMOUNTS.get(t.lower_, 1)
    return Quantity(text=doc[first : obj.i + 1].text, min=amount, unit=obj.lower_, hedge="at least",
                    figure=doc[first : of.i].text)  # fmt: skip


def quantity_of(head: Token, lex: Lexicon) -> Quantity | None:
    """The amount modifying a noun ("almost two million rounds", "up to 100,000 personnel"),
    a vague plural ("dozens of soldiers", at least 24), or a bare figure ("put the toll at
    about 15,000"), which has no unit."""
    vague = vague_quantity(head)
    if vague is not None:
        return vague
    bare = head.like_num
    nums = [c for c in head.subtree if c.like_num and c.i < head.i and (c.head == head or c.head.like_num or c.head.head == head)]
    if bare:
        nums = [c for c in head.subtree if c.like_num and c.i <= head.i]
    if not nums:
        return None
    first, last = min(n.i for n in nums), max(n.i for n in nums)
    doc = head.doc
    unit = None if bare else head.text.lower()
    span_words = [doc[i] for i in range(first, last + 1)]
    cut = next((k for k, t in enumerate(span_words) if t.lower_ in _RANGE and 0 < k < len(span_words) - 1), None)
    if cut is not None:  # "between 200 and 300 soldiers", "200 to 300 soldiers"
        low = parse_number([t.text for t in span_words[:cut] if t.like_num or t.lower_ in _SCALE])
        high = parse_number([t.text for t in span_words[cut + 1 :] if t.like_num or t.lower_ in _SCALE])
        right = [t.lower_ for t in span_words[cut + 1 :]]
        left = [t.lower_ for t in span_words[:cut]]
        if low is not None and right and right[-1] in _SCALE and not (left and left[-1] in _SCALE):
            low *= _SCALE[right[-1]]  # "two or three thousand": the scale is shared
        if low is not None and high is not None and low < high:
            start = first - 1 if first > 0 and doc[first - 1].lower_ in ("between", "from") else first
            return Quantity(
                text=doc[start : head.i + 1].text, min=low, max=high, unit=unit,
                hedge="exact", figure=doc[start : last + 1].text,
            )  # fmt: skip
    num_words = [doc[i].text for i in range(first, last + 1) if doc[i].like_num or doc[i].lower_ in _SCALE]
    value = parse_number(num_words)
    if value is None:
        return None
    hedge = "exact"
    start = first
    before = [t.lower_ for t in doc[max(0, first - 4) : first]]
    if first > 1 and (doc[first - 1].dep_ == "prt" or f"{doc[first - 2].lemma_.lower()} {doc[first - 1].lower_}" in lex.particle_verbs):
        before = []  # "handed over 20 tanks": the verb's particle, no hedge
    for pattern, name in _hedge_patterns(tuple(sorted(lex.quantity_hedges.items()))):
        if before[-len(pattern) :] == pattern:
            hedge = name
            start = first - len(pattern)
            break
    text = doc[start : head.i + 1].text
    figure = doc[start : last + 1].text
    kw: dict[str, float | None] = {"value": None, "min": None, "max": None}
    if hedge in ("up to", "almost", "less than"):
        kw["max"] = value
    elif hedge in ("at least", "more than"):
        kw["min"] = value
    else:
        kw["value"] = value
    return Quantity(text=text, unit=unit, hedge=hedge, figure=figure, **kw)
