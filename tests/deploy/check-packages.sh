#!/usr/bin/env bash
# ctest: the package sets of deploy/packages.txt can be installed, so a change to the list
# cannot silently break ./deploy/run.sh, test.sh, fuzz.sh, bench.sh or build-arm64.sh.
#   check-packages.sh native   the list is well formed, every package is in apt's cache, and
#                              the native purposes (all but cross) install together here
#                              (apt-get -s; the cross tools are checked by the arm64 set);
#                              skipped (77) after the form check when apt has no lists
#   check-packages.sh arm64    the cross build's set (the `lib` packages as :arm64 beside the
#                              native tools) installs without removing anything (apt-get -s);
#                              skipped (77) where the arm64 architecture is not enabled
# apt-get -s only simulates: no root needed, nothing changes. As root apt would still take
# its lock for a simulation (and fail beside a running apt): Debug::NoLocking turns that off.
set -euo pipefail
install="$(cd "$(dirname "$0")/../.." && pwd)/deploy/install-packages.sh"
mode=${1:?usage: check-packages.sh native|arm64}

# apt-get -s with --no-remove: a set that would need a removal (a conflict) fails.
resolves() {
  local out
  if ! out=$(apt-get install -s -q -o Debug::NoLocking=1 --no-install-recommends --no-remove "$@" 2>&1); then
    echo "$out"
    echo "FAIL: apt cannot install these together: $*"
    exit 1
  fi
  echo "ok: $(grep -c "^Inst " <<<"$out" || true) packages to install or upgrade, none to remove"
}
has_lists() { compgen -G "/var/lib/apt/lists/*_binary-$1_Packages*" >/dev/null; }

case "$mode" in
  native)
    all=$("$install" --print build test fuzz bench package cross)  # also checks every line's form
    echo "deploy/packages.txt: $(wc -w <<<"$all") packages, well formed"
    if ! has_lists "$(dpkg --print-architecture)"; then
      echo "SKIP: the list is well formed, but apt's package lists are empty (no apt-get update yet)"
      exit 77
    fi
    # One call (apt loads its cache once); it skips, silently, the names it does not know.
    known=$(apt-cache show --no-all-versions $all 2>/dev/null | sed -n 's/^Package: //p')
    unknown=$(comm -23 <(tr ' ' '\n' <<<"$all" | sort -u) <(sort -u <<<"$known"))
    [ -z "$unknown" ] || { echo "FAIL: deploy/packages.txt names packages apt does not know:" $unknown; exit 1; }
    echo "every package is in apt's cache"
    resolves $("$install" --print build test fuzz bench package)
    ;;
  arm64)
    if ! dpkg --print-foreign-architectures | grep -qx arm64; then
      echo "SKIP: the arm64 architecture is not enabled (./deploy/build-arm64.sh enables it," \
           "or: sudo dpkg --add-architecture arm64 && sudo apt-get update)"
      exit 77
    fi
    if ! has_lists arm64; then
      echo "SKIP: arm64 is enabled but apt has no arm64 package lists (sudo apt-get update)"
      exit 77
    fi
    set=$("$install" --arch arm64 --print build package cross)
    echo "the cross build's packages: $(tr '\n' ' ' <<<"$set")"
    resolves $set
    ;;
  *) echo "check-packages.sh: unknown mode '$mode' (native or arm64)"; exit 2 ;;
esac
