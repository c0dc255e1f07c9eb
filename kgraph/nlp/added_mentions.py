"""Mentions the NER missed, added to the mention finder's before extraction.

- a country, city or organisation the gazetteer knows, as a whole run of proper nouns
  outside every entity ('"Belarus has sent ...' after a quotation mark; "Kharkiv, a city in Ukraine");
- a name after a question's modal that the NER glued to it ("Will Norway send ...?");
- a name the NER gave a class that names nothing (a date: "Jaish-e-Mohammed"), or a
  hyphenated word it cut, when the gazetteer knows it, whole, as an organisation, a state or
  a city;
- an acronym the text defines, wherever the NER missed it ("the Donetsk People's
  Republic (DPR)", then "DPR").
"""

from __future__ import annotations

from spacy.symbols import NOUN, PROPN
from spacy.tokens import Doc, Span

from kgraph.gazetteer import Gazetteer
from kgraph.nlp.docmemo import columns, texts, words
from kgraph.nlp.mentions import NER_CLASSES
from kgraph.types import EntityClass


def after_modal(sdoc: Doc, spans: list[Span], gaz: Gazetteer) -> list[Span]:
    """Names the NER began with a question's modal ("Will Germany send ...?", tagged a
    person and so no mention): the rest of the name, when the gazetteer knows it."""
    covered = {i for s in spans for i in range(s.start, s.end)}
    out = []
    for ent in sdoc.ents:
        if len(ent) < 2 or ent[0].tag_ != "MD" or ent[0].dep_ != "aux" or any(i in covered for i in range(ent.start, ent.end)):
            continue
        entry = gaz.lookup(ent[1:].text)
        if entry is not None:
            out.append(Span(sdoc, ent.start + 1, ent.end, label=str(entry.cls)))
    return out


def misread_names(sdoc: Doc, spans: list[Span], gaz: Gazetteer) -> list[Span]:
    """Names the NER misread and the gazetteer knows, whole, as an organisation's, a state's
    or a city's: one tagged with a class that names nothing ("the militant group
    Jaish-e-Mohammed" tagged a date), or a hyphenated word the NER cut ("Jaish" tagged a
    nationality, "-e-Mohammed" left out). A mention of the gazetteer's class; only
    capitalised names, outside every mention."""
    covered = {i for s in spans for i in range(s.start, s.end)}
    candidates = [(e.start, e.end) for e in sdoc.ents if e.label_ not in NER_CLASSES and e.label_ != "NORP"]
    candidates += _hyphenated_words(sdoc)
    out, taken = [], set()
    for start, end in candidates:
        name = sdoc[start:end]
        if not name.text[:1].isupper() or any(i in covered or i in taken for i in range(start, end)):
            continue
        entry = gaz.lookup(name.text)
        if entry is not None and entry.cls in (EntityClass.ORGANIZATION, EntityClass.COUNTRY, EntityClass.CITY):
            out.append(Span(sdoc, start, end, label=str(entry.cls)))
            taken.update(range(start, end))
    return out


def _hyphenated_words(sdoc: Doc) -> list[tuple[int, int]]:
    """(start, end) of each written word the tokenizer cut at hyphens ("Jaish-e-Mohammed")."""
    out: list[tuple[int, int]] = []
    if "-" not in texts(sdoc):
        return out
    cols, start, last = columns(sdoc), 0, len(sdoc) - 1
    punct, hyphen = cols["is_punct"], [w == "-" for w in words(sdoc)]
    for i, space in enumerate(cols["space"]):
        if space or i == last:
            end = i + 1
            while start < end and punct[start]:  # quotes before the word
                start += 1
            while end > start and punct[end - 1]:  # "Jaish-e-Mohammed," and its comma
                end -= 1
            if end - start > 2 and any(hyphen[start + 1 : end - 1]):
                out.append((start, end))
            start = i + 1
    return out


def missed_places(sdoc: Doc, spans: list[Span], gaz: Gazetteer) -> list[Span]:
    """Mentions of countries and cities the NER missed ('"Belarus has sent ...' after a
    quotation mark, "Kharkiv, a city in Ukraine"): a run of proper nouns outside every
    mention and entity that the gazetteer knows as a state's, a city's or an organisation's
    name ("Houthi military spokesman X"), the whole run and nothing more."""
    covered = {i for s in spans for i in range(s.start, s.end)}
    out: list[Span] = []
    cols = columns(sdoc)
    pos, upper, alpha, length, ent = cols["pos"], cols["is_upper"], cols["is_alpha"], cols["length"], cols["ent_type"]
    # a proper noun, or an acronym the tagger took for a common noun ("the ECOWAS chairman"), in no entity
    free = [not e and (p == PROPN or p == NOUN and u and n >= 3 and a) for p, u, a, n, e in zip(pos, upper, alpha, length, ent)]
    i = 0
    while i < len(sdoc):
        if not free[i] or i in covered:
            i += 1
            continue
        end = i
        while end < len(sdoc) and end - i < 3 and free[end] and end not in covered:
            end += 1
        entry = gaz.lookup(sdoc[i:end].text)  # the whole run: "America West" is no country
        if entry is not None and entry.cls in (EntityClass.COUNTRY, EntityClass.CITY, EntityClass.ORGANIZATION):
            out.append(Span(sdoc, i, end, label=str(entry.cls)))
        i = end
    return out


def acronym_mentions(sdoc: Doc, spans: list[Span], defined: dict[str, EntityClass]) -> list[Span]:
    """Mentions of acronyms the text defines ("the Donetsk People's Republic (DPR)")
    wherever the NER missed them, with the class of their long form."""
    if not defined:
        return []
    covered = {i for s in spans for i in range(s.start, s.end)}
    return [Span(sdoc, t.i, t.i + 1, label=str(defined[t.text])) for t in sdoc if t.text in defined and t.i not in covered]
