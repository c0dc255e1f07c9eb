"""``graph.ttl`` and ``graph.trig`` of any size, streamed through Oxigraph's serializers.

:class:`GraphFiles` takes an extraction in chunks (documents with their statements, as
extraction streams them, then the final entity descriptions), checks each chunk against
the SHACL shapes (:mod:`kgraph.shacl`), and appends it to both files at once. The quads
come from :func:`kgraph.graphshape.parts` -- the code that also builds the rdflib dataset
-- as N-Triples text, never as rdflib terms; Oxigraph parses them and writes them as TriG
(the named graphs, and in its default graph the facts and the entities' names:
:func:`kgraph.graphshape.default_graph`) and Turtle (their union). Nothing holds the
graph, so memory stays flat in corpus size, and writing takes a twentieth of the time
of rdflib's ``build_dataset`` + ``serialize``. The files are isomorphic to those of
``graph.serialize(graph.build_dataset(x), ...)`` (decimals in canonical form: "150"
where rdflib writes "150.0").

Each quad is written once. A statement node (and its evidence, mentions, quantity and
time) lives in one document graph and comes in one chunk; only the other quads can
recur -- entity and document descriptions written again with more aliases, the plain
fact of a statement asserted by several documents, the extractor's activity -- and only
those are remembered, so the memory they take grows with the number of entities and
facts, not of statements. A graph or a subject may so appear in several blocks of a
file, which Turtle and TriG allow.
"""

from __future__ import annotations

import logging
from itertools import chain
from pathlib import Path
from typing import IO

import pyoxigraph as ox

from rdflib import Graph

from kgraph import graph, graphshape, shacl, types
from kgraph.errors import GraphError
from kgraph.graphshape import NTRIPLES, vocabulary
from kgraph.store import prefix_map

log = logging.getLogger(__name__)

__all__ = ["GraphFiles"]


class GraphFiles:
    """Writes ``graph.ttl`` and ``graph.trig`` into ``directory`` chunk by chunk.

    Use it as a context manager (the files are closed on exit); ``conforms`` says
    whether every chunk conformed to the SHACL shapes.

    Raises:
        GraphError: a file cannot be created.
    """

    def __init__(self, directory: Path) -> None:
        self.conforms = True
        self._prefixes = prefix_map()
        self._seen_quads: set[str] = set()
        self._seen_triples: set[str] = set()
        self._seen_default: set[str] = set()
        self._files: list[IO[bytes]] = []
        try:
            self._trig = self._open(Path(directory) / "graph.trig")
            self._ttl = self._open(Path(directory) / "graph.ttl")
        except OSError as e:
            self.close()
            raise GraphError(f"{directory}: cannot create the graph files: {e.strerror or e}") from e

    def _open(self, path: Path) -> IO[bytes]:
        f = path.open("wb")
        self._files.append(f)
        return f

    def __enter__(self) -> GraphFiles:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the files (what was added is written)."""
        for f in self._files:
            f.close()
        self._files = []

    def add(self, extraction: types.Extraction, *, validate: bool = True) -> None:
        """Append the quads of ``extraction`` (a chunk of documents and their
        statements, or the final entities) to both files, after checking them against
        the SHACL shapes unless ``validate`` is false.

        Raises:
            GraphError: an IRI, Wikidata id, relation, status or number cannot be
                written, or a file cannot be written.
        """
        v = vocabulary(NTRIPLES)
        shared, once = graphshape.parts(extraction, v)
        named, union, triples = [], [], []
        seen_quads, seen_triples = self._seen_quads, self._seen_triples
        for s, p, o, g in shared:
            triple = f"{s} {p} {o}"
            triples.append((s, p, o))
            line = f"{triple} {g} .\n"
            if line not in seen_quads:
                seen_quads.add(line)
                named.append(line)
            if triple not in seen_triples:
                seen_triples.add(triple)
                union.append(triple + " .\n")
        for s, p, o, g in once:  # a statement node is in one graph and one chunk only
            triple = f"{s} {p} {o}"
            named.append(f"{triple} {g} .\n")
            union.append(triple + " .\n")
        if validate and (triples or named):  # every triple of the chunk, some twice
            every = chain((f"{s} {p} {o} .\n" for s, p, o in triples), union)
            self._validate(extraction, "".join(every).encode("utf-8"))
        default = sorted(line for line in (f"{s} {p} {o} .\n" for s, p, o in graphshape.default_graph(triples, v))
                         if line not in self._seen_default)  # fmt: skip
        self._seen_default.update(default)
        try:
            if default:  # triples outside a graph block: TriG's default graph
                self._trig.write("".join(default).encode("utf-8"))
            if named:
                data = "".join(named).encode("utf-8")
                ox.serialize(ox.parse(data, format=ox.RdfFormat.N_QUADS), self._trig,
                             format=ox.RdfFormat.TRIG, prefixes=self._prefixes)  # fmt: skip
            if union:
                data = "".join(union).encode("utf-8")
                ox.serialize(ox.parse(data, format=ox.RdfFormat.N_TRIPLES), self._ttl,
                             format=ox.RdfFormat.TURTLE, prefixes=self._prefixes)  # fmt: skip
        except (OSError, SyntaxError, ValueError) as e:
            raise GraphError(f"cannot write the graph files: {e}") from e

    def _validate(self, extraction: types.Extraction, ntriples: bytes) -> None:
        """Check the chunk ``extraction`` (also given as N-Triples) against the SHACL shapes."""
        data = Graph()
        data.addN((s, p, o, data) for s, p, o, _ in graph.quads(extraction))
        report = shacl.validate(data, ntriples=ntriples)
        if not report.conforms:
            self.conforms = False
            log.warning("the graph does not conform to the SHACL shapes:\n%s", report.text[:4000])
