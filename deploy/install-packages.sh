#!/usr/bin/env bash
# Installs whatever of deploy/packages.txt is missing (apt-get; sudo when not root).
# setup.sh (and so run.sh and test.sh) and fuzz.sh call it: the list is read in one place.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)

wanted=$(grep -v '^\s*#' "$root/deploy/packages.txt" | awk 'NF {print $1}')
missing=()
for pkg in $wanted; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -gt 0 ] || exit 0

echo "setup: installing missing packages: ${missing[*]}" >&2
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq && $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" || {
  echo "setup: could not install the packages; run: sudo apt-get install ${missing[*]}" >&2
  exit 1
}
