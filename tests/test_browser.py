"""The HTML graph view in headless Chromium (Debian's, driven by Playwright)."""

from __future__ import annotations

import math
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from kgraph.render import RenderOptions, render_html
from kgraph.render.page import SCRIPTS

from render_factories import (
    CHROMIUM_ARGS, IMG, SCRIPT, find_chromium, hostile_extraction, news_extraction, synthetic_extraction, wait_until_drawn,
)

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    executable = find_chromium()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:  # pragma: no cover - playwright is a test dependency
        sync_playwright = None
    if executable is None or sync_playwright is None:
        reason = "chromium not installed (run `make browser`)" if executable is None else "playwright not installed"
        if os.environ.get("CI"):
            pytest.fail(f"{reason}, and CI is set: browser tests must run in CI")
        pytest.skip(reason)
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@dataclass
class Opened:
    page: object
    url: str
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def js(self, expression: str, arg=None):
        return self.page.evaluate(expression, arg)

    def visible(self) -> dict:
        return self.js("window.kgraph.visible()")


def open_page(browser, path: Path, timeout_ms: int = 60_000) -> Opened:
    page = browser.new_page(viewport={"width": 1400, "height": 850})
    opened = Opened(page=page, url=path.resolve().as_uri())
    page.on("console", lambda m: opened.errors.append(m.text) if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: opened.errors.append(str(e)))
    page.on("request", lambda r: opened.requests.append(r.url))
    page.on("dialog", lambda d: (opened.dialogs.append(d.message), d.dismiss()))
    page.goto(opened.url)
    wait_until_drawn(page, timeout_ms / 1000)
    return opened


@pytest.fixture()
def news(browser, tmp_path) -> Iterator[Opened]:
    path = tmp_path / "news.html"
    render_html(news_extraction(), path, RenderOptions(title="News graph"))
    opened = open_page(browser, path)
    yield opened
    opened.page.close()


def _until(opened: Opened, expression: str, timeout_s: float = 10) -> None:
    """Wait until the page expression is true (polled: the page's CSP forbids eval)."""
    for _ in range(int(timeout_s / 0.02)):
        if opened.js(expression):
            return
        opened.page.wait_for_timeout(20)
    raise AssertionError(f"still false after {timeout_s} s: {expression}")


def _click_filter(opened: Opened, group: str, value: str) -> None:
    opened.page.click(f"input[data-filter='{group}'][value='{value}']")


def test_loads_without_errors_or_requests(news: Opened):
    assert news.errors == []
    assert news.requests == [news.url]  # the page itself, nothing else
    counts = news.visible()
    assert counts["nodes"] > 10 and counts["edges"] > 10
    assert news.js("window.network.body.nodeIndices.length") == counts["nodes"]
    assert news.js("window.network.body.edgeIndices.length") == counts["edges"]
    data = news.js("window.kgraph.data")
    hidden = sum(1 for e in data["edges"] if e["status"] in ("negated", "hypothetical"))
    assert hidden > 0 and counts["edges"] == len(data["edges"]) - hidden  # hidden until asked for
    assert news.page.title() == "News graph"
    assert news.page.locator("#kg-classes label").count() == len(data["classes"])  # the legend


def test_relation_filter_hides_its_edges(news: Opened):
    before = news.visible()["edges"]
    supplies = news.js("kgraph.data.edges.filter(e => e.relation === 'supplies' && kgraph.state.statuses.has(e.status)).length")
    assert supplies > 0
    _click_filter(news, "relation", "supplies")
    assert news.visible()["edges"] == before - supplies
    assert news.js("kgraph.edgesView.get().every(e => kgraph.data.edges[e.id].relation !== 'supplies')")
    _click_filter(news, "relation", "supplies")
    assert news.visible()["edges"] == before


def test_negated_statements_shown_on_request(news: Opened):
    before = news.visible()["edges"]
    _click_filter(news, "status", "negated")
    assert news.visible()["edges"] == before + 1
    shown = news.js("kgraph.edgesView.get().filter(e => kgraph.data.edges[e.id].status === 'negated')")
    assert len(shown) == 1 and shown[0]["dashes"]  # drawn dashed, not as a fact


