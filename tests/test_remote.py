"""The remote store against a real Oxigraph server process (and one that is down)."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from rdflib import Dataset

from kgraph.errors import GraphError, QueryError
from kgraph.incremental import update_store
from kgraph.remote import RemoteStore, is_remote
from kgraph.store import OxigraphStore
from tests.factories import sample_extraction

OXIGRAPH = Path(sys.executable).parent / "oxigraph"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(tmp_path):
    if not OXIGRAPH.exists():
        pytest.skip("the oxigraph server binary is not installed (pip install oxigraph)")
    port = free_port()
    proc = subprocess.Popen(
        [str(OXIGRAPH), "serve", "--location", str(tmp_path / "server"), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 20
    while True:
        try:
            urllib.request.urlopen(url + "/query?query=ASK%7B%7D", timeout=1).read()
            break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail(f"oxigraph serve did not start: {proc.stderr.read().decode()[-500:]}")
            time.sleep(0.1)
    yield url
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()


def quads(nq: str) -> set:
    ds = Dataset()
    ds.parse(data=nq, format="nquads")
    return set(ds.quads())


def test_is_remote():
    assert is_remote("http://127.0.0.1:7878") and is_remote("https://example.org/sparql")
    assert not is_remote("out/store") and not is_remote("/tmp/http:x")


def test_open_store_picks_the_kind_of_store(tmp_path):
    from kgraph.incremental import open_store

    remote = open_store("http://127.0.0.1:7878/query")
    assert isinstance(remote, RemoteStore) and remote.update_url == "http://127.0.0.1:7878/update"
    with open_store(tmp_path / "db") as local:
        assert isinstance(local, OxigraphStore) and (tmp_path / "db").is_dir()


@pytest.mark.server
def test_remote_store_holds_what_the_embedded_store_holds(server):
    ex = sample_extraction()
    remote = RemoteStore(server)
    remote.add_extraction(ex)
    with OxigraphStore(None) as local:
        local.add_extraction(ex)
        assert quads(remote.export("nq")) == quads(local.export("nq"))
        trig = lambda store: Dataset().parse(data=store.export("trig"), format="trig").default_graph  # noqa: E731
        assert set(trig(remote)) == set(trig(local)) != set()  # the facts also in the default graph
        assert remote.documents() == local.documents()
        assert remote.sources() == local.sources()
        q = "SELECT ?s ?r WHERE { ?s a kg:Statement ; rdf:predicate ?r } ORDER BY ?s"
        assert [tuple(r) for r in remote.query(q)] == [tuple(r) for r in local.query(q)]
        assert remote.query("ASK { ?d a kg:Document }").askAnswer is True
        c = "CONSTRUCT { ?d kg:source ?s } WHERE { ?d kg:source ?s }"
        assert set(remote.query(c).graph) == set(local.query(c).graph)

        doc = ex.documents[0].iri
        remote.remove_document(doc)
        local.remove_document(doc)
        assert quads(remote.export("nq")) == quads(local.export("nq"))
        assert set(remote.documents()) == {ex.documents[1].iri}
    assert "@prefix" in remote.export("ttl") or remote.export("ttl").strip()
    with pytest.raises(QueryError):
        remote.query("SELECT WHERE {")


class _NoParsing:
    """An nlp that fails the test if anything is parsed."""

    def pipe(self, *a, **k):
        raise AssertionError("nothing should be parsed when the store is down")


@pytest.mark.server
def test_a_server_that_is_down_gives_a_clear_error_and_nothing_is_lost(tmp_path):
    url = f"http://127.0.0.1:{free_port()}"  # nobody listens here
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Russia supplied missiles to North Korea.\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.trig").write_text("# previous build\n", encoding="utf-8")
    with pytest.raises(GraphError, match="cannot reach the SPARQL store at http://127.0.0.1") as err:
        update_store(RemoteStore(url, timeout=2), [corpus], _NoParsing())
    assert "oxigraph serve" in str(err.value)
    assert (out / "graph.trig").read_text(encoding="utf-8") == "# previous build\n"
    with pytest.raises(GraphError, match="cannot reach"):
        RemoteStore(url, timeout=2).add_extraction(sample_extraction())


@pytest.mark.server
@pytest.mark.slow
def test_update_store_builds_incrementally_on_the_server(server, tmp_path, nlp):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Russia supplied missiles to North Korea.\n", encoding="utf-8")
    (corpus / "b.txt").write_text("Kim Jong Un met Vladimir Putin in Moscow.\n", encoding="utf-8")
    remote = RemoteStore(server)
    first = update_store(remote, [corpus], nlp)
    assert len(first.added) == 2 and first.statements > 0
    before = quads(remote.export("nq"))
    again = update_store(remote, [corpus], nlp)
    assert len(again.unchanged) == 2 and quads(remote.export("nq")) == before
    with OxigraphStore(None) as local:
        update_store(local, [corpus], nlp)
        assert len(quads(local.export("nq"))) == len(before)
    (corpus / "b.txt").unlink()
    kept = update_store(remote, [corpus], nlp)  # a store build adds and updates, never removes
    assert not kept.removed and len(remote.documents()) == 2
    pruned = update_store(remote, [corpus], nlp, prune=True)
    assert len(pruned.removed) == 1 and len(remote.documents()) == 1


@pytest.fixture
def not_sparql():
    """A web server that answers every request 200 with an HTML page."""
    import http.server
    import threading

    class Handler(http.server.BaseHTTPRequestHandler):
        def _page(self) -> None:
            body = b"<html><body>Welcome to nginx!</body></html>\n" + bytes(range(128, 256))
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = _page

        def log_message(self, *args) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.mark.parametrize(
    "call",
    [lambda st: st.query("SELECT * WHERE { ?s ?p ?o }"), lambda st: st.documents(), lambda st: st.export("ttl")],
    ids=["query", "documents", "export"],
)
def test_server_answering_200_with_non_json_is_a_clear_error(not_sparql, call):
    with pytest.raises(GraphError, match="answered with something that is not") as info:
        call(RemoteStore(not_sparql))
    assert "\n" not in str(info.value)


def test_a_remote_store_never_shows_its_password():
    store = RemoteStore("http://reader:s3cret@127.0.0.1:9")
    assert "s3cret" not in store.url + store.query_url + store.update_url + store.store_url
    with pytest.raises(GraphError) as e:
        store.documents()
    assert "s3cret" not in str(e.value) and "127.0.0.1:9" in str(e.value)


def test_cli_never_prints_a_password_of_a_store(tmp_path):
    from typer.testing import CliRunner

    from kgraph.cli import app

    (tmp_path / "a.txt").write_text("Russia and North Korea signed a treaty.", encoding="utf-8")
    for args in (["export", "nq"], ["remove", str(tmp_path / "a.txt")], ["query", "ASK {}"]):
        result = CliRunner().invoke(app, [*args, "--store", "http://reader:s3cret@127.0.0.1:9"])
        assert result.exit_code != 0 and "s3cret" not in result.output, args
