"""CoNLL04 relation benchmark: kgraph on the raw sentences, scored strictly.

Usage::

    .venv/bin/python benchmarks/conll04.py --split dev|test [--limit N] [--out FILE]
    .venv/bin/python benchmarks/conll04.py --split dev --errors   # what to fix, dev only

Each sentence of ``conll04_{split}.json`` (in ``--data``, by default
``../shared/benchmarks/conll04`` beside the repository) is one document
(its tokens joined with single spaces); no gold entity is given to kgraph. The statements
kgraph extracts are mapped to CoNLL04 as follows.

Relations (subject -> head, object -> tail), after the entity types below:

- ``worksFor``, ``leaderOf`` -> ``Work_For`` when the object is an ``Org``. When it is a
  ``Loc`` named by a modifier of the title ("Soviet President X", "Illinois Gov. X"; the
  rule name ends in ``:modifier``) or after the titled name ("Foreign Minister X of Y";
  ``:state-of``), ``Live_In``: CoNLL04 annotates that nationality as
  residence, where kgraph states the office and leaves the citizenship it implies unsaid.
  Otherwise dropped (CoNLL04's Work_For links people to organisations only).
- ``livesIn`` -> ``Live_In``; ``basedIn`` -> ``OrgBased_In``; ``locatedIn`` -> ``Located_In``;
  ``killed`` -> ``Kill``.
- ``partOf`` -> ``OrgBased_In`` when the object is a ``Loc`` (a state's body); dropped when
  it is an organisation.
- Dropped: supplies, deploys, visits, meetsWith, signs, cooperatesWith, supports,
  recognizes, attacks, occupies, threatens, criticizes, sufferedCasualties, relatedTo.

Datelines ("BANGKOK , Thailand ( AP ) _"): kgraph states nothing of them (a dateline is
where a story was filed, and ``basedIn`` is an organisation's seat; see
``kgraph.nlp.furniture``), while CoNLL04 annotates the dateline's agency as based in its
places and each place as located in the next. The benchmark applies that annotation
convention to the dateline kgraph reads (``kgraph.nlp.furniture.dateline``): Located_In
between consecutive places, OrgBased_In from a one-word credit to each place.
``--no-dateline-convention`` scores kgraph's statements alone (the micro F1 they score
alone is printed after the table in any case).

A place that opens an organisation's name ("U.S. Congress", "the Soviet Navy"; kgraph says
the organisation is part of it or based there) is, as CoNLL04 annotates it, an entity
of its own: the organisation's entity is the rest of the name ("Congress").

A mapped relation is also dropped when its head and tail types do not fit CoNLL04's
schema (Work_For Peop->Org, Live_In Peop->Loc, Kill Peop->Peop, OrgBased_In Org->Loc,
Located_In Loc->Loc), since no gold relation could match it.

A pronoun (or a definite common noun, "the agency") kgraph resolved to an antecedent is
scored where the sentence names that antecedent (CoNLL04 annotates names, never
pronouns): the nearest naming before the pronoun, else the only one after it; the
relation is dropped when the sentence does not name it so.

Entity types: Person -> Peop, Organization -> Org, Country/City/Region/Place -> Loc,
anything else -> Other. A mention whose words are a nationality ("Spanish conqueror X",
"the Chilean company X"; the gazetteer knows them as a demonym, not as a name) is Other
whatever the state it stands for: CoNLL04 annotates nationality words as Other or not
at all, never as the location kgraph resolves them to, but for "Soviet", which it
annotates as the location (``PLACE_DEMONYMS``). A mention's character offsets (``EntityRef.start``/``end``) are
mapped to the CoNLL tokens they cover.

``--errors`` (refused for ``test``: rules are chosen on ``dev``, and ``test`` is only run to
report a figure) also prints, per sentence, the relations kgraph got wrong or missed and
the gold entities it did not find with their bounds and type, and the strict entity
scores (Peop, Org and Loc) of kgraph's mentions: entity errors are where relation errors
most often start.

Scoring is the benchmark's strict one: a predicted relation is correct when the head's
and the tail's token boundaries and types and the relation type equal a gold relation's.
Micro precision, recall and F1 over all relations (each distinct relation of a sentence
counted once), and per relation type.
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import sys
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

#: ``../shared/benchmarks/conll04`` beside the checkout (see the README, "Data sets").
DATA_DIR = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "conll04"
RELATION_TYPES = ("Work_For", "Live_In", "OrgBased_In", "Located_In", "Kill")

ENTITY_TYPES: dict[str, str] = {
    "Person": "Peop",
    "Organization": "Org",
    "Country": "Loc",
    "City": "Loc",
    "Region": "Loc",
    "Place": "Loc",
}

#: Relation type -> (head type, tail type) in CoNLL04.
SCHEMA: dict[str, tuple[str, str]] = {
    "Work_For": ("Peop", "Org"),
    "Live_In": ("Peop", "Loc"),
    "Kill": ("Peop", "Peop"),
    "OrgBased_In": ("Org", "Loc"),
    "Located_In": ("Loc", "Loc"),
}

#: An entity in a sentence: token start (inclusive), end (exclusive), type.
Ent = tuple[int, int, str]
#: A relation: type, head, tail.
Rel = tuple[str, Ent, Ent]


def entity_type(cls: str) -> str:
    """CoNLL04 entity type of an ontology class."""
    return ENTITY_TYPES.get(str(cls), "Other")


def conll_relation(relation: str, head_type: str, tail_type: str, rule: str = "") -> str | None:
    """The CoNLL04 relation type of an ontology relation (see the module docstring), or
    ``None`` when it has none or the types do not fit the CoNLL04 schema."""
    if relation in ("worksFor", "leaderOf"):
        nationality = rule.endswith((":modifier", ":state-of")) and tail_type == "Loc"  # "Soviet President X"
        rtype = "Work_For" if tail_type == "Org" else "Live_In" if nationality else None
    elif relation == "partOf":
        rtype = "OrgBased_In" if tail_type == "Loc" else None
    else:
        rtype = {"livesIn": "Live_In", "basedIn": "OrgBased_In", "locatedIn": "Located_In", "killed": "Kill"}.get(
            relation
        )
    if rtype is None or SCHEMA[rtype] != (head_type, tail_type):
        return None
    return rtype


def sentence_text(tokens: list[str]) -> str:
    return " ".join(tokens)


def token_offsets(tokens: list[str]) -> list[tuple[int, int]]:
    """Character (start, end) of each token in :func:`sentence_text`."""
    out, pos = [], 0
    for tok in tokens:
        out.append((pos, pos + len(tok)))
        pos += len(tok) + 1
    return out


def char_to_tokens(offsets: list[tuple[int, int]], start: int, end: int) -> tuple[int, int] | None:
    """The token span (start inclusive, end exclusive) covering characters [start, end)."""
    covered = [i for i, (s, e) in enumerate(offsets) if e > start and s < end]
    if not covered:
        return None
    return covered[0], covered[-1] + 1


def gold_relations(record: dict) -> set[Rel]:
    ents = [(e["start"], e["end"], e["type"]) for e in record["entities"]]
    return {(r["type"], ents[r["head"]], ents[r["tail"]]) for r in record["relations"]}


@dataclass
class Scores:
    tp: Counter
    pred: Counter
    gold: Counter

    def prf(self, rtype: str | None = None) -> tuple[float, float, float]:
        """Precision, recall, F1 of one relation type, or micro over all when ``None``."""
        keys = [rtype] if rtype else list(RELATION_TYPES)
        tp = sum(self.tp[k] for k in keys)
        pred = sum(self.pred[k] for k in keys)
        gold = sum(self.gold[k] for k in keys)
        p = tp / pred if pred else 0.0
        r = tp / gold if gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(pairs: Iterable[tuple[set[Rel], set[Rel]]]) -> Scores:
    """Strict scores over (predicted, gold) relation sets, one pair per sentence."""
    tp, pred, gold = Counter(), Counter(), Counter()
    for predicted, expected in pairs:
        for rel in predicted:
            pred[rel[0]] += 1
            if rel in expected:
                tp[rel[0]] += 1
        for rel in expected:
            gold[rel[0]] += 1
    return Scores(tp, pred, gold)


#: Pronouns kgraph resolves; CoNLL04 annotates only names.
PRONOUNS = frozenset({"he", "she", "it", "they", "him", "her", "them", "his", "its", "their", "hers", "theirs"})


def mention_extent(ref: object, text: str) -> tuple[int, int] | None:
    """Character extent of an argument: its mention, or for a pronoun or common noun kgraph resolved,
    where the sentence names its antecedent: the nearest naming before it, else the one
    after it (``None`` if the sentence does not name it, or only twice after it)."""
    start, end, label = ref.start, ref.end, ref.label  # type: ignore[attr-defined]
    if start is None or end is None:
        return None
    surface = text[start:end]
    if surface.lower() not in PRONOUNS and not (surface.islower() and surface != label):
        return start, end  # a name, not a pronoun or a common noun ("the agency") standing for one
    named = [m.start() for m in re.finditer(re.escape(label), text)] if label else []
    before = [at for at in named if at < start]
    found = before[-1] if before else named[0] if len(named) == 1 else None
    return None if found is None else (found, found + len(label))


#: Demonyms CoNLL04 annotates as the location itself: its news of the 1980s wrote "Soviet"
#: for the state ("Soviet Armenia", "the Soviet Navy"; Loc in all six dev sentences).
PLACE_DEMONYMS = frozenset({"Soviet"})


def is_nationality(words: str) -> bool:
    """Whether ``words`` are a demonym ("Spanish") rather than a place's name (nor one of
    :data:`PLACE_DEMONYMS`)."""
    from kgraph.gazetteer import Gazetteer

    gaz = Gazetteer.load()
    return gaz.demonym(words) is not None and gaz.lookup(words) is None and words not in PLACE_DEMONYMS


def statement_relation(stmt: object, offsets: list[tuple[int, int]], text: str = "") -> Rel | None:
    """One kgraph statement as a CoNLL04 relation of its sentence ``text``, or ``None``."""
    subj, obj = stmt.subject, stmt.object  # type: ignore[attr-defined]
    subj_at, obj_at = mention_extent(subj, text), mention_extent(obj, text)
    if subj_at is None or obj_at is None:
        return None
    if subj_at[0] == obj_at[0] and obj_at[1] < subj_at[1]:  # "U.S. Congress": CoNLL04's "U.S." and "Congress"
        subj_at = (obj_at[1] + len(text[obj_at[1] : subj_at[1]]) - len(text[obj_at[1] : subj_at[1]].lstrip()), subj_at[1])
    head_type, tail_type = (
        "Other" if is_nationality(text[at[0] : at[1]]) else entity_type(ref.cls)
        for ref, at in ((subj, subj_at), (obj, obj_at))
    )
    rtype = conll_relation(str(stmt.relation), head_type, tail_type, stmt.rule or "")  # type: ignore[attr-defined]
    head = char_to_tokens(offsets, *subj_at)
    tail = char_to_tokens(offsets, *obj_at)
    if rtype is None or head is None or tail is None or head == tail:
        return None
    return rtype, (*head, head_type), (*tail, tail_type)


def dateline_relations(text: str, offsets: list[tuple[int, int]]) -> set[Rel]:
    """CoNLL04's annotation of a dateline, over the places and credit kgraph reads in it."""
    from kgraph.nlp.furniture import dateline

    line = dateline(text)
    if line is None:
        return set()
    places = [(*at, "Loc") for at in (char_to_tokens(offsets, *p) for p in line.places) if at is not None]
    out: set[Rel] = {("Located_In", inner, outer) for inner, outer in zip(places, places[1:])}
    credit = char_to_tokens(offsets, *line.credit) if line.credit else None
    if credit is not None and credit[1] - credit[0] == 1:
        out |= {("OrgBased_In", (*credit, "Org"), place) for place in places}
    return out


