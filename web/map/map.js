// decouple service map page. Reads the map JSON (docs/map-format.md) from
// <script id="decouple-map-data">. Every string from the data reaches the
// page through textContent or a cytoscape label, never as markup.
(function () {
  'use strict';
  var started = performance.now();
  var body = document.body;

  function $(id) { return document.getElementById(id); }
  // The one way this page makes elements: text is always textContent.
  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function add(parent) {
    for (var i = 1; i < arguments.length; ++i)
      if (arguments[i]) parent.appendChild(arguments[i]);
    return parent;
  }
  function loc(x) { return x && x.file ? x.file + ':' + (x.line || 0) : ''; }
  function fail(text) {
    var m = $('message');
    m.textContent = text;
    m.hidden = false;
    body.dataset.testError = text;
  }

  var map;
  try {
    map = JSON.parse($('decouple-map-data').textContent);
  } catch (e) {
    fail('This page holds no map data. Make one with: decouple map -p <build> --format html -o map.html');
    return;
  }
  if (!map || map.format !== 'decouple-map') {
    fail('The embedded data is not a decouple map (format "decouple-map").');
    return;
  }
  var nodes = map.nodes || [], edges = map.edges || [];
  var cycles = map.cycles || [], findings = map.findings || [];
  var nodeById = {}, findingByPrint = {}, findingsByService = {};
  nodes.forEach(function (n) { nodeById[n.id] = n; });
  findings.forEach(function (f) {
    findingByPrint[f.fingerprint] = f;
    (findingsByService[f.service] = findingsByService[f.service] || []).push(f);
  });
  var large = nodes.length > 150;

  // --- Summary ---------------------------------------------------------
  var counts = {service: 0, external: 0, datastore: 0, topic: 0};
  nodes.forEach(function (n) { counts[n.kind] = (counts[n.kind] || 0) + 1; });
  var summary = $('summary');
  [[counts.service, 'services'], [counts.external, 'externals'],
   [counts.datastore, 'datastores'], [counts.topic, 'topics'],
   [edges.length, 'edges'], [cycles.length, 'cycles'],
   [findings.length, 'findings']].forEach(function (c, i) {
    if (i) summary.appendChild(document.createTextNode(' · '));
    add(summary, el('b', null, c[0]), document.createTextNode(' ' + c[1]));
  });
  if (map.tool && map.tool.version)
    summary.appendChild(document.createTextNode(' · decouple ' + map.tool.version));

  // --- Graph -------------------------------------------------------------
  function nodeLabel(n) {
    var f = (findingsByService[n.id] || []).length;
    return (n.name || n.id) + (f ? '\n\u26A0 ' + f + (f === 1 ? ' finding' : ' findings') : '');
  }
  var elements = [];
  nodes.forEach(function (n) {
    var label = nodeLabel(n);
    var longest = label.split('\n').reduce(function (m, l) { return Math.max(m, l.length); }, 0);
    elements.push({group: 'nodes', classes: n.kind + ((findingsByService[n.id] || []).length ? ' has-findings' : ''),
      data: {id: n.id, label: label, kind: n.kind, w: Math.min(280, (n.kind === 'topic' ? 50 : 30) + longest * 7.2),
             h: label.indexOf('\n') >= 0 ? 46 : 34}});
  });
  edges.forEach(function (e) {
    if (!nodeById[e.from] || !nodeById[e.to]) return;
    var cls = e.kind + (e.kind === 'sync' ? ' ' + (e.mode || 'blocking') : '');
    elements.push({group: 'edges', classes: cls,
      data: {id: e.id, source: e.from, target: e.to, kind: e.kind, mode: e.mode || ''}});
  });

  var style = [
    {selector: 'node', style: {
      'label': 'data(label)', 'text-wrap': 'wrap', 'text-valign': 'center', 'text-halign': 'center',
      'font-size': 12, 'font-family': 'system-ui, "DejaVu Sans", sans-serif', 'color': '#1f2430',
      'width': 'data(w)', 'height': 'data(h)', 'shape': 'round-rectangle',
      'background-color': '#edf2ff', 'border-width': 2, 'border-color': '#364fc7',
      'min-zoomed-font-size': 7}},
    {selector: 'node.external', style: {'shape': 'cut-rectangle', 'background-color': '#f1f3f5',
      'border-color': '#868e96', 'border-style': 'dashed'}},
    {selector: 'node.datastore', style: {'shape': 'barrel', 'background-color': '#ebfbee',
      'border-color': '#2f9e44'}},
    {selector: 'node.topic', style: {'shape': 'rhomboid', 'background-color': '#f3f0ff',
      'border-color': '#7048e8'}},
    {selector: 'node.has-findings', style: {'border-color': '#e03131', 'border-width': 3, 'color': '#1f2430'}},
    {selector: 'edge', style: {
      'curve-style': large ? 'haystack' : 'bezier', 'width': 2, 'line-color': '#adb5bd',
      'target-arrow-shape': 'triangle', 'target-arrow-color': '#adb5bd', 'arrow-scale': 1.1,
      'opacity': 0.9}},
    {selector: 'edge.sync', style: {'line-color': '#c92a2a', 'target-arrow-color': '#c92a2a', 'width': 3}},
    {selector: 'edge.sync.awaited', style: {'line-color': '#e8590c', 'target-arrow-color': '#e8590c',
      'width': 2, 'target-arrow-fill': 'hollow'}},
    {selector: 'edge.sync.async-joined', style: {'line-color': '#f08c00', 'target-arrow-color': '#f08c00',
      'width': 2, 'target-arrow-shape': 'triangle-backcurve', 'target-arrow-fill': 'hollow',
      'line-style': 'dashed', 'line-dash-pattern': [10, 3]}},
    {selector: 'edge.async', style: {'line-color': '#1c7ed6', 'target-arrow-color': '#1c7ed6',
      'line-style': 'dashed', 'line-dash-pattern': [6, 4], 'target-arrow-shape': 'vee'}},
    {selector: 'edge.datastore', style: {'line-color': '#2f9e44', 'target-arrow-color': '#2f9e44',
      'line-style': 'dotted', 'target-arrow-shape': 'square', 'arrow-scale': 0.8}},
    {selector: '.faded', style: {'opacity': 0.15}},
    {selector: 'node.match', style: {'border-color': '#fab005', 'border-width': 4, 'background-color': '#fff9db'}},
    {selector: '.cycle', style: {'underlay-color': '#fab005', 'underlay-opacity': 0.45, 'underlay-padding': 6}},
    {selector: 'edge.cycle', style: {'width': 5}},
    {selector: '.chain', style: {'underlay-color': '#74c0fc', 'underlay-opacity': 0.5, 'underlay-padding': 6}},
    {selector: 'node:selected', style: {'border-color': '#3b5bdb', 'border-width': 4,
      'underlay-color': '#3b5bdb', 'underlay-opacity': 0.25, 'underlay-padding': 8}},
    {selector: 'edge.neighbour', style: {'opacity': 1, 'z-index': 10}}
  ];

  var cy = cytoscape({
    container: $('graph'), elements: elements, style: style,
    wheelSensitivity: 0.3, minZoom: 0.01, maxZoom: 4, boxSelectionEnabled: false,
    hideEdgesOnViewport: large, pixelRatio: large ? 1 : 'auto',
    layout: {name: 'preset'}
  });
  var layoutStart = performance.now();
  // ELK's layered algorithm (Sugiyama), left to right. At scale, one
  // crossing-minimisation pass instead of seven and the simple node
  // placement keep it to seconds (docs/performance.md, "Map page").
  cytoscape.use(cytoscapeElk);
  var layout = cy.layout({name: 'elk', fit: false, animate: false, nodeDimensionsIncludeLabels: false,
    elk: {'algorithm': 'layered', 'elk.direction': 'RIGHT',
          'elk.layered.thoroughness': large ? 1 : 7,
          'elk.layered.nodePlacement.strategy': large ? 'SIMPLE' : 'BRANDES_KOEPF',
          // cytoscape draws its own edges: ELK's cheapest routing is enough.
          'elk.edgeRouting': 'POLYLINE',
          'elk.spacing.nodeNode': large ? 10 : 18,
          'elk.layered.spacing.nodeNodeBetweenLayers': large ? 50 : 90,
          'elk.layered.spacing.edgeNodeBetweenLayers': large ? 4 : 12,
          'elk.spacing.edgeNode': large ? 4 : 10, 'elk.spacing.edgeEdge': large ? 2 : 10,
          'elk.layered.spacing.edgeEdgeBetweenLayers': large ? 2 : 10}});
  // A small map would fit at a huge zoom: show it at most a little enlarged.
  function fitTo(eles, padding) {
    cy.fit(eles, padding);
    if (cy.zoom() > 1.25) { cy.zoom(1.25); cy.center(eles); }
  }
  layout.one('layoutstop', function () {
    cy.resize();
    fitTo(cy.elements(), 30);
    body.dataset.layoutMs = (performance.now() - layoutStart).toFixed(0);
    body.dataset.readyMs = performance.now().toFixed(0);
    body.dataset.scriptMs = (layoutStart - started).toFixed(0);
    var bb = cy.elements().boundingBox();
    body.dataset.extent = bb.w.toFixed(0) + 'x' + bb.h.toFixed(0);
    body.dataset.zoom = cy.zoom().toFixed(3);
    afterLayout();
  });
  layout.run();

  // --- Highlights --------------------------------------------------------
  function clearHighlights() {
    cy.elements().removeClass('faded match chain cycle neighbour');
    document.querySelectorAll('.list li.active').forEach(function (li) { li.classList.remove('active'); });
    if ($('show-cycles').checked) markCycles();
  }
  // The sync edges along a path of node ids (a chain, or a cycle when closed).
  function pathElements(ids, closed) {
    var col = cy.collection();
    ids.forEach(function (id, i) {
      col = col.union(cy.getElementById(id));
      var next = ids[i + 1] !== undefined ? ids[i + 1] : (closed ? ids[0] : undefined);
      if (next !== undefined)
        col = col.union(cy.edges('.sync').filter(function (e) {
          return e.data('source') === id && e.data('target') === next;
        }));
    });
    return col;
  }
  function markCycles() {
    cycles.forEach(function (c) { pathElements(c, true).addClass('cycle'); });
  }
  function spotlight(col, cls) {
    clearHighlights();
    cy.elements().addClass('faded');
    col.removeClass('faded').addClass(cls);
    fitTo(col, 60);
  }

  function listItem(list, title, sub, onClick) {
    var li = add(el('li'), el('span', null, title), sub ? el('span', 'sub', sub) : null);
    li.addEventListener('click', function () { onClick(li); });
    list.appendChild(li);
    return li;
  }
  function emptyItem(list, text) { list.appendChild(el('li', 'empty', text)); }

  $('cycle-count').textContent = cycles.length;
  cycles.forEach(function (c) {
    listItem($('cycles'), c.join(' \u2192 ') + ' \u2192 ' + c[0], c.length + ' services', function (li) {
      spotlight(pathElements(c, true), 'cycle');
      li.classList.add('active');
    });
  });
  if (!cycles.length) emptyItem($('cycles'), 'No cycles.');

  var chains = nodes.filter(function (n) {
    return n.stats && n.stats.longestSyncChain && n.stats.longestSyncChain.length > 1;
  }).sort(function (a, b) {
    return b.stats.longestSyncChain.length - a.stats.longestSyncChain.length || (a.id < b.id ? -1 : 1);
  }).slice(0, 10);
  chains.forEach(function (n) {
    var c = n.stats.longestSyncChain;
    listItem($('chains'), c.join(' \u2192 '), (c.length - 1) + ' sync hops from ' + (n.name || n.id), function (li) {
      spotlight(pathElements(c, false), 'chain');
      li.classList.add('active');
    });
  });
  if (!chains.length) emptyItem($('chains'), 'No sync chains.');

  $('finding-count').textContent = findings.length;
  findings.forEach(function (f) {
    var li = listItem($('findings'), f.check, (f.service || '') + ' \u00B7 ' + loc(f) + ' \u2014 ' + (f.message || ''),
      function (item) { selectNode(f.service); item.classList.add('active'); });
    li.insertBefore(el('span', 'sev ' + (f.severity || 'warning'), f.severity || 'warning'), li.firstChild);
  });
  if (!findings.length) emptyItem($('findings'), 'No findings.');

  $('show-cycles').addEventListener('change', function () {
    cy.elements().removeClass('cycle');
    if (this.checked) markCycles();
  });
  ['sync', 'async', 'datastore'].forEach(function (kind) {
    $('show-' + kind).addEventListener('change', function () {
      cy.edges('.' + kind).style('display', this.checked ? 'element' : 'none');
    });
  });
  $('fit').addEventListener('click', function () { clearHighlights(); fitTo(cy.elements(), 30); });

  // --- Search ------------------------------------------------------------
  function search(query) {
    var q = query.trim().toLowerCase();
    var results = $('search-results');
    results.textContent = '';
    clearHighlights();
    if (!q) return [];
    var hits = cy.nodes().filter(function (n) {
      var d = nodeById[n.id()];
      return (d.name || d.id).toLowerCase().indexOf(q) >= 0 || d.id.toLowerCase().indexOf(q) >= 0;
    });
    cy.elements().addClass('faded');
    hits.removeClass('faded').addClass('match');
    hits.slice(0, 30).forEach(function (n) {
      var d = nodeById[n.id()];
      listItem(results, d.name || d.id, d.kind, function () { selectNode(d.id); });
    });
    if (!hits.length) emptyItem(results, 'No match.');
    else if (hits.length > 30) emptyItem(results, (hits.length - 30) + ' more…');
    return hits.map(function (n) { return n.id(); });
  }
  $('search').addEventListener('input', function () { search(this.value); });
  $('search').addEventListener('keydown', function (ev) {
    if (ev.key === 'Enter') {
      var hits = cy.nodes('.match');
      if (hits.length === 1) selectNode(hits.id());
      else if (hits.length) fitTo(hits, 80);
    } else if (ev.key === 'Escape') { this.value = ''; search(''); }
  });

  // --- Details panel -----------------------------------------------------
  function section(parent, title, count) {
    add(parent, add(el('h2', null, title + ' '), el('span', 'count', count)));
  }
  function nodeLink(id) {
    var a = el('a', null, nodeById[id] ? (nodeById[id].name || id) : id);
    a.addEventListener('click', function () { selectNode(id); });
    return a;
  }
  function edgeCard(e, other) {
    var card = el('div', 'card');
    var title = add(el('div', 'title'), nodeLink(other));
    add(card, title);
    var kindTag = e.kind === 'sync' ? (e.mode || 'blocking') : e.kind;
    var tags = add(el('div'), el('span', 'tag ' + kindTag, e.kind + (e.mode ? ', ' + e.mode : '') + (e.access ? ', ' + e.access : '')));
    (e.via || []).forEach(function (v) { tags.appendChild(el('span', 'tag', v)); });
    add(card, tags);
    (e.sites || []).forEach(function (s) {
      var site = add(el('div', 'loc'), document.createTextNode(loc(s) + (s.function ? '  ' + s.function : '') + (s.via ? '  (' + s.via + ')' : '')));
      (s.findings || []).forEach(function (fp) {
        var f = findingByPrint[fp];
        if (f) add(site, el('span', 'sev ' + (f.severity || 'warning'), f.check));
      });
      card.appendChild(site);
    });
    return card;
  }
  function showDetails(id) {
    var n = nodeById[id], d = $('details');
    d.textContent = '';
    add(d, el('h1', null, n.name || n.id));
    add(d, add(el('div'), el('span', 'kind ' + n.kind, n.kind),
      el('span', 'meta', [n.technology, n.nameSource ? 'name from ' + n.nameSource : '', n.id !== n.name ? n.id : '']
        .filter(Boolean).join(' \u00B7 '))));
    var s = n.stats;
    if (s) {
      var grid = el('div', 'stats');
      [[s.syncFanIn, 'sync in'], [s.syncFanOut, 'sync out'], [s.asyncFanIn, 'async in'], [s.asyncFanOut, 'async out']]
        .forEach(function (x) { add(grid, add(el('div', 'stat'), el('b', null, x[0] || 0), el('span', null, x[1]))); });
      d.appendChild(grid);
      if ((s.ownsDatastores || []).length) add(d, el('div', 'meta', 'Owns: ' + s.ownsDatastores.join(', ')));
      if ((s.sharesDatastores || []).length) add(d, el('div', 'meta', 'Shares: ' + s.sharesDatastores.join(', ')));
      if ((s.longestSyncChain || []).length > 1) add(d, el('div', 'meta', 'Longest sync chain: ' + s.longestSyncChain.join(' \u2192 ')));
      (s.cycles || []).forEach(function (i) {
        if (cycles[i]) add(d, el('div', 'meta', 'In cycle: ' + cycles[i].join(' \u2192 ') + ' \u2192 ' + cycles[i][0]));
      });
    }
    var own = findingsByService[id] || [];
    var list = el('div');
    list.id = 'panel-findings';
    section(d, 'Findings', own.length);
    own.forEach(function (f) {
      add(list, add(el('div', 'card finding'),
        add(el('div', 'title'), el('span', 'sev ' + (f.severity || 'warning'), f.severity || 'warning'), el('span', null, f.check)),
        el('div', null, f.message), el('div', 'loc', loc(f))));
    });
    d.appendChild(list);
    if (n.entryPoints) {
      section(d, 'Entry points', n.entryPoints.length);
      n.entryPoints.forEach(function (p) {
        add(d, add(el('div', 'card'),
          add(el('div', 'title'), el('span', 'tag', p.protocol), el('span', null, p.name)),
          el('div', 'loc', loc(p) + (p.function ? '  ' + p.function : '')),
          p.availability !== undefined ? el('div', 'meta', 'availability estimate ' + (p.availability * 100).toFixed(2) + '%') : null));
      });
    }
    var out = edges.filter(function (e) { return e.from === id; });
    var inc = edges.filter(function (e) { return e.to === id; });
    section(d, 'Outgoing', out.length);
    out.forEach(function (e) { d.appendChild(edgeCard(e, e.to)); });
    section(d, 'Incoming', inc.length);
    inc.forEach(function (e) { d.appendChild(edgeCard(e, e.from)); });
    $('panel').hidden = false;
    cy.resize();
  }
  function selectNode(id) {
    if (!nodeById[id]) return false;
    var node = cy.getElementById(id);
    clearHighlights();
    cy.elements().unselect();
    node.select();
    var hood = node.closedNeighborhood();
    cy.elements().addClass('faded');
    hood.removeClass('faded');
    hood.edges().addClass('neighbour');
    showDetails(id);
    fitTo(hood, 60);
    return true;
  }
  cy.on('tap', 'node', function (ev) { selectNode(ev.target.id()); });
  cy.on('tap', function (ev) {
    if (ev.target === cy) { clearHighlights(); cy.elements().unselect(); }
  });
  $('close-panel').addEventListener('click', function () {
    $('panel').hidden = true; clearHighlights(); cy.elements().unselect(); cy.resize();
    fitTo(cy.elements(), 30);
  });

  // --- Test hooks (#test=inventory;select:ID;selectindex:N;search:TEXT;cycles;finding:N)
  // The browser tests load the page with such a hash and read the results
  // from the DOM (chromium --dump-dom).
  function afterLayout() {
  var hash = decodeURIComponent(location.hash.replace(/^#/, ''));
  if (hash.indexOf('test=') === 0) {
    hash.slice(5).split(';').forEach(function (step) {
      var colon = step.indexOf(':');
      var verb = colon < 0 ? step : step.slice(0, colon), arg = colon < 0 ? '' : step.slice(colon + 1);
      if (verb === 'inventory') {
        var pre = el('pre');
        pre.id = 'test-inventory';
        var lines = [];
        cy.nodes().forEach(function (n) {
          var p = n.position();
          lines.push('node ' + n.id() + ' kind=' + n.data('kind') + ' placed=' + (isFinite(p.x) && isFinite(p.y)));
        });
        cy.edges().forEach(function (e) {
          lines.push('edge ' + e.data('source') + ' -> ' + e.data('target') + ' kind=' + e.data('kind') +
                     (e.data('mode') ? ' mode=' + e.data('mode') : ''));
        });
        pre.textContent = lines.join('\n');
        body.appendChild(pre);
      } else if (verb === 'select') {
        var n = cy.getElementById(arg);
        if (n.length) n.emit('tap');
        body.dataset.testSelected = cy.nodes(':selected').map(function (x) { return x.id(); }).join(',');
      } else if (verb === 'selectindex') {
        var m = cy.nodes()[Number(arg) || 0];
        if (m) m.emit('tap');
        body.dataset.testSelected = cy.nodes(':selected').map(function (x) { return x.id(); }).join(',');
      } else if (verb === 'search') {
        $('search').value = arg;
        body.dataset.testSearch = search(arg).join(',');
      } else if (verb === 'cycles') {
        $('show-cycles').checked = true;
        markCycles();
        body.dataset.testCycleElements = cy.elements('.cycle').length;
      } else if (verb === 'finding') {
        var li = $('findings').children[Number(arg) || 0];
        if (li) li.click();
        body.dataset.testSelected = cy.nodes(':selected').map(function (x) { return x.id(); }).join(',');
      }
    });
  }
  body.dataset.pwned = String(window.__pwned || 0);
  body.dataset.images = String(document.images.length);
  body.dataset.scripts = String(document.scripts.length);
  body.dataset.ready = 'true';
  }
})();
