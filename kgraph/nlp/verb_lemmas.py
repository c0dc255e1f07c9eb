"""Verb lemmas from lemminflect's English dictionary, where the model's rule lemmatizer
strips too much ("staged" -> "stag", "waged" -> "wag", "hoped" -> "hop").

The component ``kgraph_verb_lemmas_v1`` runs after spaCy's lemmatizer and sets the lemma
of every token tagged as a full verb (not an auxiliary or a modal, whose lemmas the rules
read as the model gives them: "would", "could") to the one lemminflect gives for that
word as a verb. The verb classes of ``kgraph/data/lexicon.json`` are looked up by lemma,
so "staged an attack" then reads as the light verb "stage".

lemminflect's ``getLemma`` loads its whole dictionary (70,000 words of every part of
speech, read line by line from gzip: a third of a second at every start); only the verb
lines are read here (:func:`_verb_table`), with lemminflect's overrides and its
out-of-vocabulary rules after them, as ``getLemma(word, upos="VERB")`` does. The table is
read when the pipeline is built, so parsing processes forked later (``--workers``) share
the parent's copy instead of each reading their own at its first verb.
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from lemminflect import config, getAllLemmasOOV
from lemminflect.codecs.OverridesCodec import OverridesCodec
from spacy.language import Language
from spacy.tokens import Doc

from kgraph.datacache import cached, source_bytes

COMPONENT = "kgraph_verb_lemmas_v1"

#: A verb line of lemminflect's dictionary: "word,verb,lemma/other spelling".
_VERB_LINE = re.compile(r"^([^,\n]*),verb,([^,\n]*)$", re.MULTILINE)


@lru_cache(maxsize=1)
def _verb_table() -> dict[str, tuple[str, ...]]:
    """Word -> its lemma spellings as a verb: the dictionary's verb lines (a later line for
    the same word wins, as lemminflect loads them), then its verb overrides. Read from
    the cache when it holds the table of these files (:mod:`kgraph.datacache`)."""
    raw = Path(config.lemma_lu_fn).read_bytes()
    sources = (raw, Path(config.lemma_overrides_fn).read_bytes(), source_bytes(__file__))
    return cached("verb_lemmas", sources, lambda: _read_verb_table(raw))


def _read_verb_table(raw: bytes) -> dict[str, tuple[str, ...]]:
    """:func:`_verb_table` read from lemminflect's files (``raw``: its gzipped dictionary)."""
    text = gzip.decompress(raw).decode()
    table = {word.strip(): tuple(forms.strip().split("/")) for word, forms in _VERB_LINE.findall(text)}
    for word, entry in OverridesCodec.load(config.lemma_overrides_fn).items():
        if "VERB" in entry:
            table[word] = entry["VERB"]
    return table


@lru_cache(maxsize=20_000)
def verb_lemma(word: str) -> str | None:
    """The lemma of ``word`` read as a verb ("staged" -> "stage"), or ``None`` when
    lemminflect has none (a word with no letters, say)."""
    lemmas = _verb_table().get(word.lower()) or getAllLemmasOOV(word, "VERB").get("VERB", ())
    return lemmas[0].lower() if lemmas and lemmas[0] else None


@Language.factory(COMPONENT)
def make_verb_lemmas(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    _verb_table()  # read now, before any fork
    return verb_lemmas


def verb_lemmas(doc: Doc) -> Doc:
    """Give each full verb of ``doc`` lemminflect's lemma (see the module docstring)."""
    for token in doc:
        if token.pos_ != "VERB" or token.tag_ == "MD" or not token.is_alpha:
            continue
        lemma = verb_lemma(token.lower_)
        if lemma and lemma != token.lemma_.lower():
            token.lemma_ = lemma
    return doc
