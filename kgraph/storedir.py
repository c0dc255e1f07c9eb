"""Checks on an embedded store's directory before it is opened: a store is created only
where a build asks for one, and never in a directory that holds something else."""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path

from kgraph.errors import GraphError, printable

logger = logging.getLogger(__name__)

#: The file every Oxigraph (RocksDB) database directory holds.
_MARKER = "CURRENT"
#: The files RocksDB writes while it creates a database, before its CURRENT file: a
#: directory of only these is a store whose creation was stopped (a killed build).
_CREATION_FILES = re.compile(r"LOCK|LOG(\.old\.\d+)?|IDENTITY|(MANIFEST|OPTIONS)-\d+(\.dbtmp)?|\d+\.(log|dbtmp)")


def is_store(path: Path) -> bool:
    """Whether ``path`` is an Oxigraph (RocksDB) database directory (by its marker file)."""
    return path.is_dir() and (path / _MARKER).is_file()


def check_store_dir(path: Path, *, create: bool) -> None:
    """Raise unless ``path`` is an Oxigraph store, or (with ``create``) a place for a new
    one: a missing or empty directory, or one that holds only the files RocksDB writes
    before a new database is complete (a build killed while creating the store), which
    are then removed.

    Raises:
        GraphError: ``path`` is a file, a directory holding other things, a damaged
            store, or (without ``create``) does not exist or was never finished.
    """
    shown = printable(str(path))
    if path.exists() and not path.is_dir():
        raise GraphError(f"{shown}: is a file, not a store directory; give --store a directory")
    if not path.exists():
        if create:
            return
        raise GraphError(
            f"{shown}: no such store (no such file or directory); build one with `kgraph build SOURCES --store {shown}`"
        )
    try:
        names = os.listdir(path)
    except OSError as exc:
        raise GraphError(f"{shown}: cannot read the store directory: {exc.strerror or exc}") from None
    if names and _MARKER not in names and all(_CREATION_FILES.fullmatch(n) for n in names):
        if not create:
            raise GraphError(f"{shown}: the store was never finished (a build stopped while creating it); build it again")
        logger.warning("%s: clearing a store whose creation was stopped (%d RocksDB files)", shown, len(names))
        for name in names:
            (path / name).unlink()
        return
    if names and _MARKER not in names:
        raise GraphError(
            f"{shown}: is a directory that holds no kgraph store; give --store a new directory or an existing store"
        )
    if names and not _manifest_named(path):
        raise GraphError(f"{shown}: the store is damaged (its CURRENT file names no manifest); build it again")


def _manifest_named(path: Path) -> bool:
    """Whether the database's CURRENT file names a manifest that is there (checked
    before opening: RocksDB writes into the directory before it finds damage)."""
    try:
        current = (path / _MARKER).read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return False
    return current.startswith("MANIFEST-") and "/" not in current and (path / current).is_file()
