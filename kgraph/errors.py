"""kgraph's exceptions: one base class, each message says what to do next."""

from __future__ import annotations

import re
from pathlib import Path

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def printable(text: str) -> str:
    """``text`` with control characters (newlines and terminal escape sequences
    included) shown escaped, ``\\n``, ``\\x1b``: a file name cannot forge a log line or
    reach the terminal."""
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


class KgraphError(Exception):
    """Base of every error kgraph raises on purpose; the CLI prints it without a traceback."""


class PathError(KgraphError):
    """A problem with one file or directory: the message names it (escaped) first."""

    def __init__(self, path: str | Path, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{printable(self.path)}: {problem}")


class InputError(PathError):
    """A source file cannot be read as an article."""


class OutputError(PathError):
    """An output directory cannot be used (a file, a source inside it, read-only, full)."""


class DataFileError(PathError):
    """A data file shipped with kgraph or given by the user (patterns, gazetteer) is bad."""


class ModelError(KgraphError):
    """The spaCy model cannot be loaded."""


class WorkerError(KgraphError):
    """A parsing process (``--workers``) failed or died."""


class GraphError(KgraphError):
    """A graph file or store cannot be read, written or queried."""


class QueryError(GraphError):
    """A SPARQL query is malformed or fails."""


class QueryRefused(QueryError):
    """A query is refused: an update, or one that reaches outside the graph."""


class QueryTimeout(QueryError):
    """A query ran longer than its timeout and was stopped."""
