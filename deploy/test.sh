#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test.
#   ./deploy/test.sh             normal build in build/
#   ./deploy/test.sh --sanitize  ASan+UBSan build in build-sanitize/
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/build"
extra=()
if [ "${1:-}" = "--sanitize" ]; then
  build="$root/build-sanitize"
  extra=(-DMC_SANITIZE=ON)
fi
"$root/deploy/setup.sh" "$build" "${extra[@]}"
cd "$build"
ctest --output-on-failure -j "$(nproc)"
