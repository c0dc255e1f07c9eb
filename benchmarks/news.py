"""Unseen-news benchmark: kgraph on real news passages, scored as ``kgraph eval`` scores.

Usage::

    .venv/bin/python benchmarks/news.py --split dev [--errors] [--json] [--data DIR]
    .venv/bin/python benchmarks/news.py --split heldout [--json] [--data DIR]
    .venv/bin/python benchmarks/news.py --split dev --batch 2a    # one batch's passages only

The data (``benchmarks/news`` unless ``--data`` says otherwise) holds ``dev/`` and
``heldout/`` (passages as ``.txt`` with ``.txt.json`` sidecars giving title, URL and
publication date) and their gold, ``dev.jsonl`` and ``heldout.jsonl`` (docs/statements.md);
``SOURCES.md`` says where each passage comes from and how the halves were split.

The passages of the split are read with :func:`kgraph.read.read_sources` and extracted
with :func:`kgraph.extract.extract`, as ``kgraph extract`` does, and the statements are
scored by :func:`kgraph.evaluate.evaluate`, as ``kgraph eval`` scores them. The script
prints precision, recall, F1, the counts, the qualifier accuracies and the counts per
relation.

``--errors`` also prints each document's false positives and misses. It is refused for
``heldout``: rules are chosen on ``dev``; ``heldout`` is run only to report a figure, and
nobody reads its errors.

``--batch B`` scores only the passages of batch ``B`` (the ``batch`` column of
``SOURCES.md``, see ``benchmarks/news_split.py``): how a batch fared before anyone tuned on
it is the figure that tells how kgraph does on articles it has not seen.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # news_split, beside this script
DATA_DIR = Path(__file__).resolve().parent / "news"
SPLITS = ("dev", "heldout")
#: The split whose errors may be read; the other one is only ever scored.
TUNING_SPLIT = "dev"


class BenchmarkDataError(Exception):
    """The benchmark's passages or gold are missing or do not fit together."""


def _raise(problem: Exception) -> None:
    raise problem


def run(split: str, data: Path = DATA_DIR, batch: str | None = None):  # noqa: ANN201 - kgraph.evaluate.Report
    """Extract the statements of ``split``'s passages (of ``batch`` only, when given) and
    score them against its gold.

    Returns ``(report, documents)``: the :class:`kgraph.evaluate.Report` and the number
    of passages read.

    Raises:
        BenchmarkDataError: the split's directory or gold is missing, or the gold names a
            passage that is not there.
        kgraph.errors.InputError: a passage cannot be read.
        kgraph.errors.ModelError: the spaCy model cannot be loaded.
    """
    from kgraph.evaluate import evaluate, load_gold
    from kgraph.read import read_sources

    folder, gold_path = data / split, data / f"{split}.jsonl"
    if not folder.is_dir() or not gold_path.is_file():
        raise BenchmarkDataError(f"{data} has no {split}/ passages or no {split}.jsonl gold; pass --data DIR")
    gold = load_gold(gold_path)
    docs = list(read_sources([folder], on_problem=_raise))
    if batch is not None:
        from news_split import batch_of, read_sources as read_table

        wanted = {r["file"] for r in read_table(data / "SOURCES.md") if batch_of(r) == batch}
        docs = [d for d in docs if Path(d.source).name in wanted]
        gold = [g for g in gold if g.doc in wanted]
        if not docs:
            raise BenchmarkDataError(f"{data / 'SOURCES.md'} lists no {split} passage of batch {batch!r}")
    names = {Path(d.source).name for d in docs}
    absent = sorted({g.doc for g in gold} - names)
    if absent:
        raise BenchmarkDataError(f"{gold_path.name} names passages not in {folder}: {', '.join(absent)}")
    from kgraph.extract import extract  # imports spaCy: only once the data is known to be whole
    from kgraph.nlp.pipeline import load_pipeline

    extraction = extract(docs, load_pipeline())
    return evaluate(extraction.statements, gold), len(docs)


