#!/usr/bin/env bash
# Sets up the HTML service map page (docs/map-page.md): node and npm to build
# it, the graph library pinned by web/map/package-lock.json (npm ci), and
# Debian's chromium for its browser tests. Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."

sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
missing=()
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)
dpkg-query -W -f='${Status}' chromium 2>/dev/null | grep -q 'install ok installed' \
  || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup-map-page: installing ${missing[*]}"
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# npm ci only when node_modules is missing or older than the lockfile.
stamp=web/map/node_modules/.package-lock.json
if [ ! -f "$stamp" ] || [ web/map/package-lock.json -nt "$stamp" ]; then
  (cd web/map && npm ci --no-audit --no-fund --loglevel=error)
fi
versions=$(cd web/map && node -e "const fs = require('fs'); for (const p of ['cytoscape', 'cytoscape-elk', 'elkjs']) console.log(p, JSON.parse(fs.readFileSync('node_modules/' + p + '/package.json')).version)" | paste -sd, -)
echo "setup-map-page: node $(node --version); $versions; $(chromium --version 2>/dev/null || echo 'no chromium')"
