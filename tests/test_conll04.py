"""The CoNLL04 benchmark's mapping and scoring functions (no pipeline run)."""

from __future__ import annotations


import pytest

from kgraph.types import EntityClass, EntityRef, Statement
from tests.benchmark_scripts import load

B = load("conll04")


@pytest.mark.parametrize(
    ("relation", "head", "tail", "expected"),
    [
        ("worksFor", "Peop", "Org", "Work_For"),
        ("leaderOf", "Peop", "Org", "Work_For"),
        ("worksFor", "Peop", "Loc", None),
        ("livesIn", "Peop", "Loc", "Live_In"),
        ("basedIn", "Org", "Loc", "OrgBased_In"),
        ("partOf", "Org", "Loc", "OrgBased_In"),
        ("partOf", "Org", "Org", None),
        ("locatedIn", "Loc", "Loc", "Located_In"),
        ("killed", "Peop", "Peop", "Kill"),
        ("killed", "Org", "Peop", None),  # not in CoNLL04's schema
        ("livesIn", "Peop", "Other", None),
        ("attacks", "Loc", "Loc", None),
        ("meetsWith", "Peop", "Peop", None),
    ],
)
def test_conll_relation(relation, head, tail, expected):
    assert B.conll_relation(relation, head, tail) == expected


def test_entity_type():
    assert B.entity_type(EntityClass.PERSON) == "Peop"
    assert B.entity_type(EntityClass.ORGANIZATION) == "Org"
    for cls in (EntityClass.COUNTRY, EntityClass.CITY, EntityClass.REGION, EntityClass.PLACE):
        assert B.entity_type(cls) == "Loc"
    assert B.entity_type(EntityClass.MATERIEL) == "Other"
    assert B.entity_type(EntityClass.GROUP) == "Other"


def test_char_to_tokens():
    tokens = ["Bethany", ",", "Conn.", "is", "small"]
    offsets = B.token_offsets(tokens)
    text = B.sentence_text(tokens)
    assert [text[s:e] for s, e in offsets] == tokens
    assert B.char_to_tokens(offsets, 0, 7) == (0, 1)
    assert B.char_to_tokens(offsets, 10, 14) == (2, 3)  # "Conn" without its period: the covering token
    assert B.char_to_tokens(offsets, 0, 15) == (0, 3)
    assert B.char_to_tokens(offsets, 7, 8) is None  # only the space between tokens


def test_score_is_strict():
    gold = {("Live_In", (0, 2, "Peop"), (4, 5, "Loc")), ("Kill", (0, 2, "Peop"), (7, 8, "Peop"))}
    predicted = {
        ("Live_In", (0, 2, "Peop"), (4, 5, "Loc")),  # right
        ("Kill", (0, 1, "Peop"), (7, 8, "Peop")),  # wrong head boundary
        ("Work_For", (0, 2, "Peop"), (4, 5, "Org")),  # wrong type
    }
    scores = B.score([(predicted, gold), (set(), {("Located_In", (1, 2, "Loc"), (3, 4, "Loc"))})])
    p, r, f = scores.prf()
    assert (scores.tp["Live_In"], sum(scores.pred.values()), sum(scores.gold.values())) == (1, 3, 3)
    assert p == pytest.approx(1 / 3) and r == pytest.approx(1 / 3) and f == pytest.approx(1 / 3)
    assert scores.prf("Live_In") == (1.0, 1.0, 1.0)
    assert scores.prf("Kill") == (0.0, 0.0, 0.0)
    assert "micro" in B.table(scores)


def test_gold_relations():
    record = {
        "tokens": ["Jo", "Bloggs", "of", "Leeds"],
        "entities": [{"type": "Peop", "start": 0, "end": 2}, {"type": "Loc", "start": 3, "end": 4}],
        "relations": [{"type": "Live_In", "head": 0, "tail": 1}],
    }
    assert B.gold_relations(record) == {("Live_In", (0, 2, "Peop"), (3, 4, "Loc"))}


def _ref(label: str, cls: EntityClass, start: int | None, end: int | None) -> EntityRef:
    return EntityRef(iri=f"x:{label}", label=label, cls=cls, text=label, start=start, end=end)


def test_statement_relation_uses_mention_offsets():
    tokens = ["Jo", "Bloggs", "of", "Leeds", "spoke"]
    offsets = B.token_offsets(tokens)
    # the canonical label differs from the mention; the offsets decide
    subj = _ref("Joanna Bloggs", EntityClass.PERSON, 0, 9)
    obj = _ref("Leeds, England", EntityClass.CITY, 13, 18)
    stmt = Statement(doc="d", doc_iri="x:d", subject=subj, relation="livesIn", object=obj, sentence="", start=0, end=24)
    assert B.statement_relation(stmt, offsets) == ("Live_In", (0, 2, "Peop"), (3, 4, "Loc"))
    unmapped = Statement(doc="d", doc_iri="x:d", subject=subj, relation="visits", object=obj, sentence="", start=0, end=24)
    assert B.statement_relation(unmapped, offsets) is None
    no_offsets = Statement(doc="d", doc_iri="x:d", subject=_ref("Jo", EntityClass.PERSON, None, None),
                           relation="livesIn", object=obj, sentence="", start=0, end=24)  # fmt: skip
    assert B.statement_relation(no_offsets, offsets) is None


