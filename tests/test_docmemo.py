"""kgraph.nlp.docmemo: answers kept per Doc, question and lexicon; and the title answers
kept there are the ones computed afresh."""

from __future__ import annotations

import gc
import weakref

import pytest
import spacy

from kgraph.nlp import docmemo
from kgraph.nlp.lexicon import load_lexicon
from kgraph.nlp.static_people import _title_extent, _title_of, title_extent, title_of


def test_one_table_per_doc_question_and_given() -> None:
    blank = spacy.blank("en")
    a, b = blank("one two"), blank("three four")
    lex, other = object(), object()
    table = docmemo.table(a, "q", lex)
    table[0] = "kept"
    assert docmemo.table(a, "q", lex) is table
    assert docmemo.table(a, "q", lex)[0] == "kept"
    assert docmemo.table(b, "q", lex) == {}  # another Doc
    assert docmemo.table(a, "other question", lex) == {}
    assert docmemo.table(a, "q", lex) is table  # back to the first Doc after asking about another
    assert docmemo.table(a, "q", other) == {}  # another lexicon: started anew


def test_tables_let_their_doc_go_even_when_answers_hold_its_spans() -> None:
    # Answers hold Spans and Tokens, which hold their Doc: a build must not keep every Doc.
    nlp = spacy.blank("en")
    doc = nlp("one two")
    docmemo.table(doc, "q", None)[0] = doc[0:1]
    gone = weakref.ref(doc)
    del doc
    for _ in range(docmemo._KEEP + 1):  # the next documents of a build
        docmemo.table(nlp("three"), "q", None)[0] = 1
    gc.collect()
    assert gone() is None
    assert len(docmemo._TABLES) == docmemo._KEEP


def test_a_doc_asked_again_after_its_tables_went_is_answered_anew() -> None:
    nlp = spacy.blank("en")
    doc = nlp("one two")
    docmemo.table(doc, "q", None)[0] = 1
    for _ in range(docmemo._KEEP + 1):
        docmemo.table(nlp("three"), "q", None)
    assert docmemo.table(doc, "q", None) == {}


@pytest.mark.parametrize(
    "text",
    [
        "Russian Foreign Minister Sergei Lavrov met Deputy Prime Minister Ana Ruiz, the Secretary of State.",
        "The vice-president and the General Manager of Acme, a former army chief, spoke to the Supreme Leader.",
    ],
)
def test_title_answers_are_those_computed_afresh(nlp, text: str) -> None:
    lex = load_lexicon()
    doc = nlp(text)
    for _ in range(2):  # asked twice: the second time from the table
        assert [title_of(t, lex) for t in doc] == [_title_of(t, lex) for t in doc]
        assert [title_extent(t, lex) for t in doc] == [_title_extent(t, lex) for t in doc]
    assert any(title_of(t, lex) for t in doc)


@pytest.mark.parametrize(
    "text",
    ["Russia Sends Troops\n\nThe ministry said so. It was denied!\nA third line", "One sentence only", " \n "],
)
def test_sentence_start_is_that_of_the_token(nlp, text: str) -> None:
    doc = nlp(text)
    assert [docmemo.sentence_start(doc, t.i) for t in doc] == [t.sent.start for t in doc]


@pytest.mark.parametrize(
    "text",
    ["Russia sent troops and said it would send more. Troops were sent!", "Nothing here.", "The SENDING of aid"],
)
def test_lemma_filter_is_the_token_walk(nlp, text: str) -> None:
    doc = nlp(text)
    assert docmemo.lemmas(doc) == [t.lemma_.lower() for t in doc]
    assert docmemo.texts(doc) == {t.text for t in doc}
    assert docmemo.words(doc) == [t.text for t in doc]
    assert docmemo.text(doc) == doc.text
    assert docmemo.lowers(doc) == [t.lower_ for t in doc]
    for words in ({"send"}, ("send", "say"), frozenset(), {"troop", "aid"}):
        for sent in doc.sents:
            assert docmemo.with_lemmas(sent, words) == [t for t in sent if t.lemma_.lower() in words]


def test_lexicon_inverse_tables() -> None:
    lex = load_lexicon()
    for cls, words in lex.verbs_in.items():
        assert words == {w for w, c in lex.verb_class.items() if c == cls}
    for cls, words in lex.nouns_in.items():
        assert words == {w for w, c in lex.nominal_class.items() if c == cls}
    assert lex.multiword_verbs == {v for v, _ in lex.multiword}


def test_columns_are_the_token_attributes_and_follow_new_entities(nlp) -> None:
    doc = nlp('"Jaish-e-Mohammed" and NATO met in Kyiv , Ukraine.  Pavel Orlov spoke.')
    cols = docmemo.columns(doc)
    assert cols["pos"] == [t.pos for t in doc]
    assert cols["tag"] == [t.tag for t in doc]
    assert cols["dep"] == [t.dep for t in doc]
    assert cols["ent_type"] == [t.ent_type for t in doc]
    assert cols["space"] == [int(bool(t.whitespace_)) for t in doc]
    for name in ("is_title", "is_punct", "is_upper", "is_alpha"):
        assert cols[name] == [int(getattr(t, name)) for t in doc]
    assert cols["length"] == [len(t) for t in doc]
    assert docmemo.entities(doc) == [bool(t.ent_type_) for t in doc]
    doc.ents = []
    docmemo.forget_entities(doc)
    assert docmemo.entities(doc) == [False] * len(doc)
    assert docmemo.columns(doc)["ent_type"] == [0] * len(doc)
    assert docmemo.columns(nlp(""))["pos"] == []


def test_strings_are_the_tokens_own(nlp) -> None:
    doc = nlp("The U.N. Envoy's  visit to\nKyiv, Ukraine ended.\n\nTroops WITHDREW on Monday ")
    assert docmemo.words(doc) == [t.text for t in doc]
    assert docmemo.lowers(doc) == [t.lower_ for t in doc]
    assert docmemo.lemmas(doc) == [t.lemma_.lower() for t in doc]
    assert docmemo.text(doc) == doc.text
    empty = nlp("")
    assert (docmemo.words(empty), docmemo.text(empty)) == ([], "")


def test_with_lemmas_and_words_are_a_scan_of_the_span(nlp) -> None:
    doc = nlp("Troops withdrew from the town. The army withdrew its troops and left.")
    for sent in [*doc.sents, doc[:], doc[2:9]]:
        for wanted in (frozenset({"withdraw", "leave"}), ("troop",), frozenset(), ("absent",)):
            assert docmemo.with_lemmas(sent, wanted) == [t for t in sent if t.lemma_.lower() in wanted]
            assert docmemo.with_words(sent, wanted) == [t for t in sent if t.lower_ in wanted]


def test_sentence_bounds_and_span_text_are_spacys(nlp) -> None:
    doc = nlp("The Vice-President  met  the U.N. envoy.\nTalks ended. Deputy Prime Minister Ana Ruiz left")
    for t in doc:
        assert docmemo.sentence_bounds(doc, t.i) == (t.sent.start, t.sent.end)
    for start in range(len(doc)):
        for end in range(start + 1, min(len(doc), start + 5) + 1):
            assert docmemo.span_text(doc, start, end) == doc[start:end].text
