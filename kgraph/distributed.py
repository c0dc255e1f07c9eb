"""Parsing on a Dask cluster, for corpora beyond one machine.

Each Dask worker loads the spaCy pipeline once (``load_pipeline`` is cached per
process) and parses batches of texts into ``DocBin`` bytes; the client streams the
parsed docs back in document order, with a bounded number of batches in flight, and
runs resolution and the rules locally, where the canonical entities live.
"""

from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc, DocBin

from kgraph.errors import KgraphError
from kgraph.nlp.furniture import masked
from kgraph.types import Document

log = logging.getLogger(__name__)

#: Seconds a batch may wait on a cluster without a worker before the build fails.
LOST_AFTER = 60.0
#: Seconds between two looks at the cluster while a batch is parsed.
POLL = 2.0


def parse_batch(texts: list[str], model: str | None) -> bytes:
    """Parse ``texts`` (of any length) with kgraph's pipeline on a worker; return a
    serialised DocBin."""
    from kgraph.nlp.chunking import parse_texts
    from kgraph.nlp.pipeline import load_pipeline

    nlp = load_pipeline(model)
    bin_ = DocBin(store_user_data=True)  # with the headlines parsed in sentence case (kgraph.nlp.headlines)
    for doc in parse_texts(nlp, texts):
        bin_.add(doc)
    return bin_.to_bytes()


def connect(scheduler: str, timeout: float = 10.0):  # noqa: ANN201 - distributed.Client
    """A Dask client for ``scheduler`` (``tcp://HOST:PORT``).

    Raises:
        KgraphError: distributed is not installed, ``scheduler`` is no address, or the
            scheduler cannot be reached.
    """
    try:
        from distributed import Client
    except ImportError:
        raise KgraphError("--scheduler needs Dask: pip install 'kgraph[scale]'") from None
    if "://" not in scheduler or not scheduler.rpartition(":")[2].isdigit():
        raise KgraphError(f"--scheduler {scheduler!r} is not an address; give tcp://HOST:PORT of a Dask scheduler")
    try:
        return Client(scheduler, timeout=timeout)
    except (OSError, TimeoutError, ValueError) as exc:
        raise KgraphError(f"cannot reach the Dask scheduler at {scheduler}: {exc}; start one with `dask scheduler`") from None


def parse_on_cluster(
    documents: Iterable[Document],
    nlp: Language,
    client,  # noqa: ANN001 - distributed.Client
    *,
    model: str | None = None,
    batch_size: int = 32,
    in_flight: int | None = None,
    grace: float = LOST_AFTER,
) -> Iterator[tuple[Document, Doc]]:
    """Yield ``(document, parsed doc)`` in input order, parsed by the cluster's workers.

    ``nlp`` (the same model, loaded locally) gives the vocabulary to read the docs back.

    Raises:
        KgraphError: the cluster has had no worker (or the scheduler is gone) for
            ``grace`` seconds while a batch waited.
    """
    workers = max(1, len(client.scheduler_info().get("workers", {})))
    window = in_flight or 2 * workers
    docs = iter(documents)
    pending: deque[tuple[list[Document], object]] = deque()

    def submit() -> bool:
        batch = list(islice(docs, batch_size))
        if not batch:
            return False
        future = client.submit(parse_batch, [masked(d.text) for d in batch], model, pure=False)
        pending.append((batch, future))
        return True

    while len(pending) < window and submit():
        pass
    while pending:
        batch, future = pending.popleft()
        parsed = list(DocBin().from_bytes(_result(client, future, grace)).get_docs(nlp.vocab))
        submit()
        yield from zip(batch, parsed, strict=True)


def _result(client, future, grace: float) -> bytes:  # noqa: ANN001 - distributed objects
    """The future's result; an error once the cluster has had no worker for ``grace`` s."""
    lost_since: float | None = None
    while True:
        try:
            return future.result(timeout=POLL)
        except TimeoutError:
            pass
        if _workers(client):
            lost_since = None
            continue
        lost_since = lost_since if lost_since is not None else time.monotonic()
        if time.monotonic() - lost_since >= grace:
            raise KgraphError(
                f"the Dask cluster has had no worker for {grace:.0f} s (scheduler {client.scheduler.address}); "
                "start workers with `dask worker SCHEDULER`, or build without --scheduler"
            )


def _workers(client) -> int:  # noqa: ANN001 - distributed.Client
    """How many workers the scheduler last reported (0 when the client lost it)."""
    if client.status != "running":
        return 0
    try:
        return len(client.scheduler_info().get("workers", {}))
    except (OSError, TimeoutError):
        return 0
