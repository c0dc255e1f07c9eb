"""kgraph.workers: texts parsed in forked processes come back in order; a worker's error
or death is an error in the parent, never a hang."""

from __future__ import annotations

import multiprocessing
import os
import signal

import pytest
import spacy
from spacy.language import Language

from kgraph.errors import WorkerError
from kgraph.workers import _batches, pipe_in_processes


@Language.component("test_workers_fail")
def _fail(doc):  # noqa: ANN001, ANN202
    if doc.text == "fail":
        raise ValueError("this text fails")
    if doc.text == "die":
        os.kill(os.getpid(), signal.SIGKILL)
    return doc


def _blank() -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("test_workers_fail")
    return nlp


@pytest.mark.parametrize(
    ("n_texts", "batch_size", "n_process", "in_flight"),
    [(0, 2, 2, None), (1, 2, 2, None), (17, 1, 2, None), (40, 3, 2, 1), (40, 4, 3, 10)],
)
def test_docs_come_back_in_order(n_texts: int, batch_size: int, n_process: int, in_flight: int | None) -> None:
    texts = [f"text number {i} " + "word " * (i % 7) for i in range(n_texts)]
    docs = list(pipe_in_processes(_blank(), texts, n_process=n_process, batch_size=batch_size, in_flight=in_flight))
    assert [d.text for d in docs] == texts


@pytest.mark.parametrize(
    ("n_texts", "batch_size", "n_process", "sizes"),
    [
        (0, 4, 2, []),
        (3, 4, 2, [1, 1, 1]),  # the end in sight at once: every process gets a share
        (10, 4, 2, [3, 2, 2, 1, 1, 1]),
        (40, 4, 2, [4, 4, 4, 4, 4, 4, 4, 3, 3, 2, 1, 1, 1, 1]),  # whole batches until the end is read ahead
        (100, 16, 2, [16, 16, 16, 13, 10, 8, 6, 4, 3, 2, 2, 1, 1, 1, 1]),
        (12, 4, 1, [4, 4, 2, 1, 1]),
    ],
)
def test_batches_shrink_at_the_end(n_texts: int, batch_size: int, n_process: int, sizes: list[int]) -> None:
    texts = [str(i) for i in range(n_texts)]
    batches = list(_batches(texts, batch_size, n_process))
    assert [len(b) for b in batches] == sizes
    assert [t for b in batches for t in b] == texts


@pytest.mark.parametrize(("bad", "message"), [("fail", "this text fails"), ("die", "died")])
def test_a_failing_worker_is_an_error(bad: str, message: str) -> None:
    texts = ["fine"] * 5 + [bad] + ["fine"] * 5
    with pytest.raises(WorkerError, match=message):
        list(pipe_in_processes(_blank(), texts, n_process=2, batch_size=2))


def test_reader_stopping_early_ends_the_workers() -> None:
    docs = pipe_in_processes(_blank(), (f"text {i}" for i in range(1000)), n_process=2, batch_size=2)
    assert next(docs).text == "text 0"
    docs.close()
    assert not [p for p in multiprocessing.active_children() if p.is_alive()]
