#!/usr/bin/env bash
# Installs what the Bazel integration test needs: Debian's bazel-bootstrap
# (Bazel 4.2.3) and cpp-httplib (the test workspace's services include it as
# a system header). Called by scripts/test-bazel.sh only, so a plain
# scripts/setup.sh does not pull Bazel in. Idempotent: checks dpkg first.
set -euo pipefail
need=()
for p in bazel-bootstrap libcpp-httplib-dev; do
  dpkg -s "$p" >/dev/null 2>&1 || need+=("$p")
done
[ ${#need[@]} -eq 0 ] && exit 0
sudo_=""
[ "$(id -u)" -ne 0 ] && sudo_="sudo"
$sudo_ apt-get install -y --no-install-recommends "${need[@]}" ||
  { $sudo_ apt-get update && $sudo_ apt-get install -y --no-install-recommends "${need[@]}"; }
