"""What the caller may ask of the HTML view."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from kgraph.errors import KgraphError

SizeBy = Literal["degree", "centrality"]


@dataclass(frozen=True)
class RenderOptions:
    """How :func:`kgraph.render.render_html` selects and draws the graph.

    ``max_nodes`` keeps that many most central entities (PageRank) and lists the rest
    in the page; ``focus`` (an entity IRI, label or alias) with ``hops`` draws only that
    entity's neighbourhood; above ``physics_threshold`` nodes the page uses the
    precomputed layout with physics off; ``size_by`` sizes nodes by degree or PageRank.

    Raises :class:`kgraph.errors.KgraphError` when a value is out of range.
    """

    max_nodes: int | None = None
    focus: str | None = None
    hops: int = 1
    physics_threshold: int = 500
    size_by: SizeBy = "degree"
    title: str = "kgraph"

    def __post_init__(self) -> None:
        if self.max_nodes is not None and self.max_nodes < 1:
            raise KgraphError(f"max_nodes must be at least 1 (got {self.max_nodes}); omit it to draw every entity")
        if self.hops < 0:
            raise KgraphError(f"hops must be 0 or more (got {self.hops})")
        if self.physics_threshold < 0:
            raise KgraphError(f"physics_threshold must be 0 or more (got {self.physics_threshold})")
        if self.size_by not in ("degree", "centrality"):
            raise KgraphError(f"size_by must be 'degree' or 'centrality' (got {self.size_by!r})")
        if self.focus is not None and not self.focus.strip():
            raise KgraphError("focus is empty: give an entity IRI or label, or omit it")
