"""Tests of kgraph.graph (building, reading back) and kgraph.rdfio (files, SPARQL, SHACL)."""

from __future__ import annotations

import dataclasses
import os
import re
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Dataset, Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic

from factories import make_document, make_entity, make_statement, ref, sample_entities, sample_extraction
from kgraph import graph
from kgraph.errors import GraphError
from kgraph.graph import Format
from kgraph.namespaces import KG, OWL, RDF, SKOS, WD, kg_namespace
from kgraph.types import EntityClass, Extraction, MergeReason, Quantity, Relation, Status, TimeExpr

XSD = Namespace("http://www.w3.org/2001/XMLSchema#")  # rdflib's XSD warns when pytest probes it
BAD_IRI_CHARS = re.compile(r"[\s<>\"{}|\\^`]")


@pytest.fixture(scope="module")
def sample() -> Extraction:
    return sample_extraction()


@pytest.fixture(scope="module")
def ds(sample: Extraction) -> Dataset:
    return graph.build_dataset(sample)


def named_graphs(ds: Dataset) -> dict[URIRef, Graph]:
    return {g.identifier: g for g in ds.graphs() if len(g)}


def doc_text_free(x: Extraction) -> Extraction:
    docs = tuple(sorted((dataclasses.replace(d, text="") for d in x.documents), key=lambda d: d.source))
    return Extraction(documents=docs, entities=x.entities, statements=x.statements)


# --- building -------------------------------------------------------------------------


def test_named_graphs_per_document_plus_entities_and_documents(ds: Dataset, sample: Extraction) -> None:
    names = set(named_graphs(ds))
    expected = {graph.entities_graph_iri(), graph.documents_graph_iri()}
    expected |= {graph.document_graph_iri(d.iri) for d in sample.documents}
    assert names == expected
    docs = named_graphs(ds)[graph.documents_graph_iri()]
    assert set(docs.subjects(RDF.type, KG.Document)) == {URIRef(d.iri) for d in sample.documents}
    ents = named_graphs(ds)[graph.entities_graph_iri()]
    assert len(set(ents.subjects(SKOS.prefLabel))) == len(sample.entities)


def test_no_blank_nodes(ds: Dataset) -> None:
    for s, p, o, _ in ds.quads():
        assert isinstance(s, URIRef) and isinstance(p, URIRef)
        assert isinstance(o, (URIRef, Literal))


def test_asserted_statement_is_a_plain_triple_and_others_are_not(ds: Dataset, sample: Extraction) -> None:
    union = graph.union_graph(ds)
    statuses = set()
    for s in sample.statements:
        triple = (URIRef(s.subject.iri), KG[s.relation], URIRef(s.object.iri))
        statuses.add(s.status)
        if s.status is Status.ASSERTED:
            assert triple in union
            assert triple in named_graphs(ds)[graph.document_graph_iri(s.doc_iri)]
        else:
            assert triple not in union, f"{s.status} statement became a fact"
    assert {Status.ASSERTED, Status.NEGATED, Status.PLANNED} <= statuses


def test_negated_statement_is_kept_as_statement(ds: Dataset, sample: Extraction) -> None:
    negated = [s for s in sample.statements if s.status is Status.NEGATED]
    assert negated
    union = graph.union_graph(ds)
    for s in negated:
        node = graph.statement_node(s)
        assert (node, KG.status, KG.negated) in union
        assert (node, RDF.predicate, KG[s.relation]) in union


def test_statement_details(ds: Dataset, sample: Extraction) -> None:
    union = graph.union_graph(ds)
    supply = sample.statements[0]
    node = graph.statement_node(supply)
    assert union.value(node, KG.confidence) == Literal("0.9", datatype=XSD.decimal)
    q = union.value(node, KG.quantity)
    assert union.value(q, KG.max).toPython() == Decimal("2000000")
    assert str(union.value(q, KG.hedge)) == "almost"
    ev = union.value(node, KG.evidence)
    assert str(union.value(ev, KG.sentence)) == supply.sentence
    doc = next(d for d in sample.documents if d.iri == supply.doc_iri)
    start, end = union.value(ev, KG.start).toPython(), union.value(ev, KG.end).toPython()
    assert doc.text[start:end] == supply.sentence
    deploy = sample.statements[1]
    t = union.value(graph.statement_node(deploy), KG.time)
    assert union.value(t, KG.value) == Literal("2024-07", datatype=XSD.gYearMonth)
    agent = union.value(union.value(node, URIRef("http://www.w3.org/ns/prov#wasGeneratedBy")),
                        URIRef("http://www.w3.org/ns/prov#wasAssociatedWith"))
    assert str(union.value(agent, KG.version)) == "0.1.0"


