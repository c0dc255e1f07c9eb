"""kgraph's dataset in a SPARQL server (Oxigraph's HTTP server), over plain HTTP.

:class:`RemoteStore` offers the same calls as :class:`kgraph.store.OxigraphStore`
(``documents``, ``replace_documents``, ``add_extraction``, ``remove_document``,
``query``, ``export``, ``close``), so :func:`kgraph.incremental.update_store` builds into
either. It speaks SPARQL 1.1 Query and Update and the Graph Store Protocol:

* ``URL/query``  -- queries (``union-default-graph`` set: the default graph is the union),
* ``URL/update`` -- removals (SPARQL Update),
* ``URL/store``  -- new quads (``POST`` of N-Quads) and exports (``GET``).

That is the layout of ``oxigraph serve --location DIR --bind HOST:PORT``; give other
servers' endpoints explicitly.
"""

from __future__ import annotations

import io
import json
import logging
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable

from rdflib import Graph
from rdflib.query import Result

from kgraph import graph, types
from kgraph.errors import GraphError, QueryError
from kgraph.namespaces import kg_namespace, prefixes
from kgraph.rdfio import Format
from kgraph.store import UNION_TRIPLES, mentioned_only, nquads, replace_documents
from kgraph.urls import credentials, redact

log = logging.getLogger(__name__)

__all__ = ["RemoteStore", "is_remote", "prologue"]

_ACCEPT = {
    Format.TTL: "text/turtle",
    Format.TRIG: "application/trig",
    Format.NT: "application/n-triples",
    Format.NQ: "application/n-quads",
    Format.JSONLD: "application/ld+json",
}


def is_remote(location: str) -> bool:
    """Whether a ``--store`` value names a server (http/https URL) rather than a directory."""
    return location.startswith(("http://", "https://"))


