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