def test_class_document_and_confidence_filters(news: Opened):
    all_counts = news.visible()
    _click_filter(news, "class", "Materiel")
    assert news.js("kgraph.nodesView.get().every(n => kgraph.data.nodes[n.id].cls !== 'Materiel')")
    assert news.visible()["edges"] < all_counts["edges"]
    _click_filter(news, "class", "Materiel")
    _click_filter(news, "document", "1")  # only the first article stays
    assert news.js("kgraph.edgesView.get().every(e => kgraph.data.edges[e.id].mentions.some(m => m.doc === 0))")
    assert news.visible()["edges"] < all_counts["edges"]
    _click_filter(news, "document", "1")
    news.page.fill("#kg-confidence", "0.8")
    news.page.dispatch_event("#kg-confidence", "input")
    confs = news.js("kgraph.edgesView.get().map(e => Math.max(...kgraph.data.edges[e.id].mentions.map(m => m.confidence)))")
    assert confs and min(confs) >= 0.8
    news.page.click("#kg-reset")
    assert news.visible() == all_counts


def test_search_finds_and_focuses_an_entity(news: Opened):
    news.page.fill("#kg-search", "dprk")
    assert "North Korea" in news.page.inner_text("#kg-search-results")
    news.page.press("#kg-search", "Enter")
    nk = news.js("kgraph.data.nodes.findIndex(n => n.label === 'North Korea')")
    assert news.js("window.network.getSelectedNodes()") == [nk]
    details = news.page.inner_text("#kg-details")
    assert "North Korea" in details and "DPRK" in details and "capital or seat speaking" in details
    assert news.page.get_attribute("#kg-details a", "href") == "https://www.wikidata.org/wiki/Q423"
    # an entity hidden by a filter is brought back when searched for
    _click_filter(news, "class", "Group")
    news.page.fill("#kg-search", "military engineers")
    news.page.press("#kg-search", "Enter")
    eng = news.js("kgraph.data.nodes.findIndex(n => n.label === 'military engineers')")
    assert news.js(f"kgraph.nodesView.get({eng}) !== null")


def test_edge_details_show_statement_and_evidence(news: Opened):
    eid = news.js("kgraph.data.edges.findIndex(e => e.relation === 'supplies' && e.status === 'asserted')")
    news.js(f"kgraph.showEdge({eid})")
    text = news.page.inner_text("#kg-details")
    for expected in ("supplies", "asserted", "almost two million", "max 2,000,000", "South Korea", "Seoul",
                     "North Korea has shipped almost two million artillery shells", "North Korea promises engineers", "2024-06-25"):
        assert expected in text, expected
    link = news.page.locator("#kg-details a")
    assert link.count() == 1 and link.get_attribute("href") == "https://news.example.org/a"
    assert link.get_attribute("target") == "_blank" and "noopener" in link.get_attribute("rel")
    planned = news.js("kgraph.data.edges.findIndex(e => e.relation === 'deploys' && e.status === 'planned')")
    news.js(f"kgraph.showEdge({planned})")
    text = news.page.inner_text("#kg-details")
    assert "planned" in text and "next month" in text and "2024-07" in text and "Donetsk" in text


def test_hostile_article_cannot_run_code(browser, tmp_path):
    path = tmp_path / "hostile.html"
    render_html(hostile_extraction(), path)
    opened = open_page(browser, path)
    try:
        n_nodes, n_edges = opened.js("[kgraph.data.nodes.length, kgraph.data.edges.length]")
        for i in range(n_nodes):
            opened.js(f"kgraph.showNode({i})")
        texts = []
        for i in range(n_edges):
            opened.js(f"kgraph.showEdge({i})")
            texts.append(opened.page.inner_text("#kg-details"))
        for query in ("<script", "<img", '"\''):
            opened.page.fill("#kg-search", query)
        opened.page.press("#kg-search", "Enter")
        for status in ("negated", "hypothetical"):
            _click_filter(opened, "status", status)
        opened.page.hover("#kg-graph", position={"x": 300, "y": 300})
        opened.page.wait_for_timeout(300)
        assert opened.dialogs == []
        assert opened.js("document.querySelectorAll('img, iframe, object, embed, #kg-graph svg').length") == 0
        assert opened.js("document.querySelectorAll('script').length") == 2 + len(SCRIPTS)
        assert opened.js("[...document.querySelectorAll('a:not(.kg-skip)')].every(a => /^https:/.test(a.href))")
        assert opened.page.title() == "kgraph"
        assert opened.errors == [] and opened.requests == [opened.url]
        assert any(SCRIPT in t for t in texts) and any(IMG in t for t in texts)  # shown as text
    finally:
        opened.page.close()


