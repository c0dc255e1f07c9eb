"""kgraph.shacl reports what one pySHACL run over all the shapes reports, violation for
violation, on graphs breaking each shape of ``ontology/shapes.ttl``."""

from __future__ import annotations

import re

import pyshacl
import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic

from factories import sample_entities, sample_extraction
from kgraph import graph, shacl
from kgraph.namespaces import DCTERMS, KG, OWL, PROV, RDF, RDFS, SKOS

XSD = Namespace("http://www.w3.org/2001/XMLSchema#")  # rdflib's XSD warns when pytest probes it
SAMPLE = sample_extraction()
E = {k: URIRef(e.iri) for k, e in sample_entities().items()}
ST = [graph.statement_node(s) for s in SAMPLE.statements]  # statements 0 supplies, 2 negated, 3 meets
DOC = URIRef(SAMPLE.documents[0].iri)


def _union() -> Graph:
    return graph.union_graph(graph.build_dataset(SAMPLE))


def _node(g: Graph, s, p):  # noqa: ANN001
    return g.value(s, p)


#: name -> (triples removed (s, p, o; None: any), triples added), with their nodes
#: computed from the built sample graph ``g``: one or more violations of each shape.
CASES = {
    "entity: two kgraph classes": lambda g: ([], [(E["ru"], RDF.type, KG.Organization)]),
    "entity: no prefLabel": lambda g: ([(E["ru"], SKOS.prefLabel, None)], []),
    "entity: empty prefLabel, and a number": lambda g: ([(E["nk"], SKOS.prefLabel, None)],
                                                      [(E["nk"], SKOS.prefLabel, Literal("")),
                                                       (E["kim"], SKOS.altLabel, Literal(5))]),
    "entity: altLabel equal to prefLabel": lambda g: ([], [(E["ru"], SKOS.altLabel, g.value(E["ru"], SKOS.prefLabel))]),
    "entity: two sameAs, one not Wikidata": lambda g: ([], [(E["ru"], OWL.sameAs, URIRef("http://dbpedia.org/resource/Russia")),
                                                            (E["nk"], OWL.sameAs, Literal("Q423"))]),
    "entity: alias not an Alias": lambda g: ([], [(E["ru"], KG.alias, E["nk"])]),
    "alias: no text, reason unknown": lambda g: (
        [(a, KG.text, None) for a in list(g.objects(E["ru"], KG.alias))[:1]],
        [(a, KG.reason, Literal("guess")) for a in list(g.objects(E["nk"], KG.alias))[:1]]),
    "statement: predicate, status, confidence": lambda g: (
        [(ST[0], KG.confidence, None), (ST[3], RDF.predicate, None)],
        [(ST[0], KG.confidence, Literal("1.5", datatype=XSD.decimal)), (ST[3], RDF.predicate, KG.cameoCode),
         (ST[2], KG.status, KG.asserted), (ST[1], KG.confidence, Literal("high"))]),
    "statement: no evidence, two recipients, literal subject": lambda g: (
        [(ST[0], KG.evidence, None), (ST[3], RDF.subject, None)],
        [(ST[0], KG.recipient, E["ua"]), (ST[3], RDF.subject, Literal("Putin"))]),
    "statement: qualifiers of the wrong class": lambda g: (
        [], [(ST[0], KG.quantity, E["ru"]), (ST[1], KG.time, E["nk"]), (ST[0], KG.mention, E["ua"]),
             (ST[3], PROV.wasGeneratedBy, DOC), (ST[3], PROV.wasDerivedFrom, E["ru"])]),
    "plain triple: negated, unknown, reversed": lambda g: (
        [], [(E["ru"], KG.supplies, E["tech"]), (E["ua"], KG.attacks, E["ru"]),
             (E["kim"], KG.meetsWith, E["putin"])]),
    "plain triple: its asserted statement gone": lambda g: ([(ST[0], KG.status, None)], []),
    "evidence: start after end, negative, text number": lambda g: (
        [(_node(g, ST[0], KG.evidence), KG.start, None), (_node(g, ST[3], KG.evidence), KG.sentence, None)],
        [(_node(g, ST[0], KG.evidence), KG.start, Literal(10_000)),
         (_node(g, ST[1], KG.evidence), KG.end, Literal(-3)),
         (_node(g, ST[3], KG.evidence), KG.sentence, Literal(3))]),
    "mention: role, offsets, two texts": lambda g: (
        [], [(m, KG.role, Literal("witness")) for m in list(g.objects(ST[0], KG.mention))[:1]]
        + [(m, KG.start, Literal(-1)) for m in list(g.objects(ST[1], KG.mention))[:1]]
        + [(m, KG.text, Literal("another")) for m in list(g.objects(ST[3], KG.mention))[:2]]),
    "quantity: min over max, hedge, unit number": lambda g: (
        [], [(_node(g, ST[0], KG.quantity), KG.min, Literal("3000000", datatype=XSD.decimal)),
             (_node(g, ST[0], KG.quantity), KG.hedge, Literal("roughly")),
             (_node(g, ST[0], KG.quantity), KG.unit, Literal(7))]),
    "time: plain value, precision, bound": lambda g: (
        [(_node(g, ST[1], KG.time), KG.value, None)],
        [(_node(g, ST[1], KG.time), KG.value, Literal("next month")),
         (_node(g, ST[3], KG.time), KG.precision, Literal("hour")),
         (_node(g, ST[3], KG.time), KG.bound, Literal("middle"))]),
    "document: sha256, date, two sources": lambda g: (
        [(DOC, KG.date, None)],
        [(DOC, KG.sha256, Literal("xyz")), (DOC, KG.date, Literal("June")), (DOC, KG.source, Literal("other")),
         (DOC, DCTERMS.title, Literal(1))]),
    "activity and agent: no agent, no version": lambda g: (
        [(_node(g, ST[0], PROV.wasGeneratedBy), PROV.wasAssociatedWith, None)]
        + [(a, KG.version, None) for a in g.subjects(RDF.type, PROV.SoftwareAgent)][:1],
        [(a, RDFS.label, Literal(2)) for a in g.subjects(RDF.type, PROV.SoftwareAgent)][:1]),
}


