"""Correcting the NER's class of a name from the words around it.

The small English model often tags a town as an organisation ("DAYTON, Ohio"), or a
person as an organisation ("Cheek, 53, is ..."). News writing gives the class away in a
few fixed shapes, which these rules read:

- an organisation- or person-tagged name headed by a state noun ("the Luhansk People's Republic") is
  a country;
- the victim of an assassination or murder ("the assassination of Lincoln") is a person
  unless the gazetteer knows the name as a state (a town may share a person's name);
- a name followed by an age apposition ("X, 53,") is a person, and so is the one who
  "was born", and one who has a wife, a son or a brother ("X's widow");
- an acronym of a kind of arms ("UAVs") is materiel, whatever the NER took it for;
- a person-tagged name whose last word is an organisation noun ("Oberlin College") is an
  organisation;
- an organisation-tagged name and a person-tagged one compounded onto each other ("Lockheed"
  and "Martin") are one organisation's name, and two names joined by "and" that the
  gazetteer knows as one place ("Jammu and Kashmir") are that place;
- an organisation-tagged title with its "of" phrase ("the Foreign Ministers of Armenia")
  names people, not a body: the mention is the place or body after "of" (a title alone is
  a group of people; a leading title's plural may name a body: "the Joint Chiefs of Staff");
- a person-tagged name the gazetteer knows as a city or region is one where a visit goes
  ("travel to X");
- a person- or place-tagged name the gazetteer knows, whole, as an organisation ("Leonardo",
  a company) is that organisation unless a person's longer name in the document holds it
  ("Leonardo DiCaprio");
- an organisation- or place-tagged name that opens with a title ("PM X") is the person X,
  and so is one that a title right before it modifies ("Finnish President X" with X tagged
  an organisation), unless the gazetteer knows the name (as a state, for a title before it);
- a person-tagged name described as an arms maker ("drone producer X") is an organisation,
  and so is a person- or state-tagged one the gazetteer does not know whose apposition is a
  kind of organisation ("X, a Mauritius-based company");
- a name whose apposition is a title or occupation ("X, a professor of ..."), or that is
  in apposition to a title ("the last king of Y, X"), is a person;
- a name the gazetteer knows as a country is one, and as a city is one unless the NER
  took it for a person;
- a name whose apposition is a place noun ("X, a city in Y", "X, the capital of Y") is
  that kind of place, and so is a name right after a town's noun ("Y's capital X", "the
  port city X");
- a name followed by ", <state or country>" ("Boise, Idaho", "KARBALA, Iraq (AP)") is a
  city (the NER's GPE defaults to a country), unless the gazetteer knows it as an organisation or its last word is one
  ("Acme Corp., Texas" stays an organisation);
- that state or country itself is one, though the NER took it for a person or an
  organisation ("Chisholm, Minn.").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kgraph.gazetteer import Gazetteer
from kgraph.nlp.class_votes import decide_class
from kgraph.nlp.lexicon import Lexicon
from kgraph.nlp.place_lists import said_place
from kgraph.nlp.relations import cls_of
from kgraph.nlp.role_mentions import title_apposition
from kgraph.nlp.static_people import title_of
from kgraph.nlp.static_roles import RANK_WORDS
from kgraph.nlp.static_spans import HYPHENS
from kgraph.nlp.syntax import first_conjunct
from kgraph.resolve import STATE_HEADS
from kgraph.types import EntityClass

#: The abbreviations that end a firm's name ("Corp.", "Inc."), without their full stop.
_FIRM_SUFFIXES = frozenset({"corp", "inc", "ltd", "llc", "plc"})
#: Classes the NER gives that these rules may correct.
_CORRECTABLE = frozenset({EntityClass.ORGANIZATION, EntityClass.PLACE, EntityClass.PERSON})
#: The correctable classes but a person's (a context may make the name one: "X, 53,",
#: "PM X"), and with a country's (which may be a victim's or a town's name).
_UNPERSONAL = _CORRECTABLE - {EntityClass.PERSON}
_WITH_COUNTRIES = _CORRECTABLE | {EntityClass.COUNTRY}
#: Classes of the places the gazetteer knows.
_PLACE_CLASSES = frozenset({EntityClass.COUNTRY, EntityClass.CITY, EntityClass.REGION})
#: Classes of an outer place in "X, Y".
_OUTER = frozenset({EntityClass.REGION, EntityClass.COUNTRY})


def retype(spans: list[Span], gazetteer: Gazetteer, lex: Lexicon) -> list[Span]:
    """``spans`` with each name's class corrected where its context says otherwise."""
    spans = _joined_places(_joined_names(spans, lex, gazetteer), gazetteer)
    starts = {s.start: s for s in spans}
    ends = {s.end: s for s in spans}
    # words of longer names ("Santiago Abascal", whatever the NER's class): a lone
    # "Santiago" may be him, so it is not taken for the capital
    surnames = {t.lower_ for s in spans if len(s) > 1 and gazetteer.lookup(s.text) is None for t in s}
    person_words = {t.lower_ for s in spans if len(s) > 1 and cls_of(s) is EntityClass.PERSON for t in s}
    out = []
    for span in spans:
        cls = cls_of(span)
        new = cls
        unknown = cls in _UNPERSONAL or cls is EntityClass.COUNTRY and gazetteer.lookup(span.text) is None
        if unknown and (_aged(span) or _titled(span, lex) or _personal(span)):
            new = EntityClass.PERSON  # a state the gazetteer does not know may be a person's name
        elif cls in _WITH_COUNTRIES - {EntityClass.PERSON} and _after_title(span, lex) and not _state(span, gazetteer):
            new = EntityClass.PERSON  # "Finnish President X" with X tagged an organisation
        elif cls in _WITH_COUNTRIES and _arms_acronym(span, lex):
            new = EntityClass.MATERIEL  # "UAVs", "ICBMs" tagged an organisation or a state
        elif cls is EntityClass.PERSON and len(span) > 1 and _org_noun(span[-1], lex):
            new = EntityClass.ORGANIZATION  # "Oberlin College" tagged a person
        elif cls is EntityClass.PERSON and _producer(span, lex):
            new = EntityClass.ORGANIZATION  # "Turkish drone producer X", "arms maker X": a firm
        elif cls in (EntityClass.PERSON, EntityClass.COUNTRY) and _described_body(span, lex) and gazetteer.lookup(span.text) is None:
            new = EntityClass.ORGANIZATION  # "X, a Mauritius-based company", "X, the state grid operator"
        elif cls in _WITH_COUNTRIES and _murdered(span) and not _state(span, gazetteer):
            new = EntityClass.PERSON  # "the assassination of Lincoln" (a town too): only people are assassinated
        elif cls in (EntityClass.ORGANIZATION, EntityClass.PERSON) and len(span) > 1 and span[-1].lower_ in STATE_HEADS:
            new = EntityClass.COUNTRY  # "the Donetsk People's Republic": a state, however recognised (or tagged)
        elif cls in _WITH_COUNTRIES and _before_region(span, starts, gazetteer, lex):
            new = EntityClass.CITY
        elif cls in _WITH_COUNTRIES and (place := _outer_place(span, starts, ends, gazetteer, lex)) is not None:
            new = place  # "Chisholm, Minn." with "Minn" tagged a person
        elif cls in _WITH_COUNTRIES and (place := _described_place(span, lex) or _said_place(span, lex, gazetteer)) is not None:
            new = place  # "Bakhmut, a city in eastern Ukraine", "Mahbes is the closest town"
        elif cls in _WITH_COUNTRIES and _town_named(span, lex, gazetteer):
            new = EntityClass.CITY  # "North Kivu's capital Goma", "the port city Aden"
        elif cls in _CORRECTABLE and (place := _known_place(span, cls, gazetteer, surnames)) is not None:
            new = place  # "Armenia's" tagged an organisation, "Kyiv said" tagged a person
        elif cls is EntityClass.PERSON and (place := _destination_place(span, gazetteer, lex, surnames)) is not None:
            new = place  # "will travel to Lyon" with Lyon tagged a person
        elif cls in _WITH_COUNTRIES - {EntityClass.ORGANIZATION} and _known_organization(span, gazetteer, person_words):
            new = EntityClass.ORGANIZATION  # "Leonardo said" tagged a person or a place: the company the gazetteer knows
        if cls is EntityClass.ORGANIZATION and (owner := _title_of_owner(span, gazetteer, lex)) is not None:
            out.extend(owner)  # "the Foreign Ministers of Armenia": Armenia
            continue
        if cls in _UNPERSONAL and new is cls and (named := _titled_name(span, lex)) is not None:
            out.extend(named)  # "PM Modi" tagged an organisation: the person Modi; "Major-General": none
            continue
        if new is not cls:
            decide_class(span, new)
        out.append(span if new is cls else Span(span.doc, span.start, span.end, label=str(new)))
    return out