def test_large_graph_uses_precomputed_layout(browser, tmp_path):
    path = tmp_path / "large.html"
    render_html(synthetic_extraction(2000, seed=5), path, RenderOptions(physics_threshold=500))
    opened = open_page(browser, path)
    try:
        assert opened.js("kgraph.data.physics") is False
        assert opened.js("window.network.physics.options.enabled") is False
        counts = opened.visible()
        assert counts["nodes"] > 1500 and counts["edges"] > 1500
        pos = opened.js("(() => { const p = window.network.getPositions([0]); return p[0]; })()")
        first = opened.js("kgraph.data.nodes[0]")
        assert abs(pos["x"] - first["x"]) < 1 and abs(pos["y"] - first["y"]) < 1  # networkx's layout, unmoved
        _click_filter(opened, "relation", "supplies")
        assert opened.visible()["edges"] < counts["edges"]
        assert opened.errors == [] and opened.requests == [opened.url]
    finally:
        opened.page.close()


def test_max_nodes_notice_lists_what_was_left_out(browser, tmp_path):
    path = tmp_path / "top.html"
    render_html(news_extraction(), path, RenderOptions(max_nodes=4))
    opened = open_page(browser, path)
    try:
        assert opened.visible()["nodes"] <= 4
        notice = opened.page.inner_text("#kg-notice")
        assert "Left out 14" in notice
    finally:
        opened.page.close()


@pytest.mark.slow
def test_seeds_build_loads_and_draws(browser, nlp, tmp_path):
    """The real graph of the sample articles, as `kgraph build` writes it."""
    from kgraph.build import build
    from kgraph.render.payload import edge_key

    result = build([Path(__file__).resolve().parent.parent / "seeds"], tmp_path / "out")
    opened = open_page(browser, tmp_path / "out" / "graph.html")
    try:
        assert opened.errors == []
        assert opened.requests == [opened.url]
        counts = opened.visible()
        # one edge per fact and status, whatever the documents ("planned" and "asserted" are two)
        shown = {edge_key(s) for s in result.extraction.statements if s.status not in ("negated", "hypothetical")}
        assert counts["nodes"] >= 10 and counts["edges"] >= 10
        assert counts["edges"] <= len(shown)
        assert opened.js("window.network.body.nodeIndices.length") == counts["nodes"]
        assert_first_frame_readable(opened)
        names = opened.js("kgraph.data.nodes.flatMap(n => [n.label, ...n.aliases.map(a => a.text)])")
        assert not {"it", "its", "him", "his", "they"} & {n.lower() for n in names}  # pronouns are not names
    finally:
        opened.page.close()


# ---- the view an analyst keeps open ------------------------------------------------

MIN_LABEL_PX = 11


def assert_first_frame_readable(opened: Opened) -> None:
    """Every label drawn is at least 11 px on screen, the most central entity is named
    and what is shown fills the canvas."""
    labels = opened.js("kgraph.labels")
    drawn = labels["drawn"]
    assert drawn, "no label drawn"
    assert min(d["font"] * labels["scale"] for d in drawn) >= MIN_LABEL_PX
    assert opened.js("kgraph.data.nodes.find(n => n.rank === 0).id") in [d["id"] for d in drawn if d["kind"] == "node"]
    box = opened.js("""(() => {
        const ids = window.network.body.nodeIndices, c = document.getElementById('kg-graph');
        const ps = ids.map(id => window.network.canvasToDOM(window.network.body.nodes[id]));
        return { w: c.clientWidth, h: c.clientHeight, x0: Math.min(...ps.map(p => p.x)), x1: Math.max(...ps.map(p => p.x)),
                 y0: Math.min(...ps.map(p => p.y)), y1: Math.max(...ps.map(p => p.y)) };
    })()""")
    assert box["x0"] >= 0 and box["y0"] >= 0 and box["x1"] <= box["w"] and box["y1"] <= box["h"]  # all of it in view
    assert (box["x1"] - box["x0"]) > 0.6 * box["w"] or (box["y1"] - box["y0"]) > 0.6 * box["h"]  # and filling it


