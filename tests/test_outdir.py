"""kgraph.outdir: --out is checked before any work, and kgraph owns only its files."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kgraph import outdir
from kgraph.errors import OutputError
from kgraph.outdir import STAGING_PREFIX, Staging, check_output_dir, remove_stale


def _file(tmp: Path) -> tuple[Path, list[Path]]:
    (tmp / "out").write_text("x", encoding="utf-8")
    return tmp / "out", []


def _dangling(tmp: Path) -> tuple[Path, list[Path]]:
    (tmp / "out").symlink_to(tmp / "nowhere")
    return tmp / "out", []


def _source_in_out(tmp: Path) -> tuple[Path, list[Path]]:
    (tmp / "news").mkdir()
    (tmp / "news" / "a.txt").write_text("An article.", encoding="utf-8")
    return tmp / "news", [tmp / "news"]


def _file_source_in_out(tmp: Path) -> tuple[Path, list[Path]]:
    (tmp / "a.txt").write_text("An article.", encoding="utf-8")
    return tmp, [tmp / "a.txt"]


def _out_in_source(tmp: Path) -> tuple[Path, list[Path]]:
    (tmp / "news").mkdir()
    return tmp / "news" / "out", [tmp / "news"]


def _file_in_the_way(tmp: Path) -> tuple[Path, list[Path]]:
    (tmp / "a").write_text("x", encoding="utf-8")
    return tmp / "a" / "out", []


REFUSED = [
    (_file, "is a file, not a directory"),
    (_dangling, "which does not exist"),
    (_source_in_out, "holds the source"),
    (_file_source_in_out, "holds the source"),
    (_out_in_source, "inside the source directory"),
    (_file_in_the_way, "cannot be created"),
]


@pytest.mark.parametrize(("setup", "message"), REFUSED, ids=[f.__name__ for f, _ in REFUSED])
def test_unusable_output_is_refused(tmp_path: Path, setup, message: str) -> None:
    out, sources = setup(tmp_path)
    before = sorted(p.name for p in tmp_path.rglob("*"))
    with pytest.raises(OutputError, match=message):
        check_output_dir(out, sources)
    assert sorted(p.name for p in tmp_path.rglob("*")) == before  # nothing created


def _symlink_to_dir(tmp: Path) -> Path:
    (tmp / "real").mkdir()
    (tmp / "link").symlink_to(tmp / "real")
    return tmp / "link"


@pytest.mark.parametrize(
    ("setup", "expected"),
    [
        (lambda tmp: tmp / "new" / "out", "new/out"),
        (_symlink_to_dir, "real"),
        (lambda tmp: Path("."), "."),
        (lambda tmp: Path("sub/.."), "."),
    ],
    ids=["missing", "symlink", "dot", "dotdot"],
)
def test_usable_output(tmp_path: Path, monkeypatch, setup, expected: str) -> None:
    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(tmp_path)
    src = tmp_path.parent / f"{tmp_path.name}-src.txt"
    got = check_output_dir(setup(tmp_path), [src])
    assert got == (tmp_path / expected).resolve() and got.is_dir()


def test_read_only_output_is_refused(tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "out"
    out.mkdir()
    if os.geteuid() == 0:  # root writes anywhere: the permission check is what is tested
        monkeypatch.setattr(outdir.os, "access", lambda path, mode: False)
    else:
        out.chmod(0o500)
    try:
        with pytest.raises(OutputError, match="not writable"):
            check_output_dir(out)
    finally:
        out.chmod(0o700)


def test_full_disk_is_refused_before_work(tmp_path: Path, monkeypatch) -> None:
    usage = outdir.shutil.disk_usage(tmp_path)
    monkeypatch.setattr(outdir.shutil, "disk_usage", lambda path: usage._replace(free=1000))
    with pytest.raises(OutputError, match="bytes free"):
        check_output_dir(tmp_path / "out")


def test_staging_commits_only_its_files(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    (tmp_path / "graph.ttl").write_text("old", encoding="utf-8")
    staging = Staging(tmp_path)
    staging.path("graph.ttl").write_text("new", encoding="utf-8")
    assert staging.commit() == ["graph.ttl"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.ttl", "notes.txt"]
    assert (tmp_path / "graph.ttl").read_text(encoding="utf-8") == "new"


def test_disk_full_while_writing_is_one_clear_error(tmp_path: Path) -> None:
    (tmp_path / "graph.ttl").write_text("old", encoding="utf-8")
    staging = Staging(tmp_path)
    with pytest.raises(OutputError, match="disk is full"):
        with staging.writing():
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    staging.discard()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.ttl"]


def test_staging_of_a_killed_build_is_removed(tmp_path: Path) -> None:
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    (tmp_path / f"{STAGING_PREFIX}{dead.stdout.strip()}-abc").mkdir()
    (tmp_path / f"{STAGING_PREFIX}{os.getppid()}-live").mkdir()  # a build still running
    (tmp_path.parent / f".{tmp_path.name}.new-xyz").mkdir()  # left by an older kgraph
    Staging(tmp_path).discard()
    left = sorted(p.name for p in tmp_path.iterdir())
    assert left == [f"{STAGING_PREFIX}{os.getppid()}-live"]
    assert not (tmp_path.parent / f".{tmp_path.name}.new-xyz").exists()
    assert remove_stale(tmp_path) == []
