"""The HTML graph view without a browser: selection, payload, escaping, page, writing."""

from __future__ import annotations

import base64
import hashlib
import json
import math
import datetime as dt
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from kgraph.errors import GraphError, KgraphError
from kgraph.render import RenderOptions, render, render_html, select_subgraph
from kgraph.render.layout import compute_layout, spread_overlaps
from kgraph.render.page import SCRIPTS
from kgraph.render.communities import MIN_COMMUNITY, communities
from kgraph.render.payload import build_payload, is_pronoun, safe_url, script_json, wikidata_id
from kgraph.render.timeline import parse_time, timeline
from kgraph.render.subgraph import pagerank
from kgraph.types import Extraction, MergeReason, Status

from render_factories import (
    C,
    document,
    entity,
    hostile_extraction,
    news_extraction,
    statement,
    synthetic_extraction,
)


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"
        if self._in_script:
            self.scripts.append("")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts[-1] += data


def parse(page: str) -> _Tags:
    parser = _Tags()
    parser.feed(page)
    return parser


def payload_of(page: str) -> dict:
    match = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    assert match, "the page embeds its data"
    return json.loads(match.group(1))


# ---- escaping -------------------------------------------------------------------


def test_script_json_escapes_markup_and_line_separators():
    data = {"s": "</script><img src=x onerror=alert(1)>&amp;\u2028\u2029<!--", "n": 1}
    text = script_json(data)
    for bad in ("<", ">", "&", "\u2028", "\u2029"):
        assert bad not in text
    assert json.loads(text) == data


def test_script_json_keeps_unicode_and_survives_lone_surrogates():
    text = script_json({"s": "Пхеньян 평양", "bad": "x\udc80y"})
    assert "Пхеньян 평양" in text
    text.encode("utf-8")  # no lone surrogate reaches the file
    assert json.loads(text)["bad"] == "x\udc80y"


def test_script_json_rejects_nan():
    with pytest.raises(ValueError):
        script_json({"x": math.nan})


@pytest.mark.parametrize(
    "url, ok",
    [
        ("https://example.org/a?b=1", True),
        ("http://example.org", True),
        ("javascript:alert(1)", False),
        ("JaVaScRiPt:alert(1)", False),
        ("data:text/html,<script>alert(1)</script>", False),
        ("//example.org/x", False),
        ("", False),
        (None, False),
    ],
)
def test_safe_url_allows_only_http(url, ok):
    assert (safe_url(url) is not None) is ok


def test_wikidata_id_accepts_ids_and_iris_only():
    assert wikidata_id("Q423") == "Q423"
    assert wikidata_id("http://www.wikidata.org/entity/Q159") == "Q159"
    assert wikidata_id('Q1"><img src=x>') is None
    assert wikidata_id("P31") is None
    assert wikidata_id(None) is None


def test_hostile_strings_never_reach_the_markup():
    page = render_html(hostile_extraction(), options=RenderOptions(title='My <b>"graph"</b> & co'))
    tags = parse(page)
    assert [t for t, _ in tags.tags].count("script") == 2 + len(SCRIPTS)  # data, vis-network, the app's parts
    assert not any(t in ("img", "svg", "iframe", "object", "embed", "b") for t, _ in tags.tags)
    assert "<img" not in page and "alert(1)</script>" not in page and "\u2028" not in page
    assert "<title>My &lt;b&gt;&quot;graph&quot;&lt;/b&gt; &amp; co</title>" in page
    data = payload_of(page)
    labels = {n["label"] for n in data["nodes"]}
    assert "Acme <script>alert(1)</script>" in labels  # the text itself is kept, as data
    assert data["title"] == 'My <b>"graph"</b> & co'
    assert all(d["url"] is None or d["url"].startswith("https://") for d in data["documents"])
    assert data["documents"][0]["url"] is None  # javascript: is dropped
    assert all(n["wikidata"] in (None, "Q30") for n in data["nodes"])


