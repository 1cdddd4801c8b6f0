#!/usr/bin/env bash
# Load benchmark of POST /auth/forgot-password, run on demand (never as a test). Starts a fresh leo-ent-server on
# loopback (release build, outbox mode, 127.0.0.1 on the address allow-list) with ACCOUNTS imported accounts, sends
# RATE requests/s for SECONDS with wrk (paced by forgot-password.lua: distinct logins, one in ten unknown), reports
# p50/p99 latency, then checks that the outbox receives exactly one e-mail per request for a valid account.
# Usage: bench/forgot-password-load.sh [accounts] [seconds] [rate]   (defaults: 2000 8 200)
# Target on the 2-core reference machine: p99 <= 50 ms. wrk measures from the moment each paced request is
# written, so a server stall would be under-reported (no coordinated-omission correction, as wrk2 would do).
set -euo pipefail
cd "$(dirname "$0")/.."
ACCOUNTS=${1:-2000}
DURATION=${2:-8}
RATE=${3:-200}
CONNECTIONS=16
THREADS=2
BUILD=${BUILD:-build/bench}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk"; exit 1; }
cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLEOKIOSK_BUILD_BENCH=ON -DBUILD_TESTING=OFF >/dev/null
cmake --build "$BUILD" --target leo-ent-server >/dev/null
SERVER=$PWD/$BUILD/server/leo-ent-server

WORK=$(mktemp -d)
SERVER_PID=
cleanup() {
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
cat > "$WORK/server.ini" <<CONF
[server]
listen_address=127.0.0.1
port=0
threads=16
[mail]
outbox=outbox
[recovery]
address_allow_list=127.0.0.1
CONF
"$SERVER" --config "$WORK/server.ini" init >/dev/null
{
  echo "login,first_name,last_name,profile,school,class,email,mobile"
  for i in $(seq -f "%04g" 1 "$ACCOUNTS"); do echo "bench.pupil$i,Bench,Pupil $i,Student,Lycée Bench,,bench.pupil$i@example.org,"; done
} > "$WORK/accounts.csv"
echo "importing $ACCOUNTS accounts (one argon2id hash each)..."
"$SERVER" --config "$WORK/server.ini" users import "$WORK/accounts.csv" --generate-passwords >/dev/null 2>"$WORK/import.log"

"$SERVER" --config "$WORK/server.ini" serve > "$WORK/server.out" 2> "$WORK/server.log" &
SERVER_PID=$!
for _ in $(seq 1 100); do grep -q '^listening on' "$WORK/server.out" && break; sleep 0.1; done
URL=$(sed -n 's/^listening on //p' "$WORK/server.out")
[ -n "$URL" ] || { echo "the server did not start:"; cat "$WORK/server.log"; exit 1; }
echo "server $URL, $(nproc) cores; $RATE requests/s for $DURATION s over $CONNECTIONS connections"

BENCH_RATE=$RATE BENCH_THREADS=$THREADS BENCH_ACCOUNTS=$ACCOUNTS \
BENCH_RESULT=$WORK/valid wrk -t$THREADS -c$CONNECTIONS -d"${DURATION}s" --timeout 10s \
  -s bench/forgot-password.lua "$URL/auth/forgot-password" | grep -E '^(requests sent|latency|Requests/sec)'

read -r VALID UNKNOWN < "$WORK/valid"
answered=$(grep -c 'POST /auth/forgot-password 200' "$WORK/server.log" || true)
# wrk may have made requests it never sent before it stopped: at most that many valid ones are missing.
cut=$(( VALID + UNKNOWN - answered ))
EXPECTED=$(( VALID - cut ))
started=$(date +%s)
delivered=0
while [ $(( $(date +%s) - started )) -lt 120 ]; do
  delivered=$(find "$WORK/outbox" -name '*.eml' | wc -l)
  [ "$delivered" -ge "$EXPECTED" ] && break
  sleep 0.5
done
echo "e-mails in the outbox: $delivered, $(( $(date +%s) - started )) s after the load ended"
echo "server answered $answered requests ($cut made but not sent); e-mails in the outbox: $delivered for $VALID valid requests"
if [ "$delivered" -le "$VALID" ] && [ "$delivered" -ge "$EXPECTED" ]; then echo "delivery: OK"
else echo "delivery: MISMATCH"; exit 1; fi
