"""A persistent RDF store that kgraph builds into incrementally: Oxigraph, embedded.

:class:`OxigraphStore` keeps kgraph's dataset (see :mod:`kgraph.graph`: a documents
graph, an entities graph, one named graph per document) in an Oxigraph directory
(RocksDB) through ``pyoxigraph``, so graphs far larger than memory can be built, queried
with SPARQL and exported. Writes go through :meth:`OxigraphStore.replace_documents`,
which the remote store (:mod:`kgraph.remote`) offers too, so
:func:`kgraph.incremental.update_store` works with either.

What the store keeps:

* every quad :func:`kgraph.graph.quads` writes for the documents and statements added,
* the descriptions of the entities that some document graph mentions (``kg:mentionOf``)
  -- entities resolved but in no statement are left out, so that removing a document can
  drop exactly the entity descriptions no other document needs any more. An entity's
  aliases are the union of those of every extraction that wrote it; store builds
  (:func:`kgraph.incremental.update_store`) put them, with what each document taught
  the resolver, into the graph of the document that merged them instead.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.query import Result

from kgraph import graph, types
from kgraph.errors import GraphError, QueryError
from kgraph.namespaces import kg_namespace, prefixes
from kgraph.rdfio import Format
from kgraph.urls import redact

log = logging.getLogger(__name__)

__all__ = [
    "UNION_TRIPLES",
    "OxigraphStore",
    "mentioned_only",
    "nquads",
    "nt_term",
    "prefix_map",
    "removal_update",
    "to_rdflib_result",
]

#: N-Quads bytes written between two flushes of the on-disk store's write buffers.
FLUSH_BYTES = 8 * 1024 * 1024

#: The union graph of a store: each triple of its named graphs once (for exports).
UNION_TRIPLES = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"

_OX_FORMATS = {
    Format.TTL: ox.RdfFormat.TURTLE,
    Format.TRIG: ox.RdfFormat.TRIG,
    Format.NT: ox.RdfFormat.N_TRIPLES,
    Format.NQ: ox.RdfFormat.N_QUADS,
    Format.JSONLD: ox.RdfFormat.JSON_LD,
}


class OxigraphStore:
    """kgraph's dataset in an Oxigraph store on disk (``path``) or in memory (None).

    Use it as a context manager, or call :meth:`close`. One process at a time may open a
    store directory.

    Raises:
        GraphError: the directory cannot be opened (missing permissions, or the store is
            open in another process).
    """

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path is not None else None
        self._unflushed = 0
        try:
            if self.path is not None:
                self.path.mkdir(parents=True, exist_ok=True)
            self._store: ox.Store | None = ox.Store(str(self.path)) if self.path is not None else ox.Store()
        except (OSError, RuntimeError) as e:  # RuntimeError: RocksDB finds the database damaged
            raise GraphError(
                f"{redact(str(self.path))}: cannot open the Oxigraph store ({redact(str(e))}); check the directory is "
                "writable, no other kgraph process has it open and it is not damaged (else build it again)"
            ) from e

    # -- lifecycle -------------------------------------------------------------------

    def __enter__(self) -> OxigraphStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Flush and release the store (it cannot be used afterwards)."""
        if self._store is not None:
            try:
                self._store.flush()
            except OSError as e:  # in-memory stores have nothing to flush on some versions
                log.debug("flush: %s", e)
            self._store = None

    @property
    def store(self) -> ox.Store:
        """The underlying ``pyoxigraph.Store``.

        Raises:
            GraphError: the store was closed.
        """
        if self._store is None:
            raise GraphError("the store is closed; open it again with OxigraphStore(path)")
        return self._store

    # -- writing ---------------------------------------------------------------------

    def add_extraction(self, extraction: types.Extraction, *, include_text: bool = False) -> None:
        """Add the documents and statements of ``extraction`` (and the descriptions of
        the entities they mention). Adding the same extraction twice changes nothing.

        Raises:
            GraphError: a term cannot be written, or the store fails.
        """
        self.add_quads(graph.quads(mentioned_only(extraction), include_text=include_text))

    def add_quads(self, quads: Iterable[graph.Quad]) -> None:
        """Add rdflib quads in one transaction (serialised as N-Quads and loaded).

        Raises:
            GraphError: a term cannot be written, or the store fails.
        """
        self.add_nquads(nquads(quads).encode("utf-8"))

    def add_nquads(self, data: bytes) -> None:
        """Add N-Quads text in one transaction.

        Raises:
            GraphError: the text does not parse, or the store fails.
        """
        if not data:
            return
        try:
            self.store.load(data, format=ox.RdfFormat.N_QUADS)
            self._unflushed += len(data)
            if self._unflushed >= FLUSH_BYTES:  # keeps RocksDB's write buffers, and RSS, small
                self.store.flush()
                self._unflushed = 0
        except (OSError, SyntaxError, ValueError) as e:
            raise GraphError(f"cannot add quads to the store: {e}") from e

    def replace_documents(self, remove: Iterable[str], extraction: types.Extraction | None = None) -> None:
        """Drop the documents ``remove`` (by IRI), then add ``extraction`` if given.

        A document dropped and re-added in one call keeps its IRI; entity descriptions
        only the dropped documents mentioned are dropped (and written again if the
        extraction mentions them).

        Raises:
            GraphError: the store fails.
        """
        replace_documents(self, remove, extraction)

    def remove_document(self, doc_iri: str) -> None:
        """Drop a document: its named graph, its description in the documents graph, and
        the descriptions of entities no other document mentions any more.

        Raises:
            GraphError: the store fails.
        """
        self.replace_documents([doc_iri])

    def update(self, sparql_update: str) -> None:
        """Run a SPARQL 1.1 Update (one transaction), kgraph's prefixes bound.

        Raises:
            QueryError: the update does not parse.
            GraphError: the store fails.
        """
        try:
            self.store.update(sparql_update, prefixes=prefix_map())
        except SyntaxError as e:
            raise QueryError(f"SPARQL update failed: {e}") from e
        except OSError as e:
            raise GraphError(f"the store failed during an update: {e}") from e

    # -- reading ---------------------------------------------------------------------

    def documents(self) -> dict[str, str]:
        """Every document in the store: IRI -> sha256 of its text ("" when unknown).

        Raises:
            GraphError: the store fails.
        """
        kg = kg_namespace()
        q = (
            f"SELECT ?d ?h WHERE {{ GRAPH <{graph.documents_graph_iri()}> {{ "
            f"?d a <{kg.Document}> OPTIONAL {{ ?d <{kg.sha256}> ?h }} }} }}"
        )
        return {str(row[0].value): (row[1].value if row[1] is not None else "") for row in self.raw_query(q)}

    def sources(self) -> dict[str, str]:
        """Every document in the store: IRI -> its source (path, URL or path#line).

        Raises:
            GraphError: the store fails.
        """
        q = f"SELECT ?d ?s WHERE {{ GRAPH <{graph.documents_graph_iri()}> {{ ?d <{kg_namespace().source}> ?s }} }}"
        return {str(row[0].value): str(row[1].value) for row in self.raw_query(q)}

    def raw_query(self, sparql: str) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
        """Run a SPARQL query natively (the default graph is the union of all graphs).

        Raises:
            QueryError: the query does not parse or fails.
        """
        try:
            return self.store.query(sparql, prefixes=prefix_map(), use_default_graph_as_union=True)
        except (SyntaxError, ValueError, OSError) as e:
            raise QueryError(f"SPARQL query failed: {e}") from e

    def query(self, sparql: str) -> Result:
        """Run a SPARQL query; the answer as an rdflib ``Result``, kgraph's prefixes bound,
        the default graph the union of all graphs (no timeout: :func:`kgraph.query` is the
        guarded way to query a store).

        Raises:
            QueryError: the query does not parse or fails.
        """
        return to_rdflib_result(self.raw_query(sparql))

    def export(self, fmt: Format | str) -> str:
        """The whole store as text in ``fmt`` (ttl, nt: the union of all graphs; trig, nq,
        jsonld: the named graphs).

        Raises:
            GraphError: the format is unknown or the store fails.
        """
        try:
            fmt = Format(fmt)
        except ValueError as e:
            raise GraphError(f"unknown format {fmt!r}; use one of {', '.join(f.value for f in Format)}") from e
        ox_fmt = _OX_FORMATS[fmt]
        pre = prefix_map()
        try:
            if fmt.has_graphs:
                data = self.store.dump(format=ox_fmt, prefixes=pre if fmt is not Format.NQ else None)
                if fmt is Format.TRIG:  # and the facts in the default graph
                    data += _default_graph(self.store).encode("utf-8")
            else:  # the union graph: each triple once
                triples = self.store.query(UNION_TRIPLES)
                data = ox.serialize(triples, format=ox_fmt, prefixes=pre if fmt is Format.TTL else None)
        except (OSError, ValueError) as e:
            raise GraphError(f"cannot export the store as {fmt.value}: {e}") from e
        return data.decode("utf-8")

    def __len__(self) -> int:
        return len(self.store)


