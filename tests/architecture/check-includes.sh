#!/usr/bin/env bash
# The layering rules, checked on the include lines (ctest: architecture.includes):
#  1. no app module but cli (the shell that wires adapters into ports) includes platform/;
#  2. no app module but cli includes a header that reaches the OS or a device
#     (SDL, POSIX, files, threads, network, databases, systemd, GPIO, speech);
#  3. the module graph in the README's Development section is the one the includes make.
set -uo pipefail
root=${1:-$(cd "$(dirname "$0")/../.." && pwd)}
cd "$root" || exit 2
failed=0
fail() { echo "check-includes: $*" >&2; failed=1; }

pure_sources=$(find app -path app/cli -prune -o -type f \( -name '*.h' -o -name '*.cpp' \) -print)
while IFS= read -r hit; do
  [ -n "$hit" ] && fail "$hit: app modules reach the OS through ports; only app/cli may include platform/"
done <<<"$(grep -n '^#include "platform/' $pure_sources)"
os_headers='^#include <(SDL|SDL2/|unistd\.h|fcntl\.h|sys/|fstream|thread|mutex|condition_variable|curl/|sqlite3\.h|systemd/|gpiod\.h|espeak|alsa/|httplib\.h)'
while IFS= read -r hit; do
  [ -n "$hit" ] && fail "$hit: an OS or device header in an app module (move the code to platform/ behind a port)"
done <<<"$(grep -nE "$os_headers" $pure_sources)"

readme_graph=$(sed -n '/<!-- module-graph:begin -->/,/<!-- module-graph:end -->/p' README.md | grep -- ' -> ')
actual_graph=$("$root/tests/architecture/module-graph.sh" "$root")
if [ "$readme_graph" != "$actual_graph" ]; then
  fail "the README's module graph differs from the includes (tests/architecture/module-graph.sh --write-readme rewrites it):"
  diff <(echo "$readme_graph") <(echo "$actual_graph") >&2
fi
[ $failed -eq 0 ] && echo "check-includes: app modules are free of the OS, and the README's module graph matches the includes"
exit $failed
