"""Exports for the tools users already have: Gephi/yEd/networkx, Neo4j, JSON-LD, triplestores.

* :func:`write_graphml` -- GraphML (Gephi, yEd, networkx, Cytoscape): one node per entity
  (``label``, ``class``, ``wikidata``, ``aliases``), one edge per distinct subject,
  relation, object and status (``relation``, ``label``, ``status``, ``confidence`` -- the
  highest --, ``evidence`` -- how many statements say it --, ``documents``, and
  ``weight``, the evidence count again, which Gephi draws as the edge's thickness).
* :func:`write_neo4j_csv` -- the node and relationship CSV files of
  ``neo4j-admin database import full`` (header syntax ``:ID``, ``:LABEL``, ``:START_ID``,
  ``:END_ID``, ``:TYPE``, typed columns ``name:float``): one node per entity, labelled
  ``Entity`` and its class, one relationship per statement, typed by the relation.
* :func:`jsonld_context` -- the JSON-LD ``@context`` kgraph's JSON-LD is compacted with:
  every ontology term by its local name (``"sentence"``, ``"confidence"``, ``"Statement"``),
  object properties coerced to IRIs, decimals and dates typed.
* :func:`default_graph_ntriples` -- the triples TriG exports also put in the default
  graph, so a triplestore that queries the default graph alone (not the union of
  the named graphs) answers plain questions: the asserted facts and what names the
  entities (class, labels, Wikidata link).

:class:`~kgraph.rdfio.ExportFormat` (re-exported here) lists what ``kgraph export`` writes.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import Graph
from rdflib.term import Node

from kgraph import graphshape, types
from kgraph.atomic import write_atomic
from kgraph.errors import GraphError
from kgraph.graph import all_entities, statement_node
from kgraph.graphshape import RDFLIB, vocabulary
from kgraph.namespaces import OWL, PROV, RDF, RDFS, SKOS, XSD, kg_namespace, kg_terms, prefixes
from kgraph.rdfio import ExportFormat, load_ontology
from kgraph.rdfread import ROLES

__all__ = [
    "NEO4J_FILES",
    "ExportFormat",
    "default_graph_ntriples",
    "graphml_graph",
    "jsonld_context",
    "neo4j_csv",
    "neo4j_import_command",
    "write_graphml",
    "write_neo4j_csv",
    "write_property_graph",
]

if TYPE_CHECKING:
    import networkx as nx


# --- the TriG default graph ------------------------------------------------------------


def default_graph_ntriples(triples: Iterable[tuple[Node, Node, Node]]) -> str:
    """The asserted facts among ``triples`` (plain triples of a kgraph relation) and what
    names their entities (``rdf:type``, ``skos:prefLabel``, ``skos:altLabel``,
    ``owl:sameAs``), as sorted N-Triples lines, each once. Appended to TriG they are its
    default graph: a triple outside a graph block is a default-graph statement."""
    chosen = Graph()
    chosen.addN((s, p, o, chosen) for s, p, o in graphshape.default_graph(triples, vocabulary(RDFLIB)))
    return "".join(sorted(chosen.serialize(format="nt", encoding=None).splitlines(keepends=True)))


# --- JSON-LD -------------------------------------------------------------------------

_DATATYPES = {str(XSD.decimal), str(XSD.date), str(XSD.anyURI)}
_STANDARD_TERMS = {
    "subject": (RDF.subject, True),
    "predicate": (RDF.predicate, True),
    "object": (RDF.object, True),
    "prefLabel": (SKOS.prefLabel, False),
    "altLabel": (SKOS.altLabel, False),
    "sameAs": (OWL.sameAs, True),
    "wasDerivedFrom": (PROV.wasDerivedFrom, True),
    "wasGeneratedBy": (PROV.wasGeneratedBy, True),
    "wasAssociatedWith": (PROV.wasAssociatedWith, True),
    "name": (RDFS.label, False),
}


def jsonld_context() -> dict[str, object]:
    """The ``@context`` of kgraph's JSON-LD: the prefixes, every ``kg:`` term by its local
    name (object properties as ``{"@id": ..., "@type": "@id"}``, decimal, date and URI
    properties with their datatype), and short names for the RDF, SKOS, OWL and PROV
    properties kgraph uses (``subject``, ``prefLabel``, ``sameAs``, ``wasDerivedFrom``;
    ``name`` is ``rdfs:label``).

    Raises:
        DataFileError: the ontology file is missing or broken.
    """
    onto = load_ontology()
    kg = kg_namespace()
    context: dict[str, object] = {prefix: str(ns) for prefix, ns in prefixes().items()}
    for name in kg_terms():
        term = kg[name]
        if (term, RDF.type, OWL.ObjectProperty) in onto:
            context[name] = {"@id": f"kg:{name}", "@type": "@id"}
        elif (term, RDF.type, OWL.DatatypeProperty) in onto and str(onto.value(term, RDFS.range)) in _DATATYPES:
            context[name] = {"@id": f"kg:{name}", "@type": f"xsd:{str(onto.value(term, RDFS.range)).rsplit('#', 1)[1]}"}
        else:
            context[name] = f"kg:{name}"
    for name, (iri, is_object) in _STANDARD_TERMS.items():
        context[name] = {"@id": str(iri), "@type": "@id"} if is_object else str(iri)
    return context


# --- GraphML -------------------------------------------------------------------------


def graphml_graph(extraction: types.Extraction) -> nx.MultiDiGraph:
    """The networkx graph :func:`write_graphml` writes (see the module doc)."""
    import networkx as nx

    g = nx.MultiDiGraph()
    for iri, e in sorted(all_entities(extraction).items()):
        attrs = {"label": e.label, "class": types.EntityClass(e.cls).value}
        if e.wikidata:
            attrs["wikidata"] = e.wikidata
        names = sorted({a.text for a in e.aliases} - {e.label})
        if names:
            attrs["aliases"] = "; ".join(names)
        g.add_node(iri, **attrs)
    for st in extraction.statements:
        status = types.Status(st.status).value
        key = f"{st.relation}/{status}"
        edge = g.get_edge_data(st.subject.iri, st.object.iri, key)
        if edge is None:
            g.add_edge(st.subject.iri, st.object.iri, key=key, relation=st.relation, label=st.label or st.relation,
                       status=status, confidence=float(st.confidence), evidence=1, documents=1, _docs={st.doc_iri})  # fmt: skip
            continue
        edge["confidence"] = max(edge["confidence"], float(st.confidence))
        edge["evidence"] += 1
        edge["_docs"].add(st.doc_iri)
        edge["documents"] = len(edge["_docs"])
    for _, _, data in g.edges(data=True):
        del data["_docs"]
        data["weight"] = float(data["evidence"])  # Gephi draws an edge's thickness from its weight
    return g


def write_graphml(extraction: types.Extraction, destination: Path) -> None:
    """Write ``extraction`` as GraphML (see the module doc), atomically.

    Raises:
        GraphError: the file cannot be written.
    """
    import networkx as nx

    buf = io.BytesIO()
    nx.write_graphml(graphml_graph(extraction), buf, encoding="utf-8")
    write_atomic(Path(destination), buf.getvalue().decode("utf-8"))


# --- Neo4j ---------------------------------------------------------------------------

#: The files :func:`write_neo4j_csv` writes into its directory.
NEO4J_FILES = ("entities.csv", "statements.csv")
_NODE_HEADER = ("iri:ID", "name", "class", "wikidata", "aliases:string[]", ":LABEL")
_EDGE_HEADER = (":START_ID", ":END_ID", ":TYPE", "statement", "status", "confidence:float", "document",
                "sentence", "start:int", "end:int", *ROLES[2:], "quantity", "time",
                "label", "rule")  # fmt: skip


def _csv(rows: Iterable[Iterable[object]]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    return buf.getvalue()


def neo4j_csv(extraction: types.Extraction) -> dict[str, str]:
    """File name -> CSV text of the two files of :func:`write_neo4j_csv`."""
    nodes: list[tuple] = [_NODE_HEADER]
    for iri, e in sorted(all_entities(extraction).items()):
        cls = types.EntityClass(e.cls).value
        aliases = ";".join(sorted({a.text for a in e.aliases} - {e.label}))
        nodes.append((iri, e.label, cls, e.wikidata or "", aliases, f"Entity;{cls}"))
    edges: list[tuple] = [_EDGE_HEADER]
    seen: dict[str, types.Statement] = {}
    for st in extraction.statements:
        node = statement_node(st, seen)
        if node is None:
            continue
        qualifiers = (st.recipient, st.destination, st.location, st.according_to)
        edges.append((
            st.subject.iri, st.object.iri, st.relation, str(node), types.Status(st.status).value, st.confidence,
            st.doc, st.sentence, st.start, st.end, *((q.iri if q else "") for q in qualifiers),
            st.quantity.text if st.quantity else "", (st.time.value or st.time.text) if st.time else "",
            st.label or "", st.rule or "",
        ))  # fmt: skip
    return {NEO4J_FILES[0]: _csv(nodes), NEO4J_FILES[1]: _csv(edges)}


def neo4j_import_command(directory: Path) -> str:
    """The ``neo4j-admin`` command that imports what :func:`write_neo4j_csv` wrote."""
    nodes, edges = (Path(directory) / name for name in NEO4J_FILES)
    return f"neo4j-admin database import full --nodes={nodes} --relationships={edges} --array-delimiter=';' DATABASE"


def write_property_graph(fmt: ExportFormat, extraction: types.Extraction, destination: Path) -> list[Path]:
    """Write ``extraction`` as GraphML (a file) or Neo4j CSV (a directory); the paths written.

    Raises:
        GraphError: ``fmt`` is an RDF format, or a file cannot be written.
    """
    if fmt is ExportFormat.GRAPHML:
        write_graphml(extraction, destination)
        return [Path(destination)]
    if fmt is ExportFormat.NEO4J:
        return write_neo4j_csv(extraction, destination)
    raise GraphError(f"{fmt.value} is an RDF format; serialise it with kgraph.graph.serialize")


def write_neo4j_csv(extraction: types.Extraction, directory: Path) -> list[Path]:
    """Write ``entities.csv`` and ``statements.csv`` for ``neo4j-admin database import``
    into ``directory`` (created if missing); returns their paths.

    Import them with :func:`neo4j_import_command`.

    Raises:
        GraphError: ``directory`` is a file, or a file cannot be written.
    """
    directory = Path(directory)
    if directory.exists() and not directory.is_dir():
        raise GraphError(f"{directory}: the Neo4j export is a directory of CSV files; give a directory with --out")
    written = []
    for name, text in neo4j_csv(extraction).items():
        write_atomic(directory / name, text)
        written.append(directory / name)
    return written
