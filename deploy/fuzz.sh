#!/usr/bin/env bash
# Fuzzes the parsers that read untrusted input, with libFuzzer + ASan + UBSan (clang):
#   fuzz_content   a content pack (all its JSON files at once) -> parsePack
#   fuzz_config    config.toml text -> parseConfig (and the formatConfig round trip)
#   fuzz_manifest  a server's manifest.json -> openSignedManifest / readTrustedManifest
#   fuzz_remote    one request to the phone remote's handlers (RemoteApi) and a command body
# See docs/fuzzing.md for the input formats and what was found.
#
# Usage: deploy/fuzz.sh [TARGET...]        TARGET: content, config, manifest, remote (default: all)
#   MC_FUZZ_SECONDS=60   how long each target runs (libFuzzer -max_total_time)
#   MC_FUZZ_TIMEOUT=10   seconds one input may take before it counts as a hang
#   MC_FUZZ_BUILD=...    build folder (default: build-fuzz next to this script's repo)
#
# Installs what is missing of the `build`, `test` and `fuzz` packages of deploy/packages.txt
# (clang and libclang-rt-14-dev are the `fuzz` ones), configures the build folder with
# CC=clang CXX=clang++ -DMC_FUZZ=ON, builds only the fuzz targets, writes the seed corpora
# (from assets/pack, tests/fixtures, the config example and tests) into BUILD/fuzz-seeds,
# and runs each target. The growing corpus is kept in BUILD/fuzz-corpus/TARGET between
# runs. Prints one line per target and exits non-zero if any crash, leak, hang or broken
# invariant was found; its input is saved in BUILD/fuzz-artifacts/TARGET/ (replay:
# BUILD/tests/fuzz/fuzz_TARGET FILE; then copy it into tests/fuzz/regressions/TARGET/ with
# the fix).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${MC_FUZZ_BUILD:-"$root/build-fuzz"}
seconds=${MC_FUZZ_SECONDS:-60}
timeout=${MC_FUZZ_TIMEOUT:-10}
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(content config manifest remote)
for t in "${targets[@]}"; do
  case "$t" in content|config|manifest|remote) ;; *) echo "fuzz: unknown target '$t' (content, config, manifest, remote)" >&2; exit 2 ;; esac
done

"$root/deploy/install-packages.sh" build test fuzz
if ! command -v clang++ >/dev/null || ! compgen -G "/usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-*.a" >/dev/null; then
  echo "fuzz: needs clang++ and its libFuzzer runtime: sudo apt-get install clang libclang-rt-14-dev" >&2
  exit 1
fi

CC=clang CXX=clang++ cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMC_FUZZ=ON >/dev/null
cmake --build "$build" -j "$(nproc)" --target fuzz_seeds $(printf 'fuzz_%s ' "${targets[@]}")

seeds="$build/fuzz-seeds"
rm -rf "$seeds"
"$build/tests/fuzz/fuzz_seeds" "$root" "$seeds"

status=0
summary=()
for t in "${targets[@]}"; do
  corpus="$build/fuzz-corpus/$t"
  artifacts="$build/fuzz-artifacts/$t"
  log="$build/fuzz-$t.log"
  # Bounded so one huge regression input (a 300 KB nesting bomb) does not slow every mutation.
  case "$t" in config) max_len=8192 ;; *) max_len=32768 ;; esac
  mkdir -p "$corpus" "$artifacts" "$seeds/$t"  # fuzz_seeds writes none for some targets
  echo "fuzz: running fuzz_$t for ${seconds}s (log: $log)" >&2
  rc=0
  # The first folder collects new inputs; the seeds and committed inputs are read only.
  "$build/tests/fuzz/fuzz_$t" "$corpus" "$seeds/$t" "$root/tests/fuzz/seeds/$t" "$root/tests/fuzz/regressions/$t" \
    -dict="$root/tests/fuzz/dict/$t.dict" -max_total_time="$seconds" -timeout="$timeout" -max_len="$max_len" \
    -rss_limit_mb=2048 -artifact_prefix="$artifacts/" -print_final_stats=1 >"$log" 2>&1 || rc=$?
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
  ft=$(grep -o 'ft: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
  corp=$(grep -o 'corp: [0-9]*/[0-9a-zA-Z]*' "$log" | tail -1 | cut -d' ' -f2)
  found=$(sed -n 's/.*Test unit written to //p' "$log" | tail -1)
  line="fuzz_$t: ${execs:-?} execs (${speed:-?}/s), cov ${cov:-?}, ft ${ft:-?}, corpus ${corp:-?}"
  if [ "$rc" -ne 0 ] || [ -n "$found" ]; then
    kind=$(grep -o -m1 -E 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer): [a-z-]+( signal)?|runtime error|invariant broken' "$log" || true)
    line="$line: FOUND ${kind:-a failure (exit $rc)}, input ${found:-not saved, see $log}"
    status=1
  else
    line="$line: no crash"
  fi
  summary+=("$line")
done

echo
printf '%s\n' "${summary[@]}"
exit $status
