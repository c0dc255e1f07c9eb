"""Communities of the drawn graph (Louvain, networkx), for the page's overview clusters."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import networkx as nx

MIN_COMMUNITY = 3  # smaller groups stay as they are: a cluster of two hides more than it shows


def communities(nodes: Sequence[str], pairs: Iterable[tuple[str, str]], seed: int = 7) -> list[list[int]]:
    """Groups of node indices (into ``nodes``), largest first, each of at least
    :data:`MIN_COMMUNITY` nodes; a node is in at most one group.

    Louvain modularity communities with a fixed ``seed``, so a build is drawn the same way
    every time. Pairs naming unknown nodes are ignored. Raises nothing.
    """
    index = {node: i for i, node in enumerate(nodes)}
    graph = nx.Graph()
    graph.add_nodes_from(range(len(nodes)))
    graph.add_edges_from((index[u], index[v]) for u, v in pairs if u in index and v in index and u != v)
    found = nx.community.louvain_communities(graph, seed=seed)
    groups = [sorted(c) for c in found if len(c) >= MIN_COMMUNITY]
    groups.sort(key=lambda g: (-len(g), g[0]))
    return groups
