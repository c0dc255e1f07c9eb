"""Atomic file writes: a reader sees the old file or the new one, never half of one.

The one writer every output goes through (graph files, the HTML page, JSON Lines).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from kgraph.errors import GraphError


@contextmanager
def atomic_writer(path: Path | str, *, binary: bool = False) -> Iterator[IO]:
    """A file to write ``path`` through: written to a temporary file in the same
    directory, synced and renamed over ``path`` when the block ends without an error
    (removed otherwise), keeping an existing file's permissions (new files get 0644).
    Text is written as UTF-8.

    Raises:
        GraphError: the directory cannot be written (the path is in the message).
    """
    path = Path(path)
    tmp: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
        tmp = None
    except OSError as exc:
        raise GraphError(f"{path}: cannot write: {exc.strerror or exc}; check the directory is writable") from exc
    finally:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)


def write_atomic(path: Path | str, data: str | bytes) -> None:
    """Write ``data`` to ``path`` atomically (see :func:`atomic_writer`).

    Raises:
        GraphError: the directory cannot be written (the path is in the message).
    """
    with atomic_writer(path, binary=True) as fh:
        fh.write(data.encode("utf-8") if isinstance(data, str) else data)
