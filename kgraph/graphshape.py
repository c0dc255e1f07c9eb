"""What kgraph's graph holds, written once for every RDF library that writes it.

:func:`parts` yields every quad of an extraction's dataset (the design is described in
:mod:`kgraph.graph`). It makes its terms through a :class:`Vocabulary` over a
:class:`Terms`, so the one function gives rdflib terms (:data:`RDFLIB`: the in-memory
dataset of :func:`kgraph.graph.build_dataset`, notebooks, validation) and N-Triples terms
(:data:`NTRIPLES`: text that Oxigraph parses and serialises, for the graph files of
:class:`kgraph.graphfiles.GraphFiles` and for the store), each built directly from the
records, neither converted from the other. Both backends therefore write the same graph.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import math
import re
from collections.abc import Callable, Hashable, Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from itertools import chain
from typing import Any

from rdflib import Literal, URIRef

from kgraph import types
from kgraph.errors import GraphError
from kgraph.iri import base_iri, ontology_iri, slug, statement_iri
from kgraph.namespaces import SCHEMA, XSD, kg_namespace, prefixes
from kgraph.rdfread import ROLES

__all__ = [
    "NTRIPLES",
    "RDFLIB",
    "SCHEMA_TYPES",
    "Terms",
    "Vocabulary",
    "all_entities",
    "default_graph",
    "parts",
    "statement_iri_of",
    "time_value",
    "vocabulary",
    "wikidata_item",
]

log = logging.getLogger(__name__)

#: The schema.org class an instance of a kgraph class also carries: the class's schema.org
#: superclass in ``ontology/kgraph.ttl`` (so schema.org-aware tools need no reasoner).
SCHEMA_TYPES: dict[str, URIRef] = {
    types.EntityClass.PERSON.value: SCHEMA.Person,
    types.EntityClass.COUNTRY.value: SCHEMA.Country,
    types.EntityClass.REGION.value: SCHEMA.AdministrativeArea,
    types.EntityClass.CITY.value: SCHEMA.City,
    types.EntityClass.PLACE.value: SCHEMA.Place,
    types.EntityClass.ORGANIZATION.value: SCHEMA.Organization,
    types.EntityClass.EVENT.value: SCHEMA.Event,
    "Document": SCHEMA.CreativeWork,
}

_IRI_RE = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:[^\x00-\x20<>\"{}|\\^`]+$")
_QID_RE = re.compile(r"^(?:http://www\.wikidata\.org/entity/)?(Q[1-9][0-9]*)$")
_TIME_TYPES = (
    (re.compile(r"^\d{4}-\d{2}-\d{2}$"), "xsd:date"),
    (re.compile(r"^\d{4}-(?:0[1-9]|1[0-2])$"), "xsd:gYearMonth"),
    (re.compile(r"^\d{4}$"), "xsd:gYear"),
)
#: The predicates that name an entity, copied with the facts into TriG's default graph.
NAMING = ("rdf:type", "skos:prefLabel", "skos:altLabel", "owl:sameAs")


# --- terms ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Terms:
    """How one RDF library makes terms: ``iri(text)``; ``literal(lexical, datatype)`` with
    a datatype IRI made by ``iri`` or None for a plain string; ``integer(n)``."""

    name: str
    iri: Callable[[str], Any]
    literal: Callable[[str, Any], Any]
    integer: Callable[[int], Any]


_NT_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"})
_NT_INTEGER = f"<{XSD.integer}>"


def _nt_literal(lexical: str, datatype: str | None) -> str:
    text = '"' + lexical.translate(_NT_ESCAPES) + '"'
    return text if datatype is None else f"{text}^^{datatype}"


#: rdflib terms (``URIRef``, ``Literal``).
RDFLIB = Terms("rdflib", URIRef, lambda lexical, datatype: Literal(lexical, datatype=datatype), lambda n: Literal(int(n)))
#: Terms as N-Triples text (``<iri>``, ``"text"^^<datatype>``): a quad is one line of N-Quads.
NTRIPLES = Terms("ntriples", "<{}>".format, _nt_literal, lambda n: f'"{int(n)}"^^{_NT_INTEGER}')


class Vocabulary:
    """The terms of one :class:`Terms` for the base IRI in force when it was made: IRIs
    by prefixed name (``v["kg:source"]``, ``v["rdf:type"]``; kgraph's prefixes, ``kg:``
    names checked against the ontology) or by full IRI, each made once."""

    def __init__(self, terms: Terms) -> None:
        self.terms = terms
        self.iri = terms.iri
        self.literal = terms.literal
        self.integer = terms.integer
        self.base = base_iri()
        self._kg = kg_namespace()
        self._namespaces = {prefix: str(ns) for prefix, ns in prefixes().items()}
        self._made: dict[str, Any] = {}

    def __getitem__(self, name: str) -> Any:
        term = self._made.get(name)
        if term is None:
            prefix, _, local = name.partition(":")
            if prefix == "kg":
                iri = str(self._kg[local])  # AttributeError for a term the ontology lacks
            elif prefix in self._namespaces:
                iri = self._namespaces[prefix] + local
            else:
                iri = name
            term = self._made[name] = self.iri(iri)
        return term

    def text(self, value: str) -> Any:
        """A plain string literal."""
        return self.literal(value, None)


def vocabulary(terms: Terms) -> Vocabulary:
    """The :class:`Vocabulary` of ``terms`` for the current base IRI (made once)."""
    return _vocabulary(terms, ontology_iri())


@lru_cache(maxsize=8)
def _vocabulary(terms: Terms, _base: str) -> Vocabulary:
    return Vocabulary(terms)


# --- quads ---------------------------------------------------------------------------


def parts(extraction: types.Extraction, v: Vocabulary, *, include_text: bool = False) -> tuple[Iterator[tuple], Iterator[tuple]]:
    """Every quad of the dataset of ``extraction``, in a stable order, in two parts: those
    that another extraction may hold too (descriptions of documents and entities,
    resolutions, the plain facts, the extraction activities and agents), and those of the
    statement nodes (each statement with its evidence, mentions, quantity and time),
    which only the extraction of their document holds. The second part holds no plain
    fact and names no entity: :func:`default_graph` of the first part is that of both.

    Entities that statements refer to but ``extraction.entities`` lacks are described
    from the statements' references; documents likewise from the statements' sources.

    Raises:
        GraphError: an IRI, Wikidata id, relation, status or number cannot be written
            (when the parts are consumed).
    """
    docs = {d.iri: d for d in extraction.documents}
    for st in extraction.statements:
        if st.doc_iri not in docs:
            docs[st.doc_iri] = types.Document(iri=st.doc_iri, source=st.doc, text="", sha256="")
    seen: dict[str, types.Statement] = {}
    nodes = [(node, st) for st in extraction.statements if (node := statement_iri_of(st, seen)) is not None]
    described = _described(extraction, docs, v, include_text)
    run = (extraction.started, extraction.ended)
    sources = _Sources(v)
    shared = chain.from_iterable(_shared_statement_quads(v, sources(st), st, run) for _, st in nodes)
    once = chain.from_iterable(_statement_quads(v, sources(st), node, st) for node, st in nodes)
    return chain(described, shared), once


class _Sources:
    """The terms of the documents and extractors of one extraction's statements, each
    made once: the document's graph and node, the extractor (a ``prov:SoftwareAgent``)
    and its extraction of the document (a ``prov:Activity``)."""

    def __init__(self, v: Vocabulary) -> None:
        self._v = v
        self._made: dict[tuple[str, str, str], tuple[Any, Any, Any, Any]] = {}

    def __call__(self, st: types.Statement) -> tuple[Any, Any, Any, Any]:
        key = (st.doc_iri, st.extractor, st.extractor_version)
        terms = self._made.get(key)
        if terms is None:
            v, base = self._v, self._v.base
            name = f"{slug(st.extractor, 40)}-{_digest(f'{st.extractor}{chr(31)}{st.extractor_version}', 10)}"
            terms = self._made[key] = (
                v.iri(document_graph(st.doc_iri, base)),
                v.iri(checked_iri(st.doc_iri, "document")),
                v.iri(f"{base}id/agent/{name}"),
                v.iri(f"{base}id/activity/{name}-{_digest(st.doc_iri, 12)}"),
            )
        return terms


def _described(extraction: types.Extraction, docs: dict[str, types.Document], v: Vocabulary, include_text: bool) -> Iterator[tuple]:
    graph = v.iri(documents_graph())
    for doc in sorted(docs.values(), key=lambda d: d.iri):
        for s, p, o in _document_triples(v, doc, include_text):
            yield s, p, o, graph
    entities = all_entities(extraction)
    graph = v.iri(entities_graph())
    for entity in sorted(entities.values(), key=lambda e: e.iri):
        for s, p, o in _entity_triples(v, entity):
            yield s, p, o, graph
    for doc_iri, resolution in sorted(extraction.resolutions.items()):
        d = v.iri(checked_iri(doc_iri, "document"))
        yield d, v["kg:resolution"], v.literal(resolution.to_json(), v["rdf:JSON"]), v.iri(documents_graph())
        graph = v.iri(document_graph(doc_iri, v.base))
        for entity in resolution.entities:
            for s, p, o in _alias_triples(v, entity):
                yield s, p, o, graph


def entities_graph() -> str:
    """The IRI of the named graph holding entity descriptions."""
    return f"{base_iri()}id/graph/entities"


def documents_graph() -> str:
    """The IRI of the named graph holding document descriptions."""
    return f"{base_iri()}id/graph/documents"


def document_graph(doc_iri: str, base: str | None = None) -> str:
    """The IRI of the named graph holding the statements of one document (under
    ``base``, by default :func:`kgraph.iri.base_iri`)."""
    return f"{base or base_iri()}id/graph/{_digest(doc_iri, 16)}"


def all_entities(extraction: types.Extraction) -> dict[str, types.Entity]:
    """Every entity of ``extraction`` by IRI, also those only its statements describe."""
    entities = dict(extraction.entities)
    for st in extraction.statements:
        for ref in st.refs():
            if ref.iri not in entities:
                entities[ref.iri] = types.Entity(ref.iri, ref.label, ref.cls, ref.wikidata)
    return entities


def statement_iri_of(st: types.Statement, seen: dict[str, types.Statement] | None = None) -> str | None:
    """The IRI of ``st``; with ``seen``, None for an exact duplicate and a distinct IRI for
    a different statement of the same triple at the same offset.

    Raises:
        GraphError: the IRI is not an absolute IRI.
    """
    iri = statement_iri(st.doc_iri, st.subject.iri, st.relation, st.object.iri, st.start)
    if seen is not None:
        if iri in seen and seen[iri] == st:
            return None
        if iri in seen:
            iri += "-" + hashlib.sha1(repr(st).encode("utf-8", "surrogatepass")).hexdigest()[:10]
            if iri in seen:
                return None
        seen[iri] = st
    return checked_iri(iri, "statement")


def default_graph(triples: Iterable[tuple[Hashable, Hashable, Hashable]], v: Vocabulary) -> list[tuple]:
    """The asserted facts among ``triples`` (plain triples of a kgraph relation) and what
    names their entities (:data:`NAMING` of a subject with a ``skos:prefLabel``), each
    once, in the order first seen: what TriG files hold in their default graph."""
    triples = list(triples)
    facts = {v["kg:" + r.value] for r in types.Relation}
    naming = {v[name] for name in NAMING}
    label = v["skos:prefLabel"]
    entities = {s for s, p, _ in triples if p == label}
    chosen = (t for t in triples if t[1] in facts or (t[1] in naming and t[0] in entities))
    return list(dict.fromkeys(chosen))


# --- triples -------------------------------------------------------------------------


def _document_triples(v: Vocabulary, doc: types.Document, include_text: bool) -> Iterator[tuple]:
    d = v.iri(checked_iri(doc.iri, "document"))
    yield d, v["rdf:type"], v["kg:Document"]
    yield d, v["rdf:type"], v[SCHEMA_TYPES["Document"]]
    yield d, v["kg:source"], v.text(doc.source)
    if doc.sha256:
        yield d, v["kg:sha256"], v.text(doc.sha256)
    if doc.title is not None:
        title = v.text(doc.title)
        yield d, v["kg:title"], title
        yield d, v["dcterms:title"], title
    if doc.date is not None:
        day = v.literal(dt.date(doc.date.year, doc.date.month, doc.date.day).isoformat(), v["xsd:date"])
        yield d, v["kg:date"], day
        yield d, v["dcterms:issued"], day
    if doc.url is not None:
        url = v.literal(doc.url, v["xsd:anyURI"])
        yield d, v["kg:url"], url
        yield d, v["schema:url"], url
    if include_text:
        yield d, v["kg:content"], v.text(doc.text)


def _entity_triples(v: Vocabulary, entity: types.Entity) -> Iterator[tuple]:
    e = v.iri(checked_iri(entity.iri, "entity"))
    cls = types.EntityClass(entity.cls).value
    yield e, v["rdf:type"], v["kg:" + cls]
    if cls in SCHEMA_TYPES:
        yield e, v["rdf:type"], v[SCHEMA_TYPES[cls]]
    yield e, v["skos:prefLabel"], v.text(entity.label)
    if entity.wikidata:
        yield e, v["owl:sameAs"], v.iri(wikidata_item(entity.wikidata))
    yield from _alias_triples(v, entity, e)


def _alias_triples(v: Vocabulary, entity: types.Entity, e: object = None) -> Iterator[tuple]:
    if e is None:
        e = v.iri(checked_iri(entity.iri, "entity"))
    for alias in entity.aliases:
        text = v.text(alias.text)
        if alias.text != entity.label:
            yield e, v["skos:altLabel"], text
        reason = types.MergeReason(alias.reason).value
        key = "\x1f".join((entity.iri, alias.text, reason))
        a = v.iri(f"{v.base}id/alias/{_digest(key, 20)}")
        yield e, v["kg:alias"], a
        yield a, v["rdf:type"], v["kg:Alias"]
        yield a, v["kg:text"], text
        yield a, v["kg:reason"], v.text(reason)


def _relation_status(v: Vocabulary, st: types.Statement) -> tuple[Any, Any]:
    try:
        return v["kg:" + types.Relation(st.relation).value], v["kg:" + types.Status(st.status).value]
    except ValueError as e:
        raise GraphError(f"statement of {st.doc} at {st.start}: {e}; use a kgraph relation and status") from e


def _statement_quads(v: Vocabulary, source: tuple, node: str, st: types.Statement) -> Iterator[tuple]:
    """The statement node ``node`` of ``st`` with its evidence, mentions, quantity and
    time, in the graph of its document (``source``: see :class:`_Sources`)."""
    relation, status = _relation_status(v, st)
    g, doc, _, activity = source
    s = v.iri(node)
    a, text, start, end = v["rdf:type"], v["kg:text"], v["kg:start"], v["kg:end"]
    yield s, a, v["kg:Statement"], g
    yield s, v["rdf:subject"], v.iri(checked_iri(st.subject.iri, "entity")), g
    yield s, v["rdf:predicate"], relation, g
    yield s, v["rdf:object"], v.iri(checked_iri(st.object.iri, "entity")), g
    yield s, v["kg:status"], status, g
    yield s, v["kg:confidence"], _decimal(v, st.confidence, "confidence"), g
    yield s, v["prov:wasDerivedFrom"], doc, g
    ev = v.iri(f"{node}-evidence")
    yield s, v["kg:evidence"], ev, g
    yield ev, a, v["kg:Evidence"], g
    yield ev, v["prov:wasDerivedFrom"], doc, g
    yield ev, v["kg:sentence"], v.text(st.sentence), g
    yield ev, start, v.integer(st.start), g
    yield ev, end, v.integer(st.end), g
    for role, ref in _roles(st):
        entity = v.iri(checked_iri(ref.iri, "entity"))
        if role not in ("subject", "object"):
            yield s, v["kg:" + role], entity, g
        m = v.iri(f"{node}-{role}")
        yield s, v["kg:mention"], m, g
        yield m, a, v["kg:Mention"], g
        yield m, v["kg:role"], v.text(role), g
        yield m, v["kg:mentionOf"], entity, g
        yield m, text, v.text(ref.text), g
        if ref.start is not None:
            yield m, start, v.integer(ref.start), g
        if ref.end is not None:
            yield m, end, v.integer(ref.end), g
    if st.quantity is not None:
        for triple in _quantity_triples(v, s, node, st.quantity):
            yield *triple, g
    if st.time is not None:
        for triple in _time_triples(v, s, node, st.time):
            yield *triple, g
    if st.label is not None:
        yield s, v["kg:label"], v.text(st.label), g
    if st.rule is not None:
        yield s, v["kg:rule"], v.text(st.rule), g
    yield s, v["prov:wasGeneratedBy"], activity, g


def _shared_statement_quads(
    v: Vocabulary, source: tuple, st: types.Statement, run: tuple[dt.datetime | None, dt.datetime | None]
) -> Iterator[tuple]:
    """What ``st`` shares with the other statements of its document (the activity that
    generated them: the extraction of the document by its extractor, with the time of
    the run when known, and the extractor) and, asserted, with other documents (the
    plain fact ``subject kg:<relation> object``)."""
    relation, _ = _relation_status(v, st)
    g, doc, agent, activity = source
    yield activity, v["rdf:type"], v["prov:Activity"], g
    yield activity, v["prov:wasAssociatedWith"], agent, g
    yield activity, v["prov:used"], doc, g
    for prop, when in (("prov:startedAtTime", run[0]), ("prov:endedAtTime", run[1])):
        if when is not None:
            yield activity, v[prop], v.literal(when.isoformat(timespec="seconds"), v["xsd:dateTime"]), g
    yield agent, v["rdf:type"], v["prov:SoftwareAgent"], g
    yield agent, v["rdfs:label"], v.text(st.extractor), g
    yield agent, v["kg:version"], v.text(st.extractor_version), g
    if st.status == types.Status.ASSERTED:
        subj, obj = checked_iri(st.subject.iri, "entity"), checked_iri(st.object.iri, "entity")
        yield v.iri(subj), relation, v.iri(obj), g


def _quantity_triples(v: Vocabulary, s: object, node: str, q: types.Quantity) -> Iterator[tuple]:
    n = v.iri(f"{node}-quantity")
    yield s, v["kg:quantity"], n
    yield n, v["rdf:type"], v["kg:Quantity"]
    yield n, v["kg:text"], v.text(q.text)
    for prop, value in (("kg:value", q.value), ("kg:min", q.min), ("kg:max", q.max)):
        if value is not None:
            yield n, v[prop], _decimal(v, value, "quantity")
    if q.unit is not None:
        yield n, v["kg:unit"], v.text(q.unit)
    if q.hedge is not None:
        yield n, v["kg:hedge"], v.text(q.hedge)


def _time_triples(v: Vocabulary, s: object, node: str, t: types.TimeExpr) -> Iterator[tuple]:
    n = v.iri(f"{node}-time")
    yield s, v["kg:time"], n
    yield n, v["rdf:type"], v["kg:TimeExpression"]
    yield n, v["kg:text"], v.text(t.text)
    if t.value is not None:
        value, datatype = time_value(t.value)
        yield n, v["kg:value"], v.literal(value, None if datatype is None else v[datatype])
    if t.precision is not None:
        yield n, v["kg:precision"], v.text(t.precision)
    if t.bound is not None:
        yield n, v["kg:bound"], v.text(t.bound)


def _roles(st: types.Statement) -> Iterator[tuple[str, types.EntityRef]]:
    for role, ref in zip(ROLES, (st.subject, st.object, st.recipient, st.destination, st.location, st.according_to)):
        if ref is not None:
            yield role, ref


# --- values --------------------------------------------------------------------------


def checked_iri(iri: str, what: str) -> str:
    """``iri`` itself if it is an absolute IRI that N-Triples can write.

    Raises:
        GraphError: it is not.
    """
    if not _IRI_RE.match(iri):
        raise GraphError(f"{what} IRI {iri!r} is not an absolute IRI; mint it with kgraph.iri")
    return iri


def wikidata_item(qid: str) -> str:
    """The IRI of a Wikidata item (``Q423`` or its full IRI).

    Raises:
        GraphError: ``qid`` is not a Wikidata item id.
    """
    match = _QID_RE.match(qid.strip())
    if not match:
        raise GraphError(f"Wikidata id {qid!r} is not an item id like 'Q423'")
    return "http://www.wikidata.org/entity/" + match.group(1)


def time_value(value: str) -> tuple[str, str | None]:
    """An ISO date, month or year with its datatype (``xsd:date``, ``xsd:gYearMonth``,
    ``xsd:gYear``), else the text with None (a plain string; logged)."""
    for pattern, datatype in _TIME_TYPES:
        if pattern.match(value):
            if datatype == "xsd:date":
                try:
                    dt.date.fromisoformat(value)
                except ValueError:
                    break
            return value, datatype
    log.warning("time value %r is not an ISO date, month or year; stored as a string", value)
    return value, None


def _decimal(v: Vocabulary, x: float, what: str) -> Any:
    try:
        number = float(x)
    except (TypeError, ValueError) as e:
        raise GraphError(f"{what} {x!r} is not a number") from e
    if not math.isfinite(number):
        raise GraphError(f"{what} {x!r} is not a finite number")
    return v.literal(format(Decimal(repr(number)), "f"), v["xsd:decimal"])


def _digest(text: str, n: int) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:n]
