"""basedIn read from the words that describe an organisation before its name: "Russian
company X", "the German armaments company X", "US plane-maker X", "Lebanon's militant group
X": a state's demonym or name (or its possessive) opening a common-noun description whose
head is a noun of organisations, right before the name, says where the organisation is.

The parser rarely joins such a description to the name (it hangs the name as an
apposition of an earlier noun, an adverbial, a second subject), so the rule reads the
words between the state and the name. A news agency so described ("Russian news agency X")
is said to be based there too, which the gold accepts for a state's agency and a private
one alike; an armed force ("the Russian army unit X") is left to the rules of forces.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kgraph.gazetteer import GazEntry, Gazetteer
from kgraph.nlp.lexicon import Lexicon
from kgraph.nlp.relations import PLACES, Candidate, cls_of
from kgraph.resolve import strip_determiner
from kgraph.types import EntityClass, Relation

#: How many description words may stand between the state and the name.
_MAX_WORDS = 4


def described_orgs(sent: Span, here: list[Span], gazetteer: Gazetteer, lex: Lexicon) -> Iterator[Candidate]:
    """basedIn(org, state) for each organisation among ``here``
    (the sentence's mentions) right after "<state> <description>", the description's last
    word a noun of organisations or of makers ("company", "group", "plane-maker")."""
    starts = {s.start: s for s in here}
    ends = {s.end: s for s in here if cls_of(s) in PLACES}
    for org in here:
        if cls_of(org) is not EntityClass.ORGANIZATION or org.start <= sent.start:
            continue
        words = _description(org, sent, starts)
        if not words or not _head_noun(words[-1], lex):
            continue
        state = _state_before(words[0], sent, ends, gazetteer)
        if state is None:
            continue
        span, entry = state
        own = gazetteer.lookup(strip_determiner(org.text))
        if own is not None and own.cls is EntityClass.COUNTRY or entry.label.lower() in org.text.lower():
            continue  # "the Russian company Russia Today": the state's name is the organisation's own
        yield Candidate(Relation.BASED_IN, org, span, words[-1], "static:described-org", 0.6)


def _description(org: Span, sent: Span, starts: dict[int, Span]) -> list[Token]:
    """The lower-case common nouns and adjectives right before ``org`` (hyphenated
    compounds whole: "plane-maker"), in text order; empty when a name stands there."""
    doc, i, out = org.doc, org.start - 1, []
    while i > sent.start and len(out) < _MAX_WORDS:
        tok = doc[i]
        if tok.text == "-" and out and i - 1 > sent.start and doc[i - 1].pos_ in ("NOUN", "ADJ", "VERB"):
            i -= 1  # "plane-maker": the word before the hyphen belongs to the description
            out.append(doc[i])
            i -= 1
            continue
        if tok.pos_ not in ("NOUN", "ADJ") or not tok.is_lower or _named(starts.get(i)):  # "Russian": the state, no description
            break
        out.append(tok)
        i -= 1
    return out[::-1]


def _named(span: Span | None) -> bool:
    """A mention with a name of its own (not "maker" read as a kind of materiel)."""
    return span is not None and span.root.pos_ == "PROPN"


def _head_noun(tok: Token, lex: Lexicon) -> bool:
    """A noun of organisations or makers (lexicon ``firm_nouns``: "company", "plane-maker":
    its last part), no armed force."""
    word = tok.lemma_.lower()
    return tok.pos_ == "NOUN" and word in lex.firm_nouns and word not in lex.military_org_nouns


def _state_before(first: Token, sent: Span, ends: dict[int, Span], gazetteer: Gazetteer) -> tuple[Span, GazEntry] | None:
    """The state named right before a description: a place mention of a country ("US",
    "Lebanon's"), or a demonym ("Russian", "German"), as a country mention."""
    doc, i = first.doc, first.i
    if i - 1 >= sent.start and doc[i - 1].tag_ == "POS":
        i -= 1  # "Lebanon's militant group X"
    span = ends.get(i)
    if span is not None:
        entry = gazetteer.lookup(strip_determiner(span.text))
        return (span, entry) if entry is not None and entry.cls is EntityClass.COUNTRY else None
    if i - 1 < sent.start or i != first.i:
        return None
    tok = doc[i - 1]
    entry = gazetteer.demonym(tok.text) if tok.is_title else None
    if entry is None or entry.cls is not EntityClass.COUNTRY:
        return None
    return Span(doc, tok.i, tok.i + 1, label=str(EntityClass.COUNTRY)), entry
