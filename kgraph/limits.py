"""Default limits the CLI shows in its help, kept apart from the modules that apply them
so that ``kgraph --help`` need not import the query engine."""

from __future__ import annotations

#: Seconds a query may run before it is stopped.
DEFAULT_TIMEOUT = 30.0
