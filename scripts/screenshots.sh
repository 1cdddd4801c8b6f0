#!/usr/bin/env bash
# Renders the screen-size matrix (tests/gui/tst_screensizes: every screen at every display size schools have) to PNG
# files, for people to look at: build/screenshots/<size>/NN-<screen>.png, NN-<screen>-end.png scrolled to the bottom
# for a screen that scrolls, and contact-sheet.png, every screen of that size on one page. Offscreen, no display
# needed; a private speech-dispatcher (tests/support/with-speech.sh) puts « Écouter » in the header. Every language
# is checked; the screens of LEOKIOSK_SCREENSHOT_LANGUAGES (default fr,ar,qps: French, Arabic mirrored, the
# pseudo-language 40 % longer) are saved. Prints the matrix's verdict for each size; the exit code is non-zero if any
# size fails.
#   scripts/screenshots.sh [OUTPUT_DIR]     (BUILD=dir reuses a configured build, default build/screenshots-build)
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=$(realpath -m "${1:-build/screenshots}")
BUILD=${BUILD:-build/screenshots-build}
SIZES=(1024x768 1280x800 1366x768 1920x1080 2560x1440 3840x2160@2 1080x1920 768x1024)

if [ ! -f "$BUILD/CMakeCache.txt" ]; then
  cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
cmake --build "$BUILD" --target tst_screensizes
BIN=$BUILD/tests/gui/tst_screensizes

status=0
for size in "${SIZES[@]}"; do
  dir=$OUT/${size/@/_x}
  rm -rf "$dir"; mkdir -p "$dir"
  if QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 LANG=C.UTF-8 QT_LOGGING_RULES='qt.qpa.*=false' \
     LEOKIOSK_SCREEN=$size LEOKIOSK_SCREENSHOTS=$dir tests/support/with-speech.sh "$BIN" -silent \
     >"$dir/matrix.log" 2>&1; then
    verdict="fits"
  else
    verdict="PROBLEMS (see $dir/matrix.log)"; status=1
  fi
  printf '%-12s %3d images  %s\n' "$size" "$(find "$dir" -name '[0-9]*.png' | wc -l)" "$verdict"
done
echo "Contact sheets: $OUT/*/contact-sheet.png"
exit $status
