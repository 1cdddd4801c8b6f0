#!/usr/bin/env bash
# build-appimage.sh [--no-build] BUILD_DIR [OUTPUT_DIR]
# Turns a built tree into OUTPUT_DIR/leo-kiosk-<version>-<arch>.AppImage and its .sha256, from Debian packages
# alone (nothing is downloaded):
#   1. builds the AppDir (the "appdir" target: make-appdir.cmake) and our AppImage runtime (runtime/, target
#      leokiosk-appimage-runtime), unless --no-build (the "appimage" target, which has built both already);
#   2. bundle.py makes the AppDir self-contained: shared libraries (ldd, minus excludelist), the libraries loaded at
#      run time, the on-screen keyboard's QML modules, Qt's translations, fonts, qt.conf, RUNPATHs (patchelf);
#   3. mksquashfs packs the AppDir; the image is appended to the runtime; LEOKIOSK_APPIMAGE_UPDATE_INFORMATION,
#      when set (e.g. "zsync|https://…/leo-kiosk-latest-x86_64.AppImage.zsync"), is written into .upd_info.
# Needs mksquashfs (squashfs-tools), patchelf, python3, readelf (binutils) and the packages install-deps.sh lists.
# Without one of the tools it says which and stops with exit code 69 before building anything.
# The AppImage runs where glibc is at least as new as on the build machine (Debian 12: 2.36).
set -euo pipefail

usage() { echo "usage: $0 [--no-build] BUILD_DIR [OUTPUT_DIR]" >&2; exit 64; }
build=1
if [ "${1:-}" = "--no-build" ]; then build=0; shift; fi
[ $# -ge 1 ] && [ $# -le 2 ] || usage
build_dir="$(cd "$1" && pwd)" || usage
here="$(cd "$(dirname "$0")" && pwd)"
source_dir="$(cd "$here/../.." && pwd)"

mksquashfs="${MKSQUASHFS:-mksquashfs}"
patchelf="${PATCHELF:-patchelf}"
missing=()
command -v "$mksquashfs" >/dev/null 2>&1 || missing+=("mksquashfs (Debian package squashfs-tools)")
command -v "$patchelf" >/dev/null 2>&1 || missing+=("patchelf (Debian package patchelf)")
command -v python3 >/dev/null 2>&1 || missing+=("python3")
command -v readelf >/dev/null 2>&1 || missing+=("readelf (Debian package binutils)")
if [ ${#missing[@]} -ne 0 ]; then
    {
        echo "build-appimage.sh: cannot build the AppImage: not found: $(IFS=';'; echo "${missing[*]}" | sed 's/;/, /g')."
        echo "Install them with scripts/install-deps.sh (as root), then run again."
    } >&2
    exit 69
fi

cache() { sed -n "s/^$1:[A-Z]*=//p" "$build_dir/CMakeCache.txt"; }
version="$(cache CMAKE_PROJECT_VERSION)"
qmake="${QMAKE:-$(command -v qmake6 || command -v qmake || true)}"
[ -n "$qmake" ] || { echo "build-appimage.sh: qmake6 not found (Debian: qt6-base-dev-tools)" >&2; exit 69; }
sqlcipher="$(cache LEOKIOSK_SQLCIPHER_LIBRARY)"
[ -n "$sqlcipher" ] || { echo "build-appimage.sh: $build_dir is not a configured leo-kiosk build" >&2; exit 66; }
runtime="$build_dir/packaging/appimage/runtime/appimage-runtime"

if [ "$build" -eq 1 ]; then
    cmake --build "$build_dir" --target appdir leokiosk-appimage-runtime
fi
[ -x "$runtime" ] || { echo "build-appimage.sh: no runtime at $runtime (see packaging/appimage/runtime)" >&2; exit 66; }
output_dir="$(mkdir -p "${2:-$build_dir}" && cd "${2:-$build_dir}" && pwd)"
appdir="$build_dir/packaging/AppDir"
[ -f "$appdir/usr/bin/leo-kiosk" ] || { echo "build-appimage.sh: no AppDir at $appdir" >&2; exit 66; }

python3 "$here/bundle.py" --appdir "$appdir" --qmake "$qmake" --source "$source_dir" --sqlcipher "$sqlcipher" \
    --patchelf "$patchelf"

arch="$(uname -m)"
output="$output_dir/leo-kiosk-$version-$arch.AppImage"
work="$(mktemp -d "$output_dir/.appimage-XXXXXX")"
trap 'rm -rf "$work"' EXIT
# Root-owned files, fixed times: the same tree gives the same image. zstd: fast to start from.
"$mksquashfs" "$appdir" "$work/image.squashfs" -root-owned -noappend -no-xattrs -comp zstd -b 1M \
    -mkfs-time 0 -all-time 0 -quiet -no-progress >/dev/null
cp "$runtime" "$work/leo-kiosk.AppImage"
if [ -n "${LEOKIOSK_APPIMAGE_UPDATE_INFORMATION:-}" ]; then
    read -r at size < <(readelf -S -W "$runtime" |
        awk '$2 == ".upd_info" { print strtonum("0x" $5), strtonum("0x" $6) }')
    [ "${#LEOKIOSK_APPIMAGE_UPDATE_INFORMATION}" -lt "$size" ] ||
        { echo "build-appimage.sh: the update information is longer than .upd_info ($size bytes)" >&2; exit 65; }
    printf '%s' "$LEOKIOSK_APPIMAGE_UPDATE_INFORMATION" |
        dd of="$work/leo-kiosk.AppImage" bs=1 seek="$at" conv=notrunc status=none
fi
cat "$work/image.squashfs" >> "$work/leo-kiosk.AppImage"
chmod 755 "$work/leo-kiosk.AppImage"
mv "$work/leo-kiosk.AppImage" "$output"
(cd "$output_dir" && sha256sum "$(basename "$output")" > "$(basename "$output").sha256")
echo "build-appimage.sh: $output ($(du -h "$output" | cut -f1)), checksum in $(basename "$output").sha256"
