"""Atomic file writes: a reader sees the old file or the new one, never half of one.

The one writer every output goes through (graph files, the HTML page, JSON Lines).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from kgraph.errors import GraphError


def write_atomic(path: Path | str, data: str | bytes) -> None:
    """Write ``data`` to ``path`` through a synced temporary file in the same directory,
    keeping an existing file's permissions (new files get 0644).

    Raises:
        GraphError: the directory cannot be written (the path is in the message).
    """
    path = Path(path)
    tmp: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data.encode("utf-8") if isinstance(data, str) else data)
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
