#!/usr/bin/env bash
# Cross-builds the arm64 .deb for 64-bit Raspberry Pi OS on a Debian 12 (bookworm) amd64
# machine, then proves the arm64 binary works by running it under qemu-user.
#
#   ./deploy/build-arm64.sh [BUILD_DIR]      (default build-arm64/; needs root or sudo for apt)
#
# Installs (deploy/install-packages.sh --arch arm64 build package cross) the native tools
# and data of the `build` packages of deploy/packages.txt, the `package` and `cross` tools
# (dpkg-dev, Debian's aarch64 compiler, qemu-user), and the arm64 variants of only the `lib` packages the
# program links, side by side with the native ones (multiarch; the arm64 architecture is
# enabled if it is not). Nothing for tests, fuzzing or benchmarks: the build has
# -DMC_TESTS=OFF. apt never removes a package: if an arm64 library cannot be co-installed
# with its amd64 twin, the script stops instead of breaking the native build.
# Not part of ./deploy/test.sh (ctest only checks that the arm64 package set resolves):
# the first run downloads and builds for a long time.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-"$root/build-arm64"}
say() { echo "build-arm64: $*" >&2; }

"$root/deploy/install-packages.sh" --arch arm64 build package cross

say "configuring $build"
cmake -S "$root" -B "$build" -DCMAKE_TOOLCHAIN_FILE="$root/cmake/aarch64-linux-gnu.cmake" \
    -DCMAKE_BUILD_TYPE=Release -DMC_TESTS=OFF >/dev/null
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
