"""Mentions the NER ran together or left out around a title, set right before extraction
(:func:`title_mentions`), and the test of a title in apposition that retyping shares.

The small model reads "Minister of Foreign Affairs of Peru Juan Soto" as one person,
"Spokesman for the Kremlin Dmitry Peskov" as an organisation "Kremlin Dmitry" and a person
"Peskov", and leaves "Slovak" in "Slovak Defense Minister X" untagged; the title's words
and the gazetteer say where the names are. Every shape needs a listed title (lexicon
``leader_titles`` / ``member_titles``) right there, so no other name is touched.
"""

from __future__ import annotations

from spacy.symbols import PROPN
from spacy.tokens import Span, Token

from kgraph.gazetteer import Gazetteer
from kgraph.nlp.docmemo import columns, forget_entities, sentence_start, with_words
from kgraph.nlp.lexicon import Lexicon
from kgraph.nlp.relations import cls_of
from kgraph.nlp.static_people import may_be_titles, title_extent, title_of
from kgraph.types import EntityClass

#: Titles an organisation or a state may hold as well as a person ("NATO, host of the
#: summit", "Acme, owner of the paper"): without an article they say nothing of the class.
SHARED_TITLES = frozenset({"member", "partner", "host", "owner", "founder", "producer", "agent", "representative",
                           "delegate", "player", "leader", "chair", "worker", "official"})  # fmt: skip
#: Prepositions that join a title to whom its holder serves ("spokesman for", "head of").
TITLE_PREPS = frozenset({"of", "for"})
#: Prepositions after which a state may be run into the holder's name: the title's
#: employer ("Minister of Foreign Affairs of Peru Juan Soto") or the state a post is
#: accredited to ("Ambassador to Niger Sylvain Itte", who serves another state).
SPLIT_PREPS = TITLE_PREPS | {"to"}


def title_mentions(spans: list[Span], gazetteer: Gazetteer, lex: Lexicon) -> list[Span]:
    """``spans`` with the mentions the NER ran together or left out around a title set
    right: a state run into the holder's name (:func:`_split`), a body's name run into the
    title after it (:func:`_title_tail`), a first name run into the
    organisation before it (:func:`_surname_split`), a name with a title in apposition
    (:func:`_untagged_names`), a demonym (:func:`_demonyms`), a body's name before the
    holder's (:func:`_body_runs`)."""
    heads = [span for span in spans if _title_head(span, gazetteer, lex) is not None]
    if heads:  # the NER's entity there is no name either ("Defence" of "Defence Minister")
        doc = heads[0].doc
        ents = doc.ents
        kept = [e for e in ents if not any(e.start < h.end and h.start < e.end for h in heads)]
        if len(kept) < len(ents):  # setting the entities rewrites every token's: only when one goes
            doc.ents = kept
            forget_entities(doc)
    out = [piece for span in spans for piece in _set_right(span, gazetteer, lex)]
    if not out:
        return out
    out = _surname_split(out, lex)
    doc = out[0].doc
    covered = {i for s in out for i in range(s.start, s.end)}
    out += _untagged_names(doc, covered, lex)
    out = _demonyms(out, covered, gazetteer, lex)
    return out + _body_runs(out, covered, lex) + _known_bodies(doc, covered, gazetteer, lex)


def _set_right(span: Span, gazetteer: Gazetteer, lex: Lexicon) -> list[Span]:
    """The mentions one NER span stands for once a title in or beside it is taken out."""
    for pieces in (_split(span, gazetteer, lex), _title_tail(span, gazetteer, lex), _title_head(span, gazetteer, lex)):
        if pieces is not None:
            return pieces
    return [span]


def _untagged_names(doc, covered: set[int], lex: Lexicon) -> list[Span]:
    """"Talks began. Pavel Orlov, a researcher at Y": two or three capitalised proper nouns
    outside every mention, with a title in apposition, are a person."""
    out = []
    cols = columns(doc)
    pos = cols["pos"]
    word = [p == PROPN and t and not e for p, t, e in zip(pos, cols["is_title"], cols["ent_type"])]  # a capitalised proper noun in no entity
    for i, free in enumerate(word):
        if not free or i in covered or i and pos[i - 1] == PROPN:
            continue
        end = i
        while end < len(doc) and end - i < 4 and word[end]:
            end += 1
        if 2 <= end - i <= 3 and covered.isdisjoint(range(i, end)) and title_apposition(end, doc, lex):
            out.append(Span(doc, i, end, label=str(EntityClass.PERSON)))
    return out


