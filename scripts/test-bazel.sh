#!/usr/bin/env bash
# The Bazel integration test (integrations/bazel, docs/scale.md), with
# Debian's bazel-bootstrap (Bazel 4.2.3), offline. It builds the HTTP
# services of test/bazel/workspace with the decouple aspect and asserts:
#   1. the findings of the decouple_report rule and of 'decouple merge' over
#      the aspect's shards equal 'decouple check' over a compile database
#      of the same sources;
#   2. after 'bazel clean', a build with --disk_cache runs no extraction
#      action: every shard comes from the cache (Bazel's execution log);
#   3. editing one .cc re-runs exactly one extraction action.
# Prints the figures docs/scale.md quotes. Everything lives in
# build/test-bazel; --batch leaves no Bazel server behind.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
bash scripts/setup-bazel.sh
decouple=$root/build/bin/decouple
[ -x "$decouple" ] || { echo "test-bazel: build decouple first ($decouple)"; exit 1; }
work=$root/build/test-bazel
# Start cold: drop the previous run's output base (its action cache would
# make the first build a no-op) but keep Bazel's unpacked install.
if [ -d "$work/root" ]; then
  find "$work/root" -mindepth 1 -maxdepth 1 ! -name install ! -name cache -exec chmod -R u+w {} + -exec rm -rf {} +
fi
rm -rf "$work/ws" "$work/tool" "$work/disk-cache" "$work"/*.json "$work"/*.txt
mkdir -p "$work"

# @decouple_tool: an installed layout (bin/, share/decouple/rules/).
mkdir -p "$work/tool/bin" "$work/tool/share/decouple/rules"
cp "$decouple" "$work/tool/bin/decouple"
cp "$root"/rules/builtin/*.json "$work/tool/share/decouple/rules/"
: > "$work/tool/WORKSPACE"
cp "$root/integrations/bazel/tool.BUILD" "$work/tool/BUILD"
cp -r "$root/test/bazel/workspace" "$work/ws"
ws=$work/ws

bazel_() { # <log-name> <bazel build args...>
  local log=$1; shift
  (cd "$ws" && bazel --batch --output_user_root="$work/root" build \
    --override_repository=rules_cc="$root/test/bazel/rules_cc" \
    --override_repository=rules_java="$root/test/bazel/rules_java" \
    --override_repository=remote_coverage_tools="$root/test/bazel/remote_coverage_tools" \
    --override_repository=decouple="$root/integrations/bazel" \
    --override_repository=decouple_tool="$work/tool" \
    --disk_cache="$work/disk-cache" \
    --execution_log_json_file="$work/$log.json" \
    --noshow_progress "$@") > "$work/$log.txt" 2>&1 ||
    { cat "$work/$log.txt"; echo "test-bazel: bazel build failed ($log)"; exit 1; }
}
aspect=(--aspects=@decouple//:decouple.bzl%decouple_aspect --output_groups=decouple_shards)
# Extraction spawns in an execution log: "<run> <cached>" (cached = a
# disk/remote cache hit).
spawns() {
  python3 - "$work/$1.json" <<'PY'
import json, sys
text = open(sys.argv[1]).read()
dec = json.JSONDecoder()
i, run, hit = 0, 0, 0
while i < len(text):
    while i < len(text) and text[i].isspace():
        i += 1
    if i >= len(text):
        break
    obj, i = dec.raw_decode(text, i)
    if obj.get("mnemonic") != "DecoupleExtract":
        continue
    if obj.get("remoteCacheHit"):
        hit += 1
    else:
        run += 1
print(run, hit)
PY
}
fail() { echo "test-bazel: FAIL: $*"; exit 1; }
now() { date +%s.%N; }
secs() { python3 -c "print(f'{$2 - $1:.1f}')"; }
tus=6

t0=$(now); bazel_ cold "${aspect[@]}" //...; t1=$(now)
read -r run hit < <(spawns cold)
echo "test-bazel: cold build: $run extraction action(s) run, $hit cached ($(secs "$t0" "$t1") s)"
[ "$run" -eq "$tus" ] || fail "expected $tus extraction actions, got $run"

# 1. Findings: the report rule, merge over bazel-bin, and check agree.
bazel_ report //:coupling
python3 "$root/test/make_cdb.py" "$ws/cdb" "-I$ws" -- \
  $(cd "$ws" && find . -name '*.cc' | sort | sed "s|^\./|$ws/|")
(cd "$ws" && "$decouple" check -p cdb --progress none > "$work/check.out" 2>/dev/null) || [ $? -eq 1 ]
(cd "$ws" && "$decouple" merge bazel-bin/ > "$work/merge.out" 2>/dev/null) || [ $? -eq 1 ]
sed "s|$ws/||g" "$work/check.out" > "$work/check.rel"
sed "s|$ws/||g" "$work/merge.out" > "$work/merge.rel"
sed -E 's|^[^ :]*/execroot/__main__/||' "$ws/bazel-bin/coupling.text" > "$work/report.rel"
grep -q 'coupling-sync-call-in-request-path' "$work/check.rel" || fail "check found nothing"
diff "$work/check.rel" "$work/merge.rel" || fail "merge over bazel-bin differs from check"
diff "$work/check.rel" "$work/report.rel" || fail "decouple_report differs from check"
echo "test-bazel: findings: $(grep -c ': warning: ' "$work/check.rel") warning(s), identical in check, merge and decouple_report"

# 2. A clean build with the disk cache runs no extraction.
(cd "$ws" && bazel --batch --output_user_root="$work/root" clean) > /dev/null 2>&1
t0=$(now); bazel_ warm "${aspect[@]}" //...; t1=$(now)
read -r run hit < <(spawns warm)
echo "test-bazel: clean rebuild with --disk_cache: $run run, $hit cache hit(s) ($(secs "$t0" "$t1") s); $(grep -o '[0-9]* processes:.*' "$work/warm.txt" | head -1)"
[ "$run" -eq 0 ] || fail "a clean build with the disk cache ran $run extraction action(s)"
[ "$hit" -eq "$tus" ] || fail "expected $tus cache hits, got $hit"

# 3. Editing one .cc re-runs exactly its extraction.
echo '// edited' >> "$ws/pricing/pricing.cc"
t0=$(now); bazel_ edit "${aspect[@]}" //...; t1=$(now)
read -r run hit < <(spawns edit)
echo "test-bazel: one .cc edited: $run extraction action(s) run ($(secs "$t0" "$t1") s)"
[ "$run" -eq 1 ] || fail "editing one .cc re-ran $run extraction actions"
echo "test-bazel: PASS"
