#!/usr/bin/python3
"""MSI authoring check: wixl compiles packaging/windows/leo-kiosk.wxs, and msiinfo shows the tables IT relies on.

Not a Windows installer test (nothing here can run msiexec): the MSI holds Linux stand-in files, see
packaging/windows/wixl-authoring-check.py. Checked: every public property of the .wxs is Secure, is named after a
schema key and is written to the registry key leo-kiosk reads (Registry table), is found again on upgrade
(AppSearch/RegLocator, restore actions sequenced between AppSearch and LaunchConditions), and the fixed UpgradeCode,
MajorUpgrade, launch conditions and Start-menu shortcut are there.

usage: check_msi.py --source S --schema JSON --version V --exe BIN --icon ICO --qmake QMAKE
"""
import argparse
import os
import re
import tempfile
import xml.etree.ElementTree as ET

import pkgcheck

WIX = "{http://schemas.microsoft.com/wix/2006/wi}"


def table(msi, name):
    """Rows of an MSI table as dicts, from msiinfo export (column names, types, key line, then rows)."""
    lines = [line.rstrip("\r") for line in pkgcheck.run(["msiinfo", "export", msi, name]).stdout.split("\n")]
    lines = [line for line in lines if line.strip()]
    columns = lines[0].split("\t")
    return [dict(zip(columns, line.split("\t") + [""] * len(columns))) for line in lines[3:]]


