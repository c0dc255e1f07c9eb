"""A store builds the same graph however it is fed: one run or one article per run,
with the resolver's memory kept in the store; removal undoes exactly what a document
added; store builds never remove; a document is the same however its path is typed.

The 20 extra articles are made here from CoNLL04 dev sentences
(``tests/data/conll04_sentences.txt``, Roth & Yih 2004), six to an article.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kgraph.incremental import update_store
from kgraph.store import OxigraphStore

from conftest import ROOT, SEEDS
from factories import RUN_TIMES

pytestmark = pytest.mark.slow

SENTENCES = ROOT / "tests" / "data" / "conll04_sentences.txt"


def quads(store: OxigraphStore) -> set[str]:
    """The store's quads as N-Quads lines (no blank nodes: equal sets are isomorphic),
    without the run times."""
    return {line for line in store.export("nq").splitlines() if line.split(" ", 2)[1] not in RUN_TIMES}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list[Path]:
    """The two sample articles, then 20 articles of six CoNLL04 sentences each."""
    root = tmp_path_factory.mktemp("corpus")
    sentences = SENTENCES.read_text(encoding="utf-8").splitlines()
    articles = root / "articles"
    articles.mkdir()
    for i in range(20):
        text = f"Report {i}\n" + " ".join(sentences[6 * i : 6 * i + 6]) + "\n"
        (articles / f"article{i:02d}.txt").write_text(text, encoding="utf-8")
    return sorted(p for p in SEEDS.iterdir() if p.suffix == ".txt") + sorted(articles.iterdir())


def test_one_article_per_run_builds_the_graph_of_one_run(tmp_path, nlp, corpus):
    with OxigraphStore(tmp_path / "one-run") as whole, OxigraphStore(tmp_path / "per-run") as fed:
        update_store(whole, corpus, nlp)
        for path in corpus:
            report = update_store(fed, [path], nlp)
            assert len(report.added) == 1 and not report.removed
        assert len(fed.documents()) == len(corpus)
        assert quads(fed) == quads(whole)


def test_remove_undoes_exactly_what_a_document_added(tmp_path, nlp, corpus):
    with OxigraphStore(tmp_path / "all") as everything, OxigraphStore(tmp_path / "fewer") as fewer:
        update_store(everything, corpus, nlp)
        update_store(fewer, corpus[:-1], nlp)
        last = update_store(everything, corpus[-1:], nlp)
        assert last.unchanged  # known, not parsed again
        gone = [iri for iri, src in everything.sources().items() if src == corpus[-1].as_posix()]
        assert len(gone) == 1
        everything.remove_document(gone[0])
        assert quads(everything) == quads(fewer)


def test_a_short_name_resolves_to_the_full_name_of_an_earlier_run(tmp_path, nlp):
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text("Russian President Vladimir Putin met Kim Jong Un in Pyongyang.\n", encoding="utf-8")
    second.write_text("Putin supplied weapons to North Korea, officials said.\n", encoding="utf-8")
    with OxigraphStore(None) as store:
        update_store(store, [first], nlp)
        update_store(store, [second], nlp)
        rows = store.query(
            "SELECT DISTINCT ?label WHERE { ?st rdf:subject ?e . ?e a kg:Person ; skos:prefLabel ?label }"
        )
        labels = {str(r[0]) for r in rows}
    assert "Vladimir Putin" in labels and "Putin" not in labels


def test_store_builds_add_and_update_but_remove_only_with_prune(tmp_path, nlp):
    corpus = tmp_path / "news"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Russia supplied missiles to North Korea.\n", encoding="utf-8")
    (corpus / "b.txt").write_text("Kim Jong Un met Vladimir Putin in Moscow.\n", encoding="utf-8")
    dropped: list[str] = []
    with OxigraphStore(tmp_path / "db") as store:
        update_store(store, [corpus], nlp)
        alone = update_store(store, [corpus / "a.txt"], nlp)
        assert not alone.removed and len(store.documents()) == 2
        synced = update_store(store, [corpus / "a.txt"], nlp, prune=True, on_drop=lambda iri, src: dropped.append(src))
        assert len(synced.removed) == 1 and len(store.documents()) == 1
    assert dropped == [(corpus / "b.txt").as_posix()]


def test_a_document_is_the_same_however_its_path_is_typed(tmp_path, nlp, monkeypatch):
    corpus = tmp_path / "s"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Russia supplied missiles to North Korea.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    with OxigraphStore(tmp_path / "db") as store:
        first = update_store(store, ["s"], nlp)
        again = update_store(store, [os.fspath(corpus.resolve())], nlp)
        also = update_store(store, ["./s/../s/a.txt"], nlp)
    assert len(first.added) == 1
    assert len(again.unchanged) == 1 and not again.added
    assert len(also.unchanged) == 1 and not also.added
