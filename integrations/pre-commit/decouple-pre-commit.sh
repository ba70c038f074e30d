#!/usr/bin/env bash
# Reports findings in the given files (pre-commit passes the staged ones;
# run as a plain .git/hooks/pre-commit it asks git). The analysis stays
# whole-program; the baseline, when there is one, hides accepted findings.
#   DECOUPLE            the binary (default: decouple)
#   DECOUPLE_BUILD_DIR  the directory with compile_commands.json (default: build)
#   DECOUPLE_BASELINE   the baseline (default: .decouple-baseline.json)
set -uo pipefail
decouple=${DECOUPLE:-decouple}
build=${DECOUPLE_BUILD_DIR:-build}
baseline=${DECOUPLE_BASELINE:-.decouple-baseline.json}
files=("$@")
if [ ${#files[@]} -eq 0 ]; then
  while IFS= read -r f; do files+=("$f"); done < <(
    git diff --cached --name-only --diff-filter=ACMR -- '*.cpp' '*.cc' '*.cxx' '*.h' '*.hpp')
fi
if [ ${#files[@]} -eq 0 ]; then exit 0; fi
args=(check -p "$build" --progress none)
if [ -f "$baseline" ]; then args+=(--baseline "$baseline"); fi
"$decouple" "${args[@]}" "${files[@]}"
