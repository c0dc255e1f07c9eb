"""QueryResult: rows, DataFrames with prefixed names and Python values, and the W3C SPARQL
1.1 results formats checked with rdflib's own result parsers."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest
from rdflib import BNode, Literal, URIRef, Variable
from rdflib import namespace
from rdflib.query import Result

from kgraph.errors import QueryError
from kgraph.sparqlresult import QueryResult, curie, json_term, term

KG = "https://w3id.org/kgraph/ontology#"
PREFIXES = {"kg": KG, "skos": "http://www.w3.org/2004/02/skos/core#", "wd": "http://www.wikidata.org/entity/"}

#: One value of every kind a row can hold (None: unbound).
VALUES = [
    URIRef(KG + "supplies"),
    URIRef("https://w3id.org/kgraph/id/country/North_Korea"),
    Literal("two million\trounds, \"almost\"\nsaid"),
    Literal("Corée du Nord", lang="fr"),
    Literal("0.75", datatype=namespace.XSD.decimal),
    Literal("12", datatype=namespace.XSD.integer),
    Literal("2024-06-19", datatype=namespace.XSD.date),
    Literal("2024", datatype=namespace.XSD.gYear),
    BNode("b0"),
    None,
]


def _select(values: list) -> QueryResult:
    names = [f"v{i}" for i in range(len(values))]
    binding = {n: json_term(v) for n, v in zip(names, values) if v is not None}
    return QueryResult({"head": {"vars": names}, "results": {"bindings": [binding]}}, prefixes=PREFIXES)


def test_rows_hold_rdflib_terms_by_position_and_name():
    result = _select(VALUES)
    (row,) = list(result)
    assert list(row) == VALUES
    assert row["v0"] == row.v0 == URIRef(KG + "supplies") and row.v9 is None
    assert result.vars == [f"v{i}" for i in range(len(VALUES))] and len(result) == 1 and bool(result)


def test_json_is_the_w3c_format():
    text = _select(VALUES).serialize("json")
    doc = json.loads(text)
    assert doc["head"]["vars"][0] == "v0"
    (binding,) = doc["results"]["bindings"]
    assert binding["v0"] == {"type": "uri", "value": KG + "supplies"}
    assert binding["v3"] == {"type": "literal", "value": "Corée du Nord", "xml:lang": "fr"}
    assert binding["v4"] == {"type": "literal", "value": "0.75", "datatype": str(namespace.XSD.decimal)}
    assert binding["v2"] == {"type": "literal", "value": VALUES[2].value}, "plain strings carry no datatype"
    assert binding["v8"] == {"type": "bnode", "value": "b0"} and "v9" not in binding
    parsed = Result.parse(io.StringIO(text), format="json")
    assert [list(r) for r in parsed] == [VALUES[:8] + [parsed.bindings[0][Variable("v8")], None]]


def test_tsv_is_the_w3c_format_and_parses_back_to_the_same_terms():
    text = _select(VALUES).serialize("tsv")
    header, line = text.rstrip("\n").split("\n")
    assert header.split("\t") == [f"?v{i}" for i in range(len(VALUES))]
    assert line.split("\t")[0] == f"<{KG}supplies>" and line.endswith("\t")
    parsed = Result.parse(io.StringIO(text), format="tsv")
    (row,) = list(parsed)
    assert list(row)[:8] == VALUES[:8] and isinstance(row[8], BNode) and row[9] is None


def test_csv_is_the_w3c_format():
    text = _select(VALUES).serialize("csv")
    assert text.endswith("\r\n") and text.splitlines()[0] == ",".join(f"v{i}" for i in range(len(VALUES)))
    (row,) = list(csv.reader(io.StringIO(text)))[1:]
    assert row[:4] == [KG + "supplies", str(VALUES[1]), VALUES[2].value, "Corée du Nord"]
    assert row[4:] == ["0.75", "12", "2024-06-19", "2024", "_:b0", ""]
    parsed = Result.parse(io.StringIO(text), format="csv")
    assert [str(v) for v in list(parsed)[0][:4]] == row[:4]


def test_dataframe_shows_prefixed_names_and_python_values():
    df = _select(VALUES).to_dataframe()
    assert list(df.columns) == [f"v{i}" for i in range(len(VALUES))]
    row = df.iloc[0].tolist()
    assert row[0] == "kg:supplies"
    assert row[1] == "https://w3id.org/kgraph/id/country/North_Korea", "no prefix known: the whole IRI"
    assert row[2] == VALUES[2].value and row[3] == "Corée du Nord"
    assert row[4] == 0.75 and isinstance(row[4], float)
    assert row[5] == 12 and row[6] == dt.date(2024, 6, 19)
    assert row[8] == "_:b0" and row[9] is None


def test_ask_and_construct_answers():
    ask = QueryResult({"head": {}, "boolean": False})
    assert ask.type == "ASK" and ask.boolean is False and not ask and list(ask) == [False]
    assert json.loads(ask.serialize("json")) == {"head": {}, "boolean": False}
    assert ask.serialize("csv") == "false\n" and ask.to_table() == "false"
    assert ask.to_dataframe()["ask"].tolist() == [False]
    nt = f'<https://w3id.org/kgraph/id/country/North_Korea> <http://www.w3.org/2004/02/skos/core#prefLabel> "North Korea" .\n'
    graph = QueryResult({"type": "CONSTRUCT", "ntriples": nt, "cut": True}, prefixes=PREFIXES)
    assert graph.truncated and len(graph.graph) == 1 and graph.vars == ["subject", "predicate", "object"]
    assert graph.to_dataframe()["predicate"].tolist() == ["skos:prefLabel"]
    assert "skos:prefLabel" in graph.serialize("turtle")
    assert json.loads(graph.serialize("json"))["results"]["bindings"][0]["object"] == {"type": "literal", "value": "North Korea"}
    with pytest.raises(QueryError, match="unknown result format"):
        ask.serialize("turtle")


def test_table_text_uses_prefixed_names():
    text = _select(VALUES[:2]).to_table(width=30)
    header, row = text.splitlines()
    assert header.split() == ["v0", "v1"]
    assert row.startswith("kg:supplies ") and "https://w3id.org/kgraph/id/co" in row


@pytest.mark.parametrize(
    ("iri", "expected"),
    [
        (KG + "supplies", "kg:supplies"),
        ("http://www.wikidata.org/entity/Q423", "wd:Q423"),
        ("https://w3id.org/kgraph/id/country/North_Korea", "https://w3id.org/kgraph/id/country/North_Korea"),
        (KG + "has space", KG + "has space"),
        (KG + "ends.", KG + "ends."),
        (KG, KG),
    ],
)
def test_curie(iri, expected):
    assert curie(iri, PREFIXES) == expected


@pytest.mark.parametrize("value", VALUES[:-1])
def test_json_terms_round_trip(value):
    back = term(json_term(value))
    assert back == value and type(back) is type(value)


def test_answers_that_are_not_results():
    with pytest.raises(QueryError):
        QueryResult({"head": {"vars": ["x"]}})
    with pytest.raises(QueryError, match="cannot show"):
        term({"type": "triple", "value": {}})
