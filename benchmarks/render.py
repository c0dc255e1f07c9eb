"""Benchmark of the HTML graph view: write time, page size, draw and filter time.

Renders synthetic news-like graphs (tests/render_factories.py) of 1,000, 5,000 and
20,000 entities, opens each in Debian's headless Chromium and measures the time to the
first drawn frame (vis-network's ``afterDrawing``) and to apply a filter (from the
checkbox click to the next frame). Targets: 20,000 nodes draw in < 10 s, a filter
applies in < 1 s.

    .venv/bin/python benchmarks/render.py [--sizes 1000 5000 20000] [--out benchmarks/results/render.json]
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

from kgraph.render import RenderOptions, render  # noqa: E402
from render_factories import synthetic_extraction, wait_until_drawn  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
FILTERS = [  # (what, checkbox selector)
    ("hide relation supplies", "input[data-filter='relation'][value='supplies']"),
    ("hide class Person", "input[data-filter='class'][value='Person']"),
    ("show negated", "input[data-filter='status'][value='negated']"),
    ("show relation supplies", "input[data-filter='relation'][value='supplies']"),
]
TARGET_DRAW_S, TARGET_FILTER_MS = 10.0, 1000.0




def measure(browser, n: int, workdir: Path) -> dict:
    ext = synthetic_extraction(n)
    path = workdir / f"graph_{n}.html"
    t0 = time.perf_counter()
    report = render(ext, path, RenderOptions())
    write_s = time.perf_counter() - t0
    page = browser.new_page(viewport={"width": 1400, "height": 850})
    requests: list[str] = []
    errors: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    t0 = time.perf_counter()
    page.goto(path.as_uri())
    wait_until_drawn(page, 120)
    draw_wall_s = time.perf_counter() - t0
    draw_page_ms = page.evaluate("window.kgraph.firstDrawMs")  # since navigation start
    filters = {}
    for what, selector in FILTERS:
        ms = page.evaluate(
            "(sel) => window.kgraph.timeFilter(() => document.querySelector(sel).click())", selector
        )
        filters[what] = round(ms, 1)
    page.close()
    return {
        "nodes": report.nodes,
        "edges": report.edges,
        "statements": report.statements,
        "physics": report.physics,
        "write_s": round(write_s, 3),
        "html_mb": round(path.stat().st_size / 1e6, 2),
        "first_draw_s": round(draw_wall_s, 2),
        "first_draw_page_ms": round(draw_page_ms, 1),
        "filter_ms": filters,
        "filter_ms_median": round(statistics.median(filters.values()), 1),
        "filter_ms_max": round(max(filters.values()), 1),
        "requests": len(requests),
        "console_errors": len(errors),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 20000])
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "render.json")
    args = parser.parse_args(argv)
    if not Path(CHROMIUM).exists():
        print(f"{CHROMIUM} not found: install Debian's chromium (make browser)", file=sys.stderr)
        return 2
    from playwright.sync_api import sync_playwright

    rows = []
    with sync_playwright() as pw, tempfile.TemporaryDirectory() as tmp:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for n in args.sizes:
            rows.append(measure(browser, n, Path(tmp)))
        version = browser.version
        browser.close()
    header = f"{'nodes':>7} {'edges':>7} {'write s':>8} {'HTML MB':>8} {'draw s':>7} {'filter ms (median/max)':>23}"
    print(header)
    for r in rows:
        print(
            f"{r['nodes']:>7} {r['edges']:>7} {r['write_s']:>8.2f} {r['html_mb']:>8.2f} {r['first_draw_s']:>7.2f} "
            f"{r['filter_ms_median']:>11.0f} / {r['filter_ms_max']:<9.0f}"
        )
    big = max(rows, key=lambda r: r["nodes"])
    ok = big["first_draw_s"] < TARGET_DRAW_S and all(r["filter_ms_max"] < TARGET_FILTER_MS for r in rows)
    print(f"targets (draw < {TARGET_DRAW_S:.0f} s, filter < {TARGET_FILTER_MS:.0f} ms): {'met' if ok else 'MISSED'}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(
        json.dumps(
            {
                "benchmark": "render",
                "chromium": version,
                "python": platform.python_version(),
                "machine": platform.machine(),
                "targets": {"draw_s": TARGET_DRAW_S, "filter_ms": TARGET_FILTER_MS},
                "targets_met": ok,
                "results": rows,
            },
            indent=2,
        )
        + "\n",
        encoding="utf-8",
    )
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
