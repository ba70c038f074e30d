#!/usr/bin/env bash
# CI's reliability step (called from scripts/test.sh):
#  (a) an ASan+UBSan build of the libraries, unit tests, CLI, plugin and
#      decouple-clangd in build-asan/, and the whole lit suite run against it;
#  (b) each libFuzzer target (fuzz/) for FUZZ_SECONDS (default 30) from its
#      seed corpus in fuzz/corpus/<target>/, built in build-fuzz/.
# Prints and records (build-asan/reliability-times.txt) each step's wall
# time. RELIABILITY=skip skips it all (local runs); ASAN=skip or FUZZ=skip
# skip one part. Crashing inputs are kept in build-fuzz/artifacts/.
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
if [ "${ASAN:-}" != skip ]; then
  configure_asan() {
    [ -f build-asan/build.ninja ] || cmake -S . -B build-asan -G Ninja \
      -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_COMPILER=clang++-22 \
      -DBUILD_TESTING=ON -DDECOUPLE_SANITIZE=address,undefined "${python[@]}"
  }
  step "asan configure" configure_asan
  step "asan build" cmake --build build-asan -j"$jobs"
  lit_asan() { /usr/lib/llvm-22/bin/lit -s build-asan/test || status=1; }
  step "asan lit suite" lit_asan
fi
if [ "${FUZZ:-}" != skip ]; then
  configure_fuzz() {
    [ -f build-fuzz/build.ninja ] || cmake -S . -B build-fuzz -G Ninja \
      -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_COMPILER=clang++-22 \
      -DBUILD_TESTING=OFF -DDECOUPLE_FUZZ=ON "${python[@]}"
  }
  step "fuzz configure" configure_fuzz
  targets=$(ls fuzz/corpus)
  # shellcheck disable=SC2086
  step "fuzz build" cmake --build build-fuzz -j"$jobs" --target $targets
  mkdir -p build-fuzz/artifacts
  for t in $targets; do
    fuzz_one() {
      # New inputs go to a scratch corpus; the repo's seeds stay as they are.
      rm -rf "build-fuzz/corpus/$t" && mkdir -p "build-fuzz/corpus/$t"
      "build-fuzz/bin/$t" -max_total_time="$fuzz_seconds" -timeout=10 \
        -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="build-fuzz/artifacts/$t-" \
        "build-fuzz/corpus/$t" "fuzz/corpus/$t" > "build-fuzz/$t.log" 2>&1 \
        || { echo "reliability: $t FOUND A CRASH (build-fuzz/$t.log):"; tail -30 "build-fuzz/$t.log"; status=1; }
      grep -h '^stat::number_of_executed_units' "build-fuzz/$t.log" | sed "s/^/reliability: $t /" || true
    }
    step "fuzz $t (${fuzz_seconds} s)" fuzz_one
  done
fi
echo "reliability: total $(awk '{s += $(NF-1)} END {print s}' "$times") s"
exit "$status"
