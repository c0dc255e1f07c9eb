"""What the relation rules yield and look up: :class:`Candidate` relations between mention
spans, :class:`Mentions` (the mentions of one doc, by token) and the classes of a mention.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection
from dataclasses import dataclass

from spacy.strings import get_string_id
from spacy.tokens import Span, Token

from kgraph.nlp.mentions import measured, mention_index
from kgraph.types import EntityClass, Relation

ACTORS = frozenset(
    {EntityClass.PERSON, EntityClass.COUNTRY, EntityClass.ORGANIZATION, EntityClass.GROUP}
)
PLACES = frozenset({EntityClass.COUNTRY, EntityClass.CITY, EntityClass.REGION, EntityClass.PLACE})

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
    earlier_giver: bool = False  # no subject: the giver (and receiver) of the document's last supply ("the package includes X")
    known_object: str | None = None  # the object a data file names, not the text (the span holds the words that tell it): its gazetteer label


class Mentions:
    """The mentions of one doc, looked up by token."""

    def __init__(self, spans: list[Span], anaphors: Collection[str] = ()) -> None:
        self.spans = spans
        self.anaphors = anaphors  # nouns whose definite phrase refers back ("the agency")
        self.by_token = mention_index(spans)
        self._starts = sorted(spans, key=lambda sp: sp.start)
        self._start_keys = [sp.start for sp in self._starts]
        self._at: dict[int, Span | None] = {}
        self.named: dict[int, Span | None] = {}  # static_spans.named's answers, by token
        self.named_positions: dict[tuple[int, int], list[int]] = {}  # static_spans.named_positions', by sentence

    def _named_holder(self, token: Token, span: Span) -> Span | None:
        """For one role or group noun the name it stands for: the person named right after
        it between commas ("its foreign minister, X, signed ..."), the organisation named
        right after it ("attacks by the rebel group M23"): the argument is the named one,
        not an unnamed group."""
        if span.root.i != token.i or token.tag_ != "NN" or span.label_ != EntityClass.GROUP:
            return None
        comma = token.i + 1 < len(token.doc) and token.doc[token.i + 1].text == ","
        for c in token.children:
            named = self.by_token.get(c.i) if c.dep_ == "appos" else None
            if named is None:
                continue
            if named.label_ == EntityClass.PERSON and comma and named.start == token.i + 2:
                return named  # not "Chile's foreign minister Ana Ruiz": the title is part of the name's phrase
            if named.label_ == EntityClass.ORGANIZATION and named.start == token.i + 1:
                return named
        return None

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
            return self._named_holder(token, span) or span
        inner = measured(token)
        if inner is not None:
            return self.by_token.get(inner.i)
        if token.lower_ in SUBJECT_PRONOUNS or token.pos_ == "PRON":
            return token.doc[token.i : token.i + 1]  # resolved by coreference later
        if self.anaphors and is_anaphor(token, self.anaphors):
            return token.doc[token.i : token.i + 1]  # "the agency", "his country": likewise
        return None


#: A mention's label (its string's hash, cheaper to read than the string) -> its class.
_CLASS_OF_LABEL = {get_string_id(str(c)): c for c in EntityClass}


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
    return _CLASS_OF_LABEL.get(span.label)
