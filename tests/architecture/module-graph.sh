#!/usr/bin/env bash
# Prints the module graph as the include lines make it: one line per module,
# "module -> the modules whose headers it includes". app modules are named by their
# folder (core, loop), platform modules as platform/<folder>. tests/architecture
# compares this with the README's Development section.
#   tests/architecture/module-graph.sh [ROOT]            prints the graph
#   tests/architecture/module-graph.sh --write-readme    puts it into README.md
set -euo pipefail
if [ "${1:-}" = "--write-readme" ]; then
  here=$(cd "$(dirname "$0")" && pwd)
  readme="$here/../../README.md"
  graph=$("$here/module-graph.sh")
  awk -v graph="$graph" '
    /<!-- module-graph:end -->/ { print "```text"; print graph; print "```"; skip = 0 }
    !skip { print }
    /<!-- module-graph:begin -->/ { skip = 1 }' "$readme" >"$readme.new"
  mv "$readme.new" "$readme"
  exit 0
fi
root=${1:-$(cd "$(dirname "$0")/../.." && pwd)}
cd "$root"
for dir in app/*/ platform/*/; do
  dir=${dir%/}
  name=${dir#app/}
  deps=$(grep -rhoE '^#include "[a-z]+/[a-z]+/|^#include "[a-z]+/' "$dir" --include='*.h' --include='*.cpp' |
    sed -E 's/^#include "//; s#/$##' |
    awk '/^platform\// { print; next } { sub(/\/.*/, ""); print }' |
    { grep -vx -e "$name" || true; } | sort -u | paste -sd' ' -)
  echo "$name -> ${deps:-(nothing)}"
done