def _titled_name(span: Span, lex: Lexicon) -> list[Span] | None:
    """A name the NER took whole with the title before it ("PM X", "Field Marshal X Y" tagged an
    organisation): the person; a title alone ("Major-General"): nothing; else ``None``."""
    if (title := _rank_length(span, lex)) == len(span) > 1:
        return []
    if title == 0 or len(span) - title < min(title, 2) or not all(t.pos_ == "PROPN" for t in span[title:]):
        return None
    if _org_noun(span[-1], lex) or span[0].lower_ == "general" and len(span) < 3:
        return None  # "the General Accounting Office", "General Motors": no title
    return [Span(span.doc, span.start + title, span.end, label=str(EntityClass.PERSON))]


def _rank_length(span: Span, lex: Lexicon) -> int:
    """How many first tokens of ``span`` are a title ending in an honorific ("Gen.", "Major-General")."""
    length = 0
    for i, word in enumerate(t.lower_.rstrip(".") for t in span[:4]):
        if word in lex.honorifics:
            length = i + 1
        elif word not in RANK_WORDS and word not in HYPHENS:
            break
    return length


def _after_title(span: Span, lex: Lexicon) -> bool:
    """A name of two or more capitalised words that a title right before it modifies
    ("President X", "Foreign Minister X"): only a person holds a title that way."""
    if len(span) < 2 or span.start == 0 or not (span[0].is_title and span[-1].is_title):
        return False
    if not all(t.pos_ in ("PROPN", "PUNCT") for t in span) or _org_noun(span[-1], lex):
        return False  # "Chief Minister Acme Holdings Group": a body's name
    title = span.doc[span.start - 1]
    if title.ent_type_ or title.dep_ != "compound" or not span.start <= title.head.i < span.end:
        return False
    return title.lower_.rstrip(".") in lex.honorifics or title_of(title, lex) is not None


