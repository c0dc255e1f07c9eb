"""The whole job as one library call: sources in, an output directory of graph files out.

The CLI's ``build`` and the notebooks call :func:`build`. The output directory is
checked before anything is read, and the outputs are staged inside it and moved over the
previous ones at the end (see :mod:`kgraph.outdir`): a build that fails or is killed
halfway leaves the previous outputs as they were, and other files in ``out`` alone.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from itertools import chain
from pathlib import Path

from kgraph.atomic import atomic_writer
from kgraph.errors import InputError, KgraphError
from kgraph.extract import iter_statements
from kgraph.gazetteer import Gazetteer
from kgraph.graphfiles import GraphFiles
from kgraph.nlp.pipeline import load_pipeline
from kgraph.outdir import Staging, check_output_dir
from kgraph.read import read_sources
from kgraph.render import RenderOptions, render_html
from kgraph.resolve import Resolver
from kgraph.types import Document, Extraction, Statement, statements_jsonl

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
        OutputError: ``out`` cannot be used (checked before anything is read: a file,
            a source inside it, read-only, full), or writing the outputs fails.
        KgraphError: nothing could be read (after every problem went to ``on_problem``),
            or the model or a data file cannot be loaded.
        GraphError: an output cannot be written.
    """
    check_output_dir(out, sources)
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
        chain([first], documents), nlp, resolver=resolver, n_process=workers, batch_size=16 if workers > 1 else 8,
        client=client,
    )  # fmt: skip
    out = Path(out)
    staging = Staging(out)
    try:
        with staging.writing():
            with GraphFiles(staging.dir) as files:
                extraction = _stream(stream, resolver, files, staging.path("statements.jsonl"), progress)
            result = BuildResult(out=out, extraction=extraction, problems=problems, conforms=files.conforms)
            render_html(extraction, staging.path("graph.html"), render or RenderOptions())
        staging.commit()
    finally:
        staging.discard()
    result.files = {name: (out / name).stat().st_size for name in sorted(OUTPUT_FILES)}
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
            f.write(statements_jsonl(found))
            if progress is not None:
                progress(document, len(found))
            if len(chunk_docs) >= CHUNK_DOCUMENTS:
                flush()
        flush()
    entities = resolver.entities(used)  # with every alias the whole run merged
    files.add(Extraction(documents=(), entities=entities))
    return Extraction(documents=tuple(documents), entities=entities, statements=tuple(statements))
