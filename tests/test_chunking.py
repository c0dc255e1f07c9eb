"""kgraph.nlp.chunking: texts of any length and shape parse, offsets into the original."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kgraph.nlp.chunking import LONG_WORD, cut_points, pipe_long

from conftest import SEEDS


@pytest.mark.parametrize(
    ("text", "size", "parts"),
    [
        ("short", 10, ["short"]),
        ("one two.\n\nthree four five", 16, ["one two.\n\n", "three four five"]),
        ("aaaa bbbbbb\ncc. dd", 14, ["aaaa bbbbbb\n", "cc. dd"]),
        ("aaaa\nbbbb. cccc", 12, ["aaaa\nbbbb. ", "cccc"]),
        ("First one. Second one here", 16, ["First one. ", "Second one here"]),
        ("words and words and words", 12, ["words and ", "words and ", "words"]),
        ("x" * 25, 10, ["x" * 10, "x" * 10, "x" * 5]),
    ],
)
def test_cut_points(text: str, size: int, parts: list[str]) -> None:
    cuts = cut_points(text, size)
    assert [text[a:b] for a, b in zip(cuts, cuts[1:])] == parts


@given(st.text(st.sampled_from("ab .\n!?"), min_size=1, max_size=300), st.integers(min_value=1, max_value=40))
def test_parts_rejoin_to_the_text(text: str, size: int) -> None:
    cuts = cut_points(text, size)
    assert cuts[0] == 0 and cuts[-1] == len(text)
    assert all(0 < b - a <= size for a, b in zip(cuts, cuts[1:]))


HOSTILE = [
    "A" * 5_000,
    "!?(" * 2_000 + " and then words",
    "x " + "-" * (3 * LONG_WORD + 7) + "   \n\n" + "é" * 300,
    ("Abc Def " * 800).strip(),
    "((([[[{{{" * 300,
]


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_text_tokenizes_to_itself(nlp, text: str) -> None:
    doc = nlp.tokenizer(text)
    assert doc.text == text
    assert all(len(t) <= max(LONG_WORD, 30) or t.is_space for t in doc)


def test_long_sentences_are_cut(nlp) -> None:
    doc = nlp(("Abc Def " * 400).strip())  # 800 words, no sentence end
    assert max(len(s) for s in doc.sents) <= 250


def test_text_over_the_parsers_limit_is_parsed_in_parts(nlp, monkeypatch) -> None:
    """A text longer than spaCy's max_length parses (in parts), and every statement
    points into the original text: the same statements as one parse of it."""
    from kgraph.extract import extract
    from kgraph.read import read_sources

    docs = list(read_sources([SEEDS]))
    whole = extract(docs, nlp)
    monkeypatch.setattr(nlp, "max_length", 3_000)  # spaCy refuses longer texts: E088
    monkeypatch.setattr("kgraph.nlp.chunking.PART_CHARS", 2_500)
    parts = extract(docs, nlp)
    assert max(len(d.text) for d in docs) > 3_000
    texts = {d.source: d.text for d in docs}
    for s in parts.statements:
        assert texts[s.doc][s.start : s.end] == s.sentence
    key = lambda s: (s.doc, s.subject.label, s.relation, s.object.label, s.start)  # noqa: E731
    same = {key(s) for s in whole.statements} & {key(s) for s in parts.statements}
    assert len(same) >= 0.9 * len(whole.statements)


PIPED = ["Short one.", "A longer text. " * 20, "", "Third text here.\n\nWith a second paragraph of words."]


@pytest.mark.parametrize("n_process", [1, 2])
def test_pipe_long_keeps_each_text_with_its_context(nlp, n_process: int) -> None:
    """Parts and workers keep the order: every Doc comes back with its own context."""
    items = ((text, i) for i, text in enumerate(PIPED))
    out = list(pipe_long(nlp, items, batch_size=2, n_process=n_process, part_chars=40))
    assert [(doc.text, context) for doc, context in out] == [(text, i) for i, text in enumerate(PIPED)]
