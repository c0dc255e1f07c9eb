"""Entity mentions of a parsed Doc: named entities and common-noun phrases.

A mention is a :class:`spacy.tokens.Span` whose label is an ontology class
(``kgraph.types.EntityClass`` value). Named mentions come from the NER; common-noun
mentions (``troops``, ``rounds of artillery ammunition``, ``a mutual defence treaty``)
from the head noun's word class in the lexicon.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from kgraph.nlp.lexicon import Lexicon
from kgraph.types import EntityClass

SPAN_KEY = "kgraph"

#: spaCy NER label -> ontology class (GPE and LOC are refined by the gazetteer).
NER_CLASSES: dict[str, EntityClass] = {
    "PERSON": EntityClass.PERSON,
    "ORG": EntityClass.ORGANIZATION,
    "GPE": EntityClass.COUNTRY,
    "LOC": EntityClass.PLACE,
    "FAC": EntityClass.PLACE,
    "EVENT": EntityClass.EVENT,
    "LAW": EntityClass.AGREEMENT,
    "PRODUCT": EntityClass.MATERIEL,
}

#: Nouns that measure or collect what their "of" phrase names ("rounds of ammunition").
MEASURE_NOUNS = frozenset(
    {
        "round", "batch", "shipment", "ton", "tonne", "piece", "load", "consignment",
        "crate", "set", "lot", "stock", "stockpile", "number", "group", "rest",
        "thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "million",
        "millions", "wave", "kind", "type", "form", "bunch", "handful", "part", "container",
        "truckload", "cargo", "package", "worth", "tranche", "quantity", "amount", "supply", "delivery", "total", "fleet",
        # partitives: "controls much of X", "most of X", "large swathes of X", "a third of X"
        "much", "most", "swathe", "swathes", "swath", "swaths", "half", "third", "majority", "bulk",
    }
)  # fmt: skip

#: Adjectives that quantify rather than name a group ("new workers" = "workers").
NON_RESTRICTIVE_ADJ = frozenset(
    {"new", "several", "many", "more", "other", "various", "some", "few", "additional",
     "further", "first", "second", "third", "last", "next", "own", "such", "certain",
     "numerous", "multiple", "thousand", "hundred", "rest"}
)  # fmt: skip

#: Words that cannot end a name: a span the NER closed on one stopped short of it.
_DANGLING = frozenset({"of", "for", "and", "the", "in", "on", "at", "to"})
_LEFT_DEPS = frozenset({"compound", "amod", "nmod"})
_NOUNS = frozenset({"NOUN", "PROPN"})


def noun_class(token: Token, lex: Lexicon) -> EntityClass | None:
    """The class a common noun names by its lemma, or ``None``."""
    lemma = token.lemma_.lower()
    text = token.text.lower()
    if _document(token, lemma, lex.signed_document_nouns) and _signed(token):
        return EntityClass.AGREEMENT  # "signed a joint statement": what parties sign binds them
    for words, cls in (
        (lex.institution_nouns, EntityClass.ORGANIZATION),
        (lex.group_nouns, EntityClass.GROUP),
        (lex.military_org_nouns, EntityClass.ORGANIZATION),
        (lex.materiel_nouns, EntityClass.MATERIEL),
        (lex.agreement_nouns, EntityClass.AGREEMENT),
        (lex.event_nouns, EntityClass.EVENT),
    ):
        if lemma in words or text in words:
            return cls
    return None


#: Verbs whose object, a document, is signed as an agreement ("signed a joint statement").
_SIGNING_VERBS = frozenset({"sign", "ink", "ratify"})


def _document(token: Token, lemma: str, documents: frozenset[str]) -> bool:
    """Whether a noun, alone or with a modifier before it, is one of ``documents``
    ("declaration", "joint statement": not a statement of one party)."""
    return lemma in documents or any(f"{c.lower_} {lemma}" in documents for c in token.lefts if c.dep_ in ("amod", "compound"))


def _signed(token: Token) -> bool:
    """Whether a noun is what a signing verb signs: its object ("signed a joint statement",
    "signed and ratified the declaration") or its passive subject ("the roadmap was signed")."""
    if token.dep_ not in ("dobj", "nsubjpass"):
        return False
    verb = token.head
    return verb.lemma_.lower() in _SIGNING_VERBS or any(c.dep_ == "conj" and c.lemma_.lower() in _SIGNING_VERBS for c in verb.children) and token.dep_ == "dobj"


def phrase_class(token: Token, lex: Lexicon) -> EntityClass | None:
    """The class of the noun phrase headed by ``token``: its own, or a compound's."""
    cls = noun_class(token, lex)
    if cls is not None:
        return cls
    if token.lemma_.lower() in lex.nominal_class:
        return None
    for child in token.lefts:
        if child.dep_ == "compound" and child.pos_ in _NOUNS:
            sub = noun_class(child, lex)
            if sub in (EntityClass.MATERIEL, EntityClass.GROUP):
                return sub
            inner = [g for g in child.lefts if g.dep_ == "compound" and g.pos_ in _NOUNS]
            if any(noun_class(g, lex) is EntityClass.MATERIEL for g in inner):
                return EntityClass.MATERIEL  # "missile defence system": a compound's own compound
            if token.lemma_.lower() in lex.system_nouns and child.lemma_.lower() in lex.defence_words and inner:
                return EntityClass.MATERIEL  # "an air defence system", "air defense systems": arms ("a national defence system" is none)
    if token.lemma_.lower() in lex.kit_nouns and any(
        t.lemma_.lower() in lex.materiel_nouns or t.lower_ in lex.industry_words and t.lower_ not in lex.defence_words
        for c in token.lefts if c.dep_ in _LEFT_DEPS for t in c.subtree
    ):  # fmt: skip
        # "an anti-missile system", "a weapons system": arms, by their modifiers ("defence" alone says
        # too little: "a national defence system" is none; "an air defence system" is read above)
        return EntityClass.MATERIEL
    if token.lemma_.lower() in lex.modified_body_nouns and token.dep_ != "appos" and any(_hyphen_participle(c) for c in token.lefts):
        return EntityClass.ORGANIZATION  # "Iran-backed groups": bodies ("the group" is an anaphor, "the Houthis, an Iran-backed group" the Houthis)
    return None


