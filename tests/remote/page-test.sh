#!/usr/bin/env bash
# The phone remote's page in a real browser: Debian's headless Chromium driven by
# page-test.cjs with puppeteer-core from npm (installed here into a cache folder).
# Usage: page-test.sh URL CODE [SCREENSHOT_DIR]
# Exits 77 (skipped, with the reason on stderr) when Chromium, Node or puppeteer-core
# cannot be had; test_remote turns that into a skipped test.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cache=${MC_TEST_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/mirrorcoach-test}
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "page test skipped: no chromium (sudo apt-get install chromium, or ./deploy/test.sh)" >&2
  exit 77
fi
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "page test skipped: no node/npm (sudo apt-get install nodejs npm)" >&2
  exit 77
fi
if [ ! -f "$cache/node_modules/puppeteer-core/package.json" ]; then
  mkdir -p "$cache"
  if ! (cd "$cache" && timeout 300 npm install --no-audit --no-fund --silent puppeteer-core@22 >&2); then
    echo "page test skipped: puppeteer-core could not be installed from npm into $cache" >&2
    exit 77
  fi
fi
PUPPETEER_CORE="$cache/node_modules/puppeteer-core" CHROMIUM="$browser" exec node "$here/page-test.cjs" "$@"