def _joined_names(spans: list[Span], lex: Lexicon, gazetteer: Gazetteer) -> list[Span]:
    """``spans`` with an organisation's name the NER cut in two joined again: an
    organisation-tagged name compounded right onto a one-word person-tagged one, or the
    reverse ("Lockheed" and "Martin"), is one organisation, and so are two names right
    after each other that the gazetteer knows, together, as an organisation's ("Lockheed"
    and "Martin" tagged a product). A person's full name after an
    organisation's stays a person ("the Kremlin" and "Dmitry Peskov", as
    :mod:`kgraph.nlp.role_mentions` set them apart). Two person-tagged names compounded
    right onto each other ("Abd-Rabbu" and "Mansour Hadi") are one person's, and so
    is one with the untagged words of its name after it (:func:`_person_run`)."""
    by_start = {s.start: s for s in spans}
    out, skip = [], set()
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if span.start in skip:
            continue
        after = by_start.get(span.end)
        kinds = {cls_of(span), cls_of(after)} if after is not None else set()
        person = after if cls_of(span) is EntityClass.ORGANIZATION else span
        if kinds == {EntityClass.ORGANIZATION, EntityClass.PERSON} and len(person) == 1 and span.root.head.i in range(after.start, after.end) and all(
            t.pos_ == "PROPN" and t.is_title for t in (*span, *after)
        ):
            out.append(Span(span.doc, span.start, after.end, label=str(EntityClass.ORGANIZATION)))
            skip.add(after.start)
            continue
        if after is not None and _known_organization(span.doc[span.start : after.end], gazetteer, set()):
            out.append(Span(span.doc, span.start, after.end, label=str(EntityClass.ORGANIZATION)))
            skip.add(after.start)
            continue
        run = _person_run(span, by_start, lex) if cls_of(span) is EntityClass.PERSON else None
        if run is not None:  # "Abd-Rabbu" "Mansour Hadi", "Abd-Rabbu" + untagged "Mansour Hadi"
            out.append(run)
            skip.update(k for k in by_start if run.start < k < run.end)
            continue
        out.append(span)
    return out