def run(records: list[dict]) -> list[set[Rel]]:
    """kgraph's CoNLL04 relations for each record, in order (its statements alone; see
    :func:`dateline_relations` for CoNLL04's reading of datelines)."""
    from kgraph.extract import extract
    from kgraph.iri import document_iri
    from kgraph.types import Document

    docs = []
    for i, rec in enumerate(records):
        source = f"conll04#{i}"
        text = sentence_text(rec["tokens"])
        docs.append(Document(iri=document_iri(source), source=source, text=text, sha256=""))
    extraction = extract(docs)
    by_doc: dict[str, set[Rel]] = {d.source: set() for d in docs}
    offsets = {d.source: token_offsets(rec["tokens"]) for d, rec in zip(docs, records)}
    texts = {d.source: d.text for d in docs}
    for stmt in extraction.statements:
        rel = statement_relation(stmt, offsets[stmt.doc], texts[stmt.doc])
        if rel is not None:
            by_doc[stmt.doc].add(rel)
    return [by_doc[d.source] for d in docs]


def gold_entities(record: dict) -> set[Ent]:
    """The sentence's gold entities of the types kgraph names (Peop, Org, Loc)."""
    return {(e["start"], e["end"], e["type"]) for e in record["entities"] if e["type"] != "Other"}


