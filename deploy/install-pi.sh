#!/usr/bin/env bash
# Installs MirrorCoach on Raspberry Pi OS (bookworm) from its .deb and starts the kiosk service.
#
#   sudo ./install-pi.sh mirrorcoach_0.1.0_arm64.deb            install or upgrade, enable, start
#   sudo ./install-pi.sh --console mirrorcoach_0.1.0_arm64.deb  also boot to the console (no desktop)
#   sudo ./install-pi.sh --no-start mirrorcoach_0.1.0_arm64.deb install and enable, start at next boot
#
# The package creates the `mirrorcoach` user (groups video, render, input, audio, gpio),
# installs /etc/mirrorcoach/config.toml (kept on upgrades) and the systemd unit.
set -euo pipefail

console=0
start=1
deb=""
for arg in "$@"; do
    case "$arg" in
        --console) console=1 ;;
        --no-start) start=0 ;;
        -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
        *) deb=$arg ;;
    esac
done
say() { echo "install-pi: $*"; }
die() { echo "install-pi: $*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || die "run as root: sudo $0 $*"
[ -n "$deb" ] || die "which package? usage: sudo $0 [--console] [--no-start] mirrorcoach_VERSION_ARCH.deb"
[ -f "$deb" ] || die "no such file: $deb"
command -v systemctl >/dev/null || die "systemd is required (Raspberry Pi OS bookworm has it)"

package_arch=$(dpkg-deb -f "$deb" Architecture)
machine_arch=$(dpkg --print-architecture)
[ "$package_arch" = "$machine_arch" ] || [ "$package_arch" = "all" ] ||
    die "$deb is for $package_arch but this system is $machine_arch (build with deploy/build-arm64.sh for a 64-bit Pi OS)"

# apt resolves the Depends: of a local file (SDL2, espeak-ng, curl, ...), unlike dpkg -i.
say "installing $(dpkg-deb -f "$deb" Package) $(dpkg-deb -f "$deb" Version)"
export DEBIAN_FRONTEND=noninteractive
apt-get install -y "$(realpath "$deb")"

# kmsdrm needs the display to itself: a running desktop (Wayland/X11) holds it.
if systemctl is-active --quiet display-manager.service 2>/dev/null || [ "$(systemctl get-default)" = "graphical.target" ]; then
    if [ "$console" -eq 1 ]; then
        say "switching the boot target to the console (no desktop); it takes effect at the next boot"
        systemctl set-default multi-user.target
        if command -v raspi-config >/dev/null; then raspi-config nonint do_boot_behaviour B1 || true; fi
    else
        say "WARNING: a desktop is configured; it holds the display and the mirror cannot draw."
        say "         Re-run with --console, or: sudo raspi-config -> System -> Boot -> Console."
    fi
fi

systemctl daemon-reload
systemctl enable mirrorcoach.service
if [ "$start" -eq 1 ]; then
    systemctl restart mirrorcoach.service || true
    sleep 3
fi

cat <<INFO

MirrorCoach is installed and starts at every boot.

  Settings:      /etc/mirrorcoach/config.toml   (every key is documented in the file)
  Check them:    mirrorcoach config check /etc/mirrorcoach/config.toml
  Apply them:    sudo systemctl restart mirrorcoach
  Is it running: systemctl status mirrorcoach
  Its log:       journalctl -u mirrorcoach -b        (add -f to follow)
  State:         /var/lib/mirrorcoach (downloaded content, progress)
  Stop / start:  sudo systemctl stop mirrorcoach / sudo systemctl start mirrorcoach
  Uninstall:     sudo apt remove mirrorcoach         (purge also deletes the state)

INFO
if [ "$start" -eq 1 ]; then
    if systemctl is-active --quiet mirrorcoach.service; then
        say "the service is running"
    else
        say "the service is not running yet; see: journalctl -u mirrorcoach -b --no-pager | tail -n 30"
        exit 1
    fi
fi
