"""Speed and memory of kgraph against its parser: the acceptance figures of issue 14.

Usage::

    .venv/bin/python benchmarks/speed.py [--only NAME ...] [--quick] [--out FILE]

Corpora are those of ``benchmarks/throughput.py`` (CoNLL04 sentences joined into
articles of 12, reshuffled per repeat): 30,000, 100,000 and 400,000 words. Every figure
is measured in this one run, each configuration in its own process (so start-up and peak
RSS are its own), and every ratio is of two figures of this run. CPU seconds (user +
system of the process and its children) are given beside wall seconds: on a machine
shared with other work, the CPU ratio is the steadier one.

* ``startup``: ``kgraph --help``, wall and CPU seconds (median of 5); CPU seconds to
  load the gazetteer (best of 3).
* ``overhead``: the rules alone -- ``document_statements`` over documents parsed
  beforehand -- in CPU milliseconds per 1,000 words of the 100k corpus, against parsing.
* ``extract``: whole-process ``kgraph extract`` / a bare ``nlp.pipe`` process (same
  model, same batch size) on 30,000 words; best of 3 each, alternated.
* ``workers``: kgraph extraction with 2 parsing processes / 1, and bare spaCy's own
  2 / 1, on the 100k corpus, best of 2 each, in turn; for kgraph, the CPU seconds of the
  parent process (rules, reading the workers' Docs) and of its parsing processes.
* ``build``: ``kgraph build --out`` of the 100k and 400k corpora: peak RSS ratio; and
  writing graph.ttl + graph.trig of the 100k build's extraction the rdflib way
  (``build_dataset`` + ``serialize``, as builds did before) against
  :class:`kgraph.graphfiles.GraphFiles` (quads + Oxigraph serializers, 64 documents a
  chunk), both from the same extraction, SHACL checks left out of both; CPU seconds,
  best of two runs each, in turn (``write`` runs this part alone); and the SHACL checks
  of that extraction in chunks of 64 documents, as builds make them, by one pySHACL run
  over every shape (as builds did before) against :func:`kgraph.shacl.validate`, with
  whether their reports are the same (``shacl`` runs this part alone; minutes: pySHACL
  takes about half a second per entity with facts).

kgraph's modules are byte-compiled first, as those of an installed package (and spaCy's)
are, so no figure includes compiling kgraph's sources.

Writes ``benchmarks/results/speed.json`` and prints a table.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import DATA_DIR, write_corpus  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results" / "speed.json"
KGRAPH = Path(sys.executable).parent / "kgraph"
TARGETS = {
    "help_seconds": ("<=", 0.3),
    "help_cpu_seconds": ("<=", 0.3),
    "extract_vs_bare_cpu": ("<=", 1.15),
    "extract_vs_bare_wall": ("<=", 1.15),
    "workers_2_vs_1": (">=", 1.7),
    "memory_400k_vs_100k": ("<=", 1.2),
    "write_speedup": (">=", 10.0),
}


# --- children (each in its own process) ---------------------------------------------------


def child_bare(cfg: dict) -> dict:
    """A bare ``nlp.pipe`` of the model kgraph uses; it imports nothing of kgraph (the parent
    names the model), so the whole process is spaCy's alone."""
    import spacy

    texts = [p.read_text(encoding="utf-8") for p in sorted(Path(cfg["corpus"]).glob("*.txt"))]
    nlp = spacy.load(cfg["model"], exclude=["senter"])
    t = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=cfg["batch_size"], n_process=cfg.get("workers", 1)):
        pass
    return {"pipe_seconds": time.perf_counter() - t}


