"""Title-cased headlines, parsed again in sentence case.

The tagger reads "Russia Signs Treaty With China" as a string of names, so the rules
read a headline from a second parse of it with every word lower-cased but names and
acronyms (:func:`sentence_case`). That parse is a whole pipeline run over one short
text: alone it costs about three times its share of a batch, and in the process that
applies the rules it is serial work the parsing processes (``--workers``) cannot share.

The pipeline component ``kgraph_headlines_v1`` therefore parses, for every headline of
the docs of a batch, its sentence case as the parsing process reads it (from the
mentions the pipeline found, the body's names and the default gazetteer), all in one
``nlp.pipe``, and keeps each parse in ``doc.user_data`` as :mod:`kgraph.nlp.doc_transfer`
data (about 0.2 ms to write and read back where ``Doc.to_bytes`` and ``Doc.from_bytes``
took 1.9 ms, more than the parse itself). :func:`headline_doc` gives that parse when the rules' own sentence
case of the headline (from the mentions after class correction and the resolver's
additions) is the same text, and parses the text anew when it is not: the rules always
read the parse of the text they asked for.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import minibatch

from kgraph.coreference import headline
from kgraph.gazetteer import Gazetteer
from kgraph.nlp.doc_transfer import doc_data, doc_from_data
from kgraph.nlp.headline_names import body_names
from kgraph.nlp.mentions import SPAN_KEY
from kgraph.types import EntityClass

COMPONENT = "kgraph_headlines_v1"

#: ``doc.user_data`` key: sentence start -> [sentence-cased text, its parse as
#: :func:`kgraph.nlp.doc_transfer.doc_data` with every string it needs].
PARSES_KEY = "kgraph.headline_parses"

#: Mention classes of common nouns: their words are lower-cased like any other.
_COMMON = (EntityClass.GROUP, EntityClass.MATERIEL, EntityClass.AGREEMENT, EntityClass.EVENT)


def sentence_case(sent: Span, spans: Iterable[Span], names: frozenset[str], gaz: Gazetteer) -> str:
    """A headline with every word lower-cased but names and acronyms (same length); a
    word is a name when the body writes it as one (``names``) or the gazetteer knows it;
    with no body to tell (``names`` empty: no body, or a sentence of the body itself),
    every name the mentions and the NER found."""
    named = {i for s in spans if s.label_ not in _COMMON for i in range(s.start, s.end)}
    out = []
    for t in sent:
        name = t.i in named or t.ent_type_ in ("GPE", "NORP", "PERSON")
        known = t.lower_ in names or gaz.lookup(t.text) is not None or gaz.demonym(t.text) is not None
        word = t.text if t.is_upper or name and (known or not names) else t.lower_
        out.append((word if len(word) == len(t.text) else t.text) + t.whitespace_)
    return "".join(out)[: len(sent.text)]


def title_end(text: str, title: str | None = None) -> int:
    """Where the text's title line ends (0 when it has none): its first line, when that
    is the reader's ``title`` or a short line with no closing full stop."""
    first, _, rest = text.lstrip().partition("\n")
    first = first.strip()
    if not first or not rest.strip():  # a one-line document is all body
        return 0
    is_title = (title is not None and first == title.strip()) or (len(first.split()) <= 30 and first[-1] not in ".!\"'”’")
    return text.find(first) + len(first) if is_title else 0


def headline_names(text: str, sent: Span, end: int) -> frozenset[str]:
    """What the body (of ``text``, the parsed text) says are names, for the title line
    (``sent`` ending by ``end``, the title's end); nothing for any other headline."""
    last = sent.end_char - (len(sent.text) - len(sent.text.rstrip()))  # the line break after a title is the sentence's
    return body_names(text[sent.end_char :], 0) if last <= end else frozenset()


def headline_doc(sdoc: Doc, sent: Span, recased: str, nlp: Language) -> Doc:
    """The parse of ``recased``, the sentence case of the headline ``sent`` of ``sdoc``:
    the one the pipeline made when it is of the same text, else a new one."""
    kept = sdoc.user_data.get(PARSES_KEY, {}).get(sent.start)
    if kept is not None and kept[0] == recased:
        return doc_from_data(nlp.vocab, kept[1])
    return nlp(recased, disable=[COMPONENT] if COMPONENT in nlp.pipe_names else [])


@Language.factory(COMPONENT)
def make_headline_parser(nlp: Language, name: str) -> HeadlineParser:
    return HeadlineParser(nlp, name)


class HeadlineParser:
    """Parses the sentence case of every headline of a batch of docs in one go."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.nlp = nlp
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 8) -> Iterator[Doc]:
        for batch in minibatch(docs, batch_size):  # no more docs read ahead than the pipe's batch: extraction streams
            wanted: list[tuple[Doc, int, str]] = []
            for doc in batch:
                spans = doc.spans[SPAN_KEY] if SPAN_KEY in doc.spans else []
                text = doc.text  # built from the tokens at each ask
                end = title_end(text)
                for sent in doc.sents:
                    if headline(sent):
                        here = [s for s in spans if sent.start <= s.start < sent.end]
                        recased = sentence_case(sent, here, headline_names(text, sent, end), Gazetteer.load())
                        if recased != sent.text:
                            wanted.append((doc, sent.start, recased))
            if wanted:
                texts = [text for _, _, text in wanted]
                for (doc, start, text), parsed in zip(wanted, self.nlp.pipe(texts, disable=[self.name])):
                    doc.user_data.setdefault(PARSES_KEY, {})[start] = [text, doc_data(parsed, set())]
            yield from batch
