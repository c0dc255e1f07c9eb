"""Faults: builds killed at random points rerun to the graph of an uninterrupted build
with no temporary directory left; parsing workers die with their parent; a Dask
cluster that loses its workers is an error, not a hang."""

from __future__ import annotations

import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kgraph.outdir import STAGING_PREFIX

from conftest import SEEDS
from factories import RUN_TIMES

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[1]


def kgraph(*args: str, quiet: bool = False) -> subprocess.Popen:
    out = subprocess.DEVNULL if quiet else subprocess.PIPE  # an orphan would hold a pipe open
    return subprocess.Popen(
        [sys.executable, "-c", "from kgraph.cli import app; app()", *args], stdout=out, stderr=out, cwd=ROOT
    )


def run(*args: str) -> str:
    proc = kgraph(*args)
    out, err = proc.communicate()
    assert proc.returncode == 0, err.decode()
    return out.decode()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """The sample articles, six times under different names (builds last a while)."""
    src = tmp_path_factory.mktemp("corpus") / "news"
    src.mkdir()
    for i in range(6):
        for p in sorted(SEEDS.glob("*.txt")):
            shutil.copy(p, src / f"{i}_{p.name}")
    return src


def _killed_at_random_points(args: list[str], seed: int, kills: int = 3) -> None:
    """Start ``kgraph *args`` and SIGKILL it after a random delay, ``kills`` times."""
    rng = random.Random(seed)
    for _ in range(kills):
        proc = kgraph(*args)
        time.sleep(rng.uniform(0.5, 6.0))
        proc.send_signal(signal.SIGKILL)
        proc.communicate()


def _sorted_lines(nquads: str) -> list[str]:
    """N-Quads lines sorted, blank nodes named alike, without the run times (PROV)."""
    lines = (line for line in nquads.splitlines() if line.strip() and line.split(" ", 2)[1] not in RUN_TIMES)
    return sorted(re.sub(r"_:\w+", "_:b", line) for line in lines)


def _graph_of(path: Path, option: str) -> list[str]:
    """The quads of a built output directory or store, sorted (graph order varies)."""
    if option == "--store":
        return _sorted_lines(run("export", "nq", "--store", str(path)))
    from rdflib import Dataset

    assert not [p for p in path.iterdir() if p.name.startswith(STAGING_PREFIX)]
    jsonl = (path / "statements.jsonl").read_text(encoding="utf-8")
    return [jsonl, *_sorted_lines(Dataset().parse(path / "graph.trig", format="trig").serialize(format="nquads"))]


@pytest.mark.parametrize(("option", "seed"), [("--out", 11), ("--store", 12)])
def test_killed_build_reruns_to_the_same_graph(corpus: Path, tmp_path: Path, option: str, seed: int) -> None:
    whole, again = tmp_path / "whole", tmp_path / "again"
    run("build", str(corpus), option, str(whole))
    _killed_at_random_points(["build", str(corpus), option, str(again)], seed=seed)
    run("build", str(corpus), option, str(again))
    assert _graph_of(again, option) == _graph_of(whole, option)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["again", "whole"]  # no temporary directory


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rpartition(")")[2].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_parsing_workers_die_with_their_parent(corpus: Path, tmp_path: Path) -> None:
    proc = kgraph("build", str(corpus), "--out", str(tmp_path / "out"), "-j", "2", quiet=True)
    workers: list[int] = []
    for _ in range(600):  # until spaCy has forked its two workers (or the build ended)
        workers = _children(proc.pid)
        if len(workers) >= 2 or proc.poll() is not None:
            break
        time.sleep(0.1)
    assert len(workers) >= 2, "the build forked no workers"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    for _ in range(300):
        if not any(_alive(w) for w in workers):
            break
        time.sleep(0.1)
    left = [w for w in workers if _alive(w)]
    for w in left:
        os.kill(w, signal.SIGKILL)
    assert not left, f"workers {left} outlived their parent"


def test_cluster_without_workers_is_an_error(nlp) -> None:
    distributed = pytest.importorskip("distributed")
    from kgraph.distributed import parse_on_cluster
    from kgraph.errors import KgraphError
    from kgraph.read import read_sources

    docs = list(read_sources([SEEDS]))
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with distributed.Client(cluster) as client:
            cluster.scale(0)  # every worker lost
            for _ in range(200):
                if not client.scheduler_info().get("workers"):
                    break
                time.sleep(0.1)
            with pytest.raises(KgraphError, match="no worker"):
                list(parse_on_cluster(docs, nlp, client, grace=1.0))
