/* kgraph's graph view: the view in the address (filters, time range, layers, selection
   and camera in the #fragment, so a view can be bookmarked, shared and restored on
   reload), the PNG download and the keyboard. */
(function () {
  "use strict";
  var api = window.kgraph, data = api.data, network = api.network, state = api.state, ui = api.ui;
  var nodesData = data.nodes, time = data.time;
  var byIri = {};
  nodesData.forEach(function (n) { byIri[n.iri] = n.id; });
  var ALL = {
    rel: data.relations.map(function (r) { return r.name; }),
    cls: data.classes.map(function (c) { return c.name; }),
    doc: data.documents.map(function (d, i) { return i; })
  };
  var SETS = { rel: "relations", cls: "classes", doc: "documents" };
  var defaultStatuses = data.statuses.filter(function (s) { return s.shown; }).map(function (s) { return s.name; }).join(",");

  // ---- writing the address ------------------------------------------------------
  function encode() {
    var p = new URLSearchParams();
    Object.keys(SETS).forEach(function (key) {
      var hidden = ALL[key].filter(function (v) { return !state[SETS[key]].has(v); });
      if (hidden.length) p.set("hide-" + key, hidden.join(","));
    });
    var statuses = data.statuses.map(function (s) { return s.name; }).filter(function (s) { return state.statuses.has(s); }).join(",");
    if (statuses !== defaultStatuses) p.set("status", statuses);
    if (state.minConfidence > 0) p.set("conf", String(state.minConfidence));
    if (time.labels.length && (state.timeFrom > 0 || state.timeTo < time.labels.length - 1)) {
      p.set("time", time.labels[state.timeFrom] + ".." + time.labels[state.timeTo]);
    }
    if (state.qualifiers) p.set("qualifiers", "1");
    if (state.overview) p.set("overview", state.expanded.size ? Array.from(state.expanded).join(",") : "all");
    if (state.pinned.size) p.set("pin", Array.from(state.pinned).map(function (i) { return nodesData[i].iri; }).join(" "));
    var sel = api.selected;
    if (sel && sel.node !== undefined) p.set("node", nodesData[sel.node].iri);
    else if (sel && sel.edge !== undefined) p.set("edge", String(sel.edge));
    else if (sel && sel.cluster !== undefined) p.set("cluster", String(sel.cluster));
    var pos = network.getViewPosition();
    p.set("view", [pos.x.toFixed(1), pos.y.toFixed(1), network.getScale().toFixed(4)].join(","));
    return p.toString();
  }
  var restoring = false, timer = null;
  function save() {
    if (restoring || !api.ready) return;
    clearTimeout(timer);
    timer = setTimeout(function () {
      var hash = "#" + encode();
      if (hash !== location.hash) history.replaceState(null, "", hash);
    }, 150);
  }
  api.onApply(save);
  api.onSelect = save;
  ["zoom", "dragEnd", "animationFinished"].forEach(function (ev) { network.on(ev, save); });

  // ---- reading it back ------------------------------------------------------------
  function restore(hash) {
    var p = new URLSearchParams(hash.replace(/^#/, ""));
    if (!hash || hash === "#") return;
    restoring = true;
    try {
      Object.keys(SETS).forEach(function (key) {
        var set = state[SETS[key]];
        ALL[key].forEach(function (v) { set.add(v); });
        (p.get("hide-" + key) || "").split(",").forEach(function (v) { if (v) set.delete(key === "doc" ? Number(v) : v); });
      });
      if (p.has("status")) {
        state.statuses.clear();
        p.get("status").split(",").forEach(function (s) { if (ui.statusStyle[s]) state.statuses.add(s); });
      }
      state.minConfidence = Math.max(0, Math.min(1, Number(p.get("conf")) || 0));
      var t = (p.get("time") || "").split("..");
      if (t.length === 2 && time.labels.indexOf(t[0]) >= 0 && time.labels.indexOf(t[1]) >= 0) {
        state.timeFrom = time.labels.indexOf(t[0]); state.timeTo = time.labels.indexOf(t[1]);
      }
      state.qualifiers = p.get("qualifiers") === "1";
      state.overview = p.has("overview");
      (p.get("overview") || "").split(",").forEach(function (k) { if (k && data.communities[+k]) state.expanded.add(+k); });
      (p.get("pin") || "").split(" ").forEach(function (iri) { if (iri in byIri) state.pinned.add(byIri[iri]); });
      api.syncControls();
      api.apply();
      if (p.has("node") && p.get("node") in byIri) {
        var id = byIri[p.get("node")];
        if (!ui.nodeOk[id]) { state.pinned.add(id); api.apply(); }
        network.selectNodes([id]);
        api.showNode(id);
      } else if (p.has("edge") && data.edges[+p.get("edge")]) {
        api.selectEdge(+p.get("edge"));
      } else if (p.has("cluster") && data.communities[+p.get("cluster")]) {
        var k = +p.get("cluster");
        api.showCluster(k);
        if (ui.metaOk[k]) network.selectNodes(["c" + k]);
      }
      var v = (p.get("view") || "").split(",").map(Number);
      if (v.length === 3 && v.every(isFinite) && v[2] > 0) api.initialView = { x: v[0], y: v[1], scale: v[2] };
    } finally {
      restoring = false;
    }
  }
  restore(location.hash);

  // ---- the picture ----------------------------------------------------------------
  function savePng() {
    var src = ui.container.querySelector("canvas"), copy = document.createElement("canvas");
    copy.width = src.width; copy.height = src.height;
    var ctx = copy.getContext("2d");
    ctx.fillStyle = "#ffffff"; ctx.fillRect(0, 0, copy.width, copy.height);
    ctx.drawImage(src, 0, 0);
    copy.toBlob(function (blob) {
      var a = document.createElement("a");
      a.href = URL.createObjectURL(blob);
      a.download = (data.title || "kgraph").replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60) + ".png";
      a.click();
      setTimeout(function () { URL.revokeObjectURL(a.href); }, 1000);
      api.announce("Saved the view as " + a.download);
    }, "image/png");
  }
  document.getElementById("kg-png").addEventListener("click", savePng);

  // ---- keyboard ---------------------------------------------------------------------
  var byRank = nodesData.map(function (n) { return n.id; }).sort(function (a, b) { return nodesData[a].rank - nodesData[b].rank; });
  var cursor = -1;
  function step(dir) {  // the next shown entity by centrality
    for (var k = 1; k <= byRank.length; k++) {
      var at = (cursor + dir * k + byRank.length * 2) % byRank.length;
      if (ui.nodeOk[byRank[at]]) {
        cursor = at;
        var id = byRank[at];
        network.selectNodes([id]);
        network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: false });
        api.showNode(id);
        api.announce(nodesData[id].label + ", " + nodesData[id].cls + ", " + nodesData[id].degree + " links");
        return id;
      }
    }
    return null;
  }
  ui.container.addEventListener("keydown", function (ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    var key = ev.key.toLowerCase(), sel = api.selected;
    if (key === "n" || key === "p") step(key === "n" ? 1 : -1);
    else if (key === "f") api.fit(true);
    else if (key === "l") api.relayout();
    else if (key === "escape") { network.unselectAll(); api.selected = null; state.named.clear(); api.apply(); api.announce("Selection cleared"); }
    else if (key === "enter" && sel && sel.cluster !== undefined) api.expand(sel.cluster);
    else if (key === "enter" && sel) document.getElementById("kg-details").focus();
    else return;
    ev.preventDefault();
  });
  document.addEventListener("keydown", function (ev) {
    var tag = (ev.target && ev.target.tagName) || "";
    if (ev.key === "/" && !/^(INPUT|TEXTAREA|SELECT)$/.test(tag)) { ev.preventDefault(); document.getElementById("kg-search").focus(); }
  });
  api.step = step;
  api.savePng = savePng;
})();
