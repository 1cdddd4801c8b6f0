#!/usr/bin/env python3
"""Fails when a .ts file does not translate every string of the current sources, or when a translation loses one
of its source's placeholders (%1, %n…), markup tags or its mnemonic (&)."""
import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path


PLACEHOLDER = re.compile(r"%L?\d+|%n")
TAG = re.compile(r"<[^>]+>")


# Languages whose catalogue carries no mnemonic: Alt + an Arabic letter cannot be typed on the kiosk's AZERTY
# keyboard, and Qt 6.4 cuts the end of a right-to-left button's words when one of its letters carries a mnemonic.
NO_MNEMONICS = {"ar"}


def kept(source: str, text: str, numerus: bool, language: str = "") -> list:
    """What of the source's placeholders, tags and mnemonic the translation lost or added."""
    lost = []
    wanted, got = sorted(PLACEHOLDER.findall(source)), sorted(PLACEHOLDER.findall(text))
    # A plural form may leave %n out ("one minute"), never add or lose another placeholder.
    if wanted != got and not (numerus and set(got) <= set(wanted) and
                              [p for p in wanted if p != "%n"] == [p for p in got if p != "%n"]):
        lost.append(f"placeholders {wanted} became {got}")
    if sorted(TAG.findall(source)) != sorted(TAG.findall(text)):
        lost.append("markup tags changed")
    mnemonics = text.replace("&&", "").count("&")
    if language in NO_MNEMONICS:
        if mnemonics:
            lost.append("a mnemonic (&) in a language that has none")
    elif source.replace("&&", "").count("&") != mnemonics:
        lost.append("mnemonic (&) lost or added")
    return lost


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
    language = (root.get("language") or "").split("_")[0]

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
                forms = [form.text or "" for form in translation.iter("numerusform")]
                if any(not form.strip() for form in forms):
                    problems.append(f"empty plural form: [{name}] {source!r}")
                for form in forms:
                    problems += [f"{what}: [{name}] {source!r} -> {form!r}" for what in kept(source, form, True, language)]
            elif not (translation.text or "").strip():
                problems.append(f"empty: [{name}] {source!r}")
            else:
                problems += [f"{what}: [{name}] {source!r} -> {translation.text!r}"
                             for what in kept(source, translation.text, False, language)]
    if total == 0:
        problems.append("no source text found: lupdate scanned nothing")
    for p in problems:
        print(p)
    print(f"{Path(args.ts).name}: {total} messages, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
