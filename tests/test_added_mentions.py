"""Mentions the NER missed (kgraph.nlp.added_mentions), as a table of our own sentences."""

from __future__ import annotations

import pytest

from kgraph.gazetteer import Gazetteer
from kgraph.nlp.added_mentions import misread_names
from kgraph.nlp.mentions import SPAN_KEY

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # a name the NER took for a date, which the gazetteer knows as an organisation's
        ("Gunmen belonging to the militant group Jaish-e-Mohammed attacked a police post.",
         [("Jaish-e-Mohammed", "Organization")]),
        # a hyphenated name the NER cut ("Jaish" a nationality), whole
        ("The outlawed group Jaish-e-Mohammed denied any role in the blast.", [("Jaish-e-Mohammed", "Organization")]),
        ("Police blamed \"Jaish-e-Mohammed\", a banned group.", [("Jaish-e-Mohammed", "Organization")]),
        # dates stay dates; a date word is no name the gazetteer knows; a hyphenated word it does not know is none
        ("Troops crossed the Polish-Ukrainian border on Monday.", []),
        ("The talks resumed on Monday and ended in March.", []),
        ("The ceasefire held for 48 hours.", []),
    ],
)  # fmt: skip
def test_misread_names(nlp, sentence: str, found: list[tuple[str, str]]) -> None:
    doc = nlp(sentence)
    spans = list(doc.spans[SPAN_KEY]) if SPAN_KEY in doc.spans else []
    assert [(s.text, s.label_) for s in misread_names(doc, spans, Gazetteer.load())] == found
