"""kgraph.storedir: a store is opened only where one is, or created where asked."""

from __future__ import annotations

from pathlib import Path

import pytest

from kgraph.errors import GraphError
from kgraph.store import OxigraphStore
from kgraph.storedir import check_store_dir


def _store(tmp: Path) -> Path:
    with OxigraphStore(tmp / "st"):
        pass
    return tmp / "st"


@pytest.mark.parametrize(
    ("make", "create", "error"),
    [
        (lambda tmp: tmp / "new", True, None),
        (lambda tmp: tmp / "new", False, "no such store"),
        (lambda tmp: (tmp / "empty").mkdir() or tmp / "empty", False, None),
        (_store, False, None),
        (lambda tmp: (tmp / "f").write_text("x") and tmp / "f", True, "is a file"),
        (lambda tmp: (tmp / "d").mkdir() or (tmp / "d" / "a.txt").write_text("x") and tmp / "d", True, "holds no kgraph store"),
        (lambda tmp: (tmp / "d").mkdir() or (tmp / "d" / "CURRENT").write_text("junk") and tmp / "d", True, "damaged"),
        (lambda tmp: (tmp / "d").mkdir() or (tmp / "d" / "CURRENT").write_text("MANIFEST-000001\n") and tmp / "d", True, "damaged"),
    ],
    ids=["missing, created", "missing", "empty", "a store", "a file", "other files", "junk CURRENT", "manifest gone"],
)
def test_check_store_dir(tmp_path: Path, make, create: bool, error: str | None) -> None:
    path = make(tmp_path)
    before = sorted(tmp_path.rglob("*"))
    if error is None:
        check_store_dir(path, create=create)
    else:
        with pytest.raises(GraphError, match=error):
            check_store_dir(path, create=create)
    assert sorted(tmp_path.rglob("*")) == before


_UNFINISHED = ("LOCK", "LOG", "IDENTITY", "MANIFEST-000001", "OPTIONS-000007.dbtmp", "000004.log")


@pytest.mark.parametrize(
    ("names", "create", "error", "left"),
    [
        (_UNFINISHED, True, None, ()),  # a build killed while RocksDB created the store: cleared
        (_UNFINISHED, False, "never finished", _UNFINISHED),
        ((*_UNFINISHED, "notes.txt"), True, "holds no kgraph store", (*_UNFINISHED, "notes.txt")),  # not ours
        (("LOCKED",), True, "holds no kgraph store", ("LOCKED",)),
    ],
    ids=["cleared for a build", "not for a query", "a foreign file", "a look-alike name"],
)
def test_a_store_whose_creation_was_stopped(tmp_path: Path, names, create, error, left) -> None:
    path = tmp_path / "st"
    path.mkdir()
    for name in names:
        (path / name).write_text("")
    if error is None:
        check_store_dir(path, create=create)
    else:
        with pytest.raises(GraphError, match=error):
            check_store_dir(path, create=create)
    assert sorted(p.name for p in path.iterdir()) == sorted(left)


def test_a_cleared_unfinished_store_opens_as_a_new_one(tmp_path: Path) -> None:
    path = tmp_path / "st"
    path.mkdir()
    for name in _UNFINISHED:
        (path / name).write_text("")
    check_store_dir(path, create=True)
    with OxigraphStore(path):
        pass
    check_store_dir(path, create=False)
