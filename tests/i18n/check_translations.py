#!/usr/bin/env python3
"""Fails when a .ts file does not translate every string of the current sources."""
import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lupdate", required=True)
    parser.add_argument("--ts", required=True)
    parser.add_argument("--sources", nargs="+", required=True)
    # the source roots includes are written from: lupdate must see each class's header to name its context
    # (a class in a namespace translates under its qualified name, LeoKiosk::Gui::LoginPage)
    parser.add_argument("--include", action="append", default=[])
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        ts = Path(tmp) / Path(args.ts).name
        shutil.copy(args.ts, ts)
        includes = [arg for path in args.include for arg in ("-I", path)]
        subprocess.run([args.lupdate, "-silent", "-locations", "none", *includes, *args.sources, "-ts", str(ts)],
                       check=True)
        root = ET.parse(ts).getroot()

    problems = []
    total = 0
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            total += 1
            source = message.findtext("source")
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "missing"
            if kind in ("unfinished", "vanished", "obsolete", "missing"):
                problems.append(f"{kind}: [{name}] {source!r}")
            elif message.get("numerus") == "yes":
                if any(not (form.text or "").strip() for form in translation.iter("numerusform")):
                    problems.append(f"empty plural form: [{name}] {source!r}")
            elif not (translation.text or "").strip():
                problems.append(f"empty: [{name}] {source!r}")
    if total == 0:
        problems.append("no source text found: lupdate scanned nothing")
    for p in problems:
        print(p)
    print(f"{Path(args.ts).name}: {total} messages, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