def child_extract(cfg: dict) -> dict:
    """kgraph extraction with ``workers`` parsing processes (statements consumed)."""
    from kgraph.extract import iter_statements
    from kgraph.nlp.pipeline import load_pipeline
    from kgraph.read import read_sources
    from kgraph.resolve import Resolver

    nlp = load_pipeline()
    t, cpu = time.perf_counter(), time.process_time()
    n = 0
    for _doc, found in iter_statements(
        read_sources([cfg["corpus"]]), nlp, resolver=Resolver(), batch_size=cfg["batch_size"], n_process=cfg["workers"]
    ):
        n += len(found)
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    # this process's CPU (the rules, and with workers reading their Docs) and the workers'
    return {"pipe_seconds": time.perf_counter() - t, "statements": n, "parent_cpu": time.process_time() - cpu,
            "workers_cpu": workers.ru_utime + workers.ru_stime}  # fmt: skip


def child_overhead(cfg: dict) -> dict:
    from kgraph.extract import document_statements
    from kgraph.nlp.furniture import masked
    from kgraph.nlp.lexicon import load_lexicon
    from kgraph.nlp.pipeline import load_pipeline
    from kgraph.read import read_sources
    from kgraph.resolve import Resolver

    docs = list(read_sources([cfg["corpus"]]))
    words = sum(len(d.text.split()) for d in docs)
    nlp = load_pipeline()
    t = time.process_time()  # CPU time of this process: steadier than wall time on a shared machine
    parsed = list(nlp.pipe(((masked(d.text), d) for d in docs), as_tuples=True, batch_size=cfg["batch_size"]))  # as extraction parses
    parse = time.process_time() - t
    lex, resolver = load_lexicon(), Resolver()
    t = time.process_time()
    n = sum(len(document_statements(d, sdoc, resolver, lex, nlp)) for sdoc, d in parsed)
    rules = time.process_time() - t
    return {"words": words, "statements": n, "parse_ms_per_1000_words": 1e6 * parse / words,
            "rules_ms_per_1000_words": 1e6 * rules / words}  # fmt: skip


def _extraction(corpus: str):  # noqa: ANN202
    """The extraction of ``corpus`` (documents without their texts), as build keeps it."""
    from dataclasses import replace

    from kgraph.extract import iter_statements
    from kgraph.nlp.pipeline import load_pipeline
    from kgraph.read import read_sources
    from kgraph.resolve import Resolver
    from kgraph.types import Extraction

    resolver = Resolver()
    pairs = list(iter_statements(read_sources([corpus]), load_pipeline(), resolver=resolver))
    statements = tuple(s for _, found in pairs for s in found)
    used = {r.iri for s in statements for r in s.refs()}
    return Extraction(documents=tuple(replace(d, text="") for d, _ in pairs), entities=resolver.entities(used),
                      statements=statements)  # fmt: skip


def _chunk(ex, k: int, *, entities: bool = True):  # noqa: ANN001, ANN202
    """The 64 documents of ``ex`` from the ``k``-th on, with their statements and (unless
    ``entities`` is false) the entities these name, as build() feeds GraphFiles."""
    from kgraph.types import Extraction

    docs = ex.documents[k : k + 64]
    iris = {d.iri for d in docs}
    statements = tuple(s for s in ex.statements if s.doc_iri in iris)
    named = {r.iri for s in statements for r in s.refs()} if entities else set()
    return Extraction(documents=docs, entities={i: e for i, e in ex.entities.items() if i in named}, statements=statements)


def child_write(cfg: dict) -> dict:
    """The 100k corpus's extraction written the rdflib way and the Oxigraph way, each
    twice in turn; the best CPU time of each."""
    from kgraph import graph
    from kgraph.graphfiles import GraphFiles
    from kgraph.types import Extraction

    tmp = Path(cfg["tmp"])
    ex = _extraction(cfg["corpus"])
    statements = ex.statements
    rdflib_s, ox_s = [], []
    for i in range(2):
        t = time.process_time()
        ds = graph.build_dataset(ex)
        graph.serialize(ds, graph.Format.TTL, tmp / "rdflib.ttl")
        graph.serialize(ds, graph.Format.TRIG, tmp / "rdflib.trig")
        rdflib_s.append(time.process_time() - t)
        quads = len(list(ds.quads((None, None, None, None))))
        del ds
        (tmp / f"ox{i}").mkdir()
        t = time.process_time()
        with GraphFiles(tmp / f"ox{i}") as files:  # in chunks of 64 documents, as build() feeds it
            for k in range(0, len(ex.documents), 64):
                files.add(_chunk(ex, k, entities=False), validate=False)
            files.add(Extraction(documents=(), entities=ex.entities), validate=False)
        ox_s.append(time.process_time() - t)
    return {"rdflib_seconds": min(rdflib_s), "oxigraph_seconds": min(ox_s), "quads": quads, "statements": len(statements)}


