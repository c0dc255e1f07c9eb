"""kgraph: a provenance-rich RDF knowledge graph of who did what to whom, from news articles."""

__version__ = "0.1.0"


def __getattr__(name: str):  # noqa: ANN202 - the lazily imported public API
    """``kgraph.query`` (see :func:`kgraph.sparql.query`), imported on first use so that
    ``import kgraph`` stays light."""
    if name == "query":
        from kgraph.sparql import query

        return query
    raise AttributeError(f"module 'kgraph' has no attribute {name!r}")


__all__ = ["__version__", "query"]
