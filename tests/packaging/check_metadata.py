#!/usr/bin/python3
"""Checks of the packaging metadata against the validators and against the configuration schema.

  check_metadata.py desktop   --source S --version V          desktop file and AppStream metainfo
  check_metadata.py manpage   --source S --version V --kiosk BIN   leo-kiosk.1 documents exactly the options of --help
  check_metadata.py config    --schema-tool BIN --conf FILE    the generated leo-kiosk.conf (every key, nothing set)
  check_metadata.py admx      --source S --schema JSON --version V   ADMX/ADML well-formed, one policy per schema key
  check_metadata.py units     --source S                      systemd units parse (systemd-analyze verify)
"""
import argparse
import os
import re
import tempfile
import xml.etree.ElementTree as ET

import pkgcheck

APP_ID = "fr.leo.kiosk"
PD = "{http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions}"


def check_desktop(args, c):
    pkgcheck.need_tool("desktop-file-validate", "desktop-file-utils")
    pkgcheck.need_tool("appstreamcli", "appstream")
    linux = os.path.join(args.source, "packaging", "linux")
    desktop = os.path.join(linux, f"{APP_ID}.desktop")
    metainfo = os.path.join(linux, f"{APP_ID}.metainfo.xml")

    result = pkgcheck.run(["desktop-file-validate", desktop], check=False)
    c.check(result.returncode == 0 and not result.stdout.strip(),
            f"desktop-file-validate {desktop}:\n{result.stdout}{result.stderr}")
    result = pkgcheck.run(["appstreamcli", "validate", "--no-net", "--pedantic", metainfo], check=False)
    c.check(result.returncode == 0, f"appstreamcli validate --no-net {metainfo}:\n{result.stdout}{result.stderr}")

    root = ET.parse(metainfo).getroot()
    c.check(root.findtext("id") == APP_ID, f"metainfo id is {root.findtext('id')!r}, expected {APP_ID}")
    launchable = root.find("launchable")
    c.check(launchable is not None and launchable.text == f"{APP_ID}.desktop",
            "metainfo <launchable> does not name the desktop file")
    langs = {el.get("{http://www.w3.org/XML/1998/namespace}lang") for el in root.findall("summary")}
    c.check({None, "fr"} <= langs, "metainfo needs an English and a French <summary>")
    langs = {p.get("{http://www.w3.org/XML/1998/namespace}lang") for p in root.find("description").findall("p")}
    c.check({None, "fr"} <= langs, "metainfo needs English and French description paragraphs")
    c.check(root.find("content_rating") is not None, "metainfo has no <content_rating>")
    releases = root.findall("releases/release")
    c.check(releases and releases[0].get("version") == args.version,
            f"the newest metainfo release is {releases[0].get('version') if releases else None}, "
            f"the project version is {args.version}: add a <release> entry")

    with open(desktop, encoding="utf-8") as f:
        entries = dict(line.rstrip("\n").split("=", 1) for line in f if "=" in line)
    c.check(entries.get("Icon") == APP_ID, f"Icon= is {entries.get('Icon')!r}, expected {APP_ID}")
    c.check(entries.get("Exec", "").split()[0] == "leo-kiosk", "Exec= does not start leo-kiosk")
    c.check(os.path.isfile(os.path.join(linux, f"{APP_ID}.svg")), f"no {APP_ID}.svg icon")


