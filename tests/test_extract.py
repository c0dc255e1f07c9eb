"""Extraction as a table: news sentences of our own (none from the samples) -> statements."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from kgraph.extract import extract
from kgraph.iri import document_iri
from kgraph.types import Document

pytestmark = pytest.mark.slow

DATE = dt.date(2024, 6, 25)

# sentence -> expected (subject label, relation, object label, status)
CASES = [
    ("Iran has supplied hundreds of drones to Russia, according to Ukrainian officials.", ("Iran", "supplies", "drones", "asserted")),
    ("Belarus will send 500 engineers to Venezuela next month.", ("Belarus", "deploys", "engineers", "planned")),
    ("The Kremlin said Moscow delivered more than 40 tanks to Serbia last week.", ("Russia", "supplies", "tanks", "asserted")),
    ("China did not sell fighter jets to Pakistan.", ("China", "supplies", "fighter jets", "negated")),
    ("Germany may have shipped artillery shells to Ukraine.", ("Germany", "supplies", "artillery shells", "alleged")),
    ("If Japan sends troops to Taiwan, Beijing will respond.", ("Japan", "deploys", "troops", "hypothetical")),
    ("Emmanuel Macron visited Beijing in April.", ("Emmanuel Macron", "visits", "Beijing", "asserted")),
    ("Turkey and Hungary signed a trade agreement on Monday.", ("Hungary", "signs", "trade agreement", "asserted")),
    ("Poland condemned Russia for the attack.", ("Poland", "criticizes", "Russia", "asserted")),
    ("Russia attacked Ukraine in February 2022.", ("Russia", "attacks", "Ukraine", "asserted")),
    ("The United States threatened Iran with sanctions.", ("United States", "threatens", "Iran", "asserted")),
    ("About 2,000 Cuban soldiers were sent to Angola.", ("Cuba", "deploys", "Cuban soldiers", "asserted")),
    ("Brazil is expected to provide food aid to Haiti.", ("Brazil", "supplies", "food aid", "planned")),
    ("Canada has pledged to deliver 20 armoured vehicles to Latvia.", ("Canada", "supplies", "armoured vehicles", "planned")),
    ("France and Germany agreed to cooperate on defence.", ("France", "cooperatesWith", "Germany", "planned")),
    ("Kenya will not deploy police officers to Haiti, the government said.", ("Kenya", "deploys", "police officers", "negated")),
]


def run(sentence: str):
    doc = Document(document_iri("test:" + sentence), "test.txt", sentence, hashlib.sha256(sentence.encode()).hexdigest(), date=DATE)
    return extract([doc])


def facts(extraction):
    return {(s.subject.label, s.relation, s.object.label, str(s.status)) for s in extraction.statements}


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_sentence_yields_statement(nlp, sentence, expected):
    assert expected in facts(run(sentence))


def test_qualifiers_of_one_statement(nlp):
    ex = run("The Kremlin said Moscow delivered more than 40 tanks to Serbia last week.")
    (st,) = [s for s in ex.statements if s.relation == "supplies"]
    assert st.subject.text == "Moscow"  # the capital speaking for the state
    assert st.recipient is not None and st.recipient.label == "Serbia"
    assert st.according_to is not None and "Kremlin" in st.according_to.label
    assert st.quantity is not None and (st.quantity.min, st.quantity.hedge, st.quantity.unit) == (40, "more than", "tanks")
    assert st.time is not None and st.time.text == "last week"
    doc_text = ex.documents[0].text
    assert doc_text[st.start : st.end] == st.sentence


def test_passive_without_agent_infers_state_with_lower_confidence(nlp):
    active = run("Cuba sent 2,000 soldiers to Angola.").statements
    passive = run("About 2,000 Cuban soldiers were sent to Angola.").statements
    (a,) = [s for s in active if s.relation == "deploys"]
    (p,) = [s for s in passive if s.relation == "deploys"]
    assert p.subject.label == a.subject.label == "Cuba"
    assert p.confidence < a.confidence
    assert (p.quantity.value, p.quantity.hedge) == (2000, "about")


def test_casualty_figures_keep_their_source(nlp):
    ex = run("Officials said that up to 300 civilians were killed in the city.")
    (st,) = [s for s in ex.statements if s.relation == "sufferedCasualties"]
    assert st.object.cls == "Quantity" and st.quantity.max == 300
    assert st.according_to is not None


def test_negated_claim_is_kept_as_negated_not_dropped(nlp):
    assert ("China", "supplies", "fighter jets", "negated") in facts(run("China did not sell fighter jets to Pakistan."))
    assert not any(s.status == "asserted" for s in run("China did not sell fighter jets to Pakistan.").statements if s.relation == "supplies")


def test_no_statement_without_a_relation(nlp):
    assert run("The weather in Oslo was mild and sunny.").statements == ()
