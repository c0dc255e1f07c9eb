"""Who a statement is according to, read off the parse: the reporting clause that frames
it ("X said ...", "..., said X", "..., it said"), the accuser of an alleged act, "according
to X", the claimant or denier of a claim, a headline's source set off by a colon.

The functions return the token that names the source; :meth:`kgraph.coreference.DocState.source`
turns it into an entity (through "the statement", "a spokesman for X" and the like).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from spacy.tokens import Span, Token

from kgraph.nlp.claims import claim_noun, claim_source, presupposed, unreported
from kgraph.nlp.docmemo import columns, table, with_words, words
from kgraph.nlp.lexicon import Lexicon
from kgraph.nlp.qualifiers import accusation
from kgraph.nlp.status_cues import aside
from kgraph.nlp.syntax import first_conjunct


#: Verbs whose object, an event named by a noun, is the subject's own claim ("declared the
#: capture of X", "claimed a drone attack"); not "announced sanctions", an act done by saying it.
CLAIMING_VERBS = frozenset({"claim", "declare"})


#: Reporting verbs that put their speaker after them ("..., said X", "..., reported Y",
#: "..., added the statement"); not a verb whose object is what it reports (", declared
#: the capture of X": the capture is declared, by the clause's subject).
INVERTING_VERBS = frozenset({"say", "report", "add", "write", "state", "note", "explain", "insist", "stress", "conclude", "quote"})


def reporter_of(trigger: Token, lex: Lexicon) -> Token | None:
    """The one who reports the content that contains ``trigger``; a noun's event named in
    a prepositional phrase ("in retaliation for US strikes") is presupposed, not reported."""
    if trigger.pos_ == "NOUN" and _in_phrase(trigger) and claim_noun(trigger, lex) is None:
        return None
    if trigger.lemma_.lower() in CLAIMING_VERBS and any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in trigger.children):
        return _speaker(trigger)  # the light verb of a nominal event: "X declared the capture of Y"
    claimed = claim_source(trigger, lex)
    if claimed is not None:  # "X denied Y's claims that ...": X; "Y's claims that ...": Y
        return claimed
    node = trigger
    for _ in range(8):
        if node.head == node:
            break
        child, node = node, node.head
        dep = child.dep_
        if dep == "relcl" and aside(child) or presupposed(child) or dep == "acl" and child.tag_ == "VBN" and node.pos_ in ("NOUN", "PROPN"):
            return None  # "..., Kursk, a region where X staged an incursion", "since X attacked Y", "a deal signed by X": the writer's
        if dep == "dobj" and child == trigger and trigger.pos_ == "NOUN" and node.lemma_.lower() in CLAIMING_VERBS:
            return _speaker(node)  # "X declared the capture of Y", "Z claimed the attack": the subject's own claim
        if dep in ("ccomp", "parataxis", "advcl") and node.lemma_.lower() in lex.reporting_verbs:
            if child.i < node.i and any(c.dep_ == "ccomp" and c.i > node.i for c in node.children):
                return None  # "A happened, however B said C": B reports C, not A
            if unreported(_below(trigger, node), node):
                break  # "X was expected after Y travelled and Z said ...": not Z's report
            nearer = _opening_reporter(child, node, lex)
            speaker = _speaker(nearer if nearer is not None else node)
            if speaker is not None:
                return speaker
    # "X sent Y, the BBC said, citing Z", "X sent Y, said Z": the reporting clause hangs
    # below the content
    for node in (trigger, trigger.sent.root):
        for c in node.children:
            if c.lemma_.lower() in lex.reporting_verbs and c.i > trigger.i and (
                c.dep_ == "parataxis" or c.dep_ in ("conj", "ccomp") and c.doc[c.i - 1].text == "," and _reports_after(c)
                or c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children)  # "..., as reported by X"
            ):
                speaker = _speaker(c)
                if speaker is not None:
                    return speaker
    # "X, the source said": the reporting verb is the root and the content its ccomp (not a
    # clause coordinated with it: "Ukraine said ..., and Germany sent tanks"; nor the words
    # that describe the speaker: "the Iran-backed agency reported ..." is the writer's)
    root = trigger.sent.root
    if root.lemma_.lower() in lex.reporting_verbs and root != trigger and _below(trigger, root).dep_ not in ("conj", "nsubj") and not unreported(_below(trigger, root), root):
        return _speaker(root)
    return None


def _below(token: Token, ancestor: Token) -> Token:
    """The child of ``ancestor`` on the way down to ``token``."""
    node = token
    while node.head != ancestor and node.head != node:
        node = node.head
    return node


def _in_phrase(noun: Token) -> bool:
    """Whether a noun hangs, through a preposition, below its clause's verb."""
    node = noun
    while node.head != node and node.pos_ not in ("VERB", "AUX"):
        if node.dep_ == "pobj":
            return True
        node = node.head
    return False


