#!/usr/bin/env bash
# Benchmarks, on demand (never part of ./deploy/test.sh or ctest): installs what is missing of
# the `build` and `bench` packages of deploy/packages.txt (Google Benchmark, cpp-httplib),
# builds a Release tree in build-bench with -DMC_BENCH=ON -DMC_TESTS=OFF, runs tests/bench
# and times the whole process, then prints one table with every figure beside its budget
# from the product brief; then the mirror in a real X11 window (deploy/bench-window.sh:
# Xvfb, two sizes, the GL and the software renderer, home, a hold, reps and rest).
# Environment: MC_BENCH_RUNS (process runs, default 5), MC_BENCH_JOBS (build jobs, default 2),
# MC_BENCH_ONLY=window (build only the app and run only the window benchmark; its own
# settings are described in deploy/bench-window.sh).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/build-bench"
runs=${MC_BENCH_RUNS:-5}
jobs=${MC_BENCH_JOBS:-2}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$root/deploy/install-packages.sh" build bench

only=${MC_BENCH_ONLY:-}
echo "== configure and build ($build, Release)"
cmake -S "$root" -B "$build" -DMC_BENCH=ON -DMC_TESTS=OFF -DCMAKE_BUILD_TYPE=Release >"$tmp/configure.log" ||
  { cat "$tmp/configure.log" >&2; exit 1; }
cmake --build "$build" --target "$([ "$only" = window ] && echo mirrorcoach || echo bench)" -j"$jobs" \
  >"$tmp/build.log" 2>&1 || { tail -40 "$tmp/build.log" >&2; exit 1; }
bench="$build/tests/bench"
app=$(find "$build" -maxdepth 3 -type f -name mirrorcoach -perm -u+x | head -1)
[ -n "$app" ] || { echo "bench.sh: mirrorcoach was not built" >&2; exit 1; }

# window_table: the window benchmark's lines as a table.
window_table() {
  echo
  echo "In a real window (Xvfb; per case ${MC_BENCH_WINDOW_SECONDS:-15} s measured, scaled to a minute):"
  printf '| %-9s | %-8s | %-4s | %9s | %10s | %8s | %7s | %8s | %7s | %11s |\n' size renderer case "CPU-s/min" frames/min "ms/frame" "PSS MB" "anon MB" "heap MB" "first frame"
  printf '|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|\n' ----------- ---------- ------ ----------- ------------ ---------- --------- ---------- --------- -------------
  "$root/deploy/bench-window.sh" "$app" | awk '{ for (i = 2; i <= NF; i++) { split($i, a, "="); v[a[1]] = a[2] }
    printf "| %-9s | %-8s | %-4s | %9s | %10s | %8s | %7s | %8s | %7s | %8s ms |\n", v["size"], v["renderer"], v["case"],
      v["cpu_s_per_min"], v["frames_per_min"], v["cpu_ms_per_frame"], v["pss_mb"], v["anon_mb"], v["heap_mb"], v["first_frame_ms"] }'
}
if [ "$only" = window ]; then
  window_table
  exit 0
fi

