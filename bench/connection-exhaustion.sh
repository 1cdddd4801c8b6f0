#!/usr/bin/env bash
# Connection-exhaustion benchmark of leo-ent-server, run on demand (never as a test). Starts a fresh server on
# loopback (release build, default limits: 8 threads, request_timeout_s 10, 64 connections per address), then
# bench/connection-hold.py holds SLOW slowloris and IDLE idle connections from 127.0.0.x (20 per address), times
# LOGINS sign-ins from other addresses while they are held, reads the server's RSS, and reports when the server has
# cut the held connections (the slow ones trickle a byte a second, so only the request deadline cuts them).
# Usage: bench/connection-exhaustion.sh [slow] [idle] [logins]   (defaults: 500 500 20)
# Target: each login answered within 1 s while the connections are held; server RSS under 100 MB.
# BUILD=dir reuses a build directory (default build/bench).
set -euo pipefail
cd "$(dirname "$0")/.."
SLOW=${1:-500}
IDLE=${2:-500}
LOGINS=${3:-20}
BUILD=${BUILD:-build/bench}
ulimit -n "$(ulimit -Hn)"
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
[mail]
outbox=outbox
CONF
"$SERVER" --config "$WORK/server.ini" init >/dev/null
printf 'login,first_name,last_name,profile,school,class,email,mobile\nbench.pupil,Bench,Pupil,Student,Lycée Bench,,,\n' \
  > "$WORK/accounts.csv"
"$SERVER" --config "$WORK/server.ini" users import "$WORK/accounts.csv" >/dev/null 2>&1
echo 'Bench-Pass-2024' | "$SERVER" --config "$WORK/server.ini" users set-password bench.pupil >/dev/null 2>&1

"$SERVER" --config "$WORK/server.ini" serve > "$WORK/server.out" 2> "$WORK/server.log" &
SERVER_PID=$!
for _ in $(seq 1 100); do grep -q '^listening on' "$WORK/server.out" && break; sleep 0.1; done
URL=$(sed -n 's/^listening on //p' "$WORK/server.out")
[ -n "$URL" ] || { echo "the server did not start:"; cat "$WORK/server.log"; exit 1; }
PORT=${URL##*:}
echo "server $URL, $(nproc) cores"
python3 bench/connection-hold.py 127.0.0.1 "$PORT" "$SERVER_PID" bench.pupil Bench-Pass-2024 "$SLOW" "$IDLE" "$LOGINS"
