"""kgraph.exports and `kgraph export`, each format read back by the reader its users have."""

from __future__ import annotations

import csv
import json
from collections import Counter
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from rdflib import Dataset, URIRef
from rdflib.compare import isomorphic
from typer.testing import CliRunner

from factories import sample_extraction
from kgraph import exports, graph
from kgraph.cli import app
from kgraph.errors import GraphError
from kgraph.exports import ExportFormat
from kgraph.graph import Format
from kgraph.namespaces import KG, SKOS
from kgraph.store import OxigraphStore
from kgraph.types import Relation, Status

runner = CliRunner()
RELATIONS = {KG[r.value] for r in Relation}


@pytest.fixture(scope="module")
def ds() -> Dataset:
    return graph.build_dataset(sample_extraction())


def _triples(g) -> set:
    return {(s, p, o) for s, p, o in g}


def _facts(ds: Dataset) -> set:
    return {(s, p, o) for s, p, o, _ in ds.quads() if p in RELATIONS}


@pytest.mark.parametrize(
    ("fmt", "rdf"),
    [("ttl", Format.TTL), ("trig", Format.TRIG), ("nt", Format.NT), ("nq", Format.NQ), ("jsonld", Format.JSONLD),
     ("graphml", None), ("neo4j", None)],  # fmt: skip
)
def test_export_formats(fmt: str, rdf: Format | None) -> None:
    assert ExportFormat(fmt).rdf == rdf


# --- TriG / N-Quads: the default graph -------------------------------------------------


def test_trig_default_graph_holds_the_asserted_facts_and_the_names(ds: Dataset) -> None:
    back = Dataset()
    back.parse(data=graph.serialize(ds, Format.TRIG), format="trig")
    default = _triples(back.default_graph)
    asserted = _facts(ds)
    assert asserted and {t for t in default if t[1] in RELATIONS} == asserted
    sample = sample_extraction()
    labels = {(URIRef(e.iri), SKOS.prefLabel) for e in sample.entities.values()}
    assert labels <= {(s, p) for s, p, _ in default}
    assert not {t for t in default if t[1] == KG.status}  # statements stay in their document's graph
    # the named graphs are untouched, and the union is the graph written
    named = {(s, p, o, c) for s, p, o, c in back.quads() if c != back.default_graph.identifier}
    assert named == {(s, p, o, c) for s, p, o, c in ds.quads()}


def test_a_triplestore_answers_from_the_default_graph(ds: Dataset) -> None:
    store = ox.Store()
    store.load(graph.serialize(ds, Format.TRIG).encode("utf-8"), format=ox.RdfFormat.TRIG)
    query = f"SELECT ?name WHERE {{ ?x <{KG.supplies}> ?y . ?x <{SKOS.prefLabel}> ?name }}"
    assert {row[0].value for row in store.query(query)} == {"North Korea"}  # not the union: the default graph


@pytest.mark.parametrize("given", ["file", "dataset"])
def test_kgraph_query_counts_a_repeated_fact_once(ds: Dataset, tmp_path: Path, given: str) -> None:
    import kgraph

    trig = tmp_path / "graph.trig"
    graph.serialize(ds, Format.TRIG, trig)
    source = trig if given == "file" else graph.load(trig)  # the default graph repeats the facts
    rows = list(kgraph.query(source, f"SELECT ?x ?y WHERE {{ ?x <{KG.supplies}> ?y }}"))
    assert len(rows) == len({(s, o) for s, p, o, _ in ds.quads() if p == KG.supplies}) > 0


def test_store_export_has_the_same_default_graph(ds: Dataset) -> None:
    with OxigraphStore(None) as store:
        store.add_extraction(sample_extraction())
        ours, theirs = Dataset(), Dataset()
        ours.parse(data=graph.serialize(ds, Format.TRIG), format="trig")
        theirs.parse(data=store.export(Format.TRIG), format="trig")
        assert _triples(theirs.default_graph) == _triples(ours.default_graph) != set()
        nquads = Dataset()
        nquads.parse(data=store.export(Format.NQ), format="nquads")  # N-Quads: the named graphs only
        assert not _triples(nquads.default_graph)


