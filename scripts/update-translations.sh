#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources (lupdate), then completes the English catalogue: the source strings
# are English, so each English translation is its source text (plural forms included). French is written by hand;
# `ctest -R translations` lists what is left.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build/dev}
[ -f "$BUILD/build.ninja" ] || cmake --preset dev >/dev/null
cmake --build "$BUILD" --target leokiosk_gui_lupdate
/usr/bin/python3 - translations/leokiosk_en.ts <<'PY'
import sys
import xml.etree.ElementTree as ET
path = sys.argv[1]
tree = ET.parse(path)
for message in tree.getroot().iter("message"):
    translation = message.find("translation")
    if translation is None or translation.get("type") not in ("unfinished", None) or \
       (translation.get("type") is None and (translation.text or list(translation))):
        continue
    source = message.findtext("source")
    translation.attrib.pop("type", None)
    if message.get("numerus") == "yes":
        for child in list(translation):
            translation.remove(child)
        for _ in range(2):
            ET.SubElement(translation, "numerusform").text = source
    else:
        translation.text = source
with open(path, "wb") as out:
    out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    tree.write(out, encoding="utf-8", xml_declaration=False)
PY
echo "translations updated"
