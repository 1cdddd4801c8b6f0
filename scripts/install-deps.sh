#!/usr/bin/env bash
# Installs every Debian 12 package leo-kiosk needs to build, run and test. Run as root.
# Idempotent: when everything is already installed it returns after a dpkg query, without touching apt.
set -euo pipefail

PACKAGES=(
  # toolchain
  cmake ninja-build g++ pkg-config git
  # Qt 6.4 (HttpServer needs WebSockets for its CMake config; the VirtualKeyboard *dev* package is broken, never add it)
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev libqt6svg6
  # on-screen keyboard runtime (plugin + the QML modules it loads)
  qt6-virtualkeyboard-plugin qml6-module-qtquick qml6-module-qtquick-layouts qml6-module-qtquick-window
  qml6-module-qtqml-workerscript qml6-module-qtqml-models qml6-module-qt-labs-folderlistmodel
  # secrets, crypto, storage, mail, QR
  qtkeychain-qt6-dev libsodium-dev libcurl4-openssl-dev libqrencode-dev libzxcvbn-dev
  libmicrohttpd-dev
  # « Écouter » (read aloud): Qt TextToSpeech (its CMake package needs qt6-declarative-dev) and its speechd engine, with
  # speech-dispatcher and the espeak-ng voices; tests/support/with-speech.sh runs a private speech-dispatcher on ALSA's
  # null device (its audio plugins), so no sound card is needed
  qt6-speech-dev qt6-declarative-dev libqt6texttospeech6 qt6-speech-speechd-plugin
  speech-dispatcher speech-dispatcher-audio-plugins speech-dispatcher-espeak-ng espeak-ng
  # fonts for every language the kiosk speaks (issue #17): Noto covers Latin, Cyrillic and Arabic (Noto Sans Arabic,
  # Noto Naskh Arabic); DejaVu stays the fallback the AppImage carries
  fonts-noto-core
  # fontconfig's configuration read on another thread while Qt starts (app/FontconfigWarmUp)
  libfontconfig-dev
  # test and run-time tools: headless display, keyring (and its password prompt, gcr, that tst_noprompt watches for),
  # SMTP sink, screenshots
  xvfb xauth xdotool imagemagick x11-utils fonts-dejavu-core
  dbus dbus-bin gnome-keyring libsecret-tools gcr
  python3 python3-aiosmtpd openssl curl ca-certificates
  # the AT-SPI suite (tests/atspi): the accessibility bus and registry, and its client from Python
  at-spi2-core gir1.2-atspi-2.0 python3-gi
  # QR codes of the help screens decoded in the GUI tests
  zbar-tools
  # the e-mailed reset link opened in a real browser; load generator and first-frame probe (Xlib) for bench/
  chromium wrk libx11-dev
  # packaging: .deb (cpack, dpkg-shlibdeps), desktop/AppStream validators, MSI authoring check (wixl, msiinfo),
  # unit checks (systemd-analyze), the Wayland plugins the AppDir carries
  dpkg-dev fakeroot file binutils desktop-file-utils appstream wixl msitools systemd groff-base qt6-wayland
  # the AppImage: image and RUNPATHs, our static runtime (squashfuse, FUSE 3, the squashfs decompressors), FUSE mounts
  # for users other than root, and libappimage to read the result in the tests
  squashfs-tools patchelf libsquashfuse-dev libfuse3-dev zlib1g-dev liblzma-dev liblz4-dev liblzo2-dev libzstd-dev
  fuse3 libappimage-dev
)
# SQLCipher 4 is only in bookworm-backports.
BACKPORTS_PACKAGES=(libsqlcipher-dev sqlcipher)

missing=()
for p in "${PACKAGES[@]}" "${BACKPORTS_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
# libsqlcipher-dev from bookworm main is 3.4; insist on the 4.x from backports.
if ! dpkg-query -W -f='${Version}' libsqlcipher-dev 2>/dev/null | grep -q '^4\.'; then
  missing+=(libsqlcipher-dev)
fi
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all packages present"
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "install-deps: missing packages (${missing[*]}); run this script as root" >&2
  exit 1
fi

# Enable bookworm-backports by deriving it from the machine's own Debian entry (same mirror, no host written here).
enable_backports() {
  grep -rqs 'bookworm-backports' /etc/apt/sources.list /etc/apt/sources.list.d/ && return 0
  if [ -f /etc/apt/sources.list.d/debian.sources ]; then
    awk -v RS='' -v ORS='\n\n' '
      /(^|\n)Suites:[^\n]*(^| )bookworm( |\n|$)/ && !/security/ {
        gsub(/Suites:[^\n]*/, "Suites: bookworm-backports"); print; exit }' \
      /etc/apt/sources.list.d/debian.sources > /etc/apt/sources.list.d/leo-kiosk-backports.sources
  elif [ -f /etc/apt/sources.list ]; then
    grep -E '^deb [^ ]+ bookworm ' /etc/apt/sources.list | grep -v security | head -n1 |
      sed -E 's/ bookworm / bookworm-backports /' > /etc/apt/sources.list.d/leo-kiosk-backports.list
  fi
  if ! grep -rqs 'bookworm-backports' /etc/apt/sources.list.d/; then
    echo "install-deps: could not derive a bookworm-backports entry from the Debian sources" >&2
    exit 1
  fi
}
enable_backports

export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${PACKAGES[@]}" >/dev/null
apt-get install -y -qq --no-install-recommends -t bookworm-backports "${BACKPORTS_PACKAGES[@]}" >/dev/null
echo "install-deps: installed ${#missing[@]} missing package(s)"
