#!/usr/bin/python3
"""MSI authoring check: compiles leo-kiosk.wxs with msitools' wixl on Linux.

This is NOT a Windows installer: the files staged here are Linux stand-ins (the Linux leo-kiosk binary named
leo-kiosk.exe, the Qt plugins of packaging/appimage/qt-plugins.txt in the sub-folders windeployqt would use), and
wixl knows only a subset of WiX v3 (it ignores Secure= and Hidden=, see leo-kiosk.wxs). It proves that the WiX source
compiles and lets tests/packaging check the tables that matter to IT (Property, Registry, AppSearch, ...).
The real MSI is built on Windows with WiX v3 from a Windows build: README.md in this folder.

usage: wixl-authoring-check.py --exe BIN --icon ICO --plugins LIST --qt-plugin-dir DIR --version V --output MSI
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def plugin_paths(listing):
    with open(listing, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                yield line.split()[0]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exe", required=True, help="the leo-kiosk binary to stand in for leo-kiosk.exe")
    parser.add_argument("--icon", required=True, help="leo-kiosk.ico")
    parser.add_argument("--plugins", required=True, help="packaging/appimage/qt-plugins.txt")
    parser.add_argument("--qt-plugin-dir", required=True)
    parser.add_argument("--version", required=True)
    parser.add_argument("--output", required=True, help="the .msi to write")
    args = parser.parse_args()

    for tool in ("wixl", "wixl-heat"):
        if not shutil.which(tool):
            sys.exit(f"wixl-authoring-check: {tool} not found (Debian: apt-get install wixl msitools; "
                     "scripts/install-deps.sh installs them)")

    with tempfile.TemporaryDirectory(prefix="leo-kiosk-msi-") as stage:
        # wixl resolves File/@Source relative to its working directory only: stage everything under one folder.
        os.makedirs(os.path.join(stage, "bin"))
        shutil.copyfile(args.exe, os.path.join(stage, "bin", "leo-kiosk.exe"))
        shutil.copyfile(args.icon, os.path.join(stage, "leo-kiosk.ico"))
        os.symlink(HERE, os.path.join(stage, "src"))
        deploy = os.path.join(stage, "deploy")
        staged = []
        for plugin in plugin_paths(args.plugins):
            target = os.path.join(deploy, plugin)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            os.symlink(os.path.join(args.qt_plugin_dir, plugin), target)
            staged.append(os.path.join("deploy", plugin))

        # The DeployedFiles component group, as heat.exe makes it from windeployqt's folder on Windows.
        heat = subprocess.run(
            ["wixl-heat", "-p", "deploy/", "--component-group", "DeployedFiles", "--var", "var.DeployDir",
             "--directory-ref", "INSTALLDIR", "--win64"],
            input="\n".join(sorted(staged)) + "\n", capture_output=True, text=True, cwd=stage)
        if heat.returncode != 0:
            sys.exit(f"wixl-authoring-check: wixl-heat failed:\n{heat.stderr}")
        with open(os.path.join(stage, "deploy.wxs"), "w", encoding="utf-8") as f:
            f.write(heat.stdout)

        output = os.path.abspath(args.output)
        wixl = subprocess.run(
            ["wixl", "-a", "x64", "-D", "Wixl=1", "-D", "Win64=yes", "-D", "BinDir=bin", "-D", "DeployDir=deploy",
             "-D", "SourceDir=src", "-D", "IconFile=leo-kiosk.ico", "-D", f"ProductVersion={args.version}",
             "-o", output, "src/leo-kiosk.wxs", "deploy.wxs"],
            capture_output=True, text=True, cwd=stage)
        # wixl warns about every attribute it does not know (Secure, Hidden): expected, see leo-kiosk.wxs.
        noise = ("has no property named 'Secure'", "has no property named 'Hidden'",
                 "builder.vala", "g_object_set_is_valid_property")
        for line in wixl.stderr.splitlines():
            if line.strip() and not any(n in line for n in noise):
                print(line, file=sys.stderr)
        if wixl.returncode != 0 or not os.path.isfile(output):
            sys.exit(f"wixl-authoring-check: wixl failed (exit code {wixl.returncode})")
    print(f"wixl-authoring-check: {output} (authoring check only, not a Windows installer)")


if __name__ == "__main__":
    main()