class RemoteStore:
    """A SPARQL server holding kgraph's dataset.

    A ``user:password@`` in ``url`` is sent as HTTP Basic authentication and never shown:
    ``url`` and the endpoint attributes hold the URL without it.

    ``url`` is the server's base (``http://127.0.0.1:7878``); ``query_url``,
    ``update_url`` and ``store_url`` default to its ``/query``, ``/update`` and
    ``/store``. Nothing is sent before the first call.
    """

    def __init__(
        self,
        url: str,
        *,
        query_url: str | None = None,
        update_url: str | None = None,
        store_url: str | None = None,
        timeout: float = 60.0,
    ) -> None:
        url, self._authorization = credentials(url)
        base = url.rstrip("/")
        for suffix in ("/query", "/update", "/store"):
            if base.endswith(suffix):
                base = base[: -len(suffix)]
        self.url = base
        self.query_url = query_url or base + "/query"
        self.update_url = update_url or base + "/update"
        self.store_url = store_url or base + "/store"
        self.timeout = timeout

    def __enter__(self) -> RemoteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Nothing to release (each call is one HTTP request)."""

    # -- writing ---------------------------------------------------------------------

    def add_extraction(self, extraction: types.Extraction, *, include_text: bool = False) -> None:
        """Add documents, statements and the entities they mention (one POST of N-Quads).

        Raises:
            GraphError: the server cannot be reached or refuses the data.
        """
        data = nquads(graph.quads(mentioned_only(extraction), include_text=include_text)).encode("utf-8")
        if data:
            self._request(self.store_url, data, {"Content-Type": "application/n-quads"}, what="adding quads")

    def replace_documents(self, remove: Iterable[str], extraction: types.Extraction | None = None) -> None:
        """Drop documents (one SPARQL Update), then add ``extraction`` if given.

        Raises:
            GraphError: the server cannot be reached or refuses the request.
        """
        replace_documents(self, remove, extraction)

    def remove_document(self, doc_iri: str) -> None:
        """Drop one document and the entity descriptions only it needed.

        Raises:
            GraphError: the server cannot be reached or refuses the request.
        """
        self.replace_documents([doc_iri])

    def update(self, sparql_update: str) -> None:
        """Run a SPARQL Update on the server (kgraph's prefixes declared).

        Raises:
            QueryError: the server rejects the update as malformed.
            GraphError: the server cannot be reached or fails.
        """
        body = (prologue() + sparql_update).encode("utf-8")
        self._request(self.update_url, body, {"Content-Type": "application/sparql-update"}, what="update")

    # -- reading ---------------------------------------------------------------------

    def documents(self) -> dict[str, str]:
        """Every document on the server: IRI -> sha256 of its text.

        Raises:
            GraphError: the server cannot be reached or fails.
        """
        kg = kg_namespace()
        rows = self._select(
            f"SELECT ?d ?h WHERE {{ GRAPH <{graph.documents_graph_iri()}> {{ "
            f"?d a <{kg.Document}> OPTIONAL {{ ?d <{kg.sha256}> ?h }} }} }}"
        )
        return {r["d"]["value"]: r.get("h", {}).get("value", "") for r in rows}

    def sources(self) -> dict[str, str]:
        """Every document on the server: IRI -> its source.

        Raises:
            GraphError: the server cannot be reached or fails.
        """
        rows = self._select(
            f"SELECT ?d ?s WHERE {{ GRAPH <{graph.documents_graph_iri()}> {{ ?d <{kg_namespace().source}> ?s }} }}"
        )
        return {r["d"]["value"]: r["s"]["value"] for r in rows}

    def query(self, sparql: str) -> Result:
        """Run a SPARQL query on the server; the answer as an rdflib ``Result``.

        Raises:
            QueryError: the server rejects the query.
            GraphError: the server cannot be reached or fails.
        """
        body = (prologue() + sparql).encode("utf-8")
        accept = "application/sparql-results+json, application/n-triples;q=0.9"
        data, ctype = self._request(
            self.query_url + "?union-default-graph", body,
            {"Content-Type": "application/sparql-query", "Accept": accept}, what="query",
        )  # fmt: skip
        try:
            if ctype.startswith("application/n-triples"):
                result = Result("CONSTRUCT")
                result.graph = Graph().parse(data=data.decode("utf-8"), format="nt")
                return result
            return Result.parse(io.BytesIO(data), format="json")
        except Exception as e:  # the parsers raise many kinds: any of them means "not an answer"
            raise GraphError(_not_an_answer(self.query_url, ctype, data, "SPARQL results (JSON) or N-Triples")) from e

    def export(self, fmt: Format | str) -> str:
        """The server's dataset as text (ttl, nt: the union graph; trig, nq, jsonld: the
        named graphs, and in TriG's default graph the facts and the entities' names).

        Raises:
            GraphError: the format is unknown, or the server cannot be reached or fails.
        """
        try:
            fmt = Format(fmt)
        except ValueError as e:
            raise GraphError(f"unknown format {fmt!r}; use one of {', '.join(f.value for f in Format)}") from e
        if not fmt.has_graphs:
            return self._union(fmt)
        data, _ = self._request(self.store_url, None, {"Accept": _ACCEPT[fmt]}, what="export")
        text = _text(data, self.store_url, fmt)
        if fmt is Format.TRIG:  # and the facts in the default graph, as files and the embedded store
            from kgraph.exports import default_graph_ntriples

            text += default_graph_ntriples(Graph().parse(data=self._union(Format.NT), format="nt"))
        return text

    def _union(self, fmt: Format) -> str:
        data, _ = self._request(
            self.query_url, UNION_TRIPLES.encode("utf-8"),
            {"Content-Type": "application/sparql-query", "Accept": _ACCEPT[fmt]}, what="export",
        )  # fmt: skip
        return _text(data, self.query_url, fmt)

    # -- HTTP ------------------------------------------------------------------------

    def _select(self, sparql: str) -> list[dict]:
        data, _ = self._request(
            self.query_url + "?union-default-graph", sparql.encode("utf-8"),
            {"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"}, what="query",
        )  # fmt: skip
        try:
            return json.loads(data)["results"]["bindings"]
        except (ValueError, KeyError, TypeError) as e:
            raise GraphError(_not_an_answer(self.query_url, "", data, "SPARQL results (JSON)")) from e

    def _request(self, url: str, body: bytes | None, headers: dict[str, str], *, what: str) -> tuple[bytes, str]:
        if self._authorization:
            headers = {**headers, "Authorization": self._authorization}
        req = urllib.request.Request(url, data=body, headers=headers, method="POST" if body is not None else "GET")
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                return resp.read(), resp.headers.get("Content-Type", "")
        except urllib.error.HTTPError as e:
            shown = redact(self.url)
            detail = e.read().decode("utf-8", "replace")[:500].strip()
            if e.code == 400 and what in ("query", "update"):
                raise QueryError(f"the SPARQL server at {shown} rejected the {what}: {detail}") from e
            raise GraphError(f"the SPARQL server at {shown} failed on {what} (HTTP {e.code}): {detail}") from e
        except (urllib.error.URLError, OSError) as e:
            reason = getattr(e, "reason", e)
            raise GraphError(
                f"cannot reach the SPARQL store at {redact(self.url)} during {what} ({reason}); start it, e.g. "
                f"`oxigraph serve --location DIR --bind {urllib.parse.urlsplit(self.url).netloc}`, or check "
                "--store; documents already written stay there and the next build adds the rest"
            ) from e


def _text(data: bytes, url: str, fmt: Format) -> str:
    """An export's body as text.

    Raises:
        GraphError: the server answered with bytes that are not UTF-8.
    """
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise GraphError(_not_an_answer(url, "", data, f"{fmt.value} text")) from e


def _not_an_answer(url: str, ctype: str, data: bytes, wanted: str) -> str:
    start = data[:60].decode("utf-8", "replace").split("\n", 1)[0]
    kind = f" ({ctype})" if ctype else ""
    return (
        f"{redact(url)} answered with something that is not {wanted}{kind}, starting {start!r}; "
        "check that --store is the base URL of a SPARQL server such as `oxigraph serve`"
    )


def prologue() -> str:
    """PREFIX declarations of kgraph's prefixes, to put before a query or update sent to a server."""
    return "".join(f"PREFIX {k}: <{v}>\n" for k, v in prefixes().items())
