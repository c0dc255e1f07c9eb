/* kgraph's graph view, part two: details panel, hover tooltip and search, built on the
   window.kgraph API of app.js. Article text only ever goes into textContent. */
(function () {
  "use strict";
  var api = window.kgraph, ui = api.ui, data = api.data, network = api.network, state = api.state;
  var nodesData = data.nodes, edgesData = data.edges, large = ui.large, container = ui.container;
  var h = ui.h, link = ui.link, swatch = ui.swatch, lineSample = ui.lineSample, clear = ui.clear, fmt = ui.fmt;
  var classColor = ui.classColor, statusStyle = ui.statusStyle, nodeOk = ui.nodeOk, edgeOk = ui.edgeOk;
  var apply = api.apply;
  var REASONS = {
    "name": "its canonical name",
    "alias": "a known alternative name or abbreviation",
    "demonym": "a demonym standing for the state",
    "metonymy": "a capital or seat speaking for its government",
    "coreference": "a later reference to it in the same text",
    "short-name": "a shorter form of its name in the same article",
    "acronym": "an acronym defined next to its long form"
  };

  // ---- details panel ------------------------------------------------------------
  var details = document.getElementById("kg-details");
  var adjacency = null;
  function edgesOf(id) {
    if (!adjacency) {
      adjacency = nodesData.map(function () { return []; });
      edgesData.forEach(function (e) { adjacency[e.from].push(e.id); if (e.to !== e.from) adjacency[e.to].push(e.id); });
    }
    return adjacency[id];
  }
  function defs(pairs) {
    var dl = h("dl");
    pairs.forEach(function (p) {
      if (p[1] === null || p[1] === undefined || p[1] === "") return;
      dl.appendChild(h("dt", null, p[0]));
      var dd = h("dd");
      if (p[1] instanceof Node) dd.appendChild(p[1]); else dd.textContent = String(p[1]);
      dl.appendChild(dd);
    });
    return dl;
  }
  function linkButton(text, onClick) {
    var b = h("button", "kg-linkbtn", text);
    b.type = "button";
    b.addEventListener("click", onClick);
    return b;
  }
  function changed() { if (api.onSelect) api.onSelect(); }
  function showNamed(ids) {  // qualifier entities appear while a statement naming them is shown
    var same = ids.length === state.named.size && ids.every(function (i) { return state.named.has(i); });
    if (same) return;
    state.named.clear();
    ids.forEach(function (i) { state.named.add(i); });
    apply();
  }
  function showNode(id) {
    var n = nodesData[id];
    api.selected = { node: id };
    showNamed([]);
    clear(details);
    details.appendChild(h("h2", null, n.label));
    var cls = h("span", "kg-status");
    cls.appendChild(swatch(classColor[n.cls] || "#999999"));
    cls.appendChild(h("span", null, n.cls));
    var wd = n.wikidata && /^Q[1-9][0-9]*$/.test(n.wikidata) ? link("https://www.wikidata.org/wiki/" + n.wikidata, n.wikidata) : null;
    details.appendChild(defs([["class", cls], ["Wikidata", wd], ["links", n.degree], ["centrality", n.centrality.toPrecision(3)]]));
    var iri = h("code", null, n.iri);
    details.appendChild(iri);
    if (n.aliases.length) {
      details.appendChild(h("h3", null, "Also called (merged because)"));
      var ul = h("ul");
      n.aliases.forEach(function (a) {
        var li = h("li");
        li.appendChild(h("strong", null, a.text));
        li.appendChild(document.createTextNode(" \u2014 " + (REASONS[a.reason] || a.reason)));
        ul.appendChild(li);
      });
      details.appendChild(ul);
    }
    var mine = edgesOf(id);
    if (mine.length) {
      details.appendChild(h("h3", null, "Statements (" + mine.length + ")"));
      var list = h("ul", "kg-stmts");
      mine.slice(0, 200).forEach(function (eid) {
        var e = edgesData[eid], li = h("li");
        li.appendChild(linkButton(nodesData[e.from].label + " \u2014 " + e.label + " \u2192 " + nodesData[e.to].label + (e.status !== "asserted" ? " (" + e.status + ")" : ""), function () { selectEdge(eid); }));
        list.appendChild(li);
      });
      details.appendChild(list);
    }
    if (n.community >= 0 && state.overview) {
      details.appendChild(linkButton("Collapse its community", function () { api.collapse(n.community); }));
    }
    changed();
  }
  function showCluster(k) {
    var c = data.communities[k];
    api.selected = { cluster: k };
    showNamed([]);
    clear(details);
    details.appendChild(h("h2", null, "Community of " + nodesData[c.top].label));
    details.appendChild(defs([["entities", fmt(c.size)]]));
    var expand = h("button", null, "Expand: show its entities");
    expand.type = "button";
    expand.addEventListener("click", function () { api.expand(k); });
    details.appendChild(expand);
    var members = nodesData.filter(function (n) { return n.community === k; }).sort(function (a, b) { return a.rank - b.rank; });
    details.appendChild(h("h3", null, "Most central"));
    var ul = h("ul");
    members.slice(0, 15).forEach(function (n) { var li = h("li"); li.appendChild(linkButton(n.label, function () { focusNode(n.id); })); ul.appendChild(li); });
    details.appendChild(ul);
    changed();
  }
  function quantityText(q) {
    if (!q) return null;
    var parts = [];
    if (q.value !== null) parts.push(fmt(q.value));
    if (q.min !== null) parts.push("min " + fmt(q.min));
    if (q.max !== null) parts.push("max " + fmt(q.max));
    if (q.unit) parts.push(q.unit);
    if (q.hedge) parts.push("(" + q.hedge + ")");
    return "\u201c" + q.text + "\u201d" + (parts.length ? " = " + parts.join(" ") : "");
  }
  function timeText(t) { return t ? "\u201c" + t.text + "\u201d" + (t.value ? " = " + t.value : "") : null; }
  function refText(r) { return r ? r.label + (r.text && r.text !== r.label ? " (\u201c" + r.text + "\u201d)" : "") : null; }
  function showEdge(id) {
    var e = edgesData[id], st = statusStyle[e.status] || statusStyle.asserted;
    api.selected = { edge: id };
    showNamed(e.named);
    clear(details);
    details.appendChild(h("h2", null, nodesData[e.from].label + " \u2014 " + e.label + (e.symmetric ? " \u2194 " : " \u2192 ") + nodesData[e.to].label));
    var status = h("span", "kg-status");
    status.appendChild(lineSample(st));
    status.appendChild(h("span", null, e.status + " \u2014 " + st.meaning));
    details.appendChild(defs([["relation", e.relation], ["status", status],
      ["subject", linkButton(nodesData[e.from].label, function () { selectNode(e.from); })],
      ["object", linkButton(nodesData[e.to].label, function () { selectNode(e.to); })]]));
    details.appendChild(h("h3", null, "Evidence (" + e.mentions.length + ")"));
    e.mentions.forEach(function (m) {
      var box = h("div", "kg-evidence"), doc = data.documents[m.doc] || { source: "?" };
      box.appendChild(h("blockquote", null, m.sentence));
      var source = h("span");
      source.appendChild(link(doc.url, doc.title || doc.source));
      if (doc.date) source.appendChild(document.createTextNode(" (" + doc.date + ")"));
      box.appendChild(defs([
        ["source", source], ["file", doc.title ? doc.source : null],
        ["quantity", quantityText(m.quantity)], ["time", timeText(m.time)],
        ["according to", refText(m.accordingTo)], ["recipient", refText(m.recipient)],
        ["destination", refText(m.destination)], ["location", refText(m.location)],
        ["words", "\u201c" + m.subjectText + "\u201d \u2192 \u201c" + m.objectText + "\u201d"],
        ["confidence", m.confidence === null ? null : m.confidence.toFixed(2)],
        ["characters", m.start + "\u2013" + m.end]
      ]));
      details.appendChild(box);
    });
    changed();
  }
  function selectNode(id) {
    focusNode(id);
  }
  function selectEdge(id) {
    var e = edgesData[id];
    if (!edgeOk[id]) { state.pinned.add(e.from); state.pinned.add(e.to); apply(); }
    showEdge(id);
    if (edgeOk[id]) network.setSelection({ nodes: [], edges: [id] }, { unselectAll: true, highlightEdges: false });
  }
  network.on("click", function (p) {
    if (p.nodes.length) { if (typeof p.nodes[0] === "number") showNode(p.nodes[0]); else showCluster(+p.nodes[0].slice(1)); }
    else if (p.edges.length && typeof p.edges[0] === "number") showEdge(p.edges[0]);
  });
  network.on("doubleClick", function (p) {
    if (p.nodes.length && typeof p.nodes[0] !== "number") api.expand(+p.nodes[0].slice(1));
  });

  // ---- hover tooltip ------------------------------------------------------------
  var tip = document.getElementById("kg-tooltip");
  function showTip(text, pointer) {
    var rect = container.getBoundingClientRect();
    tip.textContent = text;
    tip.style.left = (rect.left + pointer.DOM.x + 12) + "px";
    tip.style.top = (rect.top + pointer.DOM.y + 12) + "px";
    tip.hidden = false;
  }
  network.on("hoverNode", function (p) {
    if (typeof p.node !== "number") { showTip(api.nodeLabel(p.node) + " \u2014 community (double-click to expand)", p.pointer); return; }
    var n = nodesData[p.node];
    showTip(n.label + " \u2014 " + n.cls, p.pointer);
  });
  network.on("hoverEdge", function (p) {
    if (typeof p.edge !== "number") { showTip(ui.metaCount[p.edge] + " links between clusters", p.pointer); return; }
    var e = edgesData[p.edge];
    showTip(nodesData[e.from].label + " \u2014 " + e.label + " \u2192 " + nodesData[e.to].label + " (" + e.status + ", " + e.mentions.length + " sentence" + (e.mentions.length === 1 ? "" : "s") + ")", p.pointer);
  });
  network.on("blurNode", function () { tip.hidden = true; });
  network.on("blurEdge", function () { tip.hidden = true; });
  network.on("dragStart", function () { tip.hidden = true; });

  // ---- search -----------------------------------------------------------------
  var index = nodesData.map(function (n) {
    return [n.label.toLowerCase()].concat(n.aliases.map(function (a) { return a.text.toLowerCase(); }));
  });
  function search(query) {
    var q = query.trim().toLowerCase(), exact = [], prefix = [], inner = [];
    if (!q) return [];
    for (var i = 0; i < index.length; i++) {
      var keys = index[i], best = 3;
      for (var k = 0; k < keys.length; k++) {
        if (keys[k] === q) { best = 0; break; }
        if (keys[k].lastIndexOf(q, 0) === 0) best = Math.min(best, 1);
        else if (keys[k].indexOf(q) >= 0) best = Math.min(best, 2);
      }
      if (best === 0) exact.push(i); else if (best === 1) prefix.push(i); else if (best === 2) inner.push(i);
    }
    var byDegree = function (a, b) { return nodesData[b].degree - nodesData[a].degree; };
    return exact.sort(byDegree).concat(prefix.sort(byDegree), inner.sort(byDegree)).slice(0, 12);
  }
  function focusNode(id) {
    var c = nodesData[id].community;
    if (state.overview && c >= 0 && !state.expanded.has(c)) { state.expanded.add(c); apply(); }
    if (!nodeOk[id]) { state.pinned.add(id); apply(); }
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: large ? false : { duration: 400, easingFunction: "easeInOutQuad" } });
    api.updateArrows();
    showNode(id);
  }
  var searchBox = document.getElementById("kg-search"), results = document.getElementById("kg-search-results");
  function showResults() {
    clear(results);
    search(searchBox.value).forEach(function (id) {
      var li = h("li"), b = h("button", null, nodesData[id].label + " \u2014 " + nodesData[id].cls);
      b.type = "button";
      b.addEventListener("click", function () { focusNode(id); });
      li.appendChild(b);
      results.appendChild(li);
    });
  }
  searchBox.addEventListener("input", showResults);
  searchBox.addEventListener("keydown", function (ev) {
    if (ev.key !== "Enter") return;
    var found = search(searchBox.value);
    if (found.length) focusNode(found[0]);
  });
  api.search = search;
  api.focus = focusNode;
  api.showNode = showNode;
  api.showEdge = showEdge;
  api.showCluster = showCluster;
  api.selectEdge = selectEdge;
})();
