#!/usr/bin/env bash
# The one CI step every integration runs (the GitHub action, the GitLab job):
# bring the index up to date, then check, hiding what the baseline lists,
# and write the report. Exit 0 clean, 1 new findings, 2 usage/input error.
#
#   decouple-ci.sh <build-dir> [format=sarif] [output=decouple.sarif] [baseline]
#
# The baseline defaults to .decouple-baseline.json when it exists (make it
# with `decouple baseline -p <build-dir>`). $DECOUPLE names the binary.
set -uo pipefail
build=${1:?usage: decouple-ci.sh <build-dir> [format] [output] [baseline]}
format=${2:-sarif}
out=${3:-decouple.sarif}
baseline=${4:-.decouple-baseline.json}
decouple=${DECOUPLE:-decouple}

# Index first, so a cache restore of <build-dir>/.decouple is used; 1 means
# some TUs failed, which check reports again: go on.
"$decouple" index -p "$build" --progress lines
rc=$?
if [ "$rc" -gt 1 ]; then exit "$rc"; fi

args=(check -p "$build" --progress none --format "$format" -o "$out")
if [ -f "$baseline" ]; then args+=(--baseline "$baseline"); fi
"$decouple" "${args[@]}"
