"""kgraph's exceptions: one base class, each message says what to do next."""

from __future__ import annotations

from pathlib import Path


class KgraphError(Exception):
    """Base of every error kgraph raises on purpose; the CLI prints it without a traceback."""


class InputError(KgraphError):
    """A source file cannot be read as an article."""

    def __init__(self, path: str | Path, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class OutputError(KgraphError):
    """An output directory cannot be used (a file, a source inside it, read-only, full)."""

    def __init__(self, path: str | Path, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class DataFileError(KgraphError):
    """A data file shipped with kgraph or given by the user (patterns, gazetteer) is bad."""

    def __init__(self, path: str | Path, problem: str) -> None:
        self.path = str(path)
        super().__init__(f"{path}: {problem}")


class ModelError(KgraphError):
    """The spaCy model cannot be loaded."""


class GraphError(KgraphError):
    """A graph file or store cannot be read, written or queried."""


class QueryError(GraphError):
    """A SPARQL query is malformed or fails."""
