"""Pronouns and possessives resolved within a document (kgraph.coreference),
as a table of our own texts: each row a statement that must, or must not, come out."""

from __future__ import annotations

from functools import lru_cache

import pytest

from factories import make_document
from kgraph.extract import extract

pytestmark = pytest.mark.slow


@lru_cache(maxsize=None)
def _extraction(text: str):
    return extract([make_document("coref.txt", text)])


def _facts(text: str) -> set[tuple[str, str, str]]:
    return {(s.subject.label, s.relation, s.object.label) for s in _extraction(text).statements}


# text, statement it must yield
FOUND = [
    # a possessive in a phrase before its clause points forward
    ("Joe Biden met Emmanuel Macron in Paris. During his trip to Kyiv on Monday, Antony Blinken condemned Russia.",
     ("Antony Blinken", "visits", "Kyiv")),
    # plural pronouns: every coordinated antecedent
    ("Russia and China signed a treaty in May. They also condemned Japan.", ("Russia", "criticizes", "Japan")),
    ("Russia and China signed a treaty in May. They also condemned Japan.", ("China", "criticizes", "Japan")),
    # or a plural group
    ("Egyptian troops arrived in Somalia in May. They attacked al-Shabaab.", ("Egyptian troops", "attacks", "al-Shabaab")),
    # relative pronouns
    ("Russia, which has sent troops to Belarus, condemned Poland.", ("Russia", "deploys", "troops")),
    ("Lloyd Austin, who visited Kyiv in April, criticized Iran.", ("Lloyd Austin", "visits", "Kyiv")),
    # "his government": the country the text has said he leads
    ("Emmanuel Macron, the president of France, met with the German chancellor on Monday. "
     "His government will send 20 tanks to Ukraine.", ("France", "supplies", "tanks")),
    # a non-reflexive object pronoun is not its clause's subject
    ("Chinese President Xi Jinping flew into Moscow on Monday. Vladimir Putin, the president of Russia, met him.",
     ("Vladimir Putin", "meetsWith", "Xi Jinping")),
    # "we" in a quotation: the speaker's side
    ('"We have sent 300 soldiers to Chad," said Emmanuel Macron, the president of France.', ("France", "deploys", "soldiers")),
]


@pytest.mark.parametrize(("text", "fact"), FOUND, ids=[f"{r[0][:40]}|{r[1][0]}" for r in FOUND])
def test_resolved(text, fact):
    assert fact in _facts(text), _facts(text)


# text, statement it must not yield
NOT_FOUND = [
    # the possessive of a fronted phrase is not the previous sentence's subject
    ("Joe Biden met Emmanuel Macron in Paris. During his trip to Kyiv on Monday, Antony Blinken condemned Russia.",
     ("Joe Biden", "visits", "Kyiv")),
    # "they" has no antecedent in one country
    ("Egypt hosted talks with Qatar on Monday. They condemned Israel.", ("Egypt", "criticizes", "Israel")),
    # "we" of a person whose country is unknown is not the person
    ('"We have sent 300 soldiers to Chad," Jean Dupont said.', ("Jean Dupont", "deploys", "soldiers")),
]


@pytest.mark.parametrize(("text", "fact"), NOT_FOUND, ids=[f"{r[0][:40]}|{r[1][0]}" for r in NOT_FOUND])
def test_not_resolved(text, fact):
    assert fact not in _facts(text), _facts(text)


def test_a_pronoun_is_never_an_alias():
    text = ("Russia and China signed a treaty in May. They also condemned Japan. Iran said it had sent drones to Russia. "
            '"We will send more," Iran\'s foreign minister said. His country denied it.')
    pronouns = {"they", "them", "their", "it", "its", "he", "him", "his", "she", "her", "we", "us", "our", "i", "me", "my"}
    for entity in _extraction(text).entities.values():
        assert entity.label.casefold() not in pronouns
        assert not {a.text.casefold() for a in entity.aliases} & pronouns, entity


def test_a_class_noun_without_determiner_refers_to_nothing():
    # "group members": the class noun modifies another and has no "the"/"its" before it
    text = "The Taliban fought in May. According to the ministry, 320 group members were killed in clashes."
    assert all("group" != s.subject.label.lower() for s in _extraction(text).statements)
