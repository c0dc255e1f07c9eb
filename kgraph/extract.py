"""From documents to statements: parse, find relation candidates, resolve, qualify.

``extract`` is the one entry point the CLI, the notebooks and the benchmarks call.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kgraph import __version__
from kgraph.gazetteer import GazEntry, Gazetteer
from kgraph.iri import quantity_iri
from kgraph.nlp import qualifiers as q
from kgraph.nlp.added_mentions import acronym_mentions, after_modal, missed_places
from kgraph.nlp.chunking import pipe_long
from kgraph.nlp.lexicon import Lexicon, load_lexicon
from kgraph.nlp.mentions import MEASURE_NOUNS, SPAN_KEY
from kgraph.nlp.name_places import name_places
from kgraph.nlp.pipeline import load_pipeline
from kgraph.nlp.relations import (
    ACTORS, PLACES, Candidate, Mentions, cls_of, is_anaphor, nominal_candidates, object_fits, toll_candidates, verb_candidates,
)  # fmt: skip
from kgraph.nlp.quotes import quote_speaker
from kgraph.nlp.retype import retype
from kgraph.nlp.source_lines import find_source_lines, source_line_spans
from kgraph.nlp.static_rules import static_candidates
from kgraph.resolve import Resolver, strip_determiner
from kgraph.types import Document, EntityClass, EntityRef, Extraction, MergeReason, Relation, Statement
from kgraph.workers import die_with_parent

log = logging.getLogger(__name__)

EXTRACTOR = "kgraph-rules"

#: Relations whose object acts (a capital or a demonym there stands for the state).
ACTOR_OBJECTS = frozenset(
    {Relation.MEETS_WITH, Relation.COOPERATES_WITH, Relation.THREATENS, Relation.CRITICIZES,
     Relation.SUPPORTS, Relation.ATTACKS, Relation.WORKS_FOR, Relation.PART_OF, Relation.LEADER_OF}
)  # fmt: skip

#: Pronouns that, in quoted speech, stand for the speaker (or the speaker's side).
FIRST_PERSON = frozenset({"i", "we", "me", "us", "my", "our"})

#: Relations whose subject is a place, not an actor ("Bangkok, Thailand": the city).
PLACE_SUBJECTS = frozenset({Relation.LOCATED_IN})

#: Who may be the subject of a relation (the ontology's domains).
DOMAINS: dict[str, frozenset[EntityClass]] = {
    Relation.VISITS: frozenset({EntityClass.PERSON, EntityClass.ORGANIZATION, EntityClass.COUNTRY}),
    Relation.DEPLOYS: frozenset({EntityClass.COUNTRY, EntityClass.ORGANIZATION, EntityClass.PERSON}),
    Relation.SUPPLIES: frozenset({EntityClass.COUNTRY, EntityClass.ORGANIZATION, EntityClass.PERSON}),
    Relation.RECOGNIZES: frozenset({EntityClass.COUNTRY, EntityClass.ORGANIZATION}),
    Relation.LEADER_OF: frozenset({EntityClass.PERSON}),
    Relation.LIVES_IN: frozenset({EntityClass.PERSON}),
    Relation.LOCATED_IN: PLACES,
    Relation.BASED_IN: frozenset({EntityClass.ORGANIZATION}),
    Relation.PART_OF: frozenset({EntityClass.ORGANIZATION, EntityClass.COUNTRY}),
    Relation.WORKS_FOR: frozenset({EntityClass.PERSON, EntityClass.GROUP}),
    Relation.SUFFERED_CASUALTIES: frozenset({EntityClass.COUNTRY, EntityClass.ORGANIZATION, EntityClass.GROUP}),
}

#: Relations that tell a person's country ("his country" is it).
_HOME_RELATIONS = frozenset({Relation.LEADER_OF, Relation.WORKS_FOR, Relation.LIVES_IN})

_PRONOUN_CLASSES: dict[str, frozenset[EntityClass]] = {
    **dict.fromkeys(("he", "him", "his", "she", "her", "hers"), frozenset({EntityClass.PERSON})),
    **dict.fromkeys(("it", "its"), frozenset({EntityClass.COUNTRY, EntityClass.ORGANIZATION, EntityClass.REGION, EntityClass.CITY})),
    **dict.fromkeys(("they", "them", "their"), frozenset({EntityClass.GROUP, EntityClass.COUNTRY, EntityClass.ORGANIZATION})),
}  # fmt: skip


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
    return Extraction(documents=tuple(docs), entities=entities, statements=tuple(statements))


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
        if n_process > 1:
            die_with_parent()
        pending = ((d.text, d) for d in documents)
        pairs = ((d, s) for s, d in pipe_long(nlp, pending, batch_size=batch_size, n_process=max(1, n_process)))
    for document, sdoc in pairs:
        yield document, document_statements(document, sdoc, resolver, lex, nlp)


@dataclass
class _DocState:
    """What one document's extraction remembers: resolved mentions in text order."""

    document: Document
    resolver: Resolver
    refs: dict[tuple[int, int, bool], EntityRef] = field(default_factory=dict)
    history: list[tuple[int, EntityRef, bool]] = field(default_factory=list)  # (token, ref, was a subject)
    offset: int = 0  # where the parsed text starts in the document (a re-parsed headline)
    honorifics: frozenset[str] = frozenset()  # titles a person's mention takes in ("Dr. X")
    anaphors: dict[str, str] = field(default_factory=dict)  # "agency" -> Organization ("the agency")
    homes: dict[str, EntityRef] = field(default_factory=dict)  # person IRI -> the country they serve or live in
    last_victim: EntityRef | None = None  # who the document last said suffered casualties
    _dates: dict[int, list[Span]] | None = None  # DATE/TIME entities by sentence start

    def dates_in(self, sent: Span) -> list[Span]:
        """The sentence's DATE and TIME entities (the document's entities are read once)."""
        if self._dates is None:
            self._dates = {}
            for ent in sent.doc.ents:
                if ent.label_ in ("DATE", "TIME"):
                    self._dates.setdefault(ent.sent.start, []).append(ent)
        return self._dates.get(sent.start, [])

    def ref(self, span: Span, as_actor: bool = False) -> EntityRef | None:
        key = (span.start, span.end, as_actor)
        if key in self.refs:
            return self.refs[key]
        cls = cls_of(span)
        if cls is None:
            ref = self._antecedent(span[0]) if len(span) else None
        elif span.root.pos_ == "NOUN" and is_anaphor(span.root, self.anaphors) and (
            back := self._antecedent(span.root)
        ) is not None:
            ref = back  # "the agency" found as a common-noun mention: the agency named before
        else:
            ref = self.resolver.resolve(
                _surface(span, cls), cls, as_actor=as_actor,
                start=span.start_char + self.offset, end=span.end_char + self.offset,
            )  # fmt: skip
            first = _name_start(span, self.honorifics) if cls is EntityClass.PERSON else span.start
            if first < span.start and ref.cls is EntityClass.PERSON:  # the mention is "President X"
                named = span.doc[first : span.end]
                ref = replace(ref, text=named.text, start=named.start_char + self.offset)
        if ref is not None:
            self.refs[key] = ref
        return ref

    def _antecedent(self, pronoun: Token) -> EntityRef | None:
        """The entity a pronoun, or a definite class noun ("the agency", "his country"),
        refers back to: the nearest earlier mention of a class it can stand for."""
        wanted = _PRONOUN_CLASSES.get(pronoun.lower_)
        said = pronoun.text
        if wanted is None and pronoun.pos_ == "NOUN" and pronoun.lemma_.lower() in self.anaphors:
            wanted = frozenset({EntityClass(self.anaphors[pronoun.lemma_.lower()])})
            said = pronoun.doc[min(c.i for c in pronoun.children if c.dep_ in ("det", "poss")) : pronoun.i + 1].text
            owner = next((c for c in pronoun.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
            if owner is not None:  # "his country": the country of the person "his" is
                person = self._antecedent(owner)
                ref = self.homes.get(person.iri) if person is not None else None
                return self._standing_for(pronoun, said, ref) if EntityClass.COUNTRY in wanted else None
        if wanted is None:
            return None
        earlier = [(pos, ref, subj) for pos, ref, subj in self.history if pos < pronoun.i and ref.cls in wanted]
        if not earlier:
            return None
        # the most recent subject of this or the previous sentence is the likeliest antecedent
        window = pronoun.sent.start - 60
        subjects = [h for h in earlier if h[2] and h[0] >= window]
        return self._standing_for(pronoun, said, (subjects[-1] if subjects else earlier[-1])[1])

    def _standing_for(self, word: Token, said: str, ref: EntityRef | None) -> EntityRef | None:
        """``ref`` as mentioned by ``word`` (a pronoun or noun), the merge recorded."""
        if ref is None:
            return None
        self.resolver.add_alias(ref.iri, said, MergeReason.COREFERENCE)
        start = word.idx + self.offset
        return EntityRef(ref.iri, ref.label, ref.cls, word.text, ref.wikidata, start, start + len(word))


def _nationality(text: str, resolver: Resolver) -> GazEntry | None:
    """The country a phrase's leading demonym names ("North Korean workers" -> North Korea,
    also after an amount: "thousands of North Korean workers")."""
    text = strip_determiner(text)
    amount, of, rest = text.rpartition(" of ")
    last = amount.rsplit(" ", 1)[-1].lower()
    if of and (last in q.VAGUE_AMOUNTS or last in MEASURE_NOUNS):
        text = rest
    prefixed = resolver.gaz.demonym_prefix(text)
    return prefixed[0] if prefixed and prefixed[0].cls is EntityClass.COUNTRY else None


def _name_start(span: Span, honorifics: frozenset[str]) -> int:
    """Where a person's mention starts once the capitalised titles right before the name
    are taken in ("Dr. X", "President X"); a title that something else modifies ("US
    President X", "Illinois Gov. X") describes the person and stays out."""
    doc, first = span.doc, span.start
    while first > span.sent.start and doc[first - 1].is_title and doc[first - 1].lower_.rstrip(".") in honorifics:
        first -= 1
    if first < span.start and first > span.sent.start and doc[first].lower_.rstrip(".") not in COURTESY_TITLES:
        before = doc[first - 1]
        if before.pos_ in ("PROPN", "ADJ") or before.tag_ == "POS":
            return span.start
    return first


#: Titles of address that nothing modifies ("Ms. X", never "US Ms. X").
COURTESY_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "rev", "prof", "sir", "dame"})