# csv_column FILE ROW_REGEX COLUMN: the named column of every matching row of a
# Google Benchmark CSV report (counter names are quoted in the header).
csv_column() {
  awk -F, -v row="$2" -v name="$3" '
    NR == 1 || /^name,/ { for (i = 1; i <= NF; i++) { h = $i; gsub(/"/, "", h); col[h] = i }; next }
    { n = $1; gsub(/"/, "", n); if (n ~ row) print $(col[name]) }' "$1"
}
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "n/a"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
maximum() { sort -g | tail -1; }
fmt() { awk -v v="$1" -v d="${2:-1}" 'BEGIN { if (v == "" || v == "n/a") print "n/a"; else printf "%.*f\n", d, v }'; }

echo "== engine: timeline expansion and validation of the bundled library"
"$bench/bench_engine" --benchmark_filter=BM_ExpandWholeLibrary --benchmark_format=csv >"$tmp/expand.csv" 2>/dev/null
"$bench/bench_engine" --benchmark_filter=BM_ValidateWholeLibrary --benchmark_format=csv >"$tmp/validate.csv" 2>/dev/null
expand_ms=$(csv_column "$tmp/expand.csv" '^BM_Expand' real_time | median)
routines=$(csv_column "$tmp/expand.csv" '^BM_Expand' routines | median)
phases=$(csv_column "$tmp/expand.csv" '^BM_Expand' phases | median)
validate_ms=$(csv_column "$tmp/validate.csv" '^BM_Validate' real_time | median)
exercises=$(csv_column "$tmp/validate.csv" '^BM_Validate' exercises | median)

echo "== update: 100 MB pack from a loopback server (3 fresh installs)"
"$bench/bench_update" --benchmark_format=csv >"$tmp/update.csv" 2>"$tmp/update.err" ||
  { cat "$tmp/update.err" >&2; exit 1; }
if grep -q ',true,' "$tmp/update.csv"; then cat "$tmp/update.csv" >&2; exit 1; fi
single='^BM_Update100MBPack/iterations:1/repeats:[0-9]+/manual_time$'
update_ms=$(csv_column "$tmp/update.csv" "$single" real_time | median)
update_mbps=$(csv_column "$tmp/update.csv" "$single" MBps | median)
update_mb=$(csv_column "$tmp/update.csv" "$single" downloaded_MB | median)
update_peak=$(csv_column "$tmp/update.csv" "$single" peak_extra_MB | maximum)
nochange_bytes=$(csv_column "$tmp/update.csv" "$single" nochange_bytes | maximum)
nochange_requests=$(csv_column "$tmp/update.csv" "$single" nochange_requests | maximum)

echo "== run loop: frames and CPU per minute of each moment (simulated clock, 1920x1080 headless)"
"$bench/bench_loop" 1920x1080 30 >"$tmp/loop.txt" 2>"$tmp/loop.err" || { tail -20 "$tmp/loop.err" >&2; exit 1; }
# loop_field MOMENT FIELD: one figure of bench_loop's "moment=..." lines.
loop_field() { awk -v m="$1" -v f="$2" '$1 == "moment=" m { for (i = 2; i <= NF; i++) { split($i, a, "="); if (a[1] == f) print a[2] } }' "$tmp/loop.txt"; }
atlas=$(sed -n 's/^atlas=\([0-9x]*\).*/\1/p' "$tmp/loop.txt")
atlas_mb=$(sed -n 's/.*atlas_mb=\([0-9.]*\).*/\1/p' "$tmp/loop.txt")
loop_rss_mb=$(awk -F= '/^peak_rss_kb=/ { printf "%.1f", $2 / 1024 }' "$tmp/loop.txt")
# Share of one core while a routine runs: CPU seconds per minute / 60 s.
routine_pct=$(awk -v s="$(loop_field routine cpu_s_per_min)" 'BEGIN { printf "%.1f", s / 60 * 100 }')
routine_draw_pct=$(awk -v s="$(loop_field routine draw_cpu_s_per_min)" 'BEGIN { printf "%.2f", s / 60 * 100 }')

echo "== figure: drawing one exercise figure at 3840x2160 (stick figure against the body)"
"$bench/bench_figure" --benchmark_filter='draw_list' --benchmark_format=csv >"$tmp/figure.csv" 2>/dev/null ||
  { echo "bench_figure failed" >&2; exit 1; }
stick_us=$(csv_column "$tmp/figure.csv" '^BM_StickFigure/draw_list' real_time | median)
body_us=$(csv_column "$tmp/figure.csv" '^BM_Body/draw_list' real_time | median)

echo "== whole process: cold start to first frame, headless ($runs runs)"
# `screenshot` loads config, content and fonts, lays out and renders one frame offscreen
# and writes it: the start-up path of the mirror up to its first picture.
SDL_VIDEODRIVER=${SDL_VIDEODRIVER:-dummy} "$bench/bench_process" "$runs" -- \
  "$app" screenshot --routine gentle-lower-back --at 30 --out "$tmp/first-frame.png" >"$tmp/process.txt" 2>"$tmp/process.err" ||
  { cat "$tmp/process.err" >&2; exit 1; }
start_ms=$(sed -n 's/.*median_ms=\([0-9.]*\).*/\1/p' "$tmp/process.txt")
start_rss_mb=$(awk '{ for (i = 1; i <= NF; i++) if ($i ~ /^peak_rss_kb=/) { split($i, a, "="); printf "%.1f", a[2] / 1024 } }' "$tmp/process.txt")

verdict() { awk -v v="$1" -v b="$2" -v cmp="$3" 'BEGIN { if (v == "n/a" || v == "") print "?"; else if ((cmp == "<" && v + 0 < b + 0) || (cmp == "<=" && v + 0 <= b + 0)) print "met"; else print "MISSED" }'; }

echo
echo "MirrorCoach benchmarks — $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(awk '/MemTotal/ { printf "%.1f GB RAM", $2 / 1048576 }' /proc/meminfo)"
row() { printf '| %-52s | %14s | %-30s | %-6s |\n' "$1" "$2" "$3" "$4"; }
row "Figure" "Measured" "Budget (../shared/BRIEF.md)" "Status"
row "----------------------------------------------------" "--------------" "------------------------------" "------"
row "Cold start to first frame, headless (median of $runs)" "$(fmt "$start_ms" 0) ms" "< 500 ms here (< 1.5 s Pi 4)" "$(verdict "$start_ms" 500 '<')"
row "Peak RSS of that process" "$(fmt "$start_rss_mb" 1) MB" "< 60 MB while a routine runs" "$(verdict "$start_rss_mb" 60 '<')"
row "Timeline expansion, all $routines routines ($phases phases)" "$(fmt "$expand_ms" 3) ms" "(part of cold start)" "-"
row "Validation of the whole library ($exercises exercises)" "$(fmt "$validate_ms" 1) ms" "(part of cold start)" "-"
row "Update of a $(fmt "$update_mb" 0) MB pack: wall time (median of 3)" "$(fmt "$update_ms" 0) ms" "in the background" "-"
row "Update throughput, loopback" "$(fmt "$update_mbps" 1) MB/s" "-" "-"
row "Update peak extra memory (max of 3)" "$(fmt "$update_peak" 1) MB" "bounded, no 100 MB buffer" "$(verdict "$update_peak" 100 '<')"
row "No-change poll: bytes sent ($nochange_requests request)" "$(fmt "$nochange_bytes" 0) B" "(as small as possible)" "-"
per_min() { printf '%s / %s' "$(fmt "$(loop_field "$1" "$3")" "$4")" "$(fmt "$(loop_field "$2" "$3")" "$4")"; }
row "Frames per minute: hold / reps (cap 30 fps)" "$(per_min hold reps frames_per_min 0)" "only when pixels change" "-"
row "Frames per minute: rest / home" "$(per_min rest home frames_per_min 1)" "only when pixels change" "-"
row "Frames per minute: asleep (the one black frame)" "$(fmt "$(loop_field asleep frames_per_min)" 1)" "none while asleep" "$(verdict "$(loop_field asleep frames_per_min)" 1 '<')"
row "CPU s per minute: hold / reps (software raster)" "$(per_min hold reps cpu_s_per_min 2)" "-" "-"
row "CPU s per minute: home / asleep" "$(per_min home asleep cpu_s_per_min 4)" "(noticeable idle CPU: none)" "-"
row "One figure at 4K, draw list: stick / body" "$(fmt "$stick_us" 0) / $(fmt "$body_us" 0) us" "(a small part of a frame)" "-"
row "Routine CPU, one core here, software raster" "$routine_pct %" "< 3 % of a Pi 4 core" "see docs"
row "Routine CPU, draw lists only (GPU rasterises)" "$routine_draw_pct %" "< 3 % of a Pi 4 core" "$(verdict "$routine_draw_pct" 0.6 '<')"
row "Peak RSS, a routine running at 1920x1080" "$loop_rss_mb MB" "< 60 MB while a routine runs" "$(verdict "$loop_rss_mb" 60 '<')"
row "Font atlas (RGBA32)" "${atlas} ${atlas_mb} MB" "<= 2048x2048" "$(awk -v a="$atlas" 'BEGIN { split(a, d, "x"); print (d[1] <= 2048 && d[2] <= 2048) ? "met" : "MISSED" }')"

echo "== window: the mirror in Xvfb (deploy/bench-window.sh)"
window_table
