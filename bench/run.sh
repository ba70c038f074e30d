#!/usr/bin/env bash
# decouple benchmark: parse floor vs. index (scratch / no-op / 1 .cpp / 10% header),
# link + analysis, worker RSS. See bench/README.md.
#
#   bench/run.sh [--tus N] [-j J] [--decouple PATH] [--work DIR] [--seed S]
#                [--regen] [--floor-only] [--reuse-floor]
#
# Defaults: N=500, J=nproc, decouple=build/driver/decouple or build/bin/decouple,
# work dir ${TMPDIR:-/tmp}/decouple-bench/nN. Results: Markdown on stdout,
# WORK/results.json and WORK/results.md; progress and logs on stderr / WORK/logs.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
command -v python3 >/dev/null || { echo "run.sh: python3 not found" >&2; exit 1; }
[ -x /usr/bin/clang++-22 ] || { echo "run.sh: /usr/bin/clang++-22 not found" >&2; exit 1; }
command -v protoc >/dev/null || { echo "run.sh: protoc not found (apt install protobuf-compiler)" >&2; exit 1; }
command -v grpc_cpp_plugin >/dev/null || { echo "run.sh: grpc_cpp_plugin not found (apt install protobuf-compiler-grpc)" >&2; exit 1; }
exec python3 "$here/bench.py" "$@"
