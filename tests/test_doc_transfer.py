"""kgraph.nlp.doc_transfer: a parsed Doc sent as plain data comes back the same Doc."""

from __future__ import annotations

import pickle

import pytest
import spacy

from kgraph.nlp.doc_transfer import doc_data, doc_from_data
from kgraph.nlp.headlines import PARSES_KEY

TEXTS = [
    "Russia Signs Treaty With China\n\nThe Kremlin said on Monday that Moscow would send 2,000 troops to Mali.",
    "Zorblaxian envoys met the Quarvish foreign minister in Ulan Bator.",  # words the model's vocabulary lacks
    "",
    "   \n\n  ",
]


def _readable(user_data: dict, vocab) -> dict:  # noqa: ANN001 - a spaCy Vocab
    """``user_data`` with each kept headline parse read back (their data holds arrays)."""
    parses = {start: (text, doc_from_data(vocab, data).to_json()) for start, (text, data) in user_data.get(PARSES_KEY, {}).items()}
    return {**user_data, PARSES_KEY: parses}


@pytest.mark.parametrize("text", TEXTS)
def test_doc_comes_back_the_same(nlp, text: str) -> None:
    doc = nlp(text)
    vocab = spacy.blank("en").vocab  # a receiver that knows none of the doc's strings
    back = doc_from_data(vocab, pickle.loads(pickle.dumps(doc_data(doc, set()))))
    assert back.to_json() == doc.to_json()
    assert _readable(back.user_data, vocab) == _readable(doc.user_data, doc.vocab)  # the headline parses, as they were
    assert [[(s.start, s.end, s.label_, s.kb_id_, s.id_) for s in g] for g in back.spans.values()] == [
        [(s.start, s.end, s.label_, s.kb_id_, s.id_) for s in g] for g in doc.spans.values()
    ]
    assert [(t.lemma_, t.norm_, str(t.morph), t.ent_iob_) for t in back] == [(t.lemma_, t.norm_, str(t.morph), t.ent_iob_) for t in doc]


def test_strings_are_sent_once(nlp) -> None:
    sent: set[int] = set()
    first = doc_data(nlp("Zorblaxian envoys arrived."), sent)
    again = doc_data(nlp("Zorblaxian envoys arrived."), sent)
    assert "zorblaxian" in first[-1]  # its norm (the text itself goes with the text)
    assert again[-1] == []
    vocab = spacy.blank("en").vocab
    docs = [doc_from_data(vocab, data) for data in (first, again)]  # read in the order they were made
    assert [t.lemma_ for t in docs[1]] == [t.lemma_ for t in nlp("Zorblaxian envoys arrived.")]
