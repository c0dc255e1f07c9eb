"""What a transfer noun's own phrase gives ("US military aid", "military supplies"), for
:mod:`kgraph.nlp.nominals`: a container noun ("shipment", "supplies") names goods only
with a word for them."""

from __future__ import annotations

from spacy.tokens import Span, Token

from kgraph.nlp.mentions import MEASURE_NOUNS


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
