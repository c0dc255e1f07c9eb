"""Checks on an embedded store's directory before it is opened: a store is created only
where a build asks for one, and never in a directory that holds something else."""

from __future__ import annotations

import os
from pathlib import Path

from kgraph.errors import GraphError, printable

#: The file every Oxigraph (RocksDB) database directory holds.
_MARKER = "CURRENT"


def is_store(path: Path) -> bool:
    """Whether ``path`` is an Oxigraph (RocksDB) database directory (by its marker file)."""
    return path.is_dir() and (path / _MARKER).is_file()


def check_store_dir(path: Path, *, create: bool) -> None:
    """Raise unless ``path`` is an Oxigraph store, or (with ``create``) a place for a new
    one: a missing or empty directory.

    Raises:
        GraphError: ``path`` is a file, a directory holding other things, a damaged
            store, or (without ``create``) does not exist.
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
