"""How the unseen-news benchmark's passages were split into ``dev`` and ``heldout``.

Usage::

    .venv/bin/python benchmarks/news_split.py [--data DIR]     # checks SOURCES.md against the split

The split was made once, right after the passages were collected and before any gold was
written or kgraph was run on them: stratified by topic, random with the fixed seed
:data:`SEED`. Within each topic (topics in sorted order, passages in file-name order) the
passages are shuffled; the first half goes to ``dev``, the next half to ``heldout``. The one
passage left over by each topic with an odd count is pooled; the pool is shuffled and its
first half goes to ``dev``, the rest to ``heldout``, so that both halves are the same size
(give or take one).

Passages collected later come in *batches* (the ``batch`` column of ``SOURCES.md``; a table
without that column is batch ``1``). Each batch is split on its own, by the same procedure,
right after it is collected and before its gold is written or kgraph is run on it, with the
seed ``f"{SEED}-{batch}"`` (batch ``1`` keeps :data:`SEED`), so that adding a batch never
moves a passage of an earlier one between the halves.

The script re-derives the split from the ``file`` and ``topic`` columns of
``SOURCES.md`` and reports any passage whose ``split`` column or directory differs.
"""

from __future__ import annotations

import argparse
import random
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

SEED = 20261201
SPLITS = ("dev", "heldout")
DATA_DIR = Path(__file__).resolve().parent / "news"


def split(passages: Iterable[tuple[str, str]], seed: int | str = SEED) -> dict[str, str]:
    """``{file: "dev" | "heldout"}`` for ``(file, topic)`` pairs, as the module docstring says."""
    by_topic: dict[str, list[str]] = defaultdict(list)
    for name, topic in passages:
        by_topic[topic].append(name)
    rng = random.Random(seed)
    out: dict[str, str] = {}
    leftovers: list[str] = []
    for topic in sorted(by_topic):
        names = sorted(by_topic[topic])
        rng.shuffle(names)
        half = len(names) // 2
        out.update(dict.fromkeys(names[:half], "dev"))
        out.update(dict.fromkeys(names[half : 2 * half], "heldout"))
        if len(names) % 2:
            leftovers.append(names[-1])
    rng.shuffle(leftovers)
    for i, name in enumerate(leftovers):
        out[name] = "dev" if i < (len(leftovers) + 1) // 2 else "heldout"
    return out


def read_sources(path: Path) -> list[dict[str, str]]:
    """The rows of the passage table in ``SOURCES.md`` (a Markdown table whose header
    starts with ``| file |``), as dicts keyed by the lower-cased column names."""
    rows: list[dict[str, str]] = []
    header: list[str] | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("|"):
            header = None if rows else header
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if header is None:
            if cells and cells[0].lower() == "file":
                header = [c.lower() for c in cells]
            continue
        if set("".join(cells)) <= set("-: "):
            continue
        rows.append(dict(zip(header, cells)))
    return rows


def batch_of(row: dict[str, str]) -> str:
    """The batch a ``SOURCES.md`` row belongs to (``1`` when its table has no batch column)."""
    return row.get("batch") or "1"


def split_rows(rows: list[dict[str, str]]) -> dict[str, str]:
    """``{file: "dev" | "heldout"}`` for the rows of ``SOURCES.md``: each batch split on its
    own, with its own seed (see the module docstring)."""
    out: dict[str, str] = {}
    for batch in sorted({batch_of(r) for r in rows}):
        seed = SEED if batch == "1" else f"{SEED}-{batch}"
        out.update(split(((r["file"], r["topic"]) for r in rows if batch_of(r) == batch), seed=seed))
    return out


def problems(data: Path) -> list[str]:
    """Where the files and SOURCES.md disagree with the seeded split (empty when they agree)."""
    rows = read_sources(data / "SOURCES.md")
    want = split_rows(rows)
    out = []
    for r in rows:
        name, said = r["file"], r["split"]
        if said != want[name]:
            out.append(f"{name}: SOURCES.md says {said}, the seeded split says {want[name]}")
        if not (data / want[name] / name).is_file():
            out.append(f"{name}: not found in {want[name]}/")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DATA_DIR, help="the benchmark directory (holds SOURCES.md)")
    args = parser.parse_args(argv)
    found = problems(args.data)
    for line in found:
        print(line)
    if not found:
        print("the split matches the seed")
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main())
