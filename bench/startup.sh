#!/usr/bin/env bash
# Startup benchmark, run on demand (never as a test). Alternates leo-kiosk and a bare Qt window with the same two
# fields, full screen under one Xvfb, and reports per program: time from exec to first paint (median), PSS after
# settling, and CPU used while idle for 10 s. Usage: bench/startup.sh [runs]   (default 5 runs of each)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
BUILD=build/bench
if [ "${2:-}" != "--inside-xvfb" ]; then
  cmake -S . -B $BUILD -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLEOKIOSK_BUILD_BENCH=ON -DBUILD_TESTING=OFF >/dev/null
  cmake --build $BUILD --target leo-kiosk bench-bare-window >/dev/null
  exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$RUNS" --inside-xvfb
fi
export QT_QPA_PLATFORM=xcb

measure() { # name command... ; prints "first_paint_ms pss_kb idle_cpu_ticks"
  local log; log=$(mktemp)
  local start; start=$(date +%s%3N)
  LEOKIOSK_REPORT_FIRST_PAINT=1 "$@" 2>"$log" &
  local pid=$!
  for _ in $(seq 1 200); do grep -q first-paint-epoch-ms "$log" && break; sleep 0.05; done
  local painted; painted=$(awk '/first-paint-epoch-ms/ {print $2; exit}' "$log")
  sleep 3 # settle: deferred start-up work (keychain, ENT context) runs here
  local pss; pss=$(awk '/^Pss:/ {print $2}' /proc/$pid/smaps_rollup)
  local t0; t0=$(awk '{print $14+$15}' /proc/$pid/stat)
  sleep 10
  local t1; t1=$(awk '{print $14+$15}' /proc/$pid/stat)
  kill $pid; wait $pid 2>/dev/null || true
  rm -f "$log"
  echo "$((painted - start)) $pss $((t1 - t0))"
}

run_all() {
  local kiosk=() bare=()
  for i in $(seq 1 "$RUNS"); do
    bare+=("$(measure $BUILD/bench/bench-bare-window)")
    # ENT on a closed loopback port: the kiosk must still paint at once and stay idle.
    kiosk+=("$(measure $BUILD/app/leo-kiosk --profile kiosk --ent-url http://127.0.0.1:9)")
  done
  report() { printf '%s\n' "$@" | sort -n -k1 | awk -v name="$NAME" '
    { fp[NR]=$1; pss+=$2; cpu+=$3 } END {
      printf "%-12s first paint (median) %5d ms   PSS (mean) %7.1f MiB   idle CPU over 10 s (mean) %.1f ticks\n",
             name, fp[int((NR+1)/2)], pss/NR/1024, cpu/NR }'; }
  NAME=bare report "${bare[@]}"
  NAME=leo-kiosk report "${kiosk[@]}"
}

run_all
