"""The scorer, on hand-made statements: matching, duplicates, optional gold, qualifiers."""

from __future__ import annotations

import json

import pytest

from kgraph.errors import InputError
from kgraph.evaluate import evaluate, load_gold, names_match
from kgraph.types import EntityClass, EntityRef, Quantity, Statement, Status


def ref(label, cls=EntityClass.COUNTRY, text=None):
    return EntityRef("urn:" + label.replace(" ", "_"), label, cls, text or label)


def st(s, rel, o, doc="seeds/a.txt", status=Status.ASSERTED, conf=0.8, **kw):
    return Statement(doc, "urn:doc:" + doc, ref(s), rel, ref(o), "x", 0, 1, status=status, confidence=conf, **kw)


def gold(tmp_path, *rows):
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return load_gold(path)


def g(subject, rel, obj, **kw):
    row = {"doc": "a.txt", "subject": subject, "relation": rel, "object": obj, "recipient": None,
           "status": "asserted", "accordingTo": None, "quantity": None, "optional": False}
    row.update(kw)
    return row


@pytest.mark.parametrize(
    ("mentions", "names", "expected"),
    [
        (["the DPRK"], ["DPRK"], True),
        (["rounds of artillery ammunition"], ["artillery ammunition"], True),
        (["artillery"], ["artillery ammunition"], False),
        (["Putin"], ["Vladimir Putin", "Putin"], True),
        (["Russia"], ["Russian forces"], False),
    ],
)
def test_names_match(mentions, names, expected):
    assert names_match(mentions, names) is expected


def test_precision_recall_and_optional(tmp_path):
    gs = gold(tmp_path, g(["North Korea"], "supplies", ["rockets"]), g(["Putin"], "visits", ["Vietnam"], optional=True),
              g(["Russia"], "signs", ["treaty"]))
    preds = [st("North Korea", "supplies", "rockets"), st("Vladimir Putin", "visits", "Vietnam"), st("China", "attacks", "Taiwan")]
    r = evaluate(preds, gs)
    assert (r.tp, r.fp, r.fn, r.optional_matched) == (1, 1, 1, 1)
    assert r.precision == 0.5 and r.recall == 0.5


def test_symmetric_relations_match_either_way(tmp_path):
    gs = gold(tmp_path, g(["Russia"], "cooperatesWith", ["North Korea"]))
    assert evaluate([st("North Korea", "cooperatesWith", "Russia")], gs).tp == 1
    assert evaluate([st("North Korea", "supplies", "Russia")], gs).tp == 0


def test_repeated_fact_in_other_words_is_a_false_positive_counted_as_duplicate(tmp_path):
    # docs/statements.md: each gold statement matches at most one prediction; a further one that
    # matches only gold already matched is a false positive (two edges where one fact is).
    gs = gold(tmp_path, g(["North Korea"], "deploys", ["troops", "volunteers"]))
    r = evaluate([st("North Korea", "deploys", "troops", conf=0.9), st("North Korea", "deploys", "volunteers")], gs)
    assert (r.tp, r.fp, r.duplicates) == (1, 1, 1)
    assert r.precision == 0.5
    assert [fp["duplicate"] for fp in r.false_positives] == [True]
    assert [(fp["object"], fp["restates"]["object"]) for fp in r.false_positives] == [("volunteers", "troops")]


def test_no_fact_is_a_false_positive_when_the_gold_could_be_shared_out(tmp_path):
    # Each gold statement matches at most one fact, by the best assignment: the confident fact
    # that matches both gold statements takes the one the other fact cannot match.
    gs = gold(tmp_path, g(["North Korea", "North"], "supplies", ["shells"]),
              g(["North Korean workers", "North Korea"], "supplies", ["shells"]))
    preds = [st("North Korean workers", "supplies", "shells", conf=0.9), st("North", "supplies", "shells", conf=0.5)]
    r = evaluate(preds, gs)
    assert (r.tp, r.fp, r.fn, r.duplicates) == (2, 0, 0, 0)