def _default_graph(store: ox.Store) -> str:
    """The default graph of a TriG or N-Quads export (see :mod:`kgraph.exports`)."""
    from kgraph.exports import default_graph_ntriples

    union = to_rdflib_result(store.query(UNION_TRIPLES)).graph
    return default_graph_ntriples(union)


# --- shared with the remote store ----------------------------------------------------


def mentioned_only(extraction: types.Extraction) -> types.Extraction:
    """``extraction`` with only the entities its statements mention (see module doc)."""
    wanted = {ref.iri for st in extraction.statements for ref in st.refs()}
    return replace(extraction, entities={iri: e for iri, e in extraction.entities.items() if iri in wanted})


def removal_update(doc_iris: Iterable[str]) -> str:
    """A SPARQL Update dropping documents: first the entity descriptions only they
    mention, then their descriptions in the documents graph, then their named graphs."""
    iris = sorted(set(doc_iris))
    if not iris:
        return ""
    kg = kg_namespace()
    ents, docs = graph.entities_graph_iri(), graph.documents_graph_iri()
    olds = [graph.document_graph_iri(d) for d in iris]
    old_values = " ".join(f"<{g}>" for g in olds)
    old_list = ", ".join(f"<{g}>" for g in olds)
    doc_values = " ".join(f"<{d}>" for d in iris)
    ops = [
        f"DELETE {{ GRAPH <{ents}> {{ ?e ?p ?o . ?a ?ap ?ao }} }} WHERE {{\n"
        f"  {{ SELECT DISTINCT ?e WHERE {{ VALUES ?old {{ {old_values} }} GRAPH ?old {{ ?m <{kg.mentionOf}> ?e }}\n"
        f"    FILTER NOT EXISTS {{ GRAPH ?g {{ ?m2 <{kg.mentionOf}> ?e }} FILTER(?g NOT IN ({old_list})) }} }} }}\n"
        f"  GRAPH <{ents}> {{ {{ ?e ?p ?o }} UNION {{ ?e <{kg.alias}> ?a . ?a ?ap ?ao }} }}\n}}",
        f"DELETE {{ GRAPH <{docs}> {{ ?d ?p ?o }} }} WHERE {{ VALUES ?d {{ {doc_values} }} GRAPH <{docs}> {{ ?d ?p ?o }} }}",
        *(f"DROP SILENT GRAPH <{g}>" for g in olds),
    ]
    return " ;\n".join(ops)


