#!/usr/bin/env bash
# Installs what `decouple map` needs beyond the base setup: Graphviz, whose
# `dot` renders --format svg (and the map tests run `dot -Tsvg`).
# Idempotent: nothing happens when the package is present.
set -euo pipefail
packages=(graphviz)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' \
    || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
echo "setup-map: installing ${missing[*]}"
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