def _person_run(span: Span, by_start: dict[int, Span], lex: Lexicon) -> Span | None:
    """A person-tagged name whose head comes right after it, in untagged capitalised words
    or in another person-tagged name ("Abd-Rabbu" in "Abd-Rabbu Mansour Hadi"): the name
    runs on to its head; not over a body's or a place's noun ("the Obama Administration")."""
    doc, head = span.doc, span.root.head
    if not _name_words(span) or not span.end <= head.i < span.end + 4:
        return None
    nouns, places = lex.all_body_nouns, lex.place_nouns
    i = span.end
    while i <= head.i:
        after = by_start.get(i)
        if after is not None:
            whole = cls_of(after) is EntityClass.PERSON and after.start <= head.i < after.end and _name_words(after)
            return Span(doc, span.start, after.end, label=span.label_) if whole else None
        t = doc[i]
        if t.ent_type_ or t.pos_ != "PROPN" or not t.is_title or t.lower_ in nouns or t.lower_ in places:
            return None
        i += 1
    return Span(doc, span.start, head.i + 1, label=span.label_)


def _name_words(span: Span) -> bool:
    """Capitalised proper nouns, perhaps joined by hyphens ("Abd-Rabbu")."""
    return span[0].is_title and all(t.pos_ == "PROPN" and (t.is_title or t.text == "-") or t.text == "-" for t in span)


def _joined_places(spans: list[Span], gazetteer: Gazetteer) -> list[Span]:
    """``spans`` with a place whose name holds "and" ("Jammu and Kashmir", "Trinidad and
    Tobago") one mention where the NER cut it in two and the gazetteer knows the whole."""
    by_start = {s.start: s for s in spans}
    out, skip = [], set()
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if span.start in skip:
            continue
        doc = span.doc
        after = by_start.get(span.end + 1) if span.end < len(doc) and doc[span.end].lower_ == "and" else None
        entry = gazetteer.lookup(doc[span.start : after.end].text) if after is not None else None
        if entry is not None and entry.cls in _PLACE_CLASSES:
            out.append(Span(doc, span.start, after.end, label=str(entry.cls)))
            skip.add(after.start)
            continue
        out.append(span)
    return out


def _title_of_owner(span: Span, gazetteer: Gazetteer, lex: Lexicon) -> list[Span] | None:
    """For a name the NER glued from a title and its "of" phrase ("the Foreign Ministers
    of Armenia", "President of Acme", "the Defence Ministers of"), what it names: the owner
    after "of" with the gazetteer's class (an organisation's when it does not know it), or
    without one the title words as a group of people; ``None`` when the span is no title."""
    of = next((t for t in span if t.lower_ == "of" and (t.head == span.root or t.i == span.end - 1)), None)
    end = of.i if of is not None else span.end
    words = [t.lower_ for t in span[: end - span.start] if t.pos_ != "DET"]
    if not words:
        return None
    words[-1] = words[-1][:-1] if words[-1].endswith("s") and not words[-1].endswith("ss") else words[-1]
    titles = lex.member_titles  # not a leading one: "the Joint Chiefs of Staff" is a body
    if " ".join(words) not in titles and (of is None or words[-1] not in titles):
        return None
    if of is None or of.i + 1 >= span.end:  # "the Defence Ministers (of)": people, a group with no name
        return [Span(span.doc, span.start, end, label=str(EntityClass.GROUP))]
    entry = gazetteer.lookup(span.doc[of.i + 1 : span.end].text)
    cls = entry.cls if entry is not None else EntityClass.ORGANIZATION
    return [Span(span.doc, of.i + 1, span.end, label=str(cls))]


