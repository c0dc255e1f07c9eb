"""Scoring extracted statements against a gold file, as ``docs/statements.md`` defines it.

- Predictions of one document are reduced to distinct facts (subject, relation, object).
- A fact matches a gold statement of the same document (by file name) when the relation
  is acceptable (symmetric ones either way round) and its subject and object each match
  a gold name: a mention's label or text, lower-cased and without a leading "the", equals
  a gold name or contains all of its words.
- Each gold statement matches at most one fact, by the assignment that leaves the fewest
  facts unmatched (then matches the most required gold, then the more confident facts).
  A fact left without a gold statement is a false positive. One that matches gold whose
  statements all went to other facts is a restatement (the reader sees two nodes or edges
  where there is one fact), also counted as ``duplicates``: a diagnostic of entity
  resolution (how many false positives are restatements rather than inventions); each
  such false positive names the telling it restates (``restates``: a fact that took its gold).
- Precision, recall and F1 count the scored relations (all but ``relatedTo``); a fact
  matching an optional gold statement counts neither way.
- Status, recipient, accordingTo and quantity are accuracies over the matched pairs;
  a pair whose gold value is ``null`` is skipped for status and quantity, and requires
  ``null`` for recipient and accordingTo.
- A fact's status and accordingTo are those of its most confident statement (each telling
  has its own source and modality); its recipient and quantity are those of the most
  confident statement that states one, since an article often gives the amount or the
  recipient of a fact in one sentence only.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from kgraph.errors import InputError
from kgraph.types import SYMMETRIC_RELATIONS, Relation, Statement

_WORD = re.compile(r"\w+", re.UNICODE)
T = TypeVar("T")
QUALIFIERS = ("status", "recipient", "accordingTo", "quantity")


@dataclass(frozen=True)
class Gold:
    doc: str
    subject: tuple[str, ...]
    relations: tuple[str, ...]
    object: tuple[str, ...]
    recipient: tuple[str, ...] | None
    status: str | None
    according_to: tuple[str, ...] | None
    quantity: dict[str, float] | None
    optional: bool


def _read_jsonl(path: Path | str, what: str, parse: Callable[[dict[str, Any]], T]) -> list[T]:
    """Parse each non-blank line of a JSON Lines file with ``parse``; errors name the line."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(path, f"cannot read the {what} file: {exc.strerror or exc}") from None
    out = []
    for n, line in enumerate(lines, 1):
        if line.strip():
            try:
                out.append(parse(json.loads(line)))
            except (ValueError, KeyError, TypeError) as exc:
                raise InputError(f"{path}:{n}", f"not a {what} statement ({exc})") from None
    return out


def _gold(d: dict[str, Any]) -> Gold:
    rel = d["relation"]
    return Gold(
        doc=Path(d["doc"]).name,
        subject=tuple(d["subject"]),
        relations=tuple(rel) if isinstance(rel, list) else (rel,),
        object=tuple(d["object"]),
        recipient=tuple(d["recipient"]) if d.get("recipient") else None,
        status=d.get("status"),
        according_to=tuple(d["accordingTo"]) if d.get("accordingTo") else None,
        quantity=d.get("quantity"),
        optional=bool(d.get("optional", False)),
    )


def load_gold(path: Path | str) -> list[Gold]:
    """Read a gold JSON Lines file.

    Raises:
        InputError: the file is missing, or a line is not a gold statement (line named).
    """
    return _read_jsonl(path, "gold", _gold)


def load_statements(path: Path | str) -> list[Statement]:
    """Read statements from JSON Lines (the output of ``build`` or ``extract``).

    Raises:
        InputError: the file is missing, or a line is not a statement (line named).
    """
    return _read_jsonl(path, "extracted", Statement.from_json)


def norm_name(text: str) -> tuple[str, set[str]]:
    """A name as the scorer compares it: lower-cased, without a leading "the", and its words."""
    low = text.lower().strip()
    low = re.sub(r"^the\s+", "", low)
    return low, set(_WORD.findall(low))


