#!/usr/bin/env bash
# Regenerates the pictures in docs/screenshots/ with the app itself (headless).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${MIRRORCOACH:-"$root/build/app/mirrorcoach"}
out="$root/docs/screenshots"
mkdir -p "$out"
shot() { "$bin" screenshot --content "$root/assets/pack" "$@" >/dev/null; }
shot --routine gentle-lower-back --at 70 --out "$out/player-landscape.png"
shot --routine core-strength --at 200 --size 1920x1080 --rotate 90 --out "$out/player-portrait.png"
shot --routine gentle-lower-back --screen home --out "$out/home.png"
shot --routine gentle-lower-back --screen overview --out "$out/overview.png"
shot --routine gentle-lower-back --contact-sheet --out "$out/routine-sheet.png"
shot --contact-sheet --exercises --out "$out/exercises.png"
shot --routine gentle-lower-back --at 20 --language ru --out "$out/player-russian.png"
echo "screenshots written to $out"
