"""SPARQL over a kgraph graph, wherever it is: :func:`query` (also ``kgraph.query``).

One engine answers every query: Oxigraph, run in a separate process
(:mod:`kgraph.sparqlworker`) that is stopped at the timeout. It reads the files of a
build (``graph.trig`` or ``graph.ttl``, loaded into memory), an embedded store
(opened read-only, never created), a graph handed over from memory (rdflib), or passes
the query to a SPARQL server. The default graph is the union of all graphs; kgraph's
prefixes (``kg:``, ``rdf:``, ``skos:``, ``prov:``, ...) are declared.

Queries stay inside the graph: updates are refused, and so are ``SERVICE`` and
``FROM``/``FROM NAMED`` of anything but kgraph's own named graphs unless
``allow_remote`` is given. Values are passed as ``bindings`` (SPARQL substitution of
variables by terms), never pasted into the query text by the caller.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import re
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from rdflib import ConjunctiveGraph, Dataset, Graph, Literal, URIRef, Variable
from rdflib.term import Identifier

from kgraph.errors import GraphError, QueryError, QueryRefused, QueryTimeout
from kgraph.graph import entities_graph_iri
from kgraph.limits import DEFAULT_TIMEOUT
from kgraph.rdfio import Format, graph_file
from kgraph.remote import RemoteStore, is_remote, prologue
from kgraph.sparqlresult import QueryResult, json_term
from kgraph.sparqlworker import EXIT_MEMORY
from kgraph.store import nt_term, prefix_map
from kgraph.storedir import is_store
from kgraph.urls import credentials, redact

log = logging.getLogger(__name__)

__all__ = ["DEFAULT_TIMEOUT", "QueryResult", "QueryShape", "inspect_query", "query", "read_query"]

def _memory_budget() -> int:
    try:
        return min(2 * 2**30, os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") // 8)
    except (AttributeError, ValueError, OSError):  # no sysconf (Windows): the upper bound
        return 2 * 2**30


#: Bytes of memory the query process may use: an eighth of the machine's, at most 2 GiB
#: (the caller then holds the answer too, a few times its size).
MAX_MEMORY = _memory_budget()
_WORKER = Path(__file__).with_name("sparqlworker.py")
_VARIABLE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_BAD_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_PLAIN = (str, bool, int, float, Decimal, dt.date, dt.datetime, dt.time)


def query(
    source: object,
    sparql: str,
    bindings: Mapping[str, Any] | None = None,
    *,
    timeout: float | None = DEFAULT_TIMEOUT,
    limit: int | None = None,
    allow_remote: bool = False,
) -> QueryResult:
    """Run a SPARQL query over ``source`` and return its answer.

    ``source`` is the output directory of ``kgraph build`` (or one of its graph files:
    .trig, .ttl, .nt, .nq, .jsonld), an embedded Oxigraph store directory, the URL of a
    SPARQL server (``http://user:password@host:7878``, as ``--store`` takes it), or an
    rdflib ``Graph``/``Dataset``.

    ``bindings`` maps variable names (``"actor"`` or ``"?actor"``) to values: rdflib
    terms (``URIRef`` for an IRI), or plain Python values (str, int, float, bool,
    Decimal, date, datetime), which become literals. In a SELECT, a bound variable must
    be one the query returns (listed after SELECT, or ``SELECT *``).

    ``timeout``: seconds (None: no limit) after which the query is stopped, as it is when
    it needs more than :data:`MAX_MEMORY` bytes. ``limit``: the most rows (or triples)
    kept; the answer's ``truncated`` says whether more were left off. ``allow_remote``
    permits ``SERVICE`` and ``FROM`` of graphs other than kgraph's own.

    Raises:
        QueryError: the query is malformed, a binding does not fit it, the limit is
            negative, or the query needed more memory than :data:`MAX_MEMORY`.
        QueryRefused: the query is an update, or reaches outside the graph.
        QueryTimeout: the query ran longer than ``timeout``.
        GraphError: ``source`` is missing or unreadable, or the server fails.
    """
    if limit is not None and limit < 0:
        raise QueryError(f"limit {limit} is negative; give a number of rows, or None for all")
    shape = inspect_query(sparql, allow_remote=allow_remote)
    subs = _substitutions(bindings or {}, shape)
    job, payload = _target(source, sparql, subs, shape)
    job.update(type=shape.type, limit=limit, prefixes=prefix_map())
    answer = _run(job, payload, timeout)
    if "ntriples" in answer:
        answer["type"] = shape.type  # CONSTRUCT or DESCRIBE
    return QueryResult(answer, prefixes={**job["prefixes"], **shape.prefixes})


def read_query(argument: str) -> str:
    """The query an argument stands for: the text of the file it names when such a file
    exists, else the argument itself (an inline query, however long).

    Raises:
        QueryError: the file exists but cannot be read.
    """
    if not os.path.isfile(argument):  # False, not an error, for a long inline query
        return argument
    try:
        return Path(argument).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as e:
        raise QueryError(f"{argument}: cannot read the query file ({e})") from e


@dataclass(frozen=True)
class QueryShape:
    """What :func:`inspect_query` found: the query form, the variables a SELECT returns
    (None for ``SELECT *`` and other forms), whether it ends with VALUES, whether it
    names its own dataset (FROM, FROM NAMED), and the prefixes it declares."""

    type: str
    projected: frozenset[str] | None
    has_values: bool
    has_dataset: bool = False
    prefixes: dict[str, str] = field(default_factory=dict)


def inspect_query(sparql: str, *, allow_remote: bool = False) -> QueryShape:
    """Parse ``sparql`` (rdflib's SPARQL 1.1 parser) and check that it stays in the graph.

    Raises:
        QueryError: the text is not a SPARQL query.
        QueryRefused: it is an update, or uses SERVICE or FROM of a graph outside
            kgraph's own (without ``allow_remote``).
    """
    from pyparsing import ParseException
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    if not sparql.strip():
        raise QueryError("bad SPARQL: the query is empty")
    try:
        prologue_part, body = parseQuery(sparql)
    except ParseException as e:
        try:
            parseUpdate(sparql)
        except Exception:  # noqa: BLE001 - not an update either: report the query's error
            raise QueryError(f"bad SPARQL: {e.msg} at line {e.lineno}, column {e.col}") from None
        raise QueryRefused(
            "this is a SPARQL update; kgraph query only reads (change a store with kgraph build or kgraph remove)"
        ) from None
    except Exception as e:  # rdflib's parse actions raise assorted errors on bad terms
        raise QueryError(f"bad SPARQL: {e}") from e
    declared = {str(_part(d, "prefix") or ""): str(d["iri"]) for d in prologue_part if d.name == "PrefixDecl"}
    if not allow_remote:
        _check_reach(body, {**prefix_map(), **declared})
    kind = body.name.removesuffix("Query").upper()
    projected = None
    if kind == "SELECT" and _part(body, "projection"):
        projected = frozenset(str(_part(p, "var") or _part(p, "evar")) for p in body["projection"])
    has_values, has_dataset = _part(body, "valuesClause") is not None, bool(_part(body, "datasetClause"))
    return QueryShape(kind, projected, has_values, has_dataset, declared)


def _part(node: Any, key: str) -> Any:
    """A field of an rdflib parse node, None when absent (its ``get`` returns the key)."""
    return node[key] if key in node else None


def _check_reach(body: Any, declared: dict[str, str]) -> None:
    own = str(entities_graph_iri()).rsplit("/", 1)[0] + "/"
    for clause in _part(body, "datasetClause") or []:
        iri = _part(clause, "default") if _part(clause, "default") is not None else _part(clause, "named")
        if not isinstance(iri, URIRef):  # a prefixed name
            iri = declared.get(str(_part(iri, "prefix") or ""), "") + str(_part(iri, "localname") or "")
        if not str(iri).startswith(own):
            raise QueryRefused(
                f"FROM <{iri}> reaches outside the graph; kgraph query reads only its own graphs "
                f"(<{own}...>); pass --allow-remote (allow_remote=True) to permit it"
            )
    if _has_service(body):
        raise QueryRefused("SERVICE sends the query to another server; pass --allow-remote (allow_remote=True) to permit it")


def _has_service(node: Any) -> bool:
    """Whether a SERVICE pattern is anywhere in an rdflib parse tree."""
    from pyparsing import ParseResults

    if getattr(node, "name", None) == "ServiceGraphPattern":
        return True
    if isinstance(node, Mapping):
        return any(_has_service(v) for v in node.values())
    if isinstance(node, (list, tuple, ParseResults)):
        return any(_has_service(v) for v in node)
    return False


def _substitutions(bindings: Mapping[str, Any], shape: QueryShape) -> dict[str, dict]:
    subs = {}
    for key, value in bindings.items():
        name = str(key).removeprefix("?").removeprefix("$")
        if not _VARIABLE.fullmatch(name):
            raise QueryError(f"{key!r} is not a SPARQL variable name")
        if shape.projected is not None and name not in shape.projected:
            raise QueryError(f"binding ?{name}: the query does not return ?{name}; add it after SELECT (or use SELECT *)")
        if isinstance(value, Variable) or not isinstance(value, (Identifier, *_PLAIN)):
            raise QueryError(f"binding ?{name}: {value!r} is not an RDF term, str, number, bool or date")
        term = value if isinstance(value, Identifier) else Literal(value)
        if isinstance(term, URIRef) and _BAD_IRI.search(term):
            raise QueryError(f"binding ?{name}: {str(term)!r} is not a valid IRI")
        subs[name] = json_term(term)
    return subs


def _target(source: object, sparql: str, subs: dict[str, dict], shape: QueryShape) -> tuple[dict, bytes]:
    """The worker's job (what to open, the query) and the N-Quads of an in-memory graph."""
    job: dict[str, Any] = {"sparql": sparql, "substitutions": subs, "union": not shape.has_dataset}
    if isinstance(source, Graph):
        fmt = "nquads" if isinstance(source, (Dataset, ConjunctiveGraph)) else "nt"
        return job | {"kind": "nquads"}, source.serialize(format=fmt, encoding="utf-8")
    if not isinstance(source, (str, os.PathLike)):
        raise GraphError(f"cannot query a {type(source).__name__}: give a build directory, a graph file, a store or an rdflib graph")
    location = os.fspath(source)
    if is_remote(location):
        return _remote_job(location, sparql, subs, shape), b""
    path = Path(location)
    if not path.exists():
        raise GraphError(f"{path}: no such file or directory; build a graph there first (kgraph build SOURCES --out {path})")
    if is_store(path):
        return job | {"kind": "store", "path": str(path)}, b""
    if path.is_dir() and not any((path / n).is_file() for n in ("graph.trig", "graph.ttl")):
        raise GraphError(f"{path}: neither a kgraph build (graph.trig, graph.ttl) nor an Oxigraph store")
    file = graph_file(path)
    return job | {"kind": "files", "files": [[str(file), Format.from_path(file).value]]}, b""


def _remote_job(location: str, sparql: str, subs: dict[str, dict], shape: QueryShape) -> dict:
    url, authorization = credentials(location)
    text = prologue() + sparql
    if subs:
        if shape.has_values:
            raise QueryError("bindings cannot be sent to a SPARQL server with a query that ends in VALUES; drop one")
        from kgraph.sparqlresult import term

        names = list(subs)
        row = " ".join(nt_term(term(subs[n])) for n in names)
        text += f"\nVALUES ({' '.join('?' + n for n in names)}) {{ ({row}) }}"
    store = RemoteStore(url)
    return {
        "kind": "remote",
        "sparql": text,
        "substitutions": {},
        "query_url": store.query_url + ("" if shape.has_dataset else "?union-default-graph"),
        "authorization": authorization,
        "shown_url": redact(store.url),
    }


def _run(job: dict, payload: bytes, timeout: float | None) -> dict:
    """Run ``job`` in a worker process; its answer. The process is killed at ``timeout``."""
    job["deadline"] = (timeout + 5.0) if timeout is not None else 10.0**9
    job["parent"] = os.getpid()
    job["max_memory"] = MAX_MEMORY
    data = json.dumps(job).encode("utf-8") + b"\n" + payload
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    log.info("query %s (timeout %s s)", redact(job.get("path") or job.get("shown_url") or job["kind"]), timeout)
    proc = subprocess.Popen(  # noqa: S603 - our own script, with this interpreter
        # -P: the script's directory (kgraph/, whose types.py would shadow the standard
        # library's) is not put on sys.path
        [sys.executable, "-P", str(_WORKER)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
    )
    try:
        out, err = proc.communicate(data, timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        raise QueryTimeout(
            f"the query ran longer than {timeout:g} s and was stopped; make it more specific "
            "(fewer unconnected patterns, a LIMIT) or allow more time with --timeout SECONDS"
        ) from None
    except BaseException:  # Ctrl-C: the worker must not outlive the call
        proc.kill()
        proc.wait()
        raise
    if proc.returncode == EXIT_MEMORY:
        raise QueryError(
            f"the query needed more than {MAX_MEMORY // 2**20:,} MB of memory and was stopped; make it more "
            "specific (fewer unconnected patterns) or ask for fewer rows (a LIMIT, --limit)"
        )
    if proc.returncode != 0 or not out:
        tail = err.decode("utf-8", "replace").strip().splitlines()[-1:] or [f"exit status {proc.returncode}"]
        raise GraphError(f"the query process failed: {tail[0]}")
    answer = json.loads(out)
    if "error" in answer:
        if answer["error"] == "syntax":
            raise QueryError(f"SPARQL query failed: {_one_line(answer['message'])}")
        raise GraphError(_one_line(answer["message"]))
    return answer


def _one_line(message: str) -> str:
    """An engine's message on one line: a sentence it holds rather than its list of
    expected tokens, at most 300 characters."""
    text = " ".join(message.split())
    where, sep, rest = text.partition(": expected one of ")
    sentence = re.search(r"[A-Z][a-z]+(?: [A-Za-z]+){3,}", rest) if sep else None
    if sentence:
        text = f"{where}: {sentence.group(0)}"
    return text if len(text) <= 300 else text[:299] + "…"
