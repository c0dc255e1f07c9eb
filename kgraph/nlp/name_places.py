"""basedIn and partOf read from an organisation's own name: "the U.S. Navy", "the Polish
Defence Ministry", "Azerbaijan's army".

A name that starts with a demonym or a country's name says which country the organisation
belongs to. An institution of the state named as such (a capitalised name whose head is an
institution noun: "the Armenian Foreign Ministry") is part of that country, named by those
opening words, and so is the state's armed force named by the state alone ("the Indian
Army", "Turkey's air force", not "the Free Syrian Army"). Any other organisation is based
there, and that is said only when the sentence also names the country, so the evidence
(and its character offsets) lies in the sentence, and the organisation is no armed force
(a state's forces are part of it, not seated in it; a rebel army named for a country is
seated wherever it is).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span

from kgraph.gazetteer import GazEntry, Gazetteer
from kgraph.nlp.lexicon import Lexicon
from kgraph.nlp.relations import PLACES, Candidate, cls_of
from kgraph.nlp.static_places import civil_body, military
from kgraph.resolve import strip_determiner
from kgraph.types import EntityClass, Relation


def name_places(sent: Span, here: list[Span], gazetteer: Gazetteer, lex: Lexicon) -> Iterator[Candidate]:
    """partOf(institution, country) for each named institution of a state among ``here``
    (the sentence's mentions) whose name starts with the country's demonym or name, and,
    when the sentence names the country too, for each civil body so named; basedIn(org,
    country) for any other organisation so named, when the sentence names the country."""
    countries: dict[str, list[Span]] = {}
    for span in here:
        if cls_of(span) in PLACES:
            entry = gazetteer.lookup(strip_determiner(span.text))
            if entry is not None and entry.cls is EntityClass.COUNTRY:
                countries.setdefault(entry.label, []).append(span)
    for org in here:
        if cls_of(org) is not EntityClass.ORGANIZATION:
            continue
        entry = _owner(strip_determiner(org.text), gazetteer)
        if entry is None:
            continue
        places = [p for p in countries.get(entry.label, []) if p.start >= org.end or p.end <= org.start]
        if _institution(org, lex):
            country = places[0] if places else _opening(org, entry, gazetteer)
            if country is not None:
                yield Candidate(Relation.PART_OF, org, country, org.root, "static:name-institution", 0.6)
            continue
        if military(org, lex):
            country = _state_force(org, entry, gazetteer)
            if country is not None:  # "the Indian Air Force", "Azerbaijan's navy": a branch of the state's forces
                yield Candidate(Relation.PART_OF, org, places[0] if places else country, org.root, "static:name-force", 0.6)
            continue  # "the Sudan People's Liberation Army": named for a state, seated nowhere it says
        body = civil_body(org, lex)  # "the Russian defence ministry", "Moldovan police": the state's, as named ones are
        for place in places:
            yield Candidate(Relation.PART_OF if body else Relation.BASED_IN, org, place, org.root,
                            "static:name-body" if body else "static:name-country", 0.6)  # fmt: skip
        country = _body_state(org, entry, gazetteer) if body and not places else None
        if country is not None:  # "the Honduran foreign ministry said", "the US Treasury Department": its opening words
            yield Candidate(Relation.PART_OF, org, country, org.root, "static:name-body", 0.6)


def _institution(org: Span, lex: Lexicon) -> bool:
    """A state institution's proper name: capitalised words, headed by an institution
    noun ("the Polish Defence Ministry"; not "the Israeli foreign ministry", "US forces")."""
    words = [t for t in org if t.is_alpha and t.pos_ != "DET"]
    return org.root.lemma_.lower() in lex.institution_nouns and all(t.is_title or t.is_upper for t in words)


#: The words a branch of a state's armed forces is called by after its name or demonym
#: ("the Nigerian Air Force", "Turkey's navy", "the China Coast Guard"): a part of the state.
#: Not the words for its whole military ("the Indian Army", "Russia's armed forces", "the
#: North Korean military"), which stand for the state itself acting, as the spec's gold reads
#: them (its alias lists give "Russian army" and "North Korean military" as names of the state).
FORCE_HEADS = frozenset({"navy", "air force", "marine corps", "marines", "coast guard", "national guard",
                         "border guard", "border guards"})  # fmt: skip
FORCE_QUALIFIERS = frozenset({"national", "regular", "naval", "federal"})


def _state_force(org: Span, country: GazEntry, gazetteer: Gazetteer) -> Span | None:
    """The state's words opening ``org`` when the rest of its name is only the name of a
    state's armed force ("Pakistan Army", "the Nigerian Air Force", "Azerbaijan's army"),
    capitalised or with the state as its possessor, as a country mention. None for a
    common-noun phrase ("the Sudanese army", as for civil bodies), a name with words of its
    own ("the Sudan People's Liberation Army", "the Free Syrian Army"), a force the
    gazetteer knows as an organisation of its own ("the Libyan National Army") or a
    capitalised "National" that may open a faction's name ("the Syrian National Army")."""
    opening = _opening(org, country, gazetteer)
    if opening is None or gazetteer.lookup(strip_determiner(org.text)) is not None:
        return None
    doc = org.doc
    if doc[opening.end - 1].tag_ == "POS" and len(opening) > 1:  # "Azerbaijan's army": the state without its "'s"
        opening = Span(doc, opening.start, opening.end - 1, label=opening.label_)
    words = [t for t in doc[opening.end : org.end] if t.tag_ != "POS" and t.text not in ("'", "\u2019")]
    possessed = len(words) < org.end - opening.end
    if not possessed and not all(t.is_title or t.is_upper for t in words if t.is_alpha):
        return None  # "the Sudanese army", "US military"
    while words and words[0].lower_ in FORCE_QUALIFIERS and words[0].text != "National":
        words = words[1:]
    rest = " ".join(t.lower_ for t in words)
    return opening if rest in FORCE_HEADS else None


def _body_state(org: Span, country: GazEntry, gazetteer: Gazetteer) -> Span | None:
    """The state's words opening the proper name of a civil body of it when the sentence
    names the state nowhere else ("Iran's Supreme National Security Council", "the U.S.
    Missile Defense Agency", "the Russian Federal Council"), as a country mention. Only a
    demonym, a possessive or an initialism says whose body it is: a state's bare name may
    be what the body deals with ("the Taiwan Affairs Office"). None for a common-noun
    phrase ("the Israeli foreign ministry", which the gold leaves unsaid), a name the
    gazetteer knows as an organisation of its own, or one whose words after the state's
    open with a capitalised "National" ("the Syrian National Council": a faction's name)."""
    opening = _opening(org, country, gazetteer)
    if opening is None or gazetteer.lookup(strip_determiner(org.text)) is not None:
        return None
    doc = org.doc
    possessed = doc[opening.end - 1].tag_ == "POS" and len(opening) > 1
    if possessed:  # "Iran's Supreme National Security Council": the state without its "'s"
        opening = Span(doc, opening.start, opening.end - 1, label=opening.label_)
    rest = [t for t in doc[opening.end : org.end] if t.tag_ != "POS" and t.text not in ("'", "\u2019")]
    if not rest or rest[0].text == "National" or not all(t.is_title or t.is_upper for t in rest if t.is_alpha):
        return None
    words = opening.text.replace(".", "")
    if possessed or words.isupper() or gazetteer.demonym(opening.text) is not None:
        return opening
    return None


def _opening(org: Span, country: GazEntry, gazetteer: Gazetteer) -> Span | None:
    """The words that open an organisation's name and name ``country`` ("Polish" in "the
    Polish Defence Ministry"), as a country mention."""
    start = next((t.i for t in org if t.pos_ != "DET"), org.end)
    for end in range(min(start + 3, org.end - 1), start, -1):
        words = org.doc[start:end].text
        entry = gazetteer.demonym(words) or gazetteer.lookup(words)
        if entry is not None and entry.label == country.label and entry.cls is EntityClass.COUNTRY:
            return Span(org.doc, start, end, label=str(EntityClass.COUNTRY))
    return None


def _owner(name: str, gazetteer: Gazetteer) -> GazEntry | None:
    """The country at the start of an organisation's name, with words after it."""
    hit = gazetteer.demonym_prefix(name)
    if hit is not None and hit[1] and hit[0].cls is EntityClass.COUNTRY:
        return hit[0]
    words = name.split(" ")
    for n in range(min(3, len(words) - 1), 0, -1):
        entry = gazetteer.lookup(" ".join(words[:n]))
        if entry is not None and entry.cls is EntityClass.COUNTRY:
            return entry
    return None
