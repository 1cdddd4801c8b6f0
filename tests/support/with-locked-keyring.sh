#!/bin/sh
# with-locked-keyring.sh CMD [ARGS...]: runs CMD on its own Xvfb display and a private D-Bus session bus where
# gnome-keyring's Secret Service runs with no unlocked collection (no login keyring: none was unlocked at login, as in
# an auto-login kiosk session). The first write to it makes gnome-keyring ask, through gcr-prompter on that display,
# for the password of a new keyring: exactly the window that must never appear over the kiosk. A temporary HOME,
# deleted afterwards; nothing reaches the user's own keyring or display.
set -u
[ "$#" -ge 1 ] || { echo "usage: $0 CMD [ARGS...]" >&2; exit 2; }
for tool in dbus-run-session dbus-send gnome-keyring-daemon Xvfb; do
  command -v "$tool" >/dev/null 2>&1 || { echo "with-locked-keyring: $tool is missing" >&2; exit 1; }
done

KEYRING_HOME=$(mktemp -d "${TMPDIR:-/tmp}/leokiosk-locked-keyring.XXXXXX") || exit 1
xvfb=
cleanup() {
  [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null && wait "$xvfb" 2>/dev/null
  rm -rf "$KEYRING_HOME"
}
trap cleanup EXIT
trap 'exit 1' INT TERM
export HOME="$KEYRING_HOME" XDG_DATA_HOME="$KEYRING_HOME/.local/share" XDG_CONFIG_HOME="$KEYRING_HOME/.config"
export XDG_RUNTIME_DIR="$KEYRING_HOME/run" XDG_CURRENT_DESKTOP=GNOME XDG_CACHE_HOME="$KEYRING_HOME/.cache"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS

# A display of our own: the first free number from 140 (the other suites start lower).
display=140
while [ -e "/tmp/.X11-unix/X$display" ] || [ -e "/tmp/.X$display-lock" ]; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 1280x800x24 -nolisten tcp >"$KEYRING_HOME/xvfb.log" 2>&1 &
xvfb=$!
i=0
while [ $i -lt 200 ] && [ ! -e "/tmp/.X11-unix/X$display" ]; do # up to ~10 s
  kill -0 "$xvfb" 2>/dev/null || { echo "with-locked-keyring: Xvfb did not start" >&2; exit 1; }
  i=$((i + 1)); sleep 0.05
done
# Exported before the bus starts: the services it activates (gcr-prompter) show their windows on this display.
export DISPLAY=":$display"

dbus-run-session -- sh -c '
  gnome-keyring-daemon --foreground --components=secrets </dev/null >/dev/null 2>&1 &
  keyring=$!
  ready=no
  i=0
  while [ $i -lt 200 ]; do # up to ~10 s, polling the bus for the name
    if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
         org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true"; then
      ready=yes; break
    fi
    kill -0 $keyring 2>/dev/null || break
    i=$((i + 1)); sleep 0.05
  done
  if [ $ready = yes ]; then "$@"; rc=$?; else echo "with-locked-keyring: the Secret Service did not start" >&2; rc=1; fi
  kill $keyring 2>/dev/null; wait $keyring 2>/dev/null
  exit $rc' with-locked-keyring "$@"