def child_shacl(cfg: dict) -> dict:
    """The 100k corpus's extraction checked against the SHACL shapes in chunks of 64
    documents, as ``build`` checks it: by one pySHACL run over every shape (how builds
    validated before) and by :func:`kgraph.shacl.validate`; CPU seconds of each, and
    whether their reports agreed."""
    from pyshacl import validate as pyshacl_validate

    from kgraph import graph, shacl

    ex, reference, ours, same = _extraction(cfg["corpus"]), 0.0, 0.0, True
    for k in range(0, len(ex.documents), 64):
        data = graph.union_graph(graph.build_dataset(_chunk(ex, k)))
        t = time.process_time()
        old = pyshacl_validate(data, shacl_graph=graph.load_shapes(), inference="none", abort_on_first=False,
                               allow_warnings=True)  # fmt: skip
        reference += time.process_time() - t
        t = time.process_time()
        new = shacl.validate(data)
        ours += time.process_time() - t
        same = same and (bool(old[0]), str(old[2])) == (new.conforms, new.text)
    return {"pyshacl_seconds": reference, "kgraph_shacl_seconds": ours, "same_reports": same, "statements": len(ex.statements)}


def child_gazetteer(cfg: dict) -> dict:
    from kgraph.gazetteer import Gazetteer

    t = time.process_time()
    Gazetteer.load()
    return {"load_cpu": time.process_time() - t}


CHILDREN = {
    "bare": child_bare, "extract": child_extract, "overhead": child_overhead, "write": child_write,
    "gazetteer": child_gazetteer, "shacl": child_shacl,
}  # fmt: skip


def _model() -> str:
    """The model kgraph loads, named here so the bare child need not import kgraph."""
    from kgraph.nlp.pipeline import default_model

    return default_model()


def run_child(cfg: dict) -> dict:
    return run([sys.executable, __file__, "--child", json.dumps(cfg)], parse=True)


def run(cmd: list[str], *, parse: bool = False, stdout=subprocess.PIPE) -> dict:  # noqa: ANN001
    """Run ``cmd``; its wall and CPU seconds (children included) and peak RSS."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    proc = subprocess.run(cmd, stdout=stdout, stderr=subprocess.PIPE, text=True, cwd=ROOT, check=False)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd[:3])} failed:\n{proc.stderr[-3000:]}")
    out = json.loads(proc.stdout.strip().splitlines()[-1]) if parse else {}
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {**out, "wall": wall, "cpu": cpu, "peak_rss_mb": after.ru_maxrss / 1024}


def peak_rss(cmd: list[str]) -> float:
    """Peak RSS in MB of one command (GNU time, which sees only this process tree)."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as f:
        subprocess.run(["/usr/bin/time", "-f", "%M", "-o", f.name, *cmd], stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, cwd=ROOT, check=True)  # fmt: skip
        return int(f.read().split()[-1]) / 1024


# --- sections -----------------------------------------------------------------------------


def startup() -> dict:
    runs = [run([str(KGRAPH), "--help"]) for _ in range(5)]
    gazetteer = [run_child({"kind": "gazetteer"}) for _ in range(3)]
    return {
        "help_seconds": statistics.median(r["wall"] for r in runs),
        "help_cpu_seconds": statistics.median(r["cpu"] for r in runs),
        "gazetteer_load_cpu_seconds": min(g["load_cpu"] for g in gazetteer),
    }



def overhead(c100: Path) -> dict:
    return run_child({"kind": "overhead", "corpus": str(c100), "batch_size": 8})


