#!/usr/bin/env bash
# Start-up benchmark, run on demand (never as a test): how fast leo-kiosk shows its login screen and what it weighs,
# measured from outside the process, as a screen sees it, against a bare Qt window with the same two fields.
#
# One Xvfb at 1920x1080 (black root, no window manager); then, alternately, RUNS starts of each program under
# bench-first-frame (bench/first_frame.cpp): time from the fork to the first frame on the X server, PSS after 5 s of
# settling (the kiosk's deferred start-up, keychain and ENT included, is done by then), CPU over the next 5 s.
# The kiosk's ENT is a closed loopback port: the login screen must paint at once all the same (with the banner).
# Prints the medians per program and the kiosk's ratios to the bare window.
#
# Usage: bench/startup.sh [runs]      (default 10 of each)
#        BUILD=build/dir bench/startup.sh   to use a build that already has LEOKIOSK_BUILD_BENCH=ON
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-10}
BUILD=${BUILD:-build/bench}
if [ ! -f "$BUILD/CMakeCache.txt" ]; then
  cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLEOKIOSK_BUILD_BENCH=ON -DBUILD_TESTING=OFF >/dev/null
fi
cmake --build "$BUILD" -j2 --target leo-kiosk bench-bare-window bench-first-frame >/dev/null

scratch=$(mktemp -d)
xvfb_pid=
cleanup() {
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null && wait "$xvfb_pid" 2>/dev/null
  rm -rf "$scratch"
}
trap cleanup EXIT

# A display of our own: the first free number from 90.
display=90
while [ -e "/tmp/.X11-unix/X$display" ] || [ -e "/tmp/.X$display-lock" ]; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 1920x1080x24 -br -nolisten tcp >"$scratch/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 1 100); do [ -e "/tmp/.X11-unix/X$display" ] && break; sleep 0.05; done
export DISPLAY=":$display" QT_QPA_PLATFORM=xcb
# Nothing of the user's: no session bus (no keychain: the store goes to memory), configuration and data in scratch.
unset DBUS_SESSION_BUS_ADDRESS
export XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" XDG_RUNTIME_DIR="$scratch/runtime"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
: >"$scratch/leo-kiosk.conf"

bare=("$BUILD/bench/bench-bare-window")
kiosk=("$BUILD/app/leo-kiosk" --config "$scratch/leo-kiosk.conf" --profile kiosk --ent-url http://127.0.0.1:9)
for i in $(seq 1 "$RUNS"); do
  "$BUILD/bench/bench-first-frame" 5 5 "${bare[@]}" >>"$scratch/bare" 2>>"$scratch/errors"
  "$BUILD/bench/bench-first-frame" 5 5 "${kiosk[@]}" >>"$scratch/kiosk" 2>>"$scratch/errors"
  printf '\rrun %d/%d' "$i" "$RUNS" >&2
done
printf '\n' >&2

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
column_of() { awk -v c="$2" '{ print $c }' "$scratch/$1"; }
frame_bare=$(column_of bare 1 | median); frame_kiosk=$(column_of kiosk 1 | median)
pss_bare=$(column_of bare 2 | median); pss_kiosk=$(column_of kiosk 2 | median)
cpu_bare=$(column_of bare 3 | median); cpu_kiosk=$(column_of kiosk 3 | median)

echo "$(date -u +%F), $(nproc) cores, Xvfb 1920x1080, $RUNS alternating runs of each (medians)"
awk -v fb="$frame_bare" -v fk="$frame_kiosk" -v pb="$pss_bare" -v pk="$pss_kiosk" -v cb="$cpu_bare" -v ck="$cpu_kiosk" '
  BEGIN {
    printf "%-12s %16s %12s %22s\n", "", "first frame", "PSS", "CPU over 5 s idle"
    printf "%-12s %13d ms %8.1f MiB %16s ticks\n", "bare window", fb, pb / 1024, cb
    printf "%-12s %13d ms %8.1f MiB %16s ticks\n", "leo-kiosk", fk, pk / 1024, ck
    printf "%-12s %15.2fx %11.2fx\n", "ratio", fk / fb, pk / pb
  }'
echo "first frames (ms), bare: $(column_of bare 1 | tr '\n' ' ')"
echo "first frames (ms), kiosk: $(column_of kiosk 1 | tr '\n' ' ')"
if [ -s "$scratch/errors" ]; then
  echo "while measuring:" >&2
  sort -u "$scratch/errors" >&2
fi
