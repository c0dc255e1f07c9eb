"""The output directory of ``kgraph build``: checked before any work, and kgraph owns
only the files it writes there.

- ``--out`` is checked before the articles are read: it must be a directory or not
  exist yet (a file, or a symlink to nothing, is refused), hold no source and lie in no
  source directory (so ``build news/ --out news/`` is refused, and a build never reads
  its own outputs as articles), be writable, and have some free space.
- The outputs are written into a hidden staging directory inside ``--out``
  (``.kgraph-new-PID-XXXX``) and renamed over the previous ones at the end: a build
  that fails or is killed leaves the previous outputs as they were. Any other file in
  ``--out`` is left alone.
- Staging directories of builds that were killed (their process is gone) are removed by
  the next build into the same directory, as are the ``.OUT.new-*`` directories older
  versions of kgraph staged beside ``--out``.
"""

from __future__ import annotations

import errno
import logging
import os
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from kgraph.errors import GraphError, OutputError

log = logging.getLogger(__name__)

STAGING_PREFIX = ".kgraph-new-"

#: Free space an output directory must have before a build starts, at the least.
MIN_FREE_BYTES = 1024 * 1024


def check_output_dir(out: Path, sources: Sequence[str | Path] = ()) -> Path:
    """``out`` made ready for a build (created if missing), checked against
    ``sources``; the resolved directory.

    Raises:
        OutputError: ``out`` is a file or a dangling symlink, holds a source or lies in
            a source directory, cannot be created or written, or its disk is full.
    """
    out = Path(out)
    if out.is_symlink() and not out.exists():
        raise OutputError(out, f"is a symbolic link to {os.readlink(out)}, which does not exist")
    if out.exists() and not out.is_dir():
        raise OutputError(out, "is a file, not a directory; give --out a directory (kgraph writes four files into it)")
    real = out.resolve()
    for source in sources:
        src = Path(source).resolve()
        if src == real or real in src.parents:
            raise OutputError(
                out, f"holds the source {source}; write the outputs to a directory of their own (the default is out/)"
            )
        if src.is_dir() and src in real.parents:
            raise OutputError(
                out, f"is inside the source directory {source}, so the next build would read its outputs as "
                "articles; choose an --out outside the sources"
            )  # fmt: skip
    try:
        real.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(out, f"cannot be created: {exc.strerror or exc}") from None
    if not os.access(real, os.W_OK | os.X_OK):
        raise OutputError(out, "is not writable; choose another --out or fix its permissions")
    free = shutil.disk_usage(real).free
    needed = max(MIN_FREE_BYTES, _size_of(sources))
    if free < needed:
        raise OutputError(out, f"its disk has {free:,} bytes free, under the {needed:,} a build needs; free some space")
    return real


class Staging:
    """A hidden directory inside the output directory where one build writes its files.

    Raises:
        OutputError: the staging directory cannot be created (the output directory is
            read-only or full).
    """

    def __init__(self, out: Path) -> None:
        self.out = Path(out)
        remove_stale(self.out.resolve())
        try:
            self.dir = Path(tempfile.mkdtemp(prefix=f"{STAGING_PREFIX}{os.getpid()}-", dir=self.out))
        except OSError as exc:
            raise OutputError(self.out, f"cannot be written: {exc.strerror or exc}") from None

    def path(self, name: str) -> Path:
        """Where to write the output file ``name`` during the build."""
        return self.dir / name

    @contextmanager
    def writing(self) -> Iterator[None]:
        """Turn an operating-system failure while writing into one clear error."""
        try:
            yield
        except OSError as exc:
            raise OutputError(self.out, _why(exc)) from None
        except GraphError as exc:
            cause = exc.__cause__
            if isinstance(cause, OSError) and cause.errno == errno.ENOSPC:
                raise OutputError(self.out, _why(cause)) from None
            raise

    def commit(self) -> list[str]:
        """Move every staged file over its previous version; the names moved."""
        names = sorted(p.name for p in self.dir.iterdir())
        with self.writing():
            for name in names:
                os.replace(self.dir / name, self.out / name)
        self.discard()
        return names

    def discard(self) -> None:
        """Remove the staging directory and what is left in it."""
        shutil.rmtree(self.dir, ignore_errors=True)


def remove_stale(out: Path) -> list[Path]:
    """Remove staging directories of builds into ``out`` that were killed: hidden
    ``.kgraph-new-PID-*`` directories in it whose process is gone, and the
    ``.OUT.new-*``/``.OUT.old`` directories older versions left beside it."""
    out = Path(out)
    stale: list[Path] = []
    if out.is_dir():
        stale += [p for p in out.glob(f"{STAGING_PREFIX}*") if p.is_dir() and not _alive(_pid_of(p.name))]
    if out.name:
        stale += [p for p in out.parent.glob(f".{out.name}.new-*") if p.is_dir()]
        old = out.parent / f".{out.name}.old"
        if old.is_dir() and out.is_dir():
            stale.append(old)
    for path in stale:
        log.info("removing %s, left by a build that was stopped", path)
        shutil.rmtree(path, ignore_errors=True)
    return stale


def _pid_of(name: str) -> int | None:
    pid = name[len(STAGING_PREFIX) :].split("-", 1)[0]
    return int(pid) if pid.isdigit() else None


def _alive(pid: int | None) -> bool:
    if pid is None:
        return False
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's live process
    return True


def _size_of(sources: Sequence[str | Path]) -> int:
    total = 0
    for source in sources:
        path = Path(source)
        try:
            total += path.stat().st_size if path.is_file() else 0
        except OSError:
            pass
    return total


def _why(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return "the disk is full (no space left on device); free some space and build again"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"cannot be written ({exc.strerror}); choose another --out or fix its permissions"
    return f"cannot be written: {exc.strerror or exc}"
