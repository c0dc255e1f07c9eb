"""kgraph.query: one engine over build files, embedded stores, SPARQL servers and rdflib
graphs; bindings; queries that reach outside the graph refused; timeouts and row limits."""

from __future__ import annotations

import datetime as dt

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import SKOS

from kgraph import graph, query
from kgraph.errors import GraphError, QueryError, QueryRefused, QueryTimeout
from kgraph.sparql import inspect_query, read_query
from kgraph.store import OxigraphStore
from tests.factories import sample_entities, sample_extraction
from tests.test_remote import server  # noqa: F401 - the `oxigraph serve` fixture

NK = URIRef(sample_entities()["nk"].iri)

#: Queries whose rows must not depend on where the graph is (files, store, server).
SAME_EVERYWHERE = (
    "SELECT ?s ?r ?o WHERE { ?st a kg:Statement ; rdf:subject ?s ; rdf:predicate ?r ; rdf:object ?o }",
    "SELECT ?who ?whom WHERE { ?a kg:meetsWith ?b . ?a skos:prefLabel ?who . ?b skos:prefLabel ?whom }",
    "SELECT ?st ?q WHERE { ?st kg:quantity/kg:text ?q }",
    "SELECT ?status (COUNT(?st) AS ?n) WHERE { ?st kg:status ?status } GROUP BY ?status",
    # an aggregate over mixed datatypes is unbound (SPARQL), not a failed query: rdflib's
    # engine, which `kgraph query -g` used before, failed here where the store answered
    "SELECT (SUM(?v) AS ?total) WHERE { ?x kg:value ?v }",
    "SELECT ?doc ?source WHERE { GRAPH ?g { ?doc a kg:Document ; kg:source ?source } }",
    "SELECT ?st ?t WHERE { ?st kg:time ?time . OPTIONAL { ?time kg:value ?t } FILTER(?t > '2023'^^xsd:gYear) }",
    "ASK { ?s kg:supplies ?o }",
    "ASK { ?s kg:recognizes ?o }",
    "CONSTRUCT { ?e skos:prefLabel ?l } WHERE { ?st rdf:subject ?e . ?e skos:prefLabel ?l }",
)


