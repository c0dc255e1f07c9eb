"""Which entities and statements the page draws: a neighbourhood, the most central."""

from __future__ import annotations

import difflib
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import networkx as nx
import numpy as np

from kgraph.errors import KgraphError
from kgraph.render.options import RenderOptions
from kgraph.types import Entity, Extraction

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Selection:
    """The part of an extraction to draw, and what :attr:`RenderOptions.max_nodes` left out.

    ``extraction.entities`` holds every entity drawn, including the subjects and objects
    of statements that the extraction did not list as entities. ``omitted`` lists the
    labels of the entities left out for ``max_nodes``, most central first.
    """

    extraction: Extraction
    omitted: tuple[str, ...] = ()
    total_entities: int = 0
    focus: Entity | None = None


def all_entities(extraction: Extraction) -> dict[str, Entity]:
    """The extraction's entities plus every statement subject or object it lacks."""
    entities = dict(extraction.entities)
    for st in extraction.statements:
        for ref in (st.subject, st.object):
            if ref.iri not in entities:
                entities[ref.iri] = Entity(iri=ref.iri, label=ref.label, cls=ref.cls, wikidata=ref.wikidata)
    return entities


def pagerank(nodes: Sequence[str], pairs: Iterable[tuple[str, str]], damping: float = 0.85) -> dict[str, float]:
    """PageRank of ``nodes`` on the undirected graph of ``pairs`` (power iteration, NumPy).

    Linear in the number of edges per iteration; the scores sum to 1. Raises nothing.
    """
    n = len(nodes)
    if n == 0:
        return {}
    index = {node: i for i, node in enumerate(nodes)}
    src_l: list[int] = []
    dst_l: list[int] = []
    for u, v in pairs:
        if u in index and v in index and u != v:
            src_l += (index[u], index[v])
            dst_l += (index[v], index[u])
    src = np.asarray(src_l, dtype=np.int64)
    dst = np.asarray(dst_l, dtype=np.int64)
    degree = np.bincount(src, minlength=n).astype(float)
    dangling = degree == 0
    safe_degree = np.where(dangling, 1.0, degree)
    rank = np.full(n, 1.0 / n)
    for _ in range(200):
        spread = np.bincount(dst, weights=rank[src] / safe_degree[src], minlength=n)
        new = (1.0 - damping) / n + damping * (spread + rank[dangling].sum() / n)
        done = np.abs(new - rank).sum() < 1e-10 * n
        rank = new
        if done:
            break
    return {node: float(rank[i]) for i, node in enumerate(nodes)}


def entity_pairs(extraction: Extraction) -> set[tuple[str, str]]:
    """Distinct (subject IRI, object IRI) pairs the statements connect."""
    return {(st.subject.iri, st.object.iri) for st in extraction.statements}


def find_entity(entities: dict[str, Entity], query: str, degree: dict[str, int] | None = None) -> Entity:
    """The entity whose IRI, label or alias is ``query`` (case-insensitive).

    Among several with the same label, the most connected one wins.
    Raises :class:`KgraphError` naming close labels when nothing matches.
    """
    if query in entities:
        return entities[query]
    key = query.strip().casefold()
    degree = degree or {}
    for matches in (
        [e for e in entities.values() if e.label.casefold() == key],
        [e for e in entities.values() if any(a.text.casefold() == key for a in e.aliases)],
    ):
        if matches:
            best = max(matches, key=lambda e: (degree.get(e.iri, 0), -len(e.label), e.iri))
            if len(matches) > 1:
                log.info("focus %r matches %d entities; using %s", query, len(matches), best.iri)
            return best
    close = difflib.get_close_matches(query, sorted({e.label for e in entities.values()}), n=5)
    hint = f"; did you mean {', '.join(repr(c) for c in close)}?" if close else ""
    raise KgraphError(f"no entity is named {query!r}: give an entity IRI, label or alias to focus on{hint}")


def select_subgraph(extraction: Extraction, options: RenderOptions = RenderOptions()) -> Selection:
    """The entities and statements to draw under ``options.focus/hops`` and ``max_nodes``.

    Focus first keeps the entities within ``hops`` statements of the focus entity (in
    either direction); ``max_nodes`` then keeps the most central of those by PageRank,
    always keeping the focus entity. Statements are kept when both ends are kept.
    Raises :class:`KgraphError` when ``options.focus`` names no entity.
    """
    entities = all_entities(extraction)
    total = len(entities)
    pairs = entity_pairs(extraction)
    graph = nx.Graph()
    graph.add_nodes_from(entities)
    graph.add_edges_from((u, v) for u, v in pairs if u != v)
    focus: Entity | None = None
    keep: list[str] = list(entities)
    if options.focus is not None:
        focus = find_entity(entities, options.focus, dict(graph.degree()))
        near = nx.single_source_shortest_path_length(graph, focus.iri, cutoff=options.hops)
        keep = [iri for iri in entities if iri in near]
    omitted: tuple[str, ...] = ()
    if options.max_nodes is not None and len(keep) > options.max_nodes:
        rank = pagerank(keep, pairs)  # pairs reaching outside ``keep`` are ignored
        ordered = sorted(
            keep,
            key=lambda iri: (iri != (focus.iri if focus else None), -rank[iri], -graph.degree(iri), entities[iri].label, iri),
        )
        kept, dropped = ordered[: options.max_nodes], ordered[options.max_nodes :]
        omitted = tuple(entities[iri].label for iri in dropped)
        kept_set = set(kept)
        keep = [iri for iri in keep if iri in kept_set]
        log.warning("max_nodes=%d: left out %d of %d entities", options.max_nodes, len(dropped), len(ordered))
    keep_set = set(keep)
    statements = tuple(
        st for st in extraction.statements if st.subject.iri in keep_set and st.object.iri in keep_set
    )
    selected = Extraction(
        documents=extraction.documents,
        entities={iri: entities[iri] for iri in keep},
        statements=statements,
    )
    return Selection(extraction=selected, omitted=omitted, total_entities=total, focus=focus)
