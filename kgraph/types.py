"""Plain, frozen data passed between kgraph's stages.

Every stage (reading, extraction, resolution, graph building, rendering, evaluation)
takes and returns these records, so each can be tested without the others. The JSON
form of :class:`Statement` is exactly the one of ``docs/statements.md``.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class EntityClass(StrEnum):
    """The ontology's entity classes (plus ``Quantity`` for casualty figures)."""

    PERSON = "Person"
    COUNTRY = "Country"
    REGION = "Region"
    CITY = "City"
    PLACE = "Place"
    ORGANIZATION = "Organization"
    GROUP = "Group"
    MATERIEL = "Materiel"
    AGREEMENT = "Agreement"
    EVENT = "Event"
    QUANTITY = "Quantity"


class Status(StrEnum):
    """How the text states a relation."""

    ASSERTED = "asserted"
    PLANNED = "planned"
    ALLEGED = "alleged"
    NEGATED = "negated"
    HYPOTHETICAL = "hypothetical"


class Relation(StrEnum):
    """The ontology's relations (local names of ``kg:`` properties)."""

    SUPPLIES = "supplies"
    DEPLOYS = "deploys"
    VISITS = "visits"
    MEETS_WITH = "meetsWith"
    SIGNS = "signs"
    COOPERATES_WITH = "cooperatesWith"
    SUPPORTS = "supports"
    RECOGNIZES = "recognizes"
    ATTACKS = "attacks"
    OCCUPIES = "occupies"
    THREATENS = "threatens"
    CRITICIZES = "criticizes"
    SANCTIONS = "sanctions"
    LEADER_OF = "leaderOf"
    WORKS_FOR = "worksFor"
    PART_OF = "partOf"
    LOCATED_IN = "locatedIn"
    BASED_IN = "basedIn"
    LIVES_IN = "livesIn"
    KILLED = "killed"
    SUFFERED_CASUALTIES = "sufferedCasualties"
    RELATED_TO = "relatedTo"


SYMMETRIC_RELATIONS: frozenset[str] = frozenset(
    {Relation.MEETS_WITH, Relation.COOPERATES_WITH}
)


class MergeReason(StrEnum):
    """Why a surface form was merged into an entity (shown to users)."""

    NAME = "name"  # the canonical name itself
    ALIAS = "alias"  # an alternative name or abbreviation from the gazetteer
    DEMONYM = "demonym"  # "North Korean forces" standing for the state
    METONYMY = "metonymy"  # a capital speaking for its government
    COREFERENCE = "coreference"  # a pronoun or "the agency"-style reference
    SHORT_NAME = "short-name"  # "Putin" for "Vladimir Putin" in the same document
    ACRONYM = "acronym"  # "DPR" defined in the text next to its long form


@dataclass(frozen=True, slots=True)
class Document:
    """One article as read from disk (or one line of a ``.jsonl`` file)."""

    iri: str
    source: str  # the path (or path#line) the user gave, as shown in outputs
    text: str
    sha256: str
    title: str | None = None
    date: dt.date | None = None
    url: str | None = None

    @property
    def name(self) -> str:
        """The file name, which gold files use to name documents."""
        return self.source.rsplit("/", 1)[-1]


@dataclass(frozen=True, slots=True)
class Alias:
    text: str
    reason: MergeReason


@dataclass(frozen=True, slots=True)
class Entity:
    """A canonical entity: one IRI, one class, one preferred label."""

    iri: str
    label: str
    cls: EntityClass
    wikidata: str | None = None
    aliases: tuple[Alias, ...] = ()


@dataclass(frozen=True, slots=True)
class EntityRef:
    """An entity as mentioned in one statement: canonical fields plus the words used."""

    iri: str
    label: str
    cls: EntityClass
    text: str
    wikidata: str | None = None
    start: int | None = None  # character offsets of the mention in the document text
    end: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "iri": self.iri,
            "label": self.label,
            "class": str(self.cls),
            "wikidata": self.wikidata,
            "text": self.text,
            "start": self.start,
            "end": self.end,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> EntityRef | None:
        if data is None:
            return None
        return cls(
            iri=data["iri"],
            label=data["label"],
            cls=EntityClass(data["class"]),
            text=data.get("text") or data["label"],
            wikidata=data.get("wikidata"),
            start=data.get("start"),
            end=data.get("end"),
        )


