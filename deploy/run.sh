#!/usr/bin/env bash
# Installs what is missing of the `build` packages (deploy/packages.txt), builds the program
# (not the tests), and starts the mirror with the bundled content.
# Extra arguments go to `mirrorcoach run` (e.g. --windowed 1280x720 --rotate 90).
# With no display to open, it renders preview pictures instead and says where they are.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/build"
"$root/deploy/setup.sh" run "$build" >&2
bin="$build/app/mirrorcoach"

status=0
"$bin" run --content "$root/assets/pack" "$@" || status=$?
if [ "$status" -eq 3 ]; then
  # Exit status 3 means no display could be opened: show what the mirror would show.
  out="$root/build/preview"
  mkdir -p "$out"
  echo "run.sh: no display available; rendering preview pictures instead..." >&2
  while read -r id _; do
    "$bin" screenshot --content "$root/assets/pack" --routine "$id" --contact-sheet \
      --out "$out/$id.png" >&2
  done < <("$bin" list --content "$root/assets/pack" --ids)
  echo "run.sh: preview pictures are in $out/ (open them with any image viewer)." >&2
  exit 0
fi
exit "$status"
