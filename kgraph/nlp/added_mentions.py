"""Mentions the NER missed, added to the mention finder's before extraction.

- a country, city or organisation the gazetteer knows, as a whole run of proper nouns
  outside every entity ('"Belarus has sent ...' after a quotation mark; "Kharkiv, a city in Ukraine");
- a name after a question's modal that the NER glued to it ("Will Norway send ...?");
- a name the NER gave a class that names nothing (a date: "Jaish-e-Mohammed"), or a
  hyphenated word it cut, when the gazetteer knows it, whole, as an organisation, a state or
  a city;
- an acronym the text defines, wherever the NER missed it ("the Donetsk People's
  Republic (DPR)", then "DPR");
- a firm's name right after the described kind of firm ("Russian company Stroytransgaz");
- a person's or an organisation's name the NER found in one place, wherever else the
  document writes it ("Prigozhin" after "Yevgeny Prigozhin").
"""

from __future__ import annotations

from spacy.symbols import NOUN, PROPN
from spacy.tokens import Doc, Span, Token

from kgraph.gazetteer import Gazetteer
from kgraph.nlp.class_votes import decide_class
from kgraph.nlp.docmemo import columns, texts, with_words, words
from kgraph.nlp.lexicon import Lexicon
from kgraph.nlp.mentions import NER_CLASSES
from kgraph.nlp.relations import cls_of
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


#: The classes of the gazetteer's names that a misread name is given.
_KNOWN_CLASSES = frozenset({EntityClass.ORGANIZATION, EntityClass.COUNTRY, EntityClass.REGION, EntityClass.CITY})


def misread_names(sdoc: Doc, spans: list[Span], gaz: Gazetteer) -> list[Span]:
    """Names the NER misread and the gazetteer knows, whole, as an organisation's, a state's,
    a region's or a city's: one tagged with a class that names nothing ("the militant group
    Jaish-e-Mohammed" tagged a date), a nationality that is no demonym ("travel to
    Maharashtra and Goa"), or a hyphenated word the NER cut ("Jaish" tagged a nationality,
    "-e-Mohammed" left out). A mention of the gazetteer's class; only capitalised names,
    outside every mention."""
    covered = {i for s in spans for i in range(s.start, s.end)}
    candidates = [(e.start, e.end) for e in sdoc.ents if e.label_ not in NER_CLASSES and e.label_ != "NORP"]
    candidates += [(e.start, e.end) for e in sdoc.ents if e.label_ == "NORP" and gaz.demonym(e.text) is None]
    candidates += _hyphenated_words(sdoc)
    out, taken = [], set()
    for start, end in candidates:
        name = sdoc[start:end]
        if not name.text[:1].isupper() or any(i in covered or i in taken for i in range(start, end)):
            continue
        entry = gaz.lookup(name.text)
        if entry is not None and entry.cls in _KNOWN_CLASSES:  # a region as a place: "the town of X" may make it a town
            out.append(Span(sdoc, start, end, label=str(EntityClass.PLACE if entry.cls is EntityClass.REGION else entry.cls)))
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


def named_firms(sdoc: Doc, spans: list[Span], lex: Lexicon, gaz: Gazetteer) -> list[Span]:
    """``spans`` with the organisations' names right after the kind of organisation they
    are, described ("Russian company Stroytransgaz", "state news agency RIA", "Venezuelan
    gang Tren de Aragua"), as organisations: one to four capitalised words or acronyms,
    a connector ("de", "al") between two of them counted among the four, no title or
    common word among them, after a lower-case noun of lexicon ``described_body_nouns``
    with a modifier of its own; a name the NER missed is added, one it took for a
    person's or a state's the gazetteer does not know is retyped, and every mention of the
    name in the document follows."""
    covered = {i: s for s in spans for i in range(s.start, s.end)}
    out = list(spans)
    kinds = lex.described_body_nouns
    for noun in with_words(sdoc[:], kinds):
        if noun.i + 1 >= len(sdoc) or noun.whitespace_ != " " or not noun.is_lower:
            continue
        if not any(c.dep_ in ("amod", "compound") and c.i < noun.i for c in noun.children) and not sdoc[noun.i - 1].ent_type_ == "NORP":
            continue
        start = noun.i + 1
        named = covered.get(start)
        if named is not None:
            if named.start == start and named.label_ in _FIRM_MISREAD and _firm_name(named, lex) and gaz.lookup(named.text) is None:
                firm = Span(sdoc, named.start, named.end, label=str(EntityClass.ORGANIZATION))
                out[out.index(named)] = firm
                decide_class(firm, EntityClass.ORGANIZATION)
            continue
        end = start
        while end < len(sdoc) and end - start < 4 and end not in covered and not sdoc[end].ent_type_ and _firm_word(sdoc[end], lex):
            end += 1
            if end + 1 < len(sdoc) and sdoc[end].lower_ in NAME_CONNECTORS and _firm_word(sdoc[end + 1], lex):
                end += 1  # "Tren de Aragua"
        if end > start and not (end < len(sdoc) and sdoc[end].is_title and sdoc[end].is_alpha and not sdoc[end].is_stop):
            out.append(Span(sdoc, start, end, label=str(EntityClass.ORGANIZATION)))
            decide_class(out[-1], EntityClass.ORGANIZATION)
    return out


#: Lower-case words inside a name ("Tren de Aragua", "Jaish al Adl").
NAME_CONNECTORS = frozenset({"de", "del", "da", "do", "dos", "al", "el", "la", "e"})


def _firm_name(span: Span, lex: Lexicon) -> bool:
    """A name of firm words, a connector between two of them ("Tren de Aragua")."""
    return all(_firm_word(t, lex) or 0 < k < len(span) - 1 and t.lower_ in NAME_CONNECTORS for k, t in enumerate(span))


