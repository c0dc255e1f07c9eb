"""The built wheel works outside the checkout: build, validate and query from an install.

How the test installs the wheel, and why:

* The sources that go into the wheel (``pyproject.toml``, ``README.md``, ``kgraph/``,
  ``ontology/``) are copied to a temporary directory and built there with
  ``pip wheel --no-build-isolation --no-index``: nothing is written into the checkout and
  nothing is downloaded (setuptools comes from the project's venv, see the ``test`` extra).
* The wheel goes into a **fresh venv** in another temporary directory, with ``--no-deps``.
  Its dependencies (spaCy and its model, rdflib, ...) are not downloaded again: a ``.pth``
  file in the fresh venv appends the project venv's site-packages to ``sys.path``. A
  ``.pth`` line only appends a directory; the ``.pth`` files inside it are not run, so the
  project's *editable* kgraph is not on the path, and the fresh venv's own site-packages
  comes first. What runs is therefore the wheel's own kgraph -- its modules, data files
  and, above all, its ontology and shapes -- with the dependencies the project tested.
  ``--system-site-packages`` would not do: the system interpreter does not hold them.
* The commands run with the working directory in the temporary directory, away from the
  checkout, so nothing can be found relative to the current directory by accident.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from conftest import ROOT, SEEDS

pytestmark = pytest.mark.slow

PACKAGED = ("pyproject.toml", "README.md", "kgraph", "ontology")


def _run(args: list[str | Path], cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    done = subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, f"{args}\nstdout:\n{done.stdout}\nstderr:\n{done.stderr}"
    return done


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    src = tmp_path_factory.mktemp("src")
    for name in PACKAGED:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, src / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(ROOT / name, src / name)
    dist = tmp_path_factory.mktemp("dist")
    _run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation", "--no-index",
          "--wheel-dir", dist, src], cwd=src)  # fmt: skip
    (found,) = dist.glob("kgraph-*.whl")
    return found


@pytest.fixture(scope="module")
def venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("venv")
    _run([sys.executable, "-m", "venv", "--without-pip", root / "venv"], cwd=root)
    python = root / "venv" / "bin" / "python"
    site = Path(_run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], cwd=root).stdout.strip())
    ours = dict.fromkeys(sysconfig.get_paths()[k] for k in ("purelib", "platlib"))
    (site / "kgraph-test-dependencies.pth").write_text("".join(f"{p}\n" for p in ours), encoding="utf-8")
    _run([sys.executable, "-m", "pip", "--python", python, "install", "--quiet", "--no-deps", "--no-index", wheel], cwd=root)
    return root / "venv"


def test_wheel_holds_every_module_the_ontology_and_the_data(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    modules = {p.relative_to(ROOT).as_posix() for p in (ROOT / "kgraph").rglob("*.py")}
    assert modules <= names, sorted(modules - names)
    assert {"kgraph/ontology/kgraph.ttl", "kgraph/ontology/shapes.ttl"} <= names
    assert {f"kgraph/data/{p.name}" for p in (ROOT / "kgraph" / "data").glob("*.json")} <= names
    metadata = zipfile.ZipFile(wheel).read(next(n for n in names if n.endswith("/METADATA"))).decode()
    assert "Requires-Python: >=3.11\n" in metadata
    requires = [line for line in metadata.splitlines() if line.startswith("Requires-Dist:")]
    assert requires and not [r for r in requires if re.search(r"==\s*[0-9]", r)]  # ranges, not pins


def test_installed_wheel_builds_validates_and_queries(venv: Path, tmp_path: Path) -> None:
    work = tmp_path / "work"
    shutil.copytree(SEEDS, work / "articles")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "KGRAPH_BASE_IRI")}
    python, kgraph = venv / "bin" / "python", venv / "bin" / "kgraph"

    where = _run([python, "-c", "import kgraph, kgraph.rdfio as r; print(kgraph.__file__); print(r.ontology_dir())"],
                 cwd=work, env=env).stdout.split()  # fmt: skip
    assert all(Path(p).is_relative_to(venv) for p in where), where
    assert _run([kgraph, "--version"], cwd=work, env=env).stdout.startswith("kgraph ")

    built = _run([kgraph, "build", "articles", "--out", "out"], cwd=work, env=env).stdout
    assert "2 documents read" in built and "conforms" in built
    assert {"graph.ttl", "graph.trig", "statements.jsonl", "graph.html"} <= {p.name for p in (work / "out").iterdir()}
    assert "conforms" in _run([kgraph, "validate", "-g", "out"], cwd=work, env=env).stdout
    rows = _run([kgraph, "query", "SELECT ?s WHERE { ?s a kg:Country }", "-g", "out", "--format", "csv"],
                cwd=work, env=env).stdout.splitlines()  # fmt: skip
    assert rows[0] == "s" and len(rows) > 2