def _hyphen_participle(token: Token) -> bool:
    """A participle glued by a hyphen to who backs, leads or links ("Iran-backed", "Islamic State-linked")."""
    doc = token.doc
    return token.dep_ == "amod" and token.tag_ in ("VBN", "VBD") and token.i > 0 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_


def phrase_span(token: Token) -> Span:
    """The naming part of the noun phrase headed by ``token``.

    Compounds, adjectives and noun modifiers on the left are kept; determiners,
    numbers, possessives and quantifying adjectives are not, nor adjectives before a
    nationality or a name ("the warring Sudanese army" is the Sudanese army).
    """
    start = token.i
    doc = token.doc
    for child in reversed(list(token.lefts)):  # nearest modifier first
        if child.is_quote:
            continue
        edge = start - 1
        while edge > child.right_edge.i and doc[edge].is_quote:
            edge -= 1  # '"Shahed" drones': a quoted modifier is still one
        if child.dep_ not in _LEFT_DEPS or child.right_edge.i != edge:
            break
        if child.dep_ == "amod" and child.lower_ in NON_RESTRICTIVE_ADJ:
            break
        start = child.left_edge.i
    for child in token.lefts:  # "Putin's forces": a named possessor stays in the name
        if child.dep_ == "poss" and child.pos_ == "PROPN" and child.right_edge.i + 2 >= start:
            start = min(start, child.left_edge.i)
    while start < token.i and (doc[start].is_punct or doc[start].pos_ in ("DET", "NUM", "PART") or doc[start].like_num):
        start += 1
    proper = next((t.i for t in doc[start : token.i] if _proper(t)), None)
    if proper is not None and all(t.pos_ in ("ADJ", "ADV", "VERB") and not _proper(t) for t in doc[start:proper]):
        start = proper  # "the warring Sudanese army": a description before the nationality names nothing
    return doc[start : token.i + 1]


