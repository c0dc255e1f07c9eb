"""Where kgraph's CPU goes beyond spaCy's own parse: CPU milliseconds per 1,000 words.

Usage::

    .venv/bin/python benchmarks/breakdown.py [--words N] [--out FILE] [--data DIR]

On the 30,000-word corpus of ``benchmarks/speed.py`` (CoNLL04 sentences in articles of
12), in one process for the stages and in fresh processes for start-up:

* start-up: CPU of a process that imports spaCy and loads the model (what a bare
  ``nlp.pipe`` process pays before its first text) against one that also imports
  kgraph's extraction and loads its pipeline, lexicon and gazetteer (best of 3 each);
* reading the sources and blanking page furniture (:func:`kgraph.nlp.furniture.masked`);
* parsing, component by component, with the bare model and with kgraph's pipeline (each
  component's ``pipe`` over all the docs in batches of 8, as ``nlp.pipe`` chains them);
* the rules (:func:`kgraph.extract.document_statements`), split by exclusive CPU time
  into sections: resolution (the resolver and ``DocState.ref``/``source``), class
  correction, the mention additions, each candidate family, statement building, time
  expressions, headline re-parses, the rest;
* writing the statements as JSON Lines.

Exclusive time: a section's figure leaves out the sections called inside it (the
resolver called by class correction counts as resolution). The timers themselves cost
about a microsecond per call, so the rules' total here is a little above ``speed.py``'s.

Writes ``benchmarks/results/breakdown.json`` and prints a table.
"""

from __future__ import annotations

import argparse
import compileall
import importlib
import inspect
import json
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import DATA_DIR, write_corpus  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results" / "breakdown.json"

#: Rule functions looked up in kgraph.extract's namespace (or, as "module:name", in the
#: namespace of the kgraph module that calls them), by section.
SECTIONS = {
    "class correction": ("_typed",),
    "mention additions, source lines": ("acronym_mentions", "after_modal", "missed_places", "find_source_lines",
                                        "source_line_spans", "initialisms"),  # fmt: skip
    "statement building": ("statement_of",),
    "time expressions": ("statements:time_of",),
    "headline re-parses (rules' side)": ("headline_doc",),
    "headline sentence case": ("headline_names", "sentence_case"),
    "restatements, title sources": ("merge_restatements", "title_sources"),
    "quotations": ("prime_quotations",),
    "masking": ("masked",),
    **{f"candidates: {name}": (name,) for name in (
        "static_candidates", "verb_candidates", "event_candidates", "nominal_candidates", "agent_noun_candidates",
        "toll_candidates", "attack_candidates", "office_titles", "name_places", "described_orgs", "owned_bodies",
        "controlled_candidates")},
}  # fmt: skip


def child_startup(cfg: dict) -> dict:
    """CPU of this process (interpreter start included) once it can parse: the bare
    model, or kgraph's pipeline with its lexicon and gazetteer."""
    import spacy

    from kgraph.nlp.pipeline import default_model

    if cfg["kgraph"]:
        import kgraph.cli  # noqa: F401 - what `kgraph extract` imports
        from kgraph.extract import iter_statements  # noqa: F401
        from kgraph.gazetteer import Gazetteer
        from kgraph.nlp.lexicon import load_lexicon
        from kgraph.nlp.pipeline import load_pipeline

        load_pipeline(), load_lexicon(), Gazetteer.load()
    else:
        spacy.load(default_model(), exclude=["senter"])
    return {"cpu": time.process_time()}