@pytest.fixture()
def large(browser, tmp_path) -> Iterator[Opened]:
    path = tmp_path / "large.html"
    render_html(synthetic_extraction(2000, seed=5), path, RenderOptions(title="Large"))
    opened = open_page(browser, path)
    yield opened
    opened.page.close()


def test_first_frame_is_readable_on_the_news_graph(news: Opened):
    assert_first_frame_readable(news)
    labels = news.js("kgraph.labels.drawn")
    shown = news.visible()["nodes"]
    assert len([d for d in labels if d["kind"] == "node"]) == shown  # a small graph names every entity


def test_first_frame_is_readable_on_2000_nodes(large: Opened):
    assert_first_frame_readable(large)
    labels = large.js("kgraph.labels.drawn")
    nodes = [d for d in labels if d["kind"] == "node"]
    assert 20 <= len(nodes) < large.visible()["nodes"]  # level of detail: the central ones, not all
    ranks = large.js("kgraph.labels.drawn.filter(d => d.kind === 'node').map(d => kgraph.data.nodes[d.id].rank)")
    shown = large.js("kgraph.nodesView.getIds().map(id => kgraph.data.nodes[id].rank)")
    assert sum(ranks) / len(ranks) < 0.5 * sum(shown) / len(shown)  # the most central are named first
    assert not [d for d in labels if d["kind"] == "edge"]  # edge labels wait for a hover or a zoom
    # hovering a link names it: the middles of links far from every node, so the pointer is on a link
    spots = large.js("""(() => {
        const net = window.network, nodes = net.body.nodeIndices.map(id => net.body.nodes[id]);
        return net.body.edgeIndices.map(eid => {
            const m = net.body.edges[eid].edgeType.getPoint(0.5);
            const room = Math.min(...nodes.map(n => Math.hypot(n.x - m.x, n.y - m.y) - n.options.size));
            return { room, ...net.canvasToDOM(m) };
        }).sort((a, b) => b.room - a.room).slice(0, 5);
    })()""")
    box = large.page.locator("#kg-graph").bounding_box()
    hovered = None
    for spot in spots:
        large.page.mouse.move(box["x"] + spot["x"] - 3, box["y"] + spot["y"] - 3)
        large.page.mouse.move(box["x"] + spot["x"], box["y"] + spot["y"])
        for _ in range(25):
            hovered = large.js("kgraph.hovered.edge")
            if hovered is not None:
                break
            large.page.wait_for_timeout(20)
        if hovered is not None:
            break
    assert hovered is not None
    _until(large, f"kgraph.labels.drawn.some(d => d.kind === 'edge' && d.id === {hovered})")
    # zoomed in, every label is still 11 px or more and the links are named
    large.js("window.network.moveTo({ scale: 1.5 })")
    _until(large, "kgraph.labels.scale === 1.5")
    labels = large.js("kgraph.labels")
    assert min(d["font"] * labels["scale"] for d in labels["drawn"]) >= MIN_LABEL_PX
    assert any(d["kind"] == "edge" for d in labels["drawn"])


def test_qualifier_entities_appear_with_their_statements(news: Opened):
    sk = news.js("kgraph.data.nodes.findIndex(n => n.label === 'South Korea')")
    shown = lambda: news.js(f"kgraph.nodesView.get({sk}) !== null")  # noqa: E731
    assert not shown()  # named only as a source: no unexplained dot
    eid = news.js("kgraph.data.edges.findIndex(e => e.relation === 'supplies' && e.status === 'asserted')")
    news.js(f"kgraph.showEdge({eid})")
    assert shown()  # the statement that names it shows it
    news.js("kgraph.showNode(0)")
    assert not shown()
    news.page.click("#kg-qualifiers")  # its own layer
    assert shown() and news.page.get_attribute("#kg-qualifiers", "aria-pressed") == "true"
    for relation in ("supplies", "sufferedCasualties"):  # with the layer on, still only beside a statement naming it
        _click_filter(news, "relation", relation)
    assert not shown()


def _positions(opened: Opened) -> dict:
    return opened.js("window.network.getPositions(window.network.body.nodeIndices)")