def _surface(span: Span, cls: EntityClass) -> str:
    """The mention's words; common nouns of a title-cased headline are lower-cased,
    so "Troops" in a headline and "troops" in the text are one group."""
    if cls not in (EntityClass.GROUP, EntityClass.MATERIEL) or not _headline(span.sent):
        return span.text
    keep = ("GPE", "NORP", "PERSON", "LOC", "FAC")
    return "".join((t.text if t.ent_type_ in keep else t.lower_) + t.whitespace_ for t in span).strip()


def _headline(sent: Span) -> bool:
    """A title-cased line: most of its words start with a capital."""
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and sum(t.is_title for t in words) >= 0.8 * len(words)


def document_statements(
    document: Document, sdoc: Doc, resolver: Resolver, lex: Lexicon, nlp: Language | None = None
) -> list[Statement]:
    """The statements of one parsed document, one per fact and sentence.

    With ``nlp``, title-cased headlines are parsed again in sentence case, since the
    tagger reads "Russia Signs Treaty" as a string of names.
    """
    resolver.begin_document(document.iri)
    state = _DocState(document, resolver, honorifics=lex.honorifics, anaphors=lex.anaphoric_nouns)
    spans = list(sdoc.spans[SPAN_KEY]) if SPAN_KEY in sdoc.spans else []
    defined = resolver.scan_acronyms(document.text)
    spans += acronym_mentions(sdoc, spans, {short: resolver.resolve(long, EntityClass.ORGANIZATION).cls for short, long in defined})
    spans += after_modal(sdoc, spans, resolver.gaz)
    spans += missed_places(sdoc, spans, resolver.gaz)
    spans = retype(spans, resolver.gaz, lex)
    lines = find_source_lines(sdoc, resolver.gaz)
    spans = source_line_spans(sdoc, spans, lines)
    line_sents = {sdoc[ln.place[0]].sent.start for ln in lines}
    resolver.note_groups(s.text for s in spans if cls_of(s) is EntityClass.GROUP)
    best: dict[tuple[str, str, str, int], Statement] = {}
    mentions = Mentions(spans, lex.anaphoric_nouns)
    by_sentence = _by_sentence(spans)
    for sent in sdoc.sents:
        here = by_sentence.get(sent.start, [])
        if nlp is not None and _headline(sent) and sent.start not in line_sents:
            recased = _sentence_case(sent, here)
            if recased != sent.text:
                hdoc = nlp(recased)
                hstate = _DocState(
                    document, resolver, offset=sent.start_char, honorifics=lex.honorifics, anaphors=lex.anaphoric_nouns,
                    homes=state.homes,
                )  # fmt: skip
                hspans = list(hdoc.spans[SPAN_KEY])
                hmentions, hby_sentence = Mentions(hspans, lex.anaphoric_nouns), _by_sentence(hspans)
                for hsent in hdoc.sents:
                    _sentence_statements(hsent, hby_sentence.get(hsent.start, []), hmentions, hstate, lex, best)
                continue
        _sentence_statements(sent, here, mentions, state, lex, best)
    title_end = _title_end(document)
    return [
        replace(s, confidence=round(s.confidence * TITLE_FACTOR, 3)) if s.end <= title_end else s
        for s in best.values()
    ]


