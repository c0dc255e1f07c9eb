"""The RDF graph of an extraction: one function writes every quad, others read it back.

Design (see also ``ontology/kgraph.ttl``; every node has an IRI, no blank nodes):

* **documents graph** ``<base>id/graph/documents``: each document, ``a kg:Document`` (and
  ``schema:CreativeWork``) with ``kg:source``, ``kg:sha256``, ``kg:title``, ``kg:date``
  (xsd:date), ``kg:url`` and, when asked for, ``kg:content``; title, date and URL also as
  ``dcterms:title``, ``dcterms:issued`` and ``schema:url`` for tools that know only those.
* **entities graph** ``<base>id/graph/entities``: each entity with one kgraph class as
  ``rdf:type``, and its schema.org class (:data:`SCHEMA_TYPES`) where it has one, ``skos:prefLabel``, ``skos:altLabel`` per alias, ``owl:sameAs wd:Q…``, and
  ``kg:alias`` nodes (``kg:Alias`` with ``kg:text`` and ``kg:reason``) saying why each
  surface form was merged into the entity.
* a store build (``Extraction.resolutions``) also gives each document ``kg:resolution``
  (what resolving it taught, as ``rdf:JSON``) and puts the ``kg:alias`` nodes and
  ``skos:altLabel`` of the names it merged into its own graph, so that removing the
  document removes exactly the names only it gave.
* **one graph per document** ``<base>id/graph/<digest of its IRI>``: its statements,
  each ``a kg:Statement`` (an ``rdf:Statement``) with ``rdf:subject``/``rdf:predicate``/``rdf:object``, ``kg:status``
  (a SKOS concept), ``kg:confidence`` (xsd:decimal), the qualifiers ``kg:recipient``,
  ``kg:destination``, ``kg:location``, ``kg:accordingTo``, ``kg:quantity`` (a
  ``kg:Quantity`` node), ``kg:time`` (a ``kg:TimeExpression`` node), ``kg:label``,
  ``kg:rule``; ``kg:mention`` nodes with the words used for each entity; ``kg:evidence``
  (a ``kg:Evidence`` node: ``prov:wasDerivedFrom`` the document, ``kg:sentence``,
  ``kg:start``, ``kg:end``); ``prov:wasGeneratedBy`` the extraction of the document
  (a ``prov:Activity`` that ``prov:used`` the document, with ``prov:startedAtTime`` and
  ``prov:endedAtTime`` of the run when known), associated with the extractor (``prov:SoftwareAgent`` with ``rdfs:label`` and ``kg:version``). Asserted
  statements -- and only those -- add the plain triple ``subject kg:<relation> object``.

Statement IRIs come from :func:`kgraph.iri.statement_iri`; their evidence, mention,
quantity and time nodes are ``<statement>-evidence``, ``<statement>-subject`` (etc.),
``<statement>-quantity`` and ``<statement>-time``. IRIs share a few namespaces on
purpose: rdflib's Turtle writer slows down with every distinct namespace.

Serialising, loading and validating live in :mod:`kgraph.rdfio` (SPARQL in
:mod:`kgraph.sparql`), reading the
graph back into records in :mod:`kgraph.rdfread`; both are re-exported here.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import math
import re
from collections.abc import Iterable, Iterator
from decimal import Decimal

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from kgraph import types
from kgraph.errors import GraphError
from kgraph.iri import base_iri, slug, statement_iri
from kgraph.namespaces import DCTERMS, OWL, PROV, RDF, RDFS, SCHEMA, SKOS, WD, XSD, bind_prefixes, kg_namespace
from kgraph.rdfio import (
    Format,
    load,
    load_ontology,
    load_shapes,
    ontology_dir,
    serialize,
    union_graph,
    validate,
)
from kgraph.rdfread import ROLES, extraction_from_graph

__all__ = [
    "Format",
    "ROLES",
    "SCHEMA_TYPES",
    "Quad",
    "all_entities",
    "build_dataset",
    "document_graph_iri",
    "documents_graph_iri",
    "entities_graph_iri",
    "load",
    "load_ontology",
    "load_shapes",
    "ontology_dir",
    "quads",
    "serialize",
    "statement_node",
    "statements_from_graph",
    "time_literal",
    "union_graph",
    "validate",
    "wikidata_iri",
]

log = logging.getLogger(__name__)

Quad = tuple[URIRef, URIRef, Node, URIRef]

_IRI_RE = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:[^\x00-\x20<>\"{}|\\^`]+$")
_QID_RE = re.compile(r"^(?:http://www\.wikidata\.org/entity/)?(Q[1-9][0-9]*)$")
_TIME_TYPES = (
    (re.compile(r"^\d{4}-\d{2}-\d{2}$"), XSD.date),
    (re.compile(r"^\d{4}-(?:0[1-9]|1[0-2])$"), XSD.gYearMonth),
    (re.compile(r"^\d{4}$"), XSD.gYear),
)


#: The schema.org class an instance of a kgraph class also carries: the class's schema.org
#: superclass in ``ontology/kgraph.ttl`` (so schema.org-aware tools need no reasoner).
SCHEMA_TYPES: dict[str, URIRef] = {
    types.EntityClass.PERSON.value: SCHEMA.Person,
    types.EntityClass.COUNTRY.value: SCHEMA.Country,
    types.EntityClass.REGION.value: SCHEMA.AdministrativeArea,
    types.EntityClass.CITY.value: SCHEMA.City,
    types.EntityClass.PLACE.value: SCHEMA.Place,
    types.EntityClass.ORGANIZATION.value: SCHEMA.Organization,
    types.EntityClass.EVENT.value: SCHEMA.Event,
    "Document": SCHEMA.CreativeWork,
}


def entities_graph_iri() -> URIRef:
    """The named graph holding entity descriptions."""
    return URIRef(base_iri() + "id/graph/entities")


def documents_graph_iri() -> URIRef:
    """The named graph holding document descriptions."""
    return URIRef(base_iri() + "id/graph/documents")


def document_graph_iri(doc_iri: str) -> URIRef:
    """The named graph holding the statements of one document."""
    return URIRef(f"{base_iri()}id/graph/{_digest(doc_iri, 16)}")


def build_dataset(extraction: types.Extraction, *, include_text: bool = False) -> Dataset:
    """The dataset of ``extraction`` (``default_union`` on, kgraph's prefixes bound).

    ``include_text`` also stores each document's text (``kg:content``).

    Raises:
        GraphError: an IRI, Wikidata id, relation, status or number cannot be written.
    """
    ds = Dataset(default_union=True)
    bind_prefixes(ds)
    ds.addN(quads(extraction, include_text=include_text))
    return ds


def statements_from_graph(ds: Dataset | Graph) -> types.Extraction:
    """Documents, entities and statements of a built (or loaded) dataset or graph.

    ``statements_from_graph(build_dataset(x))`` equals ``x`` up to ordering: documents
    sorted by source, statements by document and offsets, aliases by text. Document texts
    come back empty unless the dataset was built with ``include_text``.

    Raises:
        GraphError: the graph lacks something a record needs (validate it to see what).
    """
    return extraction_from_graph(union_graph(ds))


def quads(extraction: types.Extraction, *, include_text: bool = False) -> Iterator[Quad]:
    """Every quad of the dataset of ``extraction``, in a stable order.

    Entities that statements refer to but ``extraction.entities`` lacks are described
    from the statements' references; documents likewise from the statements' sources.

    Raises:
        GraphError: an IRI, Wikidata id, relation, status or number cannot be written.
    """
    kg = _Terms(kg_namespace())
    docs = {d.iri: d for d in extraction.documents}
    for st in extraction.statements:
        if st.doc_iri not in docs:
            docs[st.doc_iri] = types.Document(iri=st.doc_iri, source=st.doc, text="", sha256="")
    entities = all_entities(extraction)

    graph = documents_graph_iri()
    for doc in sorted(docs.values(), key=lambda d: d.iri):
        for s, p, o in _document_triples(kg, doc, include_text):
            yield s, p, o, graph
    graph = entities_graph_iri()
    for entity in sorted(entities.values(), key=lambda e: e.iri):
        for s, p, o in _entity_triples(kg, entity):
            yield s, p, o, graph
    for doc_iri, resolution in sorted(extraction.resolutions.items()):
        d = _uri(doc_iri, "document")
        yield d, kg.resolution, Literal(resolution.to_json(), datatype=RDF.JSON), documents_graph_iri()
        graph = document_graph_iri(doc_iri)
        for entity in resolution.entities:
            for s, p, o in _alias_triples(kg, entity):
                yield s, p, o, graph
    seen: dict[str, types.Statement] = {}
    run = (extraction.started, extraction.ended)
    for st in extraction.statements:
        node = statement_node(st, seen)
        if node is None:
            continue
        graph = document_graph_iri(st.doc_iri)
        for s, p, o in _statement_triples(kg, node, st, run):
            yield s, p, o, graph


def all_entities(extraction: types.Extraction) -> dict[str, types.Entity]:
    """Every entity of ``extraction`` by IRI, also those only its statements describe."""
    entities = dict(extraction.entities)
    for st in extraction.statements:
        for ref in st.refs():
            if ref.iri not in entities:
                entities[ref.iri] = types.Entity(ref.iri, ref.label, ref.cls, ref.wikidata)
    return entities


def statement_node(st: types.Statement, seen: dict[str, types.Statement] | None = None) -> URIRef | None:
    """The IRI of ``st``; with ``seen``, None for an exact duplicate and a distinct IRI for
    a different statement of the same triple at the same offset."""
    iri = statement_iri(st.doc_iri, st.subject.iri, st.relation, st.object.iri, st.start)
    if seen is not None:
        if iri in seen and seen[iri] == st:
            return None
        if iri in seen:
            iri += "-" + hashlib.sha1(repr(st).encode("utf-8", "surrogatepass")).hexdigest()[:10]
            if iri in seen:
                return None
        seen[iri] = st
    return _uri(iri, "statement")


# --- triples -------------------------------------------------------------------------


def _document_triples(kg: type, doc: types.Document, include_text: bool) -> Iterable[tuple]:
    d = _uri(doc.iri, "document")
    yield d, RDF.type, kg.Document
    yield d, RDF.type, SCHEMA_TYPES["Document"]
    yield d, kg.source, Literal(doc.source)
    if doc.sha256:
        yield d, kg.sha256, Literal(doc.sha256)
    if doc.title is not None:
        yield d, kg.title, Literal(doc.title)
        yield d, DCTERMS.title, Literal(doc.title)
    if doc.date is not None:
        day = Literal(dt.date(doc.date.year, doc.date.month, doc.date.day).isoformat(), datatype=XSD.date)
        yield d, kg.date, day
        yield d, DCTERMS.issued, day
    if doc.url is not None:
        yield d, kg.url, Literal(doc.url, datatype=XSD.anyURI)
        yield d, SCHEMA.url, Literal(doc.url, datatype=XSD.anyURI)
    if include_text:
        yield d, kg.content, Literal(doc.text)


def _entity_triples(kg: type, entity: types.Entity) -> Iterable[tuple]:
    e = _uri(entity.iri, "entity")
    cls = types.EntityClass(entity.cls).value
    yield e, RDF.type, kg[cls]
    if cls in SCHEMA_TYPES:
        yield e, RDF.type, SCHEMA_TYPES[cls]
    yield e, SKOS.prefLabel, Literal(entity.label)
    if entity.wikidata:
        yield e, OWL.sameAs, wikidata_iri(entity.wikidata)
    yield from _alias_triples(kg, entity)


def _alias_triples(kg: type, entity: types.Entity) -> Iterable[tuple]:
    e = _uri(entity.iri, "entity")
    for alias in entity.aliases:
        if alias.text != entity.label:
            yield e, SKOS.altLabel, Literal(alias.text)
        reason = types.MergeReason(alias.reason).value
        key = "\x1f".join((entity.iri, alias.text, reason))
        a = URIRef(f"{base_iri()}id/alias/{_digest(key, 20)}")
        yield e, kg.alias, a
        yield a, RDF.type, kg.Alias
        yield a, kg.text, Literal(alias.text)
        yield a, kg.reason, Literal(reason)


def _statement_triples(kg: type, s: URIRef, st: types.Statement, run: tuple[dt.datetime | None, dt.datetime | None]) -> Iterable[tuple]:
    try:
        relation = kg[types.Relation(st.relation).value]
        status = kg[types.Status(st.status).value]
    except ValueError as e:
        raise GraphError(f"statement of {st.doc} at {st.start}: {e}; use a kgraph relation and status") from e
    subj, obj = _uri(st.subject.iri, "entity"), _uri(st.object.iri, "entity")
    doc = _uri(st.doc_iri, "document")
    yield s, RDF.type, kg.Statement
    yield s, RDF.subject, subj
    yield s, RDF.predicate, relation
    yield s, RDF.object, obj
    yield s, kg.status, status
    yield s, kg.confidence, _decimal(st.confidence, "confidence")
    yield s, PROV.wasDerivedFrom, doc
    ev = URIRef(f"{s}-evidence")
    yield s, kg.evidence, ev
    yield ev, RDF.type, kg.Evidence
    yield ev, PROV.wasDerivedFrom, doc
    yield ev, kg.sentence, Literal(st.sentence)
    yield ev, kg.start, Literal(int(st.start))
    yield ev, kg.end, Literal(int(st.end))
    for role, ref in _roles(st):
        if role not in ("subject", "object"):
            yield s, kg[role], _uri(ref.iri, "entity")
        m = URIRef(f"{s}-{role}")
        yield s, kg.mention, m
        yield m, RDF.type, kg.Mention
        yield m, kg.role, Literal(role)
        yield m, kg.mentionOf, _uri(ref.iri, "entity")
        yield m, kg.text, Literal(ref.text)
        if ref.start is not None:
            yield m, kg.start, Literal(int(ref.start))
        if ref.end is not None:
            yield m, kg.end, Literal(int(ref.end))
    if st.quantity is not None:
        yield from _quantity_triples(kg, s, st.quantity)
    if st.time is not None:
        yield from _time_triples(kg, s, st.time)
    if st.label is not None:
        yield s, kg.label, Literal(st.label)
    if st.rule is not None:
        yield s, kg.rule, Literal(st.rule)
    yield from _activity_triples(kg, s, st, doc, run)
    if st.status == types.Status.ASSERTED:
        yield subj, relation, obj


def _quantity_triples(kg: type, s: URIRef, q: types.Quantity) -> Iterable[tuple]:
    node = URIRef(f"{s}-quantity")
    yield s, kg.quantity, node
    yield node, RDF.type, kg.Quantity
    yield node, kg.text, Literal(q.text)
    for prop, value in ((kg.value, q.value), (kg.min, q.min), (kg.max, q.max)):
        if value is not None:
            yield node, prop, _decimal(value, "quantity")
    if q.unit is not None:
        yield node, kg.unit, Literal(q.unit)
    if q.hedge is not None:
        yield node, kg.hedge, Literal(q.hedge)


def _time_triples(kg: type, s: URIRef, t: types.TimeExpr) -> Iterable[tuple]:
    node = URIRef(f"{s}-time")
    yield s, kg.time, node
    yield node, RDF.type, kg.TimeExpression
    yield node, kg.text, Literal(t.text)
    if t.value is not None:
        yield node, kg.value, time_literal(t.value)
    if t.precision is not None:
        yield node, kg.precision, Literal(t.precision)
    if t.bound is not None:
        yield node, kg.bound, Literal(t.bound)


def _activity_triples(
    kg: type, s: URIRef, st: types.Statement, doc: URIRef, run: tuple[dt.datetime | None, dt.datetime | None]
) -> Iterable[tuple]:
    """The activity that generated ``s``: the extraction of its document by its extractor
    (one per document and extractor, in the document's graph, so it goes with the
    document), with the time of the run that extracted it when known."""
    name, version = st.extractor, st.extractor_version
    key = _digest(f"{name}\x1f{version}", 10)
    agent = URIRef(f"{base_iri()}id/agent/{slug(name, 40)}-{key}")
    activity = URIRef(f"{base_iri()}id/activity/{slug(name, 40)}-{key}-{_digest(st.doc_iri, 12)}")
    yield s, PROV.wasGeneratedBy, activity
    yield activity, RDF.type, PROV.Activity
    yield activity, PROV.wasAssociatedWith, agent
    yield activity, PROV.used, doc
    for prop, when in ((PROV.startedAtTime, run[0]), (PROV.endedAtTime, run[1])):
        if when is not None:
            yield activity, prop, Literal(when.isoformat(timespec="seconds"), datatype=XSD.dateTime)
    yield agent, RDF.type, PROV.SoftwareAgent
    yield agent, RDFS.label, Literal(name)
    yield agent, kg.version, Literal(version)


# --- terms ---------------------------------------------------------------------------


class _Terms:
    """The terms of a namespace, each looked up once (a ``DefinedNamespace`` checks
    every attribute access, which adds up over a million quads)."""

    def __init__(self, namespace: type) -> None:
        self._namespace = namespace
        self._items: dict[str, URIRef] = {}

    def __getattr__(self, name: str) -> URIRef:
        term = getattr(self._namespace, name)
        setattr(self, name, term)
        return term

    def __getitem__(self, name: str) -> URIRef:
        term = self._items.get(name)
        if term is None:
            term = self._items[name] = self._namespace[name]
        return term


def _roles(st: types.Statement) -> Iterator[tuple[str, types.EntityRef]]:
    for role, ref in zip(
        ROLES,
        (st.subject, st.object, st.recipient, st.destination, st.location, st.according_to),
    ):
        if ref is not None:
            yield role, ref


def _uri(iri: str, what: str) -> URIRef:
    if not _IRI_RE.match(iri):
        raise GraphError(f"{what} IRI {iri!r} is not an absolute IRI; mint it with kgraph.iri")
    return URIRef(iri)


def wikidata_iri(qid: str) -> URIRef:
    """``wd:Q…`` for a Wikidata id (``Q423`` or its full IRI).

    Raises:
        GraphError: ``qid`` is not a Wikidata item id.
    """
    match = _QID_RE.match(qid.strip())
    if not match:
        raise GraphError(f"Wikidata id {qid!r} is not an item id like 'Q423'")
    return WD[match.group(1)]


def time_literal(value: str) -> Literal:
    """An ISO date, month or year typed xsd:date/gYearMonth/gYear (else a plain string)."""
    for pattern, datatype in _TIME_TYPES:
        if pattern.match(value):
            if datatype == XSD.date:
                try:
                    dt.date.fromisoformat(value)
                except ValueError:
                    break
            return Literal(value, datatype=datatype)
    log.warning("time value %r is not an ISO date, month or year; stored as a string", value)
    return Literal(value)


def _decimal(x: float, what: str) -> Literal:
    try:
        number = float(x)
    except (TypeError, ValueError) as e:
        raise GraphError(f"{what} {x!r} is not a number") from e
    if not math.isfinite(number):
        raise GraphError(f"{what} {x!r} is not a finite number")
    return Literal(format(Decimal(repr(number)), "f"), datatype=XSD.decimal)


def _digest(text: str, n: int) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:n]