def summary(report) -> list[str]:  # noqa: ANN001 - kgraph.evaluate.Report
    """The report's figures as lines of text: scores, qualifier accuracies, per relation."""
    from kgraph.evaluate import QUALIFIERS

    lines = [
        f"precision {report.precision:.3f}  recall {report.recall:.3f}  F1 {report.f1:.3f}",
        f"tp {report.tp}  fp {report.fp}  fn {report.fn}  (optional gold matched {report.optional_matched}; "
        f"{report.duplicates} of the fp restate a fact already matched)",
    ]
    for name in QUALIFIERS:
        acc = report.accuracy(name)
        shown = "n/a" if acc is None else f"{acc:.3f}"
        lines.append(f"{name + ' accuracy':22s} {shown:>5s}  over {report.qualifier_total.get(name, 0)} matched")
    lines.append(f"{'relation':20s} {'tp':>4s} {'fp':>4s} {'fn':>4s}")
    for rel, (tp, fp, fn) in sorted(report.per_relation.items()):
        lines.append(f"{rel:20s} {tp:4d} {fp:4d} {fn:4d}")
    return lines


def errors(report) -> list[str]:  # noqa: ANN001 - kgraph.evaluate.Report
    """Each document's false positives (with the sentence) and missed gold statements."""
    by_doc: dict[str, list[str]] = defaultdict(list)
    for fp in report.false_positives:
        kind = "fp (restates)" if fp.get("duplicate") else "fp"
        by_doc[fp["doc"]].append(
            f"  {kind}: {fp['subject']} -{fp['relation']}-> {fp['object']}  [{fp.get('rule') or '?'}]  | {fp['sentence']}"
        )
        first = fp.get("restates")
        if first is not None:  # the telling already matched: read the two side by side
            by_doc[fp["doc"]].append(
                f"      restates: {first['subject']} -{fp['relation']}-> {first['object']}  [{first['rule'] or '?'}]  | {first['sentence']}"
            )
    for g in report.missed:
        by_doc[g.doc].append(f"  missed: {g.subject[0]} -{'|'.join(g.relations)}-> {g.object[0]}")
    lines = []
    for doc in sorted(by_doc):
        lines.append(doc)
        lines.extend(by_doc[doc])
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=SPLITS, required=True)
    parser.add_argument("--data", type=Path, default=DATA_DIR, help="directory with dev/, heldout/ and their .jsonl gold")
    parser.add_argument("--errors", action="store_true", help=f"print false positives and misses ({TUNING_SPLIT} only)")
    parser.add_argument("--json", action="store_true", help="print the report as JSON (no per-statement errors)")
    parser.add_argument("--batch", help="score only the passages of this batch (SOURCES.md's batch column)")
    args = parser.parse_args(argv)
    if args.errors and args.split != TUNING_SPLIT:
        print(
            f"--errors is refused for {args.split}: its errors are never read, so that no rule is chosen on it. "
            f"Read the errors of --split {TUNING_SPLIT}.",
            file=sys.stderr,
        )
        return 2
    logging.basicConfig(level=logging.WARNING)
    from kgraph.errors import KgraphError

    t0 = time.perf_counter()
    try:
        report, n_docs = run(args.split, args.data, args.batch)
    except (BenchmarkDataError, KgraphError) as exc:
        print(f"news benchmark: {exc}", file=sys.stderr)
        return 2
    elapsed = time.perf_counter() - t0
    if args.json:
        print(json.dumps({"split": args.split, "passages": n_docs, **report.to_json()}, indent=1))
        return 0
    which = f" (batch {args.batch})" if args.batch else ""
    print(f"news {args.split}{which}: {n_docs} passages in {elapsed:.1f}s")
    print("\n".join(summary(report)))
    if args.errors:
        print("\n".join(errors(report)))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    raise SystemExit(main())
