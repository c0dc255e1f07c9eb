"""Answers the rules ask again and again about one parsed Doc, kept while the Doc lives.

Rule families walk the same sentences and ask the same questions of the same tokens
(whether a noun is a title: about five asks per token of a news corpus). A question
whose answer depends only on the parse (the words, tags, lemmas, tree and sentences,
which nothing changes once the pipeline has run) and on a fixed second argument (the
lexicon) can keep its answers here: :func:`table` gives the dict of answers of one
question for one Doc. The tables of the last few Docs asked about are kept (:data:`_KEEP`)
and dropped after: answers hold Spans and Tokens, which hold their Doc, so tables kept per
Doc in a ``WeakKeyDictionary`` kept every Doc of a build alive (a 400k-word build peaked at
1.6 x the memory of a 100k one).

The Doc's token attributes are kept here too as plain lists (:func:`lemmas`,
:func:`lowers`, :func:`words`, :func:`columns`), so a rule family can find the few
tokens of a sentence it can fire on (:func:`with_lemmas`, :func:`with_words`) without
making a ``Token`` object and decoding a string for every word of every sentence. The
entity columns are dropped by :func:`forget_entities` when a rule sets ``doc.ents``.
"""

from __future__ import annotations

import weakref
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Callable, Container, Hashable
from typing import Any

from spacy.attrs import DEP, ENT_TYPE, IS_ALPHA, IS_PUNCT, IS_TITLE, IS_UPPER, LEMMA, LENGTH, LOWER, ORTH, POS, SPACY, TAG
from spacy.tokens import Doc, Span, Token

#: The tables of the Docs asked about last, oldest first (id -> (Doc, tables)). Extraction
#: asks about one document's Doc and its headline's at a time; a Doc asked about again after
#: it was dropped gets its answers anew (the same answers).
_TABLES: OrderedDict[int, tuple[Doc, dict[Hashable, tuple[object, dict[Any, Any]]]]] = OrderedDict()
_KEEP = 8

#: The Doc asked about last (weakly) and its tables: most asks are about it.
_last: tuple[weakref.ref[Doc] | None, dict[Hashable, tuple[object, dict[Any, Any]]]] = (None, {})


def table(doc: Doc, question: Hashable, given: object) -> dict[Any, Any]:
    """The answers to ``question`` about ``doc`` kept so far (a dict the caller fills),
    for the argument ``given`` (compared by identity: a table kept for another lexicon
    is started anew)."""
    global _last
    ref, tables = _last
    if ref is None or ref() is not doc:
        tables = _tables(doc, create=True)
        _last = (weakref.ref(doc), tables)
    entry = tables.get(question)
    if entry is None or entry[0] is not given:
        entry = tables[question] = (given, {})
    return entry[1]


def _tables(doc: Doc, *, create: bool) -> dict[Hashable, tuple[object, dict[Any, Any]]] | None:
    kept = _TABLES.get(id(doc))
    if kept is not None and kept[0] is doc:
        _TABLES.move_to_end(id(doc))
        return kept[1]
    if not create:
        return None
    tables: dict[Hashable, tuple[object, dict[Any, Any]]] = {}
    _TABLES[id(doc)] = (doc, tables)
    _TABLES.move_to_end(id(doc))
    while len(_TABLES) > _KEEP:
        _TABLES.popitem(last=False)
    return tables


def sentence_start(doc: Doc, i: int) -> int:
    """Where the sentence of token ``i`` starts: ``doc[i].sent.start`` (which checks the
    Doc's annotation and walks the sentence at every ask), from the Doc's sentence
    starts found once."""
    found = _sentence_starts(doc)
    return found[bisect_right(found, i) - 1]


def sentence_bounds(doc: Doc, i: int) -> tuple[int, int]:
    """Where the sentence of token ``i`` starts and ends (``doc[i].sent``'s start and
    end: the sentences of a parsed Doc follow each other)."""
    found = _sentence_starts(doc)
    k = bisect_right(found, i)
    return found[k - 1], found[k] if k < len(found) else len(doc)


def _sentence_starts(doc: Doc) -> list[int]:
    """Where each sentence of the Doc starts, in order, found once per Doc."""
    starts = table(doc, "sentence_starts", None)
    if not starts:
        starts[0] = [s.start for s in doc.sents]
    return starts[0]


def span_text(doc: Doc, start: int, end: int) -> str:
    """``doc[start:end].text`` (``start < end``) from the Doc's token texts and spaces,
    without making a Span and its tokens."""
    word_list, spaces = words(doc), _strings(doc)[4]  # not ``texts``: that name is this module's function
    return "".join([word_list[k] + " " if spaces[k] else word_list[k] for k in range(start, end - 1)]) + word_list[end - 1]


def _kept(doc: Doc, question: str, make: Callable[[Doc], Any]) -> Any:
    """``make(doc)``, made at the first ask about the Doc and kept."""
    found = table(doc, question, None)
    if not found:
        found[0] = make(doc)
    return found[0]


def texts(doc: Doc) -> frozenset[str]:
    """The texts of the Doc's tokens, as a set (``any(t.text == w for t in doc)`` walks
    every token of the Doc)."""
    return _kept(doc, "texts", lambda d: frozenset(words(d)))


