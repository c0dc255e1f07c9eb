"""The embedded Oxigraph store and incremental builds into it."""

from __future__ import annotations

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kgraph import graph
from kgraph.errors import GraphError, QueryError
from kgraph.extract import iter_statements
from kgraph.incremental import update_store
from kgraph.resolve import Resolver
from kgraph.namespaces import kg_namespace
from kgraph.store import OxigraphStore, mentioned_only, nquads
from kgraph.types import Extraction
from tests.factories import RUN_TIMES, canonical_term, sample_extraction

KG = kg_namespace()


def quad_set(store: OxigraphStore) -> set[tuple]:
    ds = Dataset()
    ds.parse(data=store.export("nq"), format="nquads")
    return {
        (s, p, canonical_term(o), g.identifier if hasattr(g, "identifier") else g)
        for s, p, o, g in ds.quads((None, None, None, None))
        if p.n3() not in RUN_TIMES
    }


def expected_quads(extraction: Extraction) -> set[tuple]:
    return {(s, p, canonical_term(o), g) for s, p, o, g in graph.quads(mentioned_only(extraction))}


# --- the store itself (no spaCy) ------------------------------------------------------


def test_add_extraction_holds_exactly_the_quads_of_graph_quads(tmp_path):
    ex = sample_extraction()
    with OxigraphStore(tmp_path / "db") as store:
        store.add_extraction(ex)
        assert quad_set(store) == expected_quads(ex)
        store.add_extraction(ex)  # idempotent
        assert quad_set(store) == expected_quads(ex)
        assert store.documents() == {d.iri: d.sha256 for d in ex.documents}


def test_nquads_escapes_literals_so_oxigraph_reads_them_back():
    g = URIRef("http://example.org/g")
    tricky = Literal('a "quoted"\nline\\with\r\tstuff é 🚀')
    text = nquads([(URIRef("http://example.org/s"), URIRef("http://example.org/p"), tricky, g)])
    ds = Dataset()
    ds.parse(data=text, format="nquads")
    assert [o for _, _, o, _ in ds.quads((None, None, None, None))] == [tricky]


def test_store_persists_across_reopen(tmp_path):
    ex = sample_extraction()
    with OxigraphStore(tmp_path / "db") as store:
        store.add_extraction(ex)
        n = len(store)
    with OxigraphStore(tmp_path / "db") as store:
        assert len(store) == n > 0


def test_query_returns_rdflib_results_over_the_union_graph(tmp_path):
    ex = sample_extraction()
    with OxigraphStore(None) as store:
        store.add_extraction(ex)
        rows = list(store.query("SELECT ?s WHERE { ?s a kg:Statement }"))
        assert len(rows) == len({graph.statement_node(s) for s in ex.statements})
        assert store.query("ASK { ?d a kg:Document }").askAnswer is True
        g = store.query("CONSTRUCT { ?d kg:source ?s } WHERE { ?d kg:source ?s }").graph
        assert {str(o) for o in g.objects()} == {d.source for d in ex.documents}
        with pytest.raises(QueryError):
            store.query("SELECT WHERE {")


def test_export_formats_parse_and_agree(tmp_path):
    ex = sample_extraction()
    with OxigraphStore(None) as store:
        store.add_extraction(ex)
        trig = Dataset()
        trig.parse(data=store.export("trig"), format="trig")
        nq = Dataset()
        nq.parse(data=store.export("nq"), format="nquads")
        default = trig.default_graph.identifier  # TriG's default graph repeats the facts (test_exports)
        assert {q for q in trig.quads() if q[3] != default} == set(nq.quads()) and len(nq) > 0
        ttl = Graph().parse(data=store.export("ttl"), format="turtle")
        assert {(s, p, canonical_term(o)) for s, p, o in ttl} == {(s, p, o) for s, p, o, _ in expected_quads(ex)}
        assert "@prefix kg:" in store.export("ttl")
        with pytest.raises(GraphError):
            store.export("xml")


def test_remove_document_drops_its_graph_and_entities_only_it_mentions():
    ex = sample_extraction()
    doc_a, doc_b = ex.documents[0], ex.documents[1]
    with OxigraphStore(None) as store:
        store.add_extraction(ex)
        store.remove_document(doc_a.iri)
        rest = Extraction(
            documents=(doc_b,),
            entities=ex.entities,
            statements=tuple(s for s in ex.statements if s.doc_iri == doc_b.iri),
        )
        assert quad_set(store) == expected_quads(rest)
        assert set(store.documents()) == {doc_b.iri}
        store.remove_document(doc_b.iri)
        assert len(store) == 0


def test_closed_store_and_locked_directory_raise_graph_error(tmp_path):
    store = OxigraphStore(tmp_path / "db")
    with pytest.raises(GraphError):
        OxigraphStore(tmp_path / "db")  # one process at a time
    store.close()
    with pytest.raises(GraphError, match="closed"):
        store.documents()


# --- incremental builds (spaCy) -------------------------------------------------------

ARTICLES = {
    "a.txt": "Russia supplied missiles to North Korea in March.\nVladimir Putin visited Pyongyang.\n",
    "b.txt": "Ukraine said Russian troops attacked Kharkiv.\nThe United States supports Ukraine.\n",
    "c.txt": "Kim Jong Un met Vladimir Putin in Moscow.\nChina criticized the United States.\n",
}