def names_match(mentions: Iterable[str], names: Iterable[str]) -> bool:
    """True when a mention equals a gold name or contains all of its words."""
    normed = [norm_name(m) for m in mentions if m]
    for name in names:
        g, gwords = norm_name(name)
        for m, mwords in normed:
            if m == g or (gwords and gwords <= mwords):
                return True
    return False


@dataclass
class Fact:
    """The statements of one document that state one (subject, relation, object)."""

    doc: str
    relation: str
    statements: list[Statement]

    @property
    def best(self) -> Statement:
        return max(self.statements, key=lambda s: s.confidence)

    def stated(self, role: str) -> Any:
        """``role`` (recipient, quantity) as the most confident statement that states
        it gives it: the fact's amount or recipient may be told in one sentence only."""
        ranked = sorted(self.statements, key=lambda s: -s.confidence)
        return next((v for s in ranked if (v := getattr(s, role)) is not None), None)

    def texts(self, role: str) -> list[str]:
        out = []
        for s in self.statements:
            ref = getattr(s, role)
            if ref is not None:
                out += [ref.label, ref.text]
        return out


@dataclass
class Report:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    optional_matched: int = 0
    duplicates: int = 0
    qualifier_hits: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    qualifier_total: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    per_relation: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0, 0]))
    confident_half_precision: float | None = None
    false_positives: list[dict[str, Any]] = field(default_factory=list)
    missed: list[Gold] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def accuracy(self, qualifier: str) -> float | None:
        total = self.qualifier_total.get(qualifier, 0)
        return self.qualifier_hits.get(qualifier, 0) / total if total else None

    def to_json(self) -> dict[str, Any]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "optional_matched": self.optional_matched,
            "duplicates": self.duplicates,
            "qualifiers": {
                k: {"accuracy": self.accuracy(k), "n": self.qualifier_total.get(k, 0)} for k in QUALIFIERS
            },
            "per_relation": {k: dict(zip(("tp", "fp", "fn"), v)) for k, v in sorted(self.per_relation.items())},
            "confident_half_precision": self.confident_half_precision,
        }


def matches(fact: Fact, gold: Gold) -> bool:
    """True when ``fact`` states ``gold``'s relation between names ``gold`` accepts."""
    if fact.doc != gold.doc or fact.relation not in gold.relations:
        return False
    subj, obj = fact.texts("subject"), fact.texts("object")
    if names_match(subj, gold.subject) and names_match(obj, gold.object):
        return True
    return fact.relation in SYMMETRIC_RELATIONS and names_match(obj, gold.subject) and names_match(subj, gold.object)


def facts(statements: Iterable[Statement]) -> list[Fact]:
    """``statements`` as distinct facts of their documents (``relatedTo`` left out),
    the most confident first."""
    grouped: dict[tuple[str, str, str, str], Fact] = {}
    for s in statements:
        if s.relation == Relation.RELATED_TO:
            continue
        doc = Path(s.doc.split("#", 1)[0]).name
        key = (doc, s.subject.iri, s.relation, s.object.iri)
        if s.relation in SYMMETRIC_RELATIONS:
            a, b = sorted((s.subject.iri, s.object.iri))
            key = (doc, a, s.relation, b)
        grouped.setdefault(key, Fact(doc, s.relation, [])).statements.append(s)
    return sorted(grouped.values(), key=lambda f: -f.best.confidence)


def _score_qualifiers(report: Report, fact: Fact, gold: Gold) -> None:
    best = fact.best
    if gold.status is not None:
        report.qualifier_total["status"] += 1
        report.qualifier_hits["status"] += best.status == gold.status
    for name, want, ref in (
        ("recipient", gold.recipient, fact.stated("recipient")),
        ("accordingTo", gold.according_to, best.according_to),
    ):
        report.qualifier_total[name] += 1
        if want is None:
            report.qualifier_hits[name] += ref is None
        elif ref is not None:
            report.qualifier_hits[name] += names_match([ref.label, ref.text], want)
    if gold.quantity:
        report.qualifier_total["quantity"] += 1
        got = fact.stated("quantity")
        ok = got is not None and all(
            getattr(got, k, None) is not None and float(getattr(got, k)) == float(v) for k, v in gold.quantity.items()
        )
        report.qualifier_hits["quantity"] += ok


