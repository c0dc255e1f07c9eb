"""Reading a kgraph RDF graph back into :mod:`kgraph.types` records.

The inverse of :func:`kgraph.graph.quads`: render, eval and stats can work on a graph
file as well as on a fresh extraction. Use :func:`kgraph.graph.statements_from_graph`,
which accepts a dataset too.
"""

from __future__ import annotations

import datetime as dt
import logging
from decimal import Decimal, InvalidOperation

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from kgraph import types
from kgraph.errors import GraphError
from kgraph.namespaces import OWL, PROV, RDF, RDFS, SKOS, kg_namespace

__all__ = ["ROLES", "extraction_from_graph"]

log = logging.getLogger(__name__)

ROLES = ("subject", "object", "recipient", "destination", "location", "accordingTo")
_WD = "http://www.wikidata.org/entity/"


def extraction_from_graph(g: Graph) -> types.Extraction:
    """Documents, entities and statements described in ``g`` (a union graph).

    Documents come sorted by source, statements by document, offsets and triple,
    aliases by text and reason.

    Raises:
        GraphError: a statement lacks its triple, status, evidence or an entity it uses.
    """
    kg = kg_namespace()
    documents = {str(d): _document(g, kg, d) for d in set(g.subjects(RDF.type, kg.Document))}
    entities = _entities(g, kg)
    statements = [_statement(g, kg, s, documents, entities) for s in set(g.subjects(RDF.type, kg.Statement))]
    statements.sort(key=lambda st: (st.doc_iri, st.start, st.end, st.subject.iri, st.relation, st.object.iri, repr(st)))
    return types.Extraction(
        documents=tuple(sorted(documents.values(), key=lambda d: (d.source, d.iri))),
        entities=entities,
        statements=tuple(statements),
    )


def _document(g: Graph, kg: type, d: Node) -> types.Document:
    date = g.value(d, kg.date)
    day = date.toPython() if isinstance(date, Literal) else None
    return types.Document(
        iri=str(d),
        source=_str(g.value(d, kg.source)) or str(d),
        text=_str(g.value(d, kg.content)) or "",
        sha256=_str(g.value(d, kg.sha256)) or "",
        title=_str(g.value(d, kg.title)),
        date=day if isinstance(day, dt.date) else None,
        url=_str(g.value(d, kg.url)),
    )


def _entities(g: Graph, kg: type) -> dict[str, types.Entity]:
    entities: dict[str, types.Entity] = {}
    for cls in types.EntityClass:
        for e in set(g.subjects(RDF.type, kg[cls.value])):
            label = g.value(e, SKOS.prefLabel)
            if not isinstance(e, URIRef) or label is None:
                if cls != types.EntityClass.QUANTITY:  # quantity qualifiers have no label
                    log.warning("%s (%s) has no skos:prefLabel; skipped", e, cls.value)
                continue
            aliases = set()
            for a in g.objects(e, kg.alias):
                text, reason = _str(g.value(a, kg.text)), _str(g.value(a, kg.reason))
                if text is None or reason is None:
                    raise GraphError(f"alias {a} of {e} lacks kg:text or kg:reason")
                aliases.add(types.Alias(text, types.MergeReason(reason)))
            entities[str(e)] = types.Entity(
                iri=str(e),
                label=str(label),
                cls=cls,
                wikidata=_qid(g, e),
                aliases=tuple(sorted(aliases, key=lambda a: (a.text, a.reason.value))),
            )
    return entities


def _qid(g: Graph, e: Node) -> str | None:
    for same in sorted(g.objects(e, OWL.sameAs)):
        if str(same).startswith(_WD):
            return str(same)[len(_WD):]
    return None


