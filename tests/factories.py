"""Hand-made Documents, Entities and Statements for tests (no spaCy needed).

``sample_extraction()`` is a small but complete Extraction: two documents, entities of
several classes with aliases and Wikidata ids, and statements that use every qualifier
and every status, including a negated one and a relatedTo with its label.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from kgraph import iri
from kgraph.types import (
    Alias,
    Document,
    Entity,
    EntityClass,
    EntityRef,
    Extraction,
    MergeReason,
    Quantity,
    Relation,
    Resolution,
    Statement,
    Status,
    TimeExpr,
)

TEXT_A = (
    "North Korea has shipped almost two million rounds of artillery ammunition to Russia. "
    "Pyongyang announced that it will send military engineers to the Donetsk region next month, "
    "according to South Korean intelligence. "
    "The Kremlin denied that Russia supplied technology to North Korea. "
    "Vladimir Putin met Kim Jong Un in Pyongyang. "
    "Putin praised the partnership."
)
TEXT_B = (
    "Ukraine says Russian forces lost more than 1,000 soldiers near Avdiivka. "
    "Russia and North Korea signed a mutual defence treaty."
)


def make_document(source: str, text: str, *, title: str | None = None, date: dt.date | None = None,
                  url: str | None = None) -> Document:
    """A document whose IRI and digest follow from its source and text."""
    return Document(
        iri=iri.document_iri(source),
        source=source,
        text=text,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        title=title,
        date=date,
        url=url,
    )


def extracted_triples(text: str, date: dt.date | None = None) -> frozenset[tuple[str, str, str]]:
    """(subject label, relation, object label) of every statement ``kgraph.extract``
    finds in ``text`` (a document of its own, dated ``date``); loads spaCy."""
    from kgraph.extract import extract

    doc = make_document("test:" + text, text, date=date)
    return frozenset((s.subject.label, str(s.relation), s.object.label) for s in extract([doc]).statements)


def make_entity(label: str, cls: EntityClass, wikidata: str | None = None,
                aliases: tuple[tuple[str, MergeReason], ...] = ()) -> Entity:
    """An entity with a minted IRI; aliases sorted by text and reason as the graph returns them."""
    items = sorted({Alias(text, reason) for text, reason in aliases}, key=lambda a: (a.text, a.reason.value))
    return Entity(iri=iri.entity_iri(cls, label), label=label, cls=cls, wikidata=wikidata, aliases=tuple(items))


def ref(entity: Entity, text: str | None = None, doc: Document | None = None) -> EntityRef:
    """A mention of ``entity``; with ``doc``, offsets of the first occurrence of ``text``."""
    words = text if text is not None else entity.label
    start = end = None
    if doc is not None and words in doc.text:
        start = doc.text.index(words)
        end = start + len(words)
    return EntityRef(iri=entity.iri, label=entity.label, cls=entity.cls, text=words,
                     wikidata=entity.wikidata, start=start, end=end)


def sentence_of(doc: Document, fragment: str) -> tuple[str, int, int]:
    """The sentence of ``doc`` containing ``fragment``, and its offsets."""
    at = doc.text.index(fragment)
    start = doc.text.rfind(". ", 0, at)
    start = 0 if start < 0 else start + 2
    end = doc.text.find(". ", at)
    end = len(doc.text) if end < 0 else end + 1
    return doc.text[start:end], start, end


def make_statement(doc: Document, subject: EntityRef, relation: Relation | str, obj: EntityRef,
                   fragment: str, **qualifiers: object) -> Statement:
    """A statement of the sentence of ``doc`` containing ``fragment``."""
    sentence, start, end = sentence_of(doc, fragment)
    fields: dict[str, object] = {"extractor": "kgraph", "extractor_version": "0.1.0", "confidence": 0.8}
    fields.update(qualifiers)
    return Statement(doc=doc.source, doc_iri=doc.iri, subject=subject, relation=str(relation),
                     object=obj, sentence=sentence, start=start, end=end, **fields)  # type: ignore[arg-type]


def sample_entities() -> dict[str, Entity]:
    """Entities of the sample extraction by short key."""
    c, o, p = EntityClass.COUNTRY, EntityClass.ORGANIZATION, EntityClass.PERSON
    return {
        "nk": make_entity("North Korea", c, "Q423", (("DPRK", MergeReason.ACRONYM),
                                                      ("Pyongyang", MergeReason.METONYMY),
                                                      ("North Korea", MergeReason.NAME))),
        "ru": make_entity("Russia", c, "Q159", (("Russian forces", MergeReason.DEMONYM),
                                                 ("Kremlin", MergeReason.METONYMY))),
        "ua": make_entity("Ukraine", c, "Q212"),
        "sk_intel": make_entity("South Korean intelligence", o),
        "putin": make_entity("Vladimir Putin", p, "Q7747", (("Putin", MergeReason.SHORT_NAME),)),
        "kim": make_entity("Kim Jong Un", p, "Q56226"),
        "pyongyang": make_entity("Pyongyang", EntityClass.CITY, "Q18808"),
        "donetsk": make_entity("Donetsk", EntityClass.REGION),
        "avdiivka": make_entity("Avdiivka", EntityClass.CITY),
        "ammo": make_entity("artillery ammunition", EntityClass.MATERIEL),
        "tech": make_entity("technology", EntityClass.MATERIEL),
        "engineers": make_entity("military engineers", EntityClass.GROUP),
        "treaty": make_entity("mutual defence treaty", EntityClass.AGREEMENT),
        "partnership": make_entity("partnership", EntityClass.EVENT),
        "losses": make_entity("more than 1,000 soldiers", EntityClass.QUANTITY),
    }


def sample_extraction() -> Extraction:
    """Two documents, fifteen entities, seven statements using every status and qualifier."""
    a = make_document("seeds/a.txt", TEXT_A, title="Shells and engineers", date=dt.date(2024, 6, 25),
                      url="https://example.org/news/a?id=1&x=y")
    b = make_document("seeds/b.txt", TEXT_B)
    e = sample_entities()
    statements = (
        make_statement(a, ref(e["nk"], "North Korea", a), Relation.SUPPLIES, ref(e["ammo"], doc=a),
                       "has shipped", recipient=ref(e["ru"], "Russia", a), confidence=0.9, rule="ship-to",
                       quantity=Quantity("almost two million rounds", max=2_000_000.0, unit="rounds",
                                         hedge="almost")),
        make_statement(a, ref(e["nk"], "Pyongyang", a), Relation.DEPLOYS, ref(e["engineers"], doc=a),
                       "will send", status=Status.PLANNED, destination=ref(e["donetsk"], "the Donetsk region", a),
                       recipient=ref(e["ru"], "Russia"), according_to=ref(e["sk_intel"], doc=a),
                       time=TimeExpr("next month", "2024-07", "month"), confidence=0.75),
        make_statement(a, ref(e["ru"], "Russia", a), Relation.SUPPLIES, ref(e["tech"], doc=a), "denied",
                       status=Status.NEGATED, recipient=ref(e["nk"]), according_to=ref(e["ru"], "The Kremlin", a),
                       confidence=0.6),
        make_statement(a, ref(e["putin"], doc=a), Relation.MEETS_WITH, ref(e["kim"], doc=a), "met Kim",
                       location=ref(e["pyongyang"], "Pyongyang"), confidence=1.0,
                       time=TimeExpr("on 19 June 2024", "2024-06-19", "day")),
        make_statement(a, ref(e["putin"], "Putin"), Relation.RELATED_TO, ref(e["partnership"], doc=a),
                       "praised", label="praised", confidence=0.3, extractor="other", extractor_version="2"),
        make_statement(b, ref(e["ru"], "Russian forces", b), Relation.SUFFERED_CASUALTIES,
                       ref(e["losses"], doc=b), "lost more", according_to=ref(e["ua"], doc=b),
                       location=ref(e["avdiivka"], "near Avdiivka"), confidence=0.05,
                       quantity=Quantity("more than 1,000 soldiers", min=1000.0, unit="soldiers",
                                         hedge="more than"),
                       time=TimeExpr("in 2024", "2024", "year")),
        make_statement(b, ref(e["ru"], doc=b), Relation.SIGNS, ref(e["treaty"], doc=b), "signed",
                       status=Status.ASSERTED, confidence=0.0),
    )
    return Extraction(documents=(a, b), entities={x.iri: x for x in e.values()}, statements=statements)


def canonical_term(o):
    """Oxigraph writes xsd:decimal canonically ("1" for "1.0"), rdflib's Turtle writer
    as "1.0": compare values."""
    from decimal import Decimal

    from rdflib import XSD, Literal

    if isinstance(o, Literal) and o.datatype == XSD.decimal:
        return Literal(str(Decimal(str(o)).normalize()), datatype=XSD.decimal)
    return o


#: Text that N-Triples must escape, and text it must not touch.
TRICKY = 'He said "no" \\ twice,\ttab\nnew line\r — Ким Чен Ын 金正恩 👍 <b>&amp;</b>'


def everything_extraction() -> Extraction:
    """Every relation, status, entity class and qualifier; literals that need escaping,
    numbers of every form, every kind of time value; a second extractor."""
    doc = make_document("feeds/x.txt", "A " + TRICKY + " B.", title=TRICKY, date=dt.date(2024, 2, 29),
                        url="https://example.org/a?b=1&c=<2>")  # fmt: skip
    other = make_document("https://example.org/news/2", "Second.")
    entities = [make_entity(f"{cls.value} {TRICKY}", cls, "Q42" if i % 3 == 0 else None,
                            ((f"alias {i}", list(MergeReason)[i % len(MergeReason)]),))
                for i, cls in enumerate(EntityClass)]  # fmt: skip
    numbers = (0.0, 1.0, 0.1, 1e-7, 123456789.125, 2_000_000.0)
    times = (("2024-02-29", "day"), ("2024-07", "month"), ("2024", "year"), ("next spring", None), ("2023-02-30", "day"))
    statements = []
    for i, relation in enumerate(Relation):
        subject, obj = entities[i % len(entities)], entities[(i + 1) % len(entities)]
        value, precision = times[i % len(times)]
        statements.append(make_statement(
            doc if i % 2 else other, ref(subject, TRICKY), relation, ref(obj, doc=doc), "",
            status=list(Status)[i % len(Status)], confidence=numbers[i % len(numbers)] if i % 6 else 0.5,
            recipient=ref(entities[2]) if i % 2 else None, destination=ref(entities[3]) if i % 3 == 0 else None,
            location=ref(entities[4]) if i % 4 == 0 else None, according_to=ref(entities[5]) if i % 5 == 0 else None,
            quantity=Quantity(TRICKY, value=numbers[i % len(numbers)], min=1.5, max=2.5e6, unit="t", hedge="about")
            if i % 2 else Quantity("some", min=0.25),
            time=TimeExpr(TRICKY, value, precision, "start" if i % 2 else None),
            label=TRICKY if relation == Relation.RELATED_TO else None, rule=f"rule-{i}",
            extractor="kgraph" if i % 3 else "other", extractor_version="9.9",
        ))  # fmt: skip
    resolution = Resolution(entities=(entities[0],), short_names=(("Kim", entities[1].iri),), acronyms=(("UN", entities[2].iri),))
    return Extraction(documents=(doc, other), entities={e.iri: e for e in entities}, statements=tuple(statements),
                      resolutions={doc.iri: resolution}, started=dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=dt.UTC),
                      ended=dt.datetime(2024, 1, 2, 3, 5, 6, tzinfo=dt.UTC))  # fmt: skip


def canonical_graph(g):
    """A copy of rdflib graph ``g`` with its decimals in canonical form (see :func:`canonical_term`)."""
    from rdflib import Graph

    out = Graph()
    for s, p, o in g:
        out.add((s, p, canonical_term(o)))
    return out


#: When an extraction ran (PROV), as N-Quads predicates: the one thing two runs over the same
#: sources write differently.
RUN_TIMES = frozenset({"<http://www.w3.org/ns/prov#startedAtTime>", "<http://www.w3.org/ns/prov#endedAtTime>"})