def test_page_is_self_contained():
    page = render_html(news_extraction())
    tags = parse(page)
    for tag, attrs in tags.tags:
        assert "src" not in attrs, f"<{tag}> loads {attrs['src']}"
        assert tag != "link"
        href = attrs.get("href") or ""
        assert not href.startswith(("http:", "https:", "//")), href
    assert "@import" not in page and not re.search(r"url\((?!\"?data:)", page)
    # the CSP allows exactly the inline scripts and no request of any kind
    csp = next(a["content"] for t, a in tags.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in csp and "connect-src 'none'" in csp
    for code in tags.scripts[1:]:
        digest = base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode()
        assert f"'sha256-{digest}'" in csp
    assert len(tags.scripts) == 2 + len(SCRIPTS)
    for code in tags.scripts[2:]:  # kgraph's own scripts never parse strings as markup
        assert "innerHTML" not in code and "insertAdjacentHTML" not in code and "document.write" not in code


# ---- payload --------------------------------------------------------------------


def _edges(data: dict, relation: str) -> list[dict]:
    return [e for e in data["edges"] if e["relation"] == relation]


def test_payload_carries_statement_qualifiers_and_evidence():
    ext = news_extraction()
    data = build_payload(select_subgraph(ext), RenderOptions())
    labels = [n["label"] for n in data["nodes"]]
    supplies = [e for e in _edges(data, "supplies") if labels[e["to"]] == "artillery shells"]
    assert len(supplies) == 1
    edge = supplies[0]
    assert labels[edge["from"]] == "North Korea" and edge["status"] == "asserted"
    m = edge["mentions"][0]
    assert m["quantity"]["max"] == 2_000_000 and m["quantity"]["hedge"] == "almost"
    assert m["accordingTo"] == {"label": "South Korea", "text": "Seoul"}
    assert m["recipient"]["label"] == "Russia"
    assert m["sentence"].startswith("According to Seoul")
    doc = data["documents"][m["doc"]]
    assert doc["title"] == "North Korea promises engineers" and doc["url"] == "https://news.example.org/a"
    deploys = {e["status"] for e in _edges(data, "deploys")}
    assert deploys == {"planned", "negated"}
    related = _edges(data, "relatedTo")[0]
    assert related["label"] == "reinforces"
    nk = data["nodes"][labels.index("North Korea")]
    assert nk["wikidata"] == "Q423" and {"text": "Pyongyang", "reason": "metonymy"} in nk["aliases"]
    statuses = {s["name"]: s for s in data["statuses"]}
    assert not statuses["negated"]["shown"] and not statuses["hypothetical"]["shown"]
    assert statuses["asserted"]["shown"] and statuses["planned"]["dashes"] and statuses["alleged"]["dashes"]
    assert len({json.dumps(s["dashes"]) + s["color"] for s in data["statuses"]}) == 5  # all told apart
    assert {c["name"] for c in data["classes"]} >= {"Country", "Person", "Materiel", "Group"}
    assert len({c["color"] for c in data["classes"]}) == len(data["classes"])


def test_repeated_and_symmetric_statements_share_an_edge():
    a, b = entity("Alpha", C.COUNTRY), entity("Beta", C.COUNTRY)
    doc = document("d.txt", "Alpha met Beta. Beta met Alpha. Alpha met Beta again.")
    ext = Extraction(
        documents=(doc,),
        entities={a.iri: a, b.iri: b},
        statements=(
            statement(doc, a, "meetsWith", b, "Alpha met Beta."),
            statement(doc, b, "meetsWith", a, "Beta met Alpha."),
            statement(doc, a, "meetsWith", b, "Alpha met Beta again.", status=Status.PLANNED),
            statement(doc, a, "supplies", b, "Alpha met Beta."),
            statement(doc, b, "supplies", a, "Beta met Alpha."),
        ),
    )
    data = build_payload(select_subgraph(ext), RenderOptions())
    meets = _edges(data, "meetsWith")
    assert sorted(len(e["mentions"]) for e in meets) == [1, 2]
    assert all(e["symmetric"] for e in meets)
    assert len(_edges(data, "supplies")) == 2  # directed: two edges
    curves = sorted(e["curve"] for e in data["edges"])
    assert curves.count(0.0) == 1 and len(set(curves)) == 4  # parallel edges are bent apart


def test_statement_refs_missing_from_entities_and_documents_are_drawn():
    ext = news_extraction()
    bare = Extraction(documents=(), entities={}, statements=ext.statements)
    data = build_payload(select_subgraph(bare), RenderOptions())
    assert len(data["nodes"]) == len({s.subject.iri for s in ext.statements} | {s.object.iri for s in ext.statements})
    assert {d["source"] for d in data["documents"]} == {"seeds/a.txt", "seeds/b.txt"}


def test_size_by_degree_or_centrality():
    ext = news_extraction()
    by_degree = build_payload(select_subgraph(ext), RenderOptions())
    by_rank = build_payload(select_subgraph(ext), RenderOptions(size_by="centrality"))
    biggest = max(by_degree["nodes"], key=lambda n: n["size"])
    assert biggest["label"] == "North Korea"
    assert max(by_rank["nodes"], key=lambda n: n["size"])["label"] == "North Korea"
    assert [n["size"] for n in by_degree["nodes"]] != [n["size"] for n in by_rank["nodes"]]
    isolated = next(n for n in by_degree["nodes"] if n["label"] == "South Korea")
    assert isolated["degree"] == 0 and isolated["size"] == min(n["size"] for n in by_degree["nodes"])


def test_physics_threshold():
    ext = news_extraction()
    assert render(ext).physics
    assert not render(ext, options=RenderOptions(physics_threshold=5)).physics


# ---- selection ------------------------------------------------------------------


def test_focus_by_label_alias_and_iri_with_hops():
    ext = news_extraction()
    one = select_subgraph(ext, RenderOptions(focus="Vladimir Putin", hops=1))
    labels = {e.label for e in one.extraction.entities.values()}
    assert labels == {"Vladimir Putin", "Pyongyang", "mutual defence treaty", "Kim Jong Un"}
    assert all({s.subject.label, s.object.label} <= labels for s in one.extraction.statements)
    assert one.focus is not None and one.focus.label == "Vladimir Putin"
    two = select_subgraph(ext, RenderOptions(focus="putin", hops=2))  # an alias, any case
    assert {"North Korea", "Kursk"} <= {e.label for e in two.extraction.entities.values()}
    iri = one.focus.iri
    assert select_subgraph(ext, RenderOptions(focus=iri, hops=0)).extraction.entities.keys() == {iri}
    assert one.omitted == ()


def test_unknown_focus_names_close_matches():
    with pytest.raises(KgraphError, match="North Korea"):
        select_subgraph(news_extraction(), RenderOptions(focus="North Koreaa"))


def test_max_nodes_keeps_the_most_central_and_lists_the_rest():
    ext = news_extraction()
    sel = select_subgraph(ext, RenderOptions(max_nodes=5))
    kept = {e.label for e in sel.extraction.entities.values()}
    assert len(kept) == 5 and "North Korea" in kept and "Russia" in kept
    assert len(sel.omitted) == len(ext.entities) - 5 and not kept & set(sel.omitted)
    assert sel.total_entities == len(ext.entities)
    assert all(s.subject.iri in sel.extraction.entities and s.object.iri in sel.extraction.entities for s in sel.extraction.statements)
    report = render(ext, options=RenderOptions(max_nodes=5))
    assert report.omitted == sel.omitted and report.nodes == 5
    data = payload_of(report.html)
    assert data["omittedCount"] == len(sel.omitted) and data["omitted"] == list(sel.omitted)


def test_focus_entity_survives_max_nodes():
    sel = select_subgraph(news_extraction(), RenderOptions(focus="Kursk", hops=3, max_nodes=2))
    assert "Kursk" in {e.label for e in sel.extraction.entities.values()}


@pytest.mark.parametrize(
    "kwargs",
    [{"max_nodes": 0}, {"hops": -1}, {"physics_threshold": -5}, {"size_by": "pagerank"}, {"focus": "  "}],
)
def test_bad_options_are_refused(kwargs):
    with pytest.raises(KgraphError):
        RenderOptions(**kwargs)


def test_pagerank_favours_hubs_and_sums_to_one():
    nodes = ["hub", "a", "b", "c", "lone"]
    rank = pagerank(nodes, [("hub", "a"), ("hub", "b"), ("c", "hub")])
    assert math.isclose(sum(rank.values()), 1.0, rel_tol=1e-6)
    assert max(rank, key=rank.get) == "hub"
    assert rank["lone"] < rank["a"]


# ---- layout ---------------------------------------------------------------------


def test_layout_is_deterministic_and_spreads_nodes():
    ext = synthetic_extraction(1500, seed=3)
    iris = list(ext.entities)
    pairs = [(s.subject.iri, s.object.iri) for s in ext.statements]
    first, second = compute_layout(iris, pairs), compute_layout(iris, pairs)
    assert first == second and set(first) == set(iris)
    assert all(math.isfinite(x) and math.isfinite(y) for x, y in first.values())
    assert len(set(first.values())) > 0.99 * len(iris)  # (almost) no two nodes on top of each other
    assert compute_layout([], []) == {}


@pytest.mark.slow
def test_20000_nodes_render_without_physics():  # how fast: benchmarks/render.py
    report = render(synthetic_extraction(20_000))
    assert report.nodes == 20_000 and not report.physics


@pytest.mark.parametrize(
    ("positions", "apart"),
    [
        ({"a": (0.0, 0.0), "b": (5.0, 0.0), "far": (500.0, 0.0)}, [("a", "b")]),
        ({"a": (0.0, 0.0), "b": (0.0, 0.0), "far": (500.0, 0.0)}, [("a", "b")]),  # on top of each other
        ({"a": (0.0, 0.0), "b": (8.0, 6.0), "c": (-6.0, 8.0), "far": (500.0, 0.0)}, [("a", "b"), ("a", "c"), ("b", "c")]),
    ],
)
def test_spread_overlaps_parts_touching_nodes_only(positions, apart):
    out = spread_overlaps(positions, {k: 10.0 for k in positions}, gap=4.0, rounds=50)
    for a, b in apart:
        assert math.dist(out[a], out[b]) >= 23.5
    assert out["far"] == positions["far"]  # a node apart from the others does not move
    assert spread_overlaps(positions, {k: 10.0 for k in positions}) == spread_overlaps(positions, {k: 10.0 for k in positions})


def test_large_layout_keeps_nodes_apart():
    data = build_payload(select_subgraph(synthetic_extraction(2000, seed=5)), RenderOptions())
    nodes = sorted(data["nodes"], key=lambda n: n["x"])
    crowded = set()
    for i, a in enumerate(nodes):  # sweep along x: only nodes within reach are compared
        for b in nodes[i + 1:]:
            if b["x"] - a["x"] > 2 * 42:
                break
            if math.dist((a["x"], a["y"]), (b["x"], b["y"])) < 0.8 * (a["size"] + b["size"]):
                crowded.update((a["id"], b["id"]))
    assert len(crowded) < 0.05 * len(nodes)  # hubs and their neighbours do not cover each other


# ---- names, time, communities, qualifiers ------------------------------------------


@pytest.mark.parametrize(
    ("text", "pronoun"),
    [("it", True), ("Its", True), (" his ", True), ("them", True), ("US", False), ("IT", False),
     ("North Korea", False), ("the country", False), ("Itamar", False)],
)
def test_pronouns_are_not_names(text, pronoun):
    assert is_pronoun(text) is pronoun


def test_entity_panel_lists_no_pronoun_and_no_repeat():
    nk = entity("North Korea", C.COUNTRY, aliases=(("it", MergeReason.COREFERENCE), ("DPRK", MergeReason.ALIAS),
                                                  ("its", MergeReason.COREFERENCE), ("north korea", MergeReason.ALIAS),
                                                  ("US", MergeReason.ACRONYM)))
    ru = entity("Russia", C.COUNTRY)
    doc = document("a.txt", "North Korea supplies Russia.")
    ext = Extraction(documents=(doc,), entities={nk.iri: nk, ru.iri: ru},
                     statements=(statement(doc, nk, "supplies", ru, "North Korea supplies Russia."),))
    node = next(n for n in build_payload(select_subgraph(ext), RenderOptions())["nodes"] if n["label"] == "North Korea")
    assert [a["text"] for a in node["aliases"]] == ["DPRK", "US"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2024-07-03", dt.date(2024, 7, 3)), ("2024-07", dt.date(2024, 7, 1)), ("2022", dt.date(2022, 1, 1)),
     ("2024-W27", None), ("2024-13", None), ("0099", None), ("", None), (None, None), ("next month", None)],
)
def test_parse_time(value, expected):
    assert parse_time(value) == expected