def man_options(path):
    """Options documented in the OPTIONS section: the tags of its .TP items."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    options, in_options = set(), False
    for i, line in enumerate(lines):
        if line.startswith(".SH"):
            in_options = line.split(None, 1)[1].strip('"') == "OPTIONS"
        elif in_options and line == ".TP" and i + 1 < len(lines):
            tag = re.sub(r'"[^"]*"', " ", lines[i + 1].replace("\\-", "-"))
            options.update(re.findall(r"(?<![\w-])(--?[a-z][a-z0-9-]*)", tag))
    return options


def check_manpage(args, c):
    page = os.path.join(args.source, "packaging", "linux", "leo-kiosk.1")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    help_text = pkgcheck.run([args.kiosk, "--help"], env=env).stdout
    in_help, in_man = pkgcheck.help_options(help_text), man_options(page)
    c.check(len(in_help) > 5, f"could not read the options of leo-kiosk --help:\n{help_text}")
    for option in sorted(in_help - in_man):
        c.fail(f"leo-kiosk.1 does not document {option} (listed by leo-kiosk --help): add it to {page}")
    for option in sorted(in_man - in_help):
        c.fail(f"leo-kiosk.1 documents {option}, which leo-kiosk --help does not list: remove it from {page}")

    with open(page, encoding="utf-8") as f:
        th = next((line for line in f if line.startswith(".TH")), "")
    c.check(f'"leo-kiosk {args.version}"' in th,
            f"the .TH line of leo-kiosk.1 does not say leo-kiosk {args.version}: {th.strip()}")
    if pkgcheck.shutil.which("groff"):
        result = pkgcheck.run(["groff", "-man", "-ww", "-z", page], check=False, env=dict(env, LC_ALL="C.UTF-8"))
        c.check(result.returncode == 0 and not result.stderr.strip(), f"groff warns about {page}:\n{result.stderr}")


def check_config(args, c):
    result = pkgcheck.run([args.schema_tool, "check-conf", args.conf], check=False)
    c.check(result.returncode == 0, f"leokiosk-schema check-conf {args.conf}:\n{result.stdout}{result.stderr}")


def check_admx(args, c):
    schema = {key["name"]: key for key in pkgcheck.load_schema(args.schema)}
    admx_dir = os.path.join(args.source, "packaging", "windows", "admx")
    registry_key = pkgcheck.policy_registry_key(args.source)

    root = ET.parse(os.path.join(admx_dir, "leo-kiosk.admx")).getroot()
    c.check(root.tag == f"{PD}policyDefinitions", "leo-kiosk.admx: the root is not policyDefinitions")
    string_refs, presentation_refs = set(), set()
    for el in root.iter():
        for value in el.attrib.values():
            string_refs.update(re.findall(r"\$\(string\.([^)]+)\)", value))
            presentation_refs.update(re.findall(r"\$\(presentation\.([^)]+)\)", value))

    policies = {}
    for policy in root.iter(f"{PD}policy"):
        name = policy.get("name")
        c.check(name not in policies, f"policy {name} is defined twice")
        policies[name] = policy
    for name in sorted(set(schema) - set(policies)):
        c.fail(f"schema key {name} has no policy in leo-kiosk.admx")
    for name in sorted(set(policies) - set(schema)):
        c.fail(f"policy {name} in leo-kiosk.admx is not a schema key")

    for name in sorted(set(schema) & set(policies)):
        key, policy = schema[name], policies[name]
        where = f"leo-kiosk.admx, policy {name}"
        c.check(policy.get("class") == "Machine", f"{where}: class is not Machine")
        c.check(policy.get("key", "").lower() == registry_key.lower(),
                f"{where}: key is {policy.get('key')!r}, leo-kiosk reads HKLM\\{registry_key}")
        container = policy.find(f"{PD}elements")
        elements = list(container) if container is not None else []
        kind = key["type"]
        if kind == "bool":
            c.check(policy.get("valueName") == name and not elements,
                    f"{where}: a bool policy sets valueName={name} itself, with no element")
            enabled, disabled = policy.find(f"{PD}enabledValue/{PD}decimal"), policy.find(f"{PD}disabledValue/{PD}decimal")
            c.check(enabled is not None and enabled.get("value") == "1" and disabled is not None
                    and disabled.get("value") == "0", f"{where}: enabled/disabled must write 1/0")
            continue
        c.check(len(elements) == 1, f"{where}: expected one element, found {len(elements)}")
        if not elements:
            continue
        element = elements[0]
        tag = element.tag.replace(PD, "")
        c.check(element.get("valueName") == name, f"{where}: valueName is {element.get('valueName')!r}")
        expected_tag = {"int": "decimal"}.get(kind, "enum" if kind.startswith("enum:") else "text")
        c.check(tag == expected_tag, f"{where}: a {kind} key needs a <{expected_tag}> element, not <{tag}>")
        if kind.startswith("enum:"):
            values = [v.text for v in element.iter(f"{PD}string")]
            c.check(values == kind[5:].split("|"), f"{where}: enum values {values} != {kind[5:].split('|')}")
        if kind == "int":
            bounds = re.search(r"\((\d+) to (\d+)\)", key["description"])
            if c.check(bounds, f"{where}: the schema description of {name} gives no (min to max) range"):
                c.check((element.get("minValue"), element.get("maxValue")) == bounds.groups(),
                        f"{where}: range {element.get('minValue')}..{element.get('maxValue')} != "
                        f"{bounds.group(1)}..{bounds.group(2)} (schema)")

    # Both languages define every string and presentation the ADMX uses, with the schema's defaults.
    adml_ids = {}
    for lang in ("fr-FR", "en-US"):
        path = os.path.join(admx_dir, lang, "leo-kiosk.adml")
        adml = ET.parse(path).getroot()
        c.check(adml.tag == f"{PD}policyDefinitionResources", f"{lang}: the root is not policyDefinitionResources")
        strings = {s.get("id") for s in adml.iter(f"{PD}string")}
        presentations = {p.get("id"): p for p in adml.iter(f"{PD}presentation")}
        adml_ids[lang] = strings
        for ref in sorted(string_refs - strings):
            c.fail(f"{lang}/leo-kiosk.adml lacks the string {ref}")
        for ref in sorted(strings - string_refs):
            c.fail(f"{lang}/leo-kiosk.adml defines the unused string {ref}")
        for ref in sorted(presentation_refs - set(presentations)):
            c.fail(f"{lang}/leo-kiosk.adml lacks the presentation {ref}")
        for ref in sorted(set(presentations) - presentation_refs):
            c.fail(f"{lang}/leo-kiosk.adml defines the unused presentation {ref}")
        for ref, presentation in presentations.items():
            key = schema.get(ref)
            if key is None:
                c.fail(f"{lang}/leo-kiosk.adml: presentation {ref} is not a schema key")
                continue
            control = next(iter(presentation), None)
            if control is None:
                c.fail(f"{lang}: presentation {ref} is empty")
                continue
            c.check(control.get("refId") == ref, f"{lang}: presentation {ref} points at {control.get('refId')}")
            tag = control.tag.replace(PD, "")
            if tag == "textBox":
                shown = control.findtext(f"{PD}defaultValue") or ""
                c.check(shown == key["default"],
                        f"{lang}: the text box of {ref} proposes {shown!r}, the schema default is {key['default']!r}")
            elif tag == "decimalTextBox":
                c.check(control.get("defaultValue") == key["default"],
                        f"{lang}: {ref} proposes {control.get('defaultValue')}, the schema default is {key['default']}")
            elif tag == "dropdownList":
                choices = key["type"][5:].split("|")
                c.check(choices[int(control.get("defaultItem", "0"))] == key["default"],
                        f"{lang}: the drop-down of {ref} does not start on the schema default {key['default']}")
    c.check(adml_ids.get("fr-FR") == adml_ids.get("en-US"), "fr-FR and en-US define different strings")


def check_units(args, c):
    # Only the syntax here: ExecStart= must exist to pass "verify", which the installed package test does.
    pkgcheck.need_tool("systemd-analyze", "systemd")
    linux = os.path.join(args.source, "packaging", "linux")
    with tempfile.TemporaryDirectory() as bindir:
        for tool in ("leo-kiosk", "leo-kiosk-cage", "leo-kiosk-seal-database-key"):
            stub = os.path.join(bindir, tool)
            with open(stub, "w", encoding="utf-8") as f:
                f.write("#!/bin/sh\n")
            os.chmod(stub, 0o755)
        units = {os.path.join(linux, "leo-kiosk.service"): "leo-kiosk.service",
                 os.path.join(linux, "cage", "leo-kiosk-cage@.service"): "leo-kiosk-cage@kiosk.service",
                 os.path.join(linux, "cage", "leo-kiosk-database-key.service"): "leo-kiosk-database-key.service"}
        with tempfile.TemporaryDirectory() as unitdir:
            paths = []
            for source, name in units.items():
                with open(source, encoding="utf-8") as f:
                    text = f.read()
                text = re.sub(r"^ExecStart=(\S+)", lambda m: f"ExecStart={bindir}/{m.group(1)}", text, flags=re.M)
                path = os.path.join(unitdir, name)
                with open(path, "w", encoding="utf-8") as f:
                    f.write(text)
                paths.append(path)
            result = pkgcheck.run(["systemd-analyze", "verify", "--man=no", *paths], check=False)
            problems = [line for line in (result.stdout + result.stderr).splitlines()
                        if any(os.path.basename(p) in line for p in paths)]
            c.check(not problems, "systemd-analyze verify:\n" + "\n".join(problems))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("what", choices=["desktop", "manpage", "config", "admx", "units"])
    parser.add_argument("--source")
    parser.add_argument("--version")
    parser.add_argument("--kiosk")
    parser.add_argument("--schema")
    parser.add_argument("--schema-tool")
    parser.add_argument("--conf")
    args = parser.parse_args()
    checker = pkgcheck.Checker(f"packaging {args.what}")
    {"desktop": check_desktop, "manpage": check_manpage, "config": check_config, "admx": check_admx,
     "units": check_units}[args.what](args, checker)
    checker.done()


if __name__ == "__main__":
    main()