# Weights of the matching, each above any sum of those below it (facts per document stay
# far under 10**6): a matched fact, then a matched required gold, then confidence rank.
_MATCHED = 10**18
_REQUIRED = 10**12


def _assign(hits: list[list[int]], optional: dict[int, bool]) -> dict[int, int]:
    """Each fact's gold statement (fact index -> gold index), each gold used at most once,
    from ``hits`` (per fact, most confident first: the gold statements it matches) and
    whether each of those gold statements is ``optional``.

    Of all such assignments, the one that leaves the fewest facts unmatched, then matches
    the most required gold, then matches the more confident facts: a maximum-weight
    bipartite matching, so no fact is counted a false positive because a greedy order gave
    its gold to a fact that had another to match.
    """
    import networkx as nx  # only the scorer needs it; the extract command never imports this

    n = len(hits)
    graph = nx.Graph()
    for f, gold_hits in enumerate(hits):
        for i in gold_hits:
            weight = _MATCHED + (0 if optional[i] else _REQUIRED) + (n - f)
            graph.add_edge(("fact", f), ("gold", i), weight=weight)
    pairs = nx.max_weight_matching(graph)
    return {a[1] if a[0] == "fact" else b[1]: b[1] if a[0] == "fact" else a[1] for a, b in pairs}


def evaluate(statements: Iterable[Statement], gold: list[Gold]) -> Report:
    """Score ``statements`` against ``gold`` (only the documents the gold names)."""
    gold_docs = {g.doc for g in gold}
    found = [f for f in facts(statements) if f.doc in gold_docs]
    report = Report()
    gold_of: defaultdict[str, list[int]] = defaultdict(list)  # document -> its gold statements' indices
    for i, g in enumerate(gold):
        gold_of[g.doc].append(i)
    hits = [[i for i in gold_of[f.doc] if matches(f, gold[i])] for f in found]  # each pair tried once
    facts_of: defaultdict[str, list[int]] = defaultdict(list)  # document -> its facts' indices, in order
    for k, f in enumerate(found):
        facts_of[f.doc].append(k)
    optional = {i: g.optional for i, g in enumerate(gold)}
    assigned: dict[int, int] = {}
    for doc in sorted(gold_docs):  # one matching per document
        f_idx = facts_of[doc]
        local = _assign([hits[k] for k in f_idx], optional)
        assigned.update({f_idx[f]: i for f, i in local.items()})
    taken_by = {i: found[k] for k, i in assigned.items()}  # gold index -> the fact that matched it
    outcome: list[bool | None] = []  # per fact: True TP, False FP, None neutral
    for k, fact in enumerate(found):
        if k in assigned:
            i = assigned[k]
            _score_qualifiers(report, fact, gold[i])
            if gold[i].optional:
                report.optional_matched += 1
                outcome.append(None)
            else:
                report.tp += 1
                report.per_relation[fact.relation][0] += 1
                outcome.append(True)
        else:
            report.fp += 1
            report.duplicates += bool(hits[k])
            report.per_relation[fact.relation][1] += 1
            b = fact.best
            first = taken_by[hits[k][0]].best if hits[k] else None  # the telling this fact restates
            report.false_positives.append(
                {"doc": fact.doc, "subject": b.subject.label, "relation": b.relation, "object": b.object.label,
                 "sentence": b.sentence[:160], "duplicate": bool(hits[k]), "rule": b.rule,
                 "restates": None if first is None else {"subject": first.subject.label, "object": first.object.label,
                                                         "rule": first.rule, "sentence": first.sentence[:160]}}
            )  # fmt: skip
            outcome.append(False)
    matched = set(assigned.values())
    for i, g in enumerate(gold):
        if not g.optional and i not in matched:
            report.fn += 1
            report.per_relation[g.relations[0]][2] += 1
            report.missed.append(g)
    scored = [o for o in outcome if o is not None]
    half = scored[: max(1, (len(scored) + 1) // 2)] if scored else []
    report.confident_half_precision = round(sum(half) / len(half), 4) if half else None
    return report
