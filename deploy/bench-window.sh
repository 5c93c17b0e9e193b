#!/usr/bin/env bash
# The mirror in a real X11 window (Xvfb, from Debian's `xvfb`), as `mirrorcoach run` draws it:
# for each size, renderer and moment, one process is started straight at that moment
# (`run --routine R --at S`), left to run, then stopped with SIGTERM. Printed per case:
# CPU-seconds per minute (process CPU, all threads, over the measured span scaled to a
# minute), frames per minute (the "N frames drawn" line at exit over the time since the
# first frame), PSS (smaps_rollup), the process's own anonymous memory (smaps_rollup's
# Anonymous: heap, anonymous mappings, stacks and libraries' copied-on-write pages) and the
# [heap] part of it (smaps), and the time from the process's start to its first frame.
# CPU-ms per frame (the span's CPU over the frames it drew, at the process's average rate)
# is the figure that least depends on other load: a starved loop draws fewer frames.
# The X server's own CPU (Xvfb copying the presented frames) is printed beside, not added.
#
#   deploy/bench-window.sh APP          (./deploy/bench.sh calls it after the other benchmarks)
# Environment: MC_BENCH_WINDOW_SECONDS (measured span per case, default 15),
#   MC_BENCH_WINDOW_SIZES (default "1080x1920 3840x2160"), MC_BENCH_WINDOW_RENDERERS
#   (default "default gl software": what the mirror picks by itself, which on a GL that is
#   the CPU (llvmpipe, as under Xvfb) is SDL's software renderer; OpenGL forced with
#   SDL_RENDER_DRIVER=opengl; the software renderer forced), MC_BENCH_WINDOW_CASES (default "home hold reps rest").
# A case runs 2 s of settling after its first frame before the measured span starts.
set -euo pipefail
app=${1:?usage: bench-window.sh APP}
command -v Xvfb >/dev/null || { echo "bench-window.sh: Xvfb is missing: ./deploy/install-packages.sh bench" >&2; exit 1; }
span=${MC_BENCH_WINDOW_SECONDS:-15}
sizes=${MC_BENCH_WINDOW_SIZES:-1080x1920 3840x2160}
renderers=${MC_BENCH_WINDOW_RENDERERS:-default gl software}
cases=${MC_BENCH_WINDOW_CASES:-home hold reps rest}
tmp=$(mktemp -d)
xvfb=""
cleanup() { [ -z "$xvfb" ] || kill "$xvfb" 2>/dev/null || true; rm -rf "$tmp"; }
trap cleanup EXIT

# No sleep schedule (the machine's clock must not darken the mirror), no history kept
# outside the temporary folder, no update checks.
cat >"$tmp/config.toml" <<EOF
[content]
state_dir = "$tmp/state"
[schedule]
sleep = ""
wake = ""
idle_timeout_s = 3600
EOF

# Each moment starts 1 s into the first phase of its kind (`run --at-first`): the hold and
# the reps of gentle-lower-back (knee-to-chest's first side, easing in included; cat-cow),
# and the first rest between exercises or sets of dumbbell-back-strength (30 s or more).
case_args() {
  case "$1" in
    home) echo "" ;;
    hold) echo "--routine gentle-lower-back --at-first hold" ;;
    reps) echo "--routine gentle-lower-back --at-first reps" ;;
    rest) echo "--routine dumbbell-back-strength --at-first rest" ;;
  esac
}

cpu_ticks() { awk '{ sub(/.*\) /, ""); print $12 + $13 }' "/proc/$1/stat"; }
now_s() { date +%s.%N; }

# run_case SIZE RENDERER CASE: prints one "key=value" line.
run_case() {
  local size=$1 renderer=$2 name=$3 pid t0 first ticks_a ticks_b t_a t_b pss anon heap frames t_end server_a server_b
  local env=(DISPLAY=":$display" SDL_VIDEODRIVER=x11 SDL_AUDIODRIVER=dummy)
  case "$renderer" in
    gl) env+=(SDL_RENDER_DRIVER=opengl) ;;
    software) env+=(SDL_RENDER_DRIVER=software) ;;
  esac
  # shellcheck disable=SC2046
  env "${env[@]}" "$app" run --config "$tmp/config.toml" --windowed "$size" $(case_args "$name") \
    >"$tmp/out" 2>"$tmp/err" &
  pid=$!
  t0=$(now_s)
  for _ in $(seq 100); do grep -q "first frame shown" "$tmp/err" && break; sleep 0.1; done
  first=$(sed -n 's/.*first frame shown \([0-9-]*\) ms.*/\1/p' "$tmp/err" | head -1)
  sleep 2
  ticks_a=$(cpu_ticks "$pid"); t_a=$(now_s); server_a=$(cpu_ticks "$xvfb")
  sleep "$span"
  ticks_b=$(cpu_ticks "$pid"); t_b=$(now_s); server_b=$(cpu_ticks "$xvfb")
  pss=$(awk '/^Pss:/ { print $2 }' "/proc/$pid/smaps_rollup")
  anon=$(awk '/^Anonymous:/ { print $2 }' "/proc/$pid/smaps_rollup")
  heap=$(awk '/\[heap\]/ { h = 1; next } /^[0-9a-f]+-/ { h = 0 } h && /^Rss:/ { s += $2 } END { print s + 0 }' "/proc/$pid/smaps")
  kill -TERM "$pid"; wait "$pid" || true
  t_end=$(now_s)
  frames=$(sed -n 's/.* \([0-9]*\) frames drawn.*/\1/p' "$tmp/err" | tail -1)
  awk -v size="$size" -v r="$renderer" -v c="$name" -v ta="$ticks_a" -v tb="$ticks_b" -v hz="$(getconf CLK_TCK)" \
      -v a="$t_a" -v b="$t_b" -v t0="$t0" -v first="$first" -v end="$t_end" -v frames="${frames:-0}" \
      -v pss="$pss" -v anon="$anon" -v heap="$heap" -v sa="$server_a" -v sb="$server_b" 'BEGIN {
    shown = end - t0 - first / 1000
    rate = frames / shown
    printf "window size=%s renderer=%s case=%s cpu_s_per_min=%.2f frames_per_min=%.0f cpu_ms_per_frame=%.1f pss_mb=%.1f anon_mb=%.1f heap_mb=%.1f first_frame_ms=%s measured_s=%.1f xvfb_cpu_s_per_min=%.2f\n",
      size, r, c, (tb - ta) / hz / (b - a) * 60, rate * 60, (rate > 0 ? (tb - ta) / hz * 1000 / (rate * (b - a)) : 0), pss / 1024, anon / 1024, heap / 1024, first, b - a, (sb - sa) / hz / (b - a) * 60 }'
  grep -qi "error" "$tmp/err" && sed 's/^/  stderr: /' "$tmp/err" | grep -i error >&2 || true
}

for size in $sizes; do
  w=${size%x*}; h=${size#*x}
  Xvfb -displayfd 3 -screen 0 "${w}x${h}x24" -nolisten tcp 3>"$tmp/display" 2>"$tmp/xvfb.err" &
  xvfb=$!
  for _ in $(seq 50); do [ -s "$tmp/display" ] && break; sleep 0.1; done
  display=$(cat "$tmp/display")
  [ -n "$display" ] || { cat "$tmp/xvfb.err" >&2; exit 1; }
  for renderer in $renderers; do
    for name in $cases; do run_case "$size" "$renderer" "$name"; done
  done
  kill "$xvfb"; wait "$xvfb" 2>/dev/null || true; xvfb=""
done