def nquads(quads: Iterable[graph.Quad]) -> str:
    """rdflib quads as N-Quads text (one line each, no blank nodes expected)."""
    return "".join(_lines(quads))


def _lines(quads: Iterable[graph.Quad]) -> Iterator[str]:
    cache: dict[URIRef, str] = {}  # IRIs recur (predicates, entities, graphs); literals rarely do
    for q in quads:
        parts = []
        for term in q:
            if type(term) is URIRef:
                text = cache.get(term)
                if text is None:
                    if len(cache) > 100_000:
                        cache.clear()
                    text = cache[term] = f"<{term}>"
            else:
                text = nt_term(term)
            parts.append(text)
        parts.append(".\n")
        yield " ".join(parts)


_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"})


def nt_term(term: object) -> str:
    """An rdflib term in N-Triples syntax (also the term syntax of SPARQL TSV results).

    Raises:
        GraphError: ``term`` is not an IRI, literal or blank node.
    """
    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, Literal):
        text = f'"{str(term).translate(_ESCAPES)}"'
        if term.language:
            return f"{text}@{term.language}"
        if term.datatype is not None:
            return f"{text}^^<{term.datatype}>"
        return text
    if isinstance(term, BNode):
        return f"_:{term}"
    raise GraphError(f"cannot write {term!r} as an RDF term")


def to_rdflib_result(answer: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples) -> Result:
    """An Oxigraph query answer as an rdflib ``Result`` (via SPARQL JSON / N-Triples)."""
    import io

    if isinstance(answer, ox.QueryTriples):
        from rdflib import Graph

        data = ox.serialize(answer, format=ox.RdfFormat.N_TRIPLES)
        result = Result("CONSTRUCT")
        result.graph = Graph().parse(data=data.decode("utf-8"), format="nt")
        return result
    data = answer.serialize(format=ox.QueryResultsFormat.JSON)
    return Result.parse(io.BytesIO(data), format="json")


def prefix_map() -> dict[str, str]:
    """kgraph's prefixes (for the current base IRI) as Oxigraph takes them."""
    return {k: str(v) for k, v in prefixes().items()}


def replace_documents(store, remove: Iterable[str], extraction: types.Extraction | None) -> None:  # noqa: ANN001
    """Drop documents with one SPARQL Update on ``store``, then add ``extraction`` if
    given: the one way both the embedded and the remote store replace documents."""
    remove = list(remove)
    if remove:
        store.update(removal_update(remove))
    if extraction is not None:
        store.add_extraction(extraction)