#: Headlines drop hedges and sources ("offers 100,000 troops" for "up to 100,000"):
#: a statement told only by the title ranks below the body's telling of it.
TITLE_FACTOR = 0.9


def _title_end(document: Document) -> int:
    """Where the document's title line ends (0 when it has none): its first line,
    when that is the reader's title or a short line with no closing full stop."""
    first, _, rest = document.text.lstrip().partition("\n")
    first = first.strip()
    if not first or not rest.strip():  # a one-line document is all body
        return 0
    is_title = (document.title is not None and first == document.title.strip()) or (
        len(first.split()) <= 30 and first[-1] not in ".!\"'”’"
    )
    return document.text.find(first) + len(first) if is_title else 0


def _by_sentence(spans: list[Span]) -> dict[int, list[Span]]:
    """Mentions grouped by the first token of their sentence, in text order."""
    out: dict[int, list[Span]] = {}
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        out.setdefault(span.sent.start, []).append(span)
    return out


def _sentence_statements(
    sent: Span,
    spans: list[Span],
    mentions: Mentions,
    state: _DocState,
    lex: Lexicon,
    best: dict[tuple[str, str, str, int], Statement],
) -> None:
    """Resolve one sentence's mentions (in text order, so pronouns see what came
    before), then turn its relation candidates into statements kept in ``best``."""
    for span in spans:
        if cls_of(span) is not None:
            ref = state.ref(span, as_actor=cls_of(span) is EntityClass.COUNTRY)
            if ref is not None:
                state.history.append((span.start, ref, span.root.dep_ in ("nsubj", "nsubjpass")))
    candidates: list[Candidate] = [
        *verb_candidates(sent, mentions, lex),
        *nominal_candidates(sent, mentions, lex),
        *toll_candidates(sent, mentions, lex),
        *static_candidates(sent, mentions, lex),
        *name_places(sent, spans, state.resolver.gaz),
    ]
    for cand in candidates:
        stmt = _statement(cand, sent, state, mentions, lex)
        if stmt is None:
            continue
        if stmt.relation in _HOME_RELATIONS and stmt.subject.cls is EntityClass.PERSON and stmt.object.cls is EntityClass.COUNTRY:
            state.homes.setdefault(stmt.subject.iri, stmt.object)  # for a later "his country"
        key = (stmt.subject.iri, stmt.relation, stmt.object.iri, stmt.start)
        if key not in best or best[key].confidence < stmt.confidence:
            best[key] = stmt


