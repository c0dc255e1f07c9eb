"""Benchmark of kgraph.query: the same queries on a build's files, on an embedded store,
and, for comparison, with rdflib's in-process engine (what `kgraph query -g` used before).

Synthetic news-like graphs (tests/render_factories.py) of 1,000 and 5,000
entities are written as graph.trig and into an Oxigraph store. Each query runs
``--repeat`` times per source; the report gives the median seconds and the ratios
files/store and files/rdflib (rdflib: parsing graph.trig once, then the query).

    .venv/bin/python benchmarks/query.py [--sizes 1000 5000] [--repeat 3] [--out FILE.json]
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from kgraph import graph, query  # noqa: E402
from kgraph.namespaces import prefixes  # noqa: E402
from kgraph.store import OxigraphStore  # noqa: E402
from render_factories import synthetic_extraction  # noqa: E402

QUERIES = {
    "lookup": "SELECT ?e ?name WHERE { ?e skos:prefLabel ?name }",
    "count by relation": "SELECT ?r (COUNT(?st) AS ?n) WHERE { ?st a kg:Statement ; rdf:predicate ?r } GROUP BY ?r",
    "statements with labels": (
        "SELECT ?s ?r ?o ?status WHERE { ?st a kg:Statement ; rdf:subject/skos:prefLabel ?s ; "
        "rdf:predicate ?r ; rdf:object/skos:prefLabel ?o ; kg:status ?status }"
    ),
}


def _median(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def run(size: int, repeat: int, work: Path) -> dict:
    extraction = synthetic_extraction(size)
    out = work / f"out-{size}"
    graph.serialize(graph.build_dataset(extraction), graph.Format.TRIG, out / "graph.trig")
    with OxigraphStore(work / f"store-{size}") as store:
        store.add_extraction(extraction)
    start = time.perf_counter()
    ds = graph.load(out / "graph.trig")
    rdflib_load = time.perf_counter() - start
    name = next(iter(extraction.entities.values())).label
    rows = {}
    for label, sparql in QUERIES.items():
        bindings = {"name": name} if "?name" in sparql else None
        files = _median(lambda: query(out, sparql, bindings), repeat)
        store = _median(lambda: query(work / f"store-{size}", sparql, bindings), repeat)
        in_process = sparql.replace("?name }", f"{json.dumps(name)} }}") if bindings else sparql
        rdflib = _median(lambda: list(ds.query(in_process, initNs=prefixes())), repeat)
        rows[label] = {
            "files_s": round(files, 3),
            "store_s": round(store, 3),
            "rdflib_s": round(rdflib, 3),
            "files/store": round(files / store, 2),
            "files/(rdflib load + query)": round(files / (rdflib_load + rdflib), 2),
        }
    return {"entities": size, "trig_bytes": (out / "graph.trig").stat().st_size,
            "rdflib_load_s": round(rdflib_load, 3), "queries": rows}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--out", type=Path, help="also write the report here as JSON")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        report = {"machine": platform.platform(), "runs": [run(n, args.repeat, Path(tmp)) for n in args.sizes]}
    text = json.dumps(report, indent=1)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
