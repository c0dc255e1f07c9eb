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
from factories import canonical_graph, everything_extraction, sample_extraction

pytestmark = pytest.mark.slow


def _graphs(path) -> dict[str, Graph]:
    ds = Dataset()
    ds.parse(path, format="trig")
    return {str(g.identifier): g for g in ds.graphs() if len(g)}


def _same_files(directory, extraction: Extraction) -> None:
    rdflib_ds = graph.build_dataset(extraction)
    ttl = Graph().parse(data=graph.serialize(rdflib_ds, graph.Format.TTL), format="turtle")
    assert isomorphic(canonical_graph(Graph().parse(directory / "graph.ttl", format="turtle")), canonical_graph(ttl))
    expected_trig = Dataset()  # the named graphs, and the facts and names in the default graph
    expected_trig.parse(data=graph.serialize(rdflib_ds, graph.Format.TRIG), format="trig")
    expected = {str(g.identifier): g for g in expected_trig.graphs() if len(g)}
    written = _graphs(directory / "graph.trig")
    assert written.keys() == expected.keys()
    for name, g in expected.items():
        assert isomorphic(canonical_graph(written[name]), canonical_graph(g)), name


def test_build_files_are_isomorphic_to_the_rdflib_serialisation(tmp_path, nlp):
    result = build_mod.build([SEEDS], tmp_path / "out")
    assert result.conforms
    _same_files(tmp_path / "out", result.extraction)


@pytest.mark.parametrize("chunks", [1, 2, 3])
@pytest.mark.parametrize("whole", [sample_extraction(), everything_extraction()], ids=["sample", "everything"])
def test_chunked_extraction_gives_the_files_of_the_whole(tmp_path, chunks, whole):
    """Every relation, status, class, qualifier, datatype and escaped text (there are no
    language tags and no blank nodes in kgraph's graph)."""
    docs = whole.documents
    with GraphFiles(tmp_path) as files:
        for i in range(chunks):
            part = {d.iri for d in docs[i::chunks]}
            files.add(Extraction(
                documents=tuple(d for d in docs if d.iri in part),
                statements=tuple(s for s in whole.statements if s.doc_iri in part),
                resolutions={k: r for k, r in whole.resolutions.items() if k in part},
                started=whole.started, ended=whole.ended,
            ), validate=False)  # fmt: skip
        files.add(Extraction(documents=(), entities=whole.entities))
    _same_files(tmp_path, whole)


@pytest.mark.parametrize("whole, conforms", [(sample_extraction(), True), (everything_extraction(), False)],
                         ids=["sample", "plain-string-times"])  # fmt: skip
def test_chunks_are_checked_against_the_shapes(tmp_path, whole, conforms):
    with GraphFiles(tmp_path) as files:
        files.add(whole)
    assert files.conforms is conforms