def _proper(token: Token) -> bool:
    """A name or a nationality: a proper noun, a NORP or GPE entity, a capitalised
    adjective inside a sentence ("Chadian")."""
    return (
        token.ent_type_ in ("NORP", "GPE") or token.pos_ == "PROPN"
        or token.pos_ == "ADJ" and token.is_title and not token.is_sent_start
    )  # fmt: skip


def measured(token: Token) -> Token | None:
    """For a measure noun ("rounds of X", "group of X", "a total of X"), the noun X it
    measures; for a sum of money spent on X ("$100 million in aid", "a total of $3
    billion in arms"), X."""
    if token.ent_type_ == "MONEY" and token.pos_ == "NUM":
        return next((p for c in token.rights if c.dep_ == "prep" and c.lower_ == "in"
                     for p in c.children if p.dep_ == "pobj" and p.pos_ in _NOUNS), None)  # fmt: skip
    if token.lemma_.lower() not in MEASURE_NOUNS and token.lower_ not in MEASURE_NOUNS:
        return None
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.pos_ in _NOUNS:
                    return pobj
                if pobj.dep_ == "pobj" and pobj.ent_type_ == "MONEY":
                    return measured(pobj)
    return None


def _ner_spans(doc: Doc, lex: Lexicon) -> Iterator[Span]:
    for ent in doc.ents:
        cls = NER_CLASSES.get(ent.label_)
        if cls is None and ent.label_ == "NORP" and _norp_as_people(ent):
            cls = EntityClass.GROUP
        if cls is None:
            continue
        if any(t.pos_ in ("VERB", "AUX") for t in ent) or not any(c.isalpha() for c in ent.text):
            continue  # a headline fragment tagged as a name
        if all(t.pos_ == "PRON" or t.is_punct for t in ent):
            continue  # "We", "It" tagged as a name: a pronoun names nothing by itself
        start, end = ent.start, ent.end
        while start < end and doc[start].lower_ in ("the", "a", "an"):
            start += 1
        while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct or doc[end - 1].lower_ in _DANGLING):
            end -= 1  # "the Ministry of Defense Industry of": the name ends before "of"
        if cls in (EntityClass.ORGANIZATION, EntityClass.PLACE) and ordinal_before(doc, start, end):
            start -= 1  # "the 82nd Airborne Division": the number is part of the unit's name
        if cls is EntityClass.ORGANIZATION:
            start = name_words_before(doc, name_head_before(doc, start, lex), end, lex)
        elif cls is EntityClass.PERSON:
            start = _after_titles(doc, start, end, lex)  # "Chairperson Mohamoud Ali Youssouf" tagged whole
            start = first_name_before(doc, start, end, lex)
        opened = next((t.i for t in doc[start:end] if t.text == "("), None)
        if opened is not None and opened > start and not any(t.text == ")" for t in doc[opened:end]):
            end = opened  # "Republic (DPR)" tagged as one name: the acronym is its own mention
        for a, b in _listed_names(doc, start, end):
            yield Span(doc, a, b, label=str(cls))