def text(doc: Doc) -> str:
    """``doc.text``, which spaCy builds from every token at each ask, built once."""
    return _strings(doc)[3]


def words(doc: Doc) -> list[str]:
    """Each token's text (``doc[i].text``), read once per Doc."""
    return _strings(doc)[0]


def lemmas(doc: Doc) -> list[str]:
    """Each token's lemma in lower case (``doc[i].lemma_.lower()``), read once per Doc."""
    return _strings(doc)[2]


def lowers(doc: Doc) -> list[str]:
    """Each token's text in lower case (``doc[i].lower_``), read once per Doc."""
    return _strings(doc)[1]


#: Strings by their hash (a hash names one string whatever the vocabulary), and lemmas
#: in lower case by their lemma's hash: each decoded once per process, not per token.
_DECODED: dict[int, str] = {}
_LOWER_LEMMAS: dict[int, str] = {}


def _strings(doc: Doc) -> tuple[list[str], list[str], list[str], str, list[int]]:
    """The Doc's token texts, lower-case texts, lower-case lemmas, its text and whether
    a space follows each token, from one
    ``Doc.to_array`` (a ``Token`` made and its strings decoded for every word, four
    times over, cost twice as much)."""

    def make(d: Doc) -> tuple[list[str], list[str], list[str], str, list[int]]:
        if not len(d):
            return [], [], [], "", []
        strings, known, lemma_known = d.vocab.strings, _DECODED, _LOWER_LEMMAS
        orths, lows, lems, spaces = d.to_array([ORTH, LOWER, LEMMA, SPACY]).T.tolist()
        word_list = [known[h] if h in known else known.setdefault(h, strings[h]) for h in orths]
        lower_list = [known[h] if h in known else known.setdefault(h, strings[h]) for h in lows]
        lemma_list = [lemma_known[h] if h in lemma_known else lemma_known.setdefault(h, strings[h].lower()) for h in lems]
        text = "".join([w + " " if sp else w for w, sp in zip(word_list, spaces)])
        return word_list, lower_list, lemma_list, text, spaces

    return _kept(doc, "strings", make)


def entities(doc: Doc) -> list[bool]:
    """Whether each token lies in a named entity (``bool(doc[i].ent_type_)``); kept until
    :func:`forget_entities` (after ``doc.ents`` is set)."""
    return _kept(doc, "entities", lambda d: [t != 0 for t in columns(d)["ent_type"]])


#: The token attributes :func:`columns` reads, by the names it gives them.
_COLUMNS = {
    "pos": POS, "tag": TAG, "dep": DEP, "ent_type": ENT_TYPE, "is_title": IS_TITLE, "is_punct": IS_PUNCT,
    "space": SPACY, "is_upper": IS_UPPER, "is_alpha": IS_ALPHA, "length": LENGTH,
}  # fmt: skip


def columns(doc: Doc) -> dict[str, list[int]]:
    """Token attributes of the Doc as plain lists of integers (``pos`` as spaCy's symbol,
    ``tag`` and ``dep`` as their strings' hashes, ``ent_type`` 0 outside entities, the
    flags 0 or 1, ``space`` whether whitespace follows), read at once with
    ``Doc.to_array``: a rule that walks the whole Doc reads them without making a
    ``Token`` per word. Kept until :func:`forget_entities`."""

    def make(d: Doc) -> dict[str, list[int]]:
        rows = d.to_array(list(_COLUMNS.values())).T.tolist() if len(d) else [[] for _ in _COLUMNS]
        return dict(zip(_COLUMNS, rows))

    return _kept(doc, "columns", make)


def forget_entities(doc: Doc) -> None:
    """Drop what was kept of the Doc's entities: ``doc.ents`` was set anew."""
    tables = _tables(doc, create=False)
    for question in ("entities", "columns"):
        if tables is not None:
            tables.pop(question, None)


def with_lemmas(sent: Span, wanted: Container[str]) -> list[Token]:
    """The tokens of ``sent`` whose lower-case lemma is one of ``wanted``, in text order:
    a rule family whose trigger words the sentence lacks builds no token of it."""
    return _with(sent, wanted, "lemma_sets", lemmas(sent.doc))


def with_words(sent: Span, wanted: Container[str]) -> list[Token]:
    """The tokens of ``sent`` whose lower-case text is one of ``wanted``, in text order."""
    return _with(sent, wanted, "lower_sets", lowers(sent.doc))


def _with(sent: Span, wanted: Container[str], question: str, strings: list[str]) -> list[Token]:
    """The tokens of ``sent`` whose string (of ``strings``, the Doc's) is one of
    ``wanted``. Each span's set of strings is kept, so most asks (about thirty rule
    families per sentence, each with its own trigger words) end with one set test."""
    doc, start, end = sent.doc, sent.start, sent.end
    sets = table(doc, question, None)
    present = sets.get((start, end))
    if present is None:
        present = sets[(start, end)] = frozenset(strings[start:end])
    if present.isdisjoint(wanted):  # type: ignore[arg-type] - every caller's words are a set or a tuple
        return []
    return [doc[i] for i in range(start, end) if strings[i] in wanted]


__all__ = [
    "table", "sentence_start", "sentence_bounds", "span_text", "text", "texts", "words", "lemmas", "lowers", "entities", "columns", "forget_entities",
    "with_lemmas", "with_words",
]  # fmt: skip
