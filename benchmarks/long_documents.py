"""Benchmark of long and hostile documents: time and peak memory of a whole build.

Each case is built (read, parse, extract, graph, SHACL, outputs) in a fresh process of
its own, so its peak memory (max RSS) is its own:

- ``article_2_5mb``: a 2.5 MB article of paragraphs (the sample articles, repeated);
- ``single_line_300kb``: the same text as one 300 KB line (no line break at all);
- ``capitals_200kb``: 200 KB of capitalised words without a full stop;
- ``punctuation_200kb``: 200 KB of punctuation and brackets without white space;
- ``ordinary_200kb``: 200 KB of the sample articles, the yardstick for the two above.

Reported per case: characters, seconds, peak MB, statements, and for the hostile cases
the ratio of their seconds per character to the ordinary text's (targets: capitals
build in under 30 s; every case linear, a ratio within a small factor).

    .venv/bin/python benchmarks/long_documents.py [--cases NAME ...] [--out benchmarks/results/long_documents.json]
"""

from __future__ import annotations

import argparse
import json
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
from throughput import peak_rss_mb  # noqa: E402


def _sample() -> str:
    return "\n\n".join(p.read_text(encoding="utf-8").strip() for p in sorted((ROOT / "seeds").glob("*.txt")))


def _repeat(text: str, size: int, sep: str) -> str:
    out = (text + sep) * (size // (len(text) + len(sep)) + 1)
    return out[:size]


CASES = {
    "article_2_5mb": lambda: _repeat(_sample(), 2_500_000, "\n\n"),
    "single_line_300kb": lambda: _repeat(" ".join(_sample().split()), 300_000, " "),
    "capitals_200kb": lambda: _repeat("Abc Def", 200_000, " "),
    "punctuation_200kb": lambda: _repeat("!?(([[{{--..,,", 200_000, ""),
    "ordinary_200kb": lambda: _repeat(_sample(), 200_000, "\n\n"),
}


def run_case(name: str) -> dict:
    """Build one case in this process; its figures."""
    from kgraph.build import build

    text = CASES[name]()
    with tempfile.TemporaryDirectory(prefix="kgraph-bench-") as tmp:
        src = Path(tmp) / f"{name}.txt"
        src.write_text(text, encoding="utf-8")
        from kgraph.nlp.pipeline import load_pipeline

        load_pipeline()  # the model's load is not the document's time
        t0 = time.perf_counter()
        result = build([src], Path(tmp) / "out")
        seconds = time.perf_counter() - t0
        kept = all(text[s.start : s.end] == s.sentence for s in result.extraction.statements)
    return {
        "case": name,
        "characters": len(text),
        "seconds": round(seconds, 1),
        "peak_mb": round(peak_rss_mb()),
        "statements": len(result.extraction.statements),
        "offsets_index_the_text": kept,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", nargs="*", default=list(CASES), choices=list(CASES))
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "long_documents.json")
    parser.add_argument("--one", help=argparse.SUPPRESS)  # run one case here (the child process)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_case(args.one)))
        return
    rows = []
    for name in args.cases:
        child = subprocess.run([sys.executable, __file__, "--one", name], capture_output=True, text=True, check=True)
        row = json.loads(child.stdout.strip().splitlines()[-1])
        rows.append(row)
        print(f"{name:20s} {row['characters']:>10,} chars {row['seconds']:>7.1f} s {row['peak_mb']:>6} MB peak "
              f"{row['statements']:>6} statements, offsets index the text: {row['offsets_index_the_text']}", flush=True)  # fmt: skip
    base = next((r for r in rows if r["case"] == "ordinary_200kb"), None)
    if base is not None:
        per_char = base["seconds"] / base["characters"]
        for row in rows:
            row["ratio_to_ordinary"] = round(row["seconds"] / row["characters"] / per_char, 2)
            print(f"{row['case']:20s} seconds per character / ordinary text's: {row['ratio_to_ordinary']}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"machine": platform.platform(), "cases": rows}, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