def _rows(result) -> list:
    if result.type == "ASK":
        return [result.boolean]
    return sorted(tuple(row) for row in result)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The sample extraction as a build directory (graph.trig) and as an embedded store."""
    root = tmp_path_factory.mktemp("sparql")
    ds = graph.build_dataset(sample_extraction())
    (root / "out").mkdir()
    graph.serialize(ds, graph.Format.TRIG, root / "out" / "graph.trig")
    graph.serialize(ds, graph.Format.TTL, root / "graph.ttl")
    with OxigraphStore(root / "store") as store:
        store.add_extraction(sample_extraction())
    return root


@pytest.mark.parametrize("sparql", SAME_EVERYWHERE)
def test_files_and_store_give_the_same_rows(built, sparql):
    files = query(built / "out", sparql)
    store = query(built / "store", sparql)
    assert files.type == store.type and files.vars == store.vars
    assert _rows(files) == _rows(store)


def test_the_same_rows_as_the_query_asks_for(built):
    rows = query(built / "out", SAME_EVERYWHERE[1])
    assert [(str(r.who), str(r.whom)) for r in rows] == [("Vladimir Putin", "Kim Jong Un")]
    total = query(built / "store", SAME_EVERYWHERE[4])
    assert len(total) == 1 and total.vars == ["total"] and list(total)[0][0] is None
    assert bool(query(built / "out", "ASK { ?s kg:supplies ?o }")) is True


def test_kgraph_prefixes_are_declared_and_the_default_graph_is_the_union(built):
    sparql = "ASK { ?e skos:prefLabel 'North Korea' ; owl:sameAs wd:Q423 . ?st kg:status kg:negated }"
    assert bool(query(built / "out", sparql)) is True
    assert bool(query(graph.build_dataset(sample_extraction()), sparql)) is True


@pytest.mark.parametrize("source", ["out", "out/graph.trig", "graph.ttl", "dataset", "union graph"])
def test_every_kind_of_source(built, source):
    sparql = "SELECT ?l WHERE { ?e skos:prefLabel ?l } ORDER BY ?l"
    if source == "dataset":
        target = graph.build_dataset(sample_extraction())
    elif source == "union graph":
        target = graph.union_graph(graph.build_dataset(sample_extraction()))
    else:
        target = built / source
    labels = [str(r.l) for r in query(target, sparql)]
    assert "North Korea" in labels and labels == sorted(labels)


@pytest.mark.parametrize(
    ("bindings", "expected"),
    [
        ({"name": "North Korea"}, [NK]),
        ({"?name": Literal("North Korea")}, [NK]),
        ({"name": "north korea"}, []),  # a literal, compared as it is
        ({"name": 'North Korea" } UNION { ?e ?p ?name'}, []),  # a value, never query text
        ({"e": NK}, [NK]),
        ({"e": URIRef("https://example.org/nobody")}, []),
    ],
)
def test_bindings_are_values_not_text(built, bindings, expected):
    sparql = "SELECT ?e ?name WHERE { ?e skos:prefLabel ?name }"
    assert [r.e for r in query(built / "out", sparql, bindings)] == expected


@pytest.mark.parametrize(
    ("value", "literal"),
    [(0.75, Literal(0.75)), (2, Literal(2)), (dt.date(2024, 6, 19), Literal(dt.date(2024, 6, 19))), (True, Literal(True))],
)
def test_python_values_become_typed_literals(built, value, literal):
    result = query(built / "out", "SELECT ?v WHERE { }", {"v": value})
    assert [r.v for r in result] == [literal]


@pytest.mark.parametrize(
    ("sparql", "bindings", "message"),
    [
        ("SELECT ?e WHERE { ?e skos:prefLabel ?name }", {"name": "x"}, r"does not return \?name"),
        ("SELECT * WHERE { ?e ?p ?o }", {"not a name": "x"}, "not a SPARQL variable"),
        ("SELECT * WHERE { ?e ?p ?o }", {"o": object()}, "not an RDF term"),
        ("SELECT * WHERE { ?e ?p ?o }", {"e": URIRef("http://x/> } ?a ?b ?c . { <http://y/")}, "not a valid IRI"),
    ],
)
def test_bindings_that_do_not_fit(built, sparql, bindings, message):
    with pytest.raises(QueryError, match=message):
        query(built / "out", sparql, bindings)


@pytest.mark.parametrize(
    "sparql",
    [
        "SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }",
        "SELECT * FROM NAMED <http://example.org/data.ttl> WHERE { GRAPH ?g { ?s ?p ?o } }",
        "PREFIX ex: <http://example.org/> SELECT * FROM ex:data WHERE { ?s ?p ?o }",
        "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
        "SELECT * WHERE { ?s ?p ?o FILTER EXISTS { SERVICE SILENT <http://example.org/> { ?s ?q ?r } } }",
        "SELECT * WHERE { { SELECT ?s WHERE { SERVICE <http://example.org/> { ?s ?p ?o } } } }",
        "ASK { SERVICE <file:///etc/passwd> { ?s ?p ?o } }",
        "INSERT DATA { <http://example.org/a> <http://example.org/b> <http://example.org/c> }",
        "LOAD <http://example.org/data.ttl>",
        "DELETE WHERE { ?s ?p ?o }",
        "DROP ALL",
    ],
)
def test_queries_stay_in_the_graph(built, sparql):
    with pytest.raises(QueryRefused):
        query(built / "out", sparql)


def test_from_kgraphs_own_graphs_is_allowed(built):
    sparql = f"SELECT (COUNT(*) AS ?n) FROM <{graph.entities_graph_iri()}> WHERE {{ ?e a kg:Statement }}"
    assert [r.n.toPython() for r in query(built / "out", sparql)] == [0]
    assert len(query(built / "out", "SELECT ?e WHERE { ?e a kg:Statement }")) > 0


def test_allow_remote_lets_from_through_but_reads_no_file(built, tmp_path):
    secret = tmp_path / "secret.ttl"
    secret.write_text("<http://example.org/a> <http://example.org/b> 'do not read me' .", encoding="utf-8")
    result = query(built / "out", f"SELECT ?o FROM <{secret.as_uri()}> WHERE {{ ?s ?p ?o }}", allow_remote=True)
    assert len(result) == 0


def test_a_cross_join_is_stopped_at_the_timeout(built):
    cross = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l } ORDER BY ?a ?l"
    with pytest.raises(QueryTimeout, match="ran longer than 0.5 s and was stopped"):
        query(built / "out", cross, timeout=0.5)


def test_a_query_that_fills_memory_is_stopped(built, monkeypatch):
    from kgraph import sparql

    monkeypatch.setattr(sparql, "MAX_MEMORY", 200 * 2**20)
    cross = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    with pytest.raises(QueryError, match="needed more than 200 MB of memory"):
        query(built / "out", cross, timeout=None)


def test_limit_cuts_rows_and_says_so(built):
    sparql = "SELECT * WHERE { ?s ?p ?o }"
    cut = query(built / "out", sparql, limit=3)
    assert len(cut) == 3 and cut.truncated
    whole = query(built / "out", sparql)
    assert len(whole) > 3 and not whole.truncated
    assert not query(built / "out", sparql, limit=len(whole)).truncated
    triples = query(built / "out", "CONSTRUCT WHERE { ?s ?p ?o }", limit=2)
    assert len(triples.graph) == 2 and triples.truncated
    with pytest.raises(QueryError, match="negative"):
        query(built / "out", sparql, limit=-1)


@pytest.mark.parametrize(
    ("sparql", "message"),
    [
        ("SELECT WHERE {", "bad SPARQL"),
        ("SELEC ?x WHERE { ?x ?p ?o }", "bad SPARQL"),
        ("", "bad SPARQL"),
        ("SELECT ?s WHERE { ?s nope:x ?o }", "SPARQL query failed"),  # an undeclared prefix
    ],
)
def test_bad_sparql_is_one_line(built, sparql, message):
    with pytest.raises(QueryError, match=message) as e:
        query(built / "out", sparql)
    assert "\n" not in str(e.value)


def test_an_engine_error_is_a_query_error(built):
    with pytest.raises(QueryError, match="SPARQL query failed"):
        query(built / "out", "SELECT ?x WHERE { ?x ?p ?o } GROUP BY ?p")


def test_missing_or_foreign_sources(built, tmp_path):
    with pytest.raises(GraphError, match="no such file or directory"):
        query(tmp_path / "nowhere", "ASK {}")
    assert not (tmp_path / "nowhere").exists(), "a query creates no store"
    (tmp_path / "plain").mkdir()
    with pytest.raises(GraphError, match="neither a kgraph build"):
        query(tmp_path / "plain", "ASK {}")
    assert list((tmp_path / "plain").iterdir()) == []
    broken = tmp_path / "broken.ttl"
    broken.write_text("this is not turtle", encoding="utf-8")
    with pytest.raises(GraphError, match="broken.ttl"):
        query(broken, "ASK {}")
    with pytest.raises(GraphError, match="cannot query a int"):
        query(42, "ASK {}")


def test_read_query_takes_a_file_only_when_it_exists(tmp_path):
    file = tmp_path / "q.rq"
    file.write_text("ASK {}", encoding="utf-8")
    assert read_query(str(file)) == "ASK {}"
    inline = "SELECT ?x WHERE { ?x ?p ?o } # " + "x" * 300  # longer than a file name may be
    assert read_query(inline) == inline
    assert read_query(str(tmp_path / "missing.rq")) == str(tmp_path / "missing.rq")


@pytest.mark.parametrize(
    ("sparql", "kind", "projected"),
    [
        ("SELECT ?a (COUNT(*) AS ?n) WHERE { ?a ?b ?c } GROUP BY ?a", "SELECT", {"a", "n"}),
        ("SELECT * WHERE { ?a ?b ?c }", "SELECT", None),
        ("ASK { ?a ?b ?c }", "ASK", None),
        ("CONSTRUCT WHERE { ?a ?b ?c }", "CONSTRUCT", None),
        ("DESCRIBE <http://example.org/a>", "DESCRIBE", None),
    ],
)
def test_inspect_query(sparql, kind, projected):
    shape = inspect_query(sparql)
    assert shape.type == kind and (shape.projected == projected if projected else shape.projected is None)


# --- a SPARQL server --------------------------------------------------------------------


@pytest.fixture
def served(server):  # noqa: F811
    from kgraph.remote import RemoteStore

    RemoteStore(server).add_extraction(sample_extraction())
    return server


@pytest.mark.server
def test_a_server_gives_the_rows_the_store_gives(served, built):
    for sparql in SAME_EVERYWHERE:
        assert _rows(query(served, sparql)) == _rows(query(built / "store", sparql)), sparql
    sparql = "SELECT ?e ?name WHERE { ?e skos:prefLabel ?name }"
    assert [r.e for r in query(served, sparql, {"name": "North Korea"})] == [NK]
    with pytest.raises(QueryError, match="does not return"):
        query(served, "SELECT ?e WHERE { ?e skos:prefLabel ?name }", {"name": "x"})
    assert query(served, "SELECT * WHERE { ?s ?p ?o }", limit=2).truncated


@pytest.mark.server
def test_a_password_in_the_server_url_is_sent_but_never_shown(served):
    with_password = served.replace("http://", "http://reader:s3cret@")
    assert len(query(with_password, "SELECT * WHERE { ?s ?p ?o } LIMIT 1")) == 1
    with pytest.raises(QueryError) as e:
        query(with_password, "SELECT ?x WHERE { ?x ?p ?o } GROUP BY ?p")
    assert "s3cret" not in str(e.value)


def test_an_unreachable_server_is_named_without_its_password():
    with pytest.raises(GraphError, match="cannot reach") as e:
        query("http://reader:s3cret@127.0.0.1:9/", "ASK {}")
    assert "s3cret" not in str(e.value) and "127.0.0.1:9" in str(e.value)


def test_describe_is_a_graph_answer(built):
    result = query(built / "out", "DESCRIBE ?e WHERE { ?e skos:prefLabel 'North Korea' }")
    assert result.type == "DESCRIBE" and (NK, SKOS.prefLabel, Literal("North Korea")) in result.graph


def test_the_query_process_does_not_outlive_its_caller(built, tmp_path):
    """A caller killed mid-query leaves no query process behind (it watches its parent)."""
    import os
    import signal
    import subprocess
    import sys
    import time

    script = (
        "import sys, kgraph\n"
        "kgraph.query(sys.argv[1], 'SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l } ORDER BY ?a',"
        " timeout=None)\n"
    )
    caller = subprocess.Popen([sys.executable, "-c", script, str(built / "out")])
    children = f"/proc/{caller.pid}/task/{caller.pid}/children"
    if not os.path.exists(children):
        caller.kill()
        pytest.skip("this kernel does not list a process's children")
    worker = None
    for _ in range(600):  # wait for the caller to start its query process
        pids = open(children).read().split()
        if pids:
            worker = int(pids[0])
            break
        time.sleep(0.05)
    assert worker is not None, "the query process never started"
    caller.send_signal(signal.SIGKILL)
    caller.wait()
    for _ in range(600):
        try:
            state = open(f"/proc/{worker}/stat").read().rsplit(")", 1)[1].split()[0]
        except FileNotFoundError:
            return
        if state in ("Z", "X"):  # ended, waiting for whoever adopted it to reap it
            return
        time.sleep(0.05)
    os.kill(worker, signal.SIGKILL)
    pytest.fail("the query process outlived its caller")