def test_a_resolved_pronoun_is_scored_at_its_named_antecedent():
    text = "Jo Bloggs won in her native Leeds"
    tokens = text.split()
    offsets = B.token_offsets(tokens)
    her = EntityRef(iri="x:jo", label="Jo Bloggs", cls=EntityClass.PERSON, text="her", start=17, end=20)
    leeds = _ref("Leeds", EntityClass.CITY, 28, 33)
    stmt = Statement(doc="d", doc_iri="x:d", subject=her, relation="livesIn", object=leeds, sentence=text, start=0, end=32)
    assert text[her.start : her.end] == "her" and text[leeds.start : leeds.end] == "Leeds"
    assert B.statement_relation(stmt, offsets, text) == ("Live_In", (0, 2, "Peop"), (6, 7, "Loc"))
    elsewhere = EntityRef(iri="x:ann", label="Ann Lee", cls=EntityClass.PERSON, text="her", start=17, end=20)
    unnamed = Statement(doc="d", doc_iri="x:d", subject=elsewhere, relation="livesIn", object=leeds, sentence=text, start=0, end=32)
    assert B.statement_relation(unnamed, offsets, text) is None  # a pronoun is never a CoNLL04 entity


@pytest.mark.parametrize(
    ("text", "pronoun", "expected"),
    [
        ("Ann saw Jo and Ann said she left", "she", (15, 18)),  # the nearest naming before the pronoun
        ("When she left , Ann said so", "she", (16, 19)),  # the one naming after it
        ("When she left , Ann told Ann", "she", None),  # two namings after it: which is unknown
        ("When she left , Jo said so", "she", None),  # the sentence does not name her
    ],
)
def test_a_pronoun_is_scored_at_the_nearest_naming_of_its_antecedent(text, pronoun, expected):
    at = text.index(f" {pronoun} ") + 1 if f" {pronoun} " in text else text.index(pronoun)
    ref = EntityRef(iri="x:ann", label="Ann", cls=EntityClass.PERSON, text=pronoun, start=at, end=at + len(pronoun))
    assert B.mention_extent(ref, text) == expected


def test_a_place_opening_an_organisations_name_is_its_own_entity():
    text = "the U.S. Congress passed it"
    offsets = B.token_offsets(text.split())
    congress = _ref("U.S. Congress", EntityClass.ORGANIZATION, 4, 17)
    us = _ref("United States", EntityClass.COUNTRY, 4, 8)
    stmt = Statement(doc="d", doc_iri="x:d", subject=congress, relation="partOf", object=us, sentence=text, start=0, end=27)
    assert B.statement_relation(stmt, offsets, text) == ("OrgBased_In", (2, 3, "Org"), (1, 2, "Loc"))


@pytest.mark.parametrize(
    ("relation", "tail", "rule", "expected"),
    [
        ("leaderOf", "Org", "static:title:leader", "Work_For"),
        ("leaderOf", "Loc", "static:title:leader:modifier", "Live_In"),  # "Soviet President X"
        ("leaderOf", "Loc", "static:title:leader", None),  # "president of Mexico": an office
        ("worksFor", "Loc", "static:title:member:modifier", "Live_In"),
    ],
)
def test_an_office_named_by_a_nationality_is_conll04_residence(relation, tail, rule, expected):
    assert B.conll_relation(relation, "Peop", tail, rule) == expected


def test_a_nationality_word_is_other_not_a_location():
    text = "Spanish conqueror Francisco Pizarro sailed"
    offsets = B.token_offsets(text.split())
    pizarro = _ref("Francisco Pizarro", EntityClass.PERSON, 18, 35)
    spain = EntityRef(iri="x:es", label="Spain", cls=EntityClass.COUNTRY, text="Spanish", start=0, end=7)
    stmt = Statement(doc="d", doc_iri="x:d", subject=pizarro, relation="worksFor", object=spain, sentence=text,
                     start=0, end=len(text), rule="static:title:member:modifier")  # fmt: skip
    assert B.statement_relation(stmt, offsets, text) is None  # CoNLL04: "Spanish" is Other
    named = "Illinois Gov. Jim Edgar spoke"
    edgar = _ref("Jim Edgar", EntityClass.PERSON, 14, 23)
    illinois = EntityRef(iri="x:il", label="Illinois", cls=EntityClass.REGION, text="Illinois", start=0, end=8)
    stmt = Statement(doc="d", doc_iri="x:d", subject=edgar, relation="leaderOf", object=illinois, sentence=named,
                     start=0, end=len(named), rule="static:title:leader:modifier")  # fmt: skip
    assert B.statement_relation(stmt, B.token_offsets(named.split()), named) == (
        "Live_In", (2, 4, "Peop"), (0, 1, "Loc"))  # fmt: skip
    assert B.is_nationality("Spanish") and not B.is_nationality("Soviet") and not B.is_nationality("Illinois")
