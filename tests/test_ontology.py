"""Tests of ontology/kgraph.ttl, ontology/shapes.ttl and kgraph.namespaces."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import SH

from kgraph import rdfio
from kgraph.errors import DataFileError
from kgraph.graph import load_ontology, load_shapes, ontology_dir
from kgraph.namespaces import KG, OWL, RDF, RDFS, SKOS, WD, WDT, kg_namespace, kg_terms
from kgraph.types import SYMMETRIC_RELATIONS, EntityClass, MergeReason, Relation, Status

KGS = "https://w3id.org/kgraph/shapes#"


@pytest.fixture(scope="module")
def onto() -> Graph:
    return load_ontology()


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return load_shapes()


def test_ontology_parses_and_is_an_owl_ontology(onto: Graph) -> None:
    assert (URIRef("https://w3id.org/kgraph/ontology"), RDF.type, OWL.Ontology) in onto
    assert len(onto) > 300


@pytest.mark.parametrize("relation", list(Relation))
def test_every_relation_is_an_object_property(onto: Graph, relation: Relation) -> None:
    prop = KG[relation.value]
    assert (prop, RDF.type, OWL.ObjectProperty) in onto
    assert onto.value(prop, RDFS.label) is not None
    assert onto.value(prop, RDFS.comment) is not None
    assert ((prop, RDF.type, OWL.SymmetricProperty) in onto) == (relation in SYMMETRIC_RELATIONS)
    assert (prop, RDFS.subPropertyOf, KG.relatedTo) not in onto


@pytest.mark.parametrize("relation", [r for r in Relation if r is not Relation.RELATED_TO])
def test_relation_classes_are_hints_not_domains(onto: Graph, relation: Relation) -> None:
    # rdfs:domain/range with the disjoint classes made graphs inconsistent under OWL 2 RL
    prop, schema = KG[relation.value], "https://schema.org/"
    assert onto.value(prop, RDFS.domain) is None and onto.value(prop, RDFS.range) is None
    assert set(onto.objects(prop, URIRef(schema + "domainIncludes"))) and set(onto.objects(prop, URIRef(schema + "rangeIncludes")))


@pytest.mark.parametrize("cls", list(EntityClass))
def test_every_entity_class_is_an_owl_class(onto: Graph, cls: EntityClass) -> None:
    assert (KG[cls.value], RDF.type, OWL.Class) in onto
    assert onto.value(KG[cls.value], RDFS.comment) is not None


def test_status_scheme_holds_every_status(onto: Graph) -> None:
    assert (KG.StatusScheme, RDF.type, SKOS.ConceptScheme) in onto
    in_scheme = set(onto.subjects(SKOS.inScheme, KG.StatusScheme))
    assert in_scheme == {KG[s.value] for s in Status}
    for concept in in_scheme:
        assert (concept, RDF.type, SKOS.Concept) in onto


def test_ontology_declares_exactly_the_namespace_terms(onto: Graph) -> None:
    ns = str(KG)
    declared = {str(s)[len(ns):] for s in onto.subjects(RDF.type, None) if str(s).startswith(ns)}
    used = {str(t)[len(ns):] for triple in onto for t in triple if isinstance(t, URIRef) and str(t).startswith(ns)}
    assert declared == set(kg_terms())
    assert used <= declared


def test_alignments_follow_the_policy(onto: Graph) -> None:
    # Wikidata is only ever matched, never a superclass or super-property.
    for pred in (RDFS.subClassOf, RDFS.subPropertyOf, OWL.equivalentClass, OWL.equivalentProperty):
        for _, o in onto.subject_objects(pred):
            assert not str(o).startswith((str(WD), str(WDT))), o
    assert (KG.Person, SKOS.exactMatch, WD.Q5) in onto
    assert (KG.Country, SKOS.exactMatch, WD.Q6256) in onto
    assert (KG.City, SKOS.exactMatch, WD.Q515) in onto
    assert (KG.Organization, SKOS.exactMatch, WD.Q43229) in onto
    assert (KG.worksFor, SKOS.closeMatch, WDT.P108) in onto
    assert {WDT.P131, WDT.P17} <= set(onto.objects(KG.locatedIn, SKOS.closeMatch))
    assert (KG.basedIn, SKOS.closeMatch, WDT.P159) in onto
    assert {WDT.P551, WDT.P27} <= set(onto.objects(KG.livesIn, SKOS.closeMatch))
    assert {WDT.P35, WDT.P6, WDT.P488} <= set(onto.objects(KG.leaderOf, KG.inverseMatch))
    assert {WDT.P361, WDT.P463} <= set(onto.objects(KG.partOf, SKOS.closeMatch))
    prov = "http://www.w3.org/ns/prov#"
    assert (KG.Statement, RDFS.subClassOf, URIRef(prov + "Entity")) in onto
    assert (KG.Document, RDFS.subClassOf, URIRef(prov + "Entity")) in onto
    assert (KG.Event, RDFS.subClassOf, URIRef("http://semanticweb.cs.vu.nl/2009/11/sem/Event")) in onto


def test_plover_and_cameo_codes_are_literals(onto: Graph) -> None:
    assert set(onto.objects(KG.supplies, KG.ploverCategory)) == {Literal("AID")}
    assert set(onto.objects(KG.supplies, KG.cameoCode)) == {Literal("07")}
    assert set(onto.objects(KG.deploys, KG.cameoCode)) == {Literal("07"), Literal("15")}
    for prop in (KG.ploverCategory, KG.ploverMode, KG.cameoCode):
        assert (prop, RDF.type, OWL.AnnotationProperty) in onto
        for _, value in onto.subject_objects(prop):
            assert isinstance(value, Literal)


def _in_list(shapes: Graph, path: URIRef) -> set:
    for prop in shapes.subjects(SH.path, path):
        qualified = shapes.value(prop, SH.qualifiedValueShape)
        head = shapes.value(prop, SH["in"]) or (qualified is not None and shapes.value(qualified, SH["in"]))
        if head is not None:
            return {str(x) for x in Collection(shapes, head)}
    raise AssertionError(f"no sh:in for {path}")


def test_shapes_enumerations_match_the_types(shapes: Graph) -> None:
    assert _in_list(shapes, RDF.predicate) == {str(KG[r.value]) for r in Relation}
    assert _in_list(shapes, KG.status) == {str(KG[s.value]) for s in Status}
    assert _in_list(shapes, KG.reason) == {m.value for m in MergeReason}
    assert _in_list(shapes, RDF.type) == {str(KG[c.value]) for c in EntityClass}
    assert _in_list(shapes, KG.role) == {"subject", "object", "recipient", "destination", "location", "accordingTo"}


def test_shapes_use_only_ontology_terms(shapes: Graph) -> None:
    ns = str(KG)
    used = {str(t)[len(ns):] for triple in shapes for t in triple if isinstance(t, URIRef) and str(t).startswith(ns)}
    assert used and used <= set(kg_terms())
    assert any(isinstance(s, BNode) for s in shapes.subjects(SH.path, None))


def test_no_sample_only_names_in_ontology() -> None:
    forbidden = ["Korotchenko", "Matsegora", "Sin Hong Chol", "Makeeva", "External Construction",
                 "Daily NK", "Sarawak", "Air Koryo", "Central Military Commission", "Ryder"]
    for path in ontology_dir().glob("*.ttl"):
        text = path.read_text(encoding="utf-8")
        for name in forbidden:
            assert name not in text, (path, name)


def test_ontology_follows_the_base_iri(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KGRAPH_BASE_IRI", "http://example.org/kb/")
    onto = load_ontology()
    other = kg_namespace()
    assert (other.supplies, RDF.type, OWL.ObjectProperty) in onto
    assert (KG.supplies, RDF.type, OWL.ObjectProperty) not in onto


def test_missing_ontology_dir_raises(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(rdfio, "__file__", str(tmp_path / "pkg" / "kgraph" / "rdfio.py"))
    with pytest.raises(DataFileError, match="ontology"):
        ontology_dir()


def test_namespace_is_checked() -> None:
    assert KG.supplies == URIRef("https://w3id.org/kgraph/ontology#supplies")
    assert KG["meetsWith"] == KG.meetsWith
    with pytest.raises(AttributeError):
        KG.suplies  # noqa: B018
    with pytest.raises(AttributeError):
        KG["Supplies"]
    assert "relatedTo" in KG and "likes" not in KG
    other = kg_namespace("http://example.org/o#")
    assert other.Person == URIRef("http://example.org/o#Person")
    with pytest.raises(AttributeError):
        other.Persona  # noqa: B018


def test_docs_describe_every_term() -> None:
    root = Path(__file__).resolve().parent.parent
    text = (root / "docs" / "ontology.md").read_text(encoding="utf-8")
    for term in [*Relation, *EntityClass, *Status]:
        assert f"`{term.value}`" in text or f"`kg:{term.value}`" in text, term
    readme = (root / "README.md").read_text(encoding="utf-8")
    assert "docs/ontology.md" in readme and "docs/statements.md" in readme
    assert "docs/ontology.md" in (root / "ontology" / "kgraph.ttl").read_text(encoding="utf-8")