@pytest.mark.parametrize(
    ("dates", "unit", "labels", "counts"),
    [
        ([dt.date(2024, 6, 1), dt.date(2024, 6, 3), None], "day", ("2024-06-01", "2024-06-02", "2024-06-03"), (1, 0, 1)),
        ([dt.date(2024, 6, 25), dt.date(2024, 11, 2), dt.date(2024, 6, 1)], "month",
         ("2024-06", "2024-07", "2024-08", "2024-09", "2024-10", "2024-11"), (2, 0, 0, 0, 0, 1)),
        ([dt.date(1990, 5, 1), dt.date(2024, 1, 1)], "year", tuple(str(y) for y in range(1990, 2025)), (1,) + (0,) * 33 + (1,)),
        ([None, None], "month", (), ()),
    ],
)
def test_timeline_bins_statements_into_periods(dates, unit, labels, counts):
    t = timeline(dates)
    assert (t.unit, t.labels, t.counts) == (unit, labels, counts)
    assert t.undated == dates.count(None) and len(t.index) == len(dates)


def test_statement_time_is_resolved_time_else_publication_date():
    data = build_payload(select_subgraph(news_extraction()), RenderOptions())
    assert data["time"]["labels"][0] == "2024-06" and data["time"]["labels"][-1] == "2024-11"
    period = {(e["relation"], e["status"]): data["time"]["labels"][m["period"]] for e in data["edges"] for m in e["mentions"]}
    assert period["deploys", "planned"] == "2024-07"  # "next month", resolved
    assert period["deploys", "negated"] == "2024-11"  # no time: the article's date
    assert sum(data["time"]["counts"]) == sum(len(e["mentions"]) for e in data["edges"])