def _parse(nlp, texts: list[str]) -> tuple[dict[str, float], list]:  # noqa: ANN001 - a spaCy Language
    """Parse ``texts`` as ``nlp.pipe(texts, batch_size=8)`` does, one component after the
    other over all the docs (each component batches them itself); CPU per component."""
    cost: dict[str, float] = {}
    t = time.process_time()
    docs = [nlp.tokenizer(text) for text in texts]
    cost["tokenizer"] = time.process_time() - t
    for name, proc in nlp.pipeline:
        t = time.process_time()
        docs = list(proc.pipe(docs, batch_size=8)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
        cost[name] = time.process_time() - t
    return cost, docs


class _Sections:
    """Exclusive CPU time per section of wrapped functions."""

    def __init__(self) -> None:
        self.totals: dict[str, float] = defaultdict(float)
        self.stack = ["rest of the rules"]
        self.last = time.process_time()

    def _switch(self, push: str | None) -> None:
        now = time.process_time()
        self.totals[self.stack[-1]] += now - self.last
        self.last = now
        if push is None:
            self.stack.pop()
        else:
            self.stack.append(push)

    def wrap(self, name: str, func: Callable) -> Callable:
        def timed(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            self._switch(name)
            try:
                found = func(*args, **kwargs)
                return list(found) if inspect.isgenerator(found) else found  # a generator's work, here
            finally:
                self._switch(None)

        return timed


def child_stages(cfg: dict) -> dict:
    import spacy

    import kgraph.extract as extract
    from kgraph.coreference import DocState
    from kgraph.gazetteer import Gazetteer
    from kgraph.nlp.furniture import masked
    from kgraph.nlp.lexicon import load_lexicon
    from kgraph.nlp.pipeline import default_model, load_pipeline
    from kgraph.read import read_sources
    from kgraph.resolve import Resolver
    from kgraph.types import statements_jsonl

    bare, nlp, lex = spacy.load(default_model(), exclude=["senter"]), load_pipeline(), load_lexicon()
    resolver = Resolver(Gazetteer.load())
    t = time.process_time()
    docs = list(read_sources([cfg["corpus"]]))
    texts = [masked(d.text) for d in docs]
    read = time.process_time() - t
    bare_cost, _ = _parse(bare, [d.text for d in docs])
    kgraph_cost, parsed = _parse(nlp, texts)
    sections = _Sections()
    for attr in ("resolve", "scan_acronyms", "note_groups", "note_people", "define_acronym", "begin_document"):
        setattr(Resolver, attr, sections.wrap("resolution", getattr(Resolver, attr)))
    for attr in ("ref", "source"):
        setattr(DocState, attr, sections.wrap("resolution", getattr(DocState, attr)))
    for section, names in SECTIONS.items():
        for entry in names:
            where, _, name = entry.rpartition(":")
            module = importlib.import_module(f"kgraph.{where}") if where else extract
            setattr(module, name, sections.wrap(section, getattr(module, name)))
    t = sections.last = time.process_time()
    found = [extract.document_statements(d, s, resolver, lex, nlp) for d, s in zip(docs, parsed, strict=True)]
    sections._switch("output")  # closes the rules' last section
    rules = time.process_time() - t
    t = time.process_time()
    "".join(statements_jsonl(f) for f in found)
    return {"words": sum(len(d.text.split()) for d in docs), "statements": sum(map(len, found)), "read_mask": read,
            "bare_parse": bare_cost, "kgraph_parse": kgraph_cost, "rules": rules,
            "rule_sections": {k: v for k, v in sections.totals.items() if k != "output"},
            "output": time.process_time() - t}  # fmt: skip


CHILDREN = {"startup": child_startup, "stages": child_stages}


def run_child(cfg: dict) -> dict:
    proc = subprocess.run([sys.executable, __file__, "--child", json.dumps(cfg)], capture_output=True, text=True,
                          cwd=ROOT, check=False)  # fmt: skip
    if proc.returncode != 0:
        raise SystemExit(f"{cfg['kind']} failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--words", type=int, default=30_000)
    ap.add_argument("--out", type=Path, default=RESULTS)
    ap.add_argument("--data", type=Path, default=DATA_DIR, help="directory of conll04_*.json (default: %(default)s)")
    args = ap.parse_args()
    compileall.compile_dir(ROOT / "kgraph", quiet=1)  # as an installed package is (see speed.py)
    with tempfile.TemporaryDirectory(prefix="kgraph-breakdown-") as name:
        corpus = Path(name) / "corpus"
        write_corpus(corpus, args.words, args.data)
        start = {kind: min(run_child({"kind": "startup", "kgraph": kind == "kgraph"})["cpu"] for _ in range(3))
                 for kind in ("bare", "kgraph")}  # fmt: skip
        stages = run_child({"kind": "stages", "corpus": str(corpus)})
    result = {"startup_cpu": start, **stages}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    report(result)


def report(r: dict) -> None:
    per = 1e6 / r["words"]  # seconds -> ms per 1,000 words
    bare, kg = r["bare_parse"], r["kgraph_parse"]
    rows = [
        ("start-up (imports, model, data)", r["startup_cpu"]["bare"], r["startup_cpu"]["kgraph"]),
        ("reading and masking", 0.0, r["read_mask"]),
        *((f"parse: {n}", bare.get(n, 0.0), kg.get(n, 0.0)) for n in dict.fromkeys([*kg, *bare])),
        *((f"rules: {n}", 0.0, v) for n, v in sorted(r["rule_sections"].items(), key=lambda x: -x[1])),
        ("writing statements", 0.0, r["output"]),
    ]
    print(f"{r['words']:,} words, {r['statements']:,} statements; CPU ms per 1,000 words")
    print(f"{'stage':52s} {'bare':>8s} {'kgraph':>8s} {'extra':>8s}")
    for name, b, k in rows:
        print(f"{name:52s} {b * per:8.1f} {k * per:8.1f} {(k - b) * per:8.1f}")
    b, k = sum(x[1] for x in rows), sum(x[2] for x in rows)
    print(f"{'total':52s} {b * per:8.1f} {k * per:8.1f} {(k - b) * per:8.1f}   ({k / b:.2f} x)")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        config = json.loads(sys.argv[2])
        print(json.dumps(CHILDREN[config["kind"]](config)))
    else:
        main()