def test_relayout_packs_what_is_left_and_keeps_each_piece(large: Opened):
    large.js("kgraph.setTimeRange(0, 2)")  # three months of two years: pieces scattered over the whole layout
    before = _positions(large)
    edges = large.js("kgraph.edgesView.get().map(e => [String(e.from), String(e.to)])")
    size = large.js("Object.fromEntries(kgraph.nodesView.getIds().map(id => [id, kgraph.data.nodes[id].size]))")
    piece = {n: n for n in before}

    def find(n):
        while piece[n] != n:
            n = piece[n]
        return n

    for a, b in edges:
        piece[find(a)] = find(b)

    def clashes(pos):  # nodes of different pieces drawn on top of each other
        ids = sorted(pos)
        return sum(
            1 for i, a in enumerate(ids) for b in ids[i + 1:]
            if find(a) != find(b) and math.dist((pos[a]["x"], pos[a]["y"]), (pos[b]["x"], pos[b]["y"])) < size[a] + size[b]
        )

    def spread(pos):  # mean distance from the middle of what is shown
        cx = sum(p["x"] for p in pos.values()) / len(pos)
        cy = sum(p["y"] for p in pos.values()) / len(pos)
        return sum(math.dist((p["x"], p["y"]), (cx, cy)) for p in pos.values()) / len(pos)

    large.page.click("#kg-relayout")
    after = _positions(large)
    assert set(after) == set(before)
    assert spread(after) < 0.75 * spread(before)  # the islands left by the filter are packed together
    assert clashes(after) == 0  # without landing on each other
    for a, b in edges:  # neighbours keep their places relative to each other
        for axis in ("x", "y"):
            assert abs((after[a][axis] - after[b][axis]) - (before[a][axis] - before[b][axis])) < 0.5
    biggest = max({find(n) for n in before}, key=lambda r: sum(1 for n in before if find(n) == r))
    assert all(after[n] == before[n] for n in before if find(n) == biggest)  # the largest piece stays put
    assert_first_frame_readable(large)  # and the new layout fills the canvas
    large.page.click("#kg-relayout")
    assert _positions(large) == after  # stable: a second re-layout moves nothing


def test_time_bar_filters_statements_by_period(news: Opened):
    time = news.js("kgraph.data.time")
    assert time["unit"] == "month" and news.page.locator("#kg-timebar rect").count() == len(time["labels"])
    before = news.visible()["edges"]
    news.page.fill("#kg-time-to", "0")
    news.page.dispatch_event("#kg-time-to", "input")
    assert news.page.inner_text("#kg-time-value") == "2024-06"
    periods = news.js("kgraph.edgesView.get().map(e => kgraph.data.edges[e.id].mentions.map(m => m.period))")
    assert periods and all(0 in p for p in periods)
    assert news.visible()["edges"] < before
    assert news.page.locator("#kg-timebar rect.kg-in").count() == 1
    news.page.fill("#kg-time-from", "5")
    news.page.dispatch_event("#kg-time-from", "input")
    assert news.page.inner_text("#kg-time-value") == "2024-11"
    news.page.click("#kg-reset")
    assert news.visible()["edges"] == before


def test_communities_collapse_and_expand(large: Opened):
    before = large.visible()["nodes"]
    large.page.click("#kg-overview")
    clusters = large.js("kgraph.nodesView.getIds().filter(id => typeof id === 'string')")
    assert len(clusters) >= 10 and large.visible()["nodes"] < before / 5
    k = int(clusters[0][1:])
    members = large.js(f"kgraph.data.nodes.filter(n => n.community === {k}).map(n => n.id)")
    assert not large.js(f"{members}.some(id => kgraph.nodesView.get(id))")
    box = large.page.locator("#kg-graph").bounding_box()
    for _ in range(5):  # the layout may still be settling on a loaded machine: aim again where the node is now
        pos = large.js(f"window.network.canvasToDOM(window.network.getPositions(['c{k}'])['c{k}'])")
        large.page.mouse.dblclick(box["x"] + pos["x"], box["y"] + pos["y"])
        if large.js(f"kgraph.state.expanded.has({k})"):
            break
        large.page.wait_for_timeout(200)
    assert large.js(f"kgraph.state.expanded.has({k})")
    assert large.js(f"{members}.filter(id => kgraph.nodesView.get(id)).length") > len(members) / 2
    assert large.js(f"kgraph.nodesView.get('c{k}')") is None
    large.js(f"kgraph.collapse({k})")
    assert large.js(f"kgraph.nodesView.get('c{k}')") is not None


