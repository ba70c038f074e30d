#!/usr/bin/env bash
# CI's reliability step (called from scripts/test.sh), from one build:
# build-asan/, ASan+UBSan with libFuzzer coverage (cmake/Reliability.cmake).
#  (a) the whole lit suite against its libraries, unit tests, CLI, plugin
#      and decouple-clangd;
#  (b) each libFuzzer target (fuzz/) for FUZZ_SECONDS (default 30) from its
#      seed corpus in fuzz/corpus/<target>/.
# Prints and records (build-asan/reliability-times.txt) each step's wall
# time. RELIABILITY=skip skips it all (local runs); ASAN=skip or FUZZ=skip
# skip one part. Crashing inputs are kept in build-asan/fuzz/artifacts/.
set -euo pipefail
cd "$(dirname "$0")/.."
[ "${RELIABILITY:-}" = skip ] && { echo "reliability: skipped"; exit 0; }
bash scripts/setup-reliability.sh
jobs=${JOBS:-$(nproc)}
fuzz_seconds=${FUZZ_SECONDS:-30}
python=()
[ -x /usr/bin/python3 ] && python=(-DPython3_EXECUTABLE=/usr/bin/python3)
mkdir -p build-asan
times=build-asan/reliability-times.txt
: > "$times"
step() { # name, then the command
  local name=$1 start=$(date +%s)
  shift
  "$@"
  local took=$(( $(date +%s) - start ))
  echo "reliability: $name took $took s" | tee -a "$times"
}
status=0
configure() {
  [ -f build-asan/build.ninja ] || cmake -S . -B build-asan -G Ninja \
    -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_COMPILER=clang++-22 \
    -DBUILD_TESTING=ON -DDECOUPLE_SANITIZE=address,undefined \
    -DDECOUPLE_FUZZ=ON "${python[@]}"
}
step "configure" configure
step "build" cmake --build build-asan -j"$jobs"
if [ "${ASAN:-}" != skip ]; then
  lit_asan() { /usr/lib/llvm-22/bin/lit -s build-asan/test || status=1; }
  step "asan lit suite" lit_asan
fi
if [ "${FUZZ:-}" != skip ]; then
  out=build-asan/fuzz
  mkdir -p "$out/artifacts"
  for t in $(ls fuzz/corpus); do
    fuzz_one() {
      # New inputs go to a scratch corpus; the repo's seeds stay as they are.
      rm -rf "$out/corpus/$t" && mkdir -p "$out/corpus/$t"
      build-asan/bin/run-fuzzer "build-asan/bin/$t" \
        -max_total_time="$fuzz_seconds" -timeout=10 \
        -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$out/artifacts/$t-" \
        "$out/corpus/$t" "fuzz/corpus/$t" > "$out/$t.log" 2>&1 \
        || { echo "reliability: $t FOUND A CRASH ($out/$t.log):"; tail -30 "$out/$t.log"; status=1; }
      grep -h '^stat::number_of_executed_units' "$out/$t.log" | sed "s/^/reliability: $t /" || true
    }
    step "fuzz $t (${fuzz_seconds} s)" fuzz_one
  done
fi
echo "reliability: total $(awk '{s += $(NF-1)} END {print s}' "$times") s"
exit "$status"
