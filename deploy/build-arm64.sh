#!/usr/bin/env bash
# Cross-builds the arm64 .deb for 64-bit Raspberry Pi OS on a Debian 12 (bookworm) amd64
# machine, then proves the arm64 binary works by running it under qemu-user.
#
#   ./deploy/build-arm64.sh [BUILD_DIR]      (default build-arm64/; needs root or sudo for apt)
#
# Uses Debian's cross toolchain (crossbuild-essential-arm64) and the arm64 variants of the
# -dev packages in deploy/packages.txt, installed side by side with the native ones
# (multiarch). apt is told never to remove a package: if an arm64 package cannot be
# co-installed with its amd64 twin, the script stops instead of breaking the native build.
# Not part of ./deploy/test.sh: the first run downloads and builds for a long time.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-"$root/build-arm64"}
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
say() { echo "build-arm64: $*" >&2; }

# Libraries get the :arm64 suffix; tools and data stay native (they run on this machine).
native_only='^(build-essential|cmake|pkg-config|fonts-.*|espeak-ng-data|googletest|dpkg-dev|file|systemd)$'
arm64_packages=()
for pkg in $(grep -v '^\s*#' "$root/deploy/packages.txt" | awk 'NF {print $1}'); do
    if [[ ! $pkg =~ $native_only ]]; then arm64_packages+=("$pkg:arm64"); fi
done

installed() {
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed" && return 0
    # Header-only packages are "Architecture: all": one install serves both architectures.
    local plain=${1%:arm64}
    [ "$(dpkg-query -W -f='${Status} ${Architecture}' "$plain" 2>/dev/null)" = "install ok installed all" ]
}
missing=()
for pkg in crossbuild-essential-arm64 qemu-user file dpkg-dev "${arm64_packages[@]}"; do
    installed "$pkg" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
    if ! dpkg --print-foreign-architectures | grep -qx arm64; then
        say "enabling the arm64 architecture for multiarch packages"
        $sudo dpkg --add-architecture arm64
    fi
    say "installing: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq --no-install-recommends --no-remove "${missing[@]}"
fi

say "configuring $build"
cmake -S "$root" -B "$build" -DCMAKE_TOOLCHAIN_FILE="$root/cmake/aarch64-linux-gnu.cmake" \
    -DCMAKE_BUILD_TYPE=Release >/dev/null
say "building the arm64 binary"
cmake --build "$build" --target mirrorcoach -j "$(nproc)"
bin="$build/app/mirrorcoach"
file "$bin" | grep -q 'ARM aarch64' || { say "$bin is not an arm64 executable"; exit 1; }

say "packaging"
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls "$build"/mirrorcoach_*_arm64.deb)
dpkg-deb -f "$deb" Package Version Architecture Depends

# Run the packaged arm64 binary, with the packaged content, under qemu-user.
check=$(mktemp -d)
trap 'rm -rf "$check"' EXIT
dpkg-deb -x "$deb" "$check/root"
arm_bin="$check/root/usr/bin/mirrorcoach"
pack="$check/root/usr/share/mirrorcoach/pack"
say "qemu: mirrorcoach --version"
qemu-aarch64 "$arm_bin" --version
say "qemu: mirrorcoach validate"
qemu-aarch64 "$arm_bin" validate "$pack"
say "qemu: mirrorcoach config check"
qemu-aarch64 "$arm_bin" config check "$check/root/etc/mirrorcoach/config.toml"
routine=$(qemu-aarch64 "$arm_bin" list --content "$pack" --ids | awk 'NR == 1 {print $1}')
say "qemu: headless screenshot of routine '$routine'"
SDL_VIDEODRIVER=dummy qemu-aarch64 "$arm_bin" screenshot --content "$pack" --routine "$routine" \
    --out "$build/arm64-screenshot.png"
file "$build/arm64-screenshot.png" | grep -q 'PNG image' || { say "no PNG was written"; exit 1; }
say "ok: $deb"
say "    screenshot rendered by the arm64 binary: $build/arm64-screenshot.png"
