"""Why a fact was missed: its arguments, or the construction?

Usage::

    .venv/bin/python benchmarks/miss_causes.py [--split dev] [--pool] [--examples N]

A fact can only be stated when both its arguments are mentions of a class the relation
accepts. For every miss of the news benchmark's ``dev`` split (a required gold statement no
fact matches) and, with ``--pool``, every ``missed`` line of the audit pool, this script
runs the extraction as the benchmarks do, records every mention the extractor resolved
(its words, class and the entity it resolved to) and tells, for each gold argument, in the
sentence of the document that holds the most of the fact:

- ``a`` no mention: the name is written in the sentence, no mention covers it;
- ``b`` class refused: a mention matches the gold names, but its class is one the
  relation's domain (subject) or range (object) refuses;
- ``c`` resolves elsewhere: a mention covers the name's words but neither its words nor
  the entity it resolved to match the gold names (boundary, alias, short name, merge);
- ``n`` not in the sentence: no sentence holds this argument's name with the other
  argument (a pronoun, a paraphrase, another sentence);
- ``d`` fine: a mention of an accepted class matches; the construction was not read.

A miss's cause is its arguments' first of ``a``, ``b``, ``c``, ``n``, ``d``. The script
prints counts by cause and by relation, and the ``a``/``b``/``c`` examples. An ``n`` miss is
told apart further (:func:`n_kind`): ``apart``, each argument's name is written in the
document but no sentence holds both (a fact across sentences: a pronoun, "the firm", a
list's subject said earlier); ``unwritten``, an argument's name is nowhere in the document
as the gold names it (a description, a demonym or a spelling the gold does not list: an
entity matter that the mention counts cannot see). It never reads ``heldout``.
"""

from __future__ import annotations

import argparse
import logging
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # news.py and audit.py, beside this script

CAUSES = {
    "a": "no mention",
    "b": "class refused",
    "c": "resolves elsewhere",
    "n": "not in the sentence",
    "d": "fine (construction)",
}
ORDER = "abcnd"


@dataclass
class Mention:
    start: int
    end: int
    text: str
    label: str
    cls: str


@dataclass
class DocRecord:
    text: str = ""
    sentences: list[tuple[int, int]] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)


RECORDS: dict[str, DocRecord] = defaultdict(DocRecord)


def _install_recorder() -> None:
    """Record each document's sentences and every mention the extraction resolves."""
    import kgraph.extract as ex
    from kgraph.coreference import DocState

    plain_ref, plain_statements = DocState.ref, ex.document_statements

    def ref(self, span, as_actor=False):  # noqa: ANN001, ANN202
        found = plain_ref(self, span, as_actor)
        if found is not None and len(span):
            RECORDS[Path(self.document.source).name].mentions.append(
                Mention(span.start_char + self.offset, span.end_char + self.offset, span.text, found.label,
                        str(found.cls))  # fmt: skip
            )
        return found

    def document_statements(document, sdoc, *args, **kwargs):  # noqa: ANN001, ANN202
        rec = RECORDS[Path(document.source).name]
        rec.text = document.text
        rec.sentences = [(s.start_char, s.end_char) for s in sdoc.sents]
        return plain_statements(document, sdoc, *args, **kwargs)

    DocState.ref = ref
    ex.document_statements = document_statements


def _occurrences(names, text: str) -> list[tuple[int, int]]:  # noqa: ANN001
    """Where any of ``names`` is written in ``text`` (whole words, any case, "the" dropped)."""
    out = []
    for name in names:
        bare = re.sub(r"^the\s+", "", name.strip(), flags=re.I)
        if bare:
            out += [m.span() for m in re.finditer(r"(?<!\w)" + re.escape(bare) + r"(?!\w)", text, re.I)]
    return out


def _accepted(role: str, relations, cls: str) -> bool:  # noqa: ANN001
    from kgraph.nlp.relations import ACTORS, object_fits
    from kgraph.relation_domains import DOMAINS
    from kgraph.types import EntityClass, Relation

    try:
        c = EntityClass(cls)
    except ValueError:
        return False
    for name in relations:
        try:
            rel = Relation(name)
        except ValueError:
            continue
        if role == "object" and object_fits(rel, c):
            return True
        if role == "subject":
            domain = DOMAINS.get(Relation.WORKS_FOR if rel is Relation.PART_OF else rel, ACTORS)
            if c in domain or rel is Relation.PART_OF and c in DOMAINS[Relation.PART_OF]:
                return True
    return False


def _argument(role: str, names, relations, rec: DocRecord, span: tuple[int, int]) -> tuple[str, str]:  # noqa: ANN001
    """The cause letter of one argument in one sentence, and what was found there."""
    from kgraph.evaluate import names_match

    start, end = span
    here = [m for m in rec.mentions if start <= m.start < end]
    matching = [m for m in here if names_match([m.label, m.text], names)]
    if any(_accepted(role, relations, m.cls) for m in matching):
        return "d", ""
    if matching:
        return "b", "; ".join(sorted({f"{m.text!r}->{m.label} [{m.cls}]" for m in matching}))
    spots = [(start + a, start + b) for a, b in _occurrences(names, rec.text[start:end])]
    if not spots:
        return "n", ""
    covering = [m for m in here for a, b in spots if m.start < b and a < m.end]
    if covering:
        return "c", "; ".join(sorted({f"{m.text!r}->{m.label} [{m.cls}]" for m in covering}))
    return "a", rec.text[spots[0][0] : spots[0][1]]