def mentions(records: list[dict]) -> list[set[Ent]]:
    """kgraph's typed mentions of each record (:func:`kgraph.extract.document_mentions`),
    as CoNLL04 entities of the types kgraph names, with the places and credit of its
    dateline (which kgraph reads apart from the story)."""
    from kgraph.extract import document_mentions
    from kgraph.gazetteer import Gazetteer
    from kgraph.nlp.furniture import masked
    from kgraph.nlp.lexicon import load_lexicon
    from kgraph.nlp.pipeline import load_pipeline
    from kgraph.resolve import Resolver
    from kgraph.types import Document

    nlp, lex, resolver = load_pipeline(), load_lexicon(), Resolver(Gazetteer.load())
    texts = [sentence_text(rec["tokens"]) for rec in records]
    out = []
    for i, (rec, sdoc) in enumerate(zip(records, nlp.pipe(masked(t) for t in texts))):
        document = Document(iri=f"conll04#{i}", source=f"conll04#{i}", text=texts[i], sha256="")
        resolver.begin_document(document.iri)
        spans, _ = document_mentions(document, sdoc, resolver, lex)
        offsets = token_offsets(rec["tokens"])
        found = set()
        for span in spans:
            at = char_to_tokens(offsets, span.start_char, span.end_char)
            etype = "Other" if is_nationality(span.text) else entity_type(span.label_)
            if at is not None and etype != "Other":
                found.add((*at, etype))
        dated = dateline_relations(texts[i], offsets)  # the dateline's places and credit, masked for kgraph
        out.append(found | {ent for rel in dated for ent in rel[1:]})
    return out


