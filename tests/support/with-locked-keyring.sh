#!/bin/sh
# with-locked-keyring.sh CMD [ARGS...]: runs CMD on its own Xvfb display and a private D-Bus session bus where
# gnome-keyring's Secret Service runs with no unlocked collection (no login keyring: none was unlocked at login, as in
# an auto-login kiosk session): with-keyring.sh --locked on a display of its own. The first write to the keyring makes
# it ask, through gcr-prompter on that display, for the password of a new keyring: exactly the window that must never
# appear over the kiosk. Nothing reaches the user's own keyring or display.
set -u
[ "$#" -ge 1 ] || { echo "usage: $0 CMD [ARGS...]" >&2; exit 2; }
command -v Xvfb >/dev/null 2>&1 || { echo "with-locked-keyring: Xvfb is missing" >&2; exit 1; }

log=$(mktemp "${TMPDIR:-/tmp}/leokiosk-locked-keyring-xvfb.XXXXXX") || exit 1
xvfb=
cleanup() {
  [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null && wait "$xvfb" 2>/dev/null
  rm -f "$log"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

# A display of our own: the first free number from 140 (the other suites start lower).
display=140
while [ -e "/tmp/.X11-unix/X$display" ] || [ -e "/tmp/.X$display-lock" ]; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 1280x800x24 -nolisten tcp >"$log" 2>&1 &
xvfb=$!
i=0
while [ $i -lt 200 ] && [ ! -e "/tmp/.X11-unix/X$display" ]; do # up to ~10 s
  kill -0 "$xvfb" 2>/dev/null || { echo "with-locked-keyring: Xvfb did not start" >&2; exit 1; }
  i=$((i + 1)); sleep 0.05
done
# Exported before the bus starts: the services it activates (gcr-prompter) show their windows on this display.
export DISPLAY=":$display"
"$(dirname "$0")/with-keyring.sh" --locked "$@"
