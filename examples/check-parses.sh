#!/usr/bin/env bash
# Parses every translation unit of the example's compile database with
# clang++-22 -fsyntax-only. Usage: check-parses.sh [build-dir]
# Configures and generates the gRPC headers first if the build dir is missing.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
build="${1:-$here/build}"
clangxx="${CLANGXX:-clang++-22}"

if [ ! -f "$build/compile_commands.json" ]; then
  cmake -S "$here" -B "$build" -G Ninja >/dev/null
fi
cmake --build "$build" --target example_protos >/dev/null

python3 - "$build/compile_commands.json" "$clangxx" <<'PY'
import json, shlex, subprocess, sys

db_path, clangxx = sys.argv[1], sys.argv[2]
entries = json.load(open(db_path))
failed = 0
for e in entries:
    args = e["arguments"] if "arguments" in e else shlex.split(e["command"])
    # Replace the compiler, drop the output and -c, and only parse.
    cmd = [clangxx]
    skip = False
    for a in args[1:]:
        if skip:
            skip = False
            continue
        if a == "-o":
            skip = True
            continue
        if a == "-c":
            continue
        cmd.append(a)
    cmd.append("-fsyntax-only")
    r = subprocess.run(cmd, cwd=e["directory"], capture_output=True, text=True)
    status = "ok" if r.returncode == 0 else "FAIL"
    print(f"{status:4} {e['file']}")
    if r.returncode != 0:
        failed += 1
        sys.stderr.write(r.stderr)
print(f"parses: {len(entries) - failed} passed, {failed} failed")
sys.exit(1 if failed or not entries else 0)
PY