def entity_table(found: list[set[Ent]], gold: list[set[Ent]]) -> str:
    """Strict entity precision, recall and F1 per type and over all."""
    lines = [f"{'entity':<12} {'P':>7} {'R':>7} {'F1':>7} {'tp':>5} {'pred':>5} {'gold':>5}"]
    for etype in ("Peop", "Org", "Loc", None):
        pairs = [({e for e in f if etype in (None, e[2])}, {e for e in g if etype in (None, e[2])}) for f, g in zip(found, gold)]
        tp, pred, exp = (sum(len(f & g) for f, g in pairs), sum(len(f) for f, _ in pairs), sum(len(g) for _, g in pairs))
        p, r = tp / pred if pred else 0.0, tp / exp if exp else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        lines.append(f"{etype or 'all':<12} {p:7.4f} {r:7.4f} {f1:7.4f} {tp:5d} {pred:5d} {exp:5d}")
    return "\n".join(lines)


def errors(records: list[dict], predicted: list[set[Rel]], found: list[set[Ent]]) -> list[str]:
    """Per sentence: false and missed relations, and gold entities kgraph's mentions miss
    (with what kgraph found over the same tokens)."""
    lines = []
    for rec, pred, ents in zip(records, predicted, found):
        tokens, gold = rec["tokens"], gold_relations(rec)
        missed = gold_entities(rec) - ents
        if pred == gold and not missed:
            continue

        def show(ent: Ent) -> str:
            return f"[{' '.join(tokens[ent[0] : ent[1]])}]/{ent[2]}"

        lines.append(sentence_text(tokens))
        lines += [f"  fp {r[0]}: {show(r[1])} -> {show(r[2])}" for r in sorted(pred - gold)]
        lines += [f"  fn {r[0]}: {show(r[1])} -> {show(r[2])}" for r in sorted(gold - pred)]
        for ent in sorted(missed):
            over = [show(e) for e in sorted(ents) if e[0] < ent[1] and ent[0] < e[1]]
            lines.append(f"  entity {show(ent)} missed" + (f"; kgraph: {', '.join(over)}" if over else ""))
    return lines


