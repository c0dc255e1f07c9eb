"""The data the page draws, as plain JSON, and its safe embedding in HTML.

Every string from an article (labels, aliases, sentences, titles) travels only inside
this JSON, which :func:`script_json` escapes so it can sit inside
``<script type="application/json">``; the page's script reads it with ``JSON.parse`` and
writes it with ``textContent``, so no article text is ever parsed as markup.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

from kgraph.errors import DataFileError
from kgraph.render.communities import communities
from kgraph.render.layout import compute_layout, spread_overlaps
from kgraph.render.options import RenderOptions
from kgraph.render.subgraph import Selection, pagerank
from kgraph.render.timeline import parse_time, timeline
from kgraph.types import SYMMETRIC_RELATIONS, Document, Entity, EntityClass, EntityRef, Relation, Statement, Status

CLASS_COLORS: dict[str, str] = {
    EntityClass.PERSON: "#e15759",
    EntityClass.COUNTRY: "#4e79a7",
    EntityClass.REGION: "#76b7b2",
    EntityClass.CITY: "#59a14f",
    EntityClass.PLACE: "#a0cf8d",
    EntityClass.ORGANIZATION: "#f28e2b",
    EntityClass.GROUP: "#b07aa1",
    EntityClass.MATERIEL: "#9c755f",
    EntityClass.AGREEMENT: "#edc948",
    EntityClass.EVENT: "#ff9da7",
    EntityClass.QUANTITY: "#bab0ac",
}

# colour, vis-network dash pattern (False = solid), shown by default, legend text
STATUS_STYLES: dict[str, tuple[str, Any, bool, str]] = {
    Status.ASSERTED: ("#5a5a5a", False, True, "stated as fact"),
    Status.PLANNED: ("#1f6fd1", [10, 6], True, "promised, announced, intended"),
    Status.ALLEGED: ("#d98200", [2, 5], True, "reportedly, allegedly, likely"),
    Status.NEGATED: ("#d62728", [12, 4, 2, 4], False, "denied, did not"),
    Status.HYPOTHETICAL: ("#8e44ad", [4, 8], False, "conditional, question"),
}

MAX_OMITTED_LISTED = 500
_WIKIDATA_ID = re.compile(r"Q[1-9][0-9]*")
_MIN_SIZE, _MAX_SIZE = 10.0, 42.0


def script_json(data: Any) -> str:
    """``data`` as JSON that is safe inside ``<script type="application/json">``.

    ``<``, ``>``, ``&`` and U+2028/U+2029 become ``\\u`` escapes (they can only occur
    inside JSON strings, where the escape means the same character), so no text can
    close the script element or open a comment. Raises ``ValueError`` on NaN/infinity.
    """
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    for char, escape in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escape)
    # a lone surrogate (undecodable input) becomes a JSON \\udXXX escape, not bad UTF-8
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def safe_url(url: str | None) -> str | None:
    """``url`` when it is an absolute http(s) URL, else ``None`` (no ``javascript:``)."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url.strip()


def wikidata_id(value: str | None) -> str | None:
    """The ``Q…`` id of ``value`` (an id or a Wikidata IRI), or ``None``."""
    if not value:
        return None
    tail = value.rstrip("/").rsplit("/", 1)[-1]
    return tail if _WIKIDATA_ID.fullmatch(tail) else None


