#!/usr/bin/env bash
# Installs what scripts/test-reliability.sh needs on Debian 12: Clang 22's
# compiler-rt (the ASan, UBSan and libFuzzer runtimes). Idempotent.
set -euo pipefail
exec bash "$(dirname "$0")/setup.sh" libclang-rt-22-dev