def test_entities_carry_labels_aliases_reasons_and_wikidata(ds: Dataset) -> None:
    nk = sample_entities()["nk"]
    ents = named_graphs(ds)[graph.entities_graph_iri()]
    e = URIRef(nk.iri)
    assert (e, RDF.type, KG.Country) in ents
    assert str(ents.value(e, SKOS.prefLabel)) == "North Korea"
    assert {str(x) for x in ents.objects(e, SKOS.altLabel)} == {"DPRK", "Pyongyang"}
    assert (e, OWL.sameAs, WD.Q423) in ents
    reasons = {str(ents.value(a, KG.text)): str(ents.value(a, KG.reason)) for a in ents.objects(e, KG.alias)}
    assert reasons == {"DPRK": "acronym", "Pyongyang": "metonymy", "North Korea": "name"}


def test_quads_are_stable(sample: Extraction) -> None:
    assert list(graph.quads(sample)) == list(graph.quads(sample))


def test_referenced_entities_and_documents_are_described() -> None:
    doc = make_document("x.txt", "A met B.")
    e = sample_entities()
    st = make_statement(doc, ref(e["putin"]), Relation.MEETS_WITH, ref(e["kim"]), "met")
    ds = graph.build_dataset(Extraction(documents=(), statements=(st,)))
    ok, report = graph.validate(ds)
    assert ok, report
    back = graph.statements_from_graph(ds)
    assert set(back.entities) == {e["putin"].iri, e["kim"].iri}
    assert back.documents[0].iri == doc.iri and back.documents[0].source == "x.txt"


def test_duplicate_statements() -> None:
    x = sample_extraction()
    first = x.statements[0]
    twin = dataclasses.replace(first, confidence=0.1)
    ds = graph.build_dataset(dataclasses.replace(x, statements=(*x.statements, first, twin)))
    union = graph.union_graph(ds)
    assert len(set(union.subjects(RDF.type, KG.Statement))) == len(x.statements) + 1
    ok, report = graph.validate(ds)
    assert ok, report


@pytest.mark.parametrize(
    "change",
    [
        lambda s: dataclasses.replace(s, doc_iri="not an iri"),
        lambda s: dataclasses.replace(s, relation="likes"),
        lambda s: dataclasses.replace(s, confidence=float("nan")),
        lambda s: dataclasses.replace(s, subject=dataclasses.replace(s.subject, iri="http://x/a b")),
    ],
)
def test_unwritable_statements_raise_graph_error(change) -> None:
    x = sample_extraction()
    with pytest.raises(GraphError):
        graph.build_dataset(dataclasses.replace(x, statements=(change(x.statements[0]),)))


def test_bad_wikidata_id_raises() -> None:
    e = make_entity("Somewhere", EntityClass.PLACE, wikidata="wikidata:Q1")
    with pytest.raises(GraphError, match="Q423"):
        graph.build_dataset(Extraction(documents=(), entities={e.iri: e}))
    assert graph.wikidata_iri("http://www.wikidata.org/entity/Q5") == WD.Q5


def test_time_literals() -> None:
    assert graph.time_literal("2024-06-25").datatype == XSD.date
    assert graph.time_literal("2024-06").datatype == XSD.gYearMonth
    assert graph.time_literal("2024").datatype == XSD.gYear
    assert graph.time_literal("2024-02-30").datatype is None
    assert graph.time_literal("2024-13").datatype is None


# --- reading back ---------------------------------------------------------------------


