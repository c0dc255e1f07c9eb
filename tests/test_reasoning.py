"""OWL 2 RL consistency (kgraph.reasoning): the graphs kgraph builds, and the clashes found."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS

from conftest import ROOT, SEEDS
from factories import sample_extraction
from kgraph import graph
from kgraph.extract import extract
from kgraph.graph import SCHEMA_TYPES, load_ontology
from kgraph.namespaces import KG, OWL, RDF, SKOS
from kgraph.read import read_sources
from kgraph.reasoning import owl_rl_inconsistencies

CONLL04 = ROOT.parent / "shared" / "benchmarks" / "conll04"
E = "https://w3id.org/kgraph/id/entity/"
SCHEMA = "https://schema.org/"  # not rdflib's SDO: pytest's probing of it warns


def _graph(*triples: tuple[str, str, str]) -> Graph:
    g = Graph()
    for s, p, o in triples:
        g.add((URIRef(E + s), RDF.type if p == "a" else KG[p], KG[o] if o[0].isupper() else URIRef(E + o)))
    return g


@pytest.mark.parametrize(
    ("triples", "clash"),
    [
        # a body "part of" a state: the state stays a country (no rdfs:range to Organization)
        ([("army", "a", "Organization"), ("state", "a", "Country"), ("army", "partOf", "state")], None),
        # a self-proclaimed republic (a country here) located in another country
        ([("republic", "a", "Country"), ("state", "a", "Country"), ("republic", "locatedIn", "state")], None),
        ([("x", "a", "Person"), ("y", "a", "City"), ("x", "supplies", "y")], None),
        ([("x", "a", "Country"), ("x", "a", "Organization")], "Disjoint classes"),
        ([("x", "a", "Person"), ("x", "a", "Materiel")], "Disjoint classes"),
    ],
)
def test_clashes_are_the_disjoint_classes_only(triples, clash) -> None:
    found = owl_rl_inconsistencies(_graph(*triples))
    if clash is None:
        assert found == []
    else:
        assert found and all(clash in m for m in found)


def test_a_wikidata_link_merges_individuals() -> None:
    g = _graph(("a", "a", "Country"), ("b", "a", "Organization"))
    g.add((URIRef(E + "a"), OWL.sameAs, URIRef("http://www.wikidata.org/entity/Q1")))
    assert owl_rl_inconsistencies(g) == []
    g.add((URIRef(E + "b"), OWL.sameAs, URIRef("http://www.wikidata.org/entity/Q1")))
    assert owl_rl_inconsistencies(g)  # why only sure links are written as owl:sameAs


def test_the_hand_made_sample_is_consistent() -> None:
    assert owl_rl_inconsistencies(graph.build_dataset(sample_extraction())) == []


def test_schema_types_are_the_ontologys_schema_superclasses() -> None:
    onto = load_ontology()
    declared = {
        str(c).removeprefix(str(KG)): o
        for c, o in onto.subject_objects(RDFS.subClassOf)
        if str(c).startswith(str(KG)) and str(o).startswith(SCHEMA)
    }
    assert declared == SCHEMA_TYPES


def test_instances_carry_their_schema_types() -> None:
    ds = graph.build_dataset(sample_extraction())
    for e in sample_extraction().entities.values():
        types = set(ds.objects(URIRef(e.iri), RDF.type))
        assert KG[e.cls.value] in types
        assert types - {KG[e.cls.value]} == ({SCHEMA_TYPES[e.cls.value]} if e.cls.value in SCHEMA_TYPES else set())
        assert ds.value(URIRef(e.iri), SKOS.prefLabel) == Literal(e.label)


@pytest.mark.slow
def test_sample_articles_build_is_consistent(nlp) -> None:
    extraction = extract(read_sources([SEEDS]), nlp)
    assert extraction.statements
    assert owl_rl_inconsistencies(graph.build_dataset(extraction)) == []


@pytest.mark.slow
def test_hundred_article_build_is_consistent(nlp, tmp_path: Path) -> None:
    """100 articles made of the CoNLL04 dev and test sentences (every 100th sentence each)."""
    if not CONLL04.is_dir():
        pytest.skip(f"{CONLL04} (../shared beside the checkout) is not here")
    sentences = [" ".join(r["tokens"]) for split in ("dev", "test")
                 for r in json.loads((CONLL04 / f"conll04_{split}.json").read_text(encoding="utf-8"))]  # fmt: skip
    for i in range(100):
        (tmp_path / f"article{i:03d}.txt").write_text(f"Report {i}\n\n" + "\n".join(sentences[i::100]) + "\n", encoding="utf-8")
    extraction = extract(read_sources([tmp_path]), nlp)
    assert len(extraction.documents) == 100 and len(extraction.statements) > 200
    assert owl_rl_inconsistencies(graph.build_dataset(extraction)) == []
