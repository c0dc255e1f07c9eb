"""kgraph: a provenance-rich RDF knowledge graph of who did what to whom, from news articles."""

__version__ = "0.1.0"
