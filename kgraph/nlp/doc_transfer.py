"""Parsed Docs from a parsing process to the one that applies the rules, as plain data.

``Doc.to_bytes`` / ``Doc.from_bytes`` (what spaCy's ``nlp.pipe(n_process=N)`` sends)
cost 3 to 4 ms of CPU per 300-word document on each side, most of it in srsly's
msgpack, which looks up its encoders among the installed packages' entry points at every
call (five calls a Doc, more with its span groups and user data), and in listing the
Doc's strings token by token. :func:`doc_data` gives the same content as a tuple that
``pickle`` sends as it is: the token attribute array ``Doc.to_bytes`` writes, the span
groups as offsets and hashes, the user data untouched (no msgpack round trip that turns
tuples into lists), and only the strings this process has not sent before (the
receiving vocabulary keeps every string it was given). :func:`doc_from_data` builds the
Doc back with ``Doc.from_dict``, the reader behind ``Doc.from_bytes``.

Data must be read in the order :func:`doc_data` made it in one sending process: a
string goes with the first Doc that holds it.
"""

from __future__ import annotations

from typing import Any

import numpy
from spacy.attrs import (
    DEP, ENT_ID, ENT_IOB, ENT_KB_ID, ENT_TYPE, HEAD, LEMMA, LENGTH, MORPH, NORM, ORTH, POS, SENT_START, SPACY, TAG,
)  # fmt: skip
from spacy.tokens import Doc, Span, SpanGroup
from spacy.vocab import Vocab

#: The token attributes ``Doc.to_bytes`` writes, in its order (``Doc.from_dict`` reads
#: the first two as each token's length and trailing space).
ATTRS = (LENGTH, SPACY, ORTH, NORM, TAG, HEAD, DEP, ENT_IOB, ENT_TYPE, ENT_KB_ID, ENT_ID, LEMMA, MORPH, POS, SENT_START)

#: Columns of :data:`ATTRS` that hold string hashes the receiver must know.
_STRING_COLUMNS = [ATTRS.index(a) for a in (NORM, TAG, DEP, ENT_TYPE, ENT_KB_ID, ENT_ID, LEMMA, MORPH)]

DocData = tuple[Any, ...]


def doc_data(doc: Doc, sent: set[int]) -> DocData:
    """``doc`` as plain data; ``sent`` holds the hashes of the strings already sent (from
    this process to the same receiver) and is updated."""
    array = doc.to_array(list(ATTRS))
    groups = [
        (key, group.name, dict(group.attrs), [(s.start, s.end, s.label, s.kb_id, s.id) for s in group])
        for key, group in doc.spans.items()
    ]
    strings = doc.vocab.strings
    hashes = set(numpy.unique(array[:, _STRING_COLUMNS]).tolist()) if len(doc) else set()
    hashes.update(h for *_, spans in groups for _, _, *ids in spans for h in ids if h in strings)
    new = [strings[h] for h in hashes - sent]
    sent.update(hashes)
    meta = {"sentiment": doc.sentiment, "tensor": doc.tensor, "cats": doc.cats, "has_unknown_spaces": doc.has_unknown_spaces}
    return doc.text, array, meta, groups, doc.user_data, new


def doc_from_data(vocab: Vocab, data: DocData) -> Doc:
    """The Doc of :func:`doc_data`'s ``data``, in ``vocab``."""
    text, array, meta, groups, user_data, new = data
    for string in new:
        vocab.strings.add(string)
    doc = Doc(vocab).from_dict({"text": text, "array_head": ATTRS, "array_body": array, **meta})
    for key, name, attrs, spans in groups:
        doc.spans[key] = SpanGroup(
            doc, name=name, attrs=attrs,
            spans=[Span(doc, start, end, label=label, kb_id=kb_id, span_id=span_id) for start, end, label, kb_id, span_id in spans],
        )  # fmt: skip
    doc.user_data.update(user_data)
    return doc
