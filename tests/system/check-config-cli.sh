#!/usr/bin/env bash
# ctest: `mirrorcoach config check FILE` exits 0 for the shipped example and 1 for a
# broken file, naming the line and key of each problem.
# Usage: check-config-cli.sh MIRRORCOACH_BINARY EXAMPLE_CONFIG
set -uo pipefail
binary=$1
example=$2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

"$binary" config check "$example" || { echo "FAIL: the example config does not pass its own check"; exit 1; }

printf '[display]\nrotation = 45\n[sound]\nvolum = 10\n' > "$dir/bad.toml"
"$binary" config check "$dir/bad.toml" 2> "$dir/err"
status=$?
cat "$dir/err"
[ "$status" -eq 1 ] || { echo "FAIL: exit status $status for a bad file, expected 1"; exit 1; }
grep -q "bad.toml:2: display.rotation: expected 0, 90, 180 or 270" "$dir/err" || { echo "FAIL: rotation problem"; exit 1; }
grep -q "bad.toml:4: sound.volum: unknown key; did you mean sound.volume?" "$dir/err" || { echo "FAIL: typo problem"; exit 1; }

"$binary" config check "$dir/missing.toml" 2>/dev/null
[ $? -eq 1 ] || { echo "FAIL: a missing file must exit 1"; exit 1; }

"$binary" config print-default > "$dir/default.toml" || { echo "FAIL: print-default"; exit 1; }
"$binary" config check "$dir/default.toml" || { echo "FAIL: print-default output does not check"; exit 1; }
echo "ok"