@dataclass
class Miss:
    doc: str
    subject: tuple[str, ...]
    relations: tuple[str, ...]
    object: tuple[str, ...]
    causes: tuple[str, str] = ("n", "n")
    found: tuple[str, str] = ("", "")
    sentence: str = ""

    @property
    def cause(self) -> str:
        return min(self.causes, key=ORDER.index)


def classify(miss: Miss) -> Miss:
    """Fill in the causes of ``miss`` from the sentence that holds the most of it."""
    rec = RECORDS.get(miss.doc)
    if rec is None or not rec.sentences:
        return miss
    rank = {"d": 4, "b": 3, "c": 2, "a": 1, "n": 0}
    best = None
    for span in rec.sentences:
        s = _argument("subject", miss.subject, miss.relations, rec, span)
        o = _argument("object", miss.object, miss.relations, rec, span)
        score = (min(rank[s[0]], rank[o[0]]) > 0, rank[s[0]] + rank[o[0]])
        if best is None or score > best[0]:
            best = (score, s, o, span)
    (both, _), s, o, span = best
    if not both:  # no one sentence holds both: the one found elsewhere is not in "the" sentence
        s = ("n", "") if s[0] == "d" and o[0] == "n" else s
        o = ("n", "") if o[0] == "d" and s[0] == "n" else o
    miss.causes, miss.found = (s[0], o[0]), (s[1], o[1])
    miss.sentence = " ".join(rec.text[span[0] : span[1]].split())[:220]
    return miss


def n_kind(miss: Miss) -> str:
    """``apart`` when both arguments' names are written in the document, else ``unwritten``."""
    rec = RECORDS.get(miss.doc)
    text = rec.text if rec is not None else ""
    return "apart" if _occurrences(miss.subject, text) and _occurrences(miss.object, text) else "unwritten"


def dev_misses(split: str) -> list[Miss]:
    import news

    report, _ = news.run(split)
    return [Miss(g.doc, g.subject, g.relations, g.object) for g in report.missed]


def pool_misses() -> list[Miss]:
    import audit

    found = audit.run()
    return [Miss(m["doc"], tuple(m["subject"]), (m["relation"],), tuple(m["object"])) for m in found.missed]


def summary(title: str, misses: list[Miss], examples: int) -> list[str]:
    lines = [f"== {title}: {len(misses)} misses"]
    by_cause = Counter(m.cause for m in misses)
    args = Counter(c for m in misses for c in m.causes)
    for c in ORDER:
        lines.append(f"  {c} {CAUSES[c]:22s} misses {by_cause[c]:4d}   arguments {args[c]:4d}")
    per_rel: dict[str, Counter] = defaultdict(Counter)
    for m in misses:
        per_rel[m.relations[0]][m.cause] += 1
    lines.append("  " + f"{'relation':20s}" + "".join(f"{c:>5s}" for c in ORDER))
    for rel in sorted(per_rel):
        lines.append("  " + f"{rel:20s}" + "".join(f"{per_rel[rel][c]:5d}" for c in ORDER))
    kinds = Counter(n_kind(m) for m in misses if m.cause == "n")
    lines.append(f"  n: both names in the document, apart {kinds['apart']}; a name unwritten {kinds['unwritten']}")
    for m in [m for m in misses if m.cause == "n" and n_kind(m) == "unwritten"][:examples]:
        lines.append(f"  n unwritten: {m.doc}: {m.subject[0]} -{'|'.join(m.relations)}-> {m.object[0]}")
    for c in "abc":
        shown = [m for m in misses if c in m.causes][:examples]
        if shown:
            lines.append(f"  -- {c} {CAUSES[c]}")
        for m in shown:
            which = [("subject", m.subject[0], m.found[0]), ("object", m.object[0], m.found[1])]
            what = ", ".join(f"{r} {n!r} {f}".strip() for (r, n, f), k in zip(which, m.causes) if k == c)
            lines.append(f"  {m.doc}: {m.subject[0]} -{'|'.join(m.relations)}-> {m.object[0]}: {what}")
            lines.append(f"      | {m.sentence}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=("dev",), default="dev", help="the news split (dev only)")
    parser.add_argument("--no-dev", action="store_true", help="skip the news split")
    parser.add_argument("--pool", action="store_true", help="also the audit pool's missed lines")
    parser.add_argument("--examples", type=int, default=1000, help="examples printed per cause")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    _install_recorder()
    out = []
    if not args.no_dev:
        out += summary(f"news {args.split}", [classify(m) for m in dev_misses(args.split)], args.examples)
    if args.pool:
        RECORDS.clear()
        out += summary("audit pool", [classify(m) for m in pool_misses()], args.examples)
    print("\n".join(out))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    raise SystemExit(main())
