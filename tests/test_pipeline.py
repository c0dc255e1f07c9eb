"""kgraph.nlp.pipeline: the model with kgraph's components, and what a parsed Doc carries."""

from __future__ import annotations

import pytest

from kgraph.nlp.mentions import SPAN_KEY


def test_components_in_order(nlp) -> None:
    names = nlp.pipe_names
    assert names.index("kgraph_line_breaks_v1") < names.index("parser") < names.index("kgraph_mentions_v1")
    assert names[-1] == "kgraph_drop_tensor_v1"


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        ("Russia sent troops to Syria.", ["Russia", "troops", "Syria"]),
        ("North Korea\n\nKim Jong Un visited Moscow on Monday.", ["North Korea", "Kim Jong Un", "Moscow"]),
    ],
)
def test_parsed_doc_carries_no_tensor_and_keeps_its_annotations(nlp, text: str, mentions: list[str]) -> None:
    doc = nlp(text)
    assert doc.tensor.size == 0
    assert [s.text for s in doc.spans[SPAN_KEY]] == mentions
    assert all(t.dep_ and t.tag_ and t.lemma_ for t in doc if not t.is_space)


def test_tensor_is_most_of_what_a_worker_sends(nlp) -> None:
    """The bytes a parsing process sends back per Doc: without the tensor, a fraction."""
    doc = nlp("The Russian defence ministry said on Friday that 1,500 North Korean troops had arrived.")
    without = len(doc.to_bytes())
    doc.tensor = nlp.get_pipe("tok2vec").predict([nlp.make_doc(doc.text)])[0]
    assert len(doc.to_bytes()) > 2 * without


@pytest.mark.parametrize(
    ("text", "starts", "open_"),
    [
        ("Russia Sends Troops\n\nThe ministry said so. It was denied!\nA third line", [0, 4, 14], [3, 9, 13]),
        ("he said\n\nMoscow and Pyongyang have signed a treaty.", [0, 3], [2]),
        ('The U.S. army left. Then \n  \n the navy came: it stayed (for long) "quoted." end', [0, 7], [2, 5, 6, 11, 17, 18, 20, 21]),
        ("Line one\nline two\nline three.", [0, 3, 6], [2, 5]),
        ("  \n\n Leading space. And trailing \n", [1], [0, 4, 6]),
        ("word " * 300 + ". After the long run.", [0, 250], [301]),
        ("", [], []),
    ],
)
def test_line_breaks_start_and_forbid_sentences(nlp, text: str, starts: list[int], open_: list[int]) -> None:
    """Tokens that start a sentence (1) and tokens left to the parser (0); every other
    token may not start one (-1)."""
    from spacy.attrs import SENT_START

    from kgraph.nlp.pipeline import line_breaks

    values = line_breaks(nlp.make_doc(text)).to_array([SENT_START]).astype("int64").tolist()
    assert [i for i, v in enumerate(values) if v == 1] == starts
    assert [i for i, v in enumerate(values) if v == 0] == open_
    assert all(v in (1, 0, -1) for v in values)


# a proper noun after an abbreviation goes on its sentence; another word after it is the parser's call
ABBREVIATION_ROWS = [
    ("Talks resume\n\nU.S. Envoy Maria Ortiz landed in Quito on Monday.", ["U.S. Envoy Maria Ortiz landed in Quito on Monday."]),
    ("Exports fell\n\nU.K. Trade Secretary Paul Dunn blamed the port strike.", ["U.K. Trade Secretary Paul Dunn blamed the port strike."]),
    ("A new mission\n\nE.U. Commissioner Ana Ruiz visited the camp.", ["E.U. Commissioner Ana Ruiz visited the camp."]),
    ("Drills ended\n\nGen. Tomas Berg said the brigade would stay.", ["Gen. Tomas Berg said the brigade would stay."]),
    ("Cadets were told that Lt. Col. Ida Moss would lead the course.", ["Cadets were told that Lt. Col. Ida Moss would lead the course."]),
    # must not glue: an article, a preposition or a pronoun after the abbreviation
    ("The delegation left the U.S. The next day it reached Lisbon.", ["The delegation left the U.S.", "The next day it reached Lisbon."]),
    ("The envoy flew back to the U.K. In March she met the council.", ["The envoy flew back to the U.K.", "In March she met the council."]),
]


@pytest.mark.parametrize(("text", "wanted"), ABBREVIATION_ROWS, ids=[r[0][:40] for r in ABBREVIATION_ROWS])
def test_a_proper_noun_after_an_abbreviation_starts_no_sentence(nlp, text: str, wanted: list[str]) -> None:
    sentences = [s.text.strip() for s in nlp(text).sents]
    assert all(w in sentences for w in wanted), sentences
