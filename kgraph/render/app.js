/* kgraph's graph view. Article text reaches the page only through textContent and
   DOM properties: it is never parsed as markup, here or by vis-network. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var large = !data.physics;
  var nodesData = data.nodes, edgesData = data.edges;
  var classColor = {}, statusStyle = {};
  data.classes.forEach(function (c) { classColor[c.name] = c.color; });
  data.statuses.forEach(function (s) { statusStyle[s.name] = s; });

  // ---- DOM helpers: text only -------------------------------------------------
  function h(tag, className, text) {
    var el = document.createElement(tag);
    if (className) el.className = className;
    if (text !== undefined && text !== null) el.textContent = String(text);
    return el;
  }
  function safeHttpUrl(url) {
    return typeof url === "string" && /^https?:\/\/[^\s]+$/i.test(url) ? url : null;
  }
  function link(url, text) {
    var href = safeHttpUrl(url);
    if (!href) return h("span", null, text);
    var a = h("a", null, text);
    a.href = href;
    a.target = "_blank";
    a.rel = "noopener noreferrer";
    a.referrerPolicy = "no-referrer";
    return a;
  }
  function swatch(color) {
    var s = h("span", "kg-swatch");
    s.style.background = color;
    return s;
  }
  function lineSample(style) {
    var ns = "http://www.w3.org/2000/svg";
    var svg = document.createElementNS(ns, "svg");
    svg.setAttribute("width", "34"); svg.setAttribute("height", "10");
    svg.setAttribute("class", "kg-line");
    var line = document.createElementNS(ns, "line");
    line.setAttribute("x1", "1"); line.setAttribute("y1", "5");
    line.setAttribute("x2", "33"); line.setAttribute("y2", "5");
    line.setAttribute("stroke", style.color); line.setAttribute("stroke-width", "2.5");
    if (style.dashes) line.setAttribute("stroke-dasharray", style.dashes.join(" "));
    svg.appendChild(line);
    return svg;
  }
  function clear(el) { while (el.firstChild) el.removeChild(el.firstChild); }
  function fmt(n) { return typeof n === "number" ? n.toLocaleString("en") : ""; }

  // ---- vis data -------------------------------------------------------------
  // Labels are not vis-network's: draw.js draws them at a constant size on screen.
  function darker(hex) {
    var n = parseInt(hex.slice(1), 16), f = 0.7;
    var r = Math.round(((n >> 16) & 255) * f), g = Math.round(((n >> 8) & 255) * f), b = Math.round((n & 255) * f);
    return "#" + ((1 << 24) + (r << 16) + (g << 8) + b).toString(16).slice(1);
  }
  var communities = data.communities;
  // ---- filters ----------------------------------------------------------------
  var periods = data.time.labels.length;
  var state = {
    relations: new Set(data.relations.map(function (r) { return r.name; })),
    classes: new Set(data.classes.map(function (c) { return c.name; })),
    statuses: new Set(data.statuses.filter(function (s) { return s.shown; }).map(function (s) { return s.name; })),
    documents: new Set(data.documents.map(function (d, i) { return i; })),
    minConfidence: 0,
    timeFrom: 0, timeTo: Math.max(0, periods - 1),  // period indices; undated statements always pass
    qualifiers: false,  // the layer of entities named only as a source, recipient, place...
    named: new Set(),  // ...shown anyway while a statement that names them is selected
    overview: false, expanded: new Set(),  // communities drawn as one node unless expanded
    pinned: new Set()
  };
  var nodeOk = new Uint8Array(nodesData.length), edgeOk = new Uint8Array(edgesData.length);
  var metaOk = new Uint8Array(communities.length);
  var metaEdgeIds = [], metaCount = {};  // the links of the overview, and how many links each stands for
  var qualifier = new Uint8Array(nodesData.length);  // named as a source, recipient... by some statement
  edgesData.forEach(function (e) { e.named.forEach(function (i) { qualifier[i] = 1; }); });
  function collapsed(c) { return state.overview && c >= 0 && !state.expanded.has(c); }
  function mentionOk(m) {
    return state.documents.has(m.doc) && (m.confidence === null || m.confidence >= state.minConfidence) &&
      (m.period === null || (m.period >= state.timeFrom && m.period <= state.timeTo));
  }
  function computeVisibility() {
    var i, k, e, ok, n;
    var classOk = new Uint8Array(nodesData.length), degree = new Uint32Array(nodesData.length), named = new Uint8Array(nodesData.length);
    for (i = 0; i < nodesData.length; i++) classOk[i] = state.classes.has(nodesData[i].cls) || state.pinned.has(i) ? 1 : 0;
    for (i = 0; i < edgesData.length; i++) {
      e = edgesData[i];
      ok = classOk[e.from] && classOk[e.to] && state.relations.has(e.relation) && state.statuses.has(e.status) && e.mentions.some(mentionOk);
      edgeOk[i] = ok ? 1 : 0;
      if (ok) { degree[e.from]++; degree[e.to]++; for (k = 0; k < e.named.length; k++) named[e.named[k]] = 1; }
    }
    metaOk.fill(0);
    for (i = 0; i < nodesData.length; i++) {
      n = nodesData[i];
      ok = classOk[i] && (degree[i] > 0 || state.pinned.has(i) || state.named.has(i) ||
        (n.degree === 0 && state.qualifiers && (named[i] || !qualifier[i])));
      if (ok && collapsed(n.community) && !state.pinned.has(i)) { metaOk[n.community] = 1; ok = false; }
      nodeOk[i] = ok ? 1 : 0;
    }
    for (i = 0; i < edgesData.length; i++) {  // an edge to a collapsed community joins its cluster's
      e = edgesData[i];
      if (edgeOk[i] && !(nodeOk[e.from] && nodeOk[e.to])) edgeOk[i] = 0;
    }
  }
  function representative(i) { return nodeOk[i] ? i : (collapsed(nodesData[i].community) ? "c" + nodesData[i].community : null); }
  function metaEdges() {  // links between clusters, and between a cluster and an entity
    var pairs = {}, list = [], i, e, a, b, key;
    if (!state.overview) return list;
    for (i = 0; i < edgesData.length; i++) {
      e = edgesData[i];
      if (edgeOk[i] || !state.relations.has(e.relation) || !state.statuses.has(e.status)) continue;
      if (!state.classes.has(nodesData[e.from].cls) || !state.classes.has(nodesData[e.to].cls)) continue;
      a = representative(e.from); b = representative(e.to);
      if (a === null || b === null || a === b || (typeof a === "number" && typeof b === "number")) continue;
      if (!e.mentions.some(mentionOk)) continue;
      key = String(a) < String(b) ? a + "|" + b : b + "|" + a;
      if (pairs[key]) pairs[key].count++;
      else list.push(pairs[key] = { id: "m" + key, from: a, to: b, count: 1 });
    }
    return list.map(function (m) {
      return { id: m.id, from: m.from, to: m.to, width: Math.min(8, 1 + Math.log2(m.count)), count: m.count, physics: false,
        color: { color: "#8896ab", highlight: "#52627a", hover: "#52627a", opacity: 0.7 }, arrows: { to: { enabled: false } }, smooth: false };
    });
  }
  computeVisibility();
  // Every node and link stays in vis-network; a filter only flips its "hidden" flag, which
  // costs nothing like removing and re-creating thousands of vis-network objects.
  var visNodes = new vis.DataSet(nodesData.map(function (n) {
    var c = classColor[n.cls] || "#999999";
    return {
      id: n.id, x: n.x, y: n.y, size: n.size, hidden: !nodeOk[n.id], physics: nodeOk[n.id] === 1,
      color: { background: c, border: darker(c), highlight: { background: c, border: "#000" }, hover: { background: c, border: "#000" } }
    };
  }).concat(communities.map(function (c, k) {  // one node per community, shown when it is collapsed
    return {
      id: "c" + k, x: c.x, y: c.y, hidden: !metaOk[k], physics: false, size: Math.min(60, 14 + 3 * Math.sqrt(c.size)), shape: "hexagon", borderWidth: 2,
      color: { background: "#e8ecf2", border: "#52627a", highlight: { background: "#d0dcef", border: "#000" }, hover: { background: "#d0dcef", border: "#000" } }
    };
  })));
  var visEdges = new vis.DataSet(edgesData.map(function (e) {
    var st = statusStyle[e.status] || statusStyle.asserted;
    return {
      id: e.id, from: e.from, to: e.to, hidden: !edgeOk[e.id], physics: edgeOk[e.id] === 1,
      arrows: e.symmetric ? { to: { enabled: false } } : undefined,
      dashes: st.dashes || false,
      width: 1.2 + Math.log2(e.mentions.length),
      color: { color: st.color, highlight: st.color, hover: st.color, opacity: 0.85 },
      smooth: e.curve ? { enabled: true, type: e.curve > 0 ? "curvedCW" : "curvedCCW", roundness: Math.abs(e.curve) } : false
    };
  }));

  function view(ds, ok) {  // the shown part of a DataSet, read-only
    return {
      get: function (id) {
        if (id === undefined) return ds.get({ filter: function (x) { return ok(x.id); } });
        return ok(id) && ds.get(id) ? ds.get(id) : null;
      },
      getIds: function () { return ds.getIds({ filter: function (x) { return ok(x.id); } }); },
      get length() { return ds.getIds({ filter: function (x) { return ok(x.id); } }).length; }
    };
  }
  function nodeShown(id) { return typeof id === "number" ? nodeOk[id] === 1 : metaOk[+id.slice(1)] === 1; }
  function edgeShown(id) { return typeof id === "number" && edgeOk[id] === 1; }
  var nodesView = view(visNodes, nodeShown), edgesView = view(visEdges, edgeShown);
  function count(flags) { var c = 0; for (var i = 0; i < flags.length; i++) c += flags[i]; return c; }

  var summary = document.getElementById("kg-summary");
  function showCounts() {
    var clusters = count(metaOk);
    summary.textContent = "Showing " + fmt(count(nodeOk)) + " of " + fmt(nodesData.length) + " entities" +
      (clusters ? " and " + fmt(clusters) + " clusters" : "") + ", " + fmt(count(edgeOk)) + " of " + fmt(edgesData.length) + " links";
  }
  function centroid(k) {  // where a cluster sits: the middle of its entities, as they are now placed
    var sx = 0, sy = 0, n = 0, all = network.body.nodes;
    nodesData.forEach(function (d) {
      if (d.community !== k) return;
      sx += all[d.id].x; sy += all[d.id].y; n++;
    });
    all["c" + k].x = sx / n; all["c" + k].y = sy / n;
  }
  var listeners = [];
  function apply() {
    var t0 = performance.now(), i;
    var wasMeta = metaOk.slice();
    computeVisibility();
    var meta = metaEdges();
    var t1 = performance.now();
    var all = network.body.nodes, links = network.body.edges;
    for (i = 0; i < nodesData.length; i++) all[i].options.hidden = !nodeOk[i];
    for (i = 0; i < communities.length; i++) {
      if (metaOk[i] && !wasMeta[i]) centroid(i);
      all["c" + i].options.hidden = !metaOk[i];
    }
    for (i = 0; i < edgesData.length; i++) links[i].options.hidden = !edgeOk[i];
    // vis-network redraws on every data change: block redraws while the cluster links
    // change, then count what is shown and draw once.
    network.body.emitter.emit("_blockRedraw");
    try {
      // cluster links go straight into vis-network's body: through the DataSet, each
      // change would make vis-network revisit every link and node
      metaEdgeIds.forEach(function (id) { links[id].disconnect(); delete links[id]; delete metaCount[id]; });
      metaEdgeIds = meta.map(function (m) {
        var edge = network.body.functions.createEdge(m);
        links[m.id] = edge;
        edge.connect();
        metaCount[m.id] = m.count;
        return m.id;
      });
      network._updateVisibleIndices();
    } finally {
      network.body.emitter.emit("_allowRedraw");
      network.redraw();
    }
    showCounts();
    api.lastApply = { computeMs: t1 - t0, refreshMs: performance.now() - t1 };
    listeners.forEach(function (f) { f(); });
  }

  // ---- network ----------------------------------------------------------------
  var container = document.getElementById("kg-graph");
  var network = null, api = null;
  // Large graphs: vis-network only sizes the nodes (for clicks, hover and edge ends);
  // draw.js draws them after each frame in one path per class.
  function sizeOnly(o) { return { nodeDimensions: { width: 2 * o.style.size, height: 2 * o.style.size } }; }
  network = new vis.Network(container, { nodes: visNodes, edges: visEdges }, {
    autoResize: true,
    layout: { improvedLayout: false, randomSeed: 7 },
    physics: data.physics ? {
      enabled: true, solver: "barnesHut",
      barnesHut: { gravitationalConstant: -8000, springLength: 150, springConstant: 0.03, avoidOverlap: 0.6 },
      stabilization: { enabled: true, iterations: 250, fit: false }
    } : { enabled: false },
    interaction: { hover: true, hideEdgesOnDrag: large, hideEdgesOnZoom: large, tooltipDelay: 3600000,
      keyboard: { enabled: true, bindToWindow: false, autoFocus: false }, multiselect: false },
    nodes: large ? { shape: "custom", ctxRenderer: sizeOnly } : { shape: "dot", borderWidth: 1.5 },
    edges: { smooth: false, selectionWidth: 1.5, arrowStrikethrough: false, arrows: { to: { enabled: !large, scaleFactor: 0.6 } } }
  });
  // Arrowheads cost a third of a frame on large graphs and cannot be seen zoomed out.
  var arrowsOn = !large;
  function updateArrows() {
    var want = network.getScale() >= 0.4;
    if (!large || want === arrowsOn) return;
    arrowsOn = want;
    network.setOptions({ edges: { arrows: { to: { enabled: want, scaleFactor: 0.6 } } } });
  }
  network.on("zoom", updateArrows);
  network.on("animationFinished", updateArrows);
  var FIT_PADDING = 28, MAX_FIT_SCALE = 2.5;
  function fitView(animate) {  // fill the canvas with what is shown (vis-network's fit stops at scale 1)
    var ids = network.body.nodeIndices, all = network.body.nodes, i, n, r;
    var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (i = 0; i < ids.length; i++) {
      n = all[ids[i]]; r = n.options.size || 10;
      if (n.x - r < x0) x0 = n.x - r;
      if (n.x + r > x1) x1 = n.x + r;
      if (n.y - r < y0) y0 = n.y - r;
      if (n.y + r + 20 > y1) y1 = n.y + r + 20;  // room for the label under the node
    }
    if (!ids.length) return;
    var w = Math.max(50, container.clientWidth - 2 * FIT_PADDING), hgt = Math.max(50, container.clientHeight - 2 * FIT_PADDING);
    var scale = Math.min(MAX_FIT_SCALE, w / Math.max(1, x1 - x0), hgt / Math.max(1, y1 - y0));
    network.moveTo({ position: { x: (x0 + x1) / 2, y: (y0 + y1) / 2 }, scale: scale,
      animation: animate && !large ? { duration: 300, easingFunction: "easeInOutQuad" } : false });
    updateArrows();
  }
  api = window.kgraph = {
    network: network, nodes: visNodes, edges: visEdges, nodesView: nodesView, edgesView: edgesView,
    data: data, state: state, apply: apply, drawn: false, firstDrawMs: null, ready: false,
    updateArrows: updateArrows, fit: fitView, redrawSettled: redrawSettled, onApply: function (f) { listeners.push(f); },
    announce: function (text) { document.getElementById("kg-announce").textContent = text; },
    visible: function () {
      return { nodes: count(nodeOk), edges: count(edgeOk) };
    }
  };
  window.network = network;
  // The first view: physics (small graphs) settles, then the view fits the canvas, unless
  // the address names a view (state.js sets api.initialView).
  function settle() {
    // a timer may run between two script elements: wait for the page's later scripts
    if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", settle); return; }
    if (api.initialView) network.moveTo({ position: { x: api.initialView.x, y: api.initialView.y }, scale: api.initialView.scale });
    else if (data.physics) api.relayout(true);  // physics lets the pieces drift apart: bring them together, and fit
    else fitView(false);
    // vis-network skips a node whose bounding box (from its last frame) lies outside the
    // view: after physics or a move, draw once to update the boxes, then again.
    redrawSettled(function () { api.ready = true; });
  }
  function redrawSettled(then) {
    requestAnimationFrame(function () { if (then) then(); network.redraw(); });
  }
  if (data.physics) {
    network.once("stabilizationIterationsDone", function () { network.setOptions({ physics: { enabled: false } }); settle(); });
  } else {
    setTimeout(settle, 0);
  }
  network.on("afterDrawing", function () {
    if (api.ready && !api.drawn) { api.firstDrawMs = performance.now(); api.drawn = true; }
  });
  api.timeFilter = function (change) {  // ms from a change to the next frame after its redraw
    return new Promise(function (resolve) {
      var t0 = performance.now();
      Promise.resolve(change()).then(function () {
        requestAnimationFrame(function () { resolve(performance.now() - t0); });
      });
    });
  };

  // ---- controls ---------------------------------------------------------------
  function checkbox(group, value, checked, parts, onChange) {
    var label = h("label");
    var box = h("input");
    box.type = "checkbox"; box.checked = checked; box.value = String(value);
    box.dataset.filter = group;
    box.addEventListener("change", function () { onChange(box.checked); apply(); });
    label.appendChild(box);
    parts.forEach(function (p) { label.appendChild(p); });
    return label;
  }
  function toggler(set, value) {
    return function (on) { if (on) set.add(value); else set.delete(value); };
  }
  function allNone(target, group, set, values, noun) {
    var bar = h("div", "kg-allnone");
    [["all", true], ["none", false]].forEach(function (pair) {
      var b = h("button", null, pair[0]);
      b.type = "button";
      b.setAttribute("aria-label", (pair[1] ? "Show all " : "Hide all ") + noun);
      b.addEventListener("click", function () {
        values.forEach(function (v) { if (pair[1]) set.add(v); else set.delete(v); });
        target.querySelectorAll("input[data-filter='" + group + "']").forEach(function (box) { box.checked = pair[1]; });
        apply();
      });
      bar.appendChild(b);
    });
    target.appendChild(bar);
  }
  var classBox = document.getElementById("kg-classes");
  data.classes.forEach(function (c) {
    classBox.appendChild(checkbox("class", c.name, true, [swatch(c.color), h("span", null, c.name), h("span", "kg-count", fmt(c.count))], toggler(state.classes, c.name)));
  });
  var statusBox = document.getElementById("kg-statuses");
  data.statuses.forEach(function (s) {
    var label = checkbox("status", s.name, s.shown, [lineSample(s), h("span", null, s.name), h("span", "kg-count", fmt(s.count))], toggler(state.statuses, s.name));
    label.title = s.meaning;
    statusBox.appendChild(label);
  });
  var relBox = document.getElementById("kg-relations");
  allNone(relBox, "relation", state.relations, data.relations.map(function (r) { return r.name; }), "relations");
  data.relations.forEach(function (r) {
    relBox.appendChild(checkbox("relation", r.name, true, [h("span", null, r.name + (r.symmetric ? " \u2194" : " \u2192")), h("span", "kg-count", fmt(r.count))], toggler(state.relations, r.name)));
  });
  var docBox = document.getElementById("kg-documents");
  allNone(docBox, "document", state.documents, data.documents.map(function (d, i) { return i; }), "documents");
  data.documents.forEach(function (d, i) {
    var label = checkbox("document", i, true, [h("span", null, d.title || d.source)], toggler(state.documents, i));
    label.title = d.source;
    docBox.appendChild(label);
  });
  var conf = document.getElementById("kg-confidence"), confOut = document.getElementById("kg-confidence-value");
  conf.addEventListener("input", function () {
    state.minConfidence = Number(conf.value);
    confOut.textContent = state.minConfidence.toFixed(2);
    apply();
  });
  function toggleButton(id, key) {  // a layer switched on and off, announced as pressed or not
    var b = document.getElementById(id);
    b.addEventListener("click", function () { state[key] = !state[key]; syncControls(); apply(); });
    return b;
  }
  var qualButton = toggleButton("kg-qualifiers", "qualifiers"), overviewButton = toggleButton("kg-overview", "overview");
  qualButton.disabled = !nodesData.some(function (n) { return n.degree === 0; });
  overviewButton.disabled = communities.length === 0;
  function syncControls() {  // the controls show the state (after a reset or a restored address)
    var sets = { "class": state.classes, status: state.statuses, relation: state.relations, document: state.documents };
    document.querySelectorAll("#kg-controls input[type=checkbox]").forEach(function (box) {
      var set = sets[box.dataset.filter];
      if (set) box.checked = set.has(box.dataset.filter === "document" ? Number(box.value) : box.value);
    });
    conf.value = String(state.minConfidence); confOut.textContent = state.minConfidence.toFixed(2);
    qualButton.setAttribute("aria-pressed", String(state.qualifiers));
    overviewButton.setAttribute("aria-pressed", String(state.overview));
    listeners.forEach(function (f) { f("sync"); });
  }
  document.getElementById("kg-fit").addEventListener("click", function () { fitView(true); });
  document.getElementById("kg-reset").addEventListener("click", function () {
    data.relations.forEach(function (r) { state.relations.add(r.name); });
    data.classes.forEach(function (c) { state.classes.add(c.name); });
    data.documents.forEach(function (d, i) { state.documents.add(i); });
    data.statuses.forEach(function (s) { if (s.shown) state.statuses.add(s.name); else state.statuses.delete(s.name); });
    state.minConfidence = 0; state.timeFrom = 0; state.timeTo = Math.max(0, periods - 1);
    state.qualifiers = false; state.overview = false; state.expanded.clear(); state.named.clear();
    state.pinned.clear();
    syncControls();
    apply();
  });
  api.syncControls = syncControls;

  // ---- header -----------------------------------------------------------------
  document.getElementById("kg-title").textContent = data.title;
  var notice = document.getElementById("kg-notice");
  if (data.focus) {
    notice.appendChild(h("span", null, "Neighbourhood of \u201c" + data.focus.label + "\u201d within " + data.focus.hops + " hop" + (data.focus.hops === 1 ? "" : "s") + ". "));
  }
  if (data.omittedCount > 0) {
    var det = h("details");
    det.appendChild(h("summary", null, "Left out " + fmt(data.omittedCount) + " less central entities (of " + fmt(data.totalEntities) + ")"));
    var list = h("div", "kg-omitted");
    list.appendChild(h("span", null, data.omitted.join(", ") + (data.omittedCount > data.omitted.length ? ", \u2026 and " + fmt(data.omittedCount - data.omitted.length) + " more" : "")));
    det.appendChild(list);
    notice.appendChild(det);
  }
  showCounts();
  syncControls();
  api.ui = {
    h: h, link: link, swatch: swatch, lineSample: lineSample, clear: clear, fmt: fmt,
    classColor: classColor, statusStyle: statusStyle, nodeOk: nodeOk, edgeOk: edgeOk, metaOk: metaOk, metaCount: metaCount,
    container: container, large: large, darker: darker
  };
})();
