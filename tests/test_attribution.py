"""kgraph.nlp.attribution: the line a sentence is on, found from the doc's line ends."""

from __future__ import annotations

import pytest

from kgraph.nlp.attribution import _SOURCE_MARKS, _line_marks


def _walked(sent) -> tuple[int, int, list[int]]:  # noqa: ANN001 - a spaCy Span
    """The line found by walking token by token from the sentence to the line breaks."""
    doc = sent.doc
    start, end = sent.start, sent.end
    while start > 0 and "\n" not in doc[start - 1].text + doc[start - 1].whitespace_:
        start -= 1
    while end < len(doc) and "\n" not in doc[end - 1].text + doc[end - 1].whitespace_:
        end += 1
    return start, end, [t.i for t in doc[start:end] if t.text in _SOURCE_MARKS]


@pytest.mark.parametrize(
    "text",
    [
        "UN: Weapons Smuggled Into Syria\n\nThe report said so. It was denied: the army.\nA third line | here.",
        "One paragraph. Two sentences: one colon.",
        "\n\nStarts with breaks: then text.\n",
        "Ends without a break | a mark",
    ],
)
def test_line_marks_are_those_of_a_walk(nlp, text: str) -> None:
    doc = nlp(text)
    for _ in range(2):  # the second time from the doc's table
        assert [_line_marks(s) for s in doc.sents] == [_walked(s) for s in doc.sents]
