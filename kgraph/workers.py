"""Parsing processes: texts parsed in N forked processes, Docs back in input order.

:func:`pipe_in_processes` replaces spaCy's ``nlp.pipe(n_process=N)`` for kgraph's
extraction, where the parent applies the rules (and the resolver, whose state spans
documents) while the workers parse:

- Docs come back as :mod:`kgraph.nlp.doc_transfer` data, not ``Doc.to_bytes``: 2 ms
  of CPU a document for both sides instead of 7.6.
- The workers take batches from one queue, so a worker that is done takes the next
  batch instead of waiting its turn; the parent keeps ``in_flight`` batches queued
  ahead of the one it reads, so the workers go on parsing while it applies the rules.

Parsing processes never outlive the kgraph process that started them: when the parent
is killed (SIGKILL, the OOM killer, a closed terminal) they would wait on their queue
forever. :func:`die_with_parent` makes every process forked from here on ask the kernel
(Linux ``prctl(PR_SET_PDEATHSIG)``) to be killed when its parent dies; elsewhere it does
nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import multiprocessing
import os
import queue
import signal
import sys
import traceback
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc

from kgraph.errors import WorkerError
from kgraph.nlp.doc_transfer import DocData, doc_data, doc_from_data

log = logging.getLogger(__name__)

_PR_SET_PDEATHSIG = 1
_M_TRIM_THRESHOLD, _M_TOP_PAD = -1, -2  # glibc's mallopt parameters

#: Seconds between two looks at whether the workers live, while the parent waits for a batch.
POLL = 1.0
_installed = False
_END = object()


def die_with_parent() -> None:
    """From now on, a process forked from this one is killed when this one dies."""
    global _installed
    if _installed or not sys.platform.startswith("linux"):
        return
    _installed = True
    parent = os.getpid()

    def in_child() -> None:
        try:
            _libc().prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except OSError:  # no libc to ask: the child lives as before
            return
        if os.getppid() != parent:  # the parent died before the request was made
            os._exit(1)

    os.register_at_fork(after_in_child=in_child)
    log.debug("forked workers die with process %d", parent)


def _libc() -> ctypes.CDLL:
    """The C library.

    Raises:
        OSError: there is none to load.
    """
    return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)


def _keep_freed_memory() -> None:
    """Keep the memory a parsing process frees for its next batch (glibc ``mallopt``):
    by default glibc gives the free top of the heap back to the kernel after each batch
    and the next batch takes it again page by page, 270,000 page faults and 0.7 s of
    system CPU per 100,000 words for two workers (60,000 and 0.3 s kept). Elsewhere it
    does nothing."""
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = _libc()
        libc.mallopt(_M_TRIM_THRESHOLD, 1 << 30)  # give back only a free top over 1 GB
        libc.mallopt(_M_TOP_PAD, 64 << 20)  # and grow the heap 64 MB at a time
    except (OSError, AttributeError):  # no glibc: the allocator's own ways
        return


def pipe_in_processes(
    nlp: Language, texts: Iterable[str], *, n_process: int, batch_size: int = 8, in_flight: int | None = None
) -> Iterator[Doc]:
    """The parsed Docs of ``texts`` in order, parsed by ``n_process`` forked processes in
    batches of ``batch_size`` (smaller at the end of the texts, see :func:`_batches`), at
    most ``in_flight`` batches (default ``2 * n_process``) sent ahead of the one read.

    Raises:
        WorkerError: a parsing process raised an error or died.
    """
    batches = _batches(texts, batch_size, n_process)
    first = next(batches, None)
    if first is None:
        return
    die_with_parent()
    context = multiprocessing.get_context("fork")  # the workers share the parent's loaded model
    # Queues, not pipes: a worker's queue thread sends its batch while the worker parses
    # the next one, however long the parent takes to read it.
    tasks, results = context.Queue(), context.Queue()
    procs = [context.Process(target=_serve, args=(nlp, tasks, results, batch_size), daemon=True) for _ in range(n_process)]
    for proc in procs:
        proc.start()
    tasks.put((0, first))
    sent, done, finished = 1, {}, False
    try:
        for batch in islice(batches, (in_flight or 2 * n_process) - 1):
            tasks.put((sent, batch))
            sent += 1
        number = 0
        while number < sent:
            while number not in done:
                _receive(results, procs, done)
            data = done.pop(number)
            number += 1
            batch = next(batches, None)  # the next batch goes out before this one is read
            if batch is not None:
                tasks.put((sent, batch))
                sent += 1
            for item in data:
                yield doc_from_data(nlp.vocab, item)
        finished = True
    finally:
        _stop(tasks, results, procs, finished)


def _batches(texts: Iterable[str], batch_size: int, n_process: int) -> Iterator[list[str]]:
    """``texts`` in batches of ``batch_size``; once the end of ``texts`` is in sight (they
    are read ``2 * n_process + 1`` batches ahead), each batch takes the rest's share of
    ``2 * n_process`` batches, down to one text, so the processes end about together
    (instead of one parsing a last whole batch while the others wait, and the rules then
    applied to a whole batch alone)."""
    it = iter(texts)
    buffer: deque[str] = deque()
    lookahead = (2 * n_process + 1) * batch_size
    more = True
    while True:
        while more and len(buffer) < lookahead:
            more = (text := next(it, _END)) is not _END
            if more:
                buffer.append(text)
        if not buffer:
            return
        size = batch_size if more else min(batch_size, -(-len(buffer) // (2 * n_process)))
        yield [buffer.popleft() for _ in range(size)]


def _serve(nlp: Language, tasks: multiprocessing.Queue, results: multiprocessing.Queue, batch_size: int) -> None:
    """A parsing process: parse each batch of ``tasks`` until ``None``, put its docs' data
    in ``results``."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    _keep_freed_memory()
    sent: set[int] = set()
    number = -1
    try:
        while (task := tasks.get()) is not None:
            number, texts = task
            results.put((number, [doc_data(doc, sent) for doc in nlp.pipe(texts, batch_size=batch_size)], None))
    except Exception:  # noqa: BLE001 - any failure goes back to the parent, which raises it
        results.put((number, None, traceback.format_exc()))


def _receive(results: multiprocessing.Queue, procs: list[multiprocessing.Process], done: dict[int, list[DocData]]) -> None:
    """Wait for a batch from any worker and keep it in ``done``.

    Raises:
        WorkerError: a worker sent an error, or died.
    """
    while True:
        try:
            number, data, error = results.get(timeout=POLL)
            break
        except queue.Empty:
            for proc in procs:
                if proc.exitcode is not None:
                    raise WorkerError(
                        f"parsing process {proc.pid} died (exit code {proc.exitcode}); out of memory? "
                        "rerun with fewer --workers"
                    ) from None
    if error is not None:
        raise WorkerError(f"a parsing process failed; rerun without --workers to see where:\n{error}")
    done[number] = data


def _stop(tasks: multiprocessing.Queue, results: multiprocessing.Queue, procs: list[multiprocessing.Process], finished: bool) -> None:
    """End the workers: at the end of the texts they stop when told; else (an error, or
    the reader stopped early) they are terminated."""
    if finished:
        for _ in procs:
            tasks.put(None)
    else:
        tasks.cancel_join_thread()  # batches no worker will take are dropped
        for proc in procs:
            proc.terminate()
    for proc in procs:
        proc.join(timeout=10)
        if proc.is_alive():
            proc.kill()
            proc.join()
    for q in (tasks, results):
        q.close()
    tasks.join_thread()  # no thread of this call left running at the next fork
