"""The answer of :func:`kgraph.query`: rows of rdflib terms, a DataFrame, W3C formats.

A :class:`QueryResult` is made from the W3C SPARQL 1.1 Query Results JSON that the
query process sends (see :mod:`kgraph.sparqlworker`), so its ``json`` serialisation is
that document again; ``csv`` and ``tsv`` follow the W3C SPARQL 1.1 Query Results CSV
and TSV formats. CONSTRUCT and DESCRIBE answers are an rdflib graph, seen as rows of
``subject``, ``predicate``, ``object``.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from collections.abc import Iterator, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from rdflib import BNode, Graph, Literal, URIRef, Variable
from rdflib.query import ResultRow
from rdflib.term import Identifier

from kgraph.errors import QueryError
from kgraph.store import nt_term

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["QueryResult", "curie"]

TRIPLE_VARS = ("subject", "predicate", "object")
_LOCAL = re.compile(r"[A-Za-z0-9_](?:[A-Za-z0-9_.\-]*[A-Za-z0-9_\-])?")


class QueryResult:
    """The answer to one SPARQL query.

    * ``type``: ``SELECT``, ``ASK``, ``CONSTRUCT`` or ``DESCRIBE``;
    * ``vars``: the column names (for a graph answer ``subject``, ``predicate``, ``object``);
    * iterating gives rows (rdflib ``ResultRow``: by position, ``row["name"]`` or
      ``row.name``; an unbound value is None), the triples of a graph answer, or the one
      boolean of an ASK; ``bool(result)`` is the ASK answer, else whether there are rows;
    * ``boolean``: the ASK answer (None otherwise); ``graph``: the rdflib graph of a
      CONSTRUCT or DESCRIBE (None otherwise);
    * ``truncated``: rows (or triples) were cut at the ``limit`` asked for.
    """

    def __init__(self, answer: Mapping[str, Any], prefixes: Mapping[str, str] | None = None) -> None:
        """Read a W3C JSON results document (``head``, ``results``/``boolean``) or a graph
        answer (``type`` CONSTRUCT/DESCRIBE with ``ntriples``), with ``cut`` set when
        rows were left off. ``prefixes`` (name -> namespace) make IRIs short in tables.

        Raises:
            QueryError: the answer is not of that form.
        """
        self.prefixes = dict(prefixes or {})
        self.truncated = bool(answer.get("cut", False))
        self.boolean: bool | None = None
        self.graph: Graph | None = None
        self._bindings: list[dict[str, dict]] = []
        try:
            if "ntriples" in answer:
                self.type = answer.get("type", "CONSTRUCT")
                self.vars = list(TRIPLE_VARS)
                self.graph = Graph()
                for name, ns in self.prefixes.items():
                    self.graph.bind(name, ns, override=True, replace=True)
                self.graph.parse(data=answer["ntriples"], format="nt")
                self._rows = [ResultRow(dict(zip(map(Variable, TRIPLE_VARS), t)), list(map(Variable, TRIPLE_VARS)))
                              for t in sorted(self.graph)]  # fmt: skip
            elif "boolean" in answer:
                self.type, self.vars, self.boolean, self._rows = "ASK", [], bool(answer["boolean"]), []
            else:
                self.type = "SELECT"
                self.vars = [str(v) for v in answer["head"]["vars"]]
                self._bindings = list(answer["results"]["bindings"])
                labels = [Variable(v) for v in self.vars]
                self._rows = [ResultRow({Variable(k): term(v) for k, v in b.items()}, labels) for b in self._bindings]
        except (KeyError, TypeError, ValueError) as e:
            raise QueryError(f"the query answer is not SPARQL results ({e})") from e

    # -- rows ------------------------------------------------------------------------

    def __iter__(self) -> Iterator:
        if self.type == "ASK":
            return iter([self.boolean])
        return iter(self._rows)

    def __len__(self) -> int:
        return 1 if self.type == "ASK" else len(self._rows)

    def __bool__(self) -> bool:
        return bool(self.boolean) if self.type == "ASK" else bool(self._rows)

    def __repr__(self) -> str:
        what = f"{self.boolean}" if self.type == "ASK" else f"{len(self._rows)} rows"
        return f"<QueryResult {self.type} {what}{', truncated' if self.truncated else ''}>"

    def to_dataframe(self) -> pd.DataFrame:
        """The rows as a pandas DataFrame, one column per variable: IRIs as prefixed names
        (``kg:supplies``) where a prefix is known, else the full IRI; literals as Python
        values (str, int, float, bool, date, datetime; decimals as float); blank nodes as
        ``_:id``; unbound values None. An ASK answer is one column ``ask``."""
        import pandas as pd

        if self.type == "ASK":
            return pd.DataFrame({"ask": [self.boolean]})
        return pd.DataFrame([[self._python(v) for v in row] for row in self._rows], columns=self.vars)

    def _python(self, value: Identifier | None) -> object:
        if value is None:
            return None
        if isinstance(value, URIRef):
            return curie(value, self.prefixes)
        if isinstance(value, BNode):
            return f"_:{value}"
        py = value.toPython()
        if isinstance(py, Decimal):
            return float(py)
        if isinstance(py, Literal) or not isinstance(py, (str, int, float, bool, dt.date, dt.time, dt.timedelta)):
            return str(value)
        return py

    # -- text ------------------------------------------------------------------------

    def serialize(self, fmt: str = "json") -> str:
        """The answer as text: ``json``, ``csv`` or ``tsv`` (the W3C SPARQL 1.1 results
        formats; for a graph answer, its triples as rows), or for a CONSTRUCT or DESCRIBE
        also an RDF format rdflib writes (``turtle``, ``nt``, ``json-ld``, ``xml``).
        ASK answers in csv or tsv are ``true`` or ``false``.

        Raises:
            QueryError: the format is unknown for this kind of answer.
        """
        if self.type == "ASK":
            if fmt == "json":
                return json.dumps({"head": {}, "boolean": self.boolean}) + "\n"
            if fmt in ("csv", "tsv"):
                return f"{str(self.boolean).lower()}\n"
        elif fmt == "json":
            bindings = self._bindings if self.type == "SELECT" else [_json_binding(r) for r in self._rows]
            doc = {"head": {"vars": self.vars}, "results": {"bindings": bindings}}
            return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"
        elif fmt == "csv":
            buf = io.StringIO()
            writer = csv.writer(buf, lineterminator="\r\n")
            writer.writerow(self.vars)
            writer.writerows([_csv(v) for v in row] for row in self._rows)
            return buf.getvalue()
        elif fmt == "tsv":
            lines = ["\t".join(f"?{v}" for v in self.vars)]
            lines += ["\t".join("" if v is None else nt_term(v) for v in row) for row in self._rows]
            return "\n".join(lines) + "\n"
        elif self.graph is not None:
            try:
                return self.graph.serialize(format=fmt, encoding=None)
            except Exception as e:  # rdflib's plugin lookup raises its own exception types
                raise QueryError(f"cannot write the graph as {fmt!r}: {e}") from e
        raise QueryError(f"unknown result format {fmt!r} for a {self.type} answer; use json, csv or tsv")

    def to_table(self, width: int = 60) -> str:
        """The rows as a plain-text table: IRIs as prefixed names, literals as written,
        each column at most ``width`` characters wide; an ASK answer is true or false."""
        if self.type == "ASK":
            return str(self.boolean).lower()
        cells = [["" if v is None else str(self._python(v) if isinstance(v, URIRef) else v) for v in r] for r in self._rows]
        widths = [min(width, max([len(n)] + [len(r[i]) for r in cells])) for i, n in enumerate(self.vars)]
        lines = ["  ".join(n.ljust(w) for n, w in zip(self.vars, widths)).rstrip()]
        lines += ["  ".join(c[:w].ljust(w) for c, w in zip(r, widths)).rstrip() for r in cells]
        return "\n".join(lines)


def term(value: Mapping[str, Any]) -> Identifier:
    """The rdflib term of a W3C SPARQL JSON term (``type``, ``value``, ``datatype``, ``xml:lang``).

    Raises:
        QueryError: the term is of a kind rdflib has no class for (an RDF-star triple).
    """
    kind = value["type"]
    if kind == "uri":
        return URIRef(value["value"])
    if kind == "bnode":
        return BNode(value["value"])
    if kind in ("literal", "typed-literal"):
        if "xml:lang" in value:
            return Literal(value["value"], lang=value["xml:lang"])
        dtype = value.get("datatype")
        return Literal(value["value"], datatype=URIRef(dtype) if dtype else None)
    raise QueryError(f"a result holds a {kind!r} term, which kgraph cannot show; select its parts instead")


def json_term(value: Identifier) -> dict[str, str]:
    """An rdflib term in the W3C SPARQL JSON form (the inverse of :func:`term`)."""
    if isinstance(value, URIRef):
        return {"type": "uri", "value": str(value)}
    if isinstance(value, BNode):
        return {"type": "bnode", "value": str(value)}
    if isinstance(value, Literal):
        out = {"type": "literal", "value": str(value)}
        if value.language:
            out["xml:lang"] = value.language
        elif value.datatype is not None and str(value.datatype) != "http://www.w3.org/2001/XMLSchema#string":
            out["datatype"] = str(value.datatype)
        return out
    raise QueryError(f"{value!r} is not an RDF term")


def curie(iri: str, prefixes: Mapping[str, str]) -> str:
    """``iri`` as ``prefix:local`` with the longest namespace of ``prefixes`` that gives a
    valid local name, else ``iri`` itself."""
    best = None
    for name, ns in prefixes.items():
        ns = str(ns)
        if iri.startswith(ns) and _LOCAL.fullmatch(iri[len(ns):]) and (best is None or len(ns) > len(best[1])):
            best = (name, ns)
    return str(iri) if best is None else f"{best[0]}:{iri[len(best[1]):]}"


def _json_binding(row: ResultRow) -> dict[str, dict]:
    return {str(k): json_term(v) for k, v in row.asdict().items()}


def _csv(value: Identifier | None) -> str:
    if value is None:
        return ""
    return f"_:{value}" if isinstance(value, BNode) else str(value)
