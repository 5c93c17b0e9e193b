#!/usr/bin/env bash
# ctest: `cpack -G DEB` builds the package and it holds what an installation needs.
# Usage: check-deb.sh CPACK BUILD_DIR
set -euo pipefail
cpack=$1
build=$2
for tool in dpkg-deb dpkg-shlibdeps; do
    if ! command -v "$tool" >/dev/null; then
        echo "SKIP: $tool is not installed (Debian packages 'dpkg' and 'dpkg-dev')"
        exit 77
    fi
done
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$out" > "$out/cpack.log" 2>&1 || {
    cat "$out/cpack.log"
    echo "FAIL: cpack -G DEB"
    exit 1
}
deb=$(ls "$out"/mirrorcoach_*.deb)
echo "built $(basename "$deb") ($(du -h "$deb" | cut -f1))"

fail() { echo "FAIL: $*"; exit 1; }
dpkg-deb -c "$deb" | awk '{print $6}' > "$out/files"
for path in ./usr/bin/mirrorcoach ./lib/systemd/system/mirrorcoach.service ./etc/mirrorcoach/config.toml \
    ./usr/share/mirrorcoach/pack/pack.json ./usr/share/doc/mirrorcoach/config.example.toml; do
    grep -qx "$path" "$out/files" || fail "$path is not in the package"
done
grep -q '^./usr/share/mirrorcoach/pack/routines/.*\.json$' "$out/files" || fail "no routines in the bundled pack"
grep -q '^./usr/share/mirrorcoach/pack/exercises/.*\.json$' "$out/files" || fail "no exercises in the bundled pack"
# Nothing outside the Debian locations (no /usr/local, no build paths).
if grep -v -E '^\./(usr/bin|usr/share/mirrorcoach|usr/share/doc/mirrorcoach|lib/systemd/system|etc/mirrorcoach)?(/|$)' "$out/files" \
    | grep -v -E '^\./(usr|usr/share|usr/share/doc|lib|lib/systemd|etc)/$'; then
    fail "unexpected paths in the package (above)"
fi

dpkg-deb -f "$deb" Package Version Architecture Depends > "$out/control"
cat "$out/control"
depends=$(sed -n 's/^Depends: //p' "$out/control" | tr ',' '\n' | awk '{print $1}')
for pkg in libsdl2-2.0-0 libc6 fonts-dejavu-core espeak-ng-data adduser; do
    grep -qx "$pkg" <<< "$depends" || fail "Depends lacks $pkg"
done
# Every shared library the binary links directly comes from a package listed in Depends.
binary="$build/app/mirrorcoach"
for soname in $(readelf -d "$binary" | sed -n 's/.*Shared library: \[\(.*\)\]/\1/p'); do
    path=$(ldd "$binary" | awk -v s="$soname" '$1 == s {print $3}')
    [ -n "$path" ] || continue  # the dynamic loader itself
    owner=$(dpkg -S "$path" 2>/dev/null || dpkg -S "$(readlink -f "$path")" 2>/dev/null || true)
    owner=${owner%%:*}
    [ -n "$owner" ] || fail "no package owns $path ($soname)"
    grep -qx "$owner" <<< "$depends" || fail "Depends lacks $owner, which provides $soname"
done

mkdir "$out/control-files"
dpkg-deb -e "$deb" "$out/control-files"
grep -qx /etc/mirrorcoach/config.toml "$out/control-files/conffiles" || fail "config.toml is not a conffile"
grep -q 'adduser --system' "$out/control-files/postinst" || fail "postinst does not create the user"
for group in video render input audio; do
    grep -q "$group" "$out/control-files/postinst" || fail "postinst does not add the $group group"
done
[ -x "$out/control-files/postinst" ] || fail "postinst is not executable"

# The packaged binary runs and the packaged config passes its own check.
mkdir "$out/root"
dpkg-deb -x "$deb" "$out/root"
"$out/root/usr/bin/mirrorcoach" --version
"$out/root/usr/bin/mirrorcoach" config check "$out/root/etc/mirrorcoach/config.toml"
# The installed settings leave the phone remote off; the example beside the docs turns it on.
grep -qx '# enabled = false' "$out/root/etc/mirrorcoach/config.toml" || fail "the installed config does not comment out the remote"
if grep -qx 'enabled = true' "$out/root/etc/mirrorcoach/config.toml"; then fail "the installed config turns the remote on"; fi
grep -qx 'enabled = true' "$out/root/usr/share/doc/mirrorcoach/config.example.toml" || fail "the example does not turn the remote on"
"$out/root/usr/bin/mirrorcoach" config check "$out/root/usr/share/doc/mirrorcoach/config.example.toml"
echo "ok"