@lru_cache(maxsize=1)
def pronouns() -> frozenset[str]:
    """The pronouns of ``kgraph/data/pronouns.json`` (lower case).

    Raises :class:`kgraph.errors.DataFileError` when the file is missing or malformed.
    """
    path = resources.files("kgraph") / "data" / "pronouns.json"
    try:
        words = json.loads(path.read_text(encoding="utf-8"))["pronouns"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise DataFileError(str(path), f"cannot read the pronoun list ({exc}); reinstall kgraph") from exc
    return frozenset(str(w).casefold() for w in words)


def is_pronoun(text: str) -> bool:
    """Whether ``text`` is a pronoun ("it", "Its"), not a name; an all-capitals
    acronym that spells one ("US", "IT") is a name. Raises what :func:`pronouns` raises."""
    text = text.strip()
    return text.casefold() in pronouns() and not (text.isupper() and len(text) > 1)


def _num(value: float | None) -> float | int | None:
    if value is None or not math.isfinite(value):
        return None
    return int(value) if float(value).is_integer() else round(float(value), 6)


def edge_key(st: Statement) -> tuple[str, str, str, str, str]:
    """What makes statements one edge of the page: the fact (either way round for a
    symmetric relation) and its status, across documents."""
    subject, obj = st.subject.iri, st.object.iri
    if st.relation in SYMMETRIC_RELATIONS and obj < subject:
        subject, obj = obj, subject
    label = (st.label or "") if st.relation == Relation.RELATED_TO else ""
    return (subject, st.relation, label, obj, str(st.status))


def _ref(ref: EntityRef | None) -> dict[str, str] | None:
    return None if ref is None else {"label": ref.label, "text": ref.text}


_QUALIFIERS = ("according_to", "recipient", "destination", "location")


def _mention(st: Statement, doc: int, period: int | None) -> dict[str, Any]:
    q = st.quantity
    return {
        "doc": doc,
        "period": period,
        "sentence": st.sentence,
        "start": st.start,
        "end": st.end,
        "confidence": _num(st.confidence),
        "subjectText": st.subject.text,
        "objectText": st.object.text,
        "quantity": None if q is None else {
            "text": q.text, "value": _num(q.value), "min": _num(q.min), "max": _num(q.max), "unit": q.unit, "hedge": q.hedge,
        },
        "time": None if st.time is None else {"text": st.time.text, "value": st.time.value, "precision": st.time.precision},
        "accordingTo": _ref(st.according_to),
        "recipient": _ref(st.recipient),
        "destination": _ref(st.destination),
        "location": _ref(st.location),
    }


def _document(doc: Document) -> dict[str, Any]:
    return {
        "title": doc.title,
        "source": doc.source,
        "url": safe_url(doc.url),
        "date": doc.date.isoformat() if doc.date else None,
    }


def build_payload(selection: Selection, options: RenderOptions) -> dict[str, Any]:
    """Everything the page needs: nodes with positions, edges with evidence, legends."""
    ext = selection.extraction
    documents = [_document(d) for d in ext.documents]
    doc_index: dict[str, int] = {}
    for i, d in enumerate(ext.documents):
        doc_index.setdefault(d.iri, i)
        doc_index.setdefault(d.source, i)
    node_ids = {iri: i for i, iri in enumerate(ext.entities)}

    doc_dates = [parse_time(d["date"]) for d in documents]
    edges: dict[tuple[str, str, str, str, str], dict[str, Any]] = {}
    placed: list[tuple[dict[str, Any], Statement, int]] = []
    for st in ext.statements:
        doc = doc_index.get(st.doc_iri, doc_index.get(st.doc))
        if doc is None:  # a statement whose document the extraction does not list
            doc = len(documents)
            documents.append({"title": None, "source": st.doc, "url": None, "date": None})
            doc_index[st.doc_iri] = doc_index[st.doc] = doc
        key = edge_key(st)
        edge = edges.get(key)
        if edge is None:
            edge = edges[key] = {
                "id": len(edges),
                "from": node_ids[key[0]],
                "to": node_ids[key[3]],
                "relation": st.relation,
                "label": key[2] or st.relation,
                "status": key[4],
                "symmetric": st.relation in SYMMETRIC_RELATIONS,
                "mentions": [],
                "named": set(),
            }
        placed.append((edge, st, doc))
        for role in _QUALIFIERS:
            ref = getattr(st, role)
            if ref is not None and ref.iri in node_ids:
                edge["named"].add(node_ids[ref.iri])
    times = timeline([
        parse_time(st.time.value if st.time else None) or (doc_dates[doc] if doc < len(doc_dates) else None)
        for _, st, doc in placed
    ])
    for (edge, st, doc), period in zip(placed, times.index):
        edge["mentions"].append(_mention(st, doc, period))
    edge_list = list(edges.values())
    _curve_parallel_edges(edge_list)

    iris = list(ext.entities)
    degree = [0] * len(iris)
    for e in edge_list:
        degree[e["from"]] += 1
        if e["to"] != e["from"]:
            degree[e["to"]] += 1
    pairs = [(iris[e["from"]], iris[e["to"]]) for e in edge_list]
    rank = pagerank(iris, pairs)
    by_rank = sorted(range(len(iris)), key=lambda i: (-rank[iris[i]], -degree[i], i))
    rank_of = {i: r for r, i in enumerate(by_rank)}
    groups = communities(iris, pairs)
    community = [-1] * len(iris)
    for c, members in enumerate(groups):
        for i in members:
            community[i] = c
    # entities with no statement of their own, named only as a source, recipient, place...
    for e in edge_list:
        e["named"] = sorted(i for i in e["named"] if degree[i] == 0)
    metric = [rank[iri] for iri in iris] if options.size_by == "centrality" else [float(d) for d in degree]
    top = max(metric, default=0.0) or 1.0
    sizes = {iri: round(_MIN_SIZE + (_MAX_SIZE - _MIN_SIZE) * math.sqrt(max(metric[i], 0.0) / top), 2) for i, iri in enumerate(iris)}
    positions = spread_overlaps(compute_layout(iris, pairs), sizes)
    nodes = []
    for i, iri in enumerate(iris):
        ent = ext.entities[iri]
        x, y = positions[iri]
        nodes.append({
            "id": i,
            "iri": iri,
            "label": ent.label,
            "cls": str(ent.cls),
            "wikidata": wikidata_id(ent.wikidata),
            "aliases": _aliases(ent),
            "degree": degree[i],
            "centrality": round(rank[iri], 8),
            "rank": rank_of[i],
            "community": community[i],
            "size": sizes[iri],
            "x": x,
            "y": y,
        })

    class_counts: dict[str, int] = {}
    for n in nodes:
        class_counts[n["cls"]] = class_counts.get(n["cls"], 0) + 1
    rel_counts: dict[str, int] = {}
    for e in edge_list:
        rel_counts[e["relation"]] = rel_counts.get(e["relation"], 0) + 1
    status_counts = {s: sum(1 for e in edge_list if e["status"] == s) for s in STATUS_STYLES}
    known_rel = [str(r) for r in Relation]
    return {
        "title": options.title,
        "physics": len(nodes) <= options.physics_threshold,
        "sizeBy": options.size_by,
        "focus": None if selection.focus is None else {"label": selection.focus.label, "id": node_ids[selection.focus.iri], "hops": options.hops},
        "totalEntities": selection.total_entities,
        "omittedCount": len(selection.omitted),
        "omitted": list(selection.omitted[:MAX_OMITTED_LISTED]),
        "classes": [
            {"name": c, "color": CLASS_COLORS.get(c, "#999999"), "count": class_counts[c]}
            for c in [str(c) for c in EntityClass] + sorted(set(class_counts) - {str(c) for c in EntityClass})
            if c in class_counts
        ],
        "statuses": [
            {"name": s, "color": color, "dashes": dashes, "shown": shown, "meaning": meaning, "count": status_counts[s]}
            for s, (color, dashes, shown, meaning) in STATUS_STYLES.items()
        ],
        "relations": [
            {"name": r, "count": rel_counts[r], "symmetric": r in SYMMETRIC_RELATIONS}
            for r in known_rel + sorted(set(rel_counts) - set(known_rel))
            if r in rel_counts
        ],
        "documents": documents,
        "time": times.to_json(),
        "communities": [_community(members, nodes) for members in groups],
        "nodes": nodes,
        "edges": edge_list,
    }


def _aliases(ent: Entity) -> list[dict[str, str]]:
    """The entity's other names, without pronouns and without repeats of its label."""
    seen = {ent.label.casefold()}
    out = []
    for a in ent.aliases:
        key = a.text.strip().casefold()
        if key and key not in seen and not is_pronoun(a.text):
            seen.add(key)
            out.append({"text": a.text, "reason": str(a.reason)})
    return out


def _community(members: list[int], nodes: list[dict[str, Any]]) -> dict[str, Any]:
    """A cluster of the overview: its size, its most central entity, its centre."""
    top = min(members, key=lambda i: nodes[i]["rank"])
    return {
        "size": len(members),
        "top": top,
        "x": round(sum(nodes[i]["x"] for i in members) / len(members), 1),
        "y": round(sum(nodes[i]["y"] for i in members) / len(members), 1),
    }


def _curve_parallel_edges(edges: list[dict[str, Any]]) -> None:
    """Give the 2nd, 3rd... edge between the same two nodes a growing curve."""
    seen: dict[tuple[int, int], int] = {}
    for e in edges:
        pair = (min(e["from"], e["to"]), max(e["from"], e["to"]))
        k = seen.get(pair, 0)
        seen[pair] = k + 1
        e["curve"] = 0.0 if k == 0 else round((1 if k % 2 else -1) * 0.18 * ((k + 1) // 2), 2)
