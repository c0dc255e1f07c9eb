"""kgraph_rule_lemmas_v1 sets the lemmas the model's rule lemmatizer sets, word for word."""

from __future__ import annotations

from pathlib import Path

from spacy.attrs import LEMMA
from spacy.tokens import Doc

from kgraph.nlp.rule_lemmas import COMPONENT, MODEL_LEMMATIZER, RuleLemmas

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

TEXTS = [
    "The troops staged attacks; he was running, better than the mice.",
    "She'd been told the ministers were meeting. They haven't met since 2019!",
    "Leaves fell as the leaves of the council's aides left: better, best, worse, worst.",
    "  \n\nUN peacekeepers\twere deployed   to Goma, the U.S. said.",
    "",
]


def _before_lemmas(nlp, texts: list[str]) -> list[Doc]:
    names = nlp.pipe_names
    upto = names[: names.index(COMPONENT)]
    with nlp.select_pipes(enable=upto):
        return list(nlp.pipe(texts))


def test_in_the_place_of_the_model_lemmatizer(nlp) -> None:
    assert MODEL_LEMMATIZER in nlp.disabled
    assert nlp.pipe_names.index("attribute_ruler") < nlp.pipe_names.index(COMPONENT) < nlp.pipe_names.index("ner")


def test_same_lemmas_as_the_model_lemmatizer(nlp) -> None:
    texts = TEXTS + [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))[:6]]
    model = nlp.get_pipe(MODEL_LEMMATIZER)
    ours = RuleLemmas(model)
    for doc in _before_lemmas(nlp, texts):
        theirs = model(Doc(doc.vocab).from_bytes(doc.to_bytes()))
        mine = ours(Doc(doc.vocab).from_bytes(doc.to_bytes()))
        assert mine.to_array([LEMMA]).tolist() == theirs.to_array([LEMMA]).tolist()
        assert [t.lemma_ for t in mine] == [t.lemma_ for t in theirs]
    assert ours.known  # asked once per key, then read from its table


def test_a_lemma_already_set_is_kept(nlp) -> None:
    (doc,) = _before_lemmas(nlp, ["They were here."])
    doc[0].lemma_ = "kept"
    RuleLemmas(nlp.get_pipe(MODEL_LEMMATIZER))(doc)
    assert doc[0].lemma_ == "kept"
    assert doc[1].lemma_ == "be"
