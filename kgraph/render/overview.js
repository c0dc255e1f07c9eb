/* kgraph's graph view: the overview and the re-layout. Communities (Louvain, computed
   when the page was built) can be drawn as one node each; expanding one shows its
   entities where they were. Re-layout packs what is shown (see relayout) so a filtered
   graph fills the canvas again. */
(function () {
  "use strict";
  var api = window.kgraph, data = api.data, network = api.network, state = api.state;
  var nodesData = data.nodes;

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

  // Re-layout: the connected pieces of what is shown, largest first, each moved whole
  // (its nodes keep their places relative to each other) to the free spot nearest the
  // largest piece, which stays where it is. Free is tested on a grid of cells around the
  // nodes themselves, not their bounding boxes, so pieces nest into each other's gaps.
  var CELL = 45;
  function pieces() {
    var all = network.body.nodes, ids = network.body.nodeIndices, index = {}, parent = new Int32Array(ids.length), i;
    for (i = 0; i < ids.length; i++) { index[ids[i]] = i; parent[i] = i; }
    function find(a) { while (parent[a] !== a) { parent[a] = parent[parent[a]]; a = parent[a]; } return a; }
    network.body.edgeIndices.forEach(function (eid) {
      var e = network.body.edges[eid], a = index[e.fromId], b = index[e.toId];
      if (a === undefined || b === undefined) return;
      a = find(a); b = find(b);
      if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
    });
    var byRoot = {}, list = [];
    for (i = 0; i < ids.length; i++) {
      var root = find(i), piece = byRoot[root];
      if (!piece) { piece = byRoot[root] = { first: i, ids: [], sx: 0, sy: 0 }; list.push(piece); }
      piece.ids.push(ids[i]); piece.sx += all[ids[i]].x; piece.sy += all[ids[i]].y;
    }
    list.sort(function (a, b) { return b.ids.length - a.ids.length || a.first - b.first; });
    list.forEach(function (piece) {  // the cells its nodes cover, relative to its centre's cell
      var ax = Math.floor(piece.sx / piece.ids.length / CELL), ay = Math.floor(piece.sy / piece.ids.length / CELL), seen = {};
      piece.ax = ax; piece.ay = ay; piece.cells = [];
      piece.ids.forEach(function (id) {
        var n = all[id], r = n.options.size || 10;
        for (var cx = Math.floor((n.x - r) / CELL); cx <= Math.floor((n.x + r) / CELL); cx++) {
          for (var cy = Math.floor((n.y - r) / CELL); cy <= Math.floor((n.y + r) / CELL); cy++) {
            var key = (cx - ax) + "," + (cy - ay);
            if (!seen[key]) { seen[key] = true; piece.cells.push([cx - ax, cy - ay]); }
          }
        }
      });
    });
    return list;
  }
  function ring(d) {  // the cells at distance d (a square ring), nearest the centre first
    var out = [], k;
    if (d === 0) return [[0, 0]];
    for (k = -d; k <= d; k++) { out.push([k, -d], [k, d]); }
    for (k = -d + 1; k <= d - 1; k++) { out.push([-d, k], [d, k]); }
    return out.sort(function (a, b) { return a[0] * a[0] + a[1] * a[1] - b[0] * b[0] - b[1] * b[1]; });
  }
  function relayout(quiet) {
    var all = network.body.nodes, list = pieces(), taken = new Set(), rings = [], moves = [];
    if (!list.length) return { nodes: 0, pieces: 0, moved: 0 };
    var ox = list[0].ax, oy = list[0].ay, full = [];  // full[d]: no piece fitted at ring d
    function key(x, y) { return x * 1000003 + y; }
    function fits(piece, x, y) {
      for (var k = 0; k < piece.cells.length; k++) {
        var cx = x + piece.cells[k][0], cy = y + piece.cells[k][1];
        for (var i = -1; i <= 1; i++) for (var j = -1; j <= 1; j++) if (taken.has(key(cx + i, cy + j))) return false;
      }
      return true;
    }
    var from = 0;  // pieces come largest first: each starts its search near where the last one fitted
    list.forEach(function (piece, p) {
      var x = ox, y = oy, placed = p === 0, d, k, cands;
      for (d = Math.max(0, from - 2); !placed; d++) {
        if (piece.cells.length === 1 && full[d]) continue;  // a single cell fits nowhere a single cell did not
        cands = rings[d] || (rings[d] = ring(d));
        for (k = 0; k < cands.length; k++) {
          if (fits(piece, ox + cands[k][0], oy + cands[k][1])) { x = ox + cands[k][0]; y = oy + cands[k][1]; placed = true; break; }
        }
        if (!placed && piece.cells.length === 1) full[d] = true;
      }
      from = Math.max(Math.abs(x - ox), Math.abs(y - oy));
      piece.cells.forEach(function (c) { taken.add(key(x + c[0], y + c[1])); });
      var dx = (x - piece.ax) * CELL, dy = (y - piece.ay) * CELL;
      if (dx || dy) piece.ids.forEach(function (id) { moves.push({ id: id, x: all[id].x + dx, y: all[id].y + dy }); });
    });
    moves.forEach(function (m) { all[m.id].x = m.x; all[m.id].y = m.y; });
    api.fit(false);
    api.redrawSettled();
    if (quiet !== true) api.announce("Laid out " + network.body.nodeIndices.length + " nodes in " + list.length + " pieces");
    return { nodes: network.body.nodeIndices.length, pieces: list.length, moved: moves.length };
  }
  document.getElementById("kg-relayout").addEventListener("click", function () { relayout(); });
  api.expand = expand;
  api.collapse = collapse;
  api.relayout = relayout;
})();