def test_statements_from_graph_round_trip(ds: Dataset, sample: Extraction) -> None:
    back = graph.statements_from_graph(ds)
    assert sorted(back.statements, key=repr) == sorted(sample.statements, key=repr)
    assert back.entities == sample.entities
    assert back.documents == doc_text_free(sample).documents


def test_include_text_round_trips_documents(sample: Extraction) -> None:
    back = graph.statements_from_graph(graph.build_dataset(sample, include_text=True))
    assert back.documents == tuple(sorted(sample.documents, key=lambda d: d.source))


@pytest.mark.parametrize("fmt", list(Format))
def test_round_trip_through_files(tmp_path: Path, ds: Dataset, sample: Extraction, fmt: Format) -> None:
    path = tmp_path / f"graph{fmt.suffix}"
    assert graph.serialize(ds, fmt, path) is None
    back = graph.statements_from_graph(graph.load(path))
    assert set(back.statements) == set(sample.statements)
    assert back.entities == sample.entities


# --- serialisation --------------------------------------------------------------------


def test_turtle_round_trip_is_isomorphic(ds: Dataset) -> None:
    text = graph.serialize(ds, Format.TTL)
    assert isinstance(text, str) and "@prefix kg:" in text
    assert isomorphic(Graph().parse(data=text, format="turtle"), graph.union_graph(ds))


@pytest.mark.parametrize("fmt", [Format.TRIG, Format.NQ, Format.JSONLD])
def test_quad_formats_keep_each_named_graph(ds: Dataset, fmt: Format) -> None:
    text = graph.serialize(ds, fmt)
    back = Dataset()
    back.parse(data=text, format=fmt.rdflib_name)
    original, parsed = named_graphs(ds), named_graphs(back)
    assert set(original) == set(parsed)
    for name, g in original.items():
        assert isomorphic(g, parsed[name]), name


