"""Counts and centrality of a graph's entities and statements."""

from __future__ import annotations

from collections import Counter
from typing import Any

import networkx as nx

from kgraph.types import Extraction


def entity_graph(extraction: Extraction) -> nx.MultiDiGraph:
    """Entities as nodes, one edge per statement (relation as the edge key)."""
    g = nx.MultiDiGraph()
    for iri, e in extraction.entities.items():
        g.add_node(iri, label=e.label, cls=str(e.cls))
    for s in extraction.statements:
        for ref in (s.subject, s.object):
            if ref.iri not in g:
                g.add_node(ref.iri, label=ref.label, cls=str(ref.cls))
        g.add_edge(s.subject.iri, s.object.iri, key=s.relation, status=str(s.status))
    return g


def graph_stats(extraction: Extraction, top: int = 10) -> dict[str, Any]:
    """Counts per class, relation and status, and the ``top`` most central entities."""
    g = entity_graph(extraction)
    central = nx.degree_centrality(nx.Graph(g)) if len(g) > 1 else {n: 0.0 for n in g}
    ranked = sorted(central.items(), key=lambda kv: (-kv[1], g.nodes[kv[0]].get("label", "")))[:top]
    return {
        "documents": len(extraction.documents),
        "entities": g.number_of_nodes(),
        "statements": len(extraction.statements),
        "classes": dict(Counter(d.get("cls", "?") for _, d in g.nodes(data=True)).most_common()),
        "relations": dict(Counter(s.relation for s in extraction.statements).most_common()),
        "status": dict(Counter(str(s.status) for s in extraction.statements).most_common()),
        "central": [(g.nodes[n].get("label", n), g.nodes[n].get("cls", "?"), round(c, 4)) for n, c in ranked],
    }
