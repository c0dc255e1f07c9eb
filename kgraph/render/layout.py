"""Node positions computed ahead of time, so large graphs draw without physics.

``nx.spring_layout`` is quadratic in the number of nodes (and its sparse variant needs
SciPy), so it only ever runs on small pieces: every connected component up to
:data:`SPRING_LIMIT` nodes, and the most connected :data:`SPRING_LIMIT` nodes (a
breadth-first "skeleton") of larger components. The remaining nodes of a large
component are placed around the neighbour that reached them first, on a sunflower
spiral, which costs linear time. Components are then packed on shelves, largest first.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence

import networkx as nx

SPRING_LIMIT = 300  # nodes laid out by force-direction per component
UNIT = 90.0  # distance between neighbours, in vis-network canvas units
_GOLDEN_ANGLE = math.pi * (3.0 - math.sqrt(5.0))

Position = tuple[float, float]


def compute_layout(
    nodes: Sequence[str], edges: Iterable[tuple[str, str]], seed: int = 7
) -> dict[str, Position]:
    """Positions for ``nodes`` (canvas units, roughly :data:`UNIT` between neighbours).

    The result depends only on the inputs and ``seed``: the same graph is drawn the same
    way on every run. Edges naming unknown nodes are ignored. Raises nothing.
    """
    graph = nx.Graph()
    graph.add_nodes_from(nodes)
    graph.add_edges_from((u, v) for u, v in edges if u in graph and v in graph and u != v)
    order = {node: i for i, node in enumerate(nodes)}
    components = sorted(
        (sorted(c, key=order.__getitem__) for c in nx.connected_components(graph)),
        key=lambda c: (-len(c), order[c[0]]),
    )
    pieces = [_layout_component(graph, comp, seed) for comp in components]
    return _pack(pieces)


def _layout_component(graph: nx.Graph, comp: list[str], seed: int) -> dict[str, Position]:
    """Positions of one connected component, centred on the origin."""
    size = len(comp)
    if size == 1:
        return {comp[0]: (0.0, 0.0)}
    if size <= 3:
        return {n: (UNIT * math.cos(2 * math.pi * i / size), UNIT * math.sin(2 * math.pi * i / size)) for i, n in enumerate(comp)}
    if size <= SPRING_LIMIT:
        return _spring(graph.subgraph(comp), seed)
    return _skeleton_layout(graph, comp, seed)


def _spring(graph: nx.Graph, seed: int) -> dict[str, Position]:
    n = graph.number_of_nodes()
    iterations = 50 if n <= 100 else 35
    raw = nx.spring_layout(graph, seed=seed, iterations=iterations)
    # spring_layout's optimal distance is 1/sqrt(n) in a unit box: rescale to UNIT.
    factor = UNIT * math.sqrt(n) * 1.2
    return {node: (float(x) * factor, float(y) * factor) for node, (x, y) in raw.items()}


def _skeleton_layout(graph: nx.Graph, comp: list[str], seed: int) -> dict[str, Position]:
    """Spring-layout a connected skeleton of hubs, then spiral the rest around parents."""
    root = max(comp, key=graph.degree)  # the first of equals: deterministic
    parent: dict[str, str | None] = {root: None}
    bfs_order = [root]
    # Breadth-first from the biggest hub, visiting higher-degree neighbours first, so
    # the skeleton is connected and made of the component's hubs.
    frontier = [root]
    while frontier:
        nxt: list[str] = []
        for node in frontier:
            for nb in sorted(graph.neighbors(node), key=lambda m: -graph.degree(m)):
                if nb not in parent:
                    parent[nb] = node
                    bfs_order.append(nb)
                    nxt.append(nb)
        frontier = nxt
    skeleton = bfs_order[:SPRING_LIMIT]
    # the hubs spread over the area the whole component needs, so the rest has room
    room = math.sqrt(len(comp) / len(skeleton))
    pos = {node: (x * room, y * room) for node, (x, y) in _spring(graph.subgraph(skeleton), seed).items()}
    children: dict[str, list[str]] = defaultdict(list)
    for node in bfs_order[SPRING_LIMIT:]:
        children[parent[node]].append(node)  # type: ignore[index]
    # Place children of already placed nodes, in BFS order, so parents come first.
    cx = sum(x for x, _ in pos.values()) / len(pos)
    cy = sum(y for _, y in pos.values()) / len(pos)
    for node in bfs_order:
        kids = children.get(node)
        if not kids:
            continue
        px, py = pos[node]
        away = math.atan2(py - cy, px - cx)
        for k, kid in enumerate(kids):
            radius = UNIT * 0.55 * math.sqrt(k + 1)
            angle = away + k * _GOLDEN_ANGLE
            pos[kid] = (px + radius * math.cos(angle), py + radius * math.sin(angle))
    return pos


def _pack(pieces: list[dict[str, Position]]) -> dict[str, Position]:
    """Place components on rows ("shelves"), largest first, without overlap."""
    result: dict[str, Position] = {}
    if not pieces:
        return result
    boxes = []
    total_area = 0.0
    for piece in pieces:
        xs = [x for x, _ in piece.values()]
        ys = [y for _, y in piece.values()]
        width = max(xs) - min(xs) + UNIT
        height = max(ys) - min(ys) + UNIT
        boxes.append((piece, min(xs), min(ys), width, height))
        total_area += width * height
    row_width = max(math.sqrt(total_area) * 1.2, boxes[0][3])
    x = y = row_height = 0.0
    for piece, minx, miny, width, height in boxes:
        if x > 0 and x + width > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        for node, (nx_, ny_) in piece.items():
            result[node] = (round(x + nx_ - minx, 1), round(y + ny_ - miny, 1))
        x += width
        row_height = max(row_height, height)
    return result


def spread_overlaps(
    positions: dict[str, Position], radius: dict[str, float], gap: float = 4.0, rounds: int = 12
) -> dict[str, Position]:
    """``positions`` with overlapping nodes pushed apart until ``gap`` separates them.

    Each round pushes every pair of nodes closer than their radii plus ``gap`` apart along
    the line between them, half the shortfall each (found on a grid, so a round costs
    linear time); nodes apart stay where they are. Deterministic. Raises nothing.
    """
    names = list(positions)
    if not names:
        return {}
    xs = [positions[n][0] for n in names]
    ys = [positions[n][1] for n in names]
    rs = [radius.get(n, 10.0) for n in names]
    cell = 2 * max(rs) + gap
    for _ in range(rounds):
        grid: dict[tuple[int, int], list[int]] = defaultdict(list)
        for i in range(len(names)):
            grid[(int(xs[i] // cell), int(ys[i] // cell))].append(i)
        moved = False
        for (gx, gy), members in grid.items():
            near = [j for dx in (-1, 0, 1) for dy in (-1, 0, 1) for j in grid.get((gx + dx, gy + dy), ())]
            for i in members:
                for j in near:
                    if j <= i:
                        continue
                    dx, dy = xs[j] - xs[i], ys[j] - ys[i]
                    need = rs[i] + rs[j] + gap
                    dist2 = dx * dx + dy * dy
                    if dist2 >= need * need:
                        continue
                    dist = math.sqrt(dist2)
                    if dist < 1e-6:  # on top of each other: part them along a fixed direction
                        dx, dy, dist = 1.0, 0.0, 1.0
                    push = (need - dist) / 2 / dist
                    xs[i] -= dx * push
                    ys[i] -= dy * push
                    xs[j] += dx * push
                    ys[j] += dy * push
                    moved = True
        if not moved:
            break
    return {n: (round(xs[i], 1), round(ys[i], 1)) for i, n in enumerate(names)}
