#!/bin/sh
# with-speech.sh CMD [ARGS...]: runs CMD with a private speech-dispatcher and its espeak-ng voices (Debian
# speech-dispatcher, speech-dispatcher-espeak-ng, espeak-ng), in a temporary folder deleted afterwards. The sound goes
# to ALSA's null device: no sound card is needed and nothing is heard. SPEECHD_ADDRESS points the kiosk's Qt
# TextToSpeech (speechd engine) at it; it is never the user's own speech-dispatcher, and none is autospawned.
set -u
[ "$#" -ge 1 ] || { echo "usage: $0 CMD [ARGS...]" >&2; exit 2; }
for tool in speech-dispatcher espeak-ng; do
  command -v "$tool" >/dev/null 2>&1 || { echo "with-speech: $tool is missing" >&2; exit 1; }
done
module=/etc/speech-dispatcher/modules/espeak-ng.conf
[ -r "$module" ] || { echo "with-speech: $module is missing (speech-dispatcher-espeak-ng)" >&2; exit 1; }

SPEECH_DIR=$(mktemp -d "${TMPDIR:-/tmp}/leokiosk-speech.XXXXXX") || exit 1
daemon=
cleanup() {
  if [ -n "$daemon" ]; then
    kill "$daemon" 2>/dev/null
    wait "$daemon" 2>/dev/null
  fi
  rm -rf "$SPEECH_DIR"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

mkdir -p "$SPEECH_DIR/modules" "$SPEECH_DIR/log"
cp "$module" "$SPEECH_DIR/modules/"
cat >"$SPEECH_DIR/speechd.conf" <<EOF
AddModule "espeak-ng" "sd_espeak-ng" "espeak-ng.conf"
DefaultModule espeak-ng
AudioOutputMethod "alsa"
AudioALSADevice "null"
DisableAutoSpawn
LogDir "$SPEECH_DIR/log"
EOF

socket="$SPEECH_DIR/sock"
# -s: single (no fork), -t 0: never exits on its own; killed on exit.
speech-dispatcher -s -t 0 -C "$SPEECH_DIR" -S "$socket" -P "$SPEECH_DIR/pid" -L "$SPEECH_DIR/log/speechd.log" \
  </dev/null >"$SPEECH_DIR/log/stdout" 2>&1 &
daemon=$!
i=0
while [ ! -S "$socket" ] && [ $i -lt 200 ]; do # up to ~10 s
  kill -0 "$daemon" 2>/dev/null || break
  i=$((i + 1)); sleep 0.05
done
if [ ! -S "$socket" ]; then
  echo "with-speech: speech-dispatcher did not start" >&2
  cat "$SPEECH_DIR/log/stdout" "$SPEECH_DIR/log/speechd.log" >&2 2>/dev/null
  exit 1
fi
export SPEECHD_ADDRESS="unix_socket:$socket"
"$@"
rc=$?
exit $rc
