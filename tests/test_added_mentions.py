"""Mentions the NER missed (kgraph.nlp.added_mentions), as a table of our own sentences."""

from __future__ import annotations

import pytest

from kgraph.gazetteer import Gazetteer
from kgraph.nlp.added_mentions import misread_names, repeated_names
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


def _spans(doc, named: list[tuple[str, str]]) -> list:
    """Spans of ``doc`` for each (words, class) pair, at the words' first place."""
    from spacy.tokens import Span

    out = []
    for words, cls in named:
        start = next(t.i for t in doc if doc[t.i : t.i + len(words.split())].text == words)
        out.append(Span(doc, start, start + len(words.split()), label=cls))
    return out


@pytest.mark.parametrize(
    ("sentence", "named", "found"),
    [
        # a person's full name found once: the surname, and the whole name, wherever else written
        ("Ivo Kestrel spoke on Monday. Kestrel said the talks had failed.", [("Ivo Kestrel", "Person")],
         [("Kestrel", "Person")]),
        ("The Varnak Front claimed the attack. Later the Varnak Front denied it.", [("Varnak Front", "Organization")],
         [("Varnak Front", "Organization")]),
        # not run into a longer name, not a name two mentions class differently, not a state's or a people's
        ("Ivo Kestrel spoke on Monday. Kestrel Bank lent the money.", [("Ivo Kestrel", "Person")], []),
        ("Dorin spoke. Dorin Motors sold cars. Dorin said so.", [("Dorin", "Person"), ("Dorin Motors", "Organization")],
         [("Dorin", "Person")]),
        ("Dorin spoke to Dorin.", [("Dorin", "Person"), ("Dorin", "Organization")], []),
        ("Chile sent troops. Chile also sent tanks.", [("Chile", "Country")], []),
    ],
)  # fmt: skip
def test_repeated_names(nlp, sentence: str, named: list[tuple[str, str]], found: list[tuple[str, str]]) -> None:
    doc = nlp(sentence)
    assert [(s.text, s.label_) for s in repeated_names(doc, _spans(doc, named))] == found
