"""kgraph.graphshape writes the same quads with either term backend: rdflib terms (the
in-memory dataset) and N-Triples text (the graph files and the store)."""

from __future__ import annotations

import dataclasses
from itertools import chain

import pytest
from rdflib import Dataset, URIRef

from factories import everything_extraction, sample_extraction
from kgraph import graph, graphshape
from kgraph.errors import GraphError
from kgraph.graphshape import NTRIPLES, RDFLIB, vocabulary
from kgraph.namespaces import KG
from kgraph.types import EntityClass, Extraction, Relation, Status

def _ntriples_dataset(x: Extraction, **options: bool) -> Dataset:
    """The N-Triples backend's quads, parsed by rdflib as N-Quads."""
    lines = (f"{s} {p} {o} {g} .\n" for s, p, o, g in chain(*graphshape.parts(x, vocabulary(NTRIPLES), **options)))
    return Dataset().parse(data="".join(lines), format="nquads")


@pytest.mark.parametrize("extraction", [sample_extraction(), everything_extraction()], ids=["sample", "everything"])
@pytest.mark.parametrize("include_text", [False, True])
def test_both_backends_write_the_same_quads(extraction: Extraction, include_text: bool) -> None:
    expected = set(graph.quads(extraction, include_text=include_text))
    written = set(_ntriples_dataset(extraction, include_text=include_text).quads())
    assert {(s, p, o, URIRef(g.identifier) if hasattr(g, "identifier") else g) for s, p, o, g in written} == expected


def test_everything_uses_every_relation_status_class_and_datatype() -> None:
    ds = graph.build_dataset(everything_extraction(), include_text=True)
    kg = str(KG)
    objects = {str(o) for _, _, o in ds.triples((None, None, None))}
    assert all(f"{kg}{r.value}" in objects for r in Relation)  # as rdf:predicate
    assert all(f"{kg}{s.value}" in objects for s in Status)
    assert all(f"{kg}{c.value}" in objects for c in EntityClass)
    datatypes = {str(o.datatype) for _, _, o in ds.triples((None, None, None)) if getattr(o, "datatype", None)}
    xsd = "http://www.w3.org/2001/XMLSchema#"
    assert {xsd + t for t in ("decimal", "integer", "date", "gYearMonth", "gYear", "anyURI", "dateTime")} <= datatypes
    assert "http://www.w3.org/1999/02/22-rdf-syntax-ns#JSON" in datatypes


def test_statement_nodes_are_only_in_the_second_part() -> None:
    x = everything_extraction()
    shared, once = graphshape.parts(x, vocabulary(RDFLIB))
    nodes = {str(graph.statement_node(s)) for s in x.statements}
    assert all(any(str(s).startswith(n) for n in nodes) for s, _, _, _ in once)
    assert not any(str(s) in nodes for s, _, _, _ in shared)
    # the second part holds no fact and names nothing: the TriG default graph comes from the first
    v = vocabulary(RDFLIB)
    assert not graphshape.default_graph(((s, p, o) for s, p, o, _ in once), v)


@pytest.mark.parametrize(
    "change, message",
    [
        (lambda s: dataclasses.replace(s, confidence=float("nan")), "finite"),
        (lambda s: dataclasses.replace(s, relation="likes"), "kgraph relation"),
        (lambda s: dataclasses.replace(s, doc_iri="not an iri"), "absolute IRI"),
        (lambda s: dataclasses.replace(s, subject=dataclasses.replace(s.subject, wikidata="P31")), "item id"),
    ],
)
@pytest.mark.parametrize("terms", [RDFLIB, NTRIPLES], ids=lambda t: t.name)
def test_both_backends_refuse_the_same_records(change, message: str, terms) -> None:  # noqa: ANN001
    x = sample_extraction()
    broken = dataclasses.replace(x, statements=(change(x.statements[0]),), entities={})
    with pytest.raises(GraphError, match=message):
        list(chain(*graphshape.parts(broken, vocabulary(terms))))


def test_vocabulary_follows_the_base_iri(monkeypatch: pytest.MonkeyPatch) -> None:
    before = vocabulary(NTRIPLES)["kg:supplies"]
    monkeypatch.setenv("KGRAPH_BASE_IRI", "http://example.org/kb")
    assert vocabulary(NTRIPLES)["kg:supplies"] == "<http://example.org/kb/ontology#supplies>" != before
    with pytest.raises(AttributeError):
        vocabulary(NTRIPLES)["kg:suplies"]  # a term the ontology lacks
