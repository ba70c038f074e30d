#!/usr/bin/env bash
# Installs decouple on a GitHub runner from this checkout: Clang 22 from
# apt.llvm.org, then build and install (scripts/setup.sh, scripts/build.sh).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
bash "$root/scripts/setup.sh"
bash "$root/scripts/build.sh"
sudo cmake --install "$root/build"