def test_the_assignment_prefers_required_gold_then_the_confident_fact(tmp_path):
    gs = gold(tmp_path, g(["Iran"], "supplies", ["drones"], optional=True), g(["Iran"], "supplies", ["drones", "Shahed drones"]))
    r = evaluate([st("Iran", "supplies", "Shahed drones")], gs)
    assert (r.tp, r.fp, r.fn, r.optional_matched) == (1, 0, 0, 0)
    gs = gold(tmp_path, g(["Iran"], "supplies", ["drones", "Shahed drones"]))
    r = evaluate([st("Iran", "supplies", "drones", conf=0.4), st("Iran", "supplies", "Shahed drones", conf=0.9)], gs)
    assert (r.tp, r.fp, r.duplicates) == (1, 1, 1)
    assert [fp["object"] for fp in r.false_positives] == ["drones"]


def test_a_duplicate_of_optional_gold_is_a_false_positive_too(tmp_path):
    gs = gold(tmp_path, g(["North Korea"], "deploys", ["troops", "volunteers"], optional=True))
    r = evaluate([st("North Korea", "deploys", "troops", conf=0.9), st("North Korea", "deploys", "volunteers")], gs)
    assert (r.tp, r.fp, r.optional_matched, r.duplicates) == (0, 1, 1, 1)


def test_related_to_and_other_documents_are_not_scored(tmp_path):
    gs = gold(tmp_path, g(["North Korea"], "supplies", ["rockets"]))
    r = evaluate([st("North Korea", "relatedTo", "Russia"), st("Iran", "supplies", "drones", doc="other.txt")], gs)
    assert (r.tp, r.fp, r.fn) == (0, 0, 1)


def test_qualifier_accuracies(tmp_path):
    gs = gold(tmp_path, g(["North Korea"], "supplies", ["ammunition"], status="alleged", recipient=["Russia"],
                          quantity={"max": 2000000}, accordingTo=["Seoul"]))
    pred = st("North Korea", "supplies", "ammunition", status=Status.ALLEGED, recipient=ref("Russia"),
              quantity=Quantity("almost two million rounds", max=2_000_000, hedge="almost"), according_to=ref("Seoul", EntityClass.CITY))
    r = evaluate([pred], gs)
    assert all(r.accuracy(q) == 1.0 for q in ("status", "recipient", "quantity", "accordingTo"))
    wrong = st("North Korea", "supplies", "ammunition", status=Status.ASSERTED)
    r = evaluate([wrong], gs)
    assert all(r.accuracy(q) == 0.0 for q in ("status", "recipient", "quantity", "accordingTo"))


def test_recipient_and_quantity_come_from_the_statement_that_states_them(tmp_path):
    gs = gold(tmp_path, g(["North Korea"], "deploys", ["workers"], status="planned", recipient=["Russia"],
                          quantity={"value": 150}, accordingTo=["Seoul"]))
    headline = st("North Korea", "deploys", "workers", status=Status.PLANNED, conf=0.9, recipient=ref("Russia"))
    body = st("North Korea", "deploys", "workers", conf=0.5, quantity=Quantity("150 workers", value=150),
              according_to=ref("Seoul"))
    r = evaluate([headline, body], gs)
    assert (r.tp, r.fp) == (1, 0)
    assert r.accuracy("recipient") == r.accuracy("quantity") == r.accuracy("status") == 1.0
    assert r.accuracy("accordingTo") == 0.0  # attribution belongs to each telling: the best one has none


def test_bad_gold_line_is_named(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text('{"doc": "a.txt"}\n')
    with pytest.raises(InputError, match="gold.jsonl:1"):
        load_gold(path)


def test_the_documented_statement_is_the_format_written():
    from pathlib import Path

    text = (Path(__file__).resolve().parent.parent / "docs" / "statements.md").read_text(encoding="utf-8")
    example = json.loads(text.split("```json\n", 1)[1].split("```", 1)[0])
    assert Statement.from_json(example).to_json() == example

