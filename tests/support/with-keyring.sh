#!/bin/sh
# with-keyring.sh CMD [ARGS...]: runs CMD on a private D-Bus session bus with a throwaway, unlocked Secret Service
# (gnome-keyring), in a temporary HOME that is deleted afterwards. Nothing reaches the user's own keyring.
# Recipe: the unlock password must be non-empty, or no login collection exists;
# --foreground plus an explicit kill leaves no daemon behind.
set -u
[ "$#" -ge 1 ] || { echo "usage: $0 CMD [ARGS...]" >&2; exit 2; }
for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
  command -v "$tool" >/dev/null 2>&1 || { echo "with-keyring: $tool is missing" >&2; exit 1; }
done

KEYRING_HOME=$(mktemp -d "${TMPDIR:-/tmp}/leokiosk-keyring.XXXXXX") || exit 1
trap 'rm -rf "$KEYRING_HOME"' EXIT INT TERM
export HOME="$KEYRING_HOME" XDG_DATA_HOME="$KEYRING_HOME/.local/share" XDG_CONFIG_HOME="$KEYRING_HOME/.config"
export XDG_RUNTIME_DIR="$KEYRING_HOME/run" XDG_CURRENT_DESKTOP=GNOME
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset DISPLAY WAYLAND_DISPLAY # never a GTK prompt: the keyring is unlocked up front

dbus-run-session -- sh -c '
  printf "%s" "throwaway-test-keyring" | gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null 2>&1 &
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
  if [ $ready = yes ]; then "$@"; rc=$?; else echo "with-keyring: the Secret Service did not start" >&2; rc=1; fi
  kill $keyring 2>/dev/null; wait $keyring 2>/dev/null
  exit $rc' with-keyring "$@"
