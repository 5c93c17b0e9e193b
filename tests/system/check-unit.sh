#!/usr/bin/env bash
# ctest: the service unit passes `systemd-analyze verify`.
# Usage: check-unit.sh UNIT_FILE MIRRORCOACH_BINARY
# verify checks that ExecStart= exists, so the copy under test points at the built binary.
set -euo pipefail
unit=$1
binary=$2
if ! command -v systemd-analyze >/dev/null; then
    echo "SKIP: systemd-analyze is not installed (Debian package 'systemd')"
    exit 77
fi
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
sed "s|^ExecStart=/usr/bin/mirrorcoach|ExecStart=$binary|" "$unit" > "$dir/mirrorcoach.service"
grep -q "^ExecStart=$binary run" "$dir/mirrorcoach.service" || { echo "FAIL: ExecStart= is not /usr/bin/mirrorcoach run ..."; exit 1; }
# systemd-analyze prints problems but may still exit 0 for some; any output is a failure.
output=$(SYSTEMD_LOG_LEVEL=warning systemd-analyze verify --man=no "$dir/mirrorcoach.service" 2>&1) || {
    echo "$output"
    echo "FAIL: systemd-analyze verify"
    exit 1
}
if [ -n "$output" ]; then
    echo "$output"
    echo "FAIL: systemd-analyze verify reported problems"
    exit 1
fi
for setting in Type=notify WatchdogSec= Restart=always StartLimitBurst= User=mirrorcoach \
    "SupplementaryGroups=video render input audio" SDL_VIDEODRIVER=kmsdrm StateDirectory=mirrorcoach \
    NoNewPrivileges=yes ProtectSystem=strict; do
    grep -q "^[^#]*$setting" "$unit" || { echo "FAIL: the unit lacks $setting"; exit 1; }
done
echo "ok: $unit verifies"