def main():
    parser = argparse.ArgumentParser()
    for option in ("--source", "--schema", "--version", "--exe", "--icon", "--qmake"):
        parser.add_argument(option, required=True)
    args = parser.parse_args()
    args.qt_plugin_dir = pkgcheck.qt_plugin_dir(args.qmake)
    pkgcheck.need_tool("wixl", "wixl")
    pkgcheck.need_tool("msiinfo", "msitools")
    c = pkgcheck.Checker("packaging msi_authoring")

    schema = {key["name"] for key in pkgcheck.load_schema(args.schema)}
    policy_key = pkgcheck.policy_registry_key(args.source)
    wxs_path = os.path.join(args.source, "packaging", "windows", "leo-kiosk.wxs")
    product = ET.parse(wxs_path).getroot().find(f"{WIX}Product")
    upgrade_code = product.get("UpgradeCode").upper()
    public = {p.get("Id"): p for p in product.findall(f"{WIX}Property") if p.get("Id").isupper()
              and not p.get("Id").startswith(("SAVED_", "ARP", "MSI"))}
    for name, prop in sorted(public.items()):
        c.check(prop.get("Secure") == "yes", f"leo-kiosk.wxs: public property {name} is not Secure=\"yes\"")
        c.check(name.lower() in schema, f"leo-kiosk.wxs: public property {name} is not named after a schema key")
    c.check({"ENT_URL", "PROFILE", "SITE_NAME"} <= set(public), "ENT_URL, PROFILE and SITE_NAME must be public")
    c.check(public.get("OAUTH_CLIENT_SECRET") is None or public["OAUTH_CLIENT_SECRET"].get("Hidden") == "yes",
            "OAUTH_CLIENT_SECRET must be Hidden=\"yes\" (kept out of the MSI log)")

    with tempfile.TemporaryDirectory(prefix="leo-kiosk-msi-check-") as tmp:
        msi = os.path.join(tmp, "leo-kiosk-authoring-check.msi")
        build = pkgcheck.run(["/usr/bin/python3",
                              os.path.join(args.source, "packaging", "windows", "wixl-authoring-check.py"),
                              "--exe", args.exe, "--icon", args.icon,
                              "--plugins", os.path.join(args.source, "packaging", "appimage", "qt-plugins.txt"),
                              "--qt-plugin-dir", args.qt_plugin_dir, "--version", args.version, "--output", msi],
                             check=False)
        if build.returncode != 0:
            c.fail(f"wixl could not build the MSI:\n{build.stdout}{build.stderr}")
            c.done()

        props = {row["Property"]: row["Value"] for row in table(msi, "Property")}
        c.check(props.get("UpgradeCode", "").upper() == "{" + upgrade_code + "}",
                f"UpgradeCode is {props.get('UpgradeCode')}, the .wxs says {upgrade_code}")
        c.check(props.get("ProductVersion") == args.version, f"ProductVersion is {props.get('ProductVersion')}")
        c.check(props.get("ALLUSERS") == "1", "ALLUSERS is not 1: not a per-machine package")
        c.check("WIX_UPGRADE_DETECTED" in props.get("SecureCustomProperties", ""),
                "SecureCustomProperties lacks WIX_UPGRADE_DETECTED (MajorUpgrade)")
        c.check("OAUTH_CLIENT_SECRET" in props.get("MsiHiddenProperties", ""),
                "MsiHiddenProperties does not hide OAUTH_CLIENT_SECRET")
        c.check(props.get("ARPPRODUCTICON") == "LeoKiosk.ico", "ARPPRODUCTICON is not set")
        for name in public:
            c.check(name not in props, f"{name} has a value in the Property table; it must come from msiexec or "
                                       "from the registry (an upgrade would otherwise reset it)")

        upgrades = table(msi, "Upgrade")
        c.check(any(row["ActionProperty"] == "WIX_UPGRADE_DETECTED" and row["UpgradeCode"].upper() ==
                    "{" + upgrade_code + "}" for row in upgrades), "no MajorUpgrade row in the Upgrade table")

        registry = table(msi, "Registry")
        components = {row["Component"]: row for row in table(msi, "Component")}
        written = {}
        for row in registry:
            if row["Root"] == "2" and row["Key"].lower() == policy_key.lower():
                written[row["Name"]] = row
        for name in public:
            row = written.get(name.lower())
            if c.check(row, f"Registry: no value {name.lower()} under HKLM\\{policy_key} for {name}"):
                c.check(row["Value"] == f"[{name}]", f"Registry: {name.lower()} = {row['Value']}, expected [{name}]")
                attributes = int(components[row["Component_"]]["Attributes"])
                c.check(attributes & 256, f"component {row['Component_']} is not 64-bit: WOW64 would redirect it")
        for name in sorted(set(written) - {n.lower() for n in public}):
            c.fail(f"Registry: {name} is written under HKLM\\{policy_key} with no public property")
        for name in written:
            c.check(name in schema, f"Registry: {name} under HKLM\\{policy_key} is not a schema key")

        locators = {row["Signature_"]: row for row in table(msi, "RegLocator")}
        searches = {row["Property"]: row["Signature_"] for row in table(msi, "AppSearch")}
        actions = {row["Action"]: row for row in table(msi, "CustomAction")}
        for sequence_name in ("InstallExecuteSequence", "InstallUISequence"):
            sequence = {row["Action"]: row for row in table(msi, sequence_name)}
            app_search, launch = int(sequence["AppSearch"]["Sequence"]), int(sequence["LaunchConditions"]["Sequence"])
            for name in public:
                saved = f"SAVED_{name}"
                locator = locators.get(searches.get(saved, ""))
                if not c.check(locator, f"AppSearch: {name} is not looked up in the registry ({saved})"):
                    continue
                c.check(locator["Key"].lower() == policy_key.lower() and locator["Name"] == name.lower()
                        and int(locator["Type"]) & 16, f"RegLocator of {saved} does not read the 64-bit "
                                                       f"HKLM\\{policy_key}\\{name.lower()}")
                restore = [a for a, row in actions.items() if row["Source"] == name and row["Target"] == f"[{saved}]"]
                if c.check(restore, f"no action sets {name} from {saved}"):
                    row = sequence.get(restore[0])
                    c.check(row and app_search < int(row["Sequence"]) < launch
                            and f"NOT {name}" in row["Condition"],
                            f"{sequence_name}: {restore[0]} must run between AppSearch and LaunchConditions, "
                            f"only when {name} was not given")

        conditions = " | ".join(row["Condition"] for row in table(msi, "LaunchCondition"))
        for needle in ("ENT_URL", 'ENT_URL << "https://"', 'PROFILE = "kiosk"', "NOT WIX_DOWNGRADE_DETECTED"):
            c.check(needle in conditions, f"LaunchCondition: nothing checks {needle}")

        shortcuts = table(msi, "Shortcut")
        c.check(any(row["Directory_"] == "ProgramMenuFolder" and row["Target"] == "[#LeoKioskExe]"
                    for row in shortcuts), "no Start-menu shortcut to leo-kiosk.exe")
        files = {row["FileName"] for row in table(msi, "File")}
        for name in ("leo-kiosk.exe", "leo-kiosk.admx", "leo-kiosk.adml"):
            c.check(any(re.fullmatch(rf"(\w+~\d\|)?{re.escape(name)}", f) for f in files), f"File: no {name}")
        c.check(any("qopensslbackend" in f for f in files), "File: the DeployedFiles fragment was not included")

    # The Shell Launcher sample starts the program where the MSI puts it, in the kiosk profile.
    install_dir = next(d.get("Name") for d in product.iter(f"{WIX}Directory") if d.get("Id") == "INSTALLDIR")
    launcher = ET.parse(os.path.join(args.source, "packaging", "windows", "shell-launcher.xml")).getroot()
    shells = [el.get("Shell") for el in launcher.iter() if el.tag.endswith("}Shell") and "leo-kiosk" in el.get("Shell")]
    expected = f'"%ProgramFiles%\\{install_dir}\\leo-kiosk.exe" --profile kiosk'
    c.check(shells == [expected], f"shell-launcher.xml starts {shells}, expected [{expected!r}]")
    c.done()


if __name__ == "__main__":
    main()
