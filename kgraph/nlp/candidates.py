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
from kgraph.nlp.syntax import conjuncts, prep_objects
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

    def __init__(self, spans: list[Span], anaphors: Collection[str] = (), titles: Collection[str] = ()) -> None:
        self.spans = spans
        self.anaphors = anaphors  # nouns whose definite phrase refers back ("the agency")
        self.titles = titles  # words that end a title ("minister", "ambassador"): see _titled_holder
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

    def argument(self, token: Token | None) -> Span | None:
        """The mention ``token`` heads or lies in (:meth:`at`), unless the title ``token``
        is (a group mention of its own, or none) names a person (:meth:`_titled_holder`):
        what a rule takes for an argument."""
        span = self.at(token)
        if token is None or span is not None and (span.end != token.i + 1 or span.label_ not in _TITLE_MENTION_CLASSES):
            return span  # a mention that ends at the title word is the title alone ("Prime Minister")
        return self._titled_holder(token) or span  # "minister of Defence of Peru X": X, not a nameless group

    def _titled_holder(self, token: Token) -> Span | None:
        """The person a title with no mention of its own names at the end of its phrase:
        "Minister of Foreign Affairs of Chile X", "President of Peru X", "ambassador to
        Chile X", "Chief of Army Staff General X" (the parser hangs the name under the
        title's "of" or "to"), so the person, not nobody, is the argument. The name must
        follow a word of the title phrase, not the preposition itself: in "adviser to X",
        "the son of X", X is someone else."""
        if token.pos_ not in ("NOUN", "PROPN") or token.lower_ not in self.titles and token.lemma_.lower() not in self.titles:
            return None
        frontier = [token]
        for _ in range(3):  # "Minister of Foreign Affairs of Chile X": two "of" phrases down
            deeper = []
            for tok in (t for head in frontier for t in prep_objects(head, ("of", "to"))):
                span = self.by_token.get(tok.i)
                if span is None or span.label_ == EntityClass.ORGANIZATION:
                    deeper.append(tok)
                elif span.label_ == EntityClass.PERSON and span.root == tok and token.doc[span.start - 1].pos_ != "ADP":
                    return span
            frontier = deeper
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


#: The classes the NER or the mention finder gives a bare title ("Minister", "the minister").
_TITLE_MENTION_CLASSES = frozenset({EntityClass.GROUP, EntityClass.PERSON})


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


def titled_conjuncts(token: Token, mentions: Mentions) -> list[Token]:
    """``token`` and the words coordinated with it, and with the person a title names
    (:meth:`Mentions._titled_holder`): in "Minister of X A and Minister of Y B" the parser
    hangs the second title on A, not on the first title."""
    out = conjuncts(token)
    span = mentions.argument(token)
    if span is not None and span.root != token and span.root.i not in {t.i for t in out} and token.i not in range(span.start, span.end):
        out += [t for t in conjuncts(span.root) if t not in out]
    return out


def cls_of(span: Span) -> EntityClass | None:
    """The ontology class a mention's label names; ``None`` for a pronoun (unknown
    until resolved)."""
    return _CLASS_OF_LABEL.get(span.label)