#: Words that take only a person as their victim ("assassinated X", "the murder of X").
PERSON_VICTIM_WORDS = frozenset({"assassinate", "murder", "assassination", "assassin", "murderer"})


#: Nouns of kin: who has them is a person ("X's widow", "the wife of X").
KIN_NOUNS = frozenset({"wife", "husband", "widow", "widower", "son", "daughter", "brother", "sister", "father", "mother",
                       "nephew", "niece", "grandson", "granddaughter", "fiancee", "fiance", "stepson", "stepdaughter"})  # fmt: skip


def _personal(span: Span) -> bool:
    """"X was born in ...", "X's wife", "the widow of X": only people are born and have kin."""
    root = span.root
    head = root.head
    if root.dep_ in ("nsubjpass", "nsubj") and head.lower_ == "born":
        return True
    if root.dep_ == "poss" and head.lower_ in KIN_NOUNS:
        return True
    return root.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in KIN_NOUNS


def _arms_acronym(span: Span, lex: Lexicon) -> bool:
    """An acronym of a kind of arms, perhaps plural ("UAVs", "MANPADS"; lexicon ``materiel_nouns``)."""
    word = span.text
    stem = word[:-1] if word.endswith("s") and word[:-1].isupper() else word
    return len(span) == 1 and stem.isupper() and stem.lower() in lex.materiel_nouns


def _org_noun(token: Token, lex: Lexicon) -> bool:
    """A capitalised organisation, institution or armed body's noun ending a name ("Oberlin
    College", "Accounting Office", "Qassam Brigades")."""
    word = token.lower_.rstrip(".")
    nouns = lex.all_body_nouns
    if word in _FIRM_SUFFIXES:
        return True  # "General Dynamics Corp.": a firm's suffix
    return token.is_title and (word in nouns or word.endswith("s") and word[:-1] in nouns)  # "the Qassam Brigades"


def _state(span: Span, gazetteer: Gazetteer) -> bool:
    """Whether the gazetteer knows the name as a state: a title or a murder before a town's
    name makes it a person's ("President Jackson", "the murder of Lincoln"), not a state's."""
    entry = gazetteer.lookup(span.text)
    return entry is not None and entry.cls is EntityClass.COUNTRY


def _murdered(span: Span) -> bool:
    """"assassinated X", "X was murdered", "the assassination of X", "the assassin of X"."""
    root = span.root
    head = root.head
    if root.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in PERSON_VICTIM_WORDS:
        return True
    return root.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in PERSON_VICTIM_WORDS


def _aged(span: Span) -> bool:
    """"X, 53, ...": an age in apposition."""
    doc, end = span.doc, span.end
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 2].text != ",":
        return False
    age = doc[end + 1].text
    return age.isdigit() and 1 <= int(age) <= 120


def _producer(span: Span, lex: Lexicon) -> bool:
    """A name described as a maker of arms: "drone producer X", "X, a defence contractor"
    (a noun of lexicon ``producer_nouns`` whose compound is materiel or an arms industry)."""
    root = span.root
    nouns = [c for c in root.children if c.dep_ in ("compound", "appos") and c.pos_ == "NOUN"]
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        nouns.append(root.head)
    wares = lex.materiel_nouns | lex.industry_words
    return any(
        n.lemma_.lower() in lex.producer_nouns and any(c.dep_ == "compound" and c.lemma_.lower() in wares for c in n.children)
        for n in nouns
    )


