"""Texts of any length and of any shape through spaCy, in bounded memory and time.

- A text longer than :data:`PART_CHARS` is parsed in parts cut at a paragraph break,
  else a line break, else a sentence end, else white space (a hard cut only when a whole
  part holds none), and the parsed parts are joined back into one ``Doc`` whose text is
  exactly the original: every offset (tokens, sentences, entities, statements) still
  points into the document's text. spaCy refuses texts over ``nlp.max_length``
  (1,000,000 characters) and needs about 1 GB per 100,000 characters parsed at once;
  parts keep both in check.
- spaCy's tokenizer is quadratic in the length of a run without white space (20,000
  characters of punctuation take a minute): :class:`LongWordTokenizer` tokenizes such a
  run in pieces of :data:`LONG_WORD` characters, the doc's text unchanged.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable, Iterator
from typing import TypeVar

from spacy.language import Language
from spacy.tokens import Doc

from kgraph.workers import pipe_in_processes

#: Characters parsed at once; longer texts are cut into parts about this long.
PART_CHARS = 20_000

#: A run of this many characters without white space is tokenized in pieces this long.
LONG_WORD = 100

_LONG_RUN = re.compile(r"\S{%d,}\s*" % (LONG_WORD + 1))
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s+")
_SPACE = re.compile(r"\s+")

Context = TypeVar("Context")


def cut_points(text: str, size: int) -> list[int]:
    """Where to cut ``text`` into parts of at most ``size`` characters: ``[0, ..., len]``.

    Each cut falls right after a paragraph break in the second half of the part, else
    after a line break, a sentence end or white space there, else after the last white
    space of the part, else at ``size`` characters. Linear in the text's length.
    """
    cuts = [0]
    start = 0
    while len(text) - start > size:
        cuts.append(start := _cut(text, start, start + size))
    cuts.append(len(text))
    return cuts


def _cut(text: str, start: int, end: int) -> int:
    half = start + (end - start) // 2
    for found in (
        _after(text.rfind("\n\n", half, end), 2),
        _after(text.rfind("\n", half, end), 1),
        _last_end(_SENTENCE_END, text, half, end),
        _last_end(_SPACE, text, half, end),
        _last_end(_SPACE, text, start + 1, end),
    ):
        if found is not None and start < found <= end:
            return found
    return end


def _after(index: int, width: int) -> int | None:
    return None if index < 0 else index + width


def _last_end(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> int | None:
    last = None
    for match in pattern.finditer(text, lo, hi):
        last = match.end()
    return last


def pipe_long(
    nlp: Language,
    items: Iterable[tuple[str, Context]],
    *,
    batch_size: int = 8,
    n_process: int = 1,
    part_chars: int | None = None,
) -> Iterator[tuple[Doc, Context]]:
    """Like ``nlp.pipe(items, as_tuples=True)``, for texts of any length: texts longer
    than ``part_chars`` (default :data:`PART_CHARS`) are parsed in parts (see
    :func:`cut_points`) and joined back into one ``Doc`` each, in input order; with
    ``n_process`` over 1, in forked processes (:func:`kgraph.workers.pipe_in_processes`).

    Raises:
        WorkerError: a parsing process failed or died.
    """
    size = part_chars or PART_CHARS

    def parts() -> Iterator[tuple[str, tuple[Context, bool]]]:
        for text, context in items:
            cuts = cut_points(text, size)
            for i in range(len(cuts) - 1):
                yield text[cuts[i] : cuts[i + 1]], (context, i == len(cuts) - 2)

    # Texts alone go to the parser, their contexts wait here in input order.
    waiting: deque[tuple[Context, bool]] = deque()

    def texts() -> Iterator[str]:
        for text, context in parts():
            waiting.append(context)
            yield text

    if n_process > 1:
        docs = pipe_in_processes(nlp, texts(), n_process=n_process, batch_size=batch_size)
    else:
        docs = nlp.pipe(texts(), batch_size=batch_size)
    pending: list[Doc] = []
    for doc in docs:
        context, last = waiting.popleft()
        pending.append(doc)
        if last:
            yield join_parts(pending), context
            pending = []


def parse_texts(nlp: Language, texts: Iterable[str], *, batch_size: int = 8) -> Iterator[Doc]:
    """The parsed docs of ``texts`` (of any length), in order."""
    for doc, _ in pipe_long(nlp, ((t, None) for t in texts), batch_size=batch_size):
        yield doc


def join_parts(docs: list[Doc]) -> Doc:
    """One ``Doc`` of parts parsed apart (their texts, entities, sentences and span
    groups, offsets shifted); a single part as it is. Of the parts' ``user_data``, the
    first part's is kept: its tokens keep their indices (a title's parse in sentence
    case, :mod:`kgraph.nlp.headlines`, still holds); spaCy cannot shift the others'."""
    if len(docs) == 1:
        return docs[0]
    joined = Doc.from_docs(docs, ensure_whitespace=False, exclude=["tensor", "user_data"])
    joined.user_data.update(docs[0].user_data)
    return joined


class LongWordTokenizer:
    """spaCy's tokenizer, with runs of more than :data:`LONG_WORD` characters without
    white space tokenized in pieces (linear time; ``doc.text`` is the text given)."""

    def __init__(self, tokenizer) -> None:  # noqa: ANN001 - spacy.tokenizer.Tokenizer
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        if _LONG_RUN.search(text) is None:
            return self.tokenizer(text)
        words: list[str] = []
        spaces: list[bool] = []
        for piece in _pieces(text):
            for token in self.tokenizer(piece):
                words.append(token.text)
                spaces.append(bool(token.whitespace_))
        return Doc(self.tokenizer.vocab, words=words, spaces=spaces)

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    def __getattr__(self, name: str):  # noqa: ANN204 - the wrapped tokenizer's other members
        if name == "tokenizer":
            raise AttributeError(name)
        return getattr(self.tokenizer, name)


def _pieces(text: str) -> Iterator[str]:
    """``text`` in pieces: what lies between long runs as it is, each long run (with the
    white space after it) cut every :data:`LONG_WORD` characters."""
    start = 0
    for match in _LONG_RUN.finditer(text):
        if match.start() > start:
            yield text[start : match.start()]
        run = match.group()
        for i in range(0, len(run), LONG_WORD):
            yield run[i : i + LONG_WORD]
        start = match.end()
    if start < len(text):
        yield text[start:]
