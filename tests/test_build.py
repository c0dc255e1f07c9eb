"""Outputs are staged and moved in at the end: a build that fails halfway leaves the
previous ones, and files kgraph did not write stay."""

from __future__ import annotations

import pytest

from kgraph import build as build_mod
from kgraph.types import Status

from conftest import SEEDS

pytestmark = pytest.mark.slow


def test_failed_build_leaves_previous_outputs_intact(tmp_path, nlp, monkeypatch):
    out = tmp_path / "out"
    build_mod.build([SEEDS], out)
    before = {p.name: p.read_bytes() for p in out.iterdir()}

    def boom(*args, **kwargs):
        raise KeyboardInterrupt  # killed while writing the HTML

    monkeypatch.setattr(build_mod, "render_html", boom)
    with pytest.raises(KeyboardInterrupt):
        build_mod.build([SEEDS], out)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out.")]


def test_build_keeps_files_it_did_not_write(tmp_path, nlp):
    out = tmp_path / "out"
    out.mkdir()
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    build_mod.build([SEEDS], out)
    build_mod.build([SEEDS], out)
    assert (out / "notes.txt").read_text(encoding="utf-8") == "mine"
    assert sorted(p.name for p in out.iterdir()) == sorted([*build_mod.OUTPUT_FILES, "notes.txt"])


def test_negated_statement_is_not_a_plain_triple(tmp_path, nlp):
    from rdflib import URIRef

    from kgraph import graph
    from kgraph.iri import ontology_iri

    result = build_mod.build([SEEDS], tmp_path / "out")
    ds = graph.load(tmp_path / "out" / "graph.trig")
    union = graph.union_graph(ds)
    negated = [s for s in result.extraction.statements if s.status is Status.NEGATED]
    asserted = [s for s in result.extraction.statements if s.status is Status.ASSERTED]
    assert negated and asserted
    for s in negated:
        if not any(o.key == s.key and o.status is Status.ASSERTED for o in result.extraction.statements):
            assert (URIRef(s.subject.iri), URIRef(ontology_iri() + s.relation), URIRef(s.object.iri)) not in union
    for s in asserted:
        assert (URIRef(s.subject.iri), URIRef(ontology_iri() + s.relation), URIRef(s.object.iri)) in union
