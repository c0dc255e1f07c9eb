"""Wire-service source lines: "Moscow INTERFAX in English 1601 GMT 28 Apr 94".

Monitoring services (FBIS, BBC Monitoring) and wire reprints open an item with a line
saying where and by whom it was published: an optional document number
("LD2804174994"), the place, the outlet, then "in <language>" with the time and date.
The small English model reads such a line badly: it glues the place to the outlet
("Paris Radio Monte Carlo" as one organisation), misses all-capital outlets ("INTERFAX")
and takes the time stamp for a product ("GMT 7 Apr"). :func:`source_line_spans` finds
the lines and gives their mentions right; :func:`outlet_places` states that the outlet
is based where the line says it publishes (reading the lines kept on the doc).

A line is recognised by its shape only, never by the outlet's name: a place the
gazetteer knows at the start of a sentence (or right after a document number), a run of
capitalised words, and either "in <Word> <number>" after them, or a document number
before them, or a sentence that is nothing but the place and an all-capital outlet
("Tokyo MAINICHI SHIMBUN").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from kgraph.gazetteer import Gazetteer
from kgraph.nlp.docmemo import forget_entities, words
from kgraph.nlp.lexicon import Lexicon
from kgraph.nlp.relations import PLACES, Candidate, Mentions
from kgraph.types import EntityClass, Relation

#: A monitoring service's document number: two letters, then ten digits (FBIS).
DOCUMENT_NUMBER = re.compile(r"^[A-Z]{2}\d{8,12}$")
_USER_DATA_KEY = "kgraph.source_lines"
#: The longest place name tried at the start of a line, in words.
_MAX_PLACE = 3
#: The longest outlet name, in words.
_MAX_OUTLET = 6


@dataclass(frozen=True)
class SourceLine:
    """Token extents of one source line's place and outlet, and where the line ends."""

    place: tuple[int, int]
    place_cls: EntityClass
    outlet: tuple[int, int]
    end: int


def find_source_lines(doc: Doc, gazetteer: Gazetteer) -> list[SourceLine]:
    """The source lines of a parsed document, at most one per sentence."""
    out = []
    for sent in doc.sents:
        line = _line(sent, gazetteer)
        if line is not None:
            out.append(line)
    return out


def source_line_spans(doc: Doc, spans: list[Span], lines: list[SourceLine]) -> list[Span]:
    """``spans`` with each source line's place and outlet as mentions of their own, and
    no other mention inside the line: its language and time stamp are no entities, so
    the NER's entities there are dropped from ``doc`` too.
    """
    if not lines:
        return spans
    doc.user_data[_USER_DATA_KEY] = lines
    doc.ents = [e for e in doc.ents if not any(e.start < ln.end and e.end > ln.outlet[1] for ln in lines)]
    forget_entities(doc)
    out = [s for s in spans if not any(s.start < ln.end and ln.place[0] < s.end for ln in lines)]
    for ln in lines:
        out.append(Span(doc, *ln.place, label=str(ln.place_cls)))
        out.append(Span(doc, *ln.outlet, label=str(EntityClass.ORGANIZATION)))
    return sorted(out, key=lambda s: (s.start, -s.end))


def outlet_places(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """A source line's outlet is based where the line places it ("Moscow INTERFAX ..."):
    the lines :func:`source_line_spans` found, not found again."""
    doc = sent.doc
    for ln in doc.user_data.get(_USER_DATA_KEY, ()):
        if sent.start <= ln.place[0] < sent.end:
            place, outlet = mentions.at(doc[ln.place[0]]), mentions.at(doc[ln.outlet[0]])
            if place is not None and outlet is not None:
                yield Candidate(Relation.BASED_IN, outlet, place, doc[ln.outlet[0]], "static:source-line", 0.7)


def _line_start(sent: Span) -> int:
    """Where a source line would start: after a document number, else the sentence start
    (a headline may come before the number: "Yeltsin Orders Audit MK1401103094 Moscow ...")."""
    texts = words(sent.doc)
    for i in range(sent.start, sent.end):
        if DOCUMENT_NUMBER.match(texts[i]):
            return i + 1
    return sent.start


def _line(sent: Span, gazetteer: Gazetteer) -> SourceLine | None:
    doc = sent.doc
    start = _line_start(sent)
    for size in range(_MAX_PLACE, 0, -1):
        end = start + size
        if end >= sent.end or not _outlet_word(doc[end]) or not all(t.is_alpha or t.text in "-." for t in doc[start:end]):
            continue  # no outlet's name after the place, or no place
        entry = gazetteer.lookup(doc[start:end].text)
        if entry is None or entry.cls not in PLACES:
            continue
        outlet_end = end
        while outlet_end < sent.end and outlet_end - end < _MAX_OUTLET and _outlet_word(doc[outlet_end]):
            outlet_end += 1
        line_end = _line_end(sent, start, end, outlet_end) if outlet_end > end else None
        if line_end is not None:
            return SourceLine((start, end), entry.cls, (end, outlet_end), line_end)
    return None


#: Words of a source line's time stamp besides numbers ("1601 GMT 28 Apr 94 p 1").
_MONTHS = frozenset(
    m.lower()
    for m in ("January February March April May June July August September October November December "
              "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec").split()
)  # fmt: skip
_STAMP_WORDS = _MONTHS | {"gmt", "utc", "p", "pp"}


def _stamp_word(tok: Token) -> bool:
    return tok.like_num or tok.is_punct or tok.lower_.rstrip(".") in _STAMP_WORDS


def _outlet_word(tok: Token) -> bool:
    """A word of an outlet's name: capitalised ("Radio", "AL-AHALI", "Kanal-6"), not "in"."""
    if tok.text == "-":
        return not tok.doc[tok.i - 1].whitespace_  # a hyphen inside a word: "AL-AHALI"
    return tok.text[:1].isupper() and not tok.is_punct and not tok.like_num


def _line_end(sent: Span, start: int, place_end: int, outlet_end: int) -> int | None:
    """Where the line ends if the words make one ("<place> <outlet> in <Language> <time>"),
    else ``None``."""
    doc = sent.doc
    numbered = start > sent.start and DOCUMENT_NUMBER.match(doc[start - 1].text)
    rest = doc[outlet_end : sent.end]
    if len(rest) >= 3 and rest[0].lower_ == "in" and rest[1].is_title and rest[1].lower_ not in _MONTHS:
        if all(_stamp_word(t) for t in rest[2:]) and rest[2].like_num:
            return sent.end  # "in English 1601 GMT 28 Apr 94": the rest is the time stamp
    words = [t for t in rest if not t.is_punct]
    if words:
        return sent.end if numbered and rest[0].lower_ == "in" else None
    outlet = doc[place_end:outlet_end]
    if numbered or (start == sent.start and all(t.is_upper or not t.is_alpha for t in outlet)):
        return sent.end  # "Tokyo MAINICHI SHIMBUN" alone on its line
    return None
