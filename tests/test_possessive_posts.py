"""A counterpart holds the titled person's post for their own side (kgraph.nlp.possessive_posts),
as a table of our own texts: each row a statement that must, or must not, come out."""

from __future__ import annotations

import pytest

from test_coreference import _facts

pytestmark = pytest.mark.slow

# text, statement, whether it must come out
COUNTERPARTS = [
    # coordinated with a titled person: the same post for the counterpart's side
    ("Russian President Vladimir Putin and his French counterpart Emmanuel Macron met in Moscow.",
     ("Emmanuel Macron", "leaderOf", "France"), True),
    # the object of the titled subject's verb, the title in apposition
    ("Joe Biden, the president of the United States, met his French counterpart, Emmanuel Macron.",
     ("Emmanuel Macron", "leaderOf", "France"), True),
    # a member's counterpart is a member
    ("Chilean Foreign Minister Ana Soto met her Peruvian counterpart Juan Rojas in Lima.",
     ("Juan Rojas", "worksFor", "Peru"), True),
    # no title of the owner's in the sentence: no post to hold
    ("Vladimir Putin met his French counterpart Emmanuel Macron in Moscow.", ("Emmanuel Macron", "leaderOf", "France"), False),
    # no possessive: whose counterpart is not said
    ("Vladimir Putin met Emmanuel Macron and his French counterpart in Moscow.",
     ("Emmanuel Macron", "leaderOf", "France"), False),
    # a title a possessive pronoun owns: the pronoun's referent
    ("Peru said its foreign minister, Juan Rojas, visited Chile.", ("Juan Rojas", "worksFor", "Peru"), True),
    ("Exxon said its chairman, Lee Raymond, would retire.", ("Lee Raymond", "leaderOf", "Exxon"), True),
    # but no post for the country the holder visits
    ("Peru said its foreign minister, Juan Rojas, visited Chile.", ("Juan Rojas", "worksFor", "Chile"), False),
]


@pytest.mark.parametrize(("text", "fact", "present"), COUNTERPARTS, ids=[f"{r[0][:40]}|{r[2]}" for r in COUNTERPARTS])
def test_counterparts(text, fact, present):
    assert (fact in _facts(text)) is present, _facts(text)
