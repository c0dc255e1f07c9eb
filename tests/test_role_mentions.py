"""Mentions set right around a title (kgraph.nlp.role_mentions), as a table of our own
sentences: the NER's span is given, the mentions kept are checked."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from kgraph.gazetteer import Gazetteer
from kgraph.nlp.lexicon import load_lexicon
from kgraph.nlp.role_mentions import title_mentions

pytestmark = pytest.mark.slow

# (sentence, words the NER tagged an organisation, mentions left as (words, class))
ROWS = [
    # a title's opening word is the title's; a demonym before it is the state
    ("Estonian Foreign Secretary Mari Tamm criticised the move.", "Estonian Foreign", [("Estonian", "Country")]),
    ("Russian Defence Minister Oleg Petrov arrived.", "Defence", []),
    # a name before a title word stays a name
    ("Siemens spokesman Peter Krause said so.", "Siemens", [("Siemens", "Organization")]),
    ("The Security Council chairman spoke on Monday.", "Security Council", [("Security Council", "Organization")]),
    # a state run into the holder's name after "of" is split off; a unit's name after a state is not
    ("The Minister of Foreign Affairs of Peru Juan Soto arrived.", "Peru Juan Soto", [("Peru", "Country"), ("Juan Soto", "Person")]),
    ("The commander of U.S. Army Pacific spoke on Monday.", "U.S. Army Pacific", [("U.S. Army Pacific", "Organization")]),
    # an opening word with no title after it is left alone
    ("The National Security team met.", "National Security", [("National Security", "Organization")]),
]


@pytest.mark.parametrize(("text", "org", "kept"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_title_mentions(nlp, text, org, kept):
    doc = nlp(text)
    start = text[: text.index(org)].count(" ")
    span = Span(doc, start, start + len(org.split()), label="Organization")
    assert span.text == org
    out = title_mentions([span], Gazetteer.load(), load_lexicon())
    assert [(s.text, s.label_) for s in out] == kept
    if not kept:
        assert not any(e.start < span.end and span.start < e.end for e in doc.ents)