def _broken(name: str) -> Graph:
    g = _union()
    removed, added = CASES[name](g)
    before = len(g)
    for triple in removed:
        g.remove(triple)
    for triple in added:
        g.add(triple)
    assert len(g) != before or added, "the case changed nothing"
    return g


def _pyshacl(g: Graph, shapes: Graph | None = None) -> shacl.Report:
    """One pySHACL run over every shape: the reference."""
    shapes = graph.load_shapes() if shapes is None else shapes
    conforms, report, text = pyshacl.validate(g, shacl_graph=shapes, inference="none",
                                              abort_on_first=False, allow_warnings=True)  # fmt: skip
    return shacl.Report(bool(conforms), report, str(text))


def _same(new: shacl.Report, old: shacl.Report) -> None:
    assert new.conforms == old.conforms
    assert new.text == old.text
    assert isomorphic(new.graph, old.graph)


def test_a_conforming_graph_conforms_both_ways() -> None:
    g = _union()
    new, old = shacl.validate(g), _pyshacl(g)
    assert new.conforms and old.conforms
    _same(new, old)


@pytest.mark.parametrize("name", sorted(CASES))
def test_same_violations_as_one_pyshacl_run(name: str) -> None:
    g = _broken(name)
    new, old = shacl.validate(g), _pyshacl(g)
    assert not old.conforms, "the case breaks no shape"
    _same(new, old)


def test_every_shape_is_broken_by_some_case() -> None:
    shapes = graph.load_shapes()
    sh = Namespace("http://www.w3.org/ns/shacl#")
    node_shapes = set(shapes.subjects(RDF.type, sh.NodeShape))
    broken = set()
    for name in CASES:
        report = _pyshacl(_broken(name), shapes)
        broken |= set(report.graph.objects(None, sh.sourceShape)) & node_shapes
        for shape in report.graph.objects(None, sh.sourceShape):  # a property shape: its node shape
            broken |= {s for s in node_shapes if (s, sh.property, shape) in shapes}
    assert broken == node_shapes


def test_all_violations_at_once_and_the_ntriples_given() -> None:
    g = _union()
    for removed, added in [case(_union()) for case in CASES.values()]:  # nodes found before any change
        for triple in removed:
            g.remove(triple)
        for triple in added:
            g.add(triple)
    old = _pyshacl(g)
    _same(shacl.validate(g, ntriples=g.serialize(format="nt", encoding="utf-8")), old)
    assert len(re.findall(r"^Constraint Violation", old.text, re.MULTILINE)) > 40