def test_serialize_writes_atomically(tmp_path: Path, ds: Dataset, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "out" / "graph.ttl"
    graph.serialize(ds, Format.TTL, path)
    first = path.read_text(encoding="utf-8")
    assert first == graph.serialize(ds, Format.TTL)
    assert sorted(os.listdir(path.parent)) == ["graph.ttl"]

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(GraphError, match="graph.ttl"):
        graph.serialize(graph.build_dataset(Extraction(documents=())), Format.TTL, path)
    assert path.read_text(encoding="utf-8") == first
    assert sorted(os.listdir(path.parent)) == ["graph.ttl"]


def test_format_from_path() -> None:
    assert Format.from_path("a/b.TTL") is Format.TTL
    assert Format.from_path("x.nq") is Format.NQ
    assert Format.TRIG.rdflib_name == "trig" and Format.JSONLD.suffix == ".jsonld"
    with pytest.raises(GraphError, match="graph.xml"):
        Format.from_path("graph.xml")


def test_load_errors_name_the_file(tmp_path: Path) -> None:
    with pytest.raises(GraphError, match="missing.ttl"):
        graph.load(tmp_path / "missing.ttl")
    broken = tmp_path / "broken.trig"
    broken.write_text("<a> <b> { oops", encoding="utf-8")
    with pytest.raises(GraphError, match="broken.trig"):
        graph.load(broken)
    with pytest.raises(GraphError, match="graph.rdf"):
        graph.load(tmp_path / "graph.rdf")


# --- SHACL ----------------------------------------------------------------------------


def test_built_graph_conforms(ds: Dataset) -> None:
    ok, report = graph.validate(ds)
    assert ok, report


def copy_of(ds: Dataset) -> Dataset:
    copy = Dataset(default_union=True)
    copy.addN(ds.quads())
    return copy


def remove(ds: Dataset, s, p, o=None) -> Dataset:
    copy = copy_of(ds)
    copy.remove((s, p, o, None))
    assert len(copy) < len(ds), "nothing removed"
    return copy


def test_missing_label_does_not_conform(ds: Dataset) -> None:
    broken = remove(ds, URIRef(sample_entities()["ru"].iri), SKOS.prefLabel)
    ok, report = graph.validate(broken)
    assert not ok
    assert "prefLabel" in report


def test_plain_triple_of_negated_statement_does_not_conform(ds: Dataset, sample: Extraction) -> None:
    negated = next(s for s in sample.statements if s.status is Status.NEGATED)
    broken = copy_of(ds)
    broken.add((URIRef(negated.subject.iri), KG[negated.relation], URIRef(negated.object.iri),
                graph.document_graph_iri(negated.doc_iri)))
    ok, report = graph.validate(broken)
    assert not ok
    assert "asserted statement" in report


@pytest.mark.parametrize(
    "prop, value",
    [
        ("confidence", Literal("1.5", datatype=XSD.decimal)),
        ("status", URIRef("urn:x:maybe")),
    ],
)
def test_bad_statement_values_do_not_conform(ds: Dataset, sample: Extraction, prop: str, value) -> None:
    node = graph.statement_node(sample.statements[0])
    broken = remove(ds, node, KG[prop])
    broken.add((node, KG[prop], value, graph.document_graph_iri(sample.statements[0].doc_iri)))
    assert not graph.validate(broken)[0]


def test_offsets_out_of_order_do_not_conform(sample: Extraction) -> None:
    st = dataclasses.replace(sample.statements[0], start=50, end=10)
    ds = graph.build_dataset(dataclasses.replace(sample, statements=(st,)))
    ok, report = graph.validate(ds)
    assert not ok and "start" in report


def test_other_base_iri(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KGRAPH_BASE_IRI", "http://example.org/kb")
    x = sample_extraction()
    ds = graph.build_dataset(x)
    kg = kg_namespace()
    assert str(kg) == "http://example.org/kb/ontology#"
    assert (URIRef(x.statements[0].subject.iri), kg.supplies, URIRef(x.statements[0].object.iri)) in ds
    ok, report = graph.validate(ds)
    assert ok, report
    assert set(graph.statements_from_graph(ds).statements) == set(x.statements)


# --- properties -----------------------------------------------------------------------

names = st.text(min_size=1, max_size=40)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(subject=names, obj=names, alias=names, mention=st.text(max_size=30))
def test_any_unicode_names_give_valid_iris_and_parse_back(subject: str, obj: str, alias: str, mention: str) -> None:
    doc = make_document("dir with space/ünï <code>.txt", f"{subject} met {obj}.")
    a = make_entity(subject, EntityClass.PERSON, aliases=((alias, MergeReason.ALIAS),))
    b = make_entity(obj, EntityClass.ORGANIZATION)
    st_ = make_statement(doc, ref(a, mention), Relation.MEETS_WITH, ref(b), " met ", label=alias,
                         quantity=Quantity(mention, value=1.5), time=TimeExpr(alias))
    x = Extraction(documents=(doc,), entities={a.iri: a, b.iri: b}, statements=(st_,))
    ds = graph.build_dataset(x)
    union = graph.union_graph(ds)
    for s, p, o in union:
        for term in (s, p, o):
            if isinstance(term, URIRef):
                assert not BAD_IRI_CHARS.search(str(term)), term
    text = graph.serialize(ds, Format.TTL)
    assert isomorphic(Graph().parse(data=text, format="turtle"), union)
    nq = Dataset()
    nq.parse(data=graph.serialize(ds, Format.NQ), format="nquads")
    assert isomorphic(graph.union_graph(nq), union)
    back = graph.statements_from_graph(ds)
    assert back.statements == x.statements
    assert back.entities == x.entities


@settings(max_examples=60, deadline=None)
@given(
    confidence=st.floats(min_value=0, max_value=1),
    numbers=st.lists(st.one_of(st.none(), st.floats(allow_nan=False, allow_infinity=False)), min_size=3, max_size=3),
    start=st.integers(min_value=0, max_value=10**9),
)
def test_numbers_round_trip(confidence: float, numbers: list[float | None], start: int) -> None:
    x = sample_extraction()
    value, low, high = numbers
    st_ = dataclasses.replace(x.statements[0], confidence=confidence, start=start, end=start + 5,
                              quantity=Quantity("some", value=value, min=low, max=high))
    back = graph.statements_from_graph(graph.build_dataset(dataclasses.replace(x, statements=(st_,))))
    assert back.statements == (st_,)
