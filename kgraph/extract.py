"""From documents to statements: parse, find relation candidates, resolve, qualify.

``extract`` is the one entry point the CLI, the notebooks and the benchmarks call.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Span

from kgraph import __version__
from kgraph.acronyms import initialisms
from kgraph.coreference import DocState, headline, nationality
from kgraph.gazetteer import Gazetteer
from kgraph.iri import quantity_iri
from kgraph.nlp import attribution
from kgraph.nlp import qualifiers as q
from kgraph.nlp.added_mentions import (
    acronym_mentions, after_modal, misread_names, missed_places, named_aliases, named_firms, repeated_names,
)  # fmt: skip
from kgraph.nlp.docmemo import sentence_start
from kgraph.nlp.furniture import masked
from kgraph.nlp.static_spans import NAMED_BODY_RELATIONS, indefinite
from kgraph.nlp.group_actors import force_state, governing_state, leading_name
from kgraph.nlp.headlines import headline_doc, headline_names, sentence_case, title_end
from kgraph.nlp.chunking import pipe_long
from kgraph.nlp.class_votes import apply_decided_classes, vote_classes
from kgraph.nlp.event_args import all_sides, carrier
from kgraph.nlp.attack_rules import attack_candidates
from kgraph.nlp.event_rules import event_candidates
from kgraph.nlp.lexicon import Lexicon, load_lexicon
from kgraph.nlp.loss_rules import borrows_side
from kgraph.nlp.mentions import SPAN_KEY
from kgraph.nlp.described_orgs import described_orgs
from kgraph.nlp.name_places import name_places
from kgraph.nlp.place_mentions import controlled_candidates, hosted, in_water, place_mentions
from kgraph.nlp.casualty_counts import toll_candidates
from kgraph.nlp.model_names import without_model_names
from kgraph.nlp.pipeline import load_pipeline
from kgraph.nlp.nominals import agent_noun_candidates, nominal_candidates
from kgraph.nlp.relations import (
    ACTORS, PLACES, Candidate, Mentions, cls_of, object_fits, verb_candidates,
)  # fmt: skip
from kgraph.nlp.quotes import prime_quotations, quote_speaker
from kgraph.nlp.retype import retype
from kgraph.nlp.role_mentions import title_mentions
from kgraph.nlp.source_lines import SourceLine, find_source_lines, source_line_spans
from kgraph.nlp.office_titles import office_titles
from kgraph.nlp.static_roles import owned_bodies
from kgraph.nlp.static_rules import static_candidates
from kgraph.nlp.syntax import first_conjunct, infinitive
from kgraph.nlp.timex import time_of
from kgraph.offices import one_office, one_part, one_seat
from kgraph.relation_domains import (
    ACTOR_OBJECTS, DESCRIPTIVE, DOMAINS, FORCE_RELATIONS, PLACE_SUBJECTS, instrument_name, settled_fits,
)
from kgraph.resolve import Resolver
from kgraph.restatements import merge_restatements
from kgraph.title_sources import title_sources
from kgraph.types import Document, EntityClass, EntityRef, Extraction, Relation, Statement, Status

log = logging.getLogger(__name__)

EXTRACTOR = "kgraph-rules"

#: Relations that tell whom a person speaks for ("we" in their quotation).
_SIDE_RELATIONS = frozenset({Relation.LEADER_OF, Relation.WORKS_FOR})
#: Acts of force a state's named armed force does for the state ("Russian forces stand for Russia").
_FORCE_ACTS = frozenset({Relation.ATTACKS, Relation.KILLED, Relation.DEPLOYS})

#: Relations that tell a person's country ("his country" is it).
_HOME_RELATIONS = frozenset({Relation.LEADER_OF, Relation.WORKS_FOR, Relation.LIVES_IN})
#: Relations read first in a sentence, so later ones know whom a person speaks for.
_PERSON_RELATIONS = _HOME_RELATIONS | _SIDE_RELATIONS

def extract(
    documents: Iterable[Document],
    nlp: Language | None = None,
    *,
    resolver: Resolver | None = None,
    lexicon: Lexicon | None = None,
    batch_size: int = 8,
    n_process: int = 1,
    client: object | None = None,
    progress: Callable[[Document, int], None] | None = None,
) -> Extraction:
    """Extract the statements of ``documents``.

    Raises:
        ModelError: the spaCy model cannot be loaded.
        DataFileError: a data file (lexicon, gazetteer) is missing or malformed.
    """
    started = dt.datetime.now(dt.UTC)
    docs = list(documents)
    resolver = resolver or Resolver(Gazetteer.load())
    statements: list[Statement] = []
    for document, found in iter_statements(
        docs, nlp, resolver=resolver, lexicon=lexicon, batch_size=batch_size, n_process=n_process, client=client
    ):
        statements.extend(found)
        if progress is not None:
            progress(document, len(found))
    used = {r.iri for s in statements for r in (s.subject, s.object, s.recipient, s.destination, s.location, s.according_to) if r}
    entities = {iri: e for iri, e in resolver.entities().items() if iri in used}
    return Extraction(documents=tuple(docs), entities=entities, statements=tuple(statements), started=started,
                      ended=dt.datetime.now(dt.UTC))  # fmt: skip


def iter_statements(
    documents: Iterable[Document],
    nlp: Language | None = None,
    *,
    resolver: Resolver,
    lexicon: Lexicon | None = None,
    batch_size: int = 8,
    n_process: int = 1,
    client: object | None = None,
) -> Iterator[tuple[Document, list[Statement]]]:
    """Stream ``(document, statements)`` pairs; documents are parsed in batches, in
    ``n_process`` local processes, or on a Dask cluster when ``client`` is given; a long
    document in parts (:mod:`kgraph.nlp.chunking`)."""
    nlp = nlp or load_pipeline()
    lex = lexicon or load_lexicon()
    if client is not None:
        from kgraph.distributed import parse_on_cluster

        pairs = ((d, s) for d, s in parse_on_cluster(documents, nlp, client, model=nlp.meta.get("kgraph_model")))
    else:
        pending = ((masked(d.text), d) for d in documents)  # furniture is no argument of a relation
        pairs = ((d, s) for s, d in pipe_long(nlp, pending, batch_size=batch_size, n_process=max(1, n_process)))
    for document, sdoc in pairs:
        yield document, document_statements(document, sdoc, resolver, lex, nlp)


def document_statements(
    document: Document, sdoc: Doc, resolver: Resolver, lex: Lexicon, nlp: Language | None = None
) -> list[Statement]:
    """The statements of one parsed document, one per fact and sentence.

    With ``nlp``, title-cased headlines are parsed again in sentence case, since the
    tagger reads "Russia Signs Treaty" as a string of names.
    """
    resolver.begin_document(document.iri)
    prime_quotations(sdoc, document.text)  # the Doc's own text is slow to rebuild from its tokens
    parsed = masked(document.text)  # what was parsed: furniture blanked (same length)
    state = DocState(document, resolver, lex=lex, parsed=parsed)
    spans, lines = document_mentions(document, sdoc, resolver, lex)
    line_sents = {sentence_start(sdoc, ln.place[0]) for ln in lines}
    resolver.note_groups(s.text for s in spans if cls_of(s) is EntityClass.GROUP)
    resolver.note_people(s.text for s in spans if cls_of(s) is EntityClass.PERSON)
    best: dict[tuple[str, str, str, int], Statement] = {}
    mentions = Mentions(spans, lex.anaphoric_nouns)
    state.mentions = mentions
    by_sentence = _by_sentence(spans)
    title_line_end = title_end(document.text, document.title)
    for sent in sdoc.sents:
        here = by_sentence.get(sent.start, [])
        if nlp is not None and headline(sent) and sent.start not in line_sents:
            names = headline_names(parsed, sent, title_line_end)  # the title's, from the body
            recased = sentence_case(sent, here, names, resolver.gaz)
            if recased != sent.text:
                hdoc = headline_doc(sdoc, sent, recased, nlp)
                hstate = DocState(
                    document, resolver, offset=sent.start_char, homes=state.homes, sides=state.sides, lex=lex,
                    named=state.named, parsed=parsed,
                )  # fmt: skip
                hspans = _typed(hdoc, list(hdoc.spans[SPAN_KEY]), resolver, lex)
                hmentions, hby_sentence = Mentions(hspans, lex.anaphoric_nouns), _by_sentence(hspans)
                hstate.mentions = hmentions
                for hsent in hdoc.sents:
                    _sentence_statements(
                        hsent, hby_sentence.get(hsent.start, []), hmentions, hstate, lex, best,
                        static=sent.start_char >= title_line_end,  # a title line's capitals hide which words are names
                    )
                continue
        _sentence_statements(sent, here, mentions, state, lex, best)
    return [
        replace(s, confidence=round(s.confidence * TITLE_FACTOR, 3)) if s.end <= title_line_end else s
        for s in title_sources(one_part(one_seat(one_office(merge_restatements(list(best.values()), resolver, lex, title_line_end)))), title_line_end)
    ]


def _seated_elsewhere(org: EntityRef, country: EntityRef, gaz: Gazetteer) -> bool:
    """Whether the gazetteer seats an organisation (a company of its list) in a state other
    than ``country``."""
    entry = gaz.get(org.label, EntityClass.ORGANIZATION) if org.cls is EntityClass.ORGANIZATION else None
    return entry is not None and entry.country is not None and entry.country != country.label


def document_mentions(
    document: Document, sdoc: Doc, resolver: Resolver, lex: Lexicon
) -> tuple[list[Span], list[SourceLine]]:
    """The typed mentions of one parsed document (the NER's and the mention finder's, the
    ones they missed, each class corrected from context) and its source lines (datelines,
    credits) with which the mentions they hold were re-read."""
    spans = list(sdoc.spans[SPAN_KEY]) if SPAN_KEY in sdoc.spans else []
    defined = resolver.scan_acronyms(document.text)
    spans += acronym_mentions(sdoc, spans, {short: resolver.resolve(long, EntityClass.ORGANIZATION).cls for short, long in defined})
    spans += after_modal(sdoc, spans, resolver.gaz)
    spans += misread_names(sdoc, spans, resolver.gaz)
    spans += missed_places(sdoc, spans, resolver.gaz)
    spans = named_firms(sdoc, spans, lex, resolver.gaz)
    spans = without_model_names(spans, resolver.gaz, lex)
    spans = _typed(sdoc, spans, resolver, lex)
    spans = sorted(spans + repeated_names(sdoc, spans), key=lambda s: (s.start, -s.end))
    spans, aliases = named_aliases(sdoc, spans)
    for other, named in aliases:  # "General X, also known as Y": Y is X
        resolver.define_alias(other.text, named.text, cls_of(named))
    for short, long in initialisms(s.text for s in spans if cls_of(s) is EntityClass.ORGANIZATION):
        if short not in {d[0] for d in defined}:
            resolver.define_acronym(short, long)  # "Border Security Force", then "BSF" undefined
    lines = find_source_lines(sdoc, resolver.gaz)
    return source_line_spans(sdoc, spans, lines), lines


def _typed(sdoc: Doc, spans: list[Span], resolver: Resolver, lex: Lexicon) -> list[Span]:
    """Mentions with their class corrected from context, the document's other mentions
    of the name and the place nouns around it."""
    spans = title_mentions(spans, resolver.gaz, lex)  # "Minister of Foreign Affairs of Peru Juan Soto"
    spans = place_mentions(sdoc, vote_classes(retype(spans, resolver.gaz, lex), resolver.gaz), resolver.gaz, lex)
    return apply_decided_classes(spans, resolver.gaz)


#: Who a headline's "X: ..." can be the source of: a body or person, not a place or country
#: (a place before the colon is where the story is from: "Kiev: ...", "Congo: ...").
SPEAKING = frozenset({EntityClass.ORGANIZATION, EntityClass.PERSON, EntityClass.GROUP})

#: Headlines drop hedges and sources ("offers 100,000 troops" for "up to 100,000"):
#: a statement told only by the title ranks below the body's telling of it.
TITLE_FACTOR = 0.9


def _by_sentence(spans: list[Span]) -> dict[int, list[Span]]:
    """Mentions grouped by the first token of their sentence, in text order."""
    out: dict[int, list[Span]] = {}
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        out.setdefault(sentence_start(span.doc, span.start), []).append(span)
    return out


def _sentence_statements(
    sent: Span,
    spans: list[Span],
    mentions: Mentions,
    state: DocState,
    lex: Lexicon,
    best: dict[tuple[str, str, str, int], Statement],
    static: bool = True,
) -> None:
    """Resolve one sentence's mentions (in text order, so pronouns see what came
    before), then turn its relation candidates into statements kept in ``best``.
    ``static=False`` leaves out the title and apposition rules: in a title-cased title line
    the capitals no longer tell a name from a title ("Chad's Junta Leader Visits Sudan")."""
    for span in spans:
        if cls_of(span) is not None:
            ref = state.ref(span, as_actor=cls_of(span) is EntityClass.COUNTRY)
            if ref is not None:
                state.history.append((span.start, ref, span.root.dep_ in ("nsubj", "nsubjpass") or _coordinated_subject(span)))
                if span.root.dep_ == "conj" and (first := mentions.at(span.root.head)) is not None and first.start in state.coordinated:
                    state.coordinated[first.start].append(ref)
                    state.coordinated[span.start] = state.coordinated[first.start]
                elif any(c.dep_ == "conj" for c in span.root.children):
                    state.coordinated[span.start] = [ref]
                if attribution.speaks(span.root, lex):
                    state.speakers.append((span.start, ref))
    candidates: list[Candidate] = [
        *verb_candidates(sent, mentions, lex),
        *nominal_candidates(sent, mentions, lex),
        *agent_noun_candidates(sent, mentions, lex),
        *toll_candidates(sent, mentions, lex),
        *event_candidates(sent, mentions, lex),
        *attack_candidates(sent, mentions, lex),
        *(static_candidates(sent, mentions, lex) if static else ()),
        *(office_titles(sent, mentions, lex, state.document.date) if static else ()),
        *name_places(sent, spans, state.resolver.gaz, lex),
        *described_orgs(sent, spans, state.resolver.gaz, lex),
        *owned_bodies(sent, spans, state.resolver.gaz, lex),
        *controlled_candidates(sent, mentions, lex),
    ]
    candidates.sort(key=lambda c: c.relation not in _PERSON_RELATIONS)  # whom a person speaks for first
    for cand in candidates:
        first = _statement(cand, sent, state, mentions, lex)
        if first is None:
            continue
        others = state.plurals.get(cand.subject.start, []) if len(cand.subject) == 1 else []
        for stmt in (first, *(  # "Russia and China ... They also condemned Japan": both did
            replace(first, subject=replace(r, text=first.subject.text, start=first.subject.start, end=first.subject.end))
            for r in others if r.iri not in (first.subject.iri, first.object.iri)
        )):
            if stmt.relation in _HOME_RELATIONS and stmt.subject.cls is EntityClass.PERSON and stmt.object.cls is EntityClass.COUNTRY:
                state.homes.setdefault(stmt.subject.iri, stmt.object)  # for a later "his country"
            if stmt.relation in _SIDE_RELATIONS and stmt.subject.cls is EntityClass.PERSON:
                state.sides.setdefault(stmt.subject.iri, stmt.object)  # for a later "we"
            key = (stmt.subject.iri, stmt.relation, stmt.object.iri, stmt.start)
            if key not in best or best[key].confidence < stmt.confidence:
                best[key] = stmt


def _named_owner(cand: Candidate) -> bool:
    """Whether the name that opens what is sent can name its sender: a modifier of troops
    or goods sent with no agent ("US troops were stationed", "NATO troops arrived"), or a
    possessor of goods bought ("ordered China's J-10 jets"); the possessor of what is
    delivered may be its receiver ("Ukraine's F-16s were delivered")."""
    if cand.rule.endswith(":made"):
        return True
    agentless = cand.rule.endswith(":passive") or cand.rule.startswith("verb:arrival")
    return agentless and not any(t.tag_ == "POS" for t in cand.object)


def _coordinated_subject(span: Span) -> bool:
    """A conjunct of a subject ("Russia and China signed ..."): "China" acts too."""
    node = first_conjunct(span.root)
    return node.dep_ in ("nsubj", "nsubjpass")


def _statement(cand: Candidate, sent: Span, state: DocState, mentions: Mentions, lex: Lexicon) -> Statement | None:
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
    if relation in FORCE_RELATIONS and instrument_name(cand.subject, bool(subject.wikidata) or state.resolver.gaz.lookup(subject.label) is not None, lex):
        return None  # "killed by a Shahed drone": a weapon's model, no killer
    if relation is Relation.BASED_IN and (cand.rule or "").startswith("static:") and subject.label[:1].islower() and not any(
        t.pos_ == "PROPN" for t in cand.subject
    ):  # fmt: skip
        return None  # "the army's headquarters in Nyala": one seat of a nameless body is none of its own ("al-Shabaab" has a name)
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


__all__ = ["extract", "iter_statements", "document_statements"]
