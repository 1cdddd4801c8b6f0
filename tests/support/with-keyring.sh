#!/bin/sh
# with-keyring.sh [--locked] CMD [ARGS...]: runs CMD on a private D-Bus session bus with a throwaway Secret Service
# (gnome-keyring), in a temporary HOME that is deleted afterwards. Nothing reaches the user's own keyring.
# Unlocked (the default): a login collection unlocked up front, and no display, so never a GTK prompt. The unlock
# password must be non-empty, or no login collection exists.
# --locked: no collection unlocked (as in an auto-login kiosk session); the display is kept, so that the keyring's
# prompt (gcr-prompter, activated on the bus) shows there — with-locked-keyring.sh gives it an Xvfb of its own.
# --foreground plus an explicit kill leaves no daemon behind.
set -u
locked=no
if [ "${1:-}" = --locked ]; then locked=yes; shift; fi
[ "$#" -ge 1 ] || { echo "usage: $0 [--locked] CMD [ARGS...]" >&2; exit 2; }
for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
  command -v "$tool" >/dev/null 2>&1 || { echo "with-keyring: $tool is missing" >&2; exit 1; }
done

# The tests tell the two apart by the name of HOME.
if [ $locked = yes ]; then home=leokiosk-locked-keyring; else home=leokiosk-keyring; fi
KEYRING_HOME=$(mktemp -d "${TMPDIR:-/tmp}/$home.XXXXXX") || exit 1
trap 'rm -rf "$KEYRING_HOME"' EXIT INT TERM
export HOME="$KEYRING_HOME" XDG_DATA_HOME="$KEYRING_HOME/.local/share" XDG_CONFIG_HOME="$KEYRING_HOME/.config"
export XDG_RUNTIME_DIR="$KEYRING_HOME/run" XDG_CURRENT_DESKTOP=GNOME XDG_CACHE_HOME="$KEYRING_HOME/.cache"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS
[ $locked = yes ] || unset DISPLAY

dbus-run-session -- sh -c '
  locked=$1; shift
  if [ "$locked" = yes ]; then
    gnome-keyring-daemon --foreground --components=secrets </dev/null >/dev/null 2>&1 &
  else
    printf "%s" "throwaway-test-keyring" | gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null 2>&1 &
  fi
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
  exit $rc' with-keyring "$locked" "$@"