@dataclass(frozen=True, slots=True)
class Quantity:
    text: str
    value: float | None = None
    min: float | None = None
    max: float | None = None
    unit: str | None = None
    hedge: str | None = None  # exact, about, at least, more than, up to, almost
    figure: str | None = field(default=None, compare=False)  # the number as written: "up to 400,000"

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "value": _num(self.value),
            "min": _num(self.min),
            "max": _num(self.max),
            "unit": self.unit,
            "hedge": self.hedge,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> Quantity | None:
        if data is None:
            return None
        return cls(
            text=data.get("text") or "",
            value=data.get("value"),
            min=data.get("min"),
            max=data.get("max"),
            unit=data.get("unit"),
            hedge=data.get("hedge"),
        )


@dataclass(frozen=True, slots=True)
class TimeExpr:
    text: str
    value: str | None = None  # ISO 8601 date, month or year (a week: its Monday)
    precision: str | None = None  # day, week, month, year
    bound: str | None = None  # "start" ("since 2022"), "end" ("by June"), None: the time itself

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "value": self.value, "precision": self.precision, "bound": self.bound}

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> TimeExpr | None:
        if data is None:
            return None
        return cls(text=data["text"], value=data.get("value"), precision=data.get("precision"), bound=data.get("bound"))


@dataclass(frozen=True, slots=True)
class Statement:
    """One relation between two entities found in one sentence of one document."""

    doc: str  # Document.source
    doc_iri: str
    subject: EntityRef
    relation: str  # a Relation value
    object: EntityRef
    sentence: str
    start: int
    end: int
    status: Status = Status.ASSERTED
    confidence: float = 0.5
    recipient: EntityRef | None = None
    destination: EntityRef | None = None
    location: EntityRef | None = None
    quantity: Quantity | None = None
    time: TimeExpr | None = None
    according_to: EntityRef | None = None
    label: str | None = None  # the verb or phrase, for relatedTo
    rule: str | None = None  # the extraction rule that fired
    extractor: str = "kgraph"
    extractor_version: str = "0"

    def refs(self) -> tuple[EntityRef, ...]:
        """The entities the statement mentions: subject, object, then the qualifiers given."""
        return tuple(
            r for r in (self.subject, self.object, self.recipient, self.destination, self.location, self.according_to) if r
        )

    @property
    def key(self) -> tuple[str, str, str, str]:
        """What makes two statements the same fact of the same document."""
        return (self.doc_iri, self.subject.iri, self.relation, self.object.iri)

    def to_json(self) -> dict[str, Any]:
        return {
            "doc": self.doc,
            "subject": self.subject.to_json(),
            "relation": self.relation,
            "object": self.object.to_json(),
            "recipient": _ref(self.recipient),
            "destination": _ref(self.destination),
            "location": _ref(self.location),
            "quantity": self.quantity.to_json() if self.quantity else None,
            "time": self.time.to_json() if self.time else None,
            "status": str(self.status),
            "accordingTo": _ref(self.according_to),
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            "confidence": round(self.confidence, 3),
            "label": self.label,
            "docIri": self.doc_iri,
            "rule": self.rule,
            "extractor": self.extractor,
            "extractorVersion": self.extractor_version,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Statement:
        subject = EntityRef.from_json(data["subject"])
        obj = EntityRef.from_json(data["object"])
        assert subject is not None and obj is not None
        return cls(
            doc=data["doc"],
            doc_iri=data.get("docIri") or data["doc"],
            subject=subject,
            relation=data["relation"],
            object=obj,
            sentence=data.get("sentence") or "",
            start=int(data.get("start") or 0),
            end=int(data.get("end") or 0),
            status=Status(data.get("status") or "asserted"),
            confidence=float(data.get("confidence") if data.get("confidence") is not None else 0.5),
            recipient=EntityRef.from_json(data.get("recipient")),
            destination=EntityRef.from_json(data.get("destination")),
            location=EntityRef.from_json(data.get("location")),
            quantity=Quantity.from_json(data.get("quantity")),
            time=TimeExpr.from_json(data.get("time")),
            according_to=EntityRef.from_json(data.get("accordingTo")),
            label=data.get("label"),
            rule=data.get("rule"),
            extractor=data.get("extractor") or "kgraph",
            extractor_version=data.get("extractorVersion") or "0",
        )


@dataclass(frozen=True, slots=True)
class Resolution:
    """What resolving one document's mentions taught the resolver: the entities it
    resolved, each with the names the document merged into it (and why); the full names
    its short names stand for (name part -> full name); the acronyms it defined
    (acronym -> entity IRI). A store keeps it per document (``kg:resolution``)."""

    entities: tuple[Entity, ...] = ()
    short_names: tuple[tuple[str, str], ...] = ()
    acronyms: tuple[tuple[str, str], ...] = ()

    def to_json(self) -> str:
        """Compact JSON with a stable order (equal resolutions give equal text)."""
        return json.dumps(
            {
                "entities": [
                    [e.iri, e.label, str(e.cls), e.wikidata, sorted([a.text, str(a.reason)] for a in e.aliases)]
                    for e in sorted(self.entities, key=lambda e: e.iri)
                ],
                "short": sorted([k, v] for k, v in self.short_names),
                "acronyms": sorted([k, v] for k, v in self.acronyms),
            },
            ensure_ascii=False,
            separators=(",", ":"),
        )

    @classmethod
    def from_json(cls, text: str) -> Resolution:
        """The inverse of :meth:`to_json`.

        Raises:
            ValueError: the text is not such JSON (``json.JSONDecodeError``, ``KeyError``
                and ``TypeError`` are turned into it).
        """
        try:
            data = json.loads(text)
            return cls(
                entities=tuple(
                    Entity(iri, label, EntityClass(c), wd, tuple(Alias(t, MergeReason(r)) for t, r in aliases))
                    for iri, label, c, wd, aliases in data["entities"]
                ),
                short_names=tuple((k, v) for k, v in data["short"]),
                acronyms=tuple((k, v) for k, v in data["acronyms"]),
            )
        except (json.JSONDecodeError, KeyError, TypeError, ValueError) as e:
            raise ValueError(f"not a kgraph resolution: {e}") from e


@dataclass(frozen=True, slots=True)
class Extraction:
    """What extraction of a set of documents yields: the input of graph building.

    ``resolutions`` (document IRI -> :class:`Resolution`) is filled for store builds:
    the graph then keeps what each document taught the resolver."""

    documents: tuple[Document, ...]
    entities: dict[str, Entity] = field(default_factory=dict)  # by IRI
    statements: tuple[Statement, ...] = ()
    #: When the extraction ran (timezone-aware), for its PROV activity; not part of what
    #: was extracted, so two extractions of the same documents compare equal.
    started: dt.datetime | None = field(default=None, compare=False)
    ended: dt.datetime | None = field(default=None, compare=False)
    resolutions: dict[str, Resolution] = field(default_factory=dict)


def statement_line(statement: Statement) -> str:
    """One statement as a line of JSON Lines, in the form of ``docs/statements.md``."""
    return json.dumps(statement.to_json(), ensure_ascii=False) + "\n"


def statements_jsonl(statements: Iterable[Statement]) -> str:
    """The statements as JSON Lines, in the form of ``docs/statements.md``."""
    return "".join(statement_line(s) for s in statements)


def _ref(ref: EntityRef | None) -> dict[str, Any] | None:
    return ref.to_json() if ref is not None else None


def _num(x: float | None) -> int | float | None:
    if x is None:
        return None
    return int(x) if float(x).is_integer() else x