def _sentence_case(sent: Span, spans: list[Span]) -> str:
    """A headline with every word lower-cased but names and acronyms (same length)."""
    named = {
        i for s in spans if s.label_ not in (EntityClass.GROUP, EntityClass.MATERIEL, EntityClass.AGREEMENT, EntityClass.EVENT)
        for i in range(s.start, s.end)
    }  # fmt: skip
    out = []
    for t in sent:
        word = t.text if t.i in named or t.is_upper or t.ent_type_ in ("GPE", "NORP", "PERSON") else t.lower_
        out.append((word if len(word) == len(t.text) else t.text) + t.whitespace_)
    return "".join(out)[: len(sent.text)]


def _statement(cand: Candidate, sent: Span, state: _DocState, mentions: Mentions, lex: Lexicon) -> Statement | None:
    document = state.document
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
    else:
        obj = state.ref(cand.object, as_actor=cand.relation in ACTOR_OBJECTS)
    if obj is None or cls_of(cand.object) is None and not object_fits(cand.relation, obj.cls):
        return None  # a pronoun whose antecedent does not fit the relation
    if len(cand.subject) == 0:  # passive without agent: infer the state from the group's nationality
        entry = _nationality(cand.object.text, state.resolver)  # "North Korean workers"
        if entry is not None:
            found = state.resolver.resolve(entry.label, entry.cls, as_actor=True)
            subject = EntityRef(found.iri, found.label, found.cls, cand.object.text, found.wikidata)
        elif cand.relation is Relation.SUFFERED_CASUALTIES and (group := state.ref(cand.object)) is not None:
            subject = group  # casualties of a group with no nationality named
        elif cand.relation is Relation.SUFFERED_CASUALTIES and state.last_victim is not None:
            subject = state.last_victim  # "..., although others put the death toll at 15,000"
        else:
            return None
        confidence *= 0.6
    else:
        subject_span = cand.subject
        if len(subject_span) == 1 and subject_span[0].lower_ in FIRST_PERSON:
            speaker = mentions.at(q.reporter_of(cand.trigger, lex))  # '"We will send ...," X said'
            subject_span = speaker if speaker is not None else subject_span
        found = state.ref(subject_span, as_actor=cand.relation not in PLACE_SUBJECTS)
        if found is None:
            return None
        group_domain = DOMAINS.get(Relation.WORKS_FOR if cand.relation is Relation.PART_OF else cand.relation, ACTORS)
        if found.cls is EntityClass.GROUP and EntityClass.GROUP not in group_domain:
            entry = _nationality(subject_span.text, state.resolver)  # "the French minister"
            if entry is not None:
                state_ref = state.resolver.resolve(entry.label, entry.cls, as_actor=True)
                found = EntityRef(state_ref.iri, state_ref.label, state_ref.cls, subject_span.text, state_ref.wikidata,
                                  found.start, found.end)  # fmt: skip
                confidence *= 0.8
        subject = found
    if subject.iri == obj.iri:
        return None
    relation = cand.relation
    if relation is Relation.PART_OF and subject.cls in (EntityClass.PERSON, EntityClass.GROUP):
        relation = Relation.WORKS_FOR  # "X joined Google": a person is a member, not a part
    if subject.cls not in DOMAINS.get(relation, ACTORS):
        return None
    if cand.relation is Relation.LOCATED_IN and subject.cls is EntityClass.COUNTRY and subject.wikidata:
        return None  # a sovereign state the gazetteer knows lies in no other place ("Russia in Ukraine")
    recipient = destination = None
    if cand.target is not None:
        target = state.ref(cand.target, as_actor=False)
        if target is not None and target.iri != subject.iri:
            if target.cls in PLACES - {EntityClass.COUNTRY}:
                destination = target
            else:
                recipient = state.ref(cand.target, as_actor=True)
    if cand.helped is not None and recipient is None:
        helped = state.ref(cand.helped, as_actor=True)
        if helped is not None and helped.iri != subject.iri:
            recipient = helped
    status, factor = q.status_of(cand.trigger, sent, lex, cand.object.start)
    according_to = None
    if cand.source is not None:  # the rule knows who gives the figure
        according_to = state.ref(cand.source, as_actor=True)
    elif (
        reporter := q.reporter_of(cand.trigger, lex) or q.according_to_phrase(sent) or quote_speaker(sent, lex)
    ) is not None:
        span = mentions.at(reporter)
        if span is not None:
            according_to = state.ref(span, as_actor=True)
    if according_to is not None and according_to.iri == subject.iri:
        according_to = None  # an actor announcing its own act is the act's source, not a third party
    if cand.relation in (Relation.DEPLOYS, Relation.SUPPLIES, Relation.KILLED):
        quantity = q.quantity_of(cand.object.root, lex)
    start, end = sent.start_char + state.offset, sent.end_char + state.offset
    text = document.text
    while end > start and text[end - 1].isspace():
        end -= 1
    if cand.relation is Relation.SUFFERED_CASUALTIES:
        state.last_victim = subject
    if relation is Relation.WORKS_FOR and obj.cls in (EntityClass.CITY, EntityClass.REGION, EntityClass.PLACE):
        relation = Relation.LIVES_IN  # "Chicago lawyer X": no one works for a town; X is from it
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
        time=q.time_of(cand.trigger, sent, document.date, state.dates_in(sent)),
        according_to=according_to,
        label=cand.label,
        rule=cand.rule,
        extractor=EXTRACTOR,
        extractor_version=__version__,
    )


__all__ = ["extract", "iter_statements", "document_statements"]