def test_default_graph_lines_are_sorted_and_unique(ds: Dataset) -> None:
    triples = [(s, p, o) for s, p, o, _ in ds.quads()]
    lines = exports.default_graph_ntriples(triples + triples).splitlines()
    assert lines == sorted(set(lines))


# --- JSON-LD -------------------------------------------------------------------------


def test_jsonld_has_compact_keys_and_round_trips(ds: Dataset) -> None:
    text = graph.serialize(ds, Format.JSONLD)
    doc = json.loads(text)
    keys: Counter = Counter()

    def walk(node: object) -> None:
        if isinstance(node, dict):
            keys.update(k for k in node if k != "@context")
            for k, v in node.items():
                if k != "@context":
                    walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk(doc)
    assert {"sentence", "confidence", "status", "subject", "predicate", "object", "prefLabel", "wasDerivedFrom"} <= set(keys)
    assert not [k for k in keys if k.startswith("kg:")]
    assert doc["@context"]["sentence"] == "kg:sentence"
    assert doc["@context"]["recipient"] == {"@id": "kg:recipient", "@type": "@id"}
    back = Dataset()
    back.parse(data=text, format="json-ld")
    assert {c.identifier for c in back.graphs() if len(c)} == {c.identifier for c in ds.graphs() if len(c)}
    for name in {c.identifier for c in ds.graphs() if len(c)}:
        assert isomorphic(back.graph(name), ds.graph(name)), name
    oxigraph = list(ox.parse(text.encode("utf-8"), format=ox.RdfFormat.JSON_LD))  # a second reader
    assert {(str(q.graph_name.value), q.predicate.value) for q in oxigraph} == {(str(c), str(p)) for _, p, _, c in ds.quads()}
    assert len(oxigraph) == len(set(ds.quads()))


def test_jsonld_context_follows_the_ontology() -> None:
    context = exports.jsonld_context()
    assert context["Statement"] == "kg:Statement" and context["kg"] == str(KG)
    assert context["confidence"] == {"@id": "kg:confidence", "@type": "xsd:decimal"}
    assert context["supplies"] == {"@id": "kg:supplies", "@type": "@id"}
    assert context["text"] == "kg:text"


# --- GraphML -------------------------------------------------------------------------


def test_graphml_round_trips_through_networkx(tmp_path: Path) -> None:
    sample = sample_extraction()
    path = tmp_path / "g.graphml"
    exports.write_graphml(sample, path)
    g = nx.read_graphml(path, force_multigraph=True)
    assert isinstance(g, nx.MultiDiGraph)
    used = {r.iri for st in sample.statements for r in (st.subject, st.object, st.recipient, st.destination,
                                                         st.location, st.according_to) if r}  # fmt: skip
    assert used <= set(g.nodes) and set(sample.entities) <= set(g.nodes)
    for iri, e in sample.entities.items():
        assert g.nodes[iri]["label"] == e.label and g.nodes[iri]["class"] == e.cls.value
        assert g.nodes[iri].get("wikidata") == e.wikidata
    edges = list(g.edges(data=True))
    assert sum(d["evidence"] for _, _, d in edges) == len(sample.statements)
    for _, _, d in edges:
        assert isinstance(d["confidence"], float) and 0 <= d["confidence"] <= 1
        assert isinstance(d["evidence"], int) and d["evidence"] >= 1 <= d["documents"]
        assert d["weight"] == float(d["evidence"])
        assert d["status"] in {s.value for s in Status} and d["relation"] in {r.value for r in Relation}
    keys = {(u, v, d["relation"], d["status"]) for u, v, d in edges}
    expected = {(st.subject.iri, st.object.iri, st.relation, st.status.value) for st in sample.statements}
    assert keys == expected


# --- Neo4j ---------------------------------------------------------------------------