def extract(c30: Path, repeats: int) -> dict:
    bare, kg = [], []
    for _ in range(repeats):
        bare.append(run_child({"kind": "bare", "corpus": str(c30), "batch_size": 8, "model": _model()}))
        kg.append(run([str(KGRAPH), "extract", str(c30), "--out", os.devnull]))
    best = lambda runs, k: min(r[k] for r in runs)  # noqa: E731
    return {
        "bare_wall": best(bare, "wall"), "bare_cpu": best(bare, "cpu"),
        "kgraph_wall": best(kg, "wall"), "kgraph_cpu": best(kg, "cpu"),
        "extract_vs_bare_wall": best(kg, "wall") / best(bare, "wall"),
        "extract_vs_bare_cpu": best(kg, "cpu") / best(bare, "cpu"),
    }  # fmt: skip


def workers(c100: Path, repeats: int) -> dict:
    runs: dict[str, list[dict]] = {}
    for _ in range(repeats):  # in turn, so a burst of other work on the machine hits one run of each at most
        for kind in ("bare", "extract"):
            for n in (1, 2):
                runs.setdefault(f"{kind}_{n}w", []).append(
                    run_child({"kind": kind, "corpus": str(c100), "batch_size": 16, "workers": n, "model": _model()})
                )
    out = {key: min(found, key=lambda r: r["pipe_seconds"]) for key, found in runs.items()}
    out["workers_2_vs_1"] = out["extract_1w"]["pipe_seconds"] / out["extract_2w"]["pipe_seconds"]
    out["bare_workers_2_vs_1"] = out["bare_1w"]["pipe_seconds"] / out["bare_2w"]["pipe_seconds"]
    return out


def build(c100: Path, c400: Path, tmp: Path) -> dict:
    m100 = peak_rss([str(KGRAPH), "build", str(c100), "--out", str(tmp / "out100")])
    m400 = peak_rss([str(KGRAPH), "build", str(c400), "--out", str(tmp / "out400")])
    return {"peak_rss_100k_mb": m100, "peak_rss_400k_mb": m400, "memory_400k_vs_100k": m400 / m100,
            **write(c100, tmp), **shacl(c100)}  # fmt: skip


def write(c100: Path, tmp: Path) -> dict:
    out = run_child({"kind": "write", "corpus": str(c100), "tmp": str(tmp)})
    return {**{k: out[k] for k in ("rdflib_seconds", "oxigraph_seconds", "quads", "statements")},
            "write_speedup": out["rdflib_seconds"] / out["oxigraph_seconds"]}  # fmt: skip


def shacl(c100: Path) -> dict:
    out = run_child({"kind": "shacl", "corpus": str(c100)})
    return {**{k: out[k] for k in ("pyshacl_seconds", "kgraph_shacl_seconds", "same_reports")},
            "shacl_speedup": out["pyshacl_seconds"] / out["kgraph_shacl_seconds"]}  # fmt: skip