def test_communities_are_seeded_and_cover_dense_groups():
    ext = synthetic_extraction(600, seed=3)
    iris = list(ext.entities)
    pairs = [(s.subject.iri, s.object.iri) for s in ext.statements]
    groups = communities(iris, pairs)
    assert groups == communities(iris, pairs)  # the same build draws the same clusters
    assert len(groups) > 3 and all(len(g) >= MIN_COMMUNITY for g in groups)
    flat = [i for g in groups for i in g]
    assert len(flat) == len(set(flat))
    data = build_payload(select_subgraph(ext), RenderOptions())
    assert [c["size"] for c in data["communities"]] == [len(g) for g in groups]
    for k, c in enumerate(data["communities"]):
        assert data["nodes"][c["top"]]["community"] == k


def test_qualifier_only_entities_are_named_by_their_statements():
    data = build_payload(select_subgraph(news_extraction()), RenderOptions())
    sk = next(n for n in data["nodes"] if n["label"] == "South Korea")
    assert sk["degree"] == 0
    naming = {e["relation"] for e in data["edges"] if sk["id"] in e["named"]}
    assert naming == {"supplies", "sufferedCasualties"}  # "according to Seoul", "South Korea estimated"
    russia = next(n for n in data["nodes"] if n["label"] == "Russia")
    assert not any(russia["id"] in e["named"] for e in data["edges"])  # it has statements of its own


