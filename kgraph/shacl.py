"""SHACL validation that scales: pySHACL for the shapes, Oxigraph for the SPARQL queries.

pySHACL evaluates a SPARQL-based constraint once per focus node, parsing its query text
again each time with rdflib's SPARQL parser: about half a second per focus node, which
made the plain-triple constraint of ``ontology/shapes.ttl`` (one focus node per entity
with facts) most of the time of a large build. Here a node shape whose only constraints
are SPARQL SELECT constraints that project ``$this`` (and need no other pre-bound
variable) is checked in two steps:

1. its queries run once each over the whole data graph in Oxigraph, ``$this`` left
   free, which returns at once every node for which the query has a result -- the only
   focus nodes that can violate the shape (for queries that bind ``$this`` in their
   WHERE clause, as SHACL-SPARQL constraints do);
2. pySHACL validates that shape on those nodes only (usually none, and then it does not
   run), so its results, messages and report text are pySHACL's own.

Every other shape goes through pySHACL over the whole data graph in one run, as before
(``inference="none"``), with the shapes of step 2 deactivated (``sh:deactivated``). The
two reports are merged into one, as one pySHACL run over all the shapes would write it.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from kgraph.iri import base_iri

if TYPE_CHECKING:
    from rdflib import Graph

__all__ = ["Report", "validate"]

log = logging.getLogger(__name__)

# rdflib, pySHACL and pyoxigraph are imported where they are used: they are slow to import.

#: What else a node shape checked in two steps may say (no other constraint).
_DESCRIPTIVE = (
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#type",
    "http://www.w3.org/2000/01/rdf-schema#",
    "http://www.w3.org/2002/07/owl#",
    "http://www.w3.org/ns/shacl#target",
    "http://www.w3.org/ns/shacl#sparql",
    "http://www.w3.org/ns/shacl#message",
    "http://www.w3.org/ns/shacl#severity",
    "http://www.w3.org/ns/shacl#name",
    "http://www.w3.org/ns/shacl#description",
    "http://www.w3.org/ns/shacl#order",
    "http://www.w3.org/ns/shacl#group",
)
#: Pre-bound variables other than ``$this``: a query using one stays with pySHACL.
_OTHER_BOUND = re.compile(r"[?$](?:shapesGraph|currentShape|PATH)\b")
_RESULT_START = re.compile(r"^(?=(?:Constraint Violation|Validation Result) in )", re.MULTILINE)


@dataclass
class Report:
    """A SHACL validation report: whether the data conforms, the ``sh:ValidationReport``
    graph and pySHACL's text."""

    conforms: bool
    graph: Graph
    text: str


def validate(data: Graph, *, ntriples: bytes | None = None) -> Report:
    """Validate ``data`` against ``ontology/shapes.ttl`` (no inference).

    ``ntriples``, the same triples as N-Triples, saves converting ``data`` for Oxigraph.

    Raises:
        DataFileError: the shapes file is missing or broken.
        GraphError: a SPARQL constraint of the shapes does not parse in Oxigraph.
    """
    import pyoxigraph as ox
    import pyshacl

    shapes = _shapes(base_iri())
    options = {"inference": "none", "abort_on_first": False, "allow_warnings": True}
    conforms, graph, text = pyshacl.validate(data, shacl_graph=shapes.rest, **options)
    if not shapes.queries:
        return Report(bool(conforms), graph, str(text))
    if ntriples is None:
        ntriples = data.serialize(format="nt", encoding="utf-8")
    store = ox.Store()
    store.load(ntriples, format=ox.RdfFormat.N_TRIPLES, to_graph=ox.DefaultGraph())
    focus: set[str] | None = set()
    for query in shapes.queries:
        try:
            rows = store.query(query)
        except (SyntaxError, ValueError) as e:
            from kgraph.errors import GraphError

            raise GraphError(f"a SPARQL constraint of the shapes does not run in Oxigraph: {e}\n{query}") from e
        for row in rows:
            node = row["this"]
            if not isinstance(node, ox.NamedNode):  # pySHACL takes only IRIs as focus nodes
                focus = None
                break
            focus.add(node.value)
        if focus is None:
            break
    if focus is not None and not focus:
        return Report(bool(conforms), graph, str(text))
    log.debug("SPARQL constraints: %s focus nodes to check", "all" if focus is None else len(focus))
    extra = {} if focus is None else {"focus_nodes": sorted(focus)}
    more = pyshacl.validate(data, shacl_graph=shapes.sparql, **options, **extra)
    return _merge(Report(bool(conforms), graph, str(text)), Report(bool(more[0]), more[1], str(more[2])))


