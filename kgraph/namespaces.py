"""RDF namespaces: the checked ``KG`` vocabulary and the vocabularies kgraph aligns to.

``KG`` is an rdflib :class:`~rdflib.namespace.DefinedNamespace`: every term of
``ontology/kgraph.ttl`` is listed here, and asking for any other term raises
``AttributeError`` (``KG.suplies`` is a bug, not a new property).

The base IRI is configurable (``$KGRAPH_BASE_IRI``, see :mod:`kgraph.iri`), while a
``DefinedNamespace`` needs a fixed ``_NS``. So the term list lives in an abstract class
without ``_NS`` and :func:`kg_namespace` builds (and caches) a concrete class for a given
ontology IRI. ``KG`` is that class for the ontology IRI in force when this module is
first imported; code that must follow a base IRI changed later at run time (tests, a
long-lived server) calls :func:`kg_namespace` instead.
"""

from __future__ import annotations

from functools import lru_cache

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SDO, SKOS, XSD, DefinedNamespace

from kgraph.iri import ontology_iri

__all__ = [
    "KG",
    "OWL",
    "PREFIXES",
    "PROV",
    "RDF",
    "RDFS",
    "SCHEMA",
    "SEM",
    "SKOS",
    "WD",
    "WDT",
    "XSD",
    "bind_prefixes",
    "kg_namespace",
    "kg_terms",
    "prefixes",
]

WD = Namespace("http://www.wikidata.org/entity/")
WDT = Namespace("http://www.wikidata.org/prop/direct/")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
SCHEMA = SDO  # https://schema.org/


class _KGTerms(DefinedNamespace):
    """The terms of the kgraph ontology (no ``_NS``: see :func:`kg_namespace`)."""

    _fail = True

    # entity classes (EntityClass values) and their groupings
    Person: URIRef
    Country: URIRef
    Region: URIRef
    City: URIRef
    Place: URIRef
    Organization: URIRef
    Group: URIRef
    Materiel: URIRef
    Agreement: URIRef
    Event: URIRef
    Quantity: URIRef
    Entity: URIRef
    Actor: URIRef
    # provenance and statement structure
    Statement: URIRef
    Document: URIRef
    Evidence: URIRef
    Mention: URIRef
    Alias: URIRef
    TimeExpression: URIRef
    # the status scheme and its concepts (Status values)
    StatusScheme: URIRef
    asserted: URIRef
    planned: URIRef
    alleged: URIRef
    negated: URIRef
    hypothetical: URIRef
    # relations (Relation values)
    supplies: URIRef
    deploys: URIRef
    visits: URIRef
    meetsWith: URIRef
    signs: URIRef
    cooperatesWith: URIRef
    supports: URIRef
    recognizes: URIRef
    attacks: URIRef
    occupies: URIRef
    threatens: URIRef
    criticizes: URIRef
    leaderOf: URIRef
    worksFor: URIRef
    partOf: URIRef
    locatedIn: URIRef
    basedIn: URIRef
    livesIn: URIRef
    killed: URIRef
    sufferedCasualties: URIRef
    relatedTo: URIRef
    # statement qualifiers
    recipient: URIRef
    destination: URIRef
    location: URIRef
    quantity: URIRef
    time: URIRef
    status: URIRef
    accordingTo: URIRef
    evidence: URIRef
    confidence: URIRef
    label: URIRef
    rule: URIRef
    # mentions, evidence, quantities, times
    mention: URIRef
    mentionOf: URIRef
    role: URIRef
    text: URIRef
    start: URIRef
    end: URIRef
    sentence: URIRef
    value: URIRef
    min: URIRef
    max: URIRef
    unit: URIRef
    hedge: URIRef
    precision: URIRef
    bound: URIRef
    # entities' aliases
    alias: URIRef
    reason: URIRef
    # documents and extractors
    source: URIRef
    sha256: URIRef
    resolution: URIRef
    title: URIRef
    date: URIRef
    url: URIRef
    content: URIRef
    version: URIRef
    # annotation properties for alignments without standard IRIs
    ploverCategory: URIRef
    ploverMode: URIRef
    cameoCode: URIRef
    conll04Label: URIRef
    inverseMatch: URIRef


def kg_terms() -> tuple[str, ...]:
    """The local names of every ``kg:`` term, in declaration order."""
    return tuple(_KGTerms.__annotations__)


@lru_cache(maxsize=8)
def _make(ns: str) -> type[DefinedNamespace]:
    meta = type(_KGTerms)
    return meta("KG", (_KGTerms,), {"_NS": Namespace(ns), "_fail": True, "__slots__": ()})


def kg_namespace(ns: str | None = None) -> type[DefinedNamespace]:
    """The checked ``kg:`` namespace for ``ns`` (default: the current ``ontology_iri()``)."""
    return _make(ns or ontology_iri())


KG = kg_namespace()


def prefixes() -> dict[str, Namespace]:
    """Prefix → namespace for the current base IRI (used by queries and serialisations)."""
    return {
        "kg": Namespace(ontology_iri()),
        "rdf": Namespace(str(RDF)),
        "rdfs": Namespace(str(RDFS)),
        "owl": Namespace(str(OWL)),
        "xsd": Namespace(str(XSD)),
        "skos": Namespace(str(SKOS)),
        "prov": Namespace(str(PROV)),
        "schema": Namespace(str(SCHEMA)),
        "sem": SEM,
        "wd": WD,
        "wdt": WDT,
    }


PREFIXES = prefixes()


def bind_prefixes(graph: Graph) -> Graph:
    """Bind kgraph's prefixes on ``graph`` (replacing rdflib's defaults) and return it."""
    for prefix, ns in prefixes().items():
        graph.bind(prefix, ns, override=True, replace=True)
    return graph
