"""The whole job as one library call: sources in, an output directory of graph files out.

The CLI's ``build`` and the notebooks call :func:`build`. The output directory is
checked before anything is read, and the outputs are staged inside it and moved over the
previous ones at the end (see :mod:`kgraph.outdir`): a build that fails or is killed
halfway leaves the previous outputs as they were, and other files in ``out`` alone.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kgraph import graph
from kgraph.errors import InputError, KgraphError
from kgraph.extract import extract
from kgraph.nlp.pipeline import load_pipeline
from kgraph.outdir import Staging, check_output_dir
from kgraph.read import read_sources
from kgraph.render import RenderOptions, render_html
from kgraph.types import Document, Extraction, Statement

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
    return "".join(json.dumps(s.to_json(), ensure_ascii=False) + "\n" for s in statements)


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

    Raises:
        OutputError: ``out`` cannot be used (checked before anything is read: a file,
            a source inside it, read-only, full), or writing the outputs fails.
        KgraphError: nothing could be read (after every problem went to ``on_problem``),
            or the model or a data file cannot be loaded.
    """
    check_output_dir(out, sources)
    problems: list[InputError] = []

    def note(problem: InputError) -> None:
        problems.append(problem)
        if on_problem is not None:
            on_problem(problem)
        else:
            log.warning("%s", problem)

    documents = list(read_sources(list(sources), date=date, on_problem=note))
    if not documents:
        raise KgraphError("no article could be read from the sources given; see the lines above for why")
    nlp = load_pipeline(model)
    extraction = extract(
        documents, nlp, n_process=workers, batch_size=16 if workers > 1 else 8, client=client, progress=progress
    )
    ds = graph.build_dataset(extraction)
    conforms, _report = graph.validate(ds)
    result = BuildResult(out=out, extraction=extraction, problems=problems, conforms=conforms)
    write_outputs(ds, extraction, out, render or RenderOptions(), result)
    return result


def write_outputs(ds, extraction: Extraction, out: Path, options: RenderOptions, result: BuildResult) -> None:
    """Write every output into a staging directory inside ``out``, then move them over
    the previous ones (other files in ``out`` are left alone).

    Raises:
        OutputError: ``out`` cannot be written (read-only, disk full).
    """
    out = Path(out)
    staging = Staging(out)
    try:
        with staging.writing():
            graph.serialize(ds, graph.Format.TTL, staging.path("graph.ttl"))
            graph.serialize(ds, graph.Format.TRIG, staging.path("graph.trig"))
            staging.path("statements.jsonl").write_text(statements_jsonl(extraction.statements), encoding="utf-8")
            render_html(extraction, staging.path("graph.html"), options)
        staging.commit()
    finally:
        staging.discard()
    result.files = {name: (out / name).stat().st_size for name in sorted(OUTPUT_FILES)}
