"""Data built from kgraph's files at start-up, kept between processes.

Two tables cost a process more CPU to build than to read back: the gazetteer's name
indexes (every name and alias normalised, about 0.15 s) and the verb lines of
lemminflect's dictionary (a regular expression over 1.8 MB, about 0.06 s). On a
30,000-word run that was 7 ms per 1,000 words, as much as all of kgraph's rules' largest
family. :func:`cached` keeps such a table as a :mod:`marshal` file (plain data: no
code runs when it is read) in the user's cache directory, named by a hash of every byte
it is built from -- the data files and the source of the module that builds it -- and of
the Python version, so a changed file, builder or interpreter gives a new name and a
stale table is never read.

The directory is ``$KGRAPH_CACHE_DIR``, else ``$XDG_CACHE_HOME/kgraph``, else
``~/.cache/kgraph``; ``KGRAPH_CACHE_DIR=""`` turns the cache off. A directory that
cannot be written, or a file that cannot be read, only costs the build.
"""

from __future__ import annotations

import gc
import hashlib
import logging
import marshal
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

log = logging.getLogger(__name__)

#: Environment variable naming the cache directory ("" turns the cache off).
CACHE_ENV = "KGRAPH_CACHE_DIR"

#: A table of an older key not written again for this long is deleted.
STALE_SECONDS = 7 * 24 * 3600

T = TypeVar("T")


def cache_dir() -> Path | None:
    """Where tables are kept, or None when the cache is off or no home is known."""
    value = os.environ.get(CACHE_ENV)
    if value is not None:
        return Path(value) if value else None
    base = os.environ.get("XDG_CACHE_HOME")
    if base:
        return Path(base) / "kgraph"
    try:
        return Path.home() / ".cache" / "kgraph"
    except RuntimeError:  # no home directory
        return None


@contextmanager
def paused_gc() -> Iterator[None]:
    """No garbage collection while a table of many small objects is built or read: with a
    spaCy model loaded, each full collection the new objects set off walks the whole
    heap (reading the gazetteer's table took 0.14 s so, 0.04 s without)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def source_bytes(module_file: str) -> bytes:
    """The source of a module (its ``__file__``), part of the key of what it builds."""
    return Path(module_file).read_bytes()


def cached(name: str, sources: Iterable[bytes], build: Callable[[], T]) -> T:
    """The table ``build()`` makes from ``sources`` (every byte it depends on), read from
    the cache when it holds it, else built and written there. The table must be plain
    data (:mod:`marshal`: dicts, lists, tuples, strings, numbers, None, booleans)."""
    digest = hashlib.blake2b(digest_size=16)
    digest.update(f"{sys.version}|{marshal.version}".encode())
    for part in sources:
        digest.update(len(part).to_bytes(8, "little"))
        digest.update(part)
    root = cache_dir()
    path = root / f"{name}-{digest.hexdigest()}.marshal" if root is not None else None
    if path is not None:
        try:
            with paused_gc():
                return marshal.loads(path.read_bytes())
        except FileNotFoundError:
            pass
        except (OSError, EOFError, ValueError, TypeError) as exc:
            log.debug("cannot read the cached %s (%s): built again", path, exc)
    value = build()
    if path is not None:
        _write(path, name, marshal.dumps(value))
    return value


def _write(path: Path, name: str, data: bytes) -> None:
    """Write ``data`` at ``path`` whole or not at all; drop the tables of ``name`` left
    unused for :data:`STALE_SECONDS` (other checkouts may still read the recent ones)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{name}-", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        now = time.time()
        for old in path.parent.glob(f"{name}-*.marshal"):
            if old != path and now - old.stat().st_mtime > STALE_SECONDS:
                old.unlink(missing_ok=True)
    except OSError as exc:
        log.debug("cannot keep %s in the cache (%s)", name, exc)


__all__ = ["CACHE_ENV", "cache_dir", "cached", "paused_gc", "source_bytes"]
