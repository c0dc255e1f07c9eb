"""Incremental, idempotent builds into a store, with parallel parsing.

A document is known by its IRI -- minted from its file's resolved path (so ``build s``
and ``build $PWD/s`` name the same documents), or its URL -- and the sha256 of its text.
On each :func:`update_store`:

* a document whose hash the store already has is skipped without being parsed -- this is
  what makes rebuilding an unchanged corpus cheap;
* a changed document's old named graph and description are replaced by new ones;
* a new document is added;
* nothing else is removed, unless ``prune`` (the CLI's ``build --sync``) asks to remove
  the documents in the store that the sources no longer yield (unless reading their file
  failed this time); ``on_drop`` hears of each before it goes.

The resolver's memory lives in the store: each document keeps what resolving it taught
(``kg:resolution``, see :class:`kgraph.types.Resolution`), and a run that has something
to parse first reads back what every stored document taught. So a short name, an
acronym or an alias met in an earlier run resolves as it would in one run over all the
documents: building articles one per run gives the graph of one build of them all (in
the same order). Names merged into an entity live in the graph of each document that
merged them, so removing a document removes exactly what it added (a changed document's
old teaching stays known until the end of the run that replaces it).

Entity descriptions follow :mod:`kgraph.store`: one stays while any document graph
mentions it. Documents are read and parsed lazily (never listed) and written in chunks,
each chunk one removal plus one transactional load.
"""

from __future__ import annotations

import datetime as dt
import logging
import queue
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from itertools import chain
from pathlib import Path
from typing import Protocol

from spacy.language import Language

from kgraph.errors import InputError
from kgraph.extract import iter_statements
from kgraph.gazetteer import Gazetteer
from kgraph.graph import documents_graph_iri
from kgraph.iri import document_iri
from kgraph.namespaces import kg_namespace
from kgraph.nlp.pipeline import load_pipeline
from kgraph.read import read_sources
from kgraph.remote import RemoteStore, is_remote
from kgraph.resolve import Resolver
from kgraph.store import OxigraphStore
from kgraph.storedir import check_store_dir
from kgraph.types import Document, Extraction, Resolution, Statement

log = logging.getLogger(__name__)

__all__ = ["DocumentStore", "open_store", "UpdateReport", "update_store"]


class DocumentStore(Protocol):
    """What :func:`update_store` needs of a store (embedded or remote)."""

    def documents(self) -> dict[str, str]: ...

    def replace_documents(self, remove: Iterable[str], extraction: Extraction | None = None) -> None: ...

    def query(self, sparql: str) -> Iterable: ...


@dataclass
class UpdateReport:
    """What one :func:`update_store` did, by document IRI."""

    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    statements: int = 0
    problems: list[InputError] = field(default_factory=list)

    def summary(self) -> dict[str, int]:
        return {
            "added": len(self.added),
            "changed": len(self.changed),
            "unchanged": len(self.unchanged),
            "removed": len(self.removed),
            "statements": self.statements,
            "skipped": len(self.problems),
        }


def open_store(location: str | Path, *, create: bool = True) -> OxigraphStore | RemoteStore:
    """The store at ``location``: a SPARQL server (``http(s)://HOST:PORT``, see
    :mod:`kgraph.remote`) or an embedded Oxigraph directory (created if missing, with
    ``create``; see :func:`kgraph.storedir.check_store_dir`).

    Raises:
        GraphError: the directory is missing (without ``create``), holds something else
            than a store, is damaged, or cannot be opened.
    """
    text = str(location)
    if is_remote(text):
        return RemoteStore(text)
    check_store_dir(Path(text), create=create)
    return OxigraphStore(Path(text))


