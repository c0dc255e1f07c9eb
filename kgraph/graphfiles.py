"""``graph.ttl`` and ``graph.trig`` of any size, written by Oxigraph's serializers.

:class:`GraphFiles` takes an extraction in chunks (documents with their statements, as
extraction streams them), loads each chunk's quads (:func:`kgraph.graph.quads`) into a
temporary on-disk Oxigraph store and checks it against the SHACL shapes; at the end the
final entity descriptions (every alias the run merged) are added and the two files are
written from the store. Nothing holds the whole graph in Python, so memory stays flat
in corpus size, and Oxigraph writes Turtle tens of times faster than rdflib. The files
are isomorphic to those of ``graph.serialize(graph.build_dataset(extraction), ...)``.

The Turtle file holds the union of the named graphs, each triple once: a triple can
only recur across document graphs when it is not about a statement node (the plain
fact of an asserted statement, the extractor's activity), and only those are tracked.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox

from kgraph import graph, types
from kgraph.atomic import atomic_writer
from kgraph.errors import GraphError
from kgraph.iri import base_iri
from kgraph.store import OxigraphStore, prefix_map

log = logging.getLogger(__name__)

__all__ = ["GraphFiles"]


class GraphFiles:
    """Collects an extraction chunk by chunk; writes ``graph.ttl`` and ``graph.trig``.

    Use it as a context manager: the temporary store (a directory beside the outputs,
    ``work_dir``) is removed on exit.

    Raises:
        GraphError: the temporary store cannot be created or written.
    """

    def __init__(self, work_dir: Path) -> None:
        self._dir = Path(tempfile.mkdtemp(prefix=".kgraph-store-", dir=work_dir))
        self.store = OxigraphStore(self._dir)
        self.conforms = True

    def __enter__(self) -> GraphFiles:
        return self

    def __exit__(self, *exc: object) -> None:
        self.store.close()
        shutil.rmtree(self._dir, ignore_errors=True)

    def add(self, extraction: types.Extraction, *, validate: bool = True) -> None:
        """Load the quads of ``extraction`` (a chunk of documents and their statements,
        or the final entities) and check them against the SHACL shapes.

        Raises:
            GraphError: an IRI, Wikidata id, relation, status or number cannot be written,
                or the store fails.
        """
        quads = list(graph.quads(extraction))
        self.store.add_quads(quads)
        if validate and quads:
            ds = graph.build_dataset(types.Extraction(documents=()))
            ds.addN(quads)
            conforms, report = graph.validate(ds)
            if not conforms:
                self.conforms = False
                log.warning("the graph does not conform to the SHACL shapes:\n%s", report[:4000])

    def write(self, directory: Path) -> None:
        """Write ``graph.ttl`` (the union graph) and ``graph.trig`` (the named graphs)
        into ``directory``, each atomically.

        Raises:
            GraphError: a file cannot be written or the store fails.
        """
        prefixes = prefix_map()
        try:
            with atomic_writer(directory / "graph.trig", binary=True) as f:
                self.store.store.dump(f, format=ox.RdfFormat.TRIG, prefixes=prefixes)
            with atomic_writer(directory / "graph.ttl", binary=True) as f:
                ox.serialize(self._union(), f, format=ox.RdfFormat.TURTLE, prefixes=prefixes)
        except (OSError, ValueError) as e:
            raise GraphError(f"{directory}: cannot write the graph files: {e}") from e

    def _union(self) -> Iterator[ox.Triple]:
        statements = f"{base_iri()}id/statement/"
        shared = (str(graph.entities_graph_iri()), str(graph.documents_graph_iri()))
        seen: set[ox.Triple] = set()
        for quad in self.store.store.quads_for_pattern(None, None, None, None):
            triple = quad.triple
            if quad.graph_name.value in shared or quad.subject.value.startswith(statements):
                yield triple  # in one graph only: statement nodes, entities, documents
            elif triple not in seen:
                seen.add(triple)
                yield triple
