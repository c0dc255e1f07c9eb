"""Writing, reading and validating kgraph's RDF (re-exported by kgraph.graph); queries are
:func:`kgraph.query`.

Turtle and N-Triples hold the union of the named graphs (facts, entities, statements
with their provenance); TriG, N-Quads and JSON-LD keep the named graphs, and TriG also
holds the asserted facts and the entities' names in its default graph
(:func:`kgraph.exports.default_graph_ntriples`).
"""

from __future__ import annotations

import logging
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from kgraph.atomic import write_atomic
from kgraph.errors import DataFileError, GraphError
from kgraph.iri import DEFAULT_BASE, base_iri

if TYPE_CHECKING:
    from rdflib import Dataset, Graph

# rdflib is imported where it is used: ``Format`` alone (the CLI's start-up) needs none of it.

__all__ = [
    "ExportFormat",
    "Format",
    "graph_file",
    "load",
    "load_ontology",
    "load_shapes",
    "ontology_dir",
    "serialize",
    "union_graph",
    "validate",
]

log = logging.getLogger(__name__)


class Format(StrEnum):
    """The RDF serialisations kgraph reads and writes."""

    TTL = "ttl"
    TRIG = "trig"
    NT = "nt"
    NQ = "nq"
    JSONLD = "jsonld"

    @property
    def rdflib_name(self) -> str:
        """The rdflib parser/serialiser name."""
        return _RDFLIB_NAMES[self]

    @property
    def suffix(self) -> str:
        """The usual file suffix, with its dot."""
        return "." + self.value

    @property
    def has_graphs(self) -> bool:
        """Whether the format keeps named graphs (else the union graph is written)."""
        return self in (Format.TRIG, Format.NQ, Format.JSONLD)

    @classmethod
    def from_path(cls, path: str | Path) -> Format:
        """The format a file name's suffix stands for.

        Raises:
            GraphError: the suffix is not one kgraph knows.
        """
        suffix = Path(path).suffix.lower()
        try:
            return _SUFFIXES[suffix]
        except KeyError:
            known = ", ".join(sorted(_SUFFIXES))
            raise GraphError(f"{path}: unknown RDF file suffix {suffix!r}; use one of {known} or give the format") from None


class ExportFormat(StrEnum):
    """What ``kgraph export`` writes: the RDF formats of :class:`kgraph.rdfio.Format` and
    the property-graph formats."""

    TTL = "ttl"
    TRIG = "trig"
    NT = "nt"
    NQ = "nq"
    JSONLD = "jsonld"
    GRAPHML = "graphml"
    NEO4J = "neo4j"

    @property
    def rdf(self) -> Format | None:
        """The RDF format, or None for a property-graph format."""
        try:
            return Format(self.value)
        except ValueError:
            return None


_RDFLIB_NAMES = {
    Format.TTL: "turtle",
    Format.TRIG: "trig",
    Format.NT: "nt",
    Format.NQ: "nquads",
    Format.JSONLD: "json-ld",
}
_SUFFIXES = {
    ".ttl": Format.TTL,
    ".turtle": Format.TTL,
    ".trig": Format.TRIG,
    ".nt": Format.NT,
    ".ntriples": Format.NT,
    ".nq": Format.NQ,
    ".nquads": Format.NQ,
    ".jsonld": Format.JSONLD,
    ".json": Format.JSONLD,
}


def union_graph(ds: Dataset | Graph) -> Graph:
    """A new graph holding every triple of every graph of ``ds`` (a graph is copied)."""
    from rdflib import Dataset, Graph

    from kgraph.namespaces import bind_prefixes

    union = bind_prefixes(Graph())
    graphs = list(ds.graphs()) if isinstance(ds, Dataset) else [ds]
    for graph in graphs:
        union.addN((s, p, o, union) for s, p, o in graph)
    return union


