"""The query process's work, run in this process: W3C JSON terms, row limits, graph
answers, and failures reported by kind."""

from __future__ import annotations

import json

import pytest

from kgraph import graph
from kgraph.sparqlworker import Failure, run
from kgraph.store import nquads
from tests.factories import sample_extraction

PREFIXES = {"kg": "https://w3id.org/kgraph/ontology#", "skos": "http://www.w3.org/2004/02/skos/core#"}
DATA = (
    b'<http://example.org/nk> <http://www.w3.org/2004/02/skos/core#prefLabel> "North Korea"@en .\n'
    b'<http://example.org/nk> <http://example.org/founded> "1948-09-09"^^<http://www.w3.org/2001/XMLSchema#date> <http://example.org/g> .\n'
    b'<http://example.org/nk> <http://example.org/name> "DPRK" <http://example.org/g> .\n'
)


def _job(sparql: str, **extra) -> dict:
    return {"kind": "nquads", "sparql": sparql, "prefixes": PREFIXES, "substitutions": {}, "union": True,
            "limit": None, **extra}  # fmt: skip


@pytest.mark.parametrize(
    ("sparql", "expected"),
    [
        ("SELECT ?l WHERE { ?s skos:prefLabel ?l }", {"l": {"type": "literal", "value": "North Korea", "xml:lang": "en"}}),
        ("SELECT ?d WHERE { ?s <http://example.org/founded> ?d }",
         {"d": {"type": "literal", "value": "1948-09-09", "datatype": "http://www.w3.org/2001/XMLSchema#date"}}),
        ("SELECT ?n WHERE { ?s <http://example.org/name> ?n }", {"n": {"type": "literal", "value": "DPRK"}}),
        ("SELECT ?s ?x WHERE { ?s <http://example.org/name> ?n }", {"s": {"type": "uri", "value": "http://example.org/nk"}}),
        ("SELECT ?b WHERE { BIND(BNODE() AS ?b) }", None),
    ],
)
def test_terms_in_the_w3c_json_form(sparql, expected):
    answer = run(_job(sparql), DATA)
    assert answer["type"] == "SELECT" and not answer["cut"]
    (binding,) = answer["results"]["bindings"]
    if expected is None:
        assert binding["b"]["type"] == "bnode"
    else:
        assert binding == expected
    json.dumps(answer)  # what the process writes


def test_substitutions_are_terms():
    sub = {"n": {"type": "literal", "value": "DPRK"}}
    answer = run(_job("SELECT ?s ?n WHERE { ?s <http://example.org/name> ?n }", substitutions=sub), DATA)
    assert len(answer["results"]["bindings"]) == 1
    sub = {"n": {"type": "literal", "value": "dprk"}}
    assert run(_job("SELECT ?s ?n WHERE { ?s <http://example.org/name> ?n }", substitutions=sub), DATA)["results"]["bindings"] == []


def test_limit_ask_and_graph_answers():
    assert run(_job("SELECT * WHERE { ?s ?p ?o }", limit=2), DATA)["cut"] is True
    assert run(_job("SELECT * WHERE { ?s ?p ?o }", limit=3), DATA)["cut"] is False
    assert run(_job("ASK { ?s ?p 'DPRK' }"), DATA) == {"type": "ASK", "boolean": True}
    answer = run(_job("CONSTRUCT WHERE { ?s ?p ?o }", limit=1), DATA)
    assert answer["type"] == "CONSTRUCT" and answer["cut"] and answer["ntriples"].count("\n") == 1


def test_union_or_the_default_graph_alone():
    sparql = "SELECT ?o WHERE { ?s ?p ?o }"
    assert len(run(_job(sparql), DATA)["results"]["bindings"]) == 3
    assert len(run(_job(sparql, union=False), DATA)["results"]["bindings"]) == 1


def test_build_files_are_read(tmp_path):
    graph.serialize(graph.build_dataset(sample_extraction()), graph.Format.TRIG, tmp_path / "graph.trig")
    job = _job("SELECT (COUNT(*) AS ?n) WHERE { ?st a kg:Statement }", kind="files",
               files=[[str(tmp_path / "graph.trig"), "trig"]])  # fmt: skip
    (binding,) = run(job, b"")["results"]["bindings"]
    assert int(binding["n"]["value"]) == len(sample_extraction().statements)


@pytest.mark.parametrize(
    ("job", "payload", "kind"),
    [
        (_job("SELECT WHERE {"), DATA, "syntax"),
        (_job("SELECT ?x WHERE { ?x ?p ?o } GROUP BY ?p"), DATA, "syntax"),
        (_job("ASK {}"), b"<not n-quads", "input"),
        (_job("ASK {}", kind="files", files=[["missing.trig", "trig"]]), b"", "input"),
        (_job("ASK {}", kind="store", path="no-such-store"), b"", "input"),
    ],
)
def test_failures_by_kind(job, payload, kind, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(Failure) as e:
        run(job, payload)
    assert e.value.kind == kind
    assert not (tmp_path / "no-such-store").exists()


def test_nquads_of_a_graph_load(tmp_path):
    data = nquads(graph.quads(sample_extraction())).encode("utf-8")
    assert run(_job("ASK { ?s kg:supplies ?o }"), data)["boolean"] is True
