#!/usr/bin/env bash
# The test command: installs what is missing, builds with warnings as errors, runs the whole suite with ctest.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "$(id -u)" -eq 0 ]; then ./scripts/install-deps.sh; else ./scripts/install-deps.sh || true; fi

cmake --preset ci >/dev/null
cmake --build --preset ci
# Tests that need a keyring or a display start their own private D-Bus session / Xvfb; nothing leaks out.
ctest --preset ci -j2 "$@"