@dataclass(frozen=True)
class _Shapes:
    rest: Graph  # the shapes, those checked in two steps deactivated
    sparql: Graph  # the shapes, all but those deactivated
    queries: tuple[str, ...]  # their SELECT queries, with their prefixes


@lru_cache(maxsize=4)
def _shapes(_base: str) -> _Shapes:
    """The shapes split in two (see the module's docstring), for a base IRI."""
    from rdflib import Literal, URIRef
    from rdflib.namespace import RDF, SH

    from kgraph.rdfio import load_shapes

    shapes = load_shapes()
    two_step, queries = [], []
    for shape in sorted(set(shapes.subjects(SH.sparql, None))):
        selects = _selects(shapes, shape)
        if selects is not None and isinstance(shape, URIRef):
            two_step.append(shape)
            queries.extend(selects)
    everything = set(shapes.subjects(RDF.type, SH.NodeShape)) | set(shapes.subjects(RDF.type, SH.PropertyShape))
    everything |= {s for s, p, _ in shapes if str(p).startswith(str(SH.target))}
    everything |= set(shapes.objects(None, SH.property)) | set(shapes.objects(None, SH.node))
    rest, sparql = _copy(shapes), _copy(shapes)
    for shape in everything:
        (rest if shape in two_step else sparql).add((shape, SH.deactivated, Literal(True)))
    return _Shapes(rest, sparql, tuple(queries))


def _selects(shapes: Graph, shape: object) -> list[str] | None:
    """The SELECT queries of ``shape``'s SPARQL constraints, with their prefixes, if it is
    a node shape that only they constrain and they project ``$this``; else None."""
    from rdflib import Literal
    from rdflib.namespace import SH

    if any(not str(p).startswith(_DESCRIPTIVE) for p in shapes.predicates(shape, None)):
        return None
    if shapes.value(shape, SH.deactivated) == Literal(True):
        return None
    queries = []
    for constraint in shapes.objects(shape, SH.sparql):
        selects = list(shapes.objects(constraint, SH.select))
        if len(selects) != 1 or shapes.value(constraint, SH.deactivated) == Literal(True):
            return None
        text = str(selects[0])
        head = text[: text.upper().find("WHERE")]
        if _OTHER_BOUND.search(text) or not re.search(r"[?$]this\b", head):
            return None
        prefixes = ""
        for ontology in shapes.objects(constraint, SH.prefixes):
            for declaration in shapes.objects(ontology, SH.declare):
                prefix, namespace = shapes.value(declaration, SH.prefix), shapes.value(declaration, SH.namespace)
                prefixes += f"PREFIX {prefix}: <{namespace}>\n"
        queries.append(f"{prefixes}\n{text}")
    return queries


def _copy(graph: Graph) -> Graph:
    from rdflib import Graph

    copy = Graph()
    for prefix, namespace in graph.namespace_manager.namespaces():
        copy.bind(prefix, namespace, override=True, replace=True)
    copy += graph
    return copy


def _merge(a: Report, b: Report) -> Report:
    """One report of the results of ``a`` and ``b``, as one pySHACL run writes it:
    results sorted by their text, one ``sh:ValidationReport`` node."""
    from rdflib import Literal
    from rdflib.namespace import RDF, SH

    conforms = a.conforms and b.conforms
    results = sorted(_results(a.text) + _results(b.text))
    text = f"Validation Report\nConforms: {conforms}\n"
    if results:
        text += f"Results ({len(results)}):\n" + "".join(results)
    graph = a.graph
    report = graph.value(predicate=RDF.type, object=SH.ValidationReport)
    other = b.graph.value(predicate=RDF.type, object=SH.ValidationReport)
    for s, p, o in b.graph:
        if s != other:
            graph.add((s, p, o))
        elif p == SH.result:
            graph.add((report, p, o))
    graph.set((report, SH.conforms, Literal(conforms)))
    return Report(conforms, graph, text)


def _results(text: str) -> list[str]:
    """The result descriptions of a pySHACL report text."""
    body = text.split("\n", 3)[3] if "\nResults (" in text else ""
    return [part for part in _RESULT_START.split(body) if part]
