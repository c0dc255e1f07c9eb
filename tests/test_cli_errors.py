"""Every CLI command with missing arguments, missing files, wrong formats, bad SPARQL
and unusable outputs or stores: one clear line, a non-zero exit, no traceback, and
nothing created. No spaCy model is needed: each case fails before any parsing."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from kgraph import graph
from kgraph.cli import app
from tests.factories import sample_extraction

runner = CliRunner()
Q = "SELECT * WHERE { ?s ?p ?o }"


@pytest.fixture(scope="module")
def place(tmp_path_factory) -> Path:
    """A directory with a built graph, a statements file, an article and bad files."""
    root = tmp_path_factory.mktemp("cli-errors")
    (root / "g").mkdir()
    graph.serialize(graph.build_dataset(sample_extraction()), graph.Format.TRIG, root / "g" / "graph.trig")
    (root / "stmts.jsonl").write_text('{"doc": "a", "subject": "x", "relation": "supplies", "object": "y"}\n')
    (root / "bad.ttl").write_text("not rdf at all\n")
    (root / "bad.jsonl").write_text("{\n")
    (root / "src").mkdir()
    (root / "src" / "a.txt").write_text("North Korea sent troops to Russia.\n")
    (root / "file").write_text("a file\n")
    (root / "dangling").symlink_to(root / "nowhere")
    (root / "notstore").mkdir()
    (root / "notstore" / "mine.txt").write_text("keep me\n")
    (root / "damaged").mkdir()
    (root / "damaged" / "CURRENT").write_text("garbage\n")
    (root / "adir").mkdir()
    return root


# (args with {root} for the directory above, what the error says, paths that must not appear)
CASES = [
    (["build"], "Missing argument", []),
    (["build", "{root}/nosuch.txt", "--out", "{root}/o1"], "nosuch.txt: no such file or directory", ["o1"]),
    (["build", "{root}/nosuch", "--store", "{root}/s1"], "no such file or directory", ["s1"]),
    (["build", "{root}/src", "--out", "{root}/file"], "is a file, not a directory", []),
    (["build", "{root}/src", "--out", "{root}/dangling"], "which does not exist", ["nowhere"]),
    (["build", "{root}/src", "--out", "{root}/src"], "holds the source", []),
    (["build", "{root}/src", "--out", "{root}/src/out"], "inside the source directory", ["src/out"]),
    (["build", "{root}/src", "--store", "{root}/notstore"], "holds no kgraph store", []),
    (["build", "{root}/src", "--store", "{root}/damaged"], "damaged", []),
    (["build", "{root}/src", "--store", "{root}/file"], "is a file, not a store directory", []),
    (["build", "{root}/src", "--scheduler", "garbage", "--out", "{root}/o2"], "is not an address", ["o2"]),
    (["build", "{root}/src", "--date", "yesterday", "--out", "{root}/o3"], "YYYY-MM-DD", ["o3"]),
    (["build", "{root}/src", "-j", "0", "--out", "{root}/o4"], "-j", ["o4"]),
    (["build", "{root}/src", "--bogus"], "No such option", []),
    (["extract"], "Missing argument", []),
    (["extract", "{root}/nosuch.md"], "nosuch.md: no such file or directory", []),
    (["query"], "Missing argument", []),
    (["query", Q, "-g", "{root}/nosuch"], "nosuch: no such file or directory", []),
    (["query", "SELEC", "-g", "{root}/g"], "SPARQL", []),
    (["query", "{root}/bad.ttl", "-g", "{root}/g"], "SPARQL", []),
    (["query", Q, "-g", "{root}/bad.ttl"], "does not parse", []),
    (["query", Q, "-g", "{root}/adir"], "neither a kgraph build", []),
    (["query", Q, "-g", "{root}/g", "--format", "xml"], "Invalid value", []),
    (["query", Q, "--store", "{root}/s2"], "no such file or directory", ["s2"]),
    (["query", Q, "--store", "{root}/notstore"], "neither a kgraph build", []),
    (["query", Q, "--store", "{root}/damaged"], "Corruption", []),
    (["export"], "Missing argument", []),
    (["export", "xml", "-g", "{root}/g"], "Invalid value", []),
    (["export", "ttl", "-g", "{root}/nosuch"], "no such file or directory", []),
    (["export", "ttl", "--store", "{root}/s3"], "no such store", ["s3"]),
    (["export", "ttl", "-g", "{root}/g", "--out", "{root}/adir"], "cannot write", []),
    (["remove"], "Missing argument", []),
    (["remove", "a.txt"], "Missing option", []),
    (["remove", "a.txt", "--store", "{root}/s4"], "no such store", ["s4"]),
    (["remove", "a.txt", "--store", "{root}/notstore"], "holds no kgraph store", []),
    (["render", "-g", "{root}/nosuch"], "no such file or directory", []),
    (["render", "-g", "{root}/g", "--out", "{root}/adir"], "cannot write", []),
    (["stats", "-g", "{root}/bad.ttl"], "cannot parse", []),
    (["validate", "-g", "{root}/nosuch"], "no such file or directory", []),
    (["eval"], "Missing argument", []),
    (["eval", "{root}/nosuch.jsonl", "-s", "{root}/stmts.jsonl"], "nosuch.jsonl", []),
    (["eval", "{root}/bad.jsonl", "-s", "{root}/stmts.jsonl"], "bad.jsonl", []),
    (["eval", "{root}/stmts.jsonl", "-s", "{root}/nosuch.jsonl"], "nosuch.jsonl", []),
    (["nosuchcommand"], "No such command", []),
]


@pytest.mark.parametrize(("args", "says", "absent"), CASES, ids=[" ".join(a).replace("{root}/", "") for a, _, _ in CASES])
def test_bad_command_is_one_clear_line(place: Path, args: list[str], says: str, absent: list[str]) -> None:
    before = sorted(str(p) for p in place.rglob("*"))
    result = runner.invoke(app, [a.replace("{root}", str(place)) for a in args])
    output = result.output
    assert result.exit_code != 0, output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in output and says in output, output
    if "Error" not in output:  # not a usage error (those are click's): kgraph's own one line
        assert len([line for line in output.splitlines() if line.strip()]) == 1, output
    for name in absent:
        assert not (place / name).exists()
    assert sorted(str(p) for p in place.rglob("*")) == before  # nothing created, nothing lost
