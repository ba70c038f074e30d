#!/usr/bin/env node
// Builds the map page template: page.html with the pinned graph library
// (node_modules, from package-lock.json), map.css and map.js inlined, so the
// page needs no network at view time. The data placeholder stays for
// renderMapHtml (driver/MapHtml.cpp) to fill.
//
//   node build-page.js --out <build>/share/decouple/map-page.html
'use strict';
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');

const here = __dirname;
const outIndex = process.argv.indexOf('--out');
if (outIndex < 0 || !process.argv[outIndex + 1]) {
  console.error('usage: node build-page.js --out <map-page.html>');
  process.exit(2);
}
const out = process.argv[outIndex + 1];
const placeholder = '@DECOUPLE_MAP_DATA@';

function read(rel) {
  return fs.readFileSync(path.join(here, rel), 'utf8');
}
function versionOf(pkg) {
  return JSON.parse(read(`node_modules/${pkg}/package.json`)).version;
}
// A library's dist file, without its source-map comment (no file to fetch).
function library(rel) {
  const text = read(rel).replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '\n');
  if (/<\/script|<!--/i.test(text))
    throw new Error(`${rel}: holds "</script" or "<!--"; cannot inline it`);
  return text;
}

// Runs first, in <head>: counts alert() calls, so the escaping test sees one
// that an injected name would make.
const guard = 'window.__pwned = 0; window.alert = function () { window.__pwned++; };';
const scripts = [
  library('node_modules/cytoscape/dist/cytoscape.min.js'),
  library('node_modules/elkjs/lib/elk.bundled.js'),
  library('node_modules/cytoscape-elk/dist/cytoscape-elk.js'),
  library('map.js'),
];
// Only these scripts may run: an injected inline script would need a hash.
const hashes = [guard, ...scripts].map(
    (s) => `'sha256-${crypto.createHash('sha256').update(s).digest('base64')}'`);
const csp = `default-src 'none'; script-src ${hashes.join(' ')}; ` +
    `style-src 'unsafe-inline'; img-src data: blob:`;
const libraries = `cytoscape ${versionOf('cytoscape')}, ` +
    `cytoscape-elk ${versionOf('cytoscape-elk')}, elkjs ${versionOf('elkjs')}`;

const css = read('map.css');
const fill = {
  '@CSP@': csp,
  '@CSS@': css,
  '@GUARD@': `<script>${guard}</script>`,
  '@LIBRARIES@': libraries,
  '@SCRIPTS@': scripts.map((s) => `<script>${s}</script>`).join('\n'),
};
let page = read('page.html');
for (const [key, value] of Object.entries(fill)) {
  if (page.split(key).length !== 2)
    throw new Error(`page.html must hold ${key} exactly once`);
  page = page.replace(key, () => value);
}
if (page.split(placeholder).length !== 2)
  throw new Error(`the page must hold ${placeholder} exactly once`);
fs.mkdirSync(path.dirname(out), {recursive: true});
fs.writeFileSync(out, page);
console.log(`map page: ${out} (${Math.round(page.length / 1024)} KiB; ${libraries})`);