def test_legend_lists_relations_beyond_the_fixed_enum():
    a, b = entity("Atlantis", C.COUNTRY), entity("Lemuria", C.COUNTRY)
    doc = document("a.txt", "Atlantis sanctions Lemuria.")
    ext = Extraction(documents=(doc,), entities={a.iri: a, b.iri: b},
                     statements=(statement(doc, a, "sanctions", b, "Atlantis sanctions Lemuria."),))
    data = build_payload(select_subgraph(ext), RenderOptions())
    assert [r["name"] for r in data["relations"]] == ["sanctions"]


# ---- writing --------------------------------------------------------------------


def test_writes_atomically(tmp_path: Path):
    dest = tmp_path / "out" / "graph.html"
    page = render_html(news_extraction(), dest)
    assert dest.read_text(encoding="utf-8") == page
    dest.write_text("old", encoding="utf-8")
    render_html(news_extraction(), dest)
    assert dest.read_text(encoding="utf-8") == page
    assert [p.name for p in dest.parent.iterdir()] == ["graph.html"]  # no temporary file left


def test_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch):
    dest = tmp_path / "graph.html"
    dest.write_text("old", encoding="utf-8")

    def boom(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("kgraph.atomic.os.replace", boom)  # the one atomic writer
    with pytest.raises(GraphError, match="graph.html"):
        render_html(news_extraction(), dest)
    assert dest.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.html"]


def test_unwritable_destination_raises_graph_error(tmp_path: Path):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(GraphError):
        render_html(news_extraction(), blocker / "graph.html")


def test_empty_extraction_renders():
    page = render_html(Extraction(documents=()))
    data = payload_of(page)
    assert data["nodes"] == [] and data["edges"] == []
