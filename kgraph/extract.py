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

from kgraph.acronyms import initialisms
from kgraph.coreference import DocState, headline
from kgraph.gazetteer import Gazetteer
from kgraph.nlp import attribution
from kgraph.nlp.added_mentions import (
    acronym_mentions, after_modal, misread_names, missed_places, named_aliases, named_firms, repeated_names,
)  # fmt: skip
from kgraph.nlp.docmemo import sentence_start
from kgraph.nlp.furniture import masked
from kgraph.nlp.headlines import headline_doc, headline_names, sentence_case, title_end
from kgraph.nlp.chunking import pipe_long
from kgraph.nlp.class_votes import apply_decided_classes, vote_classes
from kgraph.nlp.attack_rules import attack_candidates
from kgraph.nlp.event_rules import event_candidates
from kgraph.nlp.lexicon import Lexicon, load_lexicon
from kgraph.nlp.mentions import SPAN_KEY
from kgraph.nlp.described_orgs import described_orgs
from kgraph.nlp.name_places import name_places
from kgraph.nlp.place_lists import places_in_lists
from kgraph.nlp.place_mentions import controlled_candidates, place_mentions
from kgraph.nlp.casualty_counts import toll_candidates
from kgraph.nlp.model_names import without_model_names
from kgraph.nlp.pipeline import load_pipeline
from kgraph.nlp.nominals import agent_noun_candidates, nominal_candidates
from kgraph.nlp.relations import Candidate, Mentions, cls_of, verb_candidates
from kgraph.nlp.quotes import prime_quotations
from kgraph.nlp.retype import retype
from kgraph.nlp.role_mentions import title_mentions
from kgraph.nlp.source_lines import SourceLine, find_source_lines, source_line_spans
from kgraph.nlp.office_titles import office_titles
from kgraph.nlp.static_roles import owned_bodies
from kgraph.nlp.static_rules import static_candidates
from kgraph.nlp.syntax import first_conjunct
from kgraph.offices import one_office, one_part, one_seat
from kgraph.resolve import Resolver
from kgraph.restatements import merge_restatements
from kgraph.statements import statement_of
from kgraph.title_sources import title_sources
from kgraph.types import Document, EntityClass, Extraction, Relation, Statement

log = logging.getLogger(__name__)

#: Relations that tell whom a person speaks for ("we" in their quotation).
_SIDE_RELATIONS = frozenset({Relation.LEADER_OF, Relation.WORKS_FOR})
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
    mentions = Mentions(spans, lex.anaphoric_nouns, lex.title_words)
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
                hmentions, hby_sentence = Mentions(hspans, lex.anaphoric_nouns, lex.title_words), _by_sentence(hspans)
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
    return apply_decided_classes(places_in_lists(spans, resolver.gaz), resolver.gaz)


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
        first = statement_of(cand, sent, state, mentions, lex)
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


def _coordinated_subject(span: Span) -> bool:
    """A conjunct of a subject ("Russia and China signed ..."): "China" acts too."""
    node = first_conjunct(span.root)
    return node.dep_ in ("nsubj", "nsubjpass")


__all__ = ["extract", "iter_statements", "document_statements"]