def _reports_after(verb: Token) -> bool:
    """Whether a reporting verb after a comma reports what comes before it: it has a
    subject of its own ("..., the BBC said") or puts its speaker after it ("..., said X");
    not a second predicate of the clause's subject ("X, engaged in a war, declared ...")."""
    return verb.lemma_.lower() in INVERTING_VERBS or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _opening_reporter(clause: Token, verb: Token, lex: Lexicon) -> Token | None:
    """The reporting verb right before a content clause that the parser hung on a later
    reporting verb: "X said (that) A, Y reported" reports A as X's words (Y reports X);
    ``None`` when the clause follows no other reporting verb."""
    start = clause.left_edge.i
    if start == 0 or clause.i > verb.i:
        return None
    before = clause.doc[start - 1]
    if before.pos_ != "VERB" or before == verb or before.lemma_.lower() not in lex.reporting_verbs or not before.is_ancestor(verb):
        return None
    return before if _speaker(before) is not None else None


def _speaker(verb: Token) -> Token | None:
    """Who reports with ``verb``: its subject ("..., it said" names the body meant;
    "it is said" and "X is said to" name no one), or, when the verb opens its clause
    after a comma, the phrase after it ("..., said X", "..., reported Y"); the one
    quoted in "quoted X as saying"."""
    raised = any(c.dep_ == "xcomp" for c in verb.children)  # "X was said to V": X is what is said of
    for c in verb.children:
        if c.dep_ == "nsubj" or c.dep_ == "nsubjpass" and c.lower_ != "it" and not raised:
            return c
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is not None:  # "as reported by X", "it was announced by X"
        return next((c for c in agent.children if c.dep_ == "pobj"), None)
    if verb.i > 0 and verb.doc[verb.i - 1].text == "," and verb.lemma_.lower() in INVERTING_VERBS:
        return next((c for c in verb.children if c.dep_ in ("dobj", "attr") and c.pos_ in ("PROPN", "NOUN")), None)
    quoting = verb.head.head if verb.dep_ == "pcomp" and verb.head.lower_ == "as" else None
    if quoting is not None and quoting.lemma_.lower() in ("quote", "cite"):
        return next((c for c in quoting.children if c.dep_ == "dobj"), None)  # "quoted X as saying": X
    if verb.dep_ == "conj" and verb.head != verb:  # "X denied A but admitted B": X admits B
        return _speaker(first_conjunct(verb))
    return None


def speaks(token: Token, lex: Lexicon) -> bool:
    """Whether a mention's head is the subject of a reporting verb, or the name that gives
    such a subject ("X said", "a X statement said", "X's spokesman said")."""
    if token.dep_ in ("compound", "poss") and token.head.pos_ == "NOUN":
        token = token.head
    return token.dep_ == "nsubj" and token.head.lemma_.lower() in lex.reporting_verbs


def accuser_of(trigger: Token) -> Token | None:
    """Who accuses someone of the act ``trigger`` names ("X accused Y of sending Z": X;
    "X condemned Y, accusing Z of sending W": X, the subject of the clause the
    participle hangs on)."""
    verb = accusation(trigger)
    while verb is not None and verb.dep_ in ("advcl", "conj", "xcomp") and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head  # "X condemned Y, accusing Z of V-ing": X accuses
    if verb is not None and verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("PROPN", "NOUN"):
        return verb.head  # "X, accusing Z of V-ing, ...": X
    return next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None


