"""kgraph.nlp.verb_lemmas reads only lemminflect's verb lines: its answers are those of
lemminflect's own ``getLemma(word, upos="VERB")`` (dictionary, overrides, rules for
words it does not list)."""

import pytest
from lemminflect import getLemma

from kgraph.nlp.verb_lemmas import verb_lemma


def _lemminflect(word: str) -> str | None:
    lemmas = getLemma(word, upos="VERB")
    return lemmas[0].lower() if lemmas and lemmas[0] else None


@pytest.mark.parametrize(
    "word",
    ["staged", "waged", "hoped", "went", "was", "'d", "had", "signed", "Staged", "SIGNED", "all", "another",
     "selfied", "blorfed", "xyzzies", "ran", "lay", "lain", "saw", "sawed", "left", "fell", "felled"],
)  # fmt: skip
def test_same_as_lemminflect(word):
    assert verb_lemma(word) == _lemminflect(word)
