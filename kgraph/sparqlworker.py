"""The process that runs one SPARQL query for :func:`kgraph.sparql.query`.

Run as a script (``python sparqlworker.py``): it reads a job from stdin -- one line of
JSON, then, for a graph sent from memory, its N-Quads -- runs the query with Oxigraph
(on the build's files loaded into memory, on an embedded store opened read-only, or on
a SPARQL server over HTTP) and writes one JSON answer to stdout:

* ``{"type": "SELECT", "head": {"vars": [...]}, "results": {"bindings": [...]}, "cut": bool}``
  (the W3C SPARQL 1.1 Query Results JSON format, plus whether rows were cut at the limit),
* ``{"type": "ASK", "boolean": bool}``,
* ``{"type": "CONSTRUCT", "ntriples": "...", "cut": bool}``,
* ``{"error": "syntax" | "input" | "store", "message": "..."}``.

It lives in its own process so that the caller can stop it at the timeout: Oxigraph
cannot be interrupted from Python. It imports nothing from kgraph (only the standard
library and pyoxigraph) to start fast, and it ends itself when its parent is gone or its
deadline has passed.
"""

from __future__ import annotations

import json
import os
import sys
import threading
import time
import urllib.error
import urllib.request

import pyoxigraph as ox

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
#: The most bytes read from a SPARQL server's answer.
MAX_ANSWER_BYTES = 512 * 1024 * 1024


