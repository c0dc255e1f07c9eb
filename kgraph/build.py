"""The whole job as one library call: sources in, an output directory of graph files out.

The CLI's ``build`` and the notebooks call :func:`build`. Outputs are written into a
fresh directory beside ``out`` and swapped in at the end, so a build that is killed
halfway leaves the previous outputs as they were.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from kgraph.atomic import atomic_writer
from kgraph.errors import InputError, KgraphError
from kgraph.extract import iter_statements
from kgraph.gazetteer import Gazetteer
from kgraph.graphfiles import GraphFiles
from kgraph.nlp.pipeline import load_pipeline
from kgraph.read import read_sources
from kgraph.render import RenderOptions, render_html
from kgraph.resolve import Resolver
from kgraph.types import Document, Extraction, Statement, statement_line

log = logging.getLogger(__name__)

OUTPUT_FILES = ("graph.ttl", "graph.trig", "statements.jsonl", "graph.html")


@dataclass
class BuildResult:
    out: Path
    extraction: Extraction
    problems: list[InputError] = field(default_factory=list)
    conforms: bool = True
    files: dict[str, int] = field(default_factory=dict)  # name -> bytes

    def summary(self) -> dict[str, object]:
        ex = self.extraction
        return {
            "documents": len(ex.documents),
            "skipped": len(self.problems),
            "entities": dict(Counter(str(e.cls) for e in ex.entities.values()).most_common()),
            "statements": len(ex.statements),
            "relations": dict(Counter(s.relation for s in ex.statements).most_common()),
            "status": dict(Counter(str(s.status) for s in ex.statements).most_common()),
            "conforms": self.conforms,
            "files": self.files,
        }


def statements_jsonl(statements: Sequence[Statement]) -> str:
    """The statements as JSON Lines, in the form of ``spec/STATEMENTS.md``."""
    return "".join(statement_line(s) for s in statements)


#: Documents per chunk checked against the shapes and appended to the graph files.
CHUNK_DOCUMENTS = 64


def build(
    sources: Sequence[str | Path],
    out: Path,
    *,
    model: str | None = None,
    date: dt.date | None = None,
    render: RenderOptions | None = None,
    on_problem: Callable[[InputError], None] | None = None,
    workers: int = 1,
    client: object | None = None,
    progress: Callable[[Document, int], None] | None = None,
) -> BuildResult:
    """Read ``sources``, extract, and write ``graph.ttl``, ``graph.trig``,
    ``statements.jsonl`` and ``graph.html`` into ``out``.

    Documents are streamed: read, parsed and written chunk by chunk (see
    :mod:`kgraph.graphfiles`); only their statements are kept (for the HTML view), never
    their texts.

    Raises:
        KgraphError: nothing could be read (after every problem went to ``on_problem``),
            or the model or a data file cannot be loaded.
        GraphError: an output cannot be written.
    """
    problems: list[InputError] = []

    def note(problem: InputError) -> None:
        problems.append(problem)
        if on_problem is not None:
            on_problem(problem)
        else:
            log.warning("%s", problem)

    documents = read_sources(list(sources), date=date, on_problem=note)
    first = next(documents, None)
    if first is None:
        raise KgraphError("no article could be read from the sources given; see the lines above for why")
    nlp = load_pipeline(model)
    resolver = Resolver(Gazetteer.load())
    stream = iter_statements(
        _chain(first, documents), nlp, resolver=resolver, n_process=workers, batch_size=16 if workers > 1 else 8,
        client=client,
    )  # fmt: skip
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    _recover(out)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.new-", dir=out.parent))
    try:
        with GraphFiles(tmp) as files:
            extraction = _stream(stream, resolver, files, tmp / "statements.jsonl", progress)
        result = BuildResult(out=out, extraction=extraction, problems=problems, conforms=files.conforms)
        render_html(extraction, tmp / "graph.html", render or RenderOptions())
        _swap(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    result.files = {p.name: p.stat().st_size for p in sorted(out.iterdir()) if p.name in OUTPUT_FILES}
    return result


def _stream(
    stream: Iterable[tuple[Document, list[Statement]]],
    resolver: Resolver,
    files: GraphFiles,
    jsonl: Path,
    progress: Callable[[Document, int], None] | None,
) -> Extraction:
    """Write each chunk of ``stream`` to ``files`` and ``jsonl``; the extraction of the
    whole run, documents without their texts."""
    documents: list[Document] = []
    statements: list[Statement] = []
    used: set[str] = set()
    chunk_docs: list[Document] = []
    chunk: list[Statement] = []

    def flush() -> None:
        iris = {r.iri for s in chunk for r in s.refs()}
        used.update(iris)
        files.add(Extraction(documents=tuple(chunk_docs), entities=resolver.entities(iris), statements=tuple(chunk)))
        chunk_docs.clear()
        chunk.clear()

    with atomic_writer(jsonl) as f:
        for document, found in stream:
            light = replace(document, text="")
            documents.append(light)
            chunk_docs.append(light)
            chunk.extend(found)
            statements.extend(found)
            f.write("".join(statement_line(s) for s in found))
            if progress is not None:
                progress(document, len(found))
            if len(chunk_docs) >= CHUNK_DOCUMENTS:
                flush()
        flush()
    entities = resolver.entities(used)  # with every alias the whole run merged
    files.add(Extraction(documents=(), entities=entities))
    return Extraction(documents=tuple(documents), entities=entities, statements=tuple(statements))


def _chain(first: Document, rest: Iterator[Document]) -> Iterator[Document]:
    yield first
    yield from rest


def _swap(new: Path, out: Path) -> None:
    old = out.with_name(f".{out.name}.old")
    if out.exists():
        if old.exists():
            shutil.rmtree(old)
        os.replace(out, old)
    os.replace(new, out)
    shutil.rmtree(old, ignore_errors=True)


def _recover(out: Path) -> None:
    """Bring back the previous outputs if a build was killed between the two renames."""
    old = out.with_name(f".{out.name}.old")
    if not out.exists() and old.exists():
        os.replace(old, out)
