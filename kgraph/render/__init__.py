"""The interactive HTML graph view: one self-contained page drawn with vis-network.

``render_html(extraction, destination, options)`` returns (and optionally writes) the
page; ``render`` also reports what ``max_nodes`` left out; ``select_subgraph`` is the
selection step alone (focus + hops, most central entities).
"""

from kgraph.render.options import RenderOptions, SizeBy
from kgraph.render.page import RenderReport, render, render_html, write_atomic
from kgraph.render.subgraph import Selection, select_subgraph

__all__ = [
    "RenderOptions",
    "RenderReport",
    "Selection",
    "SizeBy",
    "render",
    "render_html",
    "select_subgraph",
    "write_atomic",
]
