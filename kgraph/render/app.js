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
  function darker(hex) {
    var n = parseInt(hex.slice(1), 16), f = 0.7;
    var r = Math.round(((n >> 16) & 255) * f), g = Math.round(((n >> 8) & 255) * f), b = Math.round((n & 255) * f);
    return "#" + ((1 << 24) + (r << 16) + (g << 8) + b).toString(16).slice(1);
  }
  var visNodes = new vis.DataSet(nodesData.map(function (n) {
    var c = classColor[n.cls] || "#999999";
    return {
      id: n.id, label: n.label, x: n.x, y: n.y, size: n.size,
      color: { background: c, border: darker(c), highlight: { background: c, border: "#000" }, hover: { background: c, border: "#000" } }
    };
  }));
  var visEdges = new vis.DataSet(edgesData.map(function (e) {
    var st = statusStyle[e.status] || statusStyle.asserted;
    return {
      id: e.id, from: e.from, to: e.to, label: e.label,
      arrows: e.symmetric ? { to: { enabled: false } } : undefined,
      dashes: st.dashes || false,
      width: 1.2 + Math.log2(e.mentions.length),
      color: { color: st.color, highlight: st.color, hover: st.color, opacity: 0.85 },
      smooth: e.curve ? { enabled: true, type: e.curve > 0 ? "curvedCW" : "curvedCCW", roundness: Math.abs(e.curve) } : false
    };
  }));

  // ---- filters ----------------------------------------------------------------
  var state = {
    relations: new Set(data.relations.map(function (r) { return r.name; })),
    classes: new Set(data.classes.map(function (c) { return c.name; })),
    statuses: new Set(data.statuses.filter(function (s) { return s.shown; }).map(function (s) { return s.name; })),
    documents: new Set(data.documents.map(function (d, i) { return i; })),
    minConfidence: 0,
    pinned: new Set()
  };
  var nodeOk = new Uint8Array(nodesData.length), edgeOk = new Uint8Array(edgesData.length);
  function computeVisibility() {
    var i, e, m, ok, k;
    var classOk = new Uint8Array(nodesData.length), degree = new Uint32Array(nodesData.length);
    for (i = 0; i < nodesData.length; i++) classOk[i] = state.classes.has(nodesData[i].cls) || state.pinned.has(i) ? 1 : 0;
    for (i = 0; i < edgesData.length; i++) {
      e = edgesData[i];
      ok = classOk[e.from] && classOk[e.to] && state.relations.has(e.relation) && state.statuses.has(e.status);
      if (ok) {
        ok = false;
        for (k = 0; k < e.mentions.length; k++) {
          m = e.mentions[k];
          if (state.documents.has(m.doc) && (m.confidence === null || m.confidence >= state.minConfidence)) { ok = true; break; }
        }
      }
      edgeOk[i] = ok ? 1 : 0;
      if (ok) { degree[e.from]++; degree[e.to]++; }
    }
    for (i = 0; i < nodesData.length; i++) {
      nodeOk[i] = classOk[i] && (degree[i] > 0 || nodesData[i].degree === 0 || state.pinned.has(i)) ? 1 : 0;
    }
  }
  computeVisibility();
  var nodesView = new vis.DataView(visNodes, { filter: function (n) { return nodeOk[n.id] === 1; } });
  var edgesView = new vis.DataView(visEdges, { filter: function (e) { return edgeOk[e.id] === 1; } });

  var summary = document.getElementById("kg-summary");
  function showCounts() {
    summary.textContent = "Showing " + fmt(nodesView.length) + " of " + fmt(nodesData.length) + " entities and " +
      fmt(edgesView.length) + " of " + fmt(edgesData.length) + " links";
  }
  function apply() {
    if (!large && network) {  // keep where the user dragged things
      var pos = network.getPositions();
      visNodes.update(Object.keys(pos).map(function (id) { return { id: Number(id), x: pos[id].x, y: pos[id].y }; }));
    }
    var t0 = performance.now();
    computeVisibility();
    var t1 = performance.now();
    // With physics off, vis-network redraws synchronously on every data change: block
    // redraws while both views refresh, then draw once.
    var allowed = !network || !network.renderer || network.renderer.allowRedraw !== false;
    if (network && allowed) network.body.emitter.emit("_blockRedraw");
    try {
      nodesView.refresh();
      edgesView.refresh();
    } finally {
      if (network && allowed) {
        network.body.emitter.emit("_allowRedraw");
        network.redraw();
      }
    }
    showCounts();
    if (api) api.lastApply = { computeMs: t1 - t0, refreshMs: performance.now() - t1 };
  }

  // ---- network ----------------------------------------------------------------
  // Large graphs: vis-network only sizes the nodes (for clicks, hover and edge ends);
  // they are drawn after each frame in one path per class, which is several times
  // faster than vis-network's per-node canvas state changes.
  function sizeOnly(o) { return { nodeDimensions: { width: 2 * o.style.size, height: 2 * o.style.size } }; }
  var classDark = {};
  data.classes.forEach(function (c) { classDark[c.name] = darker(c.color); });
  function drawNodes(ctx) {
    var ids = network.body.nodeIndices, all = network.body.nodes, scale = network.getScale();
    var w = container.clientWidth, hgt = container.clientHeight;
    var a = network.DOMtoCanvas({ x: 0, y: 0 }), b = network.DOMtoCanvas({ x: w, y: hgt });
    var groups = {}, shown = [], i, id, n, r, cls;
    for (i = 0; i < ids.length; i++) {
      id = ids[i]; n = all[id]; r = nodesData[id].size;
      if (n.x + r < a.x || n.x - r > b.x || n.y + r < a.y || n.y - r > b.y) continue;
      cls = nodesData[id].cls;
      (groups[cls] || (groups[cls] = [])).push(n);
      shown.push(id);
    }
    ctx.lineWidth = Math.min(1.5, 1.5 / scale);
    Object.keys(groups).forEach(function (c) {
      var list = groups[c];
      ctx.beginPath();
      for (var k = 0; k < list.length; k++) {
        var rr = nodesData[list[k].id].size;
        ctx.moveTo(list[k].x + rr, list[k].y);
        ctx.arc(list[k].x, list[k].y, rr, 0, 2 * Math.PI);
      }
      ctx.fillStyle = classColor[c] || "#999999";
      ctx.fill();
      if (scale > 0.15) { ctx.strokeStyle = classDark[c] || "#666666"; ctx.stroke(); }
    });
    var selected = network.getSelectedNodes();
    ctx.lineWidth = 3 / scale; ctx.strokeStyle = "#000000";
    selected.forEach(function (sid) {
      var s = all[sid];
      if (!s) return;
      ctx.beginPath(); ctx.arc(s.x, s.y, nodesData[sid].size + 1.5 / scale, 0, 2 * Math.PI); ctx.stroke();
    });
    if (14 * scale >= 7 && shown.length < 3000) {
      ctx.font = "14px system-ui, sans-serif"; ctx.textAlign = "center"; ctx.textBaseline = "top";
      ctx.lineWidth = 3; ctx.strokeStyle = "#ffffff"; ctx.fillStyle = "#222222"; ctx.lineJoin = "round";
      shown.forEach(function (sid) {
        var s = all[sid], y = s.y + nodesData[sid].size + 3;
        ctx.strokeText(nodesData[sid].label, s.x, y);
        ctx.fillText(nodesData[sid].label, s.x, y);
      });
    }
  }
  var container = document.getElementById("kg-graph");
  var network = null, api = null;
  network = new vis.Network(container, { nodes: nodesView, edges: edgesView }, {
    autoResize: true,
    layout: { improvedLayout: false, randomSeed: 7 },
    physics: data.physics ? {
      enabled: true, solver: "barnesHut",
      barnesHut: { gravitationalConstant: -6000, springLength: 130, springConstant: 0.03, avoidOverlap: 0.3 },
      stabilization: { enabled: true, iterations: 250, fit: true }
    } : { enabled: false },
    interaction: { hover: true, hideEdgesOnDrag: large, hideEdgesOnZoom: large, tooltipDelay: 3600000, keyboard: false, multiselect: false },
    nodes: large ? { shape: "custom", ctxRenderer: sizeOnly } :
      { shape: "dot", borderWidth: 1.5, font: { size: 14, face: "system-ui, sans-serif", strokeWidth: 3, strokeColor: "#ffffff" } },
    edges: { smooth: false, selectionWidth: 1.5, arrowStrikethrough: false,
      arrows: { to: { enabled: !large, scaleFactor: 0.6 } },
      font: { size: 11, face: "system-ui, sans-serif", color: "#333333", strokeWidth: 3, strokeColor: "#ffffff", align: "middle" } }
  });
  if (large) network.on("afterDrawing", drawNodes);
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
  if (data.physics) {
    network.once("stabilizationIterationsDone", function () { network.setOptions({ physics: { enabled: false } }); });
  }
  api = window.kgraph = {
    network: network, nodes: visNodes, edges: visEdges, nodesView: nodesView, edgesView: edgesView,
    data: data, state: state, apply: apply, drawn: false, firstDrawMs: null,
    updateArrows: updateArrows,
    visible: function () { return { nodes: nodesView.length, edges: edgesView.length }; }
  };
  window.network = network;
  network.once("afterDrawing", function () { api.firstDrawMs = performance.now(); api.drawn = true; });
  api.timeFilter = function (change) {  // ms from a filter change to the next frame after its redraw
    return new Promise(function (resolve) {
      var t0 = performance.now();
      change();
      requestAnimationFrame(function () { resolve(performance.now() - t0); });
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
  function allNone(target, group, set, values) {
    var bar = h("div", "kg-allnone");
    [["all", true], ["none", false]].forEach(function (pair) {
      var b = h("button", null, pair[0]);
      b.type = "button";
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
  allNone(relBox, "relation", state.relations, data.relations.map(function (r) { return r.name; }));
  data.relations.forEach(function (r) {
    relBox.appendChild(checkbox("relation", r.name, true, [h("span", null, r.name + (r.symmetric ? " \u2194" : " \u2192")), h("span", "kg-count", fmt(r.count))], toggler(state.relations, r.name)));
  });
  var docBox = document.getElementById("kg-documents");
  allNone(docBox, "document", state.documents, data.documents.map(function (d, i) { return i; }));
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
  document.getElementById("kg-fit").addEventListener("click", function () { network.fit(); });
  document.getElementById("kg-reset").addEventListener("click", function () {
    document.querySelectorAll("#kg-controls input[type=checkbox]").forEach(function (box) {
      var st = box.dataset.filter === "status" ? statusStyle[box.value] : null;
      box.checked = st ? st.shown : true;
    });
    data.relations.forEach(function (r) { state.relations.add(r.name); });
    data.classes.forEach(function (c) { state.classes.add(c.name); });
    data.documents.forEach(function (d, i) { state.documents.add(i); });
    data.statuses.forEach(function (s) { if (s.shown) state.statuses.add(s.name); else state.statuses.delete(s.name); });
    state.minConfidence = 0; conf.value = "0"; confOut.textContent = "0.00";
    state.pinned.clear();
    apply();
  });

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
  api.ui = {
    h: h, link: link, swatch: swatch, lineSample: lineSample, clear: clear, fmt: fmt,
    classColor: classColor, statusStyle: statusStyle, nodeOk: nodeOk, edgeOk: edgeOk,
    container: container, large: large
  };
})();