SECTIONS = ("startup", "overhead", "extract", "workers", "build", "write", "shacl")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", nargs="*", choices=SECTIONS, default=list(SECTIONS))
    ap.add_argument("--quick", action="store_true", help="a tenth of every corpus, one repeat")
    ap.add_argument("--out", type=Path, default=RESULTS)
    ap.add_argument("--data", type=Path, default=DATA_DIR, help="directory of conll04_*.json (default: %(default)s)")
    args = ap.parse_args()
    scale = 10 if args.quick else 1
    results: dict = {"machine": {"cpus": os.cpu_count(), "load_before": os.getloadavg()}}
    stage = lambda msg: print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)  # noqa: E731
    # kgraph's modules byte-compiled, as pip compiles an installed package's and spaCy's
    # are: an editable install run with PYTHONDONTWRITEBYTECODE compiles them at every start.
    compileall.compile_dir(ROOT / "kgraph", quiet=1)
    with tempfile.TemporaryDirectory(prefix="kgraph-speed-") as name:
        tmp = Path(name)
        corpora = {}
        for words in (30_000, 100_000, 400_000):
            corpora[words] = tmp / f"c{words // 1000}k"
            results[f"words_{words // 1000}k"] = write_corpus(corpora[words], words // scale, args.data)
        if "startup" in args.only:
            stage("start-up")
            results["startup"] = startup()
        if "overhead" in args.only:
            stage("rules overhead, 100k words")
            results["overhead"] = overhead(corpora[100_000])
        if "extract" in args.only:
            stage("kgraph extract vs bare nlp.pipe, 30k words")
            results["extract"] = extract(corpora[30_000], 1 if args.quick else 3)
        if "workers" in args.only:
            stage("2 workers vs 1, 100k words")
            results["workers"] = workers(corpora[100_000], 1 if args.quick else 2)
        if "build" in args.only:
            stage("build --out, 100k and 400k words")
            results["build"] = build(corpora[100_000], corpora[400_000], tmp)
        else:
            if "write" in args.only:
                stage("graph files of the 100k corpus, rdflib vs Oxigraph")
                results.setdefault("build", {}).update(write(corpora[100_000], tmp))
            if "shacl" in args.only:
                stage("SHACL checks of the 100k corpus, pySHACL alone vs kgraph.shacl")
                results.setdefault("build", {}).update(shacl(corpora[100_000]))
    results["machine"]["load_after"] = os.getloadavg()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    report(results)
    print(f"\nwrote {args.out}")


def report(r: dict) -> None:
    print(f"corpora: {r['words_30k']:,} / {r['words_100k']:,} / {r['words_400k']:,} words; "
          f"{r['machine']['cpus']} CPUs, load {r['machine']['load_before'][0]:.1f} -> {r['machine']['load_after'][0]:.1f}")  # fmt: skip
    if "overhead" in r:
        o = r["overhead"]
        print(f"rules: {o['rules_ms_per_1000_words']:.1f} ms per 1,000 words (parsing: {o['parse_ms_per_1000_words']:.1f})")
    if "workers" in r:
        w = r["workers"]
        print(f"bare spaCy 2 workers / 1: {w['bare_workers_2_vs_1']:.2f}; CPU s, kgraph 1 / 2 workers: "
              f"{w['extract_1w']['cpu']:.1f} / {w['extract_2w']['cpu']:.1f} (parent {w['extract_2w']['parent_cpu']:.1f}, "
              f"workers {w['extract_2w']['workers_cpu']:.1f}), bare {w['bare_1w']['cpu']:.1f} / {w['bare_2w']['cpu']:.1f}")
    if "build" in r:
        b = r["build"]
        if "peak_rss_100k_mb" in b:
            print(f"build --out peak RSS: {b['peak_rss_100k_mb']:.0f} MB (100k), {b['peak_rss_400k_mb']:.0f} MB (400k)")
        if "quads" in b:
            print(f"writing {b['quads']:,} quads: rdflib {b['rdflib_seconds']:.2f} s, Oxigraph {b['oxigraph_seconds']:.2f} s")
        if "pyshacl_seconds" in b:
            print(f"SHACL checks: pySHACL alone {b['pyshacl_seconds']:.1f} s, kgraph.shacl {b['kgraph_shacl_seconds']:.1f} s "
                  f"({b['shacl_speedup']:.1f}x; same reports: {b['same_reports']})")  # fmt: skip
    print(f"\n{'ratio':28s} {'value':>8s} {'target':>10s}")
    flat = {k: v for section in r.values() if isinstance(section, dict) for k, v in section.items()}
    for name, (op, target) in TARGETS.items():
        if name in flat:
            value = flat[name]
            ok = value <= target if op == "<=" else value >= target
            print(f"{name:28s} {value:8.2f} {op + ' ' + str(target):>10s} {'ok' if ok else 'MISSED'}")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:  # one configuration, in its own process
        config = json.loads(sys.argv[2])
        print(json.dumps(CHILDREN[config["kind"]](config)))
    else:
        main()
