// kg graph page. Every text shown comes from the JSON blob and reaches the DOM through
// textContent or createTextNode only: labels and sentences come from news text and may hold
// markup. Never use innerHTML, outerHTML, insertAdjacentHTML or document.write here.
(function () {
  "use strict";

  const data = JSON.parse(document.getElementById("kg-data").textContent);
  const ui = data.ui;
  const WIKIDATA_QID = /^Q[1-9][0-9]*$/;

  // ---------- DOM helpers ----------

  function el(tag, className, ...children) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    for (const child of children) {
      if (child === null || child === undefined) continue;
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    }
    return node;
  }

  function format(template, values) {
    return template.replace(/\{(\w+)\}/g, (_, key) => String(values[key]));
  }

  function fold(text) {
    return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().trim();
  }

  function percent(value) {
    return value === null ? ui.unknown : value.toFixed(2);
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  function shorten(text, limit) {
    return text.length > limit ? text.slice(0, limit - 1) + "…" : text;
  }

  // ---------- data ----------

  const nodes = data.nodes;
  const edges = data.edges;
  const nodeById = new Map(nodes.map((n) => [n.id, n]));
  const edgesOf = new Map(nodes.map((n) => [n.id, []]));
  for (const e of edges) {
    edgesOf.get(e.from).push(e);
    if (e.to !== e.from) edgesOf.get(e.to).push(e);
  }
  const groupOf = (n) => data.groups[data.classes[n.c].group];

  function nodeTooltip(n) {
    const cls = data.classes[n.c];
    return el("div", "tooltip", el("strong", null, n.label), el("br"), cls.label);
  }

  function edgeTooltip(e) {
    const box = el("div", "tooltip",
      el("strong", null, nodeById.get(e.from).label + " → " + data.relations[e.rel].label +
        " → " + nodeById.get(e.to).label),
      el("br"), ui.confidence + " : " + percent(e.conf));
    if (e.ev.length) box.append(el("br"), el("span", "sentence", shorten(e.ev[0].s, 240)));
    return box;
  }

  function visNode(n) {
    const colour = groupOf(n).colour;
    const item = {
      id: n.id,
      label: shorten(n.label, 40),
      value: Math.max(n.mentions, n.degree, 1),
      color: { background: colour, border: "#4a4a4a",
        highlight: { background: colour, border: "#000000" },
        hover: { background: colour, border: "#000000" } },
      title: nodeTooltip(n),
    };
    if (n.x !== undefined) { item.x = n.x; item.y = n.y; }
    return item;
  }

  function visEdge(e) {
    const conf = e.conf === null ? 1 : e.conf;
    const item = {
      id: e.id,
      from: e.from,
      to: e.to,
      arrows: "to",
      width: 0.5 + 3 * conf,
      dashes: conf < data.dashBelow,
      title: edgeTooltip(e),
      smooth: e.curve ? { enabled: true, type: "curvedCW", roundness: e.curve } : false,
    };
    if (data.edgeLabels) item.label = data.relations[e.rel].label;
    return item;
  }

  // ---------- filters ----------

  const shownGroups = new Set(data.groups.map((_, i) => i));
  const shownRelations = new Set(data.relations.map((_, i) => i));
  let minConfidence = 0;

  const nodeSet = new vis.DataSet(nodes.map(visNode));
  const edgeSet = new vis.DataSet(edges.map(visEdge));
  const edgeById = new Map(edges.map((e) => [e.id, e]));
  const isNodeShown = (id) => shownGroups.has(data.classes[nodeById.get(id).c].group);
  const nodeView = new vis.DataView(nodeSet, { filter: (item) => isNodeShown(item.id) });
  const edgeView = new vis.DataView(edgeSet, {
    filter: (item) => {
      const e = edgeById.get(item.id);
      const conf = e.conf === null ? 1 : e.conf;
      return shownRelations.has(e.rel) && conf >= minConfidence &&
        isNodeShown(e.from) && isNodeShown(e.to);
    },
  });

  function refresh() {
    nodeView.refresh();
    edgeView.refresh();
    document.getElementById("stats").textContent =
      format(ui.stats, { nodes: nodeView.length, edges: edgeView.length });
  }

  function checkbox(name, index, colour, text, count, onChange) {
    const input = el("input");
    input.type = "checkbox";
    input.checked = true;
    input.name = name;
    input.value = String(index);
    input.addEventListener("change", () => onChange(input.checked));
    const label = el("label", null, input);
    if (colour) {
      const swatch = el("span", "swatch");
      swatch.style.backgroundColor = colour;
      label.appendChild(swatch);
    }
    label.append(el("span", null, text), el("span", "count", String(count)));
    return label;
  }

  function buildControls() {
    document.getElementById("page-title").textContent = data.title;
    const classBox = document.getElementById("filter-class");
    data.groups.forEach((g, i) => classBox.appendChild(
      checkbox("class", i, g.colour, g.label, g.count, (on) => {
        if (on) shownGroups.add(i); else shownGroups.delete(i);
        refresh();
      })));
    const relationBox = document.getElementById("filter-relation");
    data.relations.forEach((r, i) => relationBox.appendChild(
      checkbox("relation", i, null, r.label, r.count, (on) => {
        if (on) shownRelations.add(i); else shownRelations.delete(i);
        refresh();
      })));
    const slider = document.getElementById("min-confidence");
    const sliderValue = document.getElementById("min-confidence-value");
    slider.addEventListener("input", () => {
      minConfidence = Number(slider.value);
      sliderValue.textContent = minConfidence.toFixed(2);
      refresh();
    });
    const options = document.createDocumentFragment();
    const seen = new Set();
    for (const n of nodes) {
      for (const name of [n.label, ...n.aliases]) {
        if (seen.has(name)) continue;
        seen.add(name);
        const option = el("option");
        option.value = name;
        options.appendChild(option);
      }
    }
    document.getElementById("search-options").appendChild(options);
    const search = document.getElementById("search");
    search.addEventListener("change", () => find(search.value));
    search.addEventListener("keydown", (event) => {
      if (event.key === "Enter") find(search.value);
    });
  }

  // ---------- details panel ----------

  const details = document.getElementById("details");

  function row(list, term, value) {
    list.append(el("dt", null, term), el("dd", null, value));
  }

  function wikidataLink(qid) {
    if (!WIKIDATA_QID.test(qid)) return null;
    const link = el("a", null, qid);
    link.href = "https://www.wikidata.org/wiki/" + qid;
    link.target = "_blank";
    link.rel = "noopener noreferrer";
    return link;
  }

  function focusButton(n) {
    const button = el("button", "link", n.label);
    button.type = "button";
    button.addEventListener("click", () => focusNode(n.id));
    return button;
  }

  function showNode(id) {
    const n = nodeById.get(id);
    clear(details);
    details.appendChild(el("h2", null, n.label));
    const facts = el("dl");
    row(facts, ui.class, data.classes[n.c].label);
    if (n.aliases.length) row(facts, ui.aliases, n.aliases.join(" · "));
    if (n.mentions) row(facts, ui.mentions, String(n.mentions));
    if (n.qid) row(facts, ui.wikidata, wikidataLink(n.qid));
    row(facts, ui.iri, n.iri);
    details.append(facts, el("h3", null, ui.facts));
    const shown = new Set(edgeView.getIds());
    const list = el("ul", "facts");
    for (const e of edgesOf.get(id)) {
      if (!shown.has(e.id)) continue;
      const rel = data.relations[e.rel].label;
      const item = e.from === id
        ? el("li", null, rel + " → ", focusButton(nodeById.get(e.to)))
        : el("li", null, focusButton(nodeById.get(e.from)), " → " + rel);
      item.dataset.edge = String(e.id);
      list.appendChild(item);
    }
    details.appendChild(list.childElementCount ? list : el("p", "hint", ui.no_facts));
  }

  function showEdge(id) {
    const e = edgeById.get(id);
    clear(details);
    details.append(
      el("h2", null, nodeById.get(e.from).label + " → " + data.relations[e.rel].label +
        " → " + nodeById.get(e.to).label));
    const facts = el("dl");
    row(facts, ui.confidence, percent(e.conf));
    details.append(facts, el("h3", null, ui.evidence));
    if (!e.ev.length) {
      details.appendChild(el("p", "hint", ui.no_evidence));
      return;
    }
    const list = el("ul", "evidence");
    for (const ev of e.ev) {
      const meta = el("dl");
      const doc = ev.doc === null ? null : data.documents[ev.doc];
      if (doc) row(meta, ui.document, doc.title ? doc.title + " (" + doc.id + ")" : doc.id);
      if (ev.ex) row(meta, ui.extractor, ev.ex);
      if (ev.conf !== null) row(meta, ui.confidence, percent(ev.conf));
      list.appendChild(el("li", null, el("blockquote", "sentence", ev.s), meta));
    }
    details.appendChild(list);
  }

  // ---------- network ----------

  const container = document.getElementById("network");
  const network = new vis.Network(container, { nodes: [], edges: [] }, {
    autoResize: true,
    layout: { randomSeed: 1, improvedLayout: data.physics && nodes.length <= 150 },
    nodes: { shape: "dot", scaling: { min: 8, max: 40, label: { enabled: true, min: 11, max: 20 } },
      font: { size: 13, strokeWidth: 3, strokeColor: "#ffffff" } },
    edges: { color: { color: "#8a94a3", highlight: "#1d2430", hover: "#1d2430" },
      font: { size: 10, align: "middle", strokeWidth: 3, strokeColor: "#ffffff" },
      arrows: { to: { enabled: true, scaleFactor: 0.5 } }, selectionWidth: 2 },
    interaction: { hover: true, tooltipDelay: 150, hideEdgesOnDrag: nodes.length > 1500 },
    physics: { enabled: data.physics, solver: "forceAtlas2Based",
      forceAtlas2Based: { gravitationalConstant: -60, springLength: 110, avoidOverlap: 0.4 },
      stabilization: { enabled: true, iterations: 400, updateInterval: 50, fit: true } },
  });

  const physicsToggle = document.getElementById("physics");
  function setPhysics(on) {
    physicsToggle.checked = on;
    network.setOptions({ physics: { enabled: on } });
  }
  physicsToggle.addEventListener("change", () => setPhysics(physicsToggle.checked));

  function markReady() {
    if (window.kgReady) return;
    window.kgReadyAt = performance.now();  // ms since navigation start, for benchmarks
    window.kgReady = true;
    document.body.dataset.ready = "true";
  }

  // Attach the handlers before the data arrives: a small graph can stabilise inside setData.
  if (data.physics) {
    network.once("stabilizationIterationsDone", () => {
      setPhysics(false);
      network.once("afterDrawing", markReady);
      network.redraw();
    });
  } else {
    network.once("afterDrawing", markReady);
  }
  network.on("click", (params) => {
    if (params.nodes.length) showNode(params.nodes[0]);
    else if (params.edges.length) showEdge(params.edges[0]);
  });

  // vis-network leaks a view animation when two start before a frame is drawn (Enter in the
  // search box fires both keydown and change): the leaked one then pulls the view back on
  // every later redraw, so panning fights it. One focus animation starts per frame.
  let focusFrame = 0;
  function focusNode(id) {
    network.selectNodes([id]);
    showNode(id);
    cancelAnimationFrame(focusFrame);
    focusFrame = requestAnimationFrame(() => {
      network.focus(id, { scale: Math.max(network.getScale(), 1.2), locked: false,
        animation: { duration: 250, easingFunction: "easeInOutQuad" } });
    });
  }

  function find(query) {
    const status = document.getElementById("search-status");
    const key = fold(query);
    status.textContent = "";
    if (!key) return null;
    let best = null;
    let bestRank = 5;
    for (const n of nodes) {
      const label = fold(n.label);
      const aliases = n.aliases.map(fold);
      const rank = label === key ? 0 : aliases.includes(key) ? 1 : label.startsWith(key) ? 2
        : label.includes(key) || aliases.some((a) => a.includes(key)) ? 3 : 5;
      if (rank < bestRank || (rank === bestRank && best && n.mentions > best.mentions)) {
        best = n;
        bestRank = rank;
      }
    }
    if (best === null) {
      status.textContent = format(ui.no_match, { q: query });
      return null;
    }
    if (!nodeView.get(best.id)) {
      status.textContent = format(ui.hidden_match, { q: query });
      return null;
    }
    focusNode(best.id);
    return best.id;
  }

  buildControls();
  physicsToggle.checked = data.physics;
  network.setData({ nodes: nodeView, edges: edgeView });
  refresh();
  if (!nodes.length) markReady();

  window.kgNetwork = network;
  window.kgViewer = {
    find,
    focusNode,
    visibleNodeIds: () => nodeView.getIds(),
    visibleEdgeIds: () => edgeView.getIds(),
    nodeIdByIri: (iri) => (nodes.find((n) => n.iri === iri) || { id: null }).id,
    edgeId: (fromIri, relation, toIri) => {
      const rel = data.relations.findIndex((r) => r.name === relation);
      const e = edges.find((x) => x.rel === rel && nodeById.get(x.from).iri === fromIri &&
        nodeById.get(x.to).iri === toIri);
      return e ? e.id : null;
    },
  };
})();
