#!/usr/bin/env bash
# Soak benchmark, run on demand (never as a test): weeks of use in one kiosk process (issue #11). The kiosk as the
# program builds it (real widgets, the program's scrub-on-free) against the real reference server: CYCLES sign-in/out
# cycles, LOST lost-password flows and CODES code-entry flows (the mailed code, a new password), interleaved in ten
# rounds after a warm-up, with the process's RSS, PSS, open descriptors, threads and live QObjects sampled at start,
# after the warm-up, after each round and at the end (bench/soak/soak_driver.cpp). Prints the table, then the growth
# from the warm-up to the end, with the machine and the date.
#
# Usage: bench/soak/soak.sh [cycles [lost [codes]]]      (default 2000 200 200; warm-up 50 cycles, 5 and 5 flows)
#        BUILD=build/dir bench/soak/soak.sh   to use a build configured with -DLEOKIOSK_BUILD_BENCH=ON (and tests)
# Target: RSS growth after the warm-up under 5 MiB, descriptors and threads flat.
set -euo pipefail
cd "$(dirname "$0")/../.."
CYCLES=${1:-2000}
LOST=${2:-200}
CODES=${3:-200}
ROUNDS=10
BUILD=${BUILD:-build/soak}
if [ ! -f "$BUILD/CMakeCache.txt" ]; then
  cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLEOKIOSK_BUILD_BENCH=ON >/dev/null
fi
cmake --build "$BUILD" -j2 --target bench-soak-driver leo-ent-server >/dev/null

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# Nothing of the user's: no session bus (no keychain), configuration and data in scratch, offscreen.
unset DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY
export XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" XDG_RUNTIME_DIR="$scratch/runtime"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 QT_LOGGING_RULES='*.debug=false;*.info=false;qt.qpa.*=false'
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

plan() {
  echo "sample start"
  # Each sample after sign-in/out cycles: a help flow's ENT connection (and its thread) stays until the next session
  # ends, as it should.
  echo "lost 5"; echo "code 5"; echo "signin 50"
  echo "sample warm-up"
  local round
  for round in $(seq 1 "$ROUNDS"); do
    echo "lost $((LOST * round / ROUNDS - LOST * (round - 1) / ROUNDS))"
    echo "code $((CODES * round / ROUNDS - CODES * (round - 1) / ROUNDS))"
    echo "signin $((CYCLES * round / ROUNDS - CYCLES * (round - 1) / ROUNDS))"
    if [ "$round" = "$ROUNDS" ]; then echo "sample end"; else echo "sample round-$round"; fi
  done
}

echo "leo-kiosk soak, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'))," \
     "load average $(cut -d' ' -f1-3 /proc/loadavg), $(git rev-parse --short HEAD)"
echo "plan: warm-up 5 lost-password + 5 code-entry flows + 50 cycles, then $LOST + $CODES + $CYCLES in $ROUNDS rounds"
start=$(date +%s)
plan | "$BUILD/bench/bench-soak-driver" 2>"$scratch/driver.log" | tee "$scratch/out" | grep -v '^ok$' || true
end=$(date +%s)
if grep -q '^fail' "$scratch/out" || ! grep -q '^end ' "$scratch/out"; then
  echo "the soak did not finish; the driver's last messages:" >&2
  tail -20 "$scratch/driver.log" >&2
  exit 1
fi
awk -v secs=$((end - start)) '
  $1 == "warm-up" { w_rss = $5; w_pss = $6; w_fd = $7; w_th = $8; w_qo = $9 }
  $1 == "end"     { e_rss = $5; e_pss = $6; e_fd = $7; e_th = $8; e_qo = $9; n = $2 }
  END {
    printf "after warm-up to end: RSS %+.2f MiB, PSS %+.2f MiB, descriptors %+d, threads %+d, QObjects %+d (%d s in all)\n",
      (e_rss - w_rss) / 1024, (e_pss - w_pss) / 1024, e_fd - w_fd, e_th - w_th, e_qo - w_qo, secs
  }' "$scratch/out"
