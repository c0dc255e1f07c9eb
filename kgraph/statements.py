"""One statement from one relation candidate: resolve its arguments, check them against the
ontology's domains and the readings no relation allows, and qualify it (status, recipient,
quantity, time, source). ``extract`` calls :func:`statement_of` for every candidate.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from kgraph import __version__
from kgraph.coreference import DocState, nationality
from kgraph.gazetteer import Gazetteer
from kgraph.iri import quantity_iri
from kgraph.nlp import attribution
from kgraph.nlp import qualifiers as q
from kgraph.nlp.docmemo import sentence_start
from kgraph.nlp.static_spans import NAMED_BODY_RELATIONS, indefinite
from kgraph.nlp.group_actors import force_state, governing_state, leading_name
from kgraph.nlp.event_args import all_sides, carrier
from kgraph.nlp.lexicon import Lexicon
from kgraph.nlp.loss_rules import borrows_side
from kgraph.nlp.place_mentions import hosted, in_water
from kgraph.nlp.relations import ACTORS, PLACES, Candidate, Mentions, cls_of, object_fits
from kgraph.nlp.quotes import quote_speaker
from kgraph.nlp.syntax import infinitive
from kgraph.nlp.timex import time_of
from kgraph.relation_domains import (
    ACTOR_OBJECTS, DESCRIPTIVE, DOMAINS, FORCE_RELATIONS, PLACE_SUBJECTS, instrument_name, settled_fits,
)
from kgraph.resolve import Resolver
from kgraph.types import EntityClass, EntityRef, Relation, Statement, Status

EXTRACTOR = "kgraph-rules"

#: Acts of force a state's named armed force does for the state ("Russian forces stand for Russia").
_FORCE_ACTS = frozenset({Relation.ATTACKS, Relation.KILLED, Relation.DEPLOYS})

#: Who a headline's "X: ..." can be the source of: a body or person, not a place or country
#: (a place before the colon is where the story is from: "Kiev: ...", "Congo: ...").
SPEAKING = frozenset({EntityClass.ORGANIZATION, EntityClass.PERSON, EntityClass.GROUP})

def _seated_elsewhere(org: EntityRef, country: EntityRef, gaz: Gazetteer) -> bool:
    """Whether the gazetteer seats an organisation (a company of its list) in a state other
    than ``country``."""
    entry = gaz.get(org.label, EntityClass.ORGANIZATION) if org.cls is EntityClass.ORGANIZATION else None
    return entry is not None and entry.country is not None and entry.country != country.label


def _names_a_place(span: Span, lex: Lexicon, resolver: Resolver) -> bool:
    """Whether a place's mention holds a name: a capitalised word that is no demonym or
    creed and does not merely open the sentence ("Nowshera sector", "the AU base", "Yankara
    town"; not "the Shiite Muslim country", "the civilian airport", a headline's "Gunmen")."""
    start = sentence_start(span.doc, span.start)  # span.sent walks the sentence at every ask
    return any(
        (t.is_title or t.is_upper) and t.is_alpha and t.i != start
        and not (t.lower_ in lex.creed_words or nationality(t.text, resolver) is not None)
        for t in span
    )  # fmt: skip


def _title_for_name(ref: EntityRef, span: Span, lex: Lexicon) -> bool:
    """Whether a person's mention ends in a capitalised title word ("Chairperson", "State
    Councilor", "X Head"): a name never does; the NER took the title for the name or ran
    it into one."""
    return ref.cls is EntityClass.PERSON and len(span) > 0 and span[-1].is_title and span[-1].lower_ in lex.titles


def _plural_common(root: Token, lex: Lexicon) -> bool:
    """Whether a body's mention is a plural common noun that is no force ("authorities",
    "governments"; not "forces", "police", a name): officials or bodies counted together."""
    word = root.lower_
    return root.pos_ == "NOUN" and root.tag_ == "NNS" and root.lemma_.lower() != word and not (
        word in lex.military_org_nouns or root.lemma_.lower() in lex.military_org_nouns
    )  # fmt: skip


def _named_owner(cand: Candidate) -> bool:
    """Whether the name that opens what is sent can name its sender: a modifier of troops
    or goods sent with no agent ("US troops were stationed", "NATO troops arrived"), or a
    possessor of goods bought ("ordered China's J-10 jets"); the possessor of what is
    delivered may be its receiver ("Ukraine's F-16s were delivered")."""
    if cand.rule.endswith(":made"):
        return True
    agentless = cand.rule.endswith(":passive") or cand.rule.startswith("verb:arrival")
    return agentless and not any(t.tag_ == "POS" for t in cand.object)


def statement_of(cand: Candidate, sent: Span, state: DocState, mentions: Mentions, lex: Lexicon) -> Statement | None:
    """The statement ``cand`` makes in ``sent``, or None when an argument does not resolve,
    does not fit the relation, or the reading is one no relation allows."""
    document = state.document
    if q.directed(cand.trigger, lex) or q.topical(cand.trigger) or q.prevented(cand.trigger, lex):
        return None  # "warned X not to send Y", "thinks about X sending Y", "kept X from sending Y": neither done nor denied
    if cand.relation in NAMED_BODY_RELATIONS and indefinite(cand.object):
        return None  # "he headed an elite military force": a kind of body, none the text names
    if cand.relation is Relation.SUPPLIES and carrier(cand.object, cand.trigger, lex):
        return None  # "aid flights arrived", "sent ten relief planes": the vehicles carry what is supplied
    confidence = cand.confidence
    quantity = None
    if cand.relation is Relation.SUFFERED_CASUALTIES:
        quantity = q.quantity_of(cand.object.root, lex)
        if quantity is None:
            return None
        figure = quantity.figure or quantity.text
        obj = EntityRef(
            quantity_iri(document.iri, quantity.text, cand.object.start_char + state.offset),
            figure, EntityClass.QUANTITY, quantity.text, None,
            cand.object.start_char + state.offset, cand.object.end_char + state.offset,
        )  # fmt: skip
    elif cand.known_object is not None:  # "President X said": the state the office holders' data names
        found = state.resolver.resolve(cand.known_object, EntityClass.COUNTRY, as_actor=True)
        obj = EntityRef(found.iri, found.label, found.cls, cand.object.text, found.wikidata)  # the words: the title
    else:
        targeted = cand.relation is Relation.SANCTIONS and cls_of(cand.object) is EntityClass.GROUP  # "12 Russian officials", not Russia
        obj = state.ref(cand.object, as_actor=cand.relation in ACTOR_OBJECTS and not targeted)
    if obj is None or cls_of(cand.object) is None and not object_fits(cand.relation, obj.cls):
        return None  # a pronoun whose antecedent does not fit the relation
    given_to = None  # the receiver of the supply a subjectless candidate continues
    if len(cand.subject) == 0 and cand.relation is Relation.SANCTIONS:
        if state.last_sanctioner is None:  # "X were sanctioned": by the document's last sanctioner, never X's own state
            return None
        subject = state.last_sanctioner
        confidence *= 0.6
    elif len(cand.subject) == 0:  # passive without agent: infer the state from the group's nationality
        casualties = cand.relation is Relation.SUFFERED_CASUALTIES
        group = state.ref(cand.object) if casualties else None
        entry = nationality(cand.object.text, state.resolver)  # "North Korean workers"
        if entry is None and cand.relation in (Relation.DEPLOYS, Relation.SUPPLIES) and _named_owner(cand):
            entry = leading_name(cand.object.text, state.resolver.gaz)  # "US troops", "NATO forces" (not "NATO allies")
        if entry is None and group is not None:
            entry = nationality(group.label, state.resolver)  # "12 soldiers", earlier "Somali soldiers": Somalia's
        if entry is not None:
            found = state.resolver.resolve(entry.label, entry.cls, as_actor=True)
            subject = EntityRef(found.iri, found.label, found.cls, cand.object.text, found.wikidata)
        elif casualties and all_sides(cand.object, cand.trigger):
            return None  # "26 fighters on both sides were killed": no one side's loss
        elif group is not None:
            subject = group  # casualties of a group with no nationality named
        elif casualties and state.last_victim is not None and borrows_side(cand):
            subject = state.last_victim  # "..., although others put the death toll at 15,000"
        elif cand.earlier_giver and state.last_supply is not None:
            subject, given_to = state.last_supply  # "the package will include X": the last supply's giver gives X
        else:
            return None
        confidence *= 0.6
    else:
        subject_span = cand.subject  # a first-person pronoun stands for the speaker: '"We will send ...," X said'
        body = cand.relation is Relation.PART_OF and cls_of(subject_span) is EntityClass.ORGANIZATION and (
            subject_span.root.lemma_.lower() in lex.military_org_nouns
        )  # fmt: skip
        found = state.ref(subject_span, as_actor=cand.relation not in PLACE_SUBJECTS and not body)  # "the Indian Army": the body, not India
        if found is None:
            return None
        group_domain = DOMAINS.get(Relation.WORKS_FOR if cand.relation is Relation.PART_OF else cand.relation, ACTORS)
        entry = None
        if found.cls is EntityClass.GROUP and EntityClass.GROUP not in group_domain:
            entry = nationality(subject_span.text, state.resolver) or leading_name(subject_span.text, state.resolver.gaz)
        elif found.cls is EntityClass.ORGANIZATION and cand.relation not in DESCRIPTIVE:  # "Kenya's cabinet ... deploy": Kenya
            entry = governing_state(subject_span, state.resolver.gaz, lex.home_nouns)
            if entry is None and cand.relation in _FORCE_ACTS:  # "the Israeli army struck X", "it struck X": Israel
                entry = force_state(found.label, state.resolver.gaz, lex.military_org_nouns)
        if entry is not None:
            state_ref = state.resolver.resolve(entry.label, entry.cls, as_actor=True)
            found = EntityRef(state_ref.iri, state_ref.label, state_ref.cls, subject_span.text, state_ref.wikidata,
                              found.start, found.end)  # fmt: skip
            confidence *= 0.8
        if found.cls is EntityClass.PERSON and cand.relation is Relation.DEPLOYS:
            side = state.sides.get(found.iri) or state.homes.get(found.iri)  # a leader's troops are the state's
            if side is not None and side.cls in (EntityClass.COUNTRY, EntityClass.ORGANIZATION):
                found = EntityRef(side.iri, side.label, side.cls, found.text, side.wikidata, found.start, found.end)
        subject = found
    if subject.iri == obj.iri:
        return None
    if cand.relation is Relation.VISITS and cls_of(cand.object) is None and (home := state.homes.get(subject.iri)) is not None and (
        home.iri == obj.iri
    ):  # fmt: skip
        obj = state.other_antecedent(cand.object.root, home.iri)  # "A and B signed it during B's president's visit
        if obj is None or obj.cls not in PLACES:  # to the country": the visitor's own country is the other one
            return None
    relation = cand.relation
    if relation is Relation.PART_OF and subject.cls in (EntityClass.PERSON, EntityClass.GROUP):
        relation = Relation.WORKS_FOR  # "X joined Google": a person is a member, not a part
    if subject.cls not in DOMAINS.get(relation, ACTORS) or not settled_fits(relation, obj.cls, cand.trigger):
        return None  # the ontology's domain; a seat or home is a city, region or country
    if relation in FORCE_RELATIONS and instrument_name(cand.subject, lex) and not (
        subject.wikidata or state.resolver.gaz.lookup(subject.label) is not None
    ):  # fmt: skip
        return None  # "killed by a Shahed drone": a weapon's model, no killer (the gazetteer asked only then)
    if relation is Relation.BASED_IN and (cand.rule or "").startswith("static:") and subject.label[:1].islower() and not any(
        t.pos_ == "PROPN" for t in cand.subject
    ):  # fmt: skip
        return None  # "the army's headquarters in Nyala": one seat of a nameless body is none of its own ("al-Shabaab" has a name)
    if relation is Relation.LOCATED_IN and cand.subject.root.pos_ == "NOUN" and not _names_a_place(cand.subject, lex, state.resolver):
        return None  # "Belgrade's civilian airport", "the Muslim country of Iran": a kind of place, no place of its own
    if _title_for_name(subject, cand.subject, lex) or _title_for_name(obj, cand.object, lex):
        return None  # "Chairperson of the Mejlis X", "Osama Nujifei Head of Y": a title the NER ran into a name, or made one
    if relation is Relation.PART_OF and _plural_common(cand.subject.root, lex):
        return None  # "Venezuela's authorities", "the governments of Colombia, the US": several bodies or officials, no one part
    if relation is Relation.OCCUPIES and cand.subject.root.tag_ == "NNS" and cand.subject.root.lemma_.lower() in lex.echelon_nouns and (
        not any(t.pos_ == "PROPN" or t.ent_type_ in ("NORP", "GPE") for t in cand.subject)
    ):  # fmt: skip
        return None  # "units of the group of troops liberated X": several units of a force no name gives hold nothing as one
    if relation is Relation.PART_OF and cand.rule.startswith("verb:join") and subject.cls is obj.cls is EntityClass.COUNTRY:
        return None  # "X joins Y and Z as buyers of jets", "joining the US as the only countries to ...": company, no membership
    if cand.relation is Relation.LOCATED_IN and subject.cls is EntityClass.COUNTRY and subject.wikidata:
        return None  # a sovereign state the gazetteer knows lies in no other place ("Russia in Ukraine")
    if relation is Relation.LOCATED_IN and in_water(subject.cls, obj.label, lex):
        return None  # "Yemen's Red Sea port of Hodeida": a port is on the sea's coast, not in it
    if relation is Relation.BASED_IN and obj.cls is EntityClass.COUNTRY and _seated_elsewhere(subject, obj, state.resolver.gaz):
        return None  # "Leonardo from Italy and Rheinmetall from Germany": the gazetteer seats Leonardo in Italy
    if cand.rule == "verb:meet:host":  # "X met Y in Z": X visits Z only where Z is Y's state's and X's is another
        host = state.ref(cand.target, as_actor=True) if cand.target is not None else None
        if host is None or not hosted(subject, host, obj, state.homes, state.resolver.gaz):
            return None
        cand = replace(cand, target=None)
    recipient = destination = None
    if cand.target is not None:
        target = state.ref(cand.target, as_actor=False)
        if target is not None and target.iri != subject.iri:
            if target.cls in PLACES - {EntityClass.COUNTRY}:
                destination = target
            else:
                recipient = state.ref(cand.target, as_actor=True)
    if given_to is not None and recipient is None and destination is None and given_to.iri != subject.iri:
        recipient = given_to
    if cand.helped is not None and recipient is None:
        helped = state.ref(cand.helped, as_actor=True)
        if helped is not None and helped.iri != subject.iri:
            recipient = helped
    status, factor = q.status_of(cand.trigger, sent, lex, cand.object.start)
    if relation in (Relation.DEPLOYS, Relation.SUPPLIES) and status is Status.ASSERTED and q.pending(cand.trigger, lex):
        status = Status.PLANNED  # "X approved the deployment (the sale) of Y", "the deal includes Y": still to be done
    according_to = None
    descriptive = relation in DESCRIPTIVE and (
        cand.trigger.pos_ not in ("VERB", "AUX") or cand.trigger.dep_ in ("acl", "relcl") and not infinitive(cand.trigger)
    )  # "a bid to join NATO" is an aim, not a description
    if descriptive and cand.trigger.dep_ == "attr" and cand.trigger.head.lemma_.lower() == "become":
        status, factor = q.status_of(cand.trigger.head, sent, lex)  # "X will become a NATO member": still to come
    elif descriptive:
        status, factor = Status.ASSERTED, 1.0  # a title, name or apposition: the writer's own description
    elif cand.source is not None:  # the rule knows who gives the figure
        according_to = state.ref(cand.source, as_actor=True)
    else:
        according_to = state.source(
            attribution.reporter_of(cand.trigger, lex) or attribution.accuser_of(cand.trigger)
            or attribution.according_to_phrase(sent, lex) or quote_speaker(sent, lex)
        )  # fmt: skip
        if according_to is None and (headed := state.source(attribution.colon_source(cand.trigger, sent))) is not None:
            according_to = headed if headed.cls in SPEAKING else None  # "UN: ...", not the dateline's "Kiev: ..."
    if cand.relation in (Relation.DEPLOYS, Relation.SUPPLIES, Relation.KILLED):
        quantity = q.quantity_of(cand.object.root, lex)
    start, end = sent.start_char + state.offset, sent.end_char + state.offset
    text = document.text
    body = state.parsed if len(state.parsed) == len(text) else text  # blanked furniture is no part of the sentence
    while end > start and body[end - 1].isspace():
        end -= 1
    while start < end and body[start].isspace():
        start += 1
    if cand.relation is Relation.SUFFERED_CASUALTIES:
        state.last_victim = subject
    elif relation is Relation.SUPPLIES:
        state.last_supply = (subject, recipient)
    elif relation is Relation.SANCTIONS:
        state.last_sanctioner = subject
    if relation is Relation.WORKS_FOR and obj.cls in (EntityClass.CITY, EntityClass.REGION, EntityClass.PLACE):
        relation = Relation.LIVES_IN  # "Chicago lawyer X": no one works for a town; X is from it
    if relation is Relation.PART_OF and subject.cls is EntityClass.ORGANIZATION and obj.cls in (EntityClass.CITY, EntityClass.REGION):
        relation = Relation.BASED_IN  # "the X Trust Co. of New York": no body is a part of a town; it has its seat there
    return Statement(
        doc=document.source,
        doc_iri=document.iri,
        subject=subject,
        relation=str(relation),
        object=obj,
        sentence=text[start:end],
        start=start,
        end=end,
        status=status,
        confidence=round(min(1.0, confidence * factor), 3),
        recipient=recipient,
        destination=destination,
        quantity=quantity,
        time=None if descriptive else time_of(cand.trigger, sent, document.date, state.dates_in(sent), future=status is Status.PLANNED),
        according_to=according_to,
        label=cand.label,
        rule=cand.rule,
        extractor=EXTRACTOR,
        extractor_version=__version__,
    )


__all__ = ["EXTRACTOR", "statement_of"]
