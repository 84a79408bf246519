/* kg network view — the page script (MIT, part of kg).
 *
 * Reads the graph from <script type="application/json" id="kg-data"> with
 * JSON.parse and writes text into the page only through textContent (never
 * innerHTML).  Tooltips are DOM elements, which vis-network appends as they
 * are; labels are drawn on the canvas.  Links in the side panel are http(s)
 * only.  window.kgView exposes the network for tests and benchmarks.
 */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var N = data.nodes, E = data.edges, F = data.facts;
  var PANEL_FACTS = 150; // fact cards rendered at once in the side panel

  var state = {
    ready: false,
    timings: { scriptStart: performance.now() },
    selected: null,
    factOk: new Array(F.length),
    nodeVisible: new Array(N.length),
    edgeVisible: new Array(E.length)
  };

  // -- small DOM helpers (text only) ----------------------------------------

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }

  function safeHref(url) {
    if (typeof url !== "string") return null;
    var parsed;
    try { parsed = new URL(url); } catch (err) { return null; }
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  }

  function plural(n, one, many) { return n + " " + (n === 1 ? one : many); }

  function describeNode(n) {
    var bits = [n.clsLabel || n.cls];
    if (n.countries) bits.push(n.countries.join(", "));
    if (n.sectors) bits.push(n.sectors.join(", "));
    return bits.join(" · ");
  }

  // -- tooltips (DOM elements built with textContent) -----------------------

  var TIP_CHARS = 220; // source sentences in tooltips are clipped; the panel shows them whole

  function clip(text) {
    text = String(text || "");
    return text.length > TIP_CHARS ? text.slice(0, TIP_CHARS - 1) + "…" : text;
  }

  // the evidence line of a tooltip: the first fact's class and its sentence
  function evidence(d, factIds, more) {
    if (!factIds || !factIds.length) return;
    var f = F[factIds[0]];
    d.appendChild(el("div", (f.fineLabel || f.typeLabel || f.fine || f.type) + ": “" + clip(f.sentence) + "”", "kg-tip-src"));
    if (factIds.length > 1) d.appendChild(el("div", "+ " + plural(factIds.length - 1, "more " + more, "more " + more + "s") + " (click for all)"));
  }

  function nodeTip(n) {
    var d = el("div", null, "kg-tip");
    d.appendChild(el("strong", n.label));
    d.appendChild(el("div", describeNode(n)));
    d.appendChild(el("div", plural(n.events || 0, "event", "events") + " · " +
      plural(n.articles || 0, "article", "articles")));
    evidence(d, n.facts, "event");
    return d;
  }

  function edgeTip(e) {
    var d = el("div", null, "kg-tip");
    d.appendChild(el("strong", N[e.from].label + " — " + (e.label || "related to") + " → " + N[e.to].label));
    var facts = e.facts || [];
    var dates = facts.map(function (i) { return F[i].date || F[i].articleDate; }).filter(Boolean).sort();
    var line = plural(facts.length, "event", "events");
    if (dates.length) line += " · " + (dates[0] === dates[dates.length - 1] ? dates[0] : dates[0] + " – " + dates[dates.length - 1]);
    d.appendChild(el("div", line));
    evidence(d, facts, "event");
    return d;
  }

  // -- vis-network ------------------------------------------------------------

  var groups = {};
  Object.keys(data.colors).forEach(function (cls) {
    var c = data.colors[cls];
    groups[cls] = { color: { background: c, border: c, highlight: { background: c, border: "#111" }, hover: { background: c, border: "#333" } } };
  });

  var nodes = new vis.DataSet(N.map(function (n, i) {
    var item = { id: i, label: n.label, group: n.cls, x: n.x, y: n.y, size: n.size, title: nodeTip(n) };
    if (n.focus) {
      var c = data.colors[n.cls] || data.colors.Other;
      item.borderWidth = 4;
      item.color = { background: c, border: "#111", highlight: { background: c, border: "#111" }, hover: { background: c, border: "#111" } };
    }
    return item;
  }));
  var edges = new vis.DataSet(E.map(function (e, j) {
    var item = {
      id: j, from: e.from, to: e.to, label: e.label || "",
      width: 1 + Math.log2((e.facts || []).length || 1), title: edgeTip(e)
    };
    if (e.curve) item.smooth = { enabled: true, type: "curvedCW", roundness: e.curve };
    return item;
  }));

  var physics = !!data.physics && N.length > 0;
  var options = {
    autoResize: true,
    layout: { improvedLayout: false, randomSeed: 7 },
    groups: groups,
    nodes: {
      shape: "dot",
      borderWidth: 1,
      font: { size: 14, face: "system-ui, -apple-system, Segoe UI, sans-serif", color: "#1b1b1b", strokeWidth: 3, strokeColor: "#ffffff" }
    },
    edges: {
      arrows: { to: { enabled: true, scaleFactor: 0.5 } },
      color: { color: "#98a2ad", highlight: "#1b1b1b", hover: "#4b5563", inherit: false },
      font: { size: 11, align: "middle", color: "#4b5563", strokeWidth: 3, strokeColor: "#ffffff" },
      selectionWidth: 2,
      smooth: physics ? { enabled: true, type: "dynamic" } : false
    },
    physics: physics ? {
      enabled: true,
      solver: "barnesHut",
      barnesHut: { gravitationalConstant: -3000, springLength: 110, springConstant: 0.04, damping: 0.3, avoidOverlap: 0.2 },
      stabilization: { enabled: true, iterations: 200, updateInterval: 50, fit: true },
      minVelocity: 1
    } : { enabled: false },
    interaction: {
      hover: true,
      tooltipDelay: 120,
      hideEdgesOnDrag: !physics,
      hideEdgesOnZoom: !physics,
      keyboard: false,
      multiselect: false
    }
  };

  var container = document.getElementById("kg-network");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, options);

  function markReady() {
    if (state.ready || !state.timings.drawn) return;
    if (physics && !state.timings.stabilized) return;
    state.ready = true;
    state.timings.ready = performance.now();
    document.body.setAttribute("data-ready", "true");
    if (data.focus && data.focus.length) {
      network.selectNodes(data.focus);
      showNode(data.focus[0]);
    }
  }
  network.once("afterDrawing", function () {
    state.timings.drawn = performance.now();
    markReady();
    // should vis-network never report stabilization, do not leave the page "loading"
    if (physics) setTimeout(function () { state.timings.stabilized = state.timings.stabilized || performance.now(); markReady(); }, 15000);
  });
  if (!N.length) {
    var empty = el("p", "Nothing to show: no entity in this store is an actor or recipient of an event.", "kg-empty");
    container.appendChild(empty);
  }
  if (physics) {
    network.once("stabilizationIterationsDone", function () { state.timings.stabilized = performance.now(); markReady(); });
    network.once("stabilized", function () {
      if (!state.timings.stabilized) state.timings.stabilized = performance.now();
      markReady();
    });
  }

  // -- side panel -------------------------------------------------------------

  var panel = document.getElementById("kg-panel");
  var body = document.getElementById("kg-panel-body");

  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

  function openPanel() { panel.hidden = false; }
  function closePanel() { panel.hidden = true; state.selected = null; clear(body); }
  document.getElementById("kg-panel-close").addEventListener("click", function () {
    network.unselectAll();
    closePanel();
  });

  function participantList(list) {
    var span = el("span");
    (list || []).forEach(function (p, k) {
      if (k) span.appendChild(document.createTextNode(", "));
      var idx = p[0], label = p[1];
      if (idx !== null && idx !== undefined && N[idx]) {
        var b = el("button", label, "kg-link");
        b.type = "button";
        b.addEventListener("click", function () { selectNode(idx, true); });
        span.appendChild(b);
      } else {
        span.appendChild(el("span", label));
      }
    });
    return span;
  }

  function sentenceBlock(f) {
    var q = el("blockquote", null, "kg-sentence");
    var s = f.sentence || "";
    var t = f.trigger || "";
    var at = t ? s.toLowerCase().indexOf(t.toLowerCase()) : -1;
    if (at >= 0) {
      q.appendChild(document.createTextNode(s.slice(0, at)));
      q.appendChild(el("mark", s.slice(at, at + t.length)));
      q.appendChild(document.createTextNode(s.slice(at + t.length)));
    } else {
      q.textContent = s;
    }
    return q;
  }

  function factCard(i) {
    var f = F[i];
    var card = el("article", null, "kg-fact");
    var head = el("div", null, "kg-fact-head");
    head.appendChild(el("span", f.fineLabel || f.typeLabel || f.type, "kg-type"));
    if (f.fine) head.appendChild(el("span", " (" + (f.typeLabel || f.type) + ")", "kg-muted"));
    var when = f.date || "";
    if (f.dateText) when = when ? when + " (" + f.dateText + ")" : f.dateText;
    if (when) head.appendChild(el("span", " · " + when));
    if (f.place) head.appendChild(el("span", " · " + f.place));
    card.appendChild(head);

    if ((f.actors && f.actors.length) || (f.recipients && f.recipients.length)) {
      var who = el("div", null, "kg-who");
      who.appendChild(participantList(f.actors));
      if (f.recipients && f.recipients.length) {
        who.appendChild(el("span", " → ", "kg-muted"));
        who.appendChild(participantList(f.recipients));
      }
      card.appendChild(who);
    }
    var extra = [];
    (f.counts || []).forEach(function (c) {
      extra.push(c[0] + ": " + (c[2] && c[2] !== "exact" ? c[2] + " " : "") + c[1]);
    });
    if (f.mode) extra.push("mode: " + f.mode);
    if (f.negated) extra.push("negated");
    if (f.hypothetical) extra.push("hypothetical");
    if (extra.length) card.appendChild(el("div", extra.join(" · "), "kg-extra"));
    if (f.reportedBy && f.reportedBy.length) {
      var rep = el("div", "according to ", "kg-extra");
      rep.appendChild(participantList(f.reportedBy));
      card.appendChild(rep);
    }
    card.appendChild(sentenceBlock(f));

    var src = el("div", null, "kg-source");
    src.appendChild(el("span", "article " + (f.article || "?")));
    if (f.title) src.appendChild(el("span", " — " + f.title));
    if (f.articleDate) src.appendChild(el("span", " (" + f.articleDate + ")", "kg-muted"));
    var href = safeHref(f.url);
    if (href) {
      src.appendChild(document.createTextNode(" "));
      var a = el("a", "open ↗");
      a.href = href;
      a.target = "_blank";
      a.rel = "noopener noreferrer";
      src.appendChild(a);
    }
    card.appendChild(src);
    return card;
  }

  function factList(ids) {
    var wrap = el("div", null, "kg-facts");
    var shown = ids.filter(function (i) { return state.factOk[i]; });
    var hidden = ids.length - shown.length;
    var head = el("h3", plural(shown.length, "event", "events"));
    if (hidden) head.appendChild(el("span", " (" + hidden + " hidden by filters)", "kg-muted"));
    wrap.appendChild(head);
    var at = 0;
    var more = el("button", "", "kg-more");
    more.type = "button";
    function page() {
      var end = Math.min(shown.length, at + PANEL_FACTS);
      for (; at < end; at++) wrap.insertBefore(factCard(shown[at]), more);
      if (at < shown.length) more.textContent = "show " + Math.min(PANEL_FACTS, shown.length - at) + " more of " + (shown.length - at);
      else more.remove();
    }
    more.addEventListener("click", page);
    wrap.appendChild(more);
    page();
    return wrap;
  }

  function dl(pairs) {
    var d = el("dl", null, "kg-props");
    pairs.forEach(function (p) {
      if (p[1] === undefined || p[1] === null || p[1] === "" || (Array.isArray(p[1]) && !p[1].length)) return;
      d.appendChild(el("dt", p[0]));
      d.appendChild(el("dd", Array.isArray(p[1]) ? p[1].join(", ") : p[1]));
    });
    return d;
  }

  function showNode(i) {
    var n = N[i];
    state.selected = { node: i };
    clear(body);
    body.appendChild(el("h2", n.label));
    var sub = el("p", describeNode(n), "kg-muted");
    body.appendChild(sub);
    body.appendChild(dl([
      ["also called", n.aliases], ["titles", n.titles], ["group size", n.groupSize],
      ["events", n.events || 0], ["articles", n.articles || 0], ["IRI", n.iri]
    ]));
    body.appendChild(factList(n.facts || []));
    openPanel();
  }

  function showEdge(j) {
    var e = E[j];
    state.selected = { edge: j };
    clear(body);
    var h = el("h2");
    h.appendChild(el("span", N[e.from].label));
    h.appendChild(el("span", " " + (e.label || "related to") + " ", "kg-rel"));
    h.appendChild(el("span", N[e.to].label));
    body.appendChild(h);
    body.appendChild(dl([["relation", e.rel]]));
    body.appendChild(factList(e.facts || []));
    openPanel();
  }

  function selectNode(i, move) {
    network.selectNodes([i]);
    if (move) network.focus(i, { scale: Math.max(network.getScale(), 0.8), animation: false });
    showNode(i);
  }

  network.on("click", function (params) {
    if (params.nodes && params.nodes.length) showNode(params.nodes[0]);
    else if (params.edges && params.edges.length) showEdge(params.edges[0]);
    else closePanel();
  });

  // -- filters ----------------------------------------------------------------

  var fromInput = document.getElementById("kg-from");
  var toInput = document.getElementById("kg-to");
  var undatedInput = document.getElementById("kg-undated");
  var filterStatus = document.getElementById("kg-filter-status");

  function checked(selector, attr) {
    var on = {};
    document.querySelectorAll(selector).forEach(function (box) { if (box.checked) on[box.getAttribute(attr)] = true; });
    return on;
  }

  function dateOk(f, from, to, keepUndated) {
    if (!from && !to) return true;
    var d = f.date || f.articleDate;
    if (!d) return keepUndated;
    var start = d.length === 4 ? d + "-01-01" : d.length === 7 ? d + "-01" : d.slice(0, 10);
    var end = d.length === 4 ? d + "-12-31" : d.length === 7 ? d + "-31" : d.slice(0, 10);
    return (!from || end >= from) && (!to || start <= to);
  }

  function applyFilters() {
    var types = checked("#kg-filter-types input[data-type]", "data-type");
    var classes = checked("#kg-filter-classes input[data-cls]", "data-cls");
    var from = fromInput.value, to = toInput.value, keepUndated = undatedInput.checked;
    var i, j;
    for (i = 0; i < F.length; i++) state.factOk[i] = !!types[F[i].type] && dateOk(F[i], from, to, keepUndated);
    var nodeChanges = [], edgeChanges = [], shownNodes = 0, shownEdges = 0;
    for (i = 0; i < N.length; i++) {
      var fs = N[i].facts || [];
      var vis_ = !!classes[N[i].cls] && (fs.length === 0 || fs.some(function (k) { return state.factOk[k]; }));
      if (vis_ !== state.nodeVisible[i]) nodeChanges.push({ id: i, hidden: !vis_ });
      state.nodeVisible[i] = vis_;
      if (vis_) shownNodes++;
    }
    for (j = 0; j < E.length; j++) {
      var e = E[j], efs = e.facts || [];
      var ok = state.nodeVisible[e.from] && state.nodeVisible[e.to] &&
        (efs.length === 0 || efs.some(function (k) { return state.factOk[k]; }));
      if (ok !== state.edgeVisible[j]) edgeChanges.push({ id: j, hidden: !ok });
      state.edgeVisible[j] = ok;
      if (ok) shownEdges++;
    }
    if (nodeChanges.length) nodes.update(nodeChanges);
    if (edgeChanges.length) edges.update(edgeChanges);
    filterStatus.textContent = (shownNodes === N.length && shownEdges === E.length) ? "" :
      "Showing " + shownNodes + " of " + N.length + " entities, " + shownEdges + " of " + E.length + " relations.";
    if (state.selected) {
      if (state.selected.node !== undefined) showNode(state.selected.node);
      else showEdge(state.selected.edge);
    }
  }

  // initial state: everything visible, nothing to update
  for (var k = 0; k < F.length; k++) state.factOk[k] = true;
  for (k = 0; k < N.length; k++) state.nodeVisible[k] = true;
  for (k = 0; k < E.length; k++) state.edgeVisible[k] = true;

  document.querySelectorAll("#kg-controls input[type=checkbox], #kg-from, #kg-to").forEach(function (input) {
    input.addEventListener("change", applyFilters);
  });
  function setAllTypes(value) {
    document.querySelectorAll("#kg-filter-types input[data-type]").forEach(function (box) { box.checked = value; });
    applyFilters();
  }
  document.getElementById("kg-types-all").addEventListener("click", function () { setAllTypes(true); });
  document.getElementById("kg-types-none").addEventListener("click", function () { setAllTypes(false); });
  document.getElementById("kg-reset").addEventListener("click", function () {
    document.querySelectorAll("#kg-controls input[type=checkbox]").forEach(function (box) { box.checked = true; });
    fromInput.value = "";
    toInput.value = "";
    applyFilters();
  });

  // -- search -----------------------------------------------------------------

  var names = document.getElementById("kg-names");
  var seen = {};
  N.forEach(function (n) {
    [n.label].concat(n.aliases || []).forEach(function (name) {
      if (seen[name]) return;
      seen[name] = true;
      var opt = document.createElement("option");
      opt.value = name;
      names.appendChild(opt);
    });
  });

  function fold(s) { return String(s).normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().trim(); }
  var folded = N.map(function (n) { return [fold(n.label)].concat((n.aliases || []).map(fold)); });

  var searchStatus = document.getElementById("kg-search-status");
  function search(text) {
    var q = fold(text);
    if (!q) { searchStatus.textContent = ""; return []; }
    var exact = [], partial = [];
    folded.forEach(function (list, i) {
      if (list.indexOf(q) >= 0) exact.push(i);
      else if (list.some(function (s) { return s.indexOf(q) >= 0; })) partial.push(i);
    });
    var found = exact.concat(partial);
    if (!found.length) {
      searchStatus.textContent = "No entity matches “" + text + "”.";
      return found;
    }
    var hidden = found.filter(function (i) { return !state.nodeVisible[i]; }).length;
    searchStatus.textContent = plural(found.length, "match", "matches") + (hidden ? " (" + hidden + " hidden by filters)" : "") + ".";
    network.selectNodes(found.filter(function (i) { return state.nodeVisible[i]; }));
    if (found.length === 1) network.focus(found[0], { scale: Math.max(network.getScale(), 1), animation: false });
    else network.fit({ nodes: found, animation: false });
    showNode(found[0]);
    return found;
  }
  document.getElementById("kg-search-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    search(document.getElementById("kg-search").value);
  });

  window.kgView = {
    network: network,
    nodes: nodes,
    edges: edges,
    data: data,
    state: state,
    search: search,
    showNode: showNode,
    showEdge: showEdge,
    applyFilters: applyFilters,
    get ready() { return state.ready; },
    get timings() { return state.timings; }
  };
})();
