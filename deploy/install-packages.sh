#!/usr/bin/env bash
# Installs whatever is missing of the packages deploy/packages.txt lists for the given
# purposes (apt-get; sudo when not root). The list is read here and nowhere else.
#
#   deploy/install-packages.sh PURPOSE...                  e.g. build test
#   deploy/install-packages.sh --arch arm64 PURPOSE...     the `lib` packages as :arm64
#   deploy/install-packages.sh [--arch arm64] --print PURPOSE...   only print the names
#
# PURPOSE: build, test, fuzz, bench, package, cross (see deploy/packages.txt). setup.sh
# (so run.sh and test.sh), fuzz.sh, bench.sh and build-arm64.sh call it; tests/deploy
# checks that its package sets resolve. apt never removes a package here (--no-remove):
# a set that cannot be installed beside what is there stops with apt's message instead.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
list="$root/deploy/packages.txt"
say() { echo "install-packages: $*" >&2; }

arch=""
print=0
purposes=()
while [ $# -gt 0 ]; do
  case "$1" in
    --arch) arch=${2:?--arch needs an architecture}; shift 2 ;;
    --print) print=1; shift ;;
    build|test|fuzz|bench|package|cross) purposes+=("$1"); shift ;;
    *) say "unknown argument '$1' (purposes: build test fuzz bench package cross)"; exit 2 ;;
  esac
done
[ ${#purposes[@]} -gt 0 ] || { say "which purposes? e.g. $0 build test"; exit 2; }

# The packages of the wanted purposes, with :ARCH on the `lib` ones when cross-building.
wanted=$(awk -v purposes="${purposes[*]}" -v arch="$arch" '
  BEGIN { n = split(purposes, p, " "); for (i = 1; i <= n; i++) want[p[i]] = 1 }
  /^[[:space:]]*(#|$)/ { next }
  NF != 3 || $2 !~ /^(build|test|fuzz|bench|package|cross)(,(build|test|fuzz|bench|package|cross))*$/ || $3 !~ /^(tool|lib|data)$/ {
    print "deploy/packages.txt:" NR ": expected: package purpose[,purpose] tool|lib|data: " $0 > "/dev/stderr"; bad = 1; next
  }
  {
    n = split($2, of, ",")
    for (i = 1; i <= n; i++) if (of[i] in want) { print ($3 == "lib" && arch != "") ? $1 ":" arch : $1; next }
  }
  END { exit bad }' "$list")

if [ "$print" -eq 1 ]; then
  echo "$wanted"
  exit 0
fi

installed() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed" && return 0
  # A header-only package is "Architecture: all": its one install serves every architecture.
  [ "$1" != "${1%:*}" ] &&
    [ "$(dpkg-query -W -f='${Status} ${Architecture}' "${1%:*}" 2>/dev/null)" = "install ok installed all" ]
}
missing=()
for pkg in $wanted; do
  installed "$pkg" || missing+=("$pkg")
done
[ ${#missing[@]} -gt 0 ] || exit 0

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
if [ -n "$arch" ] && [ "$arch" != "$(dpkg --print-architecture)" ] &&
   ! dpkg --print-foreign-architectures | grep -qx "$arch"; then
  say "enabling the $arch architecture (multiarch: its libraries install beside the native ones)"
  $sudo dpkg --add-architecture "$arch"
fi
say "installing missing packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq && $sudo apt-get install -y -qq --no-install-recommends --no-remove "${missing[@]}" || {
  say "could not install the packages; run: sudo apt-get install --no-remove ${missing[*]}"
  exit 1
}
