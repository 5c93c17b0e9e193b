#!/usr/bin/env bash
# Installs the missing packages of deploy/packages.txt, then configures and builds.
# Usage: deploy/setup.sh [BUILD_DIR] [extra cmake args...]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-"$root/build"}
shift || true

"$root/deploy/install-packages.sh"

cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE="${MIRRORCOACH_BUILD_TYPE:-RelWithDebInfo}" "$@" >/dev/null
cmake --build "$build" -j "$(nproc)"
