"""The notebooks run headless from a fresh checkout and answer their questions.

``notebooks/explore.ipynb`` is executed with nbclient in the ``python3`` kernel, which
jupyter_client resolves to the running interpreter (ipykernel's own kernel spec, or the
one ipykernel installs into the venv), so a venv made by ``pip install -e .[test]`` is
enough. Cells are found by their tags (``setup``, ``build``, ``q1`` ... ``q5-view``).
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "notebooks" / "explore.ipynb"
TAGS = ("setup", "build", "helpers", "q1", "q2", "q3", "q4", "q5-table", "q5-view")
MERGE_REASONS = ("name", "alias", "demonym", "metonymy", "coreference", "short-name", "acronym")


def _execute(cwd: Path, out: Path) -> nbformat.NotebookNode:
    """Run the notebook with ``cwd`` as its working directory and graph files in ``out``."""
    from jupyter_client.kernelspec import NoSuchKernel, get_kernel_spec
    from nbclient import NotebookClient

    try:
        get_kernel_spec("python3")
    except NoSuchKernel:
        pytest.fail("no python3 kernel: install the test extras (pip install -e '.[test]'), which bring ipykernel")
    nb = nbformat.read(NOTEBOOK, as_version=4)
    with pytest.MonkeyPatch.context() as mp:  # the kernel inherits this process's environment
        mp.setenv("KGRAPH_NOTEBOOK_OUT", str(out))
        mp.delenv("KGRAPH_NOTEBOOK_REBUILD", raising=False)
        client = NotebookClient(
            nb, kernel_name="python3", timeout=600, allow_errors=True, resources={"metadata": {"path": str(cwd)}}
        )
        client.execute()
    return nb


def _cells(nb: nbformat.NotebookNode) -> dict[str, nbformat.NotebookNode]:
    return {tag: c for c in nb.cells if c.cell_type == "code" for tag in c.metadata.get("tags", [])}


def _errors(nb: nbformat.NotebookNode) -> list[str]:
    return [
        f"cell {i} ({c.metadata.get('tags')}): {o.ename}: {o.evalue}"
        for i, c in enumerate(nb.cells)
        if c.cell_type == "code"
        for o in c.get("outputs", [])
        if o.output_type == "error"
    ]


def _text(cell: nbformat.NotebookNode) -> str:
    parts = []
    for o in cell.outputs:
        if o.output_type == "stream":
            parts.append(o.text)
        elif o.output_type in ("execute_result", "display_data"):
            parts.append(o.data.get("text/plain", ""))
    return "\n".join(parts)


def _html(cell: nbformat.NotebookNode) -> str:
    return "\n".join(
        o.data.get("text/html", "") for o in cell.outputs if o.output_type in ("execute_result", "display_data")
    )


class _Tables(HTMLParser):
    """The header and data rows of every HTML table (a DataFrame's ``_repr_html_``)."""

    def __init__(self) -> None:
        super().__init__()
        self.tables: list[tuple[list[str], list[list[str]]]] = []
        self._section = self._row = self._cell = None

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "table":
            self.tables.append(([], []))
        elif tag in ("thead", "tbody"):
            self._section = tag
        elif tag == "tr":
            self._row = []
        elif tag in ("th", "td"):
            self._cell = []

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("th", "td") and self._row is not None:
            self._row.append("".join(self._cell or []).strip())
            self._cell = None
        elif tag == "tr" and self._row is not None:
            header, rows = self.tables[-1]
            if self._section == "thead" and not header:
                header.extend(self._row[1:])  # the first column is the DataFrame's index
            elif self._section == "tbody":
                rows.append(["" if v in ("None", "NaN", "<NA>") else v for v in self._row[1:]])
            self._row = None


def _table(cell: nbformat.NotebookNode) -> tuple[list[str], list[list[str]]]:
    """The header and rows of the DataFrame shown in ``cell``."""
    parser = _Tables()
    parser.feed(_html(cell))
    assert parser.tables, f"no table in:\n{_text(cell)}"
    return parser.tables[0]


def _rows(cell: nbformat.NotebookNode) -> list[list[str]]:
    return _table(cell)[1]


def _header(cell: nbformat.NotebookNode) -> list[str]:
    return _table(cell)[0]


def test_committed_notebook_has_no_outputs():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code, "the notebook has no code cells"
    assert all(not c.outputs and c.execution_count is None for c in code), "clear the notebook's outputs"
    assert set(TAGS) <= set(_cells(nb)), "every question cell keeps its tag"


def test_notebook_has_no_hard_coded_answers():
    """The questions are SPARQL over the graph, not strings of expected answers."""
    source = "\n".join(c.source for c in nbformat.read(NOTEBOOK, as_version=4).cells if c.cell_type == "code")
    for answer in ("artillery", "two million", "100,000", "Putin", "DPRK", "Pyongyang"):
        assert answer not in source, f"{answer!r} is an answer, not a query"


@pytest.fixture(scope="module")
def executed(tmp_path_factory) -> tuple[nbformat.NotebookNode, Path]:
    """The notebook run from notebooks/ with an empty output directory (so it builds)."""
    out = tmp_path_factory.mktemp("notebook") / "out"
    return _execute(ROOT / "notebooks", out), out


@pytest.mark.slow
def test_notebook_runs_without_errors_and_builds(executed):
    nb, out = executed
    assert _errors(nb) == []
    cells = _cells(nb)
    assert str(ROOT) in _text(cells["setup"])
    assert f"built {out}" in _text(cells["build"])
    for name in ("graph.ttl", "graph.trig", "statements.jsonl", "graph.html"):
        assert (out / name).stat().st_size > 0


@pytest.mark.slow
def test_question_1_lists_supplies_or_deployments(executed):
    cell = _cells(executed[0])["q1"]
    header, rows = _header(cell), _rows(cell)
    assert {"relation", "sent", "recipient", "quantity", "status", "accordingTo"} <= set(header)
    assert rows, "North Korea supplied or sent something in the sample articles"
    relation = header.index("relation")
    assert {r[relation] for r in rows} <= {"kg:supplies", "kg:deploys"}
    status = header.index("status")
    assert {r[status] for r in rows} <= {"kg:asserted", "kg:planned", "kg:alleged", "kg:negated", "kg:hypothetical"}
    assert "actor" not in header and "partner" not in header, "bound variables are not shown"
    assert "<table" in _html(cell) and "<script" not in _html(cell)


@pytest.mark.slow
def test_questions_2_and_4_show_a_table_or_no_rows(executed):
    cells = _cells(executed[0])
    for tag, relations in (("q2", {"kg:visits", "kg:meetsWith"}), ("q4", None)):
        rows = _rows(cells[tag])
        if rows and relations:
            column = _header(cells[tag]).index("relation")
            assert {r[column] for r in rows} <= relations
        assert "<table" in _html(cells[tag])


@pytest.mark.slow
def test_question_3_gives_names_with_merge_reasons(executed):
    cell = _cells(executed[0])["q3"]
    rows = _rows(cell)
    assert rows, "some entity of the sample articles is known by several names"
    names = _header(cell).index("alsoKnownAs")
    reasons = re.findall(r"\(([a-z-]+)\)", " ".join(r[names] for r in rows))
    assert reasons and set(reasons) <= set(MERGE_REASONS)


@pytest.mark.slow
def test_question_5_table_and_focused_view(executed):
    cells = _cells(executed[0])
    rows, header = _rows(cells["q5-table"]), _header(cells["q5-table"])
    assert rows and header[0] == "role"
    roles = {"subject", "object", "recipient", "destination", "location", "accordingTo"}
    assert all(set(r[0].split(", ")) <= roles for r in rows)
    assert "actor" not in header
    view = _html(cells["q5-view"])
    assert '<iframe' in view and 'sandbox="allow-scripts"' in view and "srcdoc=" in view
    assert "&lt;script" in view and "<script" not in view, "the page is escaped into srcdoc, not inlined"


@pytest.mark.slow
def test_notebook_from_repo_root_reuses_the_graph(executed):
    _, out = executed
    before = (out / "graph.trig").stat().st_mtime_ns
    nb = _execute(ROOT, out)
    assert _errors(nb) == []
    assert f"loaded {out / 'graph.trig'}" in _text(_cells(nb)["build"])
    assert (out / "graph.trig").stat().st_mtime_ns == before
    assert _rows(_cells(nb)["q1"]), "the loaded graph answers like the built one"


# --- the notebook's queries on a hand-made graph (no kernel, no spaCy) -----------------


def _run_query_cells(ds, extraction, monkeypatch) -> dict:
    """Execute the notebook's setup, helper and query cells against ``ds``; their namespace."""
    monkeypatch.chdir(ROOT / "notebooks")
    cells = _cells(nbformat.read(NOTEBOOK, as_version=4))
    namespace: dict = {}
    exec(cells["setup"].source, namespace)  # noqa: S102 - our own notebook
    namespace.update(KG=ds, extraction=extraction)
    for tag in ("helpers", "q1", "q2", "q3", "q4", "q5-table"):
        exec(cells[tag].source, namespace)  # noqa: S102
    return namespace


def _disagreeing_extraction():
    from factories import make_document, make_entity, make_statement, ref, sample_entities, sample_extraction

    from kgraph.types import EntityClass, Extraction, Quantity, Relation, Status

    base = sample_extraction()
    e = sample_entities()
    c = make_document(
        "seeds/c.txt",
        "Moscow says its forces lost 300 soldiers near Avdiivka. "
        "Kim Jong Un leads North Korea. "
        "Kim Jong Un sent advisers to Ukraine.",
    )
    losses = make_entity("300 soldiers", EntityClass.QUANTITY)
    advisers = make_entity("advisers", EntityClass.GROUP)
    extra = (
        make_statement(c, ref(e["ru"], "its forces", c), Relation.SUFFERED_CASUALTIES, ref(losses, doc=c), "lost 300",
                       according_to=ref(e["ru"], "Moscow", c), quantity=Quantity("300 soldiers", value=300.0,
                                                                                  unit="soldiers", hedge="exact")),
        make_statement(c, ref(e["kim"], doc=c), Relation.LEADER_OF, ref(e["nk"], doc=c), "leads"),
        make_statement(c, ref(e["kim"], doc=c), Relation.DEPLOYS, ref(advisers, doc=c), "sent advisers",
                       recipient=ref(e["ua"], "Ukraine", c), status=Status.ASSERTED),
    )
    entities = dict(base.entities) | {x.iri: x for x in (losses, advisers)}
    return Extraction(documents=(*base.documents, c), entities=entities, statements=base.statements + extra)


@pytest.mark.filterwarnings("ignore::DeprecationWarning:rdflib")
def test_queries_answer_on_a_hand_made_graph(monkeypatch):
    from kgraph import graph

    extraction = _disagreeing_extraction()
    ns = _run_query_cells(graph.build_dataset(extraction), extraction, monkeypatch)

    def rows(name: str) -> list[dict[str, object]]:
        return [{k: ("" if v is None or v != v else v) for k, v in r.items()} for r in ns[name].to_dict("records")]

    q1 = rows("q1")
    assert [(r["relation"], r["sent"], r["recipient"], r["quantity"], r["status"], r["accordingTo"]) for r in q1] == [
        ("kg:deploys", "military engineers", "Russia", "", "kg:planned", "South Korean intelligence"),
        ("kg:supplies", "artillery ammunition", "Russia", "almost two million rounds", "kg:asserted", ""),
    ], "Russia's own supplies and Kim's advisers sent to Ukraine are not North Korea's to Russia"
    assert [(r["who"], r["relation"], r["whom"], r["time"]) for r in rows("q2")] == [
        ("Vladimir Putin", "kg:meetsWith", "Kim Jong Un", "on 19 June 2024 (2024-06-19)")
    ]
    q3 = {r["entity"]: r for r in rows("q3")}
    # GROUP_CONCAT's order is the engine's to choose (SPARQL 1.1, 18.5.1.7): compare the names
    assert set(q3["North Korea"]["alsoKnownAs"].split("; ")) == {"DPRK (acronym)", "Pyongyang (metonymy)"}
    assert q3["North Korea"]["wikidata"] == "Q423" and q3["North Korea"]["class"] == "Country"
    assert "Ukraine" not in q3
    q4 = rows("q4")
    assert len(q4) == 1
    assert {(q4[0]["figure1"], q4[0]["source1"]), (q4[0]["figure2"], q4[0]["source2"])} == {
        ("more than 1,000 soldiers", "Ukraine"),
        ("300 soldiers", "Russia"),
    }
    q5 = {(r["role"], r["subject"], r["relation"], r["object"], r["status"]) for r in rows("q5")}
    assert ("object", "Kim Jong Un", "kg:leaderOf", "North Korea", "kg:asserted") in q5
    assert ("subject", "North Korea", "kg:supplies", "artillery ammunition", "kg:asserted") in q5
    assert ("recipient", "Russia", "kg:supplies", "technology", "kg:negated") in q5, "every role, every status"
    assert len(q5) == 4, "only statements North Korea takes part in"


def test_helpers_pass_values_as_bindings_and_escape_them(monkeypatch):
    from kgraph import graph

    extraction = _disagreeing_extraction()
    ns = _run_query_cells(graph.build_dataset(extraction), extraction, monkeypatch)
    frame = ns["ask"]('SELECT ?shown ?x WHERE { BIND(CONCAT(?x, "!") AS ?shown) }', x='<b>&" } #')
    assert list(frame.columns) == ["shown"] and frame["shown"].tolist() == ['<b>&" } #!']
    assert "&lt;b&gt;&amp;" in frame.to_html() and "<b>" not in frame.to_html()
    empty = ns["ask"]("SELECT ?x WHERE { ?x a kg:NoSuchClass }")
    assert list(empty.columns) == ["x"] and empty.empty
    assert ns["entity"]("dprk") == ns["entity"]("North Korea") is not None
    assert ns["entity"]('no "such" entity') is None
    assert ns["known"]("nobody at all") == ns["NOWHERE"]


def test_notebook_passes_values_as_bindings():
    """No SPARQL built by string formatting, no term splicing, no private attributes."""
    source = "\n".join(c.source for c in nbformat.read(NOTEBOOK, as_version=4).cells if c.cell_type == "code")
    assert "kgraph.query(" in source and ".to_dataframe()" in source
    assert not re.search(r"\bf(\"\"\"|\'\'\')", source), "an f-string query"
    assert ".n3(" not in source and ".format(" not in source and " % " not in source
    assert not re.search(r"\._[A-Za-z]", source), "a private attribute"
    assert "class Table" not in source
