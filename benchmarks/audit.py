"""Precision audit: kgraph's statements on a pool of real news passages, judged one by one.

Usage::

    .venv/bin/python benchmarks/audit.py [--prefix P] [--relation R ...] [--wrong] [--unjudged]

The news benchmark (``benchmarks/news.py``) needs full gold, so it grows slowly, and its
``dev`` half has been read so often that rules fit it. The audit pool is a second, larger
tuning set that needs no gold: passages of real articles that are in neither half of the
benchmark (``benchmarks/audit/pool``, ``.txt`` with ``.txt.json`` sidecars, as the
benchmark's; ``benchmarks/audit/SOURCES.md`` lists them), and ``judged.jsonl``, one line
per fact kgraph stated there, with a reader's verdict:

    {"doc": "places-01_x.txt", "subject": ["Hamas"], "relation": "basedIn",
     "object": ["Gaza"], "verdict": "right" | "wrong", "why": "...", "status": "asserted"}

``subject`` and ``object`` are name lists matched as the scorer matches gold names
(:func:`kgraph.evaluate.names_match`); ``status``, when given, is the status the reader
would sign, and is scored on facts judged right. ``sentence`` and ``rule`` may stay on a
line as ``--unjudged`` printed them.

The first figure is the **precision over judged facts**: right / (right + wrong). A right
line is matched by one fact at most, as a gold statement is; a second fact matching it
restates it and counts as wrong. Facts that match no line are counted as unjudged, and
``--unjudged`` prints them, ready to judge.

A reader who finds a fact in a passage that kgraph did not state writes it down too, with
the verdict ``missed`` (the same keys; ``status`` the status the reader would sign). A
missed line that a later fact matches counts as right, like a right line. The second figure
is the **recall over known facts**: of all the lines a reader signed (``right`` and
``missed``), the share some fact matches. It is no gold recall (a reader lists what kgraph
missed after seeing what it stated), but it falls when a change loses a fact once judged
right and rises when one finds a fact once missed; ``--missed`` prints the signed lines no
fact matches. Each known fact is signed on one line only: two signed lines of one passage
and relation that share a name on each side (a pronoun aside) are one fact written down
twice, which would count one fact as two known ones; ``--duplicates`` lists them. Since the pool is read for tuning, its figures are tuning figures like
``dev``'s; the benchmark's ``heldout`` half stays the figure to trust.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).resolve().parent / "audit"
VERDICTS = ("right", "wrong", "missed")
#: Names that say nothing of which entity a line means: two lines sharing one are not one fact.
PRONOUNS = frozenset({"it", "its", "they", "them", "their", "he", "him", "his", "she", "her", "who", "which"})
KEYS = {"doc", "subject", "relation", "object", "verdict", "why", "status", "sentence", "rule"}


class AuditDataError(Exception):
    """The pool or the judgments are missing or malformed."""


@dataclass(frozen=True)
class Judgment:
    doc: str
    subject: tuple[str, ...]
    relation: str
    object: tuple[str, ...]
    verdict: str
    status: str | None = None

    @property
    def right(self) -> bool:
        """A reader signs the fact (judged right, or written down as missed)."""
        return self.verdict != "wrong"

    def record(self) -> dict[str, Any]:
        return {"doc": self.doc, "subject": list(self.subject), "relation": self.relation,
                "object": list(self.object), "verdict": self.verdict, "status": self.status}  # fmt: skip


@dataclass
class Audit:
    right: int = 0
    wrong: int = 0
    known: int = 0
    found: int = 0
    status_total: int = 0
    status_hits: int = 0
    per_relation: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0, 0]))
    wrong_facts: list[dict[str, Any]] = field(default_factory=list)
    unjudged: list[dict[str, Any]] = field(default_factory=list)
    missed: list[dict[str, Any]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        judged = self.right + self.wrong
        return self.right / judged if judged else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.known if self.known else 0.0


def load_judgments(path: Path) -> list[Judgment]:
    """Read ``judged.jsonl``.

    Raises:
        AuditDataError: a line is no judgment (the line is named).
    """
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
            extra = set(d) - KEYS
            if extra or d["verdict"] not in VERDICTS:
                raise ValueError(f"unknown keys {sorted(extra)}" if extra else f"verdict must be one of {VERDICTS}")
            out.append(Judgment(Path(d["doc"]).name, tuple(d["subject"]), d["relation"], tuple(d["object"]),
                                d["verdict"], d.get("status")))  # fmt: skip
        except (ValueError, KeyError, TypeError) as exc:
            raise AuditDataError(f"{path}:{n}: not a judgment ({exc})") from None
    return out


def duplicate_lines(judgments: list[Judgment]) -> list[list[int]]:
    """Groups (of two or more, by index) of the signed lines that are one fact written down
    twice: one passage and relation, a name shared on each side (either way round for a
    symmetric relation; pronouns aside), as the scorer would match one telling to both."""
    from kgraph.evaluate import norm_name
    from kgraph.types import SYMMETRIC_RELATIONS

    def names(values: tuple[str, ...]) -> set[str]:
        return {norm_name(v)[0] for v in values} - PRONOUNS

    signed = [i for i, j in enumerate(judgments) if j.right]
    group = {i: [i] for i in signed}
    for n, a in enumerate(signed):
        x = judgments[a]
        for b in signed[n + 1 :]:
            y = judgments[b]
            if group[a] is group[b] or (x.doc, x.relation) != (y.doc, y.relation):
                continue
            same = names(x.subject) & names(y.subject) and names(x.object) & names(y.object)
            turned = names(x.subject) & names(y.object) and names(x.object) & names(y.subject)
            if same or (x.relation in {str(r) for r in SYMMETRIC_RELATIONS} and turned):
                merged = group[a] + group[b]
                for i in merged:
                    group[i] = merged
    return sorted({id(g): sorted(g) for g in group.values() if len(g) > 1}.values())


def _fact_record(fact) -> dict[str, Any]:  # noqa: ANN001 - kgraph.evaluate.Fact
    b = fact.best
    return {
        "doc": fact.doc,
        "subject": sorted({b.subject.label, b.subject.text} - {None, ""}),
        "relation": fact.relation,
        "object": sorted({b.object.label, b.object.text} - {None, ""}),
        "verdict": None,
        "why": "",
        "status": str(b.status),
        "sentence": b.sentence[:200],
        "rule": b.rule,
    }


def judge(statements, judgments: list[Judgment]) -> Audit:  # noqa: ANN001 - Iterable[Statement]
    """Score ``statements`` against ``judgments`` (see the module's docstring)."""
    from kgraph.evaluate import Gold, facts, matches

    def gold(j: Judgment) -> Gold:
        return Gold(j.doc, j.subject, (j.relation,), j.object, None, j.status, None, None, False)

    golds = [(j, gold(j)) for j in judgments]
    audit, used = Audit(), set()
    for fact in facts(statements):
        hits = [i for i, (_, g) in enumerate(golds) if matches(fact, g)]
        rights = [i for i in hits if golds[i][0].right]
        free = [i for i in rights if i not in used]
        row = audit.per_relation[fact.relation]
        if free:
            used.add(free[0])
            audit.right += 1
            row[0] += 1
            want = golds[free[0]][0].status
            if want is not None:
                audit.status_total += 1
                audit.status_hits += str(fact.best.status) == want
        elif hits:
            audit.wrong += 1
            row[1] += 1
            record = _fact_record(fact)
            record["verdict"] = "wrong"
            record["why"] = "restates a fact already matched" if rights else "judged wrong"
            audit.wrong_facts.append(record)
        else:
            row[2] += 1
            audit.unjudged.append(_fact_record(fact))
    signed = [i for i, (j, _) in enumerate(golds) if j.right]
    audit.known, audit.found = len(signed), sum(i in used for i in signed)
    audit.missed = [golds[i][0].record() for i in signed if i not in used]
    return audit


def run(data: Path = DATA_DIR, prefix: str | None = None, relations: set[str] | None = None) -> Audit:
    """Extract the pool's passages (those whose file name starts with ``prefix``) and judge
    the facts (of ``relations`` only, when given).

    Raises:
        AuditDataError: the pool or ``judged.jsonl`` is missing or malformed.
        kgraph.errors.InputError: a passage cannot be read.
        kgraph.errors.ModelError: the spaCy model cannot be loaded.
    """
    from kgraph.read import read_sources

    pool, judged = data / "pool", data / "judged.jsonl"
    if not pool.is_dir():
        raise AuditDataError(f"{data} has no pool/ of passages; pass --data DIR")

    def refuse(problem: Exception) -> None:
        raise problem

    docs = [d for d in read_sources([pool], on_problem=refuse) if not prefix or Path(d.source).name.startswith(prefix)]
    if not docs:
        raise AuditDataError(f"{pool} has no passage" + (f" whose name starts with {prefix!r}" if prefix else ""))
    judgments = load_judgments(judged) if judged.is_file() else []
    names = {Path(d.source).name for d in docs}
    from kgraph.extract import extract  # imports spaCy: only once the data is known to be whole
    from kgraph.nlp.pipeline import load_pipeline

    statements = extract(docs, load_pipeline()).statements
    if relations:
        statements = [s for s in statements if str(s.relation) in relations]
    return judge(statements, [j for j in judgments if j.doc in names and (not relations or j.relation in relations)])


def summary(audit: Audit) -> list[str]:
    """The audit's figures as lines of text."""
    lines = [
        f"precision over judged facts {audit.precision:.3f}  (right {audit.right}, wrong {audit.wrong}, "
        f"unjudged {len(audit.unjudged)})",
        f"recall over known facts {audit.recall:.3f}  (found {audit.found} of {audit.known} that a reader signed)",
    ]
    if audit.status_total:
        lines.append(f"status accuracy {audit.status_hits / audit.status_total:.3f} over {audit.status_total} judged")
    lines.append(f"{'relation':20s} {'right':>5s} {'wrong':>5s} {'unjudged':>8s} {'missed':>6s}")
    missed = Counter(m["relation"] for m in audit.missed)
    for rel in sorted(set(audit.per_relation) | set(missed)):
        r, w, u = audit.per_relation.get(rel, (0, 0, 0))
        lines.append(f"{rel:20s} {r:5d} {w:5d} {u:8d} {missed[rel]:6d}")
    rules = Counter(f.get("rule") or "?" for f in audit.wrong_facts)
    if rules:
        lines.append("wrong facts by rule: " + ", ".join(f"{k} {v}" for k, v in rules.most_common()))
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DATA_DIR, help="directory with pool/ and judged.jsonl")
    parser.add_argument("--prefix", help="only the passages whose file name starts with this")
    parser.add_argument("--relation", action="append", help="only facts of this relation (repeatable)")
    parser.add_argument("--wrong", action="store_true", help="print the facts judged wrong, with rule and sentence")
    parser.add_argument("--unjudged", action="store_true", help="print the unjudged facts as JSON lines to judge")
    parser.add_argument("--missed", action="store_true", help="print the facts a reader signed that no fact matches")
    parser.add_argument("--duplicates", action="store_true", help="print signed lines that write one fact twice, and stop")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if args.duplicates:
        judged = load_judgments(args.data / "judged.jsonl")
        groups = duplicate_lines(judged)
        for g in groups:
            print(" = ".join(f"line {i + 1} ({judged[i].verdict})" for i in g), json.dumps(judged[g[0]].record()))
        print(f"{sum(len(g) - 1 for g in groups)} signed lines write a fact another line signs")
        return 1 if groups else 0
    try:
        audit = run(args.data, args.prefix, set(args.relation) if args.relation else None)
    except AuditDataError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print("\n".join(summary(audit)))
    if args.wrong:
        for f in audit.wrong_facts:
            print(f"{f['doc']}: {f['subject']} -{f['relation']}-> {f['object']}  [{f['rule']}]  | {f['sentence']}")
    if args.unjudged:
        for f in audit.unjudged:
            print(json.dumps(f, ensure_ascii=False))
    if args.missed:
        for m in audit.missed:
            print(json.dumps(m, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