def _statement(
    g: Graph, kg: type, s: Node, documents: dict[str, types.Document], entities: dict[str, types.Entity]
) -> types.Statement:
    def need(node: Node | None, what: str) -> Node:
        if node is None:
            raise GraphError(f"statement {s} has no {what}; validate the graph to see what is missing")
        return node

    predicate = str(need(g.value(s, RDF.predicate), "rdf:predicate"))
    status = str(need(g.value(s, kg.status), "kg:status"))
    ns = str(kg_namespace())
    try:
        relation = types.Relation(predicate.removeprefix(ns)).value
        status_value = types.Status(status.removeprefix(ns))
    except ValueError as e:
        raise GraphError(f"statement {s}: {e}") from e
    ev = need(g.value(s, kg.evidence), "kg:evidence")
    doc = str(need(g.value(ev, PROV.wasDerivedFrom), "document (evidence prov:wasDerivedFrom)"))
    mentions = {_str(g.value(m, kg.role)): m for m in g.objects(s, kg.mention)}
    props = {"subject": RDF.subject, "object": RDF.object}
    refs: dict[str, types.EntityRef | None] = {}
    for role in ROLES:
        target = g.value(s, props.get(role) or kg[role])
        if target is None:
            if role in props:
                need(None, f"rdf:{role}")
            refs[role] = None
            continue
        refs[role] = _ref(g, kg, s, str(target), mentions.get(role), entities)
    activity = g.value(s, PROV.wasGeneratedBy)
    agent = g.value(activity, PROV.wasAssociatedWith) if activity is not None else None
    confidence = g.value(s, kg.confidence)
    document = documents.get(doc)
    return types.Statement(
        doc=document.source if document else doc,
        doc_iri=doc,
        subject=refs["subject"],  # type: ignore[arg-type]
        relation=relation,
        object=refs["object"],  # type: ignore[arg-type]
        sentence=_str(g.value(ev, kg.sentence)) or "",
        start=_int(g.value(ev, kg.start), s) or 0,
        end=_int(g.value(ev, kg.end), s) or 0,
        status=status_value,
        confidence=_float(confidence, s) if confidence is not None else 0.5,
        recipient=refs["recipient"],
        destination=refs["destination"],
        location=refs["location"],
        quantity=_quantity(g, kg, s),
        time=_time(g, kg, s),
        according_to=refs["accordingTo"],
        label=_str(g.value(s, kg.label)),
        rule=_str(g.value(s, kg.rule)),
        extractor=(_str(g.value(agent, RDFS.label)) if agent is not None else None) or "kgraph",
        extractor_version=(_str(g.value(agent, kg.version)) if agent is not None else None) or "0",
    )


def _ref(
    g: Graph, kg: type, s: Node, iri: str, mention: Node | None, entities: dict[str, types.Entity]
) -> types.EntityRef:
    entity = entities.get(iri)
    if entity is None:
        raise GraphError(
            f"statement {s} refers to {iri}, which has no kgraph class and skos:prefLabel; "
            "validate the graph to see what is missing"
        )
    text = start = end = None
    if mention is not None:
        text = _str(g.value(mention, kg.text))
        start = _int(g.value(mention, kg.start), s)
        end = _int(g.value(mention, kg.end), s)
    return types.EntityRef(
        iri=iri,
        label=entity.label,
        cls=entity.cls,
        text=text if text is not None else entity.label,
        wikidata=entity.wikidata,
        start=start,
        end=end,
    )


def _quantity(g: Graph, kg: type, s: Node) -> types.Quantity | None:
    node = g.value(s, kg.quantity)
    if node is None:
        return None
    return types.Quantity(
        text=_str(g.value(node, kg.text)) or "",
        value=_float(g.value(node, kg.value), s),
        min=_float(g.value(node, kg.min), s),
        max=_float(g.value(node, kg.max), s),
        unit=_str(g.value(node, kg.unit)),
        hedge=_str(g.value(node, kg.hedge)),
    )


def _time(g: Graph, kg: type, s: Node) -> types.TimeExpr | None:
    node = g.value(s, kg.time)
    if node is None:
        return None
    return types.TimeExpr(
        text=_str(g.value(node, kg.text)) or "",
        value=_str(g.value(node, kg.value)),
        precision=_str(g.value(node, kg.precision)),
        bound=_str(g.value(node, kg.bound)),
    )


def _str(node: Node | None) -> str | None:
    return None if node is None else str(node)


def _int(node: Node | None, s: Node) -> int | None:
    if node is None:
        return None
    try:
        return int(str(node))
    except ValueError as e:
        raise GraphError(f"statement {s}: offset {node!r} is not an integer") from e


def _float(node: Node | None, s: Node) -> float | None:
    if node is None:
        return None
    try:
        return float(Decimal(str(node)))
    except InvalidOperation as e:
        raise GraphError(f"statement {s}: {node!r} is not a decimal number") from e
