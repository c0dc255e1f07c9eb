"""Every CLI command through typer's CliRunner, on a real build of the sample articles."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys

import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic
from typer.testing import CliRunner

from kgraph.cli import app
from kgraph.evaluate import evaluate, load_gold
from kgraph.types import Relation

from conftest import GOLD, SEEDS
from factories import canonical_graph

pytestmark = pytest.mark.slow
runner = CliRunner()


@pytest.fixture(scope="module")
def built(tmp_path_factory, nlp):
    out = tmp_path_factory.mktemp("cli") / "out"
    result = runner.invoke(app, ["build", str(SEEDS), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out, result.output


def test_build_writes_every_output_and_a_summary(built):
    out, output = built
    for name in ("graph.ttl", "graph.trig", "statements.jsonl", "graph.html"):
        assert (out / name).stat().st_size > 0
    assert "2 documents read" in output and "SHACL      conforms" in output


def test_statements_follow_the_spec(built):
    out, _ = built
    for line in (out / "statements.jsonl").read_text().splitlines():
        d = json.loads(line)
        for key in ("doc", "subject", "relation", "object", "recipient", "destination", "quantity", "time",
                    "status", "accordingTo", "sentence", "start", "end", "confidence"):
            assert key in d
        text = (SEEDS.parent / d["doc"]).read_text(encoding="utf-8") if not d["doc"].startswith("/") else open(d["doc"]).read()
        assert text[d["start"] : d["end"]] == d["sentence"]


def test_eval_on_seed_gold_reaches_f1_06(built):
    out, _ = built
    result = runner.invoke(app, ["eval", str(GOLD), "--statements", str(out / "statements.jsonl"), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["f1"] >= 0.6, report


def test_turtle_and_trig_parse_back_isomorphic(built, tmp_path):
    out, _ = built
    ttl = runner.invoke(app, ["export", "ttl", "-g", str(out)])
    assert ttl.exit_code == 0
    original = Graph().parse(out / "graph.ttl")
    # the build writes decimals canonically ("150"), rdflib's Turtle writer as "150.0"
    assert isomorphic(canonical_graph(Graph().parse(data=ttl.stdout, format="turtle")), canonical_graph(original))
    trig = tmp_path / "again.trig"
    assert runner.invoke(app, ["export", "trig", "-g", str(out / "graph.trig"), "--out", str(trig)]).exit_code == 0
    a, b = Dataset(), Dataset()
    a.parse(out / "graph.trig", format="trig")
    b.parse(trig, format="trig")
    names = {g.identifier for g in a.graphs()}
    assert names == {g.identifier for g in b.graphs()}
    for name in names:
        assert isomorphic(canonical_graph(a.graph(name)), canonical_graph(b.graph(name))), name


def test_built_trig_holds_the_facts_in_its_default_graph(built):
    """For triplestores that query the default graph only (kgraph.exports)."""
    out, _ = built
    ds = Dataset()
    ds.parse(out / "graph.trig", format="trig")
    relations = {f"https://w3id.org/kgraph/ontology#{r.value}" for r in Relation}
    default = ds.default_graph.identifier
    facts = {(s, p, o) for s, p, o, g in ds.quads() if str(p) in relations and g != default}
    assert facts and facts == {t for t in ds.default_graph if str(t[1]) in relations}


@pytest.mark.parametrize("fmt", ["nt", "jsonld", "nq"])
def test_other_exports(built, fmt):
    out, _ = built
    result = runner.invoke(app, ["export", fmt, "-g", str(out)])
    assert result.exit_code == 0 and len(result.stdout) > 1000


def test_query_table_csv_json(built):
    out, _ = built
    q = "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> SELECT ?l WHERE { ?e skos:prefLabel ?l } ORDER BY ?l"
    table = runner.invoke(app, ["query", q, "-g", str(out)])
    assert table.exit_code == 0 and "North Korea" in table.stdout
    rows = json.loads(runner.invoke(app, ["query", q, "-g", str(out), "--format", "json"]).stdout)
    assert {"l": {"type": "literal", "value": "North Korea"}} in rows["results"]["bindings"]
    csv = runner.invoke(app, ["query", q, "-g", str(out), "--format", "csv"]).stdout
    assert csv.splitlines()[0] == "l"


def test_query_error_is_one_line_not_a_traceback(built):
    out, _ = built
    result = runner.invoke(app, ["query", "SELECT WHERE {", "-g", str(out)])
    assert result.exit_code == 2
    assert "Traceback" not in result.output and "error:" in result.output


def test_validate_conforms_and_fails_on_a_broken_graph(built, tmp_path):
    out, _ = built
    assert runner.invoke(app, ["validate", "-g", str(out)]).exit_code == 0
    broken = tmp_path / "broken.ttl"
    text = (out / "graph.ttl").read_text()
    broken.write_text(text + "\n<urn:x> a <https://w3id.org/kgraph/ontology#Statement> .\n")
    assert runner.invoke(app, ["validate", "-g", str(broken)]).exit_code == 1


def test_validate_reports_owl_rl_inconsistency(built, tmp_path):
    out, _ = built
    ok = runner.invoke(app, ["validate", "-g", str(out)])
    assert ok.exit_code == 0 and "SHACL: conforms" in ok.stdout and "OWL 2 RL: consistent" in ok.stdout
    clash = tmp_path / "clash.ttl"
    owl = "http://www.w3.org/2002/07/owl#"
    clash.write_text((out / "graph.ttl").read_text() + f"\n<urn:a> <{owl}sameAs> <urn:b> ; <{owl}differentFrom> <urn:b> .\n")
    result = runner.invoke(app, ["validate", "-g", str(clash)])
    assert result.exit_code == 1 and "SHACL: conforms" in result.stdout and "OWL 2 RL: INCONSISTENT" in result.stdout and "differentFrom" in result.stdout
    shacl_only = runner.invoke(app, ["validate", "-g", str(clash), "--no-owl"])
    assert shacl_only.exit_code == 0 and "OWL" not in shacl_only.stdout


def test_version_and_help_without_type_artefacts():
    assert runner.invoke(app, ["--version"]).stdout.startswith("kgraph 0.")
    for command in ([], ["build"], ["extract"], ["remove"], ["render"], ["eval"]):
        text = runner.invoke(app, [*command, "--help"]).stdout
        assert "Usage:" in text and not re.search(r"<bool>|<list\[", text), (command, text)


def test_stats_and_render(built, tmp_path):
    out, _ = built
    stats = runner.invoke(app, ["stats", "-g", str(out)])
    assert stats.exit_code == 0 and "most central entities" in stats.stdout and "North Korea" in stats.stdout
    html = tmp_path / "view.html"
    result = runner.invoke(app, ["render", "-g", str(out), "--out", str(html), "--focus", "North Korea", "--hops", "1"])
    assert result.exit_code == 0, result.output
    assert "<html" in html.read_text().lower()


def test_extract_to_stdout_matches_build(built):
    out, _ = built
    result = runner.invoke(app, ["extract", str(SEEDS)])
    assert result.exit_code == 0
    assert result.stdout == (out / "statements.jsonl").read_text()


def test_console_script_extract_writes_everything_and_exits_quickly(built, tmp_path):
    """The console script ends an extraction with os._exit: stdout, the --out file and the
    exit code are those of an ordinary exit; a failed command exits the ordinary way."""
    out, _ = built
    script = "import sys; from kgraph.cli import console; sys.argv[0] = 'kgraph'; console()"
    piped = subprocess.run([sys.executable, "-c", script, "extract", str(SEEDS)], capture_output=True, text=True)
    assert piped.returncode == 0 and piped.stdout == (out / "statements.jsonl").read_text()
    written = tmp_path / "s.jsonl"
    to_file = subprocess.run([sys.executable, "-c", script, "extract", str(SEEDS), "-o", str(written)], capture_output=True, text=True)
    assert to_file.returncode == 0 and "wrote" in to_file.stderr
    assert written.read_text() == (out / "statements.jsonl").read_text()
    failed = subprocess.run([sys.executable, "-c", script, "extract", str(tmp_path / "nosuch.md")], capture_output=True, text=True)
    assert failed.returncode == 2 and "no such file or directory" in failed.stderr


def test_gold_scores_match_library(built):
    from kgraph.types import Statement

    out, _ = built
    preds = [Statement.from_json(json.loads(line)) for line in (out / "statements.jsonl").read_text().splitlines()]
    assert evaluate(preds, load_gold(GOLD)).f1 >= 0.6


def test_bad_inputs_are_skipped_and_the_build_goes_on(tmp_path, nlp):
    src = tmp_path / "src"
    src.mkdir()
    shutil.copy(SEEDS / sorted(p.name for p in SEEDS.iterdir())[0], src / "good.txt")
    (src / "empty.txt").write_text("")
    (src / "blob.txt").write_bytes(b"\x00\x01\x02binary\x00")
    (src / "notes.xyz").write_text("what is this")
    (src / "latin.txt").write_bytes("Moscow said Belarus sent troops to Minsk. Caf\xe9.".encode("latin-1"))
    (src / "page.html").write_text("<html><head><script>alert(1)</script></head><body><p>Iran sent drones to Russia.</p></body></html>")
    result = runner.invoke(app, ["build", str(src), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "empty.txt" in result.output and "blob.txt" in result.output and "notes.xyz" in result.output
    assert "Traceback" not in result.output
    assert "3 documents read, 3 skipped" in result.output


def test_nothing_readable_exits_nonzero_without_traceback(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    result = runner.invoke(app, ["build", str(tmp_path / "empty.txt"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2 and "Traceback" not in result.output


def test_store_build_is_incremental_and_removable(tmp_path, nlp):
    src = tmp_path / "src"
    src.mkdir()
    for p in sorted(SEEDS.iterdir()):
        shutil.copy(p, src / p.name)
    store = tmp_path / "store"
    first = runner.invoke(app, ["build", str(src), "--store", str(store)])
    assert first.exit_code == 0, first.output
    assert "added 2" in first.output
    nq1 = runner.invoke(app, ["export", "nq", "--store", str(store)]).stdout
    again = runner.invoke(app, ["build", str(src), "--store", str(store)])
    assert again.exit_code == 0 and "unchanged 2" in again.output
    nq2 = runner.invoke(app, ["export", "nq", "--store", str(store)]).stdout
    assert sorted(nq1.splitlines()) == sorted(nq2.splitlines())  # nothing added, nothing lost
    q = "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> SELECT ?l WHERE { ?e skos:prefLabel ?l }"
    assert "North Korea" in runner.invoke(app, ["query", q, "--store", str(store)]).stdout
    victim = sorted(src.iterdir())[0]
    removed = runner.invoke(app, ["remove", str(victim), "--store", str(store)])
    assert removed.exit_code == 0 and "removed 1 documents" in removed.output
    nq3 = runner.invoke(app, ["export", "nq", "--store", str(store)]).stdout
    assert len(nq3.splitlines()) < len(nq2.splitlines())
    missing = runner.invoke(app, ["remove", str(victim), "--store", str(store)])
    assert missing.exit_code == 2 and "Traceback" not in missing.output


def test_store_build_removes_only_with_sync_and_knows_a_path_however_typed(tmp_path, nlp, monkeypatch):
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("Russia supplied missiles to North Korea.\n", encoding="utf-8")
    (src / "b.txt").write_text("Kim Jong Un met Vladimir Putin in Moscow.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    store = str(tmp_path / "store")
    assert "added 2" in runner.invoke(app, ["build", "src", "--store", store]).output
    absolute = runner.invoke(app, ["build", str(src.resolve()), "--store", store])
    assert "unchanged 2" in absolute.output and "added 0" in absolute.output  # nothing parsed again
    one = runner.invoke(app, ["build", "src/a.txt", "--store", store])
    assert one.exit_code == 0 and "removed 0" in one.output and "removing" not in one.output
    synced = runner.invoke(app, ["build", "src/a.txt", "--store", store, "--sync"])
    assert synced.exit_code == 0 and "removed 1" in synced.output
    assert "removing src/b.txt: not in the sources given (--sync)" in synced.output
    removed = runner.invoke(app, ["remove", str((src / "a.txt").resolve()), "--store", store])
    assert removed.exit_code == 0 and "removed 1 documents" in removed.output
