"""Graph files written by Oxigraph from streamed chunks are those of the rdflib path."""

from __future__ import annotations

import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from kgraph import build as build_mod
from kgraph import graph
from kgraph.graphfiles import GraphFiles
from kgraph.types import Extraction

from conftest import SEEDS
from factories import canonical_graph, sample_extraction

pytestmark = pytest.mark.slow


def _graphs(path) -> dict[str, Graph]:
    ds = Dataset()
    ds.parse(path, format="trig")
    return {str(g.identifier): g for g in ds.graphs() if len(g)}


def _same_files(directory, extraction: Extraction) -> None:
    rdflib_ds = graph.build_dataset(extraction)
    ttl = Graph().parse(data=graph.serialize(rdflib_ds, graph.Format.TTL), format="turtle")
    assert isomorphic(canonical_graph(Graph().parse(directory / "graph.ttl", format="turtle")), canonical_graph(ttl))
    expected = {str(g.identifier): g for g in rdflib_ds.graphs() if len(g)}
    written = _graphs(directory / "graph.trig")
    assert written.keys() == expected.keys()
    for name, g in expected.items():
        assert isomorphic(canonical_graph(written[name]), canonical_graph(g)), name


def test_build_files_are_isomorphic_to_the_rdflib_serialisation(tmp_path, nlp):
    result = build_mod.build([SEEDS], tmp_path / "out")
    assert result.conforms
    _same_files(tmp_path / "out", result.extraction)


@pytest.mark.parametrize("chunks", [1, 2, 3])
def test_chunked_extraction_gives_the_files_of_the_whole(tmp_path, chunks):
    whole = sample_extraction()
    docs = whole.documents
    with GraphFiles(tmp_path) as files:
        for i in range(chunks):
            part = {d.iri for d in docs[i::chunks]}
            files.add(Extraction(
                documents=tuple(d for d in docs if d.iri in part),
                statements=tuple(s for s in whole.statements if s.doc_iri in part),
            ))  # fmt: skip
        files.add(Extraction(documents=(), entities=whole.entities))
    _same_files(tmp_path, whole)
