"""The precision audit (benchmarks/audit.py): its judging, and its pool kept apart from
the news benchmark."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kgraph.types import Relation
from tests.benchmark_scripts import load
from tests.factories import sample_extraction

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "benchmarks" / "audit"
NEWS = ROOT / "benchmarks" / "news"


AUDIT = load("audit")


def _judgments(tmp_path: Path, records: list[dict]) -> list:
    path = tmp_path / "judged.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return AUDIT.load_judgments(path)


def _j(subject: str, relation: str, obj: str, verdict: str, status: str | None = None) -> dict:
    return {"doc": "a.txt", "subject": [subject], "relation": relation, "object": [obj], "verdict": verdict,
            "why": "", "status": status}  # fmt: skip


def test_right_wrong_and_unjudged_facts_are_counted(tmp_path):
    # a.txt states: North Korea supplies ammunition, North Korea deploys engineers, Russia supplies
    # technology (negated), Putin meets Kim; b.txt is not judged at all.
    judged = _judgments(tmp_path, [
        _j("North Korea", "supplies", "artillery ammunition", "right", "asserted"),
        _j("North Korea", "deploys", "engineers", "wrong"),
        _j("Putin", "meetsWith", "Kim Jong Un", "right", "planned"),
    ])  # fmt: skip
    audit = AUDIT.judge(sample_extraction().statements, judged)
    assert (audit.right, audit.wrong) == (2, 1)
    assert audit.precision == pytest.approx(2 / 3)
    assert (audit.status_hits, audit.status_total) == (1, 2)  # the meeting was asserted, not planned
    unjudged = {(f["doc"], f["relation"]) for f in audit.unjudged}
    assert ("a.txt", "supplies") in unjudged  # Russia's technology
    assert ("b.txt", "sufferedCasualties") in unjudged
    assert audit.wrong_facts[0]["relation"] == "deploys" and audit.wrong_facts[0]["why"] == "judged wrong"
    assert all(f["verdict"] is None for f in audit.unjudged)


def test_missed_lines_give_recall_and_count_as_right_once_stated(tmp_path):
    judged = _judgments(tmp_path, [
        _j("North Korea", "supplies", "artillery ammunition", "right"),
        _j("Putin", "meetsWith", "Kim Jong Un", "missed", "asserted"),  # stated since: found
        _j("Russia", "attacks", "Kyiv", "missed"),  # still not stated
        _j("North Korea", "deploys", "engineers", "wrong"),
    ])  # fmt: skip
    audit = AUDIT.judge(sample_extraction().statements, judged)
    assert (audit.right, audit.wrong) == (2, 1)
    assert (audit.found, audit.known) == (2, 3)
    assert audit.recall == pytest.approx(2 / 3)
    assert [(m["subject"], m["relation"], m["verdict"]) for m in audit.missed] == [(["Russia"], "attacks", "missed")]
    assert any("recall over known facts 0.667" in line for line in AUDIT.summary(audit))


def test_a_symmetric_fact_is_judged_either_way_round(tmp_path):
    judged = _judgments(tmp_path, [_j("Kim Jong Un", "meetsWith", "Putin", "wrong")])
    audit = AUDIT.judge(sample_extraction().statements, judged)
    assert [f["relation"] for f in audit.wrong_facts] == [Relation.MEETS_WITH]


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ({"doc": "a.txt", "subject": ["A"], "relation": "supplies", "object": ["B"], "verdict": "maybe"}, "verdict"),
        ({"doc": "a.txt", "subject": ["A"], "relation": "supplies", "object": ["B"], "verdict": "right", "x": 1}, "x"),
        ({"doc": "a.txt", "relation": "supplies", "object": ["B"], "verdict": "right"}, "subject"),
    ],
)
def test_a_malformed_judgment_names_its_line(tmp_path, line, problem):
    path = tmp_path / "judged.jsonl"
    path.write_text("\n" + json.dumps(line) + "\n", encoding="utf-8")
    with pytest.raises(AUDIT.AuditDataError, match=rf"judged.jsonl:2: .*{problem}"):
        AUDIT.load_judgments(path)


def test_judgments_name_pool_passages_and_ontology_relations():
    judged = AUDIT.load_judgments(DATA / "judged.jsonl")
    pool = {p.name for p in (DATA / "pool").glob("*.txt")}
    assert {j.doc for j in judged} <= pool
    assert {j.relation for j in judged} <= {str(r) for r in Relation}
    assert all(j.status in (None, "asserted", "planned", "alleged", "negated", "hypothetical") for j in judged)


def test_two_signed_lines_of_one_fact_are_found(tmp_path):
    judged = _judgments(tmp_path, [
        _j("North Korea", "supplies", "shells", "missed"),
        _j("Putin", "meetsWith", "Kim Jong Un", "right"),
        {**_j("DPRK", "supplies", "shells", "right"), "subject": ["DPRK", "North Korea"]},  # the missed line, found
        _j("Kim Jong Un", "meetsWith", "Putin", "right"),  # a symmetric fact either way round
        _j("North Korea", "supplies", "shells", "wrong"),  # a wrong line signs nothing
        {**_j("Canada", "sanctions", "politicians", "right"), "subject": ["Canada", "they"]},
        {**_j("Mexico", "sanctions", "politicians", "right"), "subject": ["Mexico", "they"]},  # a pronoun is no name
        _j("North Korea", "deploys", "shells", "right"),  # another relation
    ])  # fmt: skip
    assert AUDIT.duplicate_lines(judged) == [[0, 2], [1, 3]]


def test_each_known_fact_of_the_pool_is_signed_once():
    judged = AUDIT.load_judgments(DATA / "judged.jsonl")
    assert [[judged[i].record() for i in g] for g in AUDIT.duplicate_lines(judged)] == []


def test_the_pool_shares_no_address_or_passage_with_the_news_benchmark():
    benchmark = {json.loads(p.read_text(encoding="utf-8"))["url"] for p in NEWS.glob("*/*.txt.json")}
    texts = {p.read_text(encoding="utf-8").strip() for p in NEWS.glob("*/*.txt")}
    for sidecar in (DATA / "pool").glob("*.txt.json"):
        assert json.loads(sidecar.read_text(encoding="utf-8"))["url"] not in benchmark, sidecar.name
        assert sidecar.with_suffix("").read_text(encoding="utf-8").strip() not in texts, sidecar.name


def test_a_missing_pool_is_one_message(tmp_path, capsys):
    assert AUDIT.main(["--data", str(tmp_path)]) == 2
    assert "has no pool/" in capsys.readouterr().err
