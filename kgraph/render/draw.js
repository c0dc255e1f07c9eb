/* kgraph's graph view: what is drawn after vis-network's frame. Nodes of large graphs
   (one canvas path per class), then labels by level of detail: the most central
   entities first, each label at a constant size on screen and only where it does not
   cover another; edge labels for the hovered and selected links, and for all links
   once zoomed in; dotted links from qualifier entities to the statements naming them. */
(function () {
  "use strict";
  var api = window.kgraph, ui = api.ui, data = api.data, network = api.network, state = api.state;
  var nodesData = data.nodes, edgesData = data.edges, communities = data.communities, container = ui.container;
  var NODE_PX = 13, EDGE_PX = 11;  // label sizes on screen, whatever the zoom
  var MAX_NODE_LABELS = 400, MAX_EDGE_LABELS = 200, EDGE_LABEL_SCALE = 0.7, CELL = 64;
  var SPOTS = [[0, 1], [0, -1], [1, 0], [-1, 0]];  // where a node's label may go, in order
  var FONT = "px system-ui, -apple-system, 'Segoe UI', sans-serif";
  var byRank = nodesData.map(function (n) { return n.id; }).sort(function (a, b) { return nodesData[a].rank - nodesData[b].rank; });
  var classDark = {};
  data.classes.forEach(function (c) { classDark[c.name] = ui.darker(c.color); });
  var hovered = { node: null, edge: null };
  network.on("hoverNode", function (p) { hovered.node = p.node; });
  network.on("blurNode", function () { hovered.node = null; });
  network.on("hoverEdge", function (p) { hovered.edge = p.edge; network.redraw(); });  // its label
  network.on("blurEdge", function () { hovered.edge = null; network.redraw(); });

  function viewBox() {
    var a = network.DOMtoCanvas({ x: 0, y: 0 }), b = network.DOMtoCanvas({ x: container.clientWidth, y: container.clientHeight });
    return { x0: a.x, y0: a.y, x1: b.x, y1: b.y };
  }
  function drawNodes(ctx, box, scale) {  // large graphs only: vis-network sized them, we paint them
    var ids = network.body.nodeIndices, all = network.body.nodes, groups = {}, i, id, n, r, cls;
    for (i = 0; i < ids.length; i++) {
      id = ids[i];
      if (typeof id !== "number") continue;  // a cluster: vis-network draws it
      n = all[id]; r = nodesData[id].size;
      if (n.x + r < box.x0 || n.x - r > box.x1 || n.y + r < box.y0 || n.y - r > box.y1) continue;
      cls = nodesData[id].cls;
      (groups[cls] || (groups[cls] = [])).push(n);
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
      ctx.fillStyle = ui.classColor[c] || "#999999";
      ctx.fill();
      if (scale > 0.15) { ctx.strokeStyle = classDark[c] || "#666666"; ctx.stroke(); }
    });
    ctx.lineWidth = 3 / scale; ctx.strokeStyle = "#000000";
    network.getSelectedNodes().forEach(function (sid) {
      var s = all[sid];
      if (!s || s.options.hidden || typeof sid !== "number") return;
      ctx.beginPath(); ctx.arc(s.x, s.y, nodesData[sid].size + 1.5 / scale, 0, 2 * Math.PI); ctx.stroke();
    });
  }

  if (ui.large) {
    // Large graphs: one canvas path per status and width instead of a stroke per link
    // (software rasterising tens of thousands of strokes was most of a frame). The
    // selected and hovered links are drawn again on top, thicker; cluster links by vis.
    network.renderer._drawEdges = function (ctx) {
      var ids = network.body.edgeIndices, all = network.body.edges, groups = {}, box = viewBox(), i, id, e, f, t, key;
      var scale = network.getScale(), top = {};
      network.getSelectedEdges().forEach(function (sid) { top[sid] = true; });
      if (hovered.edge !== null) top[hovered.edge] = true;
      for (i = 0; i < ids.length; i++) {
        id = ids[i]; e = all[id];
        if (!e.connected) continue;
        if (typeof id !== "number") { e.draw(ctx); continue; }
        f = e.from; t = e.to;
        if ((f.x < box.x0 && t.x < box.x0) || (f.x > box.x1 && t.x > box.x1) || (f.y < box.y0 && t.y < box.y0) || (f.y > box.y1 && t.y > box.y1)) continue;
        key = edgesData[id].status + "|" + e.options.width;
        (groups[key] || (groups[key] = [])).push(e);
      }
      ctx.save();
      ctx.globalAlpha = 0.85;
      Object.keys(groups).forEach(function (k) {
        var list = groups[k], st = ui.statusStyle[k.split("|")[0]] || ui.statusStyle.asserted;
        ctx.beginPath();
        list.forEach(function (edge) { trace(ctx, edge); });
        ctx.strokeStyle = st.color;
        ctx.lineWidth = Number(k.split("|")[1]);
        ctx.setLineDash(st.dashes ? st.dashes : []);
        ctx.stroke();
      });
      ctx.globalAlpha = 1;
      Object.keys(top).forEach(function (tid) {
        var edge = all[tid];
        if (!edge || !edge.connected || edge.options.hidden || isNaN(tid)) return;
        var st = ui.statusStyle[edgesData[tid].status] || ui.statusStyle.asserted;
        ctx.beginPath(); trace(ctx, edge);
        ctx.strokeStyle = st.color; ctx.lineWidth = edge.options.width + 2 / scale; ctx.setLineDash(st.dashes ? st.dashes : []);
        ctx.stroke();
      });
      ctx.restore();
    };
  }
  function trace(ctx, edge) {  // a link's line (its curve when it is one of several between two nodes)
    ctx.moveTo(edge.from.x, edge.from.y);
    if (edge.options.smooth && edge.options.smooth.enabled && edge.edgeType._getViaCoordinates) {
      var via = edge.edgeType._getViaCoordinates();
      ctx.quadraticCurveTo(via.x, via.y, edge.to.x, edge.to.y);
    } else {
      ctx.lineTo(edge.to.x, edge.to.y);
    }
  }

  // Screen-space occupancy: a label is drawn only where no earlier one is.
  function Occupancy() { this.cells = {}; }
  Occupancy.prototype.take = function (x0, y0, x1, y1) {
    var cx0 = Math.floor(x0 / CELL), cx1 = Math.floor(x1 / CELL), cy0 = Math.floor(y0 / CELL), cy1 = Math.floor(y1 / CELL), cx, cy, list, k, r;
    for (cx = cx0; cx <= cx1; cx++) for (cy = cy0; cy <= cy1; cy++) {
      list = this.cells[cx + "," + cy];
      if (!list) continue;
      for (k = 0; k < list.length; k++) {
        r = list[k];
        if (x0 < r[2] && x1 > r[0] && y0 < r[3] && y1 > r[1]) return false;
      }
    }
    for (cx = cx0; cx <= cx1; cx++) for (cy = cy0; cy <= cy1; cy++) {
      (this.cells[cx + "," + cy] || (this.cells[cx + "," + cy] = [])).push([x0, y0, x1, y1]);
    }
    return true;
  };

  function nodeLabel(id) {
    if (typeof id === "number") return nodesData[id].label;
    var c = communities[+id.slice(1)];
    return nodesData[c.top].label + " +" + (c.size - 1);
  }
  function nodeRadius(id) { var n = network.body.nodes[id]; return n ? (n.options.size || 10) : 10; }
  function edgeMiddle(id) {
    var edge = network.body.edges[id];
    if (!edge || !edge.from || !edge.to) return null;
    try { return edge.edgeType.getPoint(0.5); } catch (err) { return { x: (edge.from.x + edge.to.x) / 2, y: (edge.from.y + edge.to.y) / 2 }; }
  }
  function text(ctx, label, x, y, scale, px) {
    ctx.font = (px / scale) + FONT;
    ctx.lineWidth = 3 / scale;
    ctx.strokeText(label, x, y);
    ctx.fillText(label, x, y);
  }
  function drawLabels(ctx, box, scale) {
    var all = network.body.nodes, taken = new Occupancy(), drawn = [], tried = 0, i;
    var width = container.clientWidth, height = container.clientHeight;
    var selected = network.getSelectedNodes(), selEdges = network.getSelectedEdges(), done = {};
    function edgeLabel(eid) {
      if (done[eid] || !network.body.edges[eid] || network.body.edges[eid].options.hidden) return;
      done[eid] = true;
      var m = edgeMiddle(eid);
      if (!m || m.x < box.x0 || m.x > box.x1 || m.y < box.y0 || m.y > box.y1) return;
      var label = typeof eid === "number" ? edgesData[eid].label : ui.metaCount[eid] + " links";
      ctx.font = EDGE_PX + FONT;
      var w = ctx.measureText(label).width, q = network.canvasToDOM(m);
      if (!taken.take(q.x - w / 2 - 2, q.y - EDGE_PX / 2 - 2, q.x + w / 2 + 2, q.y + EDGE_PX / 2 + 2)) return;
      ctx.fillStyle = "#333333"; ctx.textBaseline = "middle";
      text(ctx, label, m.x, m.y, scale, EDGE_PX);
      drawn.push({ kind: "edge", id: eid, font: EDGE_PX / scale, text: label });
    }
    ctx.textAlign = "center"; ctx.lineJoin = "round"; ctx.strokeStyle = "#ffffff";
    // the link under the pointer and the selected ones are named first, whatever the zoom
    if (hovered.edge !== null) edgeLabel(hovered.edge);
    selEdges.forEach(edgeLabel);
    var order = selected.concat(hovered.node === null ? [] : [hovered.node]);
    communities.forEach(function (c, k) { if (ui.metaOk[k]) order.push("c" + k); });
    order = order.concat(byRank);
    var seen = {}, nodeCount = 0;
    for (i = 0; i < order.length && nodeCount < MAX_NODE_LABELS; i++) {
      var id = order[i], n = all[id];
      if (!n || n.options.hidden || seen[id]) continue;
      seen[id] = true;
      var r = nodeRadius(id);
      if (n.x + r < box.x0 || n.x - r > box.x1 || n.y < box.y0 || n.y > box.y1) continue;
      if (++tried > 4 * MAX_NODE_LABELS) break;
      var label = nodeLabel(id);
      ctx.font = NODE_PX + FONT;
      var w = ctx.measureText(label).width, c = network.canvasToDOM({ x: n.x, y: n.y }), rr = r * scale, spot = null;
      for (var k = 0; k < SPOTS.length && !spot; k++) {  // below the node, else above, right, left
        var sx = c.x + SPOTS[k][0] * (rr + w / 2 + 3), sy = c.y + SPOTS[k][1] * (rr + NODE_PX / 2 + 3);
        if (sx - w / 2 < 0 || sx + w / 2 > width || sy - NODE_PX / 2 < 0 || sy + NODE_PX / 2 > height) continue;  // not cut off
        if (taken.take(sx - w / 2 - 2, sy - NODE_PX / 2 - 2, sx + w / 2 + 2, sy + NODE_PX / 2 + 2)) spot = network.DOMtoCanvas({ x: sx, y: sy });
      }
      if (!spot) continue;
      ctx.fillStyle = "#1a1a1a"; ctx.textBaseline = "middle";
      text(ctx, label, spot.x, spot.y, scale, NODE_PX);
      drawn.push({ kind: "node", id: id, font: NODE_PX / scale, text: label });
      nodeCount++;
    }
    // then the links of the selected entity, and every link once zoomed in
    var more = [];
    selected.forEach(function (nid) { if (all[nid] && !all[nid].options.hidden) more = more.concat(all[nid].edges.map(function (e) { return e.id; })); });
    if (scale >= EDGE_LABEL_SCALE) more = more.concat(network.body.edgeIndices);
    var before = drawn.length;
    for (i = 0; i < more.length && drawn.length - before < MAX_EDGE_LABELS; i++) edgeLabel(more[i]);
    return drawn;
  }
  function drawQualifierLinks(ctx, scale) {  // a qualifier entity points at the statement naming it
    var all = network.body.nodes;
    ctx.save();
    ctx.setLineDash([3 / scale, 4 / scale]); ctx.lineWidth = 1.2 / scale; ctx.strokeStyle = "#7f7f7f";
    ctx.beginPath();
    network.body.edgeIndices.forEach(function (eid) {
      if (typeof eid !== "number" || !edgesData[eid].named.length) return;
      var m = null;
      edgesData[eid].named.forEach(function (nid) {
        if (!all[nid] || all[nid].options.hidden) return;
        m = m || edgeMiddle(eid);
        if (!m) return;
        ctx.moveTo(all[nid].x, all[nid].y); ctx.lineTo(m.x, m.y);
      });
    });
    ctx.stroke();
    ctx.restore();
  }
  network.on("afterDrawing", function (ctx) {
    var scale = network.getScale(), box = viewBox();
    if (ui.large) drawNodes(ctx, box, scale);
    drawQualifierLinks(ctx, scale);
    var drawn = drawLabels(ctx, box, scale);
    api.labels = { scale: scale, drawn: drawn };  // font: canvas units; times scale = pixels on screen
  });
  api.nodeLabel = nodeLabel;
  api.hovered = hovered;
})();