def _described_body(span: Span, lex: Lexicon) -> bool:
    """"X, a Mauritius-based company", "X, the country's nuclear power monopoly": an
    apposition after the name whose head is a kind of organisation (lexicon
    ``described_body_nouns``) with its own article or possessor; the first apposition only
    ("X, president of Y, a non-profit group": the group is Y, the parse hangs it on X)."""
    c = next((c for c in span.root.children if c.dep_ == "appos" and c.i >= span.end), None)
    return c is not None and c.pos_ == "NOUN" and c.lemma_.lower() in lex.described_body_nouns and any(
        d.dep_ in ("det", "poss") for d in c.children
    )  # fmt: skip


def _titled(span: Span, lex: Lexicon) -> bool:
    """"X, a professor of ...", "X, the chairman of ...", "X, director of ...": a title in
    apposition (:func:`kgraph.nlp.static_roles.title_apposition`); "the last king of Y, X":
    the name in apposition to a title."""
    if span.root.i == span.end - 1 and title_apposition(span.end, span.doc, lex):
        return True
    root = span.root
    head = root.head
    titles = lex.titles
    if root.dep_ in ("nsubjpass", "dobj") and head.lemma_.lower() in POSTING_VERBS:  # "X was appointed as deputy secretary"
        posts = [p for c in head.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children if p.dep_ == "pobj"]
        return any(p.lemma_.lower() in titles and p.lemma_.lower() not in _SHARED_POSTS for p in posts)
    return root.dep_ == "appos" and head.i < span.start and head.lemma_.lower() in titles and any(d.dep_ == "det" for d in head.children)


#: Verbs that put someone into a post ("appointed as", "named as"): only a person takes a titled post.
POSTING_VERBS = frozenset({"appoint", "reappoint", "name", "nominate", "elect", "promote"})
#: Posts a state or body may hold too ("elected as a member of the council").
_SHARED_POSTS = frozenset({"member", "partner", "host", "representative", "delegate", "observer"})


def _known_place(span: Span, cls: EntityClass, gazetteer: Gazetteer, surnames: set[str]) -> EntityClass | None:
    """The gazetteer's class of a name it knows as a country or a city. A name the NER
    took for a person is a city only when it is a capital ("Kyiv said") and no longer
    name of the document contains it ("Santiago Abascal ... Santiago")."""
    entry = gazetteer.lookup(span.text)
    if entry is None or entry.cls not in (EntityClass.COUNTRY, EntityClass.CITY):
        return None
    if entry.cls is EntityClass.CITY and cls is EntityClass.PERSON:
        if not entry.is_capital or len(span) > 1 or span[0].lower_ in surnames:
            return None
    return entry.cls


def _known_organization(span: Span, gazetteer: Gazetteer, person_words: set[str]) -> bool:
    """Whether a person-tagged name is, whole, an organisation's the gazetteer knows (a
    company, an armed group: "Leonardo", "Meggitt") and no longer person's name of the
    document contains it (``person_words``: "Leonardo DiCaprio ... Leonardo")."""
    entry = gazetteer.lookup(span.text)
    if entry is None or entry.cls is not EntityClass.ORGANIZATION:
        return False
    return len(span) > 1 or span[0].lower_ not in person_words


def _destination_place(span: Span, gazetteer: Gazetteer, lex: Lexicon, surnames: set[str]) -> EntityClass | None:
    """The gazetteer's class of a name it knows as a city or region that stands where a
    visit goes ("travel to X and Y", "arrived in X"), where no person does."""
    entry = gazetteer.lookup(span.text)
    if entry is None or entry.cls not in (EntityClass.CITY, EntityClass.REGION) or span[0].lower_ in surnames:
        return None
    node = first_conjunct(span.root)
    prep = node.head
    if node.dep_ != "pobj" or prep.lower_ not in ("to", "in", "into") or lex.verb_class.get(prep.head.lemma_.lower()) != "visit":
        return None
    return entry.cls