def _body_runs(spans: list[Span], covered: set[int], lex: Lexicon) -> list[Span]:
    """"Spokesperson for the Chilean Foreign Ministry Ana Ruiz": a capitalised run ending in
    a body noun, outside every mention, between a title's "of"/"for" and a person's name,
    is an organisation."""
    doc = spans[0].doc
    people = {s.start for s in spans if cls_of(s) is EntityClass.PERSON}
    out = []
    for prep in with_words(doc[:], TITLE_PREPS):
        if prep.i + 1 >= len(doc):
            continue
        start = prep.i + 1 + (doc[prep.i + 1].lower_ == "the")
        body = _body_run(doc, start, lex) if start < len(doc) else None
        if body is not None and body.end in people and covered.isdisjoint(range(body.start, body.end)) and _after_title(prep, lex):
            out.append(body)  # the title, the costliest test, asked last
    return out


def _surname_split(spans: list[Span], lex: Lexicon) -> list[Span]:
    """"Spokesman for the Kremlin Dmitry Peskov" tagged "Kremlin Dmitry" and "Peskov": after
    a title's "of"/"for", an organisation's last capitalised word that is no body noun, right
    before a one-word person, is the person's first name."""
    bodies = lex.all_body_nouns
    ordered = sorted(spans, key=lambda s: s.start)
    out = list(ordered)
    for org, person in zip(ordered, ordered[1:]):
        if cls_of(org) is not EntityClass.ORGANIZATION or cls_of(person) is not EntityClass.PERSON:
            continue
        if org.end != person.start or len(person) != 1 or len(org) < 2 or not org[-1].is_title or org[-1].lemma_.lower() in bodies:
            continue
        doc = org.doc
        prep = org.start - 1 - (org.start > 0 and doc[org.start - 1].lower_ == "the")
        if prep < 0 or doc[prep].lower_ not in TITLE_PREPS or not _after_title(doc[prep], lex):
            continue
        out[out.index(org)] = Span(doc, org.start, org.end - 1, label=org.label_)
        out[out.index(person)] = Span(doc, org.end - 1, person.end, label=person.label_)
    return out


def title_apposition(name_end: int, doc, lex: Lexicon) -> bool:
    """Whether a title in apposition follows the name ending before ``name_end`` ("X, a
    researcher at Y", "X, Chile's deputy foreign minister", "X, director of Y"): with an
    article or a possessor, or with "of"/"at"/"for" and a title no organisation holds."""
    if name_end + 1 >= len(doc) or doc[name_end].text != ",":
        return False
    head = doc[name_end - 1]
    for c in head.children:
        if c.dep_ != "appos" or c.pos_ != "NOUN" or c.i <= name_end or not title_of(c, lex):
            continue
        if any(d.dep_ in ("det", "poss") for d in c.children):
            return True
        return c.lemma_.lower() not in SHARED_TITLES and any(p.dep_ == "prep" and p.lower_ in ("of", "at", "for") for p in c.children)
    return False


def _demonyms(spans: list[Span], covered: set[int], gazetteer: Gazetteer, lex: Lexicon) -> list[Span]:
    """A demonym the NER missed before a title ("Slovak Defense Minister X": the state) or
    left out of the body's name it opens ("a Georgian Defense Ministry statement": the
    name takes it in)."""
    doc = spans[0].doc
    starts = {s.start: s for s in spans if cls_of(s) is EntityClass.ORGANIZATION}
    out = list(spans)
    cols = columns(doc)
    for i in [i for i, (e, t) in enumerate(zip(cols["ent_type"], cols["is_title"])) if t and not e and i not in covered]:
        tok = doc[i]
        if tok.dep_ not in ("amod", "compound") or tok.head.i <= tok.i:
            continue
        entry = gazetteer.demonym(tok.text)
        if entry is None or entry.cls is not EntityClass.COUNTRY:
            continue
        body = starts.get(tok.i + 1)
        if body is not None and body.root.lemma_.lower() in lex.institution_nouns:
            out[out.index(body)] = Span(doc, tok.i, body.end, label=body.label_)
        elif any(title_of(t, lex) for t in doc[tok.i + 1 : tok.head.i + 1]):
            out.append(Span(doc, tok.i, tok.i + 1, label=str(EntityClass.COUNTRY)))
    return out


def _after_title(prep: Token, lex: Lexicon) -> bool:
    """Whether the preposition ends a listed title ("Spokesperson for", "Minister of Foreign
    Affairs of")."""
    lo = max(sentence_start(prep.doc, prep.i), prep.i - 6)
    return any(title_of(t, lex) and title_extent(t, lex)[1] == prep.i for t in prep.doc[lo : prep.i])


