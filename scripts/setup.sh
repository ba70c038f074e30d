#!/usr/bin/env bash
# Installs everything decouple needs to build, test and analyse its examples
# on Debian 12. Idempotent: packages already present are left alone.
set -euo pipefail
# The HTML map page: node/npm, its pinned graph library, chromium.
bash "$(dirname "$0")/setup-map-page.sh"
bash "$(dirname "$0")/setup-map.sh" # graphviz for decouple map --format svg

packages=(
  # Toolchain: LLVM/Clang 22 and the build tools.
  clang-22 libclang-22-dev llvm-22-dev libclang-cpp22-dev llvm-22-tools
  clang-tidy-22 clangd-22 clang-format-22 g++ cmake ninja-build python3
  python3-jsonschema nlohmann-json3-dev libgtest-dev
  # Debian's Clang CMake targets reference gRPC and protobuf.
  libgrpc++-dev libprotobuf-dev protobuf-compiler protobuf-compiler-grpc
  # Framework headers that the rule packs are tested against.
  libthrift-dev thrift-compiler libcpp-httplib-dev libcurl4-openssl-dev
  libcpprest-dev libboost-dev libboost-system-dev libpoco-dev librdkafka-dev
  libnats-dev libzmq3-dev cppzmq-dev libpaho-mqtt-dev libpaho-mqttpp-dev
  libhiredis-dev libmongoc-dev libpqxx-dev libsqlite3-dev libcapnp-dev
  libmysqlcppconn-dev libmemcached-dev
  capnproto libssl-dev
)
# With arguments, installs just those (scripts/setup-<topic>.sh use this).
[ $# -eq 0 ] || packages=("$@")

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' \
    || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#packages[@]} packages present"
  exit 0
fi

sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
echo "setup: installing ${#missing[@]} packages: ${missing[*]}"
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