def test_view_is_restored_from_the_address(news: Opened):
    _click_filter(news, "relation", "supplies")
    _click_filter(news, "status", "negated")
    news.page.fill("#kg-time-to", "0")
    news.page.dispatch_event("#kg-time-to", "input")
    news.page.click("#kg-qualifiers")
    eid = news.js("kgraph.data.edges.findIndex(e => e.relation === 'visits')")
    news.js(f"kgraph.selectEdge({eid})")
    news.js("window.network.moveTo({ position: { x: 120, y: -40 }, scale: 1.7 })")
    _until(news, "location.hash.includes('view=120.0%2C-40.0%2C1.7000')")  # the address follows the view
    url = news.page.url
    assert "hide-rel=supplies" in url and "time=2024-06..2024-06" in url
    state = news.js("JSON.stringify([kgraph.visible(), [...kgraph.state.statuses], kgraph.state.qualifiers])")
    news.page.goto("about:blank")
    news.page.goto(url)
    wait_until_drawn(news.page, 60)
    assert news.js("JSON.stringify([kgraph.visible(), [...kgraph.state.statuses], kgraph.state.qualifiers])") == state
    assert not news.page.is_checked("input[data-filter='relation'][value='supplies']")
    assert news.page.is_checked("input[data-filter='status'][value='negated']")
    assert news.page.input_value("#kg-time-to") == "0"
    assert "visits" in news.page.inner_text("#kg-details") and "Pyongyang" in news.page.inner_text("#kg-details")
    view = news.js("[window.network.getViewPosition(), window.network.getScale()]")
    assert abs(view[0]["x"] - 120) < 1 and abs(view[0]["y"] + 40) < 1 and abs(view[1] - 1.7) < 0.01
    assert news.errors == []


def test_save_png(news: Opened, tmp_path):
    with news.page.expect_download() as download:
        news.page.click("#kg-png")
    target = tmp_path / "view.png"
    download.value.save_as(target)
    data = target.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == tuple(news.js("[document.querySelector('#kg-graph canvas').width, document.querySelector('#kg-graph canvas').height]"))
    assert download.value.suggested_filename == "News-graph.png"


def test_keyboard_and_screen_reader_labels(news: Opened):
    unnamed = news.js("""[...document.querySelectorAll('button, input')].filter(el =>
        !(el.getAttribute('aria-label') || (el.labels && el.labels.length) || el.textContent.trim())).map(el => el.outerHTML)""")
    assert unnamed == []
    groups = news.js("[...document.querySelectorAll('[role=group]')].map(g => document.getElementById(g.getAttribute('aria-labelledby')).textContent)")
    assert {"Entity classes", "Relations", "Statement status", "Source documents"} <= {g.strip() for g in groups}
    assert news.page.get_attribute("#kg-timebar svg", "aria-label").startswith("Statements per month from 2024-06 to 2024-11")
    news.page.focus("#kg-graph")
    news.page.keyboard.press("n")
    top = news.js("kgraph.data.nodes.find(n => n.rank === 0)")
    assert news.js("window.network.getSelectedNodes()") == [top["id"]]
    assert top["label"] in news.page.inner_text("#kg-announce") and top["label"] in news.page.inner_text("#kg-details h2")
    news.page.keyboard.press("n")
    assert news.js("window.network.getSelectedNodes()") == [news.js("kgraph.data.nodes.find(n => n.rank === 1).id")]
    news.page.keyboard.press("p")
    assert news.js("window.network.getSelectedNodes()") == [top["id"]]
    news.page.keyboard.press("Escape")
    assert news.js("window.network.getSelectedNodes()") == []
    news.page.keyboard.press("/")
    assert news.js("document.activeElement.id") == "kg-search"
    news.page.keyboard.type("kim")
    news.page.keyboard.press("Enter")
    assert news.js("kgraph.data.nodes[window.network.getSelectedNodes()[0]].label") == "Kim Jong Un"
