"""`kgraph query` through typer's CliRunner on a hand-made graph (no spaCy): the W3C
results formats, prefixed names in tables, query files and long inline queries, one-line
errors, timeouts, row limits, and the same rows from files and from a store."""

from __future__ import annotations

import io
import json

import pytest
from rdflib.query import Result
from typer.testing import CliRunner

from kgraph import graph
from kgraph.cli import TABLE_ROWS, app
from kgraph.store import OxigraphStore
from tests.factories import sample_extraction

runner = CliRunner()
LABELS = "SELECT ?e ?label WHERE { ?e skos:prefLabel ?label } ORDER BY ?label"
SUPPLIES = "SELECT ?s ?r ?o WHERE { ?st rdf:subject ?s ; rdf:predicate ?r ; rdf:object ?o FILTER(?r = kg:supplies) }"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("cli-query")
    graph.serialize(graph.build_dataset(sample_extraction()), graph.Format.TRIG, root / "out" / "graph.trig")
    with OxigraphStore(root / "store") as store:
        store.add_extraction(sample_extraction())
    return root


def _query(*args: str):
    result = runner.invoke(app, ["query", *args])
    assert "Traceback" not in result.output
    return result


@pytest.mark.parametrize("fmt", ["json", "csv", "tsv"])
def test_w3c_formats_parse_with_rdflib(built, fmt):
    result = _query(LABELS, "-g", str(built / "out"), "--format", fmt)
    assert result.exit_code == 0, result.output
    parsed = Result.parse(io.StringIO(result.stdout), format=fmt)
    labels = [str(row[1]) for row in parsed]
    assert "North Korea" in labels and labels == sorted(labels)
    if fmt == "json":
        doc = json.loads(result.stdout)
        assert doc["head"]["vars"] == ["e", "label"]
        assert {"type": "literal", "value": "North Korea"} in [b["label"] for b in doc["results"]["bindings"]]
        assert all(b["e"]["type"] == "uri" for b in doc["results"]["bindings"])


def test_table_shows_prefixed_names(built):
    result = _query(SUPPLIES, "-g", str(built / "out"))
    assert result.exit_code == 0, result.output
    assert "kg:supplies" in result.stdout and "ontology#supplies" not in result.stdout


@pytest.mark.parametrize("sparql", [SUPPLIES, LABELS, "ASK { ?s kg:supplies ?o }", "CONSTRUCT WHERE { ?s kg:supplies ?o }"])
@pytest.mark.parametrize("fmt", ["table", "json", "tsv"])
def test_graph_files_and_store_print_the_same(built, sparql, fmt):
    files = _query(sparql, "-g", str(built / "out"), "--format", fmt)
    store = _query(sparql, "--store", str(built / "store"), "--format", fmt)
    assert files.exit_code == store.exit_code == 0, files.output + store.output
    if sparql.startswith(("SELECT", "CONSTRUCT")) and fmt == "json":
        assert sorted(map(str, json.loads(files.stdout)["results"]["bindings"])) == sorted(
            map(str, json.loads(store.stdout)["results"]["bindings"])
        )
    else:
        assert sorted(files.stdout.splitlines()) == sorted(store.stdout.splitlines())


def test_ask_prints_true_or_false(built):
    assert _query("ASK { ?s kg:supplies ?o }", "-g", str(built / "out")).stdout.strip() == "true"
    doc = json.loads(_query("ASK { ?s kg:nothing ?o }", "-g", str(built / "out"), "-f", "json").stdout)
    assert doc == {"head": {}, "boolean": False}


def test_a_query_file_and_a_long_inline_query(built, tmp_path):
    file = tmp_path / "labels.rq"
    file.write_text(LABELS, encoding="utf-8")
    from_file = _query(str(file), "-g", str(built / "out"))
    assert from_file.exit_code == 0 and "North Korea" in from_file.stdout
    long = LABELS + " # " + "a comment that makes the query longer than any file name may be " * 5
    assert len(long) > 255
    inline = _query(long, "-g", str(built / "out"))
    assert inline.exit_code == 0, inline.output
    assert inline.stdout == from_file.stdout


@pytest.mark.parametrize(
    ("sparql", "message"),
    [
        ("SELECT WHERE {", "bad SPARQL"),
        ("SELECT ?x WHERE { ?x ?p ?o } GROUP BY ?p", "SPARQL query failed"),
        ("INSERT DATA { <http://a.example/s> <http://a.example/p> 1 }", "SPARQL update"),
        ("SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }", "--allow-remote"),
        ("SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }", "--allow-remote"),
    ],
)
def test_bad_and_refused_queries_are_one_line(built, sparql, message):
    result = _query(sparql, "-g", str(built / "out"))
    assert result.exit_code != 0 and result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and message in lines[0]


def test_timeout_stops_a_cross_join(built):
    cross = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l } ORDER BY ?a ?l"
    result = _query(cross, "-g", str(built / "out"), "--timeout", "0.5")
    assert result.exit_code != 0
    assert "ran longer than 0.5 s and was stopped" in result.stderr and "--timeout" in result.stderr


def test_tables_are_cut_at_the_row_limit(built):
    many = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }"
    table = _query(many, "-g", str(built / "out"))
    assert table.exit_code == 0
    assert len(table.stdout.splitlines()) == 1 + TABLE_ROWS
    assert f"only the first {TABLE_ROWS:,} rows are shown" in table.stderr
    three = _query(many, "-g", str(built / "out"), "--limit", "3", "--format", "csv")
    assert len(three.stdout.splitlines()) == 1 + 3 and "only the first 3 rows" in three.stderr
    whole = _query(LABELS, "-g", str(built / "out"), "--format", "csv")
    assert "only the first" not in whole.stderr


def test_a_missing_store_is_an_error_that_creates_nothing(tmp_path):
    result = _query(LABELS, "--store", str(tmp_path / "typo"))
    assert result.exit_code != 0 and "no such file or directory" in result.stderr
    assert not (tmp_path / "typo").exists()


def test_a_password_in_the_store_url_is_never_printed():
    result = _query(LABELS, "--store", "http://reader:s3cret@127.0.0.1:9", "--timeout", "10")
    assert result.exit_code != 0 and "cannot reach" in result.stderr
    assert "s3cret" not in result.output
