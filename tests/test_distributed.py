"""Extraction on a real Dask cluster (a LocalCluster of worker processes) gives the same
statements as extraction in this process."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from kgraph.cli import app
from kgraph.errors import KgraphError
from kgraph.extract import extract
from kgraph.read import read_sources

from conftest import SEEDS

pytestmark = pytest.mark.slow
distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as c:
        yield c


def test_cluster_extraction_equals_local(nlp, cluster):
    from kgraph.distributed import connect

    docs = list(read_sources([SEEDS]))
    local = extract(docs, nlp)
    client = connect(cluster.scheduler_address)
    try:
        remote = extract(docs, nlp, client=client)
        # the worker loaded the model once and parsed every batch with it
        loads = client.run(lambda: __import__("kgraph.nlp.pipeline", fromlist=["x"]).load_pipeline.cache_info().misses)
    finally:
        client.close()
    assert [s.to_json() for s in remote.statements] == [s.to_json() for s in local.statements]
    assert list(loads.values()) == [1]


def test_cli_build_with_scheduler(nlp, cluster, tmp_path):
    result = CliRunner().invoke(app, ["build", str(SEEDS), "--out", str(tmp_path / "out"), "--scheduler", cluster.scheduler_address])
    assert result.exit_code == 0, result.output
    lines = (tmp_path / "out" / "statements.jsonl").read_text().splitlines()
    assert lines and all(json.loads(line)["relation"] for line in lines)


def test_unreachable_scheduler_is_a_clear_error():
    from kgraph.distributed import connect

    with pytest.raises(KgraphError, match="cannot reach the Dask scheduler"):
        connect("tcp://127.0.0.1:9", timeout=2)
