#!/usr/bin/env bash
# Installs what is missing of the `build` and `test` packages (deploy/packages.txt), builds,
# and runs every test. CI runs it on a clean machine: it must install all the tests need.
#   ./deploy/test.sh             normal build in build/, every test (what CI runs)
#   ./deploy/test.sh --sanitize  every test built with ASan+UBSan in build-sanitize/, then
#                                the threaded tests (updater, soak, phone remote, audio
#                                device) with TSan in build-tsan/
# The sanitizer pass takes about 35 minutes on 2 cores, so CI runs the normal pass only.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)

if [ "${1:-}" != "--sanitize" ]; then
  "$root/deploy/setup.sh" test "$root/build"
  cd "$root/build"
  ctest --output-on-failure -j "$(nproc)"
  exit 0
fi

# Any report fails the run: UBSan aborts (-fno-sanitize-recover), ASan/LSan/TSan exit non-zero.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:strict_string_checks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export TSAN_OPTIONS=${TSAN_OPTIONS:-halt_on_error=1:second_deadlock_stack=1}

echo "== ASan + UBSan: every test (build-sanitize)"
"$root/deploy/setup.sh" test "$root/build-sanitize" -DMC_SANITIZE=ON
(cd "$root/build-sanitize" && ctest --output-on-failure -j "$(nproc)")

echo "== TSan: the tests with threads: updater, soak, phone remote, audio device (build-tsan)"
cmake -S "$root" -B "$root/build-tsan" -DMC_TSAN=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$root/build-tsan" --target test_update test_soak test_remote test_sound -j "$(nproc)"
"$root/build-tsan/tests/test_update"
"$root/build-tsan/tests/test_soak"
"$root/build-tsan/tests/test_remote"
"$root/build-tsan/tests/test_sound"