def test_neo4j_csv_headers_and_references(tmp_path: Path) -> None:
    sample = sample_extraction()
    files = exports.write_neo4j_csv(sample, tmp_path / "neo4j")
    assert [p.name for p in files] == list(exports.NEO4J_FILES)
    nodes = list(csv.reader(files[0].open(encoding="utf-8")))
    edges = list(csv.reader(files[1].open(encoding="utf-8")))
    assert nodes[0][0] == "iri:ID" and nodes[0][-1] == ":LABEL"
    assert edges[0][:3] == [":START_ID", ":END_ID", ":TYPE"]
    assert "confidence:float" in edges[0] and "start:int" in edges[0]
    for header in (nodes[0], edges[0]):  # name[:type] with a Neo4j import type or none
        for column in header:
            name, _, kind = column.partition(":")
            assert kind in ("", "ID", "LABEL", "START_ID", "END_ID", "TYPE", "float", "int", "string[]"), column
    ids = {row[0] for row in nodes[1:]}
    assert len(ids) == len(nodes) - 1
    assert all(row[0] in ids and row[1] in ids for row in edges[1:])
    assert all(row[-1].startswith("Entity;") for row in nodes[1:])
    assert len(edges) - 1 == len({graph.statement_node(s) for s in sample.statements})
    assert {row[2] for row in edges[1:]} == {s.relation for s in sample.statements}


def test_neo4j_needs_a_directory(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    with pytest.raises(GraphError, match="directory"):
        exports.write_neo4j_csv(sample_extraction(), tmp_path / "file")


def test_property_graph_dispatch(tmp_path: Path) -> None:
    sample = sample_extraction()
    assert exports.write_property_graph(ExportFormat.GRAPHML, sample, tmp_path / "g.graphml") == [tmp_path / "g.graphml"]
    assert [p.name for p in exports.write_property_graph(ExportFormat.NEO4J, sample, tmp_path / "n")] == list(exports.NEO4J_FILES)
    with pytest.raises(GraphError, match="RDF format"):
        exports.write_property_graph(ExportFormat.TTL, sample, tmp_path / "x.ttl")
    command = exports.neo4j_import_command(tmp_path / "n")
    assert command.startswith("neo4j-admin database import full ") and f"--nodes={tmp_path / 'n' / 'entities.csv'}" in command


# --- the CLI -------------------------------------------------------------------------


def test_cli_exports_a_graph_file_and_a_store(ds: Dataset, tmp_path: Path) -> None:
    trig = tmp_path / "graph.trig"
    graph.serialize(ds, Format.TRIG, trig)
    result = runner.invoke(app, ["export", "graphml", "-g", str(trig), "--out", str(tmp_path / "g.graphml")])
    assert result.exit_code == 0, result.output
    assert nx.read_graphml(tmp_path / "g.graphml").number_of_nodes() > 0
    result = runner.invoke(app, ["export", "neo4j", "-g", str(trig), "--out", str(tmp_path / "neo4j")])
    assert result.exit_code == 0 and "neo4j-admin database import" in result.output
    assert (tmp_path / "neo4j" / "statements.csv").read_text().startswith(":START_ID,")
    missing = runner.invoke(app, ["export", "graphml", "-g", str(trig)])
    assert missing.exit_code == 2 and "--out" in missing.output
    with OxigraphStore(tmp_path / "db") as store:
        store.add_extraction(sample_extraction())
    result = runner.invoke(app, ["export", "graphml", "--store", str(tmp_path / "db"), "--out", str(tmp_path / "s.graphml")])
    assert result.exit_code == 0, result.output
    from_store, from_file = nx.read_graphml(tmp_path / "s.graphml"), nx.read_graphml(tmp_path / "g.graphml")
    assert set(from_store.nodes) == set(from_file.nodes) and from_store.number_of_edges() == from_file.number_of_edges()
    for source in (["-g", str(trig)], ["--store", str(tmp_path / "db")]):
        jsonld = runner.invoke(app, ["export", "jsonld", *source])
        assert jsonld.exit_code == 0 and '"sentence"' in jsonld.stdout and '"kg:sentence":' not in jsonld.stdout
