"""Throughput, scaling, memory and store benchmarks of kgraph's incremental builds.

Usage::

    .venv/bin/python benchmarks/throughput.py [--quick] [--words N] [--out FILE]

The corpus is made of the CoNLL04 sentences (``/work/shared/benchmarks/conll04/*.json``)
joined into documents of 12 sentences, the sentence order shuffled differently for each
repeat and each document headed by its number (so no two documents share a hash),
repeated until it holds ``--words`` words (100,000; 20,000 with ``--quick``).

Measured, each configuration in its own process (so peak RSS is its own):

* words/s of bare ``nlp.pipe`` (the spaCy model alone) vs a kgraph build into the
  embedded Oxigraph store (read, parse, extract, resolve, write), 1 and 2 workers;
* 2 workers vs 1 for the kgraph build;
* peak RSS of a build of 4x the corpus vs 1x;
* rebuilding the unchanged corpus vs the first build, and whether both stores are equal;
* 1,000,000 synthetic triples (200,000 with ``--quick``): load, three SPARQL queries,
  Turtle export.

Prints a table and writes ``benchmarks/results/throughput.json``.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DATA = sorted((Path(__file__).resolve().parent.parent.parent / "shared" / "benchmarks" / "conll04").glob("conll04_*.json"))
ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results" / "throughput.json"
TARGETS = {
    "kgraph_vs_bare_1w": 0.8,
    "speedup_2w_vs_1w": 1.6,
    "memory_4x_vs_1x": 1.3,
    "rebuild_speedup": 20.0,
}


# --- corpus ---------------------------------------------------------------------------


def sentences() -> list[str]:
    out = []
    for path in DATA:
        data = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(data, list):
            out.extend(" ".join(item["tokens"]) for item in data if isinstance(item, dict) and "tokens" in item)
    return out


def write_corpus(root: Path, words: int, per_doc: int = 12) -> int:
    """Write documents until ``words`` words are written; return the word count."""
    root.mkdir(parents=True, exist_ok=True)
    sents = sentences()
    total, n, repeat = 0, 0, 0
    while total < words:
        order = sents[:]
        random.Random(repeat).shuffle(order)
        for i in range(0, len(order), per_doc):
            text = f"Report {n}\n" + " ".join(order[i : i + per_doc]) + "\n"
            (root / f"doc{n:06d}.txt").write_text(text, encoding="utf-8")
            total += len(text.split())
            n += 1
            if total >= words:
                break
        repeat += 1
    return total


# --- child configurations ---------------------------------------------------------------


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child_bare(cfg: dict) -> dict:
    import spacy

    from kgraph.nlp.pipeline import default_model

    texts = [p.read_text(encoding="utf-8") for p in sorted(Path(cfg["corpus"]).glob("*.txt"))]
    nlp = spacy.load(default_model(), exclude=["senter"])
    nlp("Warm up the model once.")
    t = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=cfg["batch_size"], n_process=cfg["workers"]):
        pass
    return {"seconds": time.perf_counter() - t, "peak_rss_mb": peak_rss_mb()}


def child_build(cfg: dict) -> dict:
    from kgraph.incremental import update_store
    from kgraph.nlp.pipeline import load_pipeline
    from kgraph.store import OxigraphStore

    nlp = load_pipeline()
    nlp("Warm up the model once.")
    out: dict = {}
    with OxigraphStore(cfg["store"]) as store:
        t = time.perf_counter()
        report = update_store(store, [cfg["corpus"]], nlp, workers=cfg["workers"], batch_size=cfg["batch_size"])
        out["seconds"] = time.perf_counter() - t
        out["peak_rss_mb"] = peak_rss_mb()
        out["documents"] = len(report.added)
        out["statements"] = report.statements
        out["quads"] = len(store)
        if cfg.get("rebuild"):
            before = store.export("nq")
            t = time.perf_counter()
            again = update_store(store, [cfg["corpus"]], nlp, workers=cfg["workers"], batch_size=cfg["batch_size"])
            out["rebuild_seconds"] = time.perf_counter() - t
            out["rebuild_unchanged"] = len(again.unchanged)
            out["rebuild_identical"] = _same_quads(before, store.export("nq"))
    return out


def _same_quads(a: str, b: str) -> bool:
    """Equal as sets of quads (no blank nodes, so this is isomorphism)."""
    return set(a.splitlines()) == set(b.splitlines())


def child_triples(cfg: dict) -> dict:
    from kgraph import graph
    from kgraph.store import OxigraphStore, mentioned_only, nquads

    target = cfg["triples"]
    out: dict = {}
    with OxigraphStore(cfg["store"]) as store:
        t_gen = t_load = 0.0
        n_docs = 0
        while len(store) < target:
            t = time.perf_counter()
            ex = synthetic_extraction(n_docs, 50, 30)
            data = nquads(graph.quads(mentioned_only(ex))).encode("utf-8")
            t_gen += time.perf_counter() - t
            t = time.perf_counter()
            store.add_nquads(data)
            t_load += time.perf_counter() - t
            n_docs += 50
        out["quads"] = len(store)
        out["documents"] = n_docs
        out["generate_seconds"] = t_gen
        out["load_seconds"] = t_load
        queries = {
            "statements_per_relation": "SELECT ?r (COUNT(?s) AS ?n) WHERE { ?s a kg:Statement ; rdf:predicate ?r } GROUP BY ?r ORDER BY DESC(?n)",
            "top_entities_by_mentions": "SELECT ?e ?label (COUNT(?m) AS ?n) WHERE { ?m kg:mentionOf ?e . ?e skos:prefLabel ?label } GROUP BY ?e ?label ORDER BY DESC(?n) LIMIT 10",
            "evidence_of_one_entity": "SELECT ?s ?r ?o ?sentence WHERE { ?s rdf:subject ?e ; rdf:predicate ?r ; rdf:object ?o ; kg:evidence/kg:sentence ?sentence . ?e skos:prefLabel \"Entity 7\" } LIMIT 100",
        }
        for name, q in queries.items():
            t = time.perf_counter()
            rows = list(store.query(q))
            out[f"query_{name}_seconds"] = time.perf_counter() - t
            out[f"query_{name}_rows"] = len(rows)
        t = time.perf_counter()
        ttl = store.export("ttl")
        out["export_turtle_seconds"] = time.perf_counter() - t
        out["export_turtle_mb"] = len(ttl.encode("utf-8")) / 1e6
        out["peak_rss_mb"] = peak_rss_mb()
    return out


def synthetic_extraction(first: int, n_docs: int, per_doc: int):
    """``n_docs`` documents of ``per_doc`` statements over a pool of 2,000 entities."""
    import hashlib

    from kgraph import iri
    from kgraph.types import Document, Entity, EntityClass, EntityRef, Extraction, Relation, Statement, Status, TimeExpr

    rng = random.Random(first)
    classes = [EntityClass.PERSON, EntityClass.COUNTRY, EntityClass.ORGANIZATION, EntityClass.CITY, EntityClass.GROUP]
    relations = [r for r in Relation if r is not Relation.SUFFERED_CASUALTIES]
    entities: dict[str, Entity] = {}
    docs, statements = [], []
    for d in range(first, first + n_docs):
        text = f"Synthetic document {d}. " * per_doc
        doc = Document(iri.document_iri(f"synthetic/{d}.txt"), f"synthetic/{d}.txt", text, hashlib.sha256(text.encode()).hexdigest(), title=f"Synthetic {d}")
        docs.append(doc)
        for k in range(per_doc):
            refs = []
            for _ in range(2):
                n = rng.randrange(2000)
                cls = classes[n % len(classes)]
                e = Entity(iri.entity_iri(cls, f"Entity {n}"), f"Entity {n}", cls)
                entities[e.iri] = e
                refs.append(EntityRef(e.iri, e.label, e.cls, e.label, None, k * 25, k * 25 + 8))
            if refs[0].iri == refs[1].iri:
                continue
            statements.append(Statement(
                doc=doc.source, doc_iri=doc.iri, subject=refs[0], relation=str(rng.choice(relations)), object=refs[1],
                sentence=f"Synthetic document {d}.", start=k * 25, end=k * 25 + 22,
                status=rng.choice(list(Status)), confidence=round(rng.random(), 3),
                time=TimeExpr("in March 2024", "2024-03", "month") if k % 4 == 0 else None,
                rule="synthetic", extractor="kgraph-rules", extractor_version="0",
            ))  # fmt: skip
    return Extraction(documents=tuple(docs), entities=entities, statements=tuple(statements))


CHILDREN = {"bare": child_bare, "build": child_build, "triples": child_triples}


def run_child(cfg: dict) -> dict:
    proc = subprocess.run(
        [sys.executable, __file__, "--child", json.dumps(cfg)],
        capture_output=True, text=True, cwd=ROOT, check=False,
    )  # fmt: skip
    if proc.returncode != 0:
        raise SystemExit(f"benchmark child {cfg['kind']} failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


# --- main -----------------------------------------------------------------------------


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="a smaller corpus and 200,000 triples")
    ap.add_argument("--words", type=int, default=None)
    ap.add_argument("--triples", type=int, default=None)
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--out", type=Path, default=RESULTS)
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        cfg = json.loads(args.child)
        print(json.dumps(CHILDREN[cfg["kind"]](cfg)))
        return

    words = args.words or (20_000 if args.quick else 100_000)
    triples = args.triples or (200_000 if args.quick else 1_000_000)
    bs = args.batch_size
    results: dict = {"words": words, "batch_size": bs}
    with tempfile.TemporaryDirectory(prefix="kgraph-bench-") as tmp_name:
        tmp = Path(tmp_name)
        w1 = write_corpus(tmp / "c1", words)
        w4 = write_corpus(tmp / "c4", 4 * words)
        results.update(words_1x=w1, words_4x=w4)
        stage = lambda msg: print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)  # noqa: E731

        stage("bare nlp.pipe, 1 worker")
        bare1 = run_child({"kind": "bare", "corpus": str(tmp / "c1"), "workers": 1, "batch_size": bs})
        stage("kgraph build, 1 worker (+ rebuild)")
        build1 = run_child({"kind": "build", "corpus": str(tmp / "c1"), "workers": 1, "batch_size": bs, "store": str(tmp / "s1"), "rebuild": True})
        stage("bare nlp.pipe, 2 workers")
        bare2 = run_child({"kind": "bare", "corpus": str(tmp / "c1"), "workers": 2, "batch_size": bs})
        stage("kgraph build, 2 workers")
        build2 = run_child({"kind": "build", "corpus": str(tmp / "c1"), "workers": 2, "batch_size": bs, "store": str(tmp / "s2")})
        stage("kgraph build of the 4x corpus, 1 worker")
        build4 = run_child({"kind": "build", "corpus": str(tmp / "c4"), "workers": 1, "batch_size": bs, "store": str(tmp / "s4")})
        stage(f"{triples:,} synthetic triples")
        trip = run_child({"kind": "triples", "triples": triples, "store": str(tmp / "s5")})

    results["bare_1w"] = {**bare1, "words_per_s": w1 / bare1["seconds"]}
    results["bare_2w"] = {**bare2, "words_per_s": w1 / bare2["seconds"]}
    results["build_1w"] = {**build1, "words_per_s": w1 / build1["seconds"]}
    results["build_2w"] = {**build2, "words_per_s": w1 / build2["seconds"]}
    results["build_4x_1w"] = {**build4, "words_per_s": w4 / build4["seconds"]}
    results["triples"] = trip
    ratios = {
        "kgraph_vs_bare_1w": results["build_1w"]["words_per_s"] / results["bare_1w"]["words_per_s"],
        "kgraph_vs_bare_2w": results["build_2w"]["words_per_s"] / results["bare_2w"]["words_per_s"],
        "speedup_2w_vs_1w": build1["seconds"] / build2["seconds"],
        "bare_speedup_2w_vs_1w": bare1["seconds"] / bare2["seconds"],
        "memory_4x_vs_1x": build4["peak_rss_mb"] / build1["peak_rss_mb"],
        "rebuild_speedup": build1["seconds"] / build1["rebuild_seconds"],
    }
    results["ratios"] = ratios
    results["rebuild_identical"] = build1["rebuild_identical"]
    results["targets"] = TARGETS
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    print_table(results)
    print(f"\nwrote {args.out}")


def print_table(r: dict) -> None:
    print(f"corpus: {r['words_1x']:,} words (4x: {r['words_4x']:,}), batch size {r['batch_size']}\n")
    print(f"{'configuration':34s} {'seconds':>8s} {'words/s':>9s} {'peak RSS MB':>12s}")
    for key in ("bare_1w", "bare_2w", "build_1w", "build_2w", "build_4x_1w"):
        c = r[key]
        print(f"{key:34s} {c['seconds']:8.1f} {c['words_per_s']:9.0f} {c['peak_rss_mb']:12.0f}")
    b = r["build_1w"]
    print(f"{'rebuild unchanged, 1 worker':34s} {b['rebuild_seconds']:8.2f}   identical store: {r['rebuild_identical']}")
    print(f"\n{'ratio':34s} {'value':>8s} {'target':>8s}")
    for name, value in r["ratios"].items():
        target = r["targets"].get(name)
        if target is None:
            mark = ""
        elif name.startswith("memory"):
            mark = "ok" if value <= target else "MISSED"
        else:
            mark = "ok" if value >= target else "MISSED"
        tgt = "" if target is None else (f"<= {target}" if name.startswith("memory") else f">= {target}")
        print(f"{name:34s} {value:8.2f} {tgt:>8s} {mark}")
    t = r["triples"]
    print(f"\n{t['quads']:,} quads in the store ({t['documents']:,} documents)")
    print(f"  generate quads (kgraph.graph.quads + N-Quads) {t['generate_seconds']:7.1f} s")
    print(f"  load into Oxigraph                            {t['load_seconds']:7.1f} s")
    for k, v in t.items():
        if k.startswith("query_") and k.endswith("_seconds"):
            name = k[len("query_") : -len("_seconds")]
            print(f"  query {name:40s}{v:7.2f} s  ({t[f'query_{name}_rows']} rows)")
    print(f"  export Turtle ({t['export_turtle_mb']:.0f} MB)                       {t['export_turtle_seconds']:7.1f} s")


if __name__ == "__main__":
    main()
