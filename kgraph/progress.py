"""A progress display for long builds: documents, words per second, statements.

Shown on standard error only when it is a terminal; otherwise nothing is drawn, so
logs and pipes stay clean. Library code reports through a plain callback and knows
nothing of this module.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from kgraph.types import Document

Callback = Callable[[Document, int], None]


@contextmanager
def build_progress(enabled: bool | None = None) -> Iterator[Callback | None]:
    """Yield a ``(document, statements)`` callback drawing live counts, or ``None``
    when standard error is not a terminal (or ``enabled`` is False)."""
    if enabled is None:
        enabled = sys.stderr.isatty()
    if not enabled:
        yield None
        return
    console = Console(stderr=True)
    counts = {"docs": 0, "words": 0, "statements": 0}
    started = time.perf_counter()
    with Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        TimeElapsedColumn(),
        console=console,
        transient=False,
    ) as bar:
        task = bar.add_task("starting", total=None)

        def update(document: Document, statements: int) -> None:
            counts["docs"] += 1
            counts["words"] += len(document.text.split())
            counts["statements"] += statements
            rate = counts["words"] / max(time.perf_counter() - started, 1e-6)
            bar.update(
                task,
                description=f"{counts['docs']:,} documents, {rate:,.0f} words/s, {counts['statements']:,} statements",
            )

        yield update