def _split(span: Span, gazetteer: Gazetteer, lex: Lexicon) -> list[Span] | None:
    """"Minister of Foreign Affairs of Peru Juan Soto", "Ambassador to Niger Sylvain Itte"
    as one name: the state, then the holder; not "commander of U.S. Army Europe", whose
    rest holds a body noun (a unit's name, no person's)."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].lower_ not in SPLIT_PREPS or len(span) < 3 or not _after_title(doc[span.start - 1], lex):
        return None
    bodies = lex.all_body_nouns
    for n in (1, 2):
        entry = gazetteer.lookup(doc[span.start : span.start + n].text)
        rest = doc[span.start + n : span.end]
        if any(t.lower_ in bodies or t.lemma_.lower() in bodies for t in rest):
            return None
        if entry is not None and entry.cls is EntityClass.COUNTRY and len(rest) >= 2 and all(t.pos_ == "PROPN" for t in rest):
            return [Span(doc, span.start, span.start + n, label=str(EntityClass.COUNTRY)),
                    Span(doc, span.start + n, span.end, label=str(EntityClass.PERSON))]  # fmt: skip
    return None


def _title_tail(span: Span, gazetteer: Gazetteer, lex: Lexicon) -> list[Span] | None:
    """"Iranian Foreign Ministry Spokesman" tagged one organisation: a title after a body
    noun is the holder's, not the body's name; the organisation ends at the body noun. So
    too after an organisation the gazetteer knows, with the title's modifiers ("United
    Nations Special Rapporteur": the United Nations)."""
    if cls_of(span) is not EntityClass.ORGANIZATION or len(span) < 3 or title_of(span[-1], lex) is None:
        return None
    bodies = lex.all_body_nouns
    body = span[-2]
    if body.lemma_.lower() in bodies or body.lower_ in bodies:
        return [Span(span.doc, span.start, span.end - 1, label=span.label_)]
    cut = span.end - 1
    while cut > span.start + 1 and span.doc[cut - 1].lower_ in _TITLE_ADJECTIVES:
        cut -= 1  # "Special", "Deputy"
    entry = gazetteer.lookup(span.doc[span.start : cut].text) if cut < span.end - 1 else None
    if entry is None or entry.cls is not EntityClass.ORGANIZATION:
        return None
    return [Span(span.doc, span.start, cut, label=span.label_)]


#: Words that open a title without naming its body ("Special Rapporteur", "Deputy Envoy").
_TITLE_ADJECTIVES = frozenset({"special", "deputy", "chief", "senior", "high", "permanent", "personal", "acting", "assistant"})


def _title_head(span: Span, gazetteer: Gazetteer, lex: Lexicon) -> list[Span] | None:
    """"Philippine Foreign Secretary X", "Russian Defence Minister X" with "Philippine
    Foreign" or "Defence" tagged an organisation: a name that ends in a word opening a
    listed title ("foreign", "defence"), right before a title word, is the title's start.
    What the gazetteer knows of the words before it is a state (``[]``: nothing left)."""
    doc = span.doc
    if cls_of(span) is not EntityClass.ORGANIZATION or span.end >= len(doc) or span[-1].lower_ not in lex.title_modifiers:
        return None
    if title_of(doc[span.end], lex) is None:
        return None
    for end in range(span.end - 1, span.start, -1):
        entry = gazetteer.demonym(doc[span.start : end].text) or gazetteer.lookup(doc[span.start : end].text)
        if entry is not None and entry.cls is EntityClass.COUNTRY:
            return [Span(doc, span.start, end, label=str(EntityClass.COUNTRY))]
    return []


def _known_bodies(doc, covered: set[int], gazetteer: Gazetteer, lex: Lexicon) -> list[Span]:
    """"United Nations Special Rapporteur" with no entity tagged: a capitalised run right
    before a title (and the title's own adjectives), outside every mention, that the
    gazetteer knows as an organisation, is that organisation."""
    out, is_title = [], columns(doc)["is_title"]
    for i in may_be_titles(doc, 0, len(doc), lex):
        if not is_title[i] or i in covered or title_of(tok := doc[i], lex) is None:
            continue
        end = tok.i
        while end > 0 and doc[end - 1].lower_ in _TITLE_ADJECTIVES and doc[end - 1].is_title:
            end -= 1
        start = end
        while start > 0 and end - start < 4 and (doc[start - 1].is_title or doc[start - 1].is_upper) and doc[start - 1].pos_ == "PROPN":
            start -= 1
        if start == end or not covered.isdisjoint(range(start, end)):
            continue
        entry = gazetteer.lookup(doc[start:end].text)
        if entry is not None and entry.cls is EntityClass.ORGANIZATION:
            out.append(Span(doc, start, end, label=str(EntityClass.ORGANIZATION)))
    return out


def _body_run(doc, start: int, lex: Lexicon) -> Span | None:
    """A capitalised run of words from ``start`` ending in a body noun ("Chilean Foreign
    Ministry"), which the NER took as part of the name after it: an organisation."""
    bodies = lex.all_body_nouns
    end = start
    while end < len(doc) and end - start < 6 and (doc[end].is_title or doc[end].is_upper) and not doc[end].ent_type_ == "PERSON":
        end += 1
        if doc[end - 1].lemma_.lower() in bodies or doc[end - 1].lower_ in bodies:
            return Span(doc, start, end, label=str(EntityClass.ORGANIZATION))
    return None