def write_corpus(root, articles):
    root.mkdir(exist_ok=True)
    for name, text in articles.items():
        (root / name).write_text(text, encoding="utf-8")
    return root


@pytest.mark.slow
def test_update_is_idempotent_and_replaces_and_prunes(tmp_path, nlp):
    corpus = write_corpus(tmp_path / "corpus", ARTICLES)
    with OxigraphStore(tmp_path / "db") as store:
        first = update_store(store, [corpus], nlp)
        assert (len(first.added), len(first.changed), len(first.unchanged)) == (3, 0, 0)
        assert first.statements > 0
        before = quad_set(store)
        before_trig, hashes = store.export("trig"), store.documents()

        again = update_store(store, [corpus], nlp)
        assert (len(again.added), len(again.changed), len(again.unchanged), len(again.removed)) == (0, 0, 3, 0)
        after = quad_set(store)
        assert after == before
        a, b = Dataset(), Dataset()
        a.parse(data=before_trig, format="trig")
        b.parse(data=store.export("trig"), format="trig")
        assert set(a.quads()) == set(b.quads()) and len(set(a.quads())) > 0  # no blank nodes: equal sets
        union = lambda ds: {(s, p, o) for s, p, o, _ in ds.quads()}  # noqa: E731
        assert isomorphic(Graph().__iadd__(union(a)), Graph().__iadd__(union(b)))

        # a changed document replaces its old statements
        (corpus / "b.txt").write_text("Germany supplied tanks to Ukraine.\n", encoding="utf-8")
        changed = update_store(store, [corpus], nlp)
        assert len(changed.changed) == 1 and len(changed.unchanged) == 2
        b_iri = changed.changed[0]
        g = URIRef(graph.document_graph_iri(b_iri))
        sentences = {str(o) for s, p, o, gg in quad_set(store) if gg == g and p == KG.sentence}
        assert sentences and all("Germany" in s for s in sentences)
        assert store.documents()[b_iri] != hashes[b_iri] and len(store.documents()) == 3

        # the changed store equals a fresh build of the same sources
        with OxigraphStore(tmp_path / "fresh") as fresh:
            update_store(fresh, [corpus], nlp)
            fresh_quads = quad_set(fresh)
        current = quad_set(store)
        assert {q for q in current if q[1] != KG.alias and q[2] != KG.Alias} >= {
            q for q in fresh_quads if q[1] != KG.alias and q[2] != KG.Alias
        }
        statements_graphs = lambda qs: {q for q in qs if q[3] not in (graph.entities_graph_iri(),)}  # noqa: E731
        assert statements_graphs(current) == statements_graphs(fresh_quads)

        # a deleted file is pruned, with the entities only it mentioned
        (corpus / "c.txt").unlink()
        kept = update_store(store, [corpus], nlp)  # a store build adds and updates, never removes
        assert not kept.removed and len(store.documents()) == 3
        pruned = update_store(store, [corpus], nlp, prune=True)
        assert len(pruned.removed) == 1 and len(store.documents()) == 2
        mentioned = {o for _, p, o, _ in quad_set(store) if p == KG.mentionOf}
        described = {s for s, p, o, gg in quad_set(store) if gg == graph.entities_graph_iri() and p == SKOS_PREF}
        assert described == mentioned


@pytest.mark.slow
def test_parallel_parsing_gives_the_same_graph(tmp_path, nlp):
    corpus = write_corpus(tmp_path / "corpus", ARTICLES)
    with OxigraphStore(None) as one, OxigraphStore(None) as two:
        update_store(one, [corpus], nlp, workers=1)
        update_store(two, [corpus], nlp, workers=2, batch_size=1)
        assert quad_set(one) == quad_set(two)


@pytest.mark.slow
def test_statements_stream_lazily(nlp):
    from tests.factories import make_document

    pulled = []

    def docs():
        for i in range(5):
            pulled.append(i)
            yield make_document(f"mem/{i}.txt", f"Russia supplied missiles to country number {i}.")

    stream = iter_statements(docs(), nlp, resolver=Resolver(), batch_size=2)
    first_doc, first_statements = next(stream)
    assert first_doc.source == "mem/0.txt" and first_statements
    assert len(pulled) < 5


SKOS_PREF = URIRef("http://www.w3.org/2004/02/skos/core#prefLabel")


class _FailingStore:
    """Knows no documents and fails on the first write."""

    def __init__(self):
        self.calls = 0

    def documents(self):
        return {}

    def query(self, sparql):
        return []

    def replace_documents(self, remove, extraction=None):
        self.calls += 1
        raise GraphError("disk full")


@pytest.mark.slow
def test_a_failing_store_write_surfaces_as_graph_error(tmp_path, nlp):
    corpus = write_corpus(tmp_path / "corpus", ARTICLES)
    store = _FailingStore()
    with pytest.raises(GraphError, match="disk full"):
        update_store(store, [corpus], nlp, chunk_size=1)
    assert store.calls == 1  # nothing more is written after a failure
