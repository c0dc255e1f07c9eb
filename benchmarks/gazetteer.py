"""Benchmark of loading the gazetteer: the cached default and an uncached copy.

Targets (once asserted in tests, which must not assert durations): the default load
under 0.3 s, an uncached load of a copy under 0.6 s.

    .venv/bin/python benchmarks/gazetteer.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kgraph.gazetteer import DEFAULT_PATH, Gazetteer  # noqa: E402

TARGET_DEFAULT_S, TARGET_UNCACHED_S = 0.3, 0.6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    t0 = time.perf_counter()
    Gazetteer.load()
    first = time.perf_counter() - t0
    with tempfile.TemporaryDirectory(prefix="kgraph-bench-") as tmp:
        copy = Path(tmp) / "g.json"
        shutil.copy(DEFAULT_PATH, copy)
        times = []
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            Gazetteer.load(copy)
            times.append(time.perf_counter() - t0)
    uncached = statistics.median(times)
    print(f"default load (first, then cached): {first:.3f} s (target < {TARGET_DEFAULT_S} s)")
    print(f"uncached load of a copy, median of {args.repeat}: {uncached:.3f} s (target < {TARGET_UNCACHED_S} s)")


if __name__ == "__main__":
    main()
