/* kgraph's graph view: the time bar. Two sliders choose a range of periods (days,
   months or years of the statements' dates: the resolved time, else the publication
   date); above them a histogram of statements per period, the chosen ones darker.
   Statements without a date are never hidden by time. */
(function () {
  "use strict";
  var api = window.kgraph, ui = api.ui, data = api.data, state = api.state, h = ui.h;
  var time = data.time, n = time.labels.length, box = document.getElementById("kg-timebar");
  var out = document.getElementById("kg-time-value");
  var NS = "http://www.w3.org/2000/svg", W = 220, H = 40;
  if (!n) {
    box.appendChild(h("p", "kg-hint", "No statement has a date."));
    return;
  }
  var most = Math.max.apply(null, time.counts), top = most || 1, bars = [];
  var svg = document.createElementNS(NS, "svg");
  svg.setAttribute("class", "kg-hist");
  svg.setAttribute("viewBox", "0 0 " + W + " " + H);
  svg.setAttribute("preserveAspectRatio", "none");
  svg.setAttribute("role", "img");
  var busiest = time.counts.indexOf(most);
  svg.setAttribute("aria-label", "Statements per " + time.unit + " from " + time.labels[0] + " to " + time.labels[n - 1] +
    "; most in " + time.labels[busiest] + " (" + time.counts[busiest] + ")" + (time.undated ? "; " + time.undated + " without a date" : ""));
  time.counts.forEach(function (count, k) {
    var r = document.createElementNS(NS, "rect"), bw = W / n, bh = count ? Math.max(2, (H - 2) * count / top) : 0;
    r.setAttribute("x", String(k * bw + bw * 0.1)); r.setAttribute("width", String(Math.max(0.5, bw * 0.8)));
    r.setAttribute("y", String(H - bh)); r.setAttribute("height", String(bh));
    var tip = document.createElementNS(NS, "title");
    tip.textContent = time.labels[k] + ": " + count + " statement" + (count === 1 ? "" : "s");
    r.appendChild(tip);
    svg.appendChild(r);
    bars.push(r);
  });
  box.appendChild(svg);
  var range = h("div", "kg-range");
  function slider(id, text, value) {
    var label = h("label", null, text);
    label.htmlFor = id;
    var input = h("input");
    input.type = "range"; input.id = id; input.min = "0"; input.max = String(n - 1); input.step = "1"; input.value = String(value);
    range.appendChild(label); range.appendChild(input);
    return input;
  }
  var from = slider("kg-time-from", "from", 0), to = slider("kg-time-to", "to", n - 1);
  box.appendChild(range);
  if (time.undated) box.appendChild(h("div", "kg-hint", time.undated + " statement" + (time.undated === 1 ? "" : "s") + " without a date always shown"));
  function show() {
    from.value = String(state.timeFrom); to.value = String(state.timeTo);
    from.setAttribute("aria-valuetext", time.labels[state.timeFrom]);
    to.setAttribute("aria-valuetext", time.labels[state.timeTo]);
    out.textContent = state.timeFrom === 0 && state.timeTo === n - 1 ? "(all)" :
      time.labels[state.timeFrom] + (state.timeTo !== state.timeFrom ? " \u2013 " + time.labels[state.timeTo] : "");
    bars.forEach(function (r, k) { r.setAttribute("class", k >= state.timeFrom && k <= state.timeTo ? "kg-in" : ""); });
  }
  function setRange(a, b) {  // period indices, in either order
    a = Math.max(0, Math.min(n - 1, a | 0)); b = Math.max(0, Math.min(n - 1, b | 0));
    state.timeFrom = Math.min(a, b); state.timeTo = Math.max(a, b);
    show();
    api.apply();
  }
  from.addEventListener("input", function () { setRange(Number(from.value), Math.max(Number(from.value), state.timeTo)); });
  to.addEventListener("input", function () { setRange(Math.min(Number(to.value), state.timeFrom), Number(to.value)); });
  api.onApply(function (why) { if (why === "sync") show(); });
  api.setTimeRange = setRange;
  show();
})();
