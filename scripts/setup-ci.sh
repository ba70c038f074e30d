#!/usr/bin/env bash
# Installs the CI tools the tests use, pinned by a lockfile: Microsoft's SARIF
# Multitool (integrations/sarif-validate/package-lock.json) into
# build/tools/sarif-validate with `npm ci`. Idempotent; without npm (or the
# registry) it says so and the multitool tests report UNSUPPORTED.
set -euo pipefail
cd "$(dirname "$0")/.."
dest=build/tools/sarif-validate
if ! command -v npm >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1 && ! dpkg -s npm >/dev/null 2>&1; then
    SUDO=$([ "$(id -u)" = 0 ] || echo sudo)
    $SUDO apt-get install -y npm >/dev/null || true
  fi
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "setup-ci: npm not found; skipping the SARIF Multitool" >&2
  exit 0
fi
mkdir -p "$dest"
if ! cmp -s integrations/sarif-validate/package-lock.json "$dest/package-lock.json" ||
   [ ! -e "$dest/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool" ]; then
  cp integrations/sarif-validate/package.json integrations/sarif-validate/package-lock.json "$dest/"
  (cd "$dest" && npm ci --no-audit --no-fund --loglevel=error) ||
    { echo "setup-ci: npm ci failed; the multitool tests will be UNSUPPORTED" >&2; exit 0; }
fi
# The package's postinstall only marks the native binary executable.
chmod u+x "$dest"/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool 2>/dev/null || true
echo "setup-ci: $("$dest"/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool --version 2>&1 | head -1)"
