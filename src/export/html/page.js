// dipgraph's graph page: draws the embedded graph with sigma.js (WebGL) over graphology,
// lays it out with ForceAtlas2 in a web worker from a deterministic start, and answers
// "who met whom, when, and says who" from the embedded events. Loads nothing.
(function () {
  "use strict";
  var started = performance.now();
  var V = window.DipgraphVendor;
  var marks = { script: started };
  var DATA = JSON.parse(document.getElementById("dipgraph-data").textContent);
  marks.parsed = performance.now();
  var $ = function (id) { return document.getElementById(id); };

  var TYPES = ["meeting", "visit", "phone", "video", "summit"];
  var STATUSES = ["held", "planned", "cancelled"];
  var TYPE_COLOURS = { meeting: "#7d8fb3", visit: "#8fb37d", phone: "#c9a15a", video: "#b37db0", summit: "#c96a5a" };
  var PALETTE = ["#e6194b", "#3cb44b", "#4363d8", "#f58231", "#911eb4", "#42d4f4", "#f032e6", "#9a6324",
    "#469990", "#800000", "#808000", "#000075", "#bfef45", "#fabed4", "#dcbeff", "#ffd8b1"];
  var OTHER = "#a0a0a0";
  var GOLDEN = Math.PI * (3 - Math.sqrt(5));

  // ---- Events: months, filters ----
  var events = DATA.events;
  var evFrom = new Int32Array(events.length), evTo = new Int32Array(events.length);
  var monthMin = Infinity, monthMax = -Infinity;
  function monthOf(y, m) { return y * 12 + m - 1; }
  events.forEach(function (e, i) {
    var d = e.date;
    if (!d) { evFrom[i] = evTo[i] = -1; return; }
    var y = +d.slice(0, 4);
    if (d.length >= 7) { evFrom[i] = evTo[i] = monthOf(y, +d.slice(5, 7)); } else { evFrom[i] = monthOf(y, 1); evTo[i] = monthOf(y, 12); }
    if (evFrom[i] < monthMin) monthMin = evFrom[i];
    if (evTo[i] > monthMax) monthMax = evTo[i];
  });
  var hasMonths = monthMin <= monthMax;
  if (!hasMonths) { monthMin = monthMax = 0; }
  // The time bar spans the months of all but the earliest and latest 1% of the contacts
  // (a few dates decades away would squeeze the rest into a few pixels); its ends stay
  // open: at an end, the range takes in every contact beyond it.
  var dated = [];
  for (var q = 0; q < events.length; q++) if (evFrom[q] >= 0) dated.push(evFrom[q]);
  dated.sort(function (a, b) { return a - b; });
  if (dated.length >= 100) {
    monthMin = dated[Math.floor(dated.length * 0.01)];
    monthMax = Math.max(monthMin, dated[Math.ceil(dated.length * 0.99) - 1]);
  }
  var beyond = dated.length && (dated[0] < monthMin || dated[dated.length - 1] > monthMax);
  function monthText(k) { var y = Math.floor(k / 12), m = k % 12 + 1; return y + "-" + (m < 10 ? "0" : "") + m; }

  var filter = { from: monthMin, to: monthMax, types: new Set(TYPES), statuses: new Set(STATUSES), country: "" };
  var evPass = new Uint8Array(events.length);
  function isFull() {
    return filter.from === monthMin && filter.to === monthMax && filter.types.size === TYPES.length &&
      filter.statuses.size === STATUSES.length && !filter.country;
  }
  function computeEventPass() {
    var openStart = filter.from <= monthMin, openEnd = filter.to >= monthMax, fullTime = openStart && openEnd;
    for (var i = 0; i < events.length; i++) {
      var e = events[i];
      var ok = filter.types.has(e.type) && filter.statuses.has(e.status);
      if (ok && filter.country) ok = e.countries.indexOf(filter.country) >= 0;
      if (ok && !fullTime) ok = evFrom[i] >= 0 && (openStart || evTo[i] >= filter.from) && (openEnd || evFrom[i] <= filter.to);
      evPass[i] = ok ? 1 : 0;
    }
  }

  // ---- Levels: a graphology graph each, built on first use ----
  var names = DATA.names || {};
  var countryNames = {};
  [DATA.person, DATA.country].forEach(function (L) {
    L.nodes.id.forEach(function (id, i) { if (L.nodes.kind[i] === "country") countryNames[id] = L.nodes.label[i]; });
  });
  // Colours by country, the countries with the most nodes first (the same at both levels).
  var countryCount = {};
  DATA.person.nodes.country.forEach(function (c) { if (c) countryCount[c] = (countryCount[c] || 0) + 1; });
  var colourOrder = Object.keys(countryCount).sort(function (a, b) { return countryCount[b] - countryCount[a] || (a < b ? -1 : 1); });
  var countryColour = {};
  colourOrder.slice(0, PALETTE.length).forEach(function (c, i) { countryColour[c] = PALETTE[i]; });
  function colourOf(c) { return (c && countryColour[c]) || OTHER; }

  var levels = {};
  function buildLevel(name, then) {
    var L = DATA[name], N = L.nodes, E = L.edges, n = N.id.length, m = E.source.length;
    var graph = new V.Graph({ type: "undirected", multi: true, allowSelfLoops: true });
    var degree = new Int32Array(n);
    for (var j = 0; j < m; j++) { if (E.kind[j] === "contact") { degree[E.source[j]]++; degree[E.target[j]]++; } }
    var maxB = 0;
    for (var i = 0; i < n; i++) if (N.betweenness[i] > maxB) maxB = N.betweenness[i];
    // Deterministic start: each country's nodes on a golden-angle spiral around the
    // country's centre (busiest first), the centres on a spiral of their own by size.
    var groups = {}, order = [];
    for (i = 0; i < n; i++) {
      var g = N.country[i] || "";
      if (!groups[g]) { groups[g] = []; order.push(g); }
      groups[g].push(i);
    }
    order.sort(function (a, b) { return groups[b].length - groups[a].length || (a < b ? -1 : 1); });
    var pos = new Float32Array(2 * n), cum = 0;
    order.forEach(function (g, k) {
      var members = groups[g];
      members.sort(function (a, b) { return degree[b] - degree[a] || a - b; });
      var r = k === 0 ? 0 : 12 * Math.sqrt(cum + members.length / 2), a0 = k * GOLDEN * 1.7;
      var cx = r * Math.cos(a0), cy = r * Math.sin(a0);
      cum += members.length * 1.6;
      members.forEach(function (v, q) {
        var rr = 6 * Math.sqrt(q), aa = q * GOLDEN;
        pos[2 * v] = cx + rr * Math.cos(aa);
        pos[2 * v + 1] = cy + rr * Math.sin(aa);
      });
    });
    var sizeDeg = new Float32Array(n), sizeBet = new Float32Array(n);
    var big = n > 20000;
    for (i = 0; i < n; i++) {
      sizeDeg[i] = (big ? 1.5 : 2.5) + Math.min(18, 1.6 * Math.sqrt(degree[i]));
      sizeBet[i] = (big ? 1.5 : 2.5) + (maxB > 0 ? 18 * Math.sqrt(N.betweenness[i] / maxB) : 0);
    }
    var ids = N.id;
    function addNode(i) {
      graph.addNode(ids[i], {
        i: i, label: N.label[i], x: pos[2 * i], y: pos[2 * i + 1], size: sizeDeg[i],
        color: N.kind[i] === "country" ? colourOf(ids[i]) : colourOf(N.country[i]),
      });
    }
    function addEdge(j) {
      var contact = E.kind[j] === "contact", colour = "#ddd";
      if (contact) {
        var evs = E.events[j], t = evs.length ? events[evs[evs.length - 1]].type : "meeting";
        colour = TYPE_COLOURS[t] || "#999";
      }
      graph.addEdgeWithKey(String(j), ids[E.source[j]], ids[E.target[j]], {
        i: j, size: contact ? Math.min(6, 0.6 + Math.log2(E.weight[j])) : 0.3, color: colour, weight: contact ? E.weight[j] : 0.2,
      });
    }
    var level = {
      name: name, data: L, graph: graph, n: n, m: m, degree: degree, sizeDeg: sizeDeg, sizeBet: sizeBet,
      nodeVisible: new Uint8Array(n).fill(1), edgeVisible: new Uint8Array(m).fill(1), layout: null, search: null,
    };
    // A large graph is built in slices of about 40 ms, so that the page never freezes.
    inChunks(n, addNode, function () {
      inChunks(m, addEdge, function () { then(level); }, function (k) { status("building the graph: edges " + Math.round(100 * k / m) + "%"); });
    }, function (k) { status("building the graph: nodes " + Math.round(100 * k / n) + "%"); });
  }

  // Runs fn(0 … count-1): at once when small, else in slices of about 40 ms between which
  // the browser paints and handles input (progress(k) says how far it got).
  var yieldChannel = new MessageChannel(), yieldQueue = [];
  yieldChannel.port1.onmessage = function () { yieldQueue.shift()(); };
  function later(fn) { yieldQueue.push(fn); yieldChannel.port2.postMessage(0); }
  function inChunks(count, fn, then, progress) {
    var k = 0;
    if (count <= 20000) { for (; k < count; k++) fn(k); then(); return; }
    (function slice() {
      var until = performance.now() + 40;
      while (k < count) {
        for (var q = 0; q < 500 && k < count; q++, k++) fn(k);
        if (performance.now() > until) break;
      }
      if (k < count) { progress(k); later(slice); } else then();
    })();
  }
  function status(text) { $("status").textContent = text; }

  function applyFilter(level) {
    var E = level.data.edges, N = level.data.nodes, nv = level.nodeVisible, ev = level.edgeVisible;
    if (isFull()) { nv.fill(1); ev.fill(1); return; }
    nv.fill(0);
    for (var j = 0; j < level.m; j++) {
      ev[j] = 0;
      if (E.kind[j] !== "contact") continue;
      var list = E.events[j];
      for (var k = 0; k < list.length; k++) if (evPass[list[k]]) { ev[j] = 1; nv[E.source[j]] = 1; nv[E.target[j]] = 1; break; }
    }
    // A person's countries stay with the person.
    for (j = 0; j < level.m; j++) {
      if (E.kind[j] === "member_of" && nv[E.source[j]]) { ev[j] = 1; nv[E.target[j]] = 1; }
    }
    void N;
  }

  // ---- Layout: ForceAtlas2 iterations in a web worker, positions applied between frames ----
  function Layout(level) {
    this.level = level;
    this.running = false;
    this.worker = null;
    this.iterations = 0;
  }
  Layout.prototype.start = function () {
    if (this.running) return;
    var graph = this.level.graph, n = graph.order, self = this;
    if (n < 2) return;
    // ForceAtlas2's defaults, then what suits the graph's size.
    var settings = {
      linLogMode: false, outboundAttractionDistribution: false, adjustSizes: false, edgeWeightInfluence: 1,
      scalingRatio: n > 2000 ? 10 : 4, strongGravityMode: true, gravity: 0.2, slowDown: 1 + Math.log10(n),
      barnesHutOptimize: n > 1000, barnesHutTheta: 0.5,
    };
    this.settings = settings;
    var matrices = V.graphToByteArrays(graph, function (e, attr) { return attr.weight || 1; });
    this.worker = V.createWorker(V.fa2Worker);
    this.running = true;
    this.startedAt = performance.now();
    this.lastApply = 0;
    this.iterations = 0;
    // The layout settles by itself: it stops after a time that grows with the graph.
    this.budget = Math.min(25000, 2500 + n * 0.4);
    // Applying positions makes sigma process the whole graph again: on a small graph every
    // iteration (the layout is seen settling), on a large one every 2 s, on a very large one
    // every 10 s; never while the camera moves.
    this.applyEvery = n + graph.size > 60000 ? 10000 : n > 5000 ? 2000 : 0;
    this.worker.onmessage = function (msg) { self.received(new Float32Array(msg.data.nodes)); };
    this.worker.postMessage({ settings: settings, nodes: matrices.nodes.buffer, edges: matrices.edges.buffer },
      [matrices.nodes.buffer, matrices.edges.buffer]);
    updateLayoutButton();
  };
  Layout.prototype.received = function (nodes) {
    if (!this.running) return;
    this.iterations++;
    this.latest = nodes;
    this.applied = false;
    var now = performance.now(), done = now - this.startedAt > this.budget;
    if (done && interacting) { this.worker.postMessage({ settings: this.settings, nodes: nodes.slice().buffer }); return; }
    if (done || (now - this.lastApply >= this.applyEvery && !interacting)) {
      this.apply();
      this.lastApply = performance.now();
    }
    if (done) { this.stop(); return; }
    // The worker iterates on a copy; this one is kept to be applied.
    var next = nodes.slice();
    this.worker.postMessage({ settings: this.settings, nodes: next.buffer }, [next.buffer]);
  };
  Layout.prototype.apply = function () {
    var nodes = this.latest, k = 0;
    if (!nodes || this.applied) return;
    this.level.graph.updateEachNodeAttributes(function (node, attr) {
      attr.x = nodes[k]; attr.y = nodes[k + 1]; k += 10;
      return attr;
    }, { attributes: ["x", "y"] });
    this.applied = true;
  };
  Layout.prototype.stop = function () {
    this.apply();
    this.running = false;
    if (this.worker) this.worker.terminate();
    this.worker = null;
    updateLayoutButton();
  };

  // ---- The renderer ----
  var current = null, renderer = null, selected = null, selectedEdge = null, neighbours = null;
  var interacting = false, sizeBy = "degree";
  var firstFrame = null;

  function nodeReducer(node, data) {
    var L = current, i = data.i, res = Object.assign({}, data);
    res.size = sizeBy === "degree" ? L.sizeDeg[i] : L.sizeBet[i];
    if (!L.nodeVisible[i]) { res.hidden = true; return res; }
    if (selected !== null) {
      if (node === selected) { res.highlighted = true; res.zIndex = 2; res.forceLabel = true; }
      else if (neighbours.has(node)) { res.zIndex = 1; res.forceLabel = L.n < 5000; }
      else { res.color = "#e4e4e4"; res.label = ""; res.zIndex = 0; }
    }
    return res;
  }
  function edgeReducer(edge, data) {
    var L = current, res = Object.assign({}, data);
    if (!L.edgeVisible[data.i]) { res.hidden = true; return res; }
    if (selected !== null && !L.graph.hasExtremity(edge, selected)) res.color = "#f0f0f0";
    if (selectedEdge === edge) { res.color = "#1a57b5"; res.size = Math.max(3, data.size * 1.5); res.zIndex = 2; }
    return res;
  }

  var building = false;
  function showLevel(name) {
    if (current && current.name === name) return;
    if (current && current.layout && current.layout.running) current.layout.stop();
    if (!levels[name]) {
      if (building) return;
      building = true;
      buildLevel(name, function (level) {
        building = false;
        levels[name] = level;
        marks["built " + name] = performance.now();
        showLevel(name);
      });
      return;
    }
    current = levels[name];
    current.stale = false;
    selected = selectedEdge = null;
    applyFilter(current);
    var big = current.m > 20000 || current.n > 10000;
    if (!renderer) {
      renderer = new V.Sigma(current.graph, $("sigma"), {
        nodeReducer: nodeReducer, edgeReducer: edgeReducer,
        renderEdgeLabels: false, enableEdgeEvents: current.m <= 20000,
        hideEdgesOnMove: big, hideLabelsOnMove: big,
        labelRenderedSizeThreshold: big ? 14 : 7, labelDensity: big ? 0.3 : 1, labelGridCellSize: big ? 120 : 80,
        labelFont: "system-ui, 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif",
        zIndex: true, defaultEdgeColor: "#ccc", minCameraRatio: 0.01, maxCameraRatio: 20,
      });
      wireRenderer();
      // The constructor drew the graph; the frame after shows it.
      marks.sigma = performance.now();
      requestAnimationFrame(function () { firstFrame = performance.now(); });
    } else {
      renderer.setSetting("hideEdgesOnMove", big);
      renderer.setSetting("hideLabelsOnMove", big);
      renderer.setSetting("labelRenderedSizeThreshold", big ? 14 : 7);
      renderer.setSetting("enableEdgeEvents", current.m <= 20000);
      renderer.setGraph(current.graph);
      renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    }
    document.querySelectorAll("input[name=level]").forEach(function (r) { r.checked = r.value === name; });
    renderLegend();
    fillCountries();
    updateStatus();
    // ForceAtlas2 settles by itself, except on a very large graph where an iteration takes
    // seconds: there the deterministic start is the layout, and the Layout button runs it.
    if (!current.layout) {
      current.layout = new Layout(current);
      if (current.n + current.m <= 60000) current.layout.start();
    }
    updateLayoutButton();
    $("side").innerHTML = '<p class="muted">Click a node or an edge, or search a name, to see its contacts with their evidence and sources.</p>';
  }

  function wireRenderer() {
    renderer.on("clickNode", function (e) { selectNode(e.node, false); });
    renderer.on("clickEdge", function (e) { selectEdge(e.edge); });
    renderer.on("clickStage", function () { clearSelection(); });
    renderer.on("enterNode", function (e) { showTooltip(e.node, e.event); });
    renderer.on("leaveNode", function () { $("tooltip").style.display = "none"; });
    // Sigma finds the node or edge under the mouse by reading a pixel back from the GPU, at
    // every move: a stall of the whole frame where WebGL is software (headless, old
    // machines). Here they are found on the CPU instead, from what is drawn (a scan of the
    // drawn nodes: a millisecond for 50,000), and not at all while the camera moves.
    // The mouse is taken into the graph's (framed) coordinates once, and the drawn data is
    // read in place (sigma's getters copy it).
    function toGraph(x, y) {
      var p = renderer.viewportToFramedGraph({ x: x, y: y }), q = renderer.viewportToFramedGraph({ x: x + 1, y: y });
      // Graph units per pixel, and pixels per unit of node size.
      return { x: p.x, y: p.y, unit: Math.sqrt((q.x - p.x) * (q.x - p.x) + (q.y - p.y) * (q.y - p.y)), size: renderer.scaleSize(1) };
    }
    function drawn(cache, getter, key) { return cache ? cache[key] : getter.call(renderer, key); }
    // Nodes are looked up in a grid of their drawn positions, made again after sigma
    // processes the graph (new positions, sizes or filters).
    var grid = null, CELLS = 128;
    renderer.on("afterProcess", function () { grid = null; });
    function cellKey(ix, iy) { return (ix + 4096) * 16384 + (iy + 4096); }
    function buildGrid() {
      var cache = renderer.nodeDataCache, get = renderer.getNodeDisplayData;
      grid = { cells: new Map(), maxSize: 0 };
      current.graph.forEachNode(function (node) {
        var d = drawn(cache, get, node);
        if (!d || d.hidden) return;
        var key = cellKey(Math.floor(d.x * CELLS), Math.floor(d.y * CELLS)), list = grid.cells.get(key);
        if (list) list.push(node); else grid.cells.set(key, [node]);
        if (d.size > grid.maxSize) grid.maxSize = d.size;
      });
    }
    renderer.getNodeAtPosition = function (position) {
      if (interacting) return null;
      if (!grid) buildGrid();
      var m = toGraph(position.x, position.y), cache = renderer.nodeDataCache, get = renderer.getNodeDisplayData;
      var found = null, best = Infinity, reach = (grid.maxSize * m.size + 1) * m.unit;
      var x0 = Math.floor((m.x - reach) * CELLS), x1 = Math.floor((m.x + reach) * CELLS);
      var y0 = Math.floor((m.y - reach) * CELLS), y1 = Math.floor((m.y + reach) * CELLS);
      function consider(node) {
        var d = drawn(cache, get, node);
        if (!d || d.hidden) return;
        var r = (d.size * m.size + 1) * m.unit, dx = d.x - m.x, dy = d.y - m.y, dist = dx * dx + dy * dy;
        if (dist <= r * r && dist <= best) { best = dist; found = node; }
      }
      if ((x1 - x0 + 1) * (y1 - y0 + 1) > grid.cells.size) {
        grid.cells.forEach(function (list) { list.forEach(consider); });
      } else {
        for (var ix = x0; ix <= x1; ix++) {
          for (var iy = y0; iy <= y1; iy++) {
            var list = grid.cells.get(cellKey(ix, iy));
            if (list) list.forEach(consider);
          }
        }
      }
      return found;
    };
    renderer.getEdgeAtPoint = function (x, y) {
      if (interacting) return null;
      var m = toGraph(x, y), nodes = renderer.nodeDataCache, edges = renderer.edgeDataCache;
      var found = null, best = Infinity, getNode = renderer.getNodeDisplayData, getEdge = renderer.getEdgeDisplayData;
      current.graph.forEachEdge(function (edge, attr, source, target) {
        var d = drawn(edges, getEdge, edge);
        if (!d || d.hidden) return;
        var a = drawn(nodes, getNode, source), b = drawn(nodes, getNode, target);
        var vx = b.x - a.x, vy = b.y - a.y, len = vx * vx + vy * vy;
        var t = len ? Math.max(0, Math.min(1, ((m.x - a.x) * vx + (m.y - a.y) * vy) / len)) : 0;
        var dx = a.x + t * vx - m.x, dy = a.y + t * vy - m.y, dist = dx * dx + dy * dy;
        var w = (d.size * m.size / 2 + 3) * m.unit;
        // A contact is found before a membership line that passes as near (4 pixels nearer).
        var score = attr.weight < 1 ? dist + 16 * m.unit * m.unit : dist;
        if (dist <= w * w && score < best) { best = score; found = edge; }
      });
      return found;
    };
    var camera = renderer.getCamera(), idle = null;
    camera.on("updated", function () {
      interacting = true;
      clearTimeout(idle);
      idle = setTimeout(function () { interacting = false; }, 300);
    });
    renderer.getMouseCaptor().on("mousemovebody", function (e) {
      var t = $("tooltip");
      if (t.style.display === "block") { t.style.left = e.original.clientX + 12 + "px"; t.style.top = e.original.clientY + 12 + "px"; }
    });
  }

  function showTooltip(node, e) {
    var i = current.graph.getNodeAttribute(node, "i"), N = current.data.nodes, t = $("tooltip");
    var en = names[node] && names[node].english;
    var c = N.country[i] && N.kind[i] !== "country" ? " · " + (countryNames[N.country[i]] || N.country[i]) : "";
    t.textContent = N.label[i] + (en ? " (" + en + ")" : "") + c;
    t.style.display = "block";
    if (e && e.original) { t.style.left = e.original.clientX + 12 + "px"; t.style.top = e.original.clientY + 12 + "px"; }
  }

  function refresh() { if (renderer) renderer.refresh({ skipIndexation: true }); }

  // ---- Selection and the side panel ----
  function esc(s) { return String(s == null ? "" : s).replace(/[&<>"']/g, function (c) { return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]; }); }
  function labelOf(id) {
    var g = current.graph;
    if (g.hasNode(id)) return g.getNodeAttribute(id, "label");
    if (countryNames[id]) return countryNames[id];
    var P = levels.person && levels.person.graph;
    return P && P.hasNode(id) ? P.getNodeAttribute(id, "label") : id;
  }
  function clearSelection() {
    selected = selectedEdge = null; neighbours = null;
    refresh();
  }
  function selectNode(node, centre) {
    selected = node; selectedEdge = null;
    neighbours = new Set(current.graph.neighbors(node));
    if (centre) {
      var d = renderer.getNodeDisplayData(node);
      if (d) renderer.getCamera().animate({ x: d.x, y: d.y, ratio: Math.min(0.35, renderer.getCamera().ratio) }, { duration: 400 });
    }
    refresh();
    showNodePanel(node);
  }
  function selectEdge(edge) {
    selectedEdge = edge; selected = null; neighbours = null;
    refresh();
    showEdgePanel(edge);
  }
  // Events of the edges, newest first, as HTML (the partner named when `from` is given).
  function eventsHtml(list, from) {
    list.sort(function (a, b) {
      var da = events[a.k].date || "", db = events[b.k].date || "";
      return da < db ? 1 : da > db ? -1 : a.k - b.k;
    });
    var limit = 300, html = list.slice(0, limit).map(function (x) {
      var e = events[x.k];
      var partner = from !== undefined ? '<a data-node="' + esc(x.partner) + '">' + esc(labelOf(x.partner)) + "</a> " : "";
      var sources = e.sources.map(function (s) {
        var url = s[0], outlet = s[1], published = s[2], file = s[3];
        var link = url ? '<a href="' + esc(url) + '" target="_blank" rel="noopener noreferrer">' + esc(shortUrl(url)) + "</a>" : esc(file);
        return '<div class="src">' + esc(outlet || "") + (published ? " " + esc(published.slice(0, 10)) : "") + ": " + link + "</div>";
      }).join("");
      return '<div class="contact' + (evPass[x.k] ? "" : " filtered") + '" style="border-color:' + (TYPE_COLOURS[e.type] || "#ccc") + '">' +
        '<div class="head">' + partner + esc(e.date || "undated") + '<span class="tag">' + esc(e.type) + '</span><span class="tag">' + esc(e.status) + "</span></div>" +
        "<blockquote>" + esc(e.evidence) + "</blockquote>" + sources + "</div>";
    }).join("");
    if (list.length > limit) html += '<p class="muted">… and ' + (list.length - limit) + " more</p>";
    return html;
  }
  // A URL as a reader reads it: decoded, without the scheme, cut at 90 characters.
  function shortUrl(url) {
    var text = url;
    try { text = decodeURI(url); } catch (e) { /* kept as it is */ }
    text = text.replace(/^https?:\/\//, "");
    return text.length > 90 ? text.slice(0, 89) + "…" : text;
  }
  function showNodePanel(node) {
    var L = current, g = L.graph, i = g.getNodeAttribute(node, "i"), N = L.data.nodes, E = L.data.edges;
    var nm = names[node] || {};
    var contacts = [], members = [];
    g.forEachEdge(node, function (edge, attr, s, t) {
      var j = attr.i, partner = s === node ? t : s;
      if (E.kind[j] === "contact") E.events[j].forEach(function (k) { contacts.push({ k: k, partner: partner }); });
      else members.push(partner);
    });
    var rows = [["id", node], ["kind", N.kind[i]]];
    if (N.country[i] && N.kind[i] !== "country") rows.push(["country", countryNames[N.country[i]] || N.country[i]]);
    if (N.role[i]) rows.push(["role", N.role[i]]);
    rows.push(["articles", N.articles[i]], ["events", N.events[i]], ["partners", L.degree[i]], ["betweenness", N.betweenness[i]]);
    if (nm.forms && nm.forms.length) rows.push(["also", nm.forms.join("、")]);
    var html = "<h2>" + esc(N.label[i]) + "</h2>" + (nm.english ? '<div class="sub">' + esc(nm.english) + "</div>" : "") +
      "<dl>" + rows.map(function (r) { return "<dt>" + esc(r[0]) + "</dt><dd>" + esc(r[1]) + "</dd>"; }).join("") + "</dl>";
    if (members.length) {
      html += "<h3>" + (N.kind[i] === "country" ? "People" : "Countries") + " (" + members.length + ")</h3><div>" +
        members.slice(0, 300).map(function (p) { return '<a data-node="' + esc(p) + '">' + esc(labelOf(p)) + "</a>"; }).join("、") + "</div>";
    }
    html += "<h3>Contacts (" + contacts.length + ")</h3>" + eventsHtml(contacts, node);
    $("side").innerHTML = html;
    $("side").scrollTop = 0;
  }
  function showEdgePanel(edge) {
    var L = current, g = L.graph, j = g.getEdgeAttribute(edge, "i"), E = L.data.edges;
    var s = g.source(edge), t = g.target(edge);
    var list = E.events[j].map(function (k) { return { k: k }; });
    $("side").innerHTML = "<h2>" + '<a data-node="' + esc(s) + '">' + esc(labelOf(s)) + "</a> — " + '<a data-node="' + esc(t) + '">' + esc(labelOf(t)) + "</a></h2>" +
      '<div class="sub">' + esc(E.kind[j]) + (E.kind[j] === "contact" ? ", " + E.weight[j] + " contact" + (E.weight[j] === 1 ? "" : "s") : "") + "</div>" +
      (list.length ? "<h3>Events</h3>" + eventsHtml(list) : "");
    $("side").scrollTop = 0;
  }
  $("side").addEventListener("click", function (e) {
    var a = e.target.closest("a[data-node]");
    if (a && current.graph.hasNode(a.dataset.node)) { e.preventDefault(); selectNode(a.dataset.node, true); }
  });

  // ---- Search: label, any dictionary form, English name or id ----
  function searchIndex(L) {
    if (L.search) return L.search;
    var N = L.data.nodes;
    L.search = N.id.map(function (id, i) {
      var nm = names[id] || {};
      return [N.label[i], (nm.forms || []).join("\u0001"), (nm.english || "").toLowerCase(), id.toLowerCase()];
    });
    return L.search;
  }
  function search(q) {
    q = q.trim();
    if (!q) return [];
    var lower = q.toLowerCase(), idx = searchIndex(current), N = current.data.nodes, found = [];
    for (var i = 0; i < idx.length; i++) {
      var s = idx[i], rank = -1;
      if (s[0] === q || s[3] === lower || s[2] === lower) rank = 0;
      else if (s[0].indexOf(q) === 0 || s[2].indexOf(lower) === 0 || s[3].indexOf(lower) === 0) rank = 1;
      else if (s[0].indexOf(q) >= 0 || s[1].indexOf(q) >= 0 || s[2].indexOf(lower) >= 0 || s[3].indexOf(lower) >= 0) rank = 2;
      if (rank >= 0) found.push([rank, -current.degree[i], -N.articles[i], i]);
    }
    found.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1] || a[2] - b[2] || a[3] - b[3]; });
    return found.slice(0, 12).map(function (f) { return f[3]; });
  }
  var suggestions = [], active = 0;
  function showSuggestions() {
    suggestions = search($("search").value);
    active = 0;
    var N = current.data.nodes;
    $("suggest").innerHTML = suggestions.map(function (i, k) {
      var id = N.id[i], nm = names[id] || {};
      return '<li role="option" data-i="' + i + '"' + (k === 0 ? ' class="active"' : "") + ">" + esc(N.label[i]) +
        "<small>" + esc([nm.english, N.country[i] && N.kind[i] !== "country" ? countryNames[N.country[i]] || N.country[i] : "", id].filter(Boolean).join(" · ")) + "</small></li>";
    }).join("");
  }
  function choose(i) {
    $("suggest").innerHTML = "";
    var id = current.data.nodes.id[i];
    $("search").value = current.data.nodes.label[i];
    selectNode(id, true);
  }
  $("search").addEventListener("input", showSuggestions);
  $("search").addEventListener("keydown", function (e) {
    var items = $("suggest").children;
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (!items.length) return;
      items[active].className = "";
      active = (active + (e.key === "ArrowDown" ? 1 : items.length - 1)) % items.length;
      items[active].className = "active";
    } else if (e.key === "Enter") {
      if (!suggestions.length) showSuggestions();
      if (suggestions.length) choose(suggestions[active]);
    } else if (e.key === "Escape") { $("suggest").innerHTML = ""; }
  });
  $("suggest").addEventListener("mousedown", function (e) {
    var li = e.target.closest("li");
    if (li) { e.preventDefault(); choose(+li.dataset.i); }
  });
  $("search").addEventListener("blur", function () { setTimeout(function () { $("suggest").innerHTML = ""; }, 150); });

  // ---- Filters ----
  function refilter() {
    computeEventPass();
    applyFilter(current);
    Object.keys(levels).forEach(function (k) { if (levels[k] !== current) levels[k].stale = true; });
    updateStatus();
    refresh();
    if (selected) showNodePanel(selected); else if (selectedEdge) showEdgePanel(selectedEdge);
    drawHistogram();
  }
  function checkboxes(box, values, set) {
    values.forEach(function (v) {
      var l = document.createElement("label"), c = document.createElement("input");
      c.type = "checkbox"; c.checked = true; c.value = v; c.name = box;
      c.addEventListener("change", function () { if (c.checked) set.add(v); else set.delete(v); refilter(); });
      if (box === "types") { l.style.borderBottom = "3px solid " + TYPE_COLOURS[v]; }
      l.appendChild(c); l.appendChild(document.createTextNode(v)); $(box).appendChild(l);
    });
  }
  checkboxes("types", TYPES, filter.types);
  checkboxes("statuses", STATUSES, filter.statuses);
  function fillCountries() {
    var sel = $("country");
    if (sel.options.length > 1) return;
    var count = {};
    events.forEach(function (e) { e.countries.forEach(function (c) { count[c] = (count[c] || 0) + 1; }); });
    Object.keys(count).sort(function (a, b) { return count[b] - count[a] || (a < b ? -1 : 1); }).forEach(function (c) {
      var o = document.createElement("option");
      o.value = c; o.textContent = (countryNames[c] || c) + " (" + count[c] + ")";
      sel.appendChild(o);
    });
  }
  $("country").addEventListener("change", function () { filter.country = this.value; refilter(); });
  document.querySelectorAll("input[name=level]").forEach(function (r) {
    r.addEventListener("change", function () {
      if (!r.checked) return;
      showLevel(r.value);
    });
  });
  document.querySelectorAll("input[name=size]").forEach(function (r) {
    r.addEventListener("change", function () { if (r.checked) { sizeBy = r.value; refresh(); } });
  });
  $("layout").addEventListener("click", function () {
    var l = current.layout;
    if (l.running) l.stop(); else l.start();
  });
  function updateLayoutButton() {
    var running = current && current.layout && current.layout.running;
    $("layout").textContent = running ? "■ Stop layout" : "▶ Layout";
  }
  $("zoom-in").addEventListener("click", function () { renderer.getCamera().animatedZoom({ duration: 250 }); });
  $("zoom-out").addEventListener("click", function () { renderer.getCamera().animatedUnzoom({ duration: 250 }); });
  $("zoom-reset").addEventListener("click", function () { renderer.getCamera().animatedReset({ duration: 250 }); });

  function counts() {
    var L = current, shown = 0, shownEdges = 0;
    for (var i = 0; i < L.n; i++) shown += L.nodeVisible[i];
    for (var j = 0; j < L.m; j++) shownEdges += L.edgeVisible[j];
    return { nodes: L.n, edges: L.m, shownNodes: shown, shownEdges: shownEdges };
  }
  function updateStatus() {
    var c = counts();
    $("status").textContent = c.shownNodes + " of " + c.nodes + " nodes, " + c.shownEdges + " of " + c.edges + " edges · " +
      DATA.article_count + " articles, " + events.length + " contacts";
  }
  function renderLegend() {
    var shown = colourOrder.slice(0, PALETTE.length);
    $("legend").innerHTML = shown.map(function (c) {
      return '<div><i style="background:' + countryColour[c] + '"></i>' + esc(countryNames[c] || c) + "</div>";
    }).join("") + '<div><i style="background:' + OTHER + '"></i>other or unknown</div>';
  }

  // ---- Time bar: contacts per month, range sliders, play ----
  var from = $("from"), to = $("to");
  from.min = to.min = monthMin; from.max = to.max = monthMax; from.value = monthMin; to.value = monthMax;
  var perMonth = new Int32Array(monthMax - monthMin + 1), perMonthPass = new Int32Array(monthMax - monthMin + 1);
  function bar(k) { return Math.max(0, Math.min(monthMax, k) - monthMin); }
  events.forEach(function (e, i) { if (evFrom[i] >= 0) perMonth[bar(evFrom[i])]++; });
  function drawHistogram() {
    var c = $("hist"), w = c.clientWidth, h = c.clientHeight, ratio = window.devicePixelRatio || 1;
    if (!w) return;
    c.width = w * ratio; c.height = h * ratio;
    var ctx = c.getContext("2d");
    ctx.scale(ratio, ratio);
    ctx.clearRect(0, 0, w, h);
    perMonthPass.fill(0);
    events.forEach(function (e, i) {
      if (evFrom[i] >= 0 && filter.types.has(e.type) && filter.statuses.has(e.status) && (!filter.country || e.countries.indexOf(filter.country) >= 0)) perMonthPass[bar(evFrom[i])]++;
    });
    var max = 1;
    for (var k = 0; k < perMonth.length; k++) if (perMonth[k] > max) max = perMonth[k];
    var bw = w / perMonth.length;
    for (k = 0; k < perMonth.length; k++) {
      var inRange = monthMin + k >= filter.from && monthMin + k <= filter.to;
      var bh = (h - 10) * perMonth[k] / max, ph = (h - 10) * perMonthPass[k] / max;
      ctx.fillStyle = "#d8dce6";
      ctx.fillRect(k * bw + 0.5, h - 8 - bh, Math.max(1, bw - 1), bh);
      ctx.fillStyle = inRange ? "#1a57b5" : "#9aa5bd";
      ctx.fillRect(k * bw + 0.5, h - 8 - ph, Math.max(1, bw - 1), ph);
    }
  }
  function setRange(a, b) {
    filter.from = Math.min(a, b); filter.to = Math.max(a, b);
    from.value = filter.from; to.value = filter.to;
    rangeLabel();
    refilter();
  }
  from.addEventListener("input", function () { stopPlay(); setRange(+from.value, +to.value); });
  to.addEventListener("input", function () { stopPlay(); setRange(+from.value, +to.value); });
  function rangeLabel() {
    $("range-label").textContent = !hasMonths ? "no dated contacts" :
      (beyond && filter.from <= monthMin ? "… " : "") + monthText(filter.from) + " – " + monthText(filter.to) +
      (beyond && filter.to >= monthMax ? " …" : "");
  }
  var playing = null;
  function stopPlay() { if (playing) { clearInterval(playing); playing = null; $("play").textContent = "▶"; } }
  $("play").addEventListener("click", function () {
    if (playing) { stopPlay(); return; }
    var width = filter.to - filter.from;
    if (width >= monthMax - monthMin) width = Math.min(11, monthMax - monthMin);
    var a = filter.to >= monthMax ? monthMin : filter.from;
    setRange(a, a + width);
    $("play").textContent = "❚❚";
    playing = setInterval(function () {
      if (filter.to >= monthMax) { stopPlay(); return; }
      setRange(filter.from + 1, filter.to + 1);
    }, 600);
  });
  window.addEventListener("resize", drawHistogram);

  // ---- Start ----
  computeEventPass();
  rangeLabel();
  showLevel(DATA.level === "country" ? "country" : "person");
  drawHistogram();

  // A read-only view for tests and benchmarks: what is drawn, and when.
  window.dipgraphPage = Object.freeze({
    counts: function () {
      var c = counts(), drawnNodes = 0, drawnEdges = 0;
      current.graph.forEachNode(function (n) { var d = renderer.getNodeDisplayData(n); if (d && !d.hidden) drawnNodes++; });
      current.graph.forEachEdge(function (e) { var d = renderer.getEdgeDisplayData(e); if (d && !d.hidden) drawnEdges++; });
      c.drawnNodes = drawnNodes; c.drawnEdges = drawnEdges; c.level = current.name;
      return c;
    },
    // Where a node is drawn, in CSS pixels of the page.
    nodePosition: function (id) {
      var d = renderer.getNodeDisplayData(id);
      if (!d) return null;
      var p = renderer.framedGraphToViewport(d), box = $("sigma").getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    },
    drawnEdges: function () {
      var out = [];
      current.graph.forEachEdge(function (e, attr) { var d = renderer.getEdgeDisplayData(e); if (d && !d.hidden) out.push(attr.i); });
      return out;
    },
    visibleEdge: function (a, b) {
      var g = current.graph, found = false;
      if (!g.hasNode(a) || !g.hasNode(b)) return false;
      g.forEachEdge(a, b, function (e) { var d = renderer.getEdgeDisplayData(e); if (d && !d.hidden) found = true; });
      return found;
    },
    timing: function () {
      return { firstFrameMs: firstFrame, marks: marks,
        layoutRunning: !!(current && current.layout && current.layout.running), layoutIterations: current && current.layout ? current.layout.iterations : 0 };
    },
    months: function () { return { first: monthText(monthMin), last: monthText(monthMax), from: monthText(filter.from), to: monthText(filter.to) }; },
  });
})();