def update_store(
    store: DocumentStore,
    sources: Sequence[str | Path],
    nlp: Language | None = None,
    *,
    date: dt.date | None = None,
    on_problem: Callable[[InputError], None] | None = None,
    workers: int = 1,
    batch_size: int = 16,
    chunk_size: int = 64,
    prune: bool = False,
    on_drop: Callable[[str, str], None] | None = None,
    resolver: Resolver | None = None,
    model: str | None = None,
    client: object | None = None,
    progress: Callable[[Document, int], None] | None = None,
) -> UpdateReport:
    """Bring ``store`` up to date with ``sources``; see the module doc.

    ``nlp`` (else the pipeline of ``model``) is loaded only when something must be
    parsed. ``workers`` parsing processes, or a Dask ``client`` whose workers parse;
    ``chunk_size`` documents per store write. With ``prune``, stored documents the
    sources no longer yield are removed, each first passed to ``on_drop(iri, source)``.

    Raises:
        ModelError: the spaCy model cannot be loaded (only when something must be parsed).
        DataFileError: a data file (lexicon, gazetteer) is missing or malformed.
        GraphError: the store fails; documents written before stay written, and the
            next update picks up where this one stopped.
    """
    report = UpdateReport()
    known = store.documents()
    seen: set[str] = set()

    def note(problem: InputError) -> None:
        report.problems.append(problem)
        if on_problem is not None:
            on_problem(problem)
        else:
            log.warning("%s", problem)

    def todo() -> Iterator[Document]:
        for doc in read_sources(list(sources), date=date, on_problem=note):
            doc = _identified(doc)
            if doc.iri in seen:
                continue
            seen.add(doc.iri)
            old = known.get(doc.iri)
            if old is not None and old == doc.sha256:
                report.unchanged.append(doc.iri)
                continue
            (report.changed if old is not None else report.added).append(doc.iri)
            yield doc

    pending = todo()
    first = next(pending, None)
    if first is not None:  # load the model only when something must be parsed
        nlp = nlp or load_pipeline(model)
        resolver = resolver or Resolver(Gazetteer.load())
        for resolution in stored_resolutions(store):
            resolver.remember(resolution)
        chunk: list[tuple[Document, list[Statement], Resolution]] = []
        stream = iter_statements(
            chain([first], pending), nlp, resolver=resolver, batch_size=batch_size, n_process=workers, client=client
        )
        writer = _Writer(store)
        try:
            for item in stream:
                chunk.append((*item, resolver.learned()))
                if progress is not None:
                    progress(item[0], len(item[1]))
                if len(chunk) >= chunk_size:
                    report.statements += writer.put(chunk, known, resolver)
                    chunk = []
            if chunk:
                report.statements += writer.put(chunk, known, resolver)
        except BaseException:
            writer.close(reraise=False)  # the first error is the one to report
            raise
        writer.close()
    if prune:
        failed = {p.path for p in report.problems}
        sources = _sources(store) if failed or on_drop is not None else {}
        gone = [iri for iri in known if iri not in seen and not _failed(sources.get(iri), failed)]
        for iri in gone if on_drop is not None else ():
            on_drop(iri, sources.get(iri, iri))
        if gone:
            store.replace_documents(gone)
            report.removed.extend(gone)
    log.info("store update: %s", report.summary())
    return report


def _identified(doc: Document) -> Document:
    """``doc`` with an IRI minted from its file's resolved path (and line), however the
    path was typed; a URL source is kept as it is."""
    path, sep, line = doc.source.partition("#")
    if "://" in path:
        return doc
    return replace(doc, iri=document_iri(Path(path).resolve().as_posix() + sep + line))


def stored_resolutions(store: DocumentStore) -> list[Resolution]:
    """What every document in ``store`` taught the resolver, in document IRI order
    (unreadable entries are skipped with a warning).

    Raises:
        GraphError: the store fails.
    """
    q = (
        f"SELECT ?d ?r WHERE {{ GRAPH <{documents_graph_iri()}> {{ ?d <{kg_namespace().resolution}> ?r }} }} "
        "ORDER BY ?d"
    )
    out = []
    for row in store.query(q):
        try:
            out.append(Resolution.from_json(str(row[1])))
        except ValueError as e:
            log.warning("%s: %s; its names are not reused", row[0], e)
    return out


class _Writer:
    """Writes chunks to the store in a background thread, so that the store's work
    (which releases the GIL) overlaps with parsing; one chunk at most waits."""

    def __init__(self, store: DocumentStore) -> None:
        self.store = store
        self.since = dt.datetime.now(dt.UTC)  # each chunk's extraction ran since the previous one
        self.queue: queue.Queue[tuple[list[str], Extraction] | None] = queue.Queue(maxsize=1)
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, name="kgraph-store-writer", daemon=True)
        self.thread.start()

    def put(
        self, chunk: list[tuple[Document, list[Statement], Resolution]], known: dict[str, str], resolver: Resolver
    ) -> int:
        self._raise()
        docs = tuple(d for d, _, _ in chunk)
        statements = tuple(s for _, found, _ in chunk for s in found)
        mentioned = {r.iri for s in statements for r in s.refs()}
        # aliases go into the graphs of the documents that merged them (the resolutions)
        entities = {iri: replace(e, aliases=()) for iri, e in resolver.entities(mentioned).items()}
        resolutions = {d.iri: r for d, _, r in chunk}
        now = dt.datetime.now(dt.UTC)
        extraction = Extraction(documents=docs, entities=entities, statements=statements, resolutions=resolutions,
                                started=self.since, ended=now)  # fmt: skip
        self.since = now
        self.queue.put(([d.iri for d in docs if d.iri in known], extraction))
        return len(statements)

    def close(self, *, reraise: bool = True) -> None:
        """Wait for every chunk to be written; re-raise the writer's error."""
        self.queue.put(None)
        self.thread.join()
        if reraise:
            self._raise()

    def _raise(self) -> None:
        if self.error is not None:
            raise self.error

    def _run(self) -> None:
        while True:
            job = self.queue.get()
            if job is None:
                return
            if self.error is not None:
                continue  # drain: nothing more is written after a failure
            try:
                self.store.replace_documents(*job)
            except BaseException as e:  # handed to the calling thread
                self.error = e


def _sources(store: DocumentStore) -> dict[str, str]:
    fn = getattr(store, "sources", None)
    return fn() if callable(fn) else {}


def _failed(source: str | None, failed: set[str]) -> bool:
    """Whether a stored document comes from a file that could not be read this time
    (or, not knowing its source, might)."""
    if not failed:
        return False
    if source is None:
        return True  # cannot tell: keep it rather than lose it
    return source in failed or source.split("#", 1)[0] in failed
