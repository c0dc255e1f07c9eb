"""Make the README's picture, docs/seeds.png, from the current build of the sample articles.

Builds ``seeds/`` into a temporary directory with ``kgraph build``'s code, opens the page in
Debian's headless Chromium (Playwright), shows the evidence of the most attested statement
and saves a screenshot. Run by ``make docs``; the tests never write into ``docs/``.

    .venv/bin/python scripts/readme_picture.py [--out docs/seeds.png] [--chromium /usr/bin/chromium]
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from render_factories import CHROMIUM_ARGS, find_chromium, wait_until_drawn  # noqa: E402

PICK_STATEMENT = """(() => {  // the asserted statement with the most evidence, between the most central entities
    const d = kgraph.data, shown = d.edges.filter(e => kgraph.ui.edgeOk[e.id] && e.status === 'asserted');
    shown.sort((a, b) => b.mentions.length - a.mentions.length ||
        (d.nodes[a.from].rank + d.nodes[a.to].rank) - (d.nodes[b.from].rank + d.nodes[b.to].rank));
    return shown.length ? shown[0].id : null;
})()"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "seeds.png")
    parser.add_argument("--chromium", default=find_chromium() or "/usr/bin/chromium")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    if not Path(args.chromium).exists():
        print(f"{args.chromium} not found: install Debian's chromium (make browser)", file=sys.stderr)
        return 2
    from playwright.sync_api import sync_playwright

    from kgraph.build import build

    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as pw:
        os.chdir(ROOT)  # the page names its sources as given: seeds/..., not where this checkout is
        build([Path("seeds")], Path(tmp) / "out")
        browser = pw.chromium.launch(executable_path=args.chromium, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 850})
        page.goto((Path(tmp) / "out" / "graph.html").as_uri())
        wait_until_drawn(page, 60)
        edge = page.evaluate(PICK_STATEMENT)
        if edge is not None:
            page.evaluate(f"kgraph.selectEdge({edge})")
        page.wait_for_timeout(300)
        args.out.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(args.out))
        browser.close()
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
