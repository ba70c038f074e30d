#!/usr/bin/env bash
# README command (a): set up a fresh Debian 12 machine, build decouple, and
# run it on the bundled example system (examples/), printing its findings.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
# The example's gRPC code is generated at build time; its compile database
# is what decouple reads. It need not link: decouple only parses it.
cmake -S examples -B examples/build -G Ninja > /dev/null
cmake --build examples/build --target example_protos > /dev/null
echo "== decouple check -p examples/build =="
status=0
build/bin/decouple check -p examples/build || status=$?
# Exit 1 means "findings": exactly what the example is for.
if [ "$status" -gt 1 ]; then exit "$status"; fi
echo "== the findings expected, and why: examples/README.md =="