def according_to_phrase(sent: Span, lex: Lexicon) -> Token | None:
    """The complement of "according to X" / "citing X" in the sentence; through a
    source noun to who gave it ("according to a statement by X", "X's data")."""
    for t in with_words(sent, ("according", "citing")):
        found = None
        if t.lower_ == "according" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "to":
            found = next((c for c in t.doc[t.i + 1].children if c.dep_ == "pobj"), None) or next(
                (c for c in t.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i == t.i + 2), None
            )  # "according to the officials cited" parsed as a clause whose subject is the officials
        elif t.lower_ == "citing":
            found = next((c for c in t.children if c.dep_ in ("dobj", "pobj")), None)
        if found is not None:
            return _giver(found, lex)
    return None


def _giver(noun: Token, lex: Lexicon) -> Token:
    """Who gave a source noun ("a statement by X", "X's figures", "ministry data"); the
    noun itself when it is not a source noun or names no giver."""
    if noun.lemma_.lower() not in lex.source_nouns:
        return noun
    for c in noun.children:
        if c.dep_ == "poss" or c.dep_ == "compound" and c.pos_ in ("PROPN", "NOUN"):
            return c
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("by", "from", "of"):
            return next((p for p in c.children if p.dep_ == "pobj"), noun)
    return noun


def affiliation(speaker: Token) -> Token | None:
    """The name a speaker noun that names no one is qualified by ("an AFP correspondent",
    "Kremlin spokesman", "the agency's reporter", "a spokesman for the ministry", "a group
    of Western states"): the body that speaks through them."""
    if speaker.pos_ != "NOUN":
        return None
    named = next((c for c in speaker.children if c.dep_ in ("compound", "poss") and c.pos_ == "PROPN"), None)
    if named is not None:
        return named
    for prep in (c for c in speaker.children if c.dep_ == "prep" and c.lower_ in ("for", "of", "at", "from")):
        return next((c for c in prep.children if c.dep_ == "pobj"), None)
    return None


#: Punctuation that sets a headline's source off from what it says ("UN: ...", "...: report").
_SOURCE_MARKS = frozenset({":", "|"})


def colon_source(trigger: Token, sent: Span) -> Token | None:
    """A headline's source set off by a colon: the words before it when they hold no verb
    ("UN: weapons smuggled into Syria"), or the few words closing the line after it
    ("X accuses Y of arming rebels: report", "...: army sources"). The caller keeps only a
    source that can speak (a place before a colon is where the story is from: "Kiev: ...")."""
    line_start, line_end, marks = _line_marks(sent)
    if len(marks) != 1:
        return None
    doc, at = sent.doc, marks[0]
    if trigger.i > at:
        before = doc[line_start:at]
        if 0 < len(before) <= 4 and not any(t.pos_ in ("VERB", "AUX") for t in before):
            return before.root
    elif trigger.i < at:
        # the words after the mark, read only as far as a fourth (the rest of a paragraph may follow)
        punct, words_after = columns(doc)["is_punct"], []
        for i in range(at + 1, line_end):
            if not punct[i]:
                words_after.append(doc[i])
                if len(words_after) > 3:
                    return None
        if words_after and not any(t.pos_ in ("VERB", "AUX") for t in words_after):
            return words_after[-1]
    return None


def _line_marks(sent: Span) -> tuple[int, int, list[int]]:
    """Where the line of text ``sent`` is on starts and ends (the parser may split a
    headline at its colon), and its tokens that may set a source off; the doc's line
    ends found once, each line's marks once (every candidate asks, and a line may be a
    whole paragraph)."""
    doc = sent.doc
    ends = table(doc, "line_ends", None)
    if not ends:  # a line starts at 0, after every token whose text or space holds a line break, and ends at the end
        ends[0] = [0, *(i + 1 for i, w in enumerate(words(doc)) if "\n" in w), len(doc)]  # a token's space is " " or none
    bounds = ends[0]
    start = bounds[bisect_right(bounds, sent.start) - 1]
    end = bounds[bisect_left(bounds, sent.end)]
    marks = table(doc, "line_marks", None)
    if start not in marks:
        texts = words(doc)
        marks[start] = [i for i in range(start, end) if texts[i] in _SOURCE_MARKS]
    return start, end, marks[start]
