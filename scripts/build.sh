#!/usr/bin/env bash
# Configures and builds decouple (CLI, clang-tidy plugin, decouple-clangd and
# the unit tests) into build/. Incremental: re-running rebuilds what changed.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=${JOBS:-$(nproc)}
if [ ! -f build/build.ninja ]; then
  # Debian's python3 is the one python3-jsonschema (used by the tests) is for.
  python=()
  [ -x /usr/bin/python3 ] && python=(-DPython3_EXECUTABLE=/usr/bin/python3)
  cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_CXX_COMPILER=clang++-22 -DBUILD_TESTING=ON "${python[@]}"
fi
start=$(date +%s)
cmake --build build -j"$jobs"
echo "build: done in $(( $(date +%s) - start )) s (build/bin/decouple, build/lib/DecoupleTidyPlugin.so, build/bin/decouple-clangd)"
