#!/usr/bin/env bash
# The run command: installs what is missing, builds, creates a fresh demo database, starts the reference ENT server
# on 127.0.0.1 and opens the kiosk on it. Ctrl+C stops both.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PORT=${LEO_DEMO_PORT:-8090}

if [ "$(id -u)" -eq 0 ]; then ./scripts/install-deps.sh; else ./scripts/install-deps.sh || true; fi
cmake --preset release >/dev/null
cmake --build --preset release --target leo-kiosk leo-ent-server

BIN=$ROOT/build/release
DEMO=$ROOT/demo
rm -rf "$DEMO"; mkdir -p "$DEMO"; chmod 700 "$DEMO"
cat > "$DEMO/server.conf" <<CONF
[server]
listen_address=127.0.0.1
port=$PORT
public_url=http://127.0.0.1:$PORT

[store]
database=ent.db
key_file=ent.key

[mail]
outbox=outbox
CONF

SERVER=$BIN/server/leo-ent-server
"$SERVER" --config "$DEMO/server.conf" init >/dev/null
echo
echo "Demo accounts (passwords are generated for this run and shown only here):"
"$SERVER" --config "$DEMO/server.conf" demo create
echo

"$SERVER" --config "$DEMO/server.conf" serve > "$DEMO/server.log" 2>&1 &
SERVER_PID=$!
KIOSK_PID=
cleanup() {
  [ -n "$KIOSK_PID" ] && kill "$KIOSK_PID" 2>/dev/null || true
  kill "$SERVER_PID" 2>/dev/null || true
  wait 2>/dev/null || true
}
trap cleanup EXIT
trap 'exit 130' INT TERM
for _ in $(seq 1 100); do grep -q '^listening on' "$DEMO/server.log" 2>/dev/null && break; sleep 0.1; done
grep '^listening on' "$DEMO/server.log" || { echo "the reference server did not start:"; cat "$DEMO/server.log"; exit 1; }
echo "Mail the server sends is written to $DEMO/outbox/"

# The kiosk's configuration as a school would write it: its name, the contacts of "Contacter l'assistance" and the
# online help that "Vous êtes toujours perdu ?" and the assistance screen show as a QR code. The phone numbers are in
# the range ARCEP keeps for fiction (01 99 00 xx xx); the addresses are on .example domains.
cat > "$DEMO/leo-kiosk.conf" <<'CONF'
site_name=Lycée Jean Moulin
help_url=https://aide.leo-ent.example/mot-de-passe-oublie
support_contacts="Vie scolaire (CPE)|Bâtiment A, rez-de-chaussée, bureau 012|Lundi au vendredi, 7 h 45 – 17 h 30|01 99 00 41 20|vie-scolaire@lycee-jean-moulin.example; Référent numérique – M. Martin|CDI, salle 104|Mardi et jeudi, 10 h – 12 h||referent-numerique@lycee-jean-moulin.example; Secrétariat de direction|Bâtiment administratif, accueil|Lundi au vendredi, 8 h – 12 h et 13 h 30 – 17 h|01 99 00 41 00|"
CONF

# The kiosk profile cannot be closed from the window: an admin PIN for this run, to leave it as IT would.
ADMIN_PIN=$(shuf --random-source=/dev/urandom -i 100000-999999 -n 1)
ADMIN_PIN_HASH=$(printf '%s\n' "$ADMIN_PIN" | "$BIN/app/leo-kiosk" --hash-admin-pin)
echo "Admin exit: five taps in the top-left corner within 3 s, then the PIN $ADMIN_PIN (or Ctrl+C here)."
KIOSK=("$BIN/app/leo-kiosk" --config "$DEMO/leo-kiosk.conf" --ent-url "http://127.0.0.1:$PORT" --profile "${LEO_DEMO_PROFILE:-kiosk}"
       --admin-pin-hash "$ADMIN_PIN_HASH")
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo
  echo "No display here. To see the kiosk on a virtual screen, run in another terminal:"
  echo "  xvfb-run -a -s '-screen 0 1280x800x24' $BIN/app/leo-kiosk --config $DEMO/leo-kiosk.conf --ent-url http://127.0.0.1:$PORT --admin-pin-hash '$ADMIN_PIN_HASH'"
  echo "The reference server keeps running until Ctrl+C."
  wait "$SERVER_PID"
else
  "${KIOSK[@]}" &
  KIOSK_PID=$!
  wait "$KIOSK_PID"
fi