def serialize(ds: Dataset | Graph, fmt: Format, destination: Path | None = None) -> str | None:
    """``ds`` in format ``fmt``: returned as text, or written atomically to ``destination``.

    The file is written to a temporary file in the same directory and renamed over
    ``destination``, so readers never see half a file. Missing parent directories are
    created.

    Raises:
        GraphError: the file cannot be written.
    """
    from rdflib import Dataset

    from kgraph import exports  # the exports build on this module
    from kgraph.namespaces import bind_prefixes

    fmt = Format(fmt)
    if fmt.has_graphs:
        graph = ds
        bind_prefixes(graph)
    else:
        graph = union_graph(ds)
    options: dict[str, object] = {}
    if fmt is Format.JSONLD:
        options = {"context": exports.jsonld_context(), "auto_compact": True}
    text = graph.serialize(format=fmt.rdflib_name, encoding=None, **options)
    if fmt is Format.TRIG:
        triples = ((s, p, o) for s, p, o, _ in ds.quads()) if isinstance(ds, Dataset) else iter(ds)
        text += exports.default_graph_ntriples(triples)
    if destination is None:
        return text
    write_atomic(Path(destination), text)
    log.info("wrote %s (%s)", destination, fmt.value)
    return None


def graph_file(path: Path) -> Path:
    """The graph file ``path`` names: ``path`` itself, or, for the output directory of a
    build, its ``graph.trig`` (else its ``graph.ttl``).

    Raises:
        GraphError: ``path`` is a directory holding neither.
    """
    path = Path(path)
    if path.is_dir():
        for name in ("graph.trig", "graph.ttl"):
            if (path / name).is_file():
                return path / name
        raise GraphError(f"{path}: no graph.trig or graph.ttl here; run `kgraph build SOURCES --out {path}` first")
    return path


def load(path: Path, fmt: Format | None = None) -> Dataset:
    """Parse an RDF file into a dataset (``default_union`` on, kgraph's prefixes bound).

    The format comes from the suffix unless given. Triples of Turtle and N-Triples files
    land in the default graph.

    Raises:
        GraphError: the file is missing, its suffix unknown, or it does not parse.
    """
    from rdflib import Dataset

    from kgraph.namespaces import bind_prefixes

    path = Path(path)
    fmt = Format(fmt) if fmt is not None else Format.from_path(path)
    if not path.is_file():
        raise GraphError(f"{path}: no such file; build the graph first (kgraph build)")
    ds = Dataset(default_union=True)
    try:
        ds.parse(source=str(path), format=fmt.rdflib_name)
    except Exception as e:  # rdflib's parsers raise many unrelated exception types
        raise GraphError(f"{path}: cannot parse as {fmt.value}: {e}") from e
    return bind_prefixes(ds)


def ontology_dir() -> Path:
    """The directory holding ``kgraph.ttl`` and ``shapes.ttl``.

    ``kgraph/ontology`` inside the package, where an installed wheel keeps them, else the
    checkout's top-level ``ontology/`` (their source) next to the package.

    Raises:
        DataFileError: neither directory holds ``kgraph.ttl``.
    """
    package = Path(__file__).resolve().parent
    for candidate in (package / "ontology", package.parent / "ontology"):
        if (candidate / "kgraph.ttl").is_file():
            return candidate
    raise DataFileError(package.parent / "ontology", "the ontology directory is missing; run kgraph from its checkout or reinstall it")


def _read_ttl(name: str) -> Graph:
    from rdflib import Graph

    path = ontology_dir() / name
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise DataFileError(path, f"cannot read: {e.strerror or e}") from e
    if base_iri() != DEFAULT_BASE:
        text = text.replace(DEFAULT_BASE, base_iri())
    try:
        return Graph().parse(data=text, format="turtle")
    except Exception as e:
        raise DataFileError(path, f"does not parse as Turtle: {e}") from e


def load_ontology() -> Graph:
    """The kgraph ontology (``ontology/kgraph.ttl``) for the current base IRI.

    Raises:
        DataFileError: the file is missing or broken.
    """
    from kgraph.namespaces import bind_prefixes

    return bind_prefixes(_read_ttl("kgraph.ttl"))


def load_shapes() -> Graph:
    """The SHACL shapes (``ontology/shapes.ttl``) for the current base IRI.

    Raises:
        DataFileError: the file is missing or broken.
    """
    return _read_ttl("shapes.ttl")


def validate(ds: Dataset | Graph) -> tuple[bool, str]:
    """Check the union graph of ``ds`` against ``ontology/shapes.ttl`` (no inference;
    see :mod:`kgraph.shacl`).

    Returns whether it conforms and pySHACL's report text.

    Raises:
        DataFileError: the shapes file is missing or broken.
    """
    from kgraph import shacl

    report = shacl.validate(union_graph(ds))
    return report.conforms, report.text