def _described_place(span: Span, lex: Lexicon) -> EntityClass | None:
    """The place class an apposition gives a name: "X, a city in Y" (City), "X, Y's
    second-largest city", "X, the capital of Y", "X, an island nation in Y" (Country)."""
    for c in span.root.children:
        if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > span.end and c.lower_ in lex.place_nouns:
            if any(d.dep_ in ("det", "poss") for d in c.children):
                if any(d.lower_ == "member" for d in c.lefts):
                    return EntityClass.COUNTRY  # "X, an EU member state": a sovereign state
                return EntityClass(lex.place_nouns[c.lower_])
    return None


def _said_place(span: Span, lex: Lexicon, gazetteer: Gazetteer) -> EntityClass | None:
    """The place a copula says an unknown name is (:func:`said_place`); not an acronym's
    ("DPR is the Donetsk region ...": the self-proclaimed state, a body)."""
    return said_place(span, lex.place_nouns) if gazetteer.lookup(span.text) is None and not span.text.isupper() else None


def _town_named(span: Span, lex: Lexicon, gazetteer: Gazetteer) -> bool:
    """Whether a town's noun right before a name says what the name is: "the provincial
    capital Bunia", "Y's capital Goma", "the port city Aden" (the noun a compound of the
    name, or the name in apposition to it), unless the gazetteer knows the name as
    another kind of place."""
    entry = gazetteer.lookup(span.text)
    if span.start == 0 or entry is not None and entry.cls is not EntityClass.CITY:
        return False
    noun = span.doc[span.start - 1]
    if noun.pos_ != "NOUN" or lex.place_nouns.get(noun.lower_) != str(EntityClass.CITY) or _org_noun(span[-1], lex):
        return False  # "the city Council": a body
    return noun.dep_ == "compound" and span.start <= noun.head.i < span.end or span.root.dep_ == "appos" and span.root.head == noun


def _before_region(span: Span, starts: dict[int, Span], gazetteer: Gazetteer, lex: Lexicon) -> bool:
    """"Boise, Idaho": a name right before ", <state or country>" is a town."""
    doc, end = span.doc, span.end
    if end + 1 >= len(doc) or doc[end].text != "," or len(span) > 3:
        return False
    outer = starts.get(end + 1)
    outer_entry = gazetteer.lookup(outer.text) if outer is not None else None
    if outer_entry is None or outer_entry.cls not in _OUTER:
        return False
    if outer is not None and (outer.root.dep_ == "poss" or outer.end < len(doc) and doc[outer.end].tag_ == "POS"):
        return False  # "Aeroflot, Russia's national airline": an apposition, not a place
    if outer is not None and outer.end < len(doc) and _starts_title(doc[outer.end], lex):
        return False  # "Ana Soto, U.S. President Tom Lee and ...": the state of the next name's title
    known = gazetteer.lookup(span.text)
    if known is not None:
        return known.cls is EntityClass.CITY
    last = span[-1].lower_.rstrip(".")
    return last not in lex.org_nouns and last not in ("corp", "inc", "co", "ltd")


def _outer_place(
    span: Span, starts: dict[int, Span], ends: dict[int, Span], gazetteer: Gazetteer, lex: Lexicon
) -> EntityClass | None:
    """The gazetteer's class of a state or country written after a town and a comma
    ("Chisholm, Minn."), whatever the NER took it for; ``None`` for any other name."""
    town = ends.get(span.start - 1) if span.start >= 2 and span.doc[span.start - 1].text == "," else None
    entry = gazetteer.lookup(span.text)
    if town is None or entry is None or entry.cls not in _OUTER or not _before_region(town, starts, gazetteer, lex):
        return None
    return entry.cls


def _starts_title(token: Token, lex: Lexicon) -> bool:
    """Whether ``token`` begins a title ("President", "Prime Minister", "Foreign Minister")."""
    word = token.lower_
    return word in lex.title_words or word in lex.title_first_words