def _listed_names(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """The names of one NER span, split at its commas when it lists proper names ("the villages
    of Plekhovo, Vorozhba, Martynovka" tagged "Vorozhba, Martynovka"): each part all proper nouns,
    none an abbreviation ("Washington, D.C."), no "&" or "and" in it (a firm's "Defense, Space &
    Security")."""
    if start >= end:
        return []
    commas = [t.i for t in doc[start:end] if t.text == ","]
    if not commas or any(t.lower_ in ("&", "and") for t in doc[start:end]):
        return [(start, end)]
    bounds = list(zip([start, *(c + 1 for c in commas)], [*commas, end]))
    parts = [doc[a:b] for a, b in bounds]
    if all(len(p) and all(t.pos_ == "PROPN" and t.is_alpha for t in p) and p[0].is_title for p in parts):
        return bounds
    return [(start, end)]


def _after_titles(doc: Doc, start: int, end: int, lex: Lexicon) -> int:
    """Where a person's name starts after the title nouns the NER took into it
    ("Chairperson X Y"), as long as two words of the name remain; honorifics ("Gen.",
    "Dr.") stay in it, as the name rules read them there."""
    while end - start > 2 and doc[start].lower_ in lex.titles and doc[start].lower_ not in lex.honorifics:
        start += 1
    return start
#: The tagger's proper nouns.
_PROPER_TAGS = frozenset({"NNP", "NNPS"})


def name_head_before(doc: Doc, start: int, lex: Lexicon) -> int:
    """Where an organisation's name tagged from ``start`` begins when the NER left out its
    head and "of" ("Presidency of Defense Industries" tagged "Defense Industries"): a run
    of up to three capitalised proper nouns right before "of", in no other name and no
    title ("Secretary of State", "CEO of Airbus" name people), opens it."""
    if start < 2 or doc[start - 1].lower_ != "of":
        return start
    head = start - 1
    while head > 0 and start - 1 - head < 3 and _name_head_word(doc[head - 1], lex):
        head -= 1
        if doc[head].is_sent_start:
            break
    return head if head < start - 1 else start


def name_words_before(doc: Doc, start: int, end: int, lex: Lexicon) -> int:
    """Where an organisation's name tagged from ``start`` begins when the NER left out its
    first words ("High Mobility Artillery Rocket Systems" tagged without "High", "Myaing PDF"
    tagged "PDF"): up to two untagged capitalised words inside a sentence, modifying a word of
    the name, none a title or a body's noun ("Defence Minister X", "Army General Staff")."""
    while start > 0 and end - start < 8:
        word = doc[start - 1]
        lower = word.lower_.rstrip(".")
        if word.ent_type_ or not word.is_title or word.pos_ not in ("PROPN", "ADJ") or word.is_sent_start:
            return start
        if word.dep_ not in ("compound", "amod") or not start <= word.head.i < end or doc[start - 2].is_quote:
            return start
        if lower in lex.title_words or lower in lex.all_body_nouns or lower in lex.place_nouns or lower in lex.honorifics:
            return start
        start -= 1
    return start


def first_name_before(doc: Doc, start: int, end: int, lex: Lexicon) -> int:
    """Where a person's name tagged from ``start`` begins when the NER left out its first
    word ("Wi Sung Lac" tagged "Sung Lac", "General Ashfaq Parvez Kayani" tagged "Parvez
    Kayani"): an untagged capitalised proper noun compounded into the name, right after
    punctuation or a title word (where no other name runs on into it), and itself no
    title, body or place noun."""
    if start < 2:
        return start
    word, before = doc[start - 1], doc[start - 2]
    if word.ent_type_ or word.pos_ != "PROPN" or not word.is_title or word.dep_ != "compound" or not start <= word.head.i < end:
        return start
    lower = word.lower_.rstrip(".")
    if word.is_sent_start or lower in lex.title_words or lower in lex.all_body_nouns or lower in lex.place_nouns:
        return start
    return start - 1 if before.is_punct or before.lower_.rstrip(".") in lex.title_words else start


def _name_head_word(token: Token, lex: Lexicon) -> bool:
    return (
        token.is_title
        and token.tag_ in _PROPER_TAGS
        and not token.ent_type_
        and token.lower_.rstrip(".") not in lex.title_words
        and token.lemma_.lower() not in lex.title_words
    )


def ordinal_before(doc: Doc, start: int, end: int) -> bool:
    """Whether a numeral ordinal ("82nd") right before ``doc[start:end]`` modifies it."""
    if start == 0:
        return False
    before = doc[start - 1]
    return before.ent_type_ == "ORDINAL" and before.text[:1].isdigit() and start <= before.head.i < end


def _named_unit(token: Token, span: Span, lex: Lexicon) -> bool:
    """A military unit named as such ("the 12th Brigade", "the Jarama Cavalry Brigade"):
    a capitalised unit noun, not the sentence's first word, after a numeral ordinal or a
    name. A lower-case "brigade" is troops, a group."""
    if token.lemma_.lower() not in lex.military_org_nouns or not token.is_title or token.is_sent_start:
        return False
    return any(t.ent_type_ == "ORDINAL" and t.text[:1].isdigit() or t.pos_ == "PROPN" for t in span[:-1])


def _titled_unknown_name(token: Token, lex: Lexicon) -> Span | None:
    """The person a title names when the NER missed the name after it ("Defence Minister
    Rustem Umerov"): two or more capitalised proper nouns, no title or organisation noun
    among them, right after a title word of their phrase; ``None`` otherwise."""
    doc = token.doc
    if token.pos_ != "PROPN" or token.ent_type_ or not token.is_title:
        return None
    titles = lex.title_words
    start = token.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head == token and doc[start - 1].is_title:
        if doc[start - 1].lower_.rstrip(".") in titles:
            break
        start -= 1
    title = doc[start - 1] if start > 0 else None
    if title is None or title.lower_.rstrip(".") not in titles or title.head != token:
        return None
    if start == token.i and not _honorific_before(token, title, lex):
        return None  # one word after a title may be a body ("the General Staff"): two make a name
    if any(t.lower_ in titles or t.lower_ in lex.org_nouns for t in doc[start : token.i + 1]):
        return None
    return Span(doc, start, token.i + 1, label=str(EntityClass.PERSON))


def _honorific_before(token: Token, title: Token, lex: Lexicon) -> bool:
    """Whether one word after ``title`` is a person's name: the title is an honorific
    ("Mr Wi", "Chancellor Scholz", "Colonel-General Syrskyi") with no article before it, and
    the word no body's or place's noun; a lone "General" opens firms' names."""
    doc, honorific = token.doc, title.lower_.rstrip(".")
    before = doc[title.i - 1] if title.i > 0 else None
    if honorific not in lex.honorifics or before is not None and before.pos_ == "DET":
        return False
    if honorific == "general" and (before is None or before.text not in ("-", "‐", "‑")):
        return False
    return token.lower_ not in lex.all_body_nouns and token.lower_ not in lex.place_nouns


def _norp_as_people(ent: Span) -> bool:
    """A demonym used as a noun ("the Russians"), not as a modifier ("Russian forces")."""
    root = ent.root
    return root.dep_ not in ("amod", "compound", "nmod") and (
        root.tag_ in ("NNPS", "NNS") or root.text.endswith("s")
    )


def find_mentions(doc: Doc, lex: Lexicon) -> list[Span]:
    """All mentions of a parsed doc, named ones first; a token heads at most one."""
    named = list(_ner_spans(doc, lex))
    mentions: list[Span] = []
    roots: set[int] = set()
    for span in named:
        mentions.append(span)
        roots.add(span.root.i)
    for token in doc:
        if token.pos_ not in _NOUNS or token.i in roots:
            continue
        if token.dep_ == "compound" and token.head.pos_ in _NOUNS and token.head.lemma_.lower() not in lex.nominal_class:
            continue  # part of a larger phrase
        if token.pos_ == "PROPN" and token.ent_type_ in ("PERSON", "GPE", "ORG", "NORP", "LOC", "FAC"):
            continue
        named = _titled_unknown_name(token, lex)
        if named is not None:  # "Defence Minister Rustem Umerov", a name the NER missed
            mentions.append(named)
            roots.add(token.i)
            continue
        inner = measured(token)
        if inner is not None and phrase_class(inner, lex) is not None:
            cls = phrase_class(inner, lex)
            span = phrase_span(token)
            end = inner.i + 1
            mentions.append(Span(doc, span.start, end, label=str(cls)))
            roots.add(token.i)
            continue
        if token.lemma_.lower() in lex.nominal_class and noun_class(token, lex) is None:
            continue  # "deliveries" is an event; its compound ("artillery") is the mention
        cls = phrase_class(token, lex)
        if cls is None:
            continue
        if token.dep_ == "dobj" and token.lemma_.lower() in ("force", "hand") and token.head.lemma_ == "join":
            continue  # "join forces" is a verb phrase
        span = phrase_span(token)
        if cls is EntityClass.GROUP and _named_unit(token, span, lex):
            cls = EntityClass.ORGANIZATION
        mentions.append(Span(doc, span.start, span.end, label=str(cls)))
        roots.add(token.i)
    mentions.sort(key=lambda s: (s.start, -s.end))
    return mentions


def mention_index(mentions: list[Span]) -> dict[int, Span]:
    """Token index -> the mention it heads (its root), else the smallest one covering it."""
    index: dict[int, Span] = {}
    for span in sorted(mentions, key=len, reverse=True):
        for t in span:
            index[t.i] = span
    for span in mentions:
        index[span.root.i] = span
    return index