class Failure(Exception):
    """A problem to report as ``{"error": kind, "message": ...}``."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


#: Exit status when the process is ended for using more memory than its job allows.
EXIT_MEMORY = 4
#: Exit status when the process ends itself at its deadline or when its parent is gone.
EXIT_STOPPED = 3


def main() -> None:
    job = json.loads(sys.stdin.buffer.readline())
    _watchdog(int(job["parent"]), float(job["deadline"]), int(job["max_memory"]))
    try:
        answer = run(job, sys.stdin.buffer.read())
    except Failure as e:
        answer = {"error": e.kind, "message": str(e)}
    except MemoryError:
        answer = {"error": "store", "message": "the query needs more memory than there is"}
    sys.stdout.buffer.write(json.dumps(answer, ensure_ascii=False).encode("utf-8"))
    sys.stdout.flush()


def _watchdog(parent: int, seconds: float, max_memory: int) -> None:
    """End this process when its parent (the process ``parent``) is gone, also before
    this call, after ``seconds``, or once it uses more than ``max_memory`` bytes."""
    deadline = time.monotonic() + seconds

    def watch() -> None:
        while os.getppid() == parent and time.monotonic() < deadline:
            if _resident() > max_memory:
                os._exit(EXIT_MEMORY)
            time.sleep(0.1)
        os._exit(EXIT_STOPPED)

    threading.Thread(target=watch, daemon=True).start()


def _resident() -> int:
    """Bytes of memory this process uses now (its peak where /proc is missing)."""
    try:
        with open("/proc/self/statm", "rb") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError, AttributeError):
        try:
            import resource
        except ImportError:  # Windows: no measure, no limit
            return 0
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak if sys.platform == "darwin" else peak * 1024


def run(job: dict, payload: bytes) -> dict:
    """The answer to ``job`` (see the module doc). The default graph is the union of all
    graphs unless the query names its own (``union`` false)."""
    if job["kind"] == "remote":
        return _remote(job)
    store = _open(job, payload)
    subs = {ox.Variable(name): _term(value) for name, value in job["substitutions"].items()}
    try:
        answer = store.query(
            job["sparql"], prefixes=job["prefixes"], use_default_graph_as_union=job["union"], substitutions=subs or None
        )
        return _answer(answer, job["limit"])
    except SyntaxError as e:
        raise Failure("syntax", str(e)) from e
    except (OSError, RuntimeError, ValueError) as e:
        raise Failure("syntax" if "projection" in str(e) else "store", str(e)) from e


def _open(job: dict, payload: bytes) -> ox.Store:
    try:
        if job["kind"] == "store":
            return ox.Store.read_only(job["path"])
        store = ox.Store()
        if job["kind"] == "nquads":
            _load(store, "the graph given", ext="nq", input=payload)
        for path, ext in job.get("files", []):
            _load(store, path, ext=ext, path=path)
        return store
    except OSError as e:
        what = job.get("path") or ", ".join(path for path, _ in job.get("files", [])) or "the graph given"
        raise Failure("input", f"{what}: cannot be read ({e})") from e


def _load(store: ox.Store, what: str, *, ext: str, **source: object) -> None:
    try:
        store.bulk_load(format=ox.RdfFormat.from_extension(ext), **source)
    except SyntaxError as e:
        raise Failure("input", f"{what}: does not parse as {ext}: {' '.join(str(e).split())}") from e


def _answer(answer: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples, limit: int | None) -> dict:
    if isinstance(answer, ox.QueryBoolean):
        return {"type": "ASK", "boolean": bool(answer)}
    if isinstance(answer, ox.QueryTriples):
        return _triples(answer, limit)
    names = [v.value for v in answer.variables]
    rows, cut = _take(answer, limit)
    bindings = [{n: _json(t) for n, t in zip(names, row) if t is not None} for row in rows]
    return {"type": "SELECT", "head": {"vars": names}, "results": {"bindings": bindings}, "cut": cut}


def _take(items, limit: int | None) -> tuple[list, bool]:  # noqa: ANN001 - an Oxigraph iterator
    taken = []
    for item in items:
        if limit is not None and len(taken) >= limit:
            return taken, True
        taken.append(item)
    return taken, False


def _json(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple) -> dict:
    """A term in the W3C SPARQL JSON results form."""
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    return {"type": "triple", "value": {k: _json(getattr(term, k)) for k in ("subject", "predicate", "object")}}


def _term(value: dict) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """The Oxigraph term of a W3C SPARQL JSON term."""
    kind = value["type"]
    if kind == "uri":
        return ox.NamedNode(value["value"])
    if kind == "bnode":
        return ox.BlankNode(value["value"])
    if "xml:lang" in value:
        return ox.Literal(value["value"], language=value["xml:lang"])
    return ox.Literal(value["value"], datatype=ox.NamedNode(value.get("datatype") or XSD_STRING))


def _remote(job: dict) -> dict:
    construct = job["type"] in ("CONSTRUCT", "DESCRIBE")
    headers = {
        "Content-Type": "application/sparql-query",
        "Accept": "application/n-triples" if construct else "application/sparql-results+json",
    }
    if job.get("authorization"):
        headers["Authorization"] = job["authorization"]
    req = urllib.request.Request(job["query_url"], data=job["sparql"].encode("utf-8"), headers=headers, method="POST")
    shown = job["shown_url"]
    try:
        with urllib.request.urlopen(req, timeout=float(job["deadline"])) as resp:
            data = resp.read(MAX_ANSWER_BYTES + 1)
    except urllib.error.HTTPError as e:
        detail = " ".join(e.read().decode("utf-8", "replace")[:500].split())
        kind = "syntax" if e.code == 400 else "store"
        raise Failure(kind, f"the SPARQL server at {shown} answered HTTP {e.code}: {detail}") from e
    except (urllib.error.URLError, OSError) as e:
        raise Failure("store", f"cannot reach the SPARQL server at {shown} ({getattr(e, 'reason', e)})") from e
    if len(data) > MAX_ANSWER_BYTES:
        raise Failure("store", f"the answer of {shown} is larger than {MAX_ANSWER_BYTES:,} bytes; add a LIMIT")
    if construct:
        return _triples(ox.parse(data, format=ox.RdfFormat.N_TRIPLES), job["limit"])
    try:
        answer = json.loads(data)
        if "boolean" in answer:
            return {"type": "ASK", "boolean": bool(answer["boolean"])}
        bindings, cut = _take(answer["results"]["bindings"], job["limit"])
        return {"type": "SELECT", "head": {"vars": answer["head"]["vars"]}, "results": {"bindings": bindings}, "cut": cut}
    except (ValueError, KeyError, TypeError) as e:
        raise Failure("store", f"the answer of {shown} is not SPARQL JSON results ({e})") from e


def _triples(triples, limit: int | None) -> dict:  # noqa: ANN001 - Oxigraph triples or quads
    kept, cut = _take(triples, limit)
    kept = [ox.Triple(t.subject, t.predicate, t.object) for t in kept]
    data = ox.serialize(kept, format=ox.RdfFormat.N_TRIPLES) if kept else b""
    return {"type": "CONSTRUCT", "ntriples": data.decode("utf-8"), "cut": cut}


if __name__ == "__main__":
    main()
