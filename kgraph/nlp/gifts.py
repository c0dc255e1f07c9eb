"""What a transfer noun's own phrase gives ("US military aid", "Japan's security
assistance", "military supplies"), for :mod:`kgraph.nlp.nominals`: a noun that is itself
the gift names it with its modifiers; a container noun ("shipment", "supplies") names
goods only with a word for them."""

from __future__ import annotations

from spacy.tokens import Span, Token

from kgraph.nlp.lexicon import Lexicon
from kgraph.nlp.mentions import MEASURE_NOUNS


def aid_kind(span: Span, noun: Token, subject: Span, lex: Lexicon) -> Span | None:
    """A noun that is itself what is given (a materiel noun, no container: "aid",
    "assistance") makes its compound a kind of the gift, no goods of its own ("US grant
    assistance", "Japan's security assistance"): the whole mention without its agent."""
    lemma = noun.lemma_.lower()
    if lemma not in lex.materiel_nouns or lemma in MEASURE_NOUNS or noun.lower_ in MEASURE_NOUNS:
        return None
    return without_agent(span, subject)


def names_goods(own: Span, noun: Token) -> bool:
    """Whether the mention a transfer noun lies in names what is given: the noun itself
    ("US military aid") or a measure of it ("an aid package"), not a thing it describes
    ("a supply chain", "supply lines"); a container noun only with a word for its goods
    ("military supplies"), not alone ("made another shipment of ...", "arms sales and supplies")."""
    if own.root != noun:
        return own.root.lemma_.lower() in MEASURE_NOUNS
    return noun.lemma_.lower() not in MEASURE_NOUNS or any(c.dep_ in ("amod", "compound") for c in noun.lefts if c.i >= own.start)


def without_agent(span: Span, agent: Span) -> Span:
    """``span`` without the agent's words it opens with ("Germany's military aid")."""
    start = span.start
    while start < span.end - 1 and (agent.start <= start < agent.end or span.doc[start].tag_ == "POS"):
        start += 1
    return span if start == span.start else Span(span.doc, start, span.end, label=span.label_)
