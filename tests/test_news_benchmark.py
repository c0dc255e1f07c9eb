"""The unseen-news benchmark's data and script (benchmarks/news.py): integrity, no spaCy.

The passages, their sidecars, the seeded dev/heldout split recorded in SOURCES.md and the
gold of both halves must fit together; the script must refuse to show heldout errors.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from pathlib import Path

import pytest

from kgraph.evaluate import evaluate, load_gold
from kgraph.read import read_file
from kgraph.types import Relation
from tests.benchmark_scripts import load
from tests.factories import sample_extraction

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "benchmarks" / "news"
SPLITS = ("dev", "heldout")
GOLD_KEYS = {"doc", "subject", "relation", "object", "recipient", "status", "accordingTo", "quantity", "optional"}
STATUSES = {None, "asserted", "planned", "alleged", "negated", "hypothetical"}


SPLIT = load("news_split")
NEWS = load("news")
ROWS = SPLIT.read_sources(DATA / "SOURCES.md")


def _passages(split: str) -> list[Path]:
    return sorted((DATA / split).glob("*.txt"))


def _gold_lines(split: str) -> list[dict]:
    lines = (DATA / f"{split}.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def test_enough_passages_and_topics():
    assert len(ROWS) >= 40
    assert len({r["topic"] for r in ROWS}) >= 15
    assert sum(len(_passages(s)) for s in SPLITS) == len(ROWS)


def test_halves_are_disjoint_balanced_and_the_seeded_split():
    dev, held = ({p.name for p in _passages(s)} for s in SPLITS)
    assert not dev & held
    for batch in {SPLIT.batch_of(r) for r in ROWS}:
        rows = [r for r in ROWS if SPLIT.batch_of(r) == batch]
        per_split = Counter(r["split"] for r in rows)
        assert abs(per_split["dev"] - per_split["heldout"]) <= 1, batch
        per_topic = Counter((r["topic"], r["split"]) for r in rows)
        for topic in {r["topic"] for r in rows}:
            assert abs(per_topic[topic, "dev"] - per_topic[topic, "heldout"]) <= 1, (batch, topic)
    assert SPLIT.problems(DATA) == []


def test_a_later_batch_is_split_on_its_own_and_moves_no_earlier_passage():
    first = [{"file": f"{i}.txt", "topic": f"t{i % 3}"} for i in range(9)]
    later = [{"file": f"b{i}.txt", "topic": f"t{i % 2}", "batch": "2"} for i in range(6)]
    before = SPLIT.split_rows(first)
    after = SPLIT.split_rows(first + later)
    assert {k: after[k] for k in before} == before
    assert Counter(after[r["file"]] for r in later) == {"dev": 3, "heldout": 3}


@pytest.mark.parametrize(
    ("passages", "expected"),
    [
        ([("a", "t1"), ("b", "t1")], {"dev": 1, "heldout": 1}),
        ([("a", "t1"), ("b", "t1"), ("c", "t1"), ("d", "t2"), ("e", "t2"), ("f", "t2")], {"dev": 3, "heldout": 3}),
        ([("a", "t1")], {"dev": 1}),
    ],
)
def test_split_is_stratified_and_balanced(passages, expected):
    assigned = SPLIT.split(passages)
    assert Counter(assigned.values()) == expected
    assert assigned == SPLIT.split(list(reversed(passages)))  # the order given does not matter


@pytest.mark.parametrize("split", SPLITS)
def test_every_passage_has_a_sidecar_that_the_reader_takes(split):
    for path in _passages(split):
        side = json.loads(path.with_name(path.name + ".json").read_text(encoding="utf-8"))
        assert set(side) == {"title", "url", "date"}, path.name
        assert side["url"].startswith(("http://", "https://")), path.name
        (doc,) = read_file(path)
        assert doc.date == dt.date.fromisoformat(side["date"]), path.name
        assert doc.url == side["url"]
        assert 3 <= sum(doc.text.count(c) for c in ".!?") and len(doc.text) < 3000, path.name


@pytest.mark.parametrize("split", SPLITS)
def test_gold_names_passages_of_its_own_half_and_covers_each(split):
    docs = {g["doc"] for g in _gold_lines(split)}
    assert docs == {p.name for p in _passages(split)}


@pytest.mark.parametrize("split", SPLITS)
def test_gold_records_are_well_formed(split):
    seen = set()
    for g in _gold_lines(split):
        assert set(g) == GOLD_KEYS, g
        for role in ("subject", "object"):
            assert g[role] and all(isinstance(n, str) and n.strip() for n in g[role]), g
        for role in ("recipient", "accordingTo"):
            assert g[role] is None or (g[role] and all(isinstance(n, str) and n.strip() for n in g[role])), g
        rels = g["relation"] if isinstance(g["relation"], list) else [g["relation"]]
        assert rels and "relatedTo" not in rels, g
        assert g["status"] in STATUSES, g
        assert isinstance(g["optional"], bool), g
        q = g["quantity"]
        assert q is None or (q and set(q) <= {"value", "min", "max"} and all(isinstance(v, int | float) for v in q.values())), g
        key = json.dumps(g, sort_keys=True)
        assert key not in seen, g
        seen.add(key)
    assert len(load_gold(DATA / f"{split}.jsonl")) == len(seen)


@pytest.mark.parametrize("split", SPLITS)
def test_gold_relations_are_relations_of_the_ontology(split):
    used = {r for g in load_gold(DATA / f"{split}.jsonl") for r in g.relations}
    unknown = used - {r.value for r in Relation}
    assert not unknown


def test_errors_are_refused_for_heldout(capsys):
    assert NEWS.main(["--split", "heldout", "--errors"]) == 2
    assert "refused" in capsys.readouterr().err


def test_missing_data_is_one_message(tmp_path, capsys):
    assert NEWS.main(["--split", "dev", "--data", str(tmp_path)]) == 2
    assert "no dev/ passages" in capsys.readouterr().err


def test_summary_and_errors_list_what_the_scorer_found(tmp_path):
    gold = tmp_path / "gold.jsonl"
    records = [
        {"doc": "a.txt", "subject": ["North Korea"], "relation": "supplies", "object": ["artillery ammunition"],
         "recipient": ["Russia"], "status": "asserted", "accordingTo": None, "quantity": {"max": 2000000}, "optional": False},
        {"doc": "a.txt", "subject": ["Kim Jong Un"], "relation": "visits", "object": ["Russia"],
         "recipient": None, "status": "asserted", "accordingTo": None, "quantity": None, "optional": False},
    ]
    gold.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    report = evaluate(sample_extraction().statements, load_gold(gold))
    lines = NEWS.summary(report)
    assert lines[0].startswith("precision ") and "F1" in lines[0]
    assert any(line.startswith("quantity accuracy") and "1.000" in line for line in lines)
    errors = NEWS.errors(report)
    assert errors[0] == "a.txt"
    assert "  missed: Kim Jong Un -visits-> Russia" in errors
    assert sum(line.startswith("  fp") for line in errors) == report.fp
