/* kgraph's graph view: the overview and the re-layout. Communities (Louvain, computed
   when the page was built) can be drawn as one node each; expanding one shows its
   entities where they were. Re-layout packs what is shown: each connected piece keeps
   its shape (its nodes keep their places relative to each other) and the pieces are
   set side by side on shelves, largest first, so a filtered graph fills the canvas. */
(function () {
  "use strict";
  var api = window.kgraph, data = api.data, network = api.network, state = api.state;
  var nodesData = data.nodes, GAP = 90;

  function members(k) { return nodesData.filter(function (n) { return n.community === k; }).map(function (n) { return n.id; }); }
  function expand(k) {
    state.overview = true;
    state.expanded.add(k);
    api.syncControls();
    api.apply();
    var shown = members(k).filter(function (id) { return api.ui.nodeOk[id]; });
    if (shown.length) network.fit({ nodes: shown, animation: api.ui.large ? false : { duration: 300, easingFunction: "easeInOutQuad" } });
    api.announce("Expanded the community of " + nodesData[data.communities[k].top].label + ": " + shown.length + " entities shown");
  }
  function collapse(k) {
    state.expanded.delete(k);
    members(k).forEach(function (id) { state.pinned.delete(id); });
    api.apply();
    api.announce("Collapsed the community of " + nodesData[data.communities[k].top].label);
  }

  function relayout() {
    var all = network.body.nodes, ids = network.body.nodeIndices, index = {}, parent = new Int32Array(ids.length), i;
    for (i = 0; i < ids.length; i++) { index[ids[i]] = i; parent[i] = i; }
    function find(a) { while (parent[a] !== a) { parent[a] = parent[parent[a]]; a = parent[a]; } return a; }
    network.body.edgeIndices.forEach(function (eid) {
      var e = network.body.edges[eid], a = index[e.fromId], b = index[e.toId];
      if (a === undefined || b === undefined) return;
      a = find(a); b = find(b);
      if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
    });
    var comps = {}, list = [];
    for (i = 0; i < ids.length; i++) {
      var root = find(i), c = comps[root];
      if (!c) { c = comps[root] = { first: i, ids: [], x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity }; list.push(c); }
      var n = all[ids[i]], r = n.options.size || 10;
      c.ids.push(ids[i]);
      c.x0 = Math.min(c.x0, n.x - r); c.x1 = Math.max(c.x1, n.x + r);
      c.y0 = Math.min(c.y0, n.y - r); c.y1 = Math.max(c.y1, n.y + r);
    }
    list.sort(function (a, b) { return b.ids.length - a.ids.length || a.first - b.first; });
    var area = 0, widest = 0;
    list.forEach(function (c) { c.w = c.x1 - c.x0 + GAP; c.h = c.y1 - c.y0 + GAP; area += c.w * c.h; widest = Math.max(widest, c.w); });
    var rowWidth = Math.max(Math.sqrt(area) * 1.2, widest), x = 0, y = 0, rowHeight = 0, moves = [];
    list.forEach(function (c) {
      if (x > 0 && x + c.w > rowWidth) { x = 0; y += rowHeight; rowHeight = 0; }
      var dx = x - c.x0, dy = y - c.y0;
      if (dx || dy) c.ids.forEach(function (id) { moves.push({ id: id, x: all[id].x + dx, y: all[id].y + dy }); });
      x += c.w;
      rowHeight = Math.max(rowHeight, c.h);
    });
    network.body.emitter.emit("_blockRedraw");
    try { api.nodes.update(moves); } finally { network.body.emitter.emit("_allowRedraw"); }
    api.fit(false);
    api.redrawSettled();
    api.announce("Laid out " + ids.length + " nodes in " + list.length + " pieces");
    return { nodes: ids.length, pieces: list.length, moved: moves.length };
  }
  document.getElementById("kg-relayout").addEventListener("click", relayout);
  api.expand = expand;
  api.collapse = collapse;
  api.relayout = relayout;
})();
