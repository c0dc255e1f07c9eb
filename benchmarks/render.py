"""Benchmark of the HTML graph view: write time, page size, draw and interaction time.

Renders synthetic news-like graphs (tests/render_factories.py) of 1,000, 5,000 and
20,000 entities, opens each in Debian's headless Chromium and measures the time to the
first drawn frame (fitted, labelled) and, from the action to the next frame, each filter,
time-range change, re-layout and community overview step. Targets: 20,000 nodes draw in
< 10 s, every action answers in < 1 s.

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
from render_factories import CHROMIUM_ARGS, find_chromium, synthetic_extraction, wait_until_drawn  # noqa: E402

CLICK = "document.querySelector(%r).click()"
SLIDE = "(() => { const s = document.querySelector('#kg-time-%s'); s.value = String(%s); s.dispatchEvent(new Event('input')); })()"
ACTIONS = [  # (kind, what, the action as page script)
    ("filter", "hide relation supplies", CLICK % "input[data-filter='relation'][value='supplies']"),
    ("filter", "hide class Person", CLICK % "input[data-filter='class'][value='Person']"),
    ("filter", "show negated", CLICK % "input[data-filter='status'][value='negated']"),
    ("filter", "show relation supplies", CLICK % "input[data-filter='relation'][value='supplies']"),
    ("time", "first quarter only", SLIDE % ("to", "Math.floor(kgraph.data.time.labels.length / 4)")),
    ("time", "one period", SLIDE % ("to", "0")),
    ("relayout", "re-layout one period", CLICK % "#kg-relayout"),
    ("time", "all periods", SLIDE % ("to", "kgraph.data.time.labels.length - 1")),
    ("relayout", "re-layout everything shown", CLICK % "#kg-relayout"),
    ("overview", "communities on", CLICK % "#kg-overview"),
    ("overview", "expand the largest", "kgraph.expand(0)"),
    ("overview", "communities off", CLICK % "#kg-overview"),
]
TARGET_DRAW_S, TARGET_ACTION_MS = 10.0, 1000.0




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
    actions: dict[str, dict[str, float]] = {}
    for kind, what, script in ACTIONS:
        ms = page.evaluate(f"window.kgraph.timeFilter(() => {{ {script}; }})")
        actions.setdefault(kind, {})[what] = round(ms, 1)
    labels = page.evaluate("(() => { const l = window.kgraph.labels; return l.drawn.map(d => d.font * l.scale); })()")
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
        "action_ms": actions,
        "max_ms": {kind: round(max(v.values()), 1) for kind, v in actions.items()},
        "median_ms": {kind: round(statistics.median(v.values()), 1) for kind, v in actions.items()},
        "smallest_label_px": round(min(labels), 1) if labels else None,
        "requests": len(requests),
        "console_errors": len(errors),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 20000])
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "render.json")
    args = parser.parse_args(argv)
    chromium = find_chromium()
    if chromium is None:
        print("chromium not found: install Debian's chromium (make browser)", file=sys.stderr)
        return 2
    from playwright.sync_api import sync_playwright

    rows = []
    with sync_playwright() as pw, tempfile.TemporaryDirectory() as tmp:
        browser = pw.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        for n in args.sizes:
            rows.append(measure(browser, n, Path(tmp)))
        version = browser.version
        browser.close()
    kinds = ["filter", "time", "relayout", "overview"]
    header = f"{'nodes':>7} {'edges':>7} {'write s':>8} {'HTML MB':>8} {'draw s':>7} " + " ".join(f"{k + ' ms max':>16}" for k in kinds)
    print(header)
    for r in rows:
        print(
            f"{r['nodes']:>7} {r['edges']:>7} {r['write_s']:>8.2f} {r['html_mb']:>8.2f} {r['first_draw_s']:>7.2f} "
            + " ".join(f"{r['max_ms'][k]:>16.0f}" for k in kinds)
        )
    big = max(rows, key=lambda r: r["nodes"])
    ok = big["first_draw_s"] < TARGET_DRAW_S and all(ms < TARGET_ACTION_MS for r in rows for ms in r["max_ms"].values())
    print(f"targets (draw < {TARGET_DRAW_S:.0f} s, each action < {TARGET_ACTION_MS:.0f} ms): {'met' if ok else 'MISSED'}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(
        json.dumps(
            {
                "benchmark": "render",
                "chromium": version,
                "python": platform.python_version(),
                "machine": platform.machine(),
                "targets": {"draw_s": TARGET_DRAW_S, "action_ms": TARGET_ACTION_MS},
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
