#!/usr/bin/env bash
# build-appimage.sh BUILD_DIR [OUTPUT_DIR]
# Turns a built tree into leo-kiosk-<version>-<arch>.AppImage:
#   1. assembles the AppDir (the "appdir" target: packaging/appimage/make-appdir.cmake);
#   2. bundles the shared libraries, the Qt plugins of qt-plugins.txt and the on-screen keyboard's QML modules with
#      linuxdeploy + linuxdeploy-plugin-qt, and packs the AppImage with linuxdeploy-plugin-appimage (appimagetool).
# linuxdeploy, its Qt and AppImage plugins and appimagetool are not packaged in Debian. Download pinned releases
# yourself, check their checksums, and put them in PATH (or point LINUXDEPLOY at linuxdeploy). Without them this
# script says so and stops with exit code 69 before building anything.
# Build on the oldest distribution you support: the AppImage runs only where glibc is at least as new.
set -euo pipefail

usage() { echo "usage: $0 BUILD_DIR [OUTPUT_DIR]" >&2; exit 64; }
[ $# -ge 1 ] && [ $# -le 2 ] || usage
build_dir="$(cd "$1" && pwd)" || usage
here="$(cd "$(dirname "$0")" && pwd)"

find_tool() { # first of the given names found in PATH
    local name
    for name in "$@"; do
        if command -v "$name" >/dev/null 2>&1; then command -v "$name"; return 0; fi
    done
    return 1
}

linuxdeploy="${LINUXDEPLOY:-$(find_tool linuxdeploy linuxdeploy-x86_64.AppImage linuxdeploy-aarch64.AppImage || true)}"
plugin_qt="$(find_tool linuxdeploy-plugin-qt linuxdeploy-plugin-qt-x86_64.AppImage linuxdeploy-plugin-qt-aarch64.AppImage || true)"
plugin_appimage="$(find_tool linuxdeploy-plugin-appimage linuxdeploy-plugin-appimage-x86_64.AppImage \
                   linuxdeploy-plugin-appimage-aarch64.AppImage || true)"
appimagetool="$(find_tool appimagetool appimagetool-x86_64.AppImage appimagetool-aarch64.AppImage || true)"
missing=()
[ -n "$linuxdeploy" ] && [ -x "$linuxdeploy" ] || missing+=("linuxdeploy")
[ -n "$plugin_qt" ] || missing+=("linuxdeploy-plugin-qt")
[ -n "$plugin_appimage" ] || [ -n "$appimagetool" ] || missing+=("linuxdeploy-plugin-appimage or appimagetool")
if [ ${#missing[@]} -ne 0 ]; then
    {
        echo "build-appimage.sh: cannot build the AppImage: not found: $(IFS=,; echo "${missing[*]}" | sed 's/,/, /g')."
        echo "These tools are not packaged in Debian (bookworm has no linuxdeploy, no appimagetool and no AppImage"
        echo "runtime). Download pinned releases from the linuxdeploy and AppImageKit projects, verify their checksums,"
        echo "make them executable and put them in PATH (or set LINUXDEPLOY=/path/to/linuxdeploy), then run again."
        echo "The AppDir alone can still be built here: cmake --build $build_dir --target appdir"
    } >&2
    exit 69
fi

qmake="${QMAKE:-$(find_tool qmake6 qmake || true)}"
[ -n "$qmake" ] || { echo "build-appimage.sh: qmake6 not found (Debian: qt6-base-dev-tools)" >&2; exit 69; }

output_dir="$(mkdir -p "${2:-$build_dir}" && cd "${2:-$build_dir}" && pwd)"
cmake --build "$build_dir" --target appdir
appdir="$build_dir/packaging/AppDir"
version="$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build_dir/CMakeCache.txt")"

# linuxdeploy-plugin-qt: which Qt, which extra modules and platforms (the plugins themselves are already in
# usr/plugins; these make it deploy their libraries), and where to find the QML imports of the virtual keyboard.
export QMAKE="$qmake"
export EXTRA_QT_MODULES="svg;waylandclient;virtualkeyboard"
export EXTRA_QT_PLUGINS="$EXTRA_QT_MODULES" # the name used by older linuxdeploy-plugin-qt releases
export EXTRA_PLATFORM_PLUGINS="libqwayland-egl.so;libqwayland-generic.so;libqoffscreen.so"
export QML_SOURCES_PATHS="$here/qml"
export OUTPUT="$output_dir/leo-kiosk-$version-$(uname -m).AppImage"
export LDAI_OUTPUT="$OUTPUT"

# SQLCipher is loaded at run time (libs/sqlcipher/Library.h), so linuxdeploy cannot find it in leo-kiosk's
# dependencies: name it, by the SONAME the build recorded, resolved through the linker cache.
sqlcipher_soname="$(sed -n 's/^LEOKIOSK_SQLCIPHER_LIBRARY:[A-Z]*=//p' "$build_dir/CMakeCache.txt")"
sqlcipher_path="$(/sbin/ldconfig -p | awk -v name="$sqlcipher_soname" '$1 == name { print $NF; exit }')"
[ -n "$sqlcipher_path" ] || { echo "build-appimage.sh: $sqlcipher_soname not found (Debian: libsqlcipher1)" >&2; exit 69; }

cd "$output_dir"
deploy=("$linuxdeploy" --appdir "$appdir"
        --executable "$appdir/usr/bin/leo-kiosk"
        --library "$sqlcipher_path"
        --desktop-file "$appdir/fr.leo.kiosk.desktop"
        --icon-file "$appdir/usr/share/icons/hicolor/scalable/apps/fr.leo.kiosk.svg"
        --deploy-deps-only "$appdir/usr/plugins"
        --plugin qt)
if [ -n "$plugin_appimage" ]; then
    "${deploy[@]}" --output appimage
else
    "${deploy[@]}"
    "$appimagetool" "$appdir" "$OUTPUT"
fi
echo "build-appimage.sh: $OUTPUT"
