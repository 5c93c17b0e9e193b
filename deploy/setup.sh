#!/usr/bin/env bash
# Installs what is missing (deploy/install-packages.sh), then configures and builds.
#   deploy/setup.sh run BUILD_DIR [extra cmake args...]    the `build` packages; only the
#       program, without tests (-DMC_TESTS=OFF): what ./deploy/run.sh needs, on a Pi too
#   deploy/setup.sh test BUILD_DIR [extra cmake args...]   the `build` and `test` packages;
#       everything, with the tests: what ./deploy/test.sh needs
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
mode=${1:-}
build=${2:?usage: deploy/setup.sh run|test BUILD_DIR [extra cmake args...]}
shift 2

case "$mode" in
  run)  purposes=(build);      tests=OFF; targets=(--target mirrorcoach) ;;
  test) purposes=(build test); tests=ON;  targets=() ;;
  *) echo "setup: unknown mode '$mode' (run or test)" >&2; exit 2 ;;
esac
"$root/deploy/install-packages.sh" "${purposes[@]}"

cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE="${MIRRORCOACH_BUILD_TYPE:-RelWithDebInfo}" -DMC_TESTS=$tests "$@" >/dev/null
cmake --build "$build" -j "$(nproc)" "${targets[@]}"