#: Classes the NER gives a firm's name that its described kind corrects.
_FIRM_MISREAD = frozenset({str(EntityClass.PERSON), str(EntityClass.COUNTRY)})


def _firm_word(tok: Token, lex: Lexicon) -> bool:
    """A capitalised word or an acronym ("Energoatom", "RIA"), no title and no common word."""
    written = tok.is_title or tok.is_upper and len(tok) > 1
    return (written and tok.is_alpha and not tok.is_stop and not tok.is_sent_start
            and tok.lower_ not in lex.titles and tok.lower_ not in lex.honorifics)  # fmt: skip


#: Classes of the names a document's other mentions repeat (a demonym or a state's name
#: stands as a modifier where it is no mention: "Russian forces").
_REPEATED_CLASSES = frozenset({EntityClass.PERSON, EntityClass.ORGANIZATION})


def repeated_names(sdoc: Doc, spans: list[Span]) -> list[Span]:
    """A person's or an organisation's name that the NER found in one place and missed in
    another ("Yevgeny Prigozhin said ... Prigozhin claimed ..."): every other place the
    document writes its words (a person's surname too), outside every mention and not run
    into a longer name, is a mention of the same class. A name two mentions give two
    classes is left alone."""
    keys: dict[tuple[str, ...], set[str]] = {}
    for span in spans:
        if cls_of(span) not in _REPEATED_CLASSES or not all(t.pos == PROPN or t.is_punct for t in span) or not span[0].is_title and not span[0].is_upper:
            continue
        keys.setdefault(tuple(t.text for t in span), set()).add(span.label_)
        last = span[-1]
        if cls_of(span) is EntityClass.PERSON and len(span) > 1 and last.is_title and len(last) > 2:
            keys.setdefault((last.text,), set()).add(span.label_)  # "Prigozhin" of "Yevgeny Prigozhin"
    keys = {k: next(iter(v)) for k, v in keys.items() if len(v) == 1}
    if not keys:
        return []
    longest = max(len(k) for k in keys)
    covered = {i for s in spans for i in range(s.start, s.end)}
    text, out, i = words(sdoc), [], 0
    firsts = {k[0] for k in keys}
    while i < len(sdoc):
        if text[i] not in firsts:  # no name starts here (most words)
            i += 1
            continue
        found = next((n for n in range(min(longest, len(sdoc) - i), 0, -1) if tuple(text[i : i + n]) in keys), 0)
        end = i + found
        if found and covered.isdisjoint(range(i, end)) and not _name_goes_on(sdoc, i - 1) and not _name_goes_on(sdoc, end):
            out.append(Span(sdoc, i, end, label=keys[tuple(text[i:end])]))
            i = end
            continue
        i += 1
    return out


def _name_goes_on(sdoc: Doc, i: int) -> bool:
    """Whether the word at ``i`` is a capitalised proper noun a name would run into."""
    return 0 <= i < len(sdoc) and sdoc[i].pos == PROPN and (sdoc[i].is_title or sdoc[i].is_upper)


#: Words between a name and the other name it goes by ("X, also known as Y", "X, nicknamed Y").
_ALIAS_ADVERBS = frozenset({"also", "better", "widely", "popularly", "commonly", "locally", "formerly"})
_ALIAS_WORDS = frozenset({"nicknamed", "dubbed", "aka", "alias"})


def named_aliases(sdoc: Doc, spans: list[Span]) -> tuple[list[Span], list[tuple[Span, Span]]]:
    """Names a person or an organisation goes by, said next to its name ("General X, also
    known as Y", "Federal Express, better known as FedEx", "X, nicknamed Y"): ``spans``
    with every mention of the other name given the named one's class (the NER's class for
    a nickname is a guess: "Hemedti" tagged a state), and the pairs (other name, name)."""
    by_start = {s.start: s for s in spans}
    pairs: list[tuple[Span, Span]] = []
    for named in spans:
        cls = cls_of(named)
        if cls not in _REPEATED_CLASSES or not all(t.pos == PROPN or t.is_punct for t in named):
            continue
        i = named.end + (named.end < len(sdoc) and sdoc[named.end].text == ",")
        i += i < len(sdoc) and sdoc[i].lower_ in _ALIAS_ADVERBS
        if i + 1 < len(sdoc) and sdoc[i].lower_ == "known" and sdoc[i + 1].lower_ == "as":
            i += 2
        elif i < len(sdoc) and sdoc[i].lower_ in _ALIAS_WORDS:
            i += 1
        else:
            continue
        while i < len(sdoc) and (sdoc[i].lower_ == "the" or sdoc[i].is_quote):
            i += 1
        other = by_start.get(i) or _name_run(sdoc, i)
        if other is not None and other.text.casefold() != named.text.casefold():
            pairs.append((other, named))
    if not pairs:
        return spans, pairs
    classes = {_alias_key(other.text): named.label_ for other, named in pairs}
    out = [s if _alias_key(s.text) not in classes else Span(sdoc, s.start, s.end, label=classes[_alias_key(s.text)]) for s in spans]
    known = {(s.start, s.end) for s in out}
    out += [Span(sdoc, o.start, o.end, label=n.label_) for o, n in pairs if (o.start, o.end) not in known]
    return sorted(out, key=lambda s: (s.start, -s.end)), pairs


def _alias_key(text: str) -> str:
    return text.casefold().removesuffix("'s").removesuffix("’s")


def _name_run(sdoc: Doc, start: int) -> Span | None:
    """The capitalised words of a name from ``start`` (one to four), or ``None``."""
    end = start
    while end < len(sdoc) and end - start < 4 and (sdoc[end].is_title or sdoc[end].is_upper) and sdoc[end].is_alpha:
        end += 1
    return Span(sdoc, start, end) if end > start else None
