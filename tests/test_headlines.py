"""kgraph.nlp.headlines: title-cased headlines parsed again in sentence case, in batches."""

from __future__ import annotations

import pytest

from kgraph.gazetteer import Gazetteer
from kgraph.nlp.headlines import PARSES_KEY, headline_doc, headline_names, sentence_case, title_end
from kgraph.nlp.mentions import SPAN_KEY


def _parse_of(doc) -> list[tuple[str, str, str, int]]:  # noqa: ANN001
    return [(t.text, t.tag_, t.dep_, t.head.i) for t in doc]


@pytest.mark.parametrize(
    ("text", "recased"),
    [
        ("Russia Sends Troops To Syria, Putin Says", "Russia sends troops to Syria, Putin says"),
        ("Troops Arrive In Russia From North Korea", "troops arrive in Russia from North Korea"),
        ("NATO Warns Of New Missile Tests", "NATO warns of new missile tests"),  # an acronym stays
    ],
)
def test_sentence_case_keeps_names_and_acronyms(nlp, text: str, recased: str) -> None:
    doc = nlp(text)
    sent = next(doc.sents)
    assert sentence_case(sent, doc.spans[SPAN_KEY], frozenset(), Gazetteer.load()) == recased


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Russia Sends More Troops To Syria\n\nThe ministry said on Friday that troops arrived.", {0}),
        ("The ministry said on Friday that troops arrived.", set()),
        ("Russia sent troops.\nPutin And Kim Sign Defence Treaty In Pyongyang\nIt was signed.", {5}),  # after "\n", token 4
    ],
)
def test_the_pipeline_keeps_the_parse_of_each_headline(nlp, text: str, kept: set[int]) -> None:
    doc = nlp(text)
    parses = doc.user_data.get(PARSES_KEY, {})
    assert set(parses) == kept
    for start, (recased, data) in parses.items():
        sent = next(s for s in doc.sents if s.start == start)
        here = [s for s in doc.spans[SPAN_KEY] if sent.start <= s.start < sent.end]
        names = headline_names(doc.text, sent, title_end(doc.text))
        assert recased == sentence_case(sent, here, names, Gazetteer.load())
        assert _parse_of(headline_doc(doc, sent, recased, nlp)) == _parse_of(nlp(recased))


def test_a_title_line_reads_its_names_from_the_body(nlp) -> None:
    """The line break after a title belongs to its sentence: the title is still the
    title line, so the body tells which of its words are names ("Condemns" is none)."""
    text = "Chile Condemns Peru Over Border Clash\n\nOfficials in Chile and Peru traded accusations on Monday."
    doc = nlp(text)
    sent = next(doc.sents)
    names = headline_names(doc.text, sent, title_end(doc.text))
    assert {"chile", "peru"} <= names and "condemns" not in names
    assert sentence_case(sent, doc.spans[SPAN_KEY], names, Gazetteer.load()).startswith("Chile condemns Peru over")


def test_headline_doc_parses_another_text_anew(nlp) -> None:
    doc = nlp("Russia Sends More Troops To Syria")
    sent = next(doc.sents)
    kept = doc.user_data[PARSES_KEY][sent.start][0]
    other = kept.replace("more", "new")  # what the rules ask for after correcting a mention
    assert other != kept
    assert headline_doc(doc, sent, other, nlp).text == other
    assert headline_doc(doc, sent, kept, nlp).text == kept


def test_batched_parses_equal_single_ones(nlp) -> None:
    texts = ["Russia Sends More Troops To Syria", "China Offers Aid To Flood Victims", "The talks went on."]
    docs = list(nlp.pipe(texts, batch_size=3))
    for doc in docs:
        for start, (recased, data) in doc.user_data.get(PARSES_KEY, {}).items():
            sent = next(s for s in doc.sents if s.start == start)
            assert _parse_of(headline_doc(doc, sent, recased, nlp)) == _parse_of(nlp(recased))
    assert sum(bool(d.user_data.get(PARSES_KEY)) for d in docs) == 2


@pytest.mark.parametrize(
    ("text", "title", "end"),
    [
        ("Russia Sends Troops\n\nThe ministry said so.", None, 19),
        ("  Russia Sends Troops\nMore text.", None, 21),
        ("The ministry said so.\nMore text.", None, 0),  # a full stop: a sentence, no title
        ("The ministry said so.\nMore text.", "The ministry said so.", 21),  # the reader's title
        ("One line only", None, 0),
    ],
)
def test_title_end(text: str, title: str | None, end: int) -> None:
    assert title_end(text, title) == end


def test_kept_parses_survive_a_docbin(nlp) -> None:
    """A Dask worker sends its Docs as a DocBin with their user data (msgpack): the kept
    parses read back the same."""
    from spacy.tokens import DocBin

    doc = nlp("Russia Sends More Troops To Syria\n\nThe ministry said so.")
    sent = next(doc.sents)
    recased = doc.user_data[PARSES_KEY][sent.start][0]
    bin_ = DocBin(store_user_data=True)
    bin_.add(doc)
    (back,) = DocBin().from_bytes(bin_.to_bytes()).get_docs(nlp.vocab)
    assert back.user_data[PARSES_KEY][sent.start][0] == recased
    assert _parse_of(headline_doc(back, sent, recased, nlp)) == _parse_of(nlp(recased))