def table(scores: Scores) -> str:
    lines = [f"{'type':<12} {'P':>7} {'R':>7} {'F1':>7} {'tp':>5} {'pred':>5} {'gold':>5}"]
    for rtype in (*RELATION_TYPES, None):
        p, r, f = scores.prf(rtype)
        keys = [rtype] if rtype else list(RELATION_TYPES)
        counts = [sum(c[k] for k in keys) for c in (scores.tp, scores.pred, scores.gold)]
        lines.append(f"{rtype or 'micro':<12} {p:7.4f} {r:7.4f} {f:7.4f} {counts[0]:5d} {counts[1]:5d} {counts[2]:5d}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=("dev", "test"), default="dev")
    parser.add_argument("--limit", type=int, default=None, help="only the first N sentences")
    parser.add_argument("--out", type=Path, default=None, help="write per-sentence predictions as JSON Lines")
    parser.add_argument("--data", type=Path, default=DATA_DIR, help="directory of conll04_{split}.json (default: %(default)s)")
    parser.add_argument("--no-dateline-convention", action="store_true", help="score kgraph's statements alone")
    parser.add_argument("--errors", action="store_true", help="print each sentence's errors and the entity scores (dev only)")
    args = parser.parse_args(argv)
    if args.errors and args.split != "dev":
        print("--errors is refused for test: rules are chosen on dev, test is only run to report a figure", file=sys.stderr)
        return 2
    logging.basicConfig(level=logging.WARNING)
    path = args.data / f"conll04_{args.split}.json"
    try:
        records = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        print(f"cannot read {path}: {exc}", file=sys.stderr)
        return 2
    records = records[: args.limit] if args.limit else records
    t0 = time.perf_counter()
    alone = run(records)
    elapsed = time.perf_counter() - t0
    dated = [dateline_relations(sentence_text(r["tokens"]), token_offsets(r["tokens"])) for r in records]
    predicted = alone if args.no_dateline_convention else [p | d for p, d in zip(alone, dated)]
    gold = [gold_relations(r) for r in records]
    scores = score(zip(predicted, gold))
    if args.out:
        with args.out.open("w", encoding="utf-8") as fh:
            for rec, pred, exp in zip(records, predicted, gold):
                fh.write(json.dumps({"sentence": sentence_text(rec["tokens"]), "predicted": sorted(pred),
                                     "gold": sorted(exp)}) + "\n")  # fmt: skip
    print(f"CoNLL04 {args.split}: {len(records)} sentences in {elapsed:.1f}s")
    print(table(scores))
    print(f"micro F1 = {scores.prf()[2]:.4f}")
    if not args.no_dateline_convention:
        print(f"micro F1 without the dateline convention = {score(zip(alone, gold)).prf()[2]:.4f}")
    if args.errors:
        found = mentions(records)
        print("\n".join(errors(records, predicted, found)))
        print(entity_table(found, [gold_entities(r) for r in records]))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    raise SystemExit(main())
