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

The quads themselves are written once, in :mod:`kgraph.graphshape`, for rdflib (here)
and as N-Triples text for Oxigraph (the graph files and the store).

Serialising, loading and validating live in :mod:`kgraph.rdfio` (SPARQL in
:mod:`kgraph.sparql`), reading the
graph back into records in :mod:`kgraph.rdfread`; both are re-exported here.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from itertools import chain

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from kgraph import graphshape, types
from kgraph.graphshape import RDFLIB, SCHEMA_TYPES, all_entities, vocabulary
from kgraph.namespaces import bind_prefixes
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


def entities_graph_iri() -> URIRef:
    """The named graph holding entity descriptions."""
    return URIRef(graphshape.entities_graph())


def documents_graph_iri() -> URIRef:
    """The named graph holding document descriptions."""
    return URIRef(graphshape.documents_graph())


def document_graph_iri(doc_iri: str) -> URIRef:
    """The named graph holding the statements of one document."""
    return URIRef(graphshape.document_graph(doc_iri))


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
    """Every quad of the dataset of ``extraction`` as rdflib terms, in a stable order
    (:func:`kgraph.graphshape.parts`).

    Entities that statements refer to but ``extraction.entities`` lacks are described
    from the statements' references; documents likewise from the statements' sources.

    Raises:
        GraphError: an IRI, Wikidata id, relation, status or number cannot be written.
    """
    return chain(*graphshape.parts(extraction, vocabulary(RDFLIB), include_text=include_text))


def statement_node(st: types.Statement, seen: dict[str, types.Statement] | None = None) -> URIRef | None:
    """The IRI of ``st``; with ``seen``, None for an exact duplicate and a distinct IRI for
    a different statement of the same triple at the same offset.

    Raises:
        GraphError: the IRI is not an absolute IRI.
    """
    iri = graphshape.statement_iri_of(st, seen)
    return None if iri is None else URIRef(iri)


def wikidata_iri(qid: str) -> URIRef:
    """``wd:Q…`` for a Wikidata id (``Q423`` or its full IRI).

    Raises:
        GraphError: ``qid`` is not a Wikidata item id.
    """
    return URIRef(graphshape.wikidata_item(qid))


def time_literal(value: str) -> Literal:
    """An ISO date, month or year typed xsd:date/gYearMonth/gYear (else a plain string)."""
    v = vocabulary(RDFLIB)
    text, datatype = graphshape.time_value(value)
    return Literal(text, datatype=None if datatype is None else v[datatype])
