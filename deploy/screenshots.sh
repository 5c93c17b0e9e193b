#!/usr/bin/env bash
# Regenerates the pictures in docs/screenshots/ with the app itself (headless).
# Portrait first: that is how most mirrors hang.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${MIRRORCOACH:-"$root/build/app/mirrorcoach"}
out="$root/docs/screenshots"
mkdir -p "$out"
shot() { "$bin" screenshot --content "$root/assets/pack" "$@" >/dev/null; }
portrait=(--size 1920x1080 --rotate 90)
shot --routine gentle-lower-back --at 6 "${portrait[@]}" --out "$out/getready-portrait.png"
shot --routine gentle-lower-back --at 60 "${portrait[@]}" --out "$out/player-portrait.png"
shot --routine gentle-lower-back --screen home "${portrait[@]}" --out "$out/home-portrait.png"
shot --routine gentle-lower-back --screen overview "${portrait[@]}" --out "$out/overview-portrait.png"
shot --routine gentle-lower-back --at 70 --out "$out/player-landscape.png"
shot --routine gentle-lower-back --screen home --out "$out/home.png"
shot --routine gentle-lower-back --screen overview --out "$out/overview.png"
shot --routine gentle-lower-back --contact-sheet --out "$out/routine-sheet.png"
shot --contact-sheet --exercises --out "$out/exercises.png"
shot --routine gentle-lower-back --at 70 --language ru --out "$out/player-russian.png"
# The phone remote's pairing page (the Q key), with a sample address and code.
shot --screen pairing "${portrait[@]}" --out "$out/pairing-portrait.png"
shot --screen pairing --out "$out/pairing.png"
shot --routine gentle-lower-back --screen home --remote "${portrait[@]}" --out "$out/home-pairing.png"
echo "screenshots written to $out"
